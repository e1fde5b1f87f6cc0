"""Factories of the petitions tests: petitions are received and handled through the services, as users would."""

from datetime import date

import pytest

from danvan.accounts.services import grant_membership
from danvan.petitions import selectors, services
from danvan.testing.factories import UserFactory

PHONE = "0912 345 678"


def receive(actor, unit, *, kind="complaint", received_on=date(2026, 3, 2), area=None, name="Nguyễn Văn An",
            phone=PHONE, id_number="001086012345", subject="Khiếu nại về bồi thường đất nông nghiệp",
            content="Gia đình tôi không đồng ý với mức bồi thường khi thu hồi đất làm đường.", **kwargs):
    person = {"name": name, "address": "Thôn Đông, xã Yên Lạc", "phone": phone, "id_number": id_number}
    return services.create_petition(actor, unit=unit, kind=kind, received_on=received_on, channel="reception",
                                    area=area or unit.area, petitioners=[person], subject=subject, content=content,
                                    **kwargs)


@pytest.fixture(autouse=True)
def _fresh_reference_data():
    """The deadline rules and remote areas are cached per process: each test starts and ends without them."""
    selectors.forget_reference_data()
    yield
    selectors.forget_reference_data()


@pytest.fixture
def handler(world):
    """A handler (the new role) of the commune Party committee of province A."""
    user = UserFactory(username="xu-ly-don-a")
    grant_membership(None, user=user, unit=world.a.commune_party, role="handler")
    return user


@pytest.fixture
def unit_reviewer(world):
    """A reviewer of the commune Party committee itself (the handling unit)."""
    user = UserFactory(username="duyet-xa-a")
    grant_membership(None, user=user, unit=world.a.commune_party, role="reviewer")
    return user
