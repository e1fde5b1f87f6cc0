from django.core.management.base import BaseCommand, CommandError

from danvan.accounts.models import ApiToken
from danvan.accounts.services import revoke_token


class Command(BaseCommand):
    help = "Liệt kê (mặc định) hoặc thu hồi (--revoke PREFIX) mã truy cập API."

    def add_arguments(self, parser):
        parser.add_argument("--user", help="Chỉ mã của tài khoản này.")
        parser.add_argument("--revoke", metavar="PREFIX", help="Thu hồi mã có tiền tố này.")

    def handle(self, *args, **options):
        tokens = ApiToken.objects.unscoped().select_related("user").order_by("-created_at")
        if options["user"]:
            tokens = tokens.filter(user__username=options["user"])
        if options["revoke"]:
            matches = list(tokens.filter(prefix=options["revoke"], revoked_at__isnull=True))
            if len(matches) != 1:
                raise CommandError(f"Tìm thấy {len(matches)} mã đang dùng có tiền tố “{options['revoke']}”.")
            revoke_token(None, matches[0])
            self.stdout.write(f"Đã thu hồi {matches[0].prefix}… của {matches[0].user.username}.")
            return
        for t in tokens:
            state = f"thu hồi {t.revoked_at:%Y-%m-%d}" if t.revoked_at else "đang dùng"
            used = f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "chưa dùng"
            self.stdout.write(f"{t.prefix}…\t{t.user.username}\t{t.name or '-'}\t{t.created_at:%Y-%m-%d}\t{used}\t{state}")
