"""The REST API, /api/v1/. Every endpoint reads through the scoped selectors; errors are {"detail": "..."}."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from danvan.api.auth import AUTH
from danvan.core.audit import ConflictError

api = NinjaAPI(
    title="danvan API",
    version="1",
    description="API của hệ thống thông tin công tác dân vận. Xác thực: `Authorization: Bearer <token>` "
    "(tạo bằng `danvan create_token USERNAME`) hoặc phiên đăng nhập trình duyệt.",
    auth=AUTH,
    urls_namespace="api",
)


def _message(exc: ValidationError) -> str:
    if hasattr(exc, "message_dict"):
        return " ".join(f"{msg}" for msgs in exc.message_dict.values() for msg in msgs)
    return " ".join(exc.messages)


def _field_errors(exc: NinjaValidationError) -> str:
    parts = []
    for err in exc.errors[:5]:
        loc = ".".join(str(p) for p in err.get("loc", []) if p not in ("query", "body", "path"))
        parts.append(f"{loc or 'dữ liệu'}: {err.get('msg', 'không hợp lệ')}")
    return "Tham số không hợp lệ — " + "; ".join(parts)


@api.exception_handler(NinjaValidationError)
def on_validation(request, exc):
    return api.create_response(request, {"detail": _field_errors(exc)}, status=400)


@api.exception_handler(ValidationError)
def on_service_validation(request, exc):
    return api.create_response(request, {"detail": _message(exc)}, status=400)


@api.exception_handler(AuthenticationError)
def on_unauthenticated(request, exc):
    return api.create_response(request, {"detail": "Chưa đăng nhập hoặc mã truy cập không hợp lệ."}, status=401)


@api.exception_handler(Http404)
def on_not_found(request, exc):
    return api.create_response(request, {"detail": "Không tìm thấy."}, status=404)


@api.exception_handler(PermissionDenied)
def on_forbidden(request, exc):
    return api.create_response(request, {"detail": str(exc) or "Bạn không có quyền thực hiện thao tác này."},
                               status=403)


@api.exception_handler(ConflictError)
def on_conflict(request, exc):
    return api.create_response(request, {"detail": exc.message}, status=409)


@api.exception_handler(HttpError)
def on_http_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)


def not_found(request, *args, **kwargs):
    """Unknown paths under /api/ answer in JSON like the rest of the API."""
    return JsonResponse({"detail": "Không tìm thấy."}, status=404)


def paginate(qs, limit: int, offset: int, max_limit: int = 500):
    if limit < 1 or limit > max_limit:
        raise HttpError(400, f"limit phải từ 1 đến {max_limit}.")
    if offset < 0:
        raise HttpError(400, "offset không được âm.")
    return qs.count(), list(qs[offset:offset + limit])


from danvan.api import reporting, reporting_excel, reporting_synthesis, routes  # noqa: E402,F401  (register the routes)
from danvan.api.movement import router as movement_router  # noqa: E402,I001  (a Router, mounted below)

api.add_router("/models", movement_router)
