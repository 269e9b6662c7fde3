"""The queue page and the JSON it refreshes from.

The page is rendered on the server (usable without JavaScript); queue.js
then polls /api/queue every few seconds and redraws the rows with
textContent. JSON rather than HTML fragments: patient text then never goes
through the browser's HTML parser at all, so escaping cannot be forgotten
in a second place.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from flask import Blueprint, jsonify, render_template, request

from assistant.console.accounts import display_names
from assistant.console.auth import current_role, current_staff, permission_required
from assistant.console.db import db_session
from assistant.console.params import page_number
from assistant.console.queue import (
    DEFAULT_FILTER,
    FILTER_LABELS,
    MINE,
    OVERDUE,
    SORTS,
    UNASSIGNED,
    URGENCIES,
    QueueQuery,
    load_queue,
)
from assistant.console.reasons import URGENCY_LABELS

bp = Blueprint("queue", __name__)

POLL_SECONDS = 5


def _asked() -> QueueQuery:
    return QueueQuery(
        status=request.args.get("status", DEFAULT_FILTER),
        urgency=request.args.get("urgency", ""),
        assignee=request.args.get("assignee", ""),
        search=request.args.get("search", ""),
        page=page_number(),
        due=request.args.get("due", ""),
        sort=request.args.get("sort", ""),
    )


def _view() -> Any:
    with db_session() as session:
        staff = current_staff()
        me = staff.username if staff else None
        return load_queue(session, _asked(), datetime.now(timezone.utc), current_role(), me)


@bp.get("/")
@permission_required("queue.view")
def index() -> Any:
    view = _view()
    with db_session() as session:
        staff = sorted(display_names(session).items(), key=lambda item: item[1].lower())
    return render_template(
        "queue.html",
        view=view,
        filters=FILTER_LABELS,
        urgencies=[(level, URGENCY_LABELS[level]) for level in URGENCIES],
        staff=staff,
        unassigned=UNASSIGNED,
        mine=MINE,
        overdue=OVERDUE,
        sorts=SORTS,
        poll_seconds=POLL_SECONDS,
    )


@bp.get("/api/queue")
@permission_required("queue.view")
def api_queue() -> Any:
    return jsonify(_view().as_json())
