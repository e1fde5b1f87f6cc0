"""The holidays are core's (every working-day deadline reads them), kept in their old table under their old audit type."""

from datetime import date

import pytest

from danvan.core.models import AuditEvent, Holiday
from danvan.core.selectors import working_calendar

pytestmark = pytest.mark.django_db


def test_holidays_keep_their_table_and_the_seeded_rows():
    assert Holiday._meta.db_table == "reporting_holiday"
    assert Holiday.objects.unscoped().filter(day=date(2026, 9, 2), name="Quốc khánh").exists()


def test_an_added_holiday_moves_a_working_day_deadline():
    assert working_calendar(date(2026, 3, 1), date(2026, 3, 31)).is_working_day(date(2026, 3, 16))
    Holiday.objects.create(day=date(2026, 3, 16), name="Nghỉ bù (kiểm thử)")
    assert not working_calendar(date(2026, 3, 1), date(2026, 3, 31)).is_working_day(date(2026, 3, 16))


def test_a_holiday_edited_in_the_catalogue_is_audited_under_its_old_action_code(world, client):
    client.force_login(world.admin)
    holiday = Holiday.objects.get(day=date(2026, 9, 1))
    response = client.post(f"/quan-tri/core/holiday/{holiday.pk}/change/",
                           {"day": "2026-09-01", "name": "Quốc khánh (nghỉ liền kề)"})
    assert response.status_code == 302, response.content.decode()[:2000]
    event = AuditEvent.objects.get(action="reporting.holiday.update")
    assert event.object_type == "reporting.holiday" and event.object_id == str(holiday.pk)
    assert [(r.field, r.after) for r in event.changes().rows] == [("Tên", "Quốc khánh (nghỉ liền kề)")]

    page = client.get("/nhat-ky/", {"action": "reporting.holiday"}).content.decode()
    assert "Sửa ngày nghỉ lễ" in page and "Quốc khánh (nghỉ liền kề)" in page
