"""Issue 13 item 13: the rough edges of the reporting pages (Word import, review queue, completeness)."""

import io
import re

import pytest

from danvan.reporting import services

pytestmark = pytest.mark.django_db


def body(response) -> str:
    return response.content.decode()


def _upload(client, world, data: bytes, name: str):
    upload = io.BytesIO(data)
    upload.name = name
    return client.post("/bao-cao/nhap-van-ban/", {"file": upload, "form": "BC-DV-THANG",
                                                   "unit": world.a.commune_front.pk, "period": "2026-03"})


def test_a_refused_word_import_keeps_the_chosen_form_and_unit(world, client):
    client.force_login(world.admin)
    response = _upload(client, world, b"PK\x03\x04 not really a zip", "hong.docx")
    assert response.status_code == 400
    page = body(response)
    # The re-upload goes to the unit chosen before, not to the first one of the list.
    assert re.search(rf'<option value="{world.a.commune_front.pk}" selected>', page)
    assert len(re.findall(r"<option value=\"\d+\" selected>", page)) == 1
    assert '<option value="BC-DV-THANG" selected>' in page


def test_a_broken_pdf_is_refused_in_vietnamese_without_the_parsers_error_name(world, client):
    client.force_login(world.admin)
    response = _upload(client, world, b"%PDF-1.4\n1 0 obj << /Length 99 >> stream\nbroken", "hong.pdf")
    assert response.status_code == 400
    page = body(response)
    assert "tệp PDF bị hỏng hoặc không đúng định dạng" in page
    assert "Error" not in page.split("<main")[-1]  # no PdfStreamError, PdfReadError, …


def test_review_queue_says_its_order_and_has_a_select_all_box(world, client, form):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03",
                                   values={"QUA_SL": 3})
    services.submit_submission(world.a.reporter, s)
    client.force_login(world.a.reviewer)
    page = body(client.get("/bao-cao/duyet/"))
    assert 'data-select-all="ids"' in page and "Chọn tất cả" in page
    assert "hạn nộp sớm nhất đứng đầu" in page
