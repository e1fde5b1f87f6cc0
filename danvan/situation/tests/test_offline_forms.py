"""The situation and report forms kept offline (static/danvan/offline.js): they opt in, and a stale incident
event answers 409 with both versions on the page."""

import pytest
from django.urls import reverse

from danvan.reporting import services as reporting_services
from danvan.reporting.models import ReportForm
from danvan.situation import services as situation_services

pytestmark = pytest.mark.django_db


def test_the_note_the_incident_event_and_the_report_forms_opt_in(client, world, incident_of):
    client.force_login(world.a.reporter)
    note_page = client.get(reverse("situation:note_new")).content.decode()
    assert 'data-offline="Tin tình hình nhân dân"' in note_page
    incident = incident_of(actor=world.a.reporter)
    incident_page = client.get(reverse("situation:incident_detail", args=[incident.pk])).content.decode()
    assert 'data-offline="Diễn biến vụ việc"' in incident_page
    submission = reporting_services.create_submission(
        world.a.reporter, form=ReportForm.objects.get(code="BC-DV-THANG"), unit=world.a.commune_party,
        period="2026-03")
    report_page = client.get(reverse("reporting:submission_detail", args=[submission.pk])).content.decode()
    assert 'data-offline="Số liệu báo cáo"' in report_page


def test_a_stale_incident_event_is_a_409_showing_the_current_version_and_keeping_the_typed_text(
        client, world, incident_of, today):
    incident = incident_of(actor=world.a.reporter)
    stale = incident.version
    situation_services.add_incident_event(world.a.reviewer, incident, kind="update", text="Đã họp dân lần 2",
                                          today=today, version=stale)
    client.force_login(world.a.reporter)
    r = client.post(reverse("situation:incident_event", args=[incident.pk]),
                    {"kind": "update", "text": "Người dân đã đồng ý nhận tiền bồi thường", "version": stale})
    page = r.content.decode()
    incident.refresh_from_db()
    assert r.status_code == 409 and "Đã họp dân lần 2" in page and "data-offline-current" in page
    assert "Người dân đã đồng ý nhận tiền bồi thường" in page
    assert f'name="version" value="{incident.version}"' in page
    assert incident.timeline.count() == 1
