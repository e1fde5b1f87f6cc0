from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from danvan.core.progress import Progress
from danvan.org.choices import Era, Level
from danvan.org.divisions import code_candidates
from danvan.org.models import Area
from danvan.org.services import create_bloc


class Command(BaseCommand):
    help = "Tạo khối dân vận chuẩn cho một tỉnh và mọi xã, phường của tỉnh, kèm quan hệ báo cáo. Chạy lại không tạo trùng."

    def add_arguments(self, parser):
        parser.add_argument("--province", action="append", required=True, metavar="CODE",
                            help="Mã tỉnh hiện hành, vd. 37 (Ninh Bình); có thể lặp lại.")

    def handle(self, *args, **options):
        progress = Progress(self.stdout)
        for code in progress.track(options["province"], "Tỉnh"):
            province = Area.objects.unscoped().filter(
                era=Era.CURRENT, level=Level.PROVINCE, code__in=code_candidates(code)).first()
            if province is None:
                raise CommandError(f"Không có tỉnh mã “{code}”. Hãy chạy `danvan import_divisions` trước.")
            try:
                with progress.step(f"{province.name}: tạo khối dân vận"):
                    result = create_bloc(None, province)
            except ValidationError as exc:
                raise CommandError(" ".join(exc.messages)) from exc
            self.stdout.write(f"{province.name}: tạo mới {result['created']}, đã có {result['existing']} tổ chức.")
