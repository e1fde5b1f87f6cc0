"""The monthly situation report: drafted through reporting's services, figures equal the records' counts,
each narrative line traceable to its note or incident, never a confidential source."""

import re
from datetime import date, timedelta

import pytest

from danvan.core.audit import ConflictError
from danvan.core.models import AuditEvent
from danvan.reporting.services import submit_submission
from danvan.situation import services
from danvan.situation.models import Incident, SituationNote

pytestmark = pytest.mark.django_db
# Reporting months run from the 15th of the previous month to the 14th (reporting.periods): "2026-12" is
# 15/11–14/12/2026, and TODAY (20/11) lies in it.
PERIOD = "2026-12"
WINDOW = (date(2026, 11, 15), date(2026, 12, 14))


@pytest.fixture
def month(world, note_of, incident_of, today):
    notes = [
        note_of("Bà con bức xúc vì giải phóng mặt bằng chậm. Nhiều hộ chưa nhận tiền.", topics=["giai_phong_mat_bang"],
                mood="angry", confidential_source="Ông Trần Văn Kín"),
        note_of("Báo địa phương đưa tin về ô nhiễm môi trường sông.", topics=["moi_truong"], mood="worried",
                source_kind="press", days_ago=5),
        note_of("Đồng tình với việc sáp nhập thôn.", topics=[], mood="positive", days_ago=3),
    ]
    note_of("Tin kỳ trước, không tính.", topics=["moi_truong"], days_ago=6)  # 14/11
    new = incident_of(title="Khiếu nại đền bù", severity=2, people_count=4)
    ongoing = incident_of(title="Tranh chấp ranh giới", started_on=today - timedelta(days=40), people_count=3)
    settled = incident_of(title="Mâu thuẫn dòng họ", started_on=today - timedelta(days=35), people_count=2)
    services.add_incident_event(world.a.reporter, settled, kind="stabilise", text="Đã hòa giải", today=today,
                                happened_on=today - timedelta(days=2))
    return notes, new, ongoing, settled


def test_the_draft_has_the_five_sections_and_figures_equal_to_the_records(world, month):
    submission = services.draft_situation_report(world.a.reporter, unit=world.a.commune_party, period=PERIOD)
    assert submission.form.code == "BC-TTND-THANG" and submission.status == "draft"
    sections = {s.code: s.text for s in submission.sections.all()}
    assert set(sections) == {"TT", "DL", "VV", "QT", "KN"}
    figures = AuditEvent.objects.get(action="situation.report.draft").after
    in_month = SituationNote.objects.filter(observed_on__range=WINDOW)
    assert figures["notes"] == in_month.count() == 3
    assert figures["by_mood"] == {m: in_month.filter(mood=m).count() for m in ("positive", "neutral", "worried",
                                                                               "angry")}
    assert figures["by_topic"] == {"giai_phong_mat_bang": 1, "moi_truong": 1}
    assert (figures["incidents_new"], figures["incidents_ongoing"], figures["incidents_settled"]) == (1, 1, 1)
    assert figures["people_new"] == Incident.objects.get(title="Khiếu nại đền bù").people_count
    assert "ghi nhận 3 tin" in sections["TT"]
    assert "Vụ việc phát sinh mới: 1 (4 người)" in sections["VV"]


def test_every_narrative_line_names_its_record_and_no_source_is_shown(world, month):
    notes, new, ongoing, settled = month
    submission = services.draft_situation_report(world.a.reporter, unit=world.a.commune_party, period=PERIOD)
    text = "\n".join(s.text for s in submission.sections.all())
    quoted = {int(n) for n in re.findall(r"\[tin số (\d+)\]", text)}
    assert quoted == {n.pk for n in notes}
    assert {int(n) for n in re.findall(r"\[vụ việc số (\d+)\]", text)} >= {new.pk, ongoing.pk, settled.pk}
    assert "Nhiều hộ chưa nhận tiền" not in text  # one sentence per note, the first
    assert "Trần Văn Kín" not in text


def test_the_draft_is_refreshed_while_editable_and_refused_once_submitted(world, month, note_of):
    first = services.draft_situation_report(world.a.reporter, unit=world.a.commune_party, period=PERIOD)
    note_of("Thêm một tin mới về dịch bệnh sốt xuất huyết.", topics=["dich_benh"], days_ago=1)
    again = services.draft_situation_report(world.a.reporter, unit=world.a.commune_party, period=PERIOD)
    assert again.pk == first.pk and again.version == first.version + 1
    assert "ghi nhận 4 tin" in again.sections.get(code="TT").text
    submit_submission(world.a.reporter, again)
    with pytest.raises(ConflictError, match="không soạn lại"):
        services.draft_situation_report(world.a.reporter, unit=world.a.commune_party, period=PERIOD)


def test_the_draft_endpoint_returns_the_submission_as_the_submissions_api_does(client, world, month):
    client.force_login(world.a.reporter)
    r = client.post("/api/v1/situation/reports/draft", {"unit": world.a.commune_party.pk, "period": PERIOD},
                    content_type="application/json")
    assert r.status_code == 200, r.content
    body = r.json()
    assert body["form"] == "BC-TTND-THANG" and body["status"] == "draft" and set(body["sections"]) == {
        "TT", "DL", "VV", "QT", "KN"}
    assert client.get(f"/api/v1/submissions/{body['id']}").json() == body
    bad = client.post("/api/v1/situation/reports/draft", {"unit": world.a.commune_party.pk, "period": "2026-13"},
                      content_type="application/json")
    assert bad.status_code == 400
