"""A small, realistic world for tests: two provinces' blocs and their staff."""

from dataclasses import dataclass

from danvan.accounts.choices import Role
from danvan.accounts.models import User
from danvan.accounts.services import grant_membership
from danvan.org.bloc import BTGDV, DANG_UY
from danvan.org.models import Area, Unit
from danvan.testing.factories import UserFactory

PASSWORD = "mat-khau-thu-nghiem-2026"


@dataclass
class ProvinceWorld:
    province: Area
    btgdv: Unit
    commune: Area
    commune_party: Unit
    commune_front: Unit
    reviewer: User
    reporter: User
    unit_admin: User


@dataclass
class World:
    a: ProvinceWorld
    b: ProvinceWorld
    admin: User
    nobody: User


def _province(code: str) -> ProvinceWorld:
    province = Area.objects.get(era="current", code=code)
    btgdv = Unit.objects.get(area=province, kind__code=BTGDV)
    party = Unit.objects.filter(area__parent=province, kind__code=DANG_UY).order_by("area__code").first()
    front = Unit.objects.get(area=party.area, kind__code="mttq")
    reviewer = UserFactory(username=f"tinh-{code}")
    reporter = UserFactory(username=f"xa-{code}")
    unit_admin = UserFactory(username=f"qtxa-{code}")
    grant_membership(None, user=reviewer, unit=btgdv, role=Role.REVIEWER)
    grant_membership(None, user=reporter, unit=party, role=Role.REPORTER)
    grant_membership(None, user=unit_admin, unit=party, role=Role.UNIT_ADMIN)
    return ProvinceWorld(province, btgdv, party.area, party, front, reviewer, reporter, unit_admin)


def build_world(code_a: str, code_b: str) -> World:
    admin = UserFactory(username="admin", is_superuser=True, is_staff=True)
    nobody = UserFactory(username="chua-phan-quyen")
    return World(a=_province(code_a), b=_province(code_b), admin=admin, nobody=nobody)
