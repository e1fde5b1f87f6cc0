"""CPU per cached public page, in-process: WSGI calls of Django's handler (the whole middleware stack, DEBUG off,
local-memory cache) for pages already in the cache, as an anonymous reader. Prints JSON; --profile adds the
top functions of a cProfile run (cumulative time).

    DANVAN_VAR_DIR=<a directory bench/portal.py built> .venv/bin/python bench/portal_cpu.py --json \
        [--requests 2000] [--profile] [PATH ...]

With --comments N it measures the comment submission path instead: a citizen opens the comment form of a piece
once (its CSRF cookie), then N POSTs of new comments through the whole stack, each with a fresh form token dated
30 s back (as bench/portal.py's locust users), and reports CPU per POST, the SQL queries of one POST (their
count, and --sql lists them) and what the pages said (a POST counts only when the comment was recorded).
It writes comments into the database: run it on a copy (--comments changes the data the next run sees).

    DANVAN_VAR_DIR=<a copy> .venv/bin/python bench/portal_cpu.py --json --comments 300 [--profile] [--sql] \
        [--comment-url /gop-y/<id>/phan/<piece>/gui-y-kien/]

The paths default to those bench/portal.py measures on the demo data. CPU time is time.process_time() of the
loop (one process, one thread), so the figure hardly depends on the machine's load; wall time is given too.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = ["/", "/ninh-binh/", "/gop-y/1/phan/1/"]


def environ(path: str) -> dict:
    from io import BytesIO

    return {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "", "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000", "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "127.0.0.1",
            "HTTP_HOST": "127.0.0.1", "HTTP_ACCEPT_ENCODING": "gzip", "wsgi.input": BytesIO(b""),
            "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr, "wsgi.multithread": False,
            "wsgi.multiprocess": True, "wsgi.run_once": False, "wsgi.version": (1, 0)}


def call(app, path: str) -> int:
    status: list[str] = []
    body = app(environ(path), lambda s, h, exc_info=None: status.append(s))
    for _ in body:
        pass
    if hasattr(body, "close"):
        body.close()
    return int(status[0].split()[0])


def post_environ(path: str, body: bytes, cookie: str) -> dict:
    from io import BytesIO

    return {**environ(path), "REQUEST_METHOD": "POST", "CONTENT_TYPE": "application/x-www-form-urlencoded",
            "CONTENT_LENGTH": str(len(body)), "wsgi.input": BytesIO(body), "HTTP_COOKIE": cookie}


def call_full(app, env: dict) -> tuple[int, dict, str]:
    status: list[str] = []
    headers: list = []

    def start(s, h, exc_info=None):
        status.append(s)
        headers.extend(h)

    body = app(env, start)
    data = b"".join(body)
    if hasattr(body, "close"):
        body.close()
    return int(status[0].split()[0]), headers, data.decode("utf-8", "replace")


def first_comment_url() -> str:
    """The comment form of the first piece of the first open public draft."""
    from danvan.portal.citizen import selectors

    c = selectors.public_consultations(None).first()
    if c is None:
        raise SystemExit("no open public draft in this database")
    return f"/gop-y/{c.pk}/phan/{selectors.pieces(c)[0].pk}/gui-y-kien/"


def comments(app, url: str, count: int, profile: bool, sql: bool, text_kind: str = "crowd") -> dict:
    """`count` comment POSTs through the whole stack, as one citizen after opening the form once."""
    import itertools
    import random
    import re
    from urllib.parse import urlencode

    from _portal_comments import comment  # bench/, beside this script
    from django.core import signing
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    status, headers, page = call_full(app, environ(url))
    cookie = "; ".join(v.split(";")[0] for k, v in headers if k.lower() == "set-cookie")
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    if status != 200 or not match:
        raise SystemExit(f"the comment form {url} answered {status} without a CSRF token")
    csrf = match.group(1)
    counter = itertools.count()
    rng = random.Random(7)

    def body() -> bytes:
        n = next(counter)
        token = signing.dumps({"t": round(time.time() - 30, 3) + n / 1e6}, salt="danvan.portal.citizen.form-token",
                              compress=False)
        stance, text = comment(rng, n, text_kind)
        return urlencode({"csrfmiddlewaretoken": csrf, "ma_mau": token, "name": f"Người đọc {n}",
                          "group": "nong_dan", "area": "Xã Gia Viễn", "stance": stance, "text": text}).encode()

    outcomes: dict[str, int] = {}

    def post() -> None:
        s, _h, text = call_full(app, post_environ(url, body(), cookie))
        key = ("held" if "xem xét trước khi" in text else "recorded" if "đã được ghi nhận" in text
               else f"HTTP {s}")
        outcomes[key] = outcomes.get(key, 0) + 1

    for _ in range(3):  # warm: the first POSTs of a process compile templates and fill caches
        post()
    with CaptureQueriesContext(connection) as queries:
        post()
    one = [q["sql"] for q in queries.captured_queries]
    reset_queries()
    outcomes.clear()
    cpu, wall = time.process_time(), time.perf_counter()
    profiler = cProfile.Profile(time.process_time) if profile else None  # CPU, as the figure
    if profiler:
        profiler.enable()
    for _ in range(count):
        post()
    if profiler:
        profiler.disable()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    entry: dict = {"url": url, "posts": count, "texts": text_kind, "outcomes": outcomes,
                   "queries_per_post": len(one),
                   "cpu_ms_per_post": round(cpu / count * 1e3, 2), "wall_ms_per_post": round(wall / count * 1e3, 2)}
    if sql:
        entry["sql"] = [q[:300] for q in one]
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(60)
        entry["profile_top"] = [line for line in out.getvalue().splitlines() if line.strip()][5:65]
    return entry


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*", default=DEFAULT_PATHS)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--comments", type=int, default=0, help="measure N comment POSTs instead of pages")
    parser.add_argument("--comment-url", help="the comment form (default: the first piece of the first open draft)")
    parser.add_argument("--sql", action="store_true", help="list the SQL of one comment POST")
    parser.add_argument("--comment-text", choices=["crowd", "unique"], default="crowd",
                        help="the comments' texts (bench/_portal_comments.py): a crowd's, or each its own group")
    parser.add_argument("--json", action="store_true", help="print JSON (the only output format)")
    args = parser.parse_args()
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "bench-portal-cpu-" + "x" * 40)
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ.setdefault("SECURE_COOKIES", "0")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    if args.comments:  # one address posting at machine speed: the per-address limits raised, as bench/portal.py
        os.environ.setdefault("PORTAL_RATE_LIMIT", str(10**9))
    sys.path.insert(0, str(REPO))
    from django.core.wsgi import get_wsgi_application

    app = get_wsgi_application()
    if args.comments:
        entry = comments(app, args.comment_url or first_comment_url(), args.comments, args.profile, args.sql,
                         args.comment_text)
        print(json.dumps({"load_average": os.getloadavg(), "comment_submission": entry}, ensure_ascii=False,
                         indent=2))
        return
    results = {}
    for path in args.paths:
        statuses = {call(app, path) for _ in range(3)}  # fill the page cache (and the replay, where there is one)
        cpu, wall = time.process_time(), time.perf_counter()
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        for _ in range(args.requests):
            call(app, path)
        if profiler:
            profiler.disable()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        entry = {"status": sorted(statuses), "cpu_us_per_request": round(cpu / args.requests * 1e6, 1),
                 "wall_us_per_request": round(wall / args.requests * 1e6, 1)}
        if profiler:
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
            entry["profile_top"] = [line for line in out.getvalue().splitlines() if line.strip()][5:35]
        results[path] = entry
    print(json.dumps({"requests_per_path": args.requests, "profiled": args.profile, "load_average": os.getloadavg(),
                      "results": results}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
