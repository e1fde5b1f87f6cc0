"""Forms of the situation pages: they parse and check shapes; the services decide."""

from django import forms
from django.utils import timezone

from danvan.core.forms import AttachmentField
from danvan.situation.choices import EventKind, IncidentState, Mood, Severity, SourceKind
from danvan.situation.rules import topic_labels


def _topic_choices():
    return sorted(topic_labels().items(), key=lambda kv: kv[1])


class UnitAreaMixin:
    """Unit and area choices limited to the units the user records for and the places inside them."""

    def setup_places(self, units, areas):
        self.fields["unit"].choices = [(u.pk, u.name) for u in units]
        if len(units) == 1:
            self.fields["unit"].initial = units[0].pk
            self.fields["unit"].widget = forms.HiddenInput()
        self.fields["area"].choices = [("", "— tự nhận từ nội dung —")] + [
            (a.pk, ("    " if a.level == "hamlet" else "") + a.name) for a in areas]


class QuickNoteForm(UnitAreaMixin, forms.Form):
    """Three required fields (what, the mood, the source); everything else optional, sensible by default."""

    text = forms.CharField(label="Nội dung tin", widget=forms.Textarea(attrs={"rows": 4, "autofocus": True}),
                           max_length=20_000)
    mood = forms.ChoiceField(label="Tâm trạng", choices=Mood.choices, widget=forms.RadioSelect)
    source_kind = forms.ChoiceField(label="Nguồn tin", choices=SourceKind.choices)
    unit = forms.TypedChoiceField(label="Đơn vị ghi nhận", coerce=int)
    observed_on = forms.DateField(label="Ngày ghi nhận", required=False,
                                  widget=forms.DateInput(attrs={"type": "date"}))
    area = forms.TypedChoiceField(label="Địa bàn", coerce=int, required=False, empty_value=None)
    topics = forms.MultipleChoiceField(label="Chủ đề (bỏ trống để hệ thống gợi ý)", required=False,
                                       choices=_topic_choices, widget=forms.CheckboxSelectMultiple)
    people_count = forms.IntegerField(label="Số người liên quan", required=False, min_value=0)
    verified = forms.BooleanField(label="Đã xác minh", required=False)
    attachment = AttachmentField(label="Ảnh, tệp kèm theo")
    confidential_source = forms.CharField(label="Người cung cấp thông tin (bảo mật)", required=False,
                                          max_length=300)

    def __init__(self, *args, units=(), areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_places(list(units), list(areas))
        self.fields["observed_on"].initial = timezone.localdate()


class NoteFilterForm(forms.Form):
    topic = forms.ChoiceField(label="Chủ đề", required=False, choices=lambda: [("", "Tất cả")] + _topic_choices())
    mood = forms.ChoiceField(label="Tâm trạng", required=False, choices=[("", "Tất cả"), *Mood.choices])
    since = forms.DateField(label="Từ ngày", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label="Đến ngày", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    q = forms.CharField(label="Tìm", required=False, max_length=200)
    area = forms.IntegerField(required=False, min_value=1, max_value=2**62, widget=forms.HiddenInput)


class IncidentForm(UnitAreaMixin, forms.Form):
    title = forms.CharField(label="Tên vụ việc", max_length=300)
    unit = forms.TypedChoiceField(label="Đơn vị theo dõi", coerce=int)
    area = forms.TypedChoiceField(label="Địa bàn", coerce=int)
    started_on = forms.DateField(label="Ngày phát sinh", widget=forms.DateInput(attrs={"type": "date"}))
    severity = forms.TypedChoiceField(label="Mức độ", choices=Severity.choices, coerce=int)
    people_count = forms.IntegerField(label="Số người liên quan", min_value=0, initial=0)
    topics = forms.MultipleChoiceField(label="Chủ đề", required=False, choices=_topic_choices,
                                       widget=forms.CheckboxSelectMultiple)
    description = forms.CharField(label="Mô tả", required=False, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, units=(), areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_places(list(units), list(areas))
        self.fields["area"].choices = self.fields["area"].choices[1:]
        self.fields["started_on"].initial = timezone.localdate()


class IncidentFilterForm(forms.Form):
    state = forms.ChoiceField(label="Trạng thái", required=False, choices=[("", "Tất cả"), *IncidentState.choices])
    severity = forms.TypedChoiceField(label="Mức độ", required=False, coerce=int, empty_value=None,
                                      choices=[("", "Tất cả"), *Severity.choices])
    # A unit's subtree (the leaders' desk links here with its unit); checked against the user's scope.
    unit = forms.IntegerField(required=False, min_value=1, max_value=2**62, widget=forms.HiddenInput)


class IncidentEventForm(forms.Form):
    kind = forms.ChoiceField(label="Diễn biến", choices=EventKind.choices)
    text = forms.CharField(label="Nội dung", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    happened_on = forms.DateField(label="Ngày", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    severity = forms.TypedChoiceField(label="Mức độ mới", required=False, coerce=int, empty_value=None,
                                      choices=[("", "Không đổi"), *Severity.choices])
    people_count = forms.IntegerField(label="Số người liên quan (mới)", required=False, min_value=0)
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, allowed=(), **kwargs):
        super().__init__(*args, **kwargs)
        if allowed:
            self.fields["kind"].choices = [(k, label) for k, label in EventKind.choices if k in allowed]


class DismissForm(forms.Form):
    unit = forms.IntegerField(widget=forms.HiddenInput)
    topic = forms.CharField(widget=forms.HiddenInput, max_length=40)
    area = forms.IntegerField(widget=forms.HiddenInput)
    window_end = forms.DateField(widget=forms.HiddenInput)
    reason = forms.CharField(label="Lý do bỏ qua", max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class ReportDraftForm(forms.Form):
    unit = forms.TypedChoiceField(label="Đơn vị", coerce=int)
    period = forms.RegexField(label="Tháng (năm-tháng)", regex=r"^\d{4}-\d{2}$", max_length=7,
                              error_messages={"invalid": "Nhập tháng dạng năm-tháng, vd. 2026-11."})

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [(u.pk, u.name) for u in units]


class AttachForm(forms.Form):
    """One file to attach to a note or an incident (checked again by core.services.attach_file)."""

    file = AttachmentField(label="Tệp", required=True)
    title = forms.CharField(label="Tiêu đề", max_length=200, required=False)
