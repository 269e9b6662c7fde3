"""A snapshot of what the rule screen and the unread-language net say about every labelled text.

    .venv/bin/python bench/safety_snapshot.py --out /tmp/before.json
    .venv/bin/python bench/safety_snapshot.py --out /tmp/after.json --compare /tmp/before.json

For a refactor that must not change behaviour: run it before, run it after, and compare. Every
text of the classifier's corpus, the regression set and the scored batches, plus the messages
written in the safety tests, is read by ``build_screen(semantic=False).assess`` (level,
situations, trigger words) and by each public function of the unread-language net; every
distinct word of those texts is also read alone as a health word and as an emergency word, so a
word table that lost or gained a stem shows even where no message happened to use it. Rules only:
the sentence encoder is not loaded.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from pathlib import Path
from typing import Dict, Iterator, List

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.input_checks import likely_language  # noqa: E402
from assistant.safety import build_screen  # noqa: E402
from assistant.safety import unread_language as net  # noqa: E402

LABELLED_SETS = (
    sorted((ROOT / "assistant" / "safety" / "corpus").glob("*.yml"))
    + [ROOT / "tests" / "safety" / "evaluation.yml"]
    + sorted((ROOT / "tests" / "safety" / "batches").glob("*.yml"))
)
# Messages written in the safety tests: many are near misses that no labelled set has.
TEST_FILES = sorted((ROOT / "tests" / "assistant" / "safety").glob("test_*.py"))
# Languages a word is read alone in: none in particular, and those with everyday look-alikes.
WORD_LANGUAGES = ("xx", "it", "nl", "ro", "sv")


def labelled_texts() -> Iterator[str]:
    for path in LABELLED_SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for items in data.values():
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and isinstance(item.get("text"), str):
                    yield item["text"]


def test_texts() -> Iterator[str]:
    for path in TEST_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value.strip():
                yield node.value


def read_text(screen, text: str) -> Dict[str, object]:
    language = likely_language(text)
    assessment = screen.assess(text)
    health = net.unread_language_health_word(text, language)
    return {
        "level": assessment.urgency.value if assessment.urgency is not None else None,
        "situations": list(assessment.situations),
        "triggers": list(assessment.triggers),
        "language": language,
        "health_word": health,
        "emergency_word": net.unread_language_emergency_word(text, language),
        "emergency_phrase": net.emergency_phrase(text),
        "emergency_phrase_no_table": net.emergency_phrase(text, table=False),
        "self_harm": net.self_harm_trigger(text),
        "habitual_faint": net.habitual_faint_at_blood(text, language),
        "illness_resolved": net.illness_resolved(text),
        "someone_elses_past": net.in_someone_elses_past(health, text) if health else None,
        "false_friend": [net.is_false_friend(t, language) for t in assessment.triggers],
    }


def read_words(texts: List[str]) -> Dict[str, object]:
    words = sorted({w for text in texts for w in re.findall(r"[^\W\d_]+", text)})
    return {
        word: [net.is_emergency_word(word)]
        + [net.unread_language_health_word(word, language) is not None for language in WORD_LANGUAGES]
        for word in words
    }


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--compare", help="an earlier snapshot: print every difference, exit 1 if any")
    args = parser.parse_args(argv)
    screen = build_screen(semantic=False)
    texts = list(dict.fromkeys(list(labelled_texts()) + list(test_texts())))
    snapshot = {
        "texts": {text: read_text(screen, text) for text in texts},
        "words": read_words(texts),
    }
    Path(args.out).write_text(json.dumps(snapshot, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(snapshot['texts'])} texts, {len(snapshot['words'])} words -> {args.out}")
    if not args.compare:
        return 0
    before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
    differences = 0
    for part in ("texts", "words"):
        for key in sorted(set(before[part]) | set(snapshot[part])):
            old, new = before[part].get(key), snapshot[part].get(key)
            if old != new:
                differences += 1
                print(f"DIFF {part} {key!r}\n  before: {old}\n  after:  {new}")
    print(f"{differences} differences against {args.compare}")
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
