// Keeps the queue current without a reload: polls /api/queue (JSON) and
// redraws the rows. Patient text is only ever set with textContent, never
// parsed as HTML. Keyboard focus stays on the same ticket across redraws,
// and new tickets are announced to screen readers.
//
// A new emergency or same-day ticket (the server's alert_ids, whatever the
// filters and page) also plays a short tone and, once staff have allowed it
// with the button (never asked for automatically), raises a desktop
// notification. The notification names no patient: it shows on a screen
// anyone in the room may see.
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
  var alerted = {};
  (table.getAttribute("data-alert-ids") || "").split(",").forEach(function (id) {
    if (id) { alerted[id] = true; }
  });
  var alertsBox = document.getElementById("queue-alerts");
  var alertsButton = document.getElementById("queue-alerts-enable");
  var alertsState = document.getElementById("queue-alerts-state");
  var audio = null;

  function showAlertState() {
    if (!("Notification" in window)) {
      alertsBox.hidden = false;
      alertsButton.hidden = true;
      alertsState.textContent = "This browser cannot show desktop alerts; new urgent tickets still play a sound.";
      return;
    }
    alertsBox.hidden = false;
    alertsButton.hidden = Notification.permission !== "default";
    alertsState.textContent = Notification.permission === "granted" ? "Desktop alerts are on."
      : Notification.permission === "denied" ? "Desktop alerts are blocked in this browser's site settings." : "";
  }

  alertsButton.addEventListener("click", function () {
    // The tone needs a user gesture before browsers let it play: this is one.
    unlockSound();
    Notification.requestPermission().then(showAlertState, showAlertState);
  });
  document.addEventListener("click", unlockSound, { once: true });
  showAlertState();

  function unlockSound() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!audio && Context) { audio = new Context(); }
    if (audio && audio.state === "suspended") { audio.resume(); }
  }

  function playTone() {
    unlockSound();
    if (!audio) { return; }
    var oscillator = audio.createOscillator();
    var gain = audio.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
    oscillator.connect(gain);
    gain.connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.6);
    table.setAttribute("data-tones-played", String((parseInt(table.getAttribute("data-tones-played"), 10) || 0) + 1));
  }

  function alertNew(ids) {
    var fresh = ids.map(String).filter(function (id) { return !alerted[id]; });
    var now = {};
    ids.forEach(function (id) { now[String(id)] = true; });
    alerted = now;
    if (!fresh.length) { return; }
    playTone();
    if ("Notification" in window && Notification.permission === "granted") {
      var note = new Notification(fresh.length === 1 ? "New urgent ticket" : fresh.length + " new urgent tickets", {
        body: "An emergency or same-day ticket is waiting to be claimed.",
        tag: "clinic-queue-urgent",
        renotify: true,
        requireInteraction: true
      });
      note.onclick = function () {
        window.focus();
        window.location.assign(ticketBase + encodeURIComponent(fresh[0]));
      };
    }
  }

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
    tr.className = "row-" + ticket.urgency + (ticket.pinned ? " is-pinned" : "") +
      (ticket.overdue ? " is-overdue" : "") + (isNew ? " is-new-row" : "");
    tr.setAttribute("data-id", String(ticket.id));

    var time = el("time", null, ticket.waiting);
    time.setAttribute("datetime", ticket.created_at);
    var reason = ticket.reason + (ticket.rows ? " · " + ticket.rows : "");
    var link = el("a", "button", "Open");
    link.href = ticketBase + encodeURIComponent(ticket.id);
    link.appendChild(el("span", "visually-hidden", " ticket " + ticket.id));

    tr.appendChild(cell([el("span", "urgency urgency-" + ticket.urgency, ticket.urgency_label),
                         ticket.pinned ? el("span", "pinned", "Pinned until claimed") : null]));
    var due = null;
    if (ticket.due) {
      due = el("span", "due", null);
      if (ticket.due_at) { due.title = ticket.due_at; }
      due.appendChild(ticket.overdue ? el("span", "overdue-tag", ticket.due) : document.createTextNode(ticket.due));
    }
    tr.appendChild(cell([time, due]));
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
    var total = document.getElementById("queue-total");
    if (total) { total.textContent = data.total + (data.total === 1 ? " ticket" : " tickets"); }
    alertNew(data.alert_ids || []);
    if (arrived) {
      status.textContent = arrived === 1 ? "1 new ticket arrived." : arrived + " new tickets arrived.";
    }
  }

  function poll() {
    // Polls in a background tab too: that is when a desktop alert is needed.
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
