"""The demo clinic website: a few pages of the (fictional) clinic with the
patient chat widget embedded, so a clinic sees exactly what its patients
get, and the snippet to paste into its own site (`/add-the-chat`).

    app = create_app(load_settings())     # nothing connects until a request
    python -m assistant.website            # serve it with waitress (WEBSITE_HOST:WEBSITE_PORT)

Modules: app.py (the factory, pages, security headers), visit.py (locations
and opening hours from the clinic database, for the "Visit us" page),
serve.py (waitress). The widget itself is built from web/chat-widget/ into
static/chat/ (vendored: no CDN, no npm at run time); docs/web-chat.md.
"""

from assistant.website.app import create_app

__all__ = ["create_app"]
