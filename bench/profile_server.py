"""Where a live Rasa server's time goes under load: summarise a py-spy recording.

    py-spy record --pid PID --format raw --output server.raw --duration 20 --nonblocking
    python bench/profile_server.py server.raw --label "clinic assistant" > profile.md

py-spy samples the server's stacks while bench/load_test.py drives it, so
the profile covers what the in-process one (bench/profile_turn.py) cannot:
HTTP handling and the tracker store's database reads and writes. Prints
Markdown: the share of the request-handling samples spent inside each of the
functions that matter for a chat turn.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path
from typing import Dict, List, Tuple

# Samples whose stack contains this frame are time spent answering requests
# (the rest is the idle event loop between load runs).
REQUEST_FRAME = "handle_message (rasa/core/processor.py"

# The parts of a turn worth naming, in the order they run. A sample counts
# for every part on its stack, so nested parts overlap.
PARTS: List[Tuple[str, str]] = [
    ("read the conversation from the tracker store", r"^get_tracker \(rasa/core/processor\.py"),
    ("NLU pipeline (whole graph run)", r"^_parse_message_with_graph "),
    ("  intent classifier (logistic regression)", r"^process \(rasa/nlu/classifiers/logistic_regression"),
    ("  ResponseSelector (TensorFlow)", r"^process \(rasa/nlu/selectors/response_selector\.py"),
    ("  count-vector featurizers", r"^process \(rasa/nlu/featurizers/sparse_featurizer/count_vectors"),
    ("dialogue prediction loop", r"^_run_prediction_loop "),
    ("  RulePolicy", r"^predict_action_probabilities \(rasa/core/policies/rule_policy\.py"),
    ("  MemoizationPolicy", r"^predict_action_probabilities \(rasa/core/policies/memoization\.py"),
    ("  TEDPolicy", r"^predict_action_probabilities \(rasa/core/policies/ted_policy\.py"),
    ("  UnexpecTEDIntentPolicy", r"^predict_action_probabilities \(rasa/core/policies/unexpected_intent"),
    ("  custom actions (HTTP to the action server)", r"^request \(rasa/utils/endpoints\.py"),
    ("graph runner: recomputing the graph schema", r"^_all_dependencies_schema "),
    ("write the new events to the tracker store", r"^save_tracker \(rasa/core/processor\.py"),
    ("  SQLAlchemy: closing connections", r"^close \(sqlalchemy/engine/base\.py"),
    ("  SQLAlchemy: commit", r"^commit \(sqlalchemy/"),
    (
        "turning stored events back into trackers",
        r"^(from_dict|from_events) \(rasa/shared/core/trackers\.py|^deserialise_events ",
    ),
    ("  event type lookup (Rasa scans every Event subclass)", r"^all_subclasses "),
]

# Paths shortened to the package: site-packages/rasa/... and <project>/rasa_addons/...
_PREFIX = re.compile(r"\(/[^()]*?site-packages/|\(" + re.escape(str(Path(__file__).resolve().parent.parent)) + "/")
_LINE = re.compile(r":\d+\)$")


def frames(stack: str) -> List[str]:
    """py-spy raw frames, 'function (package/file.py:line)', shortened."""
    return [_LINE.sub(")", _PREFIX.sub("(", frame)) for frame in stack.split(";")]


def summarise(raw: str) -> Tuple[int, Dict[str, int], Counter]:
    """Request samples, samples per part, and samples per innermost frame."""
    requests = 0
    parts: Dict[str, int] = {name: 0 for name, _ in PARTS}
    leaves: Counter = Counter()
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        stack_frames = frames(stack)
        if not any(frame.startswith(REQUEST_FRAME) for frame in stack_frames):
            continue
        samples = int(count)
        requests += samples
        leaves[stack_frames[-1]] += samples
        for name, pattern in PARTS:
            if any(re.search(pattern, frame) for frame in stack_frames):
                parts[name] += samples
    return requests, parts, leaves


def markdown(label: str, requests: int, parts: Dict[str, int], leaves: Counter) -> str:
    lines = [
        f"### Sampling profile under load: {label}",
        "",
        f"py-spy, {requests} samples while answering requests; share of that time (nested rows are part of "
        "the row above).",
        "",
        "| part of a turn | share |",
        "|---|---|",
    ]
    for name, _ in PARTS:
        if parts[name]:
            lines.append(f"| {name.replace('  ', '&nbsp;&nbsp;')} | {100 * parts[name] / requests:.1f}% |")
    lines += ["", "Innermost frames with the most samples:", "", "| frame | share |", "|---|---|"]
    for frame, samples in leaves.most_common(8):
        lines.append(f"| `{frame}` | {100 * samples / requests:.1f}% |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("raw", type=Path, help="py-spy record --format raw output")
    parser.add_argument("--label", required=True)
    args = parser.parse_args()
    requests, parts, leaves = summarise(args.raw.read_text())
    if not requests:
        raise SystemExit(f"{args.raw}: no samples of request handling (was the server under load?)")
    print(markdown(args.label, requests, parts, leaves))


if __name__ == "__main__":
    main()
