"""What the patient is told about their data: after "delete my data", and
the privacy notice's figures. Plain functions over plain data."""

from __future__ import annotations

from typing import List

from assistant.clinic.replies import listing
from assistant.conversation import Reply
from assistant.privacy.erasure import ErasureOutcome

# The widget clears its stored session when a bot message carries this
# custom payload (assistant/website/static/chat/widget.js).
CLEAR_SESSION_KEY = "privacy"

_URGENCY_WORDS = {"emergency": "urgent", "same_day": "same-day", "review": "clinician review", "routine": ""}


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"


def erased(outcome: ErasureOutcome, clinic_phone: str, emergency_number: str) -> Reply:
    deleted = ["this conversation"]
    if outcome.bookings_deleted:
        deleted.append("your " + _plural(outcome.bookings_deleted, "booking request"))
    if outcome.tickets_deleted:
        deleted.append("your " + _plural(outcome.tickets_deleted, "request") + " to the team")
    parts: List[str] = ["Done: I've deleted " + listing(deleted) + "."]
    open_tickets = [t for t in outcome.tickets_kept if t.open]
    closed_tickets = [t for t in outcome.tickets_kept if not t.open]
    if open_tickets:
        parts.append(
            "I've kept a short note of your "
            + ", ".join(_URGENCY_WORDS.get(t.urgency, "") + " request" for t in open_tickets).replace("  ", " ")
            + " so the team can still reach you: your name, phone number and the kind of problem, without "
            f"your messages. If you need help now, call {emergency_number}."
        )
    if closed_tickets:
        parts.append(
            "A clinician already dealt with part of this, so the clinic keeps a brief care record of it (no "
            "chat messages), as the law requires for clinical records."
        )
    if outcome.bookings_kept:
        parts.append(
            "Your confirmed appointment stays in the diary with your name and contact details (your health "
            f"answers are removed). To cancel it, call us on {clinic_phone}."
        )
    parts.append(
        f"Your reference is {outcome.reference}. Quote it if you contact us about this on {clinic_phone}. "
        "This chat window will now start afresh."
    )
    return Reply.say(" ".join(parts))


def could_not_erase(clinic_phone: str) -> Reply:
    return Reply.say(
        "Sorry, I couldn't delete your data just now: our system isn't responding. Nothing has been deleted. "
        f"Please try again in a few minutes, or call us on {clinic_phone} and the team will do it for you."
    )


def clear_session_payload(reference: str) -> dict:
    return {CLEAR_SESSION_KEY: {"clear_session": True, "reference": reference}}
