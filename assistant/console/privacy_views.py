"""A patient's data, for requests made by phone or letter: find the
conversation, export it as JSON (an access request) or erase it (an
erasure request). Clinicians and admins only (assistant/console/permissions.py);
every export and erasure is audited with who, the reference and counts,
never content (assistant/privacy). Export and erase are POSTs with the CSRF
token, so a link can never trigger them."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from flask import Blueprint, Response, abort, redirect, render_template, request, url_for

from assistant.console.auth import current_staff, permission_required, remote_addr
from assistant.console.db import engine, tracker_engine
from assistant.privacy.erasure import STAFF, erase_conversation
from assistant.privacy.export import export_conversation
from assistant.privacy.references import new_reference
from assistant.privacy.stores import PrivacyStores
from assistant.privacy.summary import summarise

bp = Blueprint("privacy", __name__)

MAX_CONVERSATION_ID = 255
CONFIRM_WORD = "delete"


def _stores() -> PrivacyStores:
    return PrivacyStores(tracker_engine(), engine())


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _checked(conversation_id: str) -> str:
    conversation_id = conversation_id.strip()
    if not conversation_id or len(conversation_id) > MAX_CONVERSATION_ID or conversation_id.startswith("erased:"):
        abort(404)
    return conversation_id


@bp.get("/privacy")
@permission_required("privacy.manage")
def index() -> Any:
    conversation_id = request.args.get("conversation", "").strip()
    if conversation_id:
        return redirect(url_for("privacy.show", conversation_id=_checked(conversation_id)), code=303)
    return render_template("privacy.html", summary=None, done=None)


@bp.get("/privacy/conversations/<path:conversation_id>")
@permission_required("privacy.manage")
def show(conversation_id: str) -> Any:
    summary = summarise(_stores(), _checked(conversation_id))
    return render_template("privacy.html", summary=summary, done=None, confirm_word=CONFIRM_WORD)


@bp.post("/privacy/conversations/<path:conversation_id>/export")
@permission_required("privacy.manage")
def export(conversation_id: str) -> Any:
    conversation_id = _checked(conversation_id)
    reference = new_reference()
    document = export_conversation(
        _stores(),
        conversation_id,
        now=_now(),
        reference=reference,
        actor=current_staff().username,
        remote_addr=remote_addr(),
    )
    response = Response(json.dumps(document, ensure_ascii=False, indent=2), mimetype="application/json")
    response.headers["Content-Disposition"] = f'attachment; filename="conversation-export-{reference}.json"'
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/privacy/conversations/<path:conversation_id>/erase")
@permission_required("privacy.manage")
def erase(conversation_id: str) -> Any:
    conversation_id = _checked(conversation_id)
    if request.form.get("confirm", "").strip().lower() != CONFIRM_WORD:
        summary = summarise(_stores(), conversation_id)
        return (
            render_template(
                "privacy.html",
                summary=summary,
                done=None,
                confirm_word=CONFIRM_WORD,
                error=f'Type "{CONFIRM_WORD}" to confirm. Nothing was deleted.',
            ),
            400,
        )
    outcome = erase_conversation(
        _stores(),
        conversation_id,
        reason=STAFF,
        now=_now(),
        actor=current_staff().username,
        remote_addr=remote_addr(),
    )
    return render_template("privacy.html", summary=None, done=outcome)
