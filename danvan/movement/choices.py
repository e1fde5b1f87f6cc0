"""Choices of the movement app, with their Vietnamese labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    MODEL = "model", _("Mô hình")
    EXEMPLAR_COLLECTIVE = "exemplar_collective", _("Điển hình tập thể")
    EXEMPLAR_INDIVIDUAL = "exemplar_individual", _("Điển hình cá nhân")


class Status(models.TextChoices):
    REGISTERED = "registered", _("Đã đăng ký")
    LAUNCHED = "launched", _("Đã triển khai")
    EVALUATED = "evaluated", _("Đã đánh giá")
    RECOGNISED = "recognised", _("Đã công nhận")
    STOPPED = "stopped", _("Đã dừng")


class Level(models.TextChoices):
    CENTRAL = "central", _("Trung ương")
    PROVINCE = "province", _("Tỉnh")
    COMMUNE = "commune", _("Xã")


class EventKind(models.TextChoices):
    REGISTERED = "registered", _("Đăng ký")
    EDITED = "edited", _("Sửa thông tin")
    LAUNCHED = "launched", _("Triển khai")
    EVALUATED = "evaluated", _("Đánh giá")
    RECOGNISED = "recognised", _("Khen thưởng, công nhận")
    REPLICATED = "replicated", _("Nhân rộng")
    PUBLISHED = "published", _("Công khai")
    STOPPED = "stopped", _("Dừng")
