from lib import *
PAGES = []

PAGES.append(page("b5495-vinhlong-thanhphong-doithoai-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ | Thời sự | Dân vận - Mặt trận
21/11/2025 - 16:20
Quang cảnh buổi đối thoại tại Hội trường UBND xã Thạnh Phong.
Thạnh Phong: Bí thư Đảng ủy xã đối thoại với ngư dân và người dân vùng biển
Ngày 20/11, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Thạnh Phong (tỉnh Vĩnh Long) phối hợp với Đồn Biên phòng Thạnh Phong tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025. Đồng chí Trần Văn Bé Tư, Bí thư Đảng ủy xã chủ trì; dự có Trung tá Sơn Hoàng Minh, Chính trị viên Đồn Biên phòng Thạnh Phong và 126 ngư dân, người dân các ấp ven biển.
Buổi đối thoại được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 14-KH/ĐU ngày 05/10/2025 của Ban Thường vụ Đảng ủy xã. Trước đó, các chi bộ ấp đã tổng hợp 21 ý kiến, kiến nghị gửi đến hội nghị.
Ông Nguyễn Văn Sáu, ngư dân ấp Thạnh Hải, phản ánh 14 tàu cá của bà con chưa được cấp đủ thiết bị giám sát hành trình; chi phí lắp đặt khoảng 18 triệu đồng/thiết bị là quá sức với hộ nghèo. Bà Thạch Thị Sa Phia, người Khmer ở ấp Giồng Giữa, đề nghị xã hỗ trợ vốn nuôi sò huyết. Ông Kim Sóc Ra, Trưởng ban công tác Mặt trận ấp Thạnh Hòa, đề nghị tăng cường tuần tra ban đêm ở cửa biển.
Trả lời ý kiến, Trung tá Sơn Hoàng Minh cho biết, thực hiện Nghị định số 106/2021/NĐ-CP của Chính phủ, đồn đã phối hợp với xã tuyên truyền chống khai thác hải sản bất hợp pháp (IUU) cho 312 chủ tàu, thuyền trưởng; năm 2025 không có tàu cá nào của xã vi phạm vùng biển nước ngoài. Đồn đang nhận 4 cháu làm con nuôi theo Chương trình "Con nuôi đồn Biên phòng" và đỡ đầu 6 học sinh theo Chương trình "Nâng bước em tới trường", trong đó 3 em là con ngư dân gặp nạn trên biển.
Đồng chí Lê Thị Mộng Tuyền, Phó Chủ tịch UBND xã, trả lời: xã sẽ trình Ban Dân tộc và Tôn giáo thuộc UBND tỉnh hỗ trợ 50% chi phí thiết bị cho hộ nghèo, hộ cận nghèo; ưu tiên 1,2 tỷ đồng vốn vay ưu đãi qua Ngân hàng Chính sách xã hội cho 30 hộ nuôi sò huyết.
Kết luận hội nghị, đồng chí Trần Văn Bé Tư tiếp thu 21 ý kiến, trong đó 15 ý kiến được giải trình ngay tại hội nghị, 6 ý kiến giao các ngành trả lời trong tháng 12/2025. Đồng chí đề nghị bà con tiếp tục tham gia phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới", mỗi ngư dân là một "cột mốc sống" trên biển.
Sau hội nghị, Đồn Biên phòng Thạnh Phong trao 50 phần quà, mỗi phần trị giá 500.000 đồng, cho ngư dân có hoàn cảnh khó khăn.
Thanh Trúc
Tin liên quan
- Vĩnh Long: ra mắt 12 "Tổ tàu thuyền an toàn" (10/11/2025)
- Đồn Biên phòng Ba Động nhận 2 cháu làm con nuôi (28/10/2025)
- Thạnh Phong tổng kết 5 năm phong trào "Ngư dân bám biển" (15/10/2025)
""", "2025-11-21", "Thạnh Phong: Bí thư Đảng ủy xã đối thoại với ngư dân và người dân vùng biển",
E("doi_thoai", "2025", "2025-11-20"),
[P("Trần Văn Bé Tư", "Bí thư Đảng ủy xã"),
 P("Sơn Hoàng Minh", "Trung tá", "Chính trị viên Đồn Biên phòng Thạnh Phong"),
 P("Nguyễn Văn Sáu"),
 P("Thạch Thị Sa Phia"),
 P("Kim Sóc Ra", "Trưởng ban công tác Mặt trận ấp Thạnh Hòa"),
 P("Lê Thị Mộng Tuyền", "Phó Chủ tịch UBND xã")],
[Q("126 ngư dân, người dân", 126, "ngư dân, người dân"), Q("21 ý kiến, kiến nghị", 21, "ý kiến, kiến nghị"),
 Q("14 tàu cá", 14, "tàu cá"), Q("khoảng 18 triệu đồng", 18000000, "đồng", "approx"),
 Q("312 chủ tàu, thuyền trưởng", 312, "chủ tàu, thuyền trưởng"), Q("4 cháu", 4, "cháu"), Q("6 học sinh", 6, "học sinh"),
 Q("3 em", 3, "em"), Q("50%", 50, "%"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("30 hộ", 30, "hộ"),
 Q("15 ý kiến", 15, "ý kiến"), Q("6 ý kiến", 6, "ý kiến"), Q("50 phần quà", 50, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "14", "KH/ĐU", "2025-10-05", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 14-KH/ĐU ngày 05/10/2025"),
 D("Nghị định", "106", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 106/2021/NĐ-CP")],
[prov("Vĩnh Long"), com("Thạnh Phong")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ | Thời sự | Dân vận - Mặt trận", "Quang cảnh buổi đối thoại tại Hội trường UBND xã Thạnh Phong.",
 "Con nuôi đồn Biên phòng", "Nâng bước em tới trường", "Ngân hàng Chính sách xã hội",
 "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới", "cột mốc sống", "IUU"],
["21/11/2025 - 16:20", "năm 2025", "tháng 12/2025"]))

PAGES.append(page("b5496-lamdong-bdbp-tongket-2025", """
Cổng thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng
Trang chủ / Tin tức / Dân vận
Ngày đăng 09/01/2026 | 16:20
Ảnh: Các đại biểu dự hội nghị.
Năm đầu hợp nhất: dân vận biên phòng Lâm Đồng giữ vững "thế trận lòng dân" từ biên giới đến biển đảo
Ngày 8/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng phối hợp với Đảng ủy Bộ đội Biên phòng tỉnh tổ chức hội nghị tổng kết công tác dân vận khu vực biên giới, biển đảo năm 2025. Đồng chí K'Điểu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và Đại tá Nguyễn Thanh Tùng, Phó Bí thư Đảng ủy, Chỉ huy trưởng BĐBP tỉnh đồng chủ trì.
Sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, tỉnh có 130 km đường biên giới đất liền với Campuchia và 192 km bờ biển, 15 xã, đặc khu biên giới, ven biển. Thực hiện Kế hoạch số 26-KH/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy và Chỉ thị 03, 04-CT/ĐU của Đảng ủy BĐBP tỉnh, 14 đồn biên phòng đã cử 196 đảng viên tham gia sinh hoạt tại 184 chi bộ thôn, bon, khu phố; tổ chức 830 buổi tuyên truyền cho trên 62.000 lượt người, trong đó gần 21.000 lượt ngư dân.
Năm 2025, các đồn đang nuôi 47 cháu theo Chương trình "Con nuôi đồn Biên phòng", đỡ đầu 112 học sinh theo Chương trình "Nâng bước em tới trường"; phối hợp xây 38 căn nhà cho hộ nghèo theo phong trào xóa nhà tạm, nhà dột nát, tổng kinh phí trên 2,3 tỷ đồng. Nhân dân cung cấp 264 nguồn tin có giá trị; 9 vụ việc mâu thuẫn trong nội bộ nhân dân được hòa giải thành.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Bon Niêng Ha Tuân, Đàng Thị Mỹ Hương tham luận về vai trò của Mặt trận trong vận động đồng bào Mnông, K'Ho, Chăm. Đồng chí Thị Mai, Phó Trưởng ban Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, báo cáo kết quả gặp mặt 286 người có uy tín. Thượng tá Điểu K'Rứ, Đồn trưởng Đồn Biên phòng Bu Prăng, chia sẻ kinh nghiệm "3 cùng" với đồng bào ở xã Quảng Trực. Đồng chí Lê Văn Thuận, Bí thư Đảng ủy đặc khu Phú Quý, nêu khó khăn về nước ngọt cho ngư dân.
Phát biểu kết luận, đồng chí K'Điểu đề nghị năm 2026 các đồn tiếp tục thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị và Hướng dẫn số 03-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy; phấn đấu 100% xã biên giới có mô hình "Dân vận khéo" gắn với đồn biên phòng, mỗi đồn nhận thêm ít nhất 1 cháu làm con nuôi.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 8 tập thể, 15 cá nhân; Bộ Chỉ huy BĐBP tỉnh khen thưởng 6 người có uy tín tiêu biểu.
Kim Ngân
Lượt xem: 642
Tin cùng chuyên mục
- Lâm Đồng: Tổng kết công tác Mặt trận năm 2025 (06/01/2026)
- Đồn Biên phòng Đắk Buk So trao 200 suất quà (30/12/2025)
- Phú Quý: Ngư dân ra khơi đầu năm (02/01/2026)
""", "2026-01-09", "Năm đầu hợp nhất: dân vận biên phòng Lâm Đồng giữ vững \"thế trận lòng dân\" từ biên giới đến biển đảo",
E("tong_ket", "2025", "2026-01-08"),
[P("K'Điểu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thanh Tùng", "Đại tá", "Phó Bí thư Đảng ủy", "Chỉ huy trưởng BĐBP tỉnh"),
 P("Bon Niêng Ha Tuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Thị Mỹ Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Mai", "Phó Trưởng ban Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu K'Rứ", "Thượng tá", "Đồn trưởng Đồn Biên phòng Bu Prăng"),
 P("Lê Văn Thuận", "Bí thư Đảng ủy đặc khu Phú Quý")],
[Q("3 tỉnh", 3, "tỉnh"), Q("130 km", 130, "km"), Q("192 km", 192, "km"), Q("15 xã, đặc khu biên giới, ven biển", 15, "xã, đặc khu biên giới, ven biển"),
 Q("14 đồn biên phòng", 14, "đồn biên phòng"), Q("196 đảng viên", 196, "đảng viên"),
 Q("184 chi bộ thôn, bon, khu phố", 184, "chi bộ thôn, bon, khu phố"), Q("830 buổi tuyên truyền", 830, "buổi tuyên truyền"),
 Q("trên 62.000 lượt người", 62000, "lượt người", "over"), Q("gần 21.000 lượt ngư dân", 21000, "lượt ngư dân", "approx"),
 Q("47 cháu", 47, "cháu"), Q("112 học sinh", 112, "học sinh"), Q("38 căn nhà", 38, "căn nhà"),
 Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("264 nguồn tin", 264, "nguồn tin"),
 Q("9 vụ việc mâu thuẫn trong nội bộ nhân dân", 9, "vụ việc mâu thuẫn trong nội bộ nhân dân"),
 Q("286 người có uy tín", 286, "người có uy tín"), Q("100%", 100, "%"), Q("ít nhất 1 cháu", 1, "cháu", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("6 người có uy tín tiêu biểu", 6, "người có uy tín tiêu biểu")],
[D("Kế hoạch", "26", "KH/TU", "2025-08-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 26-KH/TU ngày 20/8/2025"),
 D("Chỉ thị", "03", "CT/ĐU", None, "Đảng ủy BĐBP tỉnh", "Chỉ thị 03, 04-CT/ĐU"),
 D("Chỉ thị", "04", "CT/ĐU", None, "Đảng ủy BĐBP tỉnh", "Chỉ thị 03, 04-CT/ĐU"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Phú Quý")],
["Cổng thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng", "Trang chủ / Tin tức / Dân vận", "Ảnh: Các đại biểu dự hội nghị.",
 "thế trận lòng dân", "Con nuôi đồn Biên phòng", "Nâng bước em tới trường", "3 cùng", "Dân vận khéo", "Lượt xem: 642"],
["Ngày đăng 09/01/2026 | 16:20", "năm 2025", "năm 2026", "Lượt xem: 642", "3 cùng"]))

PAGES.append(page("b5497-dongnai-mttq-giamsat-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ » Chính trị » Mặt trận - Đoàn thể
12/03/2026 - 09:45
Giám sát chính sách hỗ trợ trẻ em vùng biên tại Bộ Chỉ huy BĐBP tỉnh
Đoàn giám sát kiểm tra hồ sơ con nuôi tại Đồn Biên phòng Hoàng Diệu. Ảnh: Công Nghĩa
Ngày 11/3, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do đồng chí Huỳnh Thị Ánh Nguyệt, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã làm việc với Bộ Chỉ huy Bộ đội Biên phòng tỉnh về việc thực hiện các chương trình hỗ trợ trẻ em khu vực biên giới. Đây là nội dung thuộc Chương trình giám sát năm 2026 của Ủy ban MTTQ Việt Nam tỉnh.
Cùng tham gia đoàn có đồng chí Điểu Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đồng chí Lâm Văn Sang, Phó Giám đốc Sở Dân tộc và Tôn giáo.
Việc giám sát thực hiện theo Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và Kế hoạch số 12/KH-MTTQ-BTT ngày 20/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo của Đại tá Thạch Chanh Đa, Phó Chính ủy BĐBP tỉnh, trên tuyến biên giới dài 258 km (thuộc tỉnh Bình Phước cũ), 13 đồn biên phòng đang nuôi 52 cháu theo Chương trình "Con nuôi đồn Biên phòng", mức hỗ trợ 1,5 triệu đồng/cháu/tháng; đỡ đầu 94 học sinh theo Chương trình "Nâng bước em tới trường" với 700.000 đồng/em/tháng. Từ năm 2019 đến hết năm 2025, tổng kinh phí 2 chương trình khoảng 5,6 tỷ đồng, trong đó 61% do doanh nghiệp, nhà hảo tâm đóng góp. 100% trẻ được nhận nuôi đi học đúng độ tuổi; 12 em đã tốt nghiệp THPT, 4 em vào đại học, cao đẳng.
Kiểm tra thực tế tại xã Lộc Thành và xã Thiện Hưng, đoàn ghi nhận việc chi trả công khai, có sổ theo dõi. Bà Thị Bích, mẹ của cháu Điểu Khang, cho biết mỗi tháng cán bộ đồn đều đến thăm, mang sữa, sách vở. Tuy vậy, đoàn cũng chỉ ra 3 hạn chế: chưa có cơ chế khi cháu chuyển nơi ở sang địa bàn khác; 7 hồ sơ chưa cập nhật kết quả học tập; chưa lồng ghép với chính sách hỗ trợ của Sở Giáo dục và Đào tạo.
Kết luận buổi làm việc, đồng chí Huỳnh Thị Ánh Nguyệt đề nghị BĐBP tỉnh sửa đổi Quy chế số 05/QC-BCH về quản lý kinh phí chương trình trước ngày 30/6/2026; phối hợp với Ủy ban MTTQ các xã biên giới vận động tối thiểu 10 doanh nghiệp ký cam kết đồng hành dài hạn. Đại tá Thạch Chanh Đa tiếp thu đầy đủ các kiến nghị.
Công Nghĩa
Tin liên quan
- Đồng Nai: Ra mắt Quỹ "Vì trẻ em vùng biên" (02/03/2026)
- Đồn Biên phòng Tà Nốt nhận 3 cháu làm con nuôi (20/02/2026)
- Ủy ban MTTQ tỉnh triển khai Chương trình giám sát năm 2026 (28/01/2026)
""", "2026-03-12", "Giám sát chính sách hỗ trợ trẻ em vùng biên tại Bộ Chỉ huy BĐBP tỉnh",
E("giam_sat", "2026", "2026-03-11"),
[P("Huỳnh Thị Ánh Nguyệt", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Lâm Văn Sang", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thạch Chanh Đa", "Đại tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Thị Bích"), P("Điểu Khang")],
[Q("258 km", 258, "km"), Q("13 đồn biên phòng", 13, "đồn biên phòng"), Q("52 cháu", 52, "cháu"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("94 học sinh", 94, "học sinh"), Q("700.000 đồng", 700000, "đồng"),
 Q("khoảng 5,6 tỷ đồng", 5600000000, "đồng", "approx"), Q("61%", 61, "%"), Q("100%", 100, "%"), Q("12 em", 12, "em"),
 Q("4 em", 4, "em"), Q("3 hạn chế", 3, "hạn chế"), Q("7 hồ sơ", 7, "hồ sơ"), Q("tối thiểu 10 doanh nghiệp", 10, "doanh nghiệp")],
[D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2026-01-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 20/01/2026"),
 D("Quy chế", "05", "QC-BCH", None, None, "Quy chế số 05/QC-BCH")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Lộc Thành"), com("Thiện Hưng")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ » Chính trị » Mặt trận - Đoàn thể",
 "Đoàn giám sát kiểm tra hồ sơ con nuôi tại Đồn Biên phòng Hoàng Diệu. Ảnh: Công Nghĩa", "Con nuôi đồn Biên phòng",
 "Nâng bước em tới trường", "Chương trình giám sát năm 2026", "Sở Giáo dục và Đào tạo"],
["12/03/2026 - 09:45", "năm 2026", "Từ năm 2019", "hết năm 2025", "2 chương trình", "ngày 30/6/2026"]))

PAGES.append(page("b5498-gialai-btgdv-giaoban-thang1-2026", """
Báo Gia Lai điện tử
Hôm nay: Chủ Nhật, 08/02/2026
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Sáu, 06/02/2026, 10:30
Giao ban dân vận tháng 1: chăm lo Tết cho đồng bào vùng biên, biển
Ảnh: Đồng chí Rơ Mah Tuân phát biểu tại buổi giao ban.
Ngày 5/2, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức giao ban công tác dân vận tháng 1/2026 với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Ủy ban MTTQ Việt Nam tỉnh và Sở Dân tộc và Tôn giáo. Đồng chí Rơ Mah Tuân, TUV, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, tháng 1/2026, các cơ quan đã triển khai Chỉ thị 02, 03-CT/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo tổ chức Tết Bính Ngọ năm 2026 và về công tác dân vận ở vùng đồng bào dân tộc thiểu số, vùng ven biển; Kế hoạch số 41-KH/BTGDVTU ngày 05/01/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy. BĐBP tỉnh đã tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" tại 9 xã biên giới và 6 xã, phường ven biển, trao 2.400 suất quà trị giá gần 1,2 tỷ đồng; tặng 30 con bò giống cho 30 hộ nghèo; khám bệnh, cấp thuốc cho 1.850 lượt người.
Thượng tá Nay Y Blang, Phó Chính ủy BĐBP tỉnh, cho biết trong tháng các đồn nhận thêm 5 cháu làm con nuôi, nâng tổng số lên 64 cháu; 138 học sinh đang được đỡ đầu theo Chương trình "Nâng bước em tới trường". Đồn Biên phòng Nhơn Lý (khu vực Bình Định cũ) vận động 46 chủ tàu cá ký cam kết không khai thác hải sản trái phép ở vùng biển nước ngoài.
Đồng chí Ksor H'Lâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông tin: Ủy ban MTTQ các cấp đã vận động Quỹ "Vì người nghèo" được trên 14 tỷ đồng, hỗ trợ xây mới 85 căn nhà Đại đoàn kết. Đồng chí Đinh Văn Blưn, Phó Giám đốc Sở Dân tộc và Tôn giáo, đề nghị phối hợp nắm tình hình hoạt động của "Tin lành Đê Ga" ở 3 xã biên giới; tháng 1 đã vận động 11 hộ từ bỏ tổ chức này.
Các đồng chí Trưởng phòng Ban Tuyên giáo và Dân vận Tỉnh ủy: Phạm Thị Hồng Loan, Siu Hyưn báo cáo tình hình dư luận xã hội quanh việc sắp xếp tổ dân phố, thôn, làng sau hợp nhất. Theo khảo sát, trên 90% người được hỏi đồng tình với chủ trương; 7 ý kiến phản ánh về thủ tục đất đai đã được chuyển cơ quan chức năng.
Kết luận giao ban, đồng chí Rơ Mah Tuân đề nghị tháng 2 tập trung tổ chức gặp mặt người có uy tín, bảo đảm mọi người dân vùng biên, biển đều có Tết; thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị.
Hoàng Ngọc - Ngọc Minh
Các tin khác
- Gia Lai: Gặp mặt 350 người có uy tín dịp Tết Bính Ngọ (03/02/2026)
- Đồn Biên phòng Ia Lốp trao 200 suất quà cho hộ nghèo (30/01/2026)
- Quy Nhơn: Ngư dân ra khơi đầu năm (28/01/2026)
""", "2026-02-06", "Giao ban dân vận tháng 1: chăm lo Tết cho đồng bào vùng biên, biển",
E("giao_ban", "2026-01", "2026-02-05"),
[P("Rơ Mah Tuân", "TUV", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nay Y Blang", "Thượng tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Ksor H'Lâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Blưn", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Phạm Thị Hồng Loan", "Trưởng phòng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Siu Hyưn", "Trưởng phòng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("9 xã biên giới", 9, "xã biên giới"), Q("6 xã, phường ven biển", 6, "xã, phường ven biển"), Q("2.400 suất quà", 2400, "suất quà"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("30 con bò giống", 30, "con bò giống"), Q("30 hộ nghèo", 30, "hộ nghèo"),
 Q("1.850 lượt người", 1850, "lượt người"), Q("5 cháu", 5, "cháu"), Q("64 cháu", 64, "cháu"), Q("138 học sinh", 138, "học sinh"),
 Q("46 chủ tàu cá", 46, "chủ tàu cá"), Q("trên 14 tỷ đồng", 14000000000, "đồng", "over"),
 Q("85 căn nhà Đại đoàn kết", 85, "căn nhà Đại đoàn kết"), Q("3 xã biên giới", 3, "xã biên giới"), Q("11 hộ", 11, "hộ"),
 Q("trên 90%", 90, "%", "over"), Q("7 ý kiến", 7, "ý kiến")],
[D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Kế hoạch", "41", "KH/BTGDVTU", "2026-01-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 41-KH/BTGDVTU ngày 05/01/2026"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Gia Lai"), prov("Bình Định")],
["Báo Gia Lai điện tử", "Trang chủ › Chính trị › Xây dựng Đảng", "Ảnh: Đồng chí Rơ Mah Tuân phát biểu tại buổi giao ban.",
 "Xuân Biên phòng ấm lòng dân bản", "Nâng bước em tới trường", "Vì người nghèo", "Tin lành Đê Ga"],
["Hôm nay: Chủ Nhật, 08/02/2026", "Thứ Sáu, 06/02/2026, 10:30", "tháng 1/2026", "năm 2026", "tháng 2", "Tết Bính Ngọ"]))

PAGES.append(page("b5499-quangtri-lia-soket-quy1-2026", """
Trang thông tin điện tử xã Lìa - tỉnh Quảng Trị
Trang chủ > Tin tức > Hoạt động Đảng ủy - Mặt trận
08/04/2026 14:30
Lượt xem: 315
Xã Lìa sơ kết công tác dân vận quý I năm 2026
Ngày 7/4/2026, Ban Thường vụ Đảng ủy xã Lìa phối hợp với Đồn Biên phòng Thanh tổ chức hội nghị sơ kết công tác dân vận quý I, triển khai nhiệm vụ quý II năm 2026. Đồng chí Hồ Văn Nhiên, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị.
Đồng chí Hồ Văn Nhiên kết luận hội nghị. Ảnh: Văn phòng Đảng ủy
Theo báo cáo của Ban Xây dựng Đảng Đảng ủy xã, quý I, xã đã triển khai Kế hoạch số 09-KH/ĐU ngày 08/01/2026 của Ban Thường vụ Đảng ủy xã về công tác dân vận năm 2026 và Nghị quyết số 21-NQ/ĐU về xây dựng khu vực biên giới vững mạnh. Xã có 4.120 hộ, trên 17.600 nhân khẩu, trong đó 78% là đồng bào Vân Kiều, Pa Kô; tỷ lệ hộ nghèo 32,7%.
Đồn Biên phòng Thanh đã cử 18 đảng viên về sinh hoạt tại 22 chi bộ thôn; phối hợp tổ chức 14 buổi tuyên truyền song ngữ cho khoảng 1.600 lượt người; nhận thêm 2 cháu làm con nuôi, nâng tổng số trẻ được nuôi dưỡng theo Chương trình "Con nuôi đồn Biên phòng" trên địa bàn lên 8 cháu; 10 học sinh được đỡ đầu theo Chương trình "Nâng bước em tới trường", mỗi em 700.000 đồng/tháng. Trong quý, nhân dân đã hiến 5.600 m2 đất làm đường, góp 850 ngày công.
Tại hội nghị, Thiếu tá Kray Văn Xim, Phó Chính trị viên Đồn Biên phòng Thanh, đề nghị các thôn duy trì "Tổ tự quản đường biên, cột mốc"; quý I có 2 vụ xuất cảnh trái phép bị phát hiện. Bà Hồ Thị Pỏi, Chủ tịch Hội Liên hiệp Phụ nữ xã, phản ánh vẫn còn 5 trường hợp tảo hôn. Ông Pả Xoong, người có uy tín thôn Ka Tăng, cho biết bà con đã đồng thuận chuyển 42 ha đất trồng sắn sang trồng cà phê.
Hội nghị đánh giá, sau sắp xếp đơn vị hành chính, địa bàn xã rộng hơn, nhiều thôn ở xa trung tâm, đường sá đi lại khó khăn nên việc nắm tình hình có lúc chưa kịp thời. Một số cán bộ thôn mới được kiện toàn còn lúng túng khi vận động bà con; việc phối hợp giữa các đoàn thể với đồn biên phòng ở một vài nơi chưa chặt chẽ, còn chồng chéo.
Các đồng chí Phó Chủ tịch UBND xã: Nguyễn Văn Hòa, Hồ Thị Thu cùng giải trình các kiến nghị về cấp giấy chứng nhận quyền sử dụng đất và về thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Kết luận hội nghị, đồng chí Hồ Văn Nhiên yêu cầu quý II tiếp tục thực hiện Kết luận 05, 06-KL/ĐU của Ban Thường vụ Đảng ủy xã; không để phát sinh điểm nóng, phấn đấu ít nhất 3 mô hình "Dân vận khéo" đăng ký mới.
Văn phòng Đảng ủy
Tin liên quan
- Đồn Biên phòng Thanh nhận 2 cháu làm con nuôi (25/03/2026)
- Xã Lìa: Hội nghị đối thoại với nhân dân năm 2026 (12/03/2026)
- Trao 120 suất quà Tết cho hộ nghèo (10/02/2026)
""", "2026-04-08", "Xã Lìa sơ kết công tác dân vận quý I năm 2026",
E("so_ket", "2026-Q1", "2026-04-07"),
[P("Hồ Văn Nhiên", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Kray Văn Xim", "Thiếu tá", "Phó Chính trị viên Đồn Biên phòng Thanh"),
 P("Hồ Thị Pỏi", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Pả Xoong", "người có uy tín thôn Ka Tăng"),
 P("Nguyễn Văn Hòa", "Phó Chủ tịch UBND xã"),
 P("Hồ Thị Thu", "Phó Chủ tịch UBND xã")],
[Q("4.120 hộ", 4120, "hộ"), Q("trên 17.600 nhân khẩu", 17600, "nhân khẩu", "over"), Q("78%", 78, "%"), Q("32,7%", 32.7, "%"),
 Q("18 đảng viên", 18, "đảng viên"), Q("22 chi bộ thôn", 22, "chi bộ thôn"), Q("14 buổi tuyên truyền song ngữ", 14, "buổi tuyên truyền song ngữ"),
 Q("khoảng 1.600 lượt người", 1600, "lượt người", "approx"), Q("2 cháu", 2, "cháu"), Q("8 cháu", 8, "cháu"),
 Q("10 học sinh", 10, "học sinh"), Q("700.000 đồng", 700000, "đồng"), Q("5.600 m2", 5600, "m2"), Q("850 ngày công", 850, "ngày công"),
 Q("2 vụ xuất cảnh trái phép", 2, "vụ xuất cảnh trái phép"), Q("5 trường hợp", 5, "trường hợp"), Q("42 ha", 42, "ha"),
 Q("ít nhất 3 mô hình", 3, "mô hình", "over")],
[D("Kế hoạch", "09", "KH/ĐU", "2026-01-08", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 09-KH/ĐU ngày 08/01/2026"),
 D("Nghị quyết", "21", "NQ/ĐU", None, None, "Nghị quyết số 21-NQ/ĐU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kết luận", "05", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 05, 06-KL/ĐU"),
 D("Kết luận", "06", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 05, 06-KL/ĐU")],
[prov("Quảng Trị"), com("Lìa")],
["Trang thông tin điện tử xã Lìa - tỉnh Quảng Trị", "Trang chủ > Tin tức > Hoạt động Đảng ủy - Mặt trận", "Lượt xem: 315",
 "Đồng chí Hồ Văn Nhiên kết luận hội nghị. Ảnh: Văn phòng Đảng ủy", "Con nuôi đồn Biên phòng", "Nâng bước em tới trường",
 "Tổ tự quản đường biên, cột mốc", "Dân vận khéo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["08/04/2026 14:30", "Lượt xem: 315", "quý I", "quý II năm 2026", "năm 2026"]))

PAGES.append(page("b5500-angiang-giangthanh-taphuan-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Trang chủ / Thời sự / Dân vận
15 tháng 5, 2026 | 17:45
Học viên thực hành kỹ năng vận động quần chúng. Ảnh: Danh Thành
Giang Thành tập huấn kỹ năng dân vận cho cán bộ ấp và cán bộ biên phòng
Trong 2 ngày 14 và 15/5, Đảng ủy xã Giang Thành (tỉnh An Giang) phối hợp với Đồn Biên phòng Vĩnh Điều tổ chức lớp tập huấn kỹ năng công tác dân vận năm 2026 cho 85 học viên là bí thư chi bộ, trưởng ấp, trưởng ban công tác Mặt trận các ấp và cán bộ, chiến sĩ đồn biên phòng.
Phát biểu khai giảng, đồng chí Danh Thị Sa Ri, Phó Bí thư Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết: lớp học triển khai Kế hoạch số 31-KH/ĐU ngày 02/3/2026 của Ban Thường vụ Đảng ủy xã và Hướng dẫn 14, 15-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về bồi dưỡng nghiệp vụ dân vận cho cán bộ cơ sở sau sắp xếp. Xã Giang Thành mới có 5.940 hộ, trong đó 1.210 hộ đồng bào Khmer; 11 ấp giáp biên giới Campuchia.
Học viên được nghe 5 chuyên đề: Quy chế công tác dân vận ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị; Luật Thực hiện dân chủ ở cơ sở; kỹ năng tiếp xúc, đối thoại với người dân; kỹ năng vận động đồng bào Khmer và sư sãi Phật giáo Nam tông Khmer; kinh nghiệm thực hiện Chương trình "Con nuôi đồn Biên phòng". Báo cáo viên gồm ThS. Chau Phi Rum, Phó Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy; Thiếu tá Thạch Kim Sơn, Chính trị viên Đồn Biên phòng Vĩnh Điều.
Theo Thiếu tá Thạch Kim Sơn, hiện đồn đang nuôi 6 cháu và đỡ đầu 13 học sinh; từ năm 2016 đến nay đồn đã vận động trên 40 tổ chức, cá nhân hỗ trợ hơn 1,1 tỷ đồng cho trẻ em vùng biên; 4 cháu từng được đồn đỡ đầu nay đã tốt nghiệp đại học, trở về công tác tại địa phương.
Trong phần thảo luận, ông Danh Út, trưởng ấp Tà Êm, chia sẻ cách vận động 27 hộ hiến đất mở rộng đường ra cột mốc 301. Đại đức Thạch Sa Kha, trụ trì chùa Tà Êm, cho biết nhà chùa đã mở 3 lớp dạy chữ Khmer hè cho 96 em. Bà Nguyễn Thị Kim Chi, Bí thư Chi bộ ấp Rạch Gỗ, xã Giang Thành, đề nghị tăng thời lượng thực hành.
Nhiều học viên cho biết, qua lớp tập huấn, họ được trang bị thêm cách nắm bắt tâm tư của bà con, cách tổ chức một buổi đối thoại ở ấp, cách phối hợp với nhà chùa và người có uy tín khi tuyên truyền chủ trương, chính sách. Cán bộ đồn biên phòng cũng có dịp học hỏi kinh nghiệm thực tế từ những trưởng ấp gắn bó lâu năm với địa bàn.
Bế giảng lớp học, các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã: Lê Hoàng Phúc, Danh Thị Sa Ri trao giấy chứng nhận cho 83 học viên, đạt 97,6%; 9 học viên có bài thu hoạch xuất sắc được khen thưởng, mỗi người 300.000 đồng.
Danh Thành
Tin liên quan
- Đồn Biên phòng Vĩnh Điều nhận 2 cháu làm con nuôi (06/05/2026)
- An Giang: Giao ban công tác dân vận quý I/2026 (10/04/2026)
- Giang Thành: Trao 100 suất học bổng cho học sinh vùng biên (20/03/2026)
""", "2026-05-15", "Giang Thành tập huấn kỹ năng dân vận cho cán bộ ấp và cán bộ biên phòng",
E("tap_huan", "2026", "2026-05-14"),
[P("Danh Thị Sa Ri", "Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "Ủy viên Ban Thường vụ Đảng ủy xã"),
 P("Chau Phi Rum", "ThS.", "Phó Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Kim Sơn", "Thiếu tá", "Chính trị viên Đồn Biên phòng Vĩnh Điều"),
 P("Danh Út", "trưởng ấp Tà Êm"),
 P("Thạch Sa Kha", "Đại đức", "trụ trì chùa Tà Êm"),
 P("Nguyễn Thị Kim Chi", "Bí thư Chi bộ ấp Rạch Gỗ"),
 P("Lê Hoàng Phúc", "Ủy viên Ban Thường vụ Đảng ủy xã")],
[Q("85 học viên", 85, "học viên"), Q("5.940 hộ", 5940, "hộ"), Q("1.210 hộ đồng bào Khmer", 1210, "hộ đồng bào Khmer"),
 Q("11 ấp", 11, "ấp"), Q("5 chuyên đề", 5, "chuyên đề"), Q("6 cháu", 6, "cháu"), Q("13 học sinh", 13, "học sinh"),
 Q("trên 40 tổ chức, cá nhân", 40, "tổ chức, cá nhân", "over"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("4 cháu", 4, "cháu"), Q("27 hộ", 27, "hộ"), Q("3 lớp dạy chữ Khmer hè", 3, "lớp dạy chữ Khmer hè"), Q("96 em", 96, "em"),
 Q("83 học viên", 83, "học viên"), Q("97,6%", 97.6, "%"), Q("9 học viên", 9, "học viên"), Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "31", "KH/ĐU", "2026-03-02", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 31-KH/ĐU ngày 02/3/2026"),
 D("Hướng dẫn", "14", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 14, 15-HD/BTGDVTU"),
 D("Hướng dẫn", "15", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 14, 15-HD/BTGDVTU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("An Giang"), com("Giang Thành")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Trang chủ / Thời sự / Dân vận",
 "Học viên thực hành kỹ năng vận động quần chúng. Ảnh: Danh Thành", "Luật Thực hiện dân chủ ở cơ sở", "Con nuôi đồn Biên phòng"],
["15 tháng 5, 2026 | 17:45", "2 ngày", "năm 2026", "từ năm 2016", "cột mốc 301"]))
