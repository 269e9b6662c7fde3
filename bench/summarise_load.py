"""Turn the JSON lines written by bench/load_test.py into bench/results/load.md."""

from __future__ import annotations

import argparse
import datetime
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("record", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "load.md")
    parser.add_argument("--notes", type=Path, help="Markdown appended after the table (profile, set-up)")
    args = parser.parse_args()

    runs = {r["label"]: r for r in map(json.loads, args.record.read_text().splitlines())}
    ours, stock = runs["clinic assistant"], runs["stock rasa init"]
    lines = [
        "# Load benchmark: this assistant vs Rasa's stock `rasa init` assistant",
        "",
        f"- Command: `make bench` (scripts/bench.sh), {datetime.date.today().isoformat()}, "
        "on this project's 2-core machine, both servers run one after the other in the same job.",
        f"- Load: {ours['conversations']} concurrent conversations x {ours['turns']} turns over the REST webhook "
        f"(bench/load_test.py), {ours.get('rounds', 1)} rounds of fresh conversations pooled, same messages for "
        "both. An empty reply counts as failed: the stock assistant answers some of these mesotherapy questions "
        "with nothing.",
        "",
        "| server | requests | empty or failed replies | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) |",
        "|---|---|---|---|---|---|---|",
    ]
    # The two compared servers first, then any diagnostic runs.
    labels = ["clinic assistant", "stock rasa init"] + [label for label in runs if "diagnostic" in label]
    for label in labels:
        r = runs[label]
        lines.append(
            f"| {label} | {r['requests']} | {r['failures']} | {r['throughput_rps']:.1f} | {r['p50_ms']:.0f} "
            f"| {r['p95_ms']:.0f} | {r['p99_ms']:.0f} |"
        )
    lines += [
        "",
        f"- Throughput ratio (ours / stock): **{ours['throughput_rps'] / stock['throughput_rps']:.2f}x** (aim: >= 3x)",
        f"- p95 ratio (ours / stock): **{ours['p95_ms'] / stock['p95_ms']:.2f}** (aim: <= 0.33)",
    ]
    if args.notes and args.notes.exists():
        lines += ["", args.notes.read_text().rstrip()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
