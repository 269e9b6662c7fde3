"""Every action that reads the database or a patient's text runs that work
in a worker thread, so one slow call cannot hold the action server's event
loop (and every other conversation's calls) while it runs."""

from __future__ import annotations

import inspect

import pytest
from rasa_sdk import Action
from rasa_sdk.forms import FormValidationAction

import actions.booking
import actions.clinic
import actions.handoff
from actions.common import UsesRuntime

# Actions that only send a fixed prompt: nothing in them can block.
PROMPTS_ONLY = {"ActionAskCallbackName", "ActionAskCallbackPhone"}


def concrete_actions():
    found = []
    for module in (actions.booking, actions.clinic, actions.handoff):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Action) and cls.__module__ == module.__name__ and not inspect.isabstract(cls):
                found.append(cls)
    return found


@pytest.mark.parametrize("action", concrete_actions(), ids=lambda cls: cls.__name__)
def test_the_action_runs_its_work_off_the_event_loop(action):
    if action.__name__ in PROMPTS_ONLY:
        assert not issubclass(action, (UsesRuntime, FormValidationAction))
        return
    assert inspect.iscoroutinefunction(action.run) and hasattr(action.run, "__wrapped__"), (
        f"{action.__name__}.run must be decorated with actions.common.off_event_loop"
    )
