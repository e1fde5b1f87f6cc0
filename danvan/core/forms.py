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
