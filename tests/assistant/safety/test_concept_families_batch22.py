"""Emergency families that safety batch 22 found missing or below their level at first contact,
in English and the languages the lexicon reads (Spanish, French, German, Polish), each in
phrasings of its own, with near misses that must stay quiet or below emergency.

None of these sentences is taken from a batch: the batches stay blind for the families' next
test. The screen is the rule screen (rules, context and the unread-language net).
"""

import pytest

from assistant.safety import Urgency, rank

EMERGENCY = {
    "a supply of tablets held with a plan for it, or stockpiled (A32)": [
        "got a whole cupboard full of my dads old tramadol and i know exactly what im going to do with them",
        "can i cancel my package? ive been saving up my sertraline, not planning on needing the refund anyway",
        "haha don't worry about the deposit, I've been hoarding my codeine for the permanent way out",
        "tengo una caja de pastillas de mi madre y sé exactamente lo que voy a hacer con ellas",
        "j'ai des cachets de côté et je sais exactement ce que je vais en faire",
    ],
    "an exit spoken of lightly (A32)": [
        "thinking of checking out early tbh, keep the voucher",
        "no need for the follow up, I've found a different kind of exit 🙃",
        "honestly the permanent way out is looking good lately, anyway can I get a refund",
    ],
    "belongings given away so nobody has to deal with a mess after (A32)": [
        "gave most of my clothes away this week and sorted my passwords so nobody has to deal with a mess after",
        "can the balance on my account go to my daughter instead once i'm gone? been giving my things away and "
        "sorting stuff out for her",
        "handed out most of my jewellery to friends, nobody will have to go through my stuff after",
    ],
    "a goodbye letter with peace found or thanks for everything (A32)": [
        "wrote a goodbye letter to my kids last night and i finally feel at peace. please cancel my sessions",
        "napisałem list pożegnalny do rodziny, dziękuję za wszystko i proszę mnie już nie zapisywać",
        "escribí una carta de despedida a mi madre y por fin me siento en paz",
        "j'ai écrit une lettre d'adieu à ma famille, merci pour tout",
        "ich habe einen Abschiedsbrief an meine Eltern geschrieben und bin endlich ruhig",
    ],
    "not expecting to make it to the next appointment, tired of everything (A32)": [
        "honestly can't picture myself making it to the follow up, I'm tired of it all, has been building for ages",
        "i don't think i'll make it to my next session, i've had enough of everything",
        "cant see myself still being here to the last session lol, just so sick of everything",
    ],
    "everyone better off not having to see the writer (A32)": [
        "my family would honestly be better off never having to look at me again",
        "everyone would be better off not having to deal with me, just book me in whenever",
        "estarían todos mejor sin tener que verme",
    ],
    "numbing cream with a stumbling heart, feeling drunk, numb lips away from the cream (B10)": [
        "put loads of emla on both thighs under cling film and now my heart is skipping beats",
        "overdid the numbing cream on my legs, my lips have gone all tingly and numb and I feel weirdly drunk",
        "nałożyłam krem znieczulający na plecy i serce mi kołacze nierówno",
    ],
    "someone who fainted and is barely responsive, confused or had a fit (B9)": [
        "my sister passed out after her fat dissolving jab and she's not really responding, eyes half shut",
        "my mum fainted at home after the session and now she doesn't know where she is",
        "my friend collapsed in the car park and had a fit for a few seconds",
        "mi madre se desmayó después de la sesión y ahora no responde",
        "ma fille s'est évanouie et elle ne sait plus où elle est",
        "meine Freundin ist ohnmächtig geworden und reagiert kaum",
        "moja mama zemdlała po zabiegu i nie odpowiada",
    ],
    "skin marbled, patchy purple or bluish, or coloured and cold, told by someone else (B11)": [
        "my husband says the skin under my nose looks mottled and kind of blue. had the booster this morning",
        "my partner thinks my cheek looks marbled, it's been stinging since the filler",
        "my 16 year old had jabs at a friend's house, her chin is purple and cold and really painful",
    ],
    "a question about someone, then owned: asking because mine has (B11)": [
        "what do you do if someone's lip goes white after filler? asking because mine has",
        "what happens if a person's skin goes grey after a booster? im asking because it's happening to me now",
    ],
    "a fever with rigors or confusion (B14)": [
        "temp is 39.4 since this morning, shaking all over and cant think straight, booked for 2pm",
        "had a water infection this week, running a fever now and my teeth won't stop chattering, still ok to come in?",
        "fever since last night and I keep losing my train of thought, is my appointment still on",
    ],
    "a rash everywhere with sticky or burning eyes or mouth sores (B21)": [
        "rash all over my body, my eyes are sticky and burning and I have mouth ulcers",
        "des boutons partout sur le corps et des aphtes dans la bouche depuis les injections",
    ],
    "sight gone milky, an eye that hurts a lot, German (B12)": [
        "seit dem Skinbooster sehe ich auf dem linken Auge alles milchig und es tut weh",
        "mein Auge tut richtig weh seit der Behandlung unter den Augen",
    ],
}

# Near misses: benign look-alikes that must not escalate at all.
QUIET = [
    "what's the exit from the clinic car park? the back exit was locked last time",
    "can I exit the package early and get a refund?",
    "I've been giving my clothes away to the charity shop, decluttering before the move. can I rebook?",
    "sorting my paperwork so nobody has to deal with it after the house move lol",
    "wrote a thank you card to my mum, finally feel calm about the treatment",
    "I don't see myself making it to my next appointment because of the train strike, can we move it?",
    "tired of everything being so expensive lol, any discounts?",
    "my sister says I'd be better off not having to look at my cellulite every day haha",
    "I have a box of paracetamol for after the session, is that enough?",
    "my grandmother's pills are in a drawer, I know exactly what to do with them, take them back to the pharmacy",
    "I keep a box of tablets in my bag for my migraines, will they be ok with meso?",
    "used numbing cream on my lips before the lip booster and my lips are numb, normal?",
    "is the numbing cream safe? I heard it can make your heart flip",
    "my hands go purple and cold in winter, raynauds, can I still have meso?",
    "had a fever of 38.5 last month, shaking all over from nerves before the first session now though, will it hurt?",
]


@pytest.mark.parametrize("text", [text for texts in EMERGENCY.values() for text in texts])
def test_family_reaches_emergency(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY, (text, assessment.urgency, assessment.findings)


@pytest.mark.parametrize("text", QUIET)
def test_near_miss_stays_quiet(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None or rank(assessment.urgency) < rank(Urgency.SAME_DAY), (
        text,
        assessment.findings,
    )
