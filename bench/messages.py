"""Messages the latency benchmarks time: the project's NLU messages, and
chatty multi-sentence messages with a warning sign buried among them."""

from __future__ import annotations

import random
import re
from typing import List, Sequence

import yaml

from bench.reporting import ROOT

_ENTITY = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def nlu_messages() -> List[str]:
    """Every training and held-out NLU example (entity markup removed)."""
    out = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")) + sorted((ROOT / "tests" / "nlu").glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            for line in str(block.get("examples", "")).splitlines():
                if line.strip().startswith("- "):
                    out.append(_ENTITY.sub(r"\1", line.strip()[2:]))
    return out


def composed(
    rng: random.Random,
    count: int,
    target_chars: int,
    chatter: Sequence[str],
    signs: Sequence[str],
    sign_share: float = 1.0,
) -> List[str]:
    """``count`` messages of about ``target_chars`` characters made of
    ``chatter`` sentences, with one of ``signs`` buried at a random place in
    a ``sign_share`` of them."""
    out = []
    for _ in range(count):
        parts: List[str] = []
        while sum(len(p) + 1 for p in parts) < target_chars:
            parts.append(rng.choice(chatter))
        if rng.random() < sign_share:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(signs) + ".")
        out.append(" ".join(parts)[: max(target_chars, 40)])
    return out
