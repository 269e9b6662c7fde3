"""What every benchmark and evaluation report shares: the commit it was
measured on, and the `--write FILE` command line that prints the report and
records it in bench/results/."""

from __future__ import annotations

import argparse
import statistics
import subprocess
from pathlib import Path
from typing import Callable, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]


def git_commit() -> str:
    """The short commit hash of the checkout, or "unknown" outside git."""
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def print_and_write(run: Callable[[], str], description: str) -> None:
    """Parse `--write FILE`, run the benchmark, print its Markdown report and
    write it to FILE when asked."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--write", type=Path, help="also write the Markdown report to this file")
    args = parser.parse_args()
    report = run()
    print(report)
    if args.write:
        args.write.write_text(report, encoding="utf-8")



def spread(times: Sequence[float]) -> Tuple[float, float, float, float]:
    """Median, p90, p99 and maximum of a list of timings."""
    ordered = sorted(times)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))]

    return statistics.median(ordered), pct(0.90), pct(0.99), ordered[-1]
