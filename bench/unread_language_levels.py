"""What the unread-language net's same-day level catches, and what emergency would cost.

    .venv/bin/python bench/unread_language_levels.py [--write bench/results/unread_language_levels.md]

A message in a language the lexicon does not read that contains a health word, but no word of
an emergency family, is answered at same-day: the reply opens with the emergency number ("if
this could be an emergency, call ... now") and a person follows up today. Raising it to the
emergency level would put "call the emergency number now" first for every such message and
hold the conversation in an emergency episode until help arrives. This counts, over every
labelled set in the project (the regression set, the classifier's corpus, the blind batches),
the messages whose only reading is that net, by the level their author gave them: the
emergencies the higher level would catch against the messages it would over-escalate.
Rules only (the encoder reads English and never sees these messages).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.safety.screen import UNREAD_LANGUAGE, build_screen  # noqa: E402
from bench.reporting import git_commit, print_and_write  # noqa: E402

LABELLED_SETS = (
    sorted((ROOT / "assistant" / "safety" / "corpus").glob("batch_*.yml"))
    + sorted((ROOT / "tests" / "safety" / "batches").glob("batch_*.yml"))
    + [ROOT / "tests" / "safety" / "evaluation.yml"]
)
LABEL_ORDER = ("emergency", "same_day", "review", "routine", "benign")


def labelled_messages() -> Iterator[Tuple[str, str, str]]:
    """(text, label, language) for every message: its urgency, or "benign"/"routine"."""
    for path in LABELLED_SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("must_escalate") or []:
            yield item["text"], item["urgency"], item.get("lang", "?")
        for kind in ("benign", "routine"):
            for item in data.get(kind) or []:
                yield item["text"], kind, item.get("lang", "?")


def run() -> str:
    screen = build_screen(semantic=False)
    by_label: Counter = Counter()
    languages: Dict[str, Counter] = {}
    total = 0
    for text, label, language in labelled_messages():
        total += 1
        if screen.assess(text).situations == (UNREAD_LANGUAGE,):
            by_label[label] += 1
            languages.setdefault(label, Counter())[language] += 1
    caught = by_label["emergency"]
    over = sum(by_label[label] for label in LABEL_ORDER if label != "emergency")
    lines: List[str] = [
        "# Unread-language net: same-day or emergency?",
        "",
        f"Commit {git_commit()}; {total} labelled messages in {len(LABELLED_SETS)} sets "
        "(`bench/unread_language_levels.py`). Messages whose only reading is the unread-language "
        "net's health word (no emergency-family word), by their author's label:",
        "",
        "| label | messages | languages |",
        "|---|---|---|",
    ]
    for label in LABEL_ORDER:
        spread = ", ".join(f"{lang} {n}" for lang, n in languages.get(label, Counter()).most_common())
        lines.append(f"| {label} | {by_label[label]} | {spread or '-'} |")
    lines += [
        "",
        f"Raising the net to emergency would bring {caught} emergenc{'y' if caught == 1 else 'ies'} up to level "
        "and answer "
        f"{over} messages that are not emergencies with \"call the emergency number now\" and an "
        "emergency episode. All of them already get the emergency number first and a person today.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print_and_write(run, __doc__.splitlines()[0])
