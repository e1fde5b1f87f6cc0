"""Articles: the lifecycle (draft → in review → published by a reviewer above → unpublished), audited; slugs;
sanitised bodies; covers checked and cleaned."""

import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.core.audit import ConflictError
from danvan.core.models import AuditEvent
from danvan.core.statemachine import TransitionRefused
from danvan.portal import services
from danvan.portal.choices import ArticleStatus
from danvan.portal.models import Article
from danvan.portal.tests.conftest import published, write
from danvan.portal.text import clean_html, slugify_vi

pytestmark = pytest.mark.django_db

HOSTILE = ['<script>alert("x")</script>', '<img src=x onerror="alert(1)">', '<a href="javascript:alert(1)">bấm</a>',
           '<p style="background:url(javascript:alert(1))" onclick="alert(1)">chữ</p>',
           '<iframe src="https://example.com"></iframe>', '<svg onload="alert(1)"></svg>']


def test_a_slug_is_vietnamese_without_diacritics():
    assert slugify_vi("Dân vận khéo ở xã Gia Viễn") == "dan-van-kheo-o-xa-gia-vien"
    assert slugify_vi("ĐOÀN KẾT, đổi mới!") == "doan-ket-doi-moi"
    assert len(slugify_vi("Bữa cơm nghĩa tình " * 20)) <= 80


def test_two_articles_with_one_title_get_two_slugs(world):
    first = write(world.a.reporter, world.a.commune_party)
    second = write(world.a.reporter, world.a.commune_party)
    assert first.slug == "dan-van-kheo-o-xa-gia-vien"
    assert second.slug == "dan-van-kheo-o-xa-gia-vien-2"


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_html_in_the_body_comes_back_inert(hostile):
    cleaned = clean_html(f"<p>Trước</p>{hostile}<p>Sau</p>").lower()
    for bad in ("<script", "onerror", "onclick", "onload", "javascript:", "<iframe", "<svg", "style="):
        assert bad not in cleaned
    assert "<p>trước</p>" in cleaned


def test_every_text_field_of_an_article_is_stored_inert(world):
    hostile = "".join(HOSTILE)
    article = write(world.a.reporter, world.a.commune_party, title=f"Tin {hostile}"[:200], summary=hostile,
                    body=hostile, cover_alt=hostile[:200])
    article.refresh_from_db()
    body = article.body.lower()
    for bad in ("<script", "onerror", "onclick", "onload", "javascript:", "<iframe", "<svg"):
        assert bad not in body
    # Title, summary and alt text are plain text: stored as typed, escaped wherever they are shown.
    assert "<" not in article.slug


def test_a_plain_text_body_becomes_paragraphs(world):
    article = write(world.a.reporter, world.a.commune_party, body="Đoạn một.\nDòng hai.\n\nĐoạn <em>hai</em>.")
    assert article.body == "<p>Đoạn một.<br>Dòng hai.</p><p>Đoạn <em>hai</em>.</p>"


def test_the_writing_unit_submits_and_a_reviewer_above_publishes(world):
    article = write(world.a.reporter, world.a.commune_party)
    assert article.status == ArticleStatus.DRAFT
    services.submit_article(world.a.reporter, article)
    with pytest.raises(PermissionDenied):
        services.publish_article(world.a.reporter, article)  # the writers never publish themselves
    with pytest.raises(PermissionDenied):
        services.publish_article(world.b.reviewer, article)  # another province's reviewer neither
    article = services.publish_article(world.a.reviewer, article)
    assert article.status == ArticleStatus.PUBLISHED and article.published_at and article.reviewer == world.a.reviewer
    actions = list(AuditEvent.objects.filter(object_type="portal.article", object_id=str(article.pk))
                   .order_by("id").values_list("action", flat=True))
    assert actions == ["portal.article.create", "portal.article.submit", "portal.article.publish"]


def test_a_reviewer_of_the_province_unit_itself_cannot_publish_its_own_article(world):
    article = write(world.a.reviewer, world.a.btgdv)
    services.submit_article(world.a.reviewer, article)
    with pytest.raises(PermissionDenied):
        services.publish_article(world.a.reviewer, article)
    assert services.publish_article(world.admin, article).status == ArticleStatus.PUBLISHED


def test_unpublish_and_return_need_a_reason_and_are_audited(world):
    article = published(world)
    with pytest.raises(ValidationError):
        services.unpublish_article(world.a.reviewer, article, reason="  ")
    article = services.unpublish_article(world.a.reviewer, article, reason="Số liệu chưa đúng.")
    assert article.status == ArticleStatus.UNPUBLISHED and article.review_note == "Số liệu chưa đúng."
    article = services.reopen_article(world.a.reporter, article)
    assert article.status == ArticleStatus.DRAFT
    services.submit_article(world.a.reporter, article)
    with pytest.raises(ValidationError):
        services.return_article(world.a.reviewer, article, reason="")
    assert services.return_article(world.a.reviewer, article, reason="Viết ngắn lại.").status == ArticleStatus.DRAFT
    assert AuditEvent.objects.filter(action="portal.article.unpublish", object_id=str(article.pk)).exists()


def test_a_refused_transition_writes_nothing(world):
    article = write(world.a.reporter, world.a.commune_party)
    with pytest.raises(TransitionRefused):
        services.publish_article(world.a.reviewer, article)
    assert Article.objects.get(pk=article.pk).status == ArticleStatus.DRAFT


def test_only_a_draft_is_edited_and_a_stale_edit_is_refused(world):
    article = write(world.a.reporter, world.a.commune_party)
    kwargs = {"title": "Tiêu đề mới", "summary": "S", "body": "B", "area": world.a.commune}
    article = services.update_article(world.a.reporter, article, version=1, **kwargs)
    assert article.version == 2 and article.title == "Tiêu đề mới"
    assert article.slug == "dan-van-kheo-o-xa-gia-vien"  # an address never changes
    with pytest.raises(ConflictError):
        services.update_article(world.a.reporter, article, version=1, **kwargs)
    services.submit_article(world.a.reporter, article)
    with pytest.raises(TransitionRefused):
        services.update_article(world.a.reporter, article, version=3, **kwargs)


def test_another_province_cannot_write_for_a_unit(world):
    with pytest.raises(PermissionDenied):
        write(world.b.reporter, world.a.commune_party)


def test_bad_input_is_refused_in_vietnamese(world):
    with pytest.raises(ValidationError) as exc:
        services.create_article(world.a.reporter, unit=world.a.commune_party, title=" ", summary="", body="<p></p>",
                                area="khong-co", topics=["khong_co"])
    assert set(exc.value.message_dict) == {"title", "summary", "body", "area", "topics"}


def _png(width=3000, height=2000) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def test_a_cover_is_resized_and_a_non_image_refused(world, settings):
    settings.ATTACHMENT_IMAGE_MAX_PIXELS = 800
    article = write(world.a.reporter, world.a.commune_party, cover=SimpleUploadedFile("bia.png", _png()))
    from PIL import Image

    with article.cover.open("rb") as fh, Image.open(fh) as image:
        assert max(image.size) == 800
    assert article.cover_type == "image/png"
    with pytest.raises(ValidationError) as exc:
        write(world.a.reporter, world.a.commune_party, cover=SimpleUploadedFile("bia.pdf", b"%PDF-1.4 x"))
    assert "cover" in exc.value.message_dict
    with pytest.raises(ValidationError):
        write(world.a.reporter, world.a.commune_party, cover=SimpleUploadedFile("bia.png", b"not a png"))
