"""Speed of the synthesised report over a whole province; prints JSON.

    .venv/bin/python bench/synthesis.py [--runs N] [--keep]

Builds the real Ninh Bình bloc (129 communes) in a fresh SQLite database under a temporary
DANVAN_VAR_DIR (or the database of DATABASE_URL, which must then be a throw-away one), gives every
expected unit an approved monthly report with every section filled with about 600 characters, then
times `build_synthesis` (with each section's summary: common points, notable results), the .docx of the
drafted report (the summary, then every excerpt in its appendix) and the .xlsx.
The target is a .docx in under 2000 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

PERIOD = "2026-03"
SENTENCE = ("Tổ chức tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của "
            "Nhà nước; thăm hỏi, tặng quà gia đình chính sách, hộ nghèo; phát huy mô hình “Dân vận khéo” ")


def text_of(unit_name: str, code: str) -> str:
    text = f"{unit_name} ({code}): "
    while len(text) < 600:
        text += SENTENCE
    return text[:600]


def setup_database():
    from django.core.management import call_command

    from danvan.org.models import Area
    from danvan.org.services import create_bloc, import_divisions

    call_command("migrate", verbosity=0)
    import_divisions(None)
    province = Area.objects.get(era="current", code="37")
    create_bloc(None, province)
    return province


def fill_reports(form, btgdv) -> int:
    """Approved reports of every expected unit, written in bulk, then the roll-up rebuilt from them."""
    from django.db import transaction
    from django.utils import timezone

    from danvan.reporting import rollup
    from danvan.reporting.deadlines import deadline_for
    from danvan.reporting.models import Submission, SubmissionSection, SubmissionValue
    from danvan.reporting.periods import parse_period
    from danvan.reporting.selectors import expected_units

    period = parse_period(PERIOD)
    deadline = deadline_for(form, period)
    units = list(expected_units(form, period, under=btgdv).order_by("line_path"))
    indicators = [fi.indicator for fi in form.form_indicators.select_related("indicator")]
    sections = list(form.sections.values_list("code", flat=True))
    submitted = timezone.make_aware(timezone.datetime.combine(deadline, timezone.datetime.min.time()))
    with transaction.atomic():
        subs = Submission.objects.bulk_create([
            Submission(form=form, unit=u, period=period.code, period_start=period.start, period_end=period.end,
                       deadline=deadline, status="approved", line_path=u.line_path,
                       first_submitted_at=submitted - timedelta(days=n % 3), submitted_at=submitted,
                       approved_at=submitted)
            for n, u in enumerate(units)])
        subs = list(Submission.objects.filter(form=form, period=period.code).select_related("unit"))
        SubmissionValue.objects.bulk_create([
            SubmissionValue(submission=s, indicator=i, value=Decimal((s.unit_id * 7 + n) % 500))
            for s in subs for n, i in enumerate(indicators)])
        SubmissionSection.objects.bulk_create([
            SubmissionSection(submission=s, code=code, text=text_of(s.unit.name, code))
            for s in subs for code in sections])
    rollup.rebuild(form)
    return len(subs)


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    var_dir = tempfile.mkdtemp(prefix="danvan-bench-")
    os.environ.setdefault("DANVAN_VAR_DIR", var_dir)
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    import django

    django.setup()
    from django.conf import settings

    from danvan.org.bloc import BTGDV
    from danvan.org.models import Unit
    from danvan.reporting import services, synthesis
    from danvan.reporting.models import ReportForm
    from danvan.reporting.periods import parse_period

    start = time.perf_counter()
    province = setup_database()
    form = ReportForm.objects.get(code="BC-DV-THANG")
    btgdv = Unit.objects.select_related("kind", "area").get(area=province, kind__code=BTGDV)
    submissions = fill_reports(form, btgdv)
    setup_s = round(time.perf_counter() - start, 1)

    period = parse_period(PERIOD)
    build_ms, build = timed(lambda: synthesis.build_synthesis(form, btgdv, period), args.runs)
    draft_ms, draft = timed(lambda: services.create_or_refresh_draft(None, form=form, unit=btgdv, period=PERIOD),
                            1)
    docx_ms, docx = timed(lambda: synthesis.render_docx(draft), args.runs)
    xlsx_ms, xlsx = timed(lambda: synthesis.render_xlsx(draft), args.runs)
    excerpts = sum(len(s["excerpts"]) for s in build["sections"])
    print(json.dumps({
        "communes": Unit.objects.filter(parent=btgdv, kind__code="dang-uy").count(),
        "units": Unit.objects.subtree(btgdv).count(),
        "expected_units": build["completeness"]["expected"],
        "submissions": submissions,
        "excerpts": excerpts,
        "draft_chars": sum(len(t) for t in draft.sections.values()),
        "draft_words": sum(len(t.split()) for t in draft.sections.values()),
        "appendix_chars": sum(len(t) for t in synthesis.appendix_text(build).values()),
        "build_ms": build_ms, "draft_ms": draft_ms, "docx_ms": docx_ms, "xlsx_ms": xlsx_ms,
        "docx_bytes": len(docx), "xlsx_bytes": len(xlsx),
        "docx_target_ms": 2000, "docx_within_target": docx_ms < 2000,
        "setup_s": setup_s, "runs": args.runs,
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
    }, ensure_ascii=False, indent=1))
    if not args.keep:
        import shutil

        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
