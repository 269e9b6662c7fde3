"""Practical and clinical questions around a treatment that no answer covers (travel, sleeping
position, shaving, tanning, tattoos, giving blood, jabs and scans, lenses, habits, clothing,
what the product is made from or how it is kept...) get an
honest reply: team_only_question ("that's one for the team", with the phone) or "did you
mean...?"; never the nearest aftercare answer given with confidence
(docs/topic_inventory_unanswered.md). The aftercare questions that have an answer keep it.

Written for this test in new wordings, not copied from the training data or any test set.
Needs models/clinic.tar.gz (`make train`); skipped without it.
"""

from __future__ import annotations

from typing import Any, Dict, List

import pytest

from tests.trained_model import answered_label, needs_model, parse_all

pytestmark = needs_model

HONEST = ("team_only_question", "nlu_fallback")

# (message, the replies that are right for it)
CASES: List[Any] = [  # (message, the replies that are right for it), or a pytest.param of one
    # No answer covers these: the honest reply.
    ("we're jetting off to spain the morning after my appointment, will that be alright", HONEST),
    ("is sleeping face down on the pillow a problem after the face injections", HONEST),
    ("I'm due my tetanus shot, should it be a while away from the sessions", HONEST),
    ("can I still wear my daily lenses on the day you do under my eyes", HONEST),
    ("would having a ciggie straight afterwards ruin it", HONEST),
    ("do I have to wear some kind of tight support garment on my tummy afterwards", HONEST),
    ("is the stuff you inject suitable for vegetarians", HONEST),
    ("will I be fine to ride my motorbike home with a helmet after the scalp session", HONEST),
    ("my flight to lanzarote leaves early the next day, any issue after the jabs", HONEST),
    ("is lying on my tummy to sleep ok once the face is done", HONEST),
    pytest.param(
        "how soon can my husband get his razor out on his jaw after the skin booster", HONEST,
        marks=pytest.mark.xfail(reason="shaving with a razor still near aftercare_other_treatments (0.33)"),
    ),
    ("could a tanning spray at the salon be done the day before my session", HONEST),
    ("we're getting matching tattoos soon, will that interfere with my meso course", HONEST),
    ("my blood donation appointment is 3 days after, can i still go", HONEST),
    ("does the vial need to be kept cold and when does it expire", HONEST),
    ("are the products vegan and cruelty-free", HONEST),
    # Near misses with an answer of their own keep it (or, at worst, "did you mean").
    ("how long until I can go back to the gym after it", ("faq/aftercare_exercise", "nlu_fallback")),
    ("when can I put foundation on again", ("faq/aftercare_makeup", "nlu_fallback")),
    ("is a glass of wine that evening ok", ("faq/aftercare_alcohol", "nlu_fallback")),
    ("can I use the steam room at my gym the next day", ("faq/aftercare_heat", "nlu_fallback")),
    ("how soon can I go to the dentist for a clean after", ("faq/aftercare_other_treatments", "nlu_fallback")),
    ("when can I wash my hair after the scalp injections", ("faq/aftercare_washing", "nlu_fallback")),
    ("can I sunbathe on holiday the week after", ("faq/aftercare_sun", "nlu_fallback")),
    ("what should I do to get ready before my appointment", ("faq/preparation", "nlu_fallback")),
    ("when can I have my eyebrows waxed again after face meso", ("faq/aftercare_other_treatments", "nlu_fallback")),
    ("is a hot bath ok that evening", ("faq/aftercare_heat", "nlu_fallback")),
    ("can I go swimming the day after", ("faq/aftercare_heat", "nlu_fallback")),
    ("what's the general aftercare after a session", ("faq/aftercare_general", "nlu_fallback")),
]


@pytest.fixture(scope="module")
def parsed() -> Dict[str, Dict[str, Any]]:
    return parse_all(case.values[0] if hasattr(case, "values") else case[0] for case in CASES)


@pytest.mark.parametrize("text, right", CASES, ids=lambda value: value if isinstance(value, str) else "")
def test_an_honest_reply_or_its_own_answer_never_a_confident_wrong_one(parsed, text, right):
    parse = parsed[text]
    assert answered_label(parse) in right, (text, parse.get("intent"), parse.get("intent_ranking", [])[:3])
