from django.db import models
from django.utils.translation import gettext_lazy as _


class ValueType(models.TextChoices):
    INTEGER = "integer", _("Số nguyên")
    DECIMAL = "decimal", _("Số thập phân")
    MONEY = "money", _("Tiền (đồng)")


class UnitAggregation(models.TextChoices):
    SUM = "sum", _("Cộng")
    AVERAGE = "avg", _("Trung bình")
    MAX = "max", _("Lớn nhất")


class TimeAggregation(models.TextChoices):
    SUM = "sum", _("Cộng dồn (lưu lượng)")
    LAST = "last", _("Giá trị cuối kỳ (tồn)")


class PeriodTypeChoice(models.TextChoices):
    MONTH = "month", _("Tháng")
    QUARTER = "quarter", _("Quý")
    HALF_YEAR = "half_year", _("6 tháng")
    NINE_MONTHS = "nine_months", _("9 tháng")
    YEAR = "year", _("Năm")


class Status(models.TextChoices):
    DRAFT = "draft", _("Đang soạn")
    SUBMITTED = "submitted", _("Đã nộp")
    RETURNED = "returned", _("Trả lại")
    APPROVED = "approved", _("Đã duyệt")
