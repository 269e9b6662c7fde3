"""Tokenizer that uses spaCy's English rules and lookup lemmas."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message

from assistant import nlp


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class LemmaTokenizer(Tokenizer):
    """Splits text with spaCy's blank English tokenizer and sets each token's
    lemma from the spacy-lookups-data table, so "injections", "injected" and
    "injecting" share features. Markup tags are ignored."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
        }

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LemmaTokenizer:
        return cls(config)

    def tokenize(self, message: Message, attribute: str) -> List[Token]:
        text = message.get(attribute) or ""
        tokens = [Token(w.text, w.start, lemma=w.lemma) for w in nlp.words(text)]
        if not tokens:
            # Featurizers and classifiers expect at least one token; an empty
            # message gets a blank one (the InputGuard answers it later).
            tokens = [Token("", 0, lemma="")]
        return self._apply_token_pattern(tokens)
