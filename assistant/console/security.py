"""Response headers that keep the console's pages to themselves.

- Content-Security-Policy: only the console's own scripts, styles and
  images (no inline script, no CDN, no plugins), forms post only here, and
  no framing (clickjacking) — patient text that slipped past escaping still
  could not run.
- X-Frame-Options for browsers that ignore frame-ancestors.
- No caching of pages: they show patients' details; a shared reception
  tablet must not keep them after sign-out. Static files may be cached.
- Strict-Transport-Security when the console is served over HTTPS.
"""

from __future__ import annotations

from flask import Flask, Response, request

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


def init_security_headers(app: Flask, https: bool) -> None:
    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        if request.endpoint != "static":
            response.headers["Cache-Control"] = "no-store"
        if https:
            response.headers["Strict-Transport-Security"] = "max-age=31536000"
        return response
