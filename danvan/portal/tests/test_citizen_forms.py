"""The citizen pages over HTTP: reading a public draft, commenting on a piece, sending a recommendation and
looking up its status; every abuse control answers 429 with a Vietnamese message and writes nothing."""

import re

import pytest
from django.test import Client

from danvan.consultation.models import Comment
from danvan.core.models import AuditEvent
from danvan.petitions.models import Petition
from danvan.portal.citizen import abuse
from danvan.portal.models import ModerationItem
from danvan.portal.tests.citizen_helpers import (
    aged_token,
    comment_data,
    public_consultation,
    recommendation_data,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(world):
    c = public_consultation(world)
    return c, list(c.pieces.order_by("order"))


def _comment_url(c, piece):
    return f"/gop-y/{c.pk}/phan/{piece.pk}/gui-y-kien/"


def _counts():
    return Comment.objects.count(), Petition.objects.count(), ModerationItem.objects.count()


# --- reading ---


def test_a_citizen_reads_an_open_public_draft_piece_by_piece(client, draft):
    c, pieces = draft
    listing = client.get("/gop-y/")
    assert listing.status_code == 200 and c.title in listing.content.decode()
    assert "public" in listing["Cache-Control"]
    page = client.get(f"/gop-y/{c.pk}/")
    assert page.status_code == 200 and f"/gop-y/{c.pk}/phan/{pieces[0].pk}/" in page.content.decode()
    piece = client.get(f"/gop-y/{c.pk}/phan/{pieces[1].pk}/")
    assert piece.status_code == 200 and "public" in piece["Cache-Control"] and piece["ETag"]
    assert _comment_url(c, pieces[1]) in piece.content.decode()


def test_an_internal_draft_is_not_on_the_portal(client, world):
    from danvan.consultation.tests.conftest import make_consultation

    internal = make_consultation(world.a.reviewer, world.a.btgdv, title="Dự thảo nội bộ bí mật")
    assert "Dự thảo nội bộ bí mật" not in client.get("/gop-y/").content.decode()
    assert client.get(f"/gop-y/{internal.pk}/").status_code == 404
    piece = internal.pieces.first()
    assert client.get(f"/gop-y/{internal.pk}/phan/{piece.pk}/").status_code == 404
    assert client.post(_comment_url(internal, piece), comment_data()).status_code == 404


def test_a_draft_not_yet_opened_is_not_on_the_portal(client, world):
    c = public_consultation(world, open_it=False)
    assert client.get(f"/gop-y/{c.pk}/").status_code == 404


# --- commenting ---


def test_a_citizen_comments_on_a_piece_through_the_portal_channel(client, draft, django_capture_on_commit_callbacks):
    c, pieces = draft
    form = client.get(_comment_url(c, pieces[2]))
    assert form.status_code == 200 and abuse.FORM_TOKEN_FIELD in form.content.decode()
    assert "Cache-Control" not in form or "public" not in form["Cache-Control"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_comment_url(c, pieces[2]), comment_data(anonymous="on"))
    assert response.status_code == 200, response.content.decode()
    assert "Cảm ơn bạn đã góp ý" in response.content.decode()
    comment = Comment.objects.get()
    assert comment.channel == "portal" and comment.anonymous and comment.piece_id == pieces[2].pk
    assert comment.unit_id == c.unit_id and comment.created_by is None
    assert comment.commenter_group.code == "nong_dan"
    assert AuditEvent.objects.filter(action="consultation.comment.add").exists()


def test_a_comment_with_a_bad_group_or_stance_is_refused_in_vietnamese(client, draft):
    c, pieces = draft
    response = client.post(_comment_url(c, pieces[0]), comment_data(group="khong-co", stance="x"))
    assert response.status_code == 400
    assert "Hãy chọn" in response.content.decode() or "không hợp lệ" in response.content.decode()
    assert _counts() == (0, 0, 0)


def test_a_closed_draft_takes_no_more_comments(client, world, draft):
    from danvan.consultation import services

    c, pieces = draft
    services.transition_consultation(world.a.reviewer, c, "close")
    response = client.post(_comment_url(c, pieces[0]), comment_data())
    assert response.status_code == 409 and "đã kết thúc" in response.content.decode()
    assert _counts() == (0, 0, 0)


# --- every abuse control: 429, a Vietnamese message, nothing written ---


def _refused(response, words):
    body = response.content.decode()
    assert response.status_code == 429, body[:500]
    assert words in body
    assert _counts() == (0, 0, 0)


@pytest.mark.parametrize("form", ["comment", "recommendation"])
def test_the_honeypot_refuses(client, world, draft, form):
    c, pieces = draft
    url, data = ((_comment_url(c, pieces[0]), comment_data()) if form == "comment"
                 else ("/kien-nghi/", recommendation_data(world)))
    _refused(client.post(url, {**data, abuse.HONEYPOT_FIELD: "http://spam.example"}), "tải lại trang")


@pytest.mark.parametrize("form", ["comment", "recommendation"])
def test_a_missing_or_forged_token_refuses(client, world, draft, form):
    c, pieces = draft
    url, data = ((_comment_url(c, pieces[0]), comment_data()) if form == "comment"
                 else ("/kien-nghi/", recommendation_data(world)))
    _refused(client.post(url, {**data, abuse.FORM_TOKEN_FIELD: "gia-mao"}), "Trang đã mở quá lâu")
    del data[abuse.FORM_TOKEN_FIELD]
    _refused(client.post(url, data), "Trang đã mở quá lâu")


@pytest.mark.parametrize("form", ["comment", "recommendation"])
def test_sending_sooner_than_a_person_could_refuses(client, world, draft, form):
    c, pieces = draft
    url, data = ((_comment_url(c, pieces[0]), comment_data()) if form == "comment"
                 else ("/kien-nghi/", recommendation_data(world)))
    _refused(client.post(url, {**data, abuse.FORM_TOKEN_FIELD: abuse.new_token()}), "Bạn gửi nhanh quá")


@pytest.mark.parametrize("form", ["comment", "recommendation"])
def test_an_oversized_field_or_body_refuses(client, world, draft, form, settings):
    c, pieces = draft
    url, data, field = ((_comment_url(c, pieces[0]), comment_data(), "text") if form == "comment"
                        else ("/kien-nghi/", recommendation_data(world), "content"))
    _refused(client.post(url, {**data, field: "x" * 10001}), "quá dài")
    settings.PORTAL_MAX_BODY_BYTES = 200
    _refused(client.post(url, data), "quá lớn")


@pytest.mark.parametrize("form", ["comment", "recommendation"])
def test_the_rate_limit_per_address_refuses(client, world, draft, form, settings):
    settings.PORTAL_RATE_LIMITS = {"default": 2, "lookup": 2}
    c, pieces = draft
    url, data = ((_comment_url(c, pieces[0]), comment_data()) if form == "comment"
                 else ("/kien-nghi/", recommendation_data(world)))
    for _ in range(2):
        assert client.post(url, {**data, "name": ""}).status_code == 400  # counted, though refused by the form
    _refused(client.post(url, data), "quá nhiều lần")
    other = Client(REMOTE_ADDR="203.0.113.9")
    assert other.post(url, data).status_code == 200  # another address is not limited
    settings.TRUSTED_PROXY_COUNT = 1
    behind = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert behind.post(url, {**data, "name": ""}).status_code == 400


def test_behind_a_trusted_proxy_each_forwarded_address_has_its_own_limit(world, settings):
    settings.PORTAL_RATE_LIMITS = {"default": 1, "lookup": 1}
    settings.TRUSTED_PROXY_COUNT = 1
    a = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
    b = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert a.post("/tra-cuu/", {"code": "AAAA-BBBB", "phone_last4": "1234"}).status_code == 404
    assert a.post("/tra-cuu/", {"code": "AAAA-BBBB", "phone_last4": "1234"}).status_code == 429
    assert b.post("/tra-cuu/", {"code": "AAAA-BBBB", "phone_last4": "1234"}).status_code == 404


# --- what looks automated goes to moderation ---


@pytest.mark.parametrize("overrides, signal", [
    ({"text": "Xem thêm tại http://quang-cao.example/khuyen-mai"}, "lien-ket"),
    ({"text": "hay hay hay hay hay hay hay"}, "lap-lai"),
    ({"text": "Tham gia cá độ bóng đá ngay hôm nay"}, "tu-cam"),
    ({"sent_after": 4}, "nhanh"),
])
def test_a_comment_that_looks_automated_is_held_not_created(client, draft, overrides, signal):
    c, pieces = draft
    if "sent_after" in overrides:
        overrides = {abuse.FORM_TOKEN_FIELD: aged_token(overrides["sent_after"])}
    response = client.post(_comment_url(c, pieces[0]), comment_data(**overrides))
    assert response.status_code == 200 and "xem xét" in response.content.decode()
    assert Comment.objects.count() == 0
    item = ModerationItem.objects.get()
    assert signal in item.signals and item.status == "held" and item.unit_id == c.unit_id


def test_the_same_text_twice_and_a_replayed_token_are_held(client, draft):
    c, pieces = draft
    data = comment_data()
    assert client.post(_comment_url(c, pieces[0]), data).status_code == 200
    assert Comment.objects.count() == 1
    client.post(_comment_url(c, pieces[0]), data)
    assert Comment.objects.count() == 1
    assert set(ModerationItem.objects.get().signals) >= {"lap-lai", "ma-dung-lai"}


# --- recommendations and their status ---


def test_the_province_then_commune_choice_works_without_script(client, world):
    first = client.get("/kien-nghi/")
    assert first.status_code == 200 and 'name="tinh"' in first.content.decode()
    second = client.get(f"/kien-nghi/?tinh={world.a.province.code}")
    assert world.a.commune.name in second.content.decode()


def test_a_citizen_sends_a_recommendation_and_looks_up_its_status(client, world):
    response = client.post("/kien-nghi/", recommendation_data(world))
    assert response.status_code == 200, response.content.decode()[:800]
    petition = Petition.objects.get()
    assert petition.channel == "portal" and petition.kind == "recommendation"
    assert petition.unit_id == world.a.commune_party.pk and petition.area_id == world.a.commune.pk
    assert petition.code in response.content.decode()
    found = client.post("/tra-cuu/", {"code": petition.code.lower(), "phone_last4": "4321"})
    assert found.status_code == 200 and "Đã tiếp nhận" in found.content.decode()
    body = found.content.decode()
    for private in ("Lê Văn Cường", "0987", "Thôn Đông", "Đường liên thôn", "sửa đường"):
        assert private not in body


def test_a_wrong_code_or_phone_gets_the_same_404(client, world):
    client.post("/kien-nghi/", recommendation_data(world))
    code = Petition.objects.get().code
    wrong_phone = client.post("/tra-cuu/", {"code": code, "phone_last4": "0000"})
    wrong_code = client.post("/tra-cuu/", {"code": "ZZZZ-ZZZZ", "phone_last4": "4321"})
    assert wrong_phone.status_code == wrong_code.status_code == 404
    assert "Không tìm thấy hồ sơ" in wrong_phone.content.decode()

    def page(response):  # the same page but for the values the request itself carried
        return [re.sub(r'value="[^"]*"', "", line) for line in response.content.decode().splitlines()]

    assert page(wrong_phone) == page(wrong_code)


def test_the_status_lookup_is_rate_limited(client, world, settings):
    settings.PORTAL_RATE_LIMITS = {"default": 10, "lookup": 3}
    for _ in range(3):
        assert client.post("/tra-cuu/", {"code": "AAAA-BBBB", "phone_last4": "1234"}).status_code == 404
    response = client.post("/tra-cuu/", {"code": "AAAA-BBBB", "phone_last4": "1234"})
    assert response.status_code == 429 and "quá nhiều lần" in response.content.decode()


def test_a_held_recommendation_answers_awaiting_review_then_its_petition_once_released(client, world):
    from danvan.portal.citizen import services

    response = client.post("/kien-nghi/", recommendation_data(world, content="Xem www.lua-dao.example ngay"))
    assert response.status_code == 200 and Petition.objects.count() == 0
    item = ModerationItem.objects.get()
    assert item.code in response.content.decode()
    waiting = client.post("/tra-cuu/", {"code": item.code, "phone_last4": "4321"})
    assert waiting.status_code == 200 and "chờ cán bộ kiểm duyệt" in waiting.content.decode()
    services.release_item(world.a.reporter, item, reason="Người thật, nội dung đúng")
    released = client.post("/tra-cuu/", {"code": item.code, "phone_last4": "4321"})
    assert released.status_code == 200 and "Đã tiếp nhận" in released.content.decode()
    assert Petition.objects.get().channel == "portal"


def test_complaints_and_denunciations_are_not_taken_from_the_portal(client, world):
    response = client.post("/kien-nghi/", recommendation_data(world, kind="denunciation"))
    assert response.status_code == 400 and _counts() == (0, 0, 0)


# --- script in every text field comes back inert ---

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_script_in_every_comment_field_comes_back_inert(client, world, draft):
    c, pieces = draft
    url = _comment_url(c, pieces[0])
    data = comment_data(name=SCRIPT, area=SCRIPT, contact=SCRIPT, text=SCRIPT, stance="bad" + SCRIPT)
    body = client.post(url, data).content.decode()
    assert "<script>alert" not in body and "<img src=x" not in body
    held = client.post(url, comment_data(name=SCRIPT, area=SCRIPT, text="a " + SCRIPT,
                                         **{abuse.FORM_TOKEN_FIELD: aged_token(4)}))
    assert held.status_code == 200
    client.force_login(world.a.reviewer)
    item = ModerationItem.objects.get()
    page = client.get(f"/quan-ly-cong/kiem-duyet/{item.pk}/").content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_script_in_every_recommendation_field_comes_back_inert(client, world):
    data = recommendation_data(world, name=SCRIPT, address=SCRIPT, subject=SCRIPT, content=SCRIPT, phone=SCRIPT)
    body = client.post("/kien-nghi/", data).content.decode()
    assert "<script>alert" not in body and "<img src=x" not in body
    lookup = client.post("/tra-cuu/", {"code": SCRIPT[:16], "phone_last4": "<a>1"}).content.decode()
    assert "<script>" not in lookup
