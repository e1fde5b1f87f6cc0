"""A unit's page shows the panels other apps register (core.registry.unit_panels); org imports none of them."""

import ast
from pathlib import Path

import pytest
from django.urls import reverse

import danvan
from danvan.core import registry

pytestmark = pytest.mark.django_db

ORG_DIR = Path(danvan.__file__).parent / "org"
APPS_BELOW_ORG = ("danvan.accounts", "danvan.reporting")


def test_org_imports_nothing_from_accounts_or_reporting():
    found = []
    for path in ORG_DIR.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else (
                [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            found += [f"{path.name}: {n}" for n in names if n.startswith(APPS_BELOW_ORG)]
    assert found == []
    templates = "".join(p.read_text() for p in (ORG_DIR / "templates").rglob("*.html"))
    assert "accounts:" not in templates and "reporting:" not in templates


def test_a_manager_sees_the_members_panel_with_its_forms(world, client):
    unit = world.a.commune_party
    client.force_login(world.admin)
    page = client.get(reverse("org:unit_detail", args=[unit.pk])).content.decode()
    assert "<h2>Thành viên và phân quyền</h2>" in page and world.a.reporter.username in page
    assert reverse("accounts:membership_add", args=[unit.pk]) in page
    assert reverse("accounts:member_create", args=[unit.pk]) in page and "Tạo tài khoản mới" in page


def test_a_reporter_does_not_see_the_members_panel(world, client):
    client.force_login(world.a.reporter)
    page = client.get(reverse("org:unit_detail", args=[world.a.commune_party.pk])).content.decode()
    assert world.a.commune_party.name in page and "Thành viên và phân quyền" not in page


def test_a_registered_panel_shows_with_its_context_or_hides_on_none(world, client, settings, tmp_path):
    (tmp_path / "test_panel.html").write_text("<p>{{ note }}</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    shown = registry.UnitPanel("test-note", "Ghi chú thử", "test_panel.html",
                               lambda request, unit: {"note": f"ghi chú về {unit.name}"} if unit.parent else None)
    registry.unit_panels.register(shown)
    try:
        client.force_login(world.admin)
        page = client.get(reverse("org:unit_detail", args=[world.a.commune_party.pk])).content.decode()
        assert "<h2>Ghi chú thử</h2>" in page and f"ghi chú về {world.a.commune_party.name}" in page
        root = world.a.commune_party
        while root.parent is not None:
            root = root.parent
        page = client.get(reverse("org:unit_detail", args=[root.pk])).content.decode()
        assert "Ghi chú thử" not in page
    finally:
        registry.unit_panels.unregister("test-note")
