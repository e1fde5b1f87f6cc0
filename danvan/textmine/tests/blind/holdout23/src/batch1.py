from lib import *
PAGES = []

# b509 Nghệ An 2013, provincial newspaper, MTTQ annual review (kind/period only in the lead)
PAGES.append(page("b509-nghean-mttq-tongket-2013", """
BÁO NGHỆ AN ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Thứ Hai, 30/12/2013
Trang chủ › Chính trị › Mặt trận
Cập nhật: 16:05, 27/12/2013 (GMT+7)

Nghệ An: Hơn 1.250 hộ nghèo có nhà mới từ Quỹ "Vì người nghèo"

(Baonghean) - Ngày 26/12, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2013, triển khai nhiệm vụ năm 2014. Trong năm, Mặt trận các cấp đã hỗ trợ hơn 1.250 hộ nghèo xây mới, sửa chữa nhà ở.

Đồng chí Nguyễn Văn Khang, Phó Bí thư Thường trực Tỉnh ủy phát biểu chỉ đạo hội nghị. Ảnh: Thanh Lê

Dự hội nghị có các đồng chí: Nguyễn Văn Khang - Phó Bí thư Thường trực Tỉnh ủy; Lê Thị Hoài - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Võ Quang Tiến - Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh; cùng các Phó Chủ tịch Ủy ban MTTQ tỉnh: Phan Văn Lục, Lô Thị Kim Ngân, Vi Văn Sơn.

Năm 2013, Mặt trận các cấp trong tỉnh tập trung triển khai Nghị quyết số 26-NQ/TW của Bộ Chính trị về phương hướng, nhiệm vụ phát triển tỉnh Nghệ An đến năm 2020 và Kế hoạch số 45-KH/MTTQ-BTT ngày 15/3/2013 của Ban Thường trực Ủy ban MTTQ tỉnh về thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Đến nay, 86,4% khu dân cư được công nhận khu dân cư văn hóa.

Quỹ "Vì người nghèo" các cấp vận động được 52,6 tỷ đồng. Từ nguồn quỹ, Mặt trận đã hỗ trợ xây mới 986 căn nhà, sửa chữa 264 căn nhà cho hộ nghèo, mức hỗ trợ 30 triệu đồng/căn đối với nhà xây mới. Nhiều gia đình ở các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong đã có chỗ ở ổn định trước mùa mưa bão.

Tham luận tại hội nghị, ông Xồng Bá Dìa, người có uy tín bản Huồi Giảng, xã Tri Lễ cho biết: "Có nhà mới rồi, bà con yên tâm làm ăn, con cháu đi học đều hơn".

Công tác giám sát và phản biện xã hội có chuyển biến. Mặt trận các cấp đã chủ trì 412 cuộc giám sát, tổng hợp 1.036 kiến nghị của cử tri gửi đến kỳ họp HĐND các cấp.

Phát biểu chỉ đạo, đồng chí Nguyễn Văn Khang đề nghị trong năm 2014, Mặt trận các cấp tiếp tục đổi mới nội dung, phương thức hoạt động; quán triệt và triển khai kịp thời Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; chú trọng vận động đồng bào dân tộc thiểu số ở vùng biên giới giữ vững an ninh, trật tự.

Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 35 tập thể và 48 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2013.

Đồng chí Võ Quang Tiến trao Bằng khen cho các tập thể. Ảnh: Thanh Lê

Thanh Lê

Lượt xem: 1.207

Tin liên quan
- Mặt trận huyện Quỳnh Lưu tổng kết năm 2013 (26/12/2013)
- Trao 20 nhà Đại đoàn kết cho hộ nghèo huyện Con Cuông (24/12/2013)
- Đại hội Mặt trận xã điểm nhiệm kỳ 2014 - 2019 (20/12/2013)
- Tỉnh ủy quán triệt Quyết định 217, 218 của Bộ Chính trị (19/12/2013)
""", "2013-12-27",
    "Nghệ An: Hơn 1.250 hộ nghèo có nhà mới từ Quỹ \"Vì người nghèo\"",
    E("tong_ket", "2013", "2013-12-26"),
    [P("Nguyễn Văn Khang", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Lê Thị Hoài", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Võ Quang Tiến", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Phan Văn Lục", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Lô Thị Kim Ngân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Vi Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Xồng Bá Dìa", "người có uy tín bản Huồi Giảng")],
    [Q("hơn 1.250 hộ nghèo", 1250, "hộ nghèo", "over"),
     Q("86,4% khu dân cư", 86.4, "%"),
     Q("52,6 tỷ đồng", 52600000000, "đồng"),
     Q("986 căn nhà", 986, "căn nhà"),
     Q("264 căn nhà", 264, "căn nhà"),
     Q("30 triệu đồng/căn", 30000000, "đồng"),
     Q("412 cuộc giám sát", 412, "cuộc giám sát"),
     Q("1.036 kiến nghị", 1036, "kiến nghị"),
     Q("35 tập thể", 35, "tập thể"),
     Q("48 cá nhân", 48, "cá nhân")],
    [D("Nghị quyết", "26", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 26-NQ/TW"),
     D("Kế hoạch", "45", "KH/MTTQ-BTT", "2013-03-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 45-KH/MTTQ-BTT"),
     D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
     D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW")],
    [prov("Nghệ An"), com("Tri Lễ")],
    ["BÁO NGHỆ AN ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN", "Trang chủ › Chính trị › Mặt trận",
     "Đồng chí Nguyễn Văn Khang, Phó Bí thư Thường trực Tỉnh ủy phát biểu chỉ đạo hội nghị. Ảnh: Thanh Lê",
     "Đồng chí Võ Quang Tiến trao Bằng khen cho các tập thể. Ảnh: Thanh Lê", "Vì người nghèo",
     "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Kỳ Sơn", "Lượt xem: 1.207"],
    ["Thứ Hai, 30/12/2013", "Cập nhật: 16:05, 27/12/2013 (GMT+7)", "năm 2014", "đến năm 2020", "Lượt xem: 1.207"]))

# b510 Hà Tĩnh 2014, TV station, Hội Nông dân 6-month review
PAGES.append(page("b510-hatinh-hnd-soket-2014", """
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ TĨNH
Trang chủ | Thời sự | Nông nghiệp - Nông thôn
08:15 | 11/07/2014

Nông dân Hà Tĩnh góp gần 18 tỷ đồng xây dựng nông thôn mới

(HTV) - Sáng 10/7, Hội Nông dân tỉnh sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014. Trong 6 tháng, hội viên nông dân đã đóng góp gần 18 tỷ đồng và hiến hơn 96.000 m2 đất làm đường giao thông nông thôn.

Quang cảnh hội nghị sơ kết.

Đến dự có đồng chí Đặng Quốc Vinh - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Trần Huy Oánh - Phó Chủ tịch UBND tỉnh. Chủ trì hội nghị có ông Nguyễn Văn Hùng, Chủ tịch Hội Nông dân tỉnh và các ông Bùi Đình Lương, Lê Văn Khánh - Phó Chủ tịch Hội Nông dân tỉnh.

Theo báo cáo, 6 tháng đầu năm, các cấp Hội đã kết nạp mới 2.315 hội viên, nâng tổng số hội viên toàn tỉnh lên hơn 196.000 người. Thực hiện Kết luận 61-KL/TW của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam" và Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ, Hội đã phối hợp mở 148 lớp dạy nghề cho 4.620 lượt nông dân.

Nguồn Quỹ Hỗ trợ nông dân do Hội quản lý đạt 21,4 tỷ đồng, giải ngân cho 1.035 hộ vay phát triển chăn nuôi, trồng rau củ quả. Phong trào nông dân sản xuất, kinh doanh giỏi có 38.760 hộ đăng ký, tăng so với cùng kỳ năm trước.

Nhiều mô hình hay được nhân rộng như tổ hợp tác nuôi nhím ở xã Sơn Kim 1, câu lạc bộ nông dân với pháp luật ở xã Thạch Đài. Ông Phan Văn Tý, nông dân xã Sơn Kim 1 chia sẻ: "Nhờ vay 50 triệu đồng từ Quỹ, gia đình tôi mở rộng chuồng trại, mỗi năm có lãi khá, đủ lo cho hai con ăn học".

Ông Nguyễn Văn Hùng, Chủ tịch Hội Nông dân tỉnh phát biểu tại hội nghị.

Phát biểu tại hội nghị, đồng chí Đặng Quốc Vinh ghi nhận những kết quả Hội đạt được, đề nghị 6 tháng cuối năm 2014, các cấp Hội tập trung thực hiện Kế hoạch số 112/KH-UBND ngày 04/4/2014 của UBND tỉnh về tái cơ cấu ngành nông nghiệp, vận động hội viên tham gia "Ngày thứ 7 cùng dân" làm đường, kênh mương nội đồng; tiếp tục thực hiện tốt chương trình "3 giảm, 3 tăng" trong sản xuất lúa.

Các đại biểu cũng chỉ ra hạn chế: một số cơ sở Hội chưa chủ động nắm tình hình tư tưởng hội viên, việc thu hồi nợ Quỹ ở vài nơi còn chậm; công tác tuyên truyền về xây dựng nông thôn mới ở vùng sâu, vùng xa của tỉnh Hà Tĩnh chưa thường xuyên.

Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng giấy khen cho 12 tập thể, 19 cá nhân có thành tích xuất sắc.

Phương Chi - Đức Anh

Số lượt xem: 862

TIN CÙNG CHUYÊN MỤC
- Hương Sơn: Nông dân trồng cam thu nhập tiền tỷ
- Tập huấn kỹ thuật trồng rau an toàn cho hội viên
- Đức Thọ ra quân "Ngày thứ 7 cùng dân"
- Hội Nông dân huyện Kỳ Anh sơ kết 6 tháng
- Nông dân Can Lộc chung tay làm đường giao thông nội đồng
""", "2014-07-11",
    "Nông dân Hà Tĩnh góp gần 18 tỷ đồng xây dựng nông thôn mới",
    E("so_ket", "2014-H1", "2014-07-10"),
    [P("Đặng Quốc Vinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Trần Huy Oánh", "Phó Chủ tịch UBND tỉnh"),
     P("Nguyễn Văn Hùng", "Chủ tịch Hội Nông dân tỉnh"),
     P("Bùi Đình Lương", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Lê Văn Khánh", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Phan Văn Tý", "nông dân xã Sơn Kim 1")],
    [Q("gần 18 tỷ đồng", 18000000000, "đồng", "approx"),
     Q("hơn 96.000 m2", 96000, "m2", "over"),
     Q("2.315 hội viên", 2315, "hội viên"),
     Q("hơn 196.000 người", 196000, "người", "over"),
     Q("148 lớp dạy nghề", 148, "lớp dạy nghề"),
     Q("4.620 lượt nông dân", 4620, "lượt nông dân"),
     Q("21,4 tỷ đồng", 21400000000, "đồng"),
     Q("1.035 hộ", 1035, "hộ"),
     Q("38.760 hộ", 38760, "hộ"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("12 tập thể", 12, "tập thể"),
     Q("19 cá nhân", 19, "cá nhân")],
    [D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
     D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg"),
     D("Kế hoạch", "112", "KH-UBND", "2014-04-04", "UBND tỉnh", "Kế hoạch số 112/KH-UBND")],
    [prov("Hà Tĩnh"), com("Sơn Kim 1"), com("Thạch Đài")],
    ["ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ TĨNH", "Trang chủ | Thời sự | Nông nghiệp - Nông thôn", "Quang cảnh hội nghị sơ kết.",
     "Ông Nguyễn Văn Hùng, Chủ tịch Hội Nông dân tỉnh phát biểu tại hội nghị.", "Ngày thứ 7 cùng dân",
     "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam", "Phương Chi - Đức Anh", "Số lượt xem: 862"],
    ["08:15 | 11/07/2014", "6 tháng đầu năm", "6 tháng cuối năm 2014", "3 giảm, 3 tăng", "Ngày thứ 7", "Số lượt xem: 862"]))

# b511 Thanh Hóa 2015, Ban Dân vận Tỉnh ủy site, quarterly briefing (quý III in the lead)
PAGES.append(page("b511-thanhhoa-bdv-giaoban-q3-2015", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Bạn đang ở: Trang chủ » Hoạt động » Tin hoạt động
Thứ Năm, 08/10/2015 - 15:30

Khối dân vận tỉnh đánh giá kết quả thực hiện phong trào thi đua "Dân vận khéo"

Chiều 7/10, Ban Dân vận Tỉnh ủy chủ trì hội nghị giao ban công tác dân vận quý III năm 2015 với Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh, Ban Dân vận các huyện, thị, thành ủy và đảng ủy trực thuộc.

Các đại biểu dự hội nghị giao ban.

Đồng chí Lê Thị Thìn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hà Văn Ngọc, Phạm Thị Lan; đồng chí Cầm Bá Tường, Chủ tịch Ủy ban MTTQ tỉnh và lãnh đạo các đoàn thể tỉnh.

Theo báo cáo, trong quý III, khối dân vận các cấp tập trung tuyên truyền Đại hội Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2015 - 2020; triển khai Chỉ thị 49-CT/TU, 50-CT/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội Mặt trận và đoàn thể các cấp. Toàn tỉnh có 1.124 mô hình "Dân vận khéo" được đăng ký, trong đó 317 mô hình được công nhận, biểu dương.

Trong quý, nhân dân hiến 152.000 m2 đất, đóng góp 64,7 tỷ đồng và 41.300 ngày công làm đường giao thông nông thôn, xây dựng nhà văn hóa. Ban Dân vận các huyện miền núi phối hợp vận động 215 hộ đồng bào Mông ở bản Pù Nhi, xã Pù Nhi không di cư tự do.

Tại hội nghị, các đại biểu thảo luận về việc thực hiện Quy chế dân chủ ở cơ sở theo Kế hoạch số 86-KH/BDVTU ngày 12/6/2015 của Ban Dân vận Tỉnh ủy; đề xuất giải quyết dứt điểm 9 vụ việc khiếu nại đông người kéo dài. Ông Lò Văn Pấn, Trưởng Ban Dân vận Huyện ủy Mường Lát cho biết, huyện đã tổ chức 46 cuộc đối thoại trực tiếp với nhân dân.

Cũng trong quý III, Ban Dân vận Tỉnh ủy Thanh Hóa đã thành lập 4 đoàn kiểm tra công tác dân vận của chính quyền tại 12 đơn vị cấp xã; qua kiểm tra đã chỉ ra 23 hạn chế, đề nghị các địa phương khắc phục trước ngày 31/12/2015. Một số ý kiến cho rằng việc phối hợp giữa Ban Dân vận và UBND cấp huyện ở vài nơi còn hình thức, chưa có quy chế cụ thể.

Kết luận hội nghị, đồng chí Lê Thị Thìn yêu cầu quý IV, khối dân vận các cấp bám sát cơ sở, nắm chắc tình hình tư tưởng nhân dân, nhất là ở 6 xã biên giới; chuẩn bị tốt tổng kết công tác dân vận năm 2015 và phong trào thi đua "Dân vận khéo" giai đoạn 2010 - 2015.

Đồng chí Lê Thị Thìn, Trưởng Ban Dân vận Tỉnh ủy kết luận hội nghị.

Tin, ảnh: Minh Hằng

Lượt truy cập: 2.315

Các tin khác
- Hội nghị giao ban công tác dân vận quý II năm 2015
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở
- Biểu dương 50 điển hình "Dân vận khéo" năm 2015
- Ban Dân vận Huyện ủy Quan Hóa sơ kết 6 tháng
""", "2015-10-08",
    "Khối dân vận tỉnh đánh giá kết quả thực hiện phong trào thi đua \"Dân vận khéo\"",
    E("giao_ban", "2015-Q3", "2015-10-07"),
    [P("Lê Thị Thìn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Hà Văn Ngọc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Phạm Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Cầm Bá Tường", "Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Lò Văn Pấn", "Trưởng Ban Dân vận Huyện ủy Mường Lát")],
    [Q("1.124 mô hình", 1124, "mô hình"),
     Q("317 mô hình", 317, "mô hình"),
     Q("152.000 m2", 152000, "m2"),
     Q("64,7 tỷ đồng", 64700000000, "đồng"),
     Q("41.300 ngày công", 41300, "ngày công"),
     Q("215 hộ", 215, "hộ"),
     Q("9 vụ việc", 9, "vụ việc"),
     Q("46 cuộc đối thoại", 46, "cuộc đối thoại"),
     Q("6 xã biên giới", 6, "xã biên giới"),
     Q("4 đoàn kiểm tra", 4, "đoàn kiểm tra"),
     Q("12 đơn vị cấp xã", 12, "đơn vị cấp xã"),
     Q("23 hạn chế", 23, "hạn chế")],
    [D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49-CT/TU, 50-CT/TU"),
     D("Chỉ thị", "50", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49-CT/TU, 50-CT/TU"),
     D("Kế hoạch", "86", "KH/BDVTU", "2015-06-12", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 86-KH/BDVTU")],
    [prov("Thanh Hóa"), com("Pù Nhi")],
    ["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Bạn đang ở: Trang chủ » Hoạt động » Tin hoạt động", "Các đại biểu dự hội nghị giao ban.",
     "Đồng chí Lê Thị Thìn, Trưởng Ban Dân vận Tỉnh ủy kết luận hội nghị.", "Dân vận khéo", "Mường Lát", "Tin, ảnh: Minh Hằng",
     "Lượt truy cập: 2.315"],
    ["Thứ Năm, 08/10/2015 - 15:30", "lần thứ XVIII", "nhiệm kỳ 2015 - 2020", "quý IV",
     "giai đoạn 2010 - 2015", "31/12/2015", "Lượt truy cập: 2.315"]))

# b512 Thừa Thiên Huế 2016, Hội LHPN site, Tết welfare campaign
PAGES.append(page("b512-hue-lhpn-traoqua-2016", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH THỪA THIÊN HUẾ
Trang chủ :: Tin tức - Sự kiện :: Hoạt động Hội
Ngày đăng 29/01/2016 | 10:40

Trao 800 suất quà Tết cho phụ nữ nghèo vùng cao A Lưới

Trong hai ngày 27 và 28/01/2016, Hội LHPN tỉnh phối hợp với các nhà hảo tâm tổ chức chương trình "Tết ấm cho phụ nữ nghèo" tại huyện A Lưới và thị xã Hương Trà, trao 800 suất quà cho phụ nữ có hoàn cảnh khó khăn.

Bà Nguyễn Thị Tuyết Hạnh, Chủ tịch Hội LHPN tỉnh trao quà cho phụ nữ xã Hồng Hạ.

Tham gia đoàn có bà Nguyễn Thị Tuyết Hạnh, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; bà Trần Thị Kim Loan, Phó Chủ tịch Hội LHPN tỉnh; ông Hồ Xuân Trăng, Phó Trưởng Ban Dân tộc tỉnh và đại diện Ngân hàng Chính sách xã hội chi nhánh tỉnh.

Mỗi suất quà trị giá 500.000 đồng, gồm tiền mặt, gạo, dầu ăn, bánh chưng. Tổng trị giá chương trình 400 triệu đồng, do Hội vận động từ các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh. Tại xã Hồng Hạ và xã Hương Nguyên, đoàn còn trao 30 con bò giống cho 30 hộ phụ nữ nghèo người Cơ Tu, Tà Ôi, mỗi con trị giá 12 triệu đồng.

Chị Kăn Thị Hồng, hội viên thôn A Ka, xã Hồng Hạ xúc động: "Năm nay nhà có bò, có quà, Tết ấm hơn nhiều". Bà Arâl Thị Nhiên, Chủ tịch Hội LHPN xã Hương Nguyên cho biết, xã có 114 hộ phụ nữ nghèo, chiếm 27,6% số hộ toàn xã.

Chương trình nằm trong Kế hoạch 05/KH-HPN ngày 06/01/2016 của Ban Thường vụ Hội LHPN tỉnh về chăm lo Tết Bính Thân, thực hiện Chỉ thị 03-CT/TU của Tỉnh ủy về tổ chức Tết vui tươi, lành mạnh, an toàn và cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".

Theo thống kê của Hội LHPN tỉnh Thừa Thiên Huế, toàn tỉnh hiện có 3.865 hộ phụ nữ nghèo, trong đó huyện A Lưới chiếm gần một nửa. Hội đang quản lý nguồn vốn ủy thác của Ngân hàng Chính sách xã hội với dư nợ 1.240 tỷ đồng. Từ nay đến năm 2020, Hội phấn đấu giúp chị em thoát nghèo bền vững thông qua các tổ tiết kiệm và vay vốn, mô hình hỗ trợ con giống, dạy nghề may, đan lát thổ cẩm.

Bà Nguyễn Thị Tuyết Hạnh cho biết, sau Tết, Hội sẽ phối hợp với Bộ đội Biên phòng tỉnh tiếp tục chương trình "Nâng bước em đến trường", nhận đỡ đầu học sinh nghèo người dân tộc thiểu số ở các xã biên giới, đồng thời kiểm tra việc sử dụng bò giống đã trao để bảo đảm đúng mục đích.

Trước đó, trong năm 2015, các cấp Hội trong tỉnh đã vận động hỗ trợ 26 "Mái ấm tình thương" và giúp 1.420 hộ phụ nữ thoát nghèo.

Bà Trần Thị Kim Loan thăm hỏi hội viên khó khăn ở thị xã Hương Trà.

Bài, ảnh: Hoài Thương

Lượt xem: 540

Bài viết liên quan
- Hội LHPN tỉnh tổng kết công tác Hội năm 2015
- Phụ nữ Phong Điền góp gạo tình thương
- Ra mắt mô hình "Tiết kiệm vì chị em nghèo"
- Hội LHPN huyện Nam Đông trao bò giống cho hội viên nghèo
- Tập huấn kiến thức pháp luật cho phụ nữ dân tộc thiểu số
""", "2016-01-29",
    "Trao 800 suất quà Tết cho phụ nữ nghèo vùng cao A Lưới",
    E("trao_qua", None, "2016-01-27"),
    [P("Nguyễn Thị Tuyết Hạnh", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
     P("Trần Thị Kim Loan", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Hồ Xuân Trăng", "Phó Trưởng Ban Dân tộc tỉnh"),
     P("Kăn Thị Hồng", "hội viên thôn A Ka"),
     P("Arâl Thị Nhiên", "Chủ tịch Hội LHPN xã Hương Nguyên")],
    [Q("800 suất quà", 800, "suất quà"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("400 triệu đồng", 400000000, "đồng"),
     Q("30 con bò giống", 30, "con bò giống"),
     Q("30 hộ phụ nữ nghèo", 30, "hộ phụ nữ nghèo"),
     Q("12 triệu đồng", 12000000, "đồng"),
     Q("114 hộ phụ nữ nghèo", 114, "hộ phụ nữ nghèo"),
     Q("27,6%", 27.6, "%"),
     Q("26 \"Mái ấm tình thương\"", 26, "Mái ấm tình thương"),
     Q("1.420 hộ phụ nữ", 1420, "hộ phụ nữ"),
     Q("3.865 hộ phụ nữ nghèo", 3865, "hộ phụ nữ nghèo"),
     Q("1.240 tỷ đồng", 1240000000000, "đồng")],
    [D("Kế hoạch", "05", "KH-HPN", "2016-01-06", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 05/KH-HPN"),
     D("Chỉ thị", "03", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 03-CT/TU")],
    [prov("Thừa Thiên Huế"), com("Hồng Hạ"), com("Hương Nguyên")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH THỪA THIÊN HUẾ", "Trang chủ :: Tin tức - Sự kiện :: Hoạt động Hội",
     "Bà Nguyễn Thị Tuyết Hạnh, Chủ tịch Hội LHPN tỉnh trao quà cho phụ nữ xã Hồng Hạ.",
     "Bà Trần Thị Kim Loan thăm hỏi hội viên khó khăn ở thị xã Hương Trà.", "Tết ấm cho phụ nữ nghèo",
     "Xây dựng gia đình 5 không, 3 sạch", "Mái ấm tình thương", "Nâng bước em đến trường", "Bộ đội Biên phòng tỉnh", "A Lưới", "Hương Trà", "Bài, ảnh: Hoài Thương", "Lượt xem: 540"],
    ["Ngày đăng 29/01/2016 | 10:40", "5 không, 3 sạch", "Tết Bính Thân", "năm 2015", "Lượt xem: 540"]))

# b513 Bình Định 2017, Tỉnh đoàn site, training
PAGES.append(page("b513-binhdinh-doan-taphuan-2017", """
TỈNH ĐOÀN BÌNH ĐỊNH
Trang chủ > Tin tức > Hoạt động Đoàn
17/05/2017 - 10:05

Tập huấn kỹ năng cho 180 cán bộ Đoàn cơ sở

Ngày 16/5, tại TP Quy Nhơn, Ban Thường vụ Tỉnh đoàn khai mạc lớp tập huấn nghiệp vụ công tác Đoàn và phong trào thanh thiếu nhi năm 2017 cho 180 Bí thư, Phó Bí thư Đoàn cơ sở trong toàn tỉnh. Lớp học diễn ra trong 3 ngày.

Anh Hồ Văn Quý, Bí thư Tỉnh đoàn phát biểu khai mạc lớp tập huấn.

Dự khai mạc có anh Hồ Văn Quý, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; chị Đinh Thị Hồng Nhung, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh; anh Lê Công Định, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.

Các học viên được nghe báo cáo viên truyền đạt chuyên đề về Nghị quyết Đại hội XII của Đảng, Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; kỹ năng tổ chức sinh hoạt chi đoàn theo Hướng dẫn 15, 16-HD/TĐTN của Ban Thường vụ Tỉnh đoàn; kỹ năng vận động thanh niên dân tộc thiểu số. Trong 3 ngày, học viên thực hành 12 bài tập nhóm và tham gia chương trình "Ngày thứ Bảy tình nguyện" tại xã Nhơn Hải.

Báo cáo viên Đinh Văn Thuynh, Phó Bí thư Huyện đoàn Vĩnh Thạnh, người Bana, chia sẻ kinh nghiệm vận động thanh niên làng Kon Trú, xã Vĩnh Kim bỏ tục tảo hôn; năm 2016, làng không còn trường hợp tảo hôn nào.

Theo Tỉnh đoàn, năm 2016 toàn tỉnh kết nạp 4.870 đoàn viên mới; các cơ sở Đoàn thực hiện 326 công trình thanh niên với tổng trị giá hơn 9,2 tỷ đồng. Mục tiêu năm 2017, 100% cán bộ Đoàn chủ chốt cấp xã được tập huấn; mỗi huyện, thị, thành đoàn xây dựng ít nhất 2 mô hình thanh niên khởi nghiệp, mỗi mô hình được hỗ trợ vốn vay đến 50 triệu đồng.

Các học viên thảo luận nhóm.

Phát biểu tại lớp học, chị Đinh Thị Mỹ Lệ, Bí thư Đoàn xã Nhơn Hải cho biết, chi đoàn các thôn của xã đã duy trì đội hình thanh niên tình nguyện giữ vệ sinh bãi biển mỗi sáng Chủ nhật, thu hút đông đảo đoàn viên và du khách cùng tham gia.

Anh Hồ Văn Quý đề nghị các học viên vận dụng kiến thức vào thực tiễn, chủ động đổi mới nội dung sinh hoạt chi đoàn, gắn với nhiệm vụ phát triển kinh tế - xã hội của tỉnh Bình Định; quan tâm phát hiện, bồi dưỡng đoàn viên ưu tú giới thiệu cho Đảng xem xét kết nạp; chú trọng công tác Đoàn ở vùng đồng bào dân tộc thiểu số các huyện miền núi An Lão, Vân Canh, Vĩnh Thạnh.

Kết thúc lớp học, Tỉnh đoàn trao giấy chứng nhận cho học viên và khen thưởng 15 học viên có kết quả xuất sắc.

Ngọc Trâm

Lượt xem: 317

Tin liên quan
- Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện hè 2017
- Hội thi "Bí thư chi đoàn giỏi" năm 2017
- Tuổi trẻ Bình Định làm theo lời Bác
- Thành đoàn Quy Nhơn ra mắt đội hình thanh niên tình nguyện
""", "2017-05-17",
    "Tập huấn kỹ năng cho 180 cán bộ Đoàn cơ sở",
    E("tap_huan", "2017", "2017-05-16"),
    [P("Hồ Văn Quý", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
     P("Đinh Thị Hồng Nhung", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
     P("Lê Công Định", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Đinh Văn Thuynh", "Phó Bí thư Huyện đoàn Vĩnh Thạnh"),
     P("Đinh Thị Mỹ Lệ", "Bí thư Đoàn xã Nhơn Hải")],
    [Q("180 cán bộ Đoàn cơ sở", 180, "cán bộ Đoàn cơ sở"),
     Q("12 bài tập nhóm", 12, "bài tập nhóm"),
     Q("4.870 đoàn viên mới", 4870, "đoàn viên mới"),
     Q("326 công trình thanh niên", 326, "công trình thanh niên"),
     Q("hơn 9,2 tỷ đồng", 9200000000, "đồng", "over"),
     Q("100% cán bộ Đoàn chủ chốt", 100, "%"),
     Q("2 mô hình thanh niên khởi nghiệp", 2, "mô hình thanh niên khởi nghiệp", "over"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("15 học viên", 15, "học viên")],
    [D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
     D("Hướng dẫn", "15", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn 15, 16-HD/TĐTN"),
     D("Hướng dẫn", "16", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn 15, 16-HD/TĐTN")],
    [prov("Bình Định"), com("Nhơn Hải"), com("Vĩnh Kim")],
    ["TỈNH ĐOÀN BÌNH ĐỊNH", "Trang chủ > Tin tức > Hoạt động Đoàn", "Anh Hồ Văn Quý, Bí thư Tỉnh đoàn phát biểu khai mạc lớp tập huấn.",
     "Các học viên thảo luận nhóm.", "Ngày thứ Bảy tình nguyện", "Quy Nhơn", "làng Kon Trú", "Ngọc Trâm", "Lượt xem: 317"],
    ["17/05/2017 - 10:05", "3 ngày", "Đại hội XII", "năm 2016", "Lượt xem: 317"]))

# b514 Đắk Lắk 2018, provincial newspaper, dialogue
PAGES.append(page("b514-daklak-doithoai-nongdan-2018", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị | Xã hội | Kinh tế | Văn hóa | Thể thao
Thứ Năm, 16/08/2018 - 07:45

Chủ tịch UBND tỉnh đối thoại với 300 nông dân

Sáng 15/8, tại Hội trường UBND tỉnh, Chủ tịch UBND tỉnh Phạm Ngọc Nghị đã có buổi đối thoại với nông dân năm 2018, do Hội Nông dân tỉnh phối hợp tổ chức. Hơn 300 hội viên nông dân tiêu biểu các huyện, thị xã, thành phố tham dự.

Chủ tịch UBND tỉnh Phạm Ngọc Nghị giải đáp kiến nghị của nông dân. Ảnh: Hoàng Gia

Cùng dự có ông Y Biêr Niê, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; ông Nay Phi La, Phó Chủ tịch UBND tỉnh; bà H'Yâo Knul, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Lê Văn Hoan, Chủ tịch Hội Nông dân tỉnh.

Tại buổi đối thoại, 27 ý kiến của nông dân tập trung vào giá cà phê, hồ tiêu xuống thấp, vốn vay tái canh, đất sản xuất cho đồng bào dân tộc thiểu số. Ông Y Khoa Mlô, nông dân buôn Ea Bông, xã Ea Tul phản ánh giá hồ tiêu giảm từ 120.000 đồng/kg xuống còn 58.000 đồng/kg, nhiều hộ không trả được nợ ngân hàng.

Trả lời, Chủ tịch UBND tỉnh cho biết tỉnh đang chỉ đạo thực hiện Nghị định 55/2015/NĐ-CP và Nghị định 116/2018/NĐ-CP của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn; đồng thời triển khai đề án tái canh cà phê theo Quyết định số 1287/QĐ-UBND ngày 22/5/2018 của UBND tỉnh. Đến nay, toàn tỉnh đã tái canh 28.500 ha cà phê, với gói tín dụng 12.000 tỷ đồng.

Về đất sản xuất, ông cho biết tỉnh sẽ rà soát, thu hồi đất của các công ty nông lâm nghiệp giao lại cho địa phương, ưu tiên 1.650 hộ đồng bào thiếu đất. Đối với kiến nghị về chuyển đổi 3.200 ha cà phê già cỗi sang trồng sầu riêng, ông đề nghị ngành nông nghiệp khảo sát, hướng dẫn, tránh phát triển ồ ạt.

Phát biểu tại buổi đối thoại, Bí thư Tỉnh ủy Y Biêr Niê đánh giá cao tinh thần thẳng thắn của bà con nông dân; đề nghị Hội Nông dân tỉnh Đắk Lắk tiếp tục làm tốt vai trò cầu nối, phản ánh kịp thời tâm tư, nguyện vọng của hội viên với cấp ủy, chính quyền; các sở, ngành rà soát, tháo gỡ vướng mắc về thủ tục vay vốn, cấp giấy chứng nhận quyền sử dụng đất, không để người dân phải đi lại nhiều lần.

Kết thúc buổi đối thoại, 19/27 ý kiến được trả lời trực tiếp, 8 ý kiến còn lại được giao các sở, ngành trả lời bằng văn bản trong 15 ngày.

Quang cảnh buổi đối thoại.

Hoàng Gia

TIN CÙNG CHUYÊN MỤC
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2018
- Nông dân Cư M'gar liên kết trồng cà phê bền vững
- Ra mắt Quỹ Hỗ trợ nông dân huyện Krông Pắc
- Buôn Đôn: Trao 50 con bò cho hộ nghèo
- Nông dân Krông Năng phát triển mô hình cà phê xen sầu riêng
""", "2018-08-16",
    "Chủ tịch UBND tỉnh đối thoại với 300 nông dân",
    E("doi_thoai", "2018", "2018-08-15"),
    [P("Phạm Ngọc Nghị", "Chủ tịch UBND tỉnh"),
     P("Y Biêr Niê", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
     P("Nay Phi La", "Phó Chủ tịch UBND tỉnh"),
     P("H'Yâo Knul", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lê Văn Hoan", "Chủ tịch Hội Nông dân tỉnh"),
     P("Y Khoa Mlô", "nông dân buôn Ea Bông")],
    [Q("Hơn 300 hội viên nông dân", 300, "hội viên nông dân", "over"),
     Q("27 ý kiến", 27, "ý kiến"),
     Q("120.000 đồng/kg", 120000, "đồng"),
     Q("58.000 đồng/kg", 58000, "đồng"),
     Q("28.500 ha", 28500, "ha"),
     Q("12.000 tỷ đồng", 12000000000000, "đồng"),
     Q("1.650 hộ", 1650, "hộ"),
     Q("3.200 ha", 3200, "ha"),
     Q("19/27 ý kiến", 19, "ý kiến"),
     Q("8 ý kiến", 8, "ý kiến")],
    [D("Nghị định", "55", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 55/2015/NĐ-CP"),
     D("Nghị định", "116", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 116/2018/NĐ-CP"),
     D("Quyết định", "1287", "QĐ-UBND", "2018-05-22", "UBND tỉnh", "Quyết định số 1287/QĐ-UBND")],
    [prov("Đắk Lắk"), com("Ea Tul")],
    ["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị | Xã hội | Kinh tế | Văn hóa | Thể thao",
     "Chủ tịch UBND tỉnh Phạm Ngọc Nghị giải đáp kiến nghị của nông dân. Ảnh: Hoàng Gia", "Quang cảnh buổi đối thoại.",
     "buôn Ea Bông", "Hội trường UBND tỉnh", "Hoàng Gia"],
    ["Thứ Năm, 16/08/2018 - 07:45", "trong 15 ngày"]))
