"""`danvan situation_escalate`: apply the escalation rules to open incidents (the "open longer than N days"
rule needs a clock). Run it daily from cron; every other rule is applied at once by the services."""

from django.core.management.base import BaseCommand

from danvan.situation.services import escalate_overdue


class Command(BaseCommand):
    help = "Áp dụng quy tắc báo cáo vượt cấp cho các vụ việc đang mở (chạy hằng ngày)."

    def handle(self, *args, **options):
        count = escalate_overdue(None)
        self.stdout.write(f"Đã báo cáo lên cấp trên {count} vụ việc.")
