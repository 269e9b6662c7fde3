"""Parse messages with the trained model (models/clinic.tar.gz), for tests of what it
understands. Each call loads the model and parses in a thread of its own with its own event
loop: in the whole suite another test may have left the main thread's loop running, and
asyncio.run refuses to start inside a running loop."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Dict, Iterable

import pytest

from bench.evaluate_nlu import parse_messages, predicted_label

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "clinic.tar.gz"
FALLBACK_THRESHOLD = 0.3  # config.yml's FallbackClassifier: below it a message falls back

needs_model = pytest.mark.skipif(not MODEL.exists(), reason=f"{MODEL} is missing: run `make train` first")


def parse_all(texts: Iterable[str]) -> Dict[str, Dict[str, Any]]:
    """Each text's parse data, as the Rasa server would give it."""
    wanted = list(dict.fromkeys(texts))
    with ThreadPoolExecutor(max_workers=1) as pool:
        parses = pool.submit(asyncio.run, parse_messages(MODEL, wanted)).result()
    return dict(zip(wanted, parses, strict=True))


def answered_label(parse: Dict[str, Any]) -> str:
    """The label the assistant answers with: the intent, or for `faq` the selected topic."""
    return predicted_label(parse)
