"""Concept families added after batch 10's first contact: for each class, general phrasings in
words of their own (no evaluation message, nor a near copy) and look-alikes that must stay below
the emergency level."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency


@pytest.mark.parametrize(
    "text",
    [
        # Not wanting to wake up or be here, hedged; robust to capitals and missing apostrophes.
        "HONESTLY I DONT THINK I WANT TO BE HERE ANYMORE",
        "not sure i wanna wake up again tbh",
        "dont really want to keep going if my skin stays like this",
        # Ending things for good; "no more me".
        "im ending everything for good this weekend",
        "been thinking about ending things",
        "no more me, no more pain, that's the plan",
        # A means named: stepping in front of traffic, a whole supply swallowed.
        "i keep imagining walking in front of the bus",
        "i swallowed the whole box of sleeping tablets",
        # The same families in the read languages.
        "j'ai pris toutes mes plaquettes de comprimés",
        "je voulais seulement que tout s'arrête",
        "quiero dormirme y no despertar",
        "ich möchte einfach einschlafen und nicht mehr aufwachen",
        "chcę usnąć i się już nie obudzić",
    ],
)
def test_indirect_self_harm_families(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert assessment.situation == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "i dont think i want to book again, the results were meh",
        "no more appointments for me this month please",
        "we are ending the contract for good",
        "ending things with my boyfriend for good, new me!",
        "no more anything sweet for me, diet starts monday",
        "i dont think i want to wake up early for a 7am slot",
        # Figures of speech and everyday events that hold a warning word.
        "sorry i'm allergic to early starts, anything after 10?",
        "my heart is pounding at the thought of the needles lol, is that normal",
        "a little blood when i took the dressing off, stopped at once",
        "my daughter was sick all over me so running late",
        "es cierto que la mesoterapia elimina la celulitis?",
        "had a sunburn on holiday but it's long gone now, all fine",
    ],
)
def test_look_alikes_of_self_harm_and_figures_of_speech_stay_quiet(screen, text):
    assert screen.assess(text).urgency is None


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # A blocked vessel: mixed blue-grey skin; a patch paler than the rest and cold.
        ("after my lip filler the corner of my mouth looks a blue grey colour and it hurts", "vascular_occlusion"),
        ("the area near my nostril is a purplish grey since the jab", "vascular_occlusion"),
        ("this patch by my lip is way paler than my other cheek and icy cold", "vascular_occlusion"),
        # Sight: a blob in the middle of what one eye sees; almost nothing seen in German.
        ("there's a dark blob over the centre of my vision in the left eye since the filler", "vision_or_stroke"),
        ("i can't see anything out of my right eye since the tear trough treatment", "vision_or_stroke"),
        ("seit heute sehe ich mit dem rechten Auge fast nichts", "vision_or_stroke"),
        # FAST in everyday verbs.
        ("mum's mouth has dropped on one side and she can't raise her right arm", "vision_or_stroke"),
        # Shivering that will not stop, with a fever; a fever with blotchy skin in Spanish.
        ("shivering for hours, can't stop, temp 39.5 after the meso", "sepsis"),
        ("tengo fiebre y la piel del pecho está como manchada", "sepsis"),
        # Bleeding through more than one towel or cloth.
        ("bled through three tea towels already, it's the injection point", "severe_bleeding"),
        ("on apixaban and the jab site has soaked through two cloths", "severe_bleeding"),
        # A body-wide rash with blisters in the mouth.
        ("rash everywhere on my whole body and there are blisters in my mouth", "severe_skin_reaction"),
        # Nothing kept down and hardly any urine.
        ("been being sick all day cant keep water down and barely peed", "liver_or_kidney_warning"),
    ],
)
def test_emergencies_in_lay_words(screen, text, situation):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert situation in {finding.situation for finding in assessment.findings}


@pytest.mark.parametrize(
    "text",
    [
        "i got grey hair with a blue tint, any toner treatment?",
        "my glasses have a smudge on the lens, sorry can't read the form",
        "my face dropped when i saw the price lol",
        "my eyes sting from the sun cream, no rash",
        "I was sick all day yesterday with a bug but fine now",
        # Italian, unread: numbing cream asked about; speaking to someone.
        "uso la crema anestetica prima della ceretta, va bene?",
        "non riesco a parlare con la reception, posso prenotare qui?",
    ],
)
def test_look_alikes_of_those_emergencies_stay_below_emergency(screen, text):
    assert screen.assess(text).urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # Italian and Portuguese are not read: phrases for swallowing or speech gone, a weak arm,
        # numbing cream followed by shaking.
        "da stamattina non riesco a deglutire bene, ho fatto il filler alle labbra",
        "mio padre ha il braccio sinistro debole e la bocca storta",
        "a minha mãe tem o braço direito fraco desde ontem",
        "ho spalmato la crema anestetica su tutte le gambe e ora tremo",
    ],
)
def test_unread_languages_emergency_phrases(screen, text):
    assert screen.assess(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        # The same words as a real sign still count.
        ("i'm allergic to penicillin and work is stressful", Urgency.REVIEW),
        ("my heart is racing and i feel faint since the jab", Urgency.SAME_DAY),
        ("took the dressing off and the skin underneath is peeling in sheets and blistering", Urgency.EMERGENCY),
        ("tengo celulitis en la pierna, está roja y caliente", Urgency.SAME_DAY),
    ],
)
def test_real_signs_beside_those_words_still_count(screen, text, urgency):
    assert screen.assess(text).urgency is urgency


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        ("a red streak is going up my arm from the jab", "infection"),
        ("small watery bubbles came up on my cheek since the booster", "skin_breakdown"),
        ("since the chin jabs it feels like something is stuck in my throat", "swallowing_difficulty"),
        ("it takes me several tries to get my food down after the fat dissolving", "swallowing_difficulty"),
        ("the plaster keeps turning red after the jab, on my third one", "bleeding_or_expanding_swelling"),
    ],
)
def test_same_day_signs_in_lay_words(screen, text, situation):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.SAME_DAY
    assert assessment.situation == situation


@pytest.mark.parametrize(
    "text",
    [
        "i love bubble bath, can i have one after the treatment?",
        "tiny bubbles in the serum after i shook it, is it ok?",
    ],
)
def test_bubbles_that_are_not_blisters_stay_quiet(screen, text):
    assert screen.assess(text).urgency is None
