"""Who would treat me at this clinic (a doctor or a beautician, a man or a woman, a named
person and what they do) is ask_practitioners, answered from the clinic's rota; advice on
choosing any practitioner in general stays faq/choosing_practitioner.

Written for this test in new wordings, not copied from the training data or any test set.
Needs models/clinic.tar.gz (`make train`); skipped without it.
"""

from __future__ import annotations

from typing import Any, Dict, List

import pytest

from tests.trained_model import answered_label, needs_model, parse_all

pytestmark = needs_model

PRACTITIONERS = ("ask_practitioners", "nlu_fallback")

CASES: List[Any] = [  # (message, the replies that are right for it), or a pytest.param of one
    ("would a lady or a gentleman be doing my injections", PRACTITIONERS),
    ("is the injector at your place medically qualified or a beauty therapist", PRACTITIONERS),
    ("can nurse amir do the skin booster for me", PRACTITIONERS),
    ("i'd feel better with a female injector, is that possible", PRACTITIONERS),
    # Near misses: choosing anyone, in general.
    ("how do I know if an injector is safe to go to", ("faq/choosing_practitioner", "nlu_fallback")),
    ("what should I look for when picking a mesotherapy clinic", ("faq/choosing_practitioner", "nlu_fallback")),
]


@pytest.fixture(scope="module")
def parsed() -> Dict[str, Dict[str, Any]]:
    return parse_all(case.values[0] if hasattr(case, "values") else case[0] for case in CASES)


@pytest.mark.parametrize("text, right", CASES, ids=lambda value: value if isinstance(value, str) else "")
def test_who_treats_me_here_is_answered_from_the_rota(parsed, text, right):
    parse = parsed[text]
    assert answered_label(parse) in right, (text, parse.get("intent"), parse.get("intent_ranking", [])[:3])
