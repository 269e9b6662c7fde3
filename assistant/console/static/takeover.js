// The ticket page's live takeover panel (templates/_takeover.html).
//
// - Reloads the conversation every 2 s (GET .../conversation: the transcript
//   as the server rendered and escaped it, and who holds the conversation),
//   so patient messages appear while staff talk to them.
// - While the signed-in member of staff holds the conversation: sends each
//   line once (a key per line, so a double click or a retry never sends it
//   twice), tells the patient's widget when staff are typing, and sends a
//   heartbeat; without heartbeats the Rasa server hands the conversation
//   back to the assistant after TAKEOVER_HEARTBEAT_SECONDS.
(function () {
  "use strict";

  var panel = document.getElementById("takeover");
  var transcript = document.getElementById("transcript");
  if (!panel || !transcript) { return; }
  var state = document.getElementById("takeover-state");
  var csrf = panel.getAttribute("data-csrf");
  var mine = panel.getAttribute("data-mine") === "true";
  var beatEvery = (parseInt(panel.getAttribute("data-heartbeat-seconds"), 10) || 30) * 1000;
  var lastHtml = "";
  var lastHolder = mine ? "you" : null;

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
      body: JSON.stringify(body || {})
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) { throw new Error(data.error || "The chat server did not answer."); }
        return data;
      });
    });
  }

  function atBottom() {
    return transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 40;
  }

  function refresh() {
    fetch(panel.getAttribute("data-conversation-url"), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        if (data.html !== lastHtml) {
          var follow = atBottom();
          var holder = document.createElement("div");
          holder.innerHTML = data.html; // rendered and escaped by the server's templates
          var fresh = holder.querySelector("ol.transcript");
          if (fresh) { transcript.innerHTML = fresh.innerHTML; }
          lastHtml = data.html;
          if (follow) { transcript.scrollTop = transcript.scrollHeight; }
        }
        if (mine && !data.mine && lastHolder !== null) {
          // Handed back elsewhere (another tab, or no heartbeat): show the page as it is now.
          window.location.reload();
        }
        lastHolder = data.holder;
        if (!mine) {
          state.textContent = data.holder ? data.holder + " is talking to the patient."
            : "The assistant is answering this patient.";
        }
      })
      .catch(function () { /* the next poll tries again */ });
  }

  refresh();
  window.setInterval(refresh, 2000);
  if (!mine) { return; }

  var form = document.getElementById("takeover-compose");
  var text = document.getElementById("takeover-text");
  var send = document.getElementById("takeover-send");
  var error = document.getElementById("takeover-error");
  var pending = null; // {key, text}: a line sent but not yet confirmed keeps its key on retry
  var typingSent = false;
  var typingTimer = null;

  function newKey() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    return String(Date.now()) + "-" + Math.random().toString(36).slice(2);
  }

  function typing(now) {
    if (typingSent === now) { return; }
    typingSent = now;
    post(panel.getAttribute("data-typing-url"), { typing: now }).catch(function () {});
  }

  text.addEventListener("input", function () {
    typing(text.value.trim() !== "");
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(function () { typing(false); }, 4000);
  });

  text.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var line = text.value.trim();
    if (!line) { return; }
    if (!pending || pending.text !== line) { pending = { key: newKey(), text: line }; }
    send.disabled = true;
    error.textContent = "";
    post(panel.getAttribute("data-line-url"), { text: pending.text, key: pending.key })
      .then(function () {
        pending = null;
        text.value = "";
        typingSent = false;
        refresh();
      })
      .catch(function (problem) { error.textContent = problem.message + " Press Send to try again."; })
      .then(function () { send.disabled = false; text.focus(); });
  });

  function beat() {
    post(panel.getAttribute("data-heartbeat-url"), {}).catch(function (problem) {
      state.textContent = problem.message;
    });
  }
  window.setInterval(beat, beatEvery);
  text.focus();
})();
