"""The staff pages: write, submit, review, publish and unpublish with a reason, preview; scoped like the rest."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.portal.choices import ArticleStatus
from danvan.portal.models import Article
from danvan.portal.tests.conftest import published, write

pytestmark = pytest.mark.django_db

NEW = "/quan-ly-cong/bai-viet/viet-moi/"


def test_a_commune_reporter_writes_submits_and_the_province_reviewer_publishes(client, world):
    client.force_login(world.a.reporter)
    response = client.post(NEW, {"unit": world.a.commune_party.pk, "title": "Hội nghị đối thoại ở xã",
                                 "summary": "Tóm tắt.", "body": "Nội dung <script>alert(1)</script>",
                                 "area": world.a.commune.code, "topics": ["doi_thoai"], "cover_alt": ""})
    article = Article.objects.get(title="Hội nghị đối thoại ở xã")
    assert response.status_code == 302 and response["Location"] == f"/quan-ly-cong/bai-viet/{article.pk}/"
    preview = client.get(response["Location"]).content.decode()
    assert "Xem trước" in preview and "<script>alert" not in preview and "Gửi duyệt" in preview
    assert "Đăng" not in [a for a in preview.split('class="button">')[1:] if a.startswith("Đăng<")]
    assert client.post(f"/quan-ly-cong/bai-viet/{article.pk}/submit/", {"version": 1}).status_code == 302
    assert client.get(f"/quan-ly-cong/bai-viet/{article.pk}/publish/").status_code == 404  # not theirs to publish

    client.force_login(world.a.reviewer)
    page = client.get(f"/quan-ly-cong/bai-viet/{article.pk}/publish/")
    assert page.status_code == 200 and "Tin bài sẽ hiện ngay" in page.content.decode()
    assert client.post(f"/quan-ly-cong/bai-viet/{article.pk}/publish/", {"version": 2}).status_code == 302
    article.refresh_from_db()
    assert article.status == ArticleStatus.PUBLISHED
    refused = client.post(f"/quan-ly-cong/bai-viet/{article.pk}/unpublish/", {"version": 3, "reason": ""})
    assert refused.status_code == 400 and "Cần ghi lý do" in refused.content.decode()
    assert client.post(f"/quan-ly-cong/bai-viet/{article.pk}/unpublish/",
                       {"version": 3, "reason": "Ảnh chưa xin phép."}).status_code == 302
    article.refresh_from_db()
    assert article.status == ArticleStatus.UNPUBLISHED and article.review_note == "Ảnh chưa xin phép."


def test_bad_input_answers_the_form_with_vietnamese_errors(client, world):
    client.force_login(world.a.reporter)
    response = client.post(NEW, {"unit": world.a.commune_party.pk, "title": "", "summary": "x", "body": "x",
                                 "area": "khong-co"})
    assert response.status_code == 400 and "Trường này là bắt buộc" in response.content.decode()
    response = client.post(NEW, {"unit": world.a.commune_party.pk, "title": "T", "summary": "x", "body": "x",
                                 "area": "khong-co"})
    assert response.status_code == 400 and "Chọn một địa bàn hiện hành" in response.content.decode()
    assert not Article.objects.exists()


def test_the_area_is_picked_from_the_areas_of_the_writers_units(client, world):
    client.force_login(world.a.reviewer)  # the province's Ban: the province and its communes
    page = client.get(NEW).content.decode()

    def option(area, mark=""):
        return f'<option value="{area.code}"' + (" selected" if area == world.a.province else "") + f">{mark}{area.name}<"

    assert option(world.a.province) in page and option(world.a.commune, "— ") in page
    assert world.b.commune.name not in page and world.b.province.name not in page
    client.force_login(world.a.reporter)  # a commune's Party committee: its commune only
    page = client.get(NEW).content.decode()
    assert f'value="{world.a.commune.code}"' in page and f">{world.a.province.name}<" not in page
    outside = client.post(NEW, {"unit": world.a.commune_party.pk, "title": "T", "summary": "x", "body": "x",
                                "area": world.b.commune.code})
    assert outside.status_code == 400 and not Article.objects.exists()


def test_the_service_refuses_an_area_outside_the_writing_units_area(world):
    from django.core.exceptions import ValidationError

    from danvan.portal import services

    with pytest.raises(ValidationError) as refused:
        services.create_article(world.a.reporter, unit=world.a.commune_party, title="T", summary="x", body="x",
                                area=world.a.province)
    assert "Địa bàn phải thuộc địa bàn của" in str(refused.value)
    assert not Article.objects.exists()


def test_a_stale_edit_is_a_conflict(client, world):
    article = write(world.a.reporter, world.a.commune_party)
    client.force_login(world.a.reporter)
    data = {"title": "Mới", "summary": "S", "body": "B", "area": world.a.commune.code, "version": 1}
    assert client.post(f"/quan-ly-cong/bai-viet/{article.pk}/sua/", data).status_code == 302
    assert client.post(f"/quan-ly-cong/bai-viet/{article.pk}/sua/", data).status_code == 409


def test_another_province_sees_nothing_of_an_unpublished_article(client, world):
    article = write(world.a.reporter, world.a.commune_party, title="Bản nháp riêng của Ninh Bình")
    client.force_login(world.b.reviewer)
    for path in ("", "sua/", "submit/", "publish/", "anh-bia/"):
        assert client.get(f"/quan-ly-cong/bai-viet/{article.pk}/{path}").status_code == 404
    assert "Bản nháp riêng" not in client.get("/quan-ly-cong/bai-viet/").content.decode()


def test_the_nav_shows_the_portal_and_the_list_paginates_in_a_fixed_number_of_queries(client, world, monkeypatch):
    from danvan.portal import views_staff

    monkeypatch.setattr(views_staff.ArticleListView, "paginate_by", 5)
    client.force_login(world.a.reviewer)
    for i in range(3):
        published(world, title=f"Tin {i}")
    page = client.get("/quan-ly-cong/bai-viet/")
    assert "Cổng thông tin" in page.content.decode()
    with CaptureQueriesContext(connection) as few:
        client.get("/quan-ly-cong/bai-viet/")
    for i in range(3, 12):
        write(world.a.reporter, world.a.commune_party, title=f"Nháp {i}")
    with CaptureQueriesContext(connection) as many:
        body = client.get("/quan-ly-cong/bai-viet/").content.decode()
    assert "Trang 1/3" in body
    assert len(many) == len(few)
