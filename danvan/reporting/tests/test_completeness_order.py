"""The completeness page lists first the units that owe reports (most missing first), those that owe none last."""

import re

import pytest

from danvan.reporting import services
from danvan.reporting.models import ReportForm
from danvan.reporting.periods import parse_period
from danvan.reporting.selectors import expected_units

pytestmark = pytest.mark.django_db

ROW = re.compile(r'<td data-label="Đơn vị"><a href="[^"]*">([^<]*)</a></td>\s*'
                 r'<td data-label="Phải nộp" class="num">(\d+)</td>.*?<td data-label="Chưa nộp" class="num">(\d+)</td>',
                 re.DOTALL)


def children_section(page: str) -> str:
    return page.split("trực thuộc</h2>")[1].split("<h2>Từng tổ chức phải nộp</h2>")[0]


def test_units_that_owe_reports_come_first_most_missing_first_and_the_others_apart(world, client):
    form = ReportForm.objects.get(code="BC-DV-THANG")
    for unit in expected_units(form, parse_period("2026-03"), under=world.a.commune_party):
        s = services.create_submission(world.admin, form=form, unit=unit, period="2026-03", values={"QUA_SL": 7})
        services.submit_submission(world.admin, s)
    client.force_login(world.a.reviewer)
    page = client.get(f"/bao-cao/tong-hop/day-du/?form=BC-DV-THANG&period=2026-03&unit={world.a.btgdv.pk}")
    section = children_section(page.content.decode())
    table, _, rest = section.partition("</table>")
    rows = [(name, int(expected), int(missing)) for name, expected, missing in ROW.findall(table)]
    assert len(rows) > 50
    assert all(expected > 0 for _, expected, _ in rows)
    missing = [m for _, _, m in rows]
    assert missing == sorted(missing, reverse=True)
    assert rows[-1][0] == world.a.commune_party.name and missing[-1] == 0  # the only one that has reported all
    # The units no report is asked of (the police, the military command …) are listed apart, after the table.
    not_owing = re.findall(r"<li><a href=\"[^\"]*\">([^<]*)</a></li>", rest)
    assert not_owing and "đơn vị không phải nộp biểu mẫu này" in rest
    assert not set(not_owing) & {name for name, _, _ in rows}
