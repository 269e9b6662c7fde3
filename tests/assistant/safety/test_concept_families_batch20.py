"""Families read from safety batch 20 in the languages the screen reads (German, Polish, Spanish,
English), each in phrasings of its own, with near misses that must stay quiet or at their level.

None of these sentences is taken from a batch: the batches stay blind for the families' next
test. The screen is the one the assistant runs (rules and sentence encoder).
"""

import pytest

from assistant.safety import Urgency, rank

AT_LEAST = {
    Urgency.EMERGENCY: {
        "numbing cream toxicity (de)": [
            "Ich habe viel EMLA unter Folie auf die Beine gemacht, jetzt ist mir so schwindlig und mein Herz holpert",
            "nach der Betäubungscreme kribbeln meine Lippen und alles dreht sich",
            "Betäubungscreme dick drauf, jetzt rast das Herz und die Zunge wird taub",
        ],
        "nothing kept down, little urine (B30)": [
            "nach der Fettwegspritze kann ich seit heute früh nichts mehr drin behalten",
            "seit der Lipolyse muss ich dauernd brechen und war seit gestern kaum pinkeln",
            "after the fat dissolving I've been vomiting constantly and have hardly peed since last night",
            "po lipolizie cały czas wymiotuję i prawie nie sikam",
        ],
        "rash, blisters and a sore mouth (B21)": [
            "seit der Behandlung Ausschlag überall, Blasen an den Beinen und der Mund ist total wund",
            "rash all over my body since the meso, blisters on my legs and my mouth is so sore",
            "sarpullido por todo el cuerpo, ampollas en las piernas y la boca llagada",
        ],
    },
    Urgency.SAME_DAY: {
        "cold sore cluster (de, es)": [
            "seit der Spritze am Mund ein paar Bläschen in einer Gruppe, das brennt",
            "neben dem Einstich sind kleine Bläschen aufgetaucht, kribbelt und brennt",
            "después de las inyecciones me han salido vesículas en grupo en el labio y me arden",
        ],
        "hot growing lump, self-injected or elsewhere (B27)": [
            "I injected myself with lipo ampoules from a website and the lump is hot and getting bigger",
            "selbst gespritzt mit Ampullen aus dem Internet, die Beule ist heiß und wird jeden Tag größer",
            "my sister jabbed herself with a fat dissolver and has a warm lump the size of an egg on her tummy",
        ],
        "fever in degrees (pl, de)": [
            "po zabiegu mam 38,5 stopnia od rana",
            "seit der Mesotherapie habe ich 38 Grad Fieber",
            "od mezoterapii trzyma się 39 stopni",
        ],
        "crooked smile after a chin treatment (pl, es)": [
            "po zabiegu na brodę mam krzywy uśmiech",
            "od lipolizy warga mi się nie rusza po lewej",
            "desde la lipólisis de papada tengo la sonrisa torcida",
            "después de la mesoterapia en la barbilla el labio no se me mueve de un lado",
        ],
        "positive test with dutasteride (B26)": [
            "test wyszedł pozytywny, a miesiąc temu miałam mezo włosów z finasterydem",
            "positive test this morning, I had the dutasteride scalp meso last month",
            "mein Test ist positiv und ich hatte Haar-Mesotherapie mit Dutasterid",
        ],
        "antibiotics did nothing for late lumps (B15)": [
            "dwa miesiące po zabiegu mam bolesne guzy na udach, antybiotyk nie pomógł",
            "seit Wochen schmerzhafte Knoten am Bauch nach der Meso, Antibiotika haben nichts gebracht",
            "bultos dolorosos semanas después de la mesoterapia, el antibiótico no ha hecho nada",
        ],
        "dark blister after the warning (B16)": [
            "she said ring if you get a blister... well one has come up and it's dark",
            "me dijo que la llamara si salía una ampolla, y me ha salido una morada en el muslo",
            "hat gesagt ich soll mich melden wenn eine Blase kommt, jetzt habe ich eine und sie ist dunkel",
        ],
        "widespread small red spots (B21)": [
            "me han salido puntitos rojos por todo el cuerpo después de la mesoterapia",
            "since the injections I've got tiny red spots all over my body",
            "nach der Behandlung rote Pünktchen am ganzen Körper",
        ],
        "bleeding that stops and starts again (B20)": [
            "the injection site keeps bleeding again every time I take the plaster off, I'm on apixaban",
            "it stopped and started again twice since lunch after the meso",
            "po zabiegu przestaje i znowu krwawi",
        ],
    },
    Urgency.REVIEW: {
        "maybe pregnant, short forms (A6)": [
            "prob preg tbh, can i still have my session thurs?",
            "could be preg, shall I cancel tmrw?",
            "think im preg lol is meso ok",
        ],
        "pus-filled breakout before a session (A14)": [
            "mam ropne krosty na brodzie, czy mogę mieć zabieg jutro?",
            "tengo un brote de acné en la frente, ¿puedo ir a la cita?",
            "I've got a bad breakout of pus filled spots on my cheeks, can I still come tomorrow?",
        ],
        "checking photos, more courses at once (A31)": [
            "I can't stop zooming in on my selfies, I've had three courses already and want another course now",
            "I cancelled plans with friends because I didn't want them to see me, can I book more sessions asap?",
            "all I think about is every line on my face, I'll pay whatever it costs for another round",
        ],
    },
}

QUIET = [
    # numbing cream used as directed, nothing felt
    "Betäubungscreme wie angegeben eine Stunde vorher aufgetragen, alles gut",
    # a fever that has gone, and a temperature that is not the patient's
    "po zabiegu miałam 38 stopni, ale już spadła i jest dobrze",
    "die Sauna hat 90 Grad, darf ich nach der Behandlung hin?",
    # a friend's old story of a lump
    "my friend had a hot lump years ago after fillers somewhere else, is meso safer?",
    # acne scars, not an active breakout
    "czy mezoterapia pomoże na blizny po trądziku?",
    # a covid test, not a pregnancy
    "positive covid test, do I need to cancel my scalp meso?",
    # a period stopping and starting, not a wound
    "my period stopped and started again this month, can I still come for meso tomorrow?",
]


@pytest.mark.parametrize(
    "level,text",
    [(level, text) for level, families in AT_LEAST.items() for texts in families.values() for text in texts],
)
def test_family_reaches_its_level(screen, level, text):
    assessment = screen.assess(text)
    assert assessment.urgency is not None and rank(assessment.urgency) >= rank(level), (
        text,
        assessment.urgency,
        assessment.findings,
    )


@pytest.mark.parametrize("text", QUIET)
def test_near_miss_stays_below_same_day(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None or rank(assessment.urgency) < rank(Urgency.SAME_DAY), (
        text,
        assessment.findings,
    )
