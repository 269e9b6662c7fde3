"""socket.io across several Rasa servers: rooms shared through Redis.

A patient's socket lives on one Rasa server, but a reply, a staff line or a
deletion notice for that conversation may be emitted by another (the one
HAProxy sent the REST call or the console's takeover request to). Rasa 3.6's
channel builds its own python-socketio `AsyncServer` with no hook for a
client manager, so the channel swaps in python-socketio's `AsyncRedisManager`
right after Rasa made the server and before it serves anything: every emit to
a room is published on Redis and each server delivers it to the sockets it
holds. Without REDIS_URL nothing changes (one server, in-process rooms).
"""

from __future__ import annotations

import logging
from typing import Any

from sanic import Blueprint, Sanic
from socketio import AsyncRedisManager, AsyncServer

logger = logging.getLogger(__name__)

# The Redis pub/sub channel the Rasa servers of one deployment share.
PUBSUB_CHANNEL = "clinic-assistant-socketio"


def share_rooms_through_redis(sio: AsyncServer, blueprint: Blueprint, redis_url: str) -> AsyncRedisManager:
    """Give `sio` a Redis client manager and start listening when the server starts."""
    manager = AsyncRedisManager(redis_url, channel=PUBSUB_CHANNEL)
    manager.set_server(sio)
    sio.manager = manager

    @blueprint.listener("after_server_start")
    async def listen_for_other_servers(_app: Sanic, _loop: Any) -> None:
        # python-socketio starts the listener on the first connection; a
        # server that holds no socket yet must still hear emits from others
        # as soon as one connects, so it starts with the server instead.
        if not sio.manager_initialized:
            sio.manager_initialized = True
            manager.initialize()
        logger.info("socket.io rooms are shared with the other Rasa servers through Redis.")

    return manager
