"""A unit's comments from a filled .xlsx sheet: all or nothing, every problem with its row and column."""

from __future__ import annotations

from dataclasses import dataclass, field

from danvan.consultation.checks import check_input
from danvan.consultation.excel import FIELDS, error, read_sheet
from danvan.consultation.models import Consultation, Piece
from danvan.consultation.services.comments import _catalogue, _check_collect, _pieces_of, _write
from danvan.core.audit import mark_unchanged, record_event, service
from danvan.core.text import fold

COLUMNS = {name: i for i, name in enumerate(FIELDS, start=1)}


@dataclass
class ImportOutcome:
    created: int = 0
    errors: list[dict] = field(default_factory=list)


@service
def import_comments(actor, consultation: Consultation, *, unit, file_bytes: bytes, filename: str = "") -> ImportOutcome:
    """Check every row first; with any error nothing is written and the errors come back."""
    _check_collect(actor, consultation, unit)
    latest = Piece.objects.filter(consultation=consultation).order_by("-version__number").values_list(
        "version_id", flat=True).first()
    codes: dict[str, int] = {}
    for pk, code in Piece.objects.filter(version_id=latest).values_list("id", "code"):
        codes[code] = pk
        codes[fold(code)] = pk
    items, errors = read_sheet(file_bytes, piece_ids=codes)
    pieces, groups = _pieces_of(consultation), _catalogue()
    cleaned_rows = []
    for row, data in items:
        cleaned, row_errors = check_input(consultation, data, pieces=pieces, groups=groups)
        for name, messages in row_errors.items():
            if name in ("stance", "piece") and any(e["row"] == row for e in errors):
                continue  # already reported by the sheet reader
            errors.extend(error(row, COLUMNS.get(name), m) for m in messages)
        cleaned_rows.append(cleaned)
    if errors:
        mark_unchanged()
        return ImportOutcome(errors=errors)
    for cleaned in cleaned_rows:
        _write(actor, consultation, unit, cleaned)
    record_event(actor, "consultation.comment.import", consultation,
                 after={"unit": unit.pk, "comments": len(cleaned_rows), "filename": filename})
    return ImportOutcome(created=len(cleaned_rows))
