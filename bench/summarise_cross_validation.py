"""Summarise `scripts/compare_nlu_configs.sh` into bench/results/nlu_cross_validation.md.

Reads results/cv/<config>/{intent_report,response_selection_report}.json,
which Rasa pools over the cross-validation folds' held-out predictions.
"""

from __future__ import annotations

import argparse
import datetime
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, required=True)
    parser.add_argument("--results", type=Path, default=ROOT / "results" / "cv")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "nlu_cross_validation.md")
    args = parser.parse_args()

    rows = []
    for run in sorted(p for p in args.results.iterdir() if p.is_dir()):
        intents = json.loads((run / "intent_report.json").read_text())
        responses = json.loads((run / "response_selection_report.json").read_text())
        seconds = int((run / "seconds").read_text()) if (run / "seconds").exists() else None
        rows.append(
            (
                run.name,
                intents["accuracy"],
                intents["macro avg"]["f1-score"],
                responses["accuracy"],
                responses["macro avg"]["f1-score"],
                seconds,
            )
        )

    lines = [
        "# Candidate NLU pipelines, compared by cross-validation",
        "",
        f"- Command: `bash scripts/compare_nlu_configs.sh {args.folds}` "
        f"({args.folds}-fold cross-validation of each file in `bench/nlu_configs/` on `data/nlu/`)",
        f"- Date: {datetime.date.today().isoformat()}; machine: 2 cores",
        "- Metrics are pooled over the folds' held-out predictions. The wall time covers all folds.",
        "",
        "| config | intent accuracy | intent macro F1 | response-selection accuracy | response-selection macro F1 "
        "| time for all folds (s) |",
        "|---|---|---|---|---|---|",
    ]
    for name, acc, f1, rs_acc, rs_f1, seconds in rows:
        lines.append(f"| {name} | {acc:.3f} | {f1:.3f} | {rs_acc:.3f} | {rs_f1:.3f} | {seconds or '-'} |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
