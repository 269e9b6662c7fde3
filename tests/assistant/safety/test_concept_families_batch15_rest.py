"""Same-day, review and false-alarm concept families added after batch 15 (its same-day and review
misses and its false alarms, read after its emergencies were fixed).

For each family: general phrasings in words of their own (no evaluation message, nor a near copy),
in several voices and the read languages, at the family's level or higher; and near-miss
look-alikes on the other side that must stay below that level."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency
from assistant.safety.trends import rising_trends
from assistant.safety.unread_language import unread_language_health_word
from assistant.safety.urgency import at_least, rank

# --------------------------------------------------------------------------- same day


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # B9 A faint that has passed, or unsteady legs, in the other read languages.
        ("Nach der Sitzung bin ich im Wartezimmer kurz zusammengeklappt, jetzt geht's", "fainting_or_dizziness"),
        ("nach der Behandlung war ich kurz bewusstlos, bin gleich wieder zu mir gekommen", "fainting_or_dizziness"),
        ("seit der Behandlung bin ich noch ganz zittrig auf den Beinen", "fainting_or_dizziness"),
        ("après les injections je me suis sentie partir dans le couloir", "fainting_or_dizziness"),
        ("après la mésothérapie j'avais les jambes en coton en sortant", "fainting_or_dizziness"),
        ("después de la sesión me fui al suelo en la calle, pero enseguida me recuperé", "fainting_or_dizziness"),
        ("po zabiegu odleciałam na chwilę w samochodzie, teraz już lepiej", "fainting_or_dizziness"),
        ("po mezoterapii mam nogi jak z waty", "fainting_or_dizziness"),
        # B16 An open sore or wound that will not close.
        ("there's a little hole at one of the injection points that won't heal up", "skin_breakdown"),
        ("después de la mesoterapia tengo una herida en el muslo que no cierra", "skin_breakdown"),
        ("depuis les injections j'ai une plaie qui ne se referme pas sur la cuisse", "skin_breakdown"),
        ("seit der Behandlung habe ich eine offene Wunde am Bauch", "skin_breakdown"),
        ("po zabiegu na udzie mam ranę, która się nie goi", "skin_breakdown"),
        # B17 A cold sore after a treatment, in every read language; an outbreak described as it is
        # now (clustered, fluid-filled or stinging blisters by the mouth), with no booking to come.
        ("seit der Mesotherapie habe ich Herpesbläschen am Mundwinkel", "cold_sore_after_treatment"),
        ("zwei Tage nach der Behandlung sind Lippenbläschen aufgetaucht", "cold_sore_after_treatment"),
        ("después de la mesoterapia me salieron calenturas en el labio", "cold_sore_after_treatment"),
        ("depuis la séance j'ai un herpès labial", "cold_sore_after_treatment"),
        ("tiny blisters grouped at the corner of my mouth, they really sting", "cold_sore_after_treatment"),
        ("a cluster of little blisters has come up on my top lip and it tingles", "cold_sore_after_treatment"),
        # B18 Half a smile; a lip that does nothing or no longer follows, in any read language.
        ("only half my smile works since the chin jabs", "facial_weakness"),
        ("since the fat dissolving my bottom lip just isn't working on one side", "facial_weakness"),
        ("ma lèvre inférieure ne suit plus quand je parle depuis la lipolyse", "facial_weakness"),
        ("desde la inyección en la papada tengo media sonrisa", "facial_weakness"),
        ("seit der Fettwegspritze am Kinn macht meine Unterlippe links nicht mehr mit", "facial_weakness"),
        ("od zabiegu dolna warga po lewej stronie nie rusza się", "facial_weakness"),
        # B19 Swallowing that takes effort, food that catches or sticks, however lightly said.
        ("swallowing feels laboured since the chin fat jabs, not a big deal", "swallowing_difficulty"),
        ("since the fat dissolving under my chin, bread feels like it's sticking", "swallowing_difficulty"),
        ("my husband says swallowing has been slow since his chin treatment", "swallowing_difficulty"),
        ("depuis les injections du menton, la nourriture accroche quand j'avale", "swallowing_difficulty"),
        ("seit der Behandlung am Kinn bleibt das Essen im Hals hängen", "swallowing_difficulty"),
        ("desde la mesoterapia en la papada la comida se me queda a medio camino", "swallowing_difficulty"),
        ("po zabiegu na podbródek jedzenie staje mi w gardle", "swallowing_difficulty"),
        # B14 A temperature of 38 or more read on a thermometer, with no booking to come.
        ("checked with the thermometer and it says 38.4, had my session on monday", "fever_after_treatment"),
        ("temperature this evening: 38.6, no rash", "fever_after_treatment"),
        ("my temp came back at 39.1 and I feel shivery", "fever_after_treatment"),
        ("thermometer reads 101 this morning after the body meso", "fever_after_treatment"),
        # B26 Pregnancy after a hair treatment named by what it blocks or in lay words.
        ("got a BFP today, had 2 hair regrowth sessions last month", "pregnancy_after_hormonal_treatment"),
        (
            "just found out I'm pregnant, my scalp jabs 3 weeks ago had a DHT blocker in them",
            "pregnancy_after_hormonal_treatment",
        ),
        (
            "positive pregnancy test! the clinic said the scalp mix had an anti-androgen, had it last week",
            "pregnancy_after_hormonal_treatment",
        ),
        (
            "estoy embarazada y hace dos semanas me hice mesoterapia con bloqueadores de DHT",
            "pregnancy_after_hormonal_treatment",
        ),
    ],
)
def test_same_day_families_in_other_words(screen, text, situation):
    assessment = screen.assess(text)
    assert at_least(assessment.urgency, Urgency.SAME_DAY), assessment
    assert situation in assessment.situations, assessment


@pytest.mark.parametrize(
    "text",
    [
        # B9/B16/B19 in Italian and Portuguese (read by the unread-language phrases).
        "ieri dopo la seduta mi sono sentita mancare in macchina",
        "depois da sessão fiquei com as pernas bambas",
        "dopo le sedute sul viso ho una ferita aperta sul mento",
        "depois da mesoterapia ficou uma ferida que não fecha na coxa",
    ],
)
def test_italian_and_portuguese_same_day_phrases(screen, text):
    assert at_least(screen.assess(text).urgency, Urgency.SAME_DAY)


# --------------------------------------------------------------------------- figures that rise


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # B29 Pain scores that climb, in any notation.
        ("day 2 the pain was 2/10, today it's 6/10 at the injection sites", "worsening_pain"),
        ("pain 4 out of 10 on saturday, 6 out of 10 on sunday, 8 out of 10 now", "worsening_pain"),
        ("sore: 2/10 on day one, 5/10 on day three, 6/10 this morning", "worsening_pain"),
        ("la douleur était à 3/10 hier, ce soir elle est à 7/10", "worsening_pain"),
        # B13 Redness measured bigger each time; B20 a swelling measured bigger.
        ("the red area was 3 cm across on monday and today it measures 7 cm, feels warm", "infection"),
        ("redness around the injection point: 1.5cm yesterday, 4cm this evening", "infection"),
        ("el enrojecimiento medía 2 cm ayer y hoy 5 cm", "infection"),
        ("the lump on my tummy was 1cm this morning, now it's 3cm", "bleeding_or_expanding_swelling"),
        # B13 Redness grown in words: doubled, past the line drawn round it.
        ("the redness has doubled since this morning and it's hot", "infection"),
        ("the red has spread past the line the nurse drew", "infection"),
        ("die Rötung hat sich seit gestern verdoppelt", "infection"),
        ("el enrojecimiento se ha duplicado desde ayer", "infection"),
    ],
)
def test_rising_figures_and_growth(screen, text, situation):
    assessment = screen.assess(text)
    assert at_least(assessment.urgency, Urgency.SAME_DAY), assessment
    assert situation in assessment.situations, assessment


@pytest.mark.parametrize(
    "text",
    [
        # Falling figures; a verdict on results; a size that stayed the same; a bruise.
        "pain was 6/10 on day 1 and it's 3/10 now",
        "I'd rate my results 3/10 after the first session and 7/10 after the third",
        "the redness is about 2cm, same as yesterday",
        "the redness was 4cm yesterday, now it's 2cm",
        "the bruise was 2cm and now it's 4cm and going yellow",
    ],
)
def test_figures_that_do_not_rise_stay_quiet(screen, text):
    assessment = screen.assess(text)
    assert not {"worsening_pain", "infection", "bleeding_or_expanding_swelling"} & set(assessment.situations)


def test_a_rising_series_in_a_what_if_is_lowered(screen):
    text = "what if the pain went from 3/10 to 7/10 by day 4, should I call?"
    assert rising_trends(text)  # the series is there...
    assert "worsening_pain" not in screen.assess(text).situations  # ...and the "what if" lowers it


# --------------------------------------------------------------------------- review


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # A6 A period late by a hedged number of days, or not yet tested.
        ("I'm like a week late, not tested, is fat dissolving ok on friday?", "pregnancy"),
        ("period's about 4 days late, haven't done a test, appointment is tomorrow", "pregnancy"),
        ("j'ai environ cinq jours de retard, est-ce que je peux garder mon rendez-vous ?", "pregnancy"),
        ("ich bin etwa fünf Tage überfällig, kann ich den Termin trotzdem machen?", "pregnancy"),
        ("llevo casi una semana de retraso, ¿puedo ir a la cita?", "pregnancy"),
        ("okres spóźnia mi się o jakieś pięć dni, czy mogę przyjść jutro?", "pregnancy"),
        # A12 A lip sore still crusting or healing, with the booking to come.
        (
            "the sore on my lip has scabbed over but isn't fully healed, still ok to come on thursday?",
            "active_cold_sore",
        ),
        ("there's still a crusty bit at the corner of my mouth, appointment is tomorrow", "active_cold_sore"),
        ("j'ai encore une croûte sur la lèvre, est-ce que je peux venir demain ?", "active_cold_sore"),
        ("an der Lippe ist noch Schorf, ist der Termin morgen ok?", "active_cold_sore"),
        # A31 Hours at the mirror; no going out or photo without a filter.
        ("I spend ages examining my nose in every mirror, is meso going to fix it?", "body_image_distress"),
        ("honestly I won't post a selfie without a filter anymore because of my chin", "body_image_distress"),
        ("I keep checking my jawline in every window I pass", "body_image_distress"),
        ("paso horas mirándome en el espejo por la papada", "body_image_distress"),
        ("je passe des heures devant le miroir à cause de mon menton", "body_image_distress"),
    ],
)
def test_review_families_in_other_words(screen, text, situation):
    assessment = screen.assess(text)
    assert at_least(assessment.urgency, Urgency.REVIEW), assessment
    assert situation in assessment.situations, assessment


def test_a_denial_of_self_harm_leaves_the_body_image_finding_and_adds_no_emergency(screen):
    assessment = screen.assess("not depressed or suicidal, don't worry, I just can't go out without a filter")
    assert "body_image_distress" in assessment.situations, assessment
    assert assessment.urgency is not Urgency.EMERGENCY, assessment


# --------------------------------------------------------------------------- near misses


@pytest.mark.parametrize(
    ("text", "below"),
    [
        # Nerves before an appointment; a loose tooth.
        ("ich habe weiche Knie vor dem Termin morgen", Urgency.SAME_DAY),
        ("der Zahn ist wackelig, kann ich trotzdem kommen?", Urgency.SAME_DAY),
        # A cut from cooking, before the booking; an Italian nuisance.
        ("a cut on my finger from cooking won't heal, can I still come for my session tomorrow?", Urgency.SAME_DAY),
        ("che piaga questo traffico, arrivo in ritardo all'appuntamento", Urgency.REVIEW),
        # Cold sores that come every winter, or one now before a booking: review at most.
        ("I get cold sore blisters on my lip every winter, can I still book?", Urgency.SAME_DAY),
        ("there's a blister on my lip, can I still come in tomorrow?", Urgency.SAME_DAY),
        ("ich habe gerade Herpesbläschen, ist mein Termin morgen ein Problem?", Urgency.SAME_DAY),
        # Someone's half a smile.
        ("she gave me half a smile when I asked about the price", Urgency.REVIEW),
        # Swallowing a price; rice sticking to the pan.
        ("swallowing the price was an effort lol, when can I come?", Urgency.REVIEW),
        ("since the meso I've been cooking rice and it keeps sticking to the pan", Urgency.REVIEW),
        # A normal temperature; the heat of a holiday; a reading before a booking (A26, review).
        ("temp is 36.8, all normal after the meso", Urgency.REVIEW),
        ("the temperature outside is 38 today, can I go in the sun after the meso?", Urgency.REVIEW),
        ("temp 38.2 this morning and my appointment is tomorrow, should I come?", Urgency.SAME_DAY),
        # Late for a booking, not a period.
        ("I'm running about 5 minutes late for my appointment", Urgency.REVIEW),
        ("the parcel was like a week late lol", Urgency.REVIEW),
        # Dry lips; a scab on a knee.
        ("my lips are a bit dry, can I still come tomorrow?", Urgency.REVIEW),
        ("scab on my knee from the gym, see you tomorrow", Urgency.REVIEW),
        # Hours on the phone; photos asked for without a filter.
        ("I spend hours looking at my phone every night", Urgency.REVIEW),
        ("can you post the before and after photos without a filter?", Urgency.REVIEW),
        # A pregnancy question with no test and no hair treatment had.
        ("do your scalp sessions have DHT blockers in them? we might try for a baby in a few years", Urgency.SAME_DAY),
    ],
)
def test_near_misses_stay_below(screen, text, below):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) < rank(below), assessment


# --------------------------------------------------------------------------- false alarms


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Who gives the injections: a question about the practitioner, before any treatment.
        ("chi fa le iniezioni da voi, un medico?", "it"),
        ("quem aplica as injeções aí, é um médico ou uma enfermeira?", "pt"),
        ("le iniezioni le fa un dermatologo o un'estetista?", "it"),
        ("quem faz as injeções na clínica, é médico ou esteticista?", "pt"),
    ],
)
def test_who_gives_the_injections_is_no_health_word(text, language):
    assert unread_language_health_word(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A treatment had, or a symptom beside it, still reaches a person.
        ("dopo le iniezioni dal medico ho la faccia gonfia", "it"),
        ("ho fatto le iniezioni da un'estetista, è normale?", "it"),
        ("depois das injeções com a esteticista ainda tenho manchas", "pt"),
    ],
)
def test_injections_had_still_reach_a_person(text, language):
    assert unread_language_health_word(text, language) is not None


@pytest.mark.parametrize(
    ("text", "below"),
    [
        # "Killing me" taken back in the same breath.
        ("it's killing me haha, just kidding, it's only a bit sore on day 2", Urgency.EMERGENCY),
        ("this is killing me lol not really, just tender", Urgency.EMERGENCY),
        # A faint at a vaccine or a blood test, told as who the writer is (A28).
        ("I always hit the deck at vaccinations, can I lie down for the treatment?", Urgency.SAME_DAY),
        ("keeled over at my flu jab last winter, how do you handle nervous people?", Urgency.SAME_DAY),
        # "Worse not better" said of hair loss or acne, with no sign of infection.
        ("my acne is worse not better after 2 sessions, bit disappointed", Urgency.SAME_DAY),
        ("thinning is worse not better after the 4th scalp session", Urgency.SAME_DAY),
    ],
)
def test_false_alarm_families_stay_below(screen, text, below):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) < rank(below), assessment


def test_a_vaccine_named_by_its_illness_is_not_being_unwell(screen):
    assert (
        "unwell_on_treatment_day"
        not in screen.assess("had my covid booster last week, can I still have meso tomorrow?").situations
    )
    assert "unwell_on_treatment_day" in screen.assess("I've got covid, can I still come tomorrow?").situations


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The same words left standing, or with a real sign beside them, still escalate.
        ("it's killing me, I'm not joking, the area has gone white", Urgency.EMERGENCY),
        ("keeled over in the car park straight after my fat jabs, came round quickly", Urgency.SAME_DAY),
        ("the injection site is red and hot, worse not better on day 4", Urgency.SAME_DAY),
    ],
)
def test_the_warnings_beside_them_still_escalate(screen, text, level):
    assert at_least(screen.assess(text).urgency, level)


@pytest.mark.parametrize(
    "text",
    [
        # Expected swelling after chin fat-dissolving in the first days, swallowing normal (B3).
        "two days after the double chin jabs the area is ginormous and rock hard, a little numb",
        "day two after kybella and the swelling under my chin is enormous, a bit numb, eating fine",
    ],
)
def test_expected_chin_swelling_is_not_same_day_for_the_encoder(full_screen, text):
    assert rank(full_screen.assess(text).urgency) < rank(Urgency.SAME_DAY)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Swallowing trouble or a changed voice after the chin treatment still escalates.
        ("bit awkward to swallow since my chin was done, like something's lodged, breathing ok", Urgency.SAME_DAY),
        ("huge swelling under my chin on day 2 and now my voice has gone hoarse", Urgency.EMERGENCY),
        ("day 3 and the swelling under my chin keeps getting bigger and tighter", Urgency.SAME_DAY),
    ],
)
def test_chin_warnings_still_escalate_with_the_encoder(full_screen, text, level):
    assert at_least(full_screen.assess(text).urgency, level)
