import pytest

from assistant.clinic.locations import find_location, get_location, list_locations
from assistant.db import session_scope
from assistant.exceptions import ClinicNotLoaded, UnknownLocation


def test_locations_come_in_the_clinic_files_order_with_their_details(session):
    leeds, york = list_locations(session)

    assert (leeds.slug, york.slug) == ("leeds", "york")
    assert leeds.phone == "0113 496 0000" and "LS1" in leeds.address
    assert "Sovereign Street" in leeds.parking and "station" in york.directions


@pytest.mark.parametrize(
    "text, slug",
    [
        ("the leeds one", "leeds"),
        ("LEEDS", "leeds"),
        ("your york clinic please", "york"),
        ("leds", "leeds"),  # typo
        ("Park Square", "leeds"),  # an alias
        ("micklegate", "york"),
        ("manchester", None),
        ("city centre", None),  # both have a city-centre alias: ambiguous
        ("", None),
    ],
)
def test_a_location_is_found_from_what_the_patient_typed(session, text, slug):
    found = find_location(session, text)

    assert (found.slug if found else None) == slug


def test_an_unknown_slug_is_an_error_listing_the_known_ones(session):
    with pytest.raises(UnknownLocation, match="No location 'hull'; known locations: leeds, york"):
        get_location(session, "hull")


def test_before_any_clinic_is_loaded_queries_say_how_to_load_one(engine):
    with pytest.raises(ClinicNotLoaded, match="load-clinic"):
        with session_scope(engine) as session:
            list_locations(session)
