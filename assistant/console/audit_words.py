"""The audit log in words: what each action means and what its detail says,
for the audit page (the rows keep their machine keys; only the page reads
them out).

    action_label("ticket.assign")                          -> "Assigned a ticket"
    detail_lines({"from": None, "to": "carl"}, names)      -> ["From: nobody", "To: Carl Hart"]

Known keys get their own label and value wording; an unknown key is still
shown, as a plain label ("tickets_deleted" -> "Tickets deleted"), so a new
action is readable before anyone writes words for it.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping

from assistant.console.reasons import key_label

ACTION_LABELS: Mapping[str, str] = {
    "ticket.view": "Opened a ticket",
    "ticket.claim": "Claimed a ticket",
    "ticket.assign": "Assigned a ticket",
    "ticket.note": "Added a note to a ticket",
    "ticket.resolve": "Resolved a ticket",
    "ticket.export": "Exported tickets as a spreadsheet (CSV)",
    "booking.view": "Opened a booking request",
    "booking.confirm": "Confirmed a booking request",
    "booking.cancel": "Cancelled a booking request",
    "auth.login": "Signed in",
    "auth.login_failed": "Failed to sign in (wrong user name or password)",
    "auth.login_locked": "Sign-in refused: too many failed attempts",
    "auth.logout": "Signed out",
    "staff.create": "Created a staff account",
    "staff.activate": "Reactivated a staff account",
    "staff.deactivate": "Deactivated a staff account",
    "staff.password_reset": "Reset a staff member's password",
    "staff.password_change": "Changed their own password",
    "staff.password_change_failed": "Failed to change their own password (wrong current password)",
    "audit.view": "Read the audit log",
    "clinic.hours.update": "Changed opening hours",
    "clinic.closure.add": "Added a closure",
    "clinic.closure.remove": "Removed a closure",
    "clinic.price.update": "Changed a treatment's prices",
    "clinic.fee.update": "Changed the consultation fee",
    "clinic.practitioner.add": "Added a practitioner",
    "privacy.export": "Exported a patient's data",
    "privacy.erase": "Deleted a patient's data",
    "privacy.redact": "Redacted old conversations (retention)",
}

SUBJECT_LABELS: Mapping[str, str] = {
    "ticket": "Ticket",
    "booking": "Booking request",
    "staff_user": "Staff account",
    "audit_log": "Audit log",
    "location": "Location",
    "closure": "Closure",
    "treatment": "Treatment",
    "clinic": "Clinic",
    "practitioner": "Practitioner",
    "conversation": "Conversation",
    "tickets": "Tickets",
}

KEY_LABELS: Mapping[str, str] = {
    "from": "From",
    "to": "To",
    "outcome": "Outcome",
    "note_id": "Note number",
    "note": "Note",
    "slot_id": "Consultation slot number",
    "slot": "Consultation slot",
    "role": "Role",
    "via": "Done through",
    "changed": "Changed",
    "before": "Before",
    "after": "After",
    "starts_on": "From",
    "ends_on": "Until",
    "repeats_yearly": "Every year",
    "reason": "Reason",
    "location": "Location",
    "currency": "Currency",
    "packages_before": "Packages before",
    "packages_after": "Packages after",
    "price_from": "Price from",
    "price_to": "Price up to",
    "actor": "Filtered by who",
    "action": "Filtered by action",
    "subject_type": "Filtered by kind",
    "subject_id": "Filtered by ticket or account",
    "reference": "Reference",
    "events_deleted": "Conversation events deleted",
    "bookings_deleted": "Booking requests deleted",
    "bookings_kept": "Booking requests kept",
    "tickets_deleted": "Tickets deleted",
    "tickets_kept": "Tickets kept (care records)",
    "redacted": "Conversations redacted",
    "care_records_deleted": "Care records deleted",
    "filters": "Filters",
    "rows": "Rows",
    # clinic.hours.update: the weekday keys of the clinic file
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}

_VALUE_WORDS: Mapping[str, Mapping[str, str]] = {
    "via": {"cli": "the command line"},
    "slot": {"released": "released for others", "gone": "no longer exists", "unchanged": "left as it was"},
    "location": {"all": "all locations"},
    "outcome": {
        "called_back": "Called back",
        "booked_consultation": "Booked consultation",
        "referred_emergency": "Referred to emergency services",
        "no_action": "No action needed",
    },
}
_STAFF_KEYS = frozenset({"from", "to", "actor"})


def action_label(action: str) -> str:
    """The action in words; an unknown one as readable words from its key."""
    return ACTION_LABELS.get(action) or key_label(action.replace(".", "_"))


def subject_label(subject_type: str) -> str:
    return SUBJECT_LABELS.get(subject_type) or key_label(subject_type)


def _value(key: str, value: Any, names: Mapping[str, str]) -> str:
    if value is None or value == "":
        return "nobody" if key in _STAFF_KEYS else "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(key, item, names) for item in value) if value else "none"
    if isinstance(value, dict):
        return "; ".join(_line(k, v, names) for k, v in value.items())
    text = str(value)
    if key in _STAFF_KEYS:
        return names.get(text, text)
    return _VALUE_WORDS.get(key, {}).get(text, text)


def _line(key: str, value: Any, names: Mapping[str, str]) -> str:
    label = KEY_LABELS.get(key) or key_label(key)
    if isinstance(value, dict) and set(value) == {"before", "after"}:  # one changed thing, e.g. a weekday's hours
        return f"{label}: {_value(key, value['before'], names)} → {_value(key, value['after'], names)}"
    return f"{label}: {_value(key, value, names)}"


def detail_lines(detail: Mapping[str, Any], names: Mapping[str, str] | None = None) -> List[str]:
    """One readable line per detail item, known keys first in the order above.
    `names`: username -> display name, for who an item names."""
    names = names or {}
    order: Dict[str, int] = {key: position for position, key in enumerate(KEY_LABELS)}
    keys = sorted(detail, key=lambda k: (order.get(k, len(order)), k))
    return [_line(key, detail[key], names) for key in keys]


def words_for(names: Mapping[str, str]) -> Callable[[Mapping[str, Any]], List[str]]:
    """detail_lines bound to the staff names, for the template."""
    return lambda detail: detail_lines(detail, names)
