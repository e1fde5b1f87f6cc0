"""Directive documents: the chain centre → province → commune, who implemented a document and who did not."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from danvan.core.models import AuditEvent
from danvan.directives.selectors import directives as selectors
from danvan.directives.tests.conftest import directive
from danvan.org.models import Unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def chain_of_25(world):
    central = directive(world.a.reviewer, world.a.btgdv, type="NQ", number="25", symbol="NQ/TW",
                        issued_on=date(2013, 6, 3), external_issuer="Ban Chấp hành Trung ương",
                        subject="Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận")
    province = directive(world.a.reviewer, world.a.btgdv, implements=central, issued_on=date(2013, 9, 10))
    commune = directive(world.a.reporter, world.a.commune_party, number="12", symbol="KH/ĐU", implements=province,
                        issued_on=date(2013, 10, 1))
    return central, province, commune


def test_a_central_document_is_expected_of_the_unit_that_recorded_it(world, chain_of_25):
    central, province, _ = chain_of_25
    found = selectors.chain(world.a.reviewer, central)
    assert [d.pk for d in found.implementations] == [province.pk]
    assert [u.pk for u in found.expected] == [world.a.btgdv.pk] and found.missing == []


def test_the_province_plan_lists_the_communes_that_issued_theirs_and_those_that_did_not(world, chain_of_25):
    central, province, commune = chain_of_25
    found = selectors.chain(world.a.reviewer, province)
    children = list(Unit.objects.filter(parent=world.a.btgdv, closed_on__isnull=True).values_list("pk", flat=True))
    assert len(children) > 10 and {u.pk for u in found.expected} == set(children)
    assert [d.pk for d in found.implementations] == [commune.pk]
    assert world.a.commune_party.pk not in {u.pk for u in found.missing}
    assert len(found.missing) == len(children) - 1
    assert [d.pk for d in found.ancestors] == [central.pk]


def test_a_commune_reads_the_documents_above_it_but_not_its_neighbours_nor_another_province(world, chain_of_25):
    central, province, commune = chain_of_25
    readable = set(selectors.readable(world.a.reporter).values_list("pk", flat=True))
    assert {central.pk, province.pk, commune.pk} <= readable
    assert not selectors.readable(world.b.reviewer).filter(pk__in=[central.pk, province.pk, commune.pk]).exists()
    assert not selectors.readable(world.nobody).exists()


def test_recording_is_validated_and_audited(world):
    with pytest.raises(ValidationError) as refused:
        directive(world.a.reviewer, world.a.btgdv, type="XX", number="", external_issuer="Ủy ban X",
                  issued_on=date(2099, 1, 1))
    assert set(refused.value.message_dict) == {"type", "number", "external_issuer", "issued_on"}
    first = directive(world.a.reviewer, world.a.btgdv)
    with pytest.raises(ValidationError, match="đã được ghi nhận"):
        directive(world.a.reviewer, world.a.btgdv)
    later = directive(world.a.reviewer, world.a.btgdv, number="46", issued_on=date(2026, 2, 1))
    with pytest.raises(ValidationError, match="ban hành sau"):
        directive(world.a.reviewer, world.a.btgdv, number="47", issued_on=date(2026, 1, 1), implements=later)
    assert AuditEvent.objects.get(action="directives.directive.record", object_id=str(first.pk)).after["number"] == "45"


def test_a_commune_reporter_cannot_record_for_the_province(world):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        directive(world.a.reporter, world.a.btgdv)


# --- API ---------------------------------------------------------------------------------------------------


def test_api_records_a_plan_implementing_the_province_one_and_shows_the_chain(world, client, chain_of_25):
    central, province, _ = chain_of_25
    client.force_login(world.a.reporter)
    other = Unit.objects.filter(parent=world.a.btgdv).exclude(pk=world.a.commune_party.pk).first()
    payload = {"unit": world.a.commune_front.pk, "type": "KH", "number": "3", "symbol": "KH/MTTQ",
               "issued_on": "2013-11-02", "subject": "Thực hiện Kế hoạch 45-KH/TU", "implements": province.pk}
    created = client.post("/api/v1/directives", payload, content_type="application/json")
    assert created.status_code == 201, created.content
    assert created.json()["implements"] == province.pk and created.json()["reference"] == "3-KH/MTTQ"
    client.force_login(world.a.reviewer)
    body = client.get(f"/api/v1/directives/{province.pk}").json()
    assert {"unit": world.a.commune_front.pk, "directive": created.json()["id"]} in body["implementations"]
    assert other.pk in body["missing_units"] and world.a.commune_party.pk not in body["missing_units"]
    listed = client.get(f"/api/v1/directives?implements={province.pk}&year=2013").json()
    assert listed["count"] == 2
    assert client.get("/api/v1/directives?q=doi moi su lanh dao&type=NQ").json()["items"][0]["id"] == central.pk


def test_api_parse_proposes_the_fields_and_finds_the_implemented_document(world, client, chain_of_25):
    central = chain_of_25[0]
    client.force_login(world.a.reviewer)
    text = ("Kế hoạch số 50-KH/TU ngày 10/9/2014 của Tỉnh ủy thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của "
            "Ban Chấp hành Trung ương Đảng")
    body = client.post("/api/v1/directives/parse", {"text": text}, content_type="application/json").json()
    assert (body["type"], body["number"], body["symbol"], body["issued_on"]) == ("KH", "50", "KH/TU", "2014-09-10")
    assert body["implements"] == central.pk


def test_api_refuses_in_vietnamese_and_hides_other_provinces(world, client, chain_of_25):
    client.force_login(world.b.reviewer)
    assert client.get(f"/api/v1/directives/{chain_of_25[1].pk}").status_code == 404
    refused = client.post("/api/v1/directives", {"unit": world.b.btgdv.pk, "type": "ZZ", "number": "1",
                                                 "issued_on": "2026-01-01", "subject": "x"},
                          content_type="application/json")
    assert refused.status_code == 400 and "Loại văn bản" in refused.json()["detail"]
