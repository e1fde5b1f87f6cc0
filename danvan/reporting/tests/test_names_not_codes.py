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
