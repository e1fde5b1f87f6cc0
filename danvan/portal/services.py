"""Writes of the portal's articles. Every function is a @service: validate everything, write, audit, and tell
the public pages' cache that what visitors see changed (caching.content_changed, after the commit).

Transitions take the row's lock, check the lifecycle table (rules.ARTICLE: a refused one is a 409 with the
reason, before anything is written) and bump the version, so an edit based on an older version is refused.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import strip_tags

from danvan.core.audit import check_version, record_event, service, snapshot
from danvan.org.choices import Era
from danvan.org.models import Area
from danvan.portal import caching, rules
from danvan.portal.choices import ArticleStatus
from danvan.portal.models import Article
from danvan.portal.text import clean_html, paragraphs_to_html, plain_text, slugify_vi

MAX_BODY = 100_000
MAX_TOPICS = 5
AUDITED = ["status", "version", "title", "slug", "summary", "topics", "area", "cover_alt", "unit",
           "published_at", "review_note"]


def _state(article: Article) -> dict:
    state = snapshot(article, AUDITED)
    state["cover"] = article.cover.name if article.cover else ""
    return state


def _raise(errors: dict) -> None:
    if errors:
        raise ValidationError(errors)


def _clean_fields(errors: dict, *, unit, title, summary, body, area, topics, cover_alt) -> dict:
    title = " ".join(plain_text(title, 1000).split())
    if not title:
        errors.setdefault("title", []).append("Chưa nhập tiêu đề.")
    elif len(title) > 200:
        errors.setdefault("title", []).append("Tiêu đề dài quá 200 ký tự.")
    summary = plain_text(summary, 2000)
    if not summary:
        errors.setdefault("summary", []).append("Chưa nhập tóm tắt.")
    elif len(summary) > 600:
        errors.setdefault("summary", []).append("Tóm tắt dài quá 600 ký tự.")
    if len(str(body or "")) > MAX_BODY:
        errors.setdefault("body", []).append(f"Nội dung dài quá {MAX_BODY} ký tự.")
    body = clean_html(paragraphs_to_html(str(body or "")[:MAX_BODY]))
    if not strip_tags(body).strip():
        errors.setdefault("body", []).append("Chưa nhập nội dung.")
    area_obj = area if isinstance(area, Area) else Area.objects.unscoped().filter(
        era=Era.CURRENT, code=str(area or "")).first()
    if area_obj is None or area_obj.era != Era.CURRENT:
        errors.setdefault("area", []).append("Chọn một địa bàn hiện hành.")
    elif not area_obj.path.startswith(unit.area.path):
        errors.setdefault("area", []).append(f"Địa bàn phải thuộc địa bàn của {unit.name} ({unit.area.name}).")
    labels = rules.topic_labels()
    topic_list = list(dict.fromkeys(str(t) for t in (topics or [])))
    unknown = [t for t in topic_list if t not in labels]
    if unknown:
        errors.setdefault("topics", []).append(f"Chủ đề không có: {', '.join(unknown)}.")
    if len(topic_list) > MAX_TOPICS:
        errors.setdefault("topics", []).append(f"Chọn tối đa {MAX_TOPICS} chủ đề.")
    return {"title": title, "summary": summary, "body": body, "area": area_obj, "topics": topic_list,
            "cover_alt": " ".join(plain_text(cover_alt, 200).split())}


def _prepare_cover(errors: dict, cover):
    """A photo checked and cleaned by core (type by content, size limits, resized, metadata stripped)."""
    if cover is None:
        return None
    from danvan.core.attachments import prepare
    from danvan.core.uploads import read_uploaded

    try:
        prepared = prepare(read_uploaded(cover), getattr(cover, "name", "") or "")
    except ValidationError as exc:
        errors.setdefault("cover", []).extend(m for msgs in exc.message_dict.values() for m in msgs)
        return None
    if prepared.kind != "image":
        errors.setdefault("cover", []).append("Ảnh bìa phải là ảnh JPEG hoặc PNG.")
        return None
    return prepared


def _store_cover(article: Article, prepared) -> None:
    old = article.cover.name if article.cover else ""
    article.cover.save(f"bia{prepared.extension}", ContentFile(prepared.data), save=False)
    article.cover_type = prepared.content_type
    if old:
        from django.db import transaction

        storage = article.cover.storage
        transaction.on_commit(lambda: storage.delete(old))


def _unique_slug(title: str) -> str:
    base = slugify_vi(title) or "tin-bai"
    slug, n = base, 1
    while Article.objects.unscoped().filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _locked(article: Article) -> Article:
    return Article.objects.select_for_update(of=("self",)).select_related("unit__area", "area").get(pk=article.pk)


@service
def create_article(actor, *, unit, title, summary, body, area, topics=(), cover=None, cover_alt: str = ""
                   ) -> Article:
    """Write a new article for `unit` (a draft; visitors see nothing of it until it is published)."""
    if not rules.may_write(actor, unit):
        raise PermissionDenied("Bạn không có quyền viết tin bài cho tổ chức này.")
    errors: dict = {}
    fields = _clean_fields(errors, unit=unit, title=title, summary=summary, body=body, area=area, topics=topics,
                           cover_alt=cover_alt)
    prepared = _prepare_cover(errors, cover)
    if unit.closed_on is not None:
        errors.setdefault("unit", []).append(f"{unit.name} đã giải thể.")
    _raise(errors)
    article = Article(unit=unit, line_path=unit.line_path, slug=_unique_slug(fields["title"]),
                      author=actor if getattr(actor, "pk", None) else None, **fields)
    if prepared is not None:
        _store_cover(article, prepared)
    article.save()
    record_event(actor, "portal.article.create", article, after=_state(article))
    return article


@service
def update_article(actor, article: Article, *, version, title, summary, body, area, topics=(), cover=None,
                   cover_alt: str = "", remove_cover: bool = False) -> Article:
    """Edit a draft (the version the editor was based on must be the current one)."""
    article = _locked(article)
    if not rules.may_write(actor, article.unit):
        raise PermissionDenied("Bạn không có quyền sửa tin bài này.")
    rules.ARTICLE.target(article.status, "edit")
    check_version(article, version)
    errors: dict = {}
    fields = _clean_fields(errors, unit=article.unit, title=title, summary=summary, body=body, area=area,
                           topics=topics, cover_alt=cover_alt)
    prepared = _prepare_cover(errors, cover)
    _raise(errors)
    before = _state(article)
    for name, value in fields.items():
        setattr(article, name, value)
    article.area_path = fields["area"].path
    if prepared is not None:
        _store_cover(article, prepared)
    elif remove_cover and article.cover:
        from django.db import transaction

        storage, old = article.cover.storage, article.cover.name or ""
        article.cover, article.cover_type = "", ""
        transaction.on_commit(lambda: storage.delete(old))
    article.version += 1
    article.save()
    record_event(actor, "portal.article.update", article, before=before, after=_state(article))
    return article


def _transition(actor, article: Article, event: str, *, version=None, reason: str = "") -> tuple[Article, dict]:
    """Check and apply a transition; the caller records it (its action code a literal) and returns it."""
    article = _locked(article)
    allowed = rules.may_review(actor, article) if event in rules.REVIEW_EVENTS else rules.may_write(actor, article.unit)
    if not allowed:
        raise PermissionDenied("Chỉ cấp trên của đơn vị viết bài mới duyệt, đăng hoặc gỡ được tin bài."
                               if event in rules.REVIEW_EVENTS else "Bạn không có quyền với tin bài này.")
    to = rules.ARTICLE.target(article.status, event)
    if version is not None:
        check_version(article, version)
    reason = plain_text(reason, 2000)
    if event in rules.REASON_REQUIRED and not reason:
        raise ValidationError({"reason": ["Cần ghi lý do."]})
    before = _state(article)
    was_public = article.status == ArticleStatus.PUBLISHED
    article.status = to
    if event == "publish":
        article.published_at = article.published_at or timezone.now()
        article.reviewer = actor if getattr(actor, "pk", None) else None
    if event in rules.REVIEW_EVENTS:
        article.review_note = reason
    article.version += 1
    article.save()
    if was_public or to == ArticleStatus.PUBLISHED:
        caching.content_changed()
    return article, before


@service
def submit_article(actor, article: Article, *, version=None) -> Article:
    """Send a draft to the reviewers above the unit."""
    article, before = _transition(actor, article, "submit", version=version)
    record_event(actor, "portal.article.submit", article, before=before, after=_state(article))
    return article


@service
def return_article(actor, article: Article, *, reason: str, version=None) -> Article:
    """A reviewer sends an article under review back to its writers, with a reason."""
    article, before = _transition(actor, article, "return", version=version, reason=reason)
    record_event(actor, "portal.article.return", article, before=before, after=_state(article))
    return article


@service
def publish_article(actor, article: Article, *, reason: str = "", version=None) -> Article:
    """A reviewer above the unit publishes an article under review: visitors see it at once."""
    article, before = _transition(actor, article, "publish", version=version, reason=reason)
    record_event(actor, "portal.article.publish", article, before=before, after=_state(article))
    return article


@service
def unpublish_article(actor, article: Article, *, reason: str, version=None) -> Article:
    """A reviewer takes a published article off the portal, with a reason (visitors no longer see it)."""
    article, before = _transition(actor, article, "unpublish", version=version, reason=reason)
    record_event(actor, "portal.article.unpublish", article, before=before, after=_state(article))
    return article


@service
def reopen_article(actor, article: Article, *, version=None) -> Article:
    """The writing unit takes an unpublished article back to a draft, to mend it and submit it again."""
    article, before = _transition(actor, article, "reopen", version=version)
    record_event(actor, "portal.article.reopen", article, before=before, after=_state(article))
    return article


EVENTS = {"submit": submit_article, "return": return_article, "publish": publish_article,
          "unpublish": unpublish_article, "reopen": reopen_article}
