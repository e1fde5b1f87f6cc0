from lib import *
PAGES = []

PAGES.append(page("b4025-haiphong-iuu-baocao-2023", """
BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG
Trang chủ » Văn bản » Báo cáo
Ngày đăng: 31/03/2023 - 08:30
Báo cáo kết quả công tác dân vận tham gia chống khai thác hải sản bất hợp pháp quý I năm 2023
Ngày 29/3/2023, Ban Dân vận Thành ủy ban hành Báo cáo số 86-BC/BDVTU kết quả công tác dân vận tham gia phòng, chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) quý I năm 2023, phương hướng nhiệm vụ quý II. Cổng thông tin trích đăng nội dung chính của báo cáo.
I. Kết quả thực hiện
Thực hiện Chỉ thị số 32-CT/TW ngày 10/4/2019 của Ban Bí thư, Nghị quyết số 52/NQ-CP ngày 22/4/2019 của Chính phủ và Kế hoạch số 118-KH/TU, kế hoạch số 119-KH/TU của Ban Thường vụ Thành ủy, trong quý I, khối dân vận các cấp đã phối hợp tổ chức 73 buổi tuyên truyền trực tiếp cho khoảng 5.100 lượt ngư dân, chủ tàu, thuyền trưởng tại các quận, huyện ven biển và huyện đảo Bạch Long Vĩ; phát hành 8.500 tờ gấp, 1.200 cuốn sổ tay tuyên truyền.
Toàn thành phố Hải Phòng hiện có 960 tàu cá, trong đó 284 tàu có chiều dài từ 15 m trở lên; 100% tàu thuộc diện phải lắp đặt đã lắp thiết bị giám sát hành trình. Không có tàu cá của thành phố vi phạm vùng biển nước ngoài. Các cấp đã củng cố 39 tổ đoàn kết, 6 nghiệp đoàn nghề cá với 1.054 đoàn viên; duy trì 11 mô hình "Dân vận khéo" tiêu biểu trong lĩnh vực thủy sản, trong đó mô hình "Tổ tự quản an ninh trật tự trên biển" ở xã Lập Lễ (Thủy Nguyên) và phường Ngọc Xuyên (Đồ Sơn) được đánh giá cao.
Ủy ban MTTQ Việt Nam thành phố chỉ đạo Ban Công tác Mặt trận 24 khu dân cư ven biển vận động 100% hộ có tàu cá ký cam kết; Hội Nông dân thành phố phối hợp mở 4 lớp tập huấn cho 260 hội viên nông dân làm nghề cá; Liên đoàn Lao động thành phố trao 50 suất quà, tổng trị giá 75 triệu đồng cho đoàn viên nghiệp đoàn nghề cá có hoàn cảnh khó khăn.
II. Hạn chế
Một số tàu nhỏ dưới 12 m hoạt động ven bờ chưa được quản lý chặt; khoảng 15% thuyền viên chưa nắm quy định về ghi nhật ký khai thác; kinh phí cho tuyên truyền ở cơ sở còn hạn chế.
III. Phương hướng quý II năm 2023
Tiếp tục tham mưu thực hiện Kết luận 81, 82-KL/TU của Ban Thường vụ Thành ủy; phối hợp Bộ đội Biên phòng thành phố tổ chức ít nhất 60 buổi tuyên truyền; chuẩn bị nội dung làm việc với Đoàn kiểm tra của Ủy ban châu Âu (EC) lần thứ tư.
Nơi nhận: Thường trực Thành ủy; Ban Dân vận Trung ương; các đồng chí Ủy viên Ban Thường vụ Thành ủy; lưu VP.
TRƯỞNG BAN
Lê Văn Hiển
Tệp đính kèm: 86-BC-BDVTU.pdf (Lượt tải: 112)
Các tin khác
- Hội nghị giao ban công tác dân vận quý I năm 2023 (24/03/2023)
- Cát Hải: đối thoại với ngư dân về chính sách hỗ trợ (10/03/2023)
""", "2023-03-31", "Báo cáo kết quả công tác dân vận tham gia chống khai thác hải sản bất hợp pháp quý I năm 2023",
E("bao_cao", "2023-Q1", "2023-03-29"),
[P("Lê Văn Hiển", "TRƯỞNG BAN")],
[Q("73 buổi tuyên truyền", 73, "buổi tuyên truyền"), Q("khoảng 5.100 lượt ngư dân, chủ tàu, thuyền trưởng", 5100, "lượt ngư dân, chủ tàu, thuyền trưởng", "approx"),
 Q("8.500 tờ gấp", 8500, "tờ gấp"), Q("1.200 cuốn sổ tay tuyên truyền", 1200, "cuốn sổ tay tuyên truyền"), Q("960 tàu cá", 960, "tàu cá"),
 Q("284 tàu", 284, "tàu"), Q("100%", 100, "%"), Q("39 tổ đoàn kết", 39, "tổ đoàn kết"), Q("6 nghiệp đoàn nghề cá", 6, "nghiệp đoàn nghề cá"),
 Q("1.054 đoàn viên", 1054, "đoàn viên"), Q("11 mô hình", 11, "mô hình"), Q("24 khu dân cư ven biển", 24, "khu dân cư ven biển"),
 Q("100% hộ", 100, "%"), Q("4 lớp tập huấn", 4, "lớp tập huấn"), Q("260 hội viên nông dân", 260, "hội viên nông dân"),
 Q("50 suất quà", 50, "suất quà"), Q("75 triệu đồng", 75000000, "đồng"), Q("khoảng 15%", 15, "%", "approx"),
 Q("ít nhất 60 buổi tuyên truyền", 60, "buổi tuyên truyền", "over")],
[D("Báo cáo", "86", "BC/BDVTU", "2023-03-29", "Ban Dân vận Thành ủy", "Báo cáo số 86-BC/BDVTU"),
 D("Chỉ thị", "32", "CT/TW", "2019-04-10", "Ban Bí thư", "Chỉ thị số 32-CT/TW ngày 10/4/2019"),
 D("Nghị quyết", "52", "NQ-CP", "2019-04-22", "Chính phủ", "Nghị quyết số 52/NQ-CP ngày 22/4/2019"),
 D("Kế hoạch", "118", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 118-KH/TU"),
 D("Kế hoạch", "119", "KH/TU", None, "Ban Thường vụ Thành ủy", "kế hoạch số 119-KH/TU"),
 D("Kết luận", "81", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 81, 82-KL/TU"),
 D("Kết luận", "82", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 81, 82-KL/TU")],
[prov("Hải Phòng"), com("Lập Lễ"), com("Ngọc Xuyên")],
["BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG", "Trang chủ » Văn bản » Báo cáo", "I. Kết quả thực hiện", "II. Hạn chế",
 "III. Phương hướng quý II năm 2023", "Dân vận khéo", "Tổ tự quản an ninh trật tự trên biển", "Nơi nhận:",
 "Tệp đính kèm: 86-BC-BDVTU.pdf (Lượt tải: 112)", "Ủy ban châu Âu (EC)"],
["Ngày đăng: 31/03/2023 - 08:30", "quý I năm 2023", "quý II", "15 m", "12 m", "lần thứ tư", "Lượt tải: 112"]))

PAGES.append(page("b4026-quangbinh-cutri-ngudan-2023", """
ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HĐND TỈNH QUẢNG BÌNH
Bạn đang ở: Trang chủ > Hoạt động tiếp xúc cử tri
Cập nhật: 14:10, 16/09/2023 (GMT+7)
Đại biểu Quốc hội tiếp xúc cử tri là ngư dân vùng bãi ngang Quảng Trạch
Ngày 15/9, tại Nhà văn hóa thôn Tân Mỹ, xã Quảng Đông, huyện Quảng Trạch, Đoàn đại biểu Quốc hội tỉnh phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị tiếp xúc cử tri chuyên đề năm 2023 với ngư dân, chủ tàu các xã Quảng Đông, Cảnh Dương, Quảng Phú.
Tham dự có đồng chí Nguyễn Mạnh Cường, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh; đồng chí Trần Hải Châu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và khoảng 180 cử tri.
Đại biểu Nguyễn Mạnh Cường thông tin với cử tri tại hội nghị. Ảnh: Hồng Nhung
Cử tri Phan Văn Lịch, chủ tàu QB 92168 TS ở xã Cảnh Dương, phản ánh: giá dầu tăng, sản lượng giảm, nhiều chuyến biển thua lỗ; trong 8 tháng qua, tổ đoàn kết của ông có 4/9 tàu nằm bờ. Cử tri Ngô Xuân Thủy, tổ trưởng tổ hợp tác khai thác hải sản xã Quảng Phú, kiến nghị sửa Nghị định 42/2019/NĐ-CP của Chính phủ theo hướng phân loại mức phạt với tàu nhỏ; đề nghị sớm nạo vét cửa Roòn, nơi 320 tàu thuyền ra vào hằng ngày.
Bà Đinh Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Quảng Đông, cho biết 46 hộ ngư dân có chồng, con mất tích trên biển những năm trước vẫn rất khó khăn, đề nghị có chính sách hỗ trợ con em họ học nghề. Ông Hoàng Văn Đức, Chủ tịch Nghiệp đoàn nghề cá Cảnh Dương, kiến nghị tăng hỗ trợ phí bảo hiểm thuyền viên lên 100%.
Hội nghị ghi nhận 21 ý kiến, kiến nghị. Thay mặt Đoàn ĐBQH, đồng chí Nguyễn Mạnh Cường tiếp thu, giải trình nhiều nội dung; cho biết tỉnh đang triển khai Kế hoạch số 1802/KH-UBND ngày 8/8/2023 của UBND tỉnh về cao điểm chống khai thác IUU, với 1.236 tàu cá đã được lắp thiết bị giám sát hành trình, đạt 99,6%. Đồng chí Trần Hải Châu đề nghị các cấp Mặt trận theo dõi, giám sát việc giải quyết theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN.
Dịp này, Ủy ban MTTQ tỉnh trao 20 suất quà, mỗi suất 1 triệu đồng cho gia đình ngư dân khó khăn và 200 lá cờ Tổ quốc cho các tàu cá.
Theo Ban Dân vận Tỉnh ủy Quảng Bình, toàn tỉnh hiện có 7.350 tàu cá với khoảng 28.000 lao động nghề biển; 257 tổ đoàn kết, tổ hợp tác trên biển đang hoạt động. Các kiến nghị của cử tri tại hội nghị sẽ được Đoàn ĐBQH tỉnh tổng hợp, gửi đến các bộ, ngành Trung ương trước kỳ họp thứ 6, Quốc hội khóa XV; những nội dung thuộc thẩm quyền của tỉnh được chuyển UBND tỉnh giải quyết, trả lời cử tri trước ngày 31/10/2023.
Hồng Nhung
Lượt xem: 672
Tin liên quan
- Tiếp xúc cử tri trước kỳ họp thứ 6, Quốc hội khóa XV tại Bố Trạch (05/09/2023)
- Quảng Bình: cao điểm chống khai thác IUU (25/08/2023)
- Ngư dân Cảnh Dương được mùa cá cơm (12/08/2023)
""", "2023-09-16", "Đại biểu Quốc hội tiếp xúc cử tri là ngư dân vùng bãi ngang Quảng Trạch",
E("hoi_nghi", "2023", "2023-09-15"),
[P("Nguyễn Mạnh Cường", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"),
 P("Trần Hải Châu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Lịch", "chủ tàu QB 92168 TS"),
 P("Ngô Xuân Thủy", "tổ trưởng tổ hợp tác khai thác hải sản xã Quảng Phú"),
 P("Đinh Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Quảng Đông"),
 P("Hoàng Văn Đức", "Chủ tịch Nghiệp đoàn nghề cá Cảnh Dương")],
[Q("khoảng 180 cử tri", 180, "cử tri", "approx"), Q("4/9 tàu", 4, "tàu"), Q("320 tàu thuyền", 320, "tàu thuyền"),
 Q("46 hộ ngư dân", 46, "hộ ngư dân"), Q("100%", 100, "%"), Q("21 ý kiến, kiến nghị", 21, "ý kiến, kiến nghị"),
 Q("1.236 tàu cá", 1236, "tàu cá"), Q("99,6%", 99.6, "%"), Q("20 suất quà", 20, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("200 lá cờ Tổ quốc", 200, "lá cờ Tổ quốc"), Q("7.350 tàu cá", 7350, "tàu cá"), Q("khoảng 28.000 lao động nghề biển", 28000, "lao động nghề biển", "approx"), Q("257 tổ đoàn kết, tổ hợp tác trên biển", 257, "tổ đoàn kết, tổ hợp tác trên biển")],
[D("Nghị định", "42", "2019/NĐ-CP", None, "Chính phủ", "Nghị định 42/2019/NĐ-CP"),
 D("Kế hoạch", "1802", "KH-UBND", "2023-08-08", "UBND tỉnh", "Kế hoạch số 1802/KH-UBND ngày 8/8/2023"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN")],
[prov("Quảng Bình"), com("Quảng Đông"), com("Cảnh Dương"), com("Quảng Phú")],
["ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HĐND TỈNH QUẢNG BÌNH", "Bạn đang ở: Trang chủ > Hoạt động tiếp xúc cử tri",
 "Đại biểu Nguyễn Mạnh Cường thông tin với cử tri tại hội nghị. Ảnh: Hồng Nhung", "QB 92168 TS", "Lượt xem: 672"],
["Cập nhật: 14:10, 16/09/2023 (GMT+7)", "năm 2023", "8 tháng qua", "kỳ họp thứ 6", "khóa XV", "Lượt xem: 672"]))

PAGES.append(page("b4027-soctrang-ngudan-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ / Tin tức - Sự kiện / Dân vận các cấp
Thứ Sáu, 20/12/2024 - 09:50
Ảnh: Đồng chí Lâm Thị Sa Ry trao giấy khen cho các tập thể.
Tôn vinh 18 tổ đoàn kết tiêu biểu vùng ven biển
Ngày 19/12/2024, Ban Dân vận Tỉnh ủy phối hợp Sở Nông nghiệp và Phát triển nông thôn, Hội Nghề cá tỉnh tổ chức hội nghị tổng kết công tác vận động ngư dân tham gia phát triển thủy sản bền vững và chống khai thác IUU năm 2024. Đồng chí Lâm Thị Sa Ry, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Huỳnh Việt Hùng, Phó Chủ tịch UBND tỉnh đồng chủ trì.
Năm 2024, các cấp ủy, chính quyền và khối dân vận thị xã Vĩnh Châu, huyện Trần Đề, Cù Lao Dung đã tổ chức 152 cuộc tuyên truyền với 7.860 lượt người dự; vận động 1.047 chủ tàu, thuyền trưởng ký cam kết. Toàn tỉnh Sóc Trăng có 1.118 tàu cá, trong đó 196 tàu từ 15 m trở lên đã lắp thiết bị giám sát hành trình, đạt 100%; không có tàu cá vi phạm vùng biển nước ngoài trong 3 năm liền.
Các địa phương duy trì 64 tổ đoàn kết sản xuất trên biển với 612 tàu, 3 nghiệp đoàn nghề cá với 426 đoàn viên. Thực hiện Chỉ thị 27, 28-CT/TU của Ban Thường vụ Tỉnh ủy và Quyết định số 339/QĐ-TTg ngày 11/3/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tỉnh đã hỗ trợ chuyển đổi nghề cho 215 hộ ngư dân khai thác ven bờ, với tổng kinh phí hơn 6,4 tỷ đồng.
Tại hội nghị, ông Thạch Sô Phol, Chủ tịch Nghiệp đoàn nghề cá thị trấn Trần Đề, và bà Trịnh Thị Ngọc Hân, Phó Chủ tịch Hội Liên hiệp Phụ nữ phường Vĩnh Phước, chia sẻ kinh nghiệm vận động bà con người Khmer tham gia tổ đoàn kết. Ông Kim Sa Rươne, người có uy tín ấp Biển Trên, xã Vĩnh Hải, đề nghị tăng cường kiểm tra tàu giã cào trái phép ven bờ.
Quang cảnh hội nghị tổng kết.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Lâu, Sơn Thị Ánh Tuyết báo cáo 12 mô hình "Dân vận khéo" tiêu biểu vùng biển. Phát biểu kết luận, đồng chí Lâm Thị Sa Ry yêu cầu năm 2025 tiếp tục thực hiện Kết luận số 81-KL/TW ngày 29/7/2020 của Bộ Chính trị và kế hoạch số 52-KH/BDVTU; không để phát sinh tàu cá vi phạm; phát huy vai trò người có uy tín trong đồng bào Khmer vùng biển.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tổ đoàn kết tiêu biểu, 11 cá nhân điển hình; mỗi tập thể được thưởng 2 triệu đồng, mỗi cá nhân 1 triệu đồng.
Thạch Hoàng
Lượt xem: 531
Tin liên quan
- Trần Đề: ra mắt tổ đoàn kết trên biển số 9 (28/11/2024)
- Vĩnh Châu: vận động ngư dân chuyển đổi nghề (14/11/2024)
- Hội nghị giao ban công tác dân vận quý III/2024 (27/09/2024)
""", "2024-12-20", "Tôn vinh 18 tổ đoàn kết tiêu biểu vùng ven biển",
E("tong_ket", "2024", "2024-12-19"),
[P("Lâm Thị Sa Ry", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Việt Hùng", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Sô Phol", "Chủ tịch Nghiệp đoàn nghề cá thị trấn Trần Đề"),
 P("Trịnh Thị Ngọc Hân", "Phó Chủ tịch Hội Liên hiệp Phụ nữ phường Vĩnh Phước"),
 P("Kim Sa Rươne", "người có uy tín ấp Biển Trên"),
 P("Trần Văn Lâu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Thị Ánh Tuyết", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("18 tổ đoàn kết tiêu biểu", 18, "tổ đoàn kết tiêu biểu"), Q("152 cuộc tuyên truyền", 152, "cuộc tuyên truyền"),
 Q("7.860 lượt người", 7860, "lượt người"), Q("1.047 chủ tàu, thuyền trưởng", 1047, "chủ tàu, thuyền trưởng"),
 Q("1.118 tàu cá", 1118, "tàu cá"), Q("196 tàu", 196, "tàu"), Q("100%", 100, "%"),
 Q("64 tổ đoàn kết sản xuất trên biển", 64, "tổ đoàn kết sản xuất trên biển"), Q("612 tàu", 612, "tàu"),
 Q("3 nghiệp đoàn nghề cá", 3, "nghiệp đoàn nghề cá"), Q("426 đoàn viên", 426, "đoàn viên"), Q("215 hộ ngư dân", 215, "hộ ngư dân"),
 Q("hơn 6,4 tỷ đồng", 6400000000, "đồng", "over"), Q("12 mô hình", 12, "mô hình"), Q("11 cá nhân điển hình", 11, "cá nhân điển hình"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Quyết định", "339", "QĐ-TTg", "2021-03-11", "Thủ tướng Chính phủ", "Quyết định số 339/QĐ-TTg ngày 11/3/2021"),
 D("Kết luận", "81", "KL/TW", "2020-07-29", "Bộ Chính trị", "Kết luận số 81-KL/TW ngày 29/7/2020"),
 D("Kế hoạch", "52", "KH/BDVTU", None, None, "kế hoạch số 52-KH/BDVTU")],
[prov("Sóc Trăng"), com("Trần Đề"), com("Vĩnh Phước"), com("Vĩnh Hải")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ / Tin tức - Sự kiện / Dân vận các cấp",
 "Ảnh: Đồng chí Lâm Thị Sa Ry trao giấy khen cho các tập thể.", "Quang cảnh hội nghị tổng kết.", "Dân vận khéo",
 "Chiến lược phát triển thủy sản Việt Nam", "Lượt xem: 531"],
["Thứ Sáu, 20/12/2024 - 09:50", "Năm 2024", "năm 2024", "năm 2025", "3 năm", "năm 2030", "15 m", "Lượt xem: 531"]))

PAGES.append(page("b4028-phuyen-iuu-giaobanthang-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ YÊN
Trang chủ > Tin tức > Tin địa phương
Ngày 04/10/2024 | 10:20
Giao ban tháng 9: còn 37 tàu cá mất kết nối thiết bị giám sát hành trình
Chiều 3/10, Ban Chỉ đạo chống khai thác IUU tỉnh tổ chức giao ban tháng 9/2024, đánh giá kết quả đợt cao điểm chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định. Đồng chí Đào Mỹ, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Toàn cảnh buổi giao ban. Ảnh: Tấn Lộc
Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, trong tháng 9, toàn tỉnh Phú Yên có 37 tàu cá mất kết nối thiết bị giám sát hành trình quá 6 giờ; cơ quan chức năng đã xác minh, xử phạt 9 trường hợp với tổng số tiền 412,5 triệu đồng. Tỉnh hiện quản lý 3.752 tàu cá, đã cập nhật 100% vào cơ sở dữ liệu nghề cá quốc gia (VNFishbase); tỷ lệ giám sát sản lượng bốc dỡ qua cảng đạt khoảng 85%.
Đồng chí Lương Văn Tuấn, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết thực hiện Công văn số 1284-CV/BDVTU của Ban Dân vận Tỉnh ủy, khối dân vận các cấp đã cử 46 tổ công tác "3 cùng" xuống các xã, phường ven biển; vận động 512 chủ tàu ký cam kết; tổ chức 31 buổi đối thoại nhỏ tại bến cá. Ủy ban MTTQ Việt Nam tỉnh và 4 tổ chức chính trị - xã hội đã phân công hội viên "kèm cặp" 126 tàu có nguy cơ vi phạm.
Tại giao ban, ông Nguyễn Văn Lợi, Chủ tịch UBND xã An Chấn, huyện Tuy An, và ông Trần Quang Huy, Chủ tịch UBND phường Phú Đông, thành phố Tuy Hòa, báo cáo việc rà soát tàu cá "3 không" (không đăng ký, không đăng kiểm, không giấy phép); đến nay còn 14 tàu chưa hoàn thành thủ tục. Bà Huỳnh Thị Kim Thoa, Chủ tịch Hội Nghề cá tỉnh, đề nghị hỗ trợ 50% chi phí thay thế thiết bị hư hỏng.
Kết luận giao ban, đồng chí Đào Mỹ yêu cầu thực hiện nghiêm Chỉ thị số 32-CT/TW của Ban Bí thư, Nghị quyết số 04/NQ-TU ngày 12/7/2024 của Tỉnh ủy, Kế hoạch số 181/KH-UBND, kế hoạch số 182/KH-UBND của UBND tỉnh; phấn đấu đến ngày 15/10/2024 xử lý dứt điểm số tàu "3 không"; không để tàu cá của tỉnh vi phạm vùng biển nước ngoài trước đợt kiểm tra lần thứ năm của EC.
Đồng chí Lương Văn Tuấn, Phó Trưởng Ban Dân vận Tỉnh ủy phát biểu tại giao ban.
Cũng trong tháng 9, Bộ đội Biên phòng tỉnh phối hợp các đoàn thể trao 300 lá cờ Tổ quốc và 150 áo phao cho ngư dân các xã An Hải, Xuân Thịnh.
Theo kế hoạch, trong tháng 10, Ban Dân vận Tỉnh ủy sẽ phối hợp Hội Nông dân tỉnh tổ chức 2 hội nghị tuyên truyền cho chủ tàu tại thị xã Sông Cầu và thị xã Đông Hòa; Tỉnh đoàn ra quân chiến dịch "Thanh niên chung tay chống khai thác IUU" tại các bến cá Đông Tác, Tiên Châu.
Tấn Lộc
Lượt truy cập: 1.865
Tin khác
- Phú Yên: cao điểm chống khai thác IUU (15/09/2024)
- Tuy An: ra mắt nghiệp đoàn nghề cá xã An Ninh Đông (02/09/2024)
""", "2024-10-04", "Giao ban tháng 9: còn 37 tàu cá mất kết nối thiết bị giám sát hành trình",
E("giao_ban", "2024-09", "2024-10-03"),
[P("Đào Mỹ", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Lương Văn Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Lợi", "Chủ tịch UBND xã An Chấn"),
 P("Trần Quang Huy", "Chủ tịch UBND phường Phú Đông"),
 P("Huỳnh Thị Kim Thoa", "Chủ tịch Hội Nghề cá tỉnh")],
[Q("37 tàu cá", 37, "tàu cá"), Q("9 trường hợp", 9, "trường hợp"), Q("412,5 triệu đồng", 412500000, "đồng"),
 Q("3.752 tàu cá", 3752, "tàu cá"), Q("100%", 100, "%"), Q("khoảng 85%", 85, "%", "approx"), Q("46 tổ công tác", 46, "tổ công tác"),
 Q("512 chủ tàu", 512, "chủ tàu"), Q("31 buổi đối thoại nhỏ", 31, "buổi đối thoại nhỏ"), Q("4 tổ chức chính trị - xã hội", 4, "tổ chức chính trị - xã hội"),
 Q("126 tàu", 126, "tàu"), Q("14 tàu", 14, "tàu"), Q("50%", 50, "%"), Q("300 lá cờ Tổ quốc", 300, "lá cờ Tổ quốc"), Q("150 áo phao", 150, "áo phao"), Q("2 hội nghị tuyên truyền", 2, "hội nghị tuyên truyền")],
[D("Công văn", "1284", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 1284-CV/BDVTU"),
 D("Chỉ thị", "32", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 32-CT/TW"),
 D("Nghị quyết", "04", "NQ-TU", "2024-07-12", "Tỉnh ủy", "Nghị quyết số 04/NQ-TU ngày 12/7/2024"),
 D("Kế hoạch", "181", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 181/KH-UBND"),
 D("Kế hoạch", "182", "KH-UBND", None, "UBND tỉnh", "kế hoạch số 182/KH-UBND")],
[prov("Phú Yên"), com("An Chấn"), com("Phú Đông"), com("An Hải"), com("Xuân Thịnh")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ YÊN", "Trang chủ > Tin tức > Tin địa phương", "Toàn cảnh buổi giao ban. Ảnh: Tấn Lộc",
 "Đồng chí Lương Văn Tuấn, Phó Trưởng Ban Dân vận Tỉnh ủy phát biểu tại giao ban.", "3 cùng", "kèm cặp", "VNFishbase", "Lượt truy cập: 1.865", "Thanh niên chung tay chống khai thác IUU"],
["Ngày 04/10/2024 | 10:20", "tháng 9/2024", "6 giờ", "3 cùng", "3 không", "lần thứ năm", "Lượt truy cập: 1.865"]))

PAGES.append(page("b4029-bariavungtau-nghiepdoan-daihoi-2025", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH BÀ RỊA - VŨNG TÀU
Trang chủ » Tin tức » Công đoàn cơ sở » Nghiệp đoàn
Thứ Tư, 14/05/2025 - 15:30
Đại hội Nghiệp đoàn nghề cá Phước Hải lần thứ III: 245 đoàn viên cùng bám biển
Sáng 13/5, Liên đoàn Lao động huyện Long Đất tổ chức Đại hội Nghiệp đoàn nghề cá thị trấn Phước Hải lần thứ III, nhiệm kỳ 2025 - 2030. Dự đại hội có đồng chí Lê Văn Tâm, Phó Chủ tịch Liên đoàn Lao động tỉnh; đồng chí Nguyễn Thị Yến, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Long Đất; cùng 98 đại biểu thay mặt cho 245 đoàn viên.
Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Kim Ngân
Nhiệm kỳ 2020 - 2025, nghiệp đoàn phát triển thêm 82 đoàn viên mới, thành lập 5 tổ nghiệp đoàn trên biển với 67 tàu cá. Nghiệp đoàn đã phối hợp Đồn Biên phòng Phước Hải, Chi cục Thủy sản tổ chức 36 buổi tuyên truyền Luật Thủy sản, Nghị định 37/2024/NĐ-CP ngày 4/4/2024 của Chính phủ và Chỉ thị số 32-CT/TW của Ban Bí thư cho hơn 2.100 lượt ngư dân. Quỹ tương trợ của nghiệp đoàn đạt 486 triệu đồng, đã cho 41 đoàn viên vay sửa chữa tàu, mua ngư lưới cụ; thăm, hỗ trợ 19 đoàn viên gặp nạn trên biển với số tiền 95 triệu đồng.
Đặc biệt, các tổ nghiệp đoàn đã cứu hộ 7 tàu gặp sự cố, cứu sống 32 ngư dân; 100% tàu của đoàn viên chấp hành đúng quy định chống khai thác IUU, không có tàu vi phạm vùng biển nước ngoài.
Phát biểu tại đại hội, đồng chí Lê Văn Tâm đề nghị nghiệp đoàn tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam; chuẩn bị tốt cho việc sắp xếp tổ chức công đoàn khi thực hiện mô hình chính quyền địa phương 2 cấp.
Đại hội đã bầu Ban Chấp hành khóa III gồm 11 đồng chí. Ông Võ Văn Sang, chủ tàu BV 95678 TS, được tín nhiệm bầu giữ chức Chủ tịch Nghiệp đoàn nghề cá thị trấn Phước Hải nhiệm kỳ 2025 - 2030; các ông Trần Văn Út, Lê Thành Nhơn, Phan Văn Đực được bầu làm Phó Chủ tịch nghiệp đoàn. Đại hội cũng bầu 3 đại biểu đi dự Đại hội Công đoàn huyện.
Ông Võ Văn Sang xúc động chia sẻ: "Anh em nghiệp đoàn hứa đi biển là đi cùng nhau, về cùng nhau, không ai bỏ ai giữa sóng gió".
Dịp này, Liên đoàn Lao động tỉnh trao 30 suất quà, mỗi suất 1,5 triệu đồng cho đoàn viên khó khăn; nghiệp đoàn tặng 20 bộ phao cứu sinh cho các tổ.
Theo Liên đoàn Lao động tỉnh Bà Rịa - Vũng Tàu, toàn tỉnh hiện có 14 nghiệp đoàn nghề cá với hơn 2.600 đoàn viên; Phước Hải là một trong những nghiệp đoàn hoạt động hiệu quả nhất, nhiều năm liền được tặng bằng khen.
Kim Ngân
Lượt xem: 803
Tin liên quan
- Long Đất: ngư dân Lộc An ký cam kết chống khai thác IUU (28/04/2025)
- Hỗ trợ 12 đoàn viên nghiệp đoàn có tàu bị chìm (10/04/2025)
""", "2025-05-14", "Đại hội Nghiệp đoàn nghề cá Phước Hải lần thứ III: 245 đoàn viên cùng bám biển",
E("dai_hoi", None, "2025-05-13"),
[P("Lê Văn Tâm", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Thị Yến", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Long Đất"),
 P("Võ Văn Sang", "chủ tàu BV 95678 TS", "Chủ tịch Nghiệp đoàn nghề cá thị trấn Phước Hải nhiệm kỳ 2025 - 2030"),
 P("Trần Văn Út", "Phó Chủ tịch nghiệp đoàn"),
 P("Lê Thành Nhơn", "Phó Chủ tịch nghiệp đoàn"),
 P("Phan Văn Đực", "Phó Chủ tịch nghiệp đoàn")],
[Q("245 đoàn viên", 245, "đoàn viên"), Q("98 đại biểu", 98, "đại biểu"), Q("82 đoàn viên mới", 82, "đoàn viên mới"),
 Q("5 tổ nghiệp đoàn trên biển", 5, "tổ nghiệp đoàn trên biển"), Q("67 tàu cá", 67, "tàu cá"), Q("36 buổi tuyên truyền", 36, "buổi tuyên truyền"),
 Q("hơn 2.100 lượt ngư dân", 2100, "lượt ngư dân", "over"), Q("486 triệu đồng", 486000000, "đồng"), Q("41 đoàn viên", 41, "đoàn viên"),
 Q("19 đoàn viên", 19, "đoàn viên"), Q("95 triệu đồng", 95000000, "đồng"), Q("7 tàu", 7, "tàu"), Q("32 ngư dân", 32, "ngư dân"),
 Q("100%", 100, "%"), Q("11 đồng chí", 11, "đồng chí"), Q("3 đại biểu", 3, "đại biểu"), Q("30 suất quà", 30, "suất quà"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("20 bộ phao cứu sinh", 20, "bộ phao cứu sinh"), Q("14 nghiệp đoàn nghề cá", 14, "nghiệp đoàn nghề cá"), Q("hơn 2.600 đoàn viên", 2600, "đoàn viên", "over")],
[D("Nghị định", "37", "2024/NĐ-CP", "2024-04-04", "Chính phủ", "Nghị định 37/2024/NĐ-CP ngày 4/4/2024"),
 D("Chỉ thị", "32", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 32-CT/TW"),
 D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021")],
[prov("Bà Rịa - Vũng Tàu"), com("Phước Hải")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH BÀ RỊA - VŨNG TÀU", "Trang chủ » Tin tức » Công đoàn cơ sở » Nghiệp đoàn",
 "Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Kim Ngân", "Đồn Biên phòng Phước Hải", "Luật Thủy sản", "BV 95678 TS", "Lượt xem: 803"],
["Thứ Tư, 14/05/2025 - 15:30", "lần thứ III", "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ 2020 - 2025", "khóa III", "11 đồng chí", "2 cấp", "Lượt xem: 803"]))

PAGES.append(page("b4030-hatinh-ngudan-doithoai-2025", """
BÁO HÀ TĨNH
Chính trị | Xã hội | Biển đảo
Ngày đăng 12/06/2025 | 16:20
Hôm nay: Chủ Nhật, 15/06/2025
Người đứng đầu cấp ủy, chính quyền lắng nghe ngư dân Thạch Kim
(Baohatinh.vn) - Chiều 11/6, Huyện ủy, UBND huyện Lộc Hà phối hợp Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với ngư dân năm 2025, tập trung vào chống khai thác IUU và sinh kế ngư dân trước khi sắp xếp đơn vị hành chính.
Chủ trì đối thoại có đồng chí Trần Việt Hà, Tỉnh ủy viên, Bí thư Huyện ủy Lộc Hà; đồng chí Phan Anh Dũng, Phó Bí thư, Chủ tịch UBND huyện. Tham dự có đồng chí Hồ Thị Thanh Lam, Phó Trưởng Ban Dân vận Tỉnh ủy và 150 ngư dân, chủ tàu các xã Thạch Kim, Thạch Bằng, Hộ Độ.
Quang cảnh buổi đối thoại tại Nhà văn hóa thôn Bắc Kinh, xã Thạch Kim. Ảnh: Thu Hà
Huyện Lộc Hà là địa phương có nghề biển lớn nhất tỉnh Hà Tĩnh, hiện có 537 tàu cá, trong đó 58 tàu dài từ 15 m trở lên; 27 tổ đoàn kết trên biển với 312 tàu. Từ đầu năm, không có tàu cá vi phạm vùng biển nước ngoài; đã kiểm soát 1.426 lượt tàu xuất, nhập bến tại cảng cá Thạch Kim.
Tại buổi đối thoại, có 16 ý kiến được nêu trực tiếp. Ông Nguyễn Văn Hoàng, chủ tàu HT 90356 TS, phản ánh cảng cá xuống cấp, luồng lạch bồi lấp; ông Phạm Văn Thức, Tổ trưởng tổ đoàn kết số 4 xã Thạch Bằng, kiến nghị hỗ trợ ngư dân chuyển đổi từ nghề lưới kéo sang nghề câu, lồng bẫy theo Nghị định 37/2024/NĐ-CP. Bà Lê Thị Huệ, Chi hội trưởng chi hội phụ nữ thôn Bắc Kinh, đề nghị quan tâm 23 hộ ngư dân có tàu hư hỏng sau bão số 3 năm 2024.
Trả lời ý kiến, đồng chí Phan Anh Dũng cho biết huyện đã đề nghị tỉnh bố trí 15 tỷ đồng nạo vét luồng cảng cá Thạch Kim theo Quyết định số 1156/QĐ-UBND ngày 20/5/2025 của UBND tỉnh; hỗ trợ mỗi tàu chuyển đổi nghề 50 triệu đồng, tối đa 20 tàu trong năm 2025.
Kết luận đối thoại, đồng chí Trần Việt Hà yêu cầu các xã rà soát, giải quyết dứt điểm các kiến nghị trước ngày 30/6/2025, khi huyện kết thúc hoạt động; bàn giao đầy đủ hồ sơ tàu cá cho chính quyền cấp xã mới theo tinh thần Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư; không để ngư dân phải chờ đợi, đi lại nhiều lần khi làm thủ tục đăng ký, đăng kiểm tàu cá.
Ngay sau hội nghị, Ủy ban MTTQ Việt Nam huyện đã trao 23 suất quà, mỗi suất 2 triệu đồng cho các hộ ngư dân có tàu hư hỏng; Huyện đoàn trao 100 lá cờ Tổ quốc cho các chủ tàu. Đồng chí Hồ Thị Thanh Lam đề nghị khối dân vận tiếp tục bám cơ sở, nắm chắc tâm tư ngư dân trong giai đoạn chuyển sang chính quyền địa phương 2 cấp.
Thu Hà - Minh Đức
Lượt xem: 1.117
Tin liên quan
- Hà Tĩnh: cao điểm chống khai thác IUU trước đợt kiểm tra của EC (05/06/2025)
- Thạch Kim đón 120 tàu cá về bờ an toàn (28/05/2025)
""", "2025-06-12", "Người đứng đầu cấp ủy, chính quyền lắng nghe ngư dân Thạch Kim",
E("doi_thoai", "2025", "2025-06-11"),
[P("Trần Việt Hà", "Tỉnh ủy viên", "Bí thư Huyện ủy Lộc Hà"),
 P("Phan Anh Dũng", "Phó Bí thư", "Chủ tịch UBND huyện"),
 P("Hồ Thị Thanh Lam", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hoàng", "chủ tàu HT 90356 TS"),
 P("Phạm Văn Thức", "Tổ trưởng tổ đoàn kết số 4 xã Thạch Bằng"),
 P("Lê Thị Huệ", "Chi hội trưởng chi hội phụ nữ thôn Bắc Kinh")],
[Q("150 ngư dân, chủ tàu", 150, "ngư dân, chủ tàu"), Q("537 tàu cá", 537, "tàu cá"), Q("58 tàu", 58, "tàu"),
 Q("27 tổ đoàn kết trên biển", 27, "tổ đoàn kết trên biển"), Q("312 tàu", 312, "tàu"), Q("1.426 lượt tàu", 1426, "lượt tàu"),
 Q("16 ý kiến", 16, "ý kiến"), Q("23 hộ ngư dân", 23, "hộ ngư dân"), Q("15 tỷ đồng", 15000000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("tối đa 20 tàu", 20, "tàu"), Q("23 suất quà", 23, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("100 lá cờ Tổ quốc", 100, "lá cờ Tổ quốc")],
[D("Nghị định", "37", "2024/NĐ-CP", None, None, "Nghị định 37/2024/NĐ-CP"),
 D("Quyết định", "1156", "QĐ-UBND", "2025-05-20", "UBND tỉnh", "Quyết định số 1156/QĐ-UBND ngày 20/5/2025"),
 D("Kết luận", "137", "KL/TW", "2025-03-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW ngày 28/3/2025")],
[prov("Hà Tĩnh"), com("Thạch Kim"), com("Thạch Bằng"), com("Hộ Độ")],
["BÁO HÀ TĨNH", "Chính trị | Xã hội | Biển đảo", "(Baohatinh.vn)",
 "Quang cảnh buổi đối thoại tại Nhà văn hóa thôn Bắc Kinh, xã Thạch Kim. Ảnh: Thu Hà", "HT 90356 TS", "Lượt xem: 1.117"],
["Ngày đăng 12/06/2025 | 16:20", "Hôm nay: Chủ Nhật, 15/06/2025", "năm 2025", "15 m", "tổ đoàn kết số 4", "bão số 3 năm 2024", "2 cấp", "Lượt xem: 1.117"]))
