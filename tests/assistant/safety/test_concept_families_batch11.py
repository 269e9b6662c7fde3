"""Concept families added after batch 11's first contact: for each, general phrasings in words of
their own (no evaluation message, nor a near copy), and near-miss look-alikes that must stay
calm."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency

BLEEDING = "bleeding_or_expanding_swelling"


@pytest.mark.parametrize(
    "text",
    [
        # Pets or belongings handed on.
        "told my brother he can keep my dog for good",
        "ive worked out who gets my things, so that's sorted",
        "found a good home for my cats this week, they'll be happier there",
        "been giving away all my belongings, wont be needing them",
        # Money no longer needed after a date.
        "just charge whatever, i won't need my savings much longer",
        "price doesnt matter, im not gonna need the money by christmas",
        # Waiting at a height.
        "sitting on the ledge of the car park roof right now",
        "i'm standing on the railway bridge again",
        # An ultimatum about living, not about the clinic.
        "if the next round doesn't work on my skin then i'm done. properly done.",
    ],
)
def test_indirect_self_harm_said_in_passing(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert assessment.situation == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "gave my old clothes to charity, decluttering before the move",
        "my neighbour is looking after my dog while i'm on holiday, can i book for the 12th",
        "we stood on the bridge to watch the fireworks, lovely night",
        "if this cream doesn't work i'm done with it, i'll try the laser instead",
        "i won't need the parking permit after 5pm right?",
        "im done with my session, thanks so much, see you in a month",
    ],
)
def test_look_alikes_of_settling_affairs_stay_calm(screen, text):
    assert screen.assess(text).urgency is None


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # A breath that will not fill, even when breathlessness is denied first.
        ("I can't take a deep breath since the booster this morning", "anaphylaxis"),
        ("not short of breath exactly, just can't take a proper breath", "anaphylaxis"),
        ("feels like my breath won't go all the way in, had the neck done an hour ago", "anaphylaxis"),
        ("nie mogę wziąć głębokiego oddechu od zabiegu", "anaphylaxis"),
        # Faintness with a face or lips puffing up.
        ("feeling really light headed and my lips have gone puffy", "anaphylaxis"),
        ("mum says she feels dizzy and her face is swelling up after the skin booster", "anaphylaxis"),
        ("je me sens mal, j'ai des vertiges et le visage tout gonflé", "anaphylaxis"),
        # Words that will not come: a stroke sign, whoever it is.
        ("my husband is struggling to find his words and his mouth looks lower on one side", "vision_or_stroke"),
        ("she keeps mixing up her words since lunch", "vision_or_stroke"),
        ("my speech has gone weird and slow in the last half hour", "vision_or_stroke"),
        ("mein Vater findet seine Worte nicht mehr", "vision_or_stroke"),
        # Blood pouring, in read languages.
        ("z ranki po zastrzyku tryska krew", "severe_bleeding"),
        ("me sale sangre a chorros del pinchazo", "severe_bleeding"),
        ("das Blut läuft nur so raus aus der Einstichstelle", "severe_bleeding"),
    ],
)
def test_emergency_concepts_in_new_words(screen, text, situation):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert situation in {finding.situation for finding in assessment.findings}


@pytest.mark.parametrize(
    "text",
    [
        "i can't find the words to thank you enough, my skin looks amazing",
        "I fainted once at school years ago, my face is naturally a bit puffy in the mornings, can I book?",
        "take a deep breath they said lol, all went fine",
    ],
)
def test_look_alikes_of_breath_faint_and_speech_stay_below_emergency(screen, text):
    assert screen.assess(text).urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # Italian and Portuguese are not read: skin turned white or grey, blisters with a sore
        # mouth or eyes.
        "la guancia si è fatta grigia e fa un male cane dopo il trattamento",
        "a pele do nariz ficou branca e dói muito desde a aplicação",
        "ho vesciche su tutto il corpo e la bocca piena di piaghe",
        "apareceram bolhas nos braços e agora os olhos estão vermelhos",
        # Giving a pet away, in Italian and Portuguese.
        "ho già regalato il mio gatto, non mi serve più niente",
        "dei o meu gato à vizinha, já não preciso de nada",
    ],
)
def test_unread_languages_new_emergency_phrases(screen, text):
    assert screen.assess(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "ho la pelle molto chiara, posso fare la mesoterapia?",
        "tenho pele branca, qual é o preço da sessão?",
        # Hair loss as the name of a treatment asked about.
        "vocês fazem mesoterapia para a queda de cabelo? qual o preço?",
        "fate la mesoterapia per la caduta dei capelli?",
    ],
)
def test_unread_language_complexions_are_not_emergencies(screen, text):
    assert screen.assess(text).urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # Hair falling out, unexplained, before any treatment; a cold sore after one.
        "sto perdendo i capelli a ciocche da un mese, posso prenotare?",
        "meu cabelo está caindo aos punhados de repente, queria marcar uma consulta",
        "mi è venuto l'herpes dopo la seduta di ieri",
        "si è formata una crosta nera sul punto dell'iniezione",
        "faccio fatica a deglutire il pane dopo il trattamento al mento",
    ],
)
def test_unread_languages_reach_a_person(screen, text):
    assert screen.assess(text).urgency in {Urgency.SAME_DAY, Urgency.EMERGENCY}


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # Solid food slowing or catching on the way down after a chin treatment.
        ("since the chin fat dissolving, toast seems to catch halfway down, water is ok", "swallowing_difficulty"),
        ("after the jawline jabs swallowing feels more of an effort with meat", "swallowing_difficulty"),
        ("had my neck and jawline treatment friday and food goes down really slowly now", "swallowing_difficulty"),
        # A dark or black crust at a site.
        ("a blackish scab has formed where she injected my arm", "skin_breakdown"),
        ("the crust on the jab site is dark, almost black", "skin_breakdown"),
        ("na miejscu wkłucia pojawił się czarny strupek po zabiegu", "skin_breakdown"),
        # A bruise that spreads and tightens.
        ("the bruise on my belly keeps spreading and it's tense and more painful", "bleeding_or_expanding_swelling"),
        ("swelling near the jab is creeping outwards and feels tighter than an hour ago", BLEEDING),
        # Bleeding that will not stop, in read languages, and oozing after pressure.
        ("la sangre no para de salir del pinchazo", "bleeding_or_expanding_swelling"),
        ("still trickling after pressing on it for a quarter of an hour, i take rivaroxaban", BLEEDING),
        # An eyelid red, hot and swollen.
        ("my upper eyelid is hot and puffy since the under eye meso", "eye_swelling"),
        ("la paupière est rouge et gonflée depuis la séance", "eye_swelling"),
        # Pain worse now than at the start.
        ("day 5 after the tummy jabs, it's sorer now than on day 1", "worsening_pain"),
        ("after my arms were done it hurt less on the first day than now", "worsening_pain"),
        # Discharge in non-native wording.
        ("the injection spots on my scalp are red and giving water", "infection"),
        # Typos of short words.
        ("got a feaver since the meso yesterday", "fever_after_treatment"),
        ("temprature of 38.4 after my session", "fever_after_treatment"),
        ("site is hott and red after the injections", "infection"),
        # A positive test after hair mesotherapy with a DHT blocker.
        (
            "period was late so i did a test, positive!! i had scalp meso with a dht blocker last month",
            "pregnancy_after_hormonal_treatment",
        ),
    ],
)
def test_same_day_concepts_in_new_words(screen, text, situation):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.SAME_DAY
    assert situation in {finding.situation for finding in assessment.findings}


@pytest.mark.parametrize(
    "text",
    [
        "do you treat dark circles? mine are awful",
        "the scab came off and it's pink underneath, healing well",
        "bruise is fading and going yellow, spreading out a bit as it heals",
        "i make a lot of water bottles at work lol, can i drink before the session",
        "my covid test was positive last year, does that matter for hair meso?",
        "the pain was worse on day 1 than now, much better today",
    ],
)
def test_near_misses_of_same_day_signs_stay_calm(screen, text):
    assert screen.assess(text).urgency is None


@pytest.mark.parametrize(
    "text",
    [
        "my hair is coming out in tufts, can I start the scalp meso?",
        "finding tufts of hair on my pillow every morning, nothing has changed, is meso ok for me?",
    ],
)
def test_hair_falling_out_in_tufts_before_treatment_is_reviewed(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.REVIEW
    assert assessment.situation == "sudden_hair_loss"


@pytest.mark.parametrize(
    "text",
    [
        "Blasen am ganzen Körper und wunde Stellen im Mund seit der Mesotherapie",
        "pęcherze na całym ciele i rany w ustach po zabiegu",
    ],
)
def test_blisters_with_mouth_sores_in_read_languages_are_emergencies(screen, text):
    assert screen.assess(text).urgency is Urgency.EMERGENCY
