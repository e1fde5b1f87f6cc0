from lib import *
PAGES = []

PAGES.append(page("b8417-thanhhoa-tinhdoan-taphuan-cnscd-2022", """
BÁO THANH HÓA
Thời sự | Đoàn thể - Hội
2022-11-10 16:40
Trang bị kỹ năng hỗ trợ dịch vụ công cho 560 học viên
Ngày 9/11/2022, Tỉnh đoàn Thanh Hóa phối hợp với Sở Thông tin và Truyền thông khai mạc lớp tập huấn kỹ năng hỗ trợ người dân sử dụng dịch vụ công trực tuyến năm 2022 cho 560 học viên là thành viên tổ công nghệ số cộng đồng đến từ 27 huyện, thị xã, thành phố.
Học viên thực hành cài đặt ứng dụng trên điện thoại.
Dự lễ khai mạc có đồng chí Tỉnh ủy viên, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh Trịnh Thị Minh Châu; đồng chí Lê Quốc Hưng, Phó Giám đốc Sở Thông tin và Truyền thông.
Lớp tập huấn nhằm triển khai Quyết định số 1798/QĐ-BTTTT ngày 12/10/2021 của Bộ Thông tin và Truyền thông về thúc đẩy hoạt động của tổ công nghệ số cộng đồng và Kế hoạch số 155-KH/TĐTN, 156-KH/TĐTN của Ban Thường vụ Tỉnh đoàn. Hiện toàn tỉnh đã thành lập 497 tổ công nghệ số cộng đồng với gần 3.800 thành viên, trong đó khoảng 40% là đoàn viên thanh niên.
Trong 3 ngày, học viên được giới thiệu 7 chuyên đề: cài đặt và sử dụng ứng dụng định danh điện tử, nộp hồ sơ trên Cổng dịch vụ công quốc gia, thanh toán không dùng tiền mặt, nhận diện lừa đảo trực tuyến… TS. Lê Đình Hải, Giảng viên Khoa Công nghệ thông tin Trường Đại học Hồng Đức cùng các chuyên viên của Sở trực tiếp hướng dẫn.
Anh Hà Văn Thuấn, Bí thư Đoàn xã Thanh Xuân (huyện Quan Sơn), người Thái, cho biết xã có 9 bản, nhiều bản chưa có sóng 4G. "Học xong, tôi sẽ mở lớp ngay tại nhà văn hóa bản, dạy bà con từng bước một bằng tiếng Thái", anh nói. Chị Phạm Thị Xuân, Bí thư Chi đoàn thôn Đồng Tâm, xã Cẩm Tú, người Mường, mong được tập huấn thêm cách chụp, tải giấy tờ để hồ sơ không bị trả lại.
Phát biểu khai mạc, đồng chí Trịnh Thị Minh Châu yêu cầu mỗi học viên sau tập huấn phải hướng dẫn lại cho ít nhất 20 hộ gia đình trên địa bàn; Tỉnh đoàn sẽ theo dõi qua phần mềm quản lý đoàn viên. Đồng chí Lê Quốc Hưng cho biết tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh mới đạt 18,7%, thấp hơn mục tiêu đề ra, vì vậy vai trò của tuổi trẻ trong "phổ cập kỹ năng số" càng quan trọng.
Cùng với lớp tập huấn tập trung, Đoàn phường Đông Thọ (thành phố Thanh Hóa) tổ chức phiên "Chợ số" ngay tại khuôn viên lớp học, hướng dẫn tiểu thương mở tài khoản và tạo mã QR thanh toán. Chị Lò Thị Duyên, Phó Bí thư Đoàn phường Đông Thọ, cho biết sau một buổi sáng có 46 tiểu thương đã mở xong mã QR.
Lớp tập huấn sẽ bế mạc ngày 11/11/2022, học viên đạt yêu cầu được cấp giấy chứng nhận.
Xuân Minh
Tin liên quan
- Tỉnh đoàn ra mắt nền tảng "Thanh niên Thanh Hóa số" (28/10/2022)
- Tuyên dương 100 cán bộ Đoàn tiêu biểu (15/10/2022)
- Như Xuân: thành lập 17 tổ công nghệ số cộng đồng (30/09/2022)
""", "2022-11-10", "Trang bị kỹ năng hỗ trợ dịch vụ công cho 560 học viên",
E("tap_huan", "2022", "2022-11-09"),
[P("Trịnh Thị Minh Châu", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Lê Quốc Hưng", "Phó Giám đốc Sở Thông tin và Truyền thông"),
 P("Lê Đình Hải", "TS.", "Giảng viên Khoa Công nghệ thông tin Trường Đại học Hồng Đức"),
 P("Hà Văn Thuấn", "Bí thư Đoàn xã Thanh Xuân"),
 P("Phạm Thị Xuân", "Bí thư Chi đoàn thôn Đồng Tâm"),
 P("Lò Thị Duyên", "Phó Bí thư Đoàn phường Đông Thọ")],
[Q("560 học viên", 560, "học viên"),
 Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("497 tổ công nghệ số cộng đồng", 497, "tổ công nghệ số cộng đồng"), Q("gần 3.800 thành viên", 3800, "thành viên", "approx"),
 Q("khoảng 40%", 40, "%", "approx"), Q("7 chuyên đề", 7, "chuyên đề"), Q("9 bản", 9, "bản"),
 Q("ít nhất 20 hộ gia đình", 20, "hộ gia đình", "over"), Q("18,7%", 18.7, "%"), Q("46 tiểu thương", 46, "tiểu thương")],
[D("Quyết định", "1798", "QĐ-BTTTT", "2021-10-12", "Bộ Thông tin và Truyền thông", "Quyết định số 1798/QĐ-BTTTT ngày 12/10/2021"),
 D("Kế hoạch", "155", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 155-KH/TĐTN"),
 D("Kế hoạch", "156", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "156-KH/TĐTN")],
[prov("Thanh Hóa"), com("Thanh Xuân"), com("Cẩm Tú"), com("Đông Thọ")],
["BÁO THANH HÓA", "Thời sự | Đoàn thể - Hội", "Học viên thực hành cài đặt ứng dụng trên điện thoại.",
 "Cổng dịch vụ công quốc gia", "phổ cập kỹ năng số", "Chợ số", "Thanh niên Thanh Hóa số"],
["2022-11-10 16:40", "năm 2022", "3 ngày", "4G", "mã QR"]))

PAGES.append(page("b8418-kiengiang-tinhdoan-soket-2023", """
Cổng Thông tin điện tử Tỉnh đoàn Kiên Giang
Trang chủ » Hoạt động » Tin trong tỉnh
Cập nhật ngày: 07/07/2023 - 14:00
Hơn 58.000 tài khoản định danh điện tử được kích hoạt nhờ đoàn viên
Ngày 6/7/2023, Ban Thường vụ Tỉnh đoàn Kiên Giang tổ chức hội nghị sơ kết 6 tháng đầu năm 2023 thực hiện mô hình "Thanh niên hỗ trợ dịch vụ công trực tuyến" gắn với Đề án 08. Qua nửa năm, đoàn viên, thanh niên toàn tỉnh đã hỗ trợ kích hoạt hơn 58.000 tài khoản định danh điện tử cho người dân.
Đồng chí Danh Thị Sà Ly phát biểu tại hội nghị. Ảnh: Trúc Linh
Chủ trì hội nghị có đồng chí Danh Thị Sà Ly, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Tỉnh đoàn. Tham dự có đại diện Công an tỉnh, Sở Thông tin và Truyền thông cùng cán bộ chủ chốt của 15 huyện, thành phố đoàn.
Thực hiện Chỉ thị 12, 13-CT/TU của Tỉnh ủy về chuyển đổi số và cải cách hành chính, cùng Quyết định số 1411/QĐ-UBND ngày 14/2/2023 của UBND tỉnh, các cơ sở Đoàn đã duy trì 144 đội hình hỗ trợ tại 144 xã, phường, thị trấn. Ngoài tài khoản định danh, các đội hình hướng dẫn nộp 9.640 hồ sơ trực tuyến, hỗ trợ khoảng 3.100 người cao tuổi nhận lương hưu, trợ cấp qua tài khoản ngân hàng. Tổng giá trị các phần việc thanh niên ước trên 1,2 tỷ đồng.
Tại huyện Gò Quao, các đồng chí Danh Út, Thị Kim Chi - Phó Bí thư Huyện đoàn Gò Quao đã trực tiếp cùng đoàn viên xuống ấp, hỗ trợ đồng bào Khmer làm thủ tục; mỗi buổi phục vụ từ 30 đến 50 lượt người. Ở huyện đảo Phú Quốc, Đoàn phường Dương Đông mở "Điểm hỗ trợ dịch vụ công 24/7" qua tổng đài trực tuyến do 12 tình nguyện viên luân phiên trực.
Anh Thạch Ngọc Sang, Bí thư Đoàn xã Vĩnh Hòa Hưng Bắc, nêu thực tế nhiều thanh niên Khmer đi làm ăn ở Bình Dương, TP Hồ Chí Minh nên đội hình của xã chỉ còn 8 người, phải phối hợp với Hội Phụ nữ, Hội Nông dân xã để duy trì.
Hội nghị cũng chỉ ra hạn chế: số tài khoản được kích hoạt ở mức độ 2 còn thấp, chỉ chiếm 27%; một số nơi báo cáo trùng số liệu giữa các tháng; việc hướng dẫn người dân sử dụng lâu dài chưa được quan tâm.
Kết luận hội nghị, đồng chí Danh Thị Sà Ly đề nghị 6 tháng cuối năm, mỗi huyện, thành phố đoàn phấn đấu hỗ trợ kích hoạt thêm không dưới 3.000 tài khoản mức độ 2; chú trọng người cao tuổi, người khuyết tật và đồng bào dân tộc thiểu số. Đồng chí Trần Minh Luân, Phó Bí thư Thường trực Tỉnh đoàn, được giao theo dõi, tổng hợp số liệu hằng tháng.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 11 tập thể và 23 cá nhân xuất sắc.
Trúc Linh
Tin khác
- Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện hè năm 2023 (25/06/2023)
- Trao 300 suất học bổng cho học sinh Khmer (10/06/2023)
- Tuổi trẻ Kiên Giang chung tay bảo vệ môi trường biển (05/06/2023)
""", "2023-07-07", "Hơn 58.000 tài khoản định danh điện tử được kích hoạt nhờ đoàn viên",
E("so_ket", "2023-H1", "2023-07-06"),
[P("Danh Thị Sà Ly", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Tỉnh đoàn"),
 P("Danh Út", "Phó Bí thư Huyện đoàn Gò Quao"),
 P("Thị Kim Chi", "Phó Bí thư Huyện đoàn Gò Quao"),
 P("Thạch Ngọc Sang", "Bí thư Đoàn xã Vĩnh Hòa Hưng Bắc"),
 P("Trần Minh Luân", "Phó Bí thư Thường trực Tỉnh đoàn")],
[Q("Hơn 58.000 tài khoản định danh điện tử", 58000, "tài khoản định danh điện tử", "over"),
 Q("15 huyện, thành phố đoàn", 15, "huyện, thành phố đoàn"), Q("144 đội hình", 144, "đội hình"),
 Q("144 xã, phường, thị trấn", 144, "xã, phường, thị trấn"), Q("9.640 hồ sơ trực tuyến", 9640, "hồ sơ trực tuyến"),
 Q("khoảng 3.100 người cao tuổi", 3100, "người cao tuổi", "approx"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("từ 30 đến 50 lượt người", 30, "lượt người", "approx"), Q("12 tình nguyện viên", 12, "tình nguyện viên"),
 Q("8 người", 8, "người"), Q("27%", 27, "%"), Q("không dưới 3.000 tài khoản mức độ 2", 3000, "tài khoản mức độ 2", "over"),
 Q("11 tập thể", 11, "tập thể"), Q("23 cá nhân xuất sắc", 23, "cá nhân xuất sắc")],
[D("Chỉ thị", "12", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Đề án", "08", None, None, None, "Đề án 08"),
 D("Quyết định", "1411", "QĐ-UBND", "2023-02-14", "UBND tỉnh", "Quyết định số 1411/QĐ-UBND ngày 14/2/2023")],
[prov("Kiên Giang"), com("Dương Đông"), com("Vĩnh Hòa Hưng Bắc")],
["Cổng Thông tin điện tử Tỉnh đoàn Kiên Giang", "Trang chủ » Hoạt động » Tin trong tỉnh",
 "Đồng chí Danh Thị Sà Ly phát biểu tại hội nghị. Ảnh: Trúc Linh", "Thanh niên hỗ trợ dịch vụ công trực tuyến",
 "Điểm hỗ trợ dịch vụ công 24/7"],
["Cập nhật ngày: 07/07/2023 - 14:00", "6 tháng đầu năm 2023", "24/7", "mức độ 2", "6 tháng cuối năm"]))

PAGES.append(page("b8419-langson-tinhdoan-baocao-q3-2023", """
TỈNH ĐOÀN LẠNG SƠN
Văn bản - Báo cáo / Báo cáo định kỳ
Ngày đăng: 06/10/2023
Báo cáo kết quả hoạt động thanh niên hỗ trợ dịch vụ công trực tuyến quý III năm 2023
BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH LẠNG SƠN
Số: 389-BC/TĐTN
Lạng Sơn, ngày 05/10/2023
BÁO CÁO
Kết quả hoạt động thanh niên hỗ trợ dịch vụ công trực tuyến quý III năm 2023
Thực hiện Nghị quyết số 12-NQ/TU ngày 25/4/2022 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Lạng Sơn đến năm 2025 và Kế hoạch số 211-KH/TĐTN ngày 10/02/2023 của Ban Thường vụ Tỉnh đoàn, Ban Thường vụ Tỉnh đoàn báo cáo kết quả quý III năm 2023 như sau:
I. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền: các cơ sở Đoàn tổ chức 126 buổi tuyên truyền lồng ghép tại sinh hoạt chi đoàn, chợ phiên với khoảng 9.400 lượt người tham dự; đăng tải 312 tin, bài, video ngắn trên trang thông tin và mạng xã hội của tổ chức Đoàn.
2. Hỗ trợ người dân: 200 tổ thanh niên hỗ trợ dịch vụ công tại 200 xã, phường, thị trấn đã hướng dẫn 21.356 lượt người dân; trực tiếp hỗ trợ nộp 6.815 hồ sơ trực tuyến, đạt 113,6% chỉ tiêu quý; hỗ trợ cài đặt, kích hoạt 14.270 tài khoản định danh điện tử mức độ 2.
3. Tập huấn: phối hợp Sở Thông tin và Truyền thông mở 11 lớp tập huấn kỹ năng số cho 780 đoàn viên nòng cốt. Riêng huyện Cao Lộc tổ chức "Ngày hội thanh niên số" thu hút hơn 1.000 lượt đoàn viên, người dân.
4. Nguồn lực: vận động được 64 điện thoại thông minh cũ, 18 máy tính và kinh phí 96,5 triệu đồng từ doanh nghiệp, nhà hảo tâm.
II. TỒN TẠI, HẠN CHẾ
Một số xã vùng sâu của các huyện Bình Gia, Văn Quan còn 23 thôn chưa có sóng di động ổn định; tỷ lệ hồ sơ trực tuyến toàn trình ở cấp xã mới đạt 31,2%; một bộ phận đoàn viên đi làm ăn xa, hoạt động của tổ thiếu ổn định.
III. NHIỆM VỤ QUÝ IV
Phấn đấu mỗi tổ hỗ trợ tối thiểu 40 hồ sơ trực tuyến/tháng; tổ chức tổng kết, biểu dương 30 gương thanh niên tiêu biểu trong hỗ trợ chuyển đổi số; phối hợp Bưu điện tỉnh tập huấn cho thành viên tổ ở 4 huyện biên giới.
Một số tổ tiêu biểu trong quý: tổ thanh niên xã Hoàng Đồng do đồng chí Hoàng Văn Nông, Bí thư Đoàn xã Hoàng Đồng làm tổ trưởng; tổ thanh niên thị trấn Na Sầm do đồng chí Vi Văn Đạt, Phó Bí thư Đoàn thị trấn Na Sầm phụ trách; tổ thanh niên xã Tân Văn do đồng chí Nông Thị Hà, Chủ tịch Hội LHTN xã Tân Văn phụ trách.
Nơi nhận: Trung ương Đoàn (b/c); Thường trực Tỉnh ủy (b/c); Sở TT&TT; các huyện, thành đoàn; Lưu VP.
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
PHÓ BÍ THƯ
Lương Thị Thủy
Lượt xem: 412
Các tin khác
- Báo cáo kết quả Tháng Thanh niên năm 2023 (05/04/2023)
- Kế hoạch tổ chức Ngày hội thanh niên số năm 2023 (18/08/2023)
- Hướng dẫn thành lập tổ thanh niên hỗ trợ dịch vụ công (15/02/2023)
""", "2023-10-06", "Báo cáo kết quả hoạt động thanh niên hỗ trợ dịch vụ công trực tuyến quý III năm 2023",
E("bao_cao", "2023-Q3", "2023-10-05"),
[P("Hoàng Văn Nông", "Bí thư Đoàn xã Hoàng Đồng"),
 P("Vi Văn Đạt", "Phó Bí thư Đoàn thị trấn Na Sầm"),
 P("Nông Thị Hà", "Chủ tịch Hội LHTN xã Tân Văn"),
 P("Lương Thị Thủy", "PHÓ BÍ THƯ")],
[Q("126 buổi tuyên truyền", 126, "buổi tuyên truyền"), Q("khoảng 9.400 lượt người", 9400, "lượt người", "approx"),
 Q("312 tin, bài, video ngắn", 312, "tin, bài, video ngắn"), Q("200 tổ thanh niên hỗ trợ dịch vụ công", 200, "tổ thanh niên hỗ trợ dịch vụ công"),
 Q("200 xã, phường, thị trấn", 200, "xã, phường, thị trấn"), Q("21.356 lượt người dân", 21356, "lượt người dân"),
 Q("6.815 hồ sơ trực tuyến", 6815, "hồ sơ trực tuyến"), Q("113,6%", 113.6, "%"),
 Q("14.270 tài khoản định danh điện tử mức độ 2", 14270, "tài khoản định danh điện tử mức độ 2"),
 Q("11 lớp tập huấn kỹ năng số", 11, "lớp tập huấn kỹ năng số"), Q("780 đoàn viên nòng cốt", 780, "đoàn viên nòng cốt"),
 Q("hơn 1.000 lượt đoàn viên, người dân", 1000, "lượt đoàn viên, người dân", "over"),
 Q("64 điện thoại thông minh", 64, "điện thoại thông minh"), Q("18 máy tính", 18, "máy tính"),
 Q("96,5 triệu đồng", 96500000, "đồng"), Q("23 thôn", 23, "thôn"), Q("31,2%", 31.2, "%"),
 Q("tối thiểu 40 hồ sơ trực tuyến", 40, "hồ sơ trực tuyến"), Q("30 gương thanh niên tiêu biểu", 30, "gương thanh niên tiêu biểu"),
 Q("4 huyện biên giới", 4, "huyện biên giới")],
[D("Báo cáo", "389", "BC/TĐTN", "2023-10-05", "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH LẠNG SƠN", "Số: 389-BC/TĐTN"),
 D("Nghị quyết", "12", "NQ/TU", "2022-04-25", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU ngày 25/4/2022"),
 D("Kế hoạch", "211", "KH/TĐTN", "2023-02-10", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 211-KH/TĐTN ngày 10/02/2023")],
[prov("Lạng Sơn"), com("Hoàng Đồng"), com("Na Sầm"), com("Tân Văn")],
["TỈNH ĐOÀN LẠNG SƠN", "Văn bản - Báo cáo / Báo cáo định kỳ", "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH LẠNG SƠN",
 "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "Ngày hội thanh niên số", "Nơi nhận", "Lượt xem: 412"],
["Ngày đăng: 06/10/2023", "quý III năm 2023", "đến năm 2025", "NHIỆM VỤ QUÝ IV", "Lượt xem: 412"]))

PAGES.append(page("b8420-quangnam-tinhdoan-tongket-he-2024", """
BÁO QUẢNG NAM ĐIỆN TỬ
Chính trị - Xã hội › Đoàn thể
Thứ Tư, 21/08/2024 - 10:30
Các đơn vị nhận cờ thi đua của Ban Thường vụ Tỉnh đoàn.
Hơn 2.000 tình nguyện viên đưa dịch vụ công đến từng nóc nhà vùng cao
QNO - Chiều 20/8, Tỉnh đoàn Quảng Nam tổ chức tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2024. Năm nay, điểm nhấn của chiến dịch là hoạt động "Thanh niên hỗ trợ chuyển đổi số, dịch vụ công trực tuyến" với sự tham gia của hơn 2.000 tình nguyện viên.
Chủ trì có đồng chí Alăng Thị Mai, Ủy viên Ban Thường vụ Tỉnh đoàn, Chủ tịch Hội Sinh viên Việt Nam tỉnh và đồng chí Nguyễn Thành Tâm, Phó Bí thư Tỉnh đoàn.
Theo báo cáo, các đội hình đã có mặt tại 18 huyện, thị xã, thành phố; hướng dẫn 34.520 lượt người dân sử dụng dịch vụ công trực tuyến, trong đó có 7.600 lượt đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng ở các huyện miền núi; hỗ trợ 12.480 người dân cài đặt, kích hoạt ứng dụng định danh điện tử; xây dựng 36 "Điểm hỗ trợ dịch vụ công lưu động". Chiến dịch cũng hoàn thành 125 công trình thanh niên với tổng trị giá gần 4,8 tỷ đồng.
Hoạt động được triển khai theo Kế hoạch số 76-KH/TĐTN ngày 28/5/2024 của Ban Thường vụ Tỉnh đoàn và Chỉ thị số 34-CT/TU ngày 11/3/2024 của Ban Thường vụ Tỉnh ủy về đẩy mạnh chuyển đổi số.
Anh Bhling Văn Nhớ, Bí thư Đoàn xã A Tiêng (huyện Tây Giang), kể đội hình phải mang theo bộ phát wifi di động, đi bộ vào các thôn xa, có hôm ngủ lại nhà gươl cùng bà con. "Nhiều già làng lần đầu thấy mã QR, chúng tôi giải thích bằng tiếng Cơ Tu rồi cầm tay hướng dẫn", anh nói. Già làng Zơrâm Hiên, thôn Agrồng, cho biết nhờ đoàn viên hướng dẫn mà nhiều hộ trong thôn đã tự nộp hồ sơ xin hỗ trợ nhà ở mà không phải xuống huyện.
Chị Hốih Thị Tường, sinh viên Trường Đại học Quảng Nam, tình nguyện viên đội hình huyện Nam Giang, chia sẻ chị vui nhất khi giúp 15 cụ già trong thôn nhận lương hưu qua điện thoại.
Ở vùng đồng bằng, Đoàn phường Điện Nam Đông lập nhóm "Zalo dịch vụ công" với hơn 900 thành viên để giải đáp thủ tục đất đai, hộ tịch. Đồng chí Nguyễn Thành Tâm đánh giá đây là cách làm hay cần nhân rộng.
Hội nghị chỉ ra khó khăn như thiếu thiết bị, nhiều thôn chưa có sóng; một số đội hình chỉ hoạt động hình thức trong vài ngày. Ban Thường vụ Tỉnh đoàn đề nghị duy trì các "Điểm hỗ trợ dịch vụ công lưu động" sau chiến dịch, ít nhất đến hết năm 2024.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng cờ thi đua cho 5 đơn vị và bằng khen cho 22 tập thể, 48 cá nhân tiêu biểu.
Hoàng Liên
Tin liên quan
- Ra quân Chiến dịch Thanh niên tình nguyện hè 2024 (08/06/2024)
- Nam Trà My: 50 sinh viên tình nguyện về bản (15/07/2024)
- Tuổi trẻ Quảng Nam hỗ trợ bà con vùng lũ (02/11/2023)
""", "2024-08-21", "Hơn 2.000 tình nguyện viên đưa dịch vụ công đến từng nóc nhà vùng cao",
E("tong_ket", "2024", "2024-08-20"),
[P("Alăng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Chủ tịch Hội Sinh viên Việt Nam tỉnh"),
 P("Nguyễn Thành Tâm", "Phó Bí thư Tỉnh đoàn"),
 P("Bhling Văn Nhớ", "Bí thư Đoàn xã A Tiêng"),
 P("Zơrâm Hiên", "Già làng"),
 P("Hốih Thị Tường", "sinh viên Trường Đại học Quảng Nam", "tình nguyện viên đội hình huyện Nam Giang")],
[Q("Hơn 2.000 tình nguyện viên", 2000, "tình nguyện viên", "over"), Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"),
 Q("34.520 lượt người dân", 34520, "lượt người dân"), Q("7.600 lượt đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng", 7600, "lượt đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng"),
 Q("12.480 người dân", 12480, "người dân"), Q('36 "Điểm hỗ trợ dịch vụ công lưu động"', 36, "Điểm hỗ trợ dịch vụ công lưu động"),
 Q("125 công trình thanh niên", 125, "công trình thanh niên"), Q("gần 4,8 tỷ đồng", 4800000000, "đồng", "approx"),
 Q("15 cụ già", 15, "cụ già"), Q("hơn 900 thành viên", 900, "thành viên", "over"),
 Q("5 đơn vị", 5, "đơn vị"), Q("22 tập thể", 22, "tập thể"), Q("48 cá nhân tiêu biểu", 48, "cá nhân tiêu biểu")],
[D("Kế hoạch", "76", "KH/TĐTN", "2024-05-28", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 76-KH/TĐTN ngày 28/5/2024"),
 D("Chỉ thị", "34", "CT/TU", "2024-03-11", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 34-CT/TU ngày 11/3/2024")],
[prov("Quảng Nam"), com("A Tiêng"), com("Điện Nam Đông")],
["BÁO QUẢNG NAM ĐIỆN TỬ", "Chính trị - Xã hội › Đoàn thể", "Các đơn vị nhận cờ thi đua của Ban Thường vụ Tỉnh đoàn.", "QNO",
 "Thanh niên hỗ trợ chuyển đổi số, dịch vụ công trực tuyến", "Điểm hỗ trợ dịch vụ công lưu động", "Zalo dịch vụ công"],
["Thứ Tư, 21/08/2024 - 10:30", "năm 2024", "mã QR", "hết năm 2024"]))

PAGES.append(page("b8421-haiphong-quandoan-ramat-2024", """
Cổng thông tin điện tử quận Lê Chân - thành phố Hải Phòng
Trang chủ / Tin tức - Sự kiện / Hoạt động các phường
20/12/2024 06:00
Ra mắt tổ thanh niên công nghệ số "Dân hỏi - Đoàn viên trả lời"
Tối 19/12, Đoàn phường Dư Hàng Kênh (quận Lê Chân) tổ chức ra mắt tổ thanh niên công nghệ số "Dân hỏi - Đoàn viên trả lời" tại nhà văn hóa tổ dân phố số 14. Đây là mô hình thứ 15 trên địa bàn quận được thành lập trong năm 2024.
Lãnh đạo quận và phường trao quyết định thành lập tổ. Ảnh: Đức Anh
Dự buổi ra mắt có đồng chí Phạm Hải Yến, Bí thư Quận đoàn Lê Chân; đồng chí Đào Văn Quý, Bí thư Đảng ủy, Chủ tịch HĐND phường Dư Hàng Kênh cùng đông đảo đoàn viên và nhân dân.
Mô hình được thành lập theo Chỉ thị số 41-CT/TU ngày 02/10/2024 của Ban Thường vụ Thành ủy về đẩy mạnh chuyển đổi số, Kế hoạch số 318/KH-UBND của UBND quận Lê Chân và hưởng ứng Quyết định số 164/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ về phổ cập kỹ năng số cho người dân. Tổ gồm 18 thành viên, hoạt động vào tối thứ Tư và sáng Chủ nhật hằng tuần, hướng dẫn người dân sử dụng ứng dụng định danh điện tử, nộp hồ sơ trên Cổng dịch vụ công quốc gia, đăng ký khám bệnh, đóng học phí và tiền điện qua điện thoại.
Tại buổi ra mắt, chị Vũ Thị Thanh Mai, giáo viên tin học Trường THCS Dư Hàng Kênh, được phân công giữ chức Tổ trưởng tổ thanh niên công nghệ số; anh Lê Minh Đức, kỹ sư phần mềm, được phân công làm Tổ phó. "Tôi sẽ cùng các bạn lập sổ tay những câu hỏi bà con hay gặp nhất, in ra dán ở bảng tin tổ dân phố", chị Mai nói.
Ngay trong buổi tối, tổ đã hướng dẫn 57 người dân, chủ yếu là người trên 60 tuổi, tích hợp giấy phép lái xe, thẻ bảo hiểm y tế vào ứng dụng. Bà Ngô Thị Thoa, tổ dân phố số 14, cho biết trước đây mỗi lần đóng tiền điện phải nhờ con cháu, nay đã tự làm được.
Theo đồng chí Phạm Hải Yến, năm 2024 các tổ thanh niên công nghệ số của quận đã hướng dẫn khoảng 6.500 lượt người dân, góp phần nâng tỷ lệ hồ sơ trực tuyến của quận lên trên 80%. Quận đoàn đặt mục tiêu năm 2025 mỗi phường có từ 2 tổ trở lên, ưu tiên các khu dân cư đông người cao tuổi.
Đồng chí Đào Văn Quý đề nghị tổ phối hợp với công an phường để xác minh thông tin khi hướng dẫn, tuyệt đối không thao tác hộ các giao dịch tài chính; Đảng ủy phường sẽ hỗ trợ 10 triệu đồng mua bộ phát wifi, màn hình và tài liệu cho tổ. Dịp này, Quận đoàn trao tặng tổ 2 máy tính bảng do một doanh nghiệp trên địa bàn tài trợ.
Buổi ra mắt cũng là dịp để các đoàn viên trao đổi kinh nghiệm với tổ công nghệ số phường Trần Nguyên Hãn, đơn vị thành lập đầu tiên của quận.
Đức Anh
Tin cùng chuyên mục
- Lê Chân tổng kết Tháng Thanh niên năm 2024 (05/04/2024)
- Phường Vĩnh Niệm ra mắt mô hình "Khu phố số" (12/11/2024)
- Hội thi tin học trẻ quận Lê Chân (20/10/2024)
""", "2024-12-20", "Ra mắt tổ thanh niên công nghệ số \"Dân hỏi - Đoàn viên trả lời\"",
E("khac", None, "2024-12-19"),
[P("Phạm Hải Yến", "Bí thư Quận đoàn Lê Chân"),
 P("Đào Văn Quý", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Dư Hàng Kênh"),
 P("Vũ Thị Thanh Mai", "giáo viên tin học Trường THCS Dư Hàng Kênh", "Tổ trưởng tổ thanh niên công nghệ số"),
 P("Lê Minh Đức", "kỹ sư phần mềm", "Tổ phó"),
 P("Ngô Thị Thoa")],
[Q("18 thành viên", 18, "thành viên"), Q("57 người dân", 57, "người dân"),
 Q("khoảng 6.500 lượt người dân", 6500, "lượt người dân", "approx"), Q("trên 80%", 80, "%", "over"),
 Q("từ 2 tổ trở lên", 2, "tổ", "over"), Q("10 triệu đồng", 10000000, "đồng"), Q("2 máy tính bảng", 2, "máy tính bảng")],
[D("Chỉ thị", "41", "CT/TU", "2024-10-02", "Ban Thường vụ Thành ủy", "Chỉ thị số 41-CT/TU ngày 02/10/2024"),
 D("Kế hoạch", "318", "KH-UBND", None, "UBND quận Lê Chân", "Kế hoạch số 318/KH-UBND"),
 D("Quyết định", "164", "QĐ-TTg", "2022-01-28", "Thủ tướng Chính phủ", "Quyết định số 164/QĐ-TTg ngày 28/01/2022")],
[prov("Hải Phòng"), com("Dư Hàng Kênh"), com("Trần Nguyên Hãn")],
["Cổng thông tin điện tử quận Lê Chân - thành phố Hải Phòng", "Trang chủ / Tin tức - Sự kiện / Hoạt động các phường",
 "Lãnh đạo quận và phường trao quyết định thành lập tổ. Ảnh: Đức Anh", "Dân hỏi - Đoàn viên trả lời", "Cổng dịch vụ công quốc gia"],
["20/12/2024 06:00", "tổ dân phố số 14", "mô hình thứ 15", "năm 2024", "trên 60 tuổi", "năm 2025"]))

PAGES.append(page("b8422-binhphuoc-tinhdoan-hoinghi-bdhvs-2025", """
BÁO BÌNH PHƯỚC ĐIỆN TỬ
Trang chủ > Chính trị > Đoàn thể
Cập nhật: 09:42, 21/05/2025 (GMT+7)
Thanh niên làm nòng cốt "Bình dân học vụ số" ở vùng đồng bào S'tiêng
BP - Ngày 20/5, Tỉnh đoàn Bình Phước tổ chức hội nghị triển khai phong trào "Bình dân học vụ số" trong đoàn viên, thanh niên năm 2025, gắn với hỗ trợ người dân sử dụng dịch vụ công trực tuyến. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 11 điểm cầu huyện, thị xã, thành phố.
Đồng chí Điểu Thị Lanh phát biểu tại hội nghị.
Chủ trì hội nghị có đồng chí Nguyễn Quốc Việt, Tỉnh ủy viên, Bí thư Tỉnh đoàn; đồng chí Điểu Thị Lanh, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh. Dự hội nghị có đồng chí Trần Thanh Bình, Phó Giám đốc Sở Khoa học và Công nghệ.
Theo Kế hoạch số 402-KH/TĐTN ngày 08/4/2025 của Ban Thường vụ Tỉnh đoàn, từ nay đến hết năm 2025, mỗi cơ sở Đoàn thành lập ít nhất một đội hình "Bình dân học vụ số"; phấn đấu 100% đoàn viên có tài khoản định danh điện tử mức độ 2 và biết sử dụng các dịch vụ công thiết yếu; hỗ trợ ít nhất 50.000 lượt người dân tiếp cận kỹ năng số. Kế hoạch cụ thể hóa Nghị quyết số 08-NQ/TU ngày 15/2/2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.
Báo cáo tại hội nghị cho thấy toàn tỉnh hiện có 111 tổ công nghệ số cộng đồng với 1.026 thành viên là đoàn viên; 4 tháng đầu năm đã hướng dẫn 18.750 lượt người dân. Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 52,4%.
Tại điểm cầu huyện Bù Gia Mập, đồng chí Điểu Brông, Bí thư Huyện đoàn Bù Gia Mập, cho biết các đội hình đã dịch tài liệu hướng dẫn ra tiếng S'tiêng, tổ chức lớp "Bình dân học vụ số" ngay tại sóc vào buổi tối. Chị Thị Ngọc Hiền, Bí thư Đoàn xã Đăk Ơ, chia sẻ nhiều bà con trong sóc chỉ dùng điện thoại để nghe gọi; sau 3 buổi học, 42 người đã tự cài được ứng dụng định danh điện tử.
Đồng chí Trần Thanh Bình thông tin, Sở sẽ hỗ trợ 200 bộ tài liệu, 30 bộ thiết bị phát wifi cho các đội hình ở xã biên giới; đồng thời phối hợp với Tỉnh đoàn tổ chức hội thi "Thanh niên với kỹ năng số" vào tháng 8.
Phát biểu kết luận, đồng chí Nguyễn Quốc Việt nhấn mạnh, trong bối cảnh sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, nhu cầu làm thủ tục trực tuyến của người dân sẽ tăng mạnh. Đồng chí yêu cầu các huyện đoàn chuẩn bị lực lượng sẵn sàng hỗ trợ tại trung tâm phục vụ hành chính công của các xã, phường mới từ ngày 1/7/2025.
Phường Tân Phú là đơn vị đầu tiên ký cam kết thi đua tại hội nghị.
Minh Luân
Tin liên quan
- Tỉnh đoàn tổng kết Tháng Thanh niên năm 2025 (02/04/2025)
- Bù Đăng: ra mắt đội hình "Bình dân học vụ số" (18/04/2025)
- Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 12 (15/01/2025)
""", "2025-05-21", "Thanh niên làm nòng cốt \"Bình dân học vụ số\" ở vùng đồng bào S'tiêng",
E("hoi_nghi", "2025", "2025-05-20"),
[P("Nguyễn Quốc Việt", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Điểu Thị Lanh", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Trần Thanh Bình", "Phó Giám đốc Sở Khoa học và Công nghệ"),
 P("Điểu Brông", "Bí thư Huyện đoàn Bù Gia Mập"),
 P("Thị Ngọc Hiền", "Bí thư Đoàn xã Đăk Ơ")],
[Q("11 điểm cầu", 11, "điểm cầu"), Q("100% đoàn viên", 100, "%"),
 Q("ít nhất 50.000 lượt người dân", 50000, "lượt người dân", "over"), Q("111 tổ công nghệ số cộng đồng", 111, "tổ công nghệ số cộng đồng"),
 Q("1.026 thành viên", 1026, "thành viên"), Q("18.750 lượt người dân", 18750, "lượt người dân"), Q("52,4%", 52.4, "%"),
 Q("42 người", 42, "người"), Q("200 bộ tài liệu", 200, "bộ tài liệu"), Q("30 bộ thiết bị phát wifi", 30, "bộ thiết bị phát wifi")],
[D("Kế hoạch", "402", "KH/TĐTN", "2025-04-08", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 402-KH/TĐTN ngày 08/4/2025"),
 D("Nghị quyết", "08", "NQ/TU", "2025-02-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 08-NQ/TU ngày 15/2/2025")],
[prov("Bình Phước"), com("Đăk Ơ"), com("Tân Phú")],
["BÁO BÌNH PHƯỚC ĐIỆN TỬ", "Trang chủ > Chính trị > Đoàn thể", "Đồng chí Điểu Thị Lanh phát biểu tại hội nghị.", "BP",
 "Bình dân học vụ số", "Thanh niên với kỹ năng số"],
["Cập nhật: 09:42, 21/05/2025 (GMT+7)", "năm 2025", "hết năm 2025", "mức độ 2", "4 tháng đầu năm", "3 buổi", "tháng 8", "ngày 1/7/2025", "hai cấp"]))
