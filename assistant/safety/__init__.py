"""Safety screen: reads every patient message and says how urgently a
person must look at it (triage-matrix.md is the specification).

    screen = shared_screen()                # built once per process (seconds)
    assessment = screen.assess("my throat feels tight")
    assessment.urgency       -> Urgency.EMERGENCY   (None: no escalation)
    assessment.findings      -> (Finding(situation="anaphylaxis", row="B8",
                                         urgency=Urgency.EMERGENCY,
                                         trigger="throat feels tight"),)
    situations()             -> every reportable situation with its matrix
                                row, urgency, reply family and description

Deterministic and pure: no Rasa, no network, no model weights. The screen
only ever raises urgency; when the matrix allows two levels for a
situation it reports the higher one unless the message says which.

Layout (code separate from data):

    lexicon.yml    clinician-reviewable situations and phrases, per matrix
                   row and per language (en, es, fr, de, pl)
    context.yml    ConText-style triggers: negated, hypothetical, generic,
                   someone else, history; pseudo-triggers and terminators
    urgency.py     levels and their order        assessment.py  the result
    text.py        accent folding, lemmas, stems, typo correction
    fuzzy.py       edit-distance-1 look-up       patterns.py    phrase notation
    lexicon.py     loading and validation        matching.py    phrase look-up
    context.py     applies context.yml           screen.py      SafetyScreen
    indirect_self_harm.py  affairs put in order with a farewell, hopelessness about one's own
                   life, in 18 languages (matrix A32)

How it matches: spaCy's blank English tokenizer (``assistant.nlp``, the one
the Rasa tokenizer uses), each token's NORM set to an accent-free lemma (or
a foreign stem, or the lexicon word one typo away for words of 6+ letters
that are not English words), and one dictionary of NORM tuples for every
phrase of both data files. Rules combine phrases ("throat" near "tight"), cues
("requires"/"unless") and the context categories; each situation's policy
says what a category does (drop, keep, or report a past complication as a
previous reaction, row A15).

Context library decision (checked on 2026-11-21 in a scratch venv holding
requirements/lock.txt, never in .venv):

- negspacy 1.0.4 installs beside spaCy 3.4.4 (pip check clean) but does
  negation only - no hypothetical, other-person or history categories - and
  needs doc.ents plus sentence boundaries; its termsets are English and
  Spanish only and it matches on LOWER (no accent folding, no lemmas).
- medspaCy 1.3.1 also installed cleanly here (it kept packaging 20.9 on
  this index, both installed after the lock and resolved together with
  rasa 3.6.21) and its ConText does cover negation, hypothetical, family
  and history. We still do not use it: (1) its shipped rules are English
  (102), a machine-generated French set (10,161) and EMPTY files for
  Spanish, German and Polish, so we would write the rules ourselves
  anyway; (2) on this 2-core machine its ConText step alone took 2.1 ms
  for a 1,000-character message with the default rules, the whole budget
  of this screen; (3) it adds 13 packages to Rasa's image, including
  Cython, nltk, PyRuSH, QuickUMLS and pytest as run-time dependencies.
- So ConText is implemented here (context.py, about 120 lines) with its rules as
  data in context.yml: trigger phrases with a direction and a window in
  words, pseudo-triggers, terminators, per language. No new pin is needed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Tuple

from assistant.safety.assessment import Assessment, Finding
from assistant.safety.exceptions import LexiconError, SafetyScreenError
from assistant.safety.lexicon import Situation, situation_list
from assistant.safety.screen import SafetyScreen, build_screen, shared_screen
from assistant.safety.urgency import Urgency, at_least, max_urgency, rank


@lru_cache(maxsize=1)
def situations() -> Tuple[Situation, ...]:
    """Every situation the screen can report: key, matrix row, urgency,
    reply family and a one-line description (read from lexicon.yml)."""
    return situation_list()


__all__ = [
    "Assessment",
    "Finding",
    "LexiconError",
    "SafetyScreen",
    "SafetyScreenError",
    "Situation",
    "Urgency",
    "at_least",
    "build_screen",
    "max_urgency",
    "rank",
    "shared_screen",
    "situations",
]
