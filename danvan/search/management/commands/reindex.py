from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from danvan.core import registry
from danvan.core.progress import Progress
from danvan.search.services import reindex


class Command(BaseCommand):
    help = ("Lập lại chỉ mục tìm kiếm từ dữ liệu gốc. Mỗi lần ghi đã tự cập nhật chỉ mục; lệnh này để sửa sau khi "
            "dữ liệu bị thay đổi ngoài ứng dụng (nạp hàng loạt, sửa trực tiếp cơ sở dữ liệu). Được ghi nhật ký.")

    def add_arguments(self, parser):
        keys = ", ".join(s.key for s in registry.search_documents)
        parser.add_argument("--type", action="append", dest="types", metavar="LOẠI",
                            help=f"Chỉ lập lại một loại (có thể lặp lại). Các loại: {keys}.")

    def handle(self, *args, **options):
        progress = Progress(self.stdout)

        def report(key: str, done: int) -> None:
            self.stdout.write(f"  {key}: {done} mục")

        with progress.step("Lập lại chỉ mục tìm kiếm"):
            try:
                counts = reindex(None, types=options["types"], progress=report)
            except ValidationError as exc:
                raise CommandError(" ".join(exc.messages)) from exc
        for key, n in counts.items():
            self.stdout.write(f"{key}: {n}")
        self.stdout.write(f"Đã lập chỉ mục {sum(counts.values())} mục.")
