"""actions/names.py, the domain and the rules agree, and importing the
actions opens nothing."""

import subprocess
import sys

import yaml
from rasa_sdk.executor import ActionExecutor

from actions import names
from tests.actions.helpers import ROOT, domain

ACTION_NAMES = {value for key, value in vars(names).items() if key.startswith("ACTION_")}


def test_every_action_name_is_in_the_domain():
    assert ACTION_NAMES <= set(domain()["actions"])
    assert {names.BOOKING_FORM, names.CALLBACK_FORM} <= set(domain()["forms"])


def test_the_action_server_registers_exactly_these_actions():
    executor = ActionExecutor()
    executor.register_package("actions")

    assert set(executor.actions) == ACTION_NAMES


def test_the_forms_required_slots_are_the_booking_fields_in_order():
    assert domain()["forms"][names.BOOKING_FORM]["required_slots"] == list(names.BOOKING_FIELDS)


def test_every_slot_the_actions_set_is_in_the_domain():
    slots = set(domain()["slots"])
    assert set(names.BOOKING_SLOTS) <= slots
    assert {names.SLOT_PENDING_TOPIC, names.SLOT_PENDING_TEXT, names.SLOT_CLINIC_PHONE} <= slots
    assert set(names.CALLBACK_SLOTS) | set(names.HANDOFF_SLOTS) <= slots
    assert {
        names.SLOT_SAFETY_FAMILY,
        names.SLOT_STOPPED_FOR_REVIEW,
        names.SLOT_URGENT_CONTACT,
        names.SLOT_EMERGENCY_NUMBER,
        names.SLOT_OUT_OF_HOURS_SERVICE,
    } <= slots


def test_the_callback_forms_required_slots_are_name_then_phone():
    assert domain()["forms"][names.CALLBACK_FORM]["required_slots"] == list(names.CALLBACK_SLOTS)


def test_intents_and_entities_are_in_the_domain():
    intents = {i if isinstance(i, str) else next(iter(i)) for i in domain()["intents"]}
    assert (
        names.QUESTION_INTENTS
        | names.SAFETY_INTENTS
        | {names.INTENT_STOP, names.INTENT_CORRECT, names.INTENT_REQUEST_BOOKING, names.INTENT_REPORT_CONCERN}
        <= intents
    )
    # An entity is a name, or a mapping of its name to its settings ({"practitioner": {...}}).
    entities = {e if isinstance(e, str) else next(iter(e)) for e in domain()["entities"]}
    assert {names.ENTITY_LOCATION, names.ENTITY_SLOT_CHOICE} <= entities


def test_every_question_the_form_hands_back_has_a_rule_that_resumes_the_form():
    rules = yaml.safe_load((ROOT / "data" / "rules" / "booking.yml").read_text())["rules"]
    resumed = {
        rule["steps"][0]["intent"]
        for rule in rules
        if rule.get("condition") == [{"active_loop": names.BOOKING_FORM}]
        and rule["steps"][-2:] == [{"action": names.BOOKING_FORM}, {"active_loop": names.BOOKING_FORM}]
    }
    assert resumed == names.QUESTION_INTENTS


def test_importing_the_actions_opens_no_database():
    code = (
        "import sqlalchemy, actions.clinic, actions.booking, actions.handoff, actions.common as c; "
        "assert c._runtime is None; print('ok')"
    )
    env = {"DATABASE_URL": "postgresql://nobody@127.0.0.1:9/none", "PATH": ""}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr[-2000:]
