from lib import *

PAGES = []

# ---------------------------------------------------------------- b148
PAGES.append(page("b148-laocai-phunu-taphuan-2025", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang chủ » Hoạt động Hội » Tin cơ sở
23-09-2025 08:30
Trang bị kỹ năng cho chi hội trưởng phụ nữ vùng đồng bào dân tộc thiểu số
Từ ngày 22 đến 24/9, tại xã Bắc Hà, Hội LHPN tỉnh Lào Cai mở lớp tập huấn nâng cao năng lực cho 120 chi hội trưởng phụ nữ đến từ 14 xã vùng cao của tỉnh, trong đó có 5 xã thuộc tỉnh Yên Bái (cũ).
Học viên thực hành kỹ năng truyền thông tại lớp tập huấn.
Phát biểu khai mạc, bà Nông Thị Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh cho biết lớp học thực hiện theo kế hoạch số 58/KH-MTTQ-BTT ngày 5/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Hướng dẫn số 22/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về thực hiện "Dự án 8" trong vùng đồng bào dân tộc thiểu số.
Giảng viên lớp học gồm các bà Vàng Thị Liên, Hoàng Thị Mai Phương - Ủy viên Ban Thường vụ Hội LHPN tỉnh và ông Sùng Seo Chứ, Phó Trưởng phòng Văn hóa - Xã hội xã Bắc Hà. Học viên được trang bị kỹ năng tổ chức "Địa chỉ tin cậy" ở cộng đồng, truyền thông phòng, chống tảo hôn, hôn nhân cận huyết thống và mua bán người.
Năm 2025, các cấp Hội trong tỉnh đã duy trì 436 tổ truyền thông cộng đồng, 218 "Địa chỉ tin cậy"; hỗ trợ 1.942 phụ nữ vay vốn với dư nợ 96,5 tỷ đồng. Tại xã Mường Hum, chị Tẩn Thị Mẩy, Chi hội trưởng phụ nữ thôn Sín Chải B, đã vận động 12 cặp đôi hủy bỏ ý định tảo hôn và giúp 31 chị em học nghề thêu thổ cẩm, mỗi tháng có thêm thu nhập 2,5 triệu/người.
Chị Sùng Thị Dở, học viên đến từ xã Lâm Thượng, chia sẻ: "Về thôn, tôi sẽ nói lại cho chị em nghe bằng tiếng Mông để ai cũng hiểu".
Bà Nông Thị Hằng trao giấy chứng nhận cho học viên. Ảnh: Thu Trang
Kết thúc khóa học, 120 học viên được cấp giấy chứng nhận; Hội LHPN tỉnh trao 20 suất học bổng, mỗi suất 1 triệu đồng cho con em hội viên nghèo theo chương trình "Mẹ đỡ đầu".
Khánh Ly
Lượt xem: 511
Tin cùng chuyên mục
- Phụ nữ Lào Cai hưởng ứng Ngày Phụ nữ Việt Nam 20/10 (15/09/2025)
- Hội LHPN xã Sa Pa ra mắt mô hình "Phụ nữ làm du lịch cộng đồng" (05/09/2025)
""", "2025-09-23", "Trang bị kỹ năng cho chi hội trưởng phụ nữ vùng đồng bào dân tộc thiểu số",
E("tap_huan", None, "2025-09-22"),
[P("Nông Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Vàng Thị Liên", "Ủy viên Ban Thường vụ Hội LHPN tỉnh"),
 P("Hoàng Thị Mai Phương", "Ủy viên Ban Thường vụ Hội LHPN tỉnh"),
 P("Sùng Seo Chứ", "Phó Trưởng phòng Văn hóa - Xã hội xã Bắc Hà"),
 P("Tẩn Thị Mẩy", "Chi hội trưởng phụ nữ thôn Sín Chải B"),
 P("Sùng Thị Dở")],
[Q("120 chi hội trưởng phụ nữ", 120, "chi hội trưởng phụ nữ"),
 Q("14 xã vùng cao", 14, "xã vùng cao"),
 Q("5 xã", 5, "xã"),
 Q("436 tổ truyền thông cộng đồng", 436, "tổ truyền thông cộng đồng"),
 Q("218 \"Địa chỉ tin cậy\"", 218, "\"Địa chỉ tin cậy\""),
 Q("1.942 phụ nữ", 1942, "phụ nữ"),
 Q("96,5 tỷ đồng", 96500000000, "đồng"),
 Q("12 cặp đôi", 12, "cặp đôi"),
 Q("31 chị em", 31, "chị em"),
 Q("2,5 triệu/người", 2500000, "đồng"),
 Q("20 suất học bổng", 20, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "58", "KH-MTTQ-BTT", "2025-09-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "kế hoạch số 58/KH-MTTQ-BTT"),
 D("Hướng dẫn", "22", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 22/HD-ĐCT")],
[prov("Lào Cai"), prov("Yên Bái"), com("xã Bắc Hà"), com("xã Mường Hum"), com("xã Lâm Thượng")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Trang chủ » Hoạt động Hội » Tin cơ sở",
 "Học viên thực hành kỹ năng truyền thông tại lớp tập huấn.", "Bà Nông Thị Hằng trao giấy chứng nhận cho học viên. Ảnh: Thu Trang",
 "Dự án 8", "Địa chỉ tin cậy", "Mẹ đỡ đầu", "thôn Sín Chải B"],
["Dự án 8", "Lượt xem: 511"]))

# ---------------------------------------------------------------- b149
PAGES.append(page("b149-angiang-hnd-traoqua-2025", """
BÁO AN GIANG ĐIỆN TỬ
Thứ Bảy, 18/10/2025 | Đăng nhập
Trang chủ | Xã hội | Dân tộc - Tôn giáo
17/10/2025 - 15:30
Trao 45 con bò sinh sản cho hộ nghèo đồng bào Khmer
(BAG) - Sáng 16/10, Hội Nông dân tỉnh An Giang phối hợp với Ngân hàng Chính sách xã hội tỉnh trao 45 con bò sinh sản cho hộ nghèo, hộ cận nghèo đồng bào Khmer tại xã Tri Tôn và xã Ba Chúc.
Trao 45 con bò sinh sản cho hộ nghèo xã Tri Tôn.
Tham dự có ông Phan Văn Hữu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Chau Sóc Khol, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh và Hòa thượng Chau Ty, Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam.
Mỗi con bò trị giá 15 triệu đồng, tổng kinh phí 675 triệu đồng, trong đó Quỹ Hỗ trợ nông dân tỉnh hỗ trợ 405 triệu đồng, phần còn lại do các doanh nghiệp đóng góp. Việc hỗ trợ thực hiện theo Quyết định 90, 91/QĐ-UBND của UBND tỉnh An Giang về hỗ trợ sinh kế cho hộ nghèo vùng đồng bào dân tộc thiểu số sau hợp nhất tỉnh An Giang và tỉnh Kiên Giang.
Ông Chau Sóc Khol cho biết, sau 3 tháng hoạt động theo mô hình chính quyền 2 cấp, Hội Nông dân tỉnh đã giải ngân 38,2 tỷ đồng vốn vay cho 1.127 hộ nông dân; hướng dẫn 2.600 hộ áp dụng quy trình "1 phải, 6 giảm" trong sản xuất lúa. Các cấp Hội phấn đấu đến cuối năm 2025 trao thêm 100 con bò cho hộ nghèo.
Bà Néang Sa Phươl, 57 tuổi, ấp Tô Thủy, xã Tri Tôn, nhận bò xúc động: "Nhà có bò thì con cháu có vốn làm ăn". Hai hộ Chăm là ông Ismail và bà Sa Ly Mah ở xã Ba Chúc cũng được nhận bò lần này.
Các ông Lâm Văn Bé, Chau Phi Rắt - Chủ tịch Hội Nông dân xã cam kết theo dõi, hướng dẫn các hộ chăm sóc bò, có chuồng trại hợp vệ sinh.
Hòa thượng Chau Ty trao bò cho hộ nghèo. Ảnh: Thanh Tiến
Thanh Tiến
Lượt xem: 1.842
Tin liên quan
- Hội Nông dân tỉnh An Giang ra mắt 15 tổ hợp tác (10/10/2025)
- Trao 30 căn nhà đại đoàn kết ở xã Hòn Đất (25/09/2025)
""", "2025-10-17", "Trao 45 con bò sinh sản cho hộ nghèo đồng bào Khmer",
E("trao_qua", None, "2025-10-16"),
[P("Phan Văn Hữu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chau Sóc Khol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Chau Ty", "Hòa thượng", "Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam"),
 P("Néang Sa Phươl"),
 P("Ismail"),
 P("Sa Ly Mah"),
 P("Lâm Văn Bé", "Chủ tịch Hội Nông dân xã"),
 P("Chau Phi Rắt", "Chủ tịch Hội Nông dân xã")],
[Q("45 con bò sinh sản", 45, "con bò sinh sản"),
 Q("15 triệu đồng", 15000000, "đồng"),
 Q("675 triệu đồng", 675000000, "đồng"),
 Q("405 triệu đồng", 405000000, "đồng"),
 Q("38,2 tỷ đồng", 38200000000, "đồng"),
 Q("1.127 hộ nông dân", 1127, "hộ nông dân"),
 Q("2.600 hộ", 2600, "hộ"),
 Q("100 con bò", 100, "con bò"),
 Q("Hai hộ Chăm", 2, "hộ Chăm")],
[D("Quyết định", "90", "QĐ-UBND", None, "UBND tỉnh An Giang", "Quyết định 90, 91/QĐ-UBND"),
 D("Quyết định", "91", "QĐ-UBND", None, "UBND tỉnh An Giang", "Quyết định 90, 91/QĐ-UBND")],
[prov("An Giang"), prov("Kiên Giang"), com("xã Tri Tôn"), com("xã Ba Chúc")],
["BÁO AN GIANG ĐIỆN TỬ", "Trang chủ | Xã hội | Dân tộc - Tôn giáo", "Trao 45 con bò sinh sản cho hộ nghèo xã Tri Tôn.",
 "Hòa thượng Chau Ty trao bò cho hộ nghèo. Ảnh: Thanh Tiến", "(BAG)", "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội",
 "ấp Tô Thủy"],
["Thứ Bảy, 18/10/2025", "3 tháng", "chính quyền 2 cấp", "1 phải, 6 giảm", "57 tuổi", "Lượt xem: 1.842"]))

# ---------------------------------------------------------------- b150
PAGES.append(page("b150-quangngai-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG NGÃI
Hôm nay: Thứ Hai, 12/01/2026
Trang chủ > Hoạt động > Công tác dân vận
Thứ Năm, 08/01/2026 - 17:10
Triển khai nhiệm vụ năm 2026: Gần dân, sát cơ sở sau hợp nhất
Chiều 7/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Hội nghị kết nối trực tuyến đến 96 điểm cầu xã, phường, đặc khu.
Quang cảnh hội nghị tại điểm cầu Tỉnh ủy.
Dự và chỉ đạo hội nghị có đồng chí Y Ngọc, Phó Bí thư Tỉnh ủy. Chủ trì hội nghị có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đinh Thị Hồng Minh và các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Võ Thành An, A Blươn, Phạm Thị Trọi.
Năm 2025, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành 52 văn bản, trong đó có Chỉ thị 03, 04-CT/TU về công tác dân vận trong thực hiện sắp xếp đơn vị hành chính và xây dựng chính quyền địa phương 2 cấp; tổ chức học tập, quán triệt Kết luận 158, 159-KL/TW của Bộ Chính trị cho 48.700 lượt cán bộ, đảng viên. Toàn tỉnh xóa 3.214 căn nhà tạm, nhà dột nát, trong đó 1.186 căn ở các xã thuộc tỉnh Kon Tum (cũ); các tầng lớp nhân dân đóng góp hơn 142 tỷ đồng.
Nhiều điển hình được giới thiệu: ông A Mưu, Bí thư Chi bộ thôn Đăk Răng, xã Đăk Plô, vận động 54 hộ Xơ Đăng trồng 120 ha sâm dây; bà Đinh Thị Lựu, Trưởng thôn Nước Lăng, xã Ba Tơ, đưa 37 hộ Hrê ra khỏi diện nghèo.
Đồng chí Y Ngọc phát biểu chỉ đạo hội nghị. Ảnh: Minh Hải
Phát biểu chỉ đạo, đồng chí Y Ngọc đề nghị năm 2026 làm tốt công tác tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp, phát huy phong trào "Dân vận khéo" và tiêu chí "5 rõ" trong giao nhiệm vụ. Ông Hồ Văn Thương, nguyên Phó Trưởng Ban Dân vận Tỉnh ủy Kon Tum, vừa được điều động, bổ nhiệm làm Phó Chánh Văn phòng Tỉnh ủy, được ghi nhận đóng góp trong quá trình hợp nhất.
Dịp này, 12 tập thể, 19 cá nhân được Ban Thường vụ Tỉnh ủy tặng Giấy khen.
Ngọc Anh
Lượt xem: 2.215
Tin liên quan
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý IV (05/12/2025)
- Quảng Ngãi: Đối thoại với người có uy tín năm 2025 (20/11/2025)
""", "2026-01-08", "Triển khai nhiệm vụ năm 2026: Gần dân, sát cơ sở sau hợp nhất",
E("tong_ket", "2025", "2026-01-07"),
[P("Y Ngọc", "Phó Bí thư Tỉnh ủy"),
 P("Đinh Thị Hồng Minh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Thành An", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("A Blươn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Thị Trọi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("A Mưu", "Bí thư Chi bộ thôn Đăk Răng"),
 P("Đinh Thị Lựu", "Trưởng thôn Nước Lăng"),
 P("Hồ Văn Thương", "nguyên Phó Trưởng Ban Dân vận Tỉnh ủy Kon Tum", "Phó Chánh Văn phòng Tỉnh ủy")],
[Q("96 điểm cầu xã, phường, đặc khu", 96, "điểm cầu xã, phường, đặc khu"),
 Q("52 văn bản", 52, "văn bản"),
 Q("48.700 lượt cán bộ, đảng viên", 48700, "lượt cán bộ, đảng viên"),
 Q("3.214 căn nhà tạm, nhà dột nát", 3214, "căn nhà tạm, nhà dột nát"),
 Q("1.186 căn", 1186, "căn"),
 Q("hơn 142 tỷ đồng", 142000000000, "đồng", "over"),
 Q("54 hộ Xơ Đăng", 54, "hộ Xơ Đăng"),
 Q("120 ha", 120, "ha"),
 Q("37 hộ Hrê", 37, "hộ Hrê"),
 Q("12 tập thể", 12, "tập thể"),
 Q("19 cá nhân", 19, "cá nhân")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kết luận", "158", "KL/TW", None, "Bộ Chính trị", "Kết luận 158, 159-KL/TW"),
 D("Kết luận", "159", "KL/TW", None, "Bộ Chính trị", "Kết luận 158, 159-KL/TW")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("xã Đăk Plô"), com("xã Ba Tơ")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG NGÃI", "Trang chủ > Hoạt động > Công tác dân vận",
 "Quang cảnh hội nghị tại điểm cầu Tỉnh ủy.", "Đồng chí Y Ngọc phát biểu chỉ đạo hội nghị. Ảnh: Minh Hải", "Dân vận khéo",
 "thôn Đăk Răng", "thôn Nước Lăng"],
["Hôm nay: Thứ Hai, 12/01/2026", "chính quyền địa phương 2 cấp", "khóa XVI", "5 rõ", "Lượt xem: 2.215"]))

# ---------------------------------------------------------------- b151
PAGES.append(page("b151-thainguyen-doan-giaoban-2026q1", """
TỈNH ĐOÀN THÁI NGUYÊN
Trang chủ >> Tin tức >> Hoạt động Tỉnh đoàn
03.04.2026 08:50
Tuổi trẻ Thái Nguyên sôi nổi Tháng Thanh niên
Chiều 2/4, Ban Thường vụ Tỉnh đoàn Thái Nguyên tổ chức hội nghị giao ban công tác Đoàn và phong trào thanh thiếu nhi quý I năm 2026 với Ban Chấp hành Đoàn 92 xã, phường.
Toàn cảnh hội nghị giao ban quý I.
Chủ trì hội nghị có đồng chí Ma Thế Hưng, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn và đồng chí Hà Thị Thu Hiền, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh.
Trong quý, các cơ sở Đoàn đã triển khai Kế hoạch số 17-KH/TĐTN-PT ngày 10/1/2026 của Ban Thường vụ Tỉnh đoàn về Tháng Thanh niên năm 2026, tổ chức 312 công trình, phần việc thanh niên với tổng giá trị gần 9,7 tỷ đồng; tham gia sửa chữa 41 căn nhà cho hộ nghèo, trồng 58.000 cây xanh. Có 6.480 đoàn viên, thanh niên tham gia hiến máu tình nguyện; 1.730 thanh niên lên đường nhập ngũ năm 2026, 100% đạt chỉ tiêu giao.
Đoàn các xã thuộc tỉnh Bắc Kạn (cũ) có nhiều cách làm hay: Đoàn xã Ba Bể vận động 26 hộ thanh niên Tày, Dao làm homestay; Đoàn xã Chợ Đồn lập 4 tổ thanh niên xung kích giúp dân chống rét cho 1.150 con trâu, bò. Anh Bàn Văn Tiến, vừa được Ban Thường vụ Đảng ủy xã chỉ định làm Bí thư Đoàn xã Chợ Đồn, báo cáo mô hình "Thanh niên tình nguyện giữ rừng".
Đồng chí Ma Thế Hưng kết luận hội nghị. Ảnh: Nông Tuấn
Kết luận hội nghị, đồng chí Ma Thế Hưng đề nghị quý II thực hiện tốt Chỉ thị 05, 06-CT/TĐTN của Ban Thường vụ Tỉnh đoàn, chuẩn bị Chiến dịch Thanh niên tình nguyện hè 2026 và tổ chức "Ngày hội 3 tốt" tại các trường học. Các đồng chí Nông Văn Khải, Hoàng Thị Mến - Ủy viên Ban Thường vụ Tỉnh đoàn được phân công theo dõi các xã vùng cao.
Thu Hà
Lượt xem: 356
Tin liên quan
- Thái Nguyên: 500 đoàn viên ra quân Ngày Chủ nhật xanh (22/03/2026)
- Tỉnh đoàn tặng 200 suất quà cho học sinh vùng cao (10/02/2026)
""", "2026-04-03", "Tuổi trẻ Thái Nguyên sôi nổi Tháng Thanh niên",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Ma Thế Hưng", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Hà Thị Thu Hiền", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Bàn Văn Tiến", "Bí thư Đoàn xã Chợ Đồn"),
 P("Nông Văn Khải", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Hoàng Thị Mến", "Ủy viên Ban Thường vụ Tỉnh đoàn")],
[Q("92 xã, phường", 92, "xã, phường"),
 Q("312 công trình, phần việc thanh niên", 312, "công trình, phần việc thanh niên"),
 Q("gần 9,7 tỷ đồng", 9700000000, "đồng", "approx"),
 Q("41 căn nhà", 41, "căn nhà"),
 Q("58.000 cây xanh", 58000, "cây xanh"),
 Q("6.480 đoàn viên, thanh niên", 6480, "đoàn viên, thanh niên"),
 Q("1.730 thanh niên", 1730, "thanh niên"),
 Q("100% đạt chỉ tiêu", 100, "%"),
 Q("26 hộ thanh niên Tày, Dao", 26, "hộ thanh niên Tày, Dao"),
 Q("4 tổ thanh niên xung kích", 4, "tổ thanh niên xung kích"),
 Q("1.150 con trâu, bò", 1150, "con trâu, bò")],
[D("Kế hoạch", "17", "KH/TĐTN-PT", "2026-01-10", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 17-KH/TĐTN-PT"),
 D("Chỉ thị", "05", "CT/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chỉ thị 05, 06-CT/TĐTN"),
 D("Chỉ thị", "06", "CT/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chỉ thị 05, 06-CT/TĐTN")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("xã Ba Bể"), com("xã Chợ Đồn")],
["TỈNH ĐOÀN THÁI NGUYÊN", "Trang chủ >> Tin tức >> Hoạt động Tỉnh đoàn", "Toàn cảnh hội nghị giao ban quý I.",
 "Đồng chí Ma Thế Hưng kết luận hội nghị. Ảnh: Nông Tuấn", "Tháng Thanh niên", "Thanh niên tình nguyện giữ rừng",
 "Chiến dịch Thanh niên tình nguyện hè 2026", "Ngày hội 3 tốt"],
["quý I năm 2026", "quý II", "hè 2026", "3 tốt", "Lượt xem: 356"]))

# ---------------------------------------------------------------- b152
PAGES.append(page("b152-camau-ccb-soket-2026h1", """
HỘI CỰU CHIẾN BINH TỈNH CÀ MAU
Trang chủ / Tin tức / Hoạt động Hội
Thứ Ba, 14 tháng 7, 2026 - 10:45
Cựu chiến binh Cà Mau giúp nhau vươn lên sau hợp nhất
Sáng 13/7, Hội Cựu chiến binh tỉnh Cà Mau tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2026, bàn giải pháp thực hiện nhiệm vụ những tháng cuối năm.
Quang cảnh hội nghị.
Dự hội nghị có Đại tá Trần Hữu Lộc, Chủ tịch Hội CCB tỉnh; đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Thị Ngọc Hạnh; Thượng tá Thạch Sà Ươl, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.
Theo báo cáo, Hội CCB tỉnh hiện có 53.614 hội viên sinh hoạt tại 64 xã, phường, trong đó 22 xã, phường thuộc tỉnh Bạc Liêu (cũ). 6 tháng qua, các cấp Hội đã xây mới 34 căn nhà "Nghĩa tình đồng đội", mỗi căn 70 triệu đồng; cho 986 hội viên vay vốn với tổng dư nợ 107,4 tỷ đồng. Thực hiện Thông tri số 07-TT/CCBTW của Ban Thường vụ Trung ương Hội CCB Việt Nam và hướng dẫn số 15/HD-CCB ngày 20/2/2026 của Hội CCB tỉnh, các cấp Hội đã tham gia hòa giải thành 48/52 vụ mâu thuẫn trong nhân dân.
Ông Lý Hùng Chí, Chủ tịch Hội CCB phường Bạc Liêu, giới thiệu mô hình "CCB tự quản đường hoa" với 27 hội viên tham gia. Ông Dương Văn Năm, 71 tuổi, hội viên xã Đất Mũi, nuôi tôm - rừng trên 12 ha, mỗi năm thu lãi khoảng 480 triệu đồng, giúp 5 hội viên khác có vốn sản xuất.
Đại tá Trần Hữu Lộc phát biểu chỉ đạo. Ảnh: Minh Khang
Phát biểu tại hội nghị, đồng chí Lê Thị Ngọc Hạnh đề nghị Hội CCB tiếp tục phát huy phẩm chất "Bộ đội Cụ Hồ", tham gia bảo vệ nền tảng tư tưởng của Đảng, thực hiện tốt phong trào "4 tốt" trong hội viên. Dịp này, các ông Nguyễn Văn Bền, Huỳnh Thanh Tòng, Sơn Thanh - Chủ tịch Hội CCB xã nhận Giấy khen của Hội CCB tỉnh; 9 tập thể được biểu dương.
Hội nghị thống nhất phấn đấu trong 6 tháng cuối năm xây thêm 20 căn nhà "Nghĩa tình đồng đội".
Quốc Việt
Lượt xem: 489
Tin liên quan
- Hội CCB xã Vĩnh Trạch trao 3 căn nhà tình nghĩa (30/06/2026)
- Cà Mau: CCB góp 1 tỷ đồng làm cầu nông thôn (12/06/2026)
""", "2026-07-14", "Cựu chiến binh Cà Mau giúp nhau vươn lên sau hợp nhất",
E("so_ket", "2026-H1", "2026-07-13"),
[P("Trần Hữu Lộc", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Lê Thị Ngọc Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sà Ươl", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Lý Hùng Chí", "Chủ tịch Hội CCB phường Bạc Liêu"),
 P("Dương Văn Năm", "hội viên xã Đất Mũi"),
 P("Nguyễn Văn Bền", "Chủ tịch Hội CCB xã"),
 P("Huỳnh Thanh Tòng", "Chủ tịch Hội CCB xã"),
 P("Sơn Thanh", "Chủ tịch Hội CCB xã")],
[Q("53.614 hội viên", 53614, "hội viên"),
 Q("64 xã, phường", 64, "xã, phường"),
 Q("22 xã, phường", 22, "xã, phường"),
 Q("34 căn nhà", 34, "căn nhà \"Nghĩa tình đồng đội\""),
 Q("70 triệu đồng", 70000000, "đồng"),
 Q("986 hội viên", 986, "hội viên"),
 Q("107,4 tỷ đồng", 107400000000, "đồng"),
 Q("48/52 vụ mâu thuẫn", 48, "vụ mâu thuẫn"),
 Q("48/52 vụ mâu thuẫn", 52, "vụ mâu thuẫn"),
 Q("27 hội viên", 27, "hội viên"),
 Q("12 ha", 12, "ha"),
 Q("khoảng 480 triệu đồng", 480000000, "đồng", "approx"),
 Q("5 hội viên", 5, "hội viên"),
 Q("9 tập thể", 9, "tập thể"),
 Q("20 căn nhà", 20, "căn nhà \"Nghĩa tình đồng đội\"")],
[D("Thông tri", "07", "TT/CCBTW", None, "Ban Thường vụ Trung ương Hội CCB Việt Nam", "Thông tri số 07-TT/CCBTW"),
 D("Hướng dẫn", "15", "HD-CCB", "2026-02-20", "Hội CCB tỉnh", "hướng dẫn số 15/HD-CCB")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("phường Bạc Liêu"), com("xã Đất Mũi")],
["HỘI CỰU CHIẾN BINH TỈNH CÀ MAU", "Trang chủ / Tin tức / Hoạt động Hội", "Quang cảnh hội nghị.",
 "Đại tá Trần Hữu Lộc phát biểu chỉ đạo. Ảnh: Minh Khang", "Nghĩa tình đồng đội", "CCB tự quản đường hoa", "Bộ đội Cụ Hồ"],
["6 tháng đầu năm 2026", "6 tháng qua", "6 tháng cuối năm", "71 tuổi", "4 tốt", "Lượt xem: 489"]))
