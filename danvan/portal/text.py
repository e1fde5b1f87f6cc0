"""Slugs and safe HTML for the portal: Vietnamese slugs without diacritics, article bodies sanitised by nh3.

A body is rich text written by staff in the editor; it is cleaned on every write by nh3 (the Rust ammonia
sanitiser) against an allow-list of tags and attributes, so what reaches a visitor never carries script,
event handlers, `javascript:` links or styles, whatever was typed or pasted.
"""

import re

import nh3

from danvan.core.text import fold

_NOT_SLUG = re.compile(r"[^a-z0-9]+")

ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h2", "h3", "h4", "blockquote",
                "a", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "hr"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope", "colspan", "rowspan"}, "td": {"colspan", "rowspan"}}
URL_SCHEMES = {"http", "https", "mailto"}


def slugify_vi(text: str, max_length: int = 80) -> str:
    """"Dân vận khéo ở xã Gia Viễn" → "dan-van-kheo-o-xa-gia-vien" (đ→d, no diacritics, ASCII only)."""
    slug = _NOT_SLUG.sub("-", fold(text)).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug.strip("-")


def clean_html(html: str) -> str:
    """Rich text with only the allowed tags and attributes; links get rel="noopener noreferrer nofollow"."""
    return nh3.clean(html or "", tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES,
                     link_rel="noopener noreferrer nofollow", strip_comments=True)


def plain_text(text: str, limit: int) -> str:
    """One line or paragraph of plain text: no control characters, at most `limit` characters."""
    text = "".join(ch for ch in str(text or "") if ch.isprintable() or ch in "\n\t")
    return text.strip()[:limit]


_BLOCK = re.compile(r"<\s*(p|ul|ol|h[1-6]|blockquote|table|figure|div)\b", re.IGNORECASE)


def paragraphs_to_html(text: str) -> str:
    """Text typed in the editor without block tags becomes paragraphs (blank lines between them); inline tags
    stay for clean_html to judge. Text that already has paragraphs or lists is kept as it is."""
    if _BLOCK.search(text):
        return text
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join("<p>" + b.replace("\n", "<br>") + "</p>" for b in blocks)
