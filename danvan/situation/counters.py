"""The per-(province, topic, day) counters of topic rows (`ProvinceTopicDay`): kept with every note, rebuilt
from `NoteTopic` on demand (`danvan situation_counters`, and the migration that created them)."""

from collections import Counter
from datetime import date

from django.db import connection

from danvan.situation.models import NoteTopic, ProvinceTopicDay

# Literal statements (the table names are the models' db_table), the same on SQLite and PostgreSQL.
ADD_SQL = ('INSERT INTO "situation_provincetopicday" (province_id, topic, day, count) VALUES (%s, %s, %s, %s) '
           'ON CONFLICT (province_id, topic, day) DO UPDATE SET count = "situation_provincetopicday".count + excluded.count')
REBUILD_SQL = ('INSERT INTO "situation_provincetopicday" (province_id, topic, day, count) '
               'SELECT province_id, topic, observed_on, COUNT(*) FROM "situation_notetopic" '
               'GROUP BY province_id, topic, observed_on')
assert ProvinceTopicDay._meta.db_table == "situation_provincetopicday" and NoteTopic._meta.db_table == "situation_notetopic"


def add_topics(province_id: int, day: date, topics: list[str]) -> None:
    """The topic rows just written for `topics` in the province on the day, counted; in the caller's
    transaction. One upsert per topic, sent at once."""
    counts = Counter(topics)
    if counts:
        with connection.cursor() as cursor:
            cursor.executemany(ADD_SQL, [(province_id, topic, day, n) for topic, n in counts.items()])


def rebuild() -> int:
    """Every counter again from the topic rows (in the caller's transaction); the number of counters."""
    ProvinceTopicDay.objects.unscoped().all().delete()
    with connection.cursor() as cursor:
        cursor.execute(REBUILD_SQL)
    return ProvinceTopicDay.objects.unscoped().count()
