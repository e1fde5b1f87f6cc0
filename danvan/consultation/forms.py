"""Typed, bounded parsing of every input of the consultation pages."""

from django import forms

from danvan.consultation.choices import Audience, Channel, Stance


class ConsultationForm(forms.Form):
    title = forms.CharField(label="Tên dự thảo", max_length=500)
    unit = forms.IntegerField(label="Đơn vị chủ trì", min_value=1, max_value=2**63 - 1)
    audience = forms.ChoiceField(label="Đối tượng", choices=Audience.choices, initial=Audience.INTERNAL)
    opens_on = forms.DateField(label="Ngày bắt đầu", widget=forms.DateInput(attrs={"type": "date"}))
    closes_on = forms.DateField(label="Ngày kết thúc", widget=forms.DateInput(attrs={"type": "date"}))
    file = forms.FileField(label="Tệp dự thảo (.docx, .odt, .md, .txt)")


class VersionForm(forms.Form):
    file = forms.FileField(label="Tệp phiên bản mới (.docx, .odt, .md, .txt)")


class CommentForm(forms.Form):
    stance = forms.ChoiceField(label="Ý kiến", choices=Stance.choices, widget=forms.RadioSelect)
    text = forms.CharField(label="Nội dung góp ý", required=False, max_length=10000,
                           widget=forms.Textarea(attrs={"rows": 3}))
    name = forms.CharField(label="Người góp ý", required=False, max_length=200)
    group = forms.ChoiceField(label="Nhóm người góp ý", choices=())
    area = forms.CharField(label="Địa bàn", required=False, max_length=200)
    channel = forms.ChoiceField(label="Kênh", choices=Channel.choices, initial=Channel.STAFF)
    anonymous = forms.BooleanField(label="Ẩn danh khi công bố", required=False)

    def __init__(self, *args, groups=(), **kwargs):
        super().__init__(*args, **kwargs)
        group_field = self.fields["group"]
        assert isinstance(group_field, forms.ChoiceField)
        group_field.choices = [(g.code, g.name) for g in groups]
        self.fields["group"].initial = "khac"


class ImportForm(forms.Form):
    unit = forms.IntegerField(label="Đơn vị thu thập", required=False, min_value=1, max_value=2**63 - 1)
    file = forms.FileField(label="Tệp Excel (.xlsx) theo mẫu")


class CommentFilterForm(forms.Form):
    piece = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1)
    stance = forms.ChoiceField(required=False, choices=[("", "Mọi ý kiến"), *Stance.choices])
    group = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1)
    q = forms.CharField(required=False, max_length=200)


class ReasonForm(forms.Form):
    reason = forms.CharField(label="Lý do", max_length=500, required=False)
    label = forms.CharField(label="Tên nhóm", max_length=500, required=False)
    group = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1)
    groups = forms.CharField(required=False, max_length=20000)  # ids separated by commas (merge)
    comments = forms.CharField(required=False, max_length=20000)  # ids separated by commas (split)
    proposal = forms.CharField(required=False, max_length=20000)
