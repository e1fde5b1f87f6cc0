from django.core.management.base import BaseCommand, CommandError

from danvan.core.progress import Progress
from danvan.reporting.models import ReportForm
from danvan.reporting.services import rebuild_rollup


class Command(BaseCommand):
    help = ("Tính lại bảng tổng hợp số liệu (giá trị theo đơn vị–kỳ và các ô tổng hợp) từ các báo cáo đã duyệt. "
            "Mỗi lần duyệt đã tự cập nhật bảng; lệnh này để sửa sau khi dữ liệu bị thay đổi ngoài ứng dụng.")

    def add_arguments(self, parser):
        parser.add_argument("--form", help="Chỉ tính lại một biểu mẫu (mã, ví dụ BC-DV-THANG).")

    def handle(self, *args, **options):
        form = None
        if options["form"]:
            form = ReportForm.objects.unscoped().filter(code=options["form"]).first()
            if form is None:
                raise CommandError(f"Không có biểu mẫu {options['form']}.")
        # One form at a time, so a long rebuild says where it is.
        progress, rows = Progress(self.stdout), 0
        forms = [form] if form is not None else list(ReportForm.objects.unscoped().order_by("code"))
        for each in progress.track(forms, "Biểu mẫu"):
            with progress.step(f"Tính lại {each.code}"):
                rows += rebuild_rollup(None, form=each)
        self.stdout.write(f"Đã tính lại {rows} dòng giá trị đơn vị–kỳ"
                          f"{' của ' + form.code if form else ' của mọi biểu mẫu'}.")
