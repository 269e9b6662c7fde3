"""Several Rasa servers for one clinic or group (docs/deploy.md)."""
