from django.core.management.base import BaseCommand

from danvan.petitions.services import rebuild_petition_tallies


class Command(BaseCommand):
    help = ("Tính lại số liệu tổng hợp đơn thư (bảng đếm theo đơn vị × địa bàn × chủ đề × tháng mà thống kê đọc) "
            "từ chính các đơn — sau khi nạp dữ liệu hàng loạt hoặc khi nghi sai lệch. Có ghi nhật ký.")

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Xóa và tính lại toàn bộ (bắt buộc).")

    def handle(self, *args, **options):
        if not options["rebuild"]:
            self.stderr.write("Thêm --rebuild để tính lại số liệu tổng hợp.")
            return
        result = rebuild_petition_tallies(None)
        self.stdout.write(f"Đã tính lại: {result['rows_after']} dòng (trước: {result['rows_before']}; "
                          f"khác: {result['rows_differing']}; dòng tổng hợp theo tỉnh khác: "
                          f"{result['roll_up_rows_differing']}).")
