"""Activities: the indicator sources (TH_LOP, TH_LUOT, DT_CUOC, GS_CUOC, PB_HN) equal the counts of the unit's own
activities and pre-fill its monthly report draft; grassroots-democracy compliance; commitments; the API."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from danvan.core import registry
from danvan.directives.models import Commitment
from danvan.directives.services.activities import close_commitment
from danvan.directives.tests.conftest import activity
from danvan.org.models import Area
from danvan.org.services import create_hamlet

pytestmark = pytest.mark.django_db
START, END = date(2026, 2, 15), date(2026, 3, 14)  # the reporting window of 2026-03
CODES = ("TH_LOP", "TH_LUOT", "DT_CUOC", "GS_CUOC", "PB_HN")


def compute(code, unit):
    return registry.indicator_sources.get(code).compute(unit, START, END)


@pytest.fixture
def month_of_activities(world):
    unit, reporter = world.a.commune_party, world.a.reporter
    for i, people in enumerate((30, 45)):
        activity(reporter, unit, kind="training", title=f"Tập huấn {i}", starts_on=date(2026, 3, 1 + i),
                 participants=people)
    activity(reporter, unit, kind="training", title="Tập huấn trước kỳ", starts_on=date(2026, 2, 14), participants=99)
    activity(reporter, unit, kind="dialogue", title="Đối thoại đầu kỳ", starts_on=START, participants=120)
    activity(reporter, unit, kind="dialogue", title="Đối thoại cuối kỳ", starts_on=END, participants=80)
    activity(reporter, unit, kind="supervision", title="Giám sát", starts_on=date(2026, 3, 5),
             details={"findings": "Chậm chi trả", "recommendations": "Chi trả đúng hạn"})
    activity(reporter, world.a.commune_front, kind="social_criticism", title="Phản biện của Mặt trận",
             starts_on=date(2026, 3, 6), details={"draft": "Dự thảo quy hoạch", "accepted": "Điều chỉnh tuyến đường"})
    activity(reporter, unit, kind="dialogue", title="Đối thoại sau kỳ", starts_on=date(2026, 3, 15))
    return unit


def test_the_sources_are_registered_by_the_directives_app():
    assert {registry.indicator_sources.get(c).app for c in CODES} == {"directives"}


def test_each_source_equals_the_count_of_the_units_own_activities_in_the_window(world, month_of_activities):
    unit = month_of_activities
    values = {code: compute(code, unit).value for code in CODES}
    assert values == {"TH_LOP": 2, "TH_LUOT": 75, "DT_CUOC": 2, "GS_CUOC": 1, "PB_HN": 0}
    assert compute("PB_HN", world.a.commune_front).value == 1
    dialogues = compute("DT_CUOC", unit)
    assert {r.label for r in dialogues.records} == {"Đối thoại đầu kỳ", "Đối thoại cuối kỳ"}
    assert all(r.url.startswith("/chi-dao/hoat-dong/") for r in dialogues.records)


def test_the_monthly_report_draft_is_pre_filled_with_them(world, month_of_activities):
    from danvan.reporting.models import ReportForm, SubmissionValue
    from danvan.reporting.services import create_submission

    form = ReportForm.objects.get(code="BC-DV-THANG")
    draft = create_submission(world.a.reporter, form=form, unit=month_of_activities, period="2026-03")
    values = dict(SubmissionValue.objects.filter(submission=draft, indicator__code__in=CODES)
                  .values_list("indicator__code", "sourced_value"))
    assert {k: int(v) for k, v in values.items() if v is not None} == {
        "TH_LOP": 2, "TH_LUOT": 75, "DT_CUOC": 2, "GS_CUOC": 1, "PB_HN": 0}


def test_compliance_lists_communes_without_dialogue_and_hamlets_without_meeting(world, client):
    from danvan.directives.selectors.activities import compliance

    commune = world.a.commune
    hamlets = [create_hamlet(None, commune, name=f"Thôn {n}") for n in ("Đông", "Tây")]
    activity(world.a.reporter, world.a.commune_party, kind="dialogue", starts_on=date(2026, 5, 1))
    activity(world.a.reporter, world.a.commune_party, kind="community_meeting", title="Hội nghị thôn Đông",
             starts_on=date(2026, 1, 5), area=hamlets[0].code)
    activity(world.a.reporter, world.a.commune_party, kind="community_meeting", title="Năm trước",
             starts_on=date(2025, 12, 20), area=hamlets[1].code)
    communes = set(Area.objects.filter(parent=world.a.province, level="commune", is_active=True)
                   .values_list("code", flat=True))
    result = compliance(world.a.reviewer, area=world.a.province, year=2026)
    assert set(result["communes_without_dialogue"]) == communes - {commune.code}
    assert result["hamlets_without_meeting"] == [hamlets[1].pk]
    client.force_login(world.a.reviewer)
    body = client.get(f"/api/v1/activities/compliance?unit={world.a.btgdv.pk}&year=2026").json()
    assert body == result
    assert commune.code in client.get(f"/api/v1/activities/compliance?unit={world.a.btgdv.pk}&year=2025").json()[
        "communes_without_dialogue"]
    client.force_login(world.b.reviewer)
    assert client.get(f"/api/v1/activities/compliance?unit={world.a.btgdv.pk}").status_code == 404
    # Another province's user sees none of A's dialogues: in B every commune is listed.
    assert client.get(f"/api/v1/activities/compliance?unit={world.b.btgdv.pk}&year=2026").status_code == 200


def test_a_dialogue_records_its_commitments_which_are_followed_up(world):
    dialogue = activity(world.a.reporter, world.a.commune_party, details={"issues": "Đền bù", "answers": "Đã trả lời"},
                        commitments=[{"text": "Trả lời bằng văn bản", "deadline": date(2026, 4, 1)}])
    commitment = Commitment.objects.get(activity=dialogue)
    with pytest.raises(ValidationError):
        close_commitment(world.a.reporter, commitment, state="done", closed_on=date(2026, 3, 20), result="")
    close_commitment(world.a.reporter, commitment, state="done", closed_on=date(2026, 3, 20), result="Đã gửi")
    commitment.refresh_from_db()
    assert commitment.state == "done"
    with pytest.raises(ValidationError, match="đã kết thúc"):
        close_commitment(world.a.reporter, commitment, state="cancelled", closed_on=date(2026, 3, 21))


def test_an_activity_is_validated(world):
    with pytest.raises(ValidationError) as refused:
        activity(world.a.reporter, world.a.commune_party, kind="party", title="", starts_on=date(2026, 3, 2),
                 ends_on=date(2026, 3, 1), area="khong-co", participants=5, participant_groups={"Hội viên": 9})
    assert set(refused.value.message_dict) >= {"kind", "title", "ends_on", "area", "participant_groups"}
    with pytest.raises(ValidationError, match="không có mục"):
        activity(world.a.reporter, world.a.commune_party, kind="training", details={"findings": "x"})


def test_api_records_a_dialogue_with_commitments_and_lists_it(world, client):
    client.force_login(world.a.reporter)
    payload = {"unit": world.a.commune_party.pk, "kind": "dialogue", "title": "Đối thoại về giải phóng mặt bằng",
               "starts_on": "2026-03-02", "ends_on": "2026-03-02", "area": world.a.commune.code, "participants": 150,
               "participant_groups": {"Nhân dân": 120, "Cán bộ": 30}, "content": "Đối thoại", "outcome": "Đồng thuận",
               "details": {"counterpart": "Hộ dân bị ảnh hưởng"},
               "commitments": [{"text": "Rà soát giá đền bù", "deadline": "2026-04-30"}]}
    created = client.post("/api/v1/activities", payload, content_type="application/json")
    assert created.status_code == 201, created.content
    assert created.json()["commitments"][0]["state"] == "open"
    listed = client.get("/api/v1/activities?kind=dialogue&since=2026-03-01&until=2026-03-31&q=giai phong").json()
    assert [a["id"] for a in listed["items"]] == [created.json()["id"]]
    client.force_login(world.b.reviewer)
    assert client.get("/api/v1/activities").json()["count"] == 0
    assert client.get(f"/api/v1/activities/{created.json()['id']}").status_code == 404


def test_each_source_is_one_query_with_its_total_and_first_records(world, django_assert_num_queries):
    from danvan.directives.selectors.activities import RECORDS_SHOWN, SOURCES

    for i in range(RECORDS_SHOWN + 5):
        activity(world.a.reporter, world.a.commune_party, kind="training", title=f"Tập huấn {i}",
                 starts_on=date(2026, 4, 1 + i), participants=10 + i)
    window = (world.a.commune_party, date(2026, 4, 1), date(2026, 4, 30))
    with django_assert_num_queries(1):
        classes = SOURCES["TH_LOP"](*window)
    with django_assert_num_queries(1):
        people = SOURCES["TH_LUOT"](*window)
    with django_assert_num_queries(1):
        none = SOURCES["DT_CUOC"](*window)
    n = RECORDS_SHOWN + 5
    assert (classes.value, len(classes.records), classes.more) == (n, RECORDS_SHOWN, 5)
    assert people.value == sum(10 + i for i in range(n)) and people.more == 5
    assert classes.records[0].label == "Tập huấn 0"
    assert (none.value, none.records, none.more) == (0, (), 0)


def test_compliance_reads_distinct_paths_without_sorting_the_rows(world, django_assert_num_queries):
    """The model's default ordering once crept into the SELECT DISTINCT (every row read and sorted: 0.5–0.9 s
    for the nation at 500,000 activities instead of 0.13–0.2 s); the activity queries carry no ORDER BY."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from danvan.directives.selectors.activities import compliance

    activity(world.a.reporter, world.a.commune_party, kind="dialogue", starts_on=date(2026, 3, 1))
    with CaptureQueriesContext(connection) as ctx:
        compliance(world.a.reviewer, area=world.a.province, year=2026)
    reads = [q["sql"] for q in ctx.captured_queries if "directives_activity" in q["sql"]]
    assert len(reads) == 2 and not any("ORDER BY" in sql for sql in reads)
    selected = [sql.split(" FROM ")[0] for sql in reads]
    assert all("DISTINCT" in s and "area_path" in s and "starts_on" not in s and '"id"' not in s for s in selected)
