"""`danvan demo`: demo data for a laptop. Each app contributes through its own `demo.py` (`load(ctx)`)."""

from dataclasses import dataclass, field
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from danvan.core.progress import Progress


@dataclass
class DemoContext:
    province_codes: list[str]
    password: str | None
    write: callable
    progress: Progress | None = None
    provinces: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu (khối dân vận, tài khoản admin, tinh-<MÃ>, xa-<MÃ>). Chạy lại không thay đổi gì."

    def add_arguments(self, parser):
        parser.add_argument("--province", action="append", metavar="CODE",
                            help="Mã tỉnh (mặc định 37, Ninh Bình); có thể lặp lại.")
        parser.add_argument("--password", help="Mật khẩu cho mọi tài khoản mẫu (mặc định: ngẫu nhiên, in ra một lần).")
        parser.add_argument("--force", action="store_true", help="Cho phép chạy khi DEBUG tắt.")

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError("Không tạo dữ liệu mẫu khi DEBUG tắt (máy chủ thật). Dùng --force nếu thật sự muốn.")
        ctx = DemoContext(province_codes=options["province"] or ["37"], password=options["password"],
                          write=self.stdout.write, progress=Progress(self.stdout))
        for config in apps.get_app_configs():
            module_name = f"{config.name}.demo"
            if config.name.startswith("danvan.") and find_spec(module_name) is not None:
                with ctx.progress.step(f"Dữ liệu mẫu: {config.verbose_name}"):
                    import_module(module_name).load(ctx)
        self.stdout.write("Xong dữ liệu mẫu.")
