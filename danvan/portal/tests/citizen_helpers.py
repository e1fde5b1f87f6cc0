"""Helpers of the citizen-page tests: a public consultation, a valid form token, a form's POST data."""

import time

from django.core import signing

from danvan.consultation.tests.conftest import make_consultation
from danvan.portal.citizen import abuse


def aged_token(seconds: float = 30) -> str:
    """A form token as if the page had been rendered `seconds` ago."""
    return signing.dumps({"t": time.time() - seconds}, salt=abuse._SALT, compress=False)


def public_consultation(world, **kwargs):
    return make_consultation(world.a.reviewer, world.a.btgdv, audience="public",
                             title=kwargs.pop("title", "Dự thảo Báo cáo chính trị công khai"), **kwargs)


def comment_data(**overrides) -> dict:
    data = {"name": "Trần Thị Bình", "group": "nong_dan", "area": "Xã Gia Viễn", "contact": "0912000111",
            "stance": "other", "text": "Đề nghị bổ sung nội dung về chuyển đổi số ở cơ sở.",
            abuse.FORM_TOKEN_FIELD: aged_token()}
    data.update(overrides)
    return data


def recommendation_data(world, **overrides) -> dict:
    data = {"province": world.a.province.code, "commune": world.a.commune.code, "kind": "recommendation",
            "name": "Lê Văn Cường", "phone": "0987 654 321", "address": "Thôn Đông",
            "subject": "Đường liên thôn xuống cấp", "content": "Đề nghị sửa đường liên thôn trước mùa mưa.",
            abuse.FORM_TOKEN_FIELD: aged_token()}
    data.update(overrides)
    return data
