from datetime import date

from django.core.management.base import BaseCommand, CommandError

from danvan.core.progress import Progress
from danvan.reporting.reminders import next_run, send_reminders_daily
from danvan.reporting.services import send_reminders


class Command(BaseCommand):
    help = ("Nhắc các đơn vị chưa nộp báo cáo (mỗi bước một lần). --schedule: giao cho worker chạy hằng ngày "
            "lúc 7 giờ (danvan db_worker).")

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Chạy như thể hôm nay là ngày này (YYYY-MM-DD).")
        parser.add_argument("--schedule", action="store_true", help="Xếp lịch chạy hằng ngày qua hàng đợi tác vụ.")

    def handle(self, *args, **options):
        if options["schedule"]:
            result = send_reminders_daily.using(run_after=next_run()).enqueue(reschedule=True)
            self.stdout.write(f"Đã xếp lịch nhắc hằng ngày (tác vụ {result.id}, lần đầu {next_run():%d/%m/%Y %H:%M}).")
            return
        try:
            today = date.fromisoformat(options["date"]) if options["date"] else None
        except ValueError as exc:
            raise CommandError("Ngày phải có dạng YYYY-MM-DD.") from exc
        with Progress(self.stdout).step("Gửi lời nhắc cho các đơn vị chưa nộp"):
            result = send_reminders(None, today=today)
        self.stdout.write(f"Đã gửi {result['sent']} lời nhắc. Các bước: {', '.join(result['steps']) or 'không có'}.")
