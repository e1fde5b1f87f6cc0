"""Where the time of one approval goes: per statement, client and server.

Approves N reports left *submitted* one by one through `approve_submission` (as `bench/rollup.py`'s
`approve_per_s` does, on data it generated) and reports, per approval, the wall time, the client's CPU
time, the database server's CPU time and the same three per kind of statement. The server's CPU time is
read from /proc for the connection's backend process, so it is only given (not null) when PostgreSQL
runs on this machine; `/proc` counts in clock ticks (10 ms), which averages out over a few hundred
approvals.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/danvan_bench1 .venv/bin/python bench/approval_cost.py \
        --approvals 300 --json

On PostgreSQL a `danvan db_worker` runs beside the approvals and takes the folds they queue (its CPU,
start-up included, is `fold_worker_cpu_s`; the server time of its folds is not in `server_cpu_ms`);
ROLLUP_FOLD_IN_WORKER=0
folds inline, in the approvals' own time. Each run uses up N of the submitted reports (as bench/rollup.py
runs do).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import defaultdict

from _common import FoldWorker, setup_django


def _server_cpu(pid: int | None):
    """CPU seconds used so far by the backend process `pid` (None when it is not on this machine)."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--approvals", type=int, default=300)
    parser.add_argument("--json", action="store_true", help="print only the JSON result")
    args = parser.parse_args()
    setup_django()

    from django.db import connection

    from danvan.accounts.selectors import user_by_username
    from danvan.org.models import Unit
    from danvan.reporting.models import Submission
    from danvan.reporting.selectors import SUBMISSION_LOADS  # read as the report's page hands it over
    from danvan.reporting.services import approve_submission

    subs = list(Submission.objects.filter(status="submitted").select_related(*SUBMISSION_LOADS)
                .order_by("?")[:args.approvals + 1])
    if len(subs) < 2:
        raise SystemExit("Không còn báo cáo chờ duyệt: chạy bench/rollup.py --generate-only với --pending lớn hơn.")
    reviewers: dict[int, object] = {}
    for sub in subs:  # the provincial reviewers bench/rollup.py creates, looked up before timing
        root = int(sub.line_path.strip("/").split("/")[0])
        if root not in reviewers:
            reviewers[root] = user_by_username(f"bench-tinh-{Unit.objects.get(pk=root).area.code}")
    pid = None
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid(), inet_server_addr() IS NULL OR host(inet_server_addr()) "
                           "IN ('127.0.0.1', '::1')")
            backend, local = cursor.fetchone()
            pid = backend if local else None

    def reviewer(sub):
        return reviewers[int(sub.line_path.strip("/").split("/")[0])]

    approve_submission(reviewer(subs[0]), subs[0])  # warm-up: connection, caches, the function's plan
    subs = subs[1:]
    per_kind: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0.0])

    def measure(execute, sql, params, many, context):
        kind = " ".join(sql.split()[:2])[:48]  # "SELECT reporting_refresh_units(…", "UPDATE \"reporting_…"
        server, client, wall = _server_cpu(pid), time.process_time(), time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            entry = per_kind[kind]
            entry[0] += 1
            entry[1] += time.perf_counter() - wall
            entry[2] += time.process_time() - client
            if server is not None:
                entry[3] += _server_cpu(pid) - server

    with FoldWorker() as worker:  # on PostgreSQL the approvals' folds run there, as in production
        server, client, wall = _server_cpu(pid), time.process_time(), time.perf_counter()
        with connection.execute_wrapper(measure):
            for sub in subs:
                approve_submission(reviewer(sub), sub)
        wall, client = time.perf_counter() - wall, time.process_time() - client
    server = _server_cpu(pid) - server if pid is not None else None
    n = len(subs)

    def ms(seconds):
        return None if seconds is None else round(1000 * seconds / n, 2)

    result = {
        "database": connection.vendor, "approvals": n, "approve_per_s": round(n / wall, 1),
        "wall_ms": ms(wall), "client_cpu_ms": ms(client), "server_cpu_ms": ms(server), **worker.summary(),
        "statements": {kind: {"per_approval": round(count / n, 2), "wall_ms": ms(w), "client_cpu_ms": ms(c),
                              "server_cpu_ms": ms(s) if pid is not None else None}
                       for kind, (count, w, c, s) in sorted(per_kind.items(), key=lambda kv: -kv[1][1])},
    }
    print(json.dumps(result, ensure_ascii=False, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
