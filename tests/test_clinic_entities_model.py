"""The clinic's practitioners, places and treatments found in typed messages by the trained model:
misspelled or partial names the lookup tables miss are found by the trained extractor from their
context and mapped to the clinic's slug; names the clinic does not have are dropped; weekdays and
times come from the lookup table and patterns (data/nlu/entities.yml, assistant/entity_mapping.py).

Written for this test in new wordings, not copied from the training data. (Here rather than in
tests/nlu/, whose files Rasa's loader reads as NLU data.) Needs models/clinic.tar.gz (`make train`).
"""

from __future__ import annotations

from typing import Any, Dict, List

import pytest

from tests.trained_model import needs_model, parse_all

pytestmark = needs_model

KINDS = ("practitioner", "clinic_location", "treatment", "weekday", "time_of_day")

FOUND: List[Any] = [
    # Misspelled or partial names the tables do not hold.
    ("would dr okafer be around on thursday", {"practitioner": ["sarah-okafor"], "weekday": ["thursday"]}),
    ("can i see dr feilding next week", {"practitioner": ["dr-tom-fielding"]}),
    pytest.param(
        "how do i get to the yorke clinic",
        {"clinic_location": ["york"]},
        marks=pytest.mark.xfail(reason="the CRF does not yet tag a place between 'the' and 'clinic'", strict=True),
    ),
    ("anything free at the leds branch", {"clinic_location": ["leeds"]}),
    ("how much is hair mesotheraphy", {"treatment": ["hair-mesotherapy"]}),
    ("do you do the skin boostr", {"treatment": ["face-skin-booster"]}),
    # Spelled as the clinic spells them: the tables' entities, once each.
    ("how much is hair meso at micklegate", {"treatment": ["hair-mesotherapy"], "clinic_location": ["york"]}),
    (
        "is dr hart in leeds on mondays",
        {"practitioner": ["dr-amelia-hart"], "clinic_location": ["leeds"], "weekday": ["mondays"]},
    ),
    # Days and times.
    ("any consultations saturday at 10.30am", {"weekday": ["saturday"], "time_of_day": ["10.30am"]}),
]

# Names this clinic does not have: no slot may be set from them.
INVENTED: List[str] = [
    "is dr smith in on tuesday",
    "can i book with nurse kowalczyk",
    "do you have a clinic in manchester",
    "how much is lip filler",
]


def _text(case: Any) -> str:
    return case.values[0] if hasattr(case, "values") else case[0]


@pytest.fixture(scope="module")
def parsed() -> Dict[str, Dict[str, Any]]:
    return parse_all([_text(case) for case in FOUND] + INVENTED)


def found(parse: Dict[str, Any]) -> Dict[str, List[str]]:
    entities: Dict[str, List[str]] = {}
    for entity in parse.get("entities") or []:
        if entity["entity"] not in KINDS:
            continue  # the clinic's contact details, added to every message
        entities.setdefault(entity["entity"], []).append(entity["value"])
    return entities


@pytest.mark.parametrize("text, expected", FOUND, ids=[_text(case) for case in FOUND])
def test_the_clinics_names_are_found_as_its_slugs(parsed, text, expected):
    assert found(parsed[text]) == expected, parsed[text].get("entities")


@pytest.mark.parametrize("text", INVENTED)
def test_names_the_clinic_does_not_have_are_dropped(parsed, text):
    names = {k: v for k, v in found(parsed[text]).items() if k in KINDS[:3]}
    assert names == {}, parsed[text].get("entities")
