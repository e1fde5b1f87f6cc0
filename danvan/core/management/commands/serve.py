"""`danvan serve [ADDR:PORT]`: the development server and the background worker together (`make run`)."""

import sys

from django.core.management.base import BaseCommand

from danvan.core import launcher


class Command(BaseCommand):
    help = "Chạy máy chủ phát triển cùng tiến trình chạy việc nền (db_worker); Ctrl-C dừng cả hai."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000", help="Địa chỉ:cổng (mặc định 127.0.0.1:8000).")

    def handle(self, *args, **options):
        danvan = [sys.executable, "-m", "danvan.cli"]
        self.stdout.write("Máy chủ và tiến trình chạy việc nền đang chạy; nhấn Ctrl-C để dừng cả hai.")
        code = launcher.run_together([[*danvan, "db_worker"], [*danvan, "runserver", options["addrport"]]])
        if code:
            sys.exit(code)
