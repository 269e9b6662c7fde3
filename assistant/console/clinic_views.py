"""The clinic data pages, for admins: opening hours, closures, prices and
packages, the consultation fee, practitioners.

    /clinic                                 overview, with a link to each form
    /clinic/hours/<location>                a location's week (GET form, POST save)
    /clinic/closures                        the closures, a form to add one; POST .../<id>/remove
    /clinic/treatments/<slug>/price         price per session and packages
    /clinic/fee                             the consultation fee
    /clinic/practitioners/new, /<slug>      add or edit a practitioner

Thin: assistant.clinic.admin validates and writes; a refused form comes back
with the values as typed and each message next to its field (HTTP 400); a
saved one redirects to the overview with a success message (303, so a reload
never posts twice). Every change writes its audit event in the same
transaction. The assistant reads the database on every answer, so the next
patient question gets the new values.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable, Dict, List, Mapping

from flask import Blueprint, Flask, abort, flash, redirect, render_template, request, url_for
from sqlalchemy.orm import Session

from assistant.clinic import admin
from assistant.clinic.admin import ClinicDataInvalid, ClosureInput, PackageInput, PractitionerInput
from assistant.clinic.clinic_spec import REGULATORS
from assistant.clinic.values import WEEKDAY_KEYS, WEEKDAYS
from assistant.console import audit
from assistant.console.auth import current_staff, permission_required, remote_addr
from assistant.console.db import db_session
from assistant.exceptions import ClinicNotLoaded, NotFound

bp = Blueprint("clinic", __name__, url_prefix="/clinic")

# Blank package rows offered under the existing ones.
EXTRA_PACKAGE_ROWS = 2
PRACTITIONER_FIELDS = ("name", "role", "qualifications", "registration_body", "registration_number", "bio")


def register(app: Flask) -> None:
    app.register_blueprint(bp)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _snapshot() -> admin.ClinicSnapshot:
    with db_session() as session:
        return admin.snapshot(session)


def _save(change: Callable[[Session], admin.Change], done: str) -> admin.Change:
    """Run a change and record it in the audit log, in one transaction.
    ClinicDataInvalid propagates (nothing written); the caller shows the form again."""
    staff, addr = current_staff(), remote_addr()
    with db_session() as session:
        made = change(session)
        audit.record(session, staff.username, made.action, made.subject_type, made.subject_id, dict(made.detail), addr)
    flash(done, "success")
    for warning in made.warnings:
        flash(warning, "info")
    return made


def _back(endpoint: str = "clinic.overview", **values: Any) -> Any:
    return redirect(url_for(endpoint, **values), code=303)


@bp.errorhandler(ClinicNotLoaded)
def _not_loaded(error: ClinicNotLoaded) -> Any:
    return render_template("clinic/not_loaded.html", message=str(error)), 404


@bp.errorhandler(NotFound)
def _unknown(error: NotFound) -> Any:
    abort(404)


# --- Overview ---------------------------------------------------------------------------------


@bp.get("")
@permission_required("clinic.manage")
def overview() -> Any:
    return render_template("clinic/overview.html", snap=_snapshot(), weekdays=WEEKDAYS, money=admin.money_text)


# --- Opening hours ---------------------------------------------------------------------------


@bp.route("/hours/<location>", methods=["GET", "POST"])
@permission_required("clinic.manage")
def hours(location: str) -> Any:
    snap = _snapshot()
    place = snap.location(location)
    if place is None:
        abort(404)
    values = {key: place.day_text(day) for day, key in enumerate(WEEKDAY_KEYS)}
    errors: Mapping[str, str] = {}
    if request.method == "POST":
        # Only the days the form sent: a missing field leaves its day as it is.
        given = {key: request.form[key] for key in WEEKDAY_KEYS if key in request.form}
        values.update(given)
        try:
            _save(
                lambda s: admin.set_weekly_hours(s, location, given, _now()),
                f"Opening hours of {place.name} saved. The assistant uses them from the next question.",
            )
            return _back()
        except ClinicDataInvalid as error:
            errors = error.errors
    return _form(
        "clinic/hours.html", errors, place=place, values=values, days=list(zip(WEEKDAY_KEYS, WEEKDAYS, strict=True))
    )


def _form(template: str, errors: Mapping[str, str], **context: Any) -> Any:
    """The form page; 400 when it comes back with errors."""
    return render_template(template, errors=errors, **context), (400 if errors else 200)


# --- Closures ---------------------------------------------------------------------------------


@bp.route("/closures", methods=["GET", "POST"])
@permission_required("clinic.manage")
def closures() -> Any:
    values: Dict[str, Any] = {"starts_on": "", "ends_on": "", "reason": "", "location": "", "repeats_yearly": False}
    errors: Mapping[str, str] = {}
    if request.method == "POST":
        form = request.form
        values = {
            "starts_on": form.get("starts_on", ""),
            "ends_on": form.get("ends_on", ""),
            "reason": form.get("reason", ""),
            "location": form.get("location", ""),
            "repeats_yearly": form.get("repeats_yearly") == "on",
        }
        try:
            _save(
                lambda s: admin.add_closure(s, ClosureInput(**values), _now()),
                f"Closure “{values['reason'].strip()}” added.",
            )
            return _back("clinic.closures")
        except ClinicDataInvalid as error:
            errors = error.errors
    return _form("clinic/closures.html", errors, snap=_snapshot(), values=values)


@bp.post("/closures/<int:closure_id>/remove")
@permission_required("clinic.manage")
def remove_closure(closure_id: int) -> Any:
    try:
        _save(lambda s: admin.remove_closure(s, closure_id, _now()), "Closure removed.")
    except ClinicDataInvalid as error:
        flash(next(iter(error.errors.values())), "error")
    return _back("clinic.closures")


# --- Prices -----------------------------------------------------------------------------------


@bp.route("/treatments/<slug>/price", methods=["GET", "POST"])
@permission_required("clinic.manage")
def price(slug: str) -> Any:
    treatment = _snapshot().treatment(slug)
    if treatment is None:
        abort(404)
    values: Dict[str, Any] = {
        "price_from": admin.money_text(treatment.price_from),
        "price_to": admin.money_text(treatment.price_to),
        "packages": [
            {"sessions": str(p.sessions), "price": admin.money_text(p.price), "name": p.name}
            for p in treatment.packages
        ]
        + [{"sessions": "", "price": "", "name": ""}] * EXTRA_PACKAGE_ROWS,
    }
    errors: Mapping[str, str] = {}
    if request.method == "POST":
        form = request.form
        given = form.get("package_rows", "")
        rows = min(int(given), admin.MAX_PACKAGES + EXTRA_PACKAGE_ROWS) if given.isdigit() else 0
        packages = [
            {key: form.get(f"packages-{i}-{key}", "") for key in ("sessions", "price", "name")} for i in range(rows)
        ]
        values = {"price_from": form.get("price_from", ""), "price_to": form.get("price_to", ""), "packages": packages}
        try:
            _save(
                lambda s: admin.set_treatment_price(
                    s, slug, values["price_from"], values["price_to"], [PackageInput(**p) for p in packages]
                ),
                f"Prices of {treatment.name} saved.",
            )
            return _back()
        except ClinicDataInvalid as error:
            errors = error.errors
    return _form("clinic/price.html", errors, treatment=treatment, values=values)


@bp.route("/fee", methods=["GET", "POST"])
@permission_required("clinic.manage")
def fee() -> Any:
    snap = _snapshot()
    value = admin.money_text(snap.consultation_fee)
    errors: Mapping[str, str] = {}
    if request.method == "POST":
        value = request.form.get("consultation_fee", "")
        try:
            _save(lambda s: admin.set_consultation_fee(s, value), "Consultation fee saved.")
            return _back()
        except ClinicDataInvalid as error:
            errors = error.errors
    return _form("clinic/fee.html", errors, snap=snap, value=value)


# --- Practitioners ----------------------------------------------------------------------------


def _practitioner_values(entry: admin.PractitionerEntry | None) -> Dict[str, Any]:
    if entry is None:
        return {**{name: "" for name in PRACTITIONER_FIELDS}, "slug": "", "locations": [], "treatments": []}
    values: Dict[str, Any] = {name: getattr(entry, name) or "" for name in PRACTITIONER_FIELDS}
    values.update(slug=entry.slug, locations=list(entry.locations), treatments=list(entry.treatments))
    return values


def _practitioner_form() -> Dict[str, Any]:
    form = request.form
    values: Dict[str, Any] = {name: form.get(name, "") for name in PRACTITIONER_FIELDS}
    values.update(slug=form.get("slug", ""), locations=form.getlist("locations"), treatments=form.getlist("treatments"))
    return values


def _practitioner_input(values: Mapping[str, Any]) -> PractitionerInput:
    return PractitionerInput(
        **{name: values[name] for name in PRACTITIONER_FIELDS},
        locations=list(values["locations"]),
        treatments=list(values["treatments"]),
        slug=values.get("slug", ""),
    )


@bp.route("/practitioners/new", methods=["GET", "POST"])
@permission_required("clinic.manage")
def new_practitioner() -> Any:
    values, errors = _practitioner_values(None), {}
    if request.method == "POST":
        values = _practitioner_form()
        try:
            _save(
                lambda s: admin.add_practitioner(s, _practitioner_input(values)),
                f"{values['name'].strip()} added.",
            )
            return _back()
        except ClinicDataInvalid as error:
            errors = error.errors
    return _practitioner_page(None, values, errors)


@bp.route("/practitioners/<slug>", methods=["GET", "POST"])
@permission_required("clinic.manage")
def practitioner(slug: str) -> Any:
    entry = _snapshot().practitioner(slug)
    if entry is None:
        abort(404)
    values, errors = _practitioner_values(entry), {}
    if request.method == "POST":
        values = {**_practitioner_form(), "slug": slug}
        try:
            _save(
                lambda s: admin.update_practitioner(s, slug, _practitioner_input({**values, "slug": ""})),
                f"{values['name'].strip() or entry.name} saved.",
            )
            return _back()
        except ClinicDataInvalid as error:
            errors = error.errors
    return _practitioner_page(entry, values, errors)


def _practitioner_page(entry: admin.PractitionerEntry | None, values: Mapping[str, Any], errors: Mapping[str, str]):
    snap = _snapshot()
    choices: Dict[str, List[Any]] = {
        "locations": [(loc.slug, loc.name) for loc in snap.locations],
        "treatments": [(t.slug, t.name) for t in snap.treatments],
    }
    return _form("clinic/practitioner.html", errors, entry=entry, values=values, choices=choices, regulators=REGULATORS)
