"""The installable web app: its manifest, its service worker and the page shown when a page is not cached.

The service worker (`core/sw.js`, a template so that it lists the hashed static URLs) is served at the root,
so that its scope is the whole site. Its cache version is a hash of the app shell's contents: a deployment
that changes any of them makes browsers install the new worker and drop the old shell. docs/architecture.md,
"Working offline", explains the caching strategies; static/danvan/offline.js is the drafts' side.
"""

import hashlib
import json
from functools import lru_cache

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

APP_NAME = "Dân vận — Hệ thống thông tin công tác dân vận"
SHORT_NAME = "Dân vận"
THEME_COLOR = "#b3261e"
# The app shell: what every page needs, fetched when the worker installs. Small files only (a chart library
# is cached the first time a page uses it).
SHELL_ASSETS = ("danvan/app.css", "danvan/app.js", "danvan/offline.js", "vendor/htmx/htmx.min.js",
                "danvan/favicon.svg", "danvan/icons/icon-192.png", "danvan/reporting.css", "danvan/reporting.js")
# Pages never kept for offline reading: sign-in and sign-out, the admin site, downloads and the API.
NOT_CACHED_PREFIXES = ("/tai-khoan/", "/quan-tri/", "/api/", "/tep/", "/ngoai-tuyen/")


def _file_digest(path: str) -> bytes:
    found = finders.find(path)
    if not found:
        return path.encode()
    with open(found if isinstance(found, str) else found[0], "rb") as f:
        return hashlib.sha256(f.read()).digest()


def _shell_version() -> str:
    digest = hashlib.sha256()
    for path in SHELL_ASSETS:
        digest.update(path.encode() + _file_digest(path))
    digest.update(render_to_string("core/sw.js", {"config": "{}"}).encode())
    return digest.hexdigest()[:16]


_cached_shell_version = lru_cache(maxsize=1)(_shell_version)


def shell_version() -> str:
    """A hash of the shell's files and the worker itself; read again on every request with DEBUG on."""
    return _shell_version() if settings.DEBUG else _cached_shell_version()


@require_GET
@cache_control(max_age=3600, public=True)
def manifest(request: HttpRequest) -> HttpResponse:
    data = {
        "name": APP_NAME, "short_name": SHORT_NAME, "lang": "vi", "dir": "ltr",
        "description": "Báo cáo, ghi tin tình hình, vụ việc và phong trào dân vận — dùng được cả khi mất mạng.",
        "start_url": reverse("core:home"), "scope": "/", "id": "/", "display": "standalone",
        "background_color": "#faf8f7", "theme_color": THEME_COLOR,
        "icons": [
            {"src": static("danvan/icons/icon-192.png"), "sizes": "192x192", "type": "image/png", "purpose": "any"},
            {"src": static("danvan/icons/icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "any"},
            {"src": static("danvan/icons/icon-maskable-512.png"), "sizes": "512x512", "type": "image/png",
             "purpose": "maskable"},
            {"src": static("danvan/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    return HttpResponse(json.dumps(data, ensure_ascii=False), content_type="application/manifest+json; charset=utf-8")


@require_GET
@cache_control(no_cache=True)
def service_worker(request: HttpRequest) -> HttpResponse:
    """The worker at /sw.js; `no-cache` so that browsers look for a new one on every visit."""
    offline_url = reverse("core:offline")
    config = {
        "version": shell_version(), "offlineUrl": offline_url,
        "shell": [offline_url, *(static(path) for path in SHELL_ASSETS)],
        "staticPrefix": settings.STATIC_URL, "staticCacheFirst": not settings.DEBUG,
        "notCached": NOT_CACHED_PREFIXES,
    }
    # JSON inside a script: "<" escaped so that no string in it can close anything.
    body = render_to_string("core/sw.js", {"config": json.dumps(config).replace("<", "\\u003c")})
    response = HttpResponse(body, content_type="application/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    return response


@require_GET
def offline(request: HttpRequest) -> HttpResponse:
    """What works without a connection; the worker shows it for a page that was never opened before."""
    return render(request, "core/offline.html")
