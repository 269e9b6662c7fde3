"""False-alarm families found on blind batches 9-11, each with its own new phrasings.

Every family has benign messages that must stay calm and warnings, written to sit as close to
them as possible, that must still escalate (matrix rule: a real warning is never lowered). None
of these sentences is taken from a batch: the batches stay blind for the families' next test.
"""

import pytest

from assistant.safety import Urgency

CALM = [
    # Laughter and hyperbole built on an alarming word.
    "cant breathe im laughing at that video of your receptionist dancing",
    "laughing so hard i can't breathe at your christmas post, anyway are you open on boxing day",
    "I went white as a ghost when I saw the price list haha, do you do payment plans",
    "my hair is dead dry from bleaching, would scalp meso help it",
    "dead jel of my cousin's results, how much for the same",
    "i look like the walking dead after my night shifts, what helps dark circles",
    "people keep asking if i'm ill because of my eye bags, can you fix that",
    "I get anxious in small spaces, is the treatment room big?",
    "I don't want to be there longer than an hour, my parking runs out",
    # A question about what would happen to someone, or what the clinic would do.
    "if someone gets a rash from it do you give them anything?",
    "the aftercare card says call us if you notice swelling, is that normal to have?",
    "could a person's lips swell from the numbing cream? asking before my first visit",
    # A health professional naming what they meet at work.
    "I'm a paramedic so I deal with anaphylaxis every shift, what do you keep on site for it?",
    "I work in A&E and we see sepsis all the time, are your needles single use?",
    # A medicine taken every day for an underactive thyroid.
    "do I need to skip my levothyroxine on the morning of the appointment?",
    # Words of another language that look like a typo of a lexicon word.
    # (Only in a message recognised as one of the lexicon's languages: a short Spanish message
    # guessed as Romanian still has "encanta" corrected.)
    "ME ENCANTA cómo le quedó la piel a mi amiga, ¿cuánto cuesta la sesión?",
    "me encanta lo que hacéis, ¿tenéis cita para el sábado por la tarde?",
    "me muero por ver los resultados, ¿cuándo se notan?",
]

WARNINGS = [
    ("I can't breathe and I'm not laughing, my throat feels tight", Urgency.EMERGENCY),
    ("cant breathe properly since the jabs, lips tingling", Urgency.EMERGENCY),
    ("the skin went white and cold where she injected my chin", Urgency.EMERGENCY),
    ("my skin is dead and black around one injection point", Urgency.SAME_DAY),  # B16
    ("i don't want to be here anymore, nothing helps", Urgency.EMERGENCY),
    ("what if my throat is closing right now, it feels so tight", Urgency.EMERGENCY),
    ("could my throat be closing? it's tight since the injections", Urgency.EMERGENCY),
    ("could your nurse call me back, my lips are swelling", Urgency.EMERGENCY),
    ("I'm a nurse and I've had a fever and shivers since my treatment yesterday", Urgency.SAME_DAY),
    ("I'm a nurse and I see a white patch on my chin where you injected", Urgency.EMERGENCY),
    ("me muero de dolor y tengo la cara muy hinchada", Urgency.EMERGENCY),
    ("I feel faint and dizzy since my session this morning", Urgency.SAME_DAY),
    ("my face went white as a sheet and I fainted after the treatment", Urgency.SAME_DAY),
    ("I'm claustrophobic and my throat is tight and closing after the jabs", Urgency.EMERGENCY),
    ("i have a thyroid nodule, can i still have chin fat dissolving", Urgency.REVIEW),
    ("estoy embarazada de diez semanas, ¿puedo hacerme la mesoterapia?", Urgency.REVIEW),
]


# False-alarm families of batch 14, each with phrasings of its own, and the warnings beside them.
CALM_BATCH14 = [
    # A health professional's patient named by the condition ("a sepsis patient").
    "I work in A&E and we admitted two anaphylaxis patients last night, do you keep adrenaline at the clinic?",
    "I'm a paramedic and yesterday we got an anaphylaxis call out, anyway can I book the under-eye meso?",
    # A leaflet or form naming complications, and a question about how often they happen.
    "the consent form lists infection and scarring, how likely is that?",
    "your website talks about blocked vessels and skin death, does that happen much?",
    # Mild puffiness under the eyes the day after, nothing else named.
    "the morning after my under-eye treatment I'm a touch puffy, is that normal?",
    # A slight swelling on the day of the session, in Portuguese or Italian.
    "posso tomar banho hoje? fiz a sessão esta manhã e o rosto está ligeiramente inchado",
    "un po' gonfio oggi dopo la mesoterapia, posso mettere il ghiaccio?",
]

WARNINGS_BATCH14 = [
    # The professional's own symptoms, or a condition without a patient of theirs.
    ("I work in A&E and I have had a fever since my session yesterday", Urgency.SAME_DAY),
    ("I'm a nurse and we had a busy week, now I'm shivering and confused since my treatment", Urgency.EMERGENCY),
    ("I'm a nurse and a cancer patient myself, can I still have meso?", Urgency.REVIEW),
    # The leaflet named, and the patient's own sign after it.
    ("the leaflet mentions necrosis and since the injections my skin is going black", Urgency.SAME_DAY),
    (
        "the aftercare sheet says to watch for swelling, my lips are swelling and my throat feels tight",
        Urgency.EMERGENCY,
    ),
    # Puffy under the eyes with redness or soreness, or with the sight changed.
    ("puffy under my eyes since the tear trough meso and they're red and sore", Urgency.SAME_DAY),
    ("puffy under my eyes since yesterday's meso and everything looks blurry on that side", Urgency.EMERGENCY),
    # A swelling that is not slight, days old, at the lips, or with pain.
    ("fiz mesoterapia hoje e está muito inchado e dói", Urgency.SAME_DAY),
    ("fiz mesoterapia há uma semana e ainda está um pouco inchado", Urgency.SAME_DAY),
    ("fiz mesoterapia nos lábios hoje e estão um pouco inchados", Urgency.SAME_DAY),
    ("oggi dopo la mesoterapia ho la faccia un po' gonfia e respiro male", Urgency.EMERGENCY),
]


@pytest.mark.parametrize("text", CALM_BATCH14)
def test_batch14_benign_families_stay_calm(full_screen, text):
    assessment = full_screen.assess(text)
    assert assessment.urgency is None, assessment.findings


@pytest.mark.parametrize("text, urgency", WARNINGS_BATCH14)
def test_batch14_warnings_beside_those_families_still_escalate(full_screen, text, urgency):
    assessment = full_screen.assess(text)
    assert assessment.urgency is not None, text
    assert assessment.urgency.value in _AT_LEAST[urgency], assessment.findings


@pytest.mark.parametrize("text", CALM)
def test_benign_messages_with_alarming_words_stay_calm(full_screen, text):
    assessment = full_screen.assess(text)
    assert assessment.urgency is None, assessment.findings


@pytest.mark.parametrize("text, urgency", WARNINGS)
def test_warnings_next_to_those_families_still_escalate(full_screen, text, urgency):
    assessment = full_screen.assess(text)
    assert assessment.urgency is not None, text
    assert assessment.urgency.value in _AT_LEAST[urgency], assessment.findings


_AT_LEAST = {
    Urgency.EMERGENCY: {"emergency"},
    Urgency.SAME_DAY: {"emergency", "same_day"},
    Urgency.REVIEW: {"emergency", "same_day", "review"},
}


def test_typos_are_still_corrected_in_english_messages(screen):
    # The typo corrector is off only in messages in another language.
    assert screen.assess("my throat is swellling and i cant breath").urgency is Urgency.EMERGENCY
