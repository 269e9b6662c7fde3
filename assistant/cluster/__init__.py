"""What several Rasa servers share: the per-conversation ticket lock in Redis (ticket_lock.py)."""
