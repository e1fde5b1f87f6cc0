"""Forms of the movement pages: they parse input; the services validate the rules and write."""

from django import forms
from django.utils import timezone

from danvan.core.forms import AreaCodeField
from danvan.movement.choices import Kind, Level, Status


class FilterForm(forms.Form):
    q = forms.CharField(label="Tìm theo tên (không cần dấu)", required=False, max_length=100,
                        widget=forms.TextInput(attrs={"type": "search", "placeholder": "vd. nong thon moi"}))
    field = forms.ChoiceField(label="Lĩnh vực", required=False)
    kind = forms.ChoiceField(label="Loại", required=False, choices=[("", "Tất cả"), *Kind.choices])
    status = forms.ChoiceField(label="Trạng thái", required=False, choices=[("", "Tất cả"), *Status.choices])
    year = forms.IntegerField(label="Năm đăng ký", required=False, min_value=1990, max_value=2999)
    unit = forms.IntegerField(label="Tổ chức", required=False, widget=forms.HiddenInput, min_value=1)
    area = AreaCodeField(max_length=20, help_text="")

    def __init__(self, *args, fields_qs=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].choices = [("", "Tất cả"), *((f.code, f.name) for f in fields_qs)]


class ModelForm(forms.Form):
    """The registration, phone-first: the essentials on top, the registration content below."""

    unit = forms.ModelChoiceField(label="Đơn vị đăng ký", queryset=None, empty_label=None)
    kind = forms.ChoiceField(label="Loại", choices=Kind.choices, initial=Kind.MODEL)
    name = forms.CharField(label="Tên mô hình, điển hình", max_length=300)
    field = forms.ChoiceField(label="Lĩnh vực")
    areas = AreaCodeField(label="Địa bàn thực hiện", multiple=True, help_text=(
        "Để trống: địa bàn của đơn vị. Gõ tên xã, phường hoặc tỉnh rồi chọn; nhiều địa bàn: cách nhau dấu phẩy."))
    registered_on = forms.DateField(label="Ngày đăng ký", widget=forms.DateInput(attrs={"type": "date"}))
    situation = forms.CharField(label="Thực trạng, sự cần thiết", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    goals = forms.CharField(label="Mục tiêu, tiêu chí", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    content = forms.CharField(label="Nội dung, cách làm", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    target_group = forms.CharField(label="Đối tượng", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    participants = forms.CharField(label="Lực lượng thực hiện, vai trò", required=False,
                                   widget=forms.Textarea(attrs={"rows": 2}))
    resources = forms.CharField(label="Nguồn lực", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    starts_on = forms.DateField(label="Bắt đầu", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    ends_on = forms.DateField(label="Kết thúc", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    outputs = forms.CharField(label="Kết quả dự kiến", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    sustainability = forms.CharField(label="Khả năng duy trì, nhân rộng", required=False,
                                     widget=forms.Textarea(attrs={"rows": 2}))
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, units=None, fields_qs=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["field"].choices = [(f.code, f.name) for f in fields_qs]
        self.fields["registered_on"].initial = timezone.localdate()

    def area_codes(self) -> list[str]:
        return [c.strip() for c in self.cleaned_data.get("areas", "").replace(";", ",").split(",") if c.strip()]


class LaunchForm(forms.Form):
    launched_on = forms.DateField(label="Ngày triển khai", widget=forms.DateInput(attrs={"type": "date"}))
    commitments = forms.CharField(label="Cam kết", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class EvaluationForm(forms.Form):
    period = forms.CharField(label="Kỳ đánh giá", max_length=20, help_text="vd. 2026-Q1, 6 tháng đầu năm 2026")
    evaluated_on = forms.DateField(label="Ngày đánh giá", widget=forms.DateInput(attrs={"type": "date"}))
    effective = forms.TypedChoiceField(label="Kết quả", choices=[("1", "Hiệu quả"), ("0", "Chưa hiệu quả")],
                                       coerce=lambda v: v == "1", widget=forms.RadioSelect)
    evidence = forms.CharField(label="Minh chứng", required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, criteria=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for c in self.criteria:
            self.fields[f"score_{c.code}"] = forms.FloatField(label=f"{c.name} (0–{c.max_score})", required=False,
                                                              min_value=0, max_value=c.max_score)

    def scores(self) -> dict:
        return {c.code: self.cleaned_data[f"score_{c.code}"] for c in self.criteria
                if self.cleaned_data.get(f"score_{c.code}") is not None}


class RecognitionForm(forms.Form):
    form = forms.CharField(label="Hình thức", max_length=120, initial="Giấy khen",
                           help_text="vd. Bằng khen, Giấy khen, Công nhận mô hình tiêu biểu")
    level = forms.ChoiceField(label="Cấp", choices=Level.choices, initial=Level.PROVINCE)
    decision_number = forms.CharField(label="Số quyết định", max_length=60)
    decision_date = forms.DateField(label="Ngày quyết định", widget=forms.DateInput(attrs={"type": "date"}))
    issuer = forms.CharField(label="Cơ quan ban hành", max_length=255)


class ReplicationForm(forms.Form):
    unit = forms.ModelChoiceField(label="Đơn vị nhân rộng", queryset=None, empty_label=None)
    areas = AreaCodeField(multiple=True, help_text=(
        "Để trống: địa bàn của đơn vị nhân rộng. Gõ tên xã, phường hoặc tỉnh rồi chọn; nhiều địa bàn: cách nhau dấu phẩy."))
    registered_on = forms.DateField(label="Ngày đăng ký", widget=forms.DateInput(attrs={"type": "date"}))
    name = forms.CharField(label="Tên (để trống: giữ tên mô hình gốc)", required=False, max_length=300)

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units

    def area_codes(self) -> list[str]:
        return [c.strip() for c in self.cleaned_data.get("areas", "").replace(";", ",").split(",") if c.strip()]


class StopForm(forms.Form):
    reason = forms.CharField(label="Lý do dừng", widget=forms.Textarea(attrs={"rows": 3}))
    stopped_on = forms.DateField(label="Ngày dừng", required=False, widget=forms.DateInput(attrs={"type": "date"}))


class PublishForm(forms.Form):
    """Publish or withdraw: only the version the reviewer saw (a stale one is refused, 409)."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0, max_value=2**31 - 1)


class StatsForm(forms.Form):
    period = forms.CharField(label="Kỳ", required=False, max_length=10, help_text="vd. 2026, 2026-Q1, 2026-03")
    unit = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
    area = AreaCodeField(max_length=20, help_text="")
