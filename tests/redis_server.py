"""The Redis server the tests of the production configuration use (the
machine's, 127.0.0.1:6379; TEST_REDIS_URL to use another). Tests keep to a
database of their own and to keys they made, and remove them afterwards."""

from __future__ import annotations

import os

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
