"""Choices of the situation app, with their Vietnamese labels (never a raw code in the UI)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Mood(models.TextChoices):
    POSITIVE = "positive", _("Tích cực")
    NEUTRAL = "neutral", _("Bình thường")
    WORRIED = "worried", _("Băn khoăn, lo lắng")
    ANGRY = "angry", _("Bức xúc")


class SourceKind(models.TextChoices):
    COLLABORATOR = "collaborator", _("Cộng tác viên dư luận xã hội")
    STAFF = "staff", _("Cán bộ nắm tình hình")
    MEETING = "meeting", _("Hội nghị, tiếp xúc cử tri")
    PRESS = "press", _("Báo chí")
    SOCIAL = "social", _("Mạng xã hội")
    RECEPTION = "reception", _("Tiếp công dân")
    OTHER = "other", _("Nguồn khác")


class IncidentState(models.TextChoices):
    EMERGING = "emerging", _("Phát sinh")
    HANDLING = "handling", _("Đang xử lý")
    STABILISED = "stabilised", _("Ổn định")
    CLOSED = "closed", _("Kết thúc")


class EventKind(models.TextChoices):
    UPDATE = "update", _("Cập nhật diễn biến")
    ACTION = "action", _("Biện pháp xử lý")
    ESCALATE = "escalate", _("Báo cáo cấp trên")
    STABILISE = "stabilise", _("Ổn định")
    CLOSE = "close", _("Kết thúc")
    REOPEN = "reopen", _("Phát sinh trở lại")


class Severity(models.IntegerChoices):
    LOW = 1, _("Mức 1 — thấp")
    MEDIUM = 2, _("Mức 2 — trung bình")
    HIGH = 3, _("Mức 3 — cao")


class RuleKind(models.TextChoices):
    SEVERITY_AT_LEAST = "severity_at_least", _("Mức độ từ … trở lên")
    PEOPLE_AT_LEAST = "people_at_least", _("Số người liên quan từ … trở lên")
    TOPIC_IN = "topic_in", _("Thuộc chủ đề nhạy cảm")
    COMMUNES_MORE_THAN = "communes_more_than", _("Lan ra nhiều hơn … xã")
    OPEN_LONGER_THAN = "open_longer_than", _("Kéo dài quá … ngày")
