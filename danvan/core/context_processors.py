"""Template context for the navigation bar: the items apps registered (core.registry.navigation), the unread count.

Nothing here queries the database by itself: a badge (the unread notices) is counted only when the
bar prints it, and `visible(user)` predicates look at the user already loaded for the page.
"""

from dataclasses import dataclass
from typing import Any

from django.urls import NoReverseMatch, reverse
from django.utils.functional import SimpleLazyObject

from danvan.core import registry


@dataclass(frozen=True)
class NavLink:
    """One rendered item of the bar."""

    key: str
    label: Any
    url: str
    active: bool
    badge: Any = None


def visible_items(user) -> list[registry.NavItem]:
    """The registered items this user sees, in order: anonymous visitors only the public ones."""
    if user is None or not user.is_authenticated:
        return [item for item in registry.navigation if item.public]
    return [item for item in registry.navigation if item.visible is None or item.visible(user)]


def nav_links(request) -> list[NavLink]:
    """The bar for this request; the current page's item (by its URL name, else by namespace) is active."""
    items = visible_items(getattr(request, "user", None))
    match = getattr(request, "resolver_match", None)
    exact = {item.key for item in items if match is not None and match.view_name == item.url_name}
    links = []
    for item in items:
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:  # an app registered a name its URLconf does not mount: leave the item out
            continue
        active = item.key in exact or (not exact and match is not None and bool(item.namespace)
                                       and item.namespace in match.namespaces)
        badge = SimpleLazyObject(lambda item=item: item.badge(request)) if item.badge else None
        links.append(NavLink(item.key, item.label, url, active, badge))
    return links


def navigation(request) -> dict:
    return {"navigation": SimpleLazyObject(lambda: nav_links(request))}


def unread_notifications(request) -> dict:
    """The signed-in user's unread notice count as `unread_notifications`, for pages that print it elsewhere.

    Lazy: a page that never prints it issues no query for it.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    def count() -> int:
        from danvan.core.selectors import unread_count

        return unread_count(user)

    return {"unread_notifications": SimpleLazyObject(count)}
