"""Middleware that guards every request and response the same way, whatever the view.

- `RejectNulMiddleware`: a NUL character in a query parameter, a form field or a JSON body is refused
  with 400 and a Vietnamese message before any view runs. PostgreSQL cannot store NUL in text (it
  answered 500) and no text a person types contains one; one check here covers every form and API
  body, present and future. Uploaded files are not text fields and may contain any byte.
- `PrivateCacheMiddleware`: a page shown to a signed-in user (session or API token) is marked
  `Cache-Control: private, no-store`, so no shared proxy and no browser history keeps it.
  Static files (WhiteNoise answers before this runs) are left alone. An anonymous visitor's page that sets a
  cookie (the CSRF cookie of any form: a citizen's comment, a recommendation, the status lookup; a session) or
  answers a POST is marked `Cache-Control: private, no-cache, no-store` unless its view set a policy of its own:
  a shared cache must never hand one citizen's form, or what they typed, to another. Cached public pages
  (portal/caching.py) set theirs.
"""

import io
import json

from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.core.files.uploadhandler import FileUploadHandler
from django.http import HttpResponseBadRequest, JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser, MultiPartParserError
from django.utils.cache import patch_cache_control

NUL = "\x00"
NUL_MESSAGE = "Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL). Vui lòng xóa ký tự đó rồi gửi lại."


def _nul_in_querydict(data) -> bool:
    return any(NUL in key or any(NUL in value for value in values) for key, values in data.lists())


def _nul_in_json(value) -> bool:
    if isinstance(value, str):
        return NUL in value
    if isinstance(value, dict):
        return any(NUL in k or _nul_in_json(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_nul_in_json(v) for v in value)
    return False


class _DiscardFiles(FileUploadHandler):
    """Reads past uploaded files' content: only the text fields of a multipart body are looked at."""

    def receive_data_chunk(self, raw_data, start):
        return None

    def file_complete(self, file_size):
        return None


def _body_has_nul(request) -> bool:
    """Whether the body's text fields hold a NUL. The body is read into memory (it is cached and parsed
    again by Django for the view), so a body over DATA_UPLOAD_MAX_MEMORY_SIZE or one that does not parse
    is left to the view, which refuses it the way it always has."""
    content_type = request.content_type or ""
    if content_type not in ("application/x-www-form-urlencoded", "multipart/form-data") and \
            not content_type.endswith("json"):
        return False
    try:
        body = request.body
        if content_type.endswith("json"):
            return (b"\x00" in body or b"\\u0000" in body) and _nul_in_json(json.loads(body))
        if content_type == "multipart/form-data":
            if b"\x00" not in body:
                return False
            fields, _ = MultiPartParser(request.META, io.BytesIO(body), [_DiscardFiles(request)],
                                        request.encoding).parse()
            return _nul_in_querydict(fields)
        return (b"%00" in body or b"\x00" in body) and _nul_in_querydict(QueryDict(body, encoding=request.encoding))
    except (RequestDataTooBig, SuspiciousOperation, MultiPartParserError, ValueError):
        return False


class RejectNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path or _nul_in_querydict(request.GET) or _body_has_nul(request):
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": NUL_MESSAGE}, status=400)
            return HttpResponseBadRequest(NUL_MESSAGE, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class PrivateCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)  # the API's token auth sets it inside the view
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        elif "Cache-Control" not in response and (response.cookies or request.method not in ("GET", "HEAD")):
            # A page that sets a cookie is one visitor's: CsrfViewMiddleware and SessionMiddleware (inside this
            # one) set theirs on the way out, the CSRF cookie whenever the page rendered a form's token.
            patch_cache_control(response, private=True, no_cache=True, no_store=True)
        return response
