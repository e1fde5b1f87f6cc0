"""Fuzz every form-handling page (issue 13 item 7, the UI half; danvan/api/tests/test_fuzz.py does the API).

Every UI route (not the API, the admin site or static files) is opened by a signed-in user of the province
that owns the objects in its URL, so a posted form reaches the views and services. Each route that takes a
POST gets hypothesis-generated bodies: the field names the page's own forms carry (and the names every form
of this app uses: version, ids, action, period, form, unit …), each given a plausible value or a hostile one —
NUL bytes, integers past 2^63, digits that are not ASCII ("²", "١٢"), long strings. Two properties:

- never a 5xx;
- nothing half-written: every write goes through an audited service, so when the audit log did not grow the
  data did not change either (a fingerprint of every danvan table: rows, highest id, sum of versions).

A new app's pages are fuzzed as soon as their routes are mounted (teach `candidate_kwargs` in
test_every_route_is_scoped.py their URL parameters). The same test runs on PostgreSQL when DATABASE_URL names it.
"""

import re

import pytest
from django.apps import apps
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan.core.models import AuditEvent
from danvan.core.tests.test_every_route_is_scoped import (
    SIGN_OUT,
    all_patterns,
    b_data,
    candidate_kwargs,
    fill,
)
from danvan.core.tests.test_every_route_is_scoped import param_names as route_params

pytestmark = pytest.mark.django_db

SKIPPED_PREFIXES = ("api/", "quan-tri/", "static/", "media/")
# Names every form of the app uses, posted even when the page shown to this user does not carry them.
COMMON_FIELDS = ["version", "ids", "action", "period", "form", "unit", "q", "reason", "note", "confirm",
                 "next", "title", "text", "name", "number", "issued_on", "state", "page"]
NUL = "\x00"
HOSTILE = [NUL, f"a{NUL}b", "²", "١٢", "１２", str(2**63), str(2**64), "9" * 40, "-" + "9" * 40, "1.5", "abc",
           "x" * 5000, "Đảng ủy " * 300, "' OR 1=1 --", "<script>alert(1)</script>", "2026-13", "2030-01",
           "2026-02-30", "0000-00", "", " ", "-1", "0", "\ud7ff\ue000"]
FORM_FUZZ = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                               HealthCheck.too_slow])
NAME = re.compile(r"""<(?:input|select|textarea|button)\b[^>]*?\bname=["']([^"']+)["'][^>]*?>""", re.I)
VALUE = re.compile(r"""\bname=["']([^"']+)["'][^>]*?\bvalue=["']([^"']*)["']""", re.I)
# Data a request may change without a service of its own: the session and the sign-in counters are the
# machinery of signing in, not the app's data.
NOT_DATA = {"accounts.loginfailure", "core.auditevent"}


def _fingerprint_sql() -> str:
    """One statement over every danvan table (rows, highest id, sum of versions, latest update): a query per
    table per example made the PostgreSQL run of this test take longer than the rest of the suite."""
    from django.db import connection

    quote = connection.ops.quote_name
    parts = []
    for model in apps.get_models():
        if not model.__module__.startswith("danvan.") or model._meta.label_lower in NOT_DATA:
            continue
        if model._meta.proxy or not model._meta.managed:
            continue
        names = {f.name: str(f.column) for f in model._meta.concrete_fields}
        version = f"SUM({quote(names['version'])})" if "version" in names else "NULL"
        updated = f"MAX({quote(names['updated_at'])})" if "updated_at" in names else "NULL"
        top = f"CAST(MAX({quote(str(model._meta.pk.column))}) AS TEXT)"
        table = quote(model._meta.db_table)
        # names come from the models' metadata, quoted: no input reaches this statement
        sql = f"SELECT '{model._meta.label_lower}', COUNT(*), {top}, CAST({version} AS TEXT), CAST({updated} AS TEXT) FROM {table}"  # noqa: S608, E501
        parts.append(sql)
    return " UNION ALL ".join(parts)


def fingerprint() -> list:
    """Rows, highest id, sum of versions and latest update of every danvan model (the audit log aside)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(_fingerprint_sql())
        return sorted(cursor.fetchall())


def form_fields(html: str) -> tuple[list[str], dict[str, list[str]]]:
    """(field names of the page's forms, {name: values the page offers}) — for plausible posts."""
    names = list(dict.fromkeys(NAME.findall(html)))
    offered: dict[str, list[str]] = {}
    for name, value in VALUE.findall(html):
        offered.setdefault(name, []).append(value)
    return names, offered


def routes(data):
    """(route name, url) of every UI route, its parameters filled with the objects of province B."""
    for route, name, _ in all_patterns():
        if route.startswith(SKIPPED_PREFIXES) or name in SIGN_OUT:
            continue
        kwargs = next(iter(candidate_kwargs(route_params(route), data)), None)
        if kwargs is not None:
            yield name, fill(route, kwargs)


def body_strategy(names: list[str], offered: dict[str, list[str]]):
    def value(name):
        plausible = st.sampled_from(offered[name]) if offered.get(name) else st.just("1")
        return st.one_of(plausible, st.sampled_from(HOSTILE), st.text(max_size=30))

    chosen = st.lists(st.sampled_from(names), min_size=1, max_size=min(8, len(names)), unique=True)
    return chosen.flatmap(lambda picked: st.fixed_dictionaries({n: st.one_of(value(n), st.lists(value(n), max_size=3))
                                                                for n in picked}))


def fuzz_route(client, users, name: str, url: str, names: list[str], offered: dict) -> None:
    @FORM_FUZZ
    @given(body_strategy(names, offered), st.sampled_from(users))
    def post(body, user):
        client.force_login(user)
        audited, before = AuditEvent.objects.count(), fingerprint()
        response = client.post(url, body)
        assert response.status_code < 500, f"POST {url} ({name}) {body!r} → {response.status_code}"
        if AuditEvent.objects.count() == audited:
            assert fingerprint() == before, f"POST {url} ({name}) {body!r} changed data without an audited service"

    post()


def test_no_ui_form_post_answers_500_or_half_writes(world, client):
    data = b_data(world)
    users = [world.b.reporter, world.b.reviewer]
    fuzzed = 0
    for name, url in routes(data):
        client.force_login(users[0])
        if client.post(url).status_code == 405:  # a page that takes no POST
            continue
        page = client.get(url)
        ok = page.status_code == 200 and not page.streaming and "html" in page.get("Content-Type", "")
        html = page.content.decode(errors="replace") if ok else ""
        names, offered = form_fields(html)
        names = list(dict.fromkeys(n for n in names + COMMON_FIELDS if n != "csrfmiddlewaretoken"))

        fuzz_route(client, users, name, url, names, offered)
        fuzzed += 1
    assert fuzzed >= 20, fuzzed
