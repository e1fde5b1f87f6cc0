"""Consultations and their draft versions: creation, new versions mapped onto the previous, lifecycle."""

from __future__ import annotations

import difflib
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError

from danvan.consultation import grouping, rules
from danvan.consultation.choices import Audience
from danvan.consultation.models import Comment, CommentGroup, Consultation, DraftVersion, Piece
from danvan.consultation.reading import read_draft
from danvan.consultation.splitting import PieceData, split_paragraphs
from danvan.core.audit import record_event, service, snapshot

SIMILAR_PIECE = 0.5  # a piece whose code changed is the same piece if its text is at least this similar
MAX_PIECES = 5000


def _state(c: Consultation) -> dict:
    return snapshot(c, ["title", "audience", "opens_on", "closes_on", "status", "version", "unit"])


def _day(errors: dict, name: str, value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        errors.setdefault(name, []).append("Ngày không hợp lệ (định dạng YYYY-MM-DD).")
        return None


def _split(data: bytes, filename: str) -> list[PieceData]:
    pieces = split_paragraphs(read_draft(data, filename))
    if len(pieces) > MAX_PIECES:
        raise ValidationError({"file": [f"Dự thảo có quá nhiều phần (tối đa {MAX_PIECES})."]})
    return pieces


def _create_pieces(consultation: Consultation, version: DraftVersion, data: list[PieceData]) -> list[Piece]:
    rows = [Piece(consultation=consultation, version=version, code=p.code[:300], label=p.label[:100],
                  title=p.title[:500], text=p.text, level=p.level, order=i + 1) for i, p in enumerate(data)]
    Piece.objects.bulk_create(rows)
    by_index = {i: row for i, row in enumerate(rows)}
    for i, p in enumerate(data):
        if p.parent is not None:
            by_index[i].parent = by_index[p.parent]
    Piece.objects.bulk_update([r for r in rows if r.parent_id], ["parent"])
    return rows


def _piece_text(p: Piece) -> str:
    return f"{p.title}\n{p.text}".strip()


def _map_onto(previous: list[Piece], new: list[Piece]) -> None:
    """Each new piece's `previous` (same code, else the most similar unmatched text) and `changed`."""
    by_code = {p.code: p for p in previous}
    taken: set[int] = set()
    for piece in new:
        old = by_code.get(piece.code)
        if old is not None:
            piece.previous = old
            taken.add(old.pk)
    rest = [p for p in previous if p.pk not in taken]
    vectors = {p.pk: grouping.features(_piece_text(p)) for p in rest}
    for piece in new:
        if piece.previous is not None or not rest:
            continue
        vec = grouping.features(_piece_text(piece))
        scored = [(grouping.cosine(vec, vectors[p.pk]), p) for p in rest if p.pk not in taken]
        if scored:
            score, best = max(scored, key=lambda sp: sp[0])
            if score >= SIMILAR_PIECE:
                piece.previous = best
                taken.add(best.pk)
    for piece in new:
        old = piece.previous
        piece.changed = old is None or _piece_text(old) != _piece_text(piece)
        if old is not None and piece.changed:
            diff = difflib.unified_diff(_piece_text(old).splitlines(), _piece_text(piece).splitlines(),
                                        "trước", "sau", lineterm="", n=1)
            piece.change_note = "\n".join(list(diff)[2:])[:20000]
        if old is not None:
            piece.proposal, piece.term_counts = old.proposal, old.term_counts
            # its groups follow it as they are: so does how they were made (the worker's rule reads it)
            piece.grouped_at, piece.grouped_by_meaning = old.grouped_at, old.grouped_by_meaning
            piece.grouped_upto = old.grouped_upto


@service
def create_consultation(actor, *, unit, title: str, audience: str = Audience.INTERNAL, opens_on, closes_on,
                        file_bytes: bytes, filename: str) -> Consultation:
    """Create a consultation (status "draft") with its first version split into pieces."""
    if not rules.may_create(actor, unit):
        raise PermissionDenied("Bạn không có quyền tổ chức lấy ý kiến cho tổ chức này.")
    errors: dict = {}
    title = (title or "").strip()
    if not title:
        errors.setdefault("title", []).append("Chưa nhập tên dự thảo.")
    if len(title) > 500:
        errors.setdefault("title", []).append("Tên dự thảo dài quá 500 ký tự.")
    if audience not in Audience.values:
        errors.setdefault("audience", []).append(f"Đối tượng phải là một trong: {', '.join(Audience.values)}.")
    opens, closes = _day(errors, "opens_on", opens_on), _day(errors, "closes_on", closes_on)
    if opens and closes and closes < opens:
        errors.setdefault("closes_on", []).append("Ngày kết thúc trước ngày bắt đầu.")
    if unit.closed_on is not None:
        errors.setdefault("unit", []).append(f"{unit.name} đã giải thể.")
    if errors or opens is None or closes is None:
        raise ValidationError(errors)
    pieces = _split(file_bytes, filename)
    consultation = Consultation.objects.create(
        unit=unit, line_path=unit.line_path, title=title, audience=audience, opens_on=opens, closes_on=closes,
        created_by=actor if getattr(actor, "pk", None) else None)
    version = DraftVersion.objects.create(consultation=consultation, number=1, filename=(filename or "")[:255])
    _create_pieces(consultation, version, pieces)
    record_event(actor, "consultation.consultation.create", consultation,
                 after={**_state(consultation), "pieces": len(pieces), "filename": filename})
    return consultation


def _locked(consultation: Consultation) -> Consultation:
    return Consultation.objects.select_for_update(of=("self",)).select_related("unit").get(pk=consultation.pk)


@service
def upload_version(actor, consultation: Consultation, *, file_bytes: bytes, filename: str) -> DraftVersion:
    """A new version: its pieces mapped onto the latest version's, comments and groups carried over."""
    consultation = _locked(consultation)
    if not rules.may_manage(actor, consultation):
        raise PermissionDenied("Bạn không có quyền tải lên phiên bản mới của dự thảo này.")
    rules.CONSULTATION.target(consultation.status, "upload_version")
    data = _split(file_bytes, filename)
    latest = consultation.versions.order_by("-number").first()
    previous = list(latest.pieces.all()) if latest else []
    version = DraftVersion.objects.create(consultation=consultation, number=(latest.number + 1) if latest else 1,
                                          filename=(filename or "")[:255])
    new = _create_pieces(consultation, version, data)
    _map_onto(previous, new)
    Piece.objects.bulk_update(new, ["previous", "changed", "change_note", "proposal", "term_counts", "grouped_at",
                                  "grouped_by_meaning", "grouped_upto"])
    carried = 0
    for piece in new:
        if piece.previous_id is not None:
            carried += Comment.objects.filter(consultation=consultation, current_piece_id=piece.previous_id
                                              ).update(current_piece=piece)
            CommentGroup.objects.filter(consultation=consultation, piece_id=piece.previous_id).update(piece=piece)
    consultation.version += 1
    consultation.save(update_fields=["version", "updated_at"])
    record_event(actor, "consultation.version.upload", consultation,
                 after={"version": version.number, "filename": filename, "pieces": len(new),
                        "changed": sum(p.changed for p in new), "comments_carried": carried})
    return version


@service
def transition_consultation(actor, consultation: Consultation, event: str) -> Consultation:
    """Open, close or mark synthesised (the lifecycle table refuses what it does not allow: 409)."""
    consultation = _locked(consultation)
    if not rules.may_manage(actor, consultation):
        raise PermissionDenied("Bạn không có quyền thay đổi trạng thái đợt lấy ý kiến này.")
    if event not in ("open", "close", "synthesise"):
        raise ValidationError({"event": ["Thao tác không hợp lệ."]})
    before = _state(consultation)
    consultation.status = rules.CONSULTATION.target(consultation.status, event)
    consultation.version += 1
    consultation.save()
    after = _state(consultation)
    if event == "open":
        record_event(actor, "consultation.consultation.open", consultation, before=before, after=after)
    elif event == "close":
        record_event(actor, "consultation.consultation.close", consultation, before=before, after=after)
    else:
        record_event(actor, "consultation.consultation.synthesise", consultation, before=before, after=after)
    return consultation


@service
def update_proposal(actor, piece: Piece, *, proposal: str) -> Piece:
    """The staff's proposal on a piece (đề xuất tiếp thu), shown in the synthesis."""
    if not rules.may_manage(actor, piece.consultation):
        raise PermissionDenied("Bạn không có quyền ghi đề xuất cho dự thảo này.")
    proposal = (proposal or "").strip()
    if len(proposal) > 20000:
        raise ValidationError({"proposal": ["Đề xuất dài quá 20.000 ký tự."]})
    before = piece.proposal
    piece.proposal = proposal
    piece.save(update_fields=["proposal"])
    record_event(actor, "consultation.piece.propose", piece, before={"proposal": before},
                 after={"proposal": proposal}, scope_path=piece.consultation.line_path)
    return piece
