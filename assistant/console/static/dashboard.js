// Draws the dashboard's charts with the vendored chart.js from the figures
// the page embeds as JSON (#dashboard-data). The tables on the page hold
// the same figures for screen readers and keyboard users.
(function () {
  "use strict";

  var source = document.getElementById("dashboard-data");
  if (!source || typeof window.Chart === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  var colours = { emergency: "#b3261e", same_day: "#b54708", review: "#1d5fa8", routine: "#4b5563" };
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  Chart.defaults.animation = reduceMotion ? false : Chart.defaults.animation;
  Chart.defaults.font.size = 14;
  Chart.defaults.maintainAspectRatio = false;

  function shortDate(iso) {
    var parts = iso.split("-");
    return parts[2] + "/" + parts[1];
  }

  new Chart(document.getElementById("chart-per-day"), {
    type: "bar",
    data: {
      labels: data.dates.map(shortDate),
      datasets: data.urgencies.map(function (u) {
        return { label: u.label, data: data.per_day[u.key], backgroundColor: colours[u.key] };
      })
    },
    options: {
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } }
    }
  });

  var groups = [{ key: "all", label: "All" }].concat(data.urgencies);
  new Chart(document.getElementById("chart-times"), {
    type: "bar",
    data: {
      labels: groups.map(function (g) { return g.label; }),
      datasets: [
        { label: "Minutes to claim", data: groups.map(function (g) { return data.median_claim[g.key]; }),
          backgroundColor: "#0b5cad" },
        { label: "Minutes to resolve", data: groups.map(function (g) { return data.median_resolve[g.key]; }),
          backgroundColor: "#8c959f" }
      ]
    },
    options: { scales: { y: { beginAtZero: true } }, plugins: { legend: { position: "bottom" } } }
  });

  new Chart(document.getElementById("chart-reasons"), {
    type: "bar",
    data: {
      labels: data.reasons.map(function (r) { return r.label; }),
      datasets: [{ label: "Tickets", data: data.reasons.map(function (r) { return r.count; }),
                   backgroundColor: "#1d5fa8" }]
    },
    options: {
      indexAxis: "y",
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { display: false } }
    }
  });
}());
