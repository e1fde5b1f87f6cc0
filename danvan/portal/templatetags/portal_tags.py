"""Template helpers of the portal."""

from django import template

from danvan.portal.text import slugify_vi

register = template.Library()


@register.filter
def portal_slug(name: str) -> str:
    """A name as it appears in a public address ("Bữa cơm nghĩa tình" → "bua-com-nghia-tinh")."""
    return slugify_vi(name) or "mo-hinh"
