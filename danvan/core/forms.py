"""Form pieces every app can drop into its forms."""

from django import forms

from danvan.core.attachments import ALLOWED, ALLOWED_LABEL


class AttachmentInput(forms.ClearableFileInput):
    """A file picker that offers only the allowed types (the server checks them again, by content)."""

    def __init__(self, attrs=None):
        super().__init__({"accept": ",".join(sorted(ALLOWED)), **(attrs or {})})


class AttachmentField(forms.FileField):
    """An optional file to attach; pass the cleaned value to `core.services.attach_file`, which checks it."""

    widget = AttachmentInput

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Tệp đính kèm")
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", f"Nhận: {ALLOWED_LABEL}.")
        kwargs.setdefault("max_length", 200)
        super().__init__(**kwargs)


class AreaCodeInput(forms.TextInput):
    """A text box for an area's code that suggests areas by name as one types (`app.js` asks
    `GET /api/v1/areas?q=`, which folds diacritics and only lists what the user may see). Without scripts it
    is a plain box for the code; with `multiple`, codes are separated by commas and the last one is completed."""

    def __init__(self, attrs=None, *, multiple: bool = False):
        base = {"data-area-picker": "multiple" if multiple else "one", "autocomplete": "off", "spellcheck": "false",
                "placeholder": "Gõ tên (không cần dấu) hoặc mã, vd. gia vien"}
        super().__init__({**base, **(attrs or {})})


class AreaCodeField(forms.CharField):
    """An area given by its code (or several, comma-separated, with `multiple=True`): the services resolve and
    check the codes, as they do for the API; the form only offers the names while typing."""

    def __init__(self, *, multiple: bool = False, **kwargs):
        kwargs.setdefault("label", "Địa bàn")
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 500 if multiple else 40)
        kwargs.setdefault("help_text", "Gõ tên xã, phường hoặc tỉnh rồi chọn trong danh sách gợi ý"
                          + (" (nhiều địa bàn: cách nhau dấu phẩy)." if multiple else "."))
        kwargs["widget"] = AreaCodeInput(multiple=multiple)
        super().__init__(**kwargs)


DUE_SOON_DAYS = 7  # "due this week": the desk's figures and the lists' `?due=7` filter
DUE_CHOICES = [("", "Tất cả"), (str(DUE_SOON_DAYS), "Đến hạn trong 7 ngày")]


class DueWithinField(forms.TypedChoiceField):
    """`?due=7`: only what is still open and due within the next 7 days (today included), the filter the desk's
    "due this week" figures link to. Cleans to the number of days, or None."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Thời hạn")
        kwargs.setdefault("required", False)
        super().__init__(choices=DUE_CHOICES, coerce=int, empty_value=None, **kwargs)
