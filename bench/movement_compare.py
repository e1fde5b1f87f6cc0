"""Old vs new `movement.selectors.statistics` side by side on a database kept by `bench/movement.py --var-dir`.

    git show 82b66d0:danvan/movement/selectors.py > /tmp/old_movement_selectors.py
    DANVAN_VAR_DIR=/tmp/dv-bench-movement .venv/bin/python bench/movement_compare.py /tmp/old_movement_selectors.py

Prints JSON: median of 5 runs of each for the province (Ninh Bình, 2026, as its reviewer) and the nation
(as an administrator), their headline figures, and whether both versions give the same figures.
"""

import importlib.util
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
KEYS = ("total", "new", "effective", "recognised")


def timed(fn, runs=5):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1), result


def main() -> None:
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    from danvan.accounts.models import User
    from danvan.movement import selectors as new
    from danvan.org.models import Unit
    from danvan.reporting.periods import parse_period

    spec = importlib.util.spec_from_file_location("old_selectors", sys.argv[1] if len(sys.argv) > 1
                                                  else "/tmp/old_movement_selectors.py")
    old = importlib.util.module_from_spec(spec)
    sys.modules["old_selectors"] = old
    spec.loader.exec_module(old)
    btgdv = Unit.objects.get(area__code="37", area__era="current", kind__code="ban-tuyen-giao-dan-van")
    reviewer = User.objects.get(username="bench-tinh-37")
    admin = User.objects.get(username="bench-admin")
    year = parse_period("2026")
    out: dict = {}
    for name, module in (("old", old), ("new", new)):
        def province(module=module):
            reviewer.forget_scope()
            return module.statistics(reviewer, start=year.start, end=year.end, unit=btgdv)

        def nation(module=module):
            return module.statistics(admin, start=year.start, end=year.end)

        province_ms, province_figures = timed(province)
        nation_ms, nation_figures = timed(nation)
        out[name] = {"province_ms": province_ms, "nation_ms": nation_ms,
                     "province": {k: province_figures[k] for k in KEYS}, "nation": {k: nation_figures[k] for k in KEYS}}
    out["same_figures"] = all(out["old"][k] == out["new"][k] for k in ("province", "nation"))
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
