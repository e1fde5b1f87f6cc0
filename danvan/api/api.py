"""The REST API, /api/v1/: one NinjaAPI object, every app's router mounted here and only here.

Route modules import leaf modules (`pagination`, `schemas`, `errors`), never this one, so there is no
import cycle between the API object and its routes. A new app adds `api/<app>.py` with a `router` and
one line to ROUTERS.
"""

from ninja import NinjaAPI, Router
from ninja.operation import Operation

from danvan.api import accounts, errors, movement, org, petitions, reporting, situation
from danvan.api.auth import AUTH

ROUTERS: list[tuple[str, Router]] = [
    ("", accounts.router),
    ("", org.router),
    ("", reporting.router),
    ("/situation", situation.router),
    ("/models", movement.router),
    ("", petitions.router),
]

# operationIds are published (generated clients call them by name): the routes moved into per-app
# routers keep the ids derived from the modules they were first published in.
PUBLISHED_MODULES = {
    "danvan.api.accounts": "danvan.api.routes",
    "danvan.api.org": "danvan.api.routes",
    "danvan.api.reporting.submissions": "danvan.api.reporting",
    "danvan.api.reporting.excel": "danvan.api.reporting_excel",
    "danvan.api.reporting.synthesis": "danvan.api.reporting_synthesis",
}


class DanvanAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation: Operation) -> str:
        module = operation.view_func.__module__
        return (PUBLISHED_MODULES.get(module, module) + "_" + operation.view_func.__name__).replace(".", "_")


api = DanvanAPI(
    title="danvan API",
    version="1",
    description="API của hệ thống thông tin công tác dân vận. Xác thực: `Authorization: Bearer <token>` "
    "(tạo bằng `danvan create_token USERNAME`) hoặc phiên đăng nhập trình duyệt.",
    auth=AUTH,
    urls_namespace="api",
)
errors.install(api)
for prefix, router in ROUTERS:
    api.add_router(prefix, router)
