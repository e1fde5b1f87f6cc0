"""Typed, bounded parsing of the portal's staff inputs (the public pages take only filters)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from danvan.portal import rules
from danvan.portal.choices import ArticleStatus


class ArticleFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm theo tiêu đề"), max_length=100, required=False)
    status = forms.ChoiceField(label=_("Trạng thái"), required=False,
                               choices=[("", "Tất cả"), *ArticleStatus.choices])


class ArticleForm(forms.Form):
    unit: forms.ModelChoiceField = forms.ModelChoiceField(label=_("Đơn vị viết"), queryset=None)
    title = forms.CharField(label=_("Tiêu đề"), max_length=200)
    summary = forms.CharField(label=_("Tóm tắt"), max_length=600, widget=forms.Textarea(attrs={"rows": 3}),
                              help_text=_("Hai, ba câu hiện ở danh sách tin và khi chia sẻ lên mạng xã hội."))
    body = forms.CharField(label=_("Nội dung"), max_length=100_000, widget=forms.Textarea(attrs={"rows": 16}),
                           help_text=_("Viết từng đoạn, cách nhau một dòng trống. Được dùng các thẻ định dạng "
                                       "đơn giản (<p>, <strong>, <em>, <ul>, <li>, <h2>, <a>); mọi mã khác bị bỏ."))
    area = forms.ChoiceField(label=_("Địa bàn"), error_messages={
        "invalid_choice": _("Chọn một địa bàn hiện hành trong danh sách (thuộc địa bàn của đơn vị bạn).")}, help_text=_(
        "Tỉnh hoặc xã mà tin nói đến, trong địa bàn của đơn vị viết (mặc định: địa bàn của đơn vị)."))
    topics = forms.MultipleChoiceField(label=_("Chủ đề"), required=False, widget=forms.CheckboxSelectMultiple)
    cover = forms.FileField(label=_("Ảnh bìa"), required=False,
                            help_text=_("Ảnh JPEG hoặc PNG; ảnh được thu nhỏ và xóa thông tin vị trí."))
    cover_alt = forms.CharField(label=_("Mô tả ảnh bìa"), max_length=200, required=False,
                                help_text=_("Cho người đọc không xem được ảnh."))
    remove_cover = forms.BooleanField(label=_("Bỏ ảnh bìa hiện tại"), required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0, max_value=2**31 - 1)

    def __init__(self, *args, units, areas: list[tuple[str, str]], editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]
        self.fields["area"].choices = areas  # type: ignore[attr-defined]
        self.fields["topics"].choices = sorted(rules.topic_labels().items(), key=lambda kv: kv[1])  # type: ignore[attr-defined]
        if editing:
            del self.fields["unit"]
        else:
            del self.fields["remove_cover"]


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Lý do"), max_length=2000, required=False,
                             widget=forms.Textarea(attrs={"rows": 3}))
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0, max_value=2**31 - 1)


class NewsFilterForm(forms.Form):
    """The public list's filters: a province by its code, a topic; anything else is ignored."""

    tinh = forms.CharField(max_length=10, required=False)
    chu_de = forms.CharField(max_length=40, required=False)
    page = forms.IntegerField(min_value=1, max_value=10_000, required=False)
