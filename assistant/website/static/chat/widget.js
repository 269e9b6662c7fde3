/*
 * Clinic chat widget: a small chat window for the clinic assistant's
 * socket.io channel (Rasa 3.6, rasa_addons.channels.ClinicSocketIOInput).
 * No framework; the only library is the official socket.io client, which
 * the widget loads from its own folder (socket.io.min.js), as it does its
 * style sheet (widget.css). Set up from its script tag:
 *
 *   <script src="https://chat.example/static/chat/widget.js" defer
 *           data-server="https://chat.example:5005"
 *           data-clinic-name="..." data-clinic-phone="..." data-urgent-contact="..."
 *           data-emergency-number="..."></script>
 *
 * See docs/web-chat.md. Safety rules kept here:
 * - every text is shown with textContent; only http(s) addresses, tel: links
 *   and the clinic's own phone numbers become links (built as elements);
 * - a reply carrying the escalation payload {"handoff": {"urgency": ...}}
 *   shows a banner (emergency: "Call <number> now" as a tel: link);
 * - a clinic list ({"list": ...}) or a booking summary card ({"card": ...})
 *   is drawn in place of the text that says the same, from text nodes only;
 * - nothing is queued silently: a message that cannot be sent stays in the
 *   box and the patient is told, with the clinic's phone number;
 * - the conversation belongs to this browser: the server gives its id with a
 *   token (session_confirm {session_id, token}), both kept in localStorage
 *   with the transcript (they survive reloads, other tabs and later visits)
 *   and sent with every session_request and message. The stored copy expires
 *   after data-keep-hours without use (default 24; 0 keeps it in this tab
 *   only, in sessionStorage) and goes at once after "delete my data": a
 *   health conversation should not wait on a shared computer for the next
 *   person. If the server refuses them (session_refused), the widget forgets
 *   them and starts afresh;
 * - every message carries an id; the server acknowledges it once the turn is
 *   stored. A message not acknowledged when the connection drops (a chat
 *   server restarted mid-answer) is sent again, marked "resent", after
 *   reconnecting: the server answers it once (rasa_addons/redelivery.py);
 * - WebSocket first (one connection, whichever chat server it reaches),
 *   long-polling only if WebSocket fails, with cookies so a load balancer
 *   keeps the polls on one server (docs/deploy.md).
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || !script.dataset.server) {
    if (window.console) window.console.error("clinic chat: the script tag needs data-server");
    return;
  }
  if (window.ClinicChatLoaded) return;
  window.ClinicChatLoaded = true;

  var data = script.dataset;
  var folder = script.src.replace(/[^/]*$/, "");
  var config = {
    server: data.server.replace(/\/+$/, ""),
    socketPath: data.socketPath || "/socket.io/",
    clinicName: data.clinicName || "the clinic",
    clinicPhone: data.clinicPhone || "",
    emergencyNumber: data.emergencyNumber || "",
    urgentContact: data.urgentContact || "",
    // Retention figures for the privacy notice (REDACT_AFTER_DAYS, DELETE_AFTER_DAYS).
    redactAfterDays: /^\d+$/.test(data.redactAfterDays || "") ? data.redactAfterDays : "",
    deleteAfterDays: /^\d+$/.test(data.deleteAfterDays || "") ? data.deleteAfterDays : "",
    title: data.title || (data.clinicName ? data.clinicName + " assistant" : "Clinic assistant"),
    // The clinic's privacy page, linked from the notice: http(s) or a path on this site only.
    privacyUrl: /^(https?:\/\/|\/(?!\/))/.test(data.privacyUrl || "") ? data.privacyUrl : "",
    // How long this browser keeps the conversation without use (hours); 0: this tab only.
    keepHours: /^\d+(\.\d+)?$/.test(data.keepHours || "") ? Number(data.keepHours) : 24,
    greeting: data.greeting ||
      "Hello! I can answer questions about mesotherapy at " + (data.clinicName || "the clinic") +
      ", our prices, opening hours and locations, and help you ask for a consultation.",
    // Shown as buttons before the first message; "|" between questions.
    suggestions: (data.suggestedQuestions ||
      "Does mesotherapy hurt?|What are your opening hours?|I'd like to book a consultation")
      .split("|").map(function (q) { return q.trim(); }).filter(Boolean).slice(0, 3),
    replyWaitMs: 20000,
  };
  var STORAGE_KEY = "clinic-chat:" + config.server;
  var MAX_STORED_MESSAGES = 200;
  var URGENCY_ORDER = ["emergency", "same_day", "review", "routine"];
  // When the team gets back to the patient, per urgency (the wording of
  // assistant/handoff/next_steps.py; the reply itself gives the exact time).
  var EXPECTED_TIME = {
    same_day: "today, or when the clinic next opens if it is closed now",
    review: "today or on the next working day, before anything is booked",
    routine: "today or on the next working day",
  };

  // ---- state kept in this browser (survives reloads, other tabs, later visits) ----

  var KEEP_MS = config.keepHours * 3600 * 1000;

  function storage() {
    return KEEP_MS > 0 ? window.localStorage : window.sessionStorage;
  }

  function freshState() {
    return { sessionId: null, token: null, open: false, messages: [], handoff: null, unread: 0, savedAt: 0 };
  }

  function expired(saved) {
    return KEEP_MS > 0 && !(typeof saved.savedAt === "number" && Date.now() - saved.savedAt <= KEEP_MS);
  }

  // The stored state as `raw` holds it, or null if there is none, it is corrupt or it has expired.
  function parseState(raw) {
    try {
      var saved = JSON.parse(raw || "null");
      if (saved && Array.isArray(saved.messages) && !expired(saved)) return saved;
    } catch (e) {
      /* corrupt: start afresh */
    }
    return null;
  }

  function readStored() {
    try {
      var raw = storage().getItem(STORAGE_KEY);
      var saved = parseState(raw);
      if (!saved && raw) storage().removeItem(STORAGE_KEY); // expired or corrupt: gone from the device
      return saved;
    } catch (e) {
      return null; // storage unavailable
    }
  }

  var state = readStored() || freshState();

  function saveState() {
    state.messages = state.messages.slice(-MAX_STORED_MESSAGES);
    state.savedAt = Date.now();
    try {
      storage().setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (e) {
      /* private mode or full: the conversation still works on this page */
    }
  }

  // ---- small DOM helpers ----

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function telHref(number) {
    return "tel:" + String(number).replace(/[^0-9+]/g, "");
  }

  function telLink(number, label) {
    var a = el("a", "cc-tel", label || number);
    a.href = telHref(number);
    return a;
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // http(s) addresses, tel: links, and the clinic's own numbers as written
  // (standing on their own: "call 999 now", not "£999").
  var knownNumbers = [config.clinicPhone, config.urgentContact, config.emergencyNumber].filter(Boolean);
  knownNumbers.sort(function (a, b) { return b.length - a.length; });
  var linkPattern = new RegExp(
    "(https?:\\/\\/[^\\s<>\"']+[^\\s<>\"'.,;:!?)])|(tel:\\+?[0-9][0-9\\-]*)" +
      (knownNumbers.length
        ? "|(^|[\\s(])(" + knownNumbers.map(escapeRegExp).join("|") + ")(?![0-9])"
        : ""),
    "g"
  );

  // Text as nodes: plain text nodes plus <a> elements; never HTML.
  function linkified(text) {
    var fragment = document.createDocumentFragment();
    var last = 0;
    var match;
    linkPattern.lastIndex = 0;
    while ((match = linkPattern.exec(text)) !== null) {
      if (match[0] === "") { linkPattern.lastIndex += 1; continue; }
      var prefix = match[3] || "";
      fragment.appendChild(document.createTextNode(text.slice(last, match.index) + prefix));
      var a;
      if (match[1]) {
        a = el("a", "cc-link", match[1]);
        a.href = match[1];
        a.target = "_blank";
        a.rel = "noopener noreferrer";
      } else if (match[2]) {
        a = telLink(match[2].slice(4), match[2]);
      } else {
        a = telLink(match[4], match[4]);
      }
      fragment.appendChild(a);
      last = match.index + match[0].length;
    }
    fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  // ---- the window ----

  var root = document.getElementById("clinic-chat") || document.body.appendChild(el("div"));
  root.id = "clinic-chat";
  root.classList.add("cc-root");

  var launcher = el("button", "cc-launcher");
  launcher.type = "button";
  launcher.setAttribute("aria-controls", "cc-panel");
  launcher.setAttribute("aria-expanded", "false");
  launcher.appendChild(el("span", "cc-launcher-icon", "?")).setAttribute("aria-hidden", "true");
  launcher.appendChild(el("span", "cc-launcher-label", "Questions? Chat with us"));
  // Replies that arrived while the window was closed.
  var badge = el("span", "cc-badge");
  badge.hidden = true;
  launcher.appendChild(badge);

  function showUnread() {
    var count = state.unread || 0;
    badge.hidden = count === 0;
    badge.textContent = "";
    if (count) {
      badge.appendChild(document.createTextNode(String(count)));
      badge.appendChild(el("span", "cc-visually-hidden", count === 1 ? " new reply" : " new replies"));
    }
  }

  var panel = el("section", "cc-panel");
  panel.id = "cc-panel";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-labelledby", "cc-title");
  panel.hidden = true;

  var header = el("div", "cc-header");
  var title = el("h2", "cc-title", config.title);
  title.id = "cc-title";
  var closeButton = el("button", "cc-close");
  closeButton.type = "button";
  closeButton.setAttribute("aria-label", "Close chat");
  closeButton.appendChild(el("span", "", "\u00d7")).setAttribute("aria-hidden", "true");
  header.appendChild(title);
  header.appendChild(closeButton);

  var notice = el("p", "cc-notice", "General information only, not medical advice, and not for emergencies. ");
  if (config.emergencyNumber) {
    notice.appendChild(document.createTextNode("In an emergency call "));
    notice.appendChild(telLink(config.emergencyNumber));
    notice.appendChild(document.createTextNode("."));
  }

  // The privacy notice, shown before anything is asked: what is kept, for how
  // long, who sees it, and how to delete it (docs/privacy.md).
  function privacyText() {
    var masked = config.redactAfterDays ? " after " + config.redactAfterDays + " days" : " after a while";
    var deleted = config.deleteAfterDays ? config.deleteAfterDays + " days" : "some time";
    return "Your privacy: this chat is kept so " + config.clinicName + "'s team can help you, and only the " +
      "clinic's staff can read it. Names, phone numbers and emails in it are removed" + masked +
      ", and the conversation, with any booking request, is deleted " + deleted + " after it is closed " +
      "(a brief care record is kept only if a clinician dealt with something). To delete it now, type " +
      "\u201cdelete my data\u201d.";
  }
  var privacy = el("p", "cc-privacy", privacyText());
  if (config.privacyUrl) {
    privacy.appendChild(document.createTextNode(" "));
    var privacyLink = el("a", "cc-link", "Privacy details");
    privacyLink.href = config.privacyUrl;
    privacyLink.target = "_blank";
    privacyLink.rel = "noopener";
    privacy.appendChild(privacyLink);
  }

  var banner = el("div", "cc-banner");
  banner.hidden = true;

  var log = el("ol", "cc-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", "Conversation");
  log.tabIndex = 0;

  var typing = el("p", "cc-typing", "The assistant is typing\u2026");
  typing.hidden = true;

  var status = el("p", "cc-status");
  status.setAttribute("role", "status");
  status.hidden = true;

  var form = el("form", "cc-form");
  form.noValidate = true;
  var label = el("label", "cc-visually-hidden", "Your message");
  label.htmlFor = "cc-input";
  var input = el("input", "cc-input");
  input.id = "cc-input";
  input.type = "text";
  input.autocomplete = "off";
  input.placeholder = "Type your question\u2026";
  var sendButton = el("button", "cc-send", "Send");
  sendButton.type = "submit";
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(sendButton);

  [header, notice, banner, log, typing, status, form].forEach(function (part) { panel.appendChild(part); });

  // ---- messages ----

  function timeLabel(at) {
    var when = new Date(at);
    var options = { hour: "2-digit", minute: "2-digit" };
    if (when.toDateString() !== new Date().toDateString()) {
      options.day = "numeric";
      options.month = "short";
    }
    return when.toLocaleString([], options);
  }

  // The privacy notice, the greeting and, before the first message, suggested
  // questions that the patient can send with one press (as if typed). At the
  // top of the conversation, so they scroll away as it grows and leave the
  // window's height to the messages. Not stored: the widget's own text.
  function renderWelcome() {
    var item = el("li", "cc-msg cc-welcome");
    item.appendChild(privacy);
    item.appendChild(el("span", "cc-visually-hidden", "Assistant: "));
    item.appendChild(el("p", "cc-text", config.greeting));
    if (!state.messages.length && config.suggestions.length) {
      var group = el("div", "cc-choices cc-suggestions");
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", "Suggested questions");
      config.suggestions.forEach(function (question) {
        var button = el("button", "cc-choice", question);
        button.type = "button";
        button.addEventListener("click", function () {
          input.value = question;
          submitTyped();
        });
        group.appendChild(button);
      });
      item.appendChild(group);
    }
    log.appendChild(item);
  }

  function renderMessage(message) {
    var item = el("li", "cc-msg cc-" + message.from);
    var who = { bot: "Assistant: ", user: "You: ", notice: "" }[message.from] || "";
    if (who) item.appendChild(el("span", "cc-visually-hidden", who));
    if (message.from === "staff" || message.from === "takeover") renderStaffLabel(item, message);
    var body = el("p", "cc-text");
    if (message.from === "user") body.textContent = message.text;
    else body.appendChild(linkified(message.text || ""));
    var shape = message.from === "bot" ? shapeFrom(message.shape) : null;
    if (shape) item.appendChild(renderShape(shape)); // says what the text says, laid out
    else if (message.text) item.appendChild(body);
    if (message.image) {
      var img = el("img", "cc-image");
      img.src = message.image;
      img.alt = "Image from the assistant";
      item.appendChild(img);
    }
    if (message.buttons && message.buttons.length) item.appendChild(renderChoices(message));
    if (typeof message.at === "number") {
      var time = el("time", "cc-time", timeLabel(message.at));
      time.dateTime = new Date(message.at).toISOString();
      item.appendChild(time);
    }
    log.appendChild(item);
    return item;
  }

  function renderChoices(message) {
    var group = el("div", "cc-choices");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Choices");
    message.buttons.forEach(function (choice) {
      var button;
      if (/^https?:\/\//.test(choice.payload)) {
        button = el("a", "cc-choice", choice.title);
        button.href = choice.payload;
        button.target = "_blank";
        button.rel = "noopener noreferrer";
      } else {
        button = el("button", "cc-choice", choice.title);
        button.type = "button";
        button.disabled = !!message.used;
        button.addEventListener("click", function () {
          if (send(choice.payload, choice.title)) input.focus();
        });
      }
      group.appendChild(button);
    });
    return group;
  }

  // ---- short lists and summary cards ----
  // A clinic list (assistant/clinic/short_lists.py: {"list": {"title", "items":
  // [{"label", "value"}]}}) or a booking summary card (assistant/booking/
  // summary_card.py: {"card": {"title", "fields": [{"label", "value"}],
  // "reference"}}) arrives as a custom payload right after the text that says
  // the same; the widget shows it in that text's place. Every string is clinic
  // or patient text: set with textContent only, never parsed as markup.

  var MAX_SHAPE_ROWS = 40;

  function textOf(value) {
    return typeof value === "string" ? value : "";
  }

  function rowsOf(rows) {
    return (Array.isArray(rows) ? rows : [])
      .filter(function (row) { return row && typeof row === "object" && textOf(row.label); })
      .slice(0, MAX_SHAPE_ROWS)
      .map(function (row) { return { label: textOf(row.label), value: textOf(row.value) }; });
  }

  // A checked copy of a list or card (from a payload, or from storage), or null.
  function shapeFrom(data) {
    if (!data || typeof data !== "object") return null;
    if (data.kind === "list" || (data.list && typeof data.list === "object")) {
      var list = data.kind === "list" ? data : data.list;
      var items = rowsOf(list.items);
      return items.length ? { kind: "list", title: textOf(list.title), items: items } : null;
    }
    if (data.kind === "card" || (data.card && typeof data.card === "object")) {
      var card = data.kind === "card" ? data : data.card;
      var fields = rowsOf(card.fields);
      return fields.length ? { kind: "card", title: textOf(card.title), fields: fields, reference: textOf(card.reference) } : null;
    }
    return null;
  }

  function renderShape(shape) {
    if (shape.kind === "list") {
      var box = el("div", "cc-text cc-list");
      if (shape.title) box.appendChild(el("p", "cc-list-title", shape.title));
      var items = el("ul", "cc-list-items");
      shape.items.forEach(function (item) {
        var row = el("li", "cc-list-item");
        row.appendChild(el("span", "cc-list-label", item.label));
        if (item.value) row.appendChild(el("span", "cc-list-value", item.value));
        items.appendChild(row);
      });
      box.appendChild(items);
      return box;
    }
    var card = el("section", "cc-text cc-card");
    card.setAttribute("aria-label", shape.title || "Summary");
    if (shape.title) card.appendChild(el("p", "cc-card-title", shape.title));
    var facts = el("dl", "cc-card-fields");
    var rows = shape.fields.slice();
    if (shape.reference) rows.push({ label: "Reference", value: shape.reference, reference: true });
    rows.forEach(function (field) {
      var row = el("div", field.reference ? "cc-card-row cc-card-reference" : "cc-card-row");
      row.appendChild(el("dt", "cc-card-label", field.label));
      row.appendChild(el("dd", "cc-card-value", field.value));
      facts.appendChild(row);
    });
    card.appendChild(facts);
    return card;
  }

  // The payload's text is the latest reply of this turn that starts with its
  // title: the structure goes in its place (once, whichever tab gets it first).
  function showShape(shape) {
    for (var i = state.messages.length - 1; i >= 0; i--) {
      var message = state.messages[i];
      if (message.from === "user") break;
      if (message.from !== "bot" || !message.text || message.text.indexOf(shape.title) !== 0) continue;
      if (!message.shape) {
        message.shape = shape;
        saveState();
        renderAll();
        scrollToTurn();
      }
      return;
    }
    // No text came with it: the structure on its own.
    addMessage({ from: "bot", text: shape.title, shape: shape });
  }

  function disableChoices() {
    state.messages.forEach(function (message) { if (message.buttons) message.used = true; });
    Array.prototype.forEach.call(log.querySelectorAll("button.cc-choice"), function (b) { b.disabled = true; });
  }

  var turnStart = null; // the patient's last message: replies are read from there

  function addMessage(message) {
    message.at = Date.now();
    state.messages.push(message);
    saveState();
    var item = renderMessage(message);
    if (message.from === "user") turnStart = item;
    scrollToTurn();
  }

  // Show the newest replies from their start: the bottom of the log, or the
  // patient's last message at the top when the replies are longer than the window.
  function scrollToTurn() {
    var bottom = log.scrollHeight - log.clientHeight;
    var top = turnStart ? turnStart.offsetTop - log.offsetTop - 8 : bottom;
    log.scrollTop = Math.max(0, Math.min(bottom, top));
  }

  // After a reload or reopening: the latest message in full. If it is taller
  // than the window: its choices, when it offers some (the question waiting
  // for an answer, with as much of its text as fits), or else its start.
  function scrollToLatest() {
    var last = log.lastElementChild;
    var bottom = log.scrollHeight - log.clientHeight;
    if (!last) return;
    var top = last.offsetTop - log.offsetTop - 8;
    var tall = last.offsetHeight > log.clientHeight && !last.querySelector(".cc-choices");
    log.scrollTop = Math.max(0, tall ? Math.min(bottom, top) : bottom);
  }

  function renderAll() {
    log.textContent = "";
    turnStart = null;
    renderWelcome();
    state.messages.forEach(function (message) {
      var item = renderMessage(message);
      if (message.from === "user") turnStart = item;
    });
    if (deletionReply) renderMessage({ from: "bot", text: deletionReply });
    banner.hidden = true;
    if (state.handoff) showBanner(state.handoff);
  }

  // ---- the banner for escalations ----

  function showBanner(urgency) {
    banner.textContent = "";
    banner.hidden = false;
    banner.className = "cc-banner cc-banner-" + urgency;
    if (urgency === "emergency") {
      banner.setAttribute("role", "alert");
      var call = config.emergencyNumber
        ? telLink(config.emergencyNumber, "Call " + config.emergencyNumber + " now")
        : el("strong", "", "Call the emergency services now");
      call.classList.add("cc-banner-call");
      banner.appendChild(call);
      banner.appendChild(el("p", "cc-banner-text", "Don't wait for a reply here. The clinic team has been told."));
    } else {
      banner.setAttribute("role", "status");
      banner.appendChild(el("strong", "cc-banner-title", "A member of staff will contact you"));
      var when = el("p", "cc-banner-text", "Expected: " + (EXPECTED_TIME[urgency] || "as soon as they can") + ".");
      banner.appendChild(when);
      if (config.clinicPhone) {
        var line = el("p", "cc-banner-text", "To talk sooner, call ");
        line.appendChild(telLink(config.clinicPhone));
        line.appendChild(document.createTextNode("."));
        banner.appendChild(line);
      }
    }
  }

  function handoff(urgency) {
    if (URGENCY_ORDER.indexOf(urgency) < 0) return;
    // The most urgent banner of the conversation stays.
    if (state.handoff && URGENCY_ORDER.indexOf(state.handoff) <= URGENCY_ORDER.indexOf(urgency)) return;
    state.handoff = urgency;
    saveState();
    showBanner(urgency);
  }

  // ---- status line ----

  var statusShown = null;

  function setStatus(text, withPhone) {
    var key = text + (withPhone ? "+phone" : "");
    if (key === statusShown) return; // unchanged: don't announce it again
    statusShown = key;
    status.textContent = text;
    if (withPhone && config.clinicPhone) {
      status.appendChild(document.createTextNode(" If it's urgent, call " + config.clinicName + " on "));
      status.appendChild(telLink(config.clinicPhone));
      if (config.emergencyNumber) {
        status.appendChild(document.createTextNode("; in an emergency call "));
        status.appendChild(telLink(config.emergencyNumber));
      }
      status.appendChild(document.createTextNode("."));
    }
    status.hidden = !text;
  }

  // ---- the connection ----

  var socket = null;
  var ready = false; // connected and the session confirmed
  var connectionLost = false;
  var pendingText = null; // typed while not connected: kept in the box, sent on (re)connection
  var restarted = false; // the server refused this tab's stored conversation; a new one is starting
  var replyTimer = null;
  var confirmedId = null; // the conversation this tab's socket was confirmed for
  // Sent but not yet acknowledged ({message_id, message}), oldest first: sent
  // again after a reconnection to the same conversation, never to another.
  var unacknowledged = [];
  var unacknowledgedFor = null; // the conversation they belong to

  function newMessageId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") return window.crypto.randomUUID();
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function emitMessage(item, resent) {
    socket.emit(
      "user_uttered",
      { message: item.message, message_id: item.message_id, resent: resent, session_id: state.sessionId, token: state.token },
      function (ack) {
        if (!ack || ack.message_id !== item.message_id) return;
        unacknowledged = unacknowledged.filter(function (other) { return other !== item; });
      }
    );
  }

  // After a reconnection: what the server may not have received or stored goes again, in order.
  function resendUnacknowledged() {
    if (unacknowledgedFor !== state.sessionId) {
      unacknowledged = [];
      return;
    }
    unacknowledged.forEach(function (item) { emitMessage(item, true); });
  }

  function waitForReply() {
    typing.hidden = false;
    window.clearTimeout(replyTimer);
    replyTimer = window.setTimeout(function () {
      typing.hidden = true;
      setStatus("Sorry, no answer has come back yet.", true);
    }, config.replyWaitMs);
  }

  function replyArrived() {
    window.clearTimeout(replyTimer);
    typing.hidden = true;
    if (ready) setStatus("");
  }

  function send(payload, shown) {
    if (!ready) {
      setStatus("Not sent: the chat is not connected. Please try again when it's back.", true);
      return false;
    }
    if (deletionReply) {
      deletionReply = null;
      renderAll();
    }
    disableChoices();
    sentLastMessage = true;
    addMessage({ from: "user", text: shown });
    if (unacknowledgedFor !== state.sessionId) unacknowledged = [];
    unacknowledgedFor = state.sessionId;
    var item = { message_id: newMessageId(), message: payload };
    unacknowledged.push(item);
    emitMessage(item, false);
    if (!state.takeover) waitForReply(); // staff answer in their own time: no "no answer" warning
    else replyArrived();
    return true;
  }

  function keptNote() {
    return pendingText !== null ? " Your message is kept here and will be sent when the chat is back." : "";
  }

  // "Delete my data" was done: forget the conversation in this browser and
  // start a new one, or follow the tab that already did. The deletion reply
  // (with its reference) stays on screen in every tab until the patient
  // writes again or leaves the page; nothing of the old conversation is stored.
  var lastReplyText = ""; // the latest text this tab's socket received
  var deletionReply = null; // shown, never stored
  var forgottenIds = []; // deleted conversations: never taken back from another tab's late write
  var sentLastMessage = false; // this tab sent the patient's latest message
  var awaitingNewSession = false;

  function requestNewSession() {
    if (!socket || awaitingNewSession) return;
    awaitingNewSession = true;
    socket.emit("session_request", { session_id: null, token: null });
  }

  // Only the tab where the patient asked for the deletion starts the new
  // conversation; the others forget theirs without writing and follow it
  // through the storage event (two tabs starting one each would overwrite
  // each other).
  function forgetSession() {
    deletionReply = lastReplyText || null;
    [state.sessionId, confirmedId].forEach(function (id) { if (id) forgottenIds.push(id); });
    ready = false; // until the new conversation is confirmed
    if (sentLastMessage || KEEP_MS === 0) {
      forgetConversation(); // no id, token or message of the old conversation is kept
      requestNewSession();
      return;
    }
    var stored = readStored();
    adopt(stored && forgottenIds.indexOf(stored.sessionId) < 0 ? stored : null);
  }

  // Every tab of the conversation receives each reply; the first to store it
  // wins and the others see it through the storage event. Replies arrive in
  // the same order everywhere, so a tab counts those it received since the
  // patient's last message and stores one only if fewer are stored.
  var turnSeen = { key: null, count: 0 };

  function alreadyStored() {
    var last = -1;
    state.messages.forEach(function (m, i) { if (m.from === "user") last = i; });
    var key = last < 0 ? "start" : state.messages[last].at + ":" + state.messages[last].text;
    if (key !== turnSeen.key) turnSeen = { key: key, count: 0 };
    turnSeen.count += 1;
    var stored = state.messages.slice(last + 1).filter(function (m) { return m.from === "bot"; }).length;
    return stored >= turnSeen.count;
  }

  function onBotMessage(message) {
    if (!message || typeof message !== "object") return;
    if (onTakeoverMessage(message)) return;
    replyArrived();
    var custom = message.custom;
    if (custom && custom.privacy && custom.privacy.clear_session === true) {
      forgetSession();
      return;
    }
    if (custom && custom.handoff && typeof custom.handoff.urgency === "string") handoff(custom.handoff.urgency);
    var shape = shapeFrom(custom);
    if (shape) {
      showShape(shape);
      return;
    }
    var text = typeof message.text === "string" ? message.text : "";
    if (text) lastReplyText = text;
    var buttons = (message.quick_replies || message.buttons || [])
      .filter(function (b) { return b && typeof b.title === "string" && typeof b.payload === "string"; })
      .map(function (b) { return { title: b.title, payload: b.payload }; });
    var image = null;
    var attachment = message.attachment;
    if (attachment && attachment.type === "image" && attachment.payload &&
        /^https?:\/\//.test(String(attachment.payload.src))) {
      image = String(attachment.payload.src);
    }
    if (!text && !buttons.length && !image) return;
    if (panel.hidden) {
      state.unread = (state.unread || 0) + 1;
      showUnread();
    }
    if (alreadyStored()) {
      if (panel.hidden) saveState(); // the unread count
      return;
    }
    var reply = { from: "bot", text: text };
    if (buttons.length) reply.buttons = buttons;
    if (image) reply.image = image;
    addMessage(reply);
  }

  // Another tab changed the conversation: show what it stored, and follow it
  // to a new conversation (after "delete my data" there).
  function lastUserKey(saved) {
    var users = (saved ? saved.messages : []).filter(function (m) { return m.from === "user"; });
    return users.length ? users[users.length - 1].at + ":" + users[users.length - 1].text : "";
  }

  function adopt(other) {
    if (other && forgottenIds.indexOf(other.sessionId) >= 0) return; // a late write of a deleted one
    if (lastUserKey(other) !== lastUserKey(state)) sentLastMessage = false;
    var open = state.open;
    var unread = state.unread;
    var previousId = state.sessionId;
    state = other || freshState();
    state.open = open;
    state.unread = unread;
    renderAll();
    if (!panel.hidden) scrollToLatest();
    if (state.sessionId !== previousId && socket) {
      ready = false;
      if (state.sessionId) socket.emit("session_request", { session_id: state.sessionId, token: state.token });
    }
  }

  window.addEventListener("storage", function (event) {
    if (event.key !== STORAGE_KEY || event.storageArea !== storage()) return;
    adopt(parseState(event.newValue));
  });

  // ---- live takeover: a member of staff writes in this chat (rasa_addons/takeover.py) ----
  // Staff lines carry {"staff": {name, role}}; the "has joined" and hand-back
  // notices carry {"takeover": {event, name, role}}. Both are stored with the
  // conversation, so they render again, in their own style, after a reload.

  function staffLabel(who) {
    return who.role ? who.name + " (" + who.role + ")" : who.name;
  }

  function renderStaffLabel(item, message) {
    if (message.from === "staff" && message.staff) {
      item.insertBefore(el("span", "cc-staff-name", staffLabel(message.staff)), item.firstChild);
    }
  }

  function validWho(who) {
    return who && typeof who.name === "string" && typeof who.role === "string";
  }

  function onTakeoverMessage(message) {
    var text = typeof message.text === "string" ? message.text : "";
    var event = message.takeover;
    if (!text || !(validWho(message.staff) || (event && validWho(event)))) return false;
    if (message.id && state.messages.some(function (m) { return m.id === message.id; })) return true; // another tab stored it
    showStaffTyping(null);
    if (event) {
      state.takeover = event.event === "joined" ? { name: event.name, role: event.role } : null;
      if (state.takeover) replyArrived();
    }
    if (panel.hidden) {
      state.unread = (state.unread || 0) + 1;
      showUnread();
    }
    var line = event ? { from: "takeover", text: text } : { from: "staff", text: text, staff: { name: message.staff.name, role: message.staff.role } };
    if (message.id) line.id = message.id;
    addMessage(line);
    return true;
  }

  var ASSISTANT_TYPING = typing.textContent;

  function showStaffTyping(who) {
    if (who) {
      typing.textContent = who.name + " is typing\u2026";
      typing.hidden = false;
      return;
    }
    typing.textContent = ASSISTANT_TYPING;
    if (state.takeover) typing.hidden = true;
  }

  function onStaffTyping(event) {
    if (!event || !validWho(event)) return;
    showStaffTyping(event.typing ? event : null);
  }

  function forgetConversation() {
    state.takeover = null;
    state.sessionId = null;
    state.token = null;
    state.messages = [];
    state.handoff = null;
    saveState();
    renderAll();
    window.clearTimeout(replyTimer);
    typing.hidden = true;
  }

  function connect() {
    if (socket || typeof window.io !== "function") return;
    socket = window.io(config.server, {
      path: config.socketPath,
      transports: ["websocket", "polling"],
      tryAllTransports: true,
      // Only for long-polling behind a load balancer: its cookie keeps the polls on one server.
      withCredentials: true,
    });
    socket.on("connect", function () {
      awaitingNewSession = !state.sessionId; // one request for a new conversation at a time
      socket.emit("session_request", { session_id: state.sessionId, token: state.token });
    });
    socket.on("session_confirm", function (session) {
      if (!session || typeof session.session_id !== "string" || typeof session.token !== "string") return;
      awaitingNewSession = false;
      var isNew = session.session_id !== state.sessionId || session.token !== state.token;
      if (isNew && !state.sessionId && KEEP_MS > 0) {
        // Another tab started the new conversation first (after "delete my
        // data" in both): join it rather than write a second one over it.
        var stored = readStored();
        if (stored && stored.sessionId && stored.token && stored.sessionId !== session.session_id) {
          adopt(stored);
          return;
        }
      }
      if (state.sessionId && session.session_id !== state.sessionId) forgetConversation();
      state.sessionId = session.session_id;
      state.token = session.token;
      confirmedId = session.session_id;
      // Stored only when new: a tab that joins what another stored writes
      // nothing back, so two tabs never hand a conversation to and fro.
      if (isNew) saveState();
      ready = true;
      resendUnacknowledged();
      var waiting = pendingText !== null && input.value.trim() === pendingText;
      if (waiting) {
        input.value = "";
        send(pendingText, pendingText);
        setStatus(connectionLost ? "Connected again. Your message has been sent." : "");
      } else if (restarted) {
        setStatus("This chat had to start again, so earlier messages are gone. Please send your question again.");
      } else {
        setStatus(connectionLost ? "Connected again. You can send your message now." : "");
      }
      pendingText = null;
      connectionLost = false;
      restarted = false;
    });
    // The stored id and token were not accepted (e.g. the server's key changed):
    // this tab's conversation cannot be continued, so a new one starts.
    socket.on("session_refused", function () {
      ready = false;
      restarted = state.sessionId !== null;
      forgetConversation();
      awaitingNewSession = false;
      requestNewSession();
    });
    socket.on(data.botEvent || "bot_uttered", onBotMessage);
    socket.on("staff_typing", onStaffTyping);
    socket.on("disconnect", function () {
      ready = false;
      awaitingNewSession = false; // asked again on reconnection
      connectionLost = true;
      typing.hidden = true;
      setStatus("Connection lost. Trying to reconnect\u2026" + keptNote(), true);
    });
    socket.on("connect_error", function () {
      ready = false;
      connectionLost = true;
      setStatus("The chat can't connect right now. Trying again\u2026" + keptNote(), true);
    });
  }

  function loadClient() {
    if (typeof window.io === "function") return connect();
    var tag = document.createElement("script");
    tag.src = folder + "socket.io.min.js";
    tag.onload = connect;
    tag.onerror = function () { setStatus("The chat could not be loaded.", true); };
    document.head.appendChild(tag);
  }

  // ---- phones: the window above the on-screen keyboard ----
  // On a phone the window fills the screen (widget.css). Mobile browsers
  // shrink only the visual viewport when the keyboard opens, so a window
  // pinned to the layout viewport would hide the message box behind the
  // keyboard: it follows the visual viewport instead.
  var PHONE_WIDTH = window.matchMedia ? window.matchMedia("(max-width: 480px)") : null;

  function fitToVisibleArea() {
    var view = window.visualViewport;
    if (!view || !PHONE_WIDTH || !PHONE_WIDTH.matches) {
      panel.style.height = "";
      panel.style.top = "";
      return;
    }
    panel.style.top = Math.max(0, view.offsetTop) + "px";
    panel.style.height = Math.round(view.height) + "px";
    if (!panel.hidden) scrollToLatest(); // the question waiting for an answer stays in view
  }

  if (window.visualViewport) {
    window.visualViewport.addEventListener("resize", fitToVisibleArea);
    window.visualViewport.addEventListener("scroll", fitToVisibleArea);
  }

  // ---- opening and closing ----

  function setOpen(open, moveFocus) {
    panel.hidden = !open;
    if (open) fitToVisibleArea();
    launcher.setAttribute("aria-expanded", String(open));
    root.classList.toggle("cc-open", open);
    state.open = open;
    saveState();
    if (open) {
      if (state.sessionId && expired(state)) forgetConversation(); // left open, unused, past its time
      state.unread = 0;
      showUnread();
      saveState();
      loadClient();
      if (moveFocus) input.focus();
      scrollToLatest();
    } else if (moveFocus) {
      launcher.focus();
    }
  }

  launcher.addEventListener("click", function () { setOpen(panel.hidden, true); });
  closeButton.addEventListener("click", function () { setOpen(false, true); });
  // Tab goes round the window: from Send on to the top, then down through the
  // conversation to the latest choices and the message box; Escape leaves.
  function focusable() {
    return Array.prototype.filter.call(
      panel.querySelectorAll("a[href], button:not([disabled]), input:not([disabled]), [tabindex='0']"),
      function (node) { return node.getClientRects().length > 0; }
    );
  }

  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.preventDefault();
      setOpen(false, true);
    } else if (event.key === "Tab") {
      var nodes = focusable();
      if (!nodes.length) return;
      var first = nodes[0];
      var last = nodes[nodes.length - 1];
      if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      } else if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      }
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    submitTyped();
  });

  function submitTyped() {
    var text = input.value.trim();
    input.focus();
    if (!text) return;
    if (ready) {
      if (send(text, text)) input.value = "";
      return;
    }
    // Not connected (yet): nothing is queued out of sight. The message stays
    // in the box, the patient is told, and it goes out once connected.
    pendingText = text;
    // No conversation (the tab that started the new one after a deletion was closed): start one.
    if (socket && socket.connected && !state.sessionId) requestNewSession();
    if (connectionLost) {
      setStatus("Not sent yet: the chat is not connected." + keptNote(), true);
    } else {
      setStatus("Connecting\u2026 your message will be sent as soon as the chat is connected.");
    }
  }

  // ---- start: restore the stored conversation, then show the window ----

  renderAll();
  showUnread();

  var stylesheet = document.createElement("link");
  stylesheet.rel = "stylesheet";
  stylesheet.href = folder + "widget.css";
  // Until the style sheet applies the log does not scroll: place it then.
  stylesheet.onload = function () { if (!panel.hidden) scrollToLatest(); };
  document.head.appendChild(stylesheet);

  root.appendChild(launcher);
  root.appendChild(panel);
  if (state.open || data.open === "true") setOpen(true, false);
})();
