import pytest

from assistant.clinic.practitioners import doctor_check, find_practitioner, list_practitioners
from assistant.exceptions import UnknownTreatment


def test_practitioners_show_role_qualifications_and_registration(session):
    hart = list_practitioners(session)[0]

    assert (hart.name, hart.registration, hart.profession) == ("Dr Amelia Hart", "GMC 0000001", "doctor")
    assert hart.is_doctor and "MBChB" in hart.qualifications
    assert hart.locations == ("leeds", "york")


def test_practitioners_can_be_listed_by_location_and_treatment(session):
    at_york = [p.slug for p in list_practitioners(session, location="york")]
    hair_in_leeds = [
        p.slug for p in list_practitioners(session, location="leeds", treatment="hair-mesotherapy")
    ]

    assert at_york == ["dr-amelia-hart", "dr-tom-fielding", "jess-marlow"]
    assert hair_in_leeds == ["dr-amelia-hart", "sarah-okafor"]


def test_is_the_injector_a_doctor_depends_on_treatment_and_location(session):
    skin_booster = doctor_check(session, treatment="face-skin-booster")
    chin_in_leeds = doctor_check(session, treatment="chin-fat-dissolving", location="leeds")
    needle_free = doctor_check(session, treatment="needle-free-mesotherapy")

    assert not skin_booster.all_doctors
    assert [p.name for p in skin_booster.doctors] == ["Dr Amelia Hart"]
    assert {p.profession for p in skin_booster.practitioners} == {"doctor", "nurse", "dentist"}
    assert chin_in_leeds.all_doctors  # only Dr Hart does it in Leeds
    assert not needle_free.all_doctors and needle_free.practitioners[0].registration is None


@pytest.mark.parametrize(
    "text, slug", [("Dr Hart", "dr-amelia-hart"), ("sarah", "sarah-okafor"), ("bob", None)]
)
def test_a_practitioner_is_found_by_name(session, text, slug):
    found = find_practitioner(session, text)

    assert (found.slug if found else None) == slug


def test_an_unknown_treatment_filter_is_an_error_not_an_empty_list(session):
    with pytest.raises(UnknownTreatment):
        list_practitioners(session, treatment="botox")
