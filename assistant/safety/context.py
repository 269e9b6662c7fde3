"""ConText-style context: is a finding negated, hypothetical, about people
in general, about someone else, or in the past?

Rules are data (``context.yml``); this module applies them the way ConText
(Harkema et al. 2009) and NegEx do:

- a trigger phrase opens a scope forward and/or backward, at most
  ``window`` words long, inside one sentence;
- a terminator ("but", a comma, "I" for someone else...) closes the scope
  early;
- a pseudo-trigger ("not sure", "no idea", "not getting better") contains a
  trigger word but is not one, and cancels the triggers inside it;
- a trigger that is part of a warning phrase itself ("can't breathe",
  "won't stop bleeding") never modifies anything;
- a trigger inside quotation marks reaches nothing outside them (the leaflet's
  "call us if the skin turns grey" says nothing about "mine has turned grey").

The result is the set of category names that apply to a target; what they
do to a situation (drop it, keep it, report it as history) is the
situation's policy in ``lexicon.yml``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import AbstractSet, FrozenSet, List, Sequence, Set, Tuple

from assistant.safety.lexicon import ContextRules
from assistant.safety.matching import Hits, Span, Tokens


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    forward: bool
    backward: bool
    window: int


@dataclass(frozen=True)
class _LiveCategory:
    name: str
    triggers: Tuple[_Trigger, ...]
    stops: Tuple[int, ...]  # sorted token positions that close a scope

    def stopped(self, start: int, end: int) -> bool:
        """Whether a terminator lies in token positions [start, end)."""
        i = bisect_left(self.stops, start)
        return i < len(self.stops) and self.stops[i] < end


class ContextView:
    """The context triggers of one message, ready to test targets against."""

    def __init__(
        self,
        rules: ContextRules,
        hits: Hits,
        tokens: Tokens,
        protected: Set[int],
        quotes: Sequence[Span] = (),
        denials: AbstractSet[int] = frozenset(),
    ) -> None:
        """``quotes``: the words inside each pair of quotation marks; ``denials``: positions of a
        denied difficulty before a lost function ("no problems moving my lip"), where a
        pseudo-trigger ("no problem, thanks") does not cancel the negation."""
        self._sentence_of = tokens.sentence_of
        self._quotes = tuple(quotes)  # the words inside each pair of quotation marks
        pseudo = hits.get(rules.pseudo, [])
        common_stops = [s for s, _ in hits.get(rules.terminators, [])]

        def live(s: int, e: int, direction: str) -> bool:
            # Not inside a pseudo-trigger, and not starting inside a warning
            # phrase (the "n't" of "can't breathe"). A trigger that only runs
            # into the phrase ("if I got" + "got a fever") still counts.
            if s not in denials and any(ps <= s < pe for ps, pe in pseudo):
                return False
            if direction != "backward" and s in protected:
                return False
            return direction == "forward" or (e - 1) not in protected

        self._categories: List[_LiveCategory] = []
        for category in rules.categories:
            triggers = tuple(
                _Trigger(s, e, group.direction != "backward", group.direction != "forward", group.window)
                for group in category.triggers
                for s, e in hits.get(group.terms, [])
                if live(s, e, group.direction)
            )
            if triggers:
                stops = tuple(sorted(set(common_stops + [s for s, _ in hits.get(category.terminators, [])])))
                self._categories.append(_LiveCategory(category.name, triggers, stops))

    def modifiers(self, parts: Sequence[Span]) -> FrozenSet[str]:
        """The context categories that apply to a target made of ``parts``
        (one span for a phrase, several for words found near each other).

        History must cover every part ("lumps from 2 months ago are now
        painful" is current); the other categories need to reach one part
        ("my throat isn't tight")."""
        if not self._categories:
            return frozenset()
        found = set()
        for cat in self._categories:
            reached = [self._reaches(cat, part, parts) for part in parts]
            if all(reached) if cat.name in _ALL_PARTS else any(reached):
                found.add(cat.name)
        return frozenset(found)

    def _reaches(self, cat: _LiveCategory, part: Span, parts: Sequence[Span]) -> bool:
        first, last = part
        sentence = self._sentence_of[first]
        for t in cat.triggers:
            if self._sentence_of[t.start] != sentence:
                continue
            # Never a trigger that sits wholly inside one of the target's parts.
            if any(ps <= t.start and t.end <= pe for ps, pe in parts):
                continue
            # A trigger inside a quotation reaches only the words of that quotation.
            if any(qs <= t.start and t.end <= qe and not (qs <= first and last <= qe) for qs, qe in self._quotes):
                continue
            if t.forward and t.start < first:
                gap = first - t.end  # negative: the trigger runs into the part
                if gap <= t.window and (gap <= 0 or not cat.stopped(t.end, first)):
                    return True
            if t.backward and t.end > last:
                gap = t.start - last
                if gap <= t.window and (gap <= 0 or not cat.stopped(last, t.start)):
                    return True
        return False


# Categories that apply to a combination only when they apply to all its parts.
_ALL_PARTS = frozenset({"history"})
