"""The synthesised report (báo cáo tổng hợp): its content read from approved data (`content`), the text
staff start from (`drafting`), its .docx and .xlsx (`rendering`, which queries nothing, and `files`,
which reads then renders). Its writes are `services.synthesis`, its page and API reads `selectors.synthesis`.

Import from here: `from danvan.reporting import synthesis; synthesis.build_synthesis(...)`.
"""

from danvan.reporting.selectors.synthesis import (
    can_compile,
    compilable_units,
    draft_for,
    get_draft,
    recent_drafts,
)
from danvan.reporting.synthesis import summary
from danvan.reporting.synthesis.content import (
    build_synthesis,
    completeness_of,
    excerpts_by_section,
    lower_first,
    missing_rows,
    months_of,
    parse_synthesis_period,
    rollup_rows,
    unit_values,
)
from danvan.reporting.synthesis.drafting import (
    appendix_text,
    completeness_sentence,
    default_content,
    default_recipients,
    default_signer,
    draft_text,
    excerpt_line,
    subject_for,
    unsaved_draft,
)
from danvan.reporting.synthesis.files import render_docx, render_xlsx
from danvan.reporting.synthesis.rendering import MISSING_SHEET, document_of, heading_lines, layout_of

__all__ = [
    "MISSING_SHEET", "appendix_text", "build_synthesis", "can_compile", "compilable_units", "completeness_of", "completeness_sentence",
    "default_content", "default_recipients", "default_signer", "document_of", "draft_for", "draft_text",
    "excerpt_line", "excerpts_by_section", "get_draft", "heading_lines", "layout_of", "lower_first", "missing_rows",
    "months_of", "parse_synthesis_period", "recent_drafts", "render_docx", "render_xlsx", "rollup_rows",
    "subject_for", "summary", "unit_values", "unsaved_draft",
]
