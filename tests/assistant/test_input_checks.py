import pytest

from assistant.input_checks import MAX_MESSAGE_CHARS, InputProblem, find_input_problem


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
