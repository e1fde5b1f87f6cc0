from lib import *
PAGES = []

PAGES.append(page("b6113-ninhthuan-tongket-tsmt-2022", """
BÁO NINH THUẬN ĐIỆN TỬ
Chính trị - Xã hội › Tuổi trẻ
Thứ Năm, 21/07/2022 - 14:10
Ảnh: Lãnh đạo Tỉnh đoàn trao bằng khen cho các tập thể.
Hơn 900 tình nguyện viên tiếp sức 6.420 thí sinh
Ngày 20/7/2022, Tỉnh đoàn Ninh Thuận tổ chức hội nghị tổng kết chương trình "Tiếp sức mùa thi" năm 2022. Dự hội nghị có đồng chí Đàng Thị Kim Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Pinăng Thị Hòa, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh.
Kỳ thi tốt nghiệp THPT năm 2022 (ngày 7 và 8/7), toàn tỉnh có 6.420 thí sinh dự thi tại 21 điểm thi. Thực hiện Kế hoạch liên tịch số 03/KHLT-TĐTN-SGDĐT và Kế hoạch số 215-KH/TĐTN ngày 10/6/2022 của Ban Thường vụ Tỉnh đoàn, các cấp bộ đoàn đã thành lập 42 đội hình với hơn 900 tình nguyện viên, trong đó có 120 sinh viên Trường Cao đẳng Sư phạm Ninh Thuận và 85 đoàn viên người Chăm, Raglai.
Các đội hình đã phát miễn phí 12.500 chai nước suối, 4.800 bút, 2.600 suất cơm; bố trí 36 lều nghỉ cho phụ huynh; vận chuyển 148 thí sinh ở các xã vùng xa như Phước Bình, Phước Hà đến điểm thi; hỗ trợ chỗ ở miễn phí cho 57 thí sinh. Tổng kinh phí vận động khoảng 265 triệu đồng, tăng 18% so với năm 2021.
Đồng chí Chamaléa Thị Thủy, Phó Bí thư Thường trực Tỉnh đoàn báo cáo kết quả.
Báo cáo tổng kết do đồng chí Chamaléa Thị Thủy, Phó Bí thư Thường trực Tỉnh đoàn, Chỉ huy trưởng chương trình trình bày nêu rõ, lần đầu tiên Tỉnh đoàn tổ chức "Tiếp sức mùa thi" theo Hướng dẫn số 68-HD/TWĐTN-ĐTH của Ban Bí thư Trung ương Đoàn, kết hợp hỗ trợ thí sinh trực tuyến qua nền tảng "Thanh niên Việt Nam" với 2.310 lượt tư vấn.
Tại hội nghị, anh Thập Văn Minh, Bí thư Huyện đoàn Bác Ái, cho biết đội hình huyện đã dùng 15 xe máy đưa đón thí sinh người Raglai; chị Quảng Thị Diệu, Bí thư Đoàn phường Đô Vinh, đề xuất huy động thêm các hiệu thuốc tham gia trực y tế. Anh Katơr Sáu, đoàn viên tình nguyện người Raglai, xúc động kể lại việc đưa một thí sinh bị ốm đến điểm thi kịp giờ.
Phát biểu chỉ đạo, đồng chí Đàng Thị Kim Liên ghi nhận tinh thần xung kích của tuổi trẻ, đề nghị Tỉnh đoàn tiếp tục thực hiện Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận vùng đồng bào Chăm, Raglai, gắn "Tiếp sức mùa thi" với tư vấn hướng nghiệp cho thanh niên nông thôn.
Dịp này, Tỉnh đoàn tặng bằng khen cho 8 tập thể và 17 cá nhân có thành tích xuất sắc; các đội hình chuyển sang tham gia chiến dịch "Mùa hè xanh" tại 11 xã trong tháng 7 và tháng 8/2022.
Hải Yến
Tin liên quan
- Ninh Thuận: sẵn sàng cho kỳ thi tốt nghiệp THPT 2022 (05/7/2022)
- Tỉnh đoàn ra quân "Mùa hè xanh" (25/6/2022)
- Bác Ái: trao 100 xe đạp cho học sinh (10/6/2022)
""", "2022-07-21", "Hơn 900 tình nguyện viên tiếp sức 6.420 thí sinh",
E("tong_ket", "2022", "2022-07-20"),
[P("Đàng Thị Kim Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Pinăng Thị Hòa", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Chamaléa Thị Thủy", "Phó Bí thư Thường trực Tỉnh đoàn", "Chỉ huy trưởng chương trình"),
 P("Thập Văn Minh", "Bí thư Huyện đoàn Bác Ái"),
 P("Quảng Thị Diệu", "Bí thư Đoàn phường Đô Vinh"),
 P("Katơr Sáu", "đoàn viên tình nguyện người Raglai")],
[Q("Hơn 900 tình nguyện viên", 900, "tình nguyện viên", "over"), Q("6.420 thí sinh", 6420, "thí sinh"),
 Q("21 điểm thi", 21, "điểm thi"), Q("42 đội hình", 42, "đội hình"), Q("120 sinh viên", 120, "sinh viên"),
 Q("85 đoàn viên người Chăm, Raglai", 85, "đoàn viên người Chăm, Raglai"),
 Q("12.500 chai nước suối", 12500, "chai nước suối"), Q("4.800 bút", 4800, "bút"), Q("2.600 suất cơm", 2600, "suất cơm"),
 Q("36 lều nghỉ", 36, "lều nghỉ"), Q("148 thí sinh", 148, "thí sinh"), Q("57 thí sinh", 57, "thí sinh"),
 Q("khoảng 265 triệu đồng", 265000000, "đồng", "approx"), Q("18%", 18, "%"),
 Q("2.310 lượt tư vấn", 2310, "lượt tư vấn"), Q("15 xe máy", 15, "xe máy"),
 Q("8 tập thể", 8, "tập thể"), Q("17 cá nhân", 17, "cá nhân"), Q("11 xã", 11, "xã")],
[D("Kế hoạch liên tịch", "03", "KHLT-TĐTN-SGDĐT", None, None, "Kế hoạch liên tịch số 03/KHLT-TĐTN-SGDĐT"),
 D("Kế hoạch", "215", "KH/TĐTN", "2022-06-10", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 215-KH/TĐTN ngày 10/6/2022"),
 D("Hướng dẫn", "68", "HD/TWĐTN-ĐTH", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 68-HD/TWĐTN-ĐTH"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU")],
[prov("Ninh Thuận"), com("Phước Bình"), com("Phước Hà"), com("Đô Vinh")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Chính trị - Xã hội › Tuổi trẻ", "Ảnh: Lãnh đạo Tỉnh đoàn trao bằng khen cho các tập thể.",
 "Đồng chí Chamaléa Thị Thủy, Phó Bí thư Thường trực Tỉnh đoàn báo cáo kết quả.", "Tiếp sức mùa thi",
 "Thanh niên Việt Nam", "Mùa hè xanh", "Trường Cao đẳng Sư phạm Ninh Thuận"],
["Thứ Năm, 21/07/2022 - 14:10", "năm 2022", "năm 2021", "7 và 8/7", "tháng 8/2022", "một thí sinh"]))

PAGES.append(page("b6114-hcm-phuong-traoqua-2023", """
PHƯỜNG TÂN ĐỊNH - QUẬN 1 - THÀNH PHỐ HỒ CHÍ MINH
Trang chủ - Tin hoạt động - Đoàn thể
Cập nhật: 19:05, 12/07/2023 (GMT+7)
Đoàn phường trao 30 suất học bổng "Mùa hè xanh" cho thiếu nhi khó khăn
Sáng 12/7, Ban Chấp hành Đoàn phường Tân Định phối hợp Hội Liên hiệp Phụ nữ phường và đội hình chiến sĩ "Mùa hè xanh" Trường Đại học Khoa học Xã hội và Nhân văn tổ chức trao 30 suất học bổng, 50 phần quà và 20 chiếc xe đạp cho thiếu nhi có hoàn cảnh khó khăn trên địa bàn phường.
Ảnh: Các em thiếu nhi nhận học bổng.
Mỗi suất học bổng trị giá 1.000.000 đồng, mỗi phần quà gồm sách vở, đồ dùng học tập trị giá 300.000 đồng; tổng giá trị chương trình hơn 75 triệu đồng, do 6 doanh nghiệp và Hội Doanh nhân trẻ quận tài trợ. Trong số các em nhận quà có 14 em là con của hộ cận nghèo, 4 em mồ côi do dịch Covid-19.
Đến dự có các đồng chí: Trương Thị Bích Vân, Phó Bí thư Thường trực Đảng ủy phường; Lâm Quốc Bảo, Phó Bí thư Quận đoàn 1; Đỗ Thị Kim Thoa, Chủ tịch Ủy ban MTTQ Việt Nam phường; Nguyễn Hoàng Khang, Bí thư Đoàn phường Tân Định.
Theo đồng chí Nguyễn Hoàng Khang, chiến dịch "Mùa hè xanh" năm 2023 tại phường có 65 chiến sĩ, thực hiện theo Kế hoạch số 27-KH/ĐTN ngày 05/6/2023 của Ban Chấp hành Đoàn phường và Kế hoạch 115-KH/TĐTN-BPT của Ban Thường vụ Thành Đoàn Thành phố Hồ Chí Minh. Sau 3 tuần, các chiến sĩ đã chỉnh trang 4 hẻm "Hẻm xanh - sạch - đẹp - an toàn", vẽ 6 bức tranh tường, tổ chức 8 buổi sinh hoạt hè cho khoảng 250 thiếu nhi tại 12 khu phố và mở lớp "Bình dân học vụ số" hướng dẫn 180 người cao tuổi sử dụng ứng dụng VNeID.
Đồng chí Trương Thị Bích Vân ghi nhận sự đóng góp của tuổi trẻ trong xây dựng "Phường văn minh đô thị", đề nghị Đoàn phường tiếp tục thực hiện Nghị quyết số 08-NQ/ĐU của Đảng ủy phường về công tác thanh thiếu nhi và Kết luận 01, 02-KL/ĐU về chỉnh trang đô thị. Đồng chí cũng lưu ý các chiến sĩ giữ an toàn khi sinh hoạt ở các hẻm nhỏ, phối hợp công an phường giữ trật tự khu vực.
Chị Trần Ngọc Hân, Chỉ huy trưởng đội hình "Mùa hè xanh" Trường Đại học Khoa học Xã hội và Nhân văn, cho biết đội hình năm nay có 12 sinh viên người dân tộc Hoa, Khmer, Chăm; các bạn còn dạy tiếng Hoa miễn phí cho 40 thiếu nhi trong khu phố.
Bà Lê Thị Mai, người dân khu phố 3, chia sẻ: từ khi các chiến sĩ về, con hẻm nhà bà sạch sẽ hơn, buổi tối có đèn, trẻ em có chỗ vui chơi, đọc sách; bà mong năm sau đội hình tiếp tục trở lại phường.
Dịp này, Đoàn phường tặng giấy khen cho 5 chiến sĩ xuất sắc và 3 khu phố có thành tích phối hợp tốt.
Đoàn phường Tân Định
Tin khác
- Phường Tân Định ra mắt "Tủ sách thiếu nhi" (02/7/2023)
- Hội nghị đối thoại với thanh niên khu phố (15/6/2023)
- Ra quân chiến dịch "Mùa hè xanh" năm 2023 (25/6/2023)
""", "2023-07-12", "Đoàn phường trao 30 suất học bổng \"Mùa hè xanh\" cho thiếu nhi khó khăn",
E("trao_qua", None, "2023-07-12"),
[P("Trương Thị Bích Vân", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Lâm Quốc Bảo", "Phó Bí thư Quận đoàn 1"),
 P("Đỗ Thị Kim Thoa", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Hoàng Khang", "Bí thư Đoàn phường Tân Định"),
 P("Trần Ngọc Hân", "Chỉ huy trưởng đội hình \"Mùa hè xanh\" Trường Đại học Khoa học Xã hội và Nhân văn"),
 P("Lê Thị Mai")],
[Q("30 suất học bổng", 30, "suất học bổng"), Q("50 phần quà", 50, "phần quà"), Q("20 chiếc xe đạp", 20, "chiếc xe đạp"),
 Q("1.000.000 đồng", 1000000, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("hơn 75 triệu đồng", 75000000, "đồng", "over"),
 Q("6 doanh nghiệp", 6, "doanh nghiệp"), Q("14 em", 14, "em"), Q("4 em", 4, "em"), Q("65 chiến sĩ", 65, "chiến sĩ"),
 Q("4 hẻm", 4, "hẻm"), Q("6 bức tranh tường", 6, "bức tranh tường"), Q("8 buổi sinh hoạt hè", 8, "buổi sinh hoạt hè"),
 Q("khoảng 250 thiếu nhi", 250, "thiếu nhi", "approx"), Q("12 khu phố", 12, "khu phố"),
 Q("180 người cao tuổi", 180, "người cao tuổi"), Q("12 sinh viên người dân tộc Hoa, Khmer, Chăm", 12, "sinh viên người dân tộc Hoa, Khmer, Chăm"),
 Q("40 thiếu nhi", 40, "thiếu nhi"), Q("5 chiến sĩ xuất sắc", 5, "chiến sĩ xuất sắc"), Q("3 khu phố", 3, "khu phố")],
[D("Kế hoạch", "27", "KH/ĐTN", "2023-06-05", "Ban Chấp hành Đoàn phường", "Kế hoạch số 27-KH/ĐTN ngày 05/6/2023"),
 D("Kế hoạch", "115", "KH/TĐTN-BPT", None, "Ban Thường vụ Thành Đoàn Thành phố Hồ Chí Minh", "Kế hoạch 115-KH/TĐTN-BPT"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết số 08-NQ/ĐU"),
 D("Kết luận", "01", "KL/ĐU", None, None, "Kết luận 01, 02-KL/ĐU"),
 D("Kết luận", "02", "KL/ĐU", None, None, "Kết luận 01, 02-KL/ĐU")],
[prov("Hồ Chí Minh"), com("Tân Định")],
["PHƯỜNG TÂN ĐỊNH - QUẬN 1 - THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ - Tin hoạt động - Đoàn thể",
 "Ảnh: Các em thiếu nhi nhận học bổng.", "Mùa hè xanh", "Hẻm xanh - sạch - đẹp - an toàn", "Bình dân học vụ số",
 "Phường văn minh đô thị", "VNeID", "Trường Đại học Khoa học Xã hội và Nhân văn"],
["Cập nhật: 19:05, 12/07/2023 (GMT+7)", "năm 2023", "3 tuần", "khu phố 3"]))

PAGES.append(page("b6115-thanhhoa-giaoban-thang7-2023", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Xã hội | Thanh niên
08:40 | 04/08/2023
Giao ban công tác Đoàn tháng 7: dồn sức cho "Mùa hè xanh"
Chiều 3/8, Ban Thường vụ Tỉnh đoàn Thanh Hóa tổ chức giao ban công tác Đoàn và phong trào thanh thiếu nhi tháng 7/2023, triển khai nhiệm vụ tháng 8. Đồng chí Lê Quang Hiển, Phó Bí thư Thường trực Tỉnh đoàn chủ trì; dự có 27 đồng chí là bí thư các huyện, thị, thành đoàn và đoàn trực thuộc.
Quang cảnh buổi giao ban. Ảnh: Minh Hằng
Trong tháng 7, các cấp bộ đoàn tập trung cao điểm chiến dịch thanh niên tình nguyện hè năm 2023 theo Kế hoạch số 301-KH/TĐTN của Ban Thường vụ Tỉnh đoàn. Đến ngày 31/7, toàn tỉnh có 312 đội hình với 18.600 lượt đoàn viên, thanh niên tham gia; làm mới 27 km đường giao thông, lắp 1.450 bóng điện "Thắp sáng đường quê", trồng 42.000 cây xanh, khởi công 12 nhà nhân ái và 4 cầu nông thôn với tổng giá trị trên 9,5 tỷ đồng. Đội hình sinh viên tình nguyện từ 6 trường đại học đã về các huyện miền núi Mường Lát, Quan Sơn, Bá Thước mở 18 lớp học hè cho trẻ em người Thái, người Mông.
Đối với "Tiếp sức mùa thi", 1.280 tình nguyện viên đã hỗ trợ 38.500 thí sinh tại 95 điểm thi trong kỳ thi tốt nghiệp THPT; chiến dịch "Hành quân xanh" đưa 160 đoàn viên về thăm, tặng 320 suất quà cho thân nhân liệt sĩ tại các huyện biên giới.
Tại buổi giao ban, đồng chí Lò Văn Tiến, Bí thư Huyện đoàn Mường Lát, đề nghị hỗ trợ thêm nhu yếu phẩm cho đội hình ở bản Pù Quăn thuộc xã Pù Nhi; đồng chí Hà Thị Lụa, Bí thư Đoàn xã Tam Chung, báo cáo việc hoàn thành tuyến đường 1,2 km lên điểm trường. Các đồng chí Trưởng ban Phong trào Tỉnh đoàn, Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn: Phạm Văn Dũng, Trịnh Thị Hải đã thông tin về tiến độ đăng ký "Công trình thanh niên cấp tỉnh" và kết quả rà soát đoàn viên.
Bên cạnh kết quả, buổi giao ban cũng chỉ ra một số tồn tại: tiến độ một số công trình chậm do mưa lớn kéo dài; việc cập nhật dữ liệu đoàn viên trên phần mềm quản lý ở nhiều cơ sở chưa đầy đủ; công tác tuyên truyền về chiến dịch trên các nền tảng số còn ít bài viết có chiều sâu, chưa lan tỏa được những gương tình nguyện viên tiêu biểu.
Kết luận buổi giao ban, đồng chí Lê Quang Hiển yêu cầu tháng 8 tập trung hoàn thành các công trình trước ngày 20/8, tổng kết chiến dịch theo Hướng dẫn 52, 53-HD/TĐTN; bám sát Nghị quyết số 45-NQ/TW của Bộ Chính trị, Chỉ thị số 42-CT/TW của Ban Bí thư và Chương trình hành động số 18-CTr/TU của Ban Chấp hành Đảng bộ tỉnh về công tác thanh niên. Các đơn vị chú ý an toàn cho tình nguyện viên trong mùa mưa lũ.
Minh Hằng
Tin cùng chuyên mục
- Thanh Hóa: 500 sinh viên tình nguyện ra quân (05/7/2023)
- Tuổi trẻ Quan Sơn làm đường lên bản (20/7/2023)
- Giao ban công tác Đoàn tháng 6/2023 (04/7/2023)
""", "2023-08-04", "Giao ban công tác Đoàn tháng 7: dồn sức cho \"Mùa hè xanh\"",
E("giao_ban", "2023-07", "2023-08-03"),
[P("Lê Quang Hiển", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Lò Văn Tiến", "Bí thư Huyện đoàn Mường Lát"),
 P("Hà Thị Lụa", "Bí thư Đoàn xã Tam Chung"),
 P("Phạm Văn Dũng", "Trưởng ban Phong trào Tỉnh đoàn"),
 P("Trịnh Thị Hải", "Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn")],
[Q("27 đồng chí", 27, "đồng chí"), Q("312 đội hình", 312, "đội hình"),
 Q("18.600 lượt đoàn viên, thanh niên", 18600, "lượt đoàn viên, thanh niên"), Q("27 km", 27, "km"),
 Q("1.450 bóng điện", 1450, "bóng điện"), Q("42.000 cây xanh", 42000, "cây xanh"), Q("12 nhà nhân ái", 12, "nhà nhân ái"),
 Q("4 cầu nông thôn", 4, "cầu nông thôn"), Q("trên 9,5 tỷ đồng", 9500000000, "đồng", "over"),
 Q("6 trường đại học", 6, "trường đại học"), Q("18 lớp học hè", 18, "lớp học hè"),
 Q("1.280 tình nguyện viên", 1280, "tình nguyện viên"), Q("38.500 thí sinh", 38500, "thí sinh"),
 Q("95 điểm thi", 95, "điểm thi"), Q("160 đoàn viên", 160, "đoàn viên"), Q("320 suất quà", 320, "suất quà"),
 Q("1,2 km", 1.2, "km")],
[D("Kế hoạch", "301", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 301-KH/TĐTN"),
 D("Hướng dẫn", "52", "HD/TĐTN", None, None, "Hướng dẫn 52, 53-HD/TĐTN"),
 D("Hướng dẫn", "53", "HD/TĐTN", None, None, "Hướng dẫn 52, 53-HD/TĐTN"),
 D("Nghị quyết", "45", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 45-NQ/TW"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 42-CT/TW"),
 D("Chương trình hành động", "18", "CTr/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Chương trình hành động số 18-CTr/TU")],
[prov("Thanh Hóa"), com("Pù Nhi"), com("Tam Chung")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Xã hội | Thanh niên",
 "Quang cảnh buổi giao ban. Ảnh: Minh Hằng", "Mùa hè xanh", "Thắp sáng đường quê", "Tiếp sức mùa thi",
 "Hành quân xanh", "Công trình thanh niên cấp tỉnh"],
["08:40 | 04/08/2023", "27 đồng chí", "tháng 7/2023", "tháng 8", "31/7", "20/8"]))

PAGES.append(page("b6116-lamdong-taphuan-2024", """
Báo Lâm Đồng điện tử
Trang chủ > Xã hội > Đoàn thể
Ngày đăng 28/06/2024 | 09:05
Lượt xem: 684
Tập huấn nghiệp vụ cho 160 chỉ huy đội hình tình nguyện hè
Ngày 27/6/2024, Tỉnh đoàn Lâm Đồng phối hợp Hội Sinh viên Việt Nam tỉnh tổ chức lớp tập huấn kỹ năng, nghiệp vụ công tác tình nguyện hè năm 2024 cho 160 cán bộ đoàn, chỉ huy trưởng, chỉ huy phó các đội hình "Mùa hè xanh", "Tiếp sức mùa thi" của 12 huyện, thành phố và các trường đại học, cao đẳng.
Học viên thực hành sơ cấp cứu tại lớp tập huấn.
Phát biểu khai mạc, đồng chí Ka Thị Sương, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn cho biết năm 2024 tỉnh có 58 đội hình với khoảng 2.400 tình nguyện viên; riêng chiến dịch "Mùa hè xanh" có 9 đội hình của sinh viên Trường Đại học Đà Lạt về 14 xã vùng đồng bào K'Ho, Mạ, Chu Ru. Tổng kinh phí dự kiến trên 3,6 tỷ đồng, trong đó xã hội hóa chiếm 85%.
Tại lớp tập huấn, các học viên được nghe đồng chí Bon Niêng Ha Giang, Phó Trưởng Ban Dân vận Tỉnh ủy, truyền đạt chuyên đề "Kỹ năng công tác dân vận của đội hình tình nguyện ở vùng đồng bào dân tộc thiểu số và vùng có đạo"; TS. Nguyễn Thị Thu Thảo, Phó Hiệu trưởng Trường Chính trị tỉnh, giới thiệu Luật Thanh niên năm 2020 và Quyết định số 1331/QĐ-TTg ngày 24/7/2021 của Thủ tướng Chính phủ. Bác sĩ Kră Jăn Ha Luyên, Trưởng khoa Cấp cứu Bệnh viện Đa khoa tỉnh, hướng dẫn kỹ năng sơ cấp cứu, phòng chống đuối nước cho trẻ em.
Theo Kế hoạch số 412-KH/TĐTN ngày 15/5/2024 của Ban Thường vụ Tỉnh đoàn và Hướng dẫn số 137-HD/TWĐTN-PTTN của Ban Bí thư Trung ương Đoàn, mỗi đội hình phải có ít nhất 2 công trình, phần việc thanh niên tại địa bàn; mỗi tình nguyện viên tham gia tối thiểu 10 ngày; mỗi công trình được hỗ trợ tối đa 30 triệu đồng từ quỹ chiến dịch.
Buổi chiều, các học viên thảo luận nhóm về xây dựng kế hoạch chiến dịch. Chị Ka Huệ, Bí thư Đoàn xã Đạ Chais, chia sẻ kinh nghiệm vận động 45 thanh niên người K'Ho tham gia làm đường vào khu sản xuất; anh Sơ Ra Ha Quý, Bí thư Huyện đoàn Lạc Dương, đề nghị tăng thời gian tập huấn kỹ năng sinh tồn trong rừng cho đội hình ở vùng núi cao.
Bế mạc lớp tập huấn, đồng chí Nguyễn Minh Tùng, Phó Bí thư Tỉnh đoàn, Chỉ huy phó chiến dịch, yêu cầu các đội hình thực hiện đúng Quy chế phối hợp số 06-QC/BDVTU-TĐTN giữa Ban Dân vận Tỉnh ủy và Ban Thường vụ Tỉnh đoàn, ra mắt cấp ủy, chính quyền xã trước ngày 5/7 và báo cáo định kỳ mỗi tuần về Ban Chỉ huy chiến dịch tỉnh.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra cuối khóa; Tỉnh đoàn trao 20 túi y tế và 40 áo phao cho các đội hình.
Ngọc Ánh
Tin liên quan
- Đà Lạt: 1.000 đoàn viên ra quân ngày Chủ nhật xanh (23/6/2024)
- Tỉnh đoàn giao ban 6 tháng đầu năm 2024 (20/6/2024)
- Lạc Dương: trao nhà nhân ái cho đoàn viên khó khăn (10/6/2024)
""", "2024-06-28", "Tập huấn nghiệp vụ cho 160 chỉ huy đội hình tình nguyện hè",
E("tap_huan", "2024", "2024-06-27"),
[P("Ka Thị Sương", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Bon Niêng Ha Giang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Thảo", "TS.", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Kră Jăn Ha Luyên", "Bác sĩ", "Trưởng khoa Cấp cứu Bệnh viện Đa khoa tỉnh"),
 P("Ka Huệ", "Bí thư Đoàn xã Đạ Chais"),
 P("Sơ Ra Ha Quý", "Bí thư Huyện đoàn Lạc Dương"),
 P("Nguyễn Minh Tùng", "Phó Bí thư Tỉnh đoàn", "Chỉ huy phó chiến dịch")],
[Q("160 cán bộ đoàn, chỉ huy trưởng, chỉ huy phó", 160, "cán bộ đoàn, chỉ huy trưởng, chỉ huy phó"),
 Q("12 huyện, thành phố", 12, "huyện, thành phố"), Q("58 đội hình", 58, "đội hình"),
 Q("khoảng 2.400 tình nguyện viên", 2400, "tình nguyện viên", "approx"), Q("9 đội hình", 9, "đội hình"),
 Q("14 xã", 14, "xã"), Q("trên 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("85%", 85, "%"),
 Q("ít nhất 2 công trình, phần việc thanh niên", 2, "công trình, phần việc thanh niên", "over"),
 Q("tối đa 30 triệu đồng", 30000000, "đồng"),
 Q("45 thanh niên người K'Ho", 45, "thanh niên người K'Ho"), Q("100% học viên", 100, "%"),
 Q("20 túi y tế", 20, "túi y tế"), Q("40 áo phao", 40, "áo phao")],
[D("Quyết định", "1331", "QĐ-TTg", "2021-07-24", "Thủ tướng Chính phủ", "Quyết định số 1331/QĐ-TTg ngày 24/7/2021"),
 D("Kế hoạch", "412", "KH/TĐTN", "2024-05-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 412-KH/TĐTN ngày 15/5/2024"),
 D("Hướng dẫn", "137", "HD/TWĐTN-PTTN", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 137-HD/TWĐTN-PTTN"),
 D("Quy chế phối hợp", "06", "QC/BDVTU-TĐTN", None, None, "Quy chế phối hợp số 06-QC/BDVTU-TĐTN")],
[prov("Lâm Đồng"), com("Đạ Chais")],
["Báo Lâm Đồng điện tử", "Trang chủ > Xã hội > Đoàn thể", "Lượt xem: 684",
 "Học viên thực hành sơ cấp cứu tại lớp tập huấn.", "Mùa hè xanh", "Tiếp sức mùa thi", "Luật Thanh niên năm 2020",
 "Kỹ năng công tác dân vận của đội hình tình nguyện ở vùng đồng bào dân tộc thiểu số và vùng có đạo", "Trường Đại học Đà Lạt"],
["Ngày đăng 28/06/2024 | 09:05", "Lượt xem: 684", "năm 2024", "năm 2020", "tối thiểu 10 ngày", "5/7"]))

PAGES.append(page("b6117-angiang-soket-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN AN GIANG
You are here: Trang chủ / Tin tức / Hoạt động Tỉnh đoàn
15-07-2024 10:30
Toàn cảnh hội nghị sơ kết.
An Giang: Tuổi trẻ xung kích, 6 tháng đầu năm hoàn thành 68% chỉ tiêu
Ngày 13/7/2024, Ban Chấp hành Tỉnh đoàn An Giang tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trương Thị Kim Phượng, Tỉnh ủy viên, Bí thư Tỉnh đoàn chủ trì hội nghị; dự có đồng chí Néang Sóc Kha, Phó Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo cho biết, 6 tháng qua các chỉ tiêu công tác Đoàn năm 2024 đã đạt 68%; toàn tỉnh kết nạp 4.215 đoàn viên mới, giới thiệu 1.130 đoàn viên ưu tú cho Đảng, trong đó 702 đồng chí đã được kết nạp. Tháng Thanh niên và chiến dịch "Xuân tình nguyện" huy động trên 26.000 lượt đoàn viên, với 185 công trình, phần việc trị giá hơn 11,2 tỷ đồng.
Cao điểm là chiến dịch thanh niên tình nguyện hè năm 2024, ra quân từ ngày 15/6 với 240 đội hình, 9.500 chiến sĩ. Các đội hình "Mùa hè xanh" của sinh viên Trường Đại học An Giang và Thành Đoàn Thành phố Hồ Chí Minh đã về 20 xã biên giới, khởi công 16 cây cầu nông thôn, 9 căn nhà "Mái ấm thanh niên" (mỗi căn 60 triệu đồng) và tặng 1.000 phần quà Tết cho hộ nghèo người Khmer dịp Tết Sene Dolta sắp tới. Chương trình "Tiếp sức mùa thi" phục vụ 17.800 thí sinh tại 43 điểm thi.
Tại hội nghị, đồng chí Chau Sóc Thi, Bí thư Huyện đoàn Tri Tôn, nêu kinh nghiệm phối hợp các chùa Khmer tổ chức lớp dạy chữ Khmer hè cho 1.350 em; đồng chí Cao Thị Hồng Nhung, Bí thư Đoàn xã Nhơn Hưng, đề nghị tăng hỗ trợ cho thanh niên khởi nghiệp vùng biên; Hakim Mohamad, Bí thư Chi đoàn ấp Châu Giang, đại diện thanh niên Chăm Islam, cam kết vận động 100% đoàn viên tham gia chiến dịch.
Các đồng chí Phó Bí thư Tỉnh đoàn: Lê Hoàng Phúc, Trần Thị Mỹ Duyên, Đinh Văn Hậu đã phân tích một số hạn chế: tỷ lệ thanh niên đi làm ăn xa tham gia sinh hoạt thấp; 12 cơ sở đoàn xếp loại yếu; việc thực hiện Kết luận 17, 18-KL/TU của Ban Thường vụ Tỉnh ủy về công tác thanh niên biên giới còn chậm.
Kết luận hội nghị, đồng chí Trương Thị Kim Phượng yêu cầu 6 tháng cuối năm tiếp tục thực hiện Chương trình hành động số 09-CTr/TU của Tỉnh ủy thực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII, Kế hoạch số 520-KH/TĐTN ngày 02/5/2024 về chiến dịch hè; tổng kết chiến dịch trước ngày 25/8 và đạt ít nhất 95% chỉ tiêu năm.
Hoàng Anh
Tin liên quan
- Thành Đoàn Long Xuyên ra quân "Mùa hè xanh" (16/6/2024)
- Tri Tôn: 300 sinh viên về với vùng biên (22/6/2024)
- Hội thi tuyên truyền viên trẻ năm 2024 (01/6/2024)
""", "2024-07-15", "An Giang: Tuổi trẻ xung kích, 6 tháng đầu năm hoàn thành 68% chỉ tiêu",
E("so_ket", "2024-H1", "2024-07-13"),
[P("Trương Thị Kim Phượng", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Néang Sóc Kha", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chau Sóc Thi", "Bí thư Huyện đoàn Tri Tôn"),
 P("Cao Thị Hồng Nhung", "Bí thư Đoàn xã Nhơn Hưng"),
 P("Hakim Mohamad", "Bí thư Chi đoàn ấp Châu Giang"),
 P("Lê Hoàng Phúc", "Phó Bí thư Tỉnh đoàn"), P("Trần Thị Mỹ Duyên", "Phó Bí thư Tỉnh đoàn"),
 P("Đinh Văn Hậu", "Phó Bí thư Tỉnh đoàn")],
[Q("68%", 68, "%"), Q("4.215 đoàn viên mới", 4215, "đoàn viên mới"), Q("1.130 đoàn viên ưu tú", 1130, "đoàn viên ưu tú"),
 Q("702 đồng chí", 702, "đồng chí"), Q("trên 26.000 lượt đoàn viên", 26000, "lượt đoàn viên", "over"),
 Q("185 công trình, phần việc", 185, "công trình, phần việc"), Q("hơn 11,2 tỷ đồng", 11200000000, "đồng", "over"),
 Q("240 đội hình", 240, "đội hình"), Q("9.500 chiến sĩ", 9500, "chiến sĩ"), Q("20 xã biên giới", 20, "xã biên giới"),
 Q("16 cây cầu nông thôn", 16, "cây cầu nông thôn"), Q("9 căn nhà", 9, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("1.000 phần quà", 1000, "phần quà"), Q("17.800 thí sinh", 17800, "thí sinh"), Q("43 điểm thi", 43, "điểm thi"),
 Q("1.350 em", 1350, "em"), Q("100% đoàn viên", 100, "%"), Q("12 cơ sở đoàn", 12, "cơ sở đoàn"),
 Q("ít nhất 95%", 95, "%", "over")],
[D("Kết luận", "17", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 17, 18-KL/TU"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 17, 18-KL/TU"),
 D("Chương trình hành động", "09", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU"),
 D("Kế hoạch", "520", "KH/TĐTN", "2024-05-02", None, "Kế hoạch số 520-KH/TĐTN ngày 02/5/2024")],
[prov("An Giang"), prov("Hồ Chí Minh"), com("Nhơn Hưng")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN AN GIANG", "You are here: Trang chủ / Tin tức / Hoạt động Tỉnh đoàn",
 "Toàn cảnh hội nghị sơ kết.", "Xuân tình nguyện", "Mùa hè xanh", "Mái ấm thanh niên", "Tiếp sức mùa thi",
 "Tết Sene Dolta", "Trường Đại học An Giang"],
["15-07-2024 10:30", "6 tháng đầu năm 2024", "6 tháng cuối năm", "năm 2024", "702 đồng chí", "15/6", "lần thứ XII", "25/8"]))

PAGES.append(page("b6118-quangtri-chandung-2024", """
Báo Quảng Trị
Trang chủ | Xã hội | Gương sáng
Thứ Sáu, 16/08/2024
Anh Hồ Văn Păng, Bí thư Đoàn xã Hướng Phùng, hướng dẫn thiếu nhi đọc sách tại "Tủ sách tình nguyện".
Người "thủ lĩnh" Vân Kiều của những mùa hè xanh
Sáu mùa hè liên tiếp, anh Hồ Văn Păng, 29 tuổi, người Vân Kiều, Bí thư Đoàn xã Hướng Phùng (huyện Hướng Hóa), là người dẫn đường cho các đội hình sinh viên tình nguyện về với các bản làng vùng biên giới Việt - Lào.
Năm 2018, khi còn là Phó Bí thư Đoàn xã, anh Păng lần đầu đón đội hình "Mùa hè xanh" của Trường Đại học Sư phạm Huế. "Các bạn sinh viên không biết tiếng Vân Kiều, bà con thì ngại người lạ, nên mình đi cùng từng nhà để giới thiệu", anh kể. Từ đó đến nay, xã Hướng Phùng đã đón 14 đội hình với hơn 600 sinh viên, cùng làm 7,5 km đường bê tông, 3 nhà văn hóa thôn, 2 điểm trường mầm non và mở 28 lớp dạy tiếng Việt cho gần 500 trẻ em trước tuổi vào lớp 1.
Được tín nhiệm giữ chức Bí thư Đoàn xã từ năm 2020, anh Păng vận động thanh niên trong xã thành lập 3 tổ hợp tác trồng cà phê, chuối, với 42 thành viên; mỗi năm thu nhập bình quân của mỗi thành viên tăng khoảng 15%. Nhờ đó, có 26 hộ thanh niên thoát nghèo, nhiều bạn không còn đi làm thuê bên kia biên giới.
Chị Hồ Thị Nhàn, Phó Bí thư Đoàn xã Hướng Phùng, cho biết: "Anh Păng là người nói ít làm nhiều. Mùa hè nào anh cũng ở cùng đội hình từ ngày đầu tới ngày cuối, có khi 45 ngày liền không về nhà". Đồng chí Trần Quốc Bảo, Phó Bí thư Huyện đoàn Hướng Hóa, đánh giá mô hình phối hợp giữa Đoàn xã và đội hình sinh viên ở Hướng Phùng là cách làm tiêu biểu, đã được nhân rộng ra 8 xã biên giới của huyện.
Với những đóng góp đó, anh Păng được Trung ương Đoàn tặng Giải thưởng Lý Tự Trọng năm 2023 và là 1 trong 10 gương mặt thanh niên tiêu biểu của tỉnh. Anh cũng được Ban Thường vụ Tỉnh đoàn khen thưởng theo Quyết định số 215-QĐ/TĐTN ngày 20/3/2024 vì thành tích xuất sắc trong thực hiện Kế hoạch số 09-KH/TĐTN về chiến dịch tình nguyện hè giai đoạn 2022 - 2027.
Hè năm 2024, xã Hướng Phùng tiếp tục đón 2 đội hình với 65 sinh viên. Ngoài các phần việc quen thuộc, anh Păng cùng các bạn trẻ mở thêm "Tủ sách tình nguyện" với 1.200 cuốn sách cho thiếu nhi ở bản Cheng, bản Hướng Choa. Già làng Hồ Văn Lìa ở bản Cheng nói: "Thanh niên bây giờ biết làm đường, biết trồng cà phê, biết dạy chữ cho con cháu, bà con tin lắm".
Khi được hỏi về dự định, anh Păng chỉ cười: "Còn sức thì còn đi cùng các bạn sinh viên. Mình mong mỗi bản ở Hướng Phùng đều có đường đẹp, có tủ sách, có điện sáng". Anh đang cùng Đoàn xã chuẩn bị hồ sơ đề xuất công trình thanh niên "Thắp sáng đường biên" với tổng kinh phí khoảng 250 triệu đồng cho mùa hè năm sau.
Bài, ảnh: Thanh Trúc
Tin khác
- Quảng Trị: 3.000 sinh viên tình nguyện hè 2024 (05/7/2024)
- Hướng Hóa: đường bê tông mới về bản (20/7/2024)
- Tỉnh đoàn tuyên dương 10 gương mặt trẻ tiêu biểu (26/3/2024)
""", "2024-08-16", "Người \"thủ lĩnh\" Vân Kiều của những mùa hè xanh",
E("khac", None, None),
[P("Hồ Văn Păng", "Bí thư Đoàn xã Hướng Phùng", "Phó Bí thư Đoàn xã", "Bí thư Đoàn xã"),
 P("Hồ Thị Nhàn", "Phó Bí thư Đoàn xã Hướng Phùng"),
 P("Trần Quốc Bảo", "Phó Bí thư Huyện đoàn Hướng Hóa"),
 P("Hồ Văn Lìa", "Già làng")],
[Q("14 đội hình", 14, "đội hình"), Q("hơn 600 sinh viên", 600, "sinh viên", "over"), Q("7,5 km", 7.5, "km"),
 Q("3 nhà văn hóa thôn", 3, "nhà văn hóa thôn"), Q("2 điểm trường mầm non", 2, "điểm trường mầm non"),
 Q("28 lớp dạy tiếng Việt", 28, "lớp dạy tiếng Việt"), Q("gần 500 trẻ em", 500, "trẻ em", "approx"),
 Q("3 tổ hợp tác", 3, "tổ hợp tác"), Q("42 thành viên", 42, "thành viên"), Q("khoảng 15%", 15, "%", "approx"),
 Q("26 hộ thanh niên", 26, "hộ thanh niên"), Q("8 xã biên giới", 8, "xã biên giới"),
 Q("10 gương mặt thanh niên tiêu biểu", 10, "gương mặt thanh niên tiêu biểu"), Q("2 đội hình", 2, "đội hình"),
 Q("65 sinh viên", 65, "sinh viên"), Q("1.200 cuốn sách", 1200, "cuốn sách"),
 Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx")],
[D("Quyết định", "215", "QĐ/TĐTN", "2024-03-20", "Ban Thường vụ Tỉnh đoàn", "Quyết định số 215-QĐ/TĐTN ngày 20/3/2024"),
 D("Kế hoạch", "09", "KH/TĐTN", None, None, "Kế hoạch số 09-KH/TĐTN")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["Báo Quảng Trị", "Trang chủ | Xã hội | Gương sáng",
 "Anh Hồ Văn Păng, Bí thư Đoàn xã Hướng Phùng, hướng dẫn thiếu nhi đọc sách tại \"Tủ sách tình nguyện\".",
 "Tủ sách tình nguyện", "Mùa hè xanh", "Giải thưởng Lý Tự Trọng", "Thắp sáng đường biên", "Trường Đại học Sư phạm Huế"],
["Thứ Sáu, 16/08/2024", "Sáu mùa hè", "29 tuổi", "Năm 2018", "năm 2020", "45 ngày", "năm 2023", "1 trong 10",
 "2022 - 2027", "lớp 1"]))
