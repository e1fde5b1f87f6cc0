"""Pages of the movement app: list, registration, model page and its actions, statistics. Thin views:
parse with a form, call one selector or service, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from danvan.accounts.selectors import memberships_of
from danvan.core.audit import ConflictError
from danvan.core.permissions import Action
from danvan.core.views import ScopedListView, error_messages
from danvan.movement import forms, reports, rules, selectors, services
from danvan.movement.choices import Level
from danvan.movement.views_files import files_context
from danvan.org.choices import Era
from danvan.org.selectors import get_area, get_unit, unit_list
from danvan.reporting.periods import PeriodError, parse_period

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXPORT_MAX = 20000


def _errors(form, exc: ValidationError) -> None:
    for name, msgs in error_messages(exc).items():  # core's one reading of a service's ValidationError
        form.add_error(name if name in form.fields else None, msgs)


def _filtered(request):
    form = forms.FilterForm(request.GET or None, fields_qs=selectors.fields())
    data = form.cleaned_data if form.is_valid() else {}
    unit = get_unit(request.user, data["unit"]) if data.get("unit") else None
    area = get_area(request.user, Era.CURRENT, data["area"]) if data.get("area") else None
    qs = selectors.model_list(request.user, unit=unit, area=area, field=data.get("field") or None,
                              kind=data.get("kind") or None, status=data.get("status") or None,
                              year=data.get("year"), q=data.get("q") or "")
    return form, qs, unit, area


class ModelListView(ScopedListView):
    template_name = "movement/model_list.html"
    partial_template_name = "movement/_model_rows.html"

    def select(self, request):
        self.form, qs, self.unit, self.area = _filtered(request)
        return qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, unit=self.unit, area=self.area, **kwargs)


model_list = ModelListView.as_view()


@login_required
def model_export(request):
    _, qs, _, _ = _filtered(request)
    response = HttpResponse(reports.list_xlsx(qs.select_related("origin")[:EXPORT_MAX]), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="mo-hinh-dan-van-kheo.xlsx"'
    return response


@login_required
def model_new(request):
    units = unit_list(request.user, action=Action.REPORT).filter(closed_on__isnull=True)
    form = forms.ModelForm(request.POST or None, units=units, fields_qs=selectors.fields())
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        unit = data["unit"]
        try:
            model = services.register_model(
                request.user, unit=unit, kind=data["kind"], name=data["name"], field=data["field"],
                areas=form.area_codes() or [unit.area], registered_on=data["registered_on"],
                registration={n: data[n] for n in services.REGISTRATION})
        except ValidationError as exc:
            _errors(form, exc)
        else:
            messages.success(request, f"Đã đăng ký “{model.name}”.")
            return redirect(model.get_absolute_url())
    return render(request, "movement/model_form.html", {"form": form, "title": "Đăng ký mô hình, điển hình"})


@login_required
def model_edit(request, model_id: int):
    model = selectors.get_model(request.user, model_id, Action.REPORT)
    initial = {n: getattr(model, n) for n in services.EDITABLE if n != "field"}
    initial.update(field=model.field.code, unit=model.unit, version=model.version,
                   areas=", ".join(a.code for a in model.areas.all()))
    units = unit_list(request.user, action=Action.REPORT).filter(pk=model.unit_id)
    form = forms.ModelForm(request.POST or None, initial=initial, units=units, fields_qs=selectors.fields())
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        changes = {n: data[n] for n in services.EDITABLE}
        try:
            services.update_model(request.user, model, version=data["version"],
                                  areas=form.area_codes() or [model.unit.area], **changes)
        except ValidationError as exc:
            _errors(form, exc)
        except ConflictError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, "Đã lưu.")
            return redirect(model.get_absolute_url())
    return render(request, "movement/model_form.html", {"form": form, "model": model, "title": f"Sửa “{model.name}”"})


@login_required
def model_detail(request, model_id: int):
    model = selectors.model_detail(request.user, model_id)
    allowed = rules.MODEL.allowed(model.status)
    reporter, reviewer = rules.may_report(request.user, model.unit), rules.may_review(request.user, model)
    actions = [e for e in ("launch", "replicate", "stop") if e in allowed and (reporter or e == "replicate")]
    actions += [e for e in ("evaluate", "recognise") if e in allowed and reviewer]
    if reviewer and "publish" in allowed:
        actions.append("unpublish" if model.is_public else "publish")
    return render(request, "movement/model_detail.html", {
        "model": model, "actions": [(e, ACTION_LABELS[e]) for e in actions], "can_edit": reporter and "edit" in allowed,
        "tree": selectors.replication_tree(request.user, model), "criteria": {c.code: c for c in selectors.criteria()},
        **files_context(request, model),
    })


ACTION_LABELS = {"launch": "Triển khai", "evaluate": "Đánh giá", "recognise": "Khen thưởng, công nhận",
                 "replicate": "Nhân rộng", "stop": "Dừng", "publish": "Công khai", "unpublish": "Thôi công khai"}


def _action_form(event, request, model):
    data = request.POST if request.method == "POST" else None
    today = {"initial": {"registered_on": timezone.localdate(), "launched_on": timezone.localdate(),
                         "evaluated_on": timezone.localdate(), "decision_date": timezone.localdate()}}
    if event == "launch":
        return forms.LaunchForm(data, **today)
    if event == "evaluate":
        return forms.EvaluationForm(data, criteria=selectors.criteria(), **today)
    if event == "recognise":
        return forms.RecognitionForm(data, **today)
    if event == "replicate":
        units = unit_list(request.user, action=Action.REPORT).filter(closed_on__isnull=True)
        return forms.ReplicationForm(data, units=units, **today)
    if event == "stop":
        return forms.StopForm(data)
    if event in ("publish", "unpublish"):
        return forms.PublishForm(data, initial={"version": model.version})
    return None


def _run(event, request, model, form):
    user, data = request.user, form.cleaned_data if form is not None else {}
    if event == "launch":
        return services.launch_model(user, model, **data)
    if event == "evaluate":
        return services.evaluate_model(user, model, period=data["period"], scores=form.scores(),
                                       effective=data["effective"], evidence=data["evidence"],
                                       evaluated_on=data["evaluated_on"])
    if event == "recognise":
        return services.recognise_model(user, model, **data)
    if event == "replicate":
        replica = services.replicate_model(user, model, unit=data["unit"], name=data["name"],
                                           areas=form.area_codes() or [data["unit"].area],
                                           registered_on=data["registered_on"])
        return replica
    if event == "stop":
        return services.stop_model(user, model, reason=data["reason"], stopped_on=data["stopped_on"])
    return services.set_model_public(user, model, event == "publish", version=data.get("version"))


@login_required
def model_action(request, model_id: int, event: str):
    if event not in ACTION_LABELS:
        raise Http404
    model = selectors.get_model(request.user, model_id)
    form = _action_form(event, request, model)
    if request.method == "POST" and (form is None or form.is_valid()):
        try:
            result = _run(event, request, model, form)
        except PermissionDenied:
            raise
        except ConflictError as exc:
            messages.error(request, exc.message)
            return redirect(model.get_absolute_url())
        except ValidationError as exc:
            if form is None:
                messages.error(request, " ".join(exc.messages))
                return redirect(model.get_absolute_url())
            _errors(form, exc)
        else:
            messages.success(request, f"Đã ghi nhận: {ACTION_LABELS[event].lower()}.")
            target = result if event == "replicate" else model
            return redirect(target.get_absolute_url())
    if form is None:
        return redirect(model.get_absolute_url())
    return render(request, "movement/model_action.html", {"model": model, "form": form, "event": event,
                                                          "title": ACTION_LABELS[event]})


# --- statistics ----------------------------------------------------------------------------------------


def _stats_target(request):
    """(form, period, unit, area) from the query; a malformed period falls back to this year with an error."""
    form = forms.StatsForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    try:
        period = parse_period(data.get("period") or str(timezone.localdate().year))
    except PeriodError as exc:
        form.add_error("period", str(exc))
        period = parse_period(str(timezone.localdate().year))
    unit = get_unit(request.user, data["unit"]) if data.get("unit") else None
    area = get_area(request.user, Era.CURRENT, data["area"]) if data.get("area") else None
    return form, period, unit, area


def _names():
    return selectors.catalogue_names()


@login_required
def stats_page(request):
    form, period, unit, area = _stats_target(request)
    figures = selectors.statistics(request.user, start=period.start, end=period.end, unit=unit, area=area)
    field_names, kind_names = _names()
    breakdown = selectors.area_breakdown(request.user, area=area, start=period.start, end=period.end) if area else []
    chart = {"by_field": [{"name": field_names.get(c, c), "value": n} for c, n in figures["by_field"].items()],
             "by_level": [{"name": str(Level(c).label), "value": n} for c, n in figures["by_level"].items()],
             "by_kind": [{"name": kind_names.get(c, c), "value": n}
                         for c, n in sorted(figures["by_organisation_kind"].items())]}
    return render(request, "movement/stats.html", {
        "form": form, "period": period, "unit": unit, "area": area, "figures": figures, "chart": chart,
        "rows": reports.figure_rows(figures, field_names, kind_names), "breakdown": breakdown,
        "query": request.GET.urlencode(),
    })


@login_required
def stats_xlsx(request):
    _, period, unit, area = _stats_target(request)
    figures = selectors.statistics(request.user, start=period.start, end=period.end, unit=unit, area=area)
    breakdown = selectors.area_breakdown(request.user, area=area, start=period.start, end=period.end) if area else []
    where = unit.name if unit else (area.name if area else "toàn bộ phạm vi")
    data = reports.stats_xlsx(f"Thống kê mô hình “Dân vận khéo” — {where} — {period.label_vi}", figures, *_names(),
                              breakdown)
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="thong-ke-dan-van-kheo-{period.code}.xlsx"'
    return response


@login_required
def stats_docx(request):
    _, period, unit, area = _stats_target(request)
    issuer = unit or next((m.unit for m in memberships_of(request.user)), None)
    if issuer is None:
        messages.error(request, "Chọn tổ chức ban hành báo cáo (tham số unit).")
        return redirect("movement:stats")
    kwargs = {"start": period.start, "end": period.end, "unit": unit, "area": area}
    figures = selectors.statistics(request.user, **kwargs)
    data = reports.report_docx(issuer, period, figures, _names()[0], selectors.recognised_models(request.user, **kwargs),
                               list(selectors.outstanding_models(request.user, **kwargs)))
    response = HttpResponse(data, content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="bao-cao-dan-van-kheo-{period.code}.docx"'
    return response
