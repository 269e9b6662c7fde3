"""False-alarm families found on batch 23 (round 14, r14fa), each in wordings of its own, and the
warnings beside them that must still escalate at their level.

None of these sentences is taken from the batch. The rule screen is used (the families are rule
and context changes; the encoder can only add, and the batch evaluation reads the full screen).
"""

import pytest

from assistant.safety import Urgency

_AT_LEAST = {
    Urgency.EMERGENCY: {"emergency"},
    Urgency.SAME_DAY: {"emergency", "same_day"},
    Urgency.REVIEW: {"emergency", "same_day", "review"},
}

CALM = {
    # Needle fear and a faint that is over (A28): lexicon.yml vascular_occlusion unless,
    # context.yml figures_of_speech (cold sweat of fear), hypothetical (a question about what
    # will happen), history (a sign during a past visit).
    "needle fear, a past faint": [
        "went pale and shaky having a blood test last spring, fine ever since. how do I stop that happening?",
        "I break out in a cold sweat just thinking about needles, can I bring my sister?",
        "honestly cold sweats scared of the needle part, is there numbing?",
        "I hate injections, will I pass out at my first session?",
        "I passed out during my previous appointment but was ok straight after, can I lie flat this time?",
        "came over all faint in the session the other week, nurse gave me juice and I was fine. tips?",
    ],
    # A checklist of denials: context.yml negated "nothing" right before the sign.
    "negated checklist": [
        "no heat, no swelling, nothing weeping, just a little pink around the marks",
        "no pain, nothing leaking, only a few red dots from this morning, fine?",
    ],
    # A pet's or a child's illness as the reason to move an appointment: context.yml other_person
    # ("the dog", a bare "Mum had") and resolved_story (seen by the vet).
    "someone else's illness, moving an appointment": [
        "the cat's been vomiting all night so I need to move my appointment, I'm fine",
        (
            "our puppy got stung on the nose and his whole face swelled up, he's fine now after the vet. "
            "can I come at 4 instead?"
        ),
    ],
    # Resolved history: a clot scare ruled out, a parent's illness that is over.
    "resolved history": [
        "had a DVT scare last month but the scan came back clear, is the meso ok?",
        "Mum had sepsis years ago after a kidney infection, she's fully recovered now. Is meso ok for her?",
    ],
    # Expected after-effects said with reassurance.
    "expected after-effects, reassured": [
        "chin swollen and firm 3 days after fat dissolving, I can eat and drink fine, is that normal?",
        "jaw puffy and hard after the chin jabs on monday but I can swallow normally, how long does it last?",
        "little goosebump rash where she put the needle in, done 2 hours ago, normal?",
    ],
    # The dentist as a comparison for numbness (lexicon.yml previous_reaction unless).
    "dentist as a comparison": [
        "my chin is swollen as they said it would be and a bit numb, same as after the dentist. normal?",
    ],
}

WARNINGS = {
    "needle fear, a past faint": [
        ("my skin went white where she injected and it's cold to touch", Urgency.EMERGENCY),
        ("I went white and wobbly after the meso an hour ago and my cheek looks grey", Urgency.EMERGENCY),
        ("I'm having cold sweats and shivering tonight after the meso", Urgency.SAME_DAY),
        ("I feel really faint right now, am I going to pass out?", Urgency.SAME_DAY),
        ("I fainted after the meso today and still feel dizzy", Urgency.SAME_DAY),
        ("I felt faint during the session this morning and I'm still dizzy", Urgency.SAME_DAY),
    ],
    "negated checklist": [
        ("nothing oozing but it's hot and spreading and pus came out this morning", Urgency.SAME_DAY),
    ],
    "someone else's illness, moving an appointment": [
        ("the dog bit me and my lip is swelling up and my throat feels tight", Urgency.EMERGENCY),
        ("Mum had sepsis after her meso and she's in hospital now", Urgency.EMERGENCY),
    ],
    "resolved history": [
        ("I had a DVT last year and the clot is still there", Urgency.REVIEW),
        ("I had a DVT scare and they found a clot in my leg", Urgency.REVIEW),
        ("I'm on warfarin and have a big bruise that keeps growing after the meso", Urgency.SAME_DAY),
    ],
    "expected after-effects, reassured": [
        ("my chin is swollen after the fat dissolving and I can swallow but it's hard", Urgency.SAME_DAY),
        ("neck swollen after fat dissolving, swallowing is hard and I can't breathe properly", Urgency.EMERGENCY),
        ("itchy rash spreading over my neck after the meso this afternoon", Urgency.SAME_DAY),
    ],
    "dentist as a comparison": [
        ("I had a reaction at the dentist once, my face swelled up", Urgency.REVIEW),
    ],
}


@pytest.mark.parametrize("text", [t for texts in CALM.values() for t in texts], ids=lambda t: t[:40])
def test_calm_messages_stay_quiet(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, assessment.findings


@pytest.mark.parametrize("text,level", [w for ws in WARNINGS.values() for w in ws], ids=lambda x: str(x)[:40])
def test_warnings_keep_their_level(screen, text, level):
    assessment = screen.assess(text)
    assert assessment.urgency is not None and assessment.urgency.value in _AT_LEAST[level], assessment.findings
