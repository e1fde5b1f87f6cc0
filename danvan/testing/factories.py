"""factory-boy factories for tests (and benchmarks). Domain rows are made through services where one exists."""

import factory

from danvan.accounts.models import User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    full_name = factory.Faker("name", locale="vi_VN")
    password = factory.django.Password("mat-khau-thu-nghiem-2026")
