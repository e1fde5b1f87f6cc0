"""CPU per cached public page, in-process: WSGI calls of Django's handler (the whole middleware stack, DEBUG off,
local-memory cache) for pages already in the cache, as an anonymous reader. Prints JSON; --profile adds the
top functions of a cProfile run (cumulative time).

    DANVAN_VAR_DIR=<a directory bench/portal.py built> .venv/bin/python bench/portal_cpu.py --json \
        [--requests 2000] [--profile] [PATH ...]

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*", default=DEFAULT_PATHS)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--json", action="store_true", help="print JSON (the only output format)")
    args = parser.parse_args()
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "bench-portal-cpu-" + "x" * 40)
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ.setdefault("SECURE_COOKIES", "0")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    sys.path.insert(0, str(REPO))
    from django.core.wsgi import get_wsgi_application

    app = get_wsgi_application()
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
