"""Several Rasa servers for one clinic or group (docs/deploy.md): the
per-conversation ticket lock they share in Redis (ticket_lock.py), HAProxy's
configuration (haproxy.py) and the launcher of `make run-cluster` (launcher.py)."""
