"""People read names, not codes: a period picker instead of typed codes, form and period names on the report
pages, the codes kept in an "advanced" detail (issue 13, item 12)."""

from datetime import date

import pytest
from django.utils import timezone

from danvan.reporting import services
from danvan.reporting.forms import period_choices
from danvan.reporting.periods import period_for_date, period_name

pytestmark = pytest.mark.django_db


def test_the_picker_offers_the_periods_of_the_window_newest_first_by_name():
    months = period_choices({"month"}, date(2026, 12, 4))
    assert months[0] == ("2026-12", "Tháng 12/2026") and months[1] == ("2026-11", "Tháng 11/2026")
    codes = [code for code, _ in months]
    assert "2027-01" not in codes and "2024-01" in codes and "2020-01" not in codes
    grouped = period_choices({"month", "quarter"}, date(2026, 12, 4))
    assert [label for label, _ in grouped] == ["Tháng", "Quý"] and grouped[1][1][0] == ("2026-Q4", "Quý IV/2026")


def test_new_report_page_is_a_picker_of_named_periods(world, client, form):
    client.force_login(world.a.reporter)
    page = client.get("/bao-cao/moi/").content.decode()
    current = period_for_date(timezone.localdate()).code
    assert '<select name="period"' in page
    assert f'<option value="{current}" selected>{period_name(current)}</option>' in page
    assert f">{form.name}</option>" in page and f"{form.code} — " not in page


def test_report_pages_show_names_and_keep_codes_for_experts(world, client, form):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-11")
    client.force_login(world.a.reporter)
    listed = client.get("/bao-cao/").content.decode()
    assert "Tháng 11/2026" in listed and form.name in listed and ">2026-11<" not in listed
    detail = client.get(f"/bao-cao/{s.pk}/").content.decode()
    assert "kỳ 2026-11" not in detail and "Tháng 11/2026" in detail
    advanced = detail[detail.index('<details class="advanced">'):]
    assert "<code>BC-DV-THANG</code>" in advanced[:advanced.index("</details>")]


def test_notices_and_value_messages_name_the_report_and_indicator_not_their_codes(world, form):
    """Notices (submitted, approved, returned, reminders) and the messages about a value: names, no codes."""
    from django.core.exceptions import ValidationError

    from danvan.core.models import Notification

    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-11",
                                   values={"QUA_SL": "3"})
    services.submit_submission(world.a.reporter, s)
    services.return_submission(world.a.reviewer, s, reason="Bổ sung số liệu.")
    services.submit_submission(world.a.reporter, s)
    services.approve_submission(world.a.reviewer, s)
    notices = list(Notification.objects.values_list("message", flat=True))
    assert notices and all("BC-DV-THANG" not in m and "2026-11" not in m for m in notices)
    assert any("đã nộp báo cáo công tác dân vận tháng, tháng 11/2026" in m for m in notices)
    assert any(m.startswith("Báo cáo công tác dân vận tháng, tháng 11/2026 của") for m in notices)

    draft = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_front, period="2026-11")
    try:
        services.update_submission(world.a.reporter, draft, version=draft.version, values={"QUA_SL": "1,5"})
    except ValidationError as refused:
        assert refused.message_dict["QUA_SL"] == ["Số suất quà tặng phải là số nguyên."]
    else:
        raise AssertionError("a fractional count was accepted")
