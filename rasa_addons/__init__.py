"""Rasa server add-ons: custom NLU components and the tracker store.

Each is a thin adapter between Rasa and plain functions in `assistant/`, and
is referenced from config.yml or endpoints.yml by its full module path, e.g.
``rasa_addons.lemma_tokenizer.LemmaTokenizer``.
"""
