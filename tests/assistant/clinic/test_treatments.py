import pytest

from assistant.clinic.formatting import format_money, format_price
from assistant.clinic.profile import get_clinic
from assistant.clinic.treatments import find_treatment, get_treatment, list_treatments, package_for
from assistant.clinic.values import Money
from assistant.exceptions import UnknownTreatment


def test_every_demo_treatment_is_listed_with_its_protocol_and_price(session):
    treatments = list_treatments(session)
    hair = get_treatment(session, "hair-mesotherapy")

    assert len(treatments) == 6
    assert {t.area for t in treatments} == {"face", "hair", "body", "acne-scars", "needle-free"}
    assert (hair.session_minutes, hair.typical_course, hair.session_interval) == (
        30,
        "4–6 sessions",
        "2–4 weeks apart",
    )
    assert format_price(hair.price) == "£150–£180"


def test_treatments_can_be_listed_by_area(session):
    assert [t.slug for t in list_treatments(session, area="face")] == [
        "face-skin-booster",
        "chin-fat-dissolving",
    ]


def test_packages_and_the_consultation_fee_come_with_currency(session):
    six = package_for(session, "hair-mesotherapy", 6)

    assert six.price == Money(78000, "GBP") and format_money(six.per_session) == "£130"
    assert package_for(session, "hair-mesotherapy", 4) is None
    assert format_money(get_clinic(session).consultation_fee) == "£30"


@pytest.mark.parametrize(
    "text, slug",
    [
        ("how much is hair mesotherapy", "hair-mesotherapy"),
        ("hair meso", "hair-mesotherapy"),
        ("mesotherapy for my hair", "hair-mesotherapy"),
        ("skin booster", "face-skin-booster"),
        ("skin boosters", "face-skin-booster"),
        ("double chin", "chin-fat-dissolving"),
        ("cellulite on my thighs", "body-cellulite"),
        ("acne scars", "acne-scar-mesotherapy"),
        ("needle free", "needle-free-mesotherapy"),
        ("needle-free mesotherapy", "needle-free-mesotherapy"),
    ],
)
def test_a_treatment_is_found_by_name_or_synonym(session, text, slug):
    match = find_treatment(session, text)

    assert match.kind == "found" and match.treatment.slug == slug


def test_plain_mesotherapy_is_ambiguous_and_lists_the_candidates(session):
    match = find_treatment(session, "mesotherapy")

    assert match.kind == "ambiguous" and match.treatment is None
    assert "hair-mesotherapy" in [t.slug for t in match.options] and len(match.options) > 2


@pytest.mark.parametrize(
    "text, suggested",
    [
        ("lip filler", ["face-skin-booster", "chin-fat-dissolving"]),  # same area
        ("botox", None),  # no clue to the area: everything on offer
    ],
)
def test_a_treatment_not_offered_says_so_and_suggests_what_is(session, text, suggested):
    match = find_treatment(session, text)

    assert match.kind == "not_offered" and match.treatment is None
    expected = suggested or [t.slug for t in list_treatments(session)]
    assert [t.slug for t in match.options] == expected


def test_an_unknown_treatment_slug_is_an_error(session):
    with pytest.raises(UnknownTreatment, match="known treatments: acne-scar-mesotherapy"):
        get_treatment(session, "botox")
