"""BookingFlow, one patient message at a time, on the demo clinic
(Wednesday 11 June 2025, 11:00 in London), SQLite and PostgreSQL."""

from datetime import date

import pytest

from assistant.booking import fields, replies
from assistant.booking.form import BookingFlow, Step
from assistant.booking.screening import CONSENT_AGAIN, CONSENT_QUESTION, QUESTIONS
from assistant.booking.screening import INTRODUCTION as SCREENING_INTRODUCTION
from assistant.booking.understanding import Turn
from assistant.clinic.slots import next_free_slots
from assistant.db import create_engine_for, session_scope
from tests.assistant.clinic.conftest import NOW

PHONE = "01632 960 123"
AGREED = {fields.HEALTH_CONSENT: fields.AGREED}


@pytest.fixture
def flow(world):
    return BookingFlow(
        lambda: session_scope(world), NOW, minimum_age=18, phone=PHONE, new_reference=lambda: "ref"
    )


@pytest.fixture
def offline_flow():
    down = create_engine_for("postgresql://postgres@127.0.0.1:9/clinic?connect_timeout=2")
    yield BookingFlow(
        lambda: session_scope(down), NOW, minimum_age=18, phone=PHONE, new_reference=lambda: "ref"
    )
    down.dispose()


class Conversation:
    """Drives the flow the way the Rasa form does, keeping the slots."""

    def __init__(self, flow: BookingFlow) -> None:
        self.flow = flow
        self.slots = {}
        self.asked = None

    def apply(self, step: Step) -> Step:
        self.slots.update(step.remember)
        if not step.handed_back:
            self.asked = step.ask
        return step

    def start(self, text: str, kind: str = "booking") -> Step:
        return self.apply(self.flow.start(Turn(text, kind), self.slots))

    def say(self, text: str, kind: str = "other", **entities: str) -> Step:
        turn = Turn(text, kind, 0.9, entities, text.startswith("/"))
        return self.apply(self.flow.answer(turn, self.asked, self.slots))


def test_a_whole_request_from_first_message_to_complete(flow):
    talk = Conversation(flow)
    talk.start("i'd like to book")
    assert talk.asked == fields.TREATMENT
    talk.say("Skin booster mesotherapy (face)")
    assert talk.asked == fields.LOCATION
    talk.say("York")
    talk.say("the first one")
    assert talk.slots[fields.SLOT_ID] is not None
    talk.say("Jane Doe")
    asked_consent = talk.say("jane@example.com")
    assert talk.asked == fields.HEALTH_CONSENT
    assert asked_consent.texts == (SCREENING_INTRODUCTION, CONSENT_QUESTION)
    talk.say("/affirm", "yes")
    assert talk.slots[fields.HEALTH_CONSENT] == fields.AGREED and talk.asked == QUESTIONS[0].slot
    for answer in ["/deny", "/deny", "/deny", "/deny", "/deny", "/deny"]:
        last = talk.say(answer, "no")

    assert last.ask is None and not last.handed_back
    assert {
        name: talk.slots[name] for name in (fields.TREATMENT, fields.LOCATION, fields.NAME, fields.CONTACT)
    } == {
        fields.TREATMENT: "face-skin-booster",
        fields.LOCATION: "york",
        fields.NAME: "Jane Doe",
        fields.CONTACT: "jane@example.com",
    }
    assert all(talk.slots[q.slot] == "no" for q in QUESTIONS)
    assert talk.slots[fields.REFERENCE] == "ref" and talk.slots[fields.PROMISE] == "within one working day"


def test_a_typed_time_that_matches_a_free_slot_takes_that_slot(flow, world):
    with session_scope(world) as session:
        [slot] = next_free_slots(session, NOW, location="leeds", day=date(2025, 6, 13), limit=1)
    talk = Conversation(flow)
    talk.start("book me in for hair meso in leeds")

    step = talk.say("friday at 9am")

    assert talk.slots[fields.SLOT_ID] == str(slot.id)
    assert step.texts[0] == "Friday 13 June at 9:00 with Sarah Okafor in Leeds: noted."


def test_either_clinic_offers_times_at_every_clinic(flow):
    talk = Conversation(flow)
    talk.start("i want to book the needle free treatment")

    step = talk.say("either is fine")

    assert talk.slots[fields.LOCATION] == fields.ANY_LOCATION
    titles = [b.title for b in step.messages[-1].buttons]
    assert titles and all(title.endswith(("(Leeds)", "(York)")) for title in titles)
    assert all("Jess Marlow" in title for title in titles)  # the one who does needle-free


def test_not_sure_which_treatment_is_a_fine_answer(flow):
    talk = Conversation(flow)
    talk.start("i want to book")

    talk.say("not sure yet")

    assert talk.slots[fields.TREATMENT] == fields.UNDECIDED and talk.asked == fields.LOCATION


def test_a_treatment_the_clinic_does_not_offer_is_said_so_and_asked_again(flow):
    talk = Conversation(flow)
    talk.start("i want to book")

    step = talk.say("botox please")

    assert step.texts[0] == "We don't offer Botox, I'm afraid."
    assert step.texts[1] == replies.ASK_TREATMENT and talk.asked == fields.TREATMENT


def test_a_question_instead_of_a_name_explains_why_the_name_is_needed(flow):
    talk = Conversation(flow)
    talk.slots = {fields.TREATMENT: "hair-mesotherapy", fields.LOCATION: "leeds", fields.WHEN: "any time"}
    talk.asked = fields.NAME

    step = talk.say("why do you need my name?")

    assert step.texts == ("The team uses your name when they get in touch to confirm.", replies.ASK_NAME)
    assert talk.slots[fields.NAME] is None


@pytest.mark.parametrize("said, kind", [("ok", "yes"), ("thanks", "other"), ("Thank you!", "other"), ("okay", "other")])
def test_an_acknowledgement_is_never_taken_as_a_name(flow, said, kind):
    talk = Conversation(flow)
    talk.slots = {fields.TREATMENT: "hair-mesotherapy", fields.LOCATION: "leeds", fields.WHEN: "any time"}
    talk.asked = fields.NAME

    step = talk.say(said, kind)

    assert step.texts == (replies.NOT_A_NAME, replies.ASK_NAME)
    assert talk.slots[fields.NAME] is None and talk.asked == fields.NAME
    talk.say("Sam Jones")
    assert talk.slots[fields.NAME] == "Sam Jones"


def test_changing_a_health_answer_asks_that_question_again(flow):
    talk = Conversation(flow)
    talk.slots = {name: "x" for name in fields.FIELDS[:5]} | AGREED | {q.slot: "no" for q in QUESTIONS[:3]}
    talk.asked = QUESTIONS[3].slot

    step = talk.say("actually I might be pregnant", "correct")

    assert talk.slots[QUESTIONS[0].slot] is None and talk.asked == QUESTIONS[0].slot
    assert step.texts[0] == "No problem, let's change that answer."


def test_what_to_change_is_asked_when_the_correction_does_not_say(flow):
    talk = Conversation(flow)
    talk.slots = {name: "x" for name in fields.FIELDS[:3]}
    talk.asked = fields.NAME

    step = talk.say("i made a mistake", "correct")

    assert step.messages[0].text == replies.ASK_WHAT_TO_CHANGE
    assert [b.payload for b in step.messages[0].buttons][0] == "change the treatment"


def test_with_the_database_down_a_preferred_time_is_kept_in_the_patients_words(offline_flow):
    talk = Conversation(offline_flow)
    talk.slots = {fields.TREATMENT: "hair-mesotherapy", fields.LOCATION: "leeds"}
    talk.asked = fields.WHEN

    step = talk.say("tuesday mornings")

    assert talk.slots[fields.WHEN] == "tuesday mornings" and talk.asked == fields.NAME
    assert step.texts == (replies.ASK_NAME,)


def test_with_the_database_down_the_form_still_starts_and_asks_plainly(offline_flow):
    talk = Conversation(offline_flow)

    step = talk.start("i want to book")

    assert step.texts == (replies.INTRODUCTION, replies.ASK_TREATMENT)
    assert step.messages[-1].buttons == ()
    assert talk.slots[fields.REFERENCE] == "ref"


@pytest.mark.parametrize("said, stored", [("/affirm", "yes"), ("not sure", "not sure"), ("I'm 17", "I'm 17")])
def test_a_screening_answer_other_than_no_stops_the_form_for_a_clinician(flow, said, stored):
    talk = Conversation(flow)
    talk.slots = {name: "x" for name in fields.FIELDS[:5]} | AGREED | {q.slot: "no" for q in QUESTIONS[:5]}
    talk.asked = QUESTIONS[5].slot

    step = talk.say(said, "yes" if said == "/affirm" else "other")

    assert step.stopped_for_review and step.ask is None and step.messages == ()
    assert step.remember == {
        QUESTIONS[5].slot: stored,
        fields.STOPPED_FOR_REVIEW: True,
        fields.SAFETY_FAMILY: "under_18",
    }


def test_a_message_the_safety_screen_escalated_is_handed_back_at_any_step(flow):
    talk = Conversation(flow)
    talk.start("i'd like to book")

    step = talk.flow.answer(Turn("my lips are swelling up", "safety", 1.0), fields.TREATMENT, talk.slots)

    assert step.handed_back and step.remember == {}


def _at_the_consent_question(flow):
    talk = Conversation(flow)
    talk.slots = {name: "x" for name in fields.FIELDS[:5]}
    talk.asked = fields.HEALTH_CONSENT
    return talk


def test_declining_to_share_health_answers_ends_the_form_with_no_health_question_asked(flow):
    talk = _at_the_consent_question(flow)

    step = talk.say("/deny", "no")

    assert step.ask is None and not step.stopped_for_review and step.messages == ()
    assert talk.slots[fields.HEALTH_CONSENT] == fields.DECLINED
    assert {talk.slots[q.slot] for q in QUESTIONS} == {fields.NOT_ASKED}


def test_an_unclear_answer_to_the_consent_question_asks_it_again(flow):
    talk = _at_the_consent_question(flow)

    step = talk.say("what do you mean")

    assert step.texts == (CONSENT_AGAIN, CONSENT_QUESTION) and talk.asked == fields.HEALTH_CONSENT
    assert talk.slots.get(fields.HEALTH_CONSENT) is None
    assert all(talk.slots.get(q.slot) is None for q in QUESTIONS)


def test_delete_my_data_in_the_middle_of_the_form_is_handed_back_to_the_rules(flow):
    talk = Conversation(flow)
    talk.start("i'd like to book")

    step = talk.say("delete my data", "privacy")

    assert step.handed_back and talk.slots.get(fields.TREATMENT) is None


@pytest.mark.parametrize(
    "text",
    [
        "actually how long does a session take",
        "sorry quick question, is there parking near you",
        "oh and what should I wear on the day",
        "by the way do you take card payments",
    ],
)
def test_a_question_opened_by_a_lead_in_word_is_handed_back_at_the_treatment_step(flow, text):
    # "actually ..." also reads as a correction; with nothing to correct in it,
    # the question must still reach the rules instead of being read as a treatment.
    talk = Conversation(flow)
    talk.start("i'd like to book")

    step = talk.say(text, "question")

    assert step.handed_back and talk.slots.get(fields.TREATMENT) is None


@pytest.mark.parametrize("text", ["actually the hair one", "sorry, hair mesotherapy", "oh hair", "um, hair please"])
def test_an_answer_opened_by_a_lead_in_word_is_still_an_answer(flow, text):
    talk = Conversation(flow)
    talk.start("i'd like to book")

    step = talk.say(text, "other")

    assert not step.handed_back and talk.slots.get(fields.TREATMENT) == "hair-mesotherapy"


@pytest.mark.parametrize("said", ["oh sorry, Sam Jones", "ok Sam Jones", "um Sam Jones"])
def test_a_name_after_a_lead_in_word_is_stored_without_it(flow, said):
    talk = Conversation(flow)
    talk.slots = {fields.TREATMENT: "hair-mesotherapy", fields.LOCATION: "leeds", fields.WHEN: "any time"}
    talk.asked = fields.NAME

    talk.say(said)

    assert talk.slots[fields.NAME] == "Sam Jones" and talk.asked == fields.CONTACT
