from lib import *
PAGES = []

PAGES.append(page("b7517-thaibinh-ctd-quatet-2011", """
BÁO THÁI BÌNH ĐIỆN TỬ
Trang chủ > Xã hội > Nhân đạo - Từ thiện
Thứ Tư, 26/01/2011 - 08:40
Ảnh: Đồng chí Phạm Văn Xuyên trao quà cho người nghèo xã An Ninh.
Hội Chữ thập đỏ tỉnh trao 1.250 suất quà Tết cho các địa chỉ nhân đạo
Ngày 25/1, Hội Chữ thập đỏ tỉnh Thái Bình tổ chức trao quà Tết Tân Mão cho các địa chỉ nhân đạo tại huyện Quỳnh Phụ và huyện Hưng Hà. Tới dự có đồng chí Phạm Văn Xuyên, Phó Chủ tịch UBND tỉnh; bà Nguyễn Thị Hạnh, Chủ tịch Hội Chữ thập đỏ tỉnh.
Thực hiện Cuộc vận động "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo" và Hướng dẫn số 08/HD-CTĐ ngày 15/11/2010 của Trung ương Hội Chữ thập đỏ Việt Nam về tổ chức hoạt động chăm lo Tết, năm nay các cấp Hội trong tỉnh đã vận động được hơn 2,1 tỷ đồng tiền mặt và hàng hóa. Hội trao 1.250 suất quà, mỗi suất trị giá 300.000 đồng, cho người nghèo, nạn nhân chất độc da cam và người khuyết tật có hoàn cảnh đặc biệt khó khăn. Riêng Hội Chữ thập đỏ tỉnh trao trực tiếp 420 suất tại 6 xã.
Theo bà Nguyễn Thị Hạnh, đến cuối năm 2010 toàn tỉnh có 3.468 địa chỉ nhân đạo được các tổ chức, cá nhân nhận đỡ đầu, giúp đỡ thường xuyên; trong đó 512 địa chỉ được hỗ trợ từ 500.000 đồng/tháng trở lên. Các cơ quan, doanh nghiệp như Điện lực Thái Bình, Ngân hàng Nông nghiệp chi nhánh tỉnh đã nhận đỡ đầu lâu dài 37 trẻ mồ côi đến khi các em tròn 18 tuổi.
Tại xã An Ninh, ông Đặng Văn Tuấn, Chủ tịch Hội Chữ thập đỏ xã, cho biết xã có 46 địa chỉ nhân đạo, phần lớn là người già cô đơn và gia đình có con bị di chứng chất độc da cam. Nhờ cán bộ hội bám sát từng hộ, năm qua xã đã vận động xây mới 2 căn nhà nhân đạo, mỗi căn hỗ trợ 25 triệu đồng.
Cụ Lê Thị Gái, 82 tuổi, ở thôn Đông Hồ, xúc động khi nhận quà: "Năm nào Hội cũng đến thăm, Tết này tôi lại có thêm tấm chăn ấm".
Phát biểu tại buổi trao quà, đồng chí Phạm Văn Xuyên đề nghị các cấp Hội tiếp tục thực hiện Luật Hoạt động chữ thập đỏ và Quyết định số 1820/QĐ-UBND ngày 30/8/2010 của UBND tỉnh về tăng cường công tác chữ thập đỏ giai đoạn 2010 - 2015; rà soát, cập nhật danh sách địa chỉ nhân đạo, bảo đảm không để hộ nào không có Tết. Cùng ngày, đoàn đến thăm, tặng quà tại xã Tân Lễ và Trung tâm Bảo trợ xã hội tỉnh.
Được biết, trước Tết, Hội Chữ thập đỏ các huyện, thành phố còn phối hợp với các nhà hảo tâm tổ chức 8 điểm "Phiên chợ nhân đạo" để người nghèo dùng phiếu mua hàng miễn phí; mỗi phiếu có giá trị 200.000 đồng. Những địa chỉ nhân đạo ở xa được cán bộ chi hội mang quà đến tận nhà.
Minh Thu
Tin liên quan
- Hưng Hà: 300 suất quà cho nạn nhân chất độc da cam (21/01/2011)
- Ra quân "Tết vì người nghèo và nạn nhân chất độc da cam" (10/01/2011)
- Hội Chữ thập đỏ Vũ Thư tổng kết năm 2010 (28/12/2010)
- Trao 15 xe lăn cho người khuyết tật Thái Thụy (17/12/2010)
- Kiến Xương: Hiến máu tình nguyện đợt cuối năm (10/12/2010)
""", "2011-01-26", "Hội Chữ thập đỏ tỉnh trao 1.250 suất quà Tết cho các địa chỉ nhân đạo",
E("trao_qua", None, "2011-01-25"),
[P("Phạm Văn Xuyên", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Hạnh", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Đặng Văn Tuấn", "Chủ tịch Hội Chữ thập đỏ xã"),
 P("Lê Thị Gái")],
[Q("1.250 suất quà", 1250, "suất quà"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("300.000 đồng", 300000, "đồng"), Q("420 suất", 420, "suất"), Q("6 xã", 6, "xã"),
 Q("3.468 địa chỉ nhân đạo", 3468, "địa chỉ nhân đạo"), Q("512 địa chỉ", 512, "địa chỉ"),
 Q("500.000 đồng/tháng trở lên", 500000, "đồng", "over"), Q("37 trẻ mồ côi", 37, "trẻ mồ côi"),
 Q("46 địa chỉ nhân đạo", 46, "địa chỉ nhân đạo"), Q("2 căn nhà nhân đạo", 2, "căn nhà nhân đạo"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("8 điểm", 8, "điểm"), Q("200.000 đồng", 200000, "đồng")],
[D("Hướng dẫn", "08", "HD-CTĐ", "2010-11-15", "Trung ương Hội Chữ thập đỏ Việt Nam", "Hướng dẫn số 08/HD-CTĐ ngày 15/11/2010"),
 D("Quyết định", "1820", "QĐ-UBND", "2010-08-30", "UBND tỉnh", "Quyết định số 1820/QĐ-UBND ngày 30/8/2010")],
[prov("Thái Bình"), com("An Ninh"), com("Tân Lễ")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Trang chủ > Xã hội > Nhân đạo - Từ thiện",
 "Ảnh: Đồng chí Phạm Văn Xuyên trao quà cho người nghèo xã An Ninh.",
 "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", "Luật Hoạt động chữ thập đỏ",
 "Điện lực Thái Bình", "Trung tâm Bảo trợ xã hội tỉnh", "Phiên chợ nhân đạo"],
["Thứ Tư, 26/01/2011 - 08:40", "Tết Tân Mão", "18 tuổi", "82 tuổi", "năm 2010", "giai đoạn 2010 - 2015"]))

PAGES.append(page("b7518-nghean-ctd-tongket-2012", """
Báo Nghệ An
Thời sự | Xã hội | Chữ thập đỏ
28/12/2012 - 16:25
Hơn 4.700 địa chỉ nhân đạo được giúp đỡ trong năm
(Baonghean) - Chiều 27/12, Hội Chữ thập đỏ tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào chữ thập đỏ năm 2012, triển khai nhiệm vụ năm 2013. Dự hội nghị có đồng chí Hoàng Viết Đường, Phó Chủ tịch UBND tỉnh; đồng chí Trần Thị Mỹ Lệ, Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam.
Quang cảnh hội nghị. Ảnh: Công Kiên
Năm 2012, các cấp Hội trong tỉnh vận động được tổng giá trị tiền và hàng đạt 38,6 tỷ đồng, tăng 12% so với năm trước. Cuộc vận động "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo" tiếp tục lan tỏa: có 4.732 địa chỉ nhân đạo được kết nối, giúp đỡ với số tiền khoảng 9,4 tỷ đồng; 28 căn nhà nhân đạo được xây mới và sửa chữa. Công tác hiến máu tình nguyện tiếp nhận 11.250 đơn vị máu, đạt 104% kế hoạch.
Hội cũng tổ chức 14 lớp tập huấn sơ cấp cứu cho hơn 1.100 tình nguyện viên; phát triển mới 6.850 hội viên, nâng tổng số hội viên toàn tỉnh lên 142.300 người. Thực hiện Nghị định số 03/2011/NĐ-CP của Chính phủ quy định chi tiết, hướng dẫn thi hành Luật Hoạt động chữ thập đỏ, Ban Thường vụ Hội tỉnh đã ban hành kế hoạch số 17/KH-CTĐ về rà soát, quản lý địa chỉ nhân đạo ở 21 huyện, thành, thị.
Hội nghị nghe nhiều tham luận. Ông Cao Xuân Lâm, Chủ tịch Hội Chữ thập đỏ huyện Quỳnh Lưu, giới thiệu cách làm "Mỗi chi hội nhận một địa chỉ"; bà Lô Thị Phượng, Chủ tịch Hội Chữ thập đỏ xã Châu Hạnh (Quỳ Châu), kể về việc vận động bà con người Thái góp gạo giúp các hộ neo đơn.
Phát biểu chỉ đạo, đồng chí Hoàng Viết Đường ghi nhận những kết quả Hội đạt được, đồng thời đề nghị năm 2013 các cấp Hội bám sát Quyết định số 2176/QĐ-UBND ngày 06/6/2012 của UBND tỉnh về phê duyệt Đề án nâng cao chất lượng hoạt động chữ thập đỏ, phối hợp với Mặt trận Tổ quốc hướng nguồn lực về các huyện miền Tây.
Đồng chí Trần Thị Mỹ Lệ đánh giá Nghệ An là một trong những tỉnh dẫn đầu về kết nối địa chỉ nhân đạo. Dịp này, Trung ương Hội tặng Bằng khen cho 9 tập thể và 15 cá nhân; UBND tỉnh tặng Bằng khen cho 11 tập thể. Đồng chí Nguyễn Văn Hải, Chủ tịch Hội Chữ thập đỏ tỉnh, phát động thi đua năm 2013.
Bên cạnh kết quả, hội nghị chỉ ra hạn chế: việc quản lý địa chỉ nhân đạo ở một số cơ sở còn lỏng, danh sách chưa được cập nhật, có nơi một hộ được nhiều đơn vị cùng nhận giúp đỡ trong khi hộ khác bị bỏ sót. Nguồn vận động chủ yếu tập trung dịp Tết, chưa đều trong năm. Năm 2013, Hội phấn đấu kết nối thêm ít nhất 500 địa chỉ nhân đạo, tiếp nhận 12.000 đơn vị máu và xây dựng mỗi huyện một mô hình nhân đạo tiêu biểu.
Thanh Nga
Lượt xem: 1.204
Tin liên quan
- Hiến máu "Giọt hồng xứ Nghệ" thu 1.300 đơn vị máu (20/12/2012)
- Trao 50 suất quà cho nạn nhân da cam Diễn Châu (05/12/2012)
- Tân Kỳ: đỡ đầu 20 trẻ em mồ côi (22/11/2012)
""", "2012-12-28", "Hơn 4.700 địa chỉ nhân đạo được giúp đỡ trong năm",
E("tong_ket", "2012", "2012-12-27"),
[P("Hoàng Viết Đường", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Thị Mỹ Lệ", "Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam"),
 P("Cao Xuân Lâm", "Chủ tịch Hội Chữ thập đỏ huyện Quỳnh Lưu"),
 P("Lô Thị Phượng", "Chủ tịch Hội Chữ thập đỏ xã Châu Hạnh"),
 P("Nguyễn Văn Hải", "Chủ tịch Hội Chữ thập đỏ tỉnh")],
[Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("12%", 12, "%"),
 Q("4.732 địa chỉ nhân đạo", 4732, "địa chỉ nhân đạo"), Q("khoảng 9,4 tỷ đồng", 9400000000, "đồng", "approx"),
 Q("28 căn nhà nhân đạo", 28, "căn nhà nhân đạo"), Q("11.250 đơn vị máu", 11250, "đơn vị máu"), Q("104%", 104, "%"),
 Q("14 lớp tập huấn sơ cấp cứu", 14, "lớp tập huấn sơ cấp cứu"), Q("hơn 1.100 tình nguyện viên", 1100, "tình nguyện viên", "over"),
 Q("6.850 hội viên", 6850, "hội viên"), Q("142.300 người", 142300, "người"),
 Q("21 huyện, thành, thị", 21, "huyện, thành, thị"),
 Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("11 tập thể", 11, "tập thể"),
 Q("ít nhất 500 địa chỉ nhân đạo", 500, "địa chỉ nhân đạo", "over"), Q("12.000 đơn vị máu", 12000, "đơn vị máu")],
[D("Nghị định", "03", "2011/NĐ-CP", None, "Chính phủ", "Nghị định số 03/2011/NĐ-CP"),
 D("Kế hoạch", "17", "KH-CTĐ", None, "Ban Thường vụ Hội tỉnh", "kế hoạch số 17/KH-CTĐ"),
 D("Quyết định", "2176", "QĐ-UBND", "2012-06-06", "UBND tỉnh", "Quyết định số 2176/QĐ-UBND ngày 06/6/2012")],
[prov("Nghệ An"), com("Châu Hạnh")],
["Báo Nghệ An", "Thời sự | Xã hội | Chữ thập đỏ", "(Baonghean)", "Quang cảnh hội nghị. Ảnh: Công Kiên",
 "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", "Mỗi chi hội nhận một địa chỉ", "Luật Hoạt động chữ thập đỏ",
 "Lượt xem: 1.204"],
["28/12/2012 - 16:25", "năm 2012", "năm 2013", "Lượt xem: 1.204", "mỗi huyện một mô hình"]))

PAGES.append(page("b7519-quangtri-ctd-caynhandao-2013", """
QUẢNG TRỊ ONLINE
Bạn đang ở: Trang chủ / Xã hội / Nhân đạo
Thứ Ba, 22/01/2013
Hải Lăng: Khởi động mô hình "Cây nhân đạo" mùa xuân
Cập nhật lúc 09:15 ngày 22/01/2013
Sáng 21/1, tại xã Hải Thượng, Hội Chữ thập đỏ huyện Hải Lăng phối hợp với Huyện đoàn ra mắt mô hình "Cây nhân đạo" đầu tiên của tỉnh Quảng Trị. Trên cây mai giấy dựng trước sân Ủy ban nhân dân xã, mỗi phong bì đỏ là một lời nhắn của một hộ khó khăn: một bao gạo, một bộ quần áo cho con đi học, tiền thuốc cho người già.
Người dân, học sinh và các doanh nghiệp đến "hái" phong bì, tự tay mua và trao món quà ghi trong đó. Chỉ trong buổi sáng, 186 phong bì đã được hái hết, tương đương gần 60 triệu đồng. Ông Trần Văn Bảy, Giám đốc Công ty TNHH Mộc Bảy Hùng ở thị trấn Hải Lăng, hái 5 phong bì và hứa sẽ nhận đỡ đầu luôn hai cháu mồ côi ở thôn Thượng Xá.
Bà Hoàng Thị Thu Lài, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh, cho biết mô hình được xây dựng theo kế hoạch số 04/KH-HCTĐ ngày 07/01/2013 của Ban Thường vụ Hội Chữ thập đỏ tỉnh, gắn với Cuộc vận động "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo". Toàn tỉnh hiện có khoảng 2.300 địa chỉ nhân đạo, nhưng mới hơn một nửa có người nhận giúp đỡ lâu dài.
"Chúng tôi muốn người cho gặp tận mặt người nhận, biết rõ họ cần gì, để sự giúp đỡ không dừng lại sau Tết", bà Lài nói.
Anh Lê Quang Nhật, Bí thư Huyện đoàn Hải Lăng, cho biết 40 đoàn viên thanh niên tình nguyện sẽ đưa quà đến tận nhà những người già yếu không đến được. Theo ông Nguyễn Hữu Tính, Chủ tịch UBND xã Hải Thượng, xã có 73 hộ nghèo, 12 người già neo đơn; sau đợt này, mỗi hộ nghèo đều có ít nhất một người đỡ đầu.
Huyện Hải Lăng dự kiến nhân rộng "Cây nhân đạo" ra 19 xã, thị trấn trước Tết Quý Tỵ, với mục tiêu kết nối thêm 300 địa chỉ nhân đạo.
Chị Nguyễn Thị Hoa, ở thôn Thượng Xá, có chồng mất sớm, một mình nuôi ba con nhỏ. Phong bì của chị chỉ ghi: "Cần tiền học phí cho con gái lớp 9". Chưa đầy nửa giờ, một cô giáo Trường THCS Hải Thượng đã hái phong bì ấy và đến tận nhà chị trao 1,5 triệu đồng, kèm lời hứa sẽ kèm cặp cháu ôn thi vào lớp 10.
Theo Ban tổ chức, toàn bộ phong bì trên cây đều được cán bộ chi hội chữ thập đỏ các thôn khảo sát, xác minh từ tháng 12/2012, có xác nhận của trưởng thôn để bảo đảm quà đến đúng người, đúng nhu cầu. Những món quà có giá trị lớn như sửa nhà, mua bò giống sẽ được Hội vận động theo hình thức nhiều người cùng góp.
Hoài Nam
TIN CÙNG CHUYÊN MỤC
- Gio Linh trao 120 suất quà cho nạn nhân chất độc da cam
- Hiến máu tình nguyện "Chủ nhật đỏ" tại Đông Hà
- Triệu Phong: Trao nhà nhân đạo cho hộ nghèo
- Cam Lộ tập huấn sơ cấp cứu cho tình nguyện viên
- Đakrông: 200 chăn ấm cho đồng bào Vân Kiều, Pa Cô
""", "2013-01-22", "Hải Lăng: Khởi động mô hình \"Cây nhân đạo\" mùa xuân",
E("khac", None, "2013-01-21"),
[P("Trần Văn Bảy", "Giám đốc Công ty TNHH Mộc Bảy Hùng"),
 P("Hoàng Thị Thu Lài", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh"),
 P("Lê Quang Nhật", "Bí thư Huyện đoàn Hải Lăng"),
 P("Nguyễn Hữu Tính", "Chủ tịch UBND xã Hải Thượng")],
[Q("186 phong bì", 186, "phong bì"), Q("gần 60 triệu đồng", 60000000, "đồng", "approx"),
 Q("5 phong bì", 5, "phong bì"), Q("hai cháu mồ côi", 2, "cháu mồ côi"),
 Q("khoảng 2.300 địa chỉ nhân đạo", 2300, "địa chỉ nhân đạo", "approx"),
 Q("40 đoàn viên thanh niên tình nguyện", 40, "đoàn viên thanh niên tình nguyện"),
 Q("73 hộ nghèo", 73, "hộ nghèo"), Q("12 người già neo đơn", 12, "người già neo đơn"),
 Q("19 xã, thị trấn", 19, "xã, thị trấn"), Q("ba con nhỏ", 3, "con"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("300 địa chỉ nhân đạo", 300, "địa chỉ nhân đạo")],
[D("Kế hoạch", "04", "KH-HCTĐ", "2013-01-07", "Ban Thường vụ Hội Chữ thập đỏ tỉnh", "kế hoạch số 04/KH-HCTĐ ngày 07/01/2013")],
[prov("Quảng Trị"), com("Hải Thượng"), com("Hải Lăng")],
["QUẢNG TRỊ ONLINE", "Bạn đang ở: Trang chủ / Xã hội / Nhân đạo", "Cây nhân đạo",
 "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", "Cập nhật lúc 09:15 ngày 22/01/2013", "Trường THCS Hải Thượng"],
["Thứ Ba, 22/01/2013", "Cập nhật lúc 09:15 ngày 22/01/2013", "một bao gạo", "một bộ quần áo", "Tết Quý Tỵ", "hơn một nửa", "lớp 9", "lớp 10", "tháng 12/2012", "nửa giờ"]))

PAGES.append(page("b7520-dongthap-ctd-soket-2014", """
BÁO ĐỒNG THÁP ONLINE
Xã hội » Chữ thập đỏ
10/07/2014 | 14:30
Hội nghị sơ kết công tác Hội 6 tháng đầu năm.
Kết nối 1.126 địa chỉ nhân đạo trong 6 tháng
Ngày 9/7/2014, Hội Chữ thập đỏ tỉnh Đồng Tháp tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2014, triển khai phương hướng 6 tháng cuối năm. Bà Huỳnh Thị Kim Loan, Tỉnh ủy viên, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì hội nghị.
Theo báo cáo, 6 tháng qua các cấp Hội đã vận động tiền, hàng trị giá hơn 16 tỷ đồng, đạt 58% chỉ tiêu năm. Chương trình kết nối địa chỉ nhân đạo giúp 1.126 hộ có hoàn cảnh khó khăn nhận được sự hỗ trợ thường xuyên từ các nhà hảo tâm, với tổng trị giá 3,2 tỷ đồng. Hội đã xây mới 41 căn nhà tình thương, mỗi căn từ 30 đến 40 triệu đồng; trao 230 suất học bổng cho học sinh nghèo hiếu học.
Mô hình "Ngân hàng bò" được duy trì ở 9 huyện, thành phố với 312 con bò đang được các hộ nghèo chăm sóc; khoảng 60% số hộ đã có bê con đầu tiên để chuyển cho hộ kế tiếp. Phong trào hiến máu tình nguyện thu được 7.480 đơn vị máu.
Thực hiện Chỉ thị số 05/CT-UBND ngày 14/3/2014 của UBND tỉnh về đẩy mạnh Cuộc vận động "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo" giai đoạn 2014 - 2016, Ban Thường vụ Hội tỉnh đã ban hành Hướng dẫn số 11, 12/HD-CTĐ về lập hồ sơ địa chỉ nhân đạo và về tiêu chí xét chọn hộ nhận bò.
Tại hội nghị, ông Lê Văn Thơ, Chủ tịch Hội Chữ thập đỏ huyện Tháp Mười, cho rằng nguồn vận động ở vùng sâu còn thấp vì doanh nghiệp ít; huyện đề nghị tỉnh điều tiết thêm nguồn cho các xã Mỹ Hòa, Trường Xuân. Bà Phạm Thị Mỹ, Phó Chủ tịch Hội Chữ thập đỏ thành phố Sa Đéc, chia sẻ cách vận động các tiệm vàng, vựa trái cây nhận đỡ đầu mỗi nơi một địa chỉ.
Các đại biểu cũng đề nghị có cơ chế kiểm tra định kỳ để tránh tình trạng một hộ được hỗ trợ trùng lặp, trong khi có hộ bị bỏ sót; đề nghị tập huấn cho cán bộ Hội cơ sở về lập hồ sơ theo dõi địa chỉ nhân đạo bằng máy tính.
Kết luận hội nghị, bà Huỳnh Thị Kim Loan yêu cầu 6 tháng cuối năm các cấp Hội tập trung hoàn thành 100% chỉ tiêu vận động, chuẩn bị tốt Tháng Nhân đạo và chăm lo người nghèo trong mùa lũ; mỗi cơ sở Hội rà soát lại danh sách địa chỉ nhân đạo trước ngày 30/9. Dịp này, Hội Chữ thập đỏ tỉnh tặng giấy khen cho 7 tập thể và 13 cá nhân có thành tích xuất sắc.
Ghi nhận tại xã Mỹ Hòa, gia đình ông Nguyễn Văn Út, 67 tuổi, bị tai biến nằm một chỗ, là một trong những địa chỉ nhân đạo được một doanh nghiệp xay xát lúa nhận hỗ trợ mỗi tháng 1 triệu đồng và 20 kg gạo. "Có tiền thuốc đều đặn, vợ tôi yên tâm đi làm thuê", ông Út nói.
Ngọc Trang
Các tin khác
- Lai Vung: 50 suất quà cho nạn nhân chất độc da cam (02/07/2014)
- Tháng Nhân đạo năm 2014: vận động hơn 5 tỷ đồng (30/06/2014)
- Cao Lãnh trao 12 con bò cho hộ nghèo (18/06/2014)
""", "2014-07-10", "Kết nối 1.126 địa chỉ nhân đạo trong 6 tháng",
E("so_ket", "2014-H1", "2014-07-09"),
[P("Huỳnh Thị Kim Loan", "Tỉnh ủy viên", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Lê Văn Thơ", "Chủ tịch Hội Chữ thập đỏ huyện Tháp Mười"),
 P("Phạm Thị Mỹ", "Phó Chủ tịch Hội Chữ thập đỏ thành phố Sa Đéc"),
 P("Nguyễn Văn Út")],
[Q("hơn 16 tỷ đồng", 16000000000, "đồng", "over"), Q("58%", 58, "%"),
 Q("1.126 hộ", 1126, "hộ"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("41 căn nhà tình thương", 41, "căn nhà tình thương"), Q("30", 30000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("230 suất học bổng", 230, "suất học bổng"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("312 con bò", 312, "con bò"),
 Q("khoảng 60%", 60, "%", "approx"), Q("7.480 đơn vị máu", 7480, "đơn vị máu"), Q("100%", 100, "%"),
 Q("7 tập thể", 7, "tập thể"), Q("13 cá nhân", 13, "cá nhân"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("20 kg", 20, "kg")],
[D("Chỉ thị", "05", "CT-UBND", "2014-03-14", "UBND tỉnh", "Chỉ thị số 05/CT-UBND ngày 14/3/2014"),
 D("Hướng dẫn", "11", "HD-CTĐ", None, "Ban Thường vụ Hội tỉnh", "Hướng dẫn số 11, 12/HD-CTĐ"),
 D("Hướng dẫn", "12", "HD-CTĐ", None, "Ban Thường vụ Hội tỉnh", "Hướng dẫn số 11, 12/HD-CTĐ")],
[prov("Đồng Tháp"), com("Mỹ Hòa"), com("Trường Xuân")],
["BÁO ĐỒNG THÁP ONLINE", "Xã hội » Chữ thập đỏ", "Hội nghị sơ kết công tác Hội 6 tháng đầu năm.", "Ngân hàng bò",
 "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", "Tháng Nhân đạo"],
["10/07/2014 | 14:30", "6 tháng đầu năm 2014", "6 tháng cuối năm", "6 tháng qua", "giai đoạn 2014 - 2016", "mỗi nơi một địa chỉ", "ngày 30/9", "67 tuổi"]))

PAGES.append(page("b7521-hoabinh-ctd-giaoban-2015", """
Hội Chữ thập đỏ tỉnh Hòa Bình - Cổng thông tin điện tử
Vị trí: Trang chủ :: Hoạt động Hội :: Tin tức
Ngày đăng 09/10/2015 | 10:20
Ảnh: Đồng chí Bùi Văn Khánh chủ trì giao ban.
Giao ban công tác Hội quý III: Tập trung chăm lo địa chỉ nhân đạo vùng lũ
Sáng ngày 08/10/2015, Ban Thường vụ Hội Chữ thập đỏ tỉnh tổ chức giao ban công tác Hội quý III năm 2015 với Hội Chữ thập đỏ 11 huyện, thành phố. Đồng chí Bùi Văn Khánh, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì; cùng dự có các đồng chí Phó Chủ tịch Hội Chữ thập đỏ tỉnh: Đinh Thị Lan, Quách Văn Mười.
Trong quý III, đợt mưa lũ đầu tháng 8 đã làm 3 người chết, hàng trăm ngôi nhà bị hư hại tại các huyện Mai Châu, Đà Bắc, Tân Lạc. Các cấp Hội đã kịp thời xuất kho hàng dự trữ, hỗ trợ 1.540 hộ bị ảnh hưởng với 24 tấn gạo, 860 thùng mì tôm và 1.200 bộ dụng cụ gia đình. Trung ương Hội Chữ thập đỏ Việt Nam hỗ trợ 450 triệu đồng để dựng lại nhà cho các hộ mất nhà. Số hộ này sau đó được đưa vào danh sách địa chỉ nhân đạo để theo dõi, giúp đỡ lâu dài.
Lũy kế 9 tháng, các cấp Hội vận động được gần 7,8 tỷ đồng; kết nối 865 địa chỉ nhân đạo mới, nâng tổng số địa chỉ được giúp đỡ thường xuyên lên 2.914. Thực hiện Kế hoạch số 135/KH-UBND ngày 20/4/2015 của UBND tỉnh, Hội phối hợp Sở Lao động - Thương binh và Xã hội rà soát, đối chiếu danh sách địa chỉ nhân đạo với danh sách hộ nghèo năm 2015 để tránh trùng lặp.
Báo cáo của đồng chí Hà Văn Thụ, Chủ tịch Hội Chữ thập đỏ huyện Mai Châu, cho thấy tại xã Tân Mai, 17 hộ người Thái, Mường có nhà bị cuốn trôi đã được các đoàn viên, hội viên góp gần 800 ngày công dọn dẹp, dựng tạm. Ông đề nghị tỉnh hỗ trợ thêm vật liệu để bà con làm nhà trước mùa rét.
Chị Bùi Thị Nga, Chủ tịch Hội Chữ thập đỏ xã Phong Phú (Tân Lạc), cho biết xã đã lập "tổ nhân đạo" ở 12 xóm để kịp thời báo tin về những hộ mới gặp khó khăn. Mỗi tổ có từ 3 đến 5 người, là tình nguyện viên, người có uy tín trong xóm.
Một số ý kiến cũng phản ánh việc giải ngân tiền hỗ trợ từ nguồn vận động của một số đơn vị còn chậm; hồ sơ địa chỉ nhân đạo ở cấp xã chưa ghi rõ nhu cầu cụ thể của từng hộ, gây khó khăn khi kết nối với nhà tài trợ.
Kết luận giao ban, đồng chí Bùi Văn Khánh yêu cầu quý IV các huyện, thành phố chủ động chuẩn bị kế hoạch Tết Bính Thân, bảo đảm mỗi địa chỉ nhân đạo có ít nhất một suất quà; hoàn thành việc sửa chữa nhà cho các hộ bị lũ trước ngày 31/12/2015; đồng thời triển khai Công văn số 89/CV-CTĐ của Hội Chữ thập đỏ tỉnh về tổ chức Đại hội chi hội cơ sở.
Bùi Minh
Xem thêm
- Hội Chữ thập đỏ tỉnh tiếp nhận 200 triệu đồng ủng hộ đồng bào vùng lũ
- Lạc Sơn: trao 20 con bò cho hộ nghèo
- Kim Bôi: hiến máu tình nguyện thu 320 đơn vị máu
- Tập huấn kỹ năng ứng phó thảm họa cho cán bộ Hội cấp huyện
""", "2015-10-09", "Giao ban công tác Hội quý III: Tập trung chăm lo địa chỉ nhân đạo vùng lũ",
E("giao_ban", "2015-Q3", "2015-10-08"),
[P("Bùi Văn Khánh", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Đinh Thị Lan", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Quách Văn Mười", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Hà Văn Thụ", "Chủ tịch Hội Chữ thập đỏ huyện Mai Châu"),
 P("Bùi Thị Nga", "Chủ tịch Hội Chữ thập đỏ xã Phong Phú")],
[Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("3 người", 3, "người"),
 Q("1.540 hộ", 1540, "hộ"), Q("24 tấn", 24, "tấn"), Q("860 thùng mì tôm", 860, "thùng mì tôm"),
 Q("1.200 bộ dụng cụ gia đình", 1200, "bộ dụng cụ gia đình"), Q("450 triệu đồng", 450000000, "đồng"),
 Q("gần 7,8 tỷ đồng", 7800000000, "đồng", "approx"), Q("865 địa chỉ nhân đạo mới", 865, "địa chỉ nhân đạo mới"),
 Q("2.914", 2914, "địa chỉ"), Q("17 hộ", 17, "hộ"), Q("gần 800 ngày công", 800, "ngày công", "approx"),
 Q("12 xóm", 12, "xóm"), Q("3", 3, "người"), Q("5 người", 5, "người")],
[D("Kế hoạch", "135", "KH-UBND", "2015-04-20", "UBND tỉnh", "Kế hoạch số 135/KH-UBND ngày 20/4/2015"),
 D("Công văn", "89", "CV-CTĐ", None, "Hội Chữ thập đỏ tỉnh", "Công văn số 89/CV-CTĐ")],
[prov("Hòa Bình"), com("Tân Mai"), com("Phong Phú")],
["Hội Chữ thập đỏ tỉnh Hòa Bình - Cổng thông tin điện tử", "Vị trí: Trang chủ :: Hoạt động Hội :: Tin tức",
 "Ảnh: Đồng chí Bùi Văn Khánh chủ trì giao ban.", "tổ nhân đạo"],
["Ngày đăng 09/10/2015 | 10:20", "quý III năm 2015", "quý IV", "Lũy kế 9 tháng", "hàng trăm ngôi nhà", "Tết Bính Thân", "một suất quà", "31/12/2015"]))

PAGES.append(page("b7522-cantho-ctd-taphuan-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Trang chủ › Tin tức - Sự kiện › Văn hóa - Xã hội
19/08/2016 - 15:45
Tập huấn quản lý địa chỉ nhân đạo cho 120 cán bộ Hội cơ sở
Trong 2 ngày 18 và 19/8/2016, Hội Chữ thập đỏ thành phố Cần Thơ tổ chức lớp tập huấn nghiệp vụ công tác xã hội và quản lý địa chỉ nhân đạo năm 2016 cho 120 cán bộ Hội Chữ thập đỏ các phường, xã, thị trấn thuộc 9 quận, huyện.
Dự khai mạc có ông Trương Quang Hiển, Phó Chủ tịch Thường trực Hội Chữ thập đỏ thành phố; bà Lâm Ngọc Dung, Trưởng Ban Công tác xã hội Trung ương Hội Chữ thập đỏ Việt Nam.
Học viên được hướng dẫn cách khảo sát, lập phiếu thông tin và số hóa hồ sơ từng địa chỉ nhân đạo; cách xây dựng dự án nhỏ giúp người nghèo tự tạo sinh kế thay vì chỉ nhận quà; kỹ năng vận động doanh nghiệp, Việt kiều và các chùa, nhà thờ cùng tham gia. Nội dung bám sát Quyết định số 02/QĐ-TW ngày 05/01/2016 của Trung ương Hội Chữ thập đỏ Việt Nam ban hành bộ tiêu chí địa chỉ nhân đạo và Kế hoạch số 23/KH-HCTĐ của Hội Chữ thập đỏ thành phố.
Theo ông Trương Quang Hiển, thành phố hiện có 2.087 địa chỉ nhân đạo đang được giúp đỡ; riêng 6 tháng đầu năm đã kết nối mới 214 địa chỉ với số tiền hỗ trợ trên 1,9 tỷ đồng. Tuy vậy, chỉ khoảng 35% hồ sơ được cập nhật đầy đủ; nhiều địa chỉ sau khi thoát khó vẫn nằm trong danh sách, trong khi người mới gặp hoạn nạn chưa được đưa vào.
Bà Lâm Ngọc Dung giới thiệu một số mô hình hiệu quả ở các tỉnh bạn như "Ngân hàng bò", "Sinh kế cho phụ nữ đơn thân" và phần mềm quản lý địa chỉ nhân đạo đang thí điểm tại 5 tỉnh.
Chị Trần Thị Bé Hai, Chủ tịch Hội Chữ thập đỏ phường An Hòa (quận Ninh Kiều), cho biết: "Trước đây tôi ghi chép vào sổ tay, nay biết cách lập bảng theo dõi, mỗi tháng báo cáo về quận chỉ mất nửa buổi". Anh Danh Hoàng, cán bộ Hội xã Thới Hưng (huyện Cờ Đỏ), người dân tộc Khmer, mong muốn có tài liệu song ngữ để vận động bà con phum sóc.
Cuối khóa, các học viên làm bài thu hoạch theo nhóm, xây dựng phương án hỗ trợ cho 3 địa chỉ nhân đạo cụ thể ở xã Thới Hưng; phương án tốt nhất được Hội Chữ thập đỏ thành phố hỗ trợ 10 triệu đồng để triển khai ngay.
Phát biểu bế mạc, ông Trương Quang Hiển đề nghị sau tập huấn, mỗi cơ sở Hội rà soát lại toàn bộ danh sách, hoàn thành nhập dữ liệu trước ngày 30/10/2016, phấn đấu đến cuối năm kết nối thêm không dưới 300 địa chỉ nhân đạo và vận động mỗi phường, xã có ít nhất một doanh nghiệp đồng hành.
Kim Xuân
Tin khác
- Cần Thơ: 500 suất quà trao người nghèo dịp Lễ Vu lan (16/08/2016)
- Hiến máu tình nguyện "Hành trình Đỏ" đến Cần Thơ (28/07/2016)
- Thốt Nốt trao 10 căn nhà nhân đạo (15/07/2016)
- Phong Điền: ra mắt Câu lạc bộ sơ cấp cứu (05/07/2016)
""", "2016-08-19", "Tập huấn quản lý địa chỉ nhân đạo cho 120 cán bộ Hội cơ sở",
E("tap_huan", "2016", "2016-08-18"),
[P("Trương Quang Hiển", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ thành phố"),
 P("Lâm Ngọc Dung", "Trưởng Ban Công tác xã hội Trung ương Hội Chữ thập đỏ Việt Nam"),
 P("Trần Thị Bé Hai", "Chủ tịch Hội Chữ thập đỏ phường An Hòa"),
 P("Danh Hoàng", "cán bộ Hội xã Thới Hưng")],
[Q("120 cán bộ", 120, "cán bộ"), Q("9 quận, huyện", 9, "quận, huyện"),
 Q("2.087 địa chỉ nhân đạo", 2087, "địa chỉ nhân đạo"), Q("214 địa chỉ", 214, "địa chỉ"),
 Q("trên 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("khoảng 35%", 35, "%", "approx"),
 Q("5 tỉnh", 5, "tỉnh"), Q("3 địa chỉ nhân đạo", 3, "địa chỉ nhân đạo"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("không dưới 300 địa chỉ nhân đạo", 300, "địa chỉ nhân đạo", "over")],
[D("Quyết định", "02", "QĐ-TW", "2016-01-05", "Trung ương Hội Chữ thập đỏ Việt Nam", "Quyết định số 02/QĐ-TW ngày 05/01/2016"),
 D("Kế hoạch", "23", "KH-HCTĐ", None, "Hội Chữ thập đỏ thành phố", "Kế hoạch số 23/KH-HCTĐ")],
[prov("Cần Thơ"), com("An Hòa"), com("Thới Hưng")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ", "Trang chủ › Tin tức - Sự kiện › Văn hóa - Xã hội",
 "Ngân hàng bò", "Sinh kế cho phụ nữ đơn thân"],
["19/08/2016 - 15:45", "2 ngày", "năm 2016", "6 tháng đầu năm", "nửa buổi", "30/10/2016", "một doanh nghiệp"]))
