"""Concept families added after batch 9's first contact: for each class, a general phrasing in
words of its own (no evaluation message, nor a near copy) and a look-alike that must not rise."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency
from assistant.safety.urgency import rank


@pytest.mark.parametrize(
    "text",
    [
        # Wishing not to wake up, or no sense in going on, in the read languages.
        "a veces pienso que ojalá no despertar mañana",
        "je voudrais juste ne plus me réveiller",
        "manchmal will ich einfach nie wieder aufwachen",
        "mam już wszystkiego dość, skończę z tym wszystkim",
        "sinceramente ya no tiene sentido seguir, estoy agotada",
        # A treatment that fails is not a denial of the statement after it.
        "si el tratamiento no funciona me quiero morir",
    ],
)
def test_indirect_self_harm_in_the_read_languages(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert assessment.situation == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "no quiero despertar a mi bebé cuando vaya a la cita",  # waking someone else, not a wish
        "mam dość czekania na wyniki, kiedy będą?",  # fed up with waiting
    ],
)
def test_everyday_sentences_with_those_words_stay_below_emergency(screen, text):
    assert screen.assess(text).urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # Airway: spit that will not go down, drooling, a changed voice.
        ("since the chin injections the saliva just won't go down, I keep spitting into a cup", "airway_compromise"),
        ("drooling onto my pillow, can barely open my mouth after the fat jabs", "airway_compromise"),
        ("my voice sounds muffled and not my own since this afternoon's session", "airway_compromise"),
        ("mi lengua está gruesa y pesada desde la sesión", "anaphylaxis"),
        # Collapse: faints that keep happening, a fit after a faint, a crushed chest, hard to wake.
        ("she fainted in the hallway and her arms were jerking for a few seconds", "collapse"),
        ("keeled over again this evening, that's the third time since the jabs", "collapse"),
        ("feels like an elephant sitting on my chest since the session", "collapse"),
        ("my mum is really hard to wake since her treatment this morning", "collapse"),
        # Sight going in lay words and other languages.
        ("everything went dark and dim in my right eye after the filler", "vision_or_stroke"),
        ("je vois comme dans le brouillard depuis les injections", "vision_or_stroke"),
        ("seit der Behandlung sehe ich wie durch einen Schleier", "vision_or_stroke"),
        # Cold and grey-white skin after treatment, in any order.
        ("the spot by my nose is icy and kind of grey-white since the jab", "vascular_occlusion"),
        ("the pale patch on my cheek is spreading since the injection", "vascular_occlusion"),
        # Sepsis: fever with confusion said as what the carer sees; fever with blotchy skin.
        ("after his session he has a fever and doesn't know where he is", "sepsis"),
        ("mam gorączkę i skóra na brzuchu jest w plamy po zabiegu", "sepsis"),
        # Breath hard to get, in another read language.
        ("depuis la séance je respire à peine", "anaphylaxis"),
    ],
)
def test_emergencies_in_lay_words(screen, text, situation):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert situation in assessment.situations


@pytest.mark.parametrize(
    "text",
    [
        "my dog keeps dribbling on the carpet, can I bring him along?",
        "I've lost my voice from singing at the concert, is my appointment still on?",
        "my hands go icy and pale in cold weather, does that matter for meso?",
        "the price went down, so I booked two sessions",
        "I want to get this off my chest: I loved the results",
        "terrified of needles, I have fainted at blood tests twice before",
        "brain fog from work, I can't think, what time is my appointment?",
    ],
)
def test_look_alikes_of_those_emergencies_stay_below_emergency(screen, text):
    assert screen.assess(text).urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # A faint said in everyday words, now over: same day.
        ("hit the floor in the shop after my session but I'm up and fine now", "fainting_or_dizziness"),
        ("head went all swimmy on the bus home from the clinic", "fainting_or_dizziness"),
        # Lumps that leak weeks later, a crater where it was injected, pain worse than before.
        ("three weeks after the meso the hard bumps on my thigh are seeping", "delayed_infection"),
        ("there's a little ulcer where the needle went in since the treatment", "skin_breakdown"),
        ("it hurts way more now than the day after, day four", "worsening_pain"),
        # A red area that has grown after treatment.
        ("the redness has grown to twice the size since the session", "infection"),
        # A cold sore the day after, in French.
        ("j'ai un bouton de fièvre depuis la séance", "cold_sore_after_treatment"),
    ],
)
def test_same_day_signs_in_lay_words(screen, text, situation):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) >= rank(Urgency.SAME_DAY)
    assert situation in assessment.situations


@pytest.mark.parametrize(
    "text",
    [
        "the swelling went down in a day, thank you!",
        "came round to the idea of booking the full course",
        "feels a bit raw after the peel but that's expected, right?",
        "it hurts more than I expected to pay, the price is a lot",
        "does the scalp one hurt more than the face one?",
    ],
)
def test_look_alikes_of_those_same_day_signs_stay_quiet(screen, text):
    assert rank(screen.assess(text).urgency) < rank(Urgency.SAME_DAY)


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        ("my sugar levels have been all over the place, can I still book?", "diabetes"),
        ("there's a device in my chest that keeps my heart in rhythm, is meso ok?", "heart_condition"),
        ("my scars always end up thick and raised, is that an issue?", "keloid_scarring"),
        ("stopped the roacutane tablets last month, can I book?", "isotretinoin"),
        ("4 weeks post rhinoplasty, can I have the face meso?", "recent_treatment_same_area"),
        ("my dentist's injection once made my face come up in hives", "previous_reaction"),
        ("bread often gets stuck on the way down, I'd like the chin fat treatment", "swallowing_or_neck_lump"),
        ("can I pump and dump after the session? baby is 4 months", "breastfeeding"),
        ("je me trouve tellement moche, je n'ose plus sortir", "body_image_distress"),
        ("mam całą twarz w pryszczach, czy mogę przyjść?", "skin_problem_at_site"),
    ],
)
def test_review_conditions_in_everyday_words(screen, text, situation):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) >= rank(Urgency.REVIEW)
    assert situation in assessment.situations


@pytest.mark.parametrize(
    "text",
    [
        # Idioms and praise on alarming words.
        "the glow from my skin booster is to die for",
        "my new lashes are drop dead gorgeous, what's the price for meso?",
        "the quote nearly gave me a heart attack lol, do you do payment plans?",
        "my complexion looks grey and tired every winter, will a booster brighten it?",
        # General questions about a complication, asked before any treatment.
        "can these injections make you go blind?",
        "a girl at work said you can lose your sight from this, is it true?",
        # Conditions the message says are over, or belong to someone who has died.
        "had eczema on my cheek last year but it's completely healed now",
        "my late father had a pacemaker, I'm healthy, what does meso cost?",
    ],
)
def test_figures_of_speech_general_questions_and_resolved_conditions_stay_quiet(screen, text):
    assert screen.assess(text).urgency is None


def test_a_real_sign_beside_a_figure_of_speech_still_counts(screen):
    assessment = screen.assess("the results are to die for but now my lips are swelling and I can't breathe")
    assert assessment.urgency is Urgency.EMERGENCY


def test_the_encoder_does_not_read_a_figure_of_speech(full_screen):
    assert full_screen.assess("my cheekbones are to die for after the second session!!").urgency is None
