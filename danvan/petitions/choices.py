"""Choices of the petitions app, with their Vietnamese labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    COMPLAINT = "complaint", _("Khiếu nại (lần đầu)")
    COMPLAINT_SECOND = "complaint_second", _("Khiếu nại (lần hai)")
    DENUNCIATION = "denunciation", _("Tố cáo")
    RECOMMENDATION = "recommendation", _("Kiến nghị")
    REFLECTION = "reflection", _("Phản ánh")


class Channel(models.TextChoices):
    RECEPTION = "reception", _("Tiếp công dân trực tiếp")
    MAIL = "mail", _("Qua bưu chính")
    PORTAL = "portal", _("Cổng thông tin")
    FORWARDED = "forwarded", _("Do cơ quan khác chuyển đến")
    PHONE = "phone", _("Điện thoại")
    EMAIL = "email", _("Thư điện tử")


class Status(models.TextChoices):
    RECEIVED = "received", _("Đã tiếp nhận")
    ACCEPTED = "accepted", _("Đã thụ lý")
    REJECTED = "rejected", _("Không thụ lý")
    FORWARDED = "forwarded", _("Đã chuyển")
    EXTENDED = "extended", _("Đã gia hạn")
    ANSWERED = "answered", _("Đã trả lời")
    CLOSED = "closed", _("Đã kết thúc")
    APPEALED = "appealed", _("Đã khiếu nại lần hai")


class Step(models.TextChoices):
    """The deadline a rule sets: accepting (thụ lý) or settling (giải quyết)."""

    ACCEPTANCE = "acceptance", _("Thụ lý")
    RESOLUTION = "resolution", _("Giải quyết")
    # How long after the first-instance answer a second-instance complaint may be filed (thời hiệu).
    FILING = "filing", _("Thời hiệu khiếu nại lần hai")


class EventKind(models.TextChoices):
    RECEIVED = "received", _("Tiếp nhận")
    ACCEPTED = "accepted", _("Thụ lý")
    REJECTED = "rejected", _("Không thụ lý")
    FORWARDED = "forwarded", _("Chuyển đơn")
    EXTENDED = "extended", _("Gia hạn")
    ANSWERED = "answered", _("Trả lời, giải quyết")
    CLOSED = "closed", _("Kết thúc")
    APPEALED = "appealed", _("Khiếu nại lần hai")
    NOTE = "note", _("Ghi chú")
    FILE = "file", _("Đính kèm tệp")
    DUPLICATE = "duplicate", _("Đơn trùng")


class ReceptionKind(models.TextChoices):
    REGULAR = "regular", _("Định kỳ")
    AD_HOC = "ad_hoc", _("Đột xuất")
