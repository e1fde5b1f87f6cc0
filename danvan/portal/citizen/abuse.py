"""Abuse controls for every public form, in one place: the portal faces the whole internet without accounts.

A form on the portal carries two extra fields: a signed timestamp token (`FORM_TOKEN_FIELD`, made with
django.core.signing when the page was rendered) and a honeypot (`HONEYPOT_FIELD`, hidden from people by CSS, filled
by naive robots). A POST goes through `guard(request, form)` before anything else; it refuses, with
`Refused` (HTTP 429 and a Vietnamese message, nothing written), a request that:

- exceeds the per-address rate limit of that form (a counter in the Django cache: Redis in production,
  local memory by default — see docs/operations.md);
- is larger than `PORTAL_MAX_BODY_BYTES`, or has a field longer than its limit;
- filled the honeypot, carries no valid token, a token older than `PORTAL_TOKEN_MAX_AGE`, or was sent sooner
  than `PORTAL_MIN_SUBMIT_SECONDS` after the page was rendered.

What passes may still look automated; `signals(...)` names those traits (sent fast, links, repeated text,
blocked words, a token used twice) and the moderation queue holds such submissions for staff.

The client address is REMOTE_ADDR, or the X-Forwarded-For entry added by the nearest trusted proxy when
`TRUSTED_PROXY_COUNT` says there are proxies in front (accounts.signin.client_ip); only its digest is kept.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from danvan.accounts.signin import client_ip

FORM_TOKEN_FIELD = "ma_mau"  # noqa: S105  (a field name, not a secret)
HONEYPOT_FIELD = "trang_web"  # "website": a field a person never sees (hidden by CSS)
_SALT = "danvan.portal.citizen.form-token"

TOO_MANY = "Bạn đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau {minutes} phút."
TOO_LARGE = "Nội dung gửi quá dài (tối đa {limit} ký tự cho mục “{field}”). Vui lòng rút gọn rồi gửi lại."
TOO_LARGE_BODY = "Nội dung gửi quá lớn. Vui lòng rút gọn rồi gửi lại."
TOO_FAST = "Bạn gửi nhanh quá. Vui lòng đọc lại nội dung, đợi vài giây rồi bấm gửi."
STALE = "Trang đã mở quá lâu hoặc không hợp lệ. Vui lòng tải lại trang rồi gửi lại."
ROBOT = "Không nhận được nội dung gửi. Vui lòng tải lại trang rồi gửi lại."

URL_RE = re.compile(r"(https?://|www\.|\b[a-z0-9-]+\.(com|net|org|info|xyz|top|vn|io|ru|cn)\b)", re.IGNORECASE)
REPEATED_RE = re.compile(r"(.)\1{9,}|(\b\w+\b)(\s+\2\b){4,}", re.IGNORECASE | re.DOTALL)


class Refused(Exception):
    """A public request refused by an abuse control: answered 429 with `message`; nothing was written."""

    status = 429

    def __init__(self, message: str, control: str):
        super().__init__(message)
        self.message = message
        self.control = control


@dataclass(frozen=True)
class Passed:
    """What `guard` learnt of a request it let through: the address digest and the seconds since the form."""

    client: str
    elapsed: float
    token: str


def client_digest(request) -> str:
    """A digest of the client's address (the address itself is never stored)."""
    address = client_ip(request) or "unknown"
    return hashlib.sha256(f"{settings.SECRET_KEY[:16]}|{address}".encode()).hexdigest()[:32]


def new_token() -> str:
    """The signed timestamp a form carries (rendered into the page)."""
    return signing.dumps({"t": round(time.time(), 3)}, salt=_SALT, compress=False)


def _token_age(value: str) -> float | None:
    try:
        data = signing.loads(value or "", salt=_SALT, max_age=settings.PORTAL_TOKEN_MAX_AGE)
        return time.time() - float(data["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def count_hit(form: str, client: str) -> int:
    """Count one request of `client` to `form` in the current window; the count so far (the cache is the store)."""
    window = settings.PORTAL_RATE_WINDOW_SECONDS
    key = f"portal:rl:{form}:{client}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window + 5)
    try:
        return int(cache.incr(key))
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=window + 5)
        return 1


def check_rate(request, form: str) -> str:
    """Refuse past the per-address limit of `form`; the client's digest."""
    client = client_digest(request)
    limit = settings.PORTAL_RATE_LIMITS.get(form, settings.PORTAL_RATE_LIMITS.get("default", 10))
    if count_hit(form, client) > limit:
        minutes = max(1, settings.PORTAL_RATE_WINDOW_SECONDS // 60)
        raise Refused(TOO_MANY.format(minutes=minutes), "rate")
    return client


def guard(request, form: str, *, limits: dict[str, int] | None = None) -> Passed:
    """Every abuse control of a public POST, in order; `Refused` (429) at the first one that fails."""
    client = check_rate(request, form)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > settings.PORTAL_MAX_BODY_BYTES:
        raise Refused(TOO_LARGE_BODY, "size")
    data = request.POST
    for field, limit in (limits or {}).items():
        if len(data.get(field, "")) > limit:
            raise Refused(TOO_LARGE.format(limit=f"{limit:,}".replace(",", "."), field=_label(field)), "size")
    if data.get(HONEYPOT_FIELD, ""):
        raise Refused(ROBOT, "honeypot")
    token = data.get(FORM_TOKEN_FIELD, "")
    age = _token_age(token)
    if age is None:
        raise Refused(STALE, "token")
    if age < settings.PORTAL_MIN_SUBMIT_SECONDS:
        raise Refused(TOO_FAST, "too_fast")
    return Passed(client=client, elapsed=age, token=token)


_LABELS = {"text": "Nội dung", "name": "Họ và tên", "area": "Địa bàn", "contact": "Liên hệ", "subject": "Tiêu đề",
           "content": "Nội dung", "address": "Địa chỉ", "phone": "Số điện thoại", "code": "Mã hồ sơ"}


def _label(field: str) -> str:
    return _LABELS.get(field, field)


def blocked_words() -> list[str]:
    """The blocked-words list (PORTAL_BLOCKED_WORDS, folded): kept as a setting, editable without code."""
    from danvan.core.text import fold

    return [fold(w) for w in settings.PORTAL_BLOCKED_WORDS if w.strip()]


def signals(passed: Passed, texts: list[str]) -> list[str]:
    """Why a submission that passed the hard limits still looks automated or abusive (empty: publish it).

    Codes: "nhanh" (sent soon after the form was shown), "lien-ket" (links), "lap-lai" (the same text sent
    again recently, or a run of repeated characters or words), "tu-cam" (a blocked word), "ma-dung-lai"
    (a form token used twice: a script replaying one page).
    """
    from danvan.core.text import fold

    found: list[str] = []
    if passed.elapsed < settings.PORTAL_SUSPECT_SECONDS:
        found.append("nhanh")
    joined = "\n".join(t for t in texts if t)
    if URL_RE.search(joined):
        found.append("lien-ket")
    folded = fold(joined)
    digest = hashlib.sha256(" ".join(folded.split()).encode()).hexdigest()[:32]
    seen_text = bool(folded.strip()) and not cache.add(f"portal:text:{digest}", 1,
                                                         timeout=settings.PORTAL_REPEAT_SECONDS)
    if seen_text or REPEATED_RE.search(joined):
        found.append("lap-lai")
    words = set(re.findall(r"\w+", folded))
    if any((" " in w and w in folded) or w in words for w in blocked_words()):
        found.append("tu-cam")
    if not cache.add(f"portal:token:{hashlib.sha256(passed.token.encode()).hexdigest()[:32]}", 1,
                     timeout=settings.PORTAL_TOKEN_MAX_AGE):
        found.append("ma-dung-lai")
    return found


SIGNAL_LABELS = {
    "nhanh": "Gửi quá nhanh sau khi mở trang",
    "lien-ket": "Có đường liên kết",
    "lap-lai": "Nội dung lặp lại",
    "tu-cam": "Có từ ngữ trong danh sách chặn",
    "ma-dung-lai": "Một mã biểu mẫu dùng nhiều lần",
}
