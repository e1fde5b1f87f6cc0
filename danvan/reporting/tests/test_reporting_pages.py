"""Issue 13 item 13: the rough edges of the reporting pages (Word import, review queue, completeness)."""

import io
import re

import pytest

from danvan.core.text import fold
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


# --- the completeness page ---------------------------------------------------------------------------------

BASE = "/bao-cao/tong-hop/day-du/?form=BC-DV-THANG&period=2026-03"


def submitted(world, form, unit, period="2026-03"):
    s = services.create_submission(world.admin, form=form, unit=unit, period=period, values={"QUA_SL": 7})
    return services.submit_submission(world.admin, s)


def _column(page: str, label: str) -> list[int]:
    table = page.split("completeness-children")[1].split("</table>")[0]
    return [int(n) for n in re.findall(rf'data-label="{label}" class="num">(\d+)<', table)]


def _kpi(page: str, label: str) -> int:
    return int(re.search(rf'kpi-value">(\d+)</span><span class="kpi-label">{label}', page).group(1))


@pytest.mark.parametrize("where", ["unit", "area"])
def test_the_drill_down_rows_add_up_to_the_headline(world, client, form, where):
    submitted(world, form, world.a.commune_party)  # the commune's own report
    submitted(world, form, world.a.commune_front)
    client.force_login(world.a.reviewer)
    query = (f"&unit={world.a.commune_party.pk}" if where == "unit"
             else f"&area=current/{world.a.province.code}")
    page = body(client.get(BASE + query))
    assert sum(_column(page, "Phải nộp")) == _kpi(page, "Phải nộp")
    assert sum(_column(page, "Đã nộp")) == _kpi(page, "Đã nộp") >= 1
    if where == "unit":
        assert f"{world.a.commune_party.name} (báo cáo của chính đơn vị)" in page


def test_the_units_can_be_filtered_by_state_and_name_and_are_paged(world, client, form):
    submitted(world, form, world.a.commune_front)
    client.force_login(world.a.reviewer)
    unit = f"&unit={world.a.btgdv.pk}"
    everything = body(client.get(BASE + unit))
    assert "Trang 1/" in everything  # a province's hundreds of units are not one endless page
    assert everything.count('class="state-') == 50
    late = body(client.get(BASE + unit + "&state=late"))  # submitted after March's deadline
    assert late.count('class="state-') == 1 and world.a.commune_front.name in late.split("completeness-table")[1]
    found = body(client.get(BASE + unit + "&q=" + fold(world.a.commune_party.name)))  # accents optional
    assert world.a.commune_party.name in found.split("completeness-table")[1]
    assert found.count('class="state-') < everything.count('class="state-')


def test_the_units_shown_export_to_xlsx(world, client, form):
    from openpyxl import load_workbook

    submitted(world, form, world.a.commune_front)
    client.force_login(world.a.reviewer)
    response = client.get(f"/bao-cao/tong-hop/day-du/tai-ve.xlsx?form=BC-DV-THANG&period=2026-03"
                          f"&unit={world.a.btgdv.pk}&state=late")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/vnd.openxml")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert rows == [[world.a.commune_front.name, world.a.commune_front.area.name, "Nộp muộn", rows[0][3]]]


def test_remind_button_notifies_the_late_units_shown_and_is_audited(world, client, form):
    from danvan.core.models import AuditEvent, Notification

    submitted(world, form, world.a.commune_front)
    client.force_login(world.a.reviewer)
    query = f"form=BC-DV-THANG&period=2026-03&unit={world.a.commune_party.pk}"
    page = body(client.get("/bao-cao/tong-hop/day-du/?" + query))
    assert "Nhắc nộp" in page and 'data-confirm="Gửi lời nhắc tới' in page
    response = client.post("/bao-cao/tong-hop/day-du/nhac/?" + query, follow=True)
    assert "Đã gửi lời nhắc tới" in body(response)
    notices = Notification.objects.filter(user=world.a.reporter)
    assert notices.filter(message__contains=world.a.commune_party.name).exists()
    assert not notices.filter(message__contains=world.a.commune_front.name).exists()  # it has submitted
    event = AuditEvent.objects.get(action="reporting.reminders.remind_units")
    assert event.actor == world.a.reviewer and world.a.commune_front.pk not in event.after["units"]


def test_only_a_reviewer_above_may_remind(world, client, form):
    from danvan.core.models import Notification

    client.force_login(world.a.reporter)  # reports for the commune, reviews nothing
    query = f"form=BC-DV-THANG&period=2026-03&unit={world.a.commune_party.pk}"
    response = client.post("/bao-cao/tong-hop/day-du/nhac/?" + query, follow=True)
    assert response.status_code in (200, 404)
    assert not Notification.objects.filter(message__startswith="Nhắc:").exists()
