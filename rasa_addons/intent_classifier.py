"""Rasa's logistic-regression intent classifier with a configurable class weight.

Rasa's LogisticRegressionClassifier always weights classes "balanced" (the
inverse of their size). Here the retrieval intent `faq` is the union of all
36 FAQ topics, so it is by far the largest class and "balanced" makes each
FAQ example count for a fraction of a greeting's: FAQ questions then drift to
small intents (deny, bot_challenge, ask_contact) or below the fallback
threshold. `class_weight_power` softens the weighting:

    weight(class) = (n_examples / (n_classes * n_class_examples)) ** power

power 1 is Rasa's "balanced", 0 weights every example the same, 0.5 is in
between. Chosen by cross-validation: bench/results/nlu_cross_validation.md.

It also stores the coefficients column-major: scikit-learn multiplies a
message's features by `coef_.T`, and scipy copied that whole matrix (features
x intents) into row-major order for every message it classified.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Dict, Iterable

import numpy as np
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.linear_model import LogisticRegression


def class_weights(labels: Iterable[str], power: float) -> Dict[str, float]:
    """Per-class weights, balanced ** power (see the module docstring)."""
    counts = Counter(labels)
    if not counts:
        return {}
    total = sum(counts.values())
    return {label: (total / (len(counts) * count)) ** power for label, count in counts.items()}


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class WeightedLogisticRegressionClassifier(LogisticRegressionClassifier):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {**LogisticRegressionClassifier.get_default_config(), "class_weight_power": 1.0}

    def train(self, training_data: TrainingData) -> Resource:
        labels = [e.get("intent") for e in training_data.intent_examples if e.get("intent") and e.get("text")]
        self.clf.set_params(class_weight=class_weights(labels, float(self.config["class_weight_power"])) or None)
        resource = super().train(training_data)
        lay_out_for_prediction(self.clf)
        return resource

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> WeightedLogisticRegressionClassifier:
        component = super().load(config, model_storage, resource, execution_context, **kwargs)
        lay_out_for_prediction(component.clf)
        return component


def lay_out_for_prediction(clf: LogisticRegression) -> None:
    """Store a fitted classifier's coefficients column-major, so that the
    coef_.T it multiplies by is row-major and scipy uses it in place."""
    if hasattr(clf, "coef_"):
        clf.coef_ = np.asfortranarray(clf.coef_)
