"""Template filters of the situation pages: topic labels (never a raw code) and a note's source as the reader may see it."""

from django import template

from danvan.situation import rules

register = template.Library()


@register.filter
def topic_label(code: str) -> str:
    return rules.topic_label(code)


@register.filter
def topic_labels(codes) -> str:
    return ", ".join(rules.topic_label(c) for c in codes or ()) or "—"


@register.simple_tag
def note_source(user, note) -> str:
    """The confidential source for this reader: the text, "—", or "(được bảo mật)"."""
    shown = rules.source_for(user, note)
    if shown is None:
        return "—"
    return "(được bảo mật)" if shown == rules.WITHHELD else shown
