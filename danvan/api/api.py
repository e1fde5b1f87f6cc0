"""The REST API, /api/v1/: one NinjaAPI object, every app's router mounted here and only here.

Route modules import leaf modules (`pagination`, `schemas`, `errors`), never this one, so there is no
import cycle between the API object and its routes. A new app adds `api/<app>.py` with a `router` and
one line to ROUTERS.
"""

from ninja import NinjaAPI, Router
from ninja.operation import Operation

from danvan.api import (
    accounts,
    consultation,
    directives,
    errors,
    movement,
    org,
    petitions,
    portal,
    reporting,
    search,
    situation,
)
from danvan.api.auth import AUTH

ROUTERS: list[tuple[str, Router]] = [
    ("", accounts.router),
    ("", org.router),
    ("", reporting.router),
    ("/situation", situation.router),
    ("/models", movement.router),
    ("", consultation.router),
    ("", directives.router),
    ("", search.router),
    ("", petitions.router),
    ("", portal.router),
]

# operationIds are published (generated clients call them by name): the routes moved into per-app
# routers keep the ids derived from the modules they were first published in.
PUBLISHED_MODULES = {
    "danvan.api.accounts": "danvan.api.routes",
    "danvan.api.org": "danvan.api.routes",
    "danvan.api.reporting.submissions": "danvan.api.reporting",
    "danvan.api.reporting.excel": "danvan.api.reporting_excel",
    "danvan.api.reporting.synthesis": "danvan.api.reporting_synthesis",
    **{f"danvan.api.petitions.{m}": "danvan.api.petitions"
       for m in ("petitions", "status", "steps", "files", "receptions")},
    "danvan.api.consultation.consultations": "danvan.api.consultation",
    "danvan.api.consultation.comments": "danvan.api.consultation",
    "danvan.api.consultation.corrections": "danvan.api.consultation",
    "danvan.api.consultation.synthesis": "danvan.api.consultation",
}


IDEMPOTENCY_PARAMETER = {
    "name": "Idempotency-Key", "in": "header", "required": False, "schema": {"type": "string", "format": "uuid"},
    "description": "Một UUID mới cho mỗi yêu cầu tạo: gửi lại cùng khóa và cùng nội dung nhận lại đúng trả lời lần "
    "đầu (không ghi lần hai); cùng khóa với nội dung khác → 422. Lưu ít nhất 24 giờ.",
}


class DanvanAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        """Every POST documents the optional Idempotency-Key header (core/idempotency.py serves it)."""
        schema = super().get_openapi_schema(*args, **kwargs)
        for item in schema["paths"].values():
            if "post" in item:
                item["post"].setdefault("parameters", []).append(dict(IDEMPOTENCY_PARAMETER))
        return schema

    def get_openapi_operation_id(self, operation: Operation) -> str:
        module = operation.view_func.__module__
        return (PUBLISHED_MODULES.get(module, module) + "_" + operation.view_func.__name__).replace(".", "_")


api = DanvanAPI(
    title="danvan API",
    version="1",
    description="API của hệ thống thông tin công tác dân vận. Xác thực: `Authorization: Bearer <token>` "
    "(tạo bằng `danvan create_token USERNAME`) hoặc phiên đăng nhập trình duyệt.\n\n"
    "**Chống ghi trùng (Idempotency-Key).** Mọi yêu cầu `POST` nhận tiêu đề `Idempotency-Key` (một UUID mới cho "
    "mỗi yêu cầu tạo). Máy chủ lưu khóa cùng trả lời ít nhất 24 giờ: gửi lại cùng khóa và cùng nội dung (ví dụ "
    "khi mất kết nối giữa chừng) nhận lại đúng trả lời lần đầu, kèm `Idempotent-Replayed: true`, và không ghi "
    "thêm; cùng khóa với nội dung khác → 422; hai yêu cầu cùng khóa gửi đồng thời chỉ ghi một lần. Khóa thuộc "
    "về người gửi (phiên hoặc mã truy cập). Trả lời 401, 403, 429 và 5xx không được lưu: gửi lại sẽ chạy lại.",
    auth=AUTH,
    urls_namespace="api",
)
errors.install(api)
for prefix, router in ROUTERS:
    api.add_router(prefix, router)
