"""Rasa's CRFEntityExtractor, trained only on the examples that annotate an entity.

Rasa trains the CRF on every NLU example, and most of ours name the demo clinic's
places and treatments without annotating them ("is it cheaper in york", "how long
does hair meso last": annotating them is the lookup tables' job). Each of those
teaches the CRF that a name in that context is *not* an entity, so it learned to
tag nothing after "the" or "in" and missed "the yorke clinic". Trained on the
annotated sentences only (data/nlu/entities.yml and the few annotated intent
examples), it learns the contexts names come in; what it then finds that is not one
of the clinic's own is dropped by ClinicEntityMapper (assistant/entity_mapping.py).
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.extractors.crf_entity_extractor import CRFEntityExtractor
from rasa.shared.nlu.training_data.training_data import TrainingData


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class AnnotatedNamesExtractor(CRFEntityExtractor):
    def train(self, training_data: TrainingData) -> Resource:
        return super().train(annotated_only(training_data))


def annotated_only(training_data: TrainingData) -> TrainingData:
    return TrainingData(training_examples=list(training_data.entity_examples))
