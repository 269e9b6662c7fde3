"""The role matrix: who may see and do what in the staff console, as data
in one place. Views and services ask `allowed(role, permission)` and
`may_handle(role, urgency)`; nothing else decides. docs/staff-console.md
shows the same table (a test checks they agree).

Why this split:
- Every role SEES the whole queue, urgent tickets included, and may open a
  ticket and add a note: reception answers the phone and must know that an
  emergency is waiting, and a note ("patient rang the desk at 3pm") must
  reach whoever handles the ticket.
- Only clinicians (and admins) claim and resolve emergency, same-day and
  review tickets: the triage matrix says a clinician decides those
  (`review` means a clinician checks before any booking, so a booking
  flagged by the screening questions is clinical too). Reception claims and
  resolves `routine` tickets (the patient asked for a person).
- Reception handles booking requests: every role sees them and may
  confirm or cancel one, except that a request flagged for clinician
  review (a screening answer that was not a clear "no") is confirmed only
  by a clinician or an admin. Clinicians need the page for exactly those.
- Exporting or deleting a patient's data (a request by phone or letter) is
  for clinicians and admins: deciding what part of it is a care record to
  keep is a clinical call, and reception passes such requests on.
- Admins manage staff accounts, read the audit log and edit the clinic's
  data; they can also handle every ticket (a small clinic's manager is
  often its clinician). Exporting the tickets as a spreadsheet is for them
  alone: the clinic's manager is its admin, and a file of every patient's
  name and number leaves the console's access control behind.
"""

from __future__ import annotations

from typing import Dict, FrozenSet, Mapping, Tuple

from assistant.db.models import HANDOFF_URGENCIES, STAFF_ROLES

ADMIN, CLINICIAN, RECEPTION = "admin", "clinician", "reception"
ROLES: Tuple[str, ...] = STAFF_ROLES

# permission -> what it lets someone do (the docs' wording)
PERMISSIONS: Mapping[str, str] = {
    "queue.view": "see the queue and its counts (every urgency)",
    "ticket.view": "open a ticket: transcript, contact details, booking requests, history",
    "ticket.note": "add a note to a ticket",
    "ticket.handle": "claim, assign and resolve a ticket, for the urgencies in the next table",
    "ticket.export": "export the tickets shown (filtered as on screen) as a spreadsheet (CSV)",
    "booking.view": "see booking requests (contact details, treatment, time asked for) and their history",
    "booking.handle": "confirm or cancel a booking request (confirming a flagged one also needs the next permission)",
    "booking.confirm_flagged": "confirm a booking request flagged for clinician review (screening answers)",
    "dashboard.view": "see the dashboard (tickets per day, time to claim and resolve, reasons)",
    "staff.manage": "create, deactivate and reactivate staff accounts",
    "audit.view": "read the audit log",
    "clinic.manage": "edit the clinic's data (hours, prices, practitioners...)",
    "privacy.manage": "export or delete one patient's conversation and records (an access or erasure request)",
}

_EVERYONE = frozenset(ROLES)

# permission -> roles that have it
ROLE_MATRIX: Mapping[str, FrozenSet[str]] = {
    "queue.view": _EVERYONE,
    "ticket.view": _EVERYONE,
    "ticket.note": _EVERYONE,
    "ticket.handle": _EVERYONE,  # limited by urgency: HANDLES below
    "ticket.export": frozenset({ADMIN}),
    "booking.view": _EVERYONE,
    "booking.handle": _EVERYONE,
    "booking.confirm_flagged": frozenset({ADMIN, CLINICIAN}),
    "dashboard.view": frozenset({ADMIN, CLINICIAN}),
    "staff.manage": frozenset({ADMIN}),
    "audit.view": frozenset({ADMIN}),
    "clinic.manage": frozenset({ADMIN}),
    "privacy.manage": frozenset({ADMIN, CLINICIAN}),
}

# role -> urgencies whose tickets it may claim and resolve
HANDLES: Mapping[str, FrozenSet[str]] = {
    ADMIN: frozenset(HANDOFF_URGENCIES),
    CLINICIAN: frozenset(HANDOFF_URGENCIES),
    RECEPTION: frozenset({"routine"}),
}


def allowed(role: str | None, permission: str) -> bool:
    """True if `role` has `permission`; an unknown permission is a bug, not a refusal."""
    if permission not in ROLE_MATRIX:
        raise KeyError(f"unknown console permission {permission!r}; add it to ROLE_MATRIX")
    return role in ROLE_MATRIX[permission]


def roles_with(permission: str) -> Tuple[str, ...]:
    """The roles holding `permission`, in ROLES order."""
    if permission not in ROLE_MATRIX:
        raise KeyError(f"unknown console permission {permission!r}; add it to ROLE_MATRIX")
    return tuple(role for role in ROLES if role in ROLE_MATRIX[permission])


def may_handle(role: str | None, urgency: str) -> bool:
    """True if `role` may claim and resolve a ticket of this urgency."""
    return allowed(role, "ticket.handle") and urgency in HANDLES.get(role or "", frozenset())


def matrix_markdown() -> str:
    """The matrix as the Markdown tables in docs/staff-console.md."""
    lines = ["| permission | " + " | ".join(ROLES) + " |", "|---|" + "---|" * len(ROLES)]
    for permission, description in PERMISSIONS.items():
        marks = " | ".join("yes" if allowed(role, permission) else "—" for role in ROLES)
        lines.append(f"| `{permission}`: {description} | {marks} |")
    lines += ["", "| claim and resolve | " + " | ".join(ROLES) + " |", "|---|" + "---|" * len(ROLES)]
    for urgency in HANDOFF_URGENCIES:
        marks = " | ".join("yes" if may_handle(role, urgency) else "—" for role in ROLES)
        lines.append(f"| {urgency} tickets | {marks} |")
    return "\n".join(lines)


def nav_links(role: str | None) -> Tuple[Dict[str, str], ...]:
    """The nav bar for `role`: (label, path) pairs it may follow."""
    links = (
        ("Queue", "/", "queue.view"),
        ("Bookings", "/bookings", "booking.view"),
        ("Dashboard", "/dashboard", "dashboard.view"),
        ("Staff", "/staff", "staff.manage"),
        ("Audit log", "/audit", "audit.view"),
        ("Clinic data", "/clinic", "clinic.manage"),
        ("Patient data", "/privacy", "privacy.manage"),
    )
    return tuple({"label": label, "path": path} for label, path, perm in links if allowed(role, perm))
