"""The summary card sent with a booking confirmation: what was asked for,
at a glance, with the booking reference in the one form the patient is told
and the staff console shows and searches (assistant/booking/reference.py).

    card = SummaryCard.for_request(
        treatment="Hair mesotherapy", location="Leeds", time="Friday 13 June at 9:00 (kept for you)",
        name="Jane Doe", contact="07911 123456", reference="0a1b2c3d9f...",
    )
    card.text()     -> "Your booking request\\nTreatment: Hair mesotherapy\\n...\\nReference: 0A1B2C3D"
    card.payload()  -> {"card": {"title": ..., "fields": [{"label": "Treatment", "value": ...}, ...],
                                  "reference": ...}}

The phone number or email is partly masked: the card stays on screen (and in
the browser's storage) and may be seen by someone else; the patient only
needs to recognise it. Every value may be patient text: the widget shows it
as text, never as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, Tuple

from assistant.booking.reference import patient_reference
from assistant.booking.understanding import is_email
from assistant.conversation import Message

CARD_KEY = "card"
MASK = "•"
_VISIBLE_DIGITS = 3


def mask_phone(phone: str) -> str:
    """Every digit but the last three masked, spacing kept: "07911 123456" -> "••••• •••456"."""
    total = sum(ch.isdigit() for ch in phone)
    seen = 0
    out = []
    for ch in phone:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen > total - _VISIBLE_DIGITS else MASK)
        else:
            out.append(ch)
    return "".join(out)


def mask_email(email: str) -> str:
    """The first letter and the domain: "jane.doe@example.com" -> "j•••@example.com"."""
    local, _, domain = email.partition("@")
    return f"{local[:1]}{MASK * 3}@{domain}"


def mask_contact(contact: str) -> Tuple[str, str]:
    """(label, masked value) for a phone number or an email address."""
    if is_email(contact):
        return "Email", mask_email(contact.strip())
    return "Phone", mask_phone(contact.strip())


def humanise_slug(slug: str) -> str:
    """A treatment or clinic id shown when its name can't be read (the database is down)."""
    words = re.sub(r"[-_]+", " ", slug).strip()
    return words[:1].upper() + words[1:]


@dataclass(frozen=True)
class SummaryCard:
    title: str
    fields: Tuple[Tuple[str, str], ...]  # (label, value), in order
    reference: str

    @classmethod
    def for_request(
        cls,
        *,
        treatment: str | None,
        location: str | None,
        time: str | None,
        name: str,
        contact: str | None,
        reference: str,
        title: str = "Your booking request",
        status: str | None = None,
    ) -> SummaryCard:
        """`status`, in plain words, leads the card when given (a request recalled later)."""
        rows = [("Status", status)] if status else []
        rows += [
            ("Treatment", treatment or "To discuss at your consultation"),
            ("Clinic", location or "Any clinic"),
            ("Time", time or "The team will arrange it with you"),
            ("Name", name),
        ]
        if contact:
            rows.append(mask_contact(contact))
        return cls(title, tuple(rows), patient_reference(reference))

    def text(self) -> str:
        lines = [self.title, *(f"{label}: {value}" for label, value in self.fields), f"Reference: {self.reference}"]
        return "\n".join(lines)

    def payload(self) -> Dict[str, Any]:
        return {
            CARD_KEY: {
                "title": self.title,
                "fields": [{"label": label, "value": value} for label, value in self.fields],
                "reference": self.reference,
            }
        }

    def message(self) -> Message:
        return Message(self.text(), custom=self.payload())
