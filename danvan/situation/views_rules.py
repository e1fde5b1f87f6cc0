"""The escalation rules page: a provincial administrator adjusts the national rules for the province (or
adds its own) and can go back to the national default."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from danvan.core.views import error_messages
from danvan.situation import rules, selectors, services
from danvan.situation.choices import RuleKind


class RuleForm(forms.Form):
    name = forms.CharField(label="Tên quy tắc", max_length=200, required=False)
    kind = forms.ChoiceField(label="Điều kiện", choices=[("", "—")] + list(RuleKind.choices), required=False)
    threshold = forms.IntegerField(label="Ngưỡng", min_value=0, max_value=100_000, required=False)
    topics = forms.MultipleChoiceField(label="Chủ đề", required=False)
    is_active = forms.BooleanField(label="Đang áp dụng", required=False)
    order = forms.IntegerField(label="Thứ tự", min_value=0, max_value=32767, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        labels: dict[str, str] = rules.topic_labels()
        topics: forms.ChoiceField = self.fields["topics"]  # type: ignore[assignment]
        topics.choices = [(code, labels[code]) for code in sorted(labels, key=labels.__getitem__)]


def _province(request):
    provinces = selectors.rule_provinces(request.user)
    if not provinces:
        raise PermissionDenied("Chỉ quản trị viên cấp tỉnh mới sửa được quy tắc báo cáo vượt cấp của tỉnh.")
    code = request.GET.get("tinh") or request.POST.get("tinh") or provinces[0].code
    province = next((p for p in provinces if p.code == code), None)
    if province is None:
        raise Http404
    return provinces, province


@login_required
def rule_list(request):
    provinces, province = _province(request)
    return render(request, "situation/rule_list.html", {
        "provinces": provinces, "province": province, "rows": selectors.province_rules(province),
        "kinds": RuleKind.choices, "topics": sorted(rules.topic_labels().items(), key=lambda kv: kv[1]),
        "new_form": RuleForm(initial={"is_active": True, "order": 100}),
    })


@login_required
@require_POST
def rule_save(request, code: str):
    provinces, province = _province(request)
    form = RuleForm(request.POST)
    back = reverse("situation:rule_list") + f"?tinh={province.code}"
    if not form.is_valid():
        for field, errs in form.errors.items():
            messages.error(request, f"{form.fields[field].label if field in form.fields else ''}: {' '.join(str(e) for e in errs)}")
        return redirect(back)
    data = form.cleaned_data
    try:
        services.set_province_rule(
            request.user, province=province, code=code, name=data["name"] or None, kind=data["kind"] or None,
            threshold=data["threshold"], topics=data["topics"] if "topics_sent" in request.POST else None,
            is_active=data["is_active"], order=data["order"])
    except ValidationError as exc:
        for msgs in error_messages(exc).values():
            for msg in msgs:
                messages.error(request, msg)
    else:
        messages.success(request, f"Đã lưu quy tắc riêng của {province.name}.")
    return redirect(back)


@login_required
@require_POST
def rule_reset(request, code: str):
    provinces, province = _province(request)
    try:
        services.reset_province_rule(request.user, province=province, code=code)
    except ValidationError as exc:
        for msgs in error_messages(exc).values():
            for msg in msgs:
                messages.error(request, msg)
    else:
        messages.success(request, "Đã trở về quy tắc mặc định toàn quốc.")
    return redirect(reverse("situation:rule_list") + f"?tinh={province.code}")
