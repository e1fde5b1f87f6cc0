"""The completeness page: the headline figures, the drill-down (whose rows add up to the headline), the expected
units filtered by state or name and paged, an .xlsx export of what is shown, and a reminder to the late units."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from danvan.core.text import fold
from danvan.core.views import call_service
from danvan.documents.xlsx import render_table_xlsx
from danvan.reporting import completeness, selectors, services
from danvan.reporting.selectors import reports
from danvan.reporting.views.dashboards import _children, _common, _percent, _target, _unit_area_query

PER_PAGE = 50
# The states a reminder is for: the units that owe the report and have not sent it.
OWING = ("overdue", "missing", "draft", "returned")


def _shown_rows(request, target):
    """The expected units' rows, narrowed by ?state= and ?q= (a name, accents optional)."""
    rows = selectors.completeness_rows(target.form, target.period, unit=target.unit, area=target.area)
    state = request.GET.get("state", "")[:20]
    if state in completeness.STATE_LABELS:
        rows = [r for r in rows if r.state == state]
    q = fold(request.GET.get("q", "")[:100].strip())
    if q:
        rows = [r for r in rows if q in fold(r.unit.name)]
    return rows, state, request.GET.get("q", "")[:100].strip()


def _child_row(c, url):
    return {"name": c.child.name, "url": url, "expected": c.expected, "submitted": c.submitted,
            "on_time": c.on_time, "approved": c.approved, "not_submitted": c.not_submitted, "rate": _percent(c.rate)}


@login_required
def completeness_page(request):
    target = _target(request)
    context = _common(request, target)
    if target.unit is None and target.area is None:
        return render(request, "reporting/completeness.html", context)
    parent = target.unit or target.area
    summary = reports.completeness(target.form, target.period, unit=target.unit, area=target.area)
    all_rows = selectors.completeness_rows(target.form, target.period, unit=target.unit, area=target.area)
    children = _children(request, target)
    per_child = completeness.completeness_by_child(all_rows, [c for c, _ in children], parent)
    queries = dict(children)
    owing, not_owing = completeness.owing_first(per_child)
    own = completeness.own_completeness(all_rows, parent)
    rows, state, q = _shown_rows(request, target)
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    filter_query = target.query(**{k: v for k, v in {"state": state, "q": q}.items() if v})
    context.update({
        "summary": summary, "page_obj": page, "paginator": page.paginator, "is_paginated": page.has_other_pages(),
        "rows": page.object_list, "shown_count": len(rows),
        "unit_area_query": _unit_area_query(request, target),
        "own_row": _child_row(own, "") if own else None,
        "own_label": f"{target.unit.name} (báo cáo của chính đơn vị)" if target.unit is not None
        else f"Các tổ chức ở cấp {target.area.name}",
        "child_rows": [_child_row(c, "?" + queries[c.child]) for c in owing],
        "children_not_owing": [{"name": c.child.name, "url": "?" + queries[c.child]} for c in not_owing],
        "rate": _percent(summary["rate"]), "rate_on_time": _percent(summary["rate_on_time"]),
        "rate_approved": _percent(summary["approved"] / summary["expected"] if summary["expected"] else None),
        "states": list(completeness.STATE_LABELS.items()), "state": state, "q": q,
        "filter_query": filter_query, "query_string": filter_query,
        "owing_shown": sum(r.state in OWING for r in rows),
    })
    return render(request, "reporting/completeness.html", context)


@login_required
def completeness_xlsx(request):
    """The expected units as shown (same filters, every page) as an .xlsx workbook."""
    target = _target(request)
    if target.unit is None and target.area is None:
        return redirect("reporting:completeness")
    rows, _, _ = _shown_rows(request, target)
    title = f"Tình hình nộp báo cáo {target.form.name} — {target.period.label_vi} — {(target.unit or target.area).name}"
    table = [[r.unit.name, r.unit.area.name, r.label,
              r.submission.first_submitted_at.strftime("%H:%M %d/%m/%Y")
              if r.submission and r.submission.first_submitted_at else ""] for r in rows]
    data = render_table_xlsx(title, ["Tổ chức", "Địa bàn", "Tình trạng", "Nộp lúc"], table, sheet_name="Tình hình nộp")
    response = HttpResponse(data, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="tinh-hinh-nop-{target.period.code}.xlsx"'
    return response


@login_required
@require_POST
def completeness_remind(request):
    """Remind the units shown (same filters, every page) that still owe the report; the page asks to confirm."""
    target = _target(request)
    back = redirect(reverse("reporting:completeness") + "?" + request.GET.urlencode())
    if target.unit is None and target.area is None:
        return back
    rows, _, _ = _shown_rows(request, target)
    units = [r.unit for r in rows if r.state in OWING]
    if not units:
        messages.info(request, "Không có tổ chức nào đang thiếu báo cáo trong danh sách.")
        return back
    done = call_service(request, lambda: services.remind_units(request.user, form=target.form, period=target.period,
                                                               units=units),
                        flash=False, catch=(PermissionDenied,))
    if done.ok:
        messages.success(request, f"Đã gửi lời nhắc tới {done.value['sent']} tổ chức chưa nộp báo cáo.")
    else:
        messages.error(request, done.message)
    return back

