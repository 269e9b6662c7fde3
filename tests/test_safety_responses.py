"""The safety wording a clinician reviews (domain/safety.yml, domain/handoff.yml):
emergency replies put the emergency number first, word for word; every
escalation reply carries the payload; nothing calls a sign normal or fine,
says "stop taking", or names an emergency number as a literal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain

from assistant.handoff.escalation import all_families

ROOT = Path(__file__).resolve().parent.parent
EMERGENCY_FIRST = "Please call {emergency_number} now."
SELF_HARM_FIRST = "If you are in danger or might act on these thoughts, please call {emergency_number} now."
EMERGENCY_FAMILIES = (
    "self_harm",
    "anaphylaxis",
    "collapse",
    "numbing_cream_toxicity",
    "vascular_occlusion",
    "vision_or_stroke",
    "sepsis",
    "airway_compromise",
    "severe_bleeding",
    "severe_skin_reaction",
    "liver_or_kidney_warning",
)
ESCALATIONS = {
    "utter_safety_emergency": "emergency",
    "utter_safety_same_day": "same_day",
    "utter_safety_review": "review",
    "utter_human_contact": "routine",
}
SAFETY_RESPONSES = list(ESCALATIONS) + ["utter_concern_unclear"]


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain"))


def family_of(variation) -> str | None:
    for condition in variation.get("condition") or []:
        if condition.get("name") == "safety_family":
            return condition["value"]
    return None


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]


def test_there_is_an_emergency_reply_for_every_emergency_situation_and_a_default(domain):
    families = [family_of(v) for v in domain.responses["utter_safety_emergency"]]
    assert sorted(f for f in families if f) == sorted(EMERGENCY_FAMILIES)
    assert families.count(None) == 1


@pytest.mark.parametrize("family", EMERGENCY_FAMILIES + (None,))
def test_every_emergency_reply_starts_with_the_emergency_number(domain, family):
    [variation] = [v for v in domain.responses["utter_safety_emergency"] if family_of(v) == family]
    expected = SELF_HARM_FIRST if family == "self_harm" else EMERGENCY_FIRST

    assert first_sentence(variation["text"]) == expected
    assert variation["text"].endswith("I've alerted the {clinic_name} team.")
    assert "?" not in variation["text"]  # no questions first
    assert not re.search(r"\b(book|booking|price|offer)\b", variation["text"], re.IGNORECASE)


def test_the_self_harm_reply_gives_the_crisis_line(domain):
    [variation] = [v for v in domain.responses["utter_safety_emergency"] if family_of(v) == "self_harm"]
    assert "{crisis_line}" in variation["text"]


def test_the_emergency_replies_say_what_to_do_while_waiting(domain):
    texts = {family_of(v): v["text"] for v in domain.responses["utter_safety_emergency"]}
    assert "adrenaline auto-injector" in texts["anaphylaxis"] and "Lie down" in texts["anaphylaxis"]
    assert "sit up" in texts["anaphylaxis"]
    assert "Wipe off any cream" in texts["numbing_cream_toxicity"]
    assert "which product was used, how much, over what area" in texts["numbing_cream_toxicity"]
    assert "time matters" in texts["vascular_occlusion"] and "{urgent_contact}" in texts["vascular_occlusion"]
    assert "Don't wait to see if it improves" in texts["vascular_occlusion"]
    assert "just had facial injections" in texts["vision_or_stroke"]
    assert "press firmly" in texts["severe_bleeding"]


@pytest.mark.parametrize("name, urgency", ESCALATIONS.items())
def test_every_escalation_reply_carries_the_payload(domain, name, urgency):
    for variation in domain.responses[name]:
        assert variation["custom"] == {"handoff": {"urgency": urgency, "ticket_id": None}}


def test_same_day_replies_give_the_clinician_today_out_of_hours_and_the_safety_net(domain):
    for variation in domain.responses["utter_safety_same_day"]:
        text = variation["text"]
        assert "today" in text and "{urgent_contact}" in text and "{out_of_hours_service}" in text
        assert "call {emergency_number} straight away" in text
        for sign in ("trouble breathing", "white, grey or dusky", "vision", "faint or confused"):
            assert sign in text


def test_review_replies_never_book_and_never_clear(domain):
    families = {family_of(v) for v in domain.responses["utter_safety_review"]}
    assert families == {
        "pregnancy",
        "anticoagulant",
        "contraindication",
        "postpone",
        "under_18",
        "wellbeing",
        None,
    }
    for variation in domain.responses["utter_safety_review"]:
        text = variation["text"]
        assert "won't book" in text
        assert not re.search(r"not allowed|you're fine|you are fine|safe for you", text, re.IGNORECASE)
    anticoagulant = [
        v["text"] for v in domain.responses["utter_safety_review"] if family_of(v) == "anticoagulant"
    ]
    assert "don't stop or change any prescribed blood thinner" in anticoagulant[0]
    assert "stroke" in anticoagulant[0]
    under_18 = [v["text"] for v in domain.responses["utter_safety_review"] if family_of(v) == "under_18"]
    assert "{minimum_age}" in under_18[0] and "GP" in under_18[0]


@pytest.mark.parametrize("name", SAFETY_RESPONSES)
def test_no_safety_reply_calls_anything_normal_or_fine_or_says_stop_taking(domain, name):
    for variation in domain.responses[name]:
        text = variation["text"]
        assert not re.search(r"\bnormal\b|\bfine\b|stop taking", text, re.IGNORECASE), text
        assert not re.search(r"\b(999|911|112|111|116 ?123|988)\b", text), text


def test_every_family_the_screen_can_set_is_a_value_of_the_slot(domain):
    [slot] = [s for s in domain.slots if s.name == "safety_family"]
    assert set(all_families()) <= set(slot.values)
    assert not slot.influence_conversation
