"""`danvan embed_comments`: embed the comments that have no vector yet (after an upgrade, or a queue lost)."""

import time

from django.core.management.base import BaseCommand

from danvan.consultation.embedding import embed_pending
from danvan.consultation.regrouping import queue_due
from danvan.consultation.services import record_vector_backfill
from danvan.core.progress import Progress


class Command(BaseCommand):
    help = ("Tính véc-tơ ngữ nghĩa cho các ý kiến góp ý chưa có (sau khi nâng cấp, hoặc khi hàng đợi bị mất). "
            "Mỗi lần lưu ý kiến, tiến trình nền (danvan db_worker) đã tự tính; lệnh này làm bù, chạy lại "
            "nhiều lần không sao. Khoảng 25 ms một ý kiến trên một nhân. Được ghi nhật ký. Các phần dự thảo đã đủ "
            "véc-tơ được xếp hàng để tiến trình nền nhóm lại theo nghĩa.")

    def add_arguments(self, parser):
        parser.add_argument("--consultation", type=int, metavar="ID", help="Chỉ một đợt lấy ý kiến.")
        parser.add_argument("--batch", type=int, default=64, help="Số ý kiến mỗi lượt (mặc định 64).")

    def handle(self, *args, **options):
        progress = Progress(self.stdout)
        started = time.monotonic()
        shown = [-1]

        def report(done: int, total: int) -> None:
            tenth = 10 * done // max(total, 1)
            if tenth > shown[0]:
                shown[0] = tenth
                rate = done / max(time.monotonic() - started, 1e-9)
                self.stdout.write(f"  {done}/{total} ý kiến ({rate:.0f} ý kiến/giây)")

        pieces: set[int] = set()
        with progress.step("Tính véc-tơ ngữ nghĩa cho ý kiến góp ý"):
            done = embed_pending(options["consultation"], batch=max(1, options["batch"]), progress=report,
                                 pieces=pieces)
        record_vector_backfill(None, consultation_id=options["consultation"], embedded=done)
        self.stdout.write(f"Đã tính véc-tơ cho {done} ý kiến.")
        queued = queue_due(pieces)  # the worker regroups them by meaning, one piece at a time
        if queued:
            self.stdout.write(f"Đã xếp {len(queued)} phần dự thảo chờ tiến trình nền nhóm lại theo nghĩa.")
