"""Timelines: the append-only history an incident, petition, model or task carries (DESIGN: "Timelines").

One shape for every app: a concrete model subclasses `TimelineEvent` and adds the foreign key to its
owner with `related_name="timeline"`; services append events with `append_event(...)` inside their own
transaction; `core/_timeline.html` renders any of them. Nothing on a timeline is edited or deleted: a
correction is a new event.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    pass


class TimelineEvent(models.Model):
    kind = models.CharField(_("loại"), max_length=20)
    happened_on = models.DateField(_("ngày"), default=timezone.localdate)
    text = models.TextField(_("nội dung"), blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người ghi"), null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    actor_name = models.CharField(_("người ghi"), max_length=150, blank=True)  # survives the account
    created_at = models.DateTimeField(_("ghi lúc"), auto_now_add=True)
    data = models.JSONField(_("chi tiết"), default=dict, blank=True)  # e.g. {"severity": 3, "rule": "..."}

    class Meta:
        abstract = True
        ordering = ["happened_on", "created_at", "id"]

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not kwargs.get("force_insert"):
            raise AppendOnlyError("Timeline events are never edited: append a correcting event.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Timeline events are never deleted: append a correcting event.")

    def get_kind_display(self) -> str:
        choices = dict(self._meta.get_field("kind").choices or ())
        return str(choices.get(self.kind, self.kind))


def append_event(owner_field: str, owner, model: type[TimelineEvent], *, kind: str, actor=None, text: str = "",
                 happened_on=None, **data) -> TimelineEvent:
    """Append one event to `owner`'s timeline (call it from a service, inside its transaction)."""
    event = model(kind=kind, text=text, actor=actor,
                  actor_name=getattr(actor, "get_full_name", lambda: "")() or getattr(actor, "username", ""),
                  data={k: v for k, v in data.items() if v is not None})
    if happened_on is not None:
        event.happened_on = happened_on
    setattr(event, owner_field, owner)
    event.save(force_insert=True)
    return event
