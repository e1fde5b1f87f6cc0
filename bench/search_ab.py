"""Time the search's queries once each per user against a kept database, for an old/new A/B; prints JSON.

    PYTHONPATH=<tree> DANVAN_VAR_DIR=/tmp/search4-sqlite-2m .venv/bin/python bench/search_ab.py run.json

`run.json` is the output of a `bench/search.py --json --keep` run on that database (its `query_list`, and its
users `bench-tinh-37` and `bench-admin`); PYTHONPATH chooses the code (this tree, or `git archive <rev>`
extracted under /tmp), so running it alternately with each tree on the same database is a fair comparison.
With DATABASE_URL it runs against that PostgreSQL database instead.
"""

import json
import os
import statistics
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
os.environ.setdefault("DEBUG", "1")


def main() -> None:
    import django

    django.setup()
    from danvan.accounts.models import User
    from danvan.search import selectors

    with open(sys.argv[1], encoding="utf-8") as f:
        queries = json.load(f)["query_list"]
    out: dict = {}
    for who, username in (("province", "bench-tinh-37"), ("nation", "bench-admin")):
        user = User.objects.get(username=username)
        times = []
        for q in queries:
            if hasattr(user, "forget_scope"):
                user.forget_scope()
            start = time.perf_counter()
            selectors.search(user, q)
            times.append(((time.perf_counter() - start) * 1000, q))
        ordered = sorted(t for t, _ in times)
        out[who] = {"p50_ms": round(statistics.median(ordered), 1),
                    "p95_ms": round(ordered[int(round(0.95 * (len(ordered) - 1)))], 1),
                    "slowest": [(round(t, 1), q) for t, q in sorted(times, reverse=True)[:4]]}
    out["load_average"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
