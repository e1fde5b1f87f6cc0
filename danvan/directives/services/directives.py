"""Directive documents: record one (with its file), mark it replaced."""

from pathlib import Path

from django.core.exceptions import PermissionDenied

from danvan.core.audit import record_event, service, snapshot
from danvan.directives import rules
from danvan.directives.choices import EXTERNAL_ISSUERS, DirectiveStatus, DocType
from danvan.directives.models import Directive
from danvan.directives.services import actor_or_none, clean_day, clean_text, raise_errors

FILE_TYPES = (".docx", ".pdf")
MAX_FILE_BYTES = 20 * 1024 * 1024
FIELDS = ["unit", "external_issuer", "type", "number", "symbol", "issued_on", "subject", "implements", "status",
          "replaced_by", "version"]


def _state(directive: Directive) -> dict:
    return {**snapshot(directive, FIELDS), "file": directive.file.name or ""}


def _check_file(errors: dict, file) -> None:
    if file is None:
        return
    if Path(file.name or "").suffix.lower() not in FILE_TYPES:
        errors.setdefault("file", []).append("Chỉ nhận tệp .docx hoặc .pdf.")
    elif file.size > MAX_FILE_BYTES:
        errors.setdefault("file", []).append(f"Tệp lớn quá {MAX_FILE_BYTES // (1024 * 1024)} MB.")


@service
def record_directive(actor, *, unit, type: str, number: str, issued_on, subject: str, symbol: str = "",
                     external_issuer: str = "", implements: Directive | None = None, file=None) -> Directive:
    """Record a directive document of `unit` (or of a central body, recorded by `unit`)."""
    if not rules.may_report(actor, unit):
        raise PermissionDenied("Bạn không có quyền ghi nhận văn bản cho tổ chức này.")
    errors: dict = {}
    if type not in DocType.values:
        errors.setdefault("type", []).append(f"Loại văn bản “{type}” không có (chọn: {', '.join(DocType.values)}).")
    number = clean_text(errors, "number", number, required=True, limit=20)
    symbol = clean_text(errors, "symbol", symbol, limit=60)
    subject = clean_text(errors, "subject", subject, required=True, limit=1000)
    external_issuer = clean_text(errors, "external_issuer", external_issuer, limit=100)
    if external_issuer and external_issuer not in EXTERNAL_ISSUERS:
        errors.setdefault("external_issuer", []).append(
            f"Cơ quan ban hành “{external_issuer}” không có (chọn: {', '.join(EXTERNAL_ISSUERS)}).")
    day = clean_day(errors, "issued_on", issued_on)
    if implements is not None and day and implements.issued_on > day:
        errors.setdefault("implements", []).append(
            f"Văn bản được thực hiện ban hành sau văn bản này ({implements.issued_on:%d/%m/%Y}).")
    _check_file(errors, file)
    if not errors and Directive.objects.filter(unit=unit, type=type, number=number, symbol=symbol,
                                               external_issuer=external_issuer, issued_on__year=day.year).exists():
        errors.setdefault("number", []).append("Văn bản này đã được ghi nhận.")
    raise_errors(errors)
    directive = Directive(unit=unit, line_path=unit.line_path, external_issuer=external_issuer, type=type,
                          number=number, symbol=symbol, issued_on=day, subject=subject, implements=implements,
                          created_by=actor_or_none(actor))
    if file is not None:
        directive.file.save(Path(file.name).name, file, save=False)
    directive.save()
    record_event(actor, "directives.directive.record", directive, after=_state(directive))
    return directive


@service
def replace_directive(actor, directive: Directive, *, replaced_by: Directive) -> Directive:
    """Mark a document replaced by a later one (it stays in the chain, no longer in force)."""
    directive = Directive.objects.select_for_update(of=("self",)).select_related("unit").get(pk=directive.pk)
    if not rules.may_report(actor, directive.unit):
        raise PermissionDenied("Bạn không có quyền sửa văn bản này.")
    if replaced_by.pk == directive.pk or replaced_by.issued_on < directive.issued_on:
        raise_errors({"replaced_by": ["Văn bản thay thế phải là văn bản khác, ban hành sau."]})
    before = _state(directive)
    directive.status, directive.replaced_by = DirectiveStatus.REPLACED, replaced_by
    directive.version += 1
    directive.save()
    record_event(actor, "directives.directive.replace", directive, before=before, after=_state(directive))
    return directive
