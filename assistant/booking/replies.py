"""What the assistant says during a booking request: the questions, polite
re-asks, and exactly what happens after the request is sent. Plain
functions, tested in tests/assistant/booking/test_replies.py."""

from __future__ import annotations

from typing import Sequence

from assistant.clinic.replies import listing, moment_text
from assistant.clinic.slots import SlotInfo

INTRODUCTION = (
    "I can send a consultation request to the clinic team. It takes a few quick questions, and you can "
    'say "stop" at any time or tell me if you want to change an answer.'
)
WELCOME_BACK = "Welcome back! Let's carry on with your booking request."

ASK_TREATMENT = "Which treatment would you like a consultation for?"
ASK_LOCATION = "Which of our clinics would suit you best?"
ASK_NAME = "What name should the team use for you?"
NOT_A_NAME = 'I need the name the team should use for you, for example "Sam Jones".'
ASK_CONTACT = "What's the best phone number or email address for the team to confirm with you?"
ASK_WHAT_TO_CHANGE = "Of course. What would you like to change?"

DIDNT_CATCH_TREATMENT = "Sorry, I didn't catch which treatment you mean."
DIDNT_CATCH_LOCATION = "Sorry, I didn't catch which clinic you'd like."
DIDNT_CATCH_WHEN = "Sorry, I couldn't tell which day or time you mean."
BAD_CONTACT = (
    "Sorry, that doesn't look like a phone number or an email address. Could you type it again, "
    "like 07700 900123 or name@example.com?"
)
NOT_SURE_TREATMENT = "Not sure yet (I'd like advice)"
EITHER_LOCATION = "Either is fine"


def ask_when(scope: str, has_slots: bool) -> str:
    if has_slots:
        return (
            f"Here are the next free consultation times{scope}. Pick one, or tell me a day and time that "
            'suits you (for example "Friday afternoon").'
        )
    return (
        f"I can't see any free consultation times{scope} in the next few weeks. Tell me a day and time "
        "that suits you, and the team will find the nearest one."
    )


ASK_WHEN_OFFLINE = (
    "Which day and time would suit you? I can't see live availability right now, so the team will "
    "confirm the nearest time."
)


def system_down(phone: str) -> str:
    return (
        "Sorry, I can't reach our booking system to check that right now. Nothing you've told me is lost: "
        f"please try again in a moment, or call us on {phone}."
    )


def slot_chosen(slot: SlotInfo) -> str:
    return f"{moment_text(slot.starts_at)} with {slot.practitioner_name} in {slot.location_name}: noted."


def slot_gone(starts_at: str | None) -> str:
    when = f" ({starts_at})" if starts_at else ""
    return f"Sorry, that time{when} has just been taken by someone else. Here are the next free ones."


def preference_noted(words: str, understood: str) -> str:
    return (
        f"I'll note \u201c{words}\u201d ({understood}) as the time you'd prefer, and the team will find "
        "the nearest free consultation."
    )


def closed_that_day(text: str) -> str:
    return f"{text} Could you choose another day?"


def in_the_past() -> str:
    return "That day has already passed. Which day would suit you?"


def changed(what: str, value: str) -> str:
    return f"Done, I've changed {what} to {value}."


def will_ask_again(what: str) -> str:
    return f"No problem, let's change {what}."


# What each field is called when talking about a change.
FIELD_WORDS = {
    "booking_treatment": "the treatment",
    "booking_location": "the clinic",
    "booking_when": "the time",
    "booking_name": "your name",
    "booking_contact": "your contact details",
}


def _promise(promise: str | None) -> str:
    return f" {promise}" if promise else " as soon as they can"


def stored(
    name: str,
    promise: str | None,
    flagged: bool,
    blood_thinners: bool,
    slot_taken: str | None,
    alternatives: Sequence[SlotInfo] = (),
) -> str:
    """The reply once the request is in the database: what happens next,
    briefly (the summary card after it gives the details and the reference)."""
    parts = [f"Thank you, {name}: your consultation request is with the team."]
    if slot_taken:
        parts.append(
            f"The time you picked ({slot_taken}) was taken by someone else a moment ago, so the team will "
            "offer you the nearest free one."
        )
        if alternatives:
            parts.append(
                "Other free times: "
                f"{listing([moment_text(s.starts_at) + ' in ' + s.location_name for s in alternatives])}."
            )
    if flagged:
        parts.append(
            "Because of your health answers, a clinician will look at them before anything is booked, and "
            f"the team will contact you by phone or email{_promise(promise)}."
        )
        if blood_thinners:
            parts.append(
                "Please don't stop or change any prescribed medicine: the clinician will talk it through "
                "with you."
            )
    else:
        parts.append(f"They'll confirm by phone or email{_promise(promise)}.")
    parts.append("This is a request for a consultation, not a confirmed treatment.")
    return " ".join(parts)


def spooled(name: str, promise: str | None, phone: str) -> str:
    """The database was down: the request is safe in the outbox."""
    return (
        f"Thank you, {name}. Our booking system isn't responding right now, so I've saved your request and it "
        "will reach the team automatically as soon as the system is back. The clinic will confirm by phone or "
        f"email{_promise(promise)}; if you'd rather not wait, call us on {phone}. This is a request for a "
        "consultation, not a confirmed treatment."
    )


def could_not_store(phone: str) -> str:
    return (
        "Sorry, I couldn't send your request because some of the details couldn't be stored. I've kept your "
        f"answers: please call us on {phone} and the team will book you in."
    )
