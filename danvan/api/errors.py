"""How the API answers errors: always JSON {"detail": "<Vietnamese message>"}.

A leaf module: `api.py` installs these handlers on the NinjaAPI object, route modules never import it,
so no route module depends on the module that mounts it.
"""

from django.core.exceptions import PermissionDenied, ValidationError
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


def field_errors(exc: NinjaValidationError) -> str:
    """ninja's list of validation errors as one readable string (at most five fields)."""
    parts = []
    for err in exc.errors[:5]:
        loc = ".".join(str(p) for p in err.get("loc", []) if p not in ("query", "body", "path"))
        parts.append(f"{loc or 'dữ liệu'}: {err.get('msg', 'không hợp lệ')}")
    return "Tham số không hợp lệ — " + "; ".join(parts)


def install(api: NinjaAPI) -> None:
    """Register the exception handlers that turn every known error into {"detail"} with its status."""

    def answer(request: HttpRequest, detail: str, status: int):
        return api.create_response(request, {"detail": detail}, status=status)

    handlers = {
        NinjaValidationError: lambda request, exc: answer(request, field_errors(exc), 400),
        ValidationError: lambda request, exc: answer(request, service_message(exc), 400),
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
