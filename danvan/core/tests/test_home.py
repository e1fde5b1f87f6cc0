"""The home page says what each kind of account sees, under the heading "Đơn vị và phạm vi của bạn"."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def scope_section(page: str) -> str:
    """What the page shows between the scope heading and the next block (the cards)."""
    match = re.search(r"<h2>Đơn vị và phạm vi của bạn</h2>(.*?)<div class=\"grid\">", page, re.DOTALL)
    assert match, "the scope heading is missing"
    return match.group(1)


def test_administrator_without_memberships_is_told_what_they_see(world, client):
    client.force_login(world.admin)
    section = scope_section(client.get("/").content.decode())
    assert "Tài khoản quản trị hệ thống" in section and "mọi tổ chức" in section
    assert f'href="{reverse("org:unit_list")}"' in section


def test_member_sees_their_units_and_no_administrator_sentence(world, client):
    client.force_login(world.a.reporter)
    section = scope_section(client.get("/").content.decode())
    assert world.a.commune_party.name in section
    assert "quản trị hệ thống" not in section
    # On a phone each membership reads as a labelled card.
    assert '<table class="responsive">' in section and '<td data-label="Vai trò">' in section


def test_account_without_memberships_is_told_to_ask_for_one(world, client):
    client.force_login(world.nobody)
    section = scope_section(client.get("/").content.decode())
    assert "Bạn chưa được phân quyền" in section
