from lib import *
PAGES = []

PAGES.append(page("b5369-kontum-bdv-soket-2023", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Hôm nay: Thứ Ba, 11/07/2023
Trang chủ » Tin tức - Sự kiện » Hoạt động khối dân vận
Ngày 10/07/2023 | 15:10
Quang cảnh hội nghị sơ kết.
Sơ kết 6 tháng: khối dân vận vận động xóa 412 nhà tạm ở vùng đồng bào Xơ Đăng, Ba Na
Ngày 7/7/2023, Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Y Thị Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, 6 tháng đầu năm, khối dân vận các cấp tập trung vận động nhân dân tham gia Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, trong đó có nội dung hỗ trợ nhà ở. Toàn tỉnh đã hỗ trợ xóa 412 nhà tạm, nhà dột nát, đạt 58,8% kế hoạch năm; mức hỗ trợ 40 triệu đồng/nhà từ ngân sách Trung ương, các tổ chức, cá nhân hỗ trợ thêm bình quân 8 triệu đồng/nhà.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: A Hmưa, Nguyễn Thị Lan Phương trình bày kết quả thực hiện Chỉ thị 31, 32-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số và Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững. Đến cuối tháng 6, còn khoảng 290 hộ đã được phê duyệt nhưng chưa khởi công, chủ yếu do chưa có mặt bằng hoặc chưa đủ vốn đối ứng.
Tại hội nghị, đồng chí A Rưn, HUV, Trưởng Ban Dân vận Huyện ủy Tu Mơ Rông, cho biết huyện vận động được 3.400 ngày công và 126 m3 gỗ tận thu để hỗ trợ 86 hộ; ông A Ngưm, già làng làng Kon Tuông, xã Đăk Hà, kể việc làng góp 50 bao xi măng giúp hộ bà Y Bưm dựng nhà. Đồng chí Y Đức, Phó Chủ tịch Hội LHPN tỉnh, đăng ký hội các cấp hỗ trợ 35 căn "Mái ấm tình thương" trong năm 2023.
Đồng chí Đinh Văn Thuận, Phó Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh, cho biết đã giải ngân 18,6 tỷ đồng cho 620 hộ vay làm nhà ở theo Nghị định số 28/2022/NĐ-CP ngày 26/4/2022 của Chính phủ.
Phát biểu kết luận, đồng chí Y Thị Hằng đề nghị 6 tháng cuối năm các cấp thực hiện tốt Kế hoạch số 96-KH/BDVTU ngày 12/5/2023 của Ban Dân vận Tỉnh ủy, phấn đấu hoàn thành 100% nhà trước ngày 15/12; phát huy vai trò 1.032 người có uy tín trong vận động đồng bào đối ứng ngày công; kiên quyết xử lý tình trạng bán nhà, cho thuê nhà sau khi được hỗ trợ. Ban Dân vận Tỉnh ủy sẽ thành lập 3 đoàn kiểm tra tại các huyện Ngọc Hồi, Đăk Glei, Kon Plông trong tháng 8.
Theo Ban Dân vận Tỉnh ủy, đây là năm đầu tiên Kon Tum giao chỉ tiêu xóa nhà tạm cho từng tổ chức thành viên của Mặt trận.
Minh Thùy - Văn phòng Ban
Lượt xem: 964
Tin khác
- Đăk Tô: bàn giao 20 nhà Đại đoàn kết (30/06/2023)
- Hội nghị người có uy tín tiêu biểu năm 2023 (20/06/2023)
- Sa Thầy: ra mắt mô hình "Làng không có nhà tạm" (05/06/2023)
""", "2023-07-10", "Sơ kết 6 tháng: khối dân vận vận động xóa 412 nhà tạm ở vùng đồng bào Xơ Đăng, Ba Na",
E("so_ket", "2023-H1", "2023-07-07"),
[P("Y Thị Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Hmưa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Lan Phương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Rưn", "HUV", "Trưởng Ban Dân vận Huyện ủy Tu Mơ Rông"),
 P("A Ngưm", "già làng làng Kon Tuông"),
 P("Y Bưm"),
 P("Y Đức", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Văn Thuận", "Phó Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh")],
[Q("412 nhà tạm, nhà dột nát", 412, "nhà tạm, nhà dột nát"), Q("58,8%", 58.8, "%"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("khoảng 290 hộ", 290, "hộ", "approx"), Q("3.400 ngày công", 3400, "ngày công"),
 Q("126 m3", 126, "m3"), Q("86 hộ", 86, "hộ"), Q("50 bao xi măng", 50, "bao xi măng"),
 Q("35 căn", 35, "căn"), Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("620 hộ", 620, "hộ"), Q("100%", 100, "%"),
 Q("1.032 người có uy tín", 1032, "người có uy tín"), Q("3 đoàn kiểm tra", 3, "đoàn kiểm tra")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/01/2022"),
 D("Nghị định", "28", "2022/NĐ-CP", "2022-04-26", "Chính phủ", "Nghị định số 28/2022/NĐ-CP ngày 26/4/2022"),
 D("Kế hoạch", "96", "KH/BDVTU", "2023-05-12", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 96-KH/BDVTU ngày 12/5/2023")],
[prov("Kon Tum"), com("Đăk Hà")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ » Tin tức - Sự kiện » Hoạt động khối dân vận", "Quang cảnh hội nghị sơ kết.",
 "Mái ấm tình thương", "Lượt xem: 964",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Hôm nay: Thứ Ba, 11/07/2023", "Ngày 10/07/2023 | 15:10", "6 tháng đầu năm", "6 tháng cuối năm 2023", "năm 2023", "15/12", "tháng 8", "Lượt xem: 964"]))

PAGES.append(page("b5370-thainguyen-mttq-hoinghi-2024", """
Báo Thái Nguyên điện tử
Chính trị | Mặt trận Tổ quốc
Thứ Hai, 21/10/2024 - 18:30
Thái Nguyên phát động chung tay xóa 1.327 nhà tạm, nhà dột nát
Ảnh: Các đại biểu bấm nút phát động phong trào.
Chiều 19/10, Ủy ban MTTQ Việt Nam tỉnh phối hợp UBND tỉnh tổ chức hội nghị phát động thi đua năm 2024 với chủ đề "Thái Nguyên chung tay xóa nhà tạm, nhà dột nát", hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025" do Thủ tướng Chính phủ phát động. Dự hội nghị có đồng chí Hà Thị Lệ Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Ma Thị Xuân, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch UBND tỉnh: Phạm Đức Long, Nông Thị Hảo.
Theo kết quả rà soát, toàn tỉnh còn 1.327 nhà tạm, nhà dột nát, trong đó 812 nhà cần xây mới, 515 nhà cần sửa chữa; 64% số hộ là đồng bào Tày, Nùng, Dao, Sán Dìu, Sán Chay. Mức hỗ trợ là 60 triệu đồng/nhà xây mới và 30 triệu đồng/nhà sửa chữa, tổng nhu cầu khoảng 64,2 tỷ đồng.
Thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội và Kế hoạch số 210-KH/TU ngày 05/9/2024 của Ban Thường vụ Tỉnh ủy, Ban Chỉ đạo tỉnh phân công mỗi sở, ngành, doanh nghiệp nhận hỗ trợ ít nhất 5 nhà. Ngay tại hội nghị, 74 tập thể, doanh nghiệp đã đăng ký ủng hộ với tổng số tiền hơn 28 tỷ đồng; cán bộ, công chức, viên chức toàn tỉnh ủng hộ 1 ngày lương.
Bà Hoàng Thị Thơm, người dân tộc Tày, xóm Khuôn Ngàn, xã Phú Đình, chia sẻ căn nhà gỗ của gia đình đã mục sau 30 năm, mỗi mùa mưa phải lấy bạt che tạm. Ông Trương Văn Dậu, người có uy tín xóm Khuôn Ngàn, cam kết vận động bà con góp ít nhất 200 ngày công giúp các hộ.
Đồng chí Ma Thị Xuân đề nghị Mặt trận các cấp thực hiện Hướng dẫn số 45/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về quản lý, sử dụng nguồn vận động; công khai danh sách, số tiền hỗ trợ đến từng xóm. Đồng chí Hà Thị Lệ Thu giao Ban Dân vận các huyện ủy, thành ủy theo dõi, báo cáo tiến độ mỗi tháng, phấn đấu khởi công 100% nhà trước ngày 31/12/2024.
Cùng ngày, Ủy ban MTTQ tỉnh trao biển tượng trưng 2,5 tỷ đồng hỗ trợ 50 hộ ở huyện Võ Nhai, Định Hóa khởi công làm nhà trong tháng 11. Hội nghị được kết nối tới 9 điểm cầu huyện, thành phố với gần 1.500 đại biểu tham dự.
Hội Nông dân tỉnh đăng ký vận động hội viên góp 300 triệu đồng; Tỉnh đoàn nhận xây 10 nhà "Thắp sáng ước mơ" cho hộ có con đang đi học.
Thu Hằng
Tin cùng chuyên mục
- Đồng Hỷ bàn giao 15 nhà Đại đoàn kết (14/10/2024)
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 8 (08/10/2024)
- Phú Lương: vận động hiến 4.000 m2 đất làm đường (01/10/2024)
""", "2024-10-21", "Thái Nguyên phát động chung tay xóa 1.327 nhà tạm, nhà dột nát",
E("hoi_nghi", "2024", "2024-10-19"),
[P("Hà Thị Lệ Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Thị Xuân", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Đức Long", "Phó Chủ tịch UBND tỉnh"),
 P("Nông Thị Hảo", "Phó Chủ tịch UBND tỉnh"),
 P("Hoàng Thị Thơm"),
 P("Trương Văn Dậu", "người có uy tín xóm Khuôn Ngàn")],
[Q("1.327 nhà tạm, nhà dột nát", 1327, "nhà tạm, nhà dột nát"), Q("812 nhà", 812, "nhà"), Q("515 nhà", 515, "nhà"),
 Q("64%", 64, "%"), Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("khoảng 64,2 tỷ đồng", 64200000000, "đồng", "approx"), Q("ít nhất 5 nhà", 5, "nhà", "over"),
 Q("74 tập thể, doanh nghiệp", 74, "tập thể, doanh nghiệp"), Q("hơn 28 tỷ đồng", 28000000000, "đồng", "over"),
 Q("ít nhất 200 ngày công", 200, "ngày công", "over"), Q("100%", 100, "%"), Q("2,5 tỷ đồng", 2500000000, "đồng"),
 Q("50 hộ", 50, "hộ"), Q("9 điểm cầu huyện, thành phố", 9, "điểm cầu huyện, thành phố"),
 Q("gần 1.500 đại biểu", 1500, "đại biểu", "approx"), Q("300 triệu đồng", 300000000, "đồng"), Q("10 nhà", 10, "nhà")],
[D("Nghị quyết", "42", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương", "Nghị quyết số 42-NQ/TW ngày 24/11/2023"),
 D("Kế hoạch", "210", "KH/TU", "2024-09-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 210-KH/TU ngày 05/9/2024"),
 D("Hướng dẫn", "45", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 45/HD-MTTW-BTT")],
[prov("Thái Nguyên"), com("Phú Đình")],
["Báo Thái Nguyên điện tử", "Chính trị | Mặt trận Tổ quốc", "Ảnh: Các đại biểu bấm nút phát động phong trào.",
 "Thái Nguyên chung tay xóa nhà tạm, nhà dột nát", "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025", "Thắp sáng ước mơ"],
["Thứ Hai, 21/10/2024 - 18:30", "năm 2024", "30 năm", "1 ngày lương", "31/12/2024", "tháng 11"]))

PAGES.append(page("b5371-dienbien-bdv-giaoban-2024", """
ĐẢNG BỘ TỈNH ĐIỆN BIÊN - BAN DÂN VẬN
You are here: Trang chủ > Hoạt động > Giao ban khối
Thứ Hai, 04/11/2024
Đồng chí Lò Thị Phương chủ trì giao ban.
Giao ban tháng 10: Điện Biên khởi công 1.906 nhà trong đợt cao điểm xóa nhà tạm
Sáng 1/11, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 10/2024 với Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh. Đồng chí Lò Thị Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo tại giao ban cho biết, trong tháng 10, thực hiện Nghị quyết số 18-NQ/TU ngày 02/8/2024 của Ban Chấp hành Đảng bộ tỉnh về xóa nhà tạm, nhà dột nát đến năm 2025, toàn tỉnh khởi công 1.906 nhà, hoàn thành 742 nhà; lũy kế từ đầu năm đã hoàn thành 3.115 nhà, đạt 41,7% tổng số nhà cần hỗ trợ. Khối dân vận vận động được 9.650 ngày công, 1.280 m3 cát, sỏi và hơn 3,2 tỷ đồng tiền mặt.
Đại diện Ủy ban MTTQ tỉnh, đồng chí Quàng Văn Hặc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết đã tiếp nhận 47,5 tỷ đồng từ các bộ, ngành Trung ương, doanh nghiệp ủng hộ chương trình; đã phân bổ cho 10 huyện, thị xã, thành phố theo Quyết định số 1207/QĐ-MTTQ-BTT ngày 15/10/2024 của Ban Thường trực Ủy ban MTTQ tỉnh.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Cà Văn Sương, Vàng Thị Chư báo cáo khó khăn ở huyện Mường Nhé, Nậm Pồ: đường vào bản sạt lở, nhiều hộ người Mông, Hà Nhì, Cống chưa có đất làm nhà. Ông Lầu A Sính, Chủ tịch Ủy ban MTTQ xã Sín Thầu, đề nghị hỗ trợ cước vận chuyển vì mỗi bao xi măng lên tới bản giá gấp đôi dưới xuôi.
Đồng chí Tòng Thị Xuân, Chủ tịch Hội LHPN tỉnh, cho biết hội đã nhận đỡ đầu 85 phụ nữ nghèo làm chủ hộ; Tỉnh đoàn ra quân 1.200 lượt đoàn viên giúp dỡ nhà cũ, san nền. Bộ Chỉ huy Bộ đội Biên phòng tỉnh hỗ trợ xây 32 nhà tại các xã biên giới.
Kết luận, đồng chí Lò Thị Phương đề nghị tháng 11 tập trung thực hiện Kế hoạch 88, 89-KH/BDVTU của Ban Dân vận Tỉnh ủy về kiểm tra, giám sát tiến độ xóa nhà tạm; mỗi cán bộ khối dân vận phụ trách ít nhất 3 hộ; phấn đấu đến ngày 30/11 khởi công thêm 1.500 nhà. Đồng chí lưu ý không để xảy ra tình trạng nhà làm xong nhưng thiếu nhà vệ sinh, bể nước, đồng thời tuyên truyền để người dân không trông chờ, ỷ lại.
Ban Dân vận Tỉnh ủy đã đề nghị Ban Thường vụ Tỉnh ủy biểu dương 15 tập thể, 28 cá nhân có thành tích xuất sắc trong đợt cao điểm.
Cũng tại giao ban, Ban Dân vận Tỉnh ủy thông tin kết quả khảo sát dư luận tại 60 bản cho thấy 92% người dân hài lòng với việc bình xét hộ được hỗ trợ.
Quỳnh Anh
Lượt xem: 1.532
Tin liên quan
- Mường Ảng: bàn giao 40 nhà cho hộ nghèo (28/10/2024)
- Hội nghị giao ban khối dân vận tháng 9/2024 (04/10/2024)
- Tủa Chùa ra quân xóa nhà tạm (20/09/2024)
""", "2024-11-04", "Giao ban tháng 10: Điện Biên khởi công 1.906 nhà trong đợt cao điểm xóa nhà tạm",
E("giao_ban", "2024-10", "2024-11-01"),
[P("Lò Thị Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Hặc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cà Văn Sương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Thị Chư", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lầu A Sính", "Chủ tịch Ủy ban MTTQ xã Sín Thầu"),
 P("Tòng Thị Xuân", "Chủ tịch Hội LHPN tỉnh")],
[Q("1.906 nhà", 1906, "nhà"), Q("742 nhà", 742, "nhà"), Q("3.115 nhà", 3115, "nhà"), Q("41,7%", 41.7, "%"),
 Q("9.650 ngày công", 9650, "ngày công"), Q("1.280 m3", 1280, "m3"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("47,5 tỷ đồng", 47500000000, "đồng"), Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"),
 Q("85 phụ nữ nghèo làm chủ hộ", 85, "phụ nữ nghèo"), Q("1.200 lượt đoàn viên", 1200, "lượt đoàn viên"),
 Q("32 nhà", 32, "nhà"), Q("ít nhất 3 hộ", 3, "hộ", "over"), Q("1.500 nhà", 1500, "nhà"),
 Q("15 tập thể", 15, "tập thể"), Q("28 cá nhân", 28, "cá nhân"), Q("60 bản", 60, "bản"), Q("92%", 92, "%")],
[D("Nghị quyết", "18", "NQ/TU", "2024-08-02", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 18-NQ/TU ngày 02/8/2024"),
 D("Quyết định", "1207", "QĐ-MTTQ-BTT", "2024-10-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 1207/QĐ-MTTQ-BTT ngày 15/10/2024"),
 D("Kế hoạch", "88", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 88, 89-KH/BDVTU"),
 D("Kế hoạch", "89", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 88, 89-KH/BDVTU")],
[prov("Điện Biên"), com("Sín Thầu")],
["ĐẢNG BỘ TỈNH ĐIỆN BIÊN - BAN DÂN VẬN", "You are here: Trang chủ > Hoạt động > Giao ban khối",
 "Đồng chí Lò Thị Phương chủ trì giao ban.", "Lượt xem: 1.532"],
["Thứ Hai, 04/11/2024", "tháng 10/2024", "tháng 11", "30/11", "Lượt xem: 1.532"]))

PAGES.append(page("b5372-travinh-mttq-giamsat-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH
Trang chủ - Hoạt động giám sát, phản biện xã hội
18.04.2025 | 16:05
Đoàn giám sát kiểm tra căn nhà mới của hộ bà Kim Thị Sa Pha.
Giám sát xóa nhà tạm tại Trà Cú và Cầu Ngang: 97,6% số nhà đã hoàn thành
Từ ngày 15 đến 17/4/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Thạch Sô Khênh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chương trình xóa nhà tạm, nhà dột nát tại hai huyện Trà Cú, Cầu Ngang theo Kế hoạch số 27/KH-MTTQ-BTT ngày 20/3/2025.
Theo báo cáo, hai huyện có 1.284 nhà thuộc diện hỗ trợ, trong đó 829 nhà của hộ đồng bào Khmer. Đến ngày 15/4, đã hoàn thành 1.253 nhà, đạt 97,6%, 31 nhà đang thi công. Mỗi nhà xây mới được hỗ trợ 60 triệu đồng, sửa chữa 30 triệu đồng; ngoài ra nhiều hộ được các chùa, mạnh thường quân hỗ trợ thêm từ 5 đến 15 triệu đồng.
Giám sát thực tế tại các xã Đại An, Ngãi Xuyên, Kim Hòa, Hiệp Mỹ Đông, đoàn ghi nhận phần lớn nhà bảo đảm "3 cứng", diện tích từ 30 m2 trở lên. Hòa thượng Thạch Sok Xane, trụ trì chùa Sóc Chùa, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cho biết nhà chùa đã vận động phật tử đóng góp 420 triệu đồng và 1.100 ngày công. Ông Sơn Thành Lâm, Trưởng Ban Nhân dân ấp Chông Bát, xã Đại An, phản ánh còn 6 hộ chưa có giấy tờ đất nên chậm giải ngân. Hộ bà Kim Thị Sa Pha ở ấp Chông Bát, nuôi 2 con nhỏ, vừa dọn vào căn nhà mới sau nhiều năm ở nhà lá.
Tuy nhiên, đoàn cũng chỉ ra một số tồn tại: 12 hộ sử dụng tiền hỗ trợ chưa đúng mục đích; việc lưu hồ sơ ở cấp xã chưa đầy đủ; một số nhà chưa có nhà vệ sinh. Đồng chí Kiên Thị Thu Hà, Chủ tịch Ủy ban MTTQ xã Kim Hòa, giải trình xã đã yêu cầu các hộ khắc phục, cam kết hoàn thiện trước ngày 30/4.
Kết luận, đồng chí Thạch Sô Khênh đề nghị hai huyện thực hiện nghiêm Quyết định số 22/2025/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ xóa nhà tạm, nhà dột nát và Chỉ thị số 08-CT/TU ngày 05/11/2024 của Ban Thường vụ Tỉnh ủy; rà soát, bổ sung hồ sơ, công khai tại ấp. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy và Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Cùng tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Dương Hoàng Nghĩa, Thạch Thị Kim Ngân và đại diện Ban Dân vận Tỉnh ủy, Sở Xây dựng.
Trước đợt giám sát, Trà Vinh đã hoàn thành 9.860 nhà trên toàn tỉnh, vượt kế hoạch đề ra.
Ban Phong trào
Tin liên quan
- Trà Vinh: hoàn thành xóa nhà tạm trước 30/4 (10/04/2025)
- Châu Thành bàn giao 60 căn nhà Đại đoàn kết (02/04/2025)
- Mặt trận tỉnh giám sát việc thực hiện chính sách người có uy tín (25/03/2025)
- Cầu Kè: ra mắt tổ giám sát cộng đồng (18/03/2025)
""", "2025-04-18", "Giám sát xóa nhà tạm tại Trà Cú và Cầu Ngang: 97,6% số nhà đã hoàn thành",
E("giam_sat", None, "2025-04-15"),
[P("Kim Thị Sa Pha"),
 P("Thạch Sô Khênh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sok Xane", "Hòa thượng", "trụ trì chùa Sóc Chùa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thành Lâm", "Trưởng Ban Nhân dân ấp Chông Bát"),
 P("Kiên Thị Thu Hà", "Chủ tịch Ủy ban MTTQ xã Kim Hòa"),
 P("Dương Hoàng Nghĩa", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Kim Ngân", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("97,6%", 97.6, "%"), Q("1.284 nhà", 1284, "nhà"), Q("829 nhà", 829, "nhà"), Q("1.253 nhà", 1253, "nhà"),
 Q("31 nhà", 31, "nhà"), Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("5 đến 15 triệu đồng", 5000000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"), Q("từ 30 m2 trở lên", 30, "m2", "over"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("1.100 ngày công", 1100, "ngày công"), Q("6 hộ", 6, "hộ"), Q("2 con nhỏ", 2, "con nhỏ"), Q("12 hộ", 12, "hộ"), Q("9.860 nhà", 9860, "nhà")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2025-03-20", None, "Kế hoạch số 27/KH-MTTQ-BTT ngày 20/3/2025"),
 D("Quyết định", "22", "2025/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2025/QĐ-TTg"),
 D("Chỉ thị", "08", "CT/TU", "2024-11-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU ngày 05/11/2024")],
[prov("Trà Vinh"), com("Đại An"), com("Ngãi Xuyên"), com("Kim Hòa"), com("Hiệp Mỹ Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH", "Trang chủ - Hoạt động giám sát, phản biện xã hội",
 "Đoàn giám sát kiểm tra căn nhà mới của hộ bà Kim Thị Sa Pha.", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Ban Phong trào"],
["18.04.2025 | 16:05", "3 cứng", "15/4", "30/4", "hai huyện"]))

PAGES.append(page("b5373-tuyenquang-xaphinho-traoqua-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Thời sự › Xã hội › Địa phương
Cập nhật: 16:40, 26/08/2025 (GMT+7)
Bàn giao 18 căn nhà và tặng quà hộ nghèo xã Phìn Hồ
Đồng chí Lý Thị Lìn trao quà cho hộ ông Hầu Mí Dình.
Ngày 25/8, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Phìn Hồ tổ chức lễ bàn giao 18 căn nhà cho hộ nghèo, hộ cận nghèo và trao 120 suất quà cho các hộ khó khăn, nhân dịp kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9. Phìn Hồ là xã mới thành lập trên cơ sở sáp nhập 3 xã của huyện Hoàng Su Phì (tỉnh Hà Giang cũ), nay thuộc tỉnh Tuyên Quang.
Dự buổi lễ có đồng chí Lý Thị Lìn, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Hoàng Văn Tiến, Bí thư Đảng ủy xã Phìn Hồ; đồng chí Vương Mí Sình, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
18 căn nhà được xây dựng từ chương trình xóa nhà tạm, nhà dột nát theo Quyết định số 22/2025/QĐ-TTg, mỗi căn có diện tích 48 - 60 m2, được hỗ trợ 60 triệu đồng; Ủy ban MTTQ xã và các đơn vị kết nghĩa hỗ trợ thêm 10 triệu đồng/căn. Mỗi suất quà trị giá 500.000 đồng, gồm tiền mặt và nhu yếu phẩm; tổng giá trị quà tặng 60 triệu đồng.
Theo đồng chí Vương Mí Sình, xã có 1.942 hộ, trong đó 38,5% là hộ nghèo; từ đầu năm 2025, xã đã hoàn thành 126 căn nhà cho hộ người Dao, Nùng, Mông, La Chí, đến nay không còn hộ ở nhà tạm. Người dân đóng góp khoảng 2.600 ngày công; lực lượng Công an, Quân sự xã hỗ trợ 950 ngày công vận chuyển vật liệu.
Ông Hầu Mí Dình, thôn Nậm Khòn, thay mặt các hộ nhận nhà cảm ơn Đảng, Nhà nước. Bà Lù Thị Chẩn, người có uy tín thôn Chí Cà, nói rằng trước đây bà con phải ở nhà trình tường nứt, mái lợp gỗ pơ mu mục, nay có nhà kiên cố nên yên tâm làm ăn.
Phát biểu tại buổi lễ, đồng chí Lý Thị Lìn đề nghị xã tiếp tục thực hiện Kế hoạch số 15-KH/BTGDVTU ngày 10/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về vận động nhân dân giữ gìn, sử dụng nhà hiệu quả; khuyến khích các hộ phát triển sinh kế để thoát nghèo bền vững.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng 5 chiếc ti vi cho 5 thôn có nhiều hộ nhận nhà. Đồng chí Hoàng Văn Tiến cho biết Đảng ủy xã đã ban hành Nghị quyết số 03-NQ/ĐU ngày 15/7/2025 về giảm nghèo bền vững giai đoạn 2025 - 2030, phấn đấu mỗi năm giảm từ 4% hộ nghèo trở lên; giao Ủy ban MTTQ xã phối hợp các chi hội đoàn thể theo dõi 144 hộ mới có nhà để hỗ trợ sinh kế.
Trong tháng 9, Ủy ban MTTQ xã tiếp tục phối hợp Đồn Biên phòng Thàng Tín tổ chức chương trình "Nâng bước em tới trường", nhận đỡ đầu 12 học sinh có hoàn cảnh khó khăn ở các thôn vừa nhận nhà.
Giàng Lan
Tin khác
- Tuyên Quang: 100% xã, phường hoàn thành xóa nhà tạm (22/08/2025)
- Xã Bản Máy ra mắt tổ dân vận thôn (15/08/2025)
- Hội nghị cán bộ chủ chốt xã Nậm Dịch (08/08/2025)
- Hội LHPN tỉnh trao 50 mái ấm cho phụ nữ nghèo (01/08/2025)
""", "2025-08-26", "Bàn giao 18 căn nhà và tặng quà hộ nghèo xã Phìn Hồ",
E("trao_qua", None, "2025-08-25"),
[P("Lý Thị Lìn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hầu Mí Dình"),
 P("Hoàng Văn Tiến", "Bí thư Đảng ủy xã Phìn Hồ"),
 P("Vương Mí Sình", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lù Thị Chẩn", "người có uy tín thôn Chí Cà")],
[Q("18 căn nhà", 18, "căn nhà"), Q("120 suất quà", 120, "suất quà"), Q("3 xã", 3, "xã"), Q("48 - 60 m2", 48, "m2"),
 Q("60 m2", 60, "m2"), Q("hỗ trợ 60 triệu đồng;", 60000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("tổng giá trị quà tặng 60 triệu đồng", 60000000, "đồng"), Q("1.942 hộ", 1942, "hộ"),
 Q("38,5%", 38.5, "%"), Q("126 căn nhà", 126, "căn nhà"), Q("khoảng 2.600 ngày công", 2600, "ngày công", "approx"),
 Q("950 ngày công", 950, "ngày công"), Q("5 chiếc ti vi", 5, "chiếc ti vi"), Q("5 thôn", 5, "thôn"), Q("từ 4% hộ nghèo trở lên", 4, "%", "over"), Q("144 hộ", 144, "hộ"), Q("12 học sinh", 12, "học sinh")],
[D("Quyết định", "22", "2025/QĐ-TTg", None, None, "Quyết định số 22/2025/QĐ-TTg"),
 D("Nghị quyết", "03", "NQ/ĐU", "2025-07-15", "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU ngày 15/7/2025"),
 D("Kế hoạch", "15", "KH/BTGDVTU", "2025-07-10", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 15-KH/BTGDVTU ngày 10/7/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Phìn Hồ")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Thời sự › Xã hội › Địa phương",
 "Đồng chí Lý Thị Lìn trao quà cho hộ ông Hầu Mí Dình.", "Cách mạng Tháng Tám", "Quốc khánh 2/9", "Nâng bước em tới trường"],
["Cập nhật: 16:40, 26/08/2025 (GMT+7)", "80 năm", "2/9", "năm 2025", "giai đoạn 2025 - 2030", "tháng 9"]))

PAGES.append(page("b5374-lamdong-mttq-tongket-2025", """
BÁO LÂM ĐỒNG
Trang chủ > Chính trị > Mặt trận - Đoàn thể
30/09/2025 - 11:20
Lâm Đồng tổng kết phong trào xóa nhà tạm: 8.426 căn nhà hoàn thành
Toàn cảnh hội nghị tại điểm cầu Đà Lạt.
Sáng 29/9, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị tổng kết phong trào thi đua chung tay xóa nhà tạm, nhà dột nát năm 2025 trên địa bàn tỉnh, sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Hội nghị được kết nối trực tuyến tới 124 điểm cầu xã, phường, đặc khu.
Dự hội nghị có đồng chí K'Brôl, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lê Quốc Hưng, Phó Chủ tịch UBND tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Điểu Thị Bình, Kiều Văn Nhung, Bố Thị Xuân Hồng.
Theo báo cáo, thực hiện Chỉ thị 01, 02-CT/TU của Ban Thường vụ Tỉnh ủy (khóa mới) và kế thừa kết quả của ba tỉnh trước hợp nhất, đến ngày 20/8/2025 toàn tỉnh đã hoàn thành 8.426 căn nhà, gồm 6.118 căn xây mới và 2.308 căn sửa chữa, với tổng kinh phí hơn 412 tỷ đồng. Trong đó, hộ đồng bào dân tộc thiểu số chiếm 57%, chủ yếu là người K'Ho, Mạ, Chu Ru, Mnông, Chăm, Raglai. Nguồn xã hội hóa do Mặt trận vận động đạt 146 tỷ đồng; lực lượng vũ trang, đoàn viên, hội viên hỗ trợ trên 86.000 ngày công.
Đồng chí Ka Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam xã Đinh Trang Thượng, cho biết xã vận động được 2.100 ngày công để 74 hộ K'Ho có nhà mới. Ông Điểu Kâu, người có uy tín bon Bu Nđơr, xã Quảng Trực, chia sẻ cách thuyết phục hộ dân tách khẩu để được hỗ trợ đúng quy định. Bà Đàng Thị Mỹ Dung, Chủ tịch Hội LHPN xã Phan Hòa, nêu mô hình "Tổ vay vốn làm nhà" giúp 46 hộ Chăm.
Phát biểu, đồng chí Lê Quốc Hưng ghi nhận Mặt trận các cấp đã thực hiện hiệu quả Quyết định số 22/2025/QĐ-TTg ngày 21/01/2025 của Thủ tướng Chính phủ và Nghị quyết số 33/NQ-HĐND của HĐND tỉnh Đắk Nông, Nghị quyết số 41/NQ-HĐND của HĐND tỉnh Bình Thuận trước hợp nhất. Đồng chí đề nghị tiếp tục rà soát hộ phát sinh do thiên tai, hộ tách hộ, không để tái nhà tạm.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 68 tập thể, 105 cá nhân tiêu biểu; UBND tỉnh tặng bằng khen cho 40 doanh nghiệp có đóng góp lớn.
Đồng chí K'Brôl đề nghị các xã, phường triển khai Kế hoạch số 12-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát sau hỗ trợ, trọng tâm là 1.350 căn nhà ở các xã vùng sâu.
Hồng Thắm - Đình Văn
Tin liên quan
- Đắk Song: hộ Mnông nhận nhà mới trước Quốc khánh (30/08/2025)
- Bắc Bình khánh thành 25 căn nhà cho đồng bào Chăm (20/08/2025)
- Lâm Đồng tuyên dương 120 người có uy tín (10/08/2025)
""", "2025-09-30", "Lâm Đồng tổng kết phong trào xóa nhà tạm: 8.426 căn nhà hoàn thành",
E("tong_ket", "2025", "2025-09-29"),
[P("K'Brôl", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quốc Hưng", "Phó Chủ tịch UBND tỉnh"),
 P("Điểu Thị Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiều Văn Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bố Thị Xuân Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đinh Trang Thượng"),
 P("Điểu Kâu", "người có uy tín bon Bu Nđơr"),
 P("Đàng Thị Mỹ Dung", "Chủ tịch Hội LHPN xã Phan Hòa")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"),
 Q("8.426 căn nhà", 8426, "căn nhà"), Q("6.118 căn", 6118, "căn"), Q("2.308 căn", 2308, "căn"),
 Q("hơn 412 tỷ đồng", 412000000000, "đồng", "over"), Q("57%", 57, "%"), Q("146 tỷ đồng", 146000000000, "đồng"),
 Q("trên 86.000 ngày công", 86000, "ngày công", "over"), Q("2.100 ngày công", 2100, "ngày công"), Q("74 hộ K'Ho", 74, "hộ K'Ho"),
 Q("46 hộ Chăm", 46, "hộ Chăm"), Q("68 tập thể", 68, "tập thể"), Q("105 cá nhân tiêu biểu", 105, "cá nhân tiêu biểu"),
 Q("40 doanh nghiệp", 40, "doanh nghiệp"), Q("1.350 căn nhà", 1350, "căn nhà")],
[D("Chỉ thị", "01", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 01, 02-CT/TU"),
 D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 01, 02-CT/TU"),
 D("Quyết định", "22", "2025/QĐ-TTg", "2025-01-21", "Thủ tướng Chính phủ", "Quyết định số 22/2025/QĐ-TTg ngày 21/01/2025"),
 D("Nghị quyết", "33", "NQ-HĐND", None, "HĐND tỉnh Đắk Nông", "Nghị quyết số 33/NQ-HĐND"),
 D("Nghị quyết", "41", "NQ-HĐND", None, "HĐND tỉnh Bình Thuận", "Nghị quyết số 41/NQ-HĐND"),
 D("Kế hoạch", "12", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 12-KH/MTTQ-BTT")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đinh Trang Thượng"), com("Quảng Trực"), com("Phan Hòa")],
["BÁO LÂM ĐỒNG", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "Toàn cảnh hội nghị tại điểm cầu Đà Lạt.", "Tổ vay vốn làm nhà"],
["30/09/2025 - 11:20", "năm 2025", "20/8/2025", "ba tỉnh"]))
