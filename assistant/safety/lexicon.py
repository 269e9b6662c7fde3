"""Load the clinician-reviewable data files into typed, compiled rules.

``lexicon.yml``  situations (one per escalating triage-matrix case) and the
                 words and phrases that reveal each of them, per language.
``context.yml``  ConText-style rules: the words that make a finding
                 negated, hypothetical, about someone else or in the past.

Both are validated here, so a typo in the data fails when the screen is
built (with the entry named), never silently at run time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import (
    Any,
    Callable,
    Collection,
    Dict,
    FrozenSet,
    Iterator,
    List,
    Mapping,
    Tuple,
)

import yaml

from assistant.safety.exceptions import LexiconError
from assistant.safety.patterns import Norms, PhraseCompiler, check_stems, stems_in
from assistant.safety.text import fold, stem_of
from assistant.safety.urgency import Urgency

DATA_DIR = Path(__file__).parent
LEXICON_FILE = DATA_DIR / "lexicon.yml"
CONTEXT_FILE = DATA_DIR / "context.yml"

LANGUAGES = ("en", "es", "fr", "de", "pl")
CONTEXT_CATEGORIES = ("negated", "hypothetical", "generic", "other_person", "animal", "history")

Tokenize = Callable[[str], Iterator[str]]


@dataclass(frozen=True)
class Scope:
    """How close two things must be: within ``tokens`` tokens, in the same
    sentence, or anywhere in the message."""

    level: str  # "tokens" | "sentence" | "message"
    tokens: int = 0


SENTENCE = Scope("sentence")


@dataclass(frozen=True, eq=False)
class TermSet:
    """A named list of phrases, compiled to NORM sequences. Compared and
    hashed by identity: the matcher indexes its hits by term set."""

    name: str
    phrases: Tuple[str, ...]
    norms: FrozenSet[Norms]


@dataclass(frozen=True)
class Condition:
    terms: TermSet
    scope: Scope


@dataclass(frozen=True)
class Rule:
    """One way a situation shows in a message. A single part is a phrase
    rule; several parts must all occur within ``scope`` (the first part is
    the anchor: its words are the trigger when the parts are far apart)."""

    situation: str
    parts: Tuple[TermSet, ...]
    scope: Scope
    requires: Tuple[Condition, ...]
    unless: Tuple[Condition, ...]
    source: str


@dataclass(frozen=True)
class ContextPolicy:
    """What a context category does to a finding of this situation.

    negated / hypothetical / generic: "drop" or "keep".
    improving: "drop" or "keep" (a sign said to be settling on the first day, context.yml
    ``improving``: the expected after-effect for the situations that drop it).
    other_person: "drop", "keep" or "keep_unless_history".
    animal: "drop" or "keep" (a pet's illness: "the neighbour's dog went septic"; an animal is
    never the clinic's patient).
    session_over: "drop" or "keep" (a sign felt during the injections that the message says
    stopped when they finished, context.yml ``session_over``).
    history: "keep", "drop" or another situation key to report instead
    (a past anaphylaxis is a previous reaction, row A15).
    """

    negated: str = "drop"
    hypothetical: str = "drop"
    generic: str = "drop"
    other_person: str = "drop"
    animal: str = "drop"
    history: str = "keep"
    improving: str = "keep"
    session_over: str = "drop"


@dataclass(frozen=True)
class Situation:
    key: str
    row: str
    urgency: Urgency
    family: str
    description: str
    context: ContextPolicy = field(default_factory=ContextPolicy)
    # Found by code rather than by a rule of this file (``found_by:`` in the
    # YAML names the module), so it needs no rule.
    found_by: str | None = None
    # The emergencies this situation can be the milder end of (``borders:``): fainting borders a
    # collapse, a fever sepsis. When the rules find it, the screen reads the emergency signals
    # with a lower bar (matrix: unsure between two levels, the higher).
    borders: Tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    situations: Mapping[str, Situation]
    rules: Tuple[Rule, ...]
    term_sets: Tuple[TermSet, ...]


@dataclass(frozen=True)
class TriggerGroup:
    """Trigger phrases that open a scope in one direction, ``window`` words
    long ("forward": words after the trigger; "backward": words before)."""

    direction: str  # "forward" | "backward" | "both"
    window: int
    terms: TermSet


@dataclass(frozen=True)
class Category:
    name: str
    triggers: Tuple[TriggerGroup, ...]
    terminators: TermSet


@dataclass(frozen=True)
class ContextRules:
    categories: Tuple[Category, ...]
    pseudo: TermSet
    terminators: TermSet
    # Explicit words that the message is about the writer ("asking for
    # myself"): hypothetical, generic and someone-else context no longer lowers.
    self_disclosure: TermSet
    # The someone else is the patient ("my husband had meso yesterday"):
    # someone-else context no longer lowers.
    third_party_patient: TermSet
    # Set phrases whose alarming word is praise or exaggeration ("to die for"): a warning word
    # inside one is not a warning, and a segment holding one is not read by the encoder.
    figures_of_speech: TermSet
    # A health professional naming what they meet at work ("I'm a nurse, I see sepsis all day
    # at work"): who they are, the verb of meeting it, and the routine of it; with all three,
    # the conditions named are generic. Empty when the file has no professional_frame.
    professional_identity: TermSet
    professional_exposure: TermSet
    professional_routine: TermSet
    # Or the condition names a patient of theirs ("we had a sepsis patient"): a case noun right
    # after it and a verb of having or admitting one just before it.
    professional_case: TermSet
    professional_case_exposure: TermSet
    # Or the condition is the topic of their study or teaching ("writing an essay on NTM
    # infections after mesotherapy").
    professional_study: TermSet
    # "right now", "at the moment": what follows a "what if" is happening ("what if my throat
    # is closing right now"), so the hypothetical reading does not lower it.
    present_moment: TermSet
    # Someone else's story said to be over ("she's fine now"), what keeps it open (a time in the
    # last hours; a "but" after it).
    resolved_story: TermSet
    resolved_tale: TermSet  # a sign that it is a story: told, in hospital, somewhere else
    resolved_recent: TermSet
    resolved_reopened: TermSet
    # A document named before a quotation ("the sheet says 'blanching'"), and the writer saying
    # the quoted sign is hers ("mine has").
    quotation_sources: TermSet
    quotation_self_report: TermSet
    # A sign said to be settling, and what stops that reading: worse or spreading anywhere, a
    # contrast after it, a time past the first day.
    improving: TermSet
    improving_worsening: TermSet
    improving_contrast: TermSet
    improving_late: TermSet
    # "no problems", "no trouble": a negation that denies a difficulty ("no problems moving my
    # lip"), not the "can't" of a lost function.
    denied_difficulty: TermSet
    # Someone else who was treated (by this clinic or anywhere: "my
    # cousin's jabs", "since her meso", "did her own fat jabs"): their current sign is the
    # clinic's to handle, so someone-else context no longer lowers it; a story in the past or
    # said to be over still does (unlike third_party_patient). Empty when the file has none.
    treated_other_person: TermSet = field(
        default_factory=lambda: TermSet("empty:treated_other_person", (), frozenset())
    )
    # A sign felt during the injections said to have stopped when they finished ("it stopped
    # the second she finished"), and what takes that back ("but it's back now"). Empty when the
    # file has none.
    session_over: TermSet = field(default_factory=lambda: TermSet("empty:session_over", (), frozenset()))
    session_over_reopened: TermSet = field(
        default_factory=lambda: TermSet("empty:session_over_reopened", (), frozenset())
    )

    @property
    def term_sets(self) -> Tuple[TermSet, ...]:
        sets = [self.pseudo, self.terminators, self.self_disclosure, self.third_party_patient, self.figures_of_speech]
        sets += [
            self.professional_identity,
            self.professional_exposure,
            self.professional_routine,
            self.professional_case,
            self.professional_case_exposure,
            self.professional_study,
        ]
        sets += [self.present_moment]
        sets += [self.resolved_story, self.resolved_tale, self.resolved_recent, self.resolved_reopened]
        sets += [self.quotation_sources, self.quotation_self_report]
        sets += [self.improving, self.improving_worsening, self.improving_contrast, self.improving_late]
        sets += [self.denied_difficulty, self.treated_other_person]
        sets += [self.session_over, self.session_over_reopened]
        for category in self.categories:
            sets += [group.terms for group in category.triggers] + [category.terminators]
        return tuple(sets)


# The C loader is about ten times faster on the large lexicon when present.
class _YamlLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader that refuses a key written twice in one mapping: YAML would
    keep the last silently, so a rule's `within: 1` followed by `within: sentence`
    quietly widened an exception to the whole sentence."""


def _mapping_with_unique_keys(loader: Any, node: yaml.MappingNode) -> Dict[Any, Any]:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            problem = f"the key {key!r} is written twice"
            raise yaml.constructor.ConstructorError(None, None, problem, key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=True)


_YamlLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_unique_keys)
_YAML_LOADER = _YamlLoader


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError) as error:
        raise LexiconError(f"cannot read {path}: {error}") from error


# --- situations ------------------------------------------------------------

_POLICY_VALUES = {
    "negated": {"drop", "keep"},
    "hypothetical": {"drop", "keep"},
    "generic": {"drop", "keep"},
    "other_person": {"drop", "keep", "keep_unless_history"},
    "improving": {"drop", "keep"},
    "animal": {"drop", "keep"},
    "session_over": {"drop", "keep"},
}


PREVIOUS_REACTION = "previous_reaction"


def _default_policy(urgency: Urgency, known: Collection[str]) -> Dict[str, str]:
    # Someone else's emergency still needs the emergency number; a past
    # complication is a previous reaction the clinician must review (A15),
    # or, if the lexicon has no such situation, kept at its own level.
    past = PREVIOUS_REACTION if PREVIOUS_REACTION in known else "keep"
    if urgency is Urgency.EMERGENCY:
        return {"other_person": "keep_unless_history", "history": past}
    if urgency is Urgency.SAME_DAY:
        return {"history": past}
    return {}


def _situation(key: str, raw: Any, known: Collection[str]) -> Situation:
    where = f"{LEXICON_FILE.name}: situation {key!r}"
    if not isinstance(raw, dict):
        raise LexiconError(f"{where} must be a mapping")
    missing = {"row", "urgency", "family", "description"} - raw.keys()
    if missing:
        raise LexiconError(f"{where} lacks {sorted(missing)}")
    try:
        urgency = Urgency(raw["urgency"])
    except ValueError as error:
        raise LexiconError(f"{where}: urgency must be one of {[u.value for u in Urgency]}") from error
    policy = _default_policy(urgency, known)
    policy.update(raw.get("context") or {})
    for name, value in policy.items():
        if name not in ContextPolicy.__dataclass_fields__:
            raise LexiconError(f"{where}: unknown context category {name!r}")
        allowed = _POLICY_VALUES.get(name)
        if allowed is not None and value not in allowed:
            raise LexiconError(f"{where}: context {name} must be one of {sorted(allowed)}")
    return Situation(
        key=key,
        row=str(raw["row"]),
        urgency=urgency,
        family=str(raw["family"]),
        description=" ".join(str(raw["description"]).split()),
        context=ContextPolicy(**policy),
        found_by=str(raw["found_by"]) if raw.get("found_by") else None,
        borders=tuple(str(key) for key in raw.get("borders") or ()),
    )


def load_situations(path: Path = LEXICON_FILE) -> Dict[str, Situation]:
    return _situations_of(read_yaml(path), path)


def _situations_of(data: Any, path: Path) -> Dict[str, Situation]:
    raw = (data or {}).get("situations")
    if not isinstance(raw, dict) or not raw:
        raise LexiconError(f"{path.name} has no 'situations' mapping")
    situations = {key: _situation(key, value, raw.keys()) for key, value in raw.items()}
    for situation in situations.values():
        target = situation.context.history
        if target not in ("keep", "drop") and target not in situations:
            raise LexiconError(f"{path.name}: situation {situation.key!r} maps history to unknown {target!r}")
        for key in situation.borders:
            if key not in situations or situations[key].urgency is not Urgency.EMERGENCY:
                raise LexiconError(f"{path.name}: situation {situation.key!r} borders {key!r}, not an emergency")
    return situations


# --- rules -----------------------------------------------------------------


class _TermCompiler:
    """Compiles phrase lists (with $word_list references) to TermSets."""

    def __init__(
        self,
        word_lists: Mapping[str, Any],
        tokenize: Tokenize,
        stems: FrozenSet[str],
        exact: FrozenSet[str] = frozenset(),
    ) -> None:
        self._word_lists = word_lists
        self._compiler = PhraseCompiler(tokenize, stems, exact)
        self._seen: Dict[str, TermSet] = {}

    def phrases(self, raw: Any, where: str, depth: int = 0) -> List[str]:
        if depth > 5:
            raise LexiconError(f"{where}: word lists refer to each other in a loop")
        if isinstance(raw, dict):  # per language
            unknown = set(raw) - set(LANGUAGES)
            if unknown:
                raise LexiconError(f"{where}: unknown language(s) {sorted(unknown)}; use {LANGUAGES}")
            return [p for lang in LANGUAGES for p in self.phrases(raw.get(lang) or [], where, depth + 1)]
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list):
            raise LexiconError(f"{where}: expected a list of phrases, got {raw!r}")
        out: List[str] = []
        for item in raw:
            if isinstance(item, str) and item.startswith("$") and item[1:].isidentifier():
                name = item[1:]
                if name not in self._word_lists:
                    raise LexiconError(f"{where}: unknown word list {item!r}")
                out += self.phrases(self._word_lists[name], f"word list {item}", depth + 1)
            elif isinstance(item, str) and "\\" in item:
                # The notation has no regular expressions: "\\d+" would be matched as the
                # characters themselves and never fire. Write the numbers out.
                raise LexiconError(f"{where}: {item!r} uses a backslash; the notation has no regular expressions")
            elif isinstance(item, (str, int, float)) and str(item).strip():
                out.append(str(item))
            else:
                raise LexiconError(f"{where}: {item!r} is not a phrase")
        return out

    def term_set(self, raw: Any, where: str) -> TermSet:
        phrases = tuple(sorted(set(self.phrases(raw, where))))
        if not phrases:
            raise LexiconError(f"{where}: empty phrase list")
        name = "|".join(phrases)
        if name not in self._seen:
            norms = frozenset(n for p in phrases for n in self._compiler.compile(p))
            self._seen[name] = TermSet(name=f"set{len(self._seen)}", phrases=phrases, norms=norms)
        return self._seen[name]

    @property
    def all_sets(self) -> Tuple[TermSet, ...]:
        return tuple(self._seen.values())


def _scope(raw: Any, where: str, default: Scope) -> Scope:
    if raw is None:
        return default
    if isinstance(raw, int) and raw > 0:
        return Scope("tokens", raw)
    if raw in ("sentence", "message"):
        return Scope(raw)
    raise LexiconError(f"{where}: 'within' must be a number of words, 'sentence' or 'message', not {raw!r}")


def _conditions(raw: Any, where: str, terms: _TermCompiler) -> Tuple[Condition, ...]:
    if raw is None:
        return ()
    if isinstance(raw, dict):
        items = [raw]
    elif isinstance(raw, list) and raw and isinstance(raw[0], dict):
        items = raw
    else:
        items = [{"any": raw}]
    conditions = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or "any" not in item:
            raise LexiconError(f"{where}[{i}]: write {{any: [...], within: ...}}")
        conditions.append(
            Condition(
                terms.term_set(item["any"], f"{where}[{i}]"), _scope(item.get("within"), where, SENTENCE)
            )
        )
    return tuple(conditions)


def _rules_of_block(
    block: Any, index: int, situations: Mapping[str, Situation], terms: _TermCompiler
) -> List[Rule]:
    where = f"{LEXICON_FILE.name}: rules[{index}]"
    if not isinstance(block, dict) or "situation" not in block:
        raise LexiconError(f"{where} must be a mapping with a 'situation'")
    key = block["situation"]
    if key not in situations:
        raise LexiconError(f"{where}: unknown situation {key!r}")
    where = f"{where} ({key})"
    unknown = set(block) - {"situation", "phrases", "near", "requires", "unless", "note"}
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
    requires = _conditions(block.get("requires"), f"{where}.requires", terms)
    unless = _conditions(block.get("unless"), f"{where}.unless", terms)
    rules: List[Rule] = []
    if "phrases" in block:
        part = terms.term_set(block["phrases"], f"{where}.phrases")
        rules.append(Rule(key, (part,), SENTENCE, requires, unless, f"{where}.phrases"))
    for j, combo in enumerate(block.get("near") or []):
        spot = f"{where}.near[{j}]"
        groups, within = (combo.get("all"), combo.get("within")) if isinstance(combo, dict) else (combo, None)
        if not isinstance(groups, list) or len(groups) < 2:
            raise LexiconError(f"{spot}: needs a list of at least two word groups")
        parts = tuple(terms.term_set(g, f"{spot}[{k}]") for k, g in enumerate(groups))
        rules.append(Rule(key, parts, _scope(within, spot, Scope("tokens", 6)), requires, unless, spot))
    if not rules:
        raise LexiconError(f"{where}: needs 'phrases' or 'near'")
    return rules


def collect_stems(*documents: Any) -> FrozenSet[str]:
    """Every ``word*`` stem written anywhere in the data files. They are
    needed before compiling, because a word that starts with a stem is
    matched as that stem on both sides (message and lexicon)."""
    found: set = set()

    def walk(node: Any) -> None:
        if isinstance(node, str):
            found.update(stems_in(node))
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for document in documents:
        walk(document)
    check_stems(found)
    return frozenset(found)


def not_stems(lexicon: Any, stems: FrozenSet[str]) -> FrozenSet[str]:
    """Words listed under ``not_stems`` in lexicon.yml: they begin like a stem
    of another word ("marevan" like "mare*" of "mareo") and are matched as
    written. Every other word that begins with a stem is read as that stem,
    on both sides, so "geschwollen" and "geschwoll*" always agree."""
    words = frozenset(fold(str(w)).strip() for w in ((lexicon or {}).get("not_stems") or []))
    lengths = tuple(sorted({len(s) for s in stems}, reverse=True))
    useless = sorted(w for w in words if stem_of(w, stems, lengths) is None)
    if useless:
        raise LexiconError(f"{LEXICON_FILE.name}: not_stems {useless} start with no stem; remove them")
    return words


def load_lexicon(
    tokenize: Tokenize,
    path: Path = LEXICON_FILE,
    stems: FrozenSet[str] | None = None,
    exact: FrozenSet[str] = frozenset(),
) -> Lexicon:
    data = read_yaml(path) or {}
    situations = _situations_of(data, path)
    word_lists = data.get("word_lists") or {}
    terms = _TermCompiler(word_lists, tokenize, collect_stems(data) if stems is None else stems, exact)
    rules: List[Rule] = []
    for index, block in enumerate(data.get("rules") or []):
        rules += _rules_of_block(block, index, situations, terms)
    covered = {rule.situation for rule in rules}
    reachable = covered | {s.context.history for s in situations.values() if s.context.history in situations}
    reachable |= {s.key for s in situations.values() if s.found_by}
    unused = sorted(set(situations) - reachable)
    if unused:
        raise LexiconError(f"{path.name}: situations with no rule: {unused}")
    return Lexicon(situations=situations, rules=tuple(rules), term_sets=terms.all_sets)


# --- context ---------------------------------------------------------------


def load_context(
    tokenize: Tokenize,
    path: Path = CONTEXT_FILE,
    stems: FrozenSet[str] | None = None,
    exact: FrozenSet[str] = frozenset(),
) -> ContextRules:
    data = read_yaml(path) or {}
    terms = _TermCompiler({}, tokenize, collect_stems(data) if stems is None else stems, exact)
    raw_categories = data.get("categories") or {}
    if set(raw_categories) != set(CONTEXT_CATEGORIES):
        raise LexiconError(f"{path.name}: categories must be exactly {CONTEXT_CATEGORIES}")

    def optional(raw: Any | None, where: str) -> TermSet:
        # An empty list is allowed here (e.g. no extra terminators).
        phrases = terms.phrases(raw or [], where)
        return terms.term_set(phrases, where) if phrases else TermSet(f"empty:{where}", (), frozenset())

    professional = data.get("professional_frame") or {}
    resolved = data.get("resolved_story") or {}
    quotation = data.get("quotation") or {}
    improving = data.get("improving") or {}
    session_over = data.get("session_over") or {}
    categories = []
    for name in CONTEXT_CATEGORIES:
        raw = raw_categories[name] or {}
        where = f"{path.name}: categories.{name}"
        groups = []
        for i, group in enumerate(raw.get("triggers") or []):
            spot = f"{where}.triggers[{i}]"
            if not isinstance(group, dict) or group.get("direction") not in ("forward", "backward", "both"):
                raise LexiconError(f"{spot}: needs direction forward, backward or both")
            window = group.get("window")
            if not isinstance(window, int) or window < 0:
                raise LexiconError(f"{spot}: 'window' must be a number of words")
            groups.append(
                TriggerGroup(group["direction"], window, terms.term_set(group.get("phrases"), spot))
            )
        if not groups:
            raise LexiconError(f"{where}: no triggers")
        categories.append(
            Category(name, tuple(groups), optional(raw.get("terminators"), f"{where}.terminators"))
        )
    return ContextRules(
        categories=tuple(categories),
        pseudo=optional(data.get("pseudo"), f"{path.name}: pseudo"),
        terminators=optional(data.get("terminators"), f"{path.name}: terminators"),
        self_disclosure=optional(data.get("self_disclosure"), f"{path.name}: self_disclosure"),
        third_party_patient=optional(data.get("third_party_patient"), f"{path.name}: third_party_patient"),
        figures_of_speech=optional(data.get("figures_of_speech"), f"{path.name}: figures_of_speech"),
        professional_identity=optional(professional.get("identity"), f"{path.name}: professional_frame.identity"),
        professional_exposure=optional(professional.get("exposure"), f"{path.name}: professional_frame.exposure"),
        professional_routine=optional(professional.get("routine"), f"{path.name}: professional_frame.routine"),
        professional_case=optional(professional.get("case"), f"{path.name}: professional_frame.case"),
        professional_case_exposure=optional(
            professional.get("case_exposure"), f"{path.name}: professional_frame.case_exposure"
        ),
        professional_study=optional(professional.get("study"), f"{path.name}: professional_frame.study"),
        present_moment=optional(data.get("present_moment"), f"{path.name}: present_moment"),
        resolved_story=optional(resolved.get("phrases"), f"{path.name}: resolved_story.phrases"),
        resolved_tale=optional(resolved.get("story"), f"{path.name}: resolved_story.story"),
        resolved_recent=optional(resolved.get("recent"), f"{path.name}: resolved_story.recent"),
        resolved_reopened=optional(resolved.get("reopened"), f"{path.name}: resolved_story.reopened"),
        quotation_sources=optional(quotation.get("sources"), f"{path.name}: quotation.sources"),
        quotation_self_report=optional(quotation.get("self_report"), f"{path.name}: quotation.self_report"),
        improving=optional(improving.get("phrases"), f"{path.name}: improving.phrases"),
        improving_worsening=optional(improving.get("worsening"), f"{path.name}: improving.worsening"),
        improving_contrast=optional(improving.get("contrast"), f"{path.name}: improving.contrast"),
        improving_late=optional(improving.get("late"), f"{path.name}: improving.late"),
        denied_difficulty=optional(data.get("denied_difficulty"), f"{path.name}: denied_difficulty"),
        treated_other_person=optional(data.get("treated_other_person"), f"{path.name}: treated_other_person"),
        session_over=optional(session_over.get("phrases"), f"{path.name}: session_over.phrases"),
        session_over_reopened=optional(session_over.get("reopened"), f"{path.name}: session_over.reopened"),
    )


def situation_list(path: Path = LEXICON_FILE) -> Tuple[Situation, ...]:
    """Every situation the screen can report, in the lexicon's order."""
    return tuple(load_situations(path).values())

