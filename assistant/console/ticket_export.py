"""The tickets as a spreadsheet (CSV) for the clinic's manager: the ones the
queue shows for the same filters (every page, up to MAX_ROWS), one row each.

    text = tickets_csv(tickets, names, references, zone)

Patient names and numbers are typed by patients, so every cell is made
safe for spreadsheets: one starting with = + - @, a tab or a carriage
return would be read as a formula (OWASP "CSV injection"), so it gets a
leading apostrophe, which spreadsheets show as text. The csv module does
the quoting. The patient's message is left out: the file is for the
workload, not a copy of clinical records.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, tzinfo
from typing import Iterable, Mapping, Sequence

from assistant.booking.reference import patient_reference
from assistant.console.reasons import reason_of, status_label, urgency_label
from assistant.handoff.due import is_overdue
from assistant.handoff.tickets import TicketInfo

MAX_ROWS = 10_000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS: Sequence[str] = (
    "Ticket",
    "Opened",
    "Urgency",
    "Status",
    "Reason",
    "Matrix rows",
    "Due",
    "Overdue",
    "Assigned to",
    "Claimed",
    "Resolved",
    "Outcome",
    "Patient name",
    "Patient phone",
    "Booking reference",
)


def safe_cell(value: object) -> str:
    """The value as text a spreadsheet shows and never runs."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _when(moment: datetime | None, zone: tzinfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment else ""


def ticket_cells(
    ticket: TicketInfo, names: Mapping[str, str], reference: str | None, zone: tzinfo, now: datetime
) -> list:
    claimed = ticket.claimed_by or ""
    return [
        ticket.id,
        _when(ticket.created_at, zone),
        urgency_label(ticket.urgency.value),
        status_label(ticket.status),
        reason_of(ticket.situations, ticket.urgency.value),
        ", ".join(r for r in ticket.rows if r),
        _when(ticket.due_at, zone),
        "yes" if is_overdue(ticket.due_at, ticket.status, now) else "no",
        names.get(claimed, claimed),
        _when(ticket.claimed_at, zone),
        _when(ticket.resolved_at, zone),
        ticket.outcome or "",
        ticket.patient_name or "",
        ticket.patient_phone or "",
        patient_reference(reference) if reference else "",
    ]


def tickets_csv(
    tickets: Iterable[TicketInfo],
    names: Mapping[str, str],
    references: Mapping[int, str],
    zone: tzinfo,
    now: datetime,
) -> str:
    """The CSV text (header first; times in the clinic's zone). `references`:
    booking request id -> stored reference, for the tickets' linked bookings."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for ticket in tickets:
        reference = references.get(ticket.booking_request_id) if ticket.booking_request_id else None
        writer.writerow([safe_cell(cell) for cell in ticket_cells(ticket, names, reference, zone, now)])
    return out.getvalue()
