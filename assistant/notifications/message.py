"""What an alert says, for email and for a webhook.

Data minimisation: an alert names the ticket, its urgency, when it was
opened, the safety situations and triage-matrix rows, and links to the
ticket in the staff console. It never carries the patient's message, the
words that triggered the screen, their name, phone number or conversation
id: email and chat tools are not the place for health data, and staff read
all of it in the console after signing in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any, Dict, Sequence, Tuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# The console's page for one ticket, under Settings.effective_console_url.
TICKET_PATH = "/tickets/{ticket_id}"

_HEADLINES = {"emergency": "EMERGENCY", "same_day": "SAME-DAY"}
_ASKS = {
    "emergency": "needs a person now",
    "same_day": "needs a clinician today",
}


def ticket_url(console_url: str, ticket_id: int) -> str:
    return console_url.rstrip("/") + TICKET_PATH.format(ticket_id=ticket_id)


@dataclass(frozen=True)
class Alert:
    """One notification to send: plain data, free of patient text."""

    notification_id: int
    channel: str
    attempt: int  # 1 for the first try
    ticket_id: int
    urgency: str  # "emergency" | "same_day"
    opened_at: datetime  # aware
    situations: Tuple[str, ...]
    rows: Tuple[str, ...]
    clinic_name: str
    time_zone: str  # the clinic's, for the local time in the text
    url: str  # the ticket in the console

    @property
    def headline(self) -> str:
        return _HEADLINES.get(self.urgency, self.urgency.upper())

    @property
    def local_time(self) -> str:
        try:
            zone = ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = ZoneInfo("UTC")
        return self.opened_at.astimezone(zone).strftime("%a %d %b %Y %H:%M %Z")

    @property
    def subject(self) -> str:
        return f"[{self.headline}] Handoff ticket #{self.ticket_id} {_ASKS.get(self.urgency, '')} — {self.clinic_name}"

    @property
    def summary(self) -> str:
        """One line, for chat tools."""
        return (
            f"{self.headline}: handoff ticket #{self.ticket_id} at {self.clinic_name} "
            f"{_ASKS.get(self.urgency, 'needs a person')} ({_readable(self.situations) or 'no situation recorded'}). "
            f"Opened {self.local_time}. {self.url}"
        )

    def text(self) -> str:
        lines = [
            f"A {self.urgency.replace('_', '-')} handoff ticket at {self.clinic_name} "
            f"{_ASKS.get(self.urgency, 'needs a person')}.",
            "",
            f"Ticket:      #{self.ticket_id}",
            f"Urgency:     {self.urgency}",
            f"Opened:      {self.local_time}",
            f"Situations:  {_readable(self.situations) or 'none recorded'}",
            f"Matrix rows: {', '.join(self.rows) or 'none'}",
            "",
            f"Open it in the staff console: {self.url}",
            "",
            "The patient's words and contact details are in the console only;",
            "they are never sent by email or webhook.",
        ]
        return "\n".join(lines) + "\n"

    def as_json(self) -> Dict[str, Any]:
        """The webhook body. `text` is what Slack and Teams incoming webhooks
        show; `notification_id` lets a receiver drop a retried duplicate."""
        return {
            "event": "handoff_ticket.urgent",
            "text": self.summary,
            "notification_id": self.notification_id,
            "attempt": self.attempt,
            "ticket_id": self.ticket_id,
            "urgency": self.urgency,
            "opened_at": self.opened_at.isoformat(),
            "situations": list(self.situations),
            "matrix_rows": list(self.rows),
            "clinic": self.clinic_name,
            "url": self.url,
        }

    def email(self, sender: str, recipients: Sequence[str]) -> EmailMessage:
        message = EmailMessage()
        message["Subject"] = self.subject
        message["From"] = sender
        message["To"] = ", ".join(recipients)
        message["Date"] = formatdate(localtime=False, usegmt=True)
        message["Message-ID"] = make_msgid(f"ticket-{self.ticket_id}.notification-{self.notification_id}")
        message["X-Handoff-Ticket"] = str(self.ticket_id)
        message["X-Handoff-Urgency"] = self.urgency
        if self.urgency == "emergency":
            message["X-Priority"] = "1"
            message["Importance"] = "high"
        message.set_content(self.text())
        return message


def _readable(situations: Sequence[str]) -> str:
    return ", ".join(s.replace("_", " ") for s in situations)
