"""The safety wording a clinician reviews (domain/safety.yml, domain/handoff.yml,
and the FAQ answers and disclaimer that touch safety): emergency replies put
the emergency number first, word for word; every same-day reply ends in the
safety net of its triage-matrix row; every escalation reply carries the
payload; nothing calls a sign normal or fine, says "stop taking", names an
emergency number as a literal or writes the minimum age as a number."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain

from assistant.handoff.escalation import all_families
from assistant.safety import Urgency, situations

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
    "unread_language",  # an emergency-family word in a language the assistant cannot read
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


def texts_by_family(domain, response: str) -> dict:
    return {family_of(v): v["text"] for v in domain.responses[response]}


def sentences_naming(text: str, placeholder: str) -> str:
    """The sentences of a reply that name a contact placeholder, joined."""
    return " ".join(s for s in re.split(r"(?<=[.!?])\s", text) if placeholder in s)


def reply_for_row(domain, row: str, urgency: Urgency) -> str:
    """The reply the screen's situation for a matrix row gets (via its family in lexicon.yml)."""
    [family] = {s.family for s in situations() if s.row == row and s.urgency is urgency}
    response = {Urgency.SAME_DAY: "utter_safety_same_day", Urgency.REVIEW: "utter_safety_review"}[urgency]
    texts = texts_by_family(domain, response)
    assert family in texts, f"{row} ({family}) has no wording of its own"
    return texts[family]


def test_every_same_day_and_review_family_has_its_own_wording(domain):
    # A situation that silently fell back to the default wording would lose its row's safety net.
    own = {
        Urgency.EMERGENCY: set(texts_by_family(domain, "utter_safety_emergency")),
        Urgency.SAME_DAY: set(texts_by_family(domain, "utter_safety_same_day")),
        Urgency.REVIEW: set(texts_by_family(domain, "utter_safety_review")),
    }
    missing = [(s.key, s.family) for s in situations() if s.family not in own[s.urgency]]
    assert not missing


def test_same_day_replies_give_the_clinician_today_out_of_hours_and_a_safety_net(domain):
    for variation in domain.responses["utter_safety_same_day"]:
        text = variation["text"]
        assert "today" in text and "{urgent_contact}" in text and "{out_of_hours_service}" in text
        assert re.search(r"call \{emergency_number\} (straight away|now)", text, re.IGNORECASE), text
        assert sentences_naming(text, "{emergency_number}").lower().startswith(("if ", "call ")), text


def test_the_generic_same_day_replies_keep_the_general_safety_net(domain):
    texts = texts_by_family(domain, "utter_safety_same_day")
    for family in (None, "unspecified_concern", "pregnancy"):
        net = sentences_naming(texts[family], "{emergency_number}")
        for sign in ("trouble breathing", "white, grey or dusky", "vision", "faint or confused"):
            assert sign in net, (family, sign)


# Each same-day row's safety net (triage-matrix.md): the signs that mean calling the emergency number.
SAME_DAY_NETS = {
    "B7": ("throat", "lips or tongue", "wheeze", "faint"),
    "B9": ("come round", "chest pain", "trouble breathing", "fit"),
    "B13": ("vision", "confused", "mottled"),
    "B14": ("confusion or slurred speech", "shivering", "urine", "short of breath", "mottled", "badly wrong"),
    "B15": ("confused", "urine", "mottled"),
    "B16": ("white, grey, dusky",),
    "B17": ("vision",),
    "B18": ("arm or leg", "difficulty speaking", "confusion", "stroke"),
    "B19": ("saliva", "drooling", "breathing", "voice"),
    "B20": ("heavy", "won't stop", "breathe or swallow"),
    "B21": ("blisters or peels", "sores in your mouth or eyes"),
    "B28": ("vision",),
    "B29": ("white, grey, dusky",),
    "B30": ("yellow", "can't keep fluids down", "urine", "confused"),
}


@pytest.mark.parametrize("row, signs", SAME_DAY_NETS.items())
def test_each_same_day_row_has_the_safety_net_its_matrix_row_requires(domain, row, signs):
    net = sentences_naming(reply_for_row(domain, row, Urgency.SAME_DAY), "{emergency_number}")
    for sign in signs:
        assert sign in net, (row, sign)


def test_facial_weakness_gives_the_stroke_net_first(domain):
    text = reply_for_row(domain, "B18", Urgency.SAME_DAY)
    assert "{emergency_number}" in first_sentence(text) and "stroke" in first_sentence(text)


def test_bleeding_gives_first_aid_and_never_stops_a_blood_thinner(domain):
    text = reply_for_row(domain, "B20", Urgency.SAME_DAY)
    assert "Press firmly" in text and "10 to 15 minutes" in text
    assert "Don't stop a prescribed blood thinner" in text


def test_delayed_infection_explains_late_unusual_infections_and_telling_every_doctor(domain):
    text = reply_for_row(domain, "B15", Urgency.SAME_DAY)
    assert "can start weeks later" in text and "specific tests" in text
    assert "Tell every doctor you see that you had this treatment" in text
    for detail in ("the date", "the area", "the product", "where it was done"):
        assert detail in text


@pytest.mark.parametrize("row", ["B13", "B28"])
def test_infection_near_the_eye_or_in_diabetes_or_immunosuppression_goes_out_of_hours_now(domain, row):
    text = reply_for_row(domain, row, Urgency.SAME_DAY)
    assert "{out_of_hours_service} now" in text
    assert "vision" in sentences_naming(text, "{emergency_number}")
    if row == "B13":
        for who in ("near your eye", "diabetes", "weakened immune system"):
            assert who in sentences_naming(text, "{out_of_hours_service} now")


def test_fainting_says_lie_down_eat_and_drink_and_asks_about_numbing_cream(domain):
    text = reply_for_row(domain, "B9", Urgency.SAME_DAY)
    assert "lie down" in text and "drink" in text and "eat" in text
    assert "numbing cream" in text and "large area" in text


# Squeezing, picking and heat: advice about lumps, sores and infected skin, nowhere else.
NOTHING_TO_SQUEEZE = ("B7", "B9", "B14", "B18", "B19", "B21", "B30")


@pytest.mark.parametrize("row", NOTHING_TO_SQUEEZE)
def test_no_squeeze_or_heat_advice_where_there_is_nothing_to_squeeze(domain, row):
    text = reply_for_row(domain, row, Urgency.SAME_DAY)
    assert not re.search(r"squeeze|\bpick\b|heat", text, re.IGNORECASE), (row, text)


def test_the_default_same_day_reply_has_no_squeeze_advice(domain):
    assert not re.search(r"squeeze|\bpick\b|heat", texts_by_family(domain, "utter_safety_same_day")[None])


@pytest.mark.parametrize("row", ["B13", "B15", "B29"])
def test_infection_and_lump_replies_say_not_to_squeeze(domain, row):
    assert "Don't squeeze, pick or put heat on" in reply_for_row(domain, row, Urgency.SAME_DAY)


def test_review_replies_never_book_and_never_clear(domain):
    families = {family_of(v) for v in domain.responses["utter_safety_review"]}
    assert families == {
        "pregnancy",
        "pregnancy_after_treatment",
        "anticoagulant",
        "contraindication",
        "diagnosis_first",
        "hair_loss_after_treatment",
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
    assert "even with a parent's consent" in under_18[0]
    hair = [v["text"] for v in domain.responses["utter_safety_review"] if family_of(v) == "hair_loss_after_treatment"]
    assert "further sessions until a clinician has seen you" in hair[0]


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


def test_pregnancy_found_after_treatment_has_its_own_review_reply(domain):
    texts = texts_by_family(domain, "utter_safety_review")
    text = reply_for_row(domain, "B26", Urgency.REVIEW)
    assert text != texts["pregnancy"]  # the before-treatment reply (A6-A8)
    assert "{clinic_phone}" in text and "within the next few days" in text and "product" in text
    assert "GP or midwife" in text and "pause any further sessions" in text
    assert "dutasteride" in text and "{urgent_contact} today" in text  # the same-day route if it may apply
    # no speculation about the baby, either way
    assert not re.search(r"\b(safe|harm\w*|risk\w*|damage|affect\w*)\b", text, re.IGNORECASE), text


@pytest.mark.parametrize("row", ["A24", "A25"])
def test_a_neck_lump_or_sudden_hair_loss_needs_a_diagnosis_first(domain, row):
    text = reply_for_row(domain, row, Urgency.REVIEW)
    assert "new lump in the neck" in text and "sudden or comes in patches" in text
    assert "diagnosis first" in text and "GP or a dermatologist" in text


# Ages: the minimum age is a setting (MINIMUM_AGE), so no reply may write it as a number.
LITERAL_AGE = re.compile(r"(?<![\d£$€.:])(under-?|over-?|aged )?\b18(s|\+)?\b(?![:.]\d)", re.IGNORECASE)


def test_no_response_writes_the_minimum_age_as_a_number(domain):
    for name, variations in domain.responses.items():
        for variation in variations:
            assert not LITERAL_AGE.search(variation.get("text") or ""), name


def test_no_response_anywhere_says_stop_taking(domain):
    for name, variations in domain.responses.items():
        for variation in variations:
            assert "stop taking" not in (variation.get("text") or "").lower(), name


def faq(domain, topic: str) -> str:
    [variation] = domain.responses[f"utter_faq/{topic}"]
    return variation["text"]


WHITE_OR_DUSKY = re.compile(r"\b(white|dusky|mottled)\b", re.IGNORECASE)
CLINIC_CONTACTS = ("{clinic_phone}", "{urgent_contact}", "clinic")


def test_faq_answers_about_white_or_dusky_skin_put_the_emergency_number_first(domain):
    # As utter_safety_emergency (B11): the emergency number, then the clinic.
    complications = faq(domain, "complications")
    assert WHITE_OR_DUSKY.search(complications)
    for name, variations in domain.responses.items():
        if not name.startswith("utter_faq/"):
            continue
        for sentence in re.split(r"(?<=[.!?])\s", variations[0]["text"]):
            if not (WHITE_OR_DUSKY.search(sentence) and "skin" in sentence):
                continue
            assert "{emergency_number}" in sentence, (name, sentence)
            emergency_at = sentence.index("{emergency_number}")
            for contact in CLINIC_CONTACTS:
                assert sentence.find(contact) == -1 or sentence.find(contact) > emergency_at, (name, sentence)


# Routine follow-up rows (INFO + review): the answer's advice and its safety net.
FOLLOW_UPS = {
    "lumps_after_treatment": ("don't massage, squeeze or pop them unless", "non-urgent review",
                              "red, hot or painful, or starts to leak", "same day"),
    "dark_marks": ("non-urgent review", "sun every day", "SPF", "bleaching"),
    "numbness": ("review", "weakness", "contact the clinic today", "{emergency_number}"),
    "complaints": ("complaints process", "regulator", "JCCP", "Save Face", "Yellow Card", "MedWatch"),
}


def test_swelling_after_fat_dissolving_is_expected_with_the_b3_safety_net(domain):
    # Matrix B3: expected; trouble swallowing -> the clinic today; trouble breathing or
    # unable to swallow saliva -> the emergency number.
    text = faq(domain, "swelling_fat_dissolving")
    assert "expected" in text and "fat-dissolving" in text
    assert re.search(r"swallowing becomes difficult, contact the clinic today on \{urgent_contact\}", text)
    assert re.search(r"trouble breathing, or can't swallow your own saliva, call \{emergency_number\}", text)
    assert "massage" in text and "heat" in text  # no massaging or heating it


@pytest.mark.parametrize("topic, phrases", FOLLOW_UPS.items())
def test_routine_follow_up_answers(domain, topic, phrases):
    text = faq(domain, topic)
    for phrase in phrases:
        assert phrase in text, (topic, phrase)
    assert not re.search(r"\bnormal\b|\bfine\b", text, re.IGNORECASE), text


def test_the_complaints_answer_is_not_defensive(domain):
    text = faq(domain, "complaints")
    assert text.startswith("We're sorry")
    assert not re.search(r"\b(unfortunately|however|our practitioners are|we are not responsible)\b", text, re.I)


def test_the_disclaimer_says_it_is_automated_and_not_for_emergencies(domain):
    [variation] = domain.responses["utter_disclaimer"]
    text = variation["text"]
    assert "I'm an automated assistant, not a person" in text
    assert "not for emergencies" in text and "{emergency_number}" in text
