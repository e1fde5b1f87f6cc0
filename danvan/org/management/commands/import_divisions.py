from django.core.management.base import BaseCommand

from danvan.core.progress import Progress
from danvan.org.services import import_divisions


class Command(BaseCommand):
    help = "Nạp hoặc cập nhật danh mục đơn vị hành chính (hiện hành và trước 01/7/2025) và quan hệ kế thừa."

    def handle(self, *args, **options):
        with Progress(self.stdout).step("Nạp danh mục đơn vị hành chính (hiện hành và trước 01/7/2025)"):
            result = import_divisions(None)
        self.stdout.write(f"Tạo mới {result['created']}, cập nhật {result['updated']} địa bàn; "
                          f"quan hệ kế thừa: thêm/sửa {result['lineage_created']}, xóa {result['lineage_removed']}.")
        labels = {"current": "Hiện hành", "legacy": "Trước 01/7/2025"}
        order = ["country", "province", "district", "commune", "hamlet"]
        for era in ("current", "legacy"):
            counts = result["counts"].get(era, {})
            parts = ", ".join(f"{level}={counts[level]}" for level in order if level in counts)
            self.stdout.write(f"{labels[era]} ({era}): {parts}")
