"""Emergency concept families added after batch 16's first contact: for each, general phrasings
in words of their own (no evaluation message, nor a near copy) at emergency level, in every read
language where the family was missing, and near-miss look-alikes that must stay below it."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency

# (text, the emergency situation it must be read as)
FAMILIES = {
    # 1. Voice-to-text homophones of the airway words: breathe as breed, breeze or brief; tongue as
    # tong or tung.
    "dictated_airway_words": [
        ("had the skin booster an hour ago and I cant breed very well, everything feels tight", "anaphylaxis"),
        ("voice note sorry: since the jabs I'm struggling to breed in properly", "anaphylaxis"),
        ("my breeding feels really weird since the chin fat dissolving", "anaphylaxis"),
        ("she can hardly breeze properly after her meso, what do we do", "anaphylaxis"),
        ("her tong is swelling up after the lip meso and she's scared", "anaphylaxis"),
        ("my tung has gone massive and its only 10 mins after the injections", "anaphylaxis"),
        ("I can't breed since the injections and my throat feels strange", "anaphylaxis"),
        ("having trouble breeding since my meso this afternoon", "anaphylaxis"),
        ("weezing since the booster 20 mins ago", "anaphylaxis"),
    ],
    # 2. A warning sign buried in a long rambling message and waved away: an exception word of
    # another clause (a filler named, a booking) never excuses a tight chest, wheeze or tongue.
    "buried_and_minimised": [
        (
            "So I had the face meso at lunch, then picked the kids up, took the dog to the vet because he'd eaten "
            "a sock (he's fine), made tea, and somewhere in all that my throat started to feel tight and I'm a bit "
            "wheezy, it's probably just the dog hair to be honest, anyway what time do you open tomorrow so I can "
            "rebook?",
            "anaphylaxis",
        ),
        (
            "Long one sorry. Session was great, your nurse was lovely and the parking was easy. Drove to my "
            "sister's, we had lunch and I showed her the leaflet about lip filler she wants, then my chest went "
            "tight and I'm wheezing a bit now, probably just the cold air, I've got my inhaler though. Anyway can "
            "I wear make up tonight?",
            "anaphylaxis",
        ),
        (
            "Thanks for today! I'm planning a spa day on Sunday with the girls and want to know about saunas "
            "after. Oh and I keep coughing and my chest feels really tight since about an hour after, probably "
            "nothing, just the aircon in the car I reckon. What's the earliest I can have a sauna?",
            "anaphylaxis",
        ),
        (
            "had meso this morning and I've been running around all day with work and the school run and the "
            "shopping and I noticed my tongue feels thick and swollen, probably just tiredness, I'll see how it "
            "goes, what's your cancellation policy btw",
            "anaphylaxis",
        ),
        ("lol my lips look like I've been punched since the jabs, prob nothing", "anaphylaxis"),
    ],
    # 3. A pale, white or blanched patch with pain after an injection, whoever has it and whoever
    # reports it ("she says one side of...", "he says it hurts").
    "pale_patch_with_pain": [
        (
            "my wife had the skin booster two hours ago, a patch on her chin has gone white and she says it "
            "really hurts",
            "vascular_occlusion",
        ),
        (
            "he says one side of his lip has turned pale since the injections this morning and it's throbbing",
            "vascular_occlusion",
        ),
        (
            "my daughter's cheek has a blanched patch where the needle went in and she's in a lot of pain",
            "vascular_occlusion",
        ),
        (
            "my friend had the booster this morning and now a bit of her nose has gone all white and it's really "
            "painful she says",
            "vascular_occlusion",
        ),
        ("her temple has lost its colour since the injection and it's hurting loads", "vascular_occlusion"),
        ("since the jabs there's a whitish patch on my forehead and it hurts like mad", "vascular_occlusion"),
    ],
    # 4. An arm or leg that will not move (well) and speech gone strange: stroke signs in every read
    # language.
    "arm_and_speech": [
        (
            "my dad can't lift his left arm properly since this morning and his speech sounds strange",
            "vision_or_stroke",
        ),
        ("she started talking funny an hour after the meso, can't lift her right arm", "vision_or_stroke"),
        ("his arm won't move and he's slurring since the treatment", "vision_or_stroke"),
        ("mi madre no puede mover bien el brazo derecho y habla rara desde esta tarde", "vision_or_stroke"),
        ("mon père n'arrive plus à bouger le bras gauche et il parle bizarrement", "vision_or_stroke"),
        ("meine Mutter kann den rechten Arm nicht mehr richtig bewegen und spricht komisch", "vision_or_stroke"),
        ("mama nie może dobrze ruszać prawą ręką i mówi dziwnie", "vision_or_stroke"),
        ("mio padre non riesce a alzare bene la gamba sinistra e biascica", "unread_language_emergency"),
        ("minha avó não consegue mexer direito o braço esquerdo e está falando enrolado", "unread_language_emergency"),
    ],
    # 5. Self-harm as an idiom of each read language, and the verb written as an emoji or slang.
    "self_harm_idioms": [
        ("si esto no sale bien me voy a quitar de en medio, ya está", "self_harm"),
        ("no quiero seguir viviendo así con esta cara", "self_harm"),
        ("j'ai envie de me foutre en l'air, rien ne marche", "self_harm"),
        ("je ne veux plus me réveiller le matin", "self_harm"),
        ("ich bin lebensmüde, nichts hilft bei meiner Haut", "self_harm"),
        ("Ich will einfach nicht mehr aufwachen", "self_harm"),
        ("nie chcę już tak dalej żyć z taką twarzą", "self_harm"),
        ("myślę żeby targnąć się na swoje życie", "self_harm"),
        ("se non funziona mi tolgo di mezzo", "unread_language_emergency"),
        ("não quero mais viver assim, nada funciona", "unread_language_emergency"),
        ("honestly gonna 🔪 myself if this doesnt work", "self_harm"),
        ("might ☠️ myself lol no seriously i cant do this", "self_harm"),
        ("thinking about how to unalive myself tonight", "self_harm"),
        ("i just wanna kms", "self_harm"),
    ],
    # 6. Noisy breathing in (stridor) and barely able to talk, in the third person.
    "stridor": [
        (
            "my son had fat dissolving on his chin this morning, there's a high pitched noise every time he "
            "breathes in and he can hardly speak",
            "airway_compromise",
        ),
        ("after her neck injections my mum is making a whistling sound when she breathes in", "airway_compromise"),
        ("he can barely talk since the kybella and his breathing sounds odd", "airway_compromise"),
        (
            "she's struggling to speak and there's a squeaky noise when she breathes in, had her chin done today",
            "airway_compromise",
        ),
    ],
    # 7. A fever with fainting, confusion or mottled, purple-patchy skin, anywhere in the message
    # (a list's lines are sentences of their own).
    "sepsis_picture": [
        ("temperature of 39 since the session and I nearly fainted in the shower", "sepsis"),
        ("running a fever after my jabs and my legs have gone mottled", "sepsis"),
        ("fever and my knees look purple and blotchy since the tummy injections", "sepsis"),
        ("high temp and my husband says I'm confused, had meso two days ago", "sepsis"),
        ("- treated Tuesday\n- fever\n- passed out this morning", "sepsis"),
        ("tengo fiebre desde la mesoterapia y casi me desmayo al levantarme", "sepsis"),
        ("j'ai de la fièvre et des marbrures sur les genoux depuis la séance", "sepsis"),
        ("Fieber seit der Behandlung und ich bin heute früh umgekippt", "sepsis"),
        ("mam gorączkę i zemdlałam po zabiegu", "sepsis"),
        ("ho la febbre dopo la mesoterapia e sono svenuta stamattina", "unread_language_emergency"),
    ],
}

NEAR_MISSES = {
    "dictated_airway_words": [
        "we can't breed our labrador until she's two, can I still book the meso for Friday?",
        "I breed rabbits and they're having trouble breeding this year lol, anyway can I book",
        "my curling tongs are too big for my short hair, will the scalp meso affect styling?",
        "the bbq tongs are massive, anyway is it ok to drink after my session?",
        "I can't brief my team properly this week, so can we move my appointment?",
        "can't breeze through the aftercare sheet, it's so long! what does it say about make up?",
    ],
    "buried_and_minimised": [
        "So I had the face meso at lunch, then picked the kids up, took the dog to the vet because he'd eaten a "
        "sock (he's fine), made tea, and my face is a bit pink and tingly like the nurse said it would be, "
        "probably totally normal, anyway what time do you open tomorrow?",
        "Long one sorry. Session was great, your nurse was lovely and the parking was easy. Drove to my sister's "
        "and she's booking lip filler for her wedding, lips will look huge she says lol. Anyway can I wear make "
        "up tonight?",
        "my lips look amazing, like I've had filler but natural, love them!",
    ],
    "pale_patch_with_pain": [
        "my friend says one side of her face looks brighter since her booster, she loves it",
        "my mum's forehead was pale and sore after a bruise last year, can she have meso?",
        "she says it looks a bit pink where the needles went in and it's tender, totally normal right?",
        "I've always been pale and my cheek is a bit sore after the jabs today, normal?",
    ],
    "arm_and_speech": [
        "my son talks funny on purpose to wind me up lol, can he come with me to my appointment?",
        "she speaks strange English, she's from Italy, can she book?",
        "mi hijo habla rarísimo cuando está cansado, jaja. ¿Puedo reservar?",
        "my mum always talks funny when she's tired lol, can she book too?",
        "my mum can't lift her arm above her head since her shoulder op, can she still have meso?",
        "mio padre parla bene l'inglese, può prenotare lui?",
    ],
    "self_harm_idioms": [
        "im dead 💀 lol that price",
        "😂💀 I nearly died laughing at your post",
        "si molesto me quito de en medio y vuelvo otro día",
        "veuillez me supprimer de votre liste de diffusion svp",
        "Ich möchte mir etwas Gutes antun, welche Behandlung empfehlen Sie?",
        "I ran 10 kms this morning, can I still have my meso?",
    ],
    "stridor": [
        "my nose makes a whistling sound when I breathe in, is that a problem for the nose meso?",
        "I can barely talk, I've got a cold and sore throat, should I still come for my meso tomorrow?",
        "I can barely talk to my husband about the cost lol",
        "my husband snores with a rattling noise when he breathes in, unrelated, can I book?",
    ],
    "sepsis_picture": [
        "I fainted at my first session years ago, but now I've had a slight fever for a day after my second, normal?",
        "a bit confused by the aftercare sheet, and I've had a temperature since yesterday",
        "I'm 39 and have a faint bruise from the meso",
        "my legs look blotchy from fake tan and I feel a bit fluey",
    ],
}


@pytest.mark.parametrize(
    ("text", "situation"),
    [case for cases in FAMILIES.values() for case in cases],
)
def test_family_is_an_emergency(screen, text, situation):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY, assessment
    assert situation in [finding.situation for finding in assessment.findings], assessment


@pytest.mark.parametrize("text", [text for texts in NEAR_MISSES.values() for text in texts])
def test_near_misses_are_not_emergencies(screen, text):
    assert screen.assess(text).urgency is not Urgency.EMERGENCY


def test_every_family_has_wordings_and_near_misses():
    assert FAMILIES.keys() == NEAR_MISSES.keys()
    for family in FAMILIES:
        assert len(FAMILIES[family]) >= 4, family
        assert len(NEAR_MISSES[family]) >= 2, family


def test_a_filler_named_elsewhere_in_the_sentence_does_not_excuse_a_wheeze(screen):
    """The batch-16 cause: "filler" anywhere in a run-on sentence used to excuse every anaphylaxis
    rule. It excuses swollen lips only (filler swells lips), never a tight chest or a wheeze."""
    wheeze = "after the meso I went to see my sister who had lip filler last year and now my chest is tight and wheezy"
    assert screen.assess(wheeze).urgency is Urgency.EMERGENCY
    lips = "had lip filler at another clinic this morning and my lips are swollen, is that normal?"
    assert screen.assess(lips).urgency is not Urgency.EMERGENCY


def test_an_emergency_exception_reaches_only_the_nearby_words(screen):
    """A sentence-wide exception of an emergency rule reaches about a clause either side of the
    warning, not a whole rambling sentence."""
    far = (
        "I had my appointment this morning which was lovely and the receptionist was so kind about the "
        "photos and then I went shopping for ages and now my vision has gone blurry in my left eye"
    )
    assert screen.assess(far).urgency is Urgency.EMERGENCY
    near = "the photos on your website look blurry on my phone"
    assert screen.assess(near).urgency is not Urgency.EMERGENCY
