"""Organisations: the standard bloc, reporting lines, renames, versions, hamlets."""

import pytest
from django.core.exceptions import ValidationError

from danvan.core.audit import ConflictError
from danvan.org.bloc import BTGDV, DANG_UY
from danvan.org.models import Area, Unit, UnitKind
from danvan.org.services import create_bloc, create_hamlet, create_unit, update_unit

pytestmark = pytest.mark.django_db


def test_standard_bloc_follows_the_reporting_lines_of_the_domain():
    province = Area.objects.get(era="current", code="37")
    btgdv = Unit.objects.get(area=province, kind__code=BTGDV)
    assert btgdv.parent is None and btgdv.name == "Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình"
    assert btgdv.symbol == "BTGDVTU"
    front = Unit.objects.get(area=province, kind__code="mttq")
    assert front.parent == btgdv
    commune_party = Unit.objects.filter(area__parent=province, kind__code=DANG_UY).order_by("area__code").first()
    assert commune_party.parent == btgdv
    assert commune_party.name == "Đảng ủy phường Phủ Lý"
    women = Unit.objects.get(area=commune_party.area, kind__code="hoi-phu-nu")
    assert women.parent == commune_party
    assert women.line_path == f"{btgdv.line_path}{commune_party.pk}/{women.pk}/"
    communes = Area.objects.filter(parent=province).count()
    assert Unit.objects.subtree(btgdv).count() == 10 + communes * 10


def test_create_bloc_twice_creates_nothing_new():
    province = Area.objects.get(era="current", code="37")
    count = Unit.objects.count()
    assert create_bloc(None, province)["created"] == 0
    assert Unit.objects.count() == count


def test_rename_is_kept_in_history():
    province = Area.objects.get(era="current", code="12")
    btgdv = Unit.objects.get(area=province, kind__code=BTGDV)
    update_unit(None, btgdv, version=btgdv.version, name="Ban Dân vận Tỉnh ủy Lai Châu", symbol="BDVTU")
    rename = btgdv.renames.get()
    assert (rename.old_name, rename.new_name) == ("Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu", "Ban Dân vận Tỉnh ủy Lai Châu")
    assert (rename.old_symbol, rename.new_symbol) == ("BTGDVTU", "BDVTU")


def test_stale_edit_is_refused_with_a_conflict():
    unit = Unit.objects.filter(kind__code="mttq").first()
    update_unit(None, unit, version=unit.version, symbol="MT")
    with pytest.raises(ConflictError):
        update_unit(None, unit, version=unit.version, symbol="MTTQ2")  # the old version
    assert Unit.objects.get(pk=unit.pk).symbol == "MT"


def test_moving_a_unit_moves_its_whole_subtree():
    province = Area.objects.get(era="current", code="37")
    btgdv = Unit.objects.get(area=province, kind__code=BTGDV)
    party = Unit.objects.filter(area__parent=province, kind__code=DANG_UY).order_by("area__code").first()
    front = Unit.objects.get(area=province, kind__code="mttq")
    update_unit(None, party, version=party.version, parent=front)
    party.refresh_from_db()
    assert party.line_path == f"{btgdv.line_path}{front.pk}/{party.pk}/"
    child = Unit.objects.filter(parent=party).first()
    assert child.line_path == f"{party.line_path}{child.pk}/"


def test_a_unit_cannot_report_to_its_own_descendant():
    province = Area.objects.get(era="current", code="37")
    btgdv = Unit.objects.get(area=province, kind__code=BTGDV)
    front = Unit.objects.get(area=province, kind__code="mttq")
    with pytest.raises(ValidationError):
        update_unit(None, btgdv, version=btgdv.version, parent=front)


def test_second_open_unit_of_the_same_kind_at_an_area_is_refused_in_vietnamese():
    province = Area.objects.get(era="current", code="37")
    with pytest.raises(ValidationError, match="đã có một tổ chức loại"):
        create_unit(None, kind=UnitKind.objects.get(code="mttq"), area=province, name="MTTQ thứ hai")


def test_commune_creates_hamlets_with_unique_names():
    commune = Area.objects.filter(era="current", parent__code="37").order_by("code").first()
    hamlet = create_hamlet(None, commune, name="Thôn Đông")
    assert hamlet.level == "hamlet" and hamlet.parent == commune and hamlet.path.startswith(commune.path)
    with pytest.raises(ValidationError):
        create_hamlet(None, commune, name="thon dong")
    with pytest.raises(ValidationError):
        create_hamlet(None, commune.parent, name="Thôn Tây")


def test_commune_admin_renames_closes_and_reopens_a_hamlet(world, client):
    from django.core.exceptions import PermissionDenied

    from danvan.org.services import update_hamlet

    hamlet = create_hamlet(None, world.a.commune, name="Thôn Bắc")
    client.force_login(world.a.unit_admin)
    url = f"/dia-ban/current/{hamlet.code}/sua-thon/"
    assert client.post(url, {"action": "rename", "name": "Thôn Bắc Sơn"}).status_code == 302
    assert client.post(url, {"action": "close"}).status_code == 302
    hamlet.refresh_from_db()
    assert (hamlet.name, hamlet.is_active) == ("Thôn Bắc Sơn", False)
    client.post(url, {"action": "reopen"})
    hamlet.refresh_from_db()
    assert hamlet.is_active
    with pytest.raises(PermissionDenied):
        update_hamlet(world.b.unit_admin, hamlet, name="Xâm nhập")
    client.force_login(world.b.unit_admin)
    assert client.post(url, {"action": "rename", "name": "Xâm nhập"}).status_code == 404
    hamlet.refresh_from_db()
    assert hamlet.name == "Thôn Bắc Sơn"
