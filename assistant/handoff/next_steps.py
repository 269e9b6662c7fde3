"""What the patient is told after a handoff: what happens next, and when,
from the clinic's opening hours.

    state = opening_state(session, now)       # or None when the database is down
    text = next_steps(HandoffUrgency.SAME_DAY, state, contacts, phone="07700 900123", due=ticket.due_at)

Wording per urgency; contacts come from the settings, so the text still
makes sense (without the hours) when the database is down. `due` is the
ticket's due time (assistant/handoff/due.py): a same-day call promised
"within the hour" is only promised when the hour is within opening time;
otherwise the reply names the due time itself, so patient and console agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import List

from sqlalchemy.orm import Session

from assistant.clinic._rows import clinic_zone
from assistant.clinic.formatting import format_time
from assistant.clinic.hours import open_status
from assistant.clinic.replies import day_phrase
from assistant.handoff.due import SAME_DAY_CALL
from assistant.handoff.payload import HandoffUrgency

# A due time this close to "an hour from now" is still "within the hour".
_WITHIN_THE_HOUR = SAME_DAY_CALL + timedelta(minutes=5)


@dataclass(frozen=True)
class Contacts:
    clinic_phone: str
    urgent_contact: str
    emergency_number: str
    out_of_hours_service: str


@dataclass(frozen=True)
class OpeningState:
    now: datetime  # in the clinic's time zone
    is_open: bool  # at least one location is open
    next_opens_at: datetime | None  # when closed: the earliest reopening (clinic zone), if known


def opening_state(session: Session, now: datetime) -> OpeningState:
    statuses = open_status(session, now)
    local_now = now.astimezone(clinic_zone(session))
    if any(s.is_open for s in statuses):
        return OpeningState(local_now, True, None)
    openings = [s.next_opens_at for s in statuses if s.next_opens_at is not None]
    return OpeningState(local_now, False, min(openings) if openings else None)


def when_open(state: OpeningState) -> str:
    """ "at 9:00 tomorrow (Thursday 12 June)"."""
    opens = state.next_opens_at
    if opens is None:
        return "on its next working day"
    return f"at {format_time(opens.time())} {day_phrase(opens.date(), state.now.date())}"


def by_when(due: datetime, state: OpeningState) -> str:
    """ "by 9:45 tomorrow (Thursday 12 June)", in the clinic's zone."""
    local = due.astimezone(state.now.tzinfo)
    return f"by {format_time(local.time())} {day_phrase(local.date(), state.now.date())}"


def safety_net(contacts: Contacts) -> str:
    return (
        "If anything gets worse, such as trouble breathing, swelling of your lips, tongue or throat, skin "
        "turning white, grey or dusky, changes in your vision, or feeling faint or confused, call "
        f"{contacts.emergency_number} straight away."
    )


def next_steps(
    urgency: HandoffUrgency,
    state: OpeningState | None,
    contacts: Contacts,
    phone: str | None = None,
    due: datetime | None = None,
) -> str:
    """The reply after the callback details were given or declined; `due`:
    the ticket's due time, when known."""
    call_you = f" on {phone}" if phone else ""
    parts: List[str] = []
    if urgency is HandoffUrgency.EMERGENCY:
        return (
            f"Please don't wait for a call from us: if you haven't already, call {contacts.emergency_number} "
            "now. The clinic team has your message."
        )
    if urgency is HandoffUrgency.SAME_DAY:
        if state is None:
            parts.append(
                f"Please contact a clinician today: call {contacts.urgent_contact}, or "
                f"{contacts.out_of_hours_service} if the clinic is closed."
            )
            if phone:
                parts.append(f"The team has your message and will call you{call_you} as soon as they can.")
        elif state.is_open:
            if phone and due is not None and due - state.now > _WITHIN_THE_HOUR:
                # The clinic closes within the hour: the call is due after it reopens.
                parts.append(
                    f"The clinic closes soon: a clinician will call you{call_you} {by_when(due, state)}. "
                    f"If you need a clinician before then, call {contacts.urgent_contact}, or "
                    f"{contacts.out_of_hours_service} once the clinic has closed."
                )
            elif phone:
                parts.append(f"The clinic is open now: a clinician will call you{call_you} within the hour.")
                parts.append(f"If you haven't heard from us by then, call {contacts.urgent_contact}.")
            else:
                parts.append(
                    f"The clinic is open now: please call a clinician today on {contacts.urgent_contact}."
                )
        else:
            parts.append(
                f"The clinic is closed now and opens {when_open(state)}. Please don't wait for us: contact "
                f"{contacts.out_of_hours_service} today."
            )
            if phone and due is not None:
                parts.append(f"The team will also call you{call_you} when the clinic opens, {by_when(due, state)}.")
            elif phone:
                parts.append(f"The team will also call you{call_you} when the clinic opens.")
        parts.append(safety_net(contacts))
        return " ".join(parts)
    if urgency is HandoffUrgency.REVIEW:
        if state is None or state.is_open:
            when = "soon" if state is None else "today or on the next working day"
        else:
            when = f"after the clinic opens {when_open(state)}"
        if phone:
            parts.append(f"A clinician will look at what you've told us and call you{call_you} {when}.")
            parts.append("Nothing will be booked until they have spoken with you.")
            parts.append(f"If you'd like to talk sooner, call the clinic on {contacts.clinic_phone}.")
        else:
            parts.append(
                f"A clinician will look at what you've told us. To talk it through, call the clinic on "
                f"{contacts.clinic_phone}."
            )
            parts.append("Nothing will be booked until they have spoken with you.")
        return " ".join(parts)
    # routine: the patient asked for a person
    if state is None:
        when = "as soon as they can"
    elif state.is_open:
        when = "today"
    else:
        when = f"after the clinic opens {when_open(state)}"
    if phone:
        parts.append(f"Someone from the team will call you{call_you} {when}.")
    else:
        parts.append(
            f"You can reach the team on {contacts.clinic_phone}; they'll also see your message {when}."
        )
    parts.append(
        f"If you have a symptom that is getting worse, call {contacts.urgent_contact}; in an emergency, call "
        f"{contacts.emergency_number}."
    )
    return " ".join(parts)
