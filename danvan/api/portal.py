"""The portal's articles (/api/v1/articles...): list, read, write, edit a draft, and the lifecycle steps.

Every read goes through portal.selectors (scoped: the articles of the user's line, and published ones); every
write through portal.services (validated, audited, the public pages' cache told). An edit or a step based on
an older version answers 409; a step the lifecycle refuses answers 409 with the reason.
"""

from datetime import datetime
from typing import Literal

from ninja import Query, Router, Schema

from danvan.api.auth import AuthedRequest
from danvan.api.pagination import paginate
from danvan.api.params import Id, Offset, Version
from danvan.api.schemas import ErrorOut
from danvan.core.permissions import Action
from danvan.org.choices import Era
from danvan.org.selectors import get_area, get_unit
from danvan.portal import rules, selectors, services
from danvan.portal.models import Article

router = Router(tags=["Cổng thông tin"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
StatusLit = Literal["draft", "in_review", "published", "unpublished"]
EventLit = Literal["submit", "publish", "unpublish", "return", "reopen"]


class ArticleIn(Schema):
    unit: Id
    title: str
    summary: str
    body: str
    area: str
    topics: list[str] = []
    cover_alt: str = ""


class ArticlePatch(Schema):
    version: Version
    title: str | None = None
    summary: str | None = None
    body: str | None = None
    area: str | None = None
    topics: list[str] | None = None
    cover_alt: str | None = None


class StepIn(Schema):
    version: Version | None = None
    reason: str = ""


class ArticleOut(Schema):
    id: int
    unit: int
    unit_name: str
    title: str
    slug: str
    summary: str
    body: str | None = None
    area: str
    area_name: str
    topics: list[str]
    cover_alt: str
    has_cover: bool
    status: str
    version: int
    published_at: datetime | None
    review_note: str
    url: str | None
    actions: list[str]


class ArticlePage(Schema):
    count: int
    items: list[ArticleOut]


def article_out(user, a: Article, *, full: bool = True) -> dict:
    return {
        "id": a.pk, "unit": a.unit_id, "unit_name": a.unit.name, "title": a.title, "slug": a.slug,
        "summary": a.summary, "body": a.body if full else None, "area": a.area.code, "area_name": a.area.name,
        "topics": list(a.topics), "cover_alt": a.cover_alt, "has_cover": bool(a.cover), "status": a.status,
        "version": a.version, "published_at": a.published_at, "review_note": a.review_note,
        "url": f"/tin-tuc/{a.slug}/" if a.status == "published" else None,
        "actions": [e for e in rules.ARTICLE.allowed(a.status) if rules.may(user, a, e)],
    }


def _detail(request, article_id: int) -> dict:
    return article_out(request.auth, selectors.get_article(request.auth, article_id))


class ArticleFilters(Schema):
    status: StatusLit | None = None
    unit: Id | None = None
    area: str | None = None
    q: str = ""
    limit: int = 50
    offset: Offset = 0


@router.get("/articles", response={200: ArticlePage, **ERRORS}, summary="Danh sách tin bài")
def list_articles(request: AuthedRequest, filters: Query[ArticleFilters]):
    unit = get_unit(request.auth, filters.unit) if filters.unit is not None else None
    area = get_area(request.auth, Era.CURRENT, filters.area) if filters.area else None
    qs = selectors.article_list(request.auth, status=filters.status or "", q=filters.q, unit=unit, area=area)
    count, rows = paginate(qs, filters.limit, filters.offset, max_limit=200)
    return {"count": count, "items": [article_out(request.auth, a, full=False) for a in rows]}


@router.post("/articles", response={201: ArticleOut, **ERRORS}, summary="Viết tin bài (bản nháp)")
def create_article(request: AuthedRequest, payload: ArticleIn):
    unit = get_unit(request.auth, payload.unit, Action.REPORT)
    data = payload.dict(exclude={"unit"})
    article = services.create_article(request.auth, unit=unit, **data)
    return 201, _detail(request, article.pk)


@router.get("/articles/{int:article_id}", response={200: ArticleOut, **ERRORS}, summary="Một tin bài")
def get_article(request: AuthedRequest, article_id: Id):
    return _detail(request, article_id)


@router.patch("/articles/{int:article_id}", response={200: ArticleOut, **ERRORS},
              summary="Sửa bản nháp (kèm version; bản cũ → 409)")
def patch_article(request: AuthedRequest, article_id: Id, payload: ArticlePatch):
    article = selectors.get_article(request.auth, article_id, Action.REPORT)
    current = {"title": article.title, "summary": article.summary, "body": article.body,
               "area": article.area, "topics": article.topics, "cover_alt": article.cover_alt}
    changes = {k: v for k, v in payload.dict(exclude_unset=True).items() if k != "version" and v is not None}
    services.update_article(request.auth, article, version=payload.version, **{**current, **changes})
    return _detail(request, article_id)


@router.post("/articles/{int:article_id}/{event}", response={200: ArticleOut, **ERRORS},
             summary="Bước của tin bài: submit (gửi duyệt), publish (đăng), unpublish (gỡ, kèm lý do), "
                     "return (trả lại, kèm lý do), reopen (về bản nháp)")
def article_step(request: AuthedRequest, article_id: Id, event: EventLit, payload: StepIn):
    article = selectors.get_article(request.auth, article_id)
    kwargs: dict = {"version": payload.version}
    if event in rules.REVIEW_EVENTS:
        kwargs["reason"] = payload.reason
    services.EVENTS[event](request.auth, article, **kwargs)
    return _detail(request, article_id)
