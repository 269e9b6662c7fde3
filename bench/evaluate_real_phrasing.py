"""Score the trained NLU on real public patient questions (tests/real_phrasing/).

    .venv/bin/python bench/evaluate_real_phrasing.py [--model models/clinic.tar.gz]
        [--test tests/real_phrasing/labelled.yml] [--write bench/results/real_phrasing.md] [--note FILE]
        [--sources tests/real_phrasing/SOURCES.md] [--labels-only]

Each question was published by a real person or on a real clinic FAQ page
(its source is recorded) and labelled, without seeing any prediction, with
the answers that would answer it (`accept`), or none when the assistant has
no answer for its topic (`missing_topic`). The set is for testing only:
nothing in it may be used for training.

A prediction is
- right: one of the accepted answers, or an honest "I don't know"
  (nlu_fallback, out_of_scope, team_only_question) for a topic with no answer;
- unsure: "I don't know" where an answer existed (not right, not wrong);
- escalated: the safety screen raised an alarm on a question (wrong);
- wrong: any other answer, given with confidence: the worst outcome.
Answers written after the first contact for a topic that had none are
accepted for that topic's questions (answers_added.yml, by topic).
Targets (issue: conversations that understand real patients): right >= 90%, wrong <= 3%.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Sequence

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.evaluate_nlu import predict, quiet_rasa_logs  # noqa: E402
from bench.reporting import git_commit  # noqa: E402

ADDED_ANSWERS = ROOT / "tests" / "real_phrasing" / "answers_added.yml"
DONT_KNOW = frozenset({"nlu_fallback", "out_of_scope", "team_only_question"})
SAFETY_PREFIX = "safety_"
OUTCOMES = ("right", "unsure", "escalated", "wrong")


@dataclass(frozen=True)
class Scored:
    text: str
    kind: str
    topic: str
    accept: Sequence[str]
    predicted: str
    outcome: str


def outcome(accept: Sequence[str], predicted: str) -> str:
    if predicted in accept:
        return "right"
    if predicted.startswith(SAFETY_PREFIX):
        return "escalated"
    if predicted in DONT_KNOW or predicted.endswith("/None"):
        return "unsure" if accept else "right"
    return "wrong"


def load_added_answers(path: Path = ADDED_ANSWERS) -> Dict[str, List[str]]:
    """topic -> answers written for it after the first contact (answers_added.yml)."""
    by_topic: Dict[str, List[str]] = defaultdict(list)
    for answer, topics in (yaml.safe_load(path.read_text()) or {}).items():
        for topic in topics:
            by_topic[topic].append(answer)
    return dict(by_topic)


def accepted(case: dict, added: Dict[str, List[str]]) -> tuple:
    return tuple(case.get("accept") or ()) + tuple(added.get(case["topic"], ()))


def score(cases: List[dict], predictions: List[str], added: Dict[str, List[str]] | None = None) -> List[Scored]:
    added = load_added_answers() if added is None else added
    return [
        Scored(c["text"], c["kind"], c["topic"], accepted(c, added), p, outcome(accepted(c, added), p))
        for c, p in zip(cases, predictions, strict=True)
    ]


def _rate(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "-"


def report(scored: List[Scored], command: str, note: str, sources: str = "tests/real_phrasing/SOURCES.md") -> str:
    counts = Counter(s.outcome for s in scored)
    n = len(scored)
    met = counts["right"] >= 0.9 * n and counts["wrong"] <= 0.03 * n
    lines = [
        "# Real patient questions: first contact and after",
        "",
        f"- Command: `{command}`",
        f"- Commit: {git_commit()}",
        f"- Questions: {n} (sources: {sources})",
        f"- Targets: right >= 90%, wrong <= 3%: **{'met' if met else 'MISSED'}**",
        "",
    ]
    if note:
        lines += [note.strip(), ""]
    lines += ["| outcome | questions |", "|---|---|"]
    lines += [f"| {o} | {_rate(counts[o], n)} |" for o in OUTCOMES]
    by_kind: Dict[str, Counter] = defaultdict(Counter)
    for s in scored:
        by_kind[s.kind][s.outcome] += 1
    lines += ["", "## Per kind", "", "| kind | questions | " + " | ".join(OUTCOMES) + " |", "|---|---|---|---|---|---|"]
    for kind, c in sorted(by_kind.items()):
        lines.append(f"| {kind} | {sum(c.values())} | " + " | ".join(str(c[o]) for o in OUTCOMES) + " |")
    answerable = [s for s in scored if s.accept]
    lines += [
        "",
        f"Questions with an answer in the assistant: {len(answerable)}; right among them: "
        f"{_rate(sum(s.outcome == 'right' for s in answerable), len(answerable))}. "
        f"Questions on a topic it has no answer for: {n - len(answerable)}.",
        "",
        "## Not right",
        "",
        "| outcome | kind | topic | accepted | predicted | question |",
        "|---|---|---|---|---|---|",
    ]
    for s in scored:
        if s.outcome != "right":
            text = s.text.replace("|", "/").replace("\n", " ")
            lines.append(
                f"| {s.outcome} | {s.kind} | {s.topic} | {', '.join(s.accept) or '(none)'} | {s.predicted} | {text} |"
            )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "clinic.tar.gz")
    parser.add_argument("--test", type=Path, default=ROOT / "tests" / "real_phrasing" / "labelled.yml")
    parser.add_argument("--write", type=Path, help="also write the Markdown report to this file")
    parser.add_argument("--note", type=Path, help="Markdown added to the report (history, caveats)")
    parser.add_argument("--sources", default="tests/real_phrasing/SOURCES.md", help="the set's list of sources")
    parser.add_argument(
        "--labels-only",
        action="store_true",
        help="score with the set's own labels only: for a set labelled after answers_added.yml's answers existed",
    )
    args = parser.parse_args()
    quiet_rasa_logs()
    cases = yaml.safe_load(args.test.read_text())
    predictions = asyncio.run(predict(args.model, [c["text"] for c in cases]))
    command = "python bench/evaluate_real_phrasing.py" + "".join(
        f" {flag}"
        for flag, given in (
            (f"--test {args.test.relative_to(ROOT) if args.test.is_relative_to(ROOT) else args.test}", True),
            (f"--sources {args.sources}", args.sources != "tests/real_phrasing/SOURCES.md"),
            ("--labels-only", args.labels_only),
            (f"--write {args.write}", bool(args.write)),
        )
        if given
    )
    added = {} if args.labels_only else None
    text = report(score(cases, predictions, added), command, args.note.read_text() if args.note else "", args.sources)
    print(text)
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(text)


if __name__ == "__main__":
    main()
