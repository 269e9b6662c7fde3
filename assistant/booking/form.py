"""The booking request form, one patient message at a time.

`BookingFlow` decides everything the form does; the Rasa form only carries
its decisions (actions/booking.py). For each message it returns a `Step`:
the messages to send (acknowledgement or polite problem, then the next
question), the slot values to remember, and which field is asked next
(None when every field is filled and the request can be submitted), or it
hands the message back to the dialogue rules (`handed_back`) when the
patient said "stop" or asked a question of their own.

Three ways in:
    start(turn, slots)              the form starts or resumes: read what the first message
                                    already says ("book me in for hair meso in leeds"), ask the rest
    answer(turn, requested, slots)  the patient replied to the question about `requested`
    resume(requested, slots)        back from a question the rules answered: ask again

Order of reading an answer: a consultation-time button (any time), "stop",
a correction ("actually make it York", "change my phone number"), a question
of the patient's own, and only then the answer to the question asked.
Database outages never lose an answer: steps that need the database
apologise with the clinic's phone number and ask again; the others go on.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any, Callable, ContextManager, Dict, List, Mapping, Sequence, Tuple
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from assistant.booking import fields, replies
from assistant.booking import understanding as read
from assistant.booking.screening import BY_SLOT, CONSENT_AGAIN, CONSENT_QUESTION, QUESTIONS
from assistant.booking.screening import INTRODUCTION as SCREENING_INTRODUCTION
from assistant.booking.understanding import Turn
from assistant.clinic import answers
from assistant.clinic import replies as clinic_replies
from assistant.clinic.booking import validate_email, validate_name, validate_phone
from assistant.clinic.formatting import format_day, format_time
from assistant.clinic.hours import hours_on
from assistant.clinic.locations import LocationInfo, get_location, list_locations
from assistant.clinic.practitioners import find_practitioner, list_practitioners
from assistant.clinic.profile import get_clinic
from assistant.clinic.slots import SlotInfo, get_slot
from assistant.clinic.treatments import list_treatments
from assistant.clinic.when import WhenError, parse_when
from assistant.conversation import Button, Message
from assistant.exceptions import ClinicNotLoaded, DatabaseUnavailable, NotFound, SlotUnavailable

SessionFactory = Callable[[], ContextManager[Session]]
# The database can't answer: down, or no clinic loaded yet.
Offline = (DatabaseUnavailable, ClinicNotLoaded)

YES_NO_BUTTONS = (Button("Yes", "/affirm"), Button("No", "/deny"), Button("Not sure", "not sure"))
CONSENT_BUTTONS = (Button("Yes, I agree", "/affirm"), Button("No", "/deny"))
CHANGE_BUTTONS = (
    Button("The treatment", "change the treatment"),
    Button("The clinic", "change the clinic"),
    Button("The time", "change the time"),
    Button("My name", "change my name"),
    Button("My contact details", "change my contact details"),
    Button("A health answer", "change a health answer"),
)
SLOT_BUTTONS = 5


@dataclass(frozen=True)
class Step:
    messages: Tuple[Message, ...] = ()
    remember: Mapping[str, Any] = field(default_factory=dict)
    ask: str | None = None  # the field asked next; None: all filled
    handed_back: bool = False  # "stop" or the patient's own question: the rules take over
    stopped_for_review: bool = False  # a screening answer needs a clinician: the form ends here

    @property
    def texts(self) -> Tuple[str, ...]:
        return tuple(m.text for m in self.messages)


class _Draft:
    """The step being built: messages so far and the values changed."""

    def __init__(self, slots: Mapping[str, Any]) -> None:
        self.slots = dict(slots)
        self.updates: Dict[str, Any] = {}
        self.messages: List[Message] = []

    def get(self, name: str) -> Any:
        return self.updates[name] if name in self.updates else self.slots.get(name)

    def set(self, **values: Any) -> None:
        self.updates.update(values)

    def say(self, text: str, buttons: Sequence[Button] = ()) -> None:
        self.messages.append(Message(text, tuple(buttons)))


class BookingFlow:
    def __init__(
        self,
        db: SessionFactory,
        now: datetime,
        *,
        minimum_age: int,
        phone: str,
        new_reference: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self.db = db
        self.now = now
        self.new_reference = new_reference
        self.minimum_age = minimum_age
        self.phone = phone  # the clinic's number, from the settings: works with the database down

    # ------------------------------------------------------------ entry points

    def start(self, turn: Turn, slots: Mapping[str, Any]) -> Step:
        draft = _Draft(slots)
        returning = any(slots.get(name) is not None for name in fields.FIELDS)
        draft.say(replies.WELCOME_BACK if returning else replies.INTRODUCTION)
        if not draft.get(fields.REFERENCE):
            draft.set(**{fields.REFERENCE: self.new_reference()})
        try:
            with self.db() as session:
                if not draft.get(fields.PROMISE):
                    draft.set(**{fields.PROMISE: get_clinic(session).booking_confirmation})
                self._read_first_message(session, turn, draft)
        except Offline:
            pass  # ask plainly; the questions say when live details are missing
        return self._finish(draft)

    def resume(self, requested: str | None, slots: Mapping[str, Any]) -> Step:
        draft = _Draft(slots)
        draft.say("Now, back to your booking request.")
        return self._finish(draft, prefer=requested)

    def answer(self, turn: Turn, requested: str | None, slots: Mapping[str, Any]) -> Step:
        draft = _Draft(slots)
        if turn.is_("safety") or turn.is_("privacy"):
            # A warning sign, or "delete my data": the rules take it (and stop the form).
            return Step(handed_back=True)
        if requested is None:
            return self.start(turn, slots)
        if turn.entities.get("slot_choice"):
            self._offline_guard(draft, lambda s: self._choose_slot(s, draft, turn.entities["slot_choice"]))
            return self._finish(draft, requested=requested)
        if read.is_stop(turn):
            return Step(handed_back=True)
        if read.is_correction(turn):
            corrected = self._offline_guard(draft, lambda s: self._correct(s, turn, draft), needs_db=False)
            if corrected:
                return self._finish(draft, requested=requested)
        if read.is_digression(turn):
            return Step(handed_back=True)
        if requested in BY_SLOT:
            answer = read.yes_no(turn)
            if answer != read.NO:
                return self._stop_for_review(requested, answer)
        interpret = {
            fields.TREATMENT: self._treatment,
            fields.LOCATION: self._location,
            fields.WHEN: self._when,
            fields.NAME: self._name,
            fields.CONTACT: self._contact,
            fields.HEALTH_CONSENT: self._consent,
        }.get(requested, self._screening)
        # "actually the hair one", "sorry, York": the answer is what follows the lead-in.
        answered = replace(turn, text=read.without_lead_in(turn.text))
        self._offline_guard(
            draft,
            lambda s: interpret(s, answered, draft, requested),
            needs_db=requested in (fields.TREATMENT, fields.LOCATION),
        )
        return self._finish(draft, requested=requested)

    @staticmethod
    def _stop_for_review(requested: str, answer: str) -> Step:
        """ "Yes", "not sure" or the patient's own words: a clinician must
        check before anything is booked. The answer is kept; the rules reply
        with the question's safety wording and open a review handoff."""
        remember = {
            requested: answer,
            fields.STOPPED_FOR_REVIEW: True,
            fields.SAFETY_FAMILY: BY_SLOT[requested].family,
        }
        return Step(remember=remember, ask=None, stopped_for_review=True)

    # ---------------------------------------------------------------- plumbing

    def _offline_guard(
        self, draft: _Draft, work: Callable[[Session | None], Any], needs_db: bool = True
    ) -> Any:
        """Run `work` with a session; if the database is down, with None
        (steps that can go on without it do), or apologise and ask again."""
        try:
            with self.db() as session:
                return work(session)
        except Offline:
            if needs_db:
                draft.say(replies.system_down(self.phone))
                return None
            return work(None)

    def _finish(self, draft: _Draft, requested: str | None = None, prefer: str | None = None) -> Step:
        """Ask the next question (the first empty field, or `prefer` when
        still empty) and package the step."""
        try:
            with self.db() as session:
                self._fill_single_location(session, draft)
        except Offline:
            pass
        missing = [name for name in fields.FIELDS if draft.get(name) is None]
        ask = prefer if prefer in missing else (missing[0] if missing else None)
        if ask is not None:
            self._ask(draft, ask)
        if requested is not None and not draft.updates:
            # Rasa's form only accepts a reply that sets a slot: re-asking sets the asked one again.
            draft.set(**{requested: draft.get(requested)})
        return Step(tuple(draft.messages), dict(draft.updates), ask)

    def _fill_single_location(self, session: Session, draft: _Draft) -> None:
        if draft.get(fields.LOCATION) is None:
            locations = list_locations(session)
            if len(locations) == 1:
                draft.set(**{fields.LOCATION: locations[0].slug})

    # ------------------------------------------------------------------ asking

    def _ask(self, draft: _Draft, name: str) -> None:
        if name == fields.TREATMENT:
            try:
                with self.db() as session:
                    options = [Button(t.name, t.name) for t in list_treatments(session)]
            except Offline:
                options = []
            buttons = options + [Button(replies.NOT_SURE_TREATMENT, "not sure yet")] if options else []
            draft.say(replies.ASK_TREATMENT, buttons)
        elif name == fields.LOCATION:
            try:
                with self.db() as session:
                    options = [Button(loc.name, loc.name) for loc in list_locations(session)]
            except Offline:
                options = []
            buttons = options + [Button(replies.EITHER_LOCATION, "either")] if options else []
            draft.say(replies.ASK_LOCATION, buttons)
        elif name == fields.WHEN:
            try:
                with self.db() as session:
                    slots, scope = self._offer(session, draft)
                draft.say(replies.ask_when(scope, bool(slots)), answers.slot_buttons(slots, self._any(draft)))
            except Offline:
                draft.say(replies.ASK_WHEN_OFFLINE)
        elif name == fields.NAME:
            draft.say(replies.ASK_NAME)
        elif name == fields.CONTACT:
            draft.say(replies.ASK_CONTACT)
        elif name == fields.HEALTH_CONSENT:
            if not draft.messages:  # not after "sorry, I need a clear yes or no"
                draft.say(SCREENING_INTRODUCTION)
            draft.say(CONSENT_QUESTION, CONSENT_BUTTONS)
        else:
            question = BY_SLOT[name]
            draft.say(question.text.format(minimum_age=self.minimum_age), YES_NO_BUTTONS)

    @staticmethod
    def _any(draft: _Draft) -> bool:
        return draft.get(fields.LOCATION) in (None, fields.ANY_LOCATION)

    def _slot_query(self, session: Session, draft: _Draft) -> answers.SlotQuery:
        location = None if self._any(draft) else get_location(session, draft.get(fields.LOCATION))
        people: Tuple = ()
        if draft.get(fields.PRACTITIONER):
            people = tuple(p for p in list_practitioners(session) if p.slug == draft.get(fields.PRACTITIONER))
        elif draft.get(fields.TREATMENT) not in (None, fields.UNDECIDED):
            try:
                people = tuple(
                    list_practitioners(
                        session,
                        location=location.slug if location else None,
                        treatment=draft.get(fields.TREATMENT),
                    )
                )
            except NotFound:
                people = ()
        day = date.fromisoformat(draft.get(fields.DAY)) if draft.get(fields.DAY) else None
        return answers.SlotQuery(location=location, practitioners=people, day=day)

    def _offer(self, session: Session, draft: _Draft) -> Tuple[List[SlotInfo], str]:
        query = self._slot_query(session, draft)
        found = answers.find_slots(session, query, self.now, SLOT_BUTTONS)
        if not found and query.day is not None:
            query = answers.SlotQuery(location=query.location, practitioners=query.practitioners)
            found = answers.find_slots(session, query, self.now, SLOT_BUTTONS)
        if not found and query.practitioners:
            query = answers.SlotQuery(location=query.location)
            found = answers.find_slots(session, query, self.now, SLOT_BUTTONS)
        scope = clinic_replies.slots_scope(
            query.location.name if query.location else "",
            clinic_replies.listing([p.name for p in query.practitioners], "or"),
            query.day,
        )
        return found, scope

    # ------------------------------------------------------- the first message

    def _read_first_message(self, session: Session, turn: Turn, draft: _Draft) -> None:
        """ "Book me in for hair meso in Leeds with Dr Hart next Tuesday", or a time button."""
        if turn.entities.get("slot_choice"):
            self._choose_slot(session, draft, turn.entities["slot_choice"])
        if turn.is_payload or not turn.text.strip():
            return
        noted = []
        match = answers.match_treatment(session, turn.text)
        if match.kind == "found":
            draft.set(**{fields.TREATMENT: match.treatment.slug})
            noted.append(match.treatment.name)
        named = answers.named_locations(list_locations(session), turn.text)
        if len(named) == 1 and not draft.get(fields.SLOT_ID):
            draft.set(**{fields.LOCATION: named[0].slug})
            noted.append(f"our {named[0].name} clinic")
        person = find_practitioner(session, turn.text)
        if person is not None:
            draft.set(**{fields.PRACTITIONER: person.slug})
            noted.append(f"with {person.name}")
        when = parse_when(turn.text, self.now, get_clinic(session).time_zone)
        if (
            not isinstance(when, WhenError)
            and answers.mentions_day(turn.text.lower())
            and when.day >= self._today(session)
        ):
            draft.set(**{fields.DAY: when.day.isoformat()})
            noted.append(f"around {format_day(when.day)}")
        if noted:
            draft.say(f"I've noted {clinic_replies.listing(noted)}.")

    def _today(self, session: Session) -> date:
        return self.now.astimezone(ZoneInfo(get_clinic(session).time_zone)).date()

    # ------------------------------------------------------------- the answers

    def _treatment(self, session: Session, turn: Turn, draft: _Draft, requested: str) -> None:
        if read.means_undecided(turn.text):
            draft.set(**{fields.TREATMENT: fields.UNDECIDED})
            return
        match = answers.match_treatment(session, turn.text)
        if match.kind == "found":
            draft.set(**{fields.TREATMENT: match.treatment.slug})
            return
        if match.kind == "ambiguous":
            draft.say(clinic_replies.which_treatment_text(match.options))
            return
        other = answers.other_treatment(turn.text)
        if other:
            draft.say(f"We don't offer {other}, I'm afraid.")
        else:
            draft.say(replies.DIDNT_CATCH_TREATMENT)

    def _location(self, session: Session, turn: Turn, draft: _Draft, requested: str) -> None:
        if read.means_any_location(turn.text):
            draft.set(**{fields.LOCATION: fields.ANY_LOCATION})
            return
        named = answers.named_locations(list_locations(session), turn.text)
        if len(named) == 1:
            self._set_location(draft, named[0])
            return
        draft.say(replies.DIDNT_CATCH_LOCATION)

    def _set_location(self, draft: _Draft, location: LocationInfo) -> None:
        draft.set(**{fields.LOCATION: location.slug})
        if draft.get(fields.SLOT_ID):
            # A chosen consultation slot belongs to the old clinic: choose again there.
            draft.set(**{fields.WHEN: None, fields.SLOT_ID: None, fields.SLOT_STARTS_AT: None})

    def _when(self, session: Session | None, turn: Turn, draft: _Draft, requested: str) -> None:
        text = turn.text.strip()
        if session is None:  # database down: keep their words, the team will find the time
            if text and len(text) <= 200:
                self._set_preference(draft, text, text)
            else:
                draft.say(replies.DIDNT_CATCH_WHEN)
            return
        if read.means_first(text):
            slots, _ = self._offer(session, draft)
            if slots:
                self._set_slot(draft, slots[0])
                return
        if read.means_any_time(text):
            self._set_preference(draft, text, "any time")
            return
        clinic = get_clinic(session)
        when = parse_when(text, self.now, clinic.time_zone)
        if isinstance(when, WhenError):
            draft.say(when.message if when.kind != "missing" else replies.DIDNT_CATCH_WHEN)
            return
        if when.day < self._today(session):
            draft.say(replies.in_the_past())
            return
        location = None if self._any(draft) else draft.get(fields.LOCATION)
        days = hours_on(session, when.day, location)
        if days and all(d.is_closed for d in days):
            text_closed = (
                clinic_replies.day_hours_text(days[0], self._today(session))
                if len(days) == 1
                else (f"We're closed on {days[0].reason or format_day(when.day)}.")
            )
            draft.say(replies.closed_that_day(text_closed))
            return
        lowered = text.lower()
        explicit = when.time is not None and re.search(r"\d|\b(?:noon|midday)\b", lowered)
        if explicit:
            exact = self._slot_at(session, draft, when.day, when.time)
            if exact is not None:
                self._set_slot(draft, exact)
                return
        part = next((p for p in ("morning", "lunchtime", "afternoon", "evening") if p in lowered), "")
        understood = format_day(when.day) if answers.mentions_day(lowered) else ""
        if explicit:
            understood = f"{understood} at {format_time(when.time)}".strip()
        elif part:
            understood = f"{understood}, {part}" if understood else part
        if len(text) > 200:
            text = text[:200]
        self._set_preference(draft, text, understood or text)

    def _slot_at(self, session: Session, draft: _Draft, day: date, at: time) -> SlotInfo | None:
        query = self._slot_query(session, draft)
        query = answers.SlotQuery(location=query.location, practitioners=query.practitioners, day=day)
        for slot in answers.find_slots(session, query, self.now, limit=50):
            if slot.starts_at.time() == at:
                return slot
        return None

    def _set_preference(self, draft: _Draft, words: str, understood: str) -> None:
        draft.set(
            **{
                fields.WHEN: understood if understood == words else f"{understood} (\u201c{words}\u201d)",
                fields.PREFERRED_TIME: words,
                fields.SLOT_ID: None,
                fields.SLOT_STARTS_AT: None,
            }
        )
        if understood != words:
            draft.say(replies.preference_noted(words, understood))

    def _set_slot(self, draft: _Draft, slot: SlotInfo) -> None:
        draft.set(
            **{
                fields.WHEN: clinic_replies.slot_text(slot),
                fields.SLOT_ID: str(slot.id),
                fields.SLOT_STARTS_AT: slot.starts_at.isoformat(),
                fields.PREFERRED_TIME: None,
                fields.LOCATION: slot.location,
            }
        )
        draft.say(replies.slot_chosen(slot))

    def _choose_slot(self, session: Session | None, draft: _Draft, slot_id: str) -> None:
        """A consultation-time button: still free? Then it's theirs (until
        submitting holds it); taken meanwhile? Say so and offer the next."""
        if session is None:
            return
        try:
            slot = get_slot(session, int(slot_id))
        except (SlotUnavailable, ValueError):
            slot = None
        if slot is not None and slot.status == "free" and slot.starts_at > self.now:
            self._set_slot(draft, slot)
            return
        shown = clinic_replies.moment_text(slot.starts_at) if slot else None
        draft.set(**{fields.WHEN: None, fields.SLOT_ID: None, fields.SLOT_STARTS_AT: None})
        draft.say(replies.slot_gone(shown))

    def _name(self, session: Session | None, turn: Turn, draft: _Draft, requested: str) -> None:
        reason = read.not_an_answer(turn)
        if reason == "question":
            draft.say("The team uses your name when they get in touch to confirm.")
            return
        if reason is not None:
            # "ok", "thanks" or a worry is never stored as a name: the question is asked again.
            draft.say(replies.NOT_A_NAME)
            return
        checked = validate_name(read.name_from(turn.text))
        if checked.ok:
            draft.set(**{fields.NAME: checked.value})
        else:
            draft.say(checked.problem)

    def _contact(self, session: Session | None, turn: Turn, draft: _Draft, requested: str) -> bool:
        email, phone = read.contact_from(turn.text)
        if email is None and phone is None:
            draft.say(replies.BAD_CONTACT)
            return False
        checked = validate_email(email) if email else validate_phone(phone)
        if not checked.ok:
            draft.say(checked.problem)
            return False
        draft.set(**{fields.CONTACT: checked.value})
        return True

    def _consent(self, session: Session | None, turn: Turn, draft: _Draft, requested: str) -> None:
        answer = read.yes_no(turn)
        if answer == read.YES:
            draft.set(**{fields.HEALTH_CONSENT: fields.AGREED})
        elif answer == read.NO:
            # The form is complete with nothing asked; action_submit_booking stores nothing.
            draft.set(**{fields.HEALTH_CONSENT: fields.DECLINED}, **{q.slot: fields.NOT_ASKED for q in QUESTIONS})
        else:
            draft.say(CONSENT_AGAIN)  # the question follows (_finish asks it again)

    def _screening(self, session: Session | None, turn: Turn, draft: _Draft, requested: str) -> None:
        draft.set(**{requested: read.yes_no(turn)})

    # ------------------------------------------------------------- corrections

    def _correct(self, session: Session | None, turn: Turn, draft: _Draft) -> bool:
        """Apply "actually make it York" / "change my phone number". Returns
        False when the message turns out not to be a correction."""
        target = read.correction_field(turn.text)
        if target in BY_SLOT:
            draft.set(**{target: None})
            draft.say(replies.will_ask_again("that answer"))
            return True
        if target == "screening":
            draft.set(**{q.slot: None for q in QUESTIONS})
            draft.say("No problem, let's go through the health questions again.")
            return True
        if target is not None:
            if not self._correct_with_value(session, turn, draft, target):
                draft.set(**{target: None})
                if target == fields.WHEN:
                    draft.set(
                        **{fields.SLOT_ID: None, fields.SLOT_STARTS_AT: None, fields.PREFERRED_TIME: None}
                    )
                draft.say(replies.will_ask_again(replies.FIELD_WORDS[target]))
            return True
        for candidate in (fields.LOCATION, fields.TREATMENT, fields.WHEN):
            if self._correct_with_value(session, turn, draft, candidate):
                return True
        if turn.is_("correct"):
            draft.say(replies.ASK_WHAT_TO_CHANGE, CHANGE_BUTTONS)
            return True
        return False

    def _correct_with_value(self, session: Session | None, turn: Turn, draft: _Draft, target: str) -> bool:
        """Set `target` from the same message when it carries the new value."""
        text = turn.text
        if target == fields.CONTACT:
            email, phone = read.contact_from(text)
            checked = validate_email(email) if email else validate_phone(phone) if phone else None
            if checked is not None and checked.ok:
                draft.set(**{fields.CONTACT: checked.value})
                draft.say(replies.changed("your contact details", checked.value))
                return True
            return False
        if target == fields.NAME:
            found = re.search(r"\b(?:name\s+(?:is|to|should be)|call me|it'?s)\s+(.+)$", text, re.IGNORECASE)
            checked = validate_name(found.group(1).strip().rstrip(".!")) if found else None
            if checked is not None and checked.ok:
                draft.set(**{fields.NAME: checked.value})
                draft.say(replies.changed("your name", checked.value))
                return True
            return False
        if session is None:
            return False
        if target == fields.LOCATION:
            named = answers.named_locations(list_locations(session), text)
            if len(named) == 1 and named[0].slug != draft.get(fields.LOCATION):
                self._set_location(draft, named[0])
                draft.say(replies.changed("the clinic", named[0].name))
                return True
            return False
        if target == fields.TREATMENT:
            match = answers.match_treatment(session, text)
            if match.kind == "found":
                draft.set(**{fields.TREATMENT: match.treatment.slug})
                draft.say(replies.changed("the treatment", match.treatment.name))
                return True
            return False
        if target == fields.WHEN:
            when = parse_when(text, self.now, get_clinic(session).time_zone)
            if isinstance(when, WhenError) or not answers.mentions_day(text.lower()):
                return False
            words = re.sub(r"^\s*(?:actually|sorry|oops|wait)[,!]?\s*", "", text, flags=re.IGNORECASE)
            words = re.sub(
                r"\b(?:make it|change (?:it|the time|the day) to|instead)\b", "", words, flags=re.IGNORECASE
            )
            draft.set(
                **{
                    fields.WHEN: None,
                    fields.SLOT_ID: None,
                    fields.SLOT_STARTS_AT: None,
                    fields.PREFERRED_TIME: None,
                }
            )
            self._when(session, Turn(" ".join(words.split())), draft, fields.WHEN)
            return True  # set, or cleared with the reason, and asked again
        return False
