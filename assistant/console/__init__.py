"""The staff console: a small server-rendered Flask app where clinic staff
work the handoff queue (claim, note, resolve), read transcripts from Rasa's
tracker store, and admins manage accounts and read the audit log.

    app = create_app(load_settings())          # nothing connects until a request
    python -m assistant.cli console            # serve it with waitress (CONSOLE_HOST:CONSOLE_PORT)
    python -m assistant.cli create-admin       # the first admin account

Modules, one job each:

    app.py          the factory: config, CSRF, sign-in, security headers, pages
    permissions.py  the role matrix (data) and the checks every view uses
    auth.py         who is signed in: roles_required, current_staff, session expiry
    passwords.py    argon2id hashing        accounts.py   staff accounts
    lockout.py      sign-in throttling (progressive delays) on the login_attempts table
    params.py       bounded ids in URLs, page numbers, no NUL: no parameter makes a 500
    audit.py        the audit log           db.py         the unit of work for views
    queue.py        the queue and counts    casework.py   claim, note, resolve (checked, audited)
    transcript.py   conversations from the tracker store's `events` table
    reasons.py      readable names for safety situations
    stats.py        dashboard figures (pure)
    *_views.py      thin Flask views; templates/ and static/ (vendored chart.js, no CDN)
"""

from assistant.console.app import create_app

__all__ = ["create_app"]
