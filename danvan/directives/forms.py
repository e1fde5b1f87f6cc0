"""Forms of the directives pages: they parse input; the services validate the rules and write."""

from django import forms
from django.utils import timezone

from danvan.core.forms import AreaCodeField, DueWithinField
from danvan.directives.choices import EXTERNAL_ISSUERS, CommitmentState, DocType, TaskStatus

DATE = {"widget": forms.DateInput(attrs={"type": "date"})}
COMMITMENT_ROWS = 3


class DirectiveFilterForm(forms.Form):
    q = forms.CharField(label="Tìm theo số, trích yếu (không cần dấu)", required=False, max_length=100)
    type = forms.ChoiceField(label="Loại", required=False, choices=[("", "Tất cả"), *DocType.choices])
    year = forms.IntegerField(label="Năm ban hành", required=False, min_value=1945, max_value=2999)
    unit = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
    implements = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)


class CitationForm(forms.Form):
    citation = forms.CharField(label="Dán trích dẫn văn bản", max_length=2000, required=False,
                               widget=forms.Textarea(attrs={"rows": 2, "placeholder": "vd. Nghị quyết số 25-NQ/TW "
                                                            "ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng về …"}))
    source = forms.FileField(label="hoặc chọn tệp văn bản (.docx, .pdf) để đọc phần đầu văn bản", required=False)

    def clean(self):
        data = super().clean()
        if not (data.get("citation") or "").strip() and not data.get("source"):
            raise forms.ValidationError("Dán trích dẫn hoặc chọn tệp văn bản.")
        return data


class DirectiveForm(forms.Form):
    unit = forms.ModelChoiceField(label="Đơn vị ban hành (hoặc ghi nhận văn bản Trung ương)", queryset=None,
                                  empty_label=None)
    external_issuer = forms.ChoiceField(label="Cơ quan ban hành ở Trung ương", required=False,
                                        choices=[("", "— Văn bản của đơn vị —"), *((n, n) for n in EXTERNAL_ISSUERS)])
    type = forms.ChoiceField(label="Loại văn bản", choices=DocType.choices)
    number = forms.CharField(label="Số", max_length=20)
    symbol = forms.CharField(label="Ký hiệu", max_length=60, required=False, help_text="vd. NQ/TW, KH/TU, 2026/QĐ-UBND")
    issued_on = forms.DateField(label="Ngày ban hành", **DATE)
    subject = forms.CharField(label="Trích yếu", max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))
    implements = forms.TypedChoiceField(label="Thực hiện văn bản", required=False, coerce=int, empty_value=None)
    file = forms.FileField(label="Tệp văn bản (.docx, .pdf)", required=False)

    def __init__(self, *args, units=None, directives=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["implements"].choices = [("", "— Không —"), *((d.pk, f"{d} ({d.issuer_name})") for d in directives)]


class DirectiveEditForm(DirectiveForm):
    """Correcting a recorded document: its unit stays; a new file replaces the old one."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, units=None, **kwargs)
        del self.fields["unit"]
        self.fields["file"].label = "Thay tệp văn bản (.docx, .pdf)"


class TaskFilterForm(forms.Form):
    q = forms.CharField(label="Tìm (không cần dấu)", required=False, max_length=100)
    period = forms.CharField(label="Kỳ", required=False, max_length=10, help_text="vd. 2026-H2, 2026")
    status = forms.ChoiceField(label="Tình trạng", required=False, choices=[("", "Tất cả"), *TaskStatus.choices])
    due = DueWithinField()
    unit = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)


class TaskForm(forms.Form):
    unit = forms.ModelChoiceField(label="Đơn vị giao nhiệm vụ", queryset=None, empty_label=None)
    period = forms.CharField(label="Kỳ", max_length=10, help_text="vd. 2026-H2 (6 tháng cuối năm 2026)")
    title = forms.CharField(label="Nhiệm vụ", max_length=500)
    description = forms.CharField(label="Nội dung", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    deadline = forms.DateField(label="Thời hạn", **DATE)
    lead_units = forms.ModelMultipleChoiceField(label="Đơn vị chủ trì", queryset=None)
    support_units = forms.ModelMultipleChoiceField(label="Đơn vị phối hợp", queryset=None, required=False)
    parent = forms.TypedChoiceField(label="Nhiệm vụ cấp trên", required=False, coerce=int, empty_value=None)
    directive = forms.TypedChoiceField(label="Thực hiện văn bản", required=False, coerce=int, empty_value=None)

    def __init__(self, *args, units=None, all_units=None, tasks=(), directives=(), with_title=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_title:  # tasks proposed from a conclusion bring their own titles
            del self.fields["title"], self.fields["description"]
        self.fields["unit"].queryset = units
        self.fields["lead_units"].queryset = all_units
        self.fields["support_units"].queryset = all_units
        self.fields["parent"].choices = [("", "— Không —"), *((t.pk, f"{t.title} ({t.period})") for t in tasks)]
        self.fields["directive"].choices = [("", "— Không —"), *((d.pk, str(d)) for d in directives)]


class TaskEditForm(TaskForm):
    """Correcting a task: its unit, period and parent stay."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, units=None, **kwargs)
        del self.fields["unit"], self.fields["period"], self.fields["parent"]


class ProposeForm(forms.Form):
    text = forms.CharField(label="Dán kết luận hội nghị (hoặc phần nhiệm vụ của báo cáo)", max_length=100_000,
                           required=False, widget=forms.Textarea(attrs={"rows": 8}))
    file = forms.FileField(label="hoặc chọn tệp báo cáo, thông báo kết luận (.docx, .pdf, .txt)", required=False)

    def clean(self):
        data = super().clean()
        if not (data.get("text") or "").strip() and not data.get("file"):
            raise forms.ValidationError("Dán kết luận hoặc chọn tệp.")
        return data


class ProgressForm(forms.Form):
    status = forms.ChoiceField(label="Tình trạng", choices=TaskStatus.choices)
    percent = forms.IntegerField(label="Tỷ lệ hoàn thành (%)", min_value=0, max_value=100)
    reported_on = forms.DateField(label="Ngày báo cáo", **DATE)
    note = forms.CharField(label="Ghi chú", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    evidence_activity = forms.TypedChoiceField(label="Minh chứng: hoạt động", required=False, coerce=int,
                                               empty_value=None)
    evidence_directive = forms.TypedChoiceField(label="hoặc minh chứng: văn bản", required=False, coerce=int,
                                                empty_value=None)

    def __init__(self, *args, activities=(), directives=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reported_on"].initial = timezone.localdate()
        self.fields["evidence_activity"].choices = [
            ("", "— Không —"), *((a.pk, f"{a.starts_on:%d/%m/%Y} {a.title}") for a in activities)]
        self.fields["evidence_directive"].choices = [("", "— Không —"), *((d.pk, str(d)) for d in directives)]


class WithdrawForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class ActivityFilterForm(forms.Form):
    q = forms.CharField(label="Tìm (không cần dấu)", required=False, max_length=100)
    kind = forms.ChoiceField(label="Loại", required=False)
    since = forms.DateField(label="Từ ngày", required=False, **DATE)
    until = forms.DateField(label="Đến ngày", required=False, **DATE)
    unit = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, kinds=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "Tất cả"), *((k.code, k.name) for k in kinds)]


class ActivityForm(forms.Form):
    """Phone-first: the essentials on top, the kind's details and the commitments below."""

    unit = forms.ModelChoiceField(label="Đơn vị tổ chức", queryset=None, empty_label=None)
    kind = forms.ChoiceField(label="Loại hoạt động")
    title = forms.CharField(label="Tên hoạt động", max_length=500)
    starts_on = forms.DateField(label="Từ ngày", **DATE)
    ends_on = forms.DateField(label="Đến ngày", required=False, **DATE)
    area = AreaCodeField(max_length=20, help_text="Để trống: địa bàn của đơn vị. Gõ tên xã, phường hoặc tỉnh rồi chọn.")
    participants = forms.IntegerField(label="Số người tham gia", min_value=0, initial=0)
    content = forms.CharField(label="Nội dung", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    outcome = forms.CharField(label="Kết quả", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    counterpart = forms.CharField(label="Đối thoại với (đối thoại)", required=False, max_length=500)
    issues = forms.CharField(label="Vấn đề nhân dân nêu (đối thoại)", required=False,
                             widget=forms.Textarea(attrs={"rows": 2}))
    answers = forms.CharField(label="Trả lời, giải đáp (đối thoại)", required=False,
                              widget=forms.Textarea(attrs={"rows": 2}))
    findings = forms.CharField(label="Phát hiện (giám sát)", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    recommendations = forms.CharField(label="Kiến nghị (giám sát)", required=False,
                                      widget=forms.Textarea(attrs={"rows": 2}))
    draft = forms.CharField(label="Dự thảo được phản biện (phản biện xã hội)", required=False, max_length=1000)
    accepted = forms.CharField(label="Nội dung được tiếp thu (phản biện xã hội)", required=False,
                               widget=forms.Textarea(attrs={"rows": 2}))
    directive = forms.TypedChoiceField(label="Thực hiện văn bản", required=False, coerce=int, empty_value=None)
    task = forms.TypedChoiceField(label="Phục vụ nhiệm vụ", required=False, coerce=int, empty_value=None)

    def __init__(self, *args, units=None, kinds=(), directives=(), tasks=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["kind"].choices = [(k.code, k.name) for k in kinds]
        self.fields["starts_on"].initial = timezone.localdate()
        self.fields["directive"].choices = [("", "— Không —"), *((d.pk, str(d)) for d in directives)]
        self.fields["task"].choices = [("", "— Không —"), *((t.pk, t.title) for t in tasks)]
        for i in range(1, COMMITMENT_ROWS + 1):
            self.fields[f"commitment_{i}"] = forms.CharField(label=f"Cam kết {i} (đối thoại)", required=False,
                                                             max_length=2000)
            self.fields[f"commitment_{i}_deadline"] = forms.DateField(label=f"Thời hạn cam kết {i}", required=False,
                                                                      **DATE)

    def without_unit(self) -> "ActivityForm":
        """The form to correct a recorded activity: its unit stays, its commitments have their own actions."""
        del self.fields["unit"]
        for i in range(1, COMMITMENT_ROWS + 1):
            del self.fields[f"commitment_{i}"], self.fields[f"commitment_{i}_deadline"]
        self.fields["version"] = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
        return self

    def details(self) -> dict:
        from danvan.directives.choices import DETAIL_FIELDS

        names = DETAIL_FIELDS.get(self.cleaned_data["kind"], {})
        return {n: self.cleaned_data[n] for n in names if self.cleaned_data.get(n)}

    def commitments(self) -> list[dict]:
        rows = []
        for i in range(1, COMMITMENT_ROWS + 1):
            text = self.cleaned_data.get(f"commitment_{i}")
            if text:
                rows.append({"text": text, "deadline": self.cleaned_data.get(f"commitment_{i}_deadline")})
        return rows


class CommitmentForm(forms.Form):
    text = forms.CharField(label="Nội dung cam kết", max_length=2000)
    responsible = forms.CharField(label="Đơn vị, người thực hiện", required=False, max_length=255)
    deadline = forms.DateField(label="Thời hạn", **DATE)


class CloseCommitmentForm(forms.Form):
    state = forms.ChoiceField(label="Kết quả", choices=[(CommitmentState.DONE, "Đã thực hiện"),
                                                        (CommitmentState.CANCELLED, "Hủy bỏ")])
    closed_on = forms.DateField(label="Ngày", **DATE)
    result = forms.CharField(label="Kết quả thực hiện", required=False, max_length=2000)


class MonthForm(forms.Form):
    month = forms.RegexField(label="Tháng", required=False, regex=r"^\d{4}-(0[1-9]|1[0-2])$", max_length=7,
                             help_text="vd. 2026-03")
    unit = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)


class ComplianceForm(forms.Form):
    unit = forms.IntegerField(label="Tổ chức", required=False, widget=forms.HiddenInput, min_value=1)
    year = forms.IntegerField(label="Năm", required=False, min_value=2000, max_value=2999)
