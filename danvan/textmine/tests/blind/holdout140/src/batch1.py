from lib import *
PAGES = []

PAGES.append(page("b3317-bacgiang-bdv-soket-2021", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Trang chủ › Hoạt động › Dân vận các cấp
Cập nhật: 09:12, 16/07/2021 (GMT+7)
Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.
Khối dân vận góp sức đẩy lùi dịch bệnh ở các khu công nghiệp
Chiều 14/7, Ban Dân vận Tỉnh ủy Bắc Giang tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm 2021, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Thị Thu Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị tại điểm cầu tỉnh; hội nghị được kết nối tới 10 điểm cầu huyện, thành phố.
Báo cáo cho biết, trong đợt dịch bùng phát từ đầu tháng 5/2021 tại các khu công nghiệp Quang Châu, Vân Trung, Đình Trám, khối dân vận các cấp đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 215, 216-KH/TU về công tác dân vận trong phòng, chống dịch COVID-19 và về vận động công nhân yên tâm ở lại "3 tại chỗ". Ban Dân vận Tỉnh ủy ban hành hướng dẫn số 31-HD/BDVTU ngày 12/5/2021 về phát huy vai trò tổ dân vận thôn, tổ dân phố.
Toàn tỉnh đã thành lập 2.364 tổ COVID cộng đồng với hơn 14.500 thành viên; duy trì 412 chốt kiểm soát ra vào vùng phong tỏa. Các tổ chức chính trị - xã hội vận động được khoảng 38.600 suất ăn, 126 tấn lương thực, thực phẩm gửi tới công nhân và người dân trong khu cách ly. Quỹ phòng, chống dịch COVID-19 của tỉnh tiếp nhận hơn 85,4 tỷ đồng, trong đó riêng huyện Việt Yên gần 12 tỷ đồng.
Đồng chí Thân Văn Khoa, HUV, Trưởng Ban Dân vận Huyện ủy Việt Yên cho biết, huyện đã vận động 1.170 hộ dân cho công nhân thuê trọ giảm từ 30% đến 50% tiền phòng trong 2 tháng. Bà Hoàng Thị Lụa, Bí thư Đảng ủy xã Vân Trung, chia sẻ cách làm "đi chợ hộ" cho 3.200 hộ gia đình trong vùng phong tỏa.
Người dân thôn Trúc Tay, xã Vân Trung nhận hàng thiết yếu. Ảnh: Ngọc Thành
Phát biểu kết luận, đồng chí Lê Thị Thu Hường yêu cầu 6 tháng cuối năm tiếp tục thực hiện Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ và Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ về một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch; phối hợp rà soát, lập danh sách để không bỏ sót đối tượng được hỗ trợ.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 25 tập thể, 34 cá nhân có thành tích tiêu biểu. Đồng chí Nguyễn Văn Phong, Phó Trưởng Ban Dân vận Tỉnh ủy đọc quyết định khen thưởng.
Ngọc Thành
Lượt xem: 1.204
Tin liên quan
- Việt Yên: vận động chủ nhà trọ giảm tiền phòng cho công nhân (28/06/2021)
- Hơn 300 thanh niên tình nguyện hỗ trợ lấy mẫu xét nghiệm (02/06/2021)
- Tổ COVID cộng đồng - "cánh tay nối dài" ở thôn, tổ dân phố (20/05/2021)
""", "2021-07-16", "Khối dân vận góp sức đẩy lùi dịch bệnh ở các khu công nghiệp",
E("so_ket", "2021-H1", "2021-07-14"),
[P("Lê Thị Thu Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thân Văn Khoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Việt Yên"),
 P("Hoàng Thị Lụa", "Bí thư Đảng ủy xã Vân Trung"),
 P("Nguyễn Văn Phong", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"),
 Q("2.364 tổ COVID cộng đồng", 2364, "tổ COVID cộng đồng"),
 Q("hơn 14.500 thành viên", 14500, "thành viên", "over"),
 Q("412 chốt kiểm soát", 412, "chốt kiểm soát"),
 Q("khoảng 38.600 suất ăn", 38600, "suất ăn", "approx"),
 Q("126 tấn", 126, "tấn"),
 Q("hơn 85,4 tỷ đồng", 85400000000, "đồng", "over"),
 Q("gần 12 tỷ đồng", 12000000000, "đồng", "approx"),
 Q("1.170 hộ dân", 1170, "hộ dân"),
 Q("30%", 30, "%"), Q("50%", 50, "%"),
 Q("3.200 hộ gia đình", 3200, "hộ gia đình"),
 Q("25 tập thể", 25, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Kế hoạch", "215", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 215, 216-KH/TU"),
 D("Kế hoạch", "216", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 215, 216-KH/TU"),
 D("Hướng dẫn", "31", "HD/BDVTU", "2021-05-12", "Ban Dân vận Tỉnh ủy", "hướng dẫn số 31-HD/BDVTU ngày 12/5/2021"),
 D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021")],
[prov("Bắc Giang"), com("Vân Trung")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Trang chủ › Hoạt động › Dân vận các cấp", "Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.",
 "Người dân thôn Trúc Tay, xã Vân Trung nhận hàng thiết yếu. Ảnh: Ngọc Thành", "3 tại chỗ", "đi chợ hộ", "Lượt xem: 1.204",
 "Quỹ phòng, chống dịch COVID-19"],
["Cập nhật: 09:12, 16/07/2021 (GMT+7)", "6 tháng đầu năm 2021", "6 tháng cuối năm", "3 tại chỗ", "2 tháng", "COVID-19", "Lượt xem: 1.204"]))

PAGES.append(page("b3318-hcm-govap-sieuthi0dong-2021", """
Cổng thông tin điện tử Quận Gò Vấp - TP. Hồ Chí Minh
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
08:15 | 24/08/2021
"Siêu thị 0 đồng" tiếp sức người dân phường 10 vượt qua giãn cách
Những ngày giãn cách xã hội theo Chỉ thị 16, "Siêu thị 0 đồng" đặt tại trụ sở Ban điều hành khu phố 4, phường 10, quận Gò Vấp trở thành điểm tựa của hàng nghìn người lao động nghèo, người bán vé số, lao động tự do mất việc.
Mỗi buổi sáng, khoảng 40 tình nguyện viên là đoàn viên thanh niên, hội viên phụ nữ và các bác cựu chiến binh có mặt từ 6 giờ để phân loại rau, củ, gạo, mì gói. Theo ông Phạm Minh Tâm, Chủ tịch Ủy ban MTTQ Việt Nam phường 10, từ ngày 12/7 đến nay siêu thị đã phát hơn 21.000 phiếu mua hàng, trao tặng gần 46 tấn gạo, 8.500 thùng mì, 12 tấn rau củ quả; tổng giá trị hàng hóa khoảng 3,6 tỷ đồng, do 57 doanh nghiệp, nhà hảo tâm đóng góp.
Tình nguyện viên phân loại rau củ tại "Siêu thị 0 đồng" khu phố 4. Ảnh: Thanh Hà
Người dân được phát phiếu theo danh sách do tổ dân phố rà soát, mỗi phiếu được nhận hàng hóa trị giá 300.000 đồng, tối đa 2 phiếu/hộ/tuần. Để bảo đảm giãn cách, siêu thị chia khung giờ theo từng tổ, bố trí 3 lối đi một chiều và khu vực sát khuẩn.
Chị Lý Ngọc Quyên, Phó Bí thư Đoàn phường 10, kể: "Có bà cụ bán vé số ở một mình trong căn phòng trọ chừng 9 m2, bà đến siêu thị mà cứ khóc mãi vì có gạo ăn cả tuần". Cùng với siêu thị, đoàn viên còn duy trì 2 "ATM gạo" và một bếp ăn nấu khoảng 600 suất cơm mỗi ngày cho lực lượng tuyến đầu.
Bà Trần Thị Kim Loan, Phó Chủ tịch UBND quận Gò Vấp cho biết, quận hiện có 16 "Siêu thị 0 đồng", "Gian hàng 0 đồng" do Mặt trận và các đoàn thể vận hành. Quận đã chi trả hỗ trợ theo Nghị quyết số 09/2021/NQ-HĐND của HĐND Thành phố cho hơn 28.700 lao động tự do với số tiền 1,5 triệu đồng/người.
Không chỉ phát hàng, các tình nguyện viên còn nhận đơn qua điện thoại, Zalo của từng tổ dân phố rồi chở hàng tận nơi cho người già neo đơn, người khuyết tật, các gia đình có người đang cách ly. Anh Hồ Văn Lực, một tài xế xe công nghệ bị mất việc, đã trở thành tình nguyện viên giao hàng của siêu thị suốt hơn một tháng qua. "Mình cũng được bà con giúp lúc khó, giờ có sức thì giúp lại", anh nói. Nhiều tiểu thương ở chợ Hạnh Thông Tây cũng gửi rau, trứng đến siêu thị mỗi khi có hàng.
Trong những ngày tới, Ủy ban MTTQ phường 10 tiếp tục kêu gọi mạnh thường quân chung tay "không để người dân nào bị đói", đồng thời phối hợp các tổ COVID cộng đồng đi chợ hộ cho những khu vực phong tỏa.
Thanh Hà
Số lượt truy cập: 3.418.220
Tin cùng chuyên mục
- Phường 10: trao 500 phần quà cho người bán vé số (20/08/2021)
- Quận Gò Vấp ra mắt bếp ăn tình nguyện thứ 5 (15/08/2021)
- Đoàn viên thanh niên tham gia tổ COVID cộng đồng (09/08/2021)
""", "2021-08-24", '"Siêu thị 0 đồng" tiếp sức người dân phường 10 vượt qua giãn cách',
E("khac", None, None),
[P("Phạm Minh Tâm", "Chủ tịch Ủy ban MTTQ Việt Nam phường 10"),
 P("Lý Ngọc Quyên", "Phó Bí thư Đoàn phường 10"),
 P("Trần Thị Kim Loan", "Phó Chủ tịch UBND quận Gò Vấp"),
 P("Hồ Văn Lực")],
[Q("khoảng 40 tình nguyện viên", 40, "tình nguyện viên", "approx"),
 Q("hơn 21.000 phiếu mua hàng", 21000, "phiếu mua hàng", "over"),
 Q("gần 46 tấn", 46, "tấn", "approx"),
 Q("8.500 thùng mì", 8500, "thùng mì"),
 Q("12 tấn", 12, "tấn"),
 Q("khoảng 3,6 tỷ đồng", 3600000000, "đồng", "approx"),
 Q("57 doanh nghiệp, nhà hảo tâm", 57, "doanh nghiệp, nhà hảo tâm"),
 Q("300.000 đồng", 300000, "đồng"),
 Q("2 phiếu", 2, "phiếu"),
 Q("3 lối đi", 3, "lối đi"),
 Q("9 m2", 9, "m2", "approx"),
 Q('2 "ATM gạo"', 2, "ATM gạo"),
 Q("khoảng 600 suất cơm", 600, "suất cơm", "approx"),
 Q('16 "Siêu thị 0 đồng"', 16, "Siêu thị 0 đồng"),
 Q("hơn 28.700 lao động tự do", 28700, "lao động tự do", "over"),
 Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chỉ thị", "16", None, None, None, "Chỉ thị 16"),
 D("Nghị quyết", "09", "2021/NQ-HĐND", None, "HĐND Thành phố", "Nghị quyết số 09/2021/NQ-HĐND")],
[prov("Hồ Chí Minh"), com("phường 10")],
["Cổng thông tin điện tử Quận Gò Vấp - TP. Hồ Chí Minh", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 'Tình nguyện viên phân loại rau củ tại "Siêu thị 0 đồng" khu phố 4. Ảnh: Thanh Hà', "Siêu thị 0 đồng", "ATM gạo", "Gian hàng 0 đồng",
 "không để người dân nào bị đói", "Số lượt truy cập: 3.418.220"],
["Siêu thị 0 đồng", "Gian hàng 0 đồng", "khu phố 4", "phường 10", "6 giờ", "Số lượt truy cập: 3.418.220", "08:15 | 24/08/2021"]))

PAGES.append(page("b3319-gialai-mttq-traoqua-2020", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Trang chủ >> Tin tức >> Hoạt động Mặt trận
Hôm nay: Thứ Hai, 20/04/2020
Chư Păh: Trao 1.200 phần quà cho hộ nghèo bị ảnh hưởng dịch COVID-19
Thứ Hai, 20/04/2020 - 10:35
(MTTQ Gia Lai) - Ngày 18/4, Ủy ban MTTQ Việt Nam tỉnh phối hợp Ủy ban MTTQ huyện Chư Păh trao 1.200 phần quà cho hộ nghèo, hộ cận nghèo, người lao động mất việc làm do ảnh hưởng của dịch COVID-19 tại các xã Ia Ka, Ia Nhin và thị trấn Phú Hòa.
Tham dự có bà Rơ Mah H'Phuyn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Ksor Nhơm, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Chư Păh và đại diện Hội Chữ thập đỏ tỉnh.
Mỗi phần quà gồm 20 kg gạo, 1 thùng mì tôm, dầu ăn, nước mắm và 200.000 đồng tiền mặt, tổng trị giá hơn 600 triệu đồng. Nguồn kinh phí do Quỹ "Vì người nghèo" tỉnh và các doanh nghiệp, nhà hảo tâm ủng hộ qua Ủy ban MTTQ tỉnh thực hiện Lời kêu gọi toàn dân tham gia ủng hộ phòng, chống dịch COVID-19 của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.
Bà con làng Ia Ring, xã Ia Nhin nhận quà. Ảnh: Hồng Thi
Theo bà Rơ Mah H'Phuyn, tính đến ngày 17/4, Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận hơn 7,2 tỷ đồng và nhiều hiện vật trị giá khoảng 1,3 tỷ đồng ủng hộ công tác phòng, chống dịch. Toàn tỉnh đã hỗ trợ 9.460 hộ nghèo, hộ khó khăn; cấp phát 85.000 khẩu trang vải kháng khuẩn cho người dân vùng đồng bào dân tộc thiểu số.
Tại buổi trao quà, già làng Rơ Lan Kloăn ở làng Ia Ring nói bằng tiếng Jrai, nhắn bà con "ai ở nhà nấy, không đi rẫy xa chung lều đông người". Ông Siu Đoan, Bí thư Chi bộ làng Ia Ring cho biết, 100% hộ trong làng đã ký cam kết thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.
Trước đó, các tổ tự quản ở 32 làng đồng bào Jrai trên địa bàn huyện đã được Mặt trận hướng dẫn đến từng nhà tuyên truyền về đeo khẩu trang, rửa tay bằng xà phòng, hạn chế tổ chức lễ bỏ mả, cưới hỏi đông người. Nhiều già làng, người có uy tín chủ động hoãn các lễ hội truyền thống của làng. Tại các bến xe, chợ phiên, lực lượng đoàn viên thanh niên phát loa tuyên truyền bằng tiếng Jrai và tiếng Việt, nhắc bà con khai báo y tế khi đi về từ vùng có dịch. Ông Ksor Nhơm cho biết, huyện sẽ tiếp tục rà soát để hỗ trợ đợt 2 cho những hộ chưa được nhận quà.
Dịp này, Ủy ban MTTQ huyện Chư Păh cũng tặng 15 chiếc xe đạp cho học sinh nghèo vượt khó và 300 bánh xà phòng cho trường học trên địa bàn.
Hồng Thi
Tin khác
- Ia Grai: tặng 500 suất quà cho công nhân cao su (16/04/2020)
- Mặt trận tỉnh tiếp nhận ủng hộ phòng, chống dịch đợt 3 (10/04/2020)
- Đức Cơ: lập 14 chốt kiểm soát dịch ở biên giới (05/04/2020)
- Kbang: vận động người dân không tụ tập đông người (01/04/2020)
""", "2020-04-20", "Chư Păh: Trao 1.200 phần quà cho hộ nghèo bị ảnh hưởng dịch COVID-19",
E("trao_qua", None, "2020-04-18"),
[P("Rơ Mah H'Phuyn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Nhơm", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Chư Păh"),
 P("Rơ Lan Kloăn", "già làng"),
 P("Siu Đoan", "Bí thư Chi bộ làng Ia Ring")],
[Q("1.200 phần quà", 1200, "phần quà"),
 Q("20 kg", 20, "kg"),
 Q("200.000 đồng", 200000, "đồng"),
 Q("hơn 600 triệu đồng", 600000000, "đồng", "over"),
 Q("hơn 7,2 tỷ đồng", 7200000000, "đồng", "over"),
 Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"),
 Q("9.460 hộ nghèo, hộ khó khăn", 9460, "hộ nghèo, hộ khó khăn"),
 Q("85.000 khẩu trang vải kháng khuẩn", 85000, "khẩu trang vải kháng khuẩn"),
 Q("100%", 100, "%"),
 Q("32 làng đồng bào Jrai", 32, "làng đồng bào Jrai"),
 Q("15 chiếc xe đạp", 15, "chiếc xe đạp"),
 Q("300 bánh xà phòng", 300, "bánh xà phòng")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Nhin"), com("Phú Hòa")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Trang chủ >> Tin tức >> Hoạt động Mặt trận", "Hôm nay: Thứ Hai, 20/04/2020",
 "(MTTQ Gia Lai)", "Bà con làng Ia Ring, xã Ia Nhin nhận quà. Ảnh: Hồng Thi", "Vì người nghèo", "Hội Chữ thập đỏ tỉnh",
 "Lời kêu gọi toàn dân tham gia ủng hộ phòng, chống dịch COVID-19"],
["đợt 2", "Hôm nay: Thứ Hai, 20/04/2020", "1 thùng mì tôm", "COVID-19", "Thứ Hai, 20/04/2020 - 10:35"]))

PAGES.append(page("b3320-soctrang-bdv-giaoban-q3-2021", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ | Tin hoạt động | Khối dân vận
08/10/2021 - 15:30
Ảnh: Quang cảnh giao ban tại điểm cầu tỉnh.
Giao ban khối dân vận: tập trung vận động đồng bào Khmer tiêm vắc xin
Ngày 7/10/2021, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức giao ban trực tuyến khối dân vận quý III năm 2021 với 11 điểm cầu huyện, thị xã, thành phố. Đồng chí Lâm Thị Sa Phươl, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo tại giao ban cho thấy, trong quý III, dịch COVID-19 diễn biến phức tạp với hơn 3.100 ca mắc, nhiều lao động từ Thành phố Hồ Chí Minh, Bình Dương, Đồng Nai trở về quê. Khối dân vận các cấp đã phối hợp tiếp đón khoảng 24.800 người về địa phương, vận động 168 chùa Phật giáo Nam tông Khmer tạm dừng tổ chức lễ Sene Đolta đông người, chỉ cúng tại nhà. Tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất 1 mũi vắc xin đạt 76,4%.
Đồng chí Thạch Sô Phal, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết, Ban đã tham mưu Thường trực Tỉnh ủy ban hành Công văn số 1742-CV/TU về tăng cường vận động người dân tham gia tiêm chủng, đồng thời hướng dẫn triển khai Kế hoạch số 62-KH/BDVTU ngày 26/7/2021 của Ban Dân vận Tỉnh ủy về phát huy vai trò chức sắc, người có uy tín trong phòng, chống dịch.
Tại các điểm cầu, đại biểu phản ánh nhiều người cao tuổi ở các ấp vùng sâu còn e ngại tiêm vắc xin. Ông Kim Sà Rinh, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề, chia sẻ cách làm mời các vị sư cả, Achar cùng đi vận động từng nhà, nhờ vậy xã Đại Ân 2 đã tăng tỷ lệ tiêm từ 48% lên 81% trong 2 tuần. Bà Sơn Thị Chanh Ni, Chủ tịch Ủy ban MTTQ Việt Nam thị xã Vĩnh Châu, đề nghị bố trí phiên dịch tiếng Khmer tại các điểm tiêm lưu động.
Đại đức Lý Sóc Khên, trụ trì chùa Kos Thum, xã Viên An, cho biết nhà chùa đã dùng loa phát thanh của chùa đọc thông báo tiêm chủng bằng tiếng Khmer mỗi sáng và nấu 150 suất cơm chay mỗi ngày cho lực lượng trực chốt.
Phát biểu kết luận, đồng chí Lâm Thị Sa Phươl đề nghị quý IV/2021 khối dân vận tập trung thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ về thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19 khi văn bản có hiệu lực; tiếp tục phát huy mô hình "Dân vận khéo" trong tiêm chủng; rà soát hỗ trợ người lao động về quê theo Nghị quyết 68.
Trong quý, các cấp Mặt trận, đoàn thể đã vận động hơn 9,7 tỷ đồng, 312 tấn gạo và 41.600 phần quà hỗ trợ người dân khó khăn.
Phương Thảo
Lượt xem: 652
Các tin khác
- Vĩnh Châu: đón 1.200 lao động từ Bình Dương về quê (04/10/2021)
- Chùa Khmer đồng hành cùng chốt kiểm soát dịch (25/09/2021)
- Trao 200 phần quà cho đồng bào Khmer khó khăn (18/09/2021)
""", "2021-10-08", "Giao ban khối dân vận: tập trung vận động đồng bào Khmer tiêm vắc xin",
E("giao_ban", "2021-Q3", "2021-10-07"),
[P("Lâm Thị Sa Phươl", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phal", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Sà Rinh", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Sơn Thị Chanh Ni", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã Vĩnh Châu"),
 P("Lý Sóc Khên", "Đại đức", "trụ trì chùa Kos Thum")],
[Q("11 điểm cầu huyện, thị xã, thành phố", 11, "điểm cầu huyện, thị xã, thành phố"),
 Q("hơn 3.100 ca mắc", 3100, "ca mắc", "over"),
 Q("khoảng 24.800 người", 24800, "người", "approx"),
 Q("168 chùa Phật giáo Nam tông Khmer", 168, "chùa Phật giáo Nam tông Khmer"),
 Q("76,4%", 76.4, "%"), Q("48%", 48, "%"), Q("81%", 81, "%"),
 Q("150 suất cơm chay", 150, "suất cơm chay"),
 Q("hơn 9,7 tỷ đồng", 9700000000, "đồng", "over"),
 Q("312 tấn", 312, "tấn"),
 Q("41.600 phần quà", 41600, "phần quà")],
[D("Công văn", "1742", "CV/TU", None, "Thường trực Tỉnh ủy", "Công văn số 1742-CV/TU"),
 D("Kế hoạch", "62", "KH/BDVTU", "2021-07-26", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 62-KH/BDVTU ngày 26/7/2021"),
 D("Nghị quyết", "128", "NQ-CP", "2021-10-11", "Chính phủ", "Nghị quyết số 128/NQ-CP ngày 11/10/2021"),
 D("Nghị quyết", "68", None, None, None, "Nghị quyết 68")],
[prov("Sóc Trăng"), com("Đại Ân 2"), com("Viên An")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ | Tin hoạt động | Khối dân vận", "Ảnh: Quang cảnh giao ban tại điểm cầu tỉnh.",
 "Dân vận khéo", "Sene Đolta", "Achar", "Lượt xem: 652"],
["08/10/2021 - 15:30", "quý III năm 2021", "quý IV/2021", "18 tuổi", "1 mũi", "2 tuần", "Lượt xem: 652"]))

PAGES.append(page("b3321-daklak-mttq-tongket-2021", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk
You are here: Trang chủ » Hoạt động Mặt trận » Tin trong tỉnh
Ngày đăng 29/12/2021 | 16:40
Đại biểu dự hội nghị tại hội trường Ủy ban MTTQ tỉnh.
Mặt trận tỉnh Đắk Lắk huy động hơn 112 tỷ đồng phòng, chống dịch
Sáng 28/12, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức hội nghị tổng kết công tác Mặt trận năm 2021 và triển khai chương trình phối hợp thống nhất hành động năm 2022. Dự hội nghị có đồng chí H'Yim Kđoh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Y Giang Gry Niê Knơng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2021, Ủy ban MTTQ các cấp đã tiếp nhận hơn 112 tỷ đồng tiền mặt và hàng hóa ủng hộ phòng, chống dịch COVID-19; riêng Quỹ vắc xin phòng COVID-19 của tỉnh tiếp nhận 23,5 tỷ đồng. Mặt trận đã phối hợp phân bổ hỗ trợ cho hơn 86.000 lượt hộ khó khăn, gửi 47 chuyến xe hàng với khoảng 620 tấn nông sản chi viện Thành phố Hồ Chí Minh và các tỉnh phía Nam.
Các cấp Mặt trận đã vận động 2.146 người có uy tín trong đồng bào dân tộc thiểu số tham gia tuyên truyền tiêm vắc xin; tỷ lệ người trên 18 tuổi được tiêm đủ 2 mũi đạt 88,2%. Toàn tỉnh đã xây dựng 1.284 tổ COVID cộng đồng tại 2.472 thôn, buôn, tổ dân phố.
Bà H'Ngơn Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Mặt trận đã giám sát việc thực hiện chính sách hỗ trợ theo Nghị quyết 68/NQ-CP và Quyết định 23/2021/QĐ-TTg tại 15 huyện, thị xã, thành phố; qua giám sát đã kiến nghị bổ sung 3.418 lao động tự do vào danh sách hỗ trợ.
Tại hội nghị, ông Y Blin Mlô, Trưởng Ban Công tác Mặt trận buôn Cư Dluê, xã Ea Tul, chia sẻ: buôn có 217 hộ, hơn 70% là đồng bào Êđê; ban đã cùng già làng đến từng nhà vận động, nay 100% người đủ điều kiện đã tiêm. Bà Trương Thị Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Buôn Ma Thuột nêu cách làm "Chợ nông sản 0 đồng" giúp 11.000 lượt người dân mua hàng miễn phí trong thời gian giãn cách.
Phát biểu chỉ đạo, đồng chí H'Yim Kđoh đề nghị năm 2022 Mặt trận tiếp tục thực hiện Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận và phòng, chống dịch trong tình hình mới; đổi mới hình thức vận động bằng tiếng Êđê, M'nông.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 28 tập thể và 42 cá nhân; Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 5 tập thể.
Hoài Thu - Y Phôn
Tin liên quan
- Ủy ban MTTQ tỉnh tiếp nhận 5,6 tỷ đồng ủng hộ Quỹ vắc xin (14/10/2021)
- Chuyến xe nông sản nghĩa tình lên đường vào Nam (22/08/2021)
- Krông Pắc: người có uy tín vận động bà con tiêm vắc xin (10/08/2021)
""", "2021-12-29", "Mặt trận tỉnh Đắk Lắk huy động hơn 112 tỷ đồng phòng, chống dịch",
E("tong_ket", "2021", "2021-12-28"),
[P("H'Yim Kđoh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Giang Gry Niê Knơng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Ngơn Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Blin Mlô", "Trưởng Ban Công tác Mặt trận buôn Cư Dluê"),
 P("Trương Thị Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Buôn Ma Thuột")],
[Q("hơn 112 tỷ đồng", 112000000000, "đồng", "over"),
 Q("23,5 tỷ đồng", 23500000000, "đồng"),
 Q("hơn 86.000 lượt hộ khó khăn", 86000, "lượt hộ khó khăn", "over"),
 Q("47 chuyến xe hàng", 47, "chuyến xe hàng"),
 Q("khoảng 620 tấn", 620, "tấn", "approx"),
 Q("2.146 người có uy tín", 2146, "người có uy tín"),
 Q("88,2%", 88.2, "%"),
 Q("1.284 tổ COVID cộng đồng", 1284, "tổ COVID cộng đồng"),
 Q("2.472 thôn, buôn, tổ dân phố", 2472, "thôn, buôn, tổ dân phố"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("3.418 lao động tự do", 3418, "lao động tự do"),
 Q("217 hộ", 217, "hộ"),
 Q("hơn 70%", 70, "%", "over"), Q("100%", 100, "%"),
 Q("11.000 lượt người dân", 11000, "lượt người dân"),
 Q("28 tập thể", 28, "tập thể"), Q("42 cá nhân", 42, "cá nhân"), Q("5 tập thể", 5, "tập thể")],
[D("Nghị quyết", "68", "NQ-CP", None, None, "Nghị quyết 68/NQ-CP"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, None, "Quyết định 23/2021/QĐ-TTg"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU")],
[prov("Đắk Lắk"), com("Ea Tul")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk", "You are here: Trang chủ » Hoạt động Mặt trận » Tin trong tỉnh",
 "Đại biểu dự hội nghị tại hội trường Ủy ban MTTQ tỉnh.", "Chợ nông sản 0 đồng", "Quỹ vắc xin phòng COVID-19", "Hoài Thu - Y Phôn"],
["Ngày đăng 29/12/2021 | 16:40", "năm 2021", "năm 2022", "Chợ nông sản 0 đồng", "18 tuổi", "2 mũi"]))

PAGES.append(page("b3322-haiduong-mttq-giamsat-2021", """
MẶT TRẬN TỔ QUỐC TỈNH HẢI DƯƠNG
Trang chủ > Hoạt động giám sát, phản biện xã hội
17.09.2021 | 10:20
Giám sát việc hỗ trợ người lao động gặp khó khăn do đại dịch tại Cẩm Giàng
Ngày 15/9/2021, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hải Dương do bà Nguyễn Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, giám sát việc thực hiện Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021 của Thủ tướng Chính phủ tại huyện Cẩm Giàng và thị trấn Lai Cách.
Cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Đỗ Văn Khánh, Vũ Thị Mai Anh; đại diện Liên đoàn Lao động tỉnh, Sở Lao động - Thương binh và Xã hội.
Đoàn giám sát làm việc với UBND huyện Cẩm Giàng. Ảnh: Minh Đức
Theo báo cáo của UBND huyện, đến ngày 10/9, huyện đã tiếp nhận 2.937 hồ sơ đề nghị hỗ trợ, đã giải quyết 2.815 hồ sơ với tổng kinh phí hơn 4,26 tỷ đồng; trong đó 1.964 lao động tự do được hỗ trợ 1.500.000 đồng/người, 118 hộ kinh doanh được hỗ trợ 3 triệu đồng/hộ, 733 người lao động tạm hoãn hợp đồng lao động. Còn 122 hồ sơ chưa đủ điều kiện do thiếu xác nhận nơi cư trú.
Ông Phạm Văn Thuấn, HUV, Phó Chủ tịch UBND huyện Cẩm Giàng, cho biết huyện đã chỉ đạo niêm yết công khai danh sách tại 100% nhà văn hóa thôn, khu dân cư để người dân giám sát. Ông Lê Đình Tú, Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Lai Cách, phản ánh có khoảng 40 lao động bán hàng rong là người ngoài tỉnh thuê trọ chưa được lập danh sách.
Trao đổi với đoàn, một số thành viên Ban Công tác Mặt trận khu dân cư cho biết việc rà soát gặp khó vì nhiều lao động làm nghề tự do không có hợp đồng, thu nhập không ổn định, có người đi làm ăn xa bị kẹt lại ở các tỉnh phía Nam. Ban đã phải gọi điện cho từng gia đình, đối chiếu với sổ theo dõi nhân khẩu của thôn để lập danh sách, tránh trùng lặp hoặc bỏ sót đối tượng.
Qua giám sát, đoàn đánh giá huyện triển khai nhanh, đúng đối tượng, không để xảy ra trục lợi chính sách. Đoàn kiến nghị rút ngắn thời gian thẩm định xuống không quá 5 ngày làm việc; rà soát bổ sung lao động tự do tạm trú; tiếp tục thực hiện Kế hoạch 190-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát chính sách an sinh trong phòng, chống dịch.
Kết luận buổi giám sát, bà Nguyễn Thị Thu Hà đề nghị UBND huyện tiếp thu đầy đủ các kiến nghị, báo cáo kết quả về Ban Thường trực Ủy ban MTTQ tỉnh trước ngày 30/9. Cũng trong đợt này, đoàn giám sát tại 3 huyện, thị xã: Kinh Môn, Thanh Miện và Gia Lộc.
Minh Đức
Lượt truy cập: 905.331
Xem thêm
- Ủy ban MTTQ tỉnh phân bổ 2,1 tỷ đồng hỗ trợ người dân vùng dịch (06/09/2021)
- Hội nghị phản biện dự thảo Nghị quyết về chính sách hỗ trợ (27/08/2021)
- Cẩm Giàng: vận động 300 tấn vải thiều ủng hộ tuyến đầu (12/07/2021)
""", "2021-09-17", "Giám sát việc hỗ trợ người lao động gặp khó khăn do đại dịch tại Cẩm Giàng",
E("giam_sat", None, "2021-09-15"),
[P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Văn Khánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Thị Mai Anh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Thuấn", "HUV", "Phó Chủ tịch UBND huyện Cẩm Giàng"),
 P("Lê Đình Tú", "Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Lai Cách")],
[Q("2.937 hồ sơ", 2937, "hồ sơ"), Q("2.815 hồ sơ", 2815, "hồ sơ"),
 Q("hơn 4,26 tỷ đồng", 4260000000, "đồng", "over"),
 Q("1.964 lao động tự do", 1964, "lao động tự do"),
 Q("1.500.000 đồng", 1500000, "đồng"),
 Q("118 hộ kinh doanh", 118, "hộ kinh doanh"),
 Q("3 triệu đồng", 3000000, "đồng"),
 Q("733 người lao động", 733, "người lao động"),
 Q("122 hồ sơ", 122, "hồ sơ"),
 Q("100%", 100, "%"),
 Q("khoảng 40 lao động bán hàng rong", 40, "lao động bán hàng rong", "approx"),
 Q("3 huyện, thị xã", 3, "huyện, thị xã")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021"),
 D("Kế hoạch", "190", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 190-KH/MTTQ-BTT")],
[prov("Hải Dương"), com("Lai Cách")],
["MẶT TRẬN TỔ QUỐC TỈNH HẢI DƯƠNG", "Trang chủ > Hoạt động giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với UBND huyện Cẩm Giàng. Ảnh: Minh Đức", "Liên đoàn Lao động tỉnh", "Lượt truy cập: 905.331"],
["17.09.2021 | 10:20", "5 ngày làm việc", "Lượt truy cập: 905.331"]))
