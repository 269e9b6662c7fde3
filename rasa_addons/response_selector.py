"""Rasa's ResponseSelector, run only for messages classified as its retrieval intent.

A selected FAQ answer is only ever used when the message's intent is `faq`
(`utter_faq`), and nothing after the selector in the pipeline turns another
intent into `faq` (the fallback, input guard and safety screen only move
messages away from it). Greetings, bookings and symptom reports therefore
skip the selector's neural network, about a tenth of the server's time per
turn under load (bench/results/load.md). Training is Rasa's, unchanged.
"""

from __future__ import annotations

import warnings
from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY
from rasa.shared.nlu.training_data.message import Message

# Rasa's recipe validator checks for the ResponseSelector class itself, not a
# subclass, and would warn at every training that the FAQ examples go unused.
warnings.filterwarnings("ignore", message="You have defined training data with examples for training a response sel")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class RetrievalIntentResponseSelector(ResponseSelector):
    def process(self, messages: List[Message]) -> List[Message]:
        if not self.retrieval_intent:  # one selector for every retrieval intent
            return super().process(messages)
        asked = [m for m in messages if (m.get(INTENT) or {}).get(INTENT_NAME_KEY) == self.retrieval_intent]
        if asked:
            super().process(asked)
        return messages
