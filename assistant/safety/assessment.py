"""The screen's result: plain, frozen data that compares with ``==``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Tuple

from assistant.safety.urgency import Urgency


@dataclass(frozen=True)
class Finding:
    situation: str  # stable snake_case key, e.g. "anaphylaxis"
    row: str  # triage matrix row, e.g. "B8"
    urgency: Urgency
    trigger: str  # the exact words of the message that triggered it
    source: str = "lexicon"  # "lexicon" (rules) or "semantic" (the sentence encoder)


@dataclass(frozen=True)
class Assessment:
    urgency: Urgency | None  # None: no escalation
    findings: Tuple[Finding, ...]  # most urgent first

    @property
    def situation(self) -> str | None:
        """The primary (most urgent, then earliest) finding's situation."""
        return self.findings[0].situation if self.findings else None

    @property
    def triggers(self) -> Tuple[str, ...]:
        return tuple(finding.trigger for finding in self.findings)

    @property
    def situations(self) -> Tuple[str, ...]:
        return tuple(finding.situation for finding in self.findings)


NO_ESCALATION = Assessment(urgency=None, findings=())
