"""Forms of the reporting pages: they parse request input; the services validate the content."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from danvan.reporting.choices import PeriodTypeChoice, Status
from danvan.reporting.periods import PeriodError, parse_period, period_name
from danvan.reporting.rules import allowed_periods

# Bounds of the numbers a page sends back: a version fits a 32-bit column, an id a 64-bit one (SQLite
# raises OverflowError above it, PostgreSQL DataError).
MAX_VERSION = 2**31 - 1
MAX_ID = 2**63 - 1
BAD_VERSION = "Trang đã cũ hoặc bị sửa đổi (phiên bản không hợp lệ). Vui lòng tải lại trang rồi thử lại."


def _period_code(value: str) -> str:
    value = (value or "").strip()
    if value:
        try:
            parse_period(value)
        except PeriodError as exc:
            raise forms.ValidationError(str(exc)) from exc
    return value


class PeriodCodeField(forms.CharField):
    """A period code ("2026-03", "2026-Q4"), checked with reporting.periods; cleans to the code."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 10)
        super().__init__(**kwargs)

    def clean(self, value):
        return _period_code(super().clean(value))


class ReportTargetForm(forms.Form):
    """Which report a posted page is about (the Word import's confirm step): form code, unit id, period."""

    form = forms.CharField(max_length=40, error_messages={"required": "Vui lòng chọn biểu mẫu."})
    unit = forms.IntegerField(min_value=1, max_value=MAX_ID,
                              error_messages={"required": "Vui lòng chọn tổ chức báo cáo.",
                                              "invalid": "Tổ chức báo cáo không hợp lệ.",
                                              "min_value": "Tổ chức báo cáo không hợp lệ.",
                                              "max_value": "Tổ chức báo cáo không hợp lệ."})
    period = PeriodCodeField(error_messages={"required": "Vui lòng chọn kỳ báo cáo."})


class SubmissionFilterForm(forms.Form):
    form = forms.ChoiceField(label="Biểu mẫu", required=False)
    period = forms.CharField(label="Kỳ", required=False, max_length=10,
                             widget=forms.TextInput(attrs={"placeholder": "vd. 2026-03"}))
    status = forms.ChoiceField(label="Trạng thái", required=False, choices=[("", "Tất cả"), *Status.choices])
    q = forms.CharField(label="Tên tổ chức (không cần dấu)", required=False, max_length=100,
                        widget=forms.TextInput(attrs={"type": "search"}))

    def __init__(self, *args, forms_qs=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["form"].choices = [("", "Tất cả"), *((f.code, f.code) for f in forms_qs)]

    def clean_period(self):
        return _period_code(self.cleaned_data.get("period", ""))


class NewSubmissionForm(forms.Form):
    form = forms.ModelChoiceField(label="Biểu mẫu", queryset=None, to_field_name="code",
                                  empty_label=None)
    unit = forms.ModelChoiceField(label="Tổ chức báo cáo", queryset=None, empty_label=None)
    # A picker of the periods the forms' schedules allow (rules.allowed_periods); the value is still checked
    # as a code, so a tampered one gets the service's message ("… không nhận kỳ 2026-Q1").
    period = forms.CharField(label="Kỳ báo cáo", max_length=10, help_text="", widget=forms.Select)

    def __init__(self, *args, forms_qs, units_qs, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].widget.choices = period_choices({f.period_type for f in forms_qs},
                                                              today or timezone.localdate())
        self.fields["form"].queryset = forms_qs
        self.fields["unit"].queryset = units_qs
        self.fields["form"].error_messages["invalid_choice"] = "Biểu mẫu không hợp lệ."
        self.fields["unit"].error_messages["invalid_choice"] = "Bạn không báo cáo được cho tổ chức này."

    def clean_period(self):
        return _period_code(self.cleaned_data.get("period", ""))


def period_choices(period_types, today) -> list:
    """The picker's options: (code, "Tháng 11/2026") newest first, grouped by period type when several."""
    groups = [(str(choice.label), [(p.code, period_name(p.code)) for p in allowed_periods(choice.value, today)])
              for choice in PeriodTypeChoice if choice.value in period_types]
    if len(groups) == 1:
        return groups[0][1]
    return groups


def content_from_post(post, indicators, sections) -> tuple[dict, dict]:
    """({indicator code: raw text}, {section code: text}) from the edit form's fields (the version: `version_from`).

    Inputs are named "v-<indicator code>" and "s-<section code>"; only the form's own codes are read.
    """
    values = {fi.indicator.code: post.get(f"v-{fi.indicator.code}", "").strip()[:40] for fi in indicators}
    texts = {s.code: post.get(f"s-{s.code}", "") for s in sections}
    return values, texts


class VersionForm(forms.Form):
    """The version a page was rendered with, sent back with an edit: a whole number, bounded."""

    version = forms.IntegerField(min_value=0, max_value=MAX_VERSION,
                                 error_messages={"required": BAD_VERSION, "invalid": BAD_VERSION,
                                                 "min_value": BAD_VERSION, "max_value": BAD_VERSION})


def version_from(post) -> int:
    """The posted version, or a ValidationError ({"version": [...]}, in Vietnamese): never a 500 for
    "abc", "1.5" or "²" (a digit to `isdigit()`, not to `int()`)."""
    form = VersionForm(post)
    if not form.is_valid():
        raise ValidationError({"version": [BAD_VERSION]})
    return form.cleaned_data["version"]


class IdListField(forms.Field):
    """Several ids of one name (checkboxes): each a whole number in 1..MAX_ID, at most `max_count`."""

    def __init__(self, *, max_count: int = 500, **kwargs):
        self.max_count = max_count
        kwargs.setdefault("widget", forms.MultipleHiddenInput)
        super().__init__(**kwargs)

    def to_python(self, value):
        one = forms.IntegerField(min_value=1, max_value=MAX_ID)
        out = []
        for raw in value or []:
            try:
                out.append(one.clean(raw))
            except ValidationError:
                raise ValidationError("Mã báo cáo không hợp lệ.", code="invalid") from None
        if len(out) > self.max_count:
            raise ValidationError(f"Chỉ chọn được tối đa {self.max_count} báo cáo một lần.", code="max_count")
        return list(dict.fromkeys(out))


class ReviewSelectionForm(forms.Form):
    """The reports ticked in the review queue."""

    ids = IdListField(error_messages={"required": "Chưa chọn báo cáo nào."})
