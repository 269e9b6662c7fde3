"""Serve the demo website with waitress on WEBSITE_HOST:WEBSITE_PORT.

    python -m assistant.website                     # the demo site with the chat
    python -m assistant.website --allowed-origins   # print CHAT_ALLOWED_ORIGINS, space-separated
                                                    # (for `rasa run --cors ...` in scripts)
"""

from __future__ import annotations

import argparse
import sys
from typing import List

from assistant.exceptions import SettingsError
from assistant.settings import Settings, load_settings
from assistant.website.app import create_app

THREADS = 4


def serve(settings: Settings) -> None:
    from waitress import serve as waitress_serve

    app = create_app(settings)
    print(
        f"Demo clinic website on http://{settings.website_host}:{settings.website_port} "
        f"(chat server {settings.chat_server_url})",
        flush=True,
    )
    waitress_serve(
        app, host=settings.website_host, port=settings.website_port, threads=THREADS, ident="clinic-website"
    )


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.website", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--allowed-origins",
        action="store_true",
        help="print the web pages allowed to open the chat (CHAT_ALLOWED_ORIGINS), space-separated, and exit",
    )
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    if args.allowed_origins:
        print(" ".join(settings.allowed_origins))
        return 0
    serve(settings)
    return 0
