"""The public pages: no account, every request treated as hostile, every page light and cacheable.

Every page here only reads, so each is wrapped in `caching.public_page` (one rendering per path and content
generation, ETag/Last-Modified, 304). Reads go through `selectors`' public reads: the same bytes for everyone.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.feedgenerator import Atom1Feed

from danvan.portal import forms, rules, selectors
from danvan.portal.caching import public_page
from danvan.portal.text import slugify_vi

PAGE_SIZE = 12
HOME_ARTICLES = 6
HOME_MODELS = 6
FEED_SIZE = 30
IMAGE_MAX_AGE = 86400


def base_url(request) -> str:
    """The site's public address (PORTAL_BASE_URL when set, so links in the cache never follow a Host header)."""
    return getattr(settings, "PORTAL_BASE_URL", "").rstrip("/") or f"{request.scheme}://{request.get_host()}"


def _page(request, items, size: int = PAGE_SIZE):
    form = forms.NewsFilterForm(request.GET)
    number = form.cleaned_data.get("page") if form.is_valid() else None
    paginator = Paginator(items, size)
    page = paginator.get_page(number or 1)
    return paginator, page


def _query_without_page(request, **kept) -> str:
    from urllib.parse import urlencode

    return urlencode({k: v for k, v in kept.items() if v})


@public_page()
def home(request):
    """The portal's home page, shown at "/" to anonymous visitors (signed-in staff keep their home there)."""
    return render(request, "portal/home.html", {
        "articles": list(selectors.published_articles()[:HOME_ARTICLES]),
        "models": list(selectors.public_models()[:HOME_MODELS]),
        "provinces": sorted(selectors.provinces().values(), key=lambda p: p.name),
        "base_url": base_url(request)})


@public_page()
def news_list(request):
    form = forms.NewsFilterForm(request.GET)
    data = form.cleaned_data if form.is_valid() else {}
    place = selectors.province_by_code(data.get("tinh") or "") if data.get("tinh") else None
    topic = selectors.topic_filter(data.get("chu_de") or "")
    area = selectors.area_of(place) if place else None
    paginator, page = _page(request, selectors.published_articles(area=area, topic=topic))
    return render(request, "portal/news_list.html", {
        "page_obj": page, "paginator": paginator, "place": place, "topic": topic,
        "topic_label": rules.topic_labels().get(topic, ""), "topics": sorted(rules.topic_labels().items(),
                                                                            key=lambda kv: kv[1]),
        "provinces": sorted(selectors.provinces().values(), key=lambda p: p.name),
        "query_string": _query_without_page(request, tinh=place.code if place else "", chu_de=topic),
        "base_url": base_url(request)})


@public_page()
def article_detail(request, slug):
    article = selectors.published_article(slug)
    province, commune = selectors.place_of_area(article.area)
    return render(request, "portal/article.html", {
        "article": article, "province": province, "commune_slug": commune,
        "topic_names": [(t, rules.topic_labels().get(t, t)) for t in article.topics],
        "base_url": base_url(request)})


def _image(data_file, content_type: str) -> HttpResponse:
    with data_file.open("rb") as fh:
        response = HttpResponse(fh.read(), content_type=content_type or "image/jpeg")
    response["Cache-Control"] = f"public, max-age={IMAGE_MAX_AGE}"
    response["Content-Disposition"] = "inline"
    return response


def article_cover(request, slug):
    """A published article's cover (a fresh, resized image without metadata, as stored by the service)."""
    article = selectors.published_article(slug)
    if not article.cover:
        raise Http404
    try:
        return _image(article.cover, article.cover_type)
    except OSError as exc:
        raise Http404 from exc


@public_page()
def model_list(request):
    form = forms.NewsFilterForm(request.GET)
    data = form.cleaned_data if form.is_valid() else {}
    place = selectors.province_by_code(data.get("tinh") or "") if data.get("tinh") else None
    area = selectors.area_of(place) if place else None
    paginator, page = _page(request, selectors.public_models(area=area))
    return render(request, "portal/model_list.html", {
        "page_obj": page, "paginator": paginator, "place": place,
        "provinces": sorted(selectors.provinces().values(), key=lambda p: p.name),
        "query_string": _query_without_page(request, tinh=place.code if place else ""),
        "base_url": base_url(request)})


def model_slug(model) -> str:
    return slugify_vi(model.name) or "mo-hinh"


@public_page()
def model_detail(request, model_id, slug):
    model = selectors.public_model(model_id)
    if slug != model_slug(model):
        return redirect("portal:model", model.pk, model_slug(model), permanent=True)
    return render(request, "portal/model.html", {
        "model": model, "photos": selectors.model_photos(model), "base_url": base_url(request)})


def model_by_slug(request, slug):
    """"/mo-hinh/<slug>/" (the issue's address): a permanent redirect to the model's own "<id>-<slug>" page."""
    model_id = selectors.public_model_id_by_slug(slug)
    if model_id is None:
        raise Http404
    return redirect("portal:model", model_id, slug, permanent=True)


def model_photo(request, photo_id):
    photo = selectors.model_photo(photo_id)
    try:
        return _image(photo.file, photo.content_type)
    except OSError as exc:
        raise Http404 from exc


@public_page()
def province_page(request, province):
    area = selectors.area_of(province)
    paginator, page = _page(request, selectors.published_articles(area=area))
    return render(request, "portal/place.html", {
        "place": province, "province": province, "page_obj": page, "paginator": paginator,
        "models": list(selectors.public_models(area=area)[:HOME_MODELS]), "communes": selectors.communes(province),
        "base_url": base_url(request)})


@public_page()
def commune_page(request, province, commune):
    area = selectors.commune_by_slug(province, commune)
    paginator, page = _page(request, selectors.published_articles(area=area))
    return render(request, "portal/place.html", {
        "place": area, "province": province, "commune_slug": commune, "page_obj": page, "paginator": paginator,
        "models": list(selectors.public_models(area=area)[:HOME_MODELS]), "base_url": base_url(request)})


@public_page(max_age=600)
def feed(request, code):
    """Atom feed of a province's published articles (its communes' included)."""
    place = selectors.province_by_code(code)
    if place is None:
        raise Http404
    root = base_url(request)
    atom = Atom1Feed(title=f"Tin công tác dân vận — {place.name}", link=f"{root}/{place.slug}/",
                     description=f"Tin bài đã đăng của {place.name}", language="vi",
                     feed_url=f"{root}/feed/{place.code}.xml", feed_guid=f"{root}/feed/{place.code}.xml")
    for article in selectors.published_articles(area=selectors.area_of(place))[:FEED_SIZE]:
        link = root + article.get_absolute_url()
        atom.add_item(title=article.title, link=link, description=article.summary, unique_id=link,
                      pubdate=article.published_at, updateddate=article.updated_at)
    return HttpResponse(atom.writeString("utf-8"), content_type="application/atom+xml; charset=utf-8")


@public_page(max_age=3600)
def sitemap(request):
    root = base_url(request)
    urls = [(root + "/", None), (root + "/tin-tuc/", None), (root + "/mo-hinh/", None)]
    urls += [(f"{root}/{p.slug}/", None) for p in sorted(selectors.provinces().values(), key=lambda p: p.name)]
    urls += [(root + a.get_absolute_url(), a.updated_at) for a in selectors.sitemap_articles()[:20000]]
    urls += [(f"{root}/mo-hinh/{m.pk}-{model_slug(m)}/", m.updated_at) for m in selectors.sitemap_models()[:20000]]
    return render(request, "portal/sitemap.xml", {"urls": urls}, content_type="application/xml; charset=utf-8")
