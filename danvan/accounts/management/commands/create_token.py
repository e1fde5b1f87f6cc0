from django.core.management.base import BaseCommand, CommandError

from danvan.accounts.selectors import user_by_username
from danvan.accounts.services import create_token


class Command(BaseCommand):
    help = "Tạo mã truy cập API cho một tài khoản và in ra một lần duy nhất (chỉ lưu mã băm)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="", help="Tên gợi nhớ của mã.")

    def handle(self, *args, **options):
        user = user_by_username(options["username"])
        if user is None:
            raise CommandError(f"Không có tài khoản đang hoạt động “{options['username']}”.")
        _, raw = create_token(None, user, name=options["name"])
        self.stdout.write(raw)
