"""The audit log page, for admins (reading it is itself audited)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, request

from assistant.console import audit, audit_words
from assistant.console.accounts import display_names
from assistant.console.auth import current_staff, permission_required, remote_addr
from assistant.console.db import db_session
from assistant.console.params import page_number

bp = Blueprint("audit", __name__)

PAGE_SIZE = 100


@bp.get("/audit")
@permission_required("audit.view")
def index() -> Any:
    filters = {
        "actor": request.args.get("actor", "").strip()[:60],
        "action": request.args.get("action", "").strip()[:40],
        "subject_type": request.args.get("subject_type", "").strip()[:40],
        "subject_id": request.args.get("subject_id", "").strip()[:64],
    }
    page = page_number()
    with db_session() as session:
        audit.record(
            session,
            current_staff().username,
            "audit.view",
            "audit_log",
            detail={k: v for k, v in filters.items() if v},
            remote_addr=remote_addr(),
        )
        total = audit.count_events(session, **filters)
        entries = audit.list_events(session, **filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        actions = audit.actions(session)
        names = display_names(session)
    return render_template(
        "audit.html",
        entries=entries,
        filters=filters,
        actions=actions,
        page=page,
        pages=max(1, -(-total // PAGE_SIZE)),
        total=total,
        names=names,
        action_label=audit_words.action_label,
        subject_label=audit_words.subject_label,
        detail_lines=audit_words.words_for(names),
    )
