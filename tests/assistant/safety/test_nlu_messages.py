"""The NLU training and test messages are ordinary FAQ, chit-chat and
handoff messages: the screen must leave almost all of them alone."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
_ENTITY = re.compile(r"\[([^\]]*)\]\([^)]*\)")


SAFETY_DATA = ROOT / "data" / "nlu" / "safety.yml"  # the classifier's safety examples: meant to escalate


def _nlu_messages():
    for path in sorted(p for p in (ROOT / "data" / "nlu").glob("*.yml") if p != SAFETY_DATA) + sorted(
        (ROOT / "tests" / "nlu").glob("*.yml")
    ):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            for line in str(block.get("examples", "")).splitlines():
                line = line.strip()
                if line.startswith("- "):
                    yield _ENTITY.sub(r"\1", line[2:])


def test_fewer_than_one_percent_of_faq_and_chitchat_messages_escalate(full_screen):
    # The screen as the assistant runs it (rules and encoder).
    messages = list(_nlu_messages())
    escalated = [m for m in messages if full_screen.assess(m).urgency is not None]
    assert len(messages) > 500
    # The matrix itself lists "how old do u have to be" as an A22 review.
    assert len(escalated) <= len(messages) // 100, escalated


def test_the_classifiers_safety_examples_escalate_at_their_level(screen):
    """The classifier's examples of each safety intent (data/nlu/safety.yml)
    agree with the screen, so the second signal never teaches the opposite."""
    from assistant.safety import Urgency, rank

    levels = {"safety_emergency": Urgency.EMERGENCY, "safety_same_day": Urgency.SAME_DAY,
              "safety_review": Urgency.REVIEW}
    disagree = []
    for block in yaml.safe_load(SAFETY_DATA.read_text(encoding="utf-8"))["nlu"]:
        level = levels.get(block["intent"])
        for line in block["examples"].splitlines():
            text = line.strip()[2:]
            if level and text and rank(screen.assess(text).urgency) < rank(level):
                disagree.append((block["intent"], text))
    assert not disagree
