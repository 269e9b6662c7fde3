"""Emergencies told as pictures rather than named (after batch 23): a bare farewell, a place that
looks tempting, goodbyes said with a pet rehomed, sight lost in part of the view, rigors and no
urine, confusion told by others, blanching as wax, a dark cold self-injected patch, breathing as
effort, checklist airway answers, a collapse that barely responds (German), and the unread
languages' emergency pictures. Every sentence is in words of its own, not the batch's, with near
misses that must stay quiet or below emergency."""

import pytest

from assistant.safety import Urgency, rank

EMERGENCY = {
    "a bare farewell (A32)": [
        "that's it. bye everyone.",
        "I'm done. farewell all",
        "goodbye world, sorry for everything",
    ],
    "not around to deal with what comes next (A32)": [
        "my sister can sort the complaint, I won't be here to handle it",
        "you can send the invoice to my husband, I wont be around to pay for it",
    ],
    "a place that looks tempting (A32)": [
        "the railway line near my house is looking more and more inviting",
        "honestly the cliff edge seems pretty tempting right now",
    ],
    "better off not having to see me (A32)": [
        "my family would be better off not having to deal with me",
        "they'd all be better off never having met me",
    ],
    "goodbyes said with a pet rehomed or care cancelled (A32)": [
        "I've said my goodbyes to my friends and rehomed the dog, please cancel the rest of my sessions",
        "said goodbye to everyone already. my cat now lives with my neighbour",
    ],
    "sight lost in part of the view (B12)": [
        "since the meso half of my vision went black while I was reading",
        "it's like a curtain over my left eye since the injections",
        "a dark cloud came down over my right eye an hour after the forehead session",
        "after the treatment there's just grey fog in my left eye",
    ],
    "rigors and no urine with a fever (B14)": [
        "had meso on my tummy friday, now teeth chattering uncontrollably and burning up",
        "had fat jabs monday. shivering all night and not passed urine since yesterday, temperature 38.9",
    ],
    "confusion told by others with a fever (B14)": [
        "after the meso I have a fever and my husband says I keep repeating the same story",
        "temperature of 39 since the jabs and my daughter says she keeps asking the same question",
    ],
    "blanching told by a colour (B11)": [
        "the spot above my lip went the colour of putty right after the filler booster",
        "my chin looks like marble and cold since the injection this morning",
    ],
    "a dark cold patch after a self-injection (B11)": [
        "injected fat dissolver into my thigh at home, the area is going black and freezing",
        "did my own jabs off amazon, there's a dusky patch and it's too painful to touch",
    ],
    "breathing as effort with a changing voice or face (B8)": [
        "after the jab it's hard work to breathe and my lips are getting bigger",
        "i'm short of breath when i talk and my tongue feels tight, had meso an hour ago",
    ],
    "checklist answers for a closing airway (B19)": [
        "throat: swollen / breathing: whistling / can't swallow my spit",
    ],
    "a collapse that barely responds (B9, German)": [
        "meine Mutter ist nach der Sitzung umgekippt und ist kaum ansprechbar",
    ],
    "unread languages": [
        # Czech sight going to fog (B12), mouth blisters with a rash (B21), not wanting to be here
        "po ošetření vidím levým okem všechno rozmazaně",
        "mám puchýře na rtech a vyrážku po celém těle",
        "už nechci být tady, nemá to smysl",
        # Turkish rash all over with sores in the mouth (B21)
        "dudaklarımda yaralar var ve bütün vücudumda döküntü",
        # Italian vomiting that does not stop (B30), Portuguese too
        "dopo le iniezioni non smetto di vomitare",
        "estou vomitando sem parar desde a aplicação",
        # Dutch numbing cream with a pounding heart or drowsiness (B10)
        "na de verdovingscrème bonst mijn hart en ik ben slaperig",
        # Swedish fever with confusion (B14)
        "jag har feber och är förvirrad efter behandlingen",
        # Greek blood that will not stop (B20), sight with the eye named first (B12)
        "το αίμα δεν σταματάει από το σημείο της ένεσης",
        "στο αριστερό μάτι δεν βλέπω καλά μετά τη θεραπεία",
        # Portuguese patches like a map, cold (B11)
        "tenho manchas arroxeadas no queixo e está fria depois do preenchimento",
        # Dutch goodbyes with the rest of the course cancelled (A32)
        "ik heb afscheid genomen van mijn familie, de hond gaat naar mijn broer. annuleren graag",
    ],
}

# Near misses: idioms, trips, devices and everyday words that must stay quiet or below emergency.
BELOW_EMERGENCY = [
    "goodbye everyone, see you next week!",
    "all done with my course, goodbye everyone and thanks for everything",
    "the bridge club looks tempting now I'm retired",
    "the cliff walk looks tempting this weekend",
    "I won't be around next week, I'm on holiday",
    "I won't be around to sign for the parcel, can you leave it at the door",
    "half the page vanished when I scrolled the booking form on my phone",
    "my teeth were chattering at the bus stop, it's freezing out",
    "haven't been to the loo since yesterday, I'm a bit constipated",
    "booked a leg wax after my meso, is that ok?",
    "the bruise from my jab has gone dark purple but it's fading",
    "i can't manage 2 litres of water a day, does it matter for meso?",
    "heb je verdovingscrème? ik heb volgende week een afspraak",
    "venku je mlha a bolí mě hlava",
    "μου αρέσει η σκιά ματιών σου",
    "ik heb mijn vrienden gedag gezegd, we verhuizen naar Spanje, kan ik de kuur annuleren?",
]


@pytest.mark.parametrize("text", [text for texts in EMERGENCY.values() for text in texts])
def test_picture_reads_emergency(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY, (text, assessment.urgency, assessment.findings)


@pytest.mark.parametrize("text", BELOW_EMERGENCY)
def test_near_miss_stays_below_emergency(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None or rank(assessment.urgency) < rank(Urgency.EMERGENCY), (
        text,
        assessment.findings,
    )
