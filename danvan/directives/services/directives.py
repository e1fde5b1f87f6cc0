"""Directive documents: record one (with its file), mark it replaced."""

from pathlib import Path

from django.core.exceptions import PermissionDenied

from danvan.core.audit import check_version, record_event, service, snapshot
from danvan.directives import rules
from danvan.directives.choices import EXTERNAL_ISSUERS, DirectiveStatus, DocType
from danvan.directives.models import Directive
from danvan.directives.services import actor_or_none, clean_day, clean_text, raise_errors

FILE_TYPES = (".docx", ".pdf")
MAX_FILE_BYTES = 20 * 1024 * 1024
FIELDS = ["unit", "external_issuer", "type", "number", "symbol", "issued_on", "subject", "implements", "status",
          "replaced_by", "version"]
EDITABLE = ("external_issuer", "type", "number", "symbol", "issued_on", "subject", "implements", "file")


def _state(directive: Directive) -> dict:
    return {**snapshot(directive, FIELDS), "file": directive.file.name or ""}


def _check_file(errors: dict, file) -> None:
    if file is None:
        return
    if Path(file.name or "").suffix.lower() not in FILE_TYPES:
        errors.setdefault("file", []).append("Chỉ nhận tệp .docx hoặc .pdf.")
    elif file.size > MAX_FILE_BYTES:
        errors.setdefault("file", []).append(f"Tệp lớn quá {MAX_FILE_BYTES // (1024 * 1024)} MB.")


def _clean(errors: dict, data: dict) -> dict:
    """The checked values of the fields given in `data` (a new document gives them all, an edit some)."""
    out: dict = {}
    if "type" in data:
        out["type"] = data["type"]
        if data["type"] not in DocType.values:
            errors.setdefault("type", []).append(
                f"Loại văn bản “{data['type']}” không có (chọn: {', '.join(DocType.values)}).")
    if "number" in data:
        out["number"] = clean_text(errors, "number", data["number"], required=True, limit=20)
    if "symbol" in data:
        out["symbol"] = clean_text(errors, "symbol", data["symbol"], limit=60)
    if "subject" in data:
        out["subject"] = clean_text(errors, "subject", data["subject"], required=True, limit=1000)
    if "external_issuer" in data:
        issuer = out["external_issuer"] = clean_text(errors, "external_issuer", data["external_issuer"], limit=100)
        if issuer and issuer not in EXTERNAL_ISSUERS:
            errors.setdefault("external_issuer", []).append(
                f"Cơ quan ban hành “{issuer}” không có (chọn: {', '.join(EXTERNAL_ISSUERS)}).")
    if "issued_on" in data:
        out["issued_on"] = clean_day(errors, "issued_on", data["issued_on"])
    if "implements" in data:
        out["implements"] = data["implements"]
    if data.get("file") is not None:
        _check_file(errors, data["file"])
        out["file"] = data["file"]
    return out


def _check_unique_and_chain(errors: dict, directive: Directive) -> None:
    """A document recorded once (unit, type, number, symbol, issuer, year); what it implements is older and is
    not itself nor one of the documents implementing it."""
    if errors:
        return
    implements = directive.implements
    if implements is not None:
        if implements.issued_on > directive.issued_on:
            errors.setdefault("implements", []).append(
                f"Văn bản được thực hiện ban hành sau văn bản này ({implements.issued_on:%d/%m/%Y}).")
        node, seen = implements, set()
        while node is not None and directive.pk and node.pk not in seen:
            if node.pk == directive.pk:
                errors.setdefault("implements", []).append("Một văn bản không thực hiện chính nó (vòng lặp).")
                break
            seen.add(node.pk)
            node = node.implements
    twins = Directive.objects.filter(unit=directive.unit, type=directive.type, number=directive.number,
                                     symbol=directive.symbol, external_issuer=directive.external_issuer,
                                     issued_on__year=directive.issued_on.year).exclude(pk=directive.pk)
    if twins.exists():
        errors.setdefault("number", []).append("Văn bản này đã được ghi nhận.")


@service
def record_directive(actor, *, unit, type: str, number: str, issued_on, subject: str, symbol: str = "",
                     external_issuer: str = "", implements: Directive | None = None, file=None) -> Directive:
    """Record a directive document of `unit` (or of a central body, recorded by `unit`)."""
    if not rules.may_report(actor, unit):
        raise PermissionDenied("Bạn không có quyền ghi nhận văn bản cho tổ chức này.")
    errors: dict = {}
    data = _clean(errors, {"type": type, "number": number, "symbol": symbol, "subject": subject,
                           "external_issuer": external_issuer, "issued_on": issued_on, "implements": implements,
                           "file": file})
    file = data.pop("file", None)
    directive = Directive(unit=unit, line_path=unit.line_path, created_by=actor_or_none(actor), **data)
    _check_unique_and_chain(errors, directive)
    raise_errors(errors)
    if file is not None:
        directive.file.save(Path(file.name).name, file, save=False)
    directive.save()
    record_event(actor, "directives.directive.record", directive, after=_state(directive))
    return directive


@service
def update_directive(actor, directive: Directive, *, version, **changes) -> Directive:
    """Correct a recorded document (EDITABLE fields; a new file replaces the old one). `version` is the one the
    editor saw: a stale edit is refused (ConflictError, 409)."""
    directive = Directive.objects.select_for_update(of=("self",)).select_related("unit", "implements").get(
        pk=directive.pk)
    if not rules.may_report(actor, directive.unit):
        raise PermissionDenied("Bạn không có quyền sửa văn bản này.")
    check_version(directive, version)
    errors: dict = {}
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        errors.setdefault("__all__", []).append(f"Không sửa được: {', '.join(unknown)}.")
    data = _clean(errors, {k: v for k, v in changes.items() if k in EDITABLE})
    file = data.pop("file", None)
    before = _state(directive)
    for name, value in data.items():
        setattr(directive, name, value)
    _check_unique_and_chain(errors, directive)
    raise_errors(errors)
    if file is not None:
        directive.file.save(Path(file.name).name, file, save=False)
    directive.version += 1
    directive.save()
    record_event(actor, "directives.directive.update", directive, before=before, after=_state(directive))
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
