"""Keeps the trained entity extractor's names only when they are the clinic's own
(assistant/entity_mapping.py says why and how).

Runs after RegexEntityExtractor (the clinic's names as lookup tables), the
CRFEntityExtractor and EntitySynonymMapper. It learns nothing from examples: at
training it keeps the lookup tables' spellings of each slug (the clinic's names,
generated into data/nlu/clinic_names.yml from the clinic file) as JSON, so a
clinic that regenerates its names and retrains is matched against its own.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.entity_mapping import ClinicNames, map_trained_entities

NAMES_FILE = "clinic_names.json"
TRAINED_EXTRACTOR = "AnnotatedNamesExtractor"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class ClinicEntityMapper(GraphComponent, EntityExtractorMixin):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {"trained_extractor": TRAINED_EXTRACTOR}

    def __init__(
        self,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        names: ClinicNames | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._names = names or ClinicNames({})

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ClinicEntityMapper:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        self._names = names_in(training_data)
        with self._model_storage.write_to(self._resource) as directory:
            (directory / NAMES_FILE).write_text(json.dumps(self._names.to_dict()), encoding="utf-8")
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> ClinicEntityMapper:
        try:
            with model_storage.read_from(resource) as directory:
                names = ClinicNames.from_dict(json.loads((directory / NAMES_FILE).read_text(encoding="utf-8")))
        except (ValueError, FileNotFoundError):
            names = None  # an untrained pipeline: every trained guess is dropped
        return cls(config, model_storage, resource, names)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            entities = message.get(ENTITIES) or []
            if not entities:
                continue
            kept = map_trained_entities(
                entities, self._names, str(self.config["trained_extractor"]), self.__class__.__name__
            )
            if kept != entities:
                message.set(ENTITIES, kept, add_to_output=True)
        return messages


def names_in(training_data: TrainingData) -> ClinicNames:
    """The lookup tables' spellings of each slug, from the training data's lookup tables and synonyms."""
    lookups = {
        table["name"]: [str(e) for e in table["elements"]]
        for table in training_data.lookup_tables
        if isinstance(table.get("elements"), list)
    }
    synonyms: Dict[str, List[str]] = defaultdict(list)
    for spelling, slug in training_data.entity_synonyms.items():
        synonyms[str(slug)].append(str(spelling))
    return ClinicNames.from_tables(lookups, synonyms)
