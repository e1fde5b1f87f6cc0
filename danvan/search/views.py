"""Pages of the search app: the search results (grouped by type) and the leaders' desk. Thin views."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from danvan.core.views import error_messages
from danvan.org.choices import Era
from danvan.org.selectors import get_area
from danvan.search import forms, selectors
from danvan.search.desk import desk as desk_tiles
from danvan.search.desk.document import week_docx

PER_PAGE = 20
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@login_required
def search_page(request):
    labels = selectors.source_labels()
    form = forms.SearchForm(request.GET or None, type_choices=labels.items())
    context: dict = {"form": form, "q": request.GET.get("q", "")[:selectors.MAX_QUERY]}
    if form.is_valid() and form.cleaned_data["q"].strip():
        data = form.cleaned_data
        page = data.get("page") or 1
        try:
            area = get_area(request.user, Era.CURRENT, data["area"]) if data.get("area") else None
        except Http404:
            form.add_error("area", "Không có địa bàn với mã này.")
        else:
            try:
                results = selectors.search(request.user, data["q"], types=data.get("types") or None, area=area,
                                           since=data.get("since"), until=data.get("until"), limit=PER_PAGE,
                                           offset=(page - 1) * PER_PAGE)
            except ValidationError as exc:
                for msgs in error_messages(exc).values():
                    form.add_error(None, msgs)
            else:
                query = request.GET.copy()
                query.pop("page", None)
                facet_query = query.copy()
                facet_query.pop("types", None)
                context.update(results=results, groups=selectors.grouped(results.items), page=page,
                               has_next=page * PER_PAGE < results.count, base_query=query.urlencode(),
                               facet_query=facet_query.urlencode())
    template = "search/_results.html" if request.headers.get("HX-Request") else "search/search.html"
    return render(request, template, context)


def _desk(request):
    form = forms.DeskForm(request.GET or None)
    unit_id = form.cleaned_data.get("unit") if form.is_valid() else None
    if request.GET.get("unit") and not form.is_valid():
        raise Http404
    unit = selectors.desk_unit(request.user, unit_id)
    return unit


@login_required
def desk_page(request):
    unit = _desk(request)
    today = timezone.localdate()
    context = {"unit": unit, "today": today,
               "tiles": desk_tiles(request.user, unit, today) if unit is not None else [],
               "choices": selectors.desk_choices(request.user) if unit is None else []}
    return render(request, "search/desk.html", context)


@login_required
def desk_docx(request):
    unit = _desk(request)
    if unit is None:
        raise Http404
    today = timezone.localdate()
    content = week_docx(unit, desk_tiles(request.user, unit, today), today)
    response = HttpResponse(content, content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="tinh-hinh-tuan-{today:%Y%m%d}.docx"'
    return response
