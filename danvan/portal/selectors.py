"""Reads of the portal, the app's only read module.

Staff reads (the articles of their line) go through `for_user`. Public reads go through the same scoped
managers as an anonymous visitor (`PUBLIC`), whoever asks: a public page is the same bytes for everyone
(it is cached once for all), so a signed-in reader never sees more on it than a visitor. Areas are public
geography: their names are read unscoped, never anything else of a unit or a user.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db.models import Prefetch
from django.http import Http404

from danvan.core.models import Attachment
from danvan.core.permissions import Action, get_for_user_or_404
from danvan.core.text import fold
from danvan.movement.models import MovementModel, Recognition
from danvan.org.choices import Era, Level
from danvan.org.models import Area
from danvan.portal.choices import ArticleStatus
from danvan.portal.models import Article
from danvan.portal.text import slugify_vi

PUBLIC = AnonymousUser()
# What a visitor may see of a Dân vận khéo model (issue 20): nothing else of the record is read.
MODEL_PUBLIC_FIELDS = ("id", "name", "kind", "field__name", "registered_on", "content", "line_path", "unit_id",
                       "is_public", "status")
PHOTO_OWNER = MovementModel._meta.label_lower

# ----------------------------------------------------------------------------------------------- staff reads


def article_list(user, *, status: str = "", q: str = "", unit=None, area: Area | None = None):
    """The articles of the user's line (and the published ones), newest first; `unit` means the unit and the
    units under it, `area` the area and everything inside it."""
    qs = Article.objects.for_user(user, Action.VIEW).select_related("unit", "area")
    if unit is not None:
        qs = qs.filter(line_path__startswith=unit.line_path)
    if area is not None:
        qs = qs.filter(area_path__startswith=area.path)
    if status in ArticleStatus.values:
        qs = qs.filter(status=status)
    if q.strip():
        qs = qs.filter(title__icontains=q.strip()[:100])
    return qs.order_by("-updated_at", "-id")


def get_article(user, article_id, action: str = Action.VIEW) -> Article:
    """One article the user may act on, or 404 (out of scope looks like absent)."""
    qs = Article.objects.select_related("unit", "area", "author", "reviewer")
    return get_for_user_or_404(qs, user, action, pk=article_id)


def writable_units(user):
    from danvan.org.selectors import unit_list

    return unit_list(user, action=Action.REPORT).filter(closed_on__isnull=True)


def writable_areas(user) -> list[tuple[str, str]]:
    """(code, label) of the current provinces and communes inside the areas of the units the user may write
    for, in path order (a commune under its province): the article editor's area list. Areas are public
    geography, read unscoped; which ones is decided by the user's scoped units."""
    from django.db.models import Q

    paths = sorted(set(writable_units(user).values_list("area__path", flat=True)))
    prefixes = [p for i, p in enumerate(paths) if not any(p.startswith(q) for q in paths[:i])]
    if not prefixes:
        return []
    within = Q()
    for prefix in prefixes:
        within |= Q(path__startswith=prefix)
    rows = (Area.objects.unscoped().filter(within, era=Era.CURRENT, level__in=(Level.PROVINCE, Level.COMMUNE))
            .order_by("path").values_list("code", "name", "level"))
    return [(code, name if level == Level.PROVINCE else f"— {name}") for code, name, level in rows]


# ---------------------------------------------------------------------------------------------- public reads


def published_articles(*, area: Area | None = None, topic: str = ""):
    """Published articles, newest first; `area` means the area and everything inside it."""
    qs = Article.objects.for_user(PUBLIC, Action.VIEW).select_related("area")
    qs = qs.only("title", "slug", "summary", "cover", "cover_alt", "topics", "area__name", "area__code",
                 "published_at", "status", "area_path", "updated_at")
    if area is not None:
        qs = qs.filter(area_path__startswith=area.path)
    if topic:
        qs = qs.filter(topics__contains=[topic]) if _json_contains() else qs.filter(topics__icontains=f'"{topic}"')
    return qs.order_by("-published_at", "-id")


def _json_contains() -> bool:
    from django.db import connection

    return connection.vendor == "postgresql"


def published_article(slug: str) -> Article:
    """A published article by its slug, or 404 (a draft, one under review or unpublished looks absent)."""
    qs = Article.objects.for_user(PUBLIC, Action.VIEW).select_related("area")
    try:
        return qs.get(slug=str(slug)[:100])
    except Article.DoesNotExist as exc:
        raise Http404 from exc


def public_models(*, area: Area | None = None, field: str = ""):
    """Dân vận khéo models a reviewer made public, newest first, with only their public fields."""
    qs = (MovementModel.objects.for_user(PUBLIC, Action.VIEW).select_related("field")
          .only(*MODEL_PUBLIC_FIELDS).prefetch_related(Prefetch("areas", Area.objects.unscoped().only(
              "name", "code", "path", "level"))))
    if area is not None:
        qs = qs.filter(areas__path__startswith=area.path).distinct()
    if field:
        qs = qs.filter(field__code=field)
    return qs.order_by("-registered_on", "-id")


def public_model(model_id) -> MovementModel:
    """One public model with its public recognitions and photos, or 404."""
    qs = public_models().prefetch_related(Prefetch(
        "recognitions", Recognition.objects.for_user(PUBLIC, Action.VIEW).only(
            "model_id", "decision_number", "decision_date", "issuer", "level", "form").order_by("decision_date")))
    try:
        return qs.get(pk=int(model_id))
    except (MovementModel.DoesNotExist, ValueError, TypeError, OverflowError) as exc:
        raise Http404 from exc


def public_model_id_by_slug(slug: str) -> int | None:
    """The public model whose name makes `slug` (the newest if two names make the same one), or None: the
    address "/mo-hinh/<slug>/" of issue 20. The {slug: id} map is cached per content generation, so a crawler
    probing slugs costs one cache read, not a scan of the models."""
    from danvan.portal.caching import generation

    key = f"portal:model-slugs:{generation()[0]}"
    slugs = cache.get(key)
    if slugs is None:
        slugs = {}
        for pk, name in public_models().values_list("id", "name").order_by("registered_on", "id"):
            slugs[slugify_vi(name) or "mo-hinh"] = pk  # the newest wins
        cache.set(key, slugs, timeout=3600)
    return slugs.get(str(slug)[:200])


def model_photos(model: MovementModel) -> list[Attachment]:
    """The photos attached to a public model (its documents stay inside the apparatus)."""
    if not model.is_public:
        return []
    return list(Attachment.objects.unscoped().filter(owner_type=PHOTO_OWNER, owner_id=str(model.pk),
                                                     kind=Attachment.Kind.IMAGE)
                .only("id", "title", "owner_id", "content_type").order_by("created_at", "id")[:12])


def model_photo(photo_id) -> Attachment:
    """One photo of a public model, or 404."""
    try:
        photo = Attachment.objects.unscoped().get(pk=int(photo_id), owner_type=PHOTO_OWNER,
                                                  kind=Attachment.Kind.IMAGE)
    except (Attachment.DoesNotExist, ValueError, TypeError, OverflowError) as exc:
        raise Http404 from exc
    if not MovementModel.objects.for_user(PUBLIC, Action.VIEW).filter(pk=photo.owner_id).exists():
        raise Http404
    return photo


def model_fields():
    from danvan.movement.models import Field

    return Field.objects.unscoped().filter(is_active=True).only("code", "name")  # a public catalogue


# -------------------------------------------------------------------------------------------------- places


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    slug: str
    path: str


_PROVINCES_KEY = "portal:provinces:v2"


def provinces() -> dict[str, Place]:
    """{slug: Place} of the current provinces (cached: the list changes once in a generation)."""
    found = cache.get(_PROVINCES_KEY)
    if found is None:
        rows = Area.objects.unscoped().filter(era=Era.CURRENT, level=Level.PROVINCE).order_by("name")
        found = {}
        for code, name, kind, path in rows.values_list("code", "name", "division_type", "path"):
            slug = province_slug(name, kind)
            found.setdefault(slug, Place(code, name, slug, path))
        cache.set(_PROVINCES_KEY, found, timeout=3600)
    return found


def province_slug(name: str, division_type: str = "") -> str:
    """"Tỉnh Ninh Bình" → "ninh-binh", "Thành phố Hà Nội" → "ha-noi": the division's kind is left out."""
    for prefix in (division_type, "Tỉnh", "Thành phố"):
        if prefix and name.lower().startswith(prefix.lower() + " "):
            name = name[len(prefix) + 1:]
            break
    return slugify_vi(name)


def province_by_slug(slug: str) -> Place | None:
    return provinces().get(slug)


def province_by_code(code: str) -> Place | None:
    return next((p for p in provinces().values() if p.code == str(code)), None)


def area_of(place: Place) -> Area:
    return Area.objects.unscoped().get(era=Era.CURRENT, code=place.code)


def communes(place: Place) -> list[Place]:
    rows = Area.objects.unscoped().filter(era=Era.CURRENT, level=Level.COMMUNE, path__startswith=place.path)
    seen: dict[str, Place] = {}
    for code, name, path in rows.order_by("name", "code").values_list("code", "name", "path"):
        seen.setdefault(slugify_vi(name), Place(code, name, slugify_vi(name), path))
    return list(seen.values())


def commune_by_slug(place: Place, slug: str) -> Area:
    """A commune of the province by its slug (names folded), or 404."""
    wanted = str(slug)[:100]
    words = wanted.replace("-", " ")
    rows = Area.objects.unscoped().filter(era=Era.CURRENT, level=Level.COMMUNE, path__startswith=place.path,
                                          name_folded=fold(words)).order_by("code")
    for area in rows:
        if slugify_vi(area.name) == wanted:
            return area
    raise Http404


def place_of_area(area: Area) -> tuple[Place | None, str]:
    """(the province, the commune's slug or "") an article's or a model's area links to."""
    codes = area.path.strip("/").split("/")
    province = next((p for p in provinces().values() if p.code in codes), None)
    commune = slugify_vi(area.name) if area.level == Level.COMMUNE else ""
    return province, commune


def topic_filter(topic: str) -> str:
    from danvan.portal.rules import topic_labels

    return topic if topic in topic_labels() else ""


def sitemap_articles():
    return Article.objects.for_user(PUBLIC, Action.VIEW).only("slug", "updated_at", "status").order_by("-id")


def sitemap_models():
    return MovementModel.objects.for_user(PUBLIC, Action.VIEW).only("id", "name", "updated_at", "is_public")

