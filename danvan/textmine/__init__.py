"""danvan.textmine — reading Vietnamese narrative reports: facts, figures, people, documents, topics.

A plain library (no Django): `extract_text(text)` and `extract_file(path)` return the JSON-ready
dictionary printed by `danvan extract --json`.
"""

from __future__ import annotations

from pathlib import Path

from .indicators import indicator_for, map_indicators
from .pipeline import extract_text
from .readers import ReadError, read_file
from .sections import split_sections
from .sentences import sentence_at, split_sentences

__all__ = [
    "ReadError",
    "extract_file",
    "extract_text",
    "indicator_for",
    "map_indicators",
    "read_file",
    "sentence_at",
    "split_sections",
    "split_sentences",
]


def extract_file(path: str | Path, *, topics_path: str | None = None) -> dict:
    """Read a .txt/.docx/.html/.pdf file and extract from it. Raises ReadError for an unreadable file."""
    doc = read_file(path)
    return extract_text(
        doc.text, source=Path(path).name, topics_path=topics_path, title=None, published=doc.published
    )
