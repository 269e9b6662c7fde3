import re
from pathlib import Path

import pytest

from assistant.safety import LexiconError, Urgency, build_screen, situations
from assistant.safety.lexicon import CONTEXT_FILE, LEXICON_FILE

# The triage matrix rows that must escalate, with their (lowest) level.
# B27 (treated elsewhere) is triaged per symptom, so it has no situation.
_REVIEW_ROWS = "A6 A7 A8 A9 A11 A12 A13 A14 A15 A16 A17 A18 A19 A20 A21 A22 A23 A24 A25 A26 A31 B23 B26"
_SAME_DAY_ROWS = "B7 B9 B13 B14 B15 B16 B17 B18 B19 B20 B21 B28 B29 B30"
_EMERGENCY_ROWS = "A32 B8 B10 B11 B12"
MATRIX_ESCALATING_ROWS = {
    **{row: Urgency.REVIEW for row in _REVIEW_ROWS.split()},
    **{row: Urgency.SAME_DAY for row in _SAME_DAY_ROWS.split()},
    **{row: Urgency.EMERGENCY for row in _EMERGENCY_ROWS.split()},
}
# B23 ("INFO + prompt routine review": pause further sessions until a
# clinician has looked) is screened as a review, because no further session
# may be booked before that check - what REVIEW means.
MATRIX_INFO_ROWS = set(
    "A1 A2 A3 A4 A5 A10 A27 A28 A29 A30 B1 B2 B3 B4 B5 B6 B22 B24 B25 B27 B31 B32 B33".split()
)


def test_every_escalating_matrix_row_has_a_situation_at_its_level():
    levels = {}
    for situation in situations():
        levels.setdefault(situation.row, set()).add(situation.urgency)
    for row, minimum in MATRIX_ESCALATING_ROWS.items():
        assert row in levels, f"matrix row {row} has no situation"
        assert minimum in levels[row], f"matrix row {row} lacks its {minimum.value} situation"


def test_info_rows_never_escalate():
    assert not {s.row for s in situations()} & MATRIX_INFO_ROWS


def test_situations_are_documented_for_the_rasa_side_and_the_console():
    keys = [s.key for s in situations()]
    assert len(keys) == len(set(keys))
    for situation in situations():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", situation.key)
        # A matrix row, or R<n>: one of the matrix's rules for every conversation.
        assert re.fullmatch(r"[AB]\d{1,2}|R\d", situation.row)
        assert situation.family and situation.description.endswith(".")
        assert "\n" not in situation.description


def test_the_examples_in_the_issue_name_these_situations():
    keys = {s.key for s in situations()}
    assert {"anaphylaxis", "vascular_occlusion", "self_harm", "anticoagulant"} <= keys


def _write(tmp_path: Path, lexicon_text: str) -> Path:
    path = tmp_path / "lexicon.yml"
    path.write_text(lexicon_text, encoding="utf-8")
    return path


_SITUATION = """
situations:
  anaphylaxis:
    row: B8
    urgency: emergency
    family: anaphylaxis
    description: Anaphylaxis.
"""


@pytest.mark.parametrize(
    "rules, message",
    [
        ("rules:\n  - {situation: nosuch, phrases: [x]}\n", "unknown situation 'nosuch'"),
        ("rules:\n  - {situation: anaphylaxis, phrases: [$nolist]}\n", "unknown word list '$nolist'"),
        ('rules:\n  - {situation: anaphylaxis, phrases: ["(a|b"]}\n', "unbalanced brackets"),
        ('rules:\n  - {situation: anaphylaxis, phrases: ["hinch* hinchaz*"]}\n', "already covers"),
        ("rules:\n  - {situation: anaphylaxis, near: [[throat]]}\n", "at least two word groups"),
        ("rules:\n  - {situation: anaphylaxis, phrases: {xx: [a]}}\n", "unknown language"),
        ("rules: []\n", "situations with no rule"),
        ('rules:\n  - {situation: anaphylaxis, phrases: ["throat \\\\d+"]}\n', "no regular expressions"),
        ("rules:\n  - situation: anaphylaxis\n    phrases: [throat]\n    phrases: [tongue]\n", "written twice"),
    ],
)
def test_mistakes_in_the_lexicon_fail_when_building_with_the_entry_named(tmp_path, rules, message):
    path = _write(tmp_path, _SITUATION + rules)
    with pytest.raises(LexiconError, match=re.escape(message)):
        build_screen(lexicon_path=path, context_path=CONTEXT_FILE, semantic=False)


def test_a_small_lexicon_of_its_own_builds_a_working_screen(tmp_path):
    path = _write(
        tmp_path, _SITUATION + 'rules:\n  - {situation: anaphylaxis, phrases: ["(can\'t|cannot) breathe"]}\n'
    )
    screen = build_screen(lexicon_path=path, context_path=CONTEXT_FILE, semantic=False)
    assert screen.assess("I cannot breathe").situation == "anaphylaxis"
    assert screen.assess("no I'm fine").urgency is None


def test_the_shipped_data_files_are_next_to_the_code():
    assert LEXICON_FILE.parent == CONTEXT_FILE.parent == Path(build_screen.__code__.co_filename).parent
