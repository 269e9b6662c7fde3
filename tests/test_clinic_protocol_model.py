"""Questions about this clinic's own way of doing a treatment (which product or brand, a
patch test, written aftercare, numbing cream, needles or a device, the course it plans)
are answered by ask_clinic_protocol, from the clinic's data, not by the general FAQ
answer; the same subjects asked in general keep the FAQ answer.

Written for this test in new wordings, not copied from the training data or any test set.
Needs models/clinic.tar.gz (`make train`); skipped without it.
"""

from __future__ import annotations

from typing import Any, Dict, List

import pytest

from tests.trained_model import answered_label, needs_model, parse_all

pytestmark = needs_model

PROTOCOL = ("ask_clinic_protocol", "nlu_fallback")

# (message, the replies that are right for it)
CASES: List[Any] = [  # (message, the replies that are right for it), or a pytest.param of one
    # This clinic's own protocol.
    ("which company makes the filler-type serum your nurses use on faces", PROTOCOL),
    ("is it a branded product you inject for hair loss at harbour or a house mix", PROTOCOL),
    ("wud u do a test spot on my arm before the first proper session", PROTOCOL),
    ("before the course do you check i'm not allergic with a small test", PROTOCOL),
    ("do you give patients printed aftercare instructions", PROTOCOL),
    ("will i be sent home with a sheet telling me what to avoid", PROTOCOL),
    pytest.param(
        "does harbour apply numbing cream or should i turn up numbed already", PROTOCOL,
        marks=pytest.mark.xfail(reason="numbing cream at this clinic still reads as faq/pain_numbing (0.73)"),
    ),
    ("at yours do they use a needle or a gun for the scalp", PROTOCOL),
    ("how many visits does your york clinic book for the cellulite course", PROTOCOL),
    # Near misses: the same subjects in general keep their FAQ answer (or, at worst, "did you mean").
    ("does it hurt?", ("faq/pain_numbing", "nlu_fallback")),
    ("how painful are the injections on the scalp", ("faq/pain_numbing", "nlu_fallback")),
    ("what actually goes into a mesotherapy mixture", ("faq/ingredients", "nlu_fallback")),
    ("talk me through what happens during a session", ("faq/procedure", "nlu_fallback")),
    ("generally how many sessions does a person need", ("faq/sessions_intervals", "nlu_fallback")),
    ("what is needle-free meso and is it as good", ("faq/needle_free", "nlu_fallback")),
]


@pytest.fixture(scope="module")
def parsed() -> Dict[str, Dict[str, Any]]:
    return parse_all(case.values[0] if hasattr(case, "values") else case[0] for case in CASES)


@pytest.mark.parametrize("text, right", CASES, ids=lambda value: value if isinstance(value, str) else "")
def test_this_clinics_way_of_treating_is_answered_from_its_data(parsed, text, right):
    parse = parsed[text]
    assert answered_label(parse) in right, (text, parse.get("intent"), parse.get("intent_ranking", [])[:3])
