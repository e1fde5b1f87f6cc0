"""`danvan extract FILE... [--json]`: read Vietnamese narrative reports (thin wrapper of danvan.textmine)."""

from django.core.management.base import BaseCommand

from danvan.textmine.cli import run


class Command(BaseCommand):
    # Reads files only: no database, no secret key, so it runs right after install with no environment.
    requires_system_checks: list[str] = []
    help = "Đọc báo cáo tường thuật (.txt, .docx, .html, .pdf) và trích xuất số liệu, người, văn bản, chủ đề."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--json", action="store_true", help="In kết quả dạng JSON")
        parser.add_argument("--topics", help="Tệp JSON bổ sung danh mục chủ đề")

    def handle(self, *args, **options):
        code = run(options["files"], options["json"], self.stdout, self.stderr, options.get("topics"))
        if code:
            raise SystemExit(code)
