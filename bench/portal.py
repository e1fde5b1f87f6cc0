"""Speed of the public portal under a crowd: gunicorn (2 workers) on loopback, driven by locust (headless,
bounded: a fixed number of users for a fixed time per kind of page). Prints JSON.

    .venv/bin/python bench/portal.py --json [--seconds 15] [--users 20] [--minimal] [--reuse DIR]

The usual run, on the demo data, keeping the database for the next runs (built the first time, ~5 min):

    .venv/bin/python bench/portal.py --json --seconds 10 --reuse /tmp/danvan-bench-portal-demo

Builds a throw-away SQLite database under a temporary DANVAN_VAR_DIR (or uses DATABASE_URL, which must then
be a throw-away one): `danvan demo --province 37` (every app's demo: the public draft of the consultation
demo, and the portal's articles and models once they exist), or with --minimal only the divisions, one
province's bloc and one public draft. Collects static files, starts `gunicorn danvan.wsgi -w 2` with DEBUG
off, then for each kind of page — home, a province page, an article, a model page, a consultation piece —
finds a URL by following links from "/" and "/sitemap.xml" (a kind not found is reported "not present"),
and measures requests/s and p95 of GETs as an anonymous reader (cached pages). Last, the comment submission
path: each locust user opens a piece's comment form once, then POSTs new comments, each with a fresh form token
signed like the page's and dated 30 s earlier (a person's reading time); a POST counts only when the page says
the comment was recorded (held for moderation, refused or invalid are failures, listed with their reasons).

The comments are a crowd's (bench/_portal_comments.py: a few subjects said many ways, each text its own, so
they fall into groups as real comments do); --comment-text unique posts the earlier texts instead, each of which
starts a group of its own (the grouping's worst case, its cost growing with every comment posted).

--reuse DIR keeps the database: DIR is built (as without --reuse) when it holds no database yet, otherwise
migrated and its static files collected again, and reused. Comments posted by a run stay in it.

The bench raises only the per-address rate limits for its server (every request comes from one address, at
machine speed): PORTAL_RATE_LIMIT=10^9, PORTAL_LOOKUP_RATE_LIMIT=10^9; the minimum time, the "sent fast"
signal, the honeypot, the token and CSRF checks run at their defaults. It says so in its output.
Targets: cached pages ≥ 500 req/s and p95 ≤ 100 ms; comment submission ≥ 100 req/s.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RAISED_LIMITS = {"PORTAL_RATE_LIMIT": str(10**9), "PORTAL_LOOKUP_RATE_LIMIT": str(10**9)}
HREF = re.compile(r'href="(/[^"#]*)"')
LOC = re.compile(r"<loc>https?://[^/<]+(/[^<]*)</loc>")
# What a URL of each kind looks like (portal1's routes; the consultation piece is this helper's).
KINDS = {
    "home": None,
    "province": re.compile(r"^/[a-z0-9-]+/$"),
    "article": re.compile(r"^/tin-tuc/[a-z0-9-]+/$"),
    "model": re.compile(r"^/mo-hinh/[a-z0-9-]+/$"),
    "consultation_piece": re.compile(r"^/gop-y/\d+/phan/\d+/$"),
}
NOT_PROVINCE = {"/gop-y/", "/kien-nghi/", "/tra-cuu/", "/tin-tuc/", "/mo-hinh/", "/quan-ly-cong/"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(env: dict, minimal: bool) -> float:
    started = time.perf_counter()
    danvan = [sys.executable, "-m", "danvan.cli"]
    subprocess.run([*danvan, "migrate", "-v0"], env={**env, "DEBUG": "1"}, check=True, cwd=REPO)
    if minimal:
        code = """
from datetime import date
from danvan.consultation import demo, services
from danvan.org.bloc import BTGDV
from danvan.org.models import Area, Unit
from danvan.org.services import create_bloc, import_divisions
import_divisions(None)
province = Area.objects.unscoped().get(era="current", level="province", code="37")
create_bloc(None, province)
root = Unit.objects.unscoped().get(area=province, kind__code=BTGDV)
c = services.create_consultation(None, unit=root, title=demo.TITLE, audience="public", opens_on=date(2026, 1, 1),
                                 closes_on=date(2099, 12, 31), file_bytes=demo.DRAFT.encode(), filename="d.txt")
services.transition_consultation(None, c, "open")
"""
        subprocess.run([*danvan, "shell", "-c", code], env={**env, "DEBUG": "1"}, check=True, cwd=REPO,
                       stdout=subprocess.DEVNULL)
    else:
        subprocess.run([*danvan, "demo", "--province", "37", "--password", "bench-mat-khau-2026"],
                       env={**env, "DEBUG": "1"}, check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    subprocess.run([*danvan, "collectstatic", "--noinput", "-v0"], env=env, check=True, cwd=REPO)
    return round(time.perf_counter() - started, 1)


def fetch(base: str, path: str) -> str:
    try:
        with urllib.request.urlopen(base + path, timeout=30) as response:  # noqa: S310 (loopback)
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def discover(base: str) -> dict[str, str | None]:
    """One URL per kind, by following links from "/" and "/sitemap.xml" (and the pages they link to)."""
    seen: set[str] = set()
    queue = ["/", "/sitemap.xml", "/gop-y/"]
    found: dict[str, str | None] = {"home": "/"}
    while queue and len(seen) < 60 and any(found.get(k) is None for k in KINDS):
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        body = fetch(base, path)
        for link in HREF.findall(body) + LOC.findall(body):
            link = link.split("?")[0]
            for kind, pattern in KINDS.items():
                if pattern is not None and found.get(kind) is None and pattern.match(link):
                    if kind == "province" and (link in NOT_PROVINCE or link.startswith(("/static/", "/api/"))):
                        continue
                    found[kind] = link
            if link not in seen and not link.startswith(("/static/", "/api/", "/tai-khoan/", "/quan-tri/")):
                queue.append(link)
    return {kind: found.get(kind) for kind in KINDS}


def locust(env: dict, base: str, users: int, seconds: int, extra: dict) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        prefix = str(Path(tmp) / "run")
        subprocess.run([str(BIN / "locust"), "-f", str(REPO / "bench" / "_portal_locust.py"), "--headless",
                        "-u", str(users), "-r", str(users), "-t", f"{seconds}s", "--host", base, "--csv", prefix,
                        "--only-summary", "--loglevel", "ERROR"],
                       env={**env, **extra}, check=False, cwd=REPO, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        rows = list(csv.DictReader(open(prefix + "_stats.csv", encoding="utf-8")))  # noqa: SIM115
        reasons = {f"{r['Name']}: {r['Error']}": int(r["Occurrences"])
                   for r in csv.DictReader(open(prefix + "_failures.csv", encoding="utf-8"))}  # noqa: SIM115
    row = next((r for r in rows if r["Name"] in ("page", "comment")), None)
    if row is None:
        return {"error": "no requests measured", "failure_reasons": reasons,
                "other_requests": {r["Name"]: int(r["Request Count"]) for r in rows if r["Name"]}}
    requests, failures = int(row["Request Count"]), int(row["Failure Count"])
    return {"requests": requests, "failures": failures, "req_per_s": round(float(row["Requests/s"]), 1),
            "p50_ms": float(row["50%"]), "p95_ms": float(row["95%"]), "p99_ms": float(row["99%"]),
            **({"failure_reasons": reasons} if reasons else {})}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--minimal", action="store_true", help="only divisions, one bloc and one public draft")
    parser.add_argument("--reuse", metavar="DIR", help="a DANVAN_VAR_DIR to keep: built on the first run, reused after")
    parser.add_argument("--comment-text", choices=["crowd", "unique"], default="crowd",
                        help="the comments posted (bench/_portal_comments.py)")
    parser.add_argument("--json", action="store_true", help="print JSON (the only output format)")
    args = parser.parse_args()
    var = args.reuse or tempfile.mkdtemp(prefix="danvan-bench-portal-")
    env = {**os.environ, "DANVAN_VAR_DIR": var, "STATIC_ROOT": str(Path(var) / "static"), "DEBUG": "0",
           "SECRET_KEY": secrets.token_urlsafe(48), "ALLOWED_HOSTS": "127.0.0.1,localhost", "SECURE_COOKIES": "0",
           "SECURE_SSL_REDIRECT": "0", "LOG_LEVEL": "WARNING", "PYTHONPATH": str(REPO), **RAISED_LIMITS}
    reuse = bool(args.reuse) and (bool(os.environ.get("DATABASE_URL")) or (Path(var) / "danvan.sqlite3").exists())
    if reuse:  # built by older code: bring its schema and its collected static files up to this checkout
        for command, extra in ((["migrate", "-v0"], {"DEBUG": "1"}), (["collectstatic", "--noinput", "-v0"], {})):
            subprocess.run([sys.executable, "-m", "danvan.cli", *command], env={**env, **extra}, check=True, cwd=REPO)
    else:
        Path(var).mkdir(parents=True, exist_ok=True)
    setup_s = 0.0 if reuse else build(env, args.minimal)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([str(BIN / "gunicorn"), "danvan.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}",
                               "--log-level", "warning"], env=env, cwd=REPO, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(120):
            if fetch(base, "/"):
                break
            time.sleep(0.5)
        urls = discover(base)
        results: dict = {}
        for kind, url in urls.items():
            if url is None:
                results[kind] = {"url": None, "note": "not present (no such link from / or /sitemap.xml)"}
                continue
            fetch(base, url)  # warm the page cache
            results[kind] = {"url": url, **locust(env, base, args.users, args.seconds, {"BENCH_PATHS": url})}
        piece = urls.get("consultation_piece")
        if piece:
            form = piece + "gui-y-kien/"
            results["comment_submission"] = {"url": form, "texts": args.comment_text, **locust(
                env, base, args.users, args.seconds, {"BENCH_COMMENT_URL": form, "BENCH_COMMENT_TEXT": args.comment_text})}
        else:
            results["comment_submission"] = {"url": None, "note": "not present (no open public draft found)"}
    finally:
        server.terminate()
        server.wait(timeout=30)
    out = {
        "setup_s": setup_s, "database_dir": var, "reused": reuse, "database": "postgresql" if os.environ.get("DATABASE_URL") else "sqlite",
        "data": "minimal (one province's bloc, one public draft)" if args.minimal else "danvan demo --province 37",
        "server": "gunicorn danvan.wsgi -w 2 (sync workers), DEBUG off, local-memory cache per worker",
        "load": f"locust headless, {args.users} users, no wait, {args.seconds} s per kind, same machine",
        "abuse_limits": "raised for this run: " + ", ".join(f"{k}={v}" for k, v in RAISED_LIMITS.items())
        + "; every other control at its default (comment tokens dated 30 s before the POST)",
        "load_average": os.getloadavg(), "cpus": os.cpu_count(),
        "targets": {"cached_req_per_s": 500, "cached_p95_ms": 100, "comment_req_per_s": 100},
        "results": results,
    }
    print(json.dumps(out, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
