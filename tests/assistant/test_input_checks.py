import pytest

from assistant.input_checks import MAX_MESSAGE_CHARS, InputProblem, _tokens, find_input_problem, likely_language


@pytest.mark.parametrize(
    "text, problem",
    [
        ("", InputProblem.EMPTY),
        ("   \n\t ", InputProblem.EMPTY),
        (None, InputProblem.EMPTY),
        ("👍👍", InputProblem.NO_WORDS),
        ("???", InputProblem.NO_WORDS),
        ("<br/><p></p>", InputProblem.NO_WORDS),
        ("a" * (MAX_MESSAGE_CHARS + 1), InputProblem.TOO_LONG),
        ("hola, me duele mucho la cara", InputProblem.OTHER_LANGUAGE),
        ("bonjour, est-ce que ça fait mal ?", InputProblem.OTHER_LANGUAGE),
        ("ich kann nicht atmen", InputProblem.OTHER_LANGUAGE),
        ("nie mogę oddychać po zabiegu", InputProblem.OTHER_LANGUAGE),
        ("здравствуйте, сколько стоит", InputProblem.OTHER_LANGUAGE),
        ("你好，我想预约", InputProblem.OTHER_LANGUAGE),
    ],
)
def test_problem_messages_are_recognised(text, problem):
    assert find_input_problem(text) is problem


@pytest.mark.parametrize(
    "text",
    [
        "what is mesotherapy",
        "wat is meso therapy exactly?? is it like botox",
        "can i wear makeup tmrw",
        "my face is all red n bumpy after meso is that normal",
        "<b>does it hurt?</b>",
        "Robert'); DROP TABLE patients;--",
        "mesotherapy botox kybella aqualyx",
        "hola",  # too short to judge; the classifier decides
        "a" * MAX_MESSAGE_CHARS,
    ],
)
def test_ordinary_english_messages_pass(text):
    assert find_input_problem(text) is None


# nlu08 (blind NLU batch 08): dense English text-speak was taken for Romanian or Polish, because
# "b4" was cut to the letter "b" and single letters like "u", "c", "b" are other languages' stop
# words. New wordings, written for this test.
@pytest.mark.parametrize(
    "text",
    [
        # Taken for Romanian before: three or more one-letter "stop words" and few known words.
        "hw sn b4 u c chnge frm chin meso",
        "hw mch frm u 4 hr meso b4 xmas",
        "hw mny sshns b4 u c rslts",
        "hw sn cn u c rslts b4 xmas",
        "frm wot age cn u hv it n hw mch",
        # Lighter text-speak, English before and after.
        "c u 2moro at ur leeds clinic, wot time r u open",
        "wud it hurt n hw lng is the appt",
        "gr8 thnx, c u nxt wk",
    ],
)
def test_english_text_speak_is_english(text):
    assert find_input_problem(text) is None
    assert likely_language(text) is None


@pytest.mark.parametrize(
    "text, language",
    [
        # Near misses: real messages in the languages read here keep their language, even with a
        # single letter that is also text-speak ("c", "n") or a chat word ("u", "ty", "wat").
        ("byłam u lekarza i ty mówisz że to nic", "pl"),
        ("wat kost een behandeling bij u in de kliniek", "nl"),
        ("c'est combien pour une séance de mésothérapie", "fr"),
        ("am fost la clinica si nu pot sa respir bine", "ro"),
        ("¿cuánto tiempo antes de ver los resultados en la cara?", "es"),
    ],
)
def test_other_languages_keep_their_guess(text, language):
    assert find_input_problem(text) is InputProblem.OTHER_LANGUAGE
    assert likely_language(text) == language


def test_text_speak_with_digits_is_one_word():
    assert _tokens("B4 2day, gr8 - 10 mins") == ["b4", "2day", "gr8", "mins"]
