"""A province's own version of the escalation rules: override a national rule (threshold, topics, on/off,
order) or add a rule of its own, and go back to the national default. Audited; national rows untouched."""

from django.core.exceptions import PermissionDenied, ValidationError

from danvan.core.audit import record_event, service, snapshot
from danvan.org.choices import Level
from danvan.situation import rules
from danvan.situation.choices import RuleKind
from danvan.situation.models import EscalationRule

FIELDS = ["province", "code", "name", "kind", "threshold", "topics", "is_active", "order"]
MAX_THRESHOLD = 100_000


def _check(actor, province) -> None:
    if province is None or province.level != Level.PROVINCE:
        raise ValidationError({"province": ["Quy tắc riêng chỉ đặt cho một tỉnh, thành phố."]})
    if not rules.may_edit_rules(actor, province):
        raise PermissionDenied("Chỉ quản trị viên cấp tỉnh mới sửa được quy tắc báo cáo vượt cấp của tỉnh.")


@service
def set_province_rule(actor, *, province, code: str, threshold=None, topics=None, is_active=None,
                      name: str | None = None, kind: str | None = None, order=None) -> EscalationRule:
    """The province's version of rule `code`: starts from the national default of that code (or, for a new
    code, from `kind` and `name`), with the values given; what is not given keeps its current value."""
    _check(actor, province)
    code = str(code or "").strip()[:40]
    national = EscalationRule.objects.unscoped().filter(province__isnull=True, code=code).first()
    rule = EscalationRule.objects.unscoped().filter(province=province, code=code).first()
    before = snapshot(rule, FIELDS) if rule else None
    errors: dict[str, list[str]] = {}
    if rule is None:
        base = national
        if base is None:
            if not code or not code.replace("-", "").replace("_", "").isalnum():
                errors.setdefault("code", []).append("Mã quy tắc chỉ gồm chữ không dấu, số, gạch nối.")
            if kind not in RuleKind.values:
                errors.setdefault("kind", []).append("Chọn loại điều kiện của quy tắc.")
            if not (name or "").strip():
                errors.setdefault("name", []).append("Vui lòng ghi tên quy tắc.")
        rule = EscalationRule(province=province, code=code, name=base.name if base else "", kind=base.kind if base
                              else str(kind or ""), threshold=base.threshold if base else 0,
                              topics=list(base.topics) if base else [], is_active=base.is_active if base else True,
                              order=base.order if base else 100)
    if name is not None and name.strip():
        rule.name = name.strip()[:200]
    if threshold is not None:
        try:
            rule.threshold = int(threshold)
        except (TypeError, ValueError):
            errors.setdefault("threshold", []).append("Ngưỡng phải là số nguyên.")
        else:
            if not 0 <= rule.threshold <= MAX_THRESHOLD:
                errors.setdefault("threshold", []).append(f"Ngưỡng từ 0 đến {MAX_THRESHOLD}.")
            if rule.kind == RuleKind.SEVERITY_AT_LEAST and not 1 <= rule.threshold <= 3:
                errors.setdefault("threshold", []).append("Mức độ từ 1 đến 3.")
    if topics is not None:
        try:
            rule.topics = rules.clean_topics(topics)
        except ValidationError as exc:
            errors.setdefault("topics", []).extend(exc.messages)
    if rule.kind == RuleKind.TOPIC_IN and not rule.topics:
        errors.setdefault("topics", []).append("Quy tắc theo chủ đề cần ít nhất một chủ đề.")
    if is_active is not None:
        rule.is_active = bool(is_active)
    if order is not None:
        try:
            rule.order = max(0, min(int(order), 32767))
        except (TypeError, ValueError):
            errors.setdefault("order", []).append("Thứ tự phải là số nguyên.")
    if errors:
        raise ValidationError(errors)
    rule.save()
    record_event(actor, "situation.rule.set", rule, before=before, after=snapshot(rule, FIELDS))
    return rule


@service
def reset_province_rule(actor, *, province, code: str) -> None:
    """Drop the province's version of rule `code`: the national default applies again (if there is one)."""
    _check(actor, province)
    rule = EscalationRule.objects.unscoped().filter(province=province, code=str(code or "")[:40]).first()
    if rule is None:
        raise ValidationError({"code": ["Tỉnh chưa có quy tắc riêng với mã này."]})
    record_event(actor, "situation.rule.reset", rule, before=snapshot(rule, FIELDS))
    rule.delete()
