"""Numbers that rise through a message: a warning said in figures rather than words.

    "pain was 3/10 on day 1, 5/10 yesterday, 7/10 today"        -> worsening pain (B29)
    "the red patch was 2 cm on Tuesday, now it's about 6 cm"      -> spreading redness (B13)
    "the lump was 1.5cm this morning and it's 3cm tonight"        -> a growing swelling (B20)

The lexicon reads words, not the order of numbers, so this module finds a series of pain
scores (``N/10``, ``N out of 10``) or of sizes (``N cm``, ``N mm``, ``N inches``) in the order
the message gives them, and calls it rising when the last figure is the highest and clearly
above the first. The figures are read in the order written: "7/10 today, 3/10 on day 1" is a
series the writer gave backwards, and is left to the words around it. A series needs what it
measures named in the message: pain for scores ("rated the results 3/10, now 7/10" is a verdict
on results, not a pain getting worse); redness, or a swelling or lump, for sizes (a bruise
that spreads as it fades is not a growing bleed). The screen applies the same context rules
to the series as to any lexicon finding (a "what if" or someone else's pain lowers it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Tuple

from assistant.safety.text import fold

# "7/10", "7 / 10", "7 out of 10", "7 outta 10", "7.5/10", "7 sur 10" (not "3 de 10" or "3 von 10":
# also a session's number in a course of ten).
_SCORE = re.compile(r"(?<![\d.,/])(10|\d(?:[.,]5)?)\s*(?:/|out of|outta|sur)\s*10(?![\d.,]*\d)")
# "2cm", "2 cm", "2.5 cm", "20mm", "2 inches" (not "2 in": "session 2 in March").
_SIZE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[.,]\d)?)\s*(cm|mm|centimet(?:er|re)s?|centim[eè]tres?|zentimeter|centymetr\w*"
    r"|mil+imet(?:er|re)s?|inch(?:es)?)\b"
)
_TO_MM = {"cm": 10.0, "mm": 1.0, "inch": 25.4}

# What a score measures: pain, in every read language.
_PAIN = re.compile(
    r"\b(?:pain\w*|hurt\w*|sore\w*|ach(?:e|es|ed|ing|y)|throb\w*|tender\w*|dolor\w*|duele\w*|douleur\w*|mal"
    r"|schmerz\w*|weh|bol\w*|boli)\b"
)
# What a size measures: redness (spreading redness is B13), or a swelling, lump or hard area (B20).
_REDNESS = re.compile(
    r"\b(?:red|redness|reddened|redder|rojo|roja|rojez|enrojecimiento|rouge\w*|rougeur\w*|rot|rote\w*|rotung\w*"
    r"|czerwon\w*|zaczerwienien\w*)\b"
)
_SWELLING = re.compile(
    r"\b(?:swell\w*|swollen|lump\w*|bump\w*|hard (?:area|patch|bit)|haematoma|hematoma|hinch\w*|bulto\w*"
    r"|gonfl\w*|boule\w*|schwell\w*|geschwoll\w*|beule\w*|knoten|obrz\w*|opuchl\w*|spuchl\w*|guz\w*)\b"
)

# A score must climb at least this much, a size grow by at least this factor, first to last.
_MIN_SCORE_RISE = 2.0
_MIN_SIZE_FACTOR = 1.5

WORSENING_PAIN = "worsening_pain"
SPREADING_REDNESS = "infection"
GROWING_SWELLING = "bleeding_or_expanding_swelling"


@dataclass(frozen=True)
class Trend:
    situation: str
    start: int  # character offsets of the series in the message, end exclusive
    end: int


# Pain scores given without "/10" ("it was a 3 on Tuesday, 5 yesterday, today it's an 8"): a bare
# figure from 0 to 10 that reads as a score, because a score word comes before it ("was a 3", "at
# 5", "an 8") or a day follows it ("5 yesterday", "3 on tuesday"). Not a day, session, age or
# amount ("day 4", "3 sessions", "5 weeks", "2 tablets"). Three such figures are needed, in a
# message that names pain, and they must climb as a /10 series does.
_BARE_SCORE = re.compile(
    r"(?:\b(?:was|is|at|a|an|its|it s|it's|now|then|like|about|around|maybe|hit|hits|reached) "
    r"(10|[0-9])(?!\d|[.,:]\d|\s*/|%)(?!\s*(?:cm|mm|ml|kg|day|days|dy|week|weeks|wk|wks|month|months|year|years|yr|yrs"
    r"|hour|hours|hr|hrs|h|am|pm|min|mins|minute|minutes|session|sessions|time|times|x|k|tablet|tablets|pill|pills"
    r"|th|st|nd|rd|o clock|of)\b))"
    r"|(?:(?<![\w.,/:£$€#-])(10|[0-9])(?!\d|[.,:]\d|\s*/|%)"
    r"(?=\s*(?:,\s*)?(?:on (?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*"
    r"|yesterday|today|tonight|this morning|this evening|last night|now)\b))"
)
_PRECEDED_BY_COUNT = re.compile(r"\b(?:day|dy|days|session|sessions|week|weeks|number|no|step|size|age|aged|room)\s*$")


def _bare_scores(folded: str) -> List[Tuple[int, int, float]]:
    found = []
    for m in _BARE_SCORE.finditer(folded):
        group = 1 if m.group(1) is not None else 2
        if _PRECEDED_BY_COUNT.search(folded[: m.start(group)]):
            continue
        found.append((m.start(group), m.end(group), _number(m.group(group))))
    return found


# Two bare scores are enough when the first is given as the pain's ("pain was a 2 on day one") and
# the second as now ("now a 6", "today it's a 7"), climbing by at least three.
_PAIN_BEFORE = re.compile(
    r"\b(?:pain\w*|hurt\w*|sore\w*|ach(?:e|es|ing)|throb\w*|dolor|douleur|schmerz\w*|bol)\b(?:\W+\w+){0,3}?\W+$"
)
_NOW_BEFORE = re.compile(r"\b(?:now|today|tonight|this morning|this evening|currently|ahora|hoy|maintenant"
                         r"|aujourd hui|jetzt|heute|teraz|dzisiaj|dzis)\b(?:\W+\w+){0,3}?\W+$")


def _two_told_as_pain_then_now(folded: str, bare: List[Tuple[int, int, float]]) -> bool:
    if len(bare) != 2 or bare[1][2] - bare[0][2] < 3:
        return False
    return (_PAIN_BEFORE.search(folded[max(0, bare[0][0] - 40): bare[0][0]]) is not None
            and _NOW_BEFORE.search(folded[max(0, bare[1][0] - 30): bare[1][0]]) is not None)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _rising(values: List[float], min_rise: float = 0.0, min_factor: float = 1.0) -> bool:
    if len(values) < 2:
        return False
    first, last = values[0], values[-1]
    return last == max(values) and last - first >= min_rise and last >= first * min_factor and last > first


def rising_trends(text: str) -> List[Trend]:
    """The rising series in a message (at most one per kind), with the situation each reveals."""
    folded = fold(text)  # same length as the message: offsets carry over
    trends: List[Trend] = []
    scores = [(m.start(), m.end(), _number(m.group(1))) for m in _SCORE.finditer(folded)]
    if not scores:
        bare = _bare_scores(folded)
        scores = bare if len(bare) >= 3 or _two_told_as_pain_then_now(folded, bare) else []
    if _PAIN.search(folded) and _rising([v for _, _, v in scores], min_rise=_MIN_SCORE_RISE):
        trends.append(Trend(WORSENING_PAIN, scores[0][0], scores[-1][1]))
    sizes: List[Tuple[int, int, float]] = []
    for m in _SIZE.finditer(folded):
        unit = m.group(2)
        key = "mm" if unit.startswith(("mm", "mil")) else "inch" if unit.startswith("inch") else "cm"
        sizes.append((m.start(), m.end(), _number(m.group(1)) * _TO_MM[key]))
    if _rising([v for _, _, v in sizes], min_factor=_MIN_SIZE_FACTOR):
        if _REDNESS.search(folded):
            trends.append(Trend(SPREADING_REDNESS, sizes[0][0], sizes[-1][1]))
        elif _SWELLING.search(folded):
            trends.append(Trend(GROWING_SWELLING, sizes[0][0], sizes[-1][1]))
    return trends
