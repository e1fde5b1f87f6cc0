"""The installable web app: manifest, service worker at the root, the offline page, the forms that opt in."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_manifest_names_the_app_in_vietnamese_with_local_icons_and_standalone_display(client):
    r = client.get("/manifest.webmanifest")
    assert r.status_code == 200 and r["Content-Type"].startswith("application/manifest+json")
    data = r.json()
    assert data["name"].startswith("Dân vận") and data["lang"] == "vi"
    assert (data["start_url"], data["scope"], data["display"]) == ("/", "/", "standalone")
    sizes = {icon["sizes"] for icon in data["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in data["icons"]:
        assert icon["src"].startswith("/static/")
        assert client.get(icon["src"]).status_code == 200  # served by the app itself, no CDN


def test_the_service_worker_is_served_at_the_root_and_lists_the_app_shell(client):
    r = client.get("/sw.js")
    assert r.status_code == 200 and r["Content-Type"].startswith("application/javascript")
    assert r["Service-Worker-Allowed"] == "/" and "no-cache" in r["Cache-Control"]
    body = r.content.decode()
    found = re.search(r"const CONFIG = (\{.*?\});", body)
    assert found
    config = found.group(1)
    for needed in ("/ngoai-tuyen/", "danvan/offline.js", "danvan/app.css", "htmx.min.js"):
        assert needed in config
    assert '"version": "' in config


def test_the_offline_page_says_in_vietnamese_what_works_without_a_connection(client):
    r = client.get(reverse("core:offline"))
    page = r.content.decode()
    assert r.status_code == 200 and "Đang mất kết nối" in page
    assert "Làm được khi mất mạng" in page and "Chưa làm được khi mất mạng" in page


def test_every_page_links_the_manifest_and_loads_the_one_offline_module(client, world):
    client.force_login(world.a.reporter)
    page = client.get(reverse("situation:note_new")).content.decode()
    assert 'rel="manifest" href="/manifest.webmanifest"' in page
    assert page.count("danvan/offline.js") == 1 and 'id="offline-outbox"' in page
    assert f'data-user="{world.a.reporter.pk}"' in page
