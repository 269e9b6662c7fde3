"""Safety episodes: the decision for each message inside (or starting) one,
and the reply chains the policy carries on."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.handoff import episode as ep
from assistant.handoff.episode import Episode, PatientTurn, decide, next_in_chain

T0 = 1_800_000_000.0
ANAPHYLAXIS = {"urgency": "emergency", "family": "anaphylaxis", "situations": ["anaphylaxis"], "source": "screen"}
ALLERGY = {"urgency": "review", "family": "contraindication", "situations": ["allergy"], "source": "screen"}
INFECTION = {"urgency": "same_day", "family": "same_day_clinician", "situations": ["infection"], "source": "screen"}
WORRY = {
    "urgency": "same_day",
    "family": "unspecified_concern",
    "situations": ["unspecified_concern"],
    "source": "classifier",
}


def turn(text, intent="nlu_fallback", safety=None, message_id="m2", minutes=1, previous=None, **kw):
    return PatientTurn(
        text=text,
        intent=intent,
        message_id=message_id,
        timestamp=T0 + minutes * 60,
        safety=safety or {},
        previous_reply=previous,
        **kw,
    )


EMERGENCY = Episode("emergency", "m1", T0, ("anaphylaxis",), "anaphylaxis")
SAME_DAY = Episode("same_day", "m1", T0, ("infection",), "same_day_clinician")
INVITED = replace(EMERGENCY, phone_invited=True)  # the phone invite has gone out


def test_an_escalation_starts_an_episode_keyed_on_its_message():
    decision = decide(None, turn("my lips are swelling", "safety_emergency", ANAPHYLAXIS, message_id="m1", minutes=0))

    assert decision.action == "utter_safety_emergency" and decision.changed
    assert decision.episode == Episode("emergency", "m1", T0, ("anaphylaxis",), "anaphylaxis")
    assert decision.episode.slots()[ep.SLOT_ID] == "m1"


@pytest.mark.parametrize(
    "text, intent, safety",
    [
        ("I'm on my own, what should I do while I wait?", "nlu_fallback", None),
        ("the ambulance is coming, will the clinic call me?", "request_human", None),
        ("who are your practitioners", "ask_practitioners", None),
        ("I have an epipen", "safety_review", ALLERGY),
        ("there's some pus too", "safety_same_day", INFECTION),
        ("ok", "affirm", None),
        ("I'd like to book", "request_booking", None),
    ],
)
def test_every_follow_up_during_an_emergency_is_answered_in_the_emergency_frame(text, intent, safety):
    decision = decide(EMERGENCY, turn(text, intent, safety))

    assert decision.action == "utter_safety_episode_emergency"
    assert decision.episode.level == "emergency"  # never lowered
    assert decision.episode.family == "anaphylaxis"  # the wording stays the emergency's


def test_a_lower_finding_during_an_emergency_is_added_to_the_episode_without_lowering_it():
    decision = decide(EMERGENCY, turn("I have an epipen", "safety_review", ALLERGY))

    assert decision.episode.situations == ("anaphylaxis", "allergy") and decision.changed


def test_a_new_emergency_sign_gets_the_full_emergency_reply_again():
    decision = decide(EMERGENCY, turn("now I can't breathe", "safety_emergency", ANAPHYLAXIS))

    assert decision.action == "utter_safety_emergency" and decision.episode.level == "emergency"


@pytest.mark.parametrize(
    "text", ["the ambulance is here", "paramedics arrived", "I'm at A&E", "the paramedics are with me now"]
)
def test_help_arriving_gets_the_acknowledgement(text):
    decision = decide(EMERGENCY, turn(text))

    assert decision.action == "utter_safety_episode_help_arrived"
    assert decision.episode.help_arrived and decision.episode.level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "the ambulance is coming, will the clinic call me?",
        "still waiting for the paramedics",
        "the ambulance hasn't arrived yet",
        "how long will the ambulance be",
    ],
)
def test_help_not_there_yet_is_never_taken_as_arrived(text):
    assert not ep.says_help_arrived(text, "help_arrived", 0.95)
    assert decide(EMERGENCY, turn(text, "help_arrived")).action == "utter_safety_episode_emergency"


def test_after_help_arrived_a_message_with_no_finding_ends_the_episode_and_gets_its_ordinary_answer():
    arrived = decide(EMERGENCY, turn("the paramedics are here")).episode

    decision = decide(arrived, turn("thanks", "thank", minutes=5))

    assert decision == ep.Decision(None, None, True)


def test_after_help_arrived_a_new_sign_is_still_an_emergency():
    arrived = decide(EMERGENCY, turn("the paramedics are here")).episode

    decision = decide(arrived, turn("my tongue is swelling again", "safety_emergency", ANAPHYLAXIS, minutes=5))

    assert decision.action == "utter_safety_emergency" and not decision.episode.help_arrived


def test_an_episode_ends_after_its_timeout():
    decision = decide(EMERGENCY, turn("what is mesotherapy", "faq", minutes=5 * 60))

    assert decision == ep.Decision(None, None, True)


def test_a_lower_finding_in_a_same_day_episode_never_lowers_it():
    decision = decide(SAME_DAY, turn("I'm on warfarin", "safety_review", ALLERGY))

    assert decision.action == "utter_safety_review"
    assert decision.episode.level == "same_day" and decision.episode.id == "m1"


def test_a_higher_finding_raises_the_episode_and_its_family():
    decision = decide(SAME_DAY, turn("my lips are swelling", "safety_emergency", ANAPHYLAXIS))

    assert decision.episode.level == "emergency" and decision.episode.family == "anaphylaxis"
    assert decision.episode.id == "m1"  # the same episode, the same ticket


def test_non_safety_messages_in_a_same_day_episode_get_the_ordinary_rules():
    decision = decide(SAME_DAY, turn("what are your opening hours?", "ask_opening_hours"))

    assert decision == ep.Decision(None, SAME_DAY, False)


# ------------------------------------------------------------ red flags


def test_a_worry_the_classifier_escalated_gets_the_red_flag_question_and_starts_a_same_day_episode():
    decision = decide(None, turn("something's not right with my face", "safety_same_day", WORRY, message_id="m1"))

    assert decision.action == "utter_ask_red_flags"
    assert decision.episode.level == "same_day"


@pytest.mark.parametrize(
    "intent, entities, text, action, level",
    [
        (
            "red_flag_answer",
            {"red_flag": "yes"},
            '/red_flag_answer{"red_flag": "yes"}',
            "RED_FLAG_EMERGENCY",
            "emergency",
        ),
        ("red_flag_answer", {"red_flag": "unsure"}, "/red_flag_answer", "RED_FLAG_EMERGENCY", "emergency"),
        ("red_flag_answer", {"red_flag": "no"}, "/red_flag_answer", "RED_FLAG_SAME_DAY", "same_day"),
        ("affirm", {}, "yes", "RED_FLAG_EMERGENCY", "emergency"),
        ("deny", {}, "no", "RED_FLAG_SAME_DAY", "same_day"),
        ("nlu_fallback", {}, "not sure", "RED_FLAG_EMERGENCY", "emergency"),
        ("nlu_fallback", {}, "a bit", "RED_FLAG_EMERGENCY", "emergency"),
        ("red_flag_answer", {}, "none of those", "RED_FLAG_SAME_DAY", "same_day"),
        ("red_flag_answer", {}, "hmm the one on your list maybe", "RED_FLAG_EMERGENCY", "emergency"),
    ],
)
def test_the_red_flag_answer_maps_to_its_reply(intent, entities, text, action, level):
    decision = decide(None, turn(text, intent, entities=entities, previous="utter_ask_red_flags"))

    assert decision.action == getattr(ep, action)
    assert decision.episode.level == level and decision.changed


def test_a_question_after_the_red_flag_question_is_left_to_the_rules():
    decision = decide(None, turn("what are your opening hours?", "ask_opening_hours", previous="utter_ask_red_flags"))

    assert decision == ep.Decision(None, None, False)


def test_no_to_the_red_flag_question_never_lowers_an_emergency():
    decision = decide(EMERGENCY, turn("no", "deny", previous="utter_ask_red_flags"))

    assert decision.action == "utter_safety_episode_emergency" and decision.episode.level == "emergency"


# ------------------------------------------------------------ chains


@pytest.mark.parametrize(
    "done, episode, expected",
    [
        (("utter_safety_episode_emergency",), EMERGENCY, "action_open_handoff"),
        (("utter_safety_episode_emergency", "action_open_handoff"), INVITED, "action_listen"),
        (("utter_safety_episode_help_arrived", "action_open_handoff"), EMERGENCY, "action_listen"),
        (("utter_safety_episode_red_flag_same_day",), SAME_DAY, "action_open_handoff"),
        (("utter_safety_episode_red_flag_same_day", "action_open_handoff"), SAME_DAY, "callback_form"),
        (("utter_ask_red_flags",), None, "action_listen"),  # a below-threshold worry: no ticket yet
        (("utter_ask_red_flags",), SAME_DAY, "action_open_handoff"),
        (("utter_ask_red_flags", "action_open_handoff"), SAME_DAY, "action_listen"),
        (("utter_safety_review",), SAME_DAY, "utter_safety_episode_level_kept"),
        (("utter_safety_review", "utter_safety_episode_level_kept"), SAME_DAY, "action_open_handoff"),
        (("utter_safety_review",), Episode("review", "m1", T0), None),  # the rules carry on
        (("utter_safety_emergency",), EMERGENCY, None),  # the rules carry on
        # The phone invite: after the first emergency advice and its ticket, once per episode.
        (("utter_safety_emergency", "action_open_handoff"), EMERGENCY, "utter_safety_episode_phone_invite"),
        (
            ("utter_safety_episode_red_flag_emergency", "action_open_handoff"),
            EMERGENCY,
            "utter_safety_episode_phone_invite",
        ),
        (("utter_safety_emergency", "action_open_handoff"), INVITED, "action_listen"),
        (("utter_safety_emergency", "action_open_handoff"), None, None),  # no episode: the rules carry on
        (("utter_safety_episode_phone_invite",), INVITED, "action_listen"),
        (("utter_safety_episode_phone_thanks",), INVITED, "action_open_handoff"),
        (("utter_safety_episode_phone_thanks", "action_open_handoff"), INVITED, "action_listen"),
        (("utter_safety_episode_phone_declined",), INVITED, "action_listen"),
        (("utter_safety_same_day", "action_open_handoff"), SAME_DAY, None),
    ],
)
def test_the_chains_the_policy_carries_on(done, episode, expected):
    assert next_in_chain(done, episode) == expected


def test_episode_slots_round_trip():
    episode = Episode("same_day", "m1", T0, ("infection", "allergy"), "same_day_clinician", help_arrived=False)

    assert Episode.from_slots(episode.slots()) == episode
    assert Episode.from_slots(ep.ended_slots()) is None


@pytest.mark.parametrize(
    "text, expected",
    [("I have an EpiPen", True), ("got my epi pen", True), ("i have a jext", True), ("I have a pen", False)],
)
def test_auto_injectors_are_recognised(text, expected):
    assert ep.mentions_autoinjector(text) is expected


# ------------------------------------------------------------ the phone invite


def test_no_invite_when_a_phone_number_is_known():
    done = ("utter_safety_emergency", "action_open_handoff")

    assert next_in_chain(done, EMERGENCY, phone_known=True) == "action_listen"
    assert next_in_chain(done, EMERGENCY, phone_known=False) == "utter_safety_episode_phone_invite"


def answer(text, previous="utter_safety_episode_phone_invite", **reading) -> PatientTurn:
    return PatientTurn(text, "nlu_fallback", "m2", T0 + 60, previous_reply=previous, **reading)


@pytest.mark.parametrize(
    "turn, action, phone",
    [
        (answer("07911 123456", phone="07911 123456"), "utter_safety_episode_phone_thanks", "07911 123456"),
        (answer("no thanks", declines=True), "utter_safety_episode_phone_declined", None),
        (answer("0791", has_digits=True), "utter_safety_episode_phone_unclear", None),
        (answer("ok"), "utter_safety_episode_emergency", None),
        # A number later on, after another reply, is still taken; a late "no" is just a message.
        (answer("07911 123456", previous="utter_safety_episode_emergency", phone="07911 123456"),
         "utter_safety_episode_phone_thanks", "07911 123456"),
        (answer("no", previous="utter_safety_episode_emergency", declines=True),
         "utter_safety_episode_emergency", None),
        # Asked once to check a number; not again.
        (answer("0791", previous="utter_safety_episode_phone_unclear", has_digits=True),
         "utter_safety_episode_emergency", None),
    ],
)  # fmt: skip
def test_the_answers_to_the_phone_invite(turn, action, phone):
    decision = decide(INVITED, turn)

    assert (decision.action, decision.phone) == (action, phone)
    assert decision.episode.level == "emergency"


def test_before_the_invite_a_number_is_an_ordinary_follow_up():
    decision = decide(EMERGENCY, answer("07911 123456", previous="utter_safety_emergency", phone="07911 123456"))

    assert (decision.action, decision.phone) == ("utter_safety_episode_emergency", None)


def test_the_invite_is_remembered_with_the_episode_and_forgotten_with_it():
    assert Episode.from_slots(INVITED.slots()) == INVITED
    assert ep.ended_slots()["safety_episode_phone_invited"] is False
