"""Same-day and review concept families added after batch 12 (screen after batch 11's fixes).

For each family: general phrasings in words of their own (no evaluation message, nor a near
copy), in several voices, and near-miss look-alikes on the other side that must stay calm or
stay at their own level."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency, at_least


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # Hotter, redder, more swollen than the day before, in the languages read.
        ("cuarto día tras la sesión y la piel está más roja y más caliente que ayer", "infection"),
        ("depuis la séance la zone est plus rouge et plus chaude qu'hier", "infection"),
        ("seit der Behandlung ist die Stelle röter und wärmer als gestern", "infection"),
        # A spot at the site that weeps, with the skin around it angry or tender.
        ("day 4 after the tummy jabs and one of the spots is weeping and the skin round it is angry", "infection"),
        ("couple of the injection dots on my arm are tender and red and one has started to weep", "infection"),
        # Skin beginning to break down, or gone dark and hard.
        ("the patch on my hip where she injected is starting to break open", "skin_breakdown"),
        ("since the meso a spot on my chin has turned dark and leathery", "skin_breakdown"),
        # Grouped blisters by the lip with a tingle, in French, Spanish and German.
        ("trois jours après les injections j'ai des cloques au bord de la lèvre", "cold_sore_after_treatment"),
        ("después de la mesoterapia me salieron ampollas en el labio y siento hormigueo", "cold_sore_after_treatment"),
        ("nach der Behandlung habe ich Bläschen an der Lippe, es kribbelt", "cold_sore_after_treatment"),
        # One side of the lip that will not move as asked.
        ("since the chin injections the left side of my lower lip won't go down when I smile", "facial_weakness"),
        ("my mouth on one side doesnt lift properly since the fat dissolving", "facial_weakness"),
        # Pills or food catching on the way down since chin treatment.
        ("since the chin meso my vitamins keep getting stuck going down", "swallowing_difficulty"),
        # A lump or bruise swelling up fast, or grown to the size of a fruit or an egg.
        ("had my arms done yesterday and one lump has blown up really quickly", "bleeding_or_expanding_swelling"),
        ("the bruise on my tummy is now the size of an egg and rock hard", "bleeding_or_expanding_swelling"),
        # An eye that looks like a punch landed, swollen and sore.
        ("after the under eye meso my eye looks like I've been in a fight, puffy and sore", "eye_swelling"),
        # Discomfort that started mild and grows steadily.
        ("it was only a mild ache at first but it's been steadily getting worse since the session", "worsening_pain"),
        ("day five now and the soreness is building every day", "worsening_pain"),
        # A churning stomach after fat dissolving; the room tilting.
        ("my tummy has been churning all evening since the fat dissolving", "gut_upset_after_fat_dissolving"),
        ("since my session this morning the floor keeps swaying when I stand up", "fainting_or_dizziness"),
    ],
)
def test_same_day_families_in_other_words(screen, text, situation):
    assessment = screen.assess(text)
    assert at_least(assessment.urgency, Urgency.SAME_DAY), assessment
    assert situation in assessment.situations


@pytest.mark.parametrize(
    "text",
    [
        # A relative's age in brackets does not turn their treatment into someone else's story.
        "my daughter (19) had her face done on friday and now she's covered in itchy welts",
        "my boy (22) had his chin done yesterday and now hes got hives on his neck",
    ],
)
def test_relative_with_age_is_the_patient(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.SAME_DAY, assessment
    assert "hives_local_allergy" in assessment.situations


@pytest.mark.parametrize(
    "text",
    [
        "my girlfriend is pregnant and she's been massaging my finasteride scalp solution in for me",
        "partner just got a positive test and she's been applying the dutasteride serum to my head every night",
    ],
)
def test_pregnant_partner_handling_the_hair_mixture_is_same_day(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.SAME_DAY, assessment
    assert "pregnancy_after_hormonal_treatment" in assessment.situations


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        ("can I have the booster whilst breastfeeding? he's 4 months", "breastfeeding"),
        ("ok to do scalp meso while nursing my little one?", "breastfeeding"),
        ("my platelet count sits at about 70, is meso safe", "bleeding_disorder"),
        ("platelets are borderline, my haematologist monitors them every few months", "bleeding_disorder"),
        ("had IPL on my cheeks last fortnight, can I book the face meso", "recent_treatment_same_area"),
        ("had microneedling a fortnight ago, is it too soon for the booster", "recent_treatment_same_area"),
        ("my partner keeps telling me I look great but all I can see are my wrinkles", "body_image_distress"),
        ("I've spent about 12k on tweakments and I still want more", "body_image_distress"),
        # A bald spot where the injections went (B23), whoever did them: narrowing "bald spot"
        # to new or sudden ones (A25, a man's crown thinning) must not lose it.
        (
            "there's a bald spot right where the nurse did the jabs on my scalp, 3 weeks on",
            "hair_loss_after_scalp_treatment",
        ),
        ("a thin patch exactly where he put the needles at the back of my head", "hair_loss_after_scalp_treatment"),
    ],
)
def test_review_families_in_other_words(screen, text, situation):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.REVIEW, assessment
    assert situation in assessment.situations


@pytest.mark.parametrize(
    "text",
    [
        # A bald spot as the slow thinning that hair meso is for, not a sudden patch.
        "my dad wants meso for his bald spot, do you do men?",
        "can the hair meso help with a bald spot on the crown",
        # A rash from a product change, long gone.
        "I got a rash after switching to a new shower gel years ago, is that relevant?",
        "came out in a rash after changing detergent last summer, sorted now. can I still book?",
        # Illness that is long over.
        "had flu back in january, totally fine now, can I book for next week",
        "I had covid last winter, fully recovered for months now, any issue?",
        # Money and everyday talk that uses the new words.
        "I've spent a fortune on creams over the years, would meso work better?",
        "the queue was the size of a football pitch lol, is there parking?",
        "everyone says I look great after the meso, thank you so much!",
        "the spots are a bit pink on day 1, is that normal?",
    ],
)
def test_near_misses_stay_calm(screen, text):
    assert screen.assess(text).urgency is None, screen.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        # A rash after the treatment itself, even put down to something else, still counts.
        "had meso yesterday and came up in a rash, probably the new washing powder",
        # A sudden new bald spot is still A25.
        "a new bald spot appeared overnight on the side of my head",
        # A past rash after a treatment stays a previous reaction (A15), for review.
        "I came up in a rash after my last meso back in march",
    ],
)
def test_near_misses_that_still_escalate(screen, text):
    assert screen.assess(text).urgency is not None, screen.assess(text)
