from lib import *
PAGES = []

PAGES.append(page("b7775-hungyen-de-an-06-giaoban-quy1-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Tin tức > Chuyển đổi số - Đề án 06
Ngày đăng 05/04/2024 | 14:20
Đồng chí Nguyễn Lê Hòa chủ trì giao ban.
Hưng Yên: 96% người hưởng trợ cấp ở đô thị đã nhận tiền qua tài khoản
Chiều 3/4, Tổ công tác triển khai Đề án 06 tỉnh tổ chức giao ban quý I năm 2024, đánh giá tiến độ các nhiệm vụ về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử. Đồng chí Nguyễn Lê Hòa, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Tổ trưởng Tổ công tác Đề án 06 tỉnh chủ trì.
Theo báo cáo, quý I, toàn tỉnh đã thu nhận 16.930 hồ sơ định danh điện tử, nâng tổng số tài khoản được kích hoạt lên 874.215, đạt 87,4% dân số từ 14 tuổi trở lên. Thực hiện Nghị định số 59/2022/NĐ-CP ngày 05/9/2022 của Chính phủ quy định về định danh và xác thực điện tử và Chỉ thị số 17-CT/TU của Ban Thường vụ Tỉnh ủy, tỉnh đã tích hợp 38 dịch vụ công thiết yếu lên Cổng dịch vụ công quốc gia.
Về chi trả an sinh xã hội không dùng tiền mặt, Sở LĐTBXH cho biết có 61.204 người hưởng trợ cấp xã hội hằng tháng theo Nghị định số 20/2021/NĐ-CP; trong quý đã chi trả qua tài khoản cho 38.512 người, chiếm 62,9%; riêng tại thành phố Hưng Yên, thị xã Mỹ Hào đạt 96%. BHXH tỉnh chi trả lương hưu, trợ cấp BHXH qua tài khoản cho 41.807 người, chiếm 71,3% số người hưởng.
Tại giao ban, bà Đỗ Thị Ngát, Chủ tịch UBND phường Bạch Sam, báo cáo phường đã hoàn thành "3 không" trong chi trả: không tiền mặt, không xếp hàng, không giấy tờ. Ông Vũ Văn Hưởng, Phó Chủ tịch UBND xã Tân Châu, nêu khó khăn khi 214 người hưởng trợ cấp là người cao tuổi trên 80 tuổi, không thể tự đi mở tài khoản.
Các đồng chí Phó Giám đốc Công an tỉnh: Thượng tá Lê Quang Hà, Thượng tá Phạm Văn Toàn báo cáo kết quả làm sạch dữ liệu: đã đối chiếu 100% người hưởng chính sách với cơ sở dữ liệu quốc gia về dân cư, phát hiện 327 trường hợp sai lệch thông tin và 46 trường hợp đã chết nhưng chưa báo giảm.
Kết luận giao ban, đồng chí Nguyễn Lê Hòa yêu cầu quý II, các huyện, thị xã, thành phố phấn đấu không dưới 75% người hưởng trợ cấp xã hội nhận qua tài khoản; các ngân hàng cử cán bộ đến tận nhà mở tài khoản cho người già yếu; Mặt trận, Hội Người cao tuổi, Hội Cựu chiến binh tuyên truyền để người dân yên tâm. Đồng chí cũng lưu ý tuyệt đối không ép buộc người dân, không để xảy ra tình trạng kẻ gian lợi dụng chiếm đoạt tiền trợ cấp.
Hội nghị đã thông qua kế hoạch tổ chức "Ngày chuyển đổi số" tại 161 xã, phường, thị trấn vào ngày 10 hằng tháng, trong đó có nội dung hướng dẫn người hưởng trợ cấp kiểm tra tài khoản và cài đặt VNeID mức 2.
Thu Hằng
Tin liên quan
- Kim Động: cấp căn cước cho trẻ em dưới 14 tuổi (28/03/2024)
- Hưng Yên có 10 xã được công nhận chuyển đổi số tiêu biểu (20/03/2024)
- Văn Lâm: tập huấn kỹ năng số cho tổ công nghệ số cộng đồng (12/03/2024)
""", "2024-04-05", "Hưng Yên: 96% người hưởng trợ cấp ở đô thị đã nhận tiền qua tài khoản",
E("giao_ban", "2024-Q1", "2024-04-03"),
[P("Nguyễn Lê Hòa", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Tổ trưởng Tổ công tác Đề án 06 tỉnh"),
 P("Đỗ Thị Ngát", "Chủ tịch UBND phường Bạch Sam"),
 P("Vũ Văn Hưởng", "Phó Chủ tịch UBND xã Tân Châu"),
 P("Lê Quang Hà", "Phó Giám đốc Công an tỉnh", "Thượng tá"),
 P("Phạm Văn Toàn", "Phó Giám đốc Công an tỉnh", "Thượng tá")],
[Q("96%", 96, "%"), Q("16.930 hồ sơ định danh điện tử", 16930, "hồ sơ định danh điện tử"), Q("874.215", 874215, "tài khoản"),
 Q("87,4%", 87.4, "%"), Q("38 dịch vụ công thiết yếu", 38, "dịch vụ công thiết yếu"),
 Q("61.204 người hưởng trợ cấp xã hội", 61204, "người hưởng trợ cấp xã hội"), Q("38.512 người", 38512, "người"),
 Q("62,9%", 62.9, "%"), Q("41.807 người", 41807, "người"), Q("71,3%", 71.3, "%"),
 Q("214 người hưởng trợ cấp", 214, "người hưởng trợ cấp"), Q("100%", 100, "%"),
 Q("327 trường hợp", 327, "trường hợp"), Q("46 trường hợp", 46, "trường hợp"),
 Q("không dưới 75%", 75, "%", "over"), Q("161 xã, phường, thị trấn", 161, "xã, phường, thị trấn")],
[D("Nghị định", "59", "2022/NĐ-CP", "2022-09-05", "Chính phủ", "Nghị định số 59/2022/NĐ-CP ngày 05/9/2022"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU"),
 D("Nghị định", "20", "2021/NĐ-CP", None, None, "Nghị định số 20/2021/NĐ-CP")],
[prov("Hưng Yên"), com("Bạch Sam"), com("Tân Châu")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN", "Trang chủ > Tin tức > Chuyển đổi số - Đề án 06", "Đồng chí Nguyễn Lê Hòa chủ trì giao ban.",
 "Cổng dịch vụ công quốc gia", "Ngày chuyển đổi số", "3 không", "Đề án 06"],
["Ngày đăng 05/04/2024 | 14:20", "quý I năm 2024", "14 tuổi", "80 tuổi", "quý II", "3 không", "ngày 10 hằng tháng", "mức 2"]))

PAGES.append(page("b7776-camau-baocao-chitra-2024", """
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH CÀ MAU
Trang chủ | Tin hoạt động | Bảo trợ xã hội | Văn bản
Thứ Sáu, 20/12/2024 15:30
Báo cáo kết quả chi trả chính sách an sinh xã hội không dùng tiền mặt năm 2024
Ngày 18/12/2024, Sở Lao động - Thương binh và Xã hội ban hành Báo cáo số 512/BC-SLĐTBXH gửi UBND tỉnh về kết quả chi trả chính sách an sinh xã hội không dùng tiền mặt năm 2024. Trang thông tin điện tử của Sở trích đăng nội dung chính.
I. KẾT QUẢ THỰC HIỆN
Thực hiện Quyết định số 1053/QĐ-UBND ngày 06/6/2023 của UBND tỉnh và Kế hoạch số 94/KH-SLĐTBXH của Sở, năm 2024 toàn tỉnh chi trả trợ cấp ưu đãi cho 9.846 người có công và thân nhân; trợ cấp xã hội hằng tháng cho 52.310 đối tượng bảo trợ xã hội, với tổng kinh phí trên 712 tỷ đồng.
Tính đến ngày 30/11/2024, có 34.057 người nhận trợ cấp qua tài khoản, đạt 54,8%, tăng 19,2% so với năm 2023. Thành phố Cà Mau đạt cao nhất với 78,5%; các huyện Ngọc Hiển, Năm Căn, U Minh đạt từ 38% đến 45%. Có 9 xã, phường, thị trấn đạt 100%, tiêu biểu là phường 8, xã Khánh Bình Tây.
Sở đã phối hợp với 7 ngân hàng thương mại và Bưu điện tỉnh mở miễn phí 11.420 tài khoản cho người hưởng; tổ chức 68 cuộc tuyên truyền tại ấp, khóm với hơn 4.300 lượt người dự; in, phát 25.000 tờ rơi hướng dẫn sử dụng tài khoản, có bản tiếng Khmer.
II. TỒN TẠI, HẠN CHẾ
Khoảng 28.000 người hưởng chưa nhận qua tài khoản, chủ yếu là người cao tuổi, người khuyết tật nặng, người ở vùng cửa biển, bãi bồi không có điểm giao dịch ngân hàng. Một số địa phương chưa cập nhật kịp thời thông tin tài khoản, để 193 hồ sơ bị chuyển tiền lỗi, phải chi trả lại.
III. PHƯƠNG HƯỚNG NĂM 2025
Năm 2025, phấn đấu trên 70% người hưởng chính sách an sinh nhận qua tài khoản; hoàn thành kết nối cơ sở dữ liệu người hưởng với cơ sở dữ liệu quốc gia về dân cư theo Đề án 06; đề nghị UBND tỉnh ban hành quy chế phối hợp giữa Sở, BHXH tỉnh, Công an tỉnh và các ngân hàng.
Báo cáo do ông Lý Văn Tiếng, Phó Giám đốc Sở LĐTBXH ký. Theo ông Trần Hiếu Hùng, Trưởng phòng Bảo trợ xã hội, trong tháng 12 Sở sẽ làm việc với UBND huyện Ngọc Hiển, nơi có tỷ lệ thấp nhất, để tháo gỡ khó khăn. Bà Danh Thị Sa Rết, công chức văn hóa - xã hội xã Khánh Bình Tây, cho biết xã đã phân công 14 cán bộ, đoàn viên phụ trách từng ấp, đến tận nhà mở tài khoản cho 216 người, trong đó có 38 hộ đồng bào Khmer.
Phòng Bảo trợ xã hội
Tin khác
- Cà Mau trao 1.500 phần quà Tết cho người có công (16/12/2024)
- Thới Bình: hỗ trợ xây 35 căn nhà cho hộ nghèo (09/12/2024)
- Hội nghị tập huấn công tác giảm nghèo năm 2024 (02/12/2024)
""", "2024-12-20", "Báo cáo kết quả chi trả chính sách an sinh xã hội không dùng tiền mặt năm 2024",
E("bao_cao", "2024", "2024-12-18"),
[P("Lý Văn Tiếng", "Phó Giám đốc Sở LĐTBXH"),
 P("Trần Hiếu Hùng", "Trưởng phòng Bảo trợ xã hội"),
 P("Danh Thị Sa Rết", "công chức văn hóa - xã hội xã Khánh Bình Tây")],
[Q("9.846 người có công và thân nhân", 9846, "người có công và thân nhân"),
 Q("52.310 đối tượng bảo trợ xã hội", 52310, "đối tượng bảo trợ xã hội"), Q("trên 712 tỷ đồng", 712000000000, "đồng", "over"),
 Q("34.057 người", 34057, "người"), Q("54,8%", 54.8, "%"), Q("19,2%", 19.2, "%"), Q("78,5%", 78.5, "%"),
 Q("từ 38% đến 45%", 38, "%", "approx"), Q("9 xã, phường, thị trấn", 9, "xã, phường, thị trấn"), Q("100%", 100, "%"),
 Q("7 ngân hàng thương mại", 7, "ngân hàng thương mại"), Q("11.420 tài khoản", 11420, "tài khoản"),
 Q("68 cuộc tuyên truyền", 68, "cuộc tuyên truyền"), Q("hơn 4.300 lượt người", 4300, "lượt người", "over"),
 Q("25.000 tờ rơi", 25000, "tờ rơi"), Q("Khoảng 28.000 người hưởng", 28000, "người hưởng", "approx"),
 Q("193 hồ sơ", 193, "hồ sơ"), Q("trên 70%", 70, "%", "over"), Q("14 cán bộ, đoàn viên", 14, "cán bộ, đoàn viên"),
 Q("216 người", 216, "người"), Q("38 hộ đồng bào Khmer", 38, "hộ đồng bào Khmer")],
[D("Báo cáo", "512", "BC-SLĐTBXH", "2024-12-18", "Sở Lao động - Thương binh và Xã hội", "Báo cáo số 512/BC-SLĐTBXH"),
 D("Quyết định", "1053", "QĐ-UBND", "2023-06-06", "UBND tỉnh", "Quyết định số 1053/QĐ-UBND ngày 06/6/2023"),
 D("Kế hoạch", "94", "KH-SLĐTBXH", None, "Sở", "Kế hoạch số 94/KH-SLĐTBXH")],
[prov("Cà Mau"), com("phường 8"), com("Khánh Bình Tây")],
["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH CÀ MAU", "Trang chủ | Tin hoạt động | Bảo trợ xã hội | Văn bản",
 "I. KẾT QUẢ THỰC HIỆN", "II. TỒN TẠI, HẠN CHẾ", "III. PHƯƠNG HƯỚNG NĂM 2025", "Phòng Bảo trợ xã hội", "Đề án 06"],
["Thứ Sáu, 20/12/2024 15:30", "năm 2024", "năm 2023", "Năm 2025", "tháng 12"]))

PAGES.append(page("b7777-quangnam-de-an-06-tongket-2024", """
QUẢNG NAM ONLINE
Trang chủ » Chính trị » Chuyển đổi số
Cập nhật: 17/01/2025 09:10
Quảng Nam triển khai nhiệm vụ Đề án 06 năm 2025
Sáng 16/1, Ban Chỉ đạo Đề án 06 tỉnh Quảng Nam tổ chức hội nghị tổng kết thực hiện Đề án 06 năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Hồ Quang Bảo, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: N.Đ
Năm 2024, toàn tỉnh đã thu nhận 1.062.784 hồ sơ cấp căn cước và 824.530 hồ sơ định danh điện tử mức 2; kích hoạt được 701.938 tài khoản, đạt 82,6%. Tỉnh đã triển khai chi trả an sinh xã hội không dùng tiền mặt cho 47.215 người hưởng trợ cấp xã hội, chiếm 68,4%, và 65.108 người hưởng lương hưu, trợ cấp BHXH, chiếm 79,1%. Đặc biệt, 6 huyện miền núi cao đã có khoảng 9.800 người hưởng nhận tiền qua tài khoản, gấp đôi năm 2023.
Kết quả trên có sự đóng góp lớn của Mặt trận, các đoàn thể và lực lượng công an xã. Thực hiện Chỉ thị số 32, 33-CT/TU của Ban Thường vụ Tỉnh ủy, các địa phương đã thành lập 3.264 tổ công nghệ số cộng đồng với 11.580 thành viên.
Tại hội nghị, bà Alăng Thị Dên, HUV, Phó Chủ tịch UBND huyện Tây Giang, cho biết huyện đã giao đồn biên phòng, công an xã "bám làng" hỗ trợ đồng bào Cơ Tu kích hoạt tài khoản ở những thôn giáp biên. Ông Bríu Quân, Bí thư Đảng ủy xã A Tiêng, chia sẻ: "Chúng tôi nói với già làng trước, già làng đồng ý thì cả thôn cùng làm". Ông Hồ Văn Nhân, người có uy tín thôn Tà Lang, xã Ga Ri, cho biết người già trong thôn đã quen nhận trợ cấp qua thẻ, không còn phải xuống xã.
Thượng tá Zơ Râm Nhọ, Phó Trưởng Công an huyện Nam Giang, nêu kinh nghiệm cắm bản, mang máy lưu động vào thôn vào những ngày không mưa; năm qua đơn vị tổ chức 147 đợt cấp lưu động.
Ông Huỳnh Văn Hữu, Giám đốc Sở LĐTBXH tỉnh, đề xuất năm 2025 bổ sung kinh phí hỗ trợ ngân hàng mở điểm giao dịch lưu động ở 30 xã đặc biệt khó khăn.
Kết luận hội nghị, đồng chí Hồ Quang Bảo yêu cầu năm 2025 phấn đấu 90% người hưởng chính sách an sinh có tài khoản nhận qua tài khoản; tiếp tục làm sạch dữ liệu, xử lý dứt điểm 2.140 trường hợp sai lệch thông tin; ưu tiên triển khai các tiện ích cho người cao tuổi, người có công. Đồng chí cũng đề nghị các huyện chuẩn bị tốt việc bàn giao dữ liệu khi sắp xếp đơn vị hành chính.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 12 tập thể và 23 cá nhân; Giám đốc Công an tỉnh tặng giấy khen cho 35 tập thể, 58 cá nhân có thành tích xuất sắc.
Ngọc Đông
Tin liên quan
- Núi Thành: hơn 90% người cao tuổi nhận lương hưu qua tài khoản (10/01/2025)
- Quảng Nam ra mắt 18 "Tổ công nghệ số cộng đồng kiểu mẫu" (03/01/2025)
- Phước Sơn: hỗ trợ người dân kích hoạt VNeID (25/12/2024)
""", "2025-01-17", "Quảng Nam triển khai nhiệm vụ Đề án 06 năm 2025",
E("tong_ket", "2024", "2025-01-16"),
[P("Hồ Quang Bảo", "Phó Chủ tịch UBND tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Alăng Thị Dên", "HUV", "Phó Chủ tịch UBND huyện Tây Giang"),
 P("Bríu Quân", "Bí thư Đảng ủy xã A Tiêng"),
 P("Hồ Văn Nhân", "người có uy tín thôn Tà Lang"),
 P("Zơ Râm Nhọ", "Thượng tá", "Phó Trưởng Công an huyện Nam Giang"),
 P("Huỳnh Văn Hữu", "Giám đốc Sở LĐTBXH tỉnh")],
[Q("1.062.784 hồ sơ", 1062784, "hồ sơ"), Q("824.530 hồ sơ định danh điện tử mức 2", 824530, "hồ sơ định danh điện tử mức 2"),
 Q("701.938 tài khoản", 701938, "tài khoản"), Q("82,6%", 82.6, "%"),
 Q("47.215 người hưởng trợ cấp xã hội", 47215, "người hưởng trợ cấp xã hội"), Q("68,4%", 68.4, "%"),
 Q("65.108 người", 65108, "người"), Q("79,1%", 79.1, "%"), Q("6 huyện miền núi cao", 6, "huyện miền núi cao"),
 Q("khoảng 9.800 người hưởng", 9800, "người hưởng", "approx"),
 Q("3.264 tổ công nghệ số cộng đồng", 3264, "tổ công nghệ số cộng đồng"), Q("11.580 thành viên", 11580, "thành viên"),
 Q("147 đợt", 147, "đợt"), Q("30 xã đặc biệt khó khăn", 30, "xã đặc biệt khó khăn"), Q("90%", 90, "%"),
 Q("2.140 trường hợp", 2140, "trường hợp"), Q("12 tập thể", 12, "tập thể"), Q("23 cá nhân", 23, "cá nhân"),
 Q("35 tập thể", 35, "tập thể"), Q("58 cá nhân", 58, "cá nhân")],
[D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 32, 33-CT/TU"),
 D("Chỉ thị", "33", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 32, 33-CT/TU")],
[prov("Quảng Nam"), com("A Tiêng"), com("Ga Ri")],
["QUẢNG NAM ONLINE", "Trang chủ » Chính trị » Chuyển đổi số", "Quang cảnh hội nghị. Ảnh: N.Đ", "bám làng", "Đề án 06"],
["Cập nhật: 17/01/2025 09:10", "năm 2024", "năm 2025", "năm 2023", "mức 2", "Đề án 06"]))

PAGES.append(page("b7778-tuyenquang-mttq-giamsat-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ / Giám sát và phản biện xã hội
08:15 | 12/09/2025
Giám sát chi trả chính sách an sinh xã hội không dùng tiền mặt tại các xã vùng cao
Thực hiện chương trình giám sát năm 2025, từ ngày 8 đến 10/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do đồng chí Vàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc chi trả chính sách an sinh xã hội không dùng tiền mặt tại xã Minh Tân, xã Sà Phìn, xã Bạch Đích và phường Hà Giang 1.
Đoàn giám sát làm việc tại xã Sà Phìn.
Đây là lần đầu Mặt trận tỉnh giám sát chuyên đề này sau khi sắp xếp đơn vị hành chính và vận hành chính quyền địa phương 2 cấp. Theo báo cáo của các xã, hiện 4 địa bàn có 6.812 người hưởng trợ cấp xã hội hằng tháng, 1.247 người có công và thân nhân, 3.905 người hưởng lương hưu, trợ cấp BHXH. Tỷ lệ nhận qua tài khoản ở phường Hà Giang 1 đạt 92,7%, trong khi ở xã Sà Phìn mới đạt 21,3%.
Từ tháng 7/2025, việc chi trả trợ cấp xã hội do UBND xã trực tiếp thực hiện theo Nghị định số 147/2025/NĐ-CP của Chính phủ, thay cho cấp huyện trước đây. Chủ tịch UBND xã Sà Phìn, ông Vừ Mí Sính, cho biết xã mới được hợp nhất từ 3 xã cũ, diện tích rộng, nhiều thôn cách trung tâm trên 25 km; xã chỉ có 2 công chức văn hóa - xã hội phụ trách hơn 2.100 đối tượng.
Bà Lù Thị Dính, người Lô Lô ở thôn Chúng Trải, phản ánh kỳ chi trả tháng 8 bà nhận chậm 12 ngày vì tài khoản bị khóa do chưa cập nhật sinh trắc học. Ông Sùng Mí Pó, người có uy tín thôn Sà Phìn A, đề nghị giữ hình thức chi trả tiền mặt qua bưu điện cho người cao tuổi không có điện thoại.
Đồng chí Đặng Văn Thắng, Phó Giám đốc Sở Y tế, thông tin toàn tỉnh đã chi trả qua tài khoản cho 58,4% người hưởng trợ cấp xã hội; Sở đang phối hợp Công an tỉnh làm sạch dữ liệu theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.
Kết luận giám sát, đồng chí Vàng Thị Mai đánh giá các xã đã cố gắng bảo đảm chi trả kịp thời trong giai đoạn chuyển đổi; đề nghị UBND tỉnh bổ sung công chức làm chính sách cho các xã có trên 1.500 người hưởng; các ngân hàng mở điểm giao dịch lưu động tại trung tâm xã mới ít nhất 2 lần mỗi tháng; Ban công tác Mặt trận các thôn phối hợp đoàn viên thanh niên hỗ trợ người dân cập nhật sinh trắc học.
Qua giám sát, đoàn ghi nhận 17 kiến nghị, sẽ tổng hợp gửi UBND tỉnh theo Kế hoạch số 15-KH/MTTQ-BTT của Ban Thường trực.
Vương Thị Lan
Tin liên quan
- Mặt trận tỉnh trao 200 nhà Đại đoàn kết cho hộ nghèo (05/09/2025)
- Xã Đồng Văn ra mắt mô hình "Thôn không tiền mặt" (28/08/2025)
- Hội nghị phản biện dự thảo nghị quyết về hỗ trợ giáo viên vùng cao (20/08/2025)
""", "2025-09-12", "Giám sát chi trả chính sách an sinh xã hội không dùng tiền mặt tại các xã vùng cao",
E("giam_sat", "2025", "2025-09-08"),
[P("Vàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Vừ Mí Sính", "Chủ tịch UBND xã Sà Phìn"),
 P("Lù Thị Dính"),
 P("Sùng Mí Pó", "người có uy tín thôn Sà Phìn A"),
 P("Đặng Văn Thắng", "Phó Giám đốc Sở Y tế")],
[Q("4 địa bàn", 4, "địa bàn"), Q("6.812 người hưởng trợ cấp xã hội", 6812, "người hưởng trợ cấp xã hội"),
 Q("1.247 người có công và thân nhân", 1247, "người có công và thân nhân"), Q("3.905 người", 3905, "người"),
 Q("92,7%", 92.7, "%"), Q("21,3%", 21.3, "%"), Q("3 xã cũ", 3, "xã cũ"), Q("trên 25 km", 25, "km", "over"),
 Q("2 công chức văn hóa - xã hội", 2, "công chức văn hóa - xã hội"), Q("hơn 2.100 đối tượng", 2100, "đối tượng", "over"),
 Q("58,4%", 58.4, "%"), Q("trên 1.500 người hưởng", 1500, "người hưởng", "over"), Q("17 kiến nghị", 17, "kiến nghị")],
[D("Nghị định", "147", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 147/2025/NĐ-CP"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Kế hoạch", "15", "KH/MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 15-KH/MTTQ-BTT")],
[prov("Tuyên Quang"), com("Minh Tân"), com("Sà Phìn"), com("Bạch Đích"), com("Hà Giang 1")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ / Giám sát và phản biện xã hội", "Đoàn giám sát làm việc tại xã Sà Phìn."],
["08:15 | 12/09/2025", "năm 2025", "2 cấp", "tháng 7/2025", "tháng 8", "12 ngày", "2 lần mỗi tháng"]))

PAGES.append(page("b7779-angiang-de-an-06-tongket-2025", """
Hôm nay: Thứ Bảy, 24/01/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Thời sự › Chính trị › Dân vận
Thứ Sáu, 23/01/2026, 08:05
Ông Nguyễn Thanh Phước (thứ hai từ trái) trao bằng khen cho các tập thể.
Dân vận khéo giúp 86% người hưởng trợ cấp nhận tiền qua tài khoản
Ngày 21/1, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang phối hợp với Công an tỉnh tổng kết công tác vận động nhân dân thực hiện Đề án 06 và chi trả an sinh xã hội không dùng tiền mặt năm 2025. Đồng chí Nguyễn Thanh Phước, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2025 là năm đầu tỉnh An Giang mới (hợp nhất tỉnh An Giang và tỉnh Kiên Giang) vận hành chính quyền địa phương 2 cấp với 102 xã, phường, đặc khu. Thực hiện Kết luận 08, 09-KL/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 27-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, khối dân vận các cấp đã phối hợp công an xã, phường hỗ trợ người dân kích hoạt 3.146.520 tài khoản định danh điện tử mức 2, đạt 91,2%.
Về chi trả an sinh, toàn tỉnh có 143.860 người hưởng trợ cấp xã hội, người có công; đến hết năm 2025 có 123.720 người nhận qua tài khoản, đạt 86%. 1.872 người hưởng lương hưu, trợ cấp BHXH ở đặc khu Phú Quốc đã nhận qua tài khoản 100%.
Tại hội nghị, các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Chau Sóc Khăn, Lê Thị Kim Loan, Danh Hoàng Sơn đã trình bày tham luận về kinh nghiệm vận động đồng bào Khmer. Ông Chau Sóc Khăn cho biết đã phối hợp Hội Đoàn kết sư sãi yêu nước tỉnh tổ chức hướng dẫn tại 68 chùa Phật giáo Nam tông Khmer; Hòa thượng Chau Sa Ty, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, vận động phật tử cùng tham gia.
Bà Néang Sa Vy, Bí thư Đảng ủy xã Tri Tôn, chia sẻ: xã đã giao mỗi đảng viên phụ trách 10 hộ, "đi từng ngõ, gõ từng nhà", nhờ đó tỷ lệ chi trả qua tài khoản tăng từ 41% lên 83% chỉ trong 5 tháng. Ông Danh Út, Chủ tịch Ủy ban MTTQ phường Rạch Giá, kiến nghị có cơ chế hỗ trợ người nghèo mua điện thoại thông minh.
Phát biểu kết luận, đồng chí Nguyễn Thanh Phước yêu cầu năm 2026 gắn vận động thực hiện Đề án 06 với phong trào thi đua "Dân vận khéo", phấn đấu 95% người hưởng an sinh nhận qua tài khoản; giữ vững nguyên tắc tự nguyện, không để người dân nào bị thiệt thòi vì không dùng được điện thoại. Hội nghị đã khen thưởng 15 tập thể, 27 cá nhân tiêu biểu.
Hồng Cẩm
Tin liên quan
- An Giang: 98% thủ tục hành chính được giải quyết trực tuyến (16/01/2026)
- Xã Ô Lâm ra mắt "Phum sóc không dùng tiền mặt" (09/01/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy gặp mặt người có uy tín (02/01/2026)
""", "2026-01-23", "Dân vận khéo giúp 86% người hưởng trợ cấp nhận tiền qua tài khoản",
E("tong_ket", "2025", "2026-01-21"),
[P("Nguyễn Thanh Phước", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chau Sóc Khăn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Kim Loan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Danh Hoàng Sơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chau Sa Ty", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Néang Sa Vy", "Bí thư Đảng ủy xã Tri Tôn"),
 P("Danh Út", "Chủ tịch Ủy ban MTTQ phường Rạch Giá")],
[Q("86%", 86, "%"), Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"),
 Q("3.146.520 tài khoản định danh điện tử mức 2", 3146520, "tài khoản định danh điện tử mức 2"), Q("91,2%", 91.2, "%"),
 Q("143.860 người hưởng trợ cấp xã hội, người có công", 143860, "người hưởng trợ cấp xã hội, người có công"),
 Q("123.720 người", 123720, "người"), Q("1.872 người", 1872, "người"), Q("100%", 100, "%"),
 Q("68 chùa Phật giáo Nam tông Khmer", 68, "chùa Phật giáo Nam tông Khmer"), Q("10 hộ", 10, "hộ"),
 Q("41%", 41, "%"), Q("83%", 83, "%"), Q("95%", 95, "%"), Q("15 tập thể", 15, "tập thể"), Q("27 cá nhân tiêu biểu", 27, "cá nhân tiêu biểu")],
[D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kế hoạch", "27", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BTGDVTU")],
[prov("An Giang"), prov("Kiên Giang"), com("Phú Quốc"), com("Tri Tôn"), com("Rạch Giá")],
["Hôm nay: Thứ Bảy, 24/01/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Thời sự › Chính trị › Dân vận",
 "Ông Nguyễn Thanh Phước (thứ hai từ trái) trao bằng khen cho các tập thể.", "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "đi từng ngõ, gõ từng nhà", "Đề án 06"],
["Thứ Sáu, 23/01/2026, 08:05", "năm 2025", "2 cấp", "5 tháng", "năm 2026"]))

PAGES.append(page("b7780-lamdong-traoqua-dienthoai-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ >> Tin tức - Sự kiện >> Dân vận cơ sở
Thứ Sáu, ngày 20/3/2026
Trao 120 điện thoại thông minh, giúp người hưởng trợ cấp "mở ví" nhận tiền
Ngày 18/3, tại xã Quảng Trực, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng phối hợp với Công an tỉnh và Viettel Lâm Đồng tổ chức chương trình "Điện thoại cho người hưởng an sinh", trao tặng 120 điện thoại thông minh cho người hưởng trợ cấp xã hội là đồng bào dân tộc thiểu số có hoàn cảnh khó khăn ở 4 xã biên giới Quảng Trực, Đắk Búk So, Tuy Đức, Đắk R'Tíh. Mỗi máy trị giá 2,2 triệu đồng, kèm gói cước 12 tháng.
Đồng chí K'Brăn, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, và đồng chí Điểu Xuân, Bí thư Đảng ủy xã Quảng Trực trao điện thoại cho người dân.
Phát biểu tại buổi trao quà, đồng chí K'Brăn cho biết, sau hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, tỉnh có 124 xã, phường, đặc khu, trong đó nhiều xã vùng sâu có tỷ lệ người hưởng trợ cấp nhận qua tài khoản dưới 40%. Thực hiện Kế hoạch số 06-KH/BTGDVTU ngày 05/01/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về vận động nhân dân tham gia chuyển đổi số, ban đã chọn 4 xã biên giới làm điểm.
Cùng với điện thoại, các đoàn viên thanh niên Công an tỉnh hướng dẫn người nhận cài đặt VNeID, mở tài khoản ngân hàng, đăng ký nhận trợ cấp qua tài khoản ngay tại chỗ. Trong buổi sáng, đã có 117 người kích hoạt thành công tài khoản định danh điện tử mức 2 và 109 người mở tài khoản ngân hàng.
Bà Thị Rươi, người Mnông ở bon Bu Prăng, xã Quảng Trực, 68 tuổi, xúc động: "Tôi chưa bao giờ có điện thoại. Giờ có điện thoại, con cháu chỉ cho cách xem tiền trợ cấp về rồi, không phải đi xa lên xã nữa". Ông Điểu Khiêu, người có uy tín bon Bu Dăr, cam kết sẽ vận động các hộ trong bon cùng nhận trợ cấp qua tài khoản.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao thêm 80 phần quà, mỗi phần 500.000 đồng, cho các hộ nghèo, hộ cận nghèo; Viettel Lâm Đồng tặng 4 bộ phát wifi cho 4 nhà văn hóa bon. Tổng giá trị chương trình khoảng 315 triệu đồng.
Đồng chí Điểu Xuân cho biết, xã Quảng Trực hiện có 1.064 người hưởng trợ cấp xã hội, đã có 612 người nhận qua tài khoản; xã đặt mục tiêu đến tháng 6/2026 đạt trên 80%. Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các xã còn lại sớm rà soát, đăng ký để chương trình tiếp tục được tổ chức trong quý II.
Y Thị Hạnh
Tin liên quan
- Lâm Đồng: ra mắt 30 tổ công nghệ số cộng đồng tại các bon (12/03/2026)
- Phường Bảo Lộc 1 hoàn thành chi trả không dùng tiền mặt 100% (05/03/2026)
- Gặp mặt người có uy tín đồng bào dân tộc thiểu số năm 2026 (26/02/2026)
""", "2026-03-20", "Trao 120 điện thoại thông minh, giúp người hưởng trợ cấp \"mở ví\" nhận tiền",
E("trao_qua", None, "2026-03-18"),
[P("K'Brăn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Xuân", "Bí thư Đảng ủy xã Quảng Trực"),
 P("Thị Rươi"),
 P("Điểu Khiêu", "người có uy tín bon Bu Dăr")],
[Q("120 điện thoại thông minh", 120, "điện thoại thông minh"), Q("4 xã biên giới", 4, "xã biên giới"),
 Q("2,2 triệu đồng", 2200000, "đồng"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("dưới 40%", 40, "%", "approx"), Q("117 người", 117, "người"), Q("109 người", 109, "người"),
 Q("80 phần quà", 80, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("4 bộ phát wifi", 4, "bộ phát wifi"),
 Q("4 nhà văn hóa bon", 4, "nhà văn hóa bon"), Q("khoảng 315 triệu đồng", 315000000, "đồng", "approx"),
 Q("1.064 người hưởng trợ cấp xã hội", 1064, "người hưởng trợ cấp xã hội"), Q("612 người", 612, "người"),
 Q("trên 80%", 80, "%", "over")],
[D("Kế hoạch", "06", "KH/BTGDVTU", "2026-01-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 06-KH/BTGDVTU ngày 05/01/2026")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Đắk Búk So"), com("Tuy Đức"), com("Đắk R'Tíh")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ >> Tin tức - Sự kiện >> Dân vận cơ sở",
 "Đồng chí K'Brăn, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, và đồng chí Điểu Xuân, Bí thư Đảng ủy xã Quảng Trực trao điện thoại cho người dân.",
 "Điện thoại cho người hưởng an sinh", "Viettel Lâm Đồng", "VNeID"],
["Thứ Sáu, ngày 20/3/2026", "12 tháng", "68 tuổi", "mức 2", "tháng 6/2026", "quý II"]))
