"""The pages: list and overdue view (bounded queries), receiving, steps, receptions, compliance, statistics and
their .xlsx and .docx."""

import io
from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook

from danvan.petitions import services
from danvan.petitions.tests.conftest import receive

pytestmark = pytest.mark.django_db


def test_the_list_answers_in_a_bounded_number_of_queries(client, world, django_assert_max_num_queries):
    for i in range(12):
        receive(world.a.reporter, world.a.commune_party, phone=f"09000001{i:02d}", id_number="",
                subject=f"Đơn {i}", content=f"Nội dung riêng {i}")
    client.force_login(world.a.reviewer)
    with django_assert_max_num_queries(12):
        page = client.get("/don-thu/?overdue=on")
    assert page.status_code == 200 and page.content.decode().count("quá hạn") >= 12
    # On a phone each row reads as a card with labelled cells (core's table.responsive), nothing cut off.
    assert '<table class="petitions responsive">' in page.content.decode()
    for label in ("Mã", "Trích yếu", "Đơn vị xử lý", "Ngày nhận", "Hạn", "Trạng thái"):
        assert f'<td data-label="{label}">' in page.content.decode()


def test_a_reporter_receives_a_petition_from_a_reception_session_and_takes_steps(client, world):
    client.force_login(world.a.reporter)
    response = client.post("/don-thu/tiep-cong-dan/ghi-moi/", {
        "unit": world.a.commune_party.pk, "held_on": "2026-11-16", "host_name": "Lê Văn Cường",
        "host_position": "Bí thư Đảng ủy", "kind": "regular", "citizens_count": 5})
    assert response.status_code == 302
    session = world.a.commune_party.reception_sessions.get()
    response = client.post(f"/don-thu/tiep-nhan/?reception={session.pk}", {
        "unit": world.a.commune_party.pk, "kind": "recommendation", "channel": "reception",
        "received_on": "2026-11-16", "area": world.a.commune.code, "name": "Đỗ Thị Em", "phone": "0977111222",
        "people_count": 1, "subject": "Kiến nghị sửa đường", "content": "Đường thôn hư hỏng.",
        "reception": session.pk})
    assert response.status_code == 302, response.content.decode()[:2000]
    petition = session.petitions.get()
    page = client.get(petition.get_absolute_url()).content.decode()
    assert petition.code in page and "Đỗ Thị Em" in page and "Thụ lý" in page
    response = client.post(f"/don-thu/{petition.pk}/accept/", {"accepted_on": "2026-11-18", "resolution_days": 20})
    petition.refresh_from_db()
    assert response.status_code == 302 and petition.status == "accepted"
    refused = client.post(f"/don-thu/{petition.pk}/appeal/", {"received_on": "2026-11-20"}, follow=True)
    assert "Chỉ khiếu nại lần đầu mới có thể khiếu nại lần hai" in refused.content.decode()  # a recommendation


def test_compliance_lists_the_committees_whose_head_held_no_session(client, world):
    services.record_reception(world.a.reporter, unit=world.a.commune_party, held_on=date(2026, 11, 3),
                              host_name="Bí thư", host_position="Bí thư Đảng ủy", citizens_count=3)
    client.force_login(world.a.reviewer)
    page = client.get("/don-thu/tiep-cong-dan/tuan-thu/?month=2026-11")
    rows = page.context["rows"]
    held = {r["unit"].pk: r["ok"] for r in rows}
    assert held[world.a.commune_party.pk] is True
    assert page.context["missing"] == len(rows) - 1 > 0
    assert client.get("/don-thu/tiep-cong-dan/tuan-thu/?month=2026-13").status_code == 200


def test_statistics_page_xlsx_and_party_docx(client, world):
    p = receive(world.a.reporter, world.a.commune_party, received_on=date(2026, 3, 2))
    p = services.accept_petition(world.a.reporter, p, accepted_on=date(2026, 3, 5))
    services.answer_petition(world.a.reporter, p, answered_on=date(2026, 4, 20), result="Đã trả lời.")
    client.force_login(world.a.reviewer)
    page = client.get(f"/don-thu/thong-ke/?period=2026&unit={world.a.btgdv.pk}")
    figures = page.context["figures"]
    assert (figures["received"], figures["answered"], figures["answered_late"]) == (1, 1, 1)
    assert p.code in page.content.decode()
    sheet = load_workbook(io.BytesIO(client.get("/don-thu/thong-ke/excel/?period=2026").content)).active
    assert any(row[1] == "Giải quyết quá hạn" and row[2] == 1 for row in sheet.iter_rows(values_only=True))
    docx = Document(io.BytesIO(client.get(f"/don-thu/thong-ke/bao-cao.docx?period=2026&unit={world.a.btgdv.pk}").content))
    text = "\n".join(par.text for par in docx.paragraphs)
    assert "tiếp công dân" in text and "quá hạn 1 đơn" in text
