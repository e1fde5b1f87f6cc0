from django.db import models
from django.utils.translation import gettext_lazy as _


class Era(models.TextChoices):
    CURRENT = "current", _("Hiện hành (từ 01/7/2025)")
    LEGACY = "legacy", _("Trước 01/7/2025")


class Level(models.TextChoices):
    COUNTRY = "country", _("Quốc gia")
    PROVINCE = "province", _("Cấp tỉnh")
    DISTRICT = "district", _("Cấp huyện (trước 01/7/2025)")
    COMMUNE = "commune", _("Cấp xã")
    HAMLET = "hamlet", _("Thôn, tổ dân phố")


# The date the two-tier local government took effect (Resolution 202/2025/QH15).
REFORM_DATE = "2025-07-01"
