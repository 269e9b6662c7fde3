"""The clinic assistant's own library. It never imports Rasa: the Rasa
components in `rasa_addons/` and the actions in `actions/` adapt it."""
