"""Evaluate the trained model on the held-out NLU test set.

    python bench/evaluate_nlu.py [--model models/clinic.tar.gz] [--test tests/nlu/test_faq.yml]
                                 [--out bench/results/nlu_evaluation.md]

Prints intent accuracy, macro F1 and, for FAQ messages, response-selection
accuracy overall and per topic; writes the same as Markdown to --out.
The test set is written separately from the training data (different
people's phrasing), so this measures generalisation, not memorisation.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import logging
import subprocess
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Dict, List, Sequence, Tuple

from sklearn.metrics import f1_score

ROOT = Path(__file__).resolve().parent.parent
RETRIEVAL_INTENT = "faq"


def load_examples(path: Path) -> List[Tuple[str, str]]:
    """(text, full intent) pairs, e.g. ("does it hurt", "faq/pain_numbing")."""
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(path))
    return [(m.get("text"), m.get_full_intent()) for m in data.intent_examples]


def predicted_label(parse: dict) -> str:
    intent = (parse.get("intent") or {}).get("name") or "None"
    if intent != RETRIEVAL_INTENT:
        return intent
    selected = parse.get("response_selector", {}).get(RETRIEVAL_INTENT, {}).get("response", {})
    return selected.get("intent_response_key") or f"{RETRIEVAL_INTENT}/None"


async def parse_messages(model: Path, texts: Sequence[str]) -> List[Dict[str, Any]]:
    """The parse data the trained model gives each text, in order (the model is loaded once)."""
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    return [await agent.parse_message(text) for text in texts]


async def predict(model: Path, texts: List[str]) -> List[str]:
    return [predicted_label(parse) for parse in await parse_messages(model, texts)]


def summarise(examples: List[Tuple[str, str]], predictions: List[str]) -> Dict:
    gold_full = [label for _, label in examples]
    gold_intent = [label.split("/")[0] for label in gold_full]
    pred_intent = [label.split("/")[0] for label in predictions]
    intent_accuracy = sum(g == p for g, p in zip(gold_intent, pred_intent, strict=True)) / len(examples)
    macro_f1 = f1_score(gold_intent, pred_intent, average="macro", labels=sorted(set(gold_intent)))

    per_topic: Dict[str, List[bool]] = defaultdict(list)
    errors = []
    for (text, gold), pred in zip(examples, predictions, strict=True):
        if not gold.startswith(RETRIEVAL_INTENT + "/"):
            if gold != pred:
                errors.append((text, gold, pred))
            continue
        per_topic[gold.split("/", 1)[1]].append(gold == pred)
        if gold != pred:
            errors.append((text, gold, pred))
    faq_results = [ok for oks in per_topic.values() for ok in oks]
    return {
        "examples": len(examples),
        "intent_accuracy": intent_accuracy,
        "intent_macro_f1": macro_f1,
        "faq_examples": len(faq_results),
        "response_selection_accuracy": sum(faq_results) / len(faq_results),
        "per_topic": {topic: (sum(oks), len(oks)) for topic, oks in sorted(per_topic.items())},
        "errors": errors,
        "confusions": Counter((g, p) for _, g, p in errors).most_common(10),
    }


def shown(path: Path) -> str:
    """The path relative to the project when it is inside it (models elsewhere can be evaluated too)."""
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(resolved)


def to_markdown(summary: Dict, model: Path, test: Path) -> str:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    lines = [
        "# NLU evaluation on the held-out test set",
        "",
        f"- Command: `make eval` (runs `python bench/evaluate_nlu.py --model {shown(model)} --test {shown(test)}`)",
        f"- Date: {datetime.date.today().isoformat()}, commit {commit or 'uncommitted'}",
        f"- Examples: {summary['examples']} ({summary['faq_examples']} FAQ)",
        "",
        "| metric | value |",
        "|---|---|",
        f"| intent accuracy | {summary['intent_accuracy']:.3f} |",
        f"| intent macro F1 | {summary['intent_macro_f1']:.3f} |",
        f"| response-selection accuracy (FAQ) | {summary['response_selection_accuracy']:.3f} |",
        "",
        "## Response selection per topic",
        "",
        "| topic | correct | total | accuracy |",
        "|---|---|---|---|",
    ]
    for topic, (correct, total) in summary["per_topic"].items():
        lines.append(f"| {topic} | {correct} | {total} | {correct / total:.2f} |")
    lines += ["", "## Misclassified examples", "", "| text | expected | predicted |", "|---|---|---|"]
    for text, gold, pred in summary["errors"]:
        lines.append(f"| {text.replace('|', '/')} | {gold} | {pred} |")
    return "\n".join(lines) + "\n"


def quiet_rasa_logs() -> None:
    from rasa.utils.log_utils import configure_structlog

    logging.disable(logging.WARNING)
    configure_structlog(logging.ERROR)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "clinic.tar.gz")
    parser.add_argument("--test", type=Path, default=ROOT / "tests" / "nlu" / "test_faq.yml")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "nlu_evaluation.md")
    args = parser.parse_args()
    quiet_rasa_logs()

    examples = load_examples(args.test)
    predictions = asyncio.run(predict(args.model, [text for text, _ in examples]))
    summary = summarise(examples, predictions)

    print(f"examples                      {summary['examples']}")
    print(f"intent accuracy               {summary['intent_accuracy']:.3f}")
    print(f"intent macro F1               {summary['intent_macro_f1']:.3f}")
    print(f"response-selection accuracy   {summary['response_selection_accuracy']:.3f}")
    print("per topic:")
    for topic, (correct, total) in summary["per_topic"].items():
        print(f"  {topic:28s} {correct:3d}/{total:<3d} {correct / total:.2f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(to_markdown(summary, args.model.resolve(), args.test.resolve()))
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
