"""`danvan situation_counters`: rebuild the per-(province, topic, day) counters the national warnings read
from the notes' topic rows (after data written outside the services, e.g. a bulk import or a benchmark)."""

from django.core.management.base import BaseCommand

from danvan.situation.services.warnings import rebuild_warning_counters


class Command(BaseCommand):
    help = "Tính lại bộ đếm tin theo tỉnh, chủ đề và ngày (dùng cho cảnh báo sớm toàn quốc)."

    def handle(self, *args, **options):
        count = rebuild_warning_counters(None)  # one transaction, audited
        self.stdout.write(f"Đã tính lại {count} bộ đếm.")
