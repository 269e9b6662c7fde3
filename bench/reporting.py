"""What every benchmark and evaluation report shares: the commit it was
measured on, and the `--write FILE` command line that prints the report and
records it in bench/results/."""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path
from typing import Callable

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
