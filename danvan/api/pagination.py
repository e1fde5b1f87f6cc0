"""Lists: `limit` and `offset`, checked before the database sees them."""

from django.db.models import QuerySet
from ninja.errors import HttpError

from danvan.api.params import MAX_OFFSET


def paginate(qs: QuerySet, limit: int, offset: int, max_limit: int = 500) -> tuple[int, list]:
    """The total count and one page of `qs`; a 400 for a limit or offset out of range."""
    if limit < 1 or limit > max_limit:
        raise HttpError(400, f"limit phải từ 1 đến {max_limit}.")
    if offset < 0:
        raise HttpError(400, "offset không được âm.")
    if offset > MAX_OFFSET:
        raise HttpError(400, f"offset không được lớn hơn {MAX_OFFSET}.")
    return qs.count(), list(qs[offset:offset + limit])
