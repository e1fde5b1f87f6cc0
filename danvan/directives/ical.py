"""The iCalendar feed of the activities a user may see (RFC 5545 through the `icalendar` library)."""

from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar, Event


def activities_ics(activities, *, base_url: str, kind_names: dict[str, str]) -> bytes:
    """One all-day VEVENT per activity (DTEND is exclusive: the day after its last day)."""
    cal = Calendar()
    cal.add("prodid", "-//danvan//Hoat dong khoi dan van//VI")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Hoạt động khối dân vận")
    stamp = timezone.now()
    for a in activities:
        event = Event()
        event.add("uid", f"activity-{a.pk}@danvan")
        event.add("dtstamp", stamp)
        event.add("dtstart", a.starts_on)
        event.add("dtend", a.ends_on + timedelta(days=1))
        event.add("summary", a.title)
        event.add("location", a.area.name)
        event.add("categories", [kind_names.get(a.kind, a.kind)])
        event.add("description", f"{a.unit.name}. {a.content}".strip())
        event.add("url", base_url + a.get_absolute_url())
        cal.add_component(event)
    return cal.to_ical()
