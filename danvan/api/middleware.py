"""Errors under /api/ that never reached the API's own handlers still answer JSON {"detail"}.

Django answers some errors before or around the view — a body over DATA_UPLOAD_MAX_MEMORY_SIZE read by a
middleware, a wrong HTTP method (405), a CSRF refusal — with an HTML page. A client of the API reads JSON,
so for /api/ paths this middleware replaces any non-JSON error page with {"detail": "<Vietnamese>"}.
With DEBUG on, 5xx pages are left alone: a developer needs the traceback.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

API_PREFIX = "/api/"
MESSAGES = {
    400: "Yêu cầu không hợp lệ.",
    401: "Chưa đăng nhập hoặc mã truy cập không hợp lệ.",
    403: "Bạn không có quyền thực hiện thao tác này.",
    404: "Không tìm thấy.",
    405: "Phương thức không được hỗ trợ cho địa chỉ này.",
    413: "Dữ liệu gửi lên quá lớn.",
}
SERVER_ERROR = "Lỗi máy chủ; vui lòng thử lại sau."


class ApiJsonErrorsMiddleware:
    """Put it first in MIDDLEWARE, so that it sees the page every other layer produced."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX) or response.status_code < 400:
            return response
        if response.get("Content-Type", "").startswith("application/json"):
            return response
        if response.status_code >= 500 and settings.DEBUG:
            return response
        status = response.status_code
        detail = MESSAGES.get(status, SERVER_ERROR if status >= 500 else MESSAGES[400])
        json_response = JsonResponse({"detail": detail}, status=status)
        for header in ("Allow", "X-Request-ID"):
            if header in response:
                json_response[header] = response[header]
        return json_response
