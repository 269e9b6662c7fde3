import pytest

from assistant.safety import Urgency, build_screen
from assistant.safety.urgency import rank


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "😀😀", "???", "<b></b>", "Привет, как дела?"])
def test_messages_without_warning_words_do_not_escalate(screen, text):
    assert screen.assess(text).urgency is None


def test_triggers_are_the_exact_words_of_the_message(screen):
    text = "Hi!! Can I rebook?  My THROAT feels tight & I’m on Xarelto"
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert assessment.triggers == ("THROAT feels tight", "Xarelto")
    for trigger in assessment.triggers:
        assert trigger in text


def test_findings_are_ordered_most_urgent_first(screen):
    assessment = screen.assess("I'm on warfarin. I think it's infected. My cheek has gone white.")
    urgencies = [finding.urgency for finding in assessment.findings]
    assert urgencies == sorted(urgencies, key=rank, reverse=True)
    assert assessment.situation == "vascular_occlusion"
    assert assessment.situations == ("vascular_occlusion", "infection", "anticoagulant")


def test_each_sentence_is_assessed_and_the_highest_urgency_wins(screen):
    assert (
        screen.assess("Can mesotherapy cause infection? My lip has gone white.").urgency is Urgency.EMERGENCY
    )


def test_a_warning_sign_inside_a_long_message_is_found(screen):
    filler = "I wanted to ask about your prices and whether you have Saturday slots. " * 14
    text = filler + "Also my tongue feels massive since this morning. " + filler
    assert len(text) > 2000
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert assessment.triggers == ("tongue feels massive",)


def test_adding_more_words_never_lowers_the_urgency(screen):
    sign = "my lips are swelling"
    for extra in ["", "how much is a session? ", "I am not on warfarin. ", "what if I got an infection? "]:
        assert screen.assess(extra + sign).urgency is Urgency.EMERGENCY


def test_the_screen_is_deterministic_and_keeps_no_state_between_messages(screen):
    text = "im on eliquis and my cheek has gone white"
    first = screen.assess(text)
    screen.assess("my sister had a reaction")
    assert screen.assess(text) == first


def test_two_screens_give_the_same_answers():
    text = "J'ai du mal à respirer"
    assert build_screen().assess(text) == build_screen().assess(text)


def test_the_encoder_adds_a_warning_the_rules_do_not_list(full_screen, screen):
    text = "my neck has blown up and its hard to get my food down"
    assert screen.assess(text).urgency is None  # the rules alone miss this wording
    assessment = full_screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert assessment.findings[0].source == "semantic"


def test_the_encoder_raises_what_the_rules_read_at_a_lower_level(full_screen, screen):
    text = "it's hard to get my food down since the chin injections and my neck looks enormous"
    assert screen.assess(text).urgency is Urgency.SAME_DAY  # trouble swallowing
    assessment = full_screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY  # reads like a threatened airway
    assert {f.source for f in assessment.findings} == {"semantic", "lexicon"}


def test_the_encoder_never_adds_what_the_context_rules_drop(full_screen):
    assert full_screen.assess("I don't have any trouble breathing or swallowing").urgency is None
    assert full_screen.assess("what if I got an infection after it?").urgency is None


def test_the_encoder_does_not_outvote_a_closer_rule_finding(full_screen):
    # Nearest in meaning to an infection, which the rules found: no sepsis on top.
    assessment = full_screen.assess("my injection site is hot, red and spreading 2 days later")
    assert assessment.urgency is Urgency.SAME_DAY
    assert [f.source for f in assessment.findings] == ["lexicon"]


def test_the_screen_runs_on_its_rules_when_the_encoder_cannot_load(monkeypatch):
    from assistant.safety import screen as screen_module
    from assistant.semantic import ModelNotInstalled

    def missing(**_: object) -> None:
        raise ModelNotInstalled("no model here")

    monkeypatch.setattr(screen_module, "build_semantic_signal", missing)
    rules_only = screen_module.build_screen()
    assert rules_only.assess("my throat feels tight").urgency is Urgency.EMERGENCY


# Both read the same: one only the encoder raises, the rest rules at several levels.
ENCODER_ONLY = "lol used enough numbing cream to numb a horse, heart's doing drum and bass now and i feel mega drunk"
RULE_MESSAGES = [
    "my throat feels tight",
    "the injection site is hot, red and spreading 2 days later",
    "is it normal to have small bumps the day after",
    ENCODER_ONLY,
]


def test_the_screen_without_its_encoder_reads_as_the_rules_alone(screen, full_screen):
    rules = full_screen.without_encoder()

    assert [rules.assess(t) for t in RULE_MESSAGES] == [screen.assess(t) for t in RULE_MESSAGES]
    assert full_screen.assess(ENCODER_ONLY).urgency is Urgency.EMERGENCY
    assert rules.assess(ENCODER_ONLY).urgency is None


def test_one_screen_is_shared_in_a_process_and_its_rules_reuse_it():
    from assistant.safety import shared_screen
    from assistant.safety.earlier_treatment import rules_screen

    assert shared_screen() is shared_screen()
    assert rules_screen()._matcher is shared_screen()._matcher  # the compiled lexicon, not a second build
