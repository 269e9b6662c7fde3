"""Request parameters the console accepts, checked before any view runs,
so a hostile or mistyped value gets a 404 or a 400 page, never a 500.

- Ids in URLs (`<int:ticket_id>`, ...) are whole numbers from 1 to the
  largest value an INTEGER column holds on PostgreSQL. Bigger numbers would
  reach the database and overflow it (SQLite and psycopg2 raise), so the
  app's `int` converter is this bounded one: out of range is a 404 like any
  id that does not exist. Every blueprint's `<int:...>` gets it.
- Page numbers: `page_number()` reads a positive whole number, anything
  else (negative, not a number, absurdly large) means the first or the last
  page allowed.
- NUL characters: PostgreSQL cannot store them in text and psycopg2 refuses
  them with an error, so a request carrying one anywhere (path, query, form)
  is refused with a 400 before any view sees it.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, abort, request
from werkzeug.routing import IntegerConverter, Map

MAX_ID = 2**31 - 1  # PostgreSQL INTEGER
MAX_PAGE = 100_000
NUL = "\x00"


class DatabaseId(IntegerConverter):
    """`<int:name>` in this app: 1 .. MAX_ID, else no route matches (404)."""

    def __init__(self, url_map: Map, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min", 1)
        kwargs.setdefault("max", MAX_ID)
        super().__init__(url_map, *args, **kwargs)


def page_number(name: str = "page") -> int:
    """The page asked for in the query string, within 1 .. MAX_PAGE."""
    raw = request.args.get(name, "").strip()
    if not (raw.isascii() and raw.isdecimal()):
        return 1
    if len(raw) > len(str(MAX_PAGE)):
        return MAX_PAGE
    return max(1, min(MAX_PAGE, int(raw)))


def _refuse_nul() -> None:
    values = [request.path, *request.args.keys(), *request.args.values()]
    if request.method == "POST":
        values += [*request.form.keys(), *request.form.values()]
    if any(NUL in value for value in values):
        abort(400)


def init_params(app: Flask) -> None:
    """Call before registering any blueprint: rules bind their converters when added."""
    app.url_map.converters["int"] = DatabaseId
    app.before_request(_refuse_nul)
