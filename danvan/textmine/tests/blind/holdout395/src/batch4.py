from lib import *
PAGES = []

PAGES.append(page("b9455-tuyenquang-raquan-he-chinhquyen2cap-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ » Xã hội » Thanh niên
Thứ Hai, 07/07/2025 - 15:00
Tuổi trẻ Tuyên Quang ra quân hỗ trợ chính quyền địa phương 2 cấp
Sáng 5/7, tại phường Hà Giang 1, Tỉnh đoàn Tuyên Quang tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2025 với chủ đề "Tuổi trẻ Tuyên Quang đồng hành cùng chính quyền địa phương 2 cấp". Đây là chiến dịch tình nguyện đầu tiên của tuổi trẻ tỉnh sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
Các đội hình tình nguyện xuất quân tại phường Hà Giang 1.
Dự lễ ra quân có đồng chí Hoàng Văn Chiến, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; đồng chí Nông Thị Mai Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn; các đồng chí Phó Bí thư Tỉnh đoàn: Bàn Thị Diệp, Nguyễn Quang Vinh cùng hơn 1.500 đoàn viên, thanh niên, sinh viên.
Theo Kế hoạch số 05-KH/TĐTN ngày 2/7/2025 của Ban Thường vụ Tỉnh đoàn, chiến dịch diễn ra đến hết ngày 31/8 tại 124 xã, phường. Toàn tỉnh thành lập 364 đội hình tình nguyện, trong đó mỗi xã, phường có ít nhất 1 đội hình "Thanh niên hỗ trợ chính quyền số" giúp người dân làm thủ tục hành chính tại Trung tâm phục vụ hành chính công xã, cài đặt ứng dụng VNeID, thanh toán không dùng tiền mặt. Chỉ tiêu đặt ra là hướng dẫn không dưới 50.000 lượt người dân sử dụng dịch vụ công trực tuyến.
Cùng với đó, các đội hình tham gia phong trào "Bình dân học vụ số" theo tinh thần Nghị quyết số 57-NQ/TW của Bộ Chính trị, xóa nhà tạm, nhà dột nát, sửa chữa 40 điểm sinh hoạt cộng đồng và tổ chức sinh hoạt hè cho thiếu nhi ở các thôn vùng cao.
Phát biểu tại lễ ra quân, đồng chí Hoàng Văn Chiến nhấn mạnh những ngày đầu vận hành chính quyền địa phương 2 cấp, nhiều xã vùng cao còn thiếu cán bộ am hiểu công nghệ; sự xung kích của thanh niên sẽ góp phần để người dân không phải chờ đợi lâu khi làm thủ tục. Đồng chí đề nghị Tỉnh đoàn ưu tiên các xã biên giới phía Bắc như Lùng Cú, Mèo Vạc, Sơn Vĩ.
Đồng chí Vừ Mí Sính, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Bí thư Đoàn xã Lùng Cú, cho biết đoàn xã đã cử 12 đoàn viên thạo tiếng Mông túc trực tại Trung tâm phục vụ hành chính công xã để phiên dịch, hướng dẫn bà con. Chị Lý Thị Hà, Chủ tịch UBND phường Hà Giang 1, bày tỏ cảm ơn sự hỗ trợ của thanh niên trong tuần đầu vận hành bộ máy mới.
Dịp này, Tỉnh đoàn trao tặng 50 máy tính cho các xã vùng cao và 300 suất quà cho thiếu nhi có hoàn cảnh khó khăn, tổng trị giá hơn 700 triệu đồng.
Thu Phương
Lượt xem: 2.954
Tin liên quan
- Đoàn viên hỗ trợ người dân tại Trung tâm phục vụ hành chính công xã Minh Xuân (03/07/2025)
- Bàn giao hoạt động của Tỉnh đoàn Hà Giang và Tỉnh đoàn Tuyên Quang (30/06/2025)
- Thanh niên Yên Minh xóa nhà tạm cho hộ nghèo (25/06/2025)
""", "2025-07-07", "Tuổi trẻ Tuyên Quang ra quân hỗ trợ chính quyền địa phương 2 cấp",
E("khac", None, "2025-07-05"),
[P("Hoàng Văn Chiến", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Nông Thị Mai Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Bàn Thị Diệp", "Phó Bí thư Tỉnh đoàn"), P("Nguyễn Quang Vinh", "Phó Bí thư Tỉnh đoàn"),
 P("Vừ Mí Sính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Bí thư Đoàn xã Lùng Cú"),
 P("Lý Thị Hà", "Chủ tịch UBND phường Hà Giang 1")],
[Q("hơn 1.500 đoàn viên, thanh niên, sinh viên", 1500, "đoàn viên, thanh niên, sinh viên", "over"),
 Q("124 xã, phường", 124, "xã, phường"), Q("364 đội hình tình nguyện", 364, "đội hình tình nguyện"),
 Q("không dưới 50.000 lượt người dân", 50000, "lượt người dân", "over"),
 Q("40 điểm sinh hoạt cộng đồng", 40, "điểm sinh hoạt cộng đồng"), Q("12 đoàn viên", 12, "đoàn viên"),
 Q("50 máy tính", 50, "máy tính"), Q("300 suất quà", 300, "suất quà"), Q("hơn 700 triệu đồng", 700000000, "đồng", "over")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "05", "KH/TĐTN", "2025-07-02", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 05-KH/TĐTN ngày 2/7/2025"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Hà Giang 1"), com("Lùng Cú"), com("Mèo Vạc"), com("Sơn Vĩ")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ » Xã hội » Thanh niên",
 "Các đội hình tình nguyện xuất quân tại phường Hà Giang 1.", "Tuổi trẻ Tuyên Quang đồng hành cùng chính quyền địa phương 2 cấp",
 "Thanh niên hỗ trợ chính quyền số", "Bình dân học vụ số", "Trung tâm phục vụ hành chính công", "VNeID", "Lượt xem: 2.954"],
["Thứ Hai, 07/07/2025 - 15:00", "năm 2025", "2 cấp", "ngày 31/8", "ít nhất 1 đội hình", "Lượt xem: 2.954"]))

PAGES.append(page("b9456-vinhlong-tongket-he-2025", """
Báo Vĩnh Long điện tử
Chính trị > Mặt trận - Đoàn thể
Cập nhật: 17:20, 27/08/2025 (GMT+7)
Quang cảnh hội nghị tổng kết.
Hơn 18.000 lượt đoàn viên tham gia chiến dịch hè đầu tiên của tỉnh Vĩnh Long mới
(VLO) Chiều 26/8, Ban Thường vụ Tỉnh đoàn Vĩnh Long tổ chức hội nghị tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2025. Đây là chiến dịch đầu tiên được triển khai trên địa bàn tỉnh Vĩnh Long sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Dự hội nghị có đồng chí Trần Quốc Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Sơn Thị Chanh Na, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Bí thư Tỉnh đoàn; các đồng chí Huỳnh Văn Lực, Võ Thị Ngọc Hân - Phó Bí thư Tỉnh đoàn.
Báo cáo tổng kết cho biết, thực hiện Kế hoạch số 12-KH/TĐTN ngày 30/6/2025 của Ban Thường vụ Tỉnh đoàn và Kế hoạch 08, 09-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, toàn tỉnh đã thành lập 412 đội hình với hơn 18.000 lượt đoàn viên tham gia. 100% xã, phường có đội hình hỗ trợ người dân tại Trung tâm phục vụ hành chính công; các đội hình đã hướng dẫn 96.500 lượt người dân sử dụng dịch vụ công trực tuyến, sửa chữa 1.800 máy tính cho cơ quan xã và hộ dân.
Tổng giá trị các công trình, phần việc đạt 15,7 tỷ đồng, nổi bật là lắp đặt 2.300 bóng đèn chiếu sáng đường quê, xây 12 căn nhà nhân ái, hỗ trợ 32.000 thí sinh tham dự kỳ thi tốt nghiệp THPT. Ở các xã có đông đồng bào Khmer, các đội hình phối hợp với 46 chùa Phật giáo Nam tông Khmer mở lớp dạy chữ Khmer và lớp tin học cho thanh thiếu niên.
Chia sẻ tại hội nghị, đồng chí Thạch Văn Phol, Bí thư Đoàn xã Trà Cú, cho biết sau sắp xếp, xã rộng gấp ba lần trước nên đoàn xã chia thành 5 cụm để thanh niên hướng dẫn người dân tận ấp. Đồng chí Lê Thị Mỹ Duyên, Bí thư Đoàn phường Bến Tre, kiến nghị duy trì đội hình hỗ trợ dịch vụ công thường xuyên, không chỉ trong dịp hè. Đại diện sinh viên, anh Kim Sóc Ny, Đội trưởng đội hình tình nguyện Trường Đại học Trà Vinh, kể về những đêm cùng bà con xã Thạnh Phú gia cố đê bao ngăn triều cường.
Phát biểu chỉ đạo, đồng chí Trần Quốc Nam đề nghị Tỉnh đoàn tiếp tục phát huy vai trò thanh niên trong phong trào "Bình dân học vụ số", tham gia tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030, và chuẩn bị cho Chiến dịch "Xuân tình nguyện" năm 2026.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 35 tập thể và 60 cá nhân có thành tích xuất sắc; đội hình tình nguyện phường Trà Vinh nhận cờ dẫn đầu chiến dịch.
Ngọc Hân
Tin cùng chuyên mục
- Thanh niên hỗ trợ người dân cài đặt VNeID tại phường Long Châu (15/08/2025)
- Ra mắt 5 đội hình "Bình dân học vụ số" (01/08/2025)
- Tỉnh đoàn Vĩnh Long công bố quyết định về công tác cán bộ (02/07/2025)
""", "2025-08-27", "Hơn 18.000 lượt đoàn viên tham gia chiến dịch hè đầu tiên của tỉnh Vĩnh Long mới",
E("tong_ket", "2025", "2025-08-26"),
[P("Trần Quốc Nam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sơn Thị Chanh Na", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Bí thư Tỉnh đoàn"),
 P("Huỳnh Văn Lực", "Phó Bí thư Tỉnh đoàn"), P("Võ Thị Ngọc Hân", "Phó Bí thư Tỉnh đoàn"),
 P("Thạch Văn Phol", "Bí thư Đoàn xã Trà Cú"), P("Lê Thị Mỹ Duyên", "Bí thư Đoàn phường Bến Tre"),
 P("Kim Sóc Ny", "Đội trưởng đội hình tình nguyện Trường Đại học Trà Vinh")],
[Q("Hơn 18.000 lượt đoàn viên", 18000, "lượt đoàn viên", "over"), Q("3 tỉnh", 3, "tỉnh"),
 Q("412 đội hình", 412, "đội hình"), Q("100%", 100, "%"), Q("96.500 lượt người dân", 96500, "lượt người dân"),
 Q("1.800 máy tính", 1800, "máy tính"), Q("15,7 tỷ đồng", 15700000000, "đồng"),
 Q("2.300 bóng đèn chiếu sáng", 2300, "bóng đèn chiếu sáng"), Q("12 căn nhà nhân ái", 12, "căn nhà nhân ái"),
 Q("32.000 thí sinh", 32000, "thí sinh"), Q("46 chùa Phật giáo Nam tông Khmer", 46, "chùa Phật giáo Nam tông Khmer"),
 Q("5 cụm", 5, "cụm"), Q("35 tập thể", 35, "tập thể"), Q("60 cá nhân", 60, "cá nhân")],
[D("Kế hoạch", "12", "KH/TĐTN", "2025-06-30", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 12-KH/TĐTN ngày 30/6/2025"),
 D("Kế hoạch", "08", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 08, 09-KH/BTGDVTU"),
 D("Kế hoạch", "09", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 08, 09-KH/BTGDVTU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Cú"), com("Bến Tre"), com("Thạnh Phú"), com("Trà Vinh")],
["Báo Vĩnh Long điện tử", "Chính trị > Mặt trận - Đoàn thể", "Quang cảnh hội nghị tổng kết.", "(VLO)",
 "Bình dân học vụ số", "Xuân tình nguyện", "Trung tâm phục vụ hành chính công",
 "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I"],
["Cập nhật: 17:20, 27/08/2025 (GMT+7)", "năm 2025", "gấp ba lần", "lần thứ I", "nhiệm kỳ 2025 - 2030", "năm 2026"]))

PAGES.append(page("b9457-lamdong-taphuan-kynangso-2025", """
TỈNH ĐOÀN LÂM ĐỒNG - Đoàn TNCS Hồ Chí Minh tỉnh Lâm Đồng
Vị trí: Trang chủ | Tin tức - Sự kiện | Công tác Đoàn
Ngày 22/10/2025 | 16:40
Lớp tập huấn tại Trường Chính trị tỉnh.
Trang bị kỹ năng số cho 250 cán bộ Đoàn xã, phường, đặc khu
Trong 3 ngày (từ 20 đến 22/10), Tỉnh đoàn Lâm Đồng tổ chức lớp tập huấn nghiệp vụ công tác Đoàn và kỹ năng chuyển đổi số năm 2025 cho 250 cán bộ Đoàn chủ chốt của các xã, phường, đặc khu trên địa bàn tỉnh. Đây là lớp tập huấn tập trung đầu tiên kể từ khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận.
Phát biểu khai mạc, đồng chí K'Hồng Thảo, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn, cho biết sau sắp xếp, phần lớn bí thư đoàn xã là cán bộ mới, địa bàn rộng, đoàn viên phân tán ở nhiều thôn, bon, buôn cách xa nhau hàng chục cây số. Việc tập huấn nhằm cụ thể hóa Kế hoạch số 38-KH/TĐTN ngày 25/9/2025 của Ban Thường vụ Tỉnh đoàn và Hướng dẫn số 112-HD/TWĐTN-BTG của Ban Bí thư Trung ương Đoàn về triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị trong thanh niên.
Học viên được nghe 5 chuyên đề: quản lý đoàn viên trên phần mềm; tổ chức sinh hoạt chi đoàn trực tuyến; kỹ năng hướng dẫn người dân sử dụng dịch vụ công; an toàn thông tin, phòng chống lừa đảo trên không gian mạng; kỹ năng tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với thanh niên. Báo cáo viên là ThS. Trần Hữu Phước, Phó Giám đốc Sở Khoa học và Công nghệ, và đồng chí Điểu Thị Hường, Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn.
Nhiều học viên chia sẻ thực tế tại cơ sở. Đồng chí Bố Thị Ngọc Hạnh, Bí thư Đoàn phường Phan Thiết, cho biết phường vừa thành lập 14 tổ công nghệ số cộng đồng do đoàn viên làm nòng cốt. Đồng chí Y Khuê, Bí thư Đoàn xã Quảng Trực, kiến nghị hỗ trợ thiết bị phát sóng cho các bon biên giới, nơi nhiều thanh niên M'nông chưa có điện thoại thông minh. Đồng chí Ka Thị Phương, Bí thư Đoàn xã Lạc Dương, đề nghị biên soạn tài liệu hướng dẫn bằng tiếng K'Ho.
Theo Tỉnh đoàn, đến nay toàn tỉnh đã có 68% đoàn viên được cập nhật trên phần mềm quản lý, 312 chi đoàn sinh hoạt trực tuyến định kỳ; phấn đấu hết năm 2025 đạt trên 90%. Kinh phí mở lớp khoảng 320 triệu đồng từ ngân sách tỉnh theo Quyết định số 2215/QĐ-UBND ngày 8/10/2025 của UBND tỉnh.
Bế mạc lớp học, đồng chí Nguyễn Thị Bích Trâm, Phó Bí thư Tỉnh đoàn, yêu cầu học viên về cơ sở phải tổ chức tập huấn lại cho các chi đoàn trước ngày 30/11; 100% xã, phường, đặc khu tổ chức đối thoại với thanh niên trong quý IV.
Đồng Hiếu
Lượt xem: 1.064
Tin liên quan
- Đặc khu Phú Quý ra mắt đội hình "Bình dân học vụ số" (10/10/2025)
- Thanh niên Đam Rông giúp dân thu hoạch cà phê (02/10/2025)
- Tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2025 (29/08/2025)
""", "2025-10-22", "Trang bị kỹ năng số cho 250 cán bộ Đoàn xã, phường, đặc khu",
E("tap_huan", "2025", "2025-10-20"),
[P("K'Hồng Thảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Trần Hữu Phước", "ThS.", "Phó Giám đốc Sở Khoa học và Công nghệ"),
 P("Điểu Thị Hường", "Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn"),
 P("Bố Thị Ngọc Hạnh", "Bí thư Đoàn phường Phan Thiết"), P("Y Khuê", "Bí thư Đoàn xã Quảng Trực"),
 P("Ka Thị Phương", "Bí thư Đoàn xã Lạc Dương"), P("Nguyễn Thị Bích Trâm", "Phó Bí thư Tỉnh đoàn")],
[Q("250 cán bộ Đoàn chủ chốt", 250, "cán bộ Đoàn chủ chốt"), Q("3 tỉnh", 3, "tỉnh"), Q("5 chuyên đề", 5, "chuyên đề"),
 Q("14 tổ công nghệ số cộng đồng", 14, "tổ công nghệ số cộng đồng"), Q("68%", 68, "%"), Q("312 chi đoàn", 312, "chi đoàn"),
 Q("trên 90%", 90, "%", "over"), Q("khoảng 320 triệu đồng", 320000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Kế hoạch", "38", "KH/TĐTN", "2025-09-25", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 38-KH/TĐTN ngày 25/9/2025"),
 D("Hướng dẫn", "112", "HD/TWĐTN-BTG", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 112-HD/TWĐTN-BTG"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Quyết định", "2215", "QĐ-UBND", "2025-10-08", "UBND tỉnh", "Quyết định số 2215/QĐ-UBND ngày 8/10/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Phan Thiết"), com("Quảng Trực"), com("Lạc Dương")],
["TỈNH ĐOÀN LÂM ĐỒNG - Đoàn TNCS Hồ Chí Minh tỉnh Lâm Đồng", "Vị trí: Trang chủ | Tin tức - Sự kiện | Công tác Đoàn",
 "Lớp tập huấn tại Trường Chính trị tỉnh.", "Lượt xem: 1.064"],
["Ngày 22/10/2025 | 16:40", "3 ngày", "năm 2025", "ngày 30/11", "quý IV", "Lượt xem: 1.064"]))

PAGES.append(page("b9458-dongnai-chutich-doithoai-thanhnien-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Hôm nay: Thứ Năm, 11/12/2025
Thời sự | Chính trị | Đoàn - Hội
09/12/2025 - 10:05
Người đứng đầu chính quyền tỉnh lắng nghe thanh niên công nhân
Chiều 8/12, UBND tỉnh Đồng Nai phối hợp Tỉnh đoàn tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2025. Hội nghị được tổ chức trực tiếp tại phường Trấn Biên và trực tuyến đến 95 điểm cầu xã, phường với khoảng 500 đoàn viên, thanh niên dự tại điểm cầu chính.
Chủ tịch UBND tỉnh Trần Văn Khanh giải đáp ý kiến của thanh niên. Ảnh: Hải Yến
Đồng chí Trần Văn Khanh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị. Cùng tham gia giải đáp có các đồng chí Giám đốc Sở Nội vụ Lê Hữu Tâm, Giám đốc Sở Giáo dục và Đào tạo Phạm Thị Mai và lãnh đạo Công an tỉnh.
Theo đồng chí Nguyễn Hoàng Phúc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn, sau hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, thanh niên chiếm khoảng 30% dân số; riêng số thanh niên công nhân làm việc tại các khu công nghiệp lên tới hơn 420.000 người. Năm 2025, các cấp bộ Đoàn đã giới thiệu việc làm cho 1.450 thanh niên, hỗ trợ 210 phòng trọ cho công nhân khó khăn thuê với giá ưu đãi.
Hội nghị nhận được 28 ý kiến. Anh Nguyễn Văn Hậu, Bí thư Chi đoàn Công ty TNHH Giày Tân Phú, phản ánh nhiều khu nhà trọ công nhân thiếu điểm sinh hoạt văn hóa, thiếu nơi gửi trẻ. Chị Điểu Thị Lan, Bí thư Đoàn xã Bù Gia Mập, đề nghị có cơ chế cho thanh niên người S'tiêng vay vốn trồng điều ghép, nuôi heo rừng lai. Anh Lâm Văn Sa Ráth, người Khmer ở phường Đồng Xoài, hỏi về chính sách học nghề cho bộ đội xuất ngũ.
Giải đáp ý kiến, Giám đốc Sở Nội vụ Lê Hữu Tâm cho biết năm 2026 tỉnh sẽ mở 45 lớp đào tạo nghề ngắn hạn miễn phí cho bộ đội xuất ngũ và thanh niên dân tộc thiểu số. Chủ tịch UBND tỉnh Trần Văn Khanh thông tin tỉnh đang xây dựng 4 thiết chế văn hóa cho công nhân tại các khu công nghiệp lớn, tổng vốn dự kiến 180 tỷ đồng; giao UBND xã Bù Gia Mập phối hợp Ngân hàng Chính sách xã hội giải quyết nhu cầu vay vốn của thanh niên ngay trong quý I/2026.
Kết luận, đồng chí Trần Văn Khanh đề nghị các sở, ngành thực hiện đầy đủ Nghị định số 13/2021/NĐ-CP ngày 1/3/2021 của Chính phủ quy định việc đối thoại với thanh niên; giao Tỉnh đoàn theo dõi việc trả lời các kiến nghị theo Kế hoạch số 156/KH-UBND ngày 10/11/2025 của UBND tỉnh và tham mưu xây dựng Chương trình hành động số 09-CTr/TU của Tỉnh ủy về công tác thanh niên giai đoạn 2026 - 2030.
Hải Yến
Tin liên quan
- Trao 200 suất học bổng cho con công nhân (05/12/2025)
- Thanh niên Bình Long làm đường giao thông nông thôn (28/11/2025)
- Tỉnh đoàn tổ chức Ngày hội thanh niên công nhân (16/11/2025)
""", "2025-12-09", "Người đứng đầu chính quyền tỉnh lắng nghe thanh niên công nhân",
E("doi_thoai", "2025", "2025-12-08"),
[P("Trần Văn Khanh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"), P("Lê Hữu Tâm", "Giám đốc Sở Nội vụ"),
 P("Phạm Thị Mai", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Nguyễn Hoàng Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Nguyễn Văn Hậu", "Bí thư Chi đoàn Công ty TNHH Giày Tân Phú"), P("Điểu Thị Lan", "Bí thư Đoàn xã Bù Gia Mập"),
 P("Lâm Văn Sa Ráth")],
[Q("95 điểm cầu xã, phường", 95, "điểm cầu xã, phường"), Q("khoảng 500 đoàn viên, thanh niên", 500, "đoàn viên, thanh niên", "approx"),
 Q("khoảng 30%", 30, "%", "approx"), Q("hơn 420.000 người", 420000, "người", "over"), Q("1.450 thanh niên", 1450, "thanh niên"),
 Q("210 phòng trọ", 210, "phòng trọ"), Q("28 ý kiến", 28, "ý kiến"), Q("45 lớp đào tạo nghề ngắn hạn", 45, "lớp đào tạo nghề ngắn hạn"),
 Q("4 thiết chế văn hóa", 4, "thiết chế văn hóa"), Q("180 tỷ đồng", 180000000000, "đồng")],
[D("Nghị định", "13", "2021/NĐ-CP", "2021-03-01", "Chính phủ", "Nghị định số 13/2021/NĐ-CP ngày 1/3/2021"),
 D("Kế hoạch", "156", "KH-UBND", "2025-11-10", "UBND tỉnh", "Kế hoạch số 156/KH-UBND ngày 10/11/2025"),
 D("Chương trình hành động", "09", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Trấn Biên"), com("Bù Gia Mập"), com("Đồng Xoài")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Hôm nay: Thứ Năm, 11/12/2025", "Thời sự | Chính trị | Đoàn - Hội",
 "Chủ tịch UBND tỉnh Trần Văn Khanh giải đáp ý kiến của thanh niên. Ảnh: Hải Yến", "Ngân hàng Chính sách xã hội"],
["Hôm nay: Thứ Năm, 11/12/2025", "09/12/2025 - 10:05", "năm 2025", "Năm 2025", "năm 2026", "quý I/2026", "giai đoạn 2026 - 2030"]))

PAGES.append(page("b9459-cantho-thanhdoan-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CẦN THƠ
Tin tức › Chính trị › Đoàn thể
14-01-2026 08:45
Toàn cảnh hội nghị. Ảnh: Bảo Ngọc
Tuổi trẻ thành phố Cần Thơ triển khai nhiệm vụ năm 2026
Ngày 12/1, Ban Chấp hành Thành đoàn Cần Thơ tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên của Thành đoàn sau khi hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang.
Dự hội nghị có đồng chí Đỗ Thanh Tùng, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy; đồng chí Lâm Thị Sóc Phi, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Bí thư Thành đoàn cùng 180 đại biểu là cán bộ Đoàn chủ chốt của 103 xã, phường.
Năm 2025, các cấp bộ Đoàn đã thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Thành ủy về công tác thanh niên và về chăm lo thanh niên công nhân, triển khai hiệu quả Kế hoạch số 07-KH/TĐTN ngày 4/7/2025 của Ban Thường vụ Thành đoàn về Chiến dịch Thanh niên tình nguyện hè. Các đội hình đã hướng dẫn khoảng 215.000 lượt người dân sử dụng dịch vụ công trực tuyến trong phong trào "Bình dân học vụ số"; thực hiện 640 công trình, phần việc thanh niên với tổng giá trị 38,2 tỷ đồng; trao 27 căn nhà nhân ái.
Công tác xây dựng tổ chức Đoàn được kiện toàn nhanh sau sắp xếp: toàn thành phố kết nạp 6.420 đoàn viên mới; 100% đoàn xã, phường hoàn thành việc chuyển sinh hoạt về Ủy ban MTTQ Việt Nam cùng cấp. Tuy nhiên, một số cơ sở Đoàn ở vùng ven biển thuộc địa bàn tỉnh Sóc Trăng cũ còn thiếu cán bộ chuyên trách.
Tham luận tại hội nghị, đồng chí Thạch Phol, Bí thư Đoàn xã Lai Hòa, chia sẻ mô hình đoàn viên người Khmer hướng dẫn bà con đăng ký tài khoản định danh điện tử bằng tiếng Khmer tại chùa. Đồng chí Trần Ngọc Bảo, Bí thư Đoàn phường Vị Thanh, giới thiệu cách phường duy trì đối thoại định kỳ hằng quý giữa Bí thư Đảng ủy phường với thanh niên.
Phát biểu chỉ đạo, đồng chí Đỗ Thanh Tùng đề nghị Thành đoàn đưa Nghị quyết Đại hội Đảng bộ thành phố lần thứ I vào đời sống thanh niên, bám sát Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị trong tuyên truyền, phổ biến pháp luật cho đoàn viên; quan tâm thanh niên vùng đồng bào Khmer và thanh niên công nhân.
Năm 2026, Thành đoàn đặt mục tiêu thực hiện ít nhất 500 công trình, phần việc thanh niên, hỗ trợ 150 dự án khởi nghiệp, giới thiệu việc làm cho 5.000 thanh niên. Dịp này, Trung ương Đoàn tặng bằng khen cho 6 tập thể và 9 cá nhân; Ban Thường vụ Thành đoàn khen thưởng 42 tập thể, 75 cá nhân có thành tích xuất sắc năm 2025.
Bảo Ngọc
Lượt xem: 1.892
Tin liên quan
- Thành đoàn ra quân "Xuân tình nguyện" năm 2026 (10/01/2026)
- Đối thoại giữa Bí thư Đảng ủy phường Ninh Kiều với thanh niên (28/12/2025)
- Thanh niên Sóc Trăng hỗ trợ người dân làm thủ tục hành chính (20/12/2025)
""", "2026-01-14", "Tuổi trẻ thành phố Cần Thơ triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-12"),
[P("Đỗ Thanh Tùng", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Lâm Thị Sóc Phi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Bí thư Thành đoàn"),
 P("Thạch Phol", "Bí thư Đoàn xã Lai Hòa"), P("Trần Ngọc Bảo", "Bí thư Đoàn phường Vị Thanh")],
[Q("180 đại biểu", 180, "đại biểu"), Q("103 xã, phường", 103, "xã, phường"),
 Q("khoảng 215.000 lượt người dân", 215000, "lượt người dân", "approx"),
 Q("640 công trình, phần việc thanh niên", 640, "công trình, phần việc thanh niên"), Q("38,2 tỷ đồng", 38200000000, "đồng"),
 Q("27 căn nhà nhân ái", 27, "căn nhà nhân ái"), Q("6.420 đoàn viên mới", 6420, "đoàn viên mới"), Q("100%", 100, "%"),
 Q("ít nhất 500 công trình, phần việc thanh niên", 500, "công trình, phần việc thanh niên", "over"),
 Q("150 dự án khởi nghiệp", 150, "dự án khởi nghiệp"), Q("5.000 thanh niên", 5000, "thanh niên"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("42 tập thể", 42, "tập thể"), Q("75 cá nhân", 75, "cá nhân")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kế hoạch", "07", "KH/TĐTN", "2025-07-04", "Ban Thường vụ Thành đoàn", "Kế hoạch số 07-KH/TĐTN ngày 4/7/2025"),
 D("Nghị quyết", "66", "NQ/TW", "2025-04-30", "Bộ Chính trị", "Nghị quyết số 66-NQ/TW ngày 30/4/2025")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Lai Hòa"), com("Vị Thanh")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CẦN THƠ", "Tin tức › Chính trị › Đoàn thể", "Toàn cảnh hội nghị. Ảnh: Bảo Ngọc",
 "Bình dân học vụ số", "Nghị quyết Đại hội Đảng bộ thành phố lần thứ I", "Lượt xem: 1.892"],
["14-01-2026 08:45", "năm 2025", "năm 2026", "Năm 2026", "lần thứ I", "hằng quý", "Lượt xem: 1.892"]))

PAGES.append(page("b9460-daklak-xuantinhnguyen-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK
Xã hội » Thanh niên - Đoàn thể
Thứ Năm, 05/02/2026, 08:05
Ấm áp "Xuân tình nguyện" nơi buôn làng Ea Súp
Ngày 3/2, Tỉnh đoàn Đắk Lắk phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức chương trình "Xuân tình nguyện - Tết sum vầy" năm 2026 tại xã Ea Súp, trao 800 phần quà Tết cho hộ nghèo, gia đình chính sách và thanh niên có hoàn cảnh khó khăn của các xã biên giới.
Các đoàn viên cùng bà con gói bánh chưng tại buôn Ea Rốk. Ảnh: Hoàng Gia
Tham dự có đồng chí Y Nhuin Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí H'Mai Êban, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn; đại tá Ksor Y Vơng, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh và lãnh đạo Đảng ủy, UBND xã Ea Súp.
Mỗi phần quà gồm gạo, dầu ăn, bánh kẹo và tiền mặt, trị giá 500.000 đồng. Các đoàn viên, chiến sĩ Biên phòng đã cùng bà con gói 1.200 chiếc bánh chưng; đội hình y tế tình nguyện của Bệnh viện Đa khoa vùng Tây Nguyên khám bệnh, cấp thuốc miễn phí cho 500 lượt người. Tỉnh đoàn cũng bàn giao 2 căn nhà nhân ái cho thanh niên nghèo ở xã Ea Rốk, mỗi căn trị giá 60 triệu đồng. Tổng trị giá chương trình 620 triệu đồng, do các doanh nghiệp và nhà hảo tâm trong, ngoài tỉnh đóng góp.
Theo Kế hoạch số 41-KH/TĐTN ngày 15/12/2025 của Ban Thường vụ Tỉnh đoàn, Chiến dịch "Xuân tình nguyện" năm 2026 được triển khai trên toàn tỉnh, đồng thời ở các xã khu vực phía Đông thuộc địa bàn tỉnh Phú Yên cũ. Dự kiến các cấp bộ Đoàn trao khoảng 5.000 phần quà, xây 10 căn nhà nhân ái, tổ chức "Chuyến xe mùa xuân" đưa 300 công nhân về quê đón Tết.
Phát biểu tại chương trình, đồng chí Y Nhuin Niê ghi nhận sự đồng hành của tuổi trẻ với đồng bào biên giới; đề nghị Đảng ủy, UBND xã Ea Súp tiếp tục quan tâm vận động thanh niên ở lại buôn làng phát triển kinh tế, giữ gìn an ninh trật tự dịp Tết Nguyên đán.
Bà H'Yâo Knul, người có uy tín buôn Ea Rốk, xúc động cho biết: "Năm nào thanh niên cũng về buôn đón Tết cùng bà con, năm nay có thêm bộ đội, vui lắm". Anh Y Kim Mlô, Bí thư Đoàn xã Ea Súp, cho biết đoàn xã đã rà soát, lập danh sách 126 hộ nghèo để trao quà đúng đối tượng.
Cùng ngày, Đoàn phường Tuy Hòa phối hợp các đơn vị tổ chức phiên chợ "Tết 0 đồng" với 400 suất quà cho người lao động nghèo; Đoàn xã Sơn Hòa trao 150 suất quà cho đồng bào Chăm H'roi.
Hoàng Gia
Tin liên quan
- Thanh niên Buôn Ma Thuột ra quân "Ngày Chủ nhật xanh" đón Tết (01/02/2026)
- Trao 50 suất học bổng "Tiếp bước đến trường" (25/01/2026)
- Tỉnh đoàn tổng kết công tác năm 2025 (15/01/2026)
""", "2026-02-05", 'Ấm áp "Xuân tình nguyện" nơi buôn làng Ea Súp',
E("trao_qua", None, "2026-02-03"),
[P("Y Nhuin Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("H'Mai Êban", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Ksor Y Vơng", "đại tá", "Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("H'Yâo Knul", "người có uy tín buôn Ea Rốk"), P("Y Kim Mlô", "Bí thư Đoàn xã Ea Súp")],
[Q("800 phần quà", 800, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("1.200 chiếc bánh chưng", 1200, "chiếc bánh chưng"),
 Q("500 lượt người", 500, "lượt người"), Q("2 căn nhà nhân ái", 2, "căn nhà nhân ái"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("620 triệu đồng", 620000000, "đồng"), Q("khoảng 5.000 phần quà", 5000, "phần quà", "approx"),
 Q("10 căn nhà nhân ái", 10, "căn nhà nhân ái"), Q("300 công nhân", 300, "công nhân"), Q("126 hộ nghèo", 126, "hộ nghèo"),
 Q("400 suất quà", 400, "suất quà"), Q("150 suất quà", 150, "suất quà")],
[D("Kế hoạch", "41", "KH/TĐTN", "2025-12-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 41-KH/TĐTN ngày 15/12/2025")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Súp"), com("Ea Rốk"), com("Tuy Hòa"), com("Sơn Hòa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK", "Xã hội » Thanh niên - Đoàn thể",
 "Các đoàn viên cùng bà con gói bánh chưng tại buôn Ea Rốk. Ảnh: Hoàng Gia", "Xuân tình nguyện - Tết sum vầy",
 "Xuân tình nguyện", "Chuyến xe mùa xuân", "Tết 0 đồng"],
["Thứ Năm, 05/02/2026, 08:05", "năm 2026", "Tết 0 đồng", "Tết Nguyên đán"]))
