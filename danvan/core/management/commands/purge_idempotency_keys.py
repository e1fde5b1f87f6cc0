"""`danvan purge_idempotency_keys`: delete the Idempotency-Key rows older than IDEMPOTENCY_KEEP_HOURS.

Run it daily (cron or a systemd timer, docs/operations.md); a key is always kept at least 24 hours.
"""

from django.core.management.base import BaseCommand

from danvan.core.idempotency import keep_hours, purge_expired


class Command(BaseCommand):
    help = "Xóa các khóa Idempotency-Key cũ hơn thời hạn lưu (IDEMPOTENCY_KEEP_HOURS, tối thiểu 24 giờ)."

    def handle(self, *args, **options):
        deleted = purge_expired()
        self.stdout.write(f"Đã xóa {deleted} khóa cũ hơn {keep_hours()} giờ.")
