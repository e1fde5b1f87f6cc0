from lib import *
PAGES = []

PAGES.append(page("b1721-kontum-bdv-giaoban-thang3-2022", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ » Tin tức » Hoạt động Ban Dân vận
06/04/2022 - 14:30
Giao ban công tác dân vận tháng 3/2022
Sáng 05/4, Ban Dân vận Tỉnh ủy Kon Tum tổ chức giao ban công tác dân vận tháng 3/2022. Đồng chí A Pớt, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì giao ban.
Ảnh: Đồng chí A Pớt phát biểu kết luận giao ban.
Theo báo cáo, trong tháng 3, tình hình tư tưởng của cán bộ, đảng viên và nhân dân cơ bản ổn định; đồng bào các dân tộc phấn khởi khi nhiều chính sách hỗ trợ phục hồi kinh tế sau dịch Covid-19 được triển khai. Tuy nhiên, giá phân bón, xăng dầu tăng cao làm ảnh hưởng đến sản xuất của người dân; trên địa bàn xảy ra 2 vụ cháy rừng, 5 vụ phá rừng làm rẫy trái phép.
Đáng chú ý, tại làng Kon Klo, xã Đăk Ui, khoảng 70 người dân tụ tập ngăn cản đơn vị thi công đường điện vì cho rằng chưa được bồi thường cây trồng. Ban Dân vận Huyện ủy Đăk Hà đã phối hợp với chính quyền đối thoại, giải thích; sau 2 ngày, người dân đồng ý để đơn vị tiếp tục thi công. Trong tháng, các cơ quan tiếp nhận 41 đơn thư, giải quyết 36 đơn; phát hiện 4 trường hợp đăng tải thông tin sai sự thật trên mạng xã hội.
Về tình hình tôn giáo, các điểm nhóm Tin lành sinh hoạt đúng quy định; vận động 6 hộ dân ở huyện Ia H'Drai không tham gia sinh hoạt "Hà Mòn". Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 140-KH/BDVTU về nắm tình hình tư tưởng nhân dân quý II và Công văn số 322-CV/BDVTU hướng dẫn sơ kết Chỉ thị 14-CT/TU về vận động đồng bào giữ rừng.
Tại giao ban, đồng chí Y Hồng Nhung, Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin kết quả khảo sát dư luận tại 12 xã vùng dự án; đồng chí A Quân, HUV, Trưởng Ban Dân vận Huyện ủy Kon Plông, cho biết huyện đã thành lập 3 đoàn công tác về 36 thôn để nắm tình hình. Đồng chí Y Ngọc Lan, Chủ tịch Hội LHPN xã Đăk Ui, đề nghị hỗ trợ con giống cho 45 hộ nghèo.
Phát biểu kết luận, đồng chí A Pớt đề nghị các cơ quan thực hiện tốt Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; chủ động nắm chắc tình hình ở 102 làng đồng bào dân tộc thiểu số; phối hợp với lực lượng công an xử lý dứt điểm các vụ việc, không để kẻ xấu lợi dụng kích động.
Cũng trong tháng 4, Ban sẽ tổ chức đoàn kiểm tra, giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại huyện Sa Thầy, Ngọc Hồi và tổ chức gặp mặt già làng, người có uy tín nhân dịp Tết cổ truyền Bunpimay của đồng bào Lào định cư.
Y Lan
Lượt xem: 1.553
Tin cùng chuyên mục
- Đăk Tô: vận động 50 hộ trồng rừng (28/03/2022)
- Giao ban công tác dân vận tháng 2/2022 (07/03/2022)
- Tổng kết công tác dân vận năm 2021 (30/12/2021)
""", "2022-04-06", "Giao ban công tác dân vận tháng 3/2022",
E("giao_ban", "2022-03", "2022-04-05"),
[P("A Pớt", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Y Hồng Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Quân", "HUV", "Trưởng Ban Dân vận Huyện ủy Kon Plông"),
 P("Y Ngọc Lan", "Chủ tịch Hội LHPN xã Đăk Ui")],
[Q("2 vụ cháy rừng", 2, "vụ cháy rừng"), Q("5 vụ phá rừng làm rẫy trái phép", 5, "vụ phá rừng làm rẫy trái phép"),
 Q("khoảng 70 người", 70, "người", "approx"), Q("41 đơn thư", 41, "đơn thư"), Q("36 đơn", 36, "đơn"),
 Q("4 trường hợp", 4, "trường hợp"), Q("6 hộ dân", 6, "hộ dân"), Q("12 xã", 12, "xã"),
 Q("3 đoàn công tác", 3, "đoàn công tác"), Q("36 thôn", 36, "thôn"), Q("45 hộ nghèo", 45, "hộ nghèo"),
 Q("102 làng đồng bào dân tộc thiểu số", 102, "làng đồng bào dân tộc thiểu số")],
[D("Kế hoạch", "140", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 140-KH/BDVTU"),
 D("Công văn", "322", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 322-CV/BDVTU"),
 D("Chỉ thị", "14", "CT/TU", None, None, "Chỉ thị 14-CT/TU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Kon Tum"), com("Đăk Ui")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ » Tin tức » Hoạt động Ban Dân vận",
 "Ảnh: Đồng chí A Pớt phát biểu kết luận giao ban.", "Hà Mòn", "Quy chế dân chủ ở cơ sở", "Bunpimay", "Lượt xem: 1.553"],
["06/04/2022 - 14:30", "tháng 3/2022", "tháng 3", "2 ngày", "quý II", "tháng 4", "Covid-19", "Lượt xem: 1.553"]))
