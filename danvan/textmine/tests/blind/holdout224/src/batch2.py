from lib import *
PAGES = []

PAGES.append(page("b5339-binhduong-mttq-giamsat-2021", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG
Trang chủ / Giám sát - Phản biện xã hội
Thứ Sáu, 20/08/2021, 14:05
Giám sát chi hỗ trợ người lao động tự do tại Thuận An
Ngày 19/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Dương do đồng chí Võ Thị Kim Liên, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ người lao động gặp khó khăn do đại dịch COVID-19 tại phường Thuận Giao và phường Bình Hòa. Cùng dự có các đồng chí Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Lê Hoàng Duy và Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Đặng Thị Sen.
Đoàn giám sát làm việc tại phường Thuận Giao.
Cuộc giám sát được tiến hành theo Kế hoạch số 112/KH-MTTQ-BTT ngày 26/7/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, nhằm đánh giá việc triển khai Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ, Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021 của Thủ tướng Chính phủ và Quyết định số 2168/QĐ-UBND của UBND tỉnh về hỗ trợ lao động không có giao kết hợp đồng lao động.
Báo cáo với đoàn, ông Huỳnh Văn Tám, Chủ tịch UBND phường Thuận Giao, cho biết phường có 31.420 lao động tự do đăng ký nhận hỗ trợ; đến ngày 18/8 đã chi trả cho 27.860 người với tổng số tiền hơn 41,7 tỷ đồng, mỗi người 1.500.000 đồng. Tổ giám sát cộng đồng ở 42 khu phố đã rà soát, phát hiện 96 trường hợp kê khai trùng lặp; còn 1.286 hồ sơ đang chờ xét duyệt.
Bà Nguyễn Thị Yến Nhi, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bình Hòa, Trưởng Ban Thanh tra nhân dân phường, thông tin phường đã chi cho 18.305 người, số tiền khoảng 27,4 tỷ đồng, tỷ lệ giải ngân đạt 88,7%. Việc niêm yết công khai danh sách được thực hiện tại 100% khu phố và trên nhóm Zalo của các tổ dân phố.
Chị Thạch Thị Sa Ly, công nhân thuê trọ quê ở Trà Vinh, chia sẻ: "Tôi đã nhận đủ tiền hỗ trợ sau 5 ngày nộp hồ sơ, cán bộ khu phố mang tận phòng trọ". Tuy nhiên, một số người lao động phản ánh chưa biết thủ tục vì không có hộ khẩu thường trú tại địa phương.
Kết luận buổi giám sát, đồng chí Võ Thị Kim Liên ghi nhận sự vào cuộc của cấp ủy, chính quyền hai phường; đề nghị thực hiện đúng hướng dẫn tại Công văn số 1130/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, rút ngắn thời gian xét duyệt, không để sót người lao động tạm trú. Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh trước ngày 30/8.
Thu Thảo
Tin khác
- Mặt trận tỉnh tiếp nhận 1.000 tấn gạo hỗ trợ người dân khu phong tỏa (17/08/2021)
- Dĩ An: trao 5.000 túi an sinh cho công nhân (12/08/2021)
- Tân Uyên thành lập 120 tổ COVID cộng đồng (05/08/2021)
- Bến Cát: giám sát hoạt động bếp ăn từ thiện (29/07/2021)
""", "2021-08-20", "Giám sát chi hỗ trợ người lao động tự do tại Thuận An",
E("giam_sat", None, "2021-08-19"),
[P("Võ Thị Kim Liên", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Hoàng Duy", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Thị Sen", "Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Tám", "Chủ tịch UBND phường Thuận Giao"),
 P("Nguyễn Thị Yến Nhi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bình Hòa", "Trưởng Ban Thanh tra nhân dân phường"),
 P("Thạch Thị Sa Ly")],
[Q("31.420 lao động tự do", 31420, "lao động tự do"), Q("27.860 người", 27860, "người"),
 Q("hơn 41,7 tỷ đồng", 41700000000, "đồng", "over"), Q("1.500.000 đồng", 1500000, "đồng"), Q("42 khu phố", 42, "khu phố"),
 Q("96 trường hợp", 96, "trường hợp"), Q("1.286 hồ sơ", 1286, "hồ sơ"), Q("18.305 người", 18305, "người"),
 Q("khoảng 27,4 tỷ đồng", 27400000000, "đồng", "approx"), Q("88,7%", 88.7, "%"), Q("100%", 100, "%")],
[D("Kế hoạch", "112", "KH-MTTQ-BTT", "2021-07-26", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 26/7/2021"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021"),
 D("Quyết định", "2168", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2168/QĐ-UBND"),
 D("Công văn", "1130", "MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn số 1130/MTTW-BTT")],
[prov("Bình Dương"), com("Thuận Giao"), com("Bình Hòa"), prov("Trà Vinh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG", "Trang chủ / Giám sát - Phản biện xã hội",
 "Đoàn giám sát làm việc tại phường Thuận Giao.", "Zalo"],
["Thứ Sáu, 20/08/2021, 14:05", "5 ngày", "ngày 30/8", "ngày 18/8"]))

PAGES.append(page("b5340-kontum-bdvhuyen-doithoai-2021", """
BÁO KON TUM ĐIỆN TỬ
Thứ Sáu, 12/11/2021
Xây dựng Đảng - Chính quyền >> Dân vận
Đối thoại với người có uy tín về tiêm vắc xin phòng COVID-19
Quang cảnh buổi đối thoại. Ảnh: A Quý
Sáng 10/11, Ban Dân vận Huyện ủy Tu Mơ Rông (tỉnh Kon Tum) phối hợp với UBND huyện tổ chức buổi đối thoại năm 2021 giữa người đứng đầu cấp ủy, chính quyền huyện với người có uy tín, chức sắc tôn giáo trong đồng bào Xơ Đăng về công tác tiêm chủng vắc xin phòng COVID-19. Chủ trì đối thoại có đồng chí A Dũng, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện và đồng chí Y Thơm, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. Tham dự có 86 đại biểu, trong đó có 42 người có uy tín ở 11 xã.
Theo báo cáo, toàn huyện có 16.850 người từ 18 tuổi trở lên thuộc diện tiêm; đến ngày 8/11 mới có 9.240 người được tiêm mũi 1, đạt 54,8%. Nguyên nhân chủ yếu là một bộ phận người dân còn e ngại, tin vào tin đồn thất thiệt. Thực hiện Nghị quyết số 21/NQ-CP ngày 26/02/2021 của Chính phủ về mua và sử dụng vắc xin phòng COVID-19 và Kế hoạch số 96-KH/HU ngày 20/10/2021 của Ban Thường vụ Huyện ủy, khối dân vận đã tổ chức 128 buổi tuyên truyền bằng tiếng Xơ Đăng.
Tại buổi đối thoại, già làng A Blưk, người có uy tín thôn Kon Hia 1, xã Đăk Hà, hỏi: "Tiêm vắc xin có ảnh hưởng đến sinh con không?". Ông A Rếp, người có uy tín thôn Đăk Riếp, xã Đăk Rơ Ông, đề nghị đưa đội tiêm chủng về tận thôn vì nhiều hộ ở rẫy xa. Bà Y Hồng, Chi hội trưởng Chi hội Phụ nữ thôn Long Láy 2, xã Tê Xăng, phản ánh có người già yếu không đi được đến điểm tiêm.
BS. Nguyễn Thanh Hải, Giám đốc Trung tâm Y tế huyện, giải đáp: vắc xin không gây vô sinh, phụ nữ sau sinh vẫn được tiêm; trong tháng 11, huyện sẽ bố trí 24 điểm tiêm lưu động và 6 xe cấp cứu trực tại các xã vùng xa. Đồng chí Y Thơm cam kết hỗ trợ mỗi người dân đi tiêm 50.000 đồng tiền xăng xe đối với thôn cách điểm tiêm từ 10 km trở lên.
Kết luận buổi đối thoại, đồng chí A Dũng đề nghị mỗi người có uy tín vận động ít nhất 20 hộ trong thôn đi tiêm, gắn với thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ về chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số. Sau buổi đối thoại, 3 xã Măng Ri, Đăk Hà, Tê Xăng đăng ký tổ chức tiêm tại thôn ngay trong tuần.
A Quý
Tin cùng chuyên mục
- Đăk Glei: trao 200 suất quà cho người dân khu cách ly (05/11/2021)
- Kon Plông ra mắt tổ dân vận thôn làm nòng cốt phòng dịch (28/10/2021)
- Sa Thầy: vận động đồng bào thu hoạch mì, không tập trung đông người (20/10/2021)
- Ngọc Hồi: Hội Nông dân hỗ trợ 30 con bò giống cho hội viên nghèo (11/10/2021)
""", "2021-11-12", "Đối thoại với người có uy tín về tiêm vắc xin phòng COVID-19",
E("doi_thoai", "2021", "2021-11-10"),
[P("A Dũng", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Y Thơm", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("A Blưk", "già làng", "người có uy tín thôn Kon Hia 1"),
 P("A Rếp", "người có uy tín thôn Đăk Riếp"),
 P("Y Hồng", "Chi hội trưởng Chi hội Phụ nữ thôn Long Láy 2"),
 P("Nguyễn Thanh Hải", "BS.", "Giám đốc Trung tâm Y tế huyện")],
[Q("86 đại biểu", 86, "đại biểu"), Q("42 người có uy tín", 42, "người có uy tín"), Q("11 xã", 11, "xã"),
 Q("16.850 người", 16850, "người"), Q("9.240 người", 9240, "người"), Q("54,8%", 54.8, "%"),
 Q("128 buổi tuyên truyền", 128, "buổi tuyên truyền"), Q("24 điểm tiêm lưu động", 24, "điểm tiêm lưu động"),
 Q("6 xe cấp cứu", 6, "xe cấp cứu"), Q("50.000 đồng", 50000, "đồng"), Q("từ 10 km trở lên", 10, "km", "over"),
 Q("ít nhất 20 hộ", 20, "hộ", "over"), Q("3 xã", 3, "xã")],
[D("Nghị quyết", "21", "NQ-CP", "2021-02-26", "Chính phủ", "Nghị quyết số 21/NQ-CP ngày 26/02/2021"),
 D("Kế hoạch", "96", "KH/HU", "2021-10-20", "Ban Thường vụ Huyện ủy", "Kế hoạch số 96-KH/HU ngày 20/10/2021"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Kon Tum"), com("Đăk Hà"), com("Đăk Rơ Ông"), com("Tê Xăng"), com("Măng Ri")],
["BÁO KON TUM ĐIỆN TỬ", "Xây dựng Đảng - Chính quyền >> Dân vận", "Quang cảnh buổi đối thoại. Ảnh: A Quý",
 "thôn Kon Hia 1", "thôn Long Láy 2", "Trung tâm Y tế huyện"],
["Thứ Sáu, 12/11/2021", "18 tuổi", "mũi 1", "tháng 11", "ngày 8/11"]))

PAGES.append(page("b5341-hochiminh-phuong-traoqua-2021", """
Hôm nay: Chủ nhật, 29/08/2021
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM PHƯỜNG TÂN THỚI NHẤT
Tin tức :: Hoạt động Mặt trận :: An sinh xã hội
Cập nhật lúc 17:20 ngày 28/08/2021
Trao 1.200 túi an sinh cho người dân khu phong tỏa
Sáng 27/8, Ủy ban MTTQ Việt Nam phường Tân Thới Nhất phối hợp với Hội đồng hương Quảng Ngãi tại TP Hồ Chí Minh trao 1.200 túi an sinh cho hộ nghèo, hộ cận nghèo, người lao động tự do đang ở trong các khu phong tỏa trên địa bàn phường. Mỗi túi gồm 10 kg gạo, dầu ăn, mì tôm, rau củ, trị giá khoảng 500.000 đồng.
Các tình nguyện viên chuyển túi an sinh đến từng hộ dân.
Tham dự có bà Lê Thị Hồng Vân, Bí thư Đảng ủy phường; ông Phan Văn Tài, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường và ông Lý Chấn Hoa, Phó Chủ tịch Hội đồng hương Quảng Ngãi tại TP Hồ Chí Minh.
Ông Phan Văn Tài cho biết, thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, Chỉ thị số 12/CT-UBND ngày 22/8/2021 của UBND Thành phố và Kế hoạch số 275/KH-UBND của UBND phường, phường đã thành lập 42 tổ COVID cộng đồng, lập danh sách 6.500 hộ cần hỗ trợ. Từ đầu đợt dịch thứ tư đến nay, Mặt trận phường đã tiếp nhận 18 tấn gạo, 240 bình oxy và gần 3,6 tỷ đồng từ các nhà hảo tâm; đã trao hơn 9.800 túi quà, đạt 100% số hộ khó khăn trong danh sách.
Cùng ngày, Thích Minh Tâm, trụ trì chùa Phước Huệ và Linh mục Phêrô Trần Văn Hòa, Chánh xứ giáo xứ Tân Phú trao thêm 300 phần quà cho người dân theo các tôn giáo trong khu phố 4 và khu phố 6. Mỗi phần quà kèm 200.000 đồng tiền mặt.
Bà Nguyễn Thị Lành, 68 tuổi, ở khu phố 6, xúc động: "Con trai tôi bị mất việc hơn 2 tháng nay, nhờ có túi gạo này mà cả nhà yên tâm ở nhà chống dịch". Anh Trần Minh Khoa, Bí thư Đoàn phường, cho biết có 85 đoàn viên, thanh niên tham gia chuyển quà đến tận cửa nhà dân, bảo đảm "3 tại chỗ" và không tiếp xúc trực tiếp.
Bà Lê Thị Hồng Vân đề nghị Mặt trận phối hợp với phường Đông Hưng Thuận điều phối nguồn hàng, không để người dân nào bị đói; các tổ COVID cộng đồng tiếp tục rà soát, bổ sung người thiếu ăn vào danh sách.
Theo ghi nhận, việc trao quà được tổ chức theo từng khung giờ, người nhận không phải xếp hàng; danh sách hộ được nhận quà được niêm yết công khai tại nhà văn hóa khu phố và gửi qua tin nhắn để người dân cùng giám sát. Nhiều hộ sau khi vượt qua khó khăn đã chủ động nhường phần quà cho gia đình khó khăn hơn.
Mai Phương
Lượt xem: 3.127
Tin liên quan
- Phường tiếp nhận 5 tấn rau củ từ tỉnh Lâm Đồng (24/08/2021)
- Ra mắt "ATM gạo" tại khu phố 2 (19/08/2021)
- Tổ COVID cộng đồng: cánh tay nối dài của chính quyền (14/08/2021)
""", "2021-08-28", "Trao 1.200 túi an sinh cho người dân khu phong tỏa",
E("trao_qua", None, "2021-08-27"),
[P("Lê Thị Hồng Vân", "Bí thư Đảng ủy phường"),
 P("Phan Văn Tài", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lý Chấn Hoa", "Phó Chủ tịch Hội đồng hương Quảng Ngãi tại TP Hồ Chí Minh"),
 P("Thích Minh Tâm", "trụ trì chùa Phước Huệ"),
 P("Phêrô Trần Văn Hòa", "Linh mục", "Chánh xứ giáo xứ Tân Phú"),
 P("Nguyễn Thị Lành"),
 P("Trần Minh Khoa", "Bí thư Đoàn phường")],
[Q("1.200 túi an sinh", 1200, "túi an sinh"), Q("10 kg", 10, "kg"), Q("khoảng 500.000 đồng", 500000, "đồng", "approx"),
 Q("42 tổ COVID cộng đồng", 42, "tổ COVID cộng đồng"), Q("6.500 hộ", 6500, "hộ"), Q("18 tấn", 18, "tấn"),
 Q("240 bình oxy", 240, "bình oxy"), Q("gần 3,6 tỷ đồng", 3600000000, "đồng", "approx"),
 Q("hơn 9.800 túi quà", 9800, "túi quà", "over"), Q("100%", 100, "%"), Q("300 phần quà", 300, "phần quà"),
 Q("200.000 đồng", 200000, "đồng"), Q("85 đoàn viên, thanh niên", 85, "đoàn viên, thanh niên")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Chỉ thị", "12", "CT-UBND", "2021-08-22", "UBND Thành phố", "Chỉ thị số 12/CT-UBND ngày 22/8/2021"),
 D("Kế hoạch", "275", "KH-UBND", None, "UBND phường", "Kế hoạch số 275/KH-UBND")],
[prov("Hồ Chí Minh"), com("Tân Thới Nhất"), com("Đông Hưng Thuận"), prov("Quảng Ngãi")],
["Hôm nay: Chủ nhật, 29/08/2021", "CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM PHƯỜNG TÂN THỚI NHẤT",
 "Tin tức :: Hoạt động Mặt trận :: An sinh xã hội", "Các tình nguyện viên chuyển túi an sinh đến từng hộ dân.",
 "Hội đồng hương Quảng Ngãi tại TP Hồ Chí Minh", "Lượt xem: 3.127", "khu phố 6"],
["Cập nhật lúc 17:20 ngày 28/08/2021", "68 tuổi", "hơn 2 tháng", "3 tại chỗ", "đợt dịch thứ tư", "khu phố 4", "Lượt xem: 3.127"]))

PAGES.append(page("b5342-thanhhoa-doanxa-daihoi-2022", """
Tỉnh Đoàn Thanh Hóa - Cổng thông tin điện tử
Trang chủ - Tin cơ sở - Huyện Bá Thước
13/06/2022 - 10:05
Đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Hà Linh
Thanh niên Thành Sơn: từ chốt chống dịch đến phong trào lập nghiệp
Ngày 12/6, Đoàn TNCS Hồ Chí Minh xã Thành Sơn long trọng tổ chức Đại hội đại biểu lần thứ XXI, nhiệm kỳ 2022 - 2027. Dự đại hội có đồng chí Hà Văn Mừng, Phó Bí thư Thường trực Huyện đoàn Bá Thước; đồng chí Phạm Thị Huế, Bí thư Đảng ủy xã Thành Sơn cùng 98 đại biểu đại diện cho 436 đoàn viên trong toàn xã.
Báo cáo do đồng chí Trương Văn Lịch, Bí thư Đoàn xã khóa XX trình bày nêu rõ: nhiệm kỳ qua, dù chịu ảnh hưởng nặng nề của đại dịch COVID-19, Đoàn xã đã thành lập 8 đội thanh niên tình nguyện, với 27 thanh niên thay nhau trực tại 5 chốt kiểm soát dịch ở cửa ngõ xã; vận động 1.160 lượt người dân khai báo y tế, hỗ trợ đưa đón 342 người già đi tiêm vắc xin. Đoàn xã đã trao 150 suất quà, trị giá 45 triệu đồng cho đoàn viên, thanh niên có hoàn cảnh khó khăn và 12 học sinh mồ côi cha hoặc mẹ.
Trong lĩnh vực phát triển kinh tế, Đoàn xã phối hợp Ngân hàng Chính sách xã hội huyện giải ngân 3,2 tỷ đồng vốn vay cho 64 thanh niên; xây dựng 6 mô hình kinh tế thanh niên tiêu biểu trồng quế, nuôi dê, làm homestay với thu nhập trên 200 triệu đồng/năm. Đoàn xã kết nạp 87 đoàn viên mới, đạt 108% chỉ tiêu.
Phát biểu chỉ đạo, đồng chí Phạm Thị Huế đề nghị Đoàn xã cụ thể hóa Kế hoạch số 35-KH/ĐU của Đảng ủy xã về phát huy vai trò thanh niên trong phục hồi kinh tế sau dịch; thực hiện Hướng dẫn số 12-HD/ĐTN của Ban Thường vụ Huyện đoàn về tổ chức đại hội. Đồng chí Hà Văn Mừng đề nghị nhiệm kỳ tới có ít nhất 3 mô hình khởi nghiệp và 50 thanh niên người Mường, người Thái được hỗ trợ học nghề.
Đại hội đã bầu Ban Chấp hành khóa XXI gồm 15 đồng chí. Tại phiên họp thứ nhất, đồng chí Bùi Văn Thành được tín nhiệm giữ chức Bí thư Đoàn xã nhiệm kỳ 2022 - 2027; các đồng chí Hà Thị Nga, Lò Văn Tám được bầu làm Phó Bí thư Đoàn xã. Đại hội cũng bầu 5 đại biểu chính thức đi dự Đại hội Đoàn huyện Bá Thước.
Trong không khí dân chủ, các đại biểu đã thảo luận thẳng thắn về những khó khăn của thanh niên vùng cao sau đại dịch: thiếu việc làm tại chỗ, nhiều bạn trẻ phải đi làm ăn xa, tình trạng tảo hôn ở một số bản chưa được đẩy lùi. Đại hội thống nhất lấy chủ đề hành động của nhiệm kỳ là "Đoàn kết - Xung kích - Sáng tạo - Phát triển".
Hà Linh
Các tin đã đưa
- Đại hội Đoàn xã Lũng Niêm thành công tốt đẹp (10/06/2022)
- Huyện đoàn Bá Thước ra quân chiến dịch Thanh niên tình nguyện hè (05/06/2022)
- 20 công trình thanh niên chào mừng đại hội Đoàn các cấp (30/05/2022)
""", "2022-06-13", "Thanh niên Thành Sơn: từ chốt chống dịch đến phong trào lập nghiệp",
E("dai_hoi", None, "2022-06-12"),
[P("Hà Văn Mừng", "Phó Bí thư Thường trực Huyện đoàn Bá Thước"),
 P("Phạm Thị Huế", "Bí thư Đảng ủy xã Thành Sơn"),
 P("Trương Văn Lịch", "Bí thư Đoàn xã khóa XX"),
 P("Bùi Văn Thành", "Bí thư Đoàn xã nhiệm kỳ 2022 - 2027"),
 P("Hà Thị Nga", "Phó Bí thư Đoàn xã"), P("Lò Văn Tám", "Phó Bí thư Đoàn xã")],
[Q("98 đại biểu", 98, "đại biểu"), Q("436 đoàn viên", 436, "đoàn viên"), Q("8 đội thanh niên tình nguyện", 8, "đội thanh niên tình nguyện"),
 Q("27 thanh niên", 27, "thanh niên"), Q("5 chốt kiểm soát dịch", 5, "chốt kiểm soát dịch"), Q("1.160 lượt người dân", 1160, "lượt người dân"),
 Q("342 người già", 342, "người già"), Q("150 suất quà", 150, "suất quà"), Q("45 triệu đồng", 45000000, "đồng"),
 Q("12 học sinh", 12, "học sinh"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("64 thanh niên", 64, "thanh niên"),
 Q("6 mô hình kinh tế thanh niên tiêu biểu", 6, "mô hình kinh tế thanh niên tiêu biểu"),
 Q("trên 200 triệu đồng", 200000000, "đồng", "over"), Q("87 đoàn viên mới", 87, "đoàn viên mới"), Q("108%", 108, "%"),
 Q("ít nhất 3 mô hình khởi nghiệp", 3, "mô hình khởi nghiệp", "over"), Q("50 thanh niên người Mường, người Thái", 50, "thanh niên người Mường, người Thái"),
 Q("15 đồng chí", 15, "đồng chí"), Q("5 đại biểu chính thức", 5, "đại biểu chính thức")],
[D("Kế hoạch", "35", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 35-KH/ĐU"),
 D("Hướng dẫn", "12", "HD/ĐTN", None, "Ban Thường vụ Huyện đoàn", "Hướng dẫn số 12-HD/ĐTN")],
[prov("Thanh Hóa"), com("Thành Sơn")],
["Tỉnh Đoàn Thanh Hóa - Cổng thông tin điện tử", "Trang chủ - Tin cơ sở - Huyện Bá Thước",
 "Đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Hà Linh", "Ngân hàng Chính sách xã hội huyện"],
["13/06/2022 - 10:05", "lần thứ XXI", "nhiệm kỳ 2022 - 2027", "khóa XX", "15 đồng chí", "phiên họp thứ nhất"]))

PAGES.append(page("b5343-soctrang-mttq-tongket-2021", """
BÁO SÓC TRĂNG ONLINE
Thứ Sáu, 14/01/2022 | 15:45
Chính trị » Mặt trận
Mặt trận tỉnh vận động hơn 180 tỷ đồng chăm lo người dân vùng dịch
Ngày 13/1, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác Mặt trận năm 2021 và triển khai chương trình phối hợp và thống nhất hành động năm 2022. Đồng chí Thạch Thị Sô Phia, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự có đồng chí Trần Chanh Đa, Phó Chủ tịch UBND tỉnh.
Toàn cảnh hội nghị tổng kết.
Năm 2021, thực hiện Kế hoạch số 31-KH/TU ngày 30/7/2021 của Tỉnh ủy về huy động các nguồn lực phòng, chống dịch COVID-19, các cấp Mặt trận trong tỉnh đã vận động hơn 180 tỷ đồng cùng 2.140 tấn nông sản; trao 312.000 túi an sinh cho người dân khó khăn và 46.000 người từ các tỉnh, thành phố trở về quê. Quỹ "Vì người nghèo" các cấp hỗ trợ xây mới 415 căn nhà Đại đoàn kết, trị giá 20,75 tỷ đồng.
Mặt trận đã chủ trì 46 cuộc giám sát theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, tập trung vào chính sách hỗ trợ theo Nghị quyết số 68/NQ-CP của Chính phủ; tổ chức 12 hội nghị phản biện xã hội. Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 05, 06-CT/TU về tăng cường vai trò Mặt trận trong chăm lo người dân vùng dịch và về vận động đồng bào Khmer đón Tết Chôl Chnăm Thmây an toàn.
Tại hội nghị, Hòa thượng Danh Sóc Ra, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cho biết 92 chùa Phật giáo Nam tông Khmer đã tạm dừng lễ hội đông người, đóng góp hơn 3 tỷ đồng và 65 tấn gạo. Ông Sơn Ngọc Hoàng, Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hải, chia sẻ cách vận động 1.250 lao động trở về từ Bình Dương tự cách ly tại nhà. Bà Lý Thị Sà Rương, Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Mỹ Xuyên, và ông Kim Sóc Phon, Trưởng ban Công tác Mặt trận ấp Trà Canh A, xã Lai Hòa, tham luận về vai trò của tổ COVID cộng đồng.
Phát biểu chỉ đạo, đồng chí Trần Chanh Đa ghi nhận Mặt trận đã góp phần quan trọng để tỷ lệ người từ 18 tuổi trở lên tiêm đủ 2 mũi vắc xin đạt 93,4%. Năm 2022, các cấp Mặt trận cần tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", phấn đấu giảm ít nhất 2% hộ nghèo.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 4 tập thể, 6 cá nhân; Ủy ban MTTQ tỉnh tặng bằng khen cho 38 tập thể và 55 cá nhân.
Tuấn Khanh
Tin liên quan
- Trao 1.000 phần quà Tết cho hộ nghèo đồng bào Khmer (10/01/2022)
- Mỹ Xuyên: bàn giao 20 căn nhà Đại đoàn kết (04/01/2022)
- Vĩnh Châu: đối thoại với người có uy tín về phòng, chống dịch (28/12/2021)
""", "2022-01-14", "Mặt trận tỉnh vận động hơn 180 tỷ đồng chăm lo người dân vùng dịch",
E("tong_ket", "2021", "2022-01-13"),
[P("Thạch Thị Sô Phia", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Chanh Đa", "Phó Chủ tịch UBND tỉnh"),
 P("Danh Sóc Ra", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Ngọc Hoàng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hải"),
 P("Lý Thị Sà Rương", "Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Mỹ Xuyên"),
 P("Kim Sóc Phon", "Trưởng ban Công tác Mặt trận ấp Trà Canh A")],
[Q("hơn 180 tỷ đồng", 180000000000, "đồng", "over"), Q("2.140 tấn", 2140, "tấn"), Q("312.000 túi an sinh", 312000, "túi an sinh"),
 Q("46.000 người", 46000, "người"), Q("415 căn nhà Đại đoàn kết", 415, "căn nhà Đại đoàn kết"), Q("20,75 tỷ đồng", 20750000000, "đồng"),
 Q("46 cuộc giám sát", 46, "cuộc giám sát"), Q("12 hội nghị phản biện xã hội", 12, "hội nghị phản biện xã hội"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("hơn 3 tỷ đồng", 3000000000, "đồng", "over"),
 Q("65 tấn", 65, "tấn"), Q("1.250 lao động", 1250, "lao động"), Q("93,4%", 93.4, "%"), Q("ít nhất 2%", 2, "%", "over"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("38 tập thể", 38, "tập thể"), Q("55 cá nhân", 55, "cá nhân")],
[D("Kế hoạch", "31", "KH/TU", "2021-07-30", "Tỉnh ủy", "Kế hoạch số 31-KH/TU ngày 30/7/2021"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết số 68/NQ-CP"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Mỹ Xuyên"), com("Lai Hòa"), prov("Bình Dương")],
["BÁO SÓC TRĂNG ONLINE", "Chính trị » Mặt trận", "Toàn cảnh hội nghị tổng kết.", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Chôl Chnăm Thmây", "ấp Trà Canh A"],
["Thứ Sáu, 14/01/2022 | 15:45", "năm 2021", "năm 2022", "18 tuổi", "2 mũi"]))

PAGES.append(page("b5344-laocai-bdv-baocao-2020", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Lào Cai
Vị trí: Trang chủ › Tin tức › Hoạt động của Ban
09/04/2020 - 16:20
Đồng bào vùng cao Lào Cai đồng lòng phòng, chống dịch COVID-19
Ban Dân vận Tỉnh ủy Lào Cai vừa ban hành Báo cáo số 245-BC/BDVTU ngày 7/4/2020 về kết quả công tác dân vận quý I năm 2020. Báo cáo đánh giá, trong bối cảnh dịch COVID-19 diễn biến phức tạp ở cả hai phía biên giới, khối dân vận các cấp đã bám sát cơ sở, vận động đồng bào các dân tộc chấp hành nghiêm các biện pháp phòng dịch.
Cán bộ dân vận xã Tả Van tuyên truyền phòng dịch tại thôn. Ảnh: BDV
Thực hiện Kế hoạch số 82-KH/TU ngày 03/02/2020 của Ban Thường vụ Tỉnh ủy, Chỉ thị số 15/CT-TTg ngày 27/3/2020 và Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, Ban đã ban hành Công văn số 510-CV/BDVTU hướng dẫn tổ dân vận thôn, bản tuyên truyền bằng tiếng Mông, tiếng Dao. Quý I, toàn tỉnh đã có 4.150 lao động từ Trung Quốc trở về được đưa vào 37 khu cách ly tập trung; khối dân vận phối hợp tổ chức 2.860 buổi tuyên truyền với khoảng 154.000 lượt người nghe.
Báo cáo nêu nhiều cách làm hay: tại xã Bản Hồ, đồng chí Sùng A Páo, Bí thư Đảng ủy, Chủ tịch HĐND xã đã cùng 14 người có uy tín đến từng nhà vận động tạm hoãn 23 đám cưới; tại xã Tả Van, bà Vàng Thị Mai, Chủ tịch Hội LHPN xã vận động chị em may 3.500 chiếc khẩu trang vải phát miễn phí. Ông Giàng Seo Phử, người có uy tín thôn Sín Chải, xã Lầu Thí Ngài, đã thuyết phục 9 người con trong dòng họ đi làm thuê ở Trung Quốc về tự giác khai báo y tế.
Các tổ chức chính trị - xã hội tiếp nhận 2,85 tỷ đồng và 41 tấn gạo ủng hộ; Hội Nông dân tỉnh hỗ trợ tiêu thụ gần 600 tấn nông sản bị ách tắc tại cửa khẩu. Đến hết quý I, không có trường hợp mắc COVID-19 trong cộng đồng; 100% thôn, bản có tổ giám sát cộng đồng.
Báo cáo cũng chỉ ra hạn chế: ở một số thôn vùng sâu vẫn còn tình trạng tụ tập đông người, 6 vụ tung tin sai sự thật trên mạng xã hội. Quý II, Ban Dân vận Tỉnh ủy đề ra nhiệm vụ tăng cường kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở, vận động người dân khôi phục sản xuất.
Ban Dân vận Tỉnh ủy cũng đề nghị các huyện ủy chỉ đạo rà soát, nắm chắc tình hình tư tưởng của đồng bào ở các thôn giáp biên, kịp thời giải đáp thắc mắc về chính sách hỗ trợ; phát huy vai trò của già làng, trưởng bản, trưởng dòng họ trong việc giữ gìn an ninh trật tự và phòng dịch tại cộng đồng.
Báo cáo do đồng chí Lù Văn Chiến, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy ký. Các đồng chí Tẩn Láo Lở, Hoàng Thị Dung, Phó Trưởng Ban Dân vận Tỉnh ủy được phân công theo dõi 9 huyện, thị xã, thành phố.
BDV
Tin khác
- Bát Xát: trao 200 suất quà cho người dân khu cách ly (02/04/2020)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận tháng 3/2020 (27/03/2020)
- Mường Khương: tổ dân vận thôn vào cuộc phòng dịch (20/03/2020)
""", "2020-04-09", "Đồng bào vùng cao Lào Cai đồng lòng phòng, chống dịch COVID-19",
E("bao_cao", "2020-Q1", "2020-04-07"),
[P("Sùng A Páo", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vàng Thị Mai", "Chủ tịch Hội LHPN xã"),
 P("Giàng Seo Phử", "người có uy tín thôn Sín Chải"),
 P("Lù Văn Chiến", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tẩn Láo Lở", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Hoàng Thị Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("4.150 lao động", 4150, "lao động"), Q("37 khu cách ly tập trung", 37, "khu cách ly tập trung"),
 Q("2.860 buổi tuyên truyền", 2860, "buổi tuyên truyền"), Q("khoảng 154.000 lượt người nghe", 154000, "lượt người nghe", "approx"),
 Q("14 người có uy tín", 14, "người có uy tín"), Q("23 đám cưới", 23, "đám cưới"), Q("3.500 chiếc khẩu trang vải", 3500, "chiếc khẩu trang vải"),
 Q("9 người con", 9, "người con"), Q("2,85 tỷ đồng", 2850000000, "đồng"), Q("41 tấn", 41, "tấn"), Q("gần 600 tấn", 600, "tấn", "approx"),
 Q("100%", 100, "%"), Q("6 vụ tung tin sai sự thật", 6, "vụ tung tin sai sự thật"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố")],
[D("Báo cáo", "245", "BC/BDVTU", "2020-04-07", "Ban Dân vận Tỉnh ủy Lào Cai", "Báo cáo số 245-BC/BDVTU ngày 7/4/2020"),
 D("Kế hoạch", "82", "KH/TU", "2020-02-03", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 82-KH/TU ngày 03/02/2020"),
 D("Chỉ thị", "15", "CT-TTg", "2020-03-27", "Thủ tướng Chính phủ", "Chỉ thị số 15/CT-TTg ngày 27/3/2020"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Công văn", "510", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy Lào Cai", "Công văn số 510-CV/BDVTU")],
[prov("Lào Cai"), com("Tả Van"), com("Bản Hồ"), com("Lầu Thí Ngài")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Lào Cai", "Vị trí: Trang chủ › Tin tức › Hoạt động của Ban",
 "Cán bộ dân vận xã Tả Van tuyên truyền phòng dịch tại thôn. Ảnh: BDV", "Quy chế dân chủ ở cơ sở", "Trung Quốc", "thôn Sín Chải"],
["09/04/2020 - 16:20", "quý I năm 2020", "Quý II"]))
