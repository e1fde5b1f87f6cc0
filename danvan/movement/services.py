"""Writes of the movement app. Every function is a @service: validate everything, write, audit, timeline.

Transitions take the row's lock, check the lifecycle table (rules.MODEL: a refused one is a 409 with the
reason, before anything is written) and bump the version, so an edit based on an older version is refused.
"""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from danvan.core.audit import ConflictError, check_version, record_event, record_events, service, snapshot
from danvan.core.signals import search_changed
from danvan.core.text import fold
from danvan.core.timeline import append_event
from danvan.movement import rules
from danvan.movement.choices import EventKind, Kind, Level
from danvan.movement.models import Criterion, Evaluation, Field, ModelEvent, MovementModel, Recognition
from danvan.org.choices import Era
from danvan.org.models import Area

REGISTRATION = ("situation", "goals", "content", "target_group", "participants", "resources", "starts_on",
                "ends_on", "outputs", "sustainability")
EDITABLE = ("kind", "name", "field", "registered_on", *REGISTRATION)
MAX_TEXT = 20000


def _text(errors: dict, name: str, value, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    text = "" if value is None else str(value).strip()
    if required and not text:
        errors.setdefault(name, []).append("Không được để trống.")
    if len(text) > limit:
        errors.setdefault(name, []).append(f"Dài quá {limit} ký tự.")
    return text


def _day(errors: dict, name: str, value, *, required: bool = True, not_before: date | None = None,
         before_label: str = "", future: bool = False) -> date | None:
    if value in (None, ""):
        if required:
            errors.setdefault(name, []).append("Chưa nhập ngày.")
        return None
    if not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value))
        except ValueError:
            errors.setdefault(name, []).append("Ngày không hợp lệ (định dạng YYYY-MM-DD).")
            return None
    if value > timezone.localdate() and not future:
        errors.setdefault(name, []).append("Ngày không được ở tương lai.")
    if not_before is not None and value < not_before:
        errors.setdefault(name, []).append(f"Không được trước {before_label} ({not_before:%d/%m/%Y}).")
    return value


def _field(errors: dict, value) -> Field | None:
    if isinstance(value, Field):
        return value
    found = Field.objects.filter(code=str(value or ""), is_active=True).first()
    if found is None:
        codes = ", ".join(Field.objects.filter(is_active=True).values_list("code", flat=True))
        errors.setdefault("field", []).append(f"Lĩnh vực “{value}” không có (chọn một trong: {codes}).")
    return found


def _areas(errors: dict, values) -> list[Area]:
    """Current-era areas, given as Area objects or codes."""
    values = list(values or [])
    codes = [v for v in values if not isinstance(v, Area)]
    found = {a.code: a for a in Area.objects.filter(era=Era.CURRENT, code__in=[str(c) for c in codes])} if codes else {}
    unknown = [str(c) for c in codes if str(c) not in found]
    if unknown:
        errors.setdefault("areas", []).append(f"Không có địa bàn mã: {', '.join(unknown)}.")
    areas = [v for v in values if isinstance(v, Area)] + [found[str(c)] for c in codes if str(c) in found]
    if not areas and not unknown:
        errors.setdefault("areas", []).append("Chọn ít nhất một địa bàn.")
    return areas


def _registration(errors: dict, data: dict) -> dict:
    unknown = sorted(set(data) - set(REGISTRATION))
    if unknown:
        errors.setdefault("registration", []).append(f"Mục không có trong nội dung đăng ký: {', '.join(unknown)}.")
    cleaned = {}
    for name in REGISTRATION:
        if name not in data:
            continue
        if name in ("starts_on", "ends_on"):
            cleaned[name] = _day(errors, name, data[name], required=False, future=True) if data[name] else None
        else:
            cleaned[name] = _text(errors, name, data[name])
    if cleaned.get("starts_on") and cleaned.get("ends_on") and cleaned["ends_on"] < cleaned["starts_on"]:
        errors.setdefault("ends_on", []).append("Thời gian kết thúc trước thời gian bắt đầu.")
    return cleaned


def _raise(errors: dict) -> None:
    if errors:
        raise ValidationError(errors)


def _event(model, kind: str, actor, text: str = "", happened_on=None, **data):
    append_event("model", model, ModelEvent, kind=kind, actor=actor if getattr(actor, "pk", None) else None,
                 text=text, happened_on=happened_on, **data)


def _state(model: MovementModel, areas: list[Area] | None = None) -> dict:
    """The audited state; `areas` when the caller has just written them (saves the query)."""
    state = snapshot(model, ["status", "version", "name", "kind", "field", "registered_on", "launched_on",
                             "stopped_on", "is_public", "origin", "unit"])
    state["areas"] = sorted(a.code for a in (model.areas.all() if areas is None else areas))
    return state


def _locked(model: MovementModel) -> MovementModel:
    return MovementModel.objects.select_for_update(of=("self",)).select_related("unit").get(pk=model.pk)


def _clean_registration(errors: dict, *, unit, kind, name, field, areas, registered_on, registration) -> tuple:
    """The checks of a registration (register_model and register_models): (field values, areas)."""
    if kind not in Kind.values:
        errors.setdefault("kind", []).append(f"Loại “{kind}” không có (chọn: {', '.join(Kind.values)}).")
    name = _text(errors, "name", name, required=True, limit=300)
    field_obj = _field(errors, field)
    area_list = list(dict.fromkeys(_areas(errors, areas)))
    day = _day(errors, "registered_on", registered_on)
    content = _registration(errors, registration or {})
    if unit.closed_on is not None:
        errors.setdefault("unit", []).append(f"{unit.name} đã giải thể.")
    return {"kind": kind, "name": name, "field": field_obj, "registered_on": day, **content}, area_list


@service
def register_model(actor, *, unit, kind: str = Kind.MODEL, name: str, field, areas, registered_on,
                   registration: dict | None = None, organisations=(), origin: MovementModel | None = None
                   ) -> MovementModel:
    """Register a model or exemplar for `unit` (status "registered")."""
    if not rules.may_report(actor, unit):
        raise PermissionDenied("Bạn không có quyền đăng ký mô hình cho tổ chức này.")
    errors: dict = {}
    values, area_list = _clean_registration(errors, unit=unit, kind=kind, name=name, field=field, areas=areas,
                                            registered_on=registered_on, registration=registration)
    _raise(errors)
    model = MovementModel(unit=unit, line_path=unit.line_path, origin=origin,
                          created_by=actor if getattr(actor, "pk", None) else None, **values)
    model.save()
    # A new row has no areas yet: one INSERT (areas.set would first read the existing links).
    through = MovementModel.areas.through
    through.objects.bulk_create([through(movementmodel_id=model.pk, area_id=a.pk) for a in area_list])
    if organisations:
        model.organisations.set(organisations)
    _event(model, EventKind.REGISTERED, actor, happened_on=model.registered_on,
           text=f"Nhân rộng từ “{origin.name}” ({origin.unit.name})." if origin else "")
    record_event(actor, "movement.model.register", model, after=_state(model, area_list))
    return model


BULK_BATCH = 500


@service
def register_models(actor, *, unit, rows: list[dict], progress=None) -> list[MovementModel]:
    """Register many models of `unit` at once (the Excel import), all or nothing.

    Each row ({"kind", "name", "field", "areas", "registered_on", "registration", "row"?}) passes the checks of
    `register_model`; any error refuses the whole list, every message prefixed "Dòng N:" (`row`, else the
    row's position). Then the same rows `register_model` writes — the model, its area links, the "registered"
    line of its timeline, its audit event (`core.audit.record_events`), its search entry — in batches of
    BULK_BATCH: a few statements per batch instead of about ten per model. The search index learns of them
    through `core.signals.search_changed`
    (bulk_create sends no post_save). `progress(done, total)` after each batch."""
    if not rules.may_report(actor, unit):
        raise PermissionDenied("Bạn không có quyền đăng ký mô hình cho tổ chức này.")
    fields = {f.code: f for f in Field.objects.filter(is_active=True)}
    checked, messages = [], []
    for position, row in enumerate(rows, start=1):
        errors: dict = {}
        field = row.get("field")
        values, area_list = _clean_registration(
            errors, unit=unit, kind=row.get("kind", Kind.MODEL), name=row.get("name"),
            field=fields.get(field, field) if isinstance(field, str) else field, areas=row.get("areas"),
            registered_on=row.get("registered_on"), registration=row.get("registration"))
        if errors:
            messages += [f"Dòng {row.get('row', position)}: {m}" for found in errors.values() for m in found]
        else:
            checked.append((values, area_list))
    if messages:
        raise ValidationError(messages[:1000])
    if not checked:
        raise ValidationError("Chưa có mô hình nào để đăng ký.")
    who = actor if getattr(actor, "pk", None) else None
    who_name = (who.get_full_name() or who.username) if who is not None else ""
    through = MovementModel.areas.through
    created: list[MovementModel] = []
    for first in range(0, len(checked), BULK_BATCH):
        chunk = checked[first:first + BULK_BATCH]
        models = [MovementModel(unit=unit, line_path=unit.line_path, unit_kind_id=unit.kind_id, created_by=who,
                                name_folded=fold(values["name"]), **values) for values, _ in chunk]
        MovementModel.objects.bulk_create(models)
        through.objects.bulk_create([through(movementmodel_id=m.pk, area_id=a.pk)
                                     for m, (_, area_list) in zip(models, chunk, strict=True) for a in area_list])
        ModelEvent.objects.bulk_create([ModelEvent(model=m, kind=EventKind.REGISTERED, actor=who, actor_name=who_name,
                                                   happened_on=m.registered_on, text="", data={}) for m in models])
        record_events(actor, "movement.model.register",
                      [(m, _state(m, area_list)) for m, (_, area_list) in zip(models, chunk, strict=True)])
        search_changed(*models)
        created += models
        if progress is not None:
            progress(len(created), len(checked))
    return created


@service
def update_model(actor, model: MovementModel, *, version, areas=None, **changes) -> MovementModel:
    """Edit the registration; `version` is the one the editor saw (stale → ConflictError, 409)."""
    model = _locked(model)
    if not rules.may_report(actor, model.unit):
        raise PermissionDenied("Bạn không có quyền sửa mô hình này.")
    check_version(model, version)
    rules.MODEL.target(model.status, "edit")
    unknown = sorted(set(changes) - set(EDITABLE))
    errors: dict = {}
    if unknown:
        errors.setdefault("__all__", []).append(f"Không sửa được: {', '.join(unknown)}.")
    cleaned = _registration(errors, {k: v for k, v in changes.items() if k in REGISTRATION})
    if "kind" in changes and changes["kind"] not in Kind.values:
        errors.setdefault("kind", []).append(f"Loại “{changes['kind']}” không có.")
    if "name" in changes:
        cleaned["name"] = _text(errors, "name", changes["name"], required=True, limit=300)
    if "field" in changes:
        cleaned["field"] = _field(errors, changes["field"])
    if "registered_on" in changes:
        cleaned["registered_on"] = _day(errors, "registered_on", changes["registered_on"])
        if cleaned["registered_on"] and model.launched_on and cleaned["registered_on"] > model.launched_on:
            errors.setdefault("registered_on", []).append("Ngày đăng ký sau ngày triển khai.")
    if "kind" in changes:
        cleaned["kind"] = changes["kind"]
    area_list = _areas(errors, areas) if areas is not None else None
    _raise(errors)
    before = _state(model)
    for name, value in cleaned.items():
        setattr(model, name, value)
    model.version += 1
    model.save()
    if area_list is not None:
        model.areas.set(area_list)
    _event(model, EventKind.EDITED, actor, text=", ".join(str(MovementModel._meta.get_field(n).verbose_name)
                                                          for n in [*cleaned, *(["areas"] if areas else [])]))
    record_event(actor, "movement.model.update", model, before=before, after=_state(model))
    return model


def _transition(model: MovementModel, *, to: str | None = None, **fields) -> dict:
    """Apply a transition in place (state, fields, version + 1) and save; returns `before` for the audit."""
    before = _state(model)
    if to is not None:
        model.status = to
    for name, value in fields.items():
        setattr(model, name, value)
    model.version += 1
    model.save()
    return before


@service
def launch_model(actor, model: MovementModel, *, launched_on, commitments: str = "") -> MovementModel:
    """Launch a registered model (triển khai), with its commitments."""
    model = _locked(model)
    if not rules.may_report(actor, model.unit):
        raise PermissionDenied("Bạn không có quyền triển khai mô hình này.")
    to = rules.MODEL.target(model.status, "launch")
    errors: dict = {}
    day = _day(errors, "launched_on", launched_on, not_before=model.registered_on, before_label="ngày đăng ký")
    commitments = _text(errors, "commitments", commitments)
    _raise(errors)
    before = _transition(model, to=to, launched_on=day, commitments=commitments)
    _event(model, EventKind.LAUNCHED, actor, text=commitments, happened_on=day)
    record_event(actor, "movement.model.launch", model, before=before, after=_state(model))
    return model


@service
def evaluate_model(actor, model: MovementModel, *, period: str, scores: dict | None = None, effective: bool,
                   evidence: str = "", evaluated_on) -> Evaluation:
    """Record one periodic evaluation (scores against the criteria, possibly none; effective or not)."""
    model = _locked(model)
    if not rules.may_review(actor, model):
        raise PermissionDenied("Chỉ cấp trên của đơn vị đăng ký mới đánh giá được mô hình.")
    to = rules.state_after_evaluation(model.status)
    errors: dict = {}
    period = _text(errors, "period", period, required=True, limit=20)
    day = _day(errors, "evaluated_on", evaluated_on, not_before=model.launched_on, before_label="ngày triển khai")
    evidence = _text(errors, "evidence", evidence)
    if not isinstance(effective, bool):
        errors.setdefault("effective", []).append("Chọn có hoặc không.")
    criteria = {c.code: c for c in Criterion.objects.filter(is_active=True)}
    cleaned_scores = {}
    for code, value in (scores or {}).items():
        criterion = criteria.get(code)
        if criterion is None:
            errors.setdefault("scores", []).append(f"Tiêu chí “{code}” không có.")
        elif isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= criterion.max_score:
            errors.setdefault("scores", []).append(
                f"Điểm “{criterion.name}” phải là số từ 0 đến {criterion.max_score}.")
        else:
            cleaned_scores[code] = value
    _raise(errors)
    evaluation = Evaluation.objects.create(
        model=model, line_path=model.line_path, period=period, scores=cleaned_scores, effective=effective, evidence=evidence, evaluated_on=day,
        evaluator=actor if getattr(actor, "pk", None) else None,
        evaluator_name=(actor.get_full_name() or actor.username) if getattr(actor, "pk", None) else "")
    before = _transition(model, to=to)
    _event(model, EventKind.EVALUATED, actor, happened_on=day,
           text=f"Kỳ {period}: {'hiệu quả' if effective else 'chưa hiệu quả'}." + (f" {evidence}" if evidence else ""))
    record_event(actor, "movement.model.evaluate", model, before=before,
                 after={**_state(model), "evaluation": {"id": evaluation.pk, "period": period, "effective": effective,
                                                        "scores": cleaned_scores}})
    return evaluation


@service
def recognise_model(actor, model: MovementModel, *, decision_number: str, decision_date, issuer: str, level: str,
                    form: str) -> Recognition:
    """Record a commendation (decision number and date, issuing body, level, form) of an evaluated model."""
    model = _locked(model)
    if not rules.may_review(actor, model):
        raise PermissionDenied("Chỉ cấp trên của đơn vị đăng ký mới ghi nhận khen thưởng được.")
    to = rules.MODEL.target(model.status, "recognise")
    errors: dict = {}
    decision_number = _text(errors, "decision_number", decision_number, required=True, limit=60)
    day = _day(errors, "decision_date", decision_date, not_before=model.registered_on, before_label="ngày đăng ký")
    issuer = _text(errors, "issuer", issuer, required=True, limit=255)
    form = _text(errors, "form", form, required=True, limit=120)
    if level not in Level.values:
        errors.setdefault("level", []).append(f"Cấp “{level}” không có (chọn: {', '.join(Level.values)}).")
    _raise(errors)
    recognition = Recognition.objects.create(model=model, line_path=model.line_path, decision_number=decision_number, decision_date=day,
                                             issuer=issuer, level=level, form=form)
    before = _transition(model, to=to)
    _event(model, EventKind.RECOGNISED, actor, happened_on=day,
           text=f"{form} — Quyết định số {decision_number} của {issuer}.")
    record_event(actor, "movement.model.recognise", model, before=before,
                 after={**_state(model), "recognition": {"id": recognition.pk, "decision_number": decision_number,
                                                         "level": level, "form": form}})
    return recognition


@service
def replicate_model(actor, origin: MovementModel, *, unit, areas, registered_on, name: str = "") -> MovementModel:
    """Start the same model in another place (nhân rộng): a new registered model linked to its origin."""
    origin = _locked(origin)
    rules.MODEL.target(origin.status, "replicate")
    copy = {name: getattr(origin, name) for name in REGISTRATION}
    replica = register_model(actor, unit=unit, kind=origin.kind, name=name or origin.name, field=origin.field,
                             areas=areas, registered_on=registered_on, registration=copy, origin=origin)
    _event(origin, EventKind.REPLICATED, actor, happened_on=replica.registered_on,
           text=f"Nhân rộng tại {unit.name} ({', '.join(a.name for a in replica.areas.all())}).", replica=replica.pk)
    record_event(actor, "movement.model.replicate", origin, after={"replica": replica.pk, "unit": unit.pk})
    return replica


@service
def stop_model(actor, model: MovementModel, *, reason: str, stopped_on=None) -> MovementModel:
    """Stop a model at any point of its life, with a reason."""
    model = _locked(model)
    if not rules.may_report(actor, model.unit):
        raise PermissionDenied("Bạn không có quyền dừng mô hình này.")
    to = rules.MODEL.target(model.status, "stop")
    errors: dict = {}
    reason = _text(errors, "reason", reason, required=True)
    day = _day(errors, "stopped_on", stopped_on or timezone.localdate(), not_before=model.registered_on,
               before_label="ngày đăng ký")
    _raise(errors)
    before = _transition(model, to=to, stopped_on=day, stop_reason=reason, is_public=False)
    _event(model, EventKind.STOPPED, actor, text=reason, happened_on=day)
    record_event(actor, "movement.model.stop", model, before=before, after=_state(model))
    return model


@service
def set_model_public(actor, model: MovementModel, public: bool, *, version: int | None = None) -> MovementModel:
    """Mark a model public (the public portal may show its name, field, areas, description, photos and
    commendations) or private again: a reviewer of a unit strictly above its unit. `version`, when given, is the
    one the reviewer saw (stale → ConflictError, 409). Publishing needs a launched model at least; withdrawing
    is always allowed. Asking for the state it already has is refused (ConflictError, 409) and writes nothing."""
    model = _locked(model)
    if not rules.may_review(actor, model):
        raise PermissionDenied("Chỉ cấp trên của đơn vị đăng ký mới công khai được mô hình.")
    if not isinstance(public, bool):
        raise ValidationError({"public": ["Chọn công khai hoặc không."]})
    if version is not None:
        check_version(model, version)
    if public:
        rules.MODEL.target(model.status, "publish")
    if model.is_public == public:
        raise ConflictError("Mô hình đã được công khai." if public else "Mô hình chưa được công khai.")
    before = _transition(model, is_public=public)
    _event(model, EventKind.PUBLISHED, actor, text="Công khai trên cổng thông tin." if public else "Thôi công khai.")
    if public:
        record_event(actor, "movement.model.publish", model, before=before, after=_state(model))
    else:
        record_event(actor, "movement.model.unpublish", model, before=before, after=_state(model))
    return model
