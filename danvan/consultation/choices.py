"""Choices of the consultation app, with their Vietnamese labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    INTERNAL = "internal", _("Nội bộ (các tổ chức trong phạm vi)")
    PUBLIC = "public", _("Công khai (cả người dân)")


class Status(models.TextChoices):
    DRAFT = "draft", _("Đang chuẩn bị")
    OPEN = "open", _("Đang lấy ý kiến")
    CLOSED = "closed", _("Đã kết thúc lấy ý kiến")
    SYNTHESISED = "synthesised", _("Đã tổng hợp")


class Stance(models.TextChoices):
    AGREE = "agree", _("Tán thành")
    DISAGREE = "disagree", _("Không tán thành")
    OTHER = "other", _("Có ý kiến khác")


class Channel(models.TextChoices):
    UNIT = "unit", _("Tổ chức gửi")
    MEETING = "meeting", _("Hội nghị, buổi lấy ý kiến")
    STAFF = "staff", _("Cán bộ nhập")
    PORTAL = "portal", _("Cổng thông tin")


class Level(models.IntegerChoices):
    PART = 1, _("Phần")
    CHAPTER = 2, _("Chương")
    SECTION = 3, _("Mục")
    ARTICLE = 4, _("Điều")
    CLAUSE = 5, _("Khoản")
    POINT = 6, _("Điểm")
