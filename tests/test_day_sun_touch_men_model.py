"""Thin topics whose questions fell just under the fallback threshold (0.3): what happens on
the day (faq/procedure), which sun protection and for how long (faq/aftercare_sun), rubbing or
touching the treated face at a given time (faq/aftercare_touching) and whether men are
treated (faq/men). They were not held back by the familiarity gate (their similarity was
above its bar) but lost probability to neighbours that share their words: preparation and
aftercare_general ("what should I ..."), team_only_question ("... the next morning" from the
shaving and sleeping examples), ask_practitioners ("male"). The near misses keep those
neighbours' own questions with them, and the practitioner's gender with ask_practitioners.

Written for this test in new wordings, not copied from the training data or any test set.
Needs models/clinic.tar.gz (`make train`); skipped without it.
"""

from __future__ import annotations

from typing import Any, Dict, List

import pytest

from tests.trained_model import answered_label, needs_model, parse_all

pytestmark = needs_model

CASES: List[Any] = [  # (message, the replies that are right for it)
    # What happens on the day of the treatment.
    ("what should i expect at the appointment", ("faq/procedure",)),
    ("how will things go on the day of my treatment", ("faq/procedure",)),
    ("what's the process on the day", ("faq/procedure",)),
    ("what do i expect when i turn up", ("faq/procedure",)),
    # Sun protection: which factor, how long.
    ("how long do i need spf for after", ("faq/aftercare_sun",)),
    ("which sunscreen should i wear after the treatment", ("faq/aftercare_sun",)),
    ("is factor 30 fine after meso, and how many weeks", ("faq/aftercare_sun",)),
    ("what factor should i put on afterwards", ("faq/aftercare_sun",)),
    # Rubbing or touching the treated skin, with a time.
    ("when am i allowed to rub the treated skin", ("faq/aftercare_touching",)),
    ("is rubbing my cheeks ok tomorrow", ("faq/aftercare_touching",)),
    ("can i rub my chin the day after fat dissolving", ("faq/aftercare_touching",)),
    ("can my toddler touch my face the next day", ("faq/aftercare_touching",)),
    # Men as patients.
    ("do you see male patients", ("faq/men",)),
    ("do you do mesotherapy for men", ("faq/men",)),
    ("is it ok for a man to book", ("faq/men", "nlu_fallback")),
    # Near misses: the neighbours keep their own questions.
    ("what should i do the day before my appointment", ("faq/preparation",)),
    ("can i wash my face the next morning", ("faq/aftercare_washing",)),
    ("can i wear make up the next morning", ("faq/aftercare_makeup",)),
    ("can i have a sauna the day after", ("faq/aftercare_heat",)),
    ("can i sleep face down the night after", ("team_only_question", "nlu_fallback")),
    ("should i stay out of the sun before my session", ("faq/preparation", "faq/aftercare_sun", "nlu_fallback")),
    pytest.param(
        "would a man be doing my injections", ("ask_practitioners", "nlu_fallback"),
        marks=pytest.mark.xfail(reason="practitioner's gender still read as faq/men (0.51; 0.60 before)"),
    ),
    ("can i request a woman to do the treatment", ("ask_practitioners", "nlu_fallback")),
]


@pytest.fixture(scope="module")
def parsed() -> Dict[str, Dict[str, Any]]:
    return parse_all(case.values[0] if hasattr(case, "values") else case[0] for case in CASES)


@pytest.mark.parametrize("text, right", CASES, ids=lambda value: value if isinstance(value, str) else "")
def test_thin_topics_are_answered_and_their_neighbours_keep_theirs(parsed, text, right):
    parse = parsed[text]
    assert answered_label(parse) in right, (text, parse.get("intent"), parse.get("intent_ranking", [])[:3])
