// Keeps the queue current without a reload: polls /api/queue (JSON) and
// redraws the rows. Patient text is only ever set with textContent, never
// parsed as HTML. Keyboard focus stays on the same ticket across redraws,
// and new tickets are announced to screen readers.
(function () {
  "use strict";

  var table = document.getElementById("queue");
  if (!table) { return; }
  var body = document.getElementById("queue-rows");
  var empty = document.getElementById("queue-empty");
  var status = document.getElementById("queue-updated");
  var api = table.getAttribute("data-api");
  var ticketBase = table.getAttribute("data-ticket-base");
  var every = (parseInt(table.getAttribute("data-poll-seconds"), 10) || 5) * 1000;
  var baseTitle = document.title;
  var known = {};
  var lastPayload = "";

  Array.prototype.forEach.call(body.querySelectorAll("tr[data-id]"), function (row) {
    known[row.getAttribute("data-id")] = true;
  });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function cell(children) {
    var td = document.createElement("td");
    children.forEach(function (child) { if (child) { td.appendChild(child); } });
    return td;
  }

  function row(ticket, isNew) {
    var tr = document.createElement("tr");
    tr.className = "row-" + ticket.urgency + (isNew ? " is-new-row" : "");
    tr.setAttribute("data-id", String(ticket.id));

    var time = el("time", null, ticket.waiting);
    time.setAttribute("datetime", ticket.created_at);
    var reason = ticket.reason + (ticket.rows ? " · " + ticket.rows : "");
    var link = el("a", "button", "Open");
    link.href = ticketBase + encodeURIComponent(ticket.id);
    link.appendChild(el("span", "visually-hidden", " ticket " + ticket.id));

    tr.appendChild(cell([el("span", "urgency urgency-" + ticket.urgency, ticket.urgency_label)]));
    tr.appendChild(cell([time]));
    tr.appendChild(cell([el("span", "patient", ticket.patient), el("span", "reason", reason),
                         el("span", "excerpt", ticket.excerpt)]));
    tr.appendChild(cell([el("span", "status status-" + ticket.status, ticket.status_label),
                         ticket.claimed_by ? el("span", "claimed-by", ticket.claimed_by) : null]));
    tr.appendChild(cell([link]));
    return tr;
  }

  function render(data) {
    var focusedId = null;
    if (document.activeElement && body.contains(document.activeElement)) {
      var focusedRow = document.activeElement.closest("tr[data-id]");
      focusedId = focusedRow && focusedRow.getAttribute("data-id");
    }
    var arrived = 0;
    var fragment = document.createDocumentFragment();
    var seen = {};
    data.tickets.forEach(function (ticket) {
      var id = String(ticket.id);
      var isNew = !known[id];
      if (isNew) { arrived += 1; }
      seen[id] = true;
      fragment.appendChild(row(ticket, isNew));
    });
    known = seen;
    body.replaceChildren(fragment);
    empty.hidden = data.tickets.length > 0;

    Object.keys(data.counts).forEach(function (key) {
      var badge = document.querySelector('[data-count="' + key + '"]');
      if (badge) { badge.textContent = String(data.counts[key]); }
    });
    var waiting = data.counts["new"] || 0;
    document.title = (waiting ? "(" + waiting + " new) " : "") + baseTitle;

    if (focusedId) {
      var again = body.querySelector('tr[data-id="' + focusedId + '"] a');
      if (again) { again.focus(); }
    }
    if (arrived) {
      status.textContent = arrived === 1 ? "1 new ticket arrived." : arrived + " new tickets arrived.";
    }
  }

  function poll() {
    if (document.hidden) { return; }
    fetch(api, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (response.status === 401) {
          window.location.assign("/login?next=" + encodeURIComponent(window.location.pathname + window.location.search));
          return null;
        }
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.text();
      })
      .then(function (text) {
        if (text === null || text === lastPayload) { return; }
        lastPayload = text;
        render(JSON.parse(text));
      })
      .catch(function () {
        status.textContent = "Could not refresh the queue; retrying.";
      });
  }

  window.setInterval(poll, every);
  document.addEventListener("visibilitychange", function () { if (!document.hidden) { poll(); } });
}());
