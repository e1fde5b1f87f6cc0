"""A denouncer's identity (Law on Denunciations 2018): only the handling unit's reviewers and handlers read it,
every read audited; everyone else — reviewers above and administrators included — and the API, exports, search
and the audit trail see it withheld."""

import io
from datetime import date

import pytest
from openpyxl import load_workbook

from danvan.core.models import AuditEvent
from danvan.core.registry import search_documents
from danvan.petitions.tests.conftest import receive

pytestmark = pytest.mark.django_db

NAME, PHONE, ID_NUMBER, ADDRESS = "Phạm Văn Tố", "0912 999 888", "001099887766", "Thôn Đông"


@pytest.fixture
def denunciation(world):
    return receive(world.a.reporter, world.a.commune_party, kind="denunciation", name=NAME, phone=PHONE,
                   id_number=ID_NUMBER, subject="Tố cáo cán bộ địa chính nhận tiền",
                   content="Cán bộ địa chính xã nhận tiền để cấp giấy chứng nhận.", received_on=date(2026, 3, 2))


SECRETS = (NAME, "999 888", "999888", ID_NUMBER)


def _leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


def _reads(petition) -> int:
    return AuditEvent.objects.filter(action="petitions.identity.read", object_id=str(petition.pk)).count()


@pytest.mark.parametrize("who", ["handler", "unit_reviewer"])
def test_the_handling_units_handler_and_reviewer_read_the_identity_and_each_read_is_audited(
        client, world, denunciation, who, request):
    user = request.getfixturevalue(who)
    client.force_login(user)
    page = client.get(denunciation.get_absolute_url()).content.decode()
    assert NAME in page and ID_NUMBER in page
    client.get(denunciation.get_absolute_url())
    assert _reads(denunciation) == 2
    event = AuditEvent.objects.filter(action="petitions.identity.read").first()
    assert event.actor == user


@pytest.mark.parametrize("who", ["reporter", "reviewer_above", "admin"])
def test_everyone_else_sees_the_identity_withheld_on_the_page(client, world, denunciation, who):
    user = {"reporter": world.a.reporter, "reviewer_above": world.a.reviewer, "admin": world.admin}[who]
    client.force_login(user)
    page = client.get(denunciation.get_absolute_url()).content.decode()
    assert page.count("giữ bí mật") >= 1 and not _leaks(page)
    assert _reads(denunciation) == 0


@pytest.mark.parametrize("who", ["handler", "unit_reviewer"])
def test_the_api_withholds_it_even_from_those_who_may_read_it(client, world, denunciation, who, request):
    client.force_login(request.getfixturevalue(who))
    for url in (f"/api/v1/petitions/{denunciation.pk}", "/api/v1/petitions", "/api/v1/petitions?q=dia+chinh"):
        response = client.get(url)
        assert response.status_code == 200 and not _leaks(response.content.decode()), url
    assert client.get(f"/api/v1/petitions/{denunciation.pk}").json()["identity_withheld"] is True


def test_the_export_withholds_it(client, world, denunciation, handler):
    client.force_login(handler)
    response = client.get("/don-thu/xuat-excel/")
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)
    assert denunciation.code in cells and not _leaks(cells)


def test_the_search_document_never_carries_a_petitioners_identity(world, denunciation):
    complaint = receive(world.a.reporter, world.a.commune_party, name="Lý Thị Khiếu", phone="0933222111",
                        id_number="001077665544")
    source = search_documents.get("petitions.petition")
    for petition, secrets in ((denunciation, SECRETS), (complaint, ("Lý Thị Khiếu", "0933222111", "001077665544"))):
        document = source.to_document(petition)
        text = f"{document.title} {document.text}"
        assert not [s for s in secrets if s in text] and not document.public


def test_the_audit_trail_masks_every_petitioners_identity(world, denunciation):
    trail = " ".join(str(e.after) + str(e.before) for e in AuditEvent.objects.filter(object_id=str(denunciation.pk)))
    assert not _leaks(trail)


def test_the_list_page_and_the_timeline_never_show_it(client, world, denunciation):
    client.force_login(world.a.reviewer)
    assert not _leaks(client.get("/don-thu/").content.decode())


def test_reading_the_petitioners_is_one_service_that_audits_only_a_denouncers_identity_read(world, denunciation,
                                                                                           handler):
    from danvan.petitions import services

    people, withheld = services.read_petitioners(handler, denunciation, channel="web")
    assert (people[0].name, withheld, _reads(denunciation)) == (NAME, False, 1)
    people, withheld = services.read_petitioners(world.a.reviewer, denunciation)
    assert (people[0].name, withheld, _reads(denunciation)) == ("(Được giữ bí mật theo Luật Tố cáo)", True, 1)
    complaint = receive(world.a.reporter, world.a.commune_party, phone="0911222333", id_number="")
    people, withheld = services.read_petitioners(world.a.reviewer, complaint)
    assert (people[0].name, withheld) == ("Nguyễn Văn An", False)
    assert not AuditEvent.objects.filter(action="petitions.identity.read", object_id=str(complaint.pk)).exists()
