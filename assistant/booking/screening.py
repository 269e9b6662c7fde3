"""The short medical screening asked before a booking request is stored,
from the clinic's triage matrix (rows A6-A22; see assistant/safety/lexicon.yml).
All the wording a clinician reviews is here.

Any answer other than a clear "no" (a "yes", "not sure", or the patient's
own words such as "I'm on warfarin") is stored verbatim and stops the
booking: the request goes to the team flagged for a clinician, with a
`review` handoff ticket, and the patient hears why (the safety reply of the
question's `family`, domain/safety.yml). Nothing is booked until a
clinician checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Tuple


@dataclass(frozen=True)
class ScreeningQuestion:
    slot: str  # the form field (and Rasa slot) holding the answer
    key: str  # the key in the stored request's `screening`
    text: str  # may name {minimum_age}
    matrix_rows: Tuple[str, ...]  # triage-matrix rows it screens for
    family: str  # the safety reply family a "yes" gets (the `safety_family` slot)


BLOOD_THINNERS = "screening_blood_thinners"

INTRODUCTION = (
    "Thanks. Now six quick health questions, so a clinician can check the treatment is right for you. "
    '"Yes", "no" or "not sure" are all fine answers.'
)

# Health answers are special-category data: the patient agrees before any is
# asked, and may decline (nothing is stored; they can book by phone, where the
# clinician asks the same questions at the consultation).
CONSENT_QUESTION = (
    "Before I ask them: your answers are stored with your request and read only by the clinic's team, "
    "to check the treatment is safe for you. They are deleted with the request (say \"delete my data\" "
    "at any time). Do you agree to us keeping your answers?"
)
CONSENT_AGAIN = "Sorry, I need a clear yes or no. If you'd rather not answer health questions here, say no."


def consent_declined(clinic_phone: str) -> str:
    return (
        "That's completely fine. Without the health questions I can't send a booking request from the chat, "
        f"so I haven't stored your request or your details. Please call us on {clinic_phone}: the team will "
        "book your consultation and the clinician will go through these questions with you in person."
    )

QUESTIONS = (
    ScreeningQuestion(
        "screening_pregnancy",
        "pregnant_or_breastfeeding",
        "Are you pregnant, could you be pregnant, or are you breastfeeding?",
        ("A6", "A7"),
        "pregnancy",
    ),
    ScreeningQuestion(
        BLOOD_THINNERS,
        "blood_thinners_or_bleeding_disorder",
        "Do you take a blood thinner (such as warfarin, apixaban, rivaroxaban or clopidogrel), or have a "
        "bleeding or clotting disorder? Please don't stop any prescribed medicine: the clinician will check.",
        ("A9", "A11"),
        "anticoagulant",
    ),
    ScreeningQuestion(
        "screening_allergies",
        "allergies",
        "Do you have any allergies, or have you ever reacted to a treatment, numbing cream or anaesthetic?",
        ("A15",),
        "contraindication",
    ),
    ScreeningQuestion(
        "screening_skin",
        "skin_problem_at_treatment_site",
        "Is there a skin problem where you'd like treatment at the moment, such as a cold sore, an "
        "infection, an acne or eczema flare, sunburn or broken skin?",
        ("A12", "A14"),
        "postpone",
    ),
    ScreeningQuestion(
        "screening_conditions",
        "other_medical_conditions",
        "Do you have any other medical condition or treatment the clinician should know about? For example "
        "diabetes, an autoimmune or heart condition, a weakened immune system, cancer treatment, "
        "isotretinoin (Roaccutane) or keloid scars.",
        ("A16", "A17", "A18", "A19", "A20", "A21"),
        "contraindication",
    ),
    ScreeningQuestion(
        "screening_under_age",
        "under_minimum_age",
        "Last one: are you under {minimum_age}?",
        ("A22",),
        "under_18",
    ),
)

BY_SLOT = {question.slot: question for question in QUESTIONS}

# Words in a correction ("actually I am on warfarin") that point at a question.
KEYWORDS = {
    "screening_pregnancy": ("pregnan", "breastfe", "breast fe", "nursing", "expecting"),
    "screening_blood_thinners": (
        "blood thin", "warfarin", "apixaban", "rivaroxaban", "clopidogrel", "aspirin", "bleed", "clot",
        "anticoag",
    ),
    "screening_allergies": ("allerg", "reaction", "reacted"),
    "screening_skin": (
        "cold sore", "eczema", "sunburn", "rash", "broken skin", "skin problem", "infection", "flare",
    ),
    "screening_conditions": (
        "condition", "diabet", "lupus", "heart", "immune", "cancer", "chemo", "roaccutane", "isotretinoin",
        "keloid", "medical",
    ),
    "screening_under_age": ("age", "years old", "under 18", "old enough", "birthday"),
}  # fmt: skip
