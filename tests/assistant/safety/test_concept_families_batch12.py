"""Emergency and self-harm concept families added after batch 12's scoring: for each, general
phrasings in words of their own (no evaluation message, nor a near copy), and near-miss
look-alikes that must stay calm."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency


@pytest.mark.parametrize(
    "text",
    [
        # Seeing no point in being here, said without "die" or "suicide".
        "i can't see any point in living if my skin stays like this",
        "Truthfully I do not see the point of being here any more.",
        "there's no point being alive looking like this tbh",
        # Tired of existing.
        "so sick of existing, the treatment changed nothing",
        "im exhausted with being alive honestly",
        # Someone else about to take all their tablets (a friend, a sister, a son).
        "my sister says she'll take all her tablets tonight, what do I do",
        "my son is threatening to swallow all of his painkillers",
        "I'm going to take all of my sleeping pills",
        "going to take all my pills before bed tonight",
        # Spanish: getting out of the way, tired of living.
        "a veces pienso en quitarme de en medio",
        "estoy harta de vivir así",
    ],
)
def test_self_harm_in_words_without_die(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert assessment.situation == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "what's the point of booking two sessions if one is enough?",
        "i don't see the point in paying extra for the numbing cream",
        "I'm tired of waiting for the results, when will I see a change?",
        "do I take all my tablets as usual on the day of the treatment?",
        "can I take all my meds as normal before the session?",
        "sick of my existing routine, want to add a skin booster",
    ],
)
def test_look_alikes_of_no_point_and_pills_stay_calm(screen, text):
    assert screen.assess(text).urgency is None


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # "has gone" + a worse state: a change, not a resolution.
        ("my top lip has gone huge since the booster", "anaphylaxis"),
        ("her tongue has gone really swollen, she had meso an hour ago", "anaphylaxis"),
        # Swelling with a voice that has changed.
        ("mouth is all puffed up and my voice sounds muffled", "anaphylaxis"),
        # Noisy breathing in everyday words (stridor).
        ("there's a whistling sound every time I breathe in since my neck treatment", "airway_compromise"),
        ("my throat is swollen and it makes a high pitched noise when I'm breathing", "airway_compromise"),
        # Bleeding that carries on despite pressing.
        ("the injection site is still bleeding and won't slow down even with pressing hard", "severe_bleeding"),
        ("blood keeps dripping down my chin, held pressure for 20 minutes and it keeps going", "severe_bleeding"),
        # Sore mouth or lips with a rash over the body (mucosa involved).
        ("inside of my cheeks are raw and the rash is spreading all over my body", "severe_skin_reaction"),
        ("sores in my mouth and now there's a rash everywhere on my whole body", "severe_skin_reaction"),
        # A dark or blotchy patch with pain out of proportion, after a treatment.
        ("the skin by my lip has turned purple and it's agony, had the meso yesterday", "vascular_occlusion"),
        ("a dusky patch on my cheek since the injections and it hurts like hell", "vascular_occlusion"),
    ],
)
def test_emergency_concepts_in_new_words(screen, text, situation):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert situation in {finding.situation for finding in assessment.findings}


@pytest.mark.parametrize(
    "text",
    [
        # The swelling has gone (resolution): still not an emergency.
        "the swelling on my lip has gone down now, all good",
        "my lip swelling has gone completely",
        # A bruise that is purple and sore is not a blocked vessel.
        "the bruise on my cheek has gone purple and is really sore, normal?",
        # Squeaks and whistles that are not breathing.
        "my new trainers make a squeaky noise on the clinic floor haha",
        # Pressing on a spot that oozed once and stopped.
        "a tiny dot of blood after the session, pressed on it and it stopped",
    ],
)
def test_look_alikes_of_change_noise_bleeding_stay_below_emergency(screen, text):
    assert screen.assess(text).urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # Italian and Portuguese are not read: a tight throat, air that will not come.
        "dopo l'iniezione mi manca l'aria e mi prude la faccia",
        "sinto a garganta apertada e coceira no corpo todo depois da sessão",
        # A lacy or net-like pattern on the skin.
        "sulla guancia ci sono macchie viola come un merletto e fa male",
        "apareceram manchas como uma renda na testa depois das injeções, dói",
        # A fever with shaking, blotchy skin or violent chills (sepsis signs).
        "ho la febbre a 39 e tremo tutto, sto malissimo dopo la mesoterapia",
        "estou com febre e a pele toda manchada desde o tratamento",
        "febbre e brividi violenti dalla seduta di ieri",
    ],
)
def test_unread_languages_new_emergency_phrases(screen, text):
    assert screen.assess(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # A fever with mild chills is same-day, not an emergency (matrix B14).
        "dopo la mesoterapia ho un po' di febbre e brividi leggeri, per il resto bene",
        # Rent is "a renda" in European Portuguese: no lace there.
        "quanto custa a sessão? tenho de pagar a renda primeiro",
    ],
)
def test_unread_language_look_alikes_stay_below_emergency(screen, text):
    assert screen.assess(text).urgency is not Urgency.EMERGENCY
