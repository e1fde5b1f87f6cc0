"""Choices of the directives app, with their Vietnamese labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocType(models.TextChoices):
    """The abbreviations of the domain page, used as codes (and in symbols: 25-NQ/TW, 18/KH-TU)."""

    NQ = "NQ", _("Nghị quyết")
    CT = "CT", _("Chỉ thị")
    KL = "KL", _("Kết luận")
    QD = "QĐ", _("Quyết định, Quy định")
    QC = "QC", _("Quy chế")
    HD = "HD", _("Hướng dẫn")
    KH = "KH", _("Kế hoạch")
    DA = "ĐA", _("Đề án")
    CTR = "CTr", _("Chương trình")
    TB = "TB", _("Thông báo")
    CV = "CV", _("Công văn")


# Central issuers a document may name instead of a unit of the system (issue 17).
EXTERNAL_ISSUERS = ("Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư", "Quốc hội", "Chính phủ")


class DirectiveStatus(models.TextChoices):
    IN_FORCE = "in_force", _("Còn hiệu lực")
    REPLACED = "replaced", _("Đã được thay thế")


class TaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Chưa triển khai")
    IN_PROGRESS = "in_progress", _("Đang thực hiện")
    DONE = "done", _("Hoàn thành")
    LATE = "late", _("Chậm tiến độ")


class TaskEventKind(models.TextChoices):
    CREATED = "created", _("Giao nhiệm vụ")
    PROGRESS = "progress", _("Báo cáo tiến độ")
    EDITED = "edited", _("Sửa nhiệm vụ")
    WITHDRAWN = "withdrawn", _("Rút báo cáo tiến độ")


class CommitmentState(models.TextChoices):
    OPEN = "open", _("Đang theo dõi")
    DONE = "done", _("Đã thực hiện")
    CANCELLED = "cancelled", _("Hủy bỏ")


# Activity kinds are a catalogue kept as data (ActivityKind); these codes carry rules in code.
TRAINING = "training"
DIALOGUE = "dialogue"
SUPERVISION = "supervision"
SOCIAL_CRITICISM = "social_criticism"
COMMUNITY_MEETING = "community_meeting"  # art. 33 of the Law on Grassroots Democracy: a hamlet's year-end meeting

# The outcome details each kind records besides its free text (the domain page's "what was decided").
DETAIL_FIELDS = {
    SUPERVISION: {"findings": "Phát hiện qua giám sát", "recommendations": "Kiến nghị"},
    SOCIAL_CRITICISM: {"draft": "Dự thảo được phản biện", "accepted": "Nội dung được tiếp thu"},
    DIALOGUE: {"counterpart": "Đối thoại với", "issues": "Vấn đề nhân dân nêu", "answers": "Trả lời, giải đáp"},
}
