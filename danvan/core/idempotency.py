"""Exactly-once creates on a weak connection: the `Idempotency-Key` store (DESIGN, "Idempotent creation").

A client that may have to retry (the offline drafts of `static/danvan/offline.js`, an API script) sends
every POST with a fresh UUID in the `Idempotency-Key` header (a UI form may send it as the field
`idempotency_key`). The first request with a key inserts a "processing" row (committed at once, outside
any transaction of the view), runs, and stores its response; a request with the same key and the same
body gets that response back (`Idempotent-Replayed: true`) without running the view again; the same key
with a different body is refused with 422; a request arriving while the first still runs waits for it
(the unique (owner, key) constraint lets exactly one insert win, on SQLite and PostgreSQL alike).

Keys belong to their sender (the signed-in user, or the API token), so one user can never read another's
stored response. Outcomes that a retry may change are not kept: 5xx, 401, 403 (a CSRF refusal, a
permission granted later), 429. POSTs without a key run as before: the key is an offer, not a demand.
"""

import hashlib
import json
import time
import uuid
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone

from danvan.core.models import IdempotencyKey

HEADER = "Idempotency-Key"
FORM_FIELD = "idempotency_key"
REPLAYED_HEADER = "Idempotent-Replayed"
# Fields that differ between two sends of the same form (the masked CSRF token changes with every page).
IGNORED_FIELDS = frozenset({"csrfmiddlewaretoken", FORM_FIELD})
NOT_KEPT = frozenset({401, 403, 429})
# offline.js asks with this header to get a redirect as a readable 200 (fetch cannot read a 302's Location).
OFFLINE_CLIENT_HEADER = "X-Danvan-Offline"
REDIRECT_HEADER = "X-Danvan-Redirect"

BAD_KEY = "Idempotency-Key phải là một UUID (ví dụ 3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b)."
REUSED_KEY = ("Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác (nội dung khác). "
              "Mỗi yêu cầu mới cần một khóa mới.")
STILL_RUNNING = "Một yêu cầu cùng khóa đang được xử lý; hãy thử lại sau ít phút."


def keep_hours() -> int:
    """How long keys and responses are kept: IDEMPOTENCY_KEEP_HOURS, never under the promised 24 hours."""
    return max(24, int(getattr(settings, "IDEMPOTENCY_KEEP_HOURS", 48)))


def owner_of(request: HttpRequest) -> str:
    """Whose key this is: the session's user, else the API token (hashed), else an anonymous sender."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    auth = request.META.get("HTTP_AUTHORIZATION", "")
    if auth:
        return "token:" + hashlib.sha256(auth.encode("utf-8", "replace")).hexdigest()[:64]
    return "anon"


def _is_form(request: HttpRequest) -> bool:
    return (request.content_type or "") in ("application/x-www-form-urlencoded", "multipart/form-data")


def key_of(request: HttpRequest) -> str | None:
    """The key the request offers (header first, then the form field), or None."""
    value = request.headers.get(HEADER)
    if value is None and _is_form(request):
        value = request.POST.get(FORM_FIELD) or None
    return value


def fingerprint(request: HttpRequest) -> str:
    """A hash of what the request asks: method, path, query and body (a form by its fields, so that the
    multipart boundary and the per-page CSRF token do not make two sends of one form differ)."""
    digest = hashlib.sha256()
    digest.update(f"{request.method} {request.path}?{request.META.get('QUERY_STRING', '')}\n".encode())
    if _is_form(request):
        fields = sorted((k, v) for k in request.POST if k not in IGNORED_FIELDS for v in request.POST.getlist(k))
        digest.update(json.dumps(fields, ensure_ascii=False).encode())
        for name in sorted(request.FILES):
            for upload in request.FILES.getlist(name):
                file_hash = hashlib.sha256()
                for chunk in upload.chunks():
                    file_hash.update(chunk)
                upload.seek(0)
                digest.update(f"\n{name}:{upload.name}:{upload.size}:{file_hash.hexdigest()}".encode())
    else:
        digest.update(request.body)
    return digest.hexdigest()


def _error(request: HttpRequest, message: str, status: int) -> HttpResponse:
    return JsonResponse({"detail": message}, status=status)


def _replay(row: IdempotencyKey) -> HttpResponse:
    response = HttpResponse(bytes(row.body), status=row.status_code or 200)
    for name, value in (row.headers or {}).items():
        response[name] = value
    response[REPLAYED_HEADER] = "true"
    return response


def _claim(owner: str, key: uuid.UUID, digest: str, request: HttpRequest) -> IdempotencyKey | None:
    """Insert the "processing" row; None when another request holds the key already."""
    try:
        with transaction.atomic():
            return IdempotencyKey.objects.unscoped().create(
                owner=owner, key=key, fingerprint=digest, method=request.method or "POST", path=request.path[:500])
    except IntegrityError:
        return None


def _settle(row: IdempotencyKey, response: HttpResponse) -> None:
    """Keep the response for a repeated request, or free the key when a retry may fare differently."""
    rows = IdempotencyKey.objects.unscoped().filter(pk=row.pk)
    if response.streaming or response.status_code >= 500 or response.status_code in NOT_KEPT:
        rows.delete()
        return
    headers = {name: value for name, value in response.headers.items() if name.lower() != "set-cookie"}
    rows.update(state=IdempotencyKey.State.DONE, status_code=response.status_code, headers=headers,
                body=bytes(response.content), completed_at=timezone.now())


def _for_offline_client(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A redirect as a 200 carrying its target, for offline.js (a fetch cannot read a 302's Location)."""
    if request.headers.get(OFFLINE_CLIENT_HEADER) != "1" or response.status_code not in (301, 302, 303):
        return response
    readable = HttpResponse(b"", status=200)
    readable[REDIRECT_HEADER] = response["Location"]
    if REPLAYED_HEADER in response:
        readable[REPLAYED_HEADER] = response[REPLAYED_HEADER]
    return readable


class IdempotencyMiddleware:
    """After authentication and messages, before CSP (so a stored page keeps the CSP header of its nonces)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method != "POST":
            return self.get_response(request)
        offered = key_of(request)
        if offered is None:
            return self.get_response(request)
        try:
            key = uuid.UUID(offered.strip())
        except (ValueError, AttributeError):
            return _error(request, BAD_KEY, 400)
        return _for_offline_client(request, self._once(request, key))

    def _once(self, request: HttpRequest, key: uuid.UUID) -> HttpResponse:
        owner, digest = owner_of(request), fingerprint(request)
        wait_until = time.monotonic() + float(getattr(settings, "IDEMPOTENCY_WAIT_SECONDS", 10))
        while True:
            row = _claim(owner, key, digest, request)
            if row is not None:
                break
            found = IdempotencyKey.objects.unscoped().filter(owner=owner, key=key).first()
            if found is None:
                if time.monotonic() > wait_until:
                    return _error(request, STILL_RUNNING, 409)
                continue  # freed between our insert and our read: claim it again
            if found.fingerprint != digest:
                return _error(request, REUSED_KEY, 422)
            if found.state == IdempotencyKey.State.DONE:
                return _replay(found)
            stale = timezone.now() - timedelta(seconds=int(getattr(settings, "IDEMPOTENCY_STALE_SECONDS", 300)))
            if found.created_at < stale:  # its request died half-way: take the key over
                IdempotencyKey.objects.unscoped().filter(pk=found.pk, state=found.state,
                                                         created_at=found.created_at).delete()
                continue
            if time.monotonic() > wait_until:
                return _error(request, STILL_RUNNING, 409)
            time.sleep(0.05)
        try:
            response = self.get_response(request)
        except BaseException:
            IdempotencyKey.objects.unscoped().filter(pk=row.pk).delete()
            raise
        _settle(row, response)
        return response


def purge_expired(now=None) -> int:
    """Delete the keys older than the keeping time; the number deleted."""
    cutoff = (now or timezone.now()) - timedelta(hours=keep_hours())
    deleted, _ = IdempotencyKey.objects.unscoped().filter(created_at__lt=cutoff).delete()
    return deleted
