"""Typed, bounded parsing of every input of the petitions pages."""

from django import forms

from danvan.core.forms import AreaCodeField, AttachmentField, DueWithinField
from danvan.petitions.choices import Channel, Kind, ReceptionKind, Status

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _blank(choices):
    return [("", "— tất cả —"), *choices]


class FilterForm(forms.Form):
    q = forms.CharField(label="Tìm (nội dung, mã)", required=False, max_length=200)
    kind = forms.ChoiceField(label="Loại đơn", choices=_blank(Kind.choices), required=False)
    status = forms.ChoiceField(label="Trạng thái", choices=_blank(Status.choices), required=False)
    overdue = forms.BooleanField(label="Chỉ đơn quá hạn", required=False)
    due = DueWithinField()
    topic = forms.CharField(label="Chủ đề", required=False, max_length=40)
    area = AreaCodeField(help_text="")
    unit = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1, widget=forms.HiddenInput)


class PetitionForm(forms.Form):
    unit = forms.ModelChoiceField(label="Đơn vị tiếp nhận", queryset=None)
    kind = forms.ChoiceField(label="Loại đơn", choices=Kind.choices)
    channel = forms.ChoiceField(label="Nguồn đơn", choices=Channel.choices)
    received_on = forms.DateField(label="Ngày nhận", widget=DATE)
    area = AreaCodeField(label="Địa bàn (xã, phường)", required=True,
                         help_text="Gõ tên xã, phường (không cần dấu) rồi chọn trong danh sách gợi ý, hoặc nhập mã.")
    name = forms.CharField(label="Họ và tên người đứng đơn", max_length=150)
    address = forms.CharField(label="Địa chỉ", max_length=300, required=False)
    phone = forms.CharField(label="Điện thoại", max_length=20, required=False)
    id_number = forms.CharField(label="Số CCCD/CMND", max_length=20, required=False)
    people_count = forms.IntegerField(label="Số người đứng đơn", min_value=1, max_value=1_000_000, initial=1)
    subject = forms.CharField(label="Trích yếu", max_length=300)
    content = forms.CharField(label="Nội dung", max_length=20000, widget=forms.Textarea(attrs={"rows": 6}))
    complex = forms.BooleanField(label="Vụ việc phức tạp", required=False)
    attachment = AttachmentField(label="Tệp đính kèm (bản chụp đơn, tài liệu)")
    reception = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1, widget=forms.HiddenInput)

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class AttachForm(forms.Form):
    """One file to attach to a petition (checked again by core.services.attach_file)."""

    file = AttachmentField(label="Tệp", required=True)
    title = forms.CharField(label="Tiêu đề", max_length=200, required=False)


class AcceptForm(forms.Form):
    accepted_on = forms.DateField(label="Ngày thụ lý", widget=DATE)
    complex = forms.BooleanField(label="Vụ việc phức tạp", required=False)
    resolution_days = forms.IntegerField(label="Số ngày giải quyết (kiến nghị, phản ánh)", required=False,
                                         min_value=1, max_value=365)
    note = forms.CharField(label="Ghi chú", required=False, max_length=20000, widget=forms.Textarea(attrs={"rows": 2}))


class RejectForm(forms.Form):
    reason = forms.CharField(label="Lý do không thụ lý (căn cứ pháp lý)", max_length=20000,
                             widget=forms.Textarea(attrs={"rows": 3}))
    rejected_on = forms.DateField(label="Ngày", widget=DATE)


class ForwardForm(forms.Form):
    to_unit = forms.IntegerField(label="Chuyển đến đơn vị (mã số đơn vị trong hệ thống)", required=False, min_value=1,
                                 max_value=2**63 - 1)
    to_body = forms.CharField(label="hoặc đến cơ quan ngoài hệ thống (tên)", required=False, max_length=300)
    forwarded_on = forms.DateField(label="Ngày chuyển", widget=DATE)
    note = forms.CharField(label="Ghi chú", required=False, max_length=20000, widget=forms.Textarea(attrs={"rows": 2}))


class ReasonForm(forms.Form):
    reason = forms.CharField(label="Lý do gia hạn", max_length=20000, widget=forms.Textarea(attrs={"rows": 3}))


class AnswerForm(forms.Form):
    answered_on = forms.DateField(label="Ngày trả lời", widget=DATE)
    result = forms.CharField(label="Kết quả giải quyết", max_length=20000, widget=forms.Textarea(attrs={"rows": 4}))
    decision_number = forms.CharField(label="Số quyết định, văn bản", required=False, max_length=60)
    decision_date = forms.DateField(label="Ngày quyết định", required=False, widget=DATE)
    document = forms.CharField(label="Văn bản kèm theo", required=False, max_length=300)


class CloseForm(forms.Form):
    note = forms.CharField(label="Ghi chú", required=False, max_length=20000, widget=forms.Textarea(attrs={"rows": 2}))


class AppealForm(forms.Form):
    received_on = forms.DateField(label="Ngày nhận đơn khiếu nại lần hai", widget=DATE)
    to_unit = forms.IntegerField(label="Đơn vị giải quyết lần hai (mã số đơn vị; để trống: cấp trên trực tiếp)",
                                 required=False, min_value=1, max_value=2**63 - 1)
    to_body = forms.CharField(label="hoặc cơ quan ngoài hệ thống (tên)", required=False, max_length=300)
    note = forms.CharField(label="Ghi chú", required=False, max_length=20000, widget=forms.Textarea(attrs={"rows": 2}))


class NoteForm(forms.Form):
    text = forms.CharField(label="Nội dung", max_length=20000, widget=forms.Textarea(attrs={"rows": 3}))
    document = forms.CharField(label="Văn bản kèm theo", required=False, max_length=300)


STEP_FORMS = {"accept": AcceptForm, "reject": RejectForm, "forward": ForwardForm, "extend": ReasonForm,
              "answer": AnswerForm, "close": CloseForm, "appeal": AppealForm, "note": NoteForm}


class ReceptionForm(forms.Form):
    unit = forms.ModelChoiceField(label="Đơn vị", queryset=None)
    held_on = forms.DateField(label="Ngày tiếp", widget=DATE)
    host_name = forms.CharField(label="Người chủ trì", max_length=150)
    host_position = forms.CharField(label="Chức vụ", max_length=150, initial="Bí thư Đảng ủy")
    kind = forms.ChoiceField(label="Hình thức", choices=ReceptionKind.choices)
    citizens_count = forms.IntegerField(label="Số lượt công dân", min_value=0, max_value=100_000, initial=0)
    note = forms.CharField(label="Ghi chú", required=False, max_length=20000, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class StatsForm(forms.Form):
    period = forms.CharField(label="Kỳ (2026, 2026-Q1, 2026-03)", required=False, max_length=20)
    area = AreaCodeField(help_text="")
    unit = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1, widget=forms.HiddenInput)


class MonthForm(forms.Form):
    month = forms.CharField(label="Tháng (YYYY-MM)", required=False, max_length=7)
