"""The citizen forms. Lengths here are those the abuse controls enforce first (LIMITS: 429 past them)."""

from django import forms

from danvan.consultation.choices import Stance
from danvan.petitions.services.public import PUBLIC_KINDS

COMMENT_LIMITS = {"name": 200, "area": 200, "contact": 200, "text": 10000, "group": 40, "stance": 20}
RECOMMENDATION_LIMITS = {"name": 150, "phone": 20, "address": 300, "subject": 300, "content": 10000,
                         "commune": 20, "kind": 20, "province": 20}
LOOKUP_LIMITS = {"code": 16, "phone_last4": 4}


class CommentForm(forms.Form):
    name = forms.CharField(label="Họ và tên", max_length=200)
    group = forms.ChoiceField(label="Bạn thuộc nhóm")
    area = forms.CharField(label="Nơi ở (xã, phường, tỉnh)", max_length=200)
    contact = forms.CharField(label="Điện thoại hoặc thư điện tử (không bắt buộc, không công bố)", max_length=200,
                              required=False)
    anonymous = forms.BooleanField(label="Không nêu tên tôi khi công bố kết quả tổng hợp", required=False)
    stance = forms.ChoiceField(label="Ý kiến của bạn", choices=Stance.choices, widget=forms.RadioSelect)
    text = forms.CharField(label="Nội dung góp ý", max_length=10000, required=False,
                           widget=forms.Textarea(attrs={"rows": 6}))

    def __init__(self, *args, groups=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "— Chọn —"), *[(g.code, g.name) for g in groups]]
        self.fields["group"].choices = choices  # type: ignore[attr-defined]

    def clean(self):
        data = super().clean() or {}
        if data.get("stance") == Stance.OTHER and not (data.get("text") or "").strip():
            self.add_error("text", "Ý kiến khác cần có nội dung.")
        return data


KIND_CHOICES = [(k.value, k.label) for k in PUBLIC_KINDS]


class RecommendationForm(forms.Form):
    kind = forms.ChoiceField(label="Loại", choices=KIND_CHOICES, widget=forms.RadioSelect,
                             initial=KIND_CHOICES[0][0])
    commune = forms.ChoiceField(label="Xã, phường nhận kiến nghị")
    name = forms.CharField(label="Họ và tên", max_length=150)
    phone = forms.CharField(label="Số điện thoại (để tra cứu kết quả; không công bố)", max_length=20)
    address = forms.CharField(label="Địa chỉ (không bắt buộc)", max_length=300, required=False)
    subject = forms.CharField(label="Tiêu đề", max_length=300)
    content = forms.CharField(label="Nội dung", max_length=10000, widget=forms.Textarea(attrs={"rows": 8}))

    def __init__(self, *args, communes=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "— Chọn xã, phường —"), *[(c.code, c.name) for c in communes]]
        self.fields["commune"].choices = choices  # type: ignore[attr-defined]

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        digits = "".join(ch for ch in phone if ch.isdigit())
        if not 9 <= len(digits) <= 15:
            raise forms.ValidationError("Số điện thoại cần từ 9 đến 15 chữ số.")
        return phone


class LookupForm(forms.Form):
    code = forms.CharField(label="Mã hồ sơ (ví dụ ABCD-2345)", max_length=16)
    phone_last4 = forms.CharField(label="4 số cuối của số điện thoại đã khai", min_length=4, max_length=4)

    def clean_phone_last4(self):
        value = self.cleaned_data["phone_last4"]
        if not value.isdigit():
            raise forms.ValidationError("Nhập đúng 4 chữ số.")
        return value


class DecisionForm(forms.Form):
    reason = forms.CharField(label="Lý do", max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 2}))
