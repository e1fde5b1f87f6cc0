"""The one stylesheet keeps the pages usable on a 390px phone: rules a screenshot review found missing."""

import re

import pytest
from django.contrib.staticfiles import finders


def css() -> str:
    path = finders.find("danvan/app.css")
    assert isinstance(path, str)
    with open(path, encoding="utf-8") as f:
        return f.read()


def rule(selector: str, text: str | None = None) -> str:
    match = re.search(r"(?:^|\n)\s*" + re.escape(selector) + r" \{([^}]*)\}", text or css())
    assert match, f"no rule for {selector}"
    return match.group(1)


def test_a_select_with_a_long_unit_name_never_widens_the_page_on_a_phone():
    # The synthesis page's "Biểu mẫu" select was 504px wide on a 390px screen.
    assert "max-width: 100%" in rule("input[type=text], input[type=password], input[type=search], select")
    assert "min-width: 0" in rule("form.filters > div")


def test_a_secondary_link_button_looks_secondary_like_a_secondary_button():
    # "Sửa" on a directive, a task, an activity is <a class="button secondary">: it was drawn as the red primary.
    assert "background: #fff" in rule("button.secondary, .button.secondary")


def test_on_a_desktop_the_search_box_sits_beside_the_brand_before_the_links():
    desktop = css().split("@media (min-width: 860px)")[1]
    assert "order: 3" in rule(".nav", desktop)


def test_a_read_only_narrative_is_shown_whole():
    assert "field-sizing: content" in rule("textarea[readonly]")


@pytest.mark.django_db
def test_the_audit_trail_reads_as_labelled_cards_on_a_phone(world, client):
    from danvan.org.services import update_unit

    update_unit(world.admin, world.a.commune_party, version=world.a.commune_party.version,
                name=world.a.commune_party.name + " (mới)")
    client.force_login(world.admin)
    page = client.get("/nhat-ky/").content.decode()
    assert '<table class="responsive">' in page
    for label in ("Thời điểm", "Người thực hiện", "Hành động", "Đối tượng", "Thay đổi"):
        assert f'<td data-label="{label}">' in page
    # The card rule is in the stylesheet every page loads, not only in the reporting pages' one.
    assert "table.responsive > tbody > tr > td::before" in css()


def test_an_apps_sub_menu_keeps_its_links_apart_on_every_page():
    # The situation pages load no reporting.css: their sub-menu's links ran together on a phone.
    assert "flex-wrap: wrap" in rule(".subnav") and "gap:" in rule(".subnav")
