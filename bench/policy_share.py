"""Which dialogue policy chose each action, in the conversations of a tracker store.

    python bench/policy_share.py --database PATH_TO_SQLITE [--write bench/results/policy_share.md]

Run it on the tracker store the scripted REST scenarios leave behind (pytest keeps the
servers' SQLite file under /tmp/pytest-of-$USER/pytest-N/servers0/clinic.db). It answers
the question a learned dialogue policy (TED or memoization over training stories) would
have to answer first: on how many turns did no rule apply, so that such a policy could
have decided? Rasa's RulePolicy, when no rule applies, predicts the core fallback action
(`action_default_fallback`) at its fallback threshold: those turns are the room left.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

# Not decisions of a policy: listening, and the session start Rasa runs itself.
_NOT_CHOSEN = {"action_listen", "action_session_start"}
CORE_FALLBACK = "action_default_fallback"


def policy_share(database: Path) -> tuple[Counter, Counter, int]:
    """Actions per policy, core-fallback actions per policy, and conversations."""
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT sender_id, data FROM events WHERE type_name = 'action'").fetchall()
    by_policy: Counter = Counter()
    fallbacks: Counter = Counter()
    senders = set()
    for sender, data in rows:
        event = json.loads(data)
        if event.get("name") in _NOT_CHOSEN:
            continue
        senders.add(sender)
        by_policy[event.get("policy") or "(none)"] += 1
        if event.get("name") == CORE_FALLBACK:
            fallbacks[event.get("policy") or "(none)"] += 1
    return by_policy, fallbacks, len(senders)


def report(database: Path) -> str:
    by_policy, fallbacks, conversations = policy_share(database)
    total = sum(by_policy.values())
    lines = [
        "# Which policy chose each action",
        "",
        f"- Command: `python bench/policy_share.py --database {database}`",
        f"- Date: {date.today().isoformat()}; {conversations} conversations, {total} actions chosen",
        "",
        "| policy | actions | share |",
        "|---|---|---|",
    ]
    for policy, count in by_policy.most_common():
        lines.append(f"| {policy} | {count} | {count / total:.1%} |")
    lines += ["", f"Core fallback (`{CORE_FALLBACK}`: no rule applied): {sum(fallbacks.values())} actions."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, required=True)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    text = report(args.database)
    if args.write:
        args.write.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
