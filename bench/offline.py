"""Cost of exactly-once creates and weight of a commune reporter's pages; prints JSON.

    .venv/bin/python bench/offline.py [--posts 200] [--notes 200] [--json]

In a fresh SQLite database under a temporary DANVAN_VAR_DIR (or the throw-away database of DATABASE_URL):
the real divisions and the Ninh Bình bloc, a commune reporter, `--notes` notes and a year of monthly reports.
Then, through the real middleware and views (Django's test client, no network):
- the median time of an API note POST without a key, with a fresh Idempotency-Key, and a replay of a key
  already answered (which writes nothing);
- the HTML bytes (and gzip bytes) of each page a commune reporter uses on a first visit, static assets excluded.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=200, help="API POSTs timed per variant")
    parser.add_argument("--notes", type=int, default=200, help="notes of the reporter's commune")
    parser.add_argument("--json", action="store_true", help="JSON output (the only output)")
    args = parser.parse_args()
    os.environ.setdefault("DANVAN_VAR_DIR", tempfile.mkdtemp(prefix="danvan-bench-"))
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse
    from django.utils import timezone

    settings.DEBUG = False
    from danvan.accounts.choices import Role
    from danvan.accounts.services import grant_membership
    from danvan.core.models import IdempotencyKey
    from danvan.org.models import Area, Unit
    from danvan.org.services import create_bloc, import_divisions
    from danvan.reporting import services as reporting_services
    from danvan.reporting.models import ReportForm
    from danvan.situation import services as situation_services
    from danvan.situation.models import SituationNote
    from danvan.testing.factories import UserFactory

    call_command("migrate", verbosity=0)
    import_divisions(None)
    province = Area.objects.get(era="current", code="37")
    create_bloc(None, province)
    unit = Unit.objects.filter(area__parent=province, kind__code="dang-uy").select_related("area").order_by(
        "area__code").first()
    reporter = UserFactory(username="bench-xa")
    grant_membership(None, user=reporter, unit=unit, role=Role.REPORTER)
    today = timezone.localdate()
    for i in range(args.notes):
        situation_services.record_note(reporter, unit=unit, area=unit.area, observed_on=today - timedelta(days=i % 30),
                                       text=f"Bà con phản ánh về tiến độ làm đường liên thôn, lần {i}.",
                                       mood="worried", source_kind="staff")
    form = ReportForm.objects.get(code="BC-DV-THANG")
    submissions = [reporting_services.create_submission(reporter, form=form, unit=unit, period=f"{today.year - 1}-{m:02d}",
                                                        values={"QUA_SL": str(m)}) for m in range(1, 13)]
    incident = situation_services.create_incident(reporter, unit=unit, areas=[unit.area], title="Tranh chấp đất đai",
                                                  started_on=today - timedelta(days=5), severity=2, people_count=12,
                                                  today=today)

    client = Client(SERVER_NAME="localhost")
    client.force_login(reporter)
    body = {"unit": unit.pk, "observed_on": today.isoformat(), "text": "Bà con hỏi về đền bù.", "mood": "worried",
            "source_kind": "staff"}

    def post(headers: dict) -> float:
        start = time.perf_counter()
        r = client.post("/api/v1/situation/notes", body, content_type="application/json", headers=headers)
        elapsed = time.perf_counter() - start
        assert r.status_code == 201, r.content
        return elapsed

    notes_before = SituationNote.objects.count()
    without_key = [post({}) for _ in range(args.posts)]
    keys = [str(uuid.uuid4()) for _ in range(args.posts)]
    with_key = [post({"Idempotency-Key": k}) for k in keys]
    replays = [post({"Idempotency-Key": k}) for k in keys]
    written = SituationNote.objects.count() - notes_before

    pages = {
        "home": reverse("core:home"), "report_list": reverse("reporting:submission_list"),
        "report_new": reverse("reporting:submission_new"),
        "report_detail": reverse("reporting:submission_detail", args=[submissions[0].pk]),
        "note_list": reverse("situation:note_list"), "note_new": reverse("situation:note_new"),
        "incident_list": reverse("situation:incident_list"),
        "incident_detail": reverse("situation:incident_detail", args=[incident.pk]),
        "offline_page": reverse("core:offline"),
    }
    weights = {}
    for name, url in pages.items():
        content = client.get(url).content
        weights[name] = {"html_bytes": len(content), "gzip_bytes": len(gzip.compress(content))}

    result = {
        "scale": {"posts_per_variant": args.posts, "notes": args.notes, "database": settings.DATABASES["default"]["ENGINE"]},
        "api_note_post_ms_median": {"without_key": median_ms(without_key), "with_new_key": median_ms(with_key),
                                    "replayed_key": median_ms(replays)},
        "rows_written": written, "rows_expected": 2 * args.posts,
        "idempotency_rows": IdempotencyKey.objects.unscoped().count(),
        "reporter_pages": weights,
        "largest_page_html_kb": round(max(w["html_bytes"] for w in weights.values()) / 1024, 1),
    }
    print(json.dumps(result, ensure_ascii=False, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
