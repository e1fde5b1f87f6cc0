"""Small on a weak connection: every page a commune reporter uses stays under 200 KB on a first visit (the
static assets, cached by the service worker and by their hashed names, excluded), and the static assets carry
content hashes with a year-long, immutable cache lifetime in production."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from danvan.reporting import services as reporting_services
from danvan.reporting.models import ReportForm
from danvan.situation import services as situation_services

pytestmark = pytest.mark.django_db
LIMIT = 200 * 1024
YEAR = 365 * 24 * 3600


def _reporters_world(world):
    """A busy commune: a page of notes, incidents with timelines, reports of a year."""
    today = timezone.localdate()
    reporter, unit = world.a.reporter, world.a.commune_party
    for i in range(60):
        situation_services.record_note(reporter, unit=unit, area=world.a.commune, observed_on=today - timedelta(days=i % 20),
                                       text=f"Bà con thôn {i} phản ánh về giá phân bón và tiến độ làm đường liên thôn. " * 3,
                                       mood="worried", source_kind="staff")
    incident = situation_services.create_incident(reporter, unit=unit, areas=[world.a.commune], title="Tranh chấp đất đai",
                                                  started_on=today - timedelta(days=5), severity=2, people_count=12,
                                                  today=today)
    form = ReportForm.objects.get(code="BC-DV-THANG")
    submissions = [reporting_services.create_submission(reporter, form=form, unit=unit, period=f"2026-{m:02d}",
                                                        values={"QUA_SL": str(m)}) for m in range(1, 12)]
    return incident, submissions[0]


def test_a_commune_reporters_pages_stay_under_200_kb_on_a_first_visit(client, world):
    incident, submission = _reporters_world(world)
    note = situation_services.record_note(world.a.reporter, unit=world.a.commune_party, area=world.a.commune,
                                          observed_on=timezone.localdate(), text="Tin cuối.", mood="neutral",
                                          source_kind="staff")
    client.force_login(world.a.reporter)
    pages = [reverse("core:home"), reverse("reporting:submission_list"), reverse("reporting:submission_new"),
             reverse("reporting:submission_detail", args=[submission.pk]),
             reverse("situation:note_list"), reverse("situation:note_new"),
             reverse("situation:note_detail", args=[note.pk]), reverse("situation:incident_list"),
             reverse("situation:incident_new"), reverse("situation:incident_detail", args=[incident.pk]),
             reverse("movement:model_list"), reverse("core:notification_list"), reverse("core:offline")]
    sizes = {}
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, url
        sizes[url] = len(r.content)
    too_big = {url: size for url, size in sizes.items() if size >= LIMIT}
    assert too_big == {}, f"pages over {LIMIT // 1024} KB: {too_big}"


def test_static_assets_carry_content_hashes_and_a_year_long_immutable_lifetime(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES,
                         "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}
    call_command("collectstatic", interactive=False, verbosity=0)
    client = Client()  # a new handler: WhiteNoise reads the collected files
    page = client.get(reverse("accounts:login")).content.decode()
    hashed = re.search(r'/static/danvan/app\.[0-9a-f]{12}\.css', page)
    assert hashed, "the page links the hashed name of its stylesheet"
    r = client.get(hashed.group(0))
    assert r.status_code == 200
    lifetime = re.search(r"max-age=(\d+)", r["Cache-Control"])
    assert lifetime
    max_age = int(lifetime.group(1))
    assert max_age >= YEAR and "immutable" in r["Cache-Control"]
    worker = client.get("/sw.js").content.decode()
    assert re.search(r'danvan/offline\.[0-9a-f]{12}\.js', worker), "the service worker caches the hashed names"
