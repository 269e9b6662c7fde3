"""Exposes the clinic settings that responses name (contacts, emergency
number, crisis line, minimum age), without the action server."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, ENTITY_ATTRIBUTE_TYPE
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.payloads import CONTACT_SETTINGS
from assistant.settings import Settings, load_settings
from rasa_addons.message_edits import add_entity

__all__ = ["CONTACT_SETTINGS", "ContactDetails"]

# CONTACT_SETTINGS: the clinic settings that responses may name. Each becomes
# an entity on every message, and a slot of the same name fills from it
# (domain/session.yml), so replies such as the emergency advice are plain
# domain responses that need neither the action server nor the database.


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class ContactDetails(GraphComponent):
    """Adds the clinic settings as entities. Settings are read when the model
    is loaded, so changing .env needs a restart, not a retrain.

    Any entity of the same name that something else put on the message is
    dropped first: the slot mapping takes every entity of that name, and the
    contact slots must only ever hold the settings. (Rasa's button syntax is
    read after the pipeline, so it is checked earlier, in the channels: see
    assistant.payloads.)
    """

    def __init__(self, settings: Settings) -> None:
        self._contacts = {name: str(getattr(settings, name)) for name in CONTACT_SETTINGS}

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ContactDetails:
        return cls(load_settings())

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            entities = message.get(ENTITIES) or []
            kept = [e for e in entities if e.get(ENTITY_ATTRIBUTE_TYPE) not in self._contacts]
            if len(kept) != len(entities):
                message.set(ENTITIES, kept, add_to_output=True)
            for name, value in self._contacts.items():
                add_entity(message, name, value, extractor="ContactDetails")
        return messages
