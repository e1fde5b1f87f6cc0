"""Forms of the reporting pages: they parse request input; the services validate the content."""

from django import forms

from danvan.reporting.choices import Status
from danvan.reporting.periods import PeriodError, parse_period


def _period_code(value: str) -> str:
    value = (value or "").strip()
    if value:
        try:
            parse_period(value)
        except PeriodError as exc:
            raise forms.ValidationError(str(exc)) from exc
    return value


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
    period = forms.CharField(label="Kỳ báo cáo", max_length=10, help_text="")  # the view sets it from the forms' period types (views.submissions.period_hint)

    def __init__(self, *args, forms_qs, units_qs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["form"].queryset = forms_qs
        self.fields["unit"].queryset = units_qs
        self.fields["form"].error_messages["invalid_choice"] = "Biểu mẫu không hợp lệ."
        self.fields["unit"].error_messages["invalid_choice"] = "Bạn không báo cáo được cho tổ chức này."

    def clean_period(self):
        return _period_code(self.cleaned_data.get("period", ""))


def content_from_post(post, indicators, sections) -> tuple[dict, dict, int | None]:
    """({indicator code: raw text}, {section code: text}, version) from the edit form's fields.

    Inputs are named "v-<indicator code>" and "s-<section code>"; only the form's own codes are read.
    """
    values = {fi.indicator.code: post.get(f"v-{fi.indicator.code}", "").strip()[:40] for fi in indicators}
    texts = {s.code: post.get(f"s-{s.code}", "") for s in sections}
    raw_version = post.get("version", "")
    version = int(raw_version) if raw_version.isdigit() and len(raw_version) < 10 else None
    return values, texts, version
