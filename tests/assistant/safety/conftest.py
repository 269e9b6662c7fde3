from pathlib import Path
from typing import Any, Dict

import pytest
import yaml

from assistant.safety import SafetyScreen, build_screen, shared_screen

DEV_EXAMPLES = Path(__file__).with_name("dev_examples.yml")


@pytest.fixture(scope="session")
def screen() -> SafetyScreen:
    """The rule screen alone: the development examples document what the
    lexicon and context rules do, word for word. (Building compiles the
    whole lexicon, about 12 s: once per session.)"""
    return build_screen(semantic=False)


@pytest.fixture(scope="session")
def full_screen() -> SafetyScreen:
    """The screen as the assistant runs it: rules plus the sentence encoder,
    the process's one (assistant.safety.shared_screen)."""
    return shared_screen()


def load_dev_examples() -> Dict[str, Any]:
    with DEV_EXAMPLES.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)
