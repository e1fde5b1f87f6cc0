from datetime import date

from django.core.management.base import BaseCommand, CommandError

from danvan.petitions.services import send_deadline_reminders
from danvan.petitions.tasks import next_run, send_petition_reminders_daily


class Command(BaseCommand):
    help = ("Nhắc hạn giải quyết đơn thư (3 ngày làm việc trước hạn và đúng ngày hạn, mỗi bước một lần). "
            "--schedule: giao cho worker chạy hằng ngày (danvan db_worker).")

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Chạy như thể hôm nay là ngày này (YYYY-MM-DD).")
        parser.add_argument("--schedule", action="store_true", help="Xếp lịch chạy hằng ngày qua hàng đợi tác vụ.")

    def handle(self, *args, **options):
        if options["schedule"]:
            result = send_petition_reminders_daily.using(run_after=next_run()).enqueue(reschedule=True)
            self.stdout.write(f"Đã xếp lịch nhắc hạn đơn thư hằng ngày (tác vụ {result.id}).")
            return
        try:
            today = date.fromisoformat(options["date"]) if options["date"] else None
        except ValueError as exc:
            raise CommandError("Ngày phải có dạng YYYY-MM-DD.") from exc
        result = send_deadline_reminders(None, today=today)
        self.stdout.write(f"Đã gửi {result['sent']} lời nhắc cho {result['petitions']} đơn.")
