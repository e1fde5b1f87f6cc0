"""`call_service`: every view's one way to call a service and show its refusal in Vietnamese."""

import pytest
from django import forms
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.exceptions import PermissionDenied, ValidationError

from danvan.core.audit import ConflictError
from danvan.core.views import NOT_ALLOWED, call_service


@pytest.fixture
def request_(rf):
    request = rf.post("/")
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


def said(request) -> list[tuple[str, str]]:
    return [(m.level_tag, str(m)) for m in get_messages(request)]


class NameForm(forms.Form):
    name = forms.CharField()


def refuse(exc):
    def run():
        raise exc
    return run


def test_success_gives_the_value_and_flashes_the_message(request_):
    outcome = call_service(request_, lambda: 42, success="Đã lưu.")
    assert outcome.ok and outcome.value == 42 and outcome.status == 200
    assert said(request_) == [("success", "Đã lưu.")]


def test_field_errors_go_to_the_form_and_unknown_fields_to_its_general_errors(request_):
    form = NameForm({"name": "x"})
    assert form.is_valid()
    outcome = call_service(request_, refuse(ValidationError({"name": "Tên đã có.", "other": "Sai kỳ."})), into=form)
    assert not outcome.ok and outcome.status == 400
    assert form.errors["name"] == ["Tên đã có."] and form.non_field_errors() == ["Sai kỳ."]
    assert said(request_) == []


@pytest.mark.parametrize("exc, status, message", [
    (ValidationError("Vui lòng nêu lý do."), 400, "Vui lòng nêu lý do."),
    (PermissionDenied(), 403, NOT_ALLOWED),
    (PermissionDenied("Chỉ cấp trên được duyệt."), 403, "Chỉ cấp trên được duyệt."),
    (ConflictError(), 409, "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại và sửa lại."),
])
def test_a_refusal_is_flashed_in_vietnamese_with_its_status(request_, exc, status, message):
    outcome = call_service(request_, refuse(exc))
    assert (outcome.ok, outcome.status, outcome.message) == (False, status, message)
    assert said(request_) == [("error", message)]


def test_an_exception_not_caught_propagates_and_flash_false_keeps_quiet(request_):
    with pytest.raises(PermissionDenied):
        call_service(request_, refuse(PermissionDenied()), catch=(ValidationError,))
    outcome = call_service(request_, refuse(PermissionDenied()), flash=False, not_allowed="Không được sửa.")
    assert outcome.errors == {"__all__": ["Không được sửa."]} and said(request_) == []


def test_no_view_catches_a_service_s_validation_error_itself():
    """The four hand-written versions are gone: views call services through call_service."""
    from pathlib import Path

    import danvan

    root = Path(danvan.__file__).parent
    views = [p for p in [*root.glob("*/views.py"), *root.glob("*/views/*.py")] if p != root / "core" / "views.py"]
    assert len(views) > 5
    offenders = [str(p.relative_to(root)) for p in views if "message_dict" in p.read_text()]
    assert offenders == []
