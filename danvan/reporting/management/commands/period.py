import json

from django.core.management.base import BaseCommand

from danvan.reporting.deadlines import deadline_for
from danvan.reporting.models import ReportForm
from danvan.reporting.periods import PeriodError, parse_period


class Command(BaseCommand):
    help = "In kỳ báo cáo dạng JSON: {code, type, start, end} (và deadline khi có --form)."

    def add_arguments(self, parser):
        parser.add_argument("code", help="vd. 2026-03, 2026-Q1, 2026-H1, 2026-H2, 2026-9M, 2026")
        parser.add_argument("--form", help="Mã biểu mẫu, vd. BC-DV-THANG")

    def handle(self, *args, **options):
        try:
            period = parse_period(options["code"])
        except PeriodError as exc:
            self.stderr.write(str(exc))
            raise SystemExit(2) from exc
        out = period.to_dict()
        if options["form"]:
            form = ReportForm.objects.unscoped().filter(code=options["form"]).first()
            if form is None:
                self.stderr.write(f"Không có biểu mẫu “{options['form']}”.")
                raise SystemExit(2)
            out["deadline"] = deadline_for(form, period).isoformat()
        self.stdout.write(json.dumps(out, ensure_ascii=False))
