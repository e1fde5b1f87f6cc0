"""Choices of the portal app, with their Vietnamese labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", _("Bản nháp")
    IN_REVIEW = "in_review", _("Chờ duyệt")
    PUBLISHED = "published", _("Đã đăng")
    UNPUBLISHED = "unpublished", _("Đã gỡ")
