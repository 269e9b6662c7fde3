"""The patient text in an action call: how much of it an action reads,
and which texts the action server's log lines must not repeat.

An action call carries the conversation (the tracker: the latest message,
the slots, the session's events) as the Rasa server stored it. The actions
match places, days, times, names and treatments in that text, work that
grows with its length: a 200 KB question held the action server for 9 s and
1 MB for 43 s. No question, name or answer to a form needs more than a
couple of thousand characters, so before any action runs, every text in the call is cut
to MAX_TEXT_CHARS: the latest message, each slot's text and each user
message among the events (text and parse data).

`patient_texts` lists the texts a patient wrote that the call carries (the
messages and the slots, i.e. what they typed into forms), for the log
redaction (assistant/log_redaction.py).

Plain data in, plain data out: rasa_sdk_plugins/ applies both to the request
body before rasa_sdk builds the Tracker.
"""

from __future__ import annotations

from typing import Any, Dict, List

from assistant.payloads import CONTACT_SETTINGS

# A little more than the input guard already calls over-long (1,500 characters):
# the matching costs about 0.1 s per thousand characters on a busy 2-core machine.
MAX_TEXT_CHARS = 2000


def cap_text(value: Any, max_chars: int = MAX_TEXT_CHARS) -> Any:
    """A string cut to `max_chars`; anything else unchanged."""
    return value[:max_chars] if isinstance(value, str) and len(value) > max_chars else value


def _capped_message(message: Any, max_chars: int) -> Any:
    if not isinstance(message, dict):
        return message
    capped = dict(message)
    if "text" in capped:
        capped["text"] = cap_text(capped["text"], max_chars)
    if isinstance(capped.get("parse_data"), dict):
        capped["parse_data"] = _capped_message(capped["parse_data"], max_chars)
    return capped


def _capped_slot(value: Any, max_chars: int) -> Any:
    if isinstance(value, list):
        return [cap_text(item, max_chars) for item in value]
    return cap_text(value, max_chars)


def cap_action_call(call: Dict[str, Any], max_chars: int = MAX_TEXT_CHARS) -> Dict[str, Any]:
    """The action call with every patient text in its tracker cut to `max_chars`."""
    tracker = call.get("tracker")
    if not isinstance(tracker, dict):
        return call
    capped = dict(tracker)
    capped["latest_message"] = _capped_message(tracker.get("latest_message"), max_chars)
    slots = tracker.get("slots")
    if isinstance(slots, dict):
        capped["slots"] = {name: _capped_slot(value, max_chars) for name, value in slots.items()}
    events = tracker.get("events")
    if isinstance(events, list):
        capped_events: List[Any] = []
        for event in events:
            if isinstance(event, dict) and event.get("event") == "user":
                event = _capped_message(event, max_chars)
            elif isinstance(event, dict) and event.get("event") == "slot":
                event = {**event, "value": _capped_slot(event.get("value"), max_chars)}
            capped_events.append(event)
        capped["events"] = capped_events
    return {**call, "tracker": capped}


def patient_texts(call: Dict[str, Any]) -> List[str]:
    """The texts a patient wrote that the call carries: the latest message,
    the user messages among the events and the slots' text values (except
    the clinic's contact details, which come from the settings)."""
    tracker = call.get("tracker")
    if not isinstance(tracker, dict):
        return []
    texts: List[str] = []
    latest = tracker.get("latest_message")
    if isinstance(latest, dict):
        texts.append(latest.get("text"))
    for event in tracker.get("events") or []:
        if isinstance(event, dict) and event.get("event") == "user":
            texts.append(event.get("text"))
    for name, value in (tracker.get("slots") or {}).items():
        if name in CONTACT_SETTINGS:  # the clinic's own details, from the settings
            continue
        texts.extend(value if isinstance(value, list) else [value])
    return [text for text in texts if isinstance(text, str) and text]
