"""Every password rule speaks Vietnamese: its refusal on the change-password page and its help text."""

import re

import pytest
from django.conf import settings
from django.contrib.auth.password_validation import (
    get_default_password_validators,
    password_validators_help_texts,
)

from danvan.testing.world import PASSWORD

pytestmark = pytest.mark.django_db

ENGLISH = re.compile(r"\b(password|too|must|characters?|common|numeric|similar)\b", re.IGNORECASE)


def change_password(client, new_password: str) -> str:
    response = client.post("/tai-khoan/doi-mat-khau/", {"old_password": PASSWORD, "new_password1": new_password,
                                                       "new_password2": new_password})
    assert response.status_code == 200  # refused: the form comes back with its errors
    return response.content.decode()


@pytest.mark.parametrize(("new_password", "message"), [
    ("Ngan-1", "Mật khẩu quá ngắn: cần ít nhất 10 ký tự."),
    ("password123", "Mật khẩu này quá phổ biến"),
    ("8412937561", "Mật khẩu không được chỉ gồm chữ số."),
    ("nguoibaocao37", "Mật khẩu quá giống địa chỉ email của bạn."),
    ("hoangminhtuananh", "Mật khẩu quá giống họ và tên của bạn."),
])
def test_change_password_explains_each_refusal_in_vietnamese(world, client, new_password, message):
    world.a.reporter.email, world.a.reporter.full_name = "nguoibaocao37@example.org", "Hoang Minh Tuan Anh"
    world.a.reporter.save(update_fields=["email", "full_name"])
    client.force_login(world.a.reporter)
    page = change_password(client, new_password)
    errors = " ".join(re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', page, re.DOTALL))
    assert message in errors
    assert not ENGLISH.search(errors), errors


def test_password_help_texts_are_vietnamese(world, client):
    client.force_login(world.a.reporter)
    page = client.get("/tai-khoan/doi-mat-khau/").content.decode()
    assert "Mật khẩu phải có ít nhất 10 ký tự." in page
    assert "Your password" not in page
    for text in password_validators_help_texts():
        assert not ENGLISH.search(text), text


def test_every_configured_validator_has_vietnamese_messages():
    assert len(get_default_password_validators()) == len(settings.AUTH_PASSWORD_VALIDATORS)
    for validator in get_default_password_validators():
        assert type(validator).__module__ == "danvan.accounts.validators"
        assert not ENGLISH.search(validator.get_error_message() % {"verbose_name": "tên đăng nhập"})
