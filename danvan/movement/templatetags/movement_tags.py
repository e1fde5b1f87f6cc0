from django import template

register = template.Library()


@register.filter
def criterion_name(code: str, criteria: dict) -> str:
    """A criterion's Vietnamese name from the `criteria` {code: Criterion} the page has (the code if unknown)."""
    found = (criteria or {}).get(code)
    return found.name if found is not None else code
