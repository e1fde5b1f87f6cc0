from lib import *
PAGES = []

PAGES.append(page("b4469-laocai-dslvh-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI
Trang chủ » Hoạt động Mặt trận » Cuộc vận động
Thứ Sáu, 16/12/2011 - 08:30
Ảnh: Quang cảnh hội nghị tổng kết.
Lào Cai: 78,4% hộ gia đình đạt danh hiệu "Gia đình văn hóa"
Ngày 14/12/2011, Ban Chỉ đạo cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" tỉnh Lào Cai tổ chức hội nghị tổng kết năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Giàng Seo Chử, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Năm 2011, toàn tỉnh có 98.716 hộ gia đình đạt danh hiệu "Gia đình văn hóa", bằng 78,4% tổng số hộ; 1.214 thôn, bản, tổ dân phố được công nhận danh hiệu văn hóa, tăng 86 thôn so với năm trước. Thực hiện Chỉ thị số 27-CT/TW của Bộ Chính trị về thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội, có 1.530 thôn, bản xây dựng và thực hiện hương ước, quy ước; khoảng 92% đám cưới được tổ chức theo nếp sống mới, không thách cưới.
Ở vùng đồng bào Mông, Dao, Hà Nhì, các cấp Mặt trận đã vận động 416 hộ bỏ tục để người chết lâu ngày trong nhà, 27 dòng họ ký cam kết không tảo hôn, không kết hôn cận huyết thống. Nhân dân đóng góp trên 12,6 tỷ đồng và hiến gần 31.000 m2 đất xây dựng 64 nhà văn hóa thôn, bản.
Tại hội nghị, ông Lù Văn Sào, trưởng thôn Sín Chải, xã Tả Van, chia sẻ: từ khi thôn đưa việc "không mổ trâu, bò trong đám tang" vào quy ước, mỗi đám tang tiết kiệm cho gia đình từ 15 đến 20 triệu đồng. Bà Vàng Thị Mai, Phó Chủ tịch Hội LHPN huyện Bắc Hà, cho biết các chi hội phụ nữ đã thành lập 38 câu lạc bộ "Gia đình hạnh phúc".
Báo cáo do đồng chí Đỗ Văn Hưng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Phó Trưởng Ban Chỉ đạo thường trực trình bày nêu rõ hạn chế: chất lượng bình xét danh hiệu có nơi còn chạy theo số lượng, 17 thôn bị công nhận lại không đạt chuẩn; việc cúng bái, ma chay tốn kém ở một số bản vùng cao chưa được khắc phục dứt điểm.
Năm 2012, Ban Chỉ đạo tỉnh đặt chỉ tiêu không dưới 80% hộ gia đình đạt danh hiệu văn hóa, ít nhất 70% thôn, bản, tổ dân phố đạt danh hiệu văn hóa; tiếp tục triển khai Kế hoạch số 95-KH/MTTQ-BTT ngày 02/3/2011 của Ban Thường trực Ủy ban MTTQ tỉnh.
Phát biểu tại hội nghị, đồng chí Giàng Seo Chử đề nghị Mặt trận các cấp phối hợp chặt chẽ với ngành văn hóa, đoàn thể rà soát lại hương ước, quy ước đã lạc hậu; phát huy vai trò già làng, trưởng bản, người có uy tín trong dòng họ; đưa tiêu chí không tảo hôn, không thách cưới vào bình xét gia đình văn hóa hằng năm.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 25 tập thể và 40 cá nhân có thành tích tiêu biểu.
Phạm Thanh
Lượt xem: 1.024
Tin liên quan
- Sa Pa: 42 thôn đăng ký xây dựng thôn văn hóa năm 2012 (05/12/2011)
- Mường Khương tổ chức Ngày hội Đại đoàn kết ở 98 khu dân cư (18/11/2011)
- Bát Xát xóa bỏ tục thách cưới (02/11/2011)
""", "2011-12-16", 'Lào Cai: 78,4% hộ gia đình đạt danh hiệu "Gia đình văn hóa"',
E("tong_ket", "2011", "2011-12-14"),
[P("Giàng Seo Chử", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Lù Văn Sào", "trưởng thôn Sín Chải"),
 P("Vàng Thị Mai", "Phó Chủ tịch Hội LHPN huyện Bắc Hà"),
 P("Đỗ Văn Hưng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Trưởng Ban Chỉ đạo thường trực")],
[Q("98.716 hộ gia đình", 98716, "hộ gia đình"), Q("78,4%", 78.4, "%"), Q("1.214 thôn, bản, tổ dân phố", 1214, "thôn, bản, tổ dân phố"),
 Q("86 thôn", 86, "thôn"), Q("1.530 thôn, bản", 1530, "thôn, bản"), Q("khoảng 92%", 92, "%", "approx"),
 Q("416 hộ", 416, "hộ"), Q("27 dòng họ", 27, "dòng họ"), Q("trên 12,6 tỷ đồng", 12600000000, "đồng", "over"),
 Q("gần 31.000 m2", 31000, "m2", "approx"), Q("64 nhà văn hóa thôn, bản", 64, "nhà văn hóa thôn, bản"),
 Q("15 đến 20 triệu đồng", 15000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("38 câu lạc bộ", 38, "câu lạc bộ"), Q("17 thôn", 17, "thôn"),
 Q("không dưới 80%", 80, "%", "over"), Q("ít nhất 70%", 70, "%", "over"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Chỉ thị", "27", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 27-CT/TW của Bộ Chính trị"),
 D("Kế hoạch", "95", "KH/MTTQ-BTT", "2011-03-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 95-KH/MTTQ-BTT ngày 02/3/2011")],
[prov("Lào Cai"), com("Tả Van")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI", "Trang chủ » Hoạt động Mặt trận » Cuộc vận động",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Gia đình văn hóa", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Gia đình hạnh phúc", "không mổ trâu, bò trong đám tang", "Lượt xem: 1.024"],
["Thứ Sáu, 16/12/2011 - 08:30", "năm 2011", "năm 2012", "Lượt xem: 1.024"]))

PAGES.append(page("b4470-thanhhoa-cuoitang-soket-2012", """
BÁO THANH HÓA ĐIỆN TỬ
Văn hóa - Xã hội | Đời sống
Cập nhật: 09:15, 20/07/2012 (GMT+7)
Thực hiện nếp sống văn minh trong việc cưới, việc tang: chuyển biến từ cơ sở
(Baothanhhoa.vn) - Ngày 18/7, Sở Văn hóa, Thể thao và Du lịch phối hợp với Ủy ban MTTQ tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2012 thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội. Dự có đồng chí Lê Thị Hoài, Phó Chủ tịch UBND tỉnh; đồng chí Trịnh Văn Kiên, Tỉnh ủy viên, Giám đốc Sở Văn hóa, Thể thao và Du lịch.
Đồng chí Lê Thị Hoài phát biểu chỉ đạo hội nghị. Ảnh: Hoàng Minh
6 tháng đầu năm, toàn tỉnh có 5.864 đám cưới, trong đó 5.120 đám thực hiện đúng quy định của Nghị định số 87/2001/NĐ-CP của Chính phủ và Thông tư số 04/2011/TT-BVHTTDL ngày 21/01/2011 của Bộ Văn hóa, Thể thao và Du lịch, đạt 87,3%. Trong 9.412 đám tang, 96% thực hiện hỏa táng hoặc chôn cất hợp vệ sinh, không để người chết quá 48 giờ; 2.316 đám tang không rải vàng mã trên đường đi.
Theo quyết định số 1052/QĐ-UBND của UBND tỉnh Thanh Hóa, các huyện miền núi Mường Lát, Quan Sơn được ưu tiên hỗ trợ kinh phí sửa đổi hương ước. Đến nay 2.047 làng, bản, khu phố đã bổ sung quy ước về việc cưới, việc tang; hơn 300 làng của đồng bào Thái, Mường bỏ tục "ăn uống kéo dài nhiều ngày" trong đám tang.
Tại hội nghị, ông Hà Văn Ỏm, Bí thư Chi bộ kiêm trưởng bản Pù Nhi, xã Pù Nhi, kể bản đã thống nhất mỗi đám cưới không quá 30 mâm, mức thách cưới được xóa bỏ hoàn toàn. Bà Phạm Thị Lan, Chủ tịch Ủy ban MTTQ xã Hoằng Lộc, cho biết xã đã thành lập 12 tổ tư vấn việc hiếu, việc hỉ ở 12 thôn.
Đồng chí Trịnh Văn Kiên thẳng thắn chỉ ra: vẫn còn 744 đám cưới tổ chức linh đình, kéo dài; tình trạng đốt vàng mã, bói toán ở các lễ hội đầu năm chưa giảm; có 9 lễ hội để xảy ra việc chèo kéo, ép giá khách.
Kết luận hội nghị, đồng chí Lê Thị Hoài yêu cầu 6 tháng cuối năm các huyện tập trung triển khai Kế hoạch số 61/KH-UBND, 62/KH-UBND của UBND tỉnh; gắn việc cưới, việc tang văn minh với tiêu chí bình xét gia đình văn hóa, làng văn hóa; người đứng đầu cấp ủy, chính quyền phải gương mẫu.
Nhiều ý kiến đề nghị tỉnh sớm có mức hỗ trợ cho các gia đình thực hiện hỏa táng, đầu tư nhà tang lễ ở các khu đô thị; đưa kết quả thực hiện nếp sống văn minh vào đánh giá xếp loại tổ chức cơ sở đảng, chi bộ thôn hằng năm; phát huy vai trò của Hội Người cao tuổi, Hội Cựu chiến binh trong ban lễ tang các thôn.
Dịp này, UBND tỉnh tặng bằng khen cho 18 tập thể, 26 cá nhân.
Hoàng Minh
Tin khác
- Hoằng Hóa: 95% làng đạt chuẩn văn hóa (12/07/2012)
- Lễ hội Lam Kinh năm 2012 sẽ tổ chức giản tiện (05/07/2012)
- Ngọc Lặc: vận động bỏ tục thách cưới ở vùng đồng bào Mường (28/06/2012)
""", "2012-07-20", "Thực hiện nếp sống văn minh trong việc cưới, việc tang: chuyển biến từ cơ sở",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Lê Thị Hoài", "Phó Chủ tịch UBND tỉnh"),
 P("Trịnh Văn Kiên", "Tỉnh ủy viên", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Hà Văn Ỏm", "Bí thư Chi bộ kiêm trưởng bản Pù Nhi"),
 P("Phạm Thị Lan", "Chủ tịch Ủy ban MTTQ xã Hoằng Lộc")],
[Q("5.864 đám cưới", 5864, "đám cưới"), Q("5.120 đám", 5120, "đám"), Q("87,3%", 87.3, "%"),
 Q("9.412 đám tang", 9412, "đám tang"), Q("96%", 96, "%"), Q("2.316 đám tang", 2316, "đám tang"),
 Q("2.047 làng, bản, khu phố", 2047, "làng, bản, khu phố"), Q("hơn 300 làng", 300, "làng", "over"),
 Q("không quá 30 mâm", 30, "mâm"), Q("12 tổ tư vấn việc hiếu, việc hỉ", 12, "tổ tư vấn việc hiếu, việc hỉ"), Q("12 thôn", 12, "thôn"),
 Q("744 đám cưới", 744, "đám cưới"), Q("9 lễ hội", 9, "lễ hội"), Q("18 tập thể", 18, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Nghị định", "87", "2001/NĐ-CP", None, "Chính phủ", "Nghị định số 87/2001/NĐ-CP của Chính phủ"),
 D("Thông tư", "04", "2011/TT-BVHTTDL", "2011-01-21", "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 04/2011/TT-BVHTTDL ngày 21/01/2011"),
 D("Quyết định", "1052", "QĐ-UBND", None, "UBND tỉnh", "quyết định số 1052/QĐ-UBND của UBND tỉnh"),
 D("Kế hoạch", "61", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 61/KH-UBND, 62/KH-UBND"),
 D("Kế hoạch", "62", "KH-UBND", None, "UBND tỉnh", "62/KH-UBND của UBND tỉnh")],
[prov("Thanh Hóa"), com("Pù Nhi"), com("Hoằng Lộc")],
["BÁO THANH HÓA ĐIỆN TỬ", "Văn hóa - Xã hội | Đời sống", "Đồng chí Lê Thị Hoài phát biểu chỉ đạo hội nghị.", "(Baothanhhoa.vn)",
 "ăn uống kéo dài nhiều ngày"],
["Cập nhật: 09:15, 20/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "48 giờ", "6 tháng cuối năm"]))

PAGES.append(page("b4471-hagiang-hutuc-hoinghi-2013", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Bạn đang ở: Trang chủ > Tin tức > Dân tộc - Tôn giáo
08:15 | 14/11/2013
Đồng chí Sùng Mí Vả phát biểu tại hội nghị.
Gần 200 người có uy tín cam kết vận động đồng bào xóa bỏ hủ tục
Ngày 12/11/2013, tại thị trấn Đồng Văn, Ban Dân vận Tỉnh ủy phối hợp Ban Dân tộc tỉnh tổ chức hội nghị người có uy tín trong đồng bào dân tộc thiểu số năm 2013 về xóa bỏ phong tục, tập quán lạc hậu. Dự có 196 già làng, trưởng thôn, trưởng dòng họ của 4 huyện vùng cao núi đá tỉnh Hà Giang.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Sùng Mí Vả, Hoàng Thị Nhung chủ trì hội nghị; cùng dự có đồng chí Lò Văn Phà, HUV, Trưởng Ban Dân vận Huyện ủy Đồng Văn.
Theo báo cáo của Ban Dân tộc, sau 3 năm thực hiện Đề án 03 của UBND tỉnh về vận động đồng bào Mông đổi mới tập quán tang ma, đã có 1.427 đám tang không để người chết trong nhà quá 2 ngày, 68% đám tang không dùng quan tài thay cho việc treo xác; số vụ tảo hôn giảm từ 312 cặp năm 2010 còn 147 cặp. Toàn tỉnh có 1.690 thôn, bản xây dựng quy ước, trong đó 1.402 quy ước đã được UBND huyện phê duyệt.
Hội nghị nghe ông Vàng Chúa Dình, người có uy tín thôn Lũng Cẩm Trên, xã Sủng Là, chia sẻ cách vận động 46 hộ trong dòng họ Vàng bỏ tục "bắt vợ" và tục cúng ma kéo dài 3 ngày. Ông Giàng Mí Sính, trưởng dòng họ Giàng xã Lũng Cú, kể: "Trước kia mỗi đám ma giết 5 con bò, nay dòng họ thống nhất chỉ mổ 1 con lợn, số tiền tiết kiệm được dành cho con cháu đi học".
Bà Lý Thị Dín, Phó Chủ tịch Hội LHPN xã Thài Phìn Tủng, nêu khó khăn: nhiều em gái 14-15 tuổi vẫn bỏ học lấy chồng, một số gia đình giấu việc tổ chức cưới khi chưa đủ tuổi. Bà đề nghị các xã đưa nội dung này vào quy ước thôn và xử lý nghiêm theo Nghị định số 110/2013/NĐ-CP của Chính phủ.
Kết luận hội nghị, đồng chí Sùng Mí Vả ghi nhận các ý kiến và đề nghị người có uy tín tiếp tục gương mẫu thực hiện Chỉ thị số 15-CT/TU ngày 8/5/2012 của Ban Thường vụ Tỉnh ủy về xây dựng đời sống văn hóa ở vùng đồng bào dân tộc thiểu số; mỗi người có uy tín nhận vận động ít nhất 5 hộ gia đình trong dòng họ.
Các đại biểu cũng thẳng thắn nêu: ở không ít thôn, quy ước mới chỉ dừng ở văn bản, chưa có chế tài; một số thầy cúng vẫn vận động gia đình tổ chức tang ma theo lối cũ; việc tuyên truyền bằng tiếng Mông qua loa truyền thanh thôn còn ít. Nhiều người đề nghị cấp ủy xã giao cho mỗi đảng viên phụ trách một nhóm hộ, lấy kết quả xóa bỏ hủ tục làm căn cứ bình xét gia đình văn hóa, thôn văn hóa cuối năm.
Nhân dịp này, Ban Tổ chức tặng 196 phần quà, mỗi phần trị giá 300.000 đồng cho các đại biểu dự hội nghị; tặng giấy khen cho 21 người có uy tín tiêu biểu.
Thanh Huyền
Số lượt xem: 652
Tin liên quan
- Mèo Vạc: 100% thôn có quy ước (02/11/2013)
- Yên Minh ra mắt 3 câu lạc bộ "Nói không với tảo hôn" (20/10/2013)
- Quản Bạ tổ chức Lễ hội Khèn Mông (05/10/2013)
""", "2013-11-14", "Gần 200 người có uy tín cam kết vận động đồng bào xóa bỏ hủ tục",
E("hoi_nghi", "2013", "2013-11-12"),
[P("Sùng Mí Vả", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Phà", "HUV", "Trưởng Ban Dân vận Huyện ủy Đồng Văn"),
 P("Vàng Chúa Dình", "người có uy tín thôn Lũng Cẩm Trên"),
 P("Giàng Mí Sính", "trưởng dòng họ Giàng xã Lũng Cú"),
 P("Lý Thị Dín", "Phó Chủ tịch Hội LHPN xã Thài Phìn Tủng")],
[Q("Gần 200 người có uy tín", 200, "người có uy tín", "approx"), Q("196 già làng, trưởng thôn, trưởng dòng họ", 196, "già làng, trưởng thôn, trưởng dòng họ"),
 Q("4 huyện vùng cao núi đá", 4, "huyện vùng cao núi đá"),
 Q("1.427 đám tang", 1427, "đám tang"), Q("68%", 68, "%"), Q("312 cặp", 312, "cặp"), Q("147 cặp", 147, "cặp"),
 Q("1.690 thôn, bản", 1690, "thôn, bản"), Q("1.402 quy ước", 1402, "quy ước"), Q("46 hộ", 46, "hộ"),
 Q("5 con bò", 5, "con bò"),
 Q("ít nhất 5 hộ gia đình", 5, "hộ gia đình", "over"), Q("196 phần quà", 196, "phần quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("21 người có uy tín tiêu biểu", 21, "người có uy tín tiêu biểu")],
[D("Đề án", "03", None, None, "UBND tỉnh", "Đề án 03 của UBND tỉnh"),
 D("Nghị định", "110", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 110/2013/NĐ-CP của Chính phủ"),
 D("Chỉ thị", "15", "CT/TU", "2012-05-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU ngày 8/5/2012")],
[prov("Hà Giang"), com("Đồng Văn"), com("Sủng Là"), com("Lũng Cú"), com("Thài Phìn Tủng")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Bạn đang ở: Trang chủ > Tin tức > Dân tộc - Tôn giáo", "Đồng chí Sùng Mí Vả phát biểu tại hội nghị.",
 "bắt vợ", "Số lượt xem: 652"],
["08:15 | 14/11/2013", "3 năm", "năm 2010", "2 ngày", "3 ngày", "14-15 tuổi", "1 con lợn", "năm 2013", "Số lượt xem: 652"]))

PAGES.append(page("b4472-quangnam-huonguoc-taphuan-2014", """
Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam
Trang chủ | Hoạt động | Tin cơ sở
Ngày đăng 22/05/2014 | 15:40
Tập huấn xây dựng, sửa đổi hương ước, quy ước cho 150 cán bộ thôn vùng cao
Từ ngày 20 đến 21/5/2014, tại huyện Nam Giang, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam phối hợp với Sở Tư pháp mở lớp tập huấn nghiệp vụ xây dựng, sửa đổi, bổ sung hương ước, quy ước năm 2014 cho 150 học viên là trưởng thôn, trưởng ban công tác Mặt trận, già làng của các xã vùng đồng bào Cơ Tu, Giẻ Triêng.
Ảnh: Các học viên thảo luận nhóm.
Khai mạc lớp tập huấn, bà A Lăng Thị Bình, Ủy viên Ban Thường vụ, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, cho biết toàn tỉnh hiện có 1.176 thôn, tổ dân phố có hương ước, quy ước; trong đó khoảng 210 bản được xây dựng từ trước năm 2005, nhiều nội dung đã không còn phù hợp, có điều trái với pháp luật như phạt vạ bằng trâu, heo, rượu. Riêng 9 huyện miền núi còn 83 thôn chưa có quy ước được phê duyệt.
Các học viên được ông Nguyễn Văn Thạnh, Phó Giám đốc Sở Tư pháp, truyền đạt Thông tư liên tịch số 03/2000/TTLT-BTP-BVHTT-BTTUBTƯMTTQVN hướng dẫn việc xây dựng và thực hiện hương ước, quy ước của làng, bản, thôn, ấp, cụm dân cư; Chỉ thị số 24/1998/CT-TTg của Thủ tướng Chính phủ; cùng kỹ năng lấy ý kiến nhân dân, trình tự đề nghị UBND huyện công nhận.
Già làng Bríu Pố, thôn Pà Dấu 1, xã Tà Lu, chia sẻ: quy ước của thôn có 14 điều, trong đó quy định không đâm trâu trong lễ hội quá 1 con, không cúng bái khi có người ốm mà phải đưa đến trạm y tế; hộ nào vi phạm thì bị nhắc nhở trước dân làng, không bị phạt tiền. Nhờ vậy 3 năm qua thôn không còn đám tảo hôn nào, 92/96 hộ đạt gia đình văn hóa.
Ông Alăng Ngược, Chủ tịch Ủy ban MTTQ xã A Tiêng, đề xuất tỉnh hỗ trợ mỗi thôn 2 triệu đồng để in ấn, niêm yết quy ước tại nhà Gươl. Bà Zơ Râm Thị Lim, Phó Chủ tịch Hội LHPN huyện Tây Giang, đề nghị bổ sung nội dung phòng chống bạo lực gia đình, khuyến khích nam giới cùng chia sẻ việc nhà.
Theo Kế hoạch liên tịch số 17/KHLT-MTTQ-STP ngày 05/3/2014 giữa Ủy ban MTTQ tỉnh và Sở Tư pháp, năm 2014 sẽ có ít nhất 120 thôn được hỗ trợ rà soát hương ước; kinh phí tập huấn lần này hơn 85 triệu đồng. Sau lớp học, mỗi học viên về thôn tổ chức họp dân, lấy ý kiến từng hộ trước khi sửa quy ước; Ban công tác Mặt trận thôn chịu trách nhiệm giám sát việc thực hiện.
Bế mạc lớp tập huấn, bà A Lăng Thị Bình đề nghị các xã hoàn thành việc rà soát trước ngày 30/9/2014, báo cáo kết quả về Ủy ban MTTQ tỉnh.
Hồ Quân
Lượt truy cập: 4.211
Các tin khác
- Đông Giang: 100% thôn tổ chức Ngày hội Đại đoàn kết (10/05/2014)
- Phước Sơn xóa tục cưới tảo hôn (28/04/2014)
- Tây Giang công nhận 12 thôn văn hóa (15/04/2014)
""", "2014-05-22", "Tập huấn xây dựng, sửa đổi hương ước, quy ước cho 150 cán bộ thôn vùng cao",
E("tap_huan", "2014", "2014-05-20"),
[P("A Lăng Thị Bình", "Ủy viên Ban Thường vụ", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thạnh", "Phó Giám đốc Sở Tư pháp"),
 P("Bríu Pố", "Già làng"),
 P("Alăng Ngược", "Chủ tịch Ủy ban MTTQ xã A Tiêng"),
 P("Zơ Râm Thị Lim", "Phó Chủ tịch Hội LHPN huyện Tây Giang")],
[Q("150 cán bộ thôn vùng cao", 150, "cán bộ thôn vùng cao"), Q("150 học viên", 150, "học viên"),
 Q("1.176 thôn, tổ dân phố", 1176, "thôn, tổ dân phố"), Q("khoảng 210 bản", 210, "bản", "approx"),
 Q("9 huyện miền núi", 9, "huyện miền núi"), Q("83 thôn", 83, "thôn"), Q("14 điều", 14, "điều"),
 Q("92/96 hộ", 92, "hộ"), Q("2 triệu đồng", 2000000, "đồng"), Q("ít nhất 120 thôn", 120, "thôn", "over"),
 Q("hơn 85 triệu đồng", 85000000, "đồng", "over")],
[D("Thông tư liên tịch", "03", "2000/TTLT-BTP-BVHTT-BTTUBTƯMTTQVN", None, None, "Thông tư liên tịch số 03/2000/TTLT-BTP-BVHTT-BTTUBTƯMTTQVN"),
 D("Chỉ thị", "24", "1998/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 24/1998/CT-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch liên tịch", "17", "KHLT-MTTQ-STP", "2014-03-05", "Ủy ban MTTQ tỉnh và Sở Tư pháp", "Kế hoạch liên tịch số 17/KHLT-MTTQ-STP ngày 05/3/2014")],
[prov("Quảng Nam"), com("Tà Lu"), com("A Tiêng")],
["Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam", "Trang chủ | Hoạt động | Tin cơ sở", "Ảnh: Các học viên thảo luận nhóm.", "Lượt truy cập: 4.211"],
["Ngày đăng 22/05/2014 | 15:40", "năm 2005", "1 con", "3 năm", "30/9/2014", "năm 2014", "Lượt truy cập: 4.211"]))

PAGES.append(page("b4473-daklak-buonvanhoa-giamsat-2015", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Xã hội › Văn hóa cơ sở
Thứ Sáu, 25/09/2015, 10:20
Giám sát việc bình xét, công nhận buôn văn hóa tại huyện Krông Bông
Ngày 23/9, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk do đồng chí Y Nhuê Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện tiêu chí, trình tự bình xét, công nhận danh hiệu "Buôn văn hóa", "Gia đình văn hóa" giai đoạn 2013 - 2015 tại huyện Krông Bông.
Đoàn giám sát làm việc tại buôn Cư Pui. Ảnh: H'Xíu
Tham gia đoàn có các ông, bà: Lê Văn Tạo, H'Năm Niê - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đại diện Sở Văn hóa, Thể thao và Du lịch, Ban Dân tộc tỉnh.
Theo báo cáo của UBND huyện, đến tháng 8/2015 toàn huyện có 18.420/21.366 hộ đạt danh hiệu "Gia đình văn hóa", chiếm 86,2%; 98 thôn, buôn, tổ dân phố được công nhận văn hóa, trong đó có 41 buôn đồng bào Êđê, M'nông. Các buôn đã đưa vào quy ước việc bỏ tục "nối dây" (cưới anh em chồng, chị em vợ khi vợ hoặc chồng mất), hạn chế uống rượu cần kéo dài trong lễ bỏ mả; 135 cặp vợ chồng trẻ tổ chức đám cưới theo nếp sống mới.
Tuy nhiên, qua kiểm tra thực tế tại xã Cư Pui và xã Yang Mao, đoàn chỉ ra nhiều tồn tại: hồ sơ công nhận 7 buôn văn hóa thiếu biên bản họp dân; có buôn còn trên 20% hộ nghèo nhưng vẫn được đề nghị công nhận; việc bình xét gia đình văn hóa ở một số nơi làm theo hình thức "cào bằng", trong khi 12 hộ có con tảo hôn vẫn được công nhận.
Ông Y Bhiu Mlô, già làng buôn Khanh, xã Yang Mao, phản ánh: "Buôn đã có quy ước mới từ năm 2012, nhưng khi hộ vi phạm thì thôn không đủ sức xử lý vì chưa có hướng dẫn của xã". Bà H'Loan Ktla, Trưởng ban công tác Mặt trận buôn Cư Pui, đề nghị hỗ trợ kinh phí cho hoạt động của đội cồng chiêng và mua sắm trang thiết bị cho nhà văn hóa cộng đồng.
Đồng chí Ama Hoan, HUV, Phó Chủ tịch UBND huyện Krông Bông, tiếp thu và cho biết huyện đang triển khai Kế hoạch số 56/KH-UBND về chấn chỉnh công tác bình xét; năm 2015 đã chi khoảng 340 triệu đồng khen thưởng thôn, buôn văn hóa tiêu biểu.
Kết luận buổi giám sát, đồng chí Y Nhuê Byă đề nghị huyện thực hiện đúng Quyết định số 17/2011/QĐ-TTg và Thông tư số 12/2011/TT-BVHTTDL ngày 10/10/2011 của Bộ Văn hóa, Thể thao và Du lịch quy định chi tiết về tiêu chuẩn, trình tự, thủ tục xét tặng danh hiệu; kiên quyết không công nhận các buôn chưa đạt chuẩn, thu hồi danh hiệu của 3 buôn vi phạm. Đoàn sẽ tổng hợp kiến nghị gửi Ban Chỉ đạo tỉnh trước ngày 15/10.
H'Xíu - Thúy Hằng
Lượt đọc: 2.347
Tin liên quan
- Lắk: 26 buôn giữ gìn văn hóa cồng chiêng (18/09/2015)
- Hội thảo bảo tồn luật tục Êđê (07/09/2015)
- Buôn Ma Thuột: 95% tổ dân phố văn hóa (28/08/2015)
""", "2015-09-25", "Giám sát việc bình xét, công nhận buôn văn hóa tại huyện Krông Bông",
E("giam_sat", None, "2015-09-23"),
[P("Y Nhuê Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Tạo", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Năm Niê", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Bhiu Mlô", "già làng buôn Khanh"),
 P("H'Loan Ktla", "Trưởng ban công tác Mặt trận buôn Cư Pui"),
 P("Ama Hoan", "HUV", "Phó Chủ tịch UBND huyện Krông Bông")],
[Q("18.420/21.366 hộ", 18420, "hộ"), Q("86,2%", 86.2, "%"), Q("98 thôn, buôn, tổ dân phố", 98, "thôn, buôn, tổ dân phố"),
 Q("41 buôn đồng bào Êđê, M'nông", 41, "buôn đồng bào Êđê, M'nông"), Q("135 cặp vợ chồng trẻ", 135, "cặp vợ chồng trẻ"),
 Q("7 buôn văn hóa", 7, "buôn văn hóa"), Q("trên 20%", 20, "%", "over"), Q("12 hộ", 12, "hộ"),
 Q("khoảng 340 triệu đồng", 340000000, "đồng", "approx"), Q("3 buôn", 3, "buôn")],
[D("Kế hoạch", "56", "KH-UBND", None, None, "Kế hoạch số 56/KH-UBND"),
 D("Quyết định", "17", "2011/QĐ-TTg", None, None, "Quyết định số 17/2011/QĐ-TTg"),
 D("Thông tư", "12", "2011/TT-BVHTTDL", "2011-10-10", "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 12/2011/TT-BVHTTDL ngày 10/10/2011")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Yang Mao")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Xã hội › Văn hóa cơ sở", "Đoàn giám sát làm việc tại buôn Cư Pui. Ảnh: H'Xíu", "Buôn văn hóa", "Gia đình văn hóa", "Lượt đọc: 2.347"],
["Thứ Sáu, 25/09/2015, 10:20", "2013 - 2015", "tháng 8/2015", "năm 2012", "năm 2015", "Lượt đọc: 2.347"]))

PAGES.append(page("b4474-soctrang-apvanhoa-tongket-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ / Tin tức - Sự kiện / Phong trào
29-12-2016 09:40
Sóc Trăng: Tổng kết cuộc vận động xây dựng đời sống văn hóa ở khu dân cư năm 2016
Ngày 27/12, Ban Chỉ đạo cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" tỉnh tổ chức hội nghị tổng kết công tác năm 2016. Đồng chí Lâm Thị Sa Phone, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Trần Văn Lầu, Phó Chủ tịch UBND tỉnh đồng chủ trì.
Toàn cảnh hội nghị.
Năm 2016, toàn tỉnh có 279.512 hộ đạt chuẩn "Gia đình văn hóa", đạt 90,7%; 624/667 ấp, khóm đạt chuẩn văn hóa; 74 xã đạt chuẩn văn hóa nông thôn mới và 9 phường, thị trấn đạt chuẩn văn minh đô thị. Trong đồng bào Khmer, 92 chùa Phật giáo Nam tông Khmer phối hợp vận động phật tử tổ chức lễ Chôl Chnăm Thmây, Sene Dolta, Ok Om Bok tiết kiệm, không mê tín dị đoan; 1.486 đám cưới, đám tang của đồng bào Khmer thực hiện nếp sống văn minh, giảm thời gian tổ chức từ 3 ngày xuống còn 1 ngày.
Thực hiện Quyết định số 1619/QĐ-UBND ngày 12/7/2016 của UBND tỉnh, Mặt trận các cấp vận động được 38,5 tỷ đồng xây dựng 612 căn nhà Đại đoàn kết; hơn 4.000 hộ đăng ký "Gia đình văn hóa - không có người vi phạm pháp luật".
Tại hội nghị, Đại đức Thạch Sô Phanh, trụ trì chùa Prếk Chru, xã Đại Tâm, chia sẻ cách nhà chùa lồng ghép tuyên truyền trong các buổi thuyết pháp. Ông Kim Sa Rết, trưởng ấp Trà Tim, xã Đại Tâm, cho biết ấp đã giữ danh hiệu ấp văn hóa 5 năm liền nhờ 97% hộ thực hiện quy ước. Bà Trần Thị Ngọc Hân, Chủ tịch Ủy ban MTTQ phường 5, thị xã Vĩnh Châu, đề nghị quan tâm các hộ Khmer nghèo ở khu dân cư ven biển.
Hội nghị cũng chỉ ra hạn chế: 43 ấp văn hóa chưa giữ vững danh hiệu; tệ nạn cờ bạc, nhậu nhẹt trong đám tiệc ở một số nơi chưa giảm; việc sử dụng loa công suất lớn trong đám cưới gây ồn ào kéo dài.
Phát biểu chỉ đạo, đồng chí Trần Văn Lầu yêu cầu năm 2017 thực hiện tốt Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín và về xây dựng ấp văn hóa vùng đồng bào Khmer; phấn đấu có trên 92% hộ đạt gia đình văn hóa, 95% ấp, khóm văn hóa.
Dịp này, Ban Chỉ đạo tặng giấy khen cho các ông, bà: Lý Rươne, Thạch Thị Sa Ranh, Sơn Ngọc Hoàng - trưởng ban công tác Mặt trận ấp; cùng 30 tập thể và 45 cá nhân tiêu biểu khác.
Hữu Thọ
Lượt xem: 730
Tin liên quan
- Vĩnh Châu ra mắt 12 khu dân cư kiểu mẫu (15/12/2016)
- Trần Đề: Ngày hội Đại đoàn kết ở 56 ấp (20/11/2016)
- Mỹ Xuyên vận động đồng bào Khmer tổ chức lễ Ok Om Bok tiết kiệm (10/11/2016)
- Châu Thành: ra mắt mô hình "Ấp văn hóa không có người nghiện ma túy" (28/10/2016)
- Tập huấn nghiệp vụ cho trưởng ban công tác Mặt trận ấp, khóm (12/10/2016)
""", "2016-12-29", "Sóc Trăng: Tổng kết cuộc vận động xây dựng đời sống văn hóa ở khu dân cư năm 2016",
E("tong_ket", "2016", "2016-12-27"),
[P("Lâm Thị Sa Phone", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lầu", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Sô Phanh", "Đại đức", "trụ trì chùa Prếk Chru"),
 P("Kim Sa Rết", "trưởng ấp Trà Tim"),
 P("Trần Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ phường 5"),
 P("Lý Rươne", "trưởng ban công tác Mặt trận ấp"),
 P("Thạch Thị Sa Ranh", "trưởng ban công tác Mặt trận ấp"),
 P("Sơn Ngọc Hoàng", "trưởng ban công tác Mặt trận ấp")],
[Q("279.512 hộ", 279512, "hộ"), Q("90,7%", 90.7, "%"), Q("624/667 ấp, khóm", 624, "ấp, khóm"),
 Q("74 xã", 74, "xã"), Q("9 phường, thị trấn", 9, "phường, thị trấn"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("1.486 đám cưới, đám tang", 1486, "đám cưới, đám tang"), Q("38,5 tỷ đồng", 38500000000, "đồng"),
 Q("612 căn nhà Đại đoàn kết", 612, "căn nhà Đại đoàn kết"), Q("hơn 4.000 hộ", 4000, "hộ", "over"),
 Q("97%", 97, "%"), Q("43 ấp văn hóa", 43, "ấp văn hóa"), Q("trên 92%", 92, "%", "over"), Q("95%", 95, "%"),
 Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân tiêu biểu", 45, "cá nhân tiêu biểu")],
[D("Quyết định", "1619", "QĐ-UBND", "2016-07-12", "UBND tỉnh", "Quyết định số 1619/QĐ-UBND ngày 12/7/2016"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "06-CT/TU")],
[prov("Sóc Trăng"), com("Đại Tâm"), com("phường 5")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ / Tin tức - Sự kiện / Phong trào", "Toàn cảnh hội nghị.",
 "Gia đình văn hóa - không có người vi phạm pháp luật", "Chôl Chnăm Thmây", "Lượt xem: 730"],
["29-12-2016 09:40", "3 ngày", "1 ngày", "5 năm", "năm 2016", "năm 2017", "Lượt xem: 730"]))
