"""Speed of the Dân vận khéo statistics at national size; prints JSON.

    .venv/bin/python bench/movement.py [--models N] [--runs N] [--keep]

Builds the real divisions and every province's bloc (about 40,000 units) in a fresh SQLite database under a
temporary DANVAN_VAR_DIR (or the database of DATABASE_URL, which must then be a throw-away one), bulk-inserts
N models (default 200,000) spread over the units with their areas, evaluations (a third) and commendations
(a tenth) — not through the services, for speed — then times `movement.selectors.statistics` for a province
and a year (as the province's reviewer: the scoped query) and for the nation (as an administrator).
Targets: province ≤ 100 ms, nation ≤ 500 ms. Then times the Excel import of `--import-rows` rows (default
5,000; target ≤ 60 s): a template for a commune Party committee filled with distinct models, checked
(`importing.checks.parse_upload`) and imported through the services (`importing.services.import_models`),
in the same transaction it would run in as a background job.

`--var-dir DIR`: build the database there and keep it; run again with the same DIR to reuse it (only
`migrate` runs: measuring before/after a change on the same data).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
BATCH = 5000


def timed(func, runs: int):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = func()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1), result


def setup_database():
    from django.core.management import call_command

    from danvan.org.models import Area
    from danvan.org.services import create_bloc, import_divisions

    call_command("migrate", verbosity=0)
    import_divisions(None)
    for province in Area.objects.filter(era="current", level="province").order_by("code"):
        create_bloc(None, province)


def fill_models(n: int) -> dict:
    from django.db import transaction

    from danvan.movement.choices import Status
    from danvan.movement.models import Evaluation, Field, MovementModel, Recognition
    from danvan.org.models import Unit

    rng = random.Random(2026)
    units = list(Unit.objects.filter(kind__code__in=["dang-uy", "mttq", "hoi-nong-dan", "hoi-phu-nu",
                                                      "doan-thanh-nien", "ban-tuyen-giao-dan-van"])
                 .values_list("pk", "line_path", "area_id", "kind_id"))
    fields = list(Field.objects.values_list("pk", flat=True))
    through = MovementModel.areas.through
    today = date(2026, 11, 30)
    counts = {"evaluations": 0, "recognitions": 0}
    with transaction.atomic():
        for first in range(0, n, BATCH):
            rows, areas = [], []
            for i in range(first, min(n, first + BATCH)):
                unit_id, path, area_id, kind_id = rng.choice(units)
                registered = today - timedelta(days=rng.randint(0, 1500))
                launched = registered + timedelta(days=20) if rng.random() < 0.85 else None
                stopped = (launched + timedelta(days=rng.randint(30, 400))) if launched and rng.random() < 0.05 \
                    else None
                status = (Status.STOPPED if stopped else Status.REGISTERED if not launched else
                          rng.choice([Status.LAUNCHED, Status.EVALUATED, Status.RECOGNISED]))
                rows.append(MovementModel(unit_id=unit_id, unit_kind_id=kind_id, line_path=path, name=f"Mô hình {i}", name_folded=f"mo hinh {i}",
                                          field_id=rng.choice(fields), registered_on=registered, launched_on=launched,
                                          stopped_on=stopped, status=status))
                areas.append(area_id)
            created = MovementModel.objects.bulk_create(rows)
            through.objects.bulk_create([through(movementmodel_id=m.pk, area_id=a) for m, a in zip(created, areas,
                                                                                                  strict=True)])
            evaluations = [Evaluation(model_id=m.pk, line_path=m.line_path, period="Q", effective=rng.random() < 0.8,
                                      evaluated_on=m.launched_on + timedelta(days=90))
                           for m in created if m.status in (Status.EVALUATED, Status.RECOGNISED)]
            Evaluation.objects.bulk_create(evaluations)
            recognitions = [Recognition(model_id=m.pk, line_path=m.line_path, decision_number="1/QĐ", issuer="UBND",
                                        decision_date=m.launched_on + timedelta(days=120), form="Giấy khen",
                                        level=rng.choice(["province", "commune"]))
                            for m in created if m.status == Status.RECOGNISED]
            Recognition.objects.bulk_create(recognitions)
            counts["evaluations"] += len(evaluations)
            counts["recognitions"] += len(recognitions)
    return counts


def time_import(rows: int, btgdv) -> dict:
    """Check and import `rows` rows of a filled template for a commune Party committee of the province, then
    roll the import back (the database stays as it was, so runs can be repeated)."""
    if rows <= 0:
        return {}
    import io

    from django.db import transaction
    from openpyxl import load_workbook

    from danvan.accounts.choices import Role
    from danvan.accounts.models import User
    from danvan.accounts.services import grant_membership
    from danvan.movement.importing.checks import parse_upload
    from danvan.movement.importing.services import import_models
    from danvan.movement.importing.template import DATA_SHEET, FIRST_DATA_ROW, build_template
    from danvan.movement.models import Field
    from danvan.org.models import Unit

    unit = (Unit.objects.filter(line_path__startswith=btgdv.line_path.rsplit("/", 2)[0] + "/",
                                area__parent=btgdv.area, kind__code="dang-uy").select_related("area")
            .order_by("line_path").first())
    reporter, _ = User.objects.get_or_create(username="bench-xa-37")
    grant_membership(None, user=reporter, unit=unit, role=Role.REPORTER)
    fields = list(Field.objects.all())
    wb = load_workbook(io.BytesIO(build_template(unit, fields)))
    ws = wb[DATA_SHEET]
    for i in range(rows):
        values = [f"Mô hình nhập thử {i}", "Mô hình", fields[i % len(fields)].name, unit.area.name, "15/03/2025",
                  "Thực trạng " * 5, "Mục tiêu " * 5, "Nội dung, cách làm " * 5]
        for col, value in enumerate(values, start=1):
            ws.cell(row=FIRST_DATA_ROW + i, column=col, value=value)
    out = io.BytesIO()
    wb.save(out)
    content = out.getvalue()
    start = time.perf_counter()
    parsed, errors = parse_upload(content, unit, reporter)
    check_s = time.perf_counter() - start
    created = 0
    if not errors:
        with transaction.atomic():
            created = import_models(reporter, unit=unit, rows=parsed, filename="bench.xlsx")["created"]
            total_s = time.perf_counter() - start
            transaction.set_rollback(True)
    else:
        total_s = time.perf_counter() - start
    return {"import_rows": rows, "import_file_kb": len(content) // 1024, "import_errors": len(errors),
            "import_created": created, "import_check_s": round(check_s, 1), "import_total_s": round(total_s, 1),
            "import_target_s": 60, "import_within_target": not errors and total_s <= 60}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="JSON output (the only output there is)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--var-dir", help="build (or reuse) the database in this directory; it is kept")
    parser.add_argument("--import-rows", type=int, default=5000, help="rows of the timed Excel import (0: skip)")
    args = parser.parse_args()
    reuse = bool(args.var_dir) and (Path(args.var_dir) / "danvan.sqlite3").exists()
    var_dir = args.var_dir or tempfile.mkdtemp(prefix="danvan-bench-")
    if args.var_dir:
        Path(var_dir).mkdir(parents=True, exist_ok=True)
        args.keep = True
    os.environ.setdefault("DANVAN_VAR_DIR", var_dir)
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    from danvan.accounts.choices import Role
    from danvan.accounts.models import User
    from danvan.accounts.services import grant_membership
    from danvan.movement import selectors
    from danvan.org.models import Unit
    from danvan.reporting.periods import parse_period

    start = time.perf_counter()
    if reuse:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        extra = {"reused_database": var_dir}
    else:
        setup_database()
        extra = fill_models(args.models)
    setup_s = round(time.perf_counter() - start, 1)

    btgdv = Unit.objects.get(area__code="37", area__era="current", kind__code="ban-tuyen-giao-dan-van")
    reviewer, _ = User.objects.get_or_create(username="bench-tinh-37")
    grant_membership(None, user=reviewer, unit=btgdv, role=Role.REVIEWER)
    admin, _ = User.objects.get_or_create(username="bench-admin", defaults={"is_superuser": True})
    year = parse_period("2026")

    def province():
        reviewer.forget_scope()
        return selectors.statistics(reviewer, start=year.start, end=year.end, unit=btgdv)

    def nation():
        return selectors.statistics(admin, start=year.start, end=year.end)

    province_ms, province_figures = timed(province, args.runs)
    nation_ms, nation_figures = timed(nation, args.runs)
    print(json.dumps({
        "models": args.models, "units": Unit.objects.count(), **extra,
        "province_total": province_figures["total"], "nation_total": nation_figures["total"],
        "province_year_ms": province_ms, "province_target_ms": 100, "province_within_target": province_ms <= 100,
        "nation_year_ms": nation_ms, "nation_target_ms": 500, "nation_within_target": nation_ms <= 500,
        **time_import(args.import_rows, btgdv),
        "setup_s": setup_s, "runs": args.runs,
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
    }, ensure_ascii=False, indent=1))
    if not args.keep:
        import shutil

        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
