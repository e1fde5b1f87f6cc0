"""How the API answers errors: always JSON {"detail": "<Vietnamese message>"}.

A leaf module: `api.py` installs these handlers on the NinjaAPI object, route modules never import it,
so no route module depends on the module that mounts it.
"""

from django.conf import settings
from django.core.exceptions import (
    PermissionDenied,
    RequestDataTooBig,
    SuspiciousOperation,
    TooManyFieldsSent,
    TooManyFilesSent,
    ValidationError,
)
from django.http import Http404, HttpRequest, JsonResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from danvan.core.audit import ConflictError

NOT_FOUND = "Không tìm thấy."


def service_message(exc: ValidationError) -> str:
    """A service's ValidationError as one sentence (its messages are already Vietnamese)."""
    if hasattr(exc, "message_dict"):
        return " ".join(f"{msg}" for msgs in exc.message_dict.values() for msg in msgs)
    return " ".join(exc.messages)


# pydantic's error types in Vietnamese; {le}, {ge}, {expected}… come from the error's context.
FIELD_MESSAGES = {
    "missing": "bắt buộc",
    "int_parsing": "phải là số nguyên",
    "int_type": "phải là số nguyên",
    "int_from_float": "phải là số nguyên",
    "float_parsing": "phải là số",
    "float_type": "phải là số",
    "bool_parsing": "phải là true hoặc false",
    "bool_type": "phải là true hoặc false",
    "string_type": "phải là chuỗi ký tự",
    "string_too_long": "dài quá {max_length} ký tự",
    "less_than_equal": "không được lớn hơn {le}",
    "greater_than_equal": "không được nhỏ hơn {ge}",
    "less_than": "phải nhỏ hơn {lt}",
    "greater_than": "phải lớn hơn {gt}",
    "literal_error": "phải là một trong: {expected}",
    "enum": "phải là một trong: {expected}",
    "date_parsing": "phải là ngày dạng YYYY-MM-DD",
    "date_from_datetime_parsing": "phải là ngày dạng YYYY-MM-DD",
    "date_type": "phải là ngày dạng YYYY-MM-DD",
    "dict_type": "phải là một đối tượng JSON",
    "model_attributes_type": "phải là một đối tượng JSON",
    "list_type": "phải là một danh sách",
    "json_invalid": "JSON không hợp lệ",
    "json_type": "JSON không hợp lệ",
    "value_error": "không hợp lệ",
}


def field_message(err: dict) -> str:
    """One pydantic error in Vietnamese (the type's message, filled from its context)."""
    template = FIELD_MESSAGES.get(err.get("type", ""), "không hợp lệ")
    try:
        return template.format(**err.get("ctx", {}))
    except (KeyError, IndexError, ValueError):
        return "không hợp lệ"


def field_errors(exc: NinjaValidationError) -> str:
    """ninja's list of validation errors as one readable Vietnamese string (at most five fields)."""
    parts = []
    for err in exc.errors[:5]:
        loc = ".".join(str(p) for p in err.get("loc", []) if p not in ("query", "body", "path", "payload"))
        parts.append(f"{loc or 'dữ liệu'}: {field_message(err)}")
    return "Tham số không hợp lệ — " + "; ".join(parts)


def suspicious_message(exc: SuspiciousOperation) -> str:
    """What a client did wrong, for the request-shape errors Django raises while reading a body."""
    if isinstance(exc, RequestDataTooBig):
        return (f"Dữ liệu gửi lên quá lớn (tối đa {settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024} KB, "
                "không kể tệp đính kèm).")
    if isinstance(exc, TooManyFieldsSent):
        return f"Quá nhiều trường dữ liệu (tối đa {settings.DATA_UPLOAD_MAX_NUMBER_FIELDS})."
    if isinstance(exc, TooManyFilesSent):
        return f"Quá nhiều tệp (tối đa {settings.DATA_UPLOAD_MAX_NUMBER_FILES})."
    return "Yêu cầu không hợp lệ."


def install(api: NinjaAPI) -> None:
    """Register the exception handlers that turn every known error into {"detail"} with its status."""

    def answer(request: HttpRequest, detail: str, status: int):
        return api.create_response(request, {"detail": detail}, status=status)

    handlers = {
        NinjaValidationError: lambda request, exc: answer(request, field_errors(exc), 400),
        ValidationError: lambda request, exc: answer(request, service_message(exc), 400),
        SuspiciousOperation: lambda request, exc: answer(request, suspicious_message(exc), 400),
        AuthenticationError: lambda request, exc: answer(
            request, "Chưa đăng nhập hoặc mã truy cập không hợp lệ.", 401),
        Http404: lambda request, exc: answer(request, NOT_FOUND, 404),
        PermissionDenied: lambda request, exc: answer(
            request, str(exc) or "Bạn không có quyền thực hiện thao tác này.", 403),
        ConflictError: lambda request, exc: answer(request, exc.message, 409),
        HttpError: lambda request, exc: answer(request, str(exc), exc.status_code),
    }
    for exc_class, handler in handlers.items():
        api.add_exception_handler(exc_class, handler)


def not_found(request: HttpRequest, *args, **kwargs) -> JsonResponse:
    """Unknown paths under /api/ answer in JSON like the rest of the API."""
    return JsonResponse({"detail": NOT_FOUND}, status=404)
