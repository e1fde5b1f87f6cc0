"""Template context for the navigation bar: the signed-in user's unread notification count.

The count is lazy: a page that never prints `unread_notifications` issues no query for it.
"""

from django.utils.functional import SimpleLazyObject


def unread_notifications(request) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    def count() -> int:
        from danvan.core.selectors import unread_count

        return unread_count(user)

    return {"unread_notifications": SimpleLazyObject(count)}
