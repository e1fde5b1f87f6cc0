"""Statistics equal the counts made by hand on constructed data; the .xlsx and .docx carry them."""

import io
from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook

from danvan.movement import selectors, services
from danvan.movement.tests.conftest import launched, register

pytestmark = pytest.mark.django_db

START, END = date(2026, 1, 1), date(2026, 6, 30)


@pytest.fixture
def constructed(world):
    """Seven models of province A (one stopped, two recognised, one replicated) and one of province B."""
    rep, rev, party, front = world.a.reporter, world.a.reviewer, world.a.commune_party, world.a.commune_front
    old = launched(rep, party, name="Cũ từ năm trước", field="kinh_te", registered_on=date(2025, 5, 1),
                   launched_on=date(2025, 6, 1))
    a = launched(rep, party, name="Kinh tế A", field="kinh_te", registered_on=date(2026, 1, 10))
    b = launched(rep, front, name="Văn hóa B", field="van_hoa_xa_hoi", registered_on=date(2026, 2, 1))
    register(rep, front, name="Văn hóa C", field="van_hoa_xa_hoi", registered_on=date(2026, 3, 1))
    register(rep, party, name="Sau kỳ", field="xay_dung_dang", registered_on=date(2026, 7, 1))
    gone = register(rep, party, name="Đã dừng", field="kinh_te", registered_on=date(2026, 2, 1))
    services.stop_model(rep, gone, reason="Không phù hợp.", stopped_on=date(2026, 3, 1))
    for m, effective in ((old, True), (a, True), (b, False)):
        services.evaluate_model(rev, m, period="2026-Q1", effective=effective, evaluated_on=date(2026, 3, 1))
    services.evaluate_model(rev, a, period="2026-Q2", effective=True, evaluated_on=date(2026, 5, 1))  # same model
    services.recognise_model(rev, a, decision_number="1/QĐ", decision_date=date(2026, 4, 1), issuer="UBND tỉnh",
                             level="province", form="Bằng khen")
    services.recognise_model(rev, old, decision_number="2/QĐ", decision_date=date(2026, 4, 2), issuer="Đảng ủy xã",
                             level="commune", form="Giấy khen")
    services.replicate_model(rep, a, unit=front, areas=[world.a.commune], registered_on=date(2026, 5, 1))
    launched(world.b.reporter, world.b.commune_party, name="Của tỉnh khác", registered_on=date(2026, 2, 1))
    return world


def test_statistics_equal_the_counts_by_hand(constructed):
    world = constructed
    figures = selectors.statistics(world.a.reviewer, start=START, end=END, unit=world.a.btgdv)
    # total: old, A, B, C, the replica (not "Sau kỳ", not the stopped one); new: A, B, C, stopped, replica.
    assert (figures["total"], figures["new"], figures["effective"], figures["recognised"], figures["replicated"]) == (
        5, 5, 2, 2, 1)
    assert figures["by_field"] == {"kinh_te": 3, "van_hoa_xa_hoi": 2, "quoc_phong_an_ninh": 0, "xay_dung_dang": 0,
                                   "nong_thon_moi": 0}
    assert figures["by_level"] == {"central": 0, "province": 1, "commune": 1}
    assert figures["by_organisation_kind"] == {"dang-uy": 2, "mttq": 3}
    assert figures["by_status"] == {"registered": 2, "evaluated": 1, "recognised": 2}  # C, replica; B; old, A


def test_statistics_of_an_area_and_of_a_subtree_agree_and_stay_in_scope(constructed):
    world = constructed
    by_area = selectors.statistics(world.a.reviewer, start=START, end=END, area=world.a.commune)
    by_unit = selectors.statistics(world.a.reviewer, start=START, end=END, unit=world.a.btgdv)
    assert by_area == by_unit
    assert selectors.statistics(world.b.reviewer, start=START, end=END, area=world.a.commune)["total"] == 0
    assert selectors.statistics(world.nobody, start=START, end=END)["total"] == 0


def test_the_area_breakdown_counts_each_child_once(constructed):
    world = constructed
    rows = selectors.area_breakdown(world.a.reviewer, area=world.a.province, start=START, end=END)
    commune = next(r for r in rows if r["area"] == world.a.commune)
    assert (commune["total"], commune["new"]) == (5, 5)
    assert sum(r["total"] for r in rows) == 5


def test_the_stats_api_and_the_files_carry_the_same_figures(client, constructed):
    world = constructed
    client.force_login(world.a.reviewer)
    api = client.get("/api/v1/models/stats", {"unit": world.a.btgdv.pk, "period": "2026-H1"}).json()
    page = client.get("/dan-van-kheo/thong-ke/", {"unit": world.a.btgdv.pk, "period": "2026-H1"})
    assert page.status_code == 200
    assert page.context["figures"]["total"] == api["total"]
    xlsx = client.get("/dan-van-kheo/thong-ke/excel/", {"unit": world.a.btgdv.pk, "period": "2026-H1"})
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    cells = {row[1]: row[2] for row in sheet.iter_rows(min_row=3, values_only=True)}
    assert cells["Đăng ký mới trong kỳ"] == api["new"]
    docx = client.get("/dan-van-kheo/thong-ke/bao-cao.docx", {"unit": world.a.btgdv.pk, "period": "2026-H1"})
    assert docx.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    tables = " ".join(c.text for t in Document(io.BytesIO(docx.content)).tables for r in t.rows for c in r.cells)
    assert "DÂN VẬN KHÉO" in text.upper() and f"có {api['new']} mô hình" in text
    assert "Kinh tế A" in tables and "1/QĐ" in tables
