from pathlib import Path
from typing import Any, Dict

import pytest
import yaml

from assistant.safety import SafetyScreen, build_screen

DEV_EXAMPLES = Path(__file__).with_name("dev_examples.yml")


@pytest.fixture(scope="session")
def screen() -> SafetyScreen:
    # Building compiles the whole lexicon (about a second): once per session.
    return build_screen()


def load_dev_examples() -> Dict[str, Any]:
    with DEV_EXAMPLES.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)
