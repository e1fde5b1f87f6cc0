"""Creating the standard bloc: set-based (a few statements per tree depth), with correct paths and audit."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.core.models import AuditEvent
from danvan.org.bloc import BTGDV, DANG_UY
from danvan.org.models import Area, Unit, UnitKind
from danvan.org.services import create_bloc, create_unit

pytestmark = pytest.mark.django_db

HUE, DIEN_BIEN = "46", "11"  # 40 and 45 communes; neither has a bloc in the session data


def _province(code: str) -> Area:
    return Area.objects.get(era="current", level="province", code=code)


def _queries_of_create_bloc(code: str) -> tuple[int, int]:
    province = _province(code)
    with CaptureQueriesContext(connection) as ctx:
        created = create_bloc(None, province)["created"]
    return created, len(ctx.captured_queries)


def test_create_bloc_of_a_province_takes_a_few_queries_not_a_few_per_unit():
    created, queries = _queries_of_create_bloc(HUE)
    assert created == 10 + 40 * 10
    # Was 827 (an INSERT and an UPDATE per unit). Now: kinds, communes, existing units; an INSERT and an
    # UPDATE per depth of the tree (3); the audit event; the savepoint and its release.
    assert queries <= 12


def test_create_bloc_query_count_does_not_grow_with_the_communes():
    assert _queries_of_create_bloc(HUE)[1] == _queries_of_create_bloc(DIEN_BIEN)[1]


def test_every_created_unit_has_its_parents_path_followed_by_its_own_id():
    create_bloc(None, _province(HUE))
    units = list(Unit.objects.filter(area__path__startswith=_province(HUE).path).select_related("parent"))
    assert len(units) == 410
    for unit in units:
        parent_path = unit.parent.line_path if unit.parent_id else "/"
        assert unit.line_path == f"{parent_path}{unit.pk}/"
        assert unit.name_folded and unit.version == 1 and unit.created_at is not None
    root = next(u for u in units if u.kind.code == BTGDV)
    assert Unit.objects.subtree(root).count() == 410


def test_create_bloc_returns_units_with_their_paths_and_records_one_event_listing_them():
    province = _province(HUE)
    before = AuditEvent.objects.count()
    create_bloc(None, province)
    event = AuditEvent.objects.get(action="org.bloc.create", object_id=str(province.pk))
    assert AuditEvent.objects.count() == before + 1
    assert sorted(event.after["units"]) == sorted(
        Unit.objects.filter(area__path__startswith=province.path).values_list("pk", flat=True))
    assert event.after["created"] == 410


def test_create_bloc_completes_a_partial_bloc_under_the_existing_units():
    province = _province(HUE)
    kinds = {k.code: k for k in UnitKind.objects.all()}
    root = create_unit(None, kind=kinds[BTGDV], area=province, name="Ban Tuyên giáo và Dân vận Thành ủy Huế")
    commune = Area.objects.filter(parent=province).order_by("code").first()
    party = create_unit(None, kind=kinds[DANG_UY], area=commune, name="Đảng ủy thử", parent=root)
    result = create_bloc(None, province)
    assert result == {"created": 408, "existing": 2}
    women = Unit.objects.get(area=commune, kind__code="hoi-phu-nu")
    assert women.parent == party and women.line_path == f"{root.line_path}{party.pk}/{women.pk}/"
    assert Unit.objects.subtree(root).count() == 410
    assert not Unit.objects.filter(line_path="").exists()


def test_a_single_unit_created_alone_gets_its_path_too():
    province = _province(HUE)
    unit = create_unit(None, kind=UnitKind.objects.get(code="mttq"), area=province, name="Ủy ban MTTQ thử")
    assert unit.line_path == f"/{unit.pk}/"
    unit.refresh_from_db()
    assert unit.line_path == f"/{unit.pk}/"


def test_bulk_create_tree_takes_parents_by_object_or_by_id():
    province = _province(HUE)
    kinds = {k.code: k for k in UnitKind.objects.all()}
    root = create_unit(None, kind=kinds[BTGDV], area=province, name="Ban thử")
    commune = Area.objects.filter(parent=province).order_by("code").first()
    party = Unit(kind=kinds[DANG_UY], area=commune, name="Đảng ủy thử", parent_id=root.pk)
    front = Unit(kind=kinds["mttq"], area=commune, name="MTTQ thử", parent=party)
    with CaptureQueriesContext(connection) as ctx:
        Unit.objects.bulk_create_tree([front, party])  # any order: parents go in first
    assert len(ctx.captured_queries) == 5  # the id-only parent's path; an INSERT and an UPDATE per depth
    assert party.line_path == f"{root.line_path}{party.pk}/" and front.line_path == f"{party.line_path}{front.pk}/"
    assert {u.pk: u.line_path for u in Unit.objects.filter(area=commune)} == {
        party.pk: party.line_path, front.pk: front.line_path}
    assert front.name_folded == "mttq thu"
