"""Evaluate the safety screen on the independent evaluation set, and
optionally the whole trained NLU pipeline (classifier + safety screen, as
the Rasa server runs it) on the same set.

    .venv/bin/python bench/evaluate_safety.py
    .venv/bin/python bench/evaluate_safety.py --pipeline models/clinic.tar.gz
    .venv/bin/python bench/evaluate_safety.py --eval tests/safety/evaluation.yml \\
        --out bench/results/safety_evaluation.md

With --pipeline, each message is also parsed by the trained model
(Agent.parse_message) and its escalation is the intent the pipeline ends
with: safety_emergency, safety_same_day or safety_review (anything else is
no escalation). The same measures are reported for it.

A set (written from the triage matrix by someone else, never edited
here) has two lists, and optionally a third:

    must_escalate: [{text, row, urgency, lang, trap?}]  urgency = the MINIMUM level
    benign:        [{text, row, why, lang, trap?}]      must not escalate at all
    routine:       [{text, row, lang, trap?}]           INFO + routine follow-up rows
                                                        (reported, not scored)

Reported: recall per urgency level (escalated at the specified level or
higher), messages escalated below their level, messages missed entirely,
messages escalated above their level (allowed: "when unsure, the higher"),
false escalations of benign messages, how routine follow-ups were handled,
and the failures per trap (the writing style or trap a message exercises),
each with the failing texts. Targets: every emergency at emergency level,
at least 98% of must-escalate messages at or above their level, false
escalations at most 3% of benign messages. Prints Markdown and writes it to
--out. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.safety import Assessment, Urgency, build_screen  # noqa: E402
from assistant.safety.urgency import rank  # noqa: E402
from bench.reporting import git_commit  # noqa: E402

DEFAULT_EVAL = ROOT / "tests" / "safety" / "evaluation.yml"
DEFAULT_OUT = ROOT / "bench" / "results" / "safety_evaluation.md"
MAX_FALSE_ESCALATION = 0.03
MIN_RECALL = 0.98
LEVELS = (Urgency.EMERGENCY, Urgency.SAME_DAY, Urgency.REVIEW)


@dataclass(frozen=True)
class Outcome:
    case: dict
    got: Urgency | None
    found: str  # what produced the escalation, for the tables

    @property
    def expected(self) -> Urgency | None:
        value = self.case.get("urgency")
        return Urgency(value) if value else None


def _screen_outcome(case: dict, assessment: Assessment) -> Outcome:
    found = ", ".join(f"{f.situation} ({f.row}) \u201c{f.trigger}\u201d" for f in assessment.findings)
    return Outcome(case, assessment.urgency, found)


PIPELINE_LEVELS = {
    "safety_emergency": Urgency.EMERGENCY,
    "safety_same_day": Urgency.SAME_DAY,
    "safety_review": Urgency.REVIEW,
}


def _pipeline_outcome(case: dict, parse_data: dict) -> Outcome:
    intent = (parse_data.get("intent") or {}).get("name")
    safety = parse_data.get("safety") or {}
    found = f"intent {intent}"
    if safety:
        pairs = zip(
            safety.get("situations") or [],
            safety.get("rows") or [],
            safety.get("triggers") or [],
            strict=False,
        )
        found += "; " + ", ".join(f"{s} ({r}) \u201c{t}\u201d" if t else s for s, r, t in pairs)
        found += f"; source {safety.get('source')}"
    return Outcome(case, PIPELINE_LEVELS.get(intent), found)


def parse_with_model(model: Path, texts: List[str]) -> List[dict]:
    """Each text parsed by the trained model, as the Rasa server would."""
    import asyncio

    from rasa.core.agent import Agent

    agent = Agent.load(str(model))

    async def parse_all() -> List[dict]:
        return [await agent.parse_message(text) for text in texts]

    return asyncio.run(parse_all())


def _describe(outcome: Outcome) -> str:
    got = outcome.got.value if outcome.got else "none"
    expected = outcome.expected.value if outcome.expected else "none"
    text = outcome.case["text"].replace("|", "\\|").replace("\n", " ")
    row, lang = outcome.case.get("row", ""), outcome.case.get("lang", "")
    found = outcome.found.replace("|", "\\|")
    return f"| {row} | {lang} | {expected} | {got} | {text} | {found or '-'} |"


def _table(title: str, outcomes: List[Outcome]) -> List[str]:
    lines = [f"### {title} ({len(outcomes)})", ""]
    if not outcomes:
        return lines + ["None.", ""]
    lines += ["| row | lang | expected | got | message | findings |", "|---|---|---|---|---|---|"]
    return lines + [_describe(o) for o in outcomes] + [""]


def _section(
    title: str, must: List[Outcome], benign: List[Outcome], routine: List[Outcome], depth: str = "##"
) -> Tuple[List[str], bool]:
    missed = [o for o in must if o.got is None]
    below = [o for o in must if o.got is not None and rank(o.got) < rank(o.expected)]
    above = [o for o in must if rank(o.got) > rank(o.expected)]
    false_escalations = [o for o in benign if o.got is not None]

    per_level: Dict[Urgency, List[Outcome]] = defaultdict(list)
    for outcome in must:
        per_level[outcome.expected].append(outcome)
    per_lang: Dict[str, List[Outcome]] = defaultdict(list)
    for outcome in must:
        per_lang[outcome.case.get("lang", "?")].append(outcome)
    benign_lang = Counter(o.case.get("lang", "?") for o in benign)
    false_lang = Counter(o.case.get("lang", "?") for o in false_escalations)

    recalled = len(must) - len(missed) - len(below)
    recall = recalled / len(must) if must else 1.0
    false_rate = len(false_escalations) / len(benign) if benign else 0.0
    emergencies_met = all(o.got == Urgency.EMERGENCY for o in must if o.expected == Urgency.EMERGENCY)
    met = emergencies_met and recall >= MIN_RECALL and false_rate <= MAX_FALSE_ESCALATION
    sub = depth + "#"
    lines = [
        f"{depth} {title}: {'all targets met' if met else 'targets MISSED'}",
        "",
        f"{sub} Summary",
        "",
        "| measure | value |",
        "|---|---|",
        f"| must-escalate messages escalated at >= the specified level | {recalled}/{len(must)} "
        f"({recalled / len(must):.1%}) |"
        if must
        else "| must-escalate | none |",
        f"| escalated below the specified level | {len(below)} |",
        f"| not escalated at all | {len(missed)} |",
        f"| escalated above the specified level (allowed) | {len(above)} |",
        f"| benign messages escalated (false escalations) | {len(false_escalations)}/{len(benign)} "
        f"({false_rate:.1%}) |",
        "",
        f"{sub} Recall per urgency level",
        "",
        "| specified level | messages | escalated at >= level | recall | below level | missed | above |",
        "|---|---|---|---|---|---|---|",
    ]
    for level in LEVELS:
        group = per_level.get(level, [])
        if not group:
            continue
        ok = sum(1 for o in group if rank(o.got) >= rank(level))
        low = sum(1 for o in group if o.got is not None and rank(o.got) < rank(level))
        none = sum(1 for o in group if o.got is None)
        high = sum(1 for o in group if rank(o.got) > rank(level))
        lines.append(
            f"| {level.value} | {len(group)} | {ok} | {ok / len(group):.1%} | {low} | {none} | {high} |"
        )
    lines += [
        "",
        f"{sub} Per language",
        "",
        "| lang | must-escalate | escalated at >= level | benign | false escalations |",
        "|---|---|---|---|---|",
    ]
    for lang in sorted(set(per_lang) | set(benign_lang)):
        group = per_lang.get(lang, [])
        ok = sum(1 for o in group if rank(o.got) >= rank(o.expected))
        lines.append(
            f"| {lang} | {len(group)} | {ok} | {benign_lang.get(lang, 0)} | {false_lang.get(lang, 0)} |"
        )
    failing = missed + below + false_escalations
    traps = Counter(o.case.get("trap") or "-" for o in must + benign)
    trap_fails = Counter(o.case.get("trap") or "-" for o in failing)
    if len(traps) > 1:
        lines += ["", f"{sub} Failures per trap", "", "| trap | messages | failing |", "|---|---|---|"]
        for trap, count in sorted(traps.items(), key=lambda item: (-trap_fails[item[0]], item[0])):
            lines.append(f"| {trap} | {count} | {trap_fails[trap]} |")
    if routine:
        handled = Counter(o.got.value if o.got else "none" for o in routine)
        lines += [
            "",
            f"{sub} Routine follow-up rows (not scored)",
            "",
            "| handled as | messages |",
            "|---|---|",
            *[f"| {level} | {count} |" for level, count in sorted(handled.items())],
        ]
    lines += ["", f"{sub} Failing and notable messages", ""]
    lines += _table("Must-escalate, not escalated", missed)
    lines += _table("Must-escalate, escalated below the specified level", below)
    lines += _table("Benign, escalated (false escalations)", false_escalations)
    lines += _table("Must-escalate, escalated above the specified level (allowed, for review)", above)
    return lines, met


def evaluate(eval_path: Path, command: str, model: Path | None = None) -> Tuple[str, bool]:
    data = yaml.safe_load(eval_path.read_text(encoding="utf-8"))
    must_cases = data.get("must_escalate") or []
    benign_cases = data.get("benign") or []
    routine_cases = data.get("routine") or []
    screen = build_screen()
    must, benign, routine = (
        [_screen_outcome(case, screen.assess(case["text"])) for case in cases]
        for cases in (must_cases, benign_cases, routine_cases)
    )
    screen_lines, met = _section("The safety screen alone", must, benign, routine)

    pipeline_lines: List[str] = []
    if model is not None:
        cases = must_cases + benign_cases + routine_cases
        parsed = parse_with_model(model, [c["text"] for c in cases])
        outcomes = [_pipeline_outcome(case, p) for case, p in zip(cases, parsed, strict=True)]
        m, b = len(must_cases), len(must_cases) + len(benign_cases)
        pipeline_lines, pipeline_met = _section(
            f"The whole NLU pipeline (`{model.name}`: classifier, input guard and safety screen)",
            outcomes[:m],
            outcomes[m:b],
            outcomes[b:],
        )
        met = met and pipeline_met

    where = eval_path.relative_to(ROOT) if eval_path.is_relative_to(ROOT) else eval_path
    lines = [
        "# Safety screen evaluation",
        "",
        f"- Command: `{command}`",
        f"- Evaluation set: `{where}` ({len(must)} must-escalate, {len(benign)} benign); "
        "written independently "
        "of the screen, not edited",
        f"- Date: {datetime.date.today().isoformat()}, commit {git_commit()} (plus uncommitted changes, if any)",
        f"- Targets: every emergency at emergency level, at least {MIN_RECALL:.0%} of must-escalate "
        f"messages at or above their level, false escalations at most {MAX_FALSE_ESCALATION:.0%} of benign "
        "messages. "
        f"**{'All targets met.' if met else 'Targets MISSED.'}**",
        "",
    ]
    return "\n".join(lines + screen_lines + ([""] + pipeline_lines if pipeline_lines else [])), met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--eval", type=Path, default=DEFAULT_EVAL, help="evaluation YAML (default: %(default)s)"
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="Markdown report (default: %(default)s)"
    )
    parser.add_argument(
        "--note", type=Path, help="a Markdown file whose text is added to the report (history, caveats)"
    )
    parser.add_argument(
        "--pipeline",
        type=Path,
        metavar="MODEL",
        help="also evaluate the whole trained NLU pipeline of this model (e.g. models/clinic.tar.gz)",
    )
    args = parser.parse_args()
    command = (
        ".venv/bin/python bench/evaluate_safety.py"
        + (f" --pipeline {args.pipeline}" if args.pipeline else "")
        + ("" if args.eval == DEFAULT_EVAL else f" --eval {args.eval}")
        + ("" if args.out == DEFAULT_OUT else f" --out {args.out}")
        + (f" --note {args.note}" if args.note else "")
    )
    report, met = evaluate(args.eval.resolve(), command, args.pipeline)
    if args.note:
        report = report.replace(
            "\n## The safety screen alone",
            "\n" + args.note.read_text(encoding="utf-8").strip() + "\n\n## The safety screen alone",
            1,
        )
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report + "\n", encoding="utf-8")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
