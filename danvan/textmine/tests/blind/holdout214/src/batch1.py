from lib import *
PAGES = []

PAGES.append(page("b5093-thaibinh-bdv-tongket-diemnong-2011", """
BAN DÂN VẬN TỈNH ỦY THÁI BÌNH
Trang chủ » Hoạt động dân vận » Dân vận chính quyền
Thứ Tư, 28/12/2011 - 09:30
Toàn cảnh hội nghị tổng kết.
Thái Bình: Không để phát sinh điểm nóng mới về khiếu kiện đông người
Ngày 26/12/2011, Ban Dân vận Tỉnh ủy Thái Bình tổ chức hội nghị tổng kết công tác dân vận năm 2011 và công tác phối hợp giải quyết khiếu nại, tố cáo đông người. Đồng chí Vũ Đình Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có 56 đồng chí là lãnh đạo ban dân vận các huyện ủy, thành ủy và MTTQ, các đoàn thể tỉnh.
Báo cáo do đồng chí Phạm Thị Thoa, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, năm 2011 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 11, 12-CT/TU về tăng cường công tác dân vận trong giải phóng mặt bằng và về giải quyết dứt điểm các vụ khiếu kiện kéo dài; phối hợp Thanh tra tỉnh triển khai kế hoạch số 27-KH/BDVTU ngày 10/3/2011 về nắm tình hình ở 38 xã có dự án lớn.
Qua rà soát, toàn tỉnh có 14 điểm nóng tiềm ẩn, chủ yếu ở các xã ven biển liên quan đến đất nông nghiệp giao khoán; đến nay đã ổn định 11 điểm. Các cấp đã tiếp 1.265 lượt công dân, tiếp nhận 412 đơn thư khiếu nại, tố cáo, kiến nghị; giải quyết xong 376 đơn, đạt 91,3%. Có 9 đoàn đông người (từ 5 người trở lên) đến trụ sở tỉnh, giảm 6 đoàn so với năm 2010.
Tại hội nghị, đồng chí Trần Văn Hựu, HUV, Trưởng Ban Dân vận Huyện ủy Thái Thụy, chia sẻ kinh nghiệm vận động 217 hộ dân xã Thụy Trường nhận tiền bồi thường hơn 18,5 tỷ đồng. Ông Đỗ Văn Lành, Bí thư Đảng ủy xã Đông Minh, đề nghị tỉnh sớm có hướng dẫn xử lý đất dôi dư sau dồn điền đổi thửa để tránh tranh chấp.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Thị Hằng, Bùi Quang Thiều cũng nêu yêu cầu mặt trận cơ sở tham gia tổ hòa giải, không để vụ việc nhỏ thành điểm nóng.
Phát biểu kết luận, đồng chí Vũ Đình Khải yêu cầu năm 2012 các cấp thực hiện nghiêm Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Chỉ thị số 14/CT-TTg ngày 18/7/2011 của Thủ tướng Chính phủ; người đứng đầu cấp ủy phải trực tiếp đối thoại với dân, giải quyết đơn thư ngay từ cơ sở.
Hội nghị cũng chỉ ra hạn chế: một số cấp ủy cơ sở còn né tránh, đùn đẩy trách nhiệm, để đơn thư vượt cấp; việc công khai phương án bồi thường ở vài dự án chưa kịp thời khiến người dân bức xúc, tụ tập. Công tác nắm tình hình của tổ dân vận thôn, tổ hòa giải còn chậm, có vụ việc chỉ phát hiện khi người dân đã kéo lên huyện.
Dịp này, 15 tập thể và 23 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen.
Minh Hải
Lượt xem: 1.042
Tin liên quan
- Kiến Xương: hội nghị dân vận chính quyền năm 2011 (20/12/2011)
- Tiền Hải: vận động 120 hộ bàn giao mặt bằng khu công nghiệp (05/12/2011)
- Tập huấn nghiệp vụ tiếp công dân cho cán bộ cơ sở (18/11/2011)
""", "2011-12-28", "Thái Bình: Không để phát sinh điểm nóng mới về khiếu kiện đông người",
E("tong_ket", "2011", "2011-12-26"),
[P("Vũ Đình Khải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Thoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hựu", "HUV", "Trưởng Ban Dân vận Huyện ủy Thái Thụy"),
 P("Đỗ Văn Lành", "Bí thư Đảng ủy xã Đông Minh"),
 P("Nguyễn Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bùi Quang Thiều", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("56 đồng chí", 56, "đồng chí"), Q("38 xã", 38, "xã"), Q("14 điểm nóng tiềm ẩn", 14, "điểm nóng tiềm ẩn"),
 Q("11 điểm", 11, "điểm"), Q("1.265 lượt công dân", 1265, "lượt công dân"),
 Q("412 đơn thư khiếu nại, tố cáo, kiến nghị", 412, "đơn thư khiếu nại, tố cáo, kiến nghị"),
 Q("376 đơn", 376, "đơn"), Q("91,3%", 91.3, "%"), Q("9 đoàn đông người", 9, "đoàn đông người"),
 Q("6 đoàn", 6, "đoàn"), Q("217 hộ dân", 217, "hộ dân"), Q("hơn 18,5 tỷ đồng", 18500000000, "đồng", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Kế hoạch", "27", "KH/BDVTU", "2011-03-10", None, "kế hoạch số 27-KH/BDVTU ngày 10/3/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Chỉ thị", "14", "CT-TTg", "2011-07-18", "Thủ tướng Chính phủ", "Chỉ thị số 14/CT-TTg ngày 18/7/2011")],
[prov("Thái Bình"), com("Thụy Trường"), com("Đông Minh")],
["BAN DÂN VẬN TỈNH ỦY THÁI BÌNH", "Trang chủ » Hoạt động dân vận » Dân vận chính quyền", "Toàn cảnh hội nghị tổng kết.",
 "Lượt xem: 1.042", "Thanh tra tỉnh"],
["Thứ Tư, 28/12/2011 - 09:30", "56 đồng chí", "từ 5 người trở lên", "năm 2010", "Lượt xem: 1.042"]))

PAGES.append(page("b5094-daklak-huyen-doithoai-tranhchapdat-2012", """
Cổng thông tin điện tử huyện Krông Pắc - tỉnh Đắk Lắk
Tin tức - Sự kiện / Chính trị - Xã hội
08:15 | 14/09/2012
Ảnh: Quang cảnh buổi đối thoại.
Đối thoại với đồng bào buôn Ea Kênh về tranh chấp đất rẫy
Sáng 12/9, Ban Thường vụ Huyện ủy Krông Pắc tổ chức đối thoại với hơn 150 người dân buôn Ea Kênh, xã Ea Kênh về vụ tranh chấp 46 ha đất rẫy giữa 32 hộ đồng bào Êđê với một công ty cà phê. Đây là buổi đối thoại thứ ba trong năm 2012 nhằm giải quyết dứt điểm một điểm nóng kéo dài từ năm 2009.
Chủ trì buổi đối thoại có đồng chí Y Khu Niê, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện và đồng chí Trịnh Quang Vinh, HUV, Phó Chủ tịch UBND huyện. Cùng dự có các đồng chí Ủy viên Ban Thường vụ Huyện ủy: H'Yim Êban, Nguyễn Hữu Phước.
Theo báo cáo của Phòng Tài nguyên và Môi trường, phần diện tích tranh chấp được giao cho công ty theo Quyết định số 1245/QĐ-UBND ngày 5/6/1998 của UBND tỉnh; năm 2011 UBND tỉnh đã có Quyết định số 2170/QĐ-UBND thu hồi 20 ha để giao lại cho địa phương. Tuy nhiên, việc đo đạc chậm khiến 32 hộ nhiều lần tụ tập tại khu rẫy, có lúc trên 80 người.
Tại buổi đối thoại, ông Y Blim Mlô, người có uy tín buôn Ea Kênh, đề nghị chính quyền giao đất cho các hộ thiếu đất sản xuất trước mùa mưa. Bà H'Liên Byă cho rằng mỗi hộ cần được cấp ít nhất 1 ha để canh tác. Ông Y Ngông Ksơr, Chủ tịch UBND xã Ea Kênh, cam kết cùng Mặt trận xã vận động bà con không tụ tập, chờ kết quả đo đạc.
Kết luận buổi đối thoại, đồng chí Y Khu Niê giao UBND huyện hoàn thành đo đạc 20 ha trong tháng 10/2012, ưu tiên 18 hộ nghèo thiếu đất; công ty hỗ trợ 150 triệu đồng để làm đường vào khu sản xuất. Huyện ủy sẽ tiếp tục thực hiện Chỉ thị số 25-CT/HU của Ban Thường vụ Huyện ủy về công tác vận động quần chúng vùng đồng bào dân tộc thiểu số và kế hoạch 58-KH/HU về xử lý điểm nóng đất đai.
Trước đó, Ban Dân vận Huyện ủy đã cử 4 tổ công tác xuống bám buôn, gặp gỡ từng hộ, phối hợp với già làng, trưởng buôn và chức sắc tôn giáo để nắm tâm tư của bà con. Qua đó phát hiện một số đối tượng bên ngoài lôi kéo, xúi giục người dân viết đơn tập thể gửi nhiều nơi, gây mất ổn định ở buôn.
Người dân buôn Ea Kênh đồng tình với kết luận, ký biên bản không tụ tập đông người. Đồng chí Lê Thị Thu Hà, Trưởng Ban Dân vận Huyện ủy, cho biết Ban sẽ theo dõi việc thực hiện kết luận và báo cáo Ban Thường vụ Huyện ủy hằng tháng.
H'Ra Niê
Lượt truy cập: 203.417
Tin liên quan
- Krông Pắc: tổng kết 5 năm thực hiện Chỉ thị 06-CT/HU (30/08/2012)
- Hội Nông dân huyện trao 20 con bò giống cho hộ nghèo (15/08/2012)
- Tuyên truyền Luật Đất đai tại 16 xã, thị trấn (02/08/2012)
""", "2012-09-14", "Đối thoại với đồng bào buôn Ea Kênh về tranh chấp đất rẫy",
E("doi_thoai", "2012", "2012-09-12"),
[P("Y Khu Niê", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Trịnh Quang Vinh", "HUV", "Phó Chủ tịch UBND huyện"),
 P("H'Yim Êban", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("Nguyễn Hữu Phước", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("Y Blim Mlô", "người có uy tín buôn Ea Kênh"),
 P("H'Liên Byă"),
 P("Y Ngông Ksơr", "Chủ tịch UBND xã Ea Kênh"),
 P("Lê Thị Thu Hà", "Trưởng Ban Dân vận Huyện ủy")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("46 ha", 46, "ha"), Q("32 hộ đồng bào Êđê", 32, "hộ đồng bào Êđê"),
 Q("20 ha", 20, "ha"), Q("trên 80 người", 80, "người", "over"), Q("ít nhất 1 ha", 1, "ha", "over"),
 Q("18 hộ nghèo thiếu đất", 18, "hộ nghèo thiếu đất"), Q("150 triệu đồng", 150000000, "đồng"), Q("4 tổ công tác", 4, "tổ công tác")],
[D("Quyết định", "1245", "QĐ-UBND", "1998-06-05", "UBND tỉnh", "Quyết định số 1245/QĐ-UBND ngày 5/6/1998"),
 D("Quyết định", "2170", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2170/QĐ-UBND"),
 D("Chỉ thị", "25", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 25-CT/HU"),
 D("Kế hoạch", "58", "KH/HU", None, None, "kế hoạch 58-KH/HU")],
[prov("Đắk Lắk"), com("Ea Kênh")],
["Cổng thông tin điện tử huyện Krông Pắc - tỉnh Đắk Lắk", "Tin tức - Sự kiện / Chính trị - Xã hội",
 "Ảnh: Quang cảnh buổi đối thoại.", "Lượt truy cập: 203.417", "Phòng Tài nguyên và Môi trường"],
["08:15 | 14/09/2012", "buổi đối thoại thứ ba", "năm 2009", "tháng 10/2012", "Lượt truy cập: 203.417"]))

PAGES.append(page("b5095-longan-tocongtac-soket-khieunai-2013", """
Báo Long An Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Long An
Thời sự | Chính trị | Dân vận
Cập nhật: 16:40, 19/07/2013 (GMT+7)
Đồng chí Lê Hoàng Sơn phát biểu tại hội nghị. Ảnh: Ngọc Hân
Giải quyết khiếu nại đông người: chuyển biến nhưng chưa bền vững
(LA Online) - Chiều 18/7, Tổ công tác liên ngành giải quyết khiếu nại, tố cáo đông người tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Hoàng Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Tổ trưởng Tổ công tác chủ trì.
Theo báo cáo, 6 tháng qua Tổ đã rà soát 27 vụ việc đông người, phức tạp, kéo dài, trong đó 19 vụ liên quan thu hồi đất làm khu, cụm công nghiệp ở các huyện Đức Hòa, Bến Lức, Cần Giuộc. Đã giải quyết dứt điểm 12 vụ, 8 vụ đang xem xét, 7 vụ đã có quyết định giải quyết cuối cùng nhưng người dân vẫn tiếp tục khiếu nại. Tổ đã tổ chức 16 buổi đối thoại với gần 400 lượt người dân; hỗ trợ thêm khoảng 6,4 tỷ đồng cho 93 hộ có đất bị thu hồi.
Việc triển khai Kết luận 20, 21-KL/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác tiếp dân, giải quyết khiếu nại, tố cáo và Kế hoạch số 132/KH-UBND ngày 14/1/2013 của UBND tỉnh bước đầu có hiệu quả. Các cơ quan chức năng đã thực hiện nghiêm Luật Khiếu nại năm 2011 và Nghị định số 75/2012/NĐ-CP ngày 3/10/2012 của Chính phủ.
Hội nghị chỉ rõ, còn 3 điểm có nguy cơ bùng phát thành điểm nóng ở xã Long Hậu, xã Tân Bửu và thị trấn Hiệp Hòa; một số hộ bị kích động, căng băng rôn, tụ tập trước cổng doanh nghiệp. Việc phối hợp giữa Mặt trận, đoàn thể với chính quyền ở một số nơi còn lỏng lẻo.
Đồng chí Nguyễn Văn Thể, Phó Chánh Thanh tra tỉnh, Tổ phó Tổ công tác, đề nghị các huyện phân công rõ người đứng đầu chịu trách nhiệm từng vụ việc. Bà Trương Thị Nhung, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cần Giuộc, kiến nghị bố trí kinh phí cho tổ hòa giải ấp, mỗi tổ khoảng 2 triệu đồng/năm.
Đại diện UBND huyện Đức Hòa cho biết, huyện đã thành lập 5 tổ vận động gồm cán bộ Mặt trận, Hội Nông dân, Hội Cựu chiến binh và trưởng ấp, đến từng nhà giải thích chính sách bồi thường, hỗ trợ tái định cư. Nhờ vậy, hơn 60 hộ đã rút đơn, nhận tiền và bàn giao mặt bằng cho doanh nghiệp trong quý II.
Kết luận hội nghị, đồng chí Lê Hoàng Sơn yêu cầu 6 tháng cuối năm giải quyết dứt điểm ít nhất 10 vụ việc tồn đọng; thực hiện nghiêm Chỉ thị số 14-CT/TU của Tỉnh ủy về công tác dân vận trong tình hình mới; tăng cường đối thoại, không để hình thành điểm nóng trước các ngày lễ lớn.
Ngọc Hân
Các tin khác
- Cần Giuộc: vận động 45 hộ bàn giao mặt bằng dự án đường tỉnh 830 (12/07/2013)
- Đức Hòa tổ chức tập huấn công tác hòa giải ở cơ sở (04/07/2013)
- MTTQ tỉnh giám sát việc tiếp công dân tại huyện Bến Lức (26/06/2013)
""", "2013-07-19", "Giải quyết khiếu nại đông người: chuyển biến nhưng chưa bền vững",
E("so_ket", "2013-H1", "2013-07-18"),
[P("Lê Hoàng Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Tổ trưởng Tổ công tác"),
 P("Nguyễn Văn Thể", "Phó Chánh Thanh tra tỉnh", "Tổ phó Tổ công tác"),
 P("Trương Thị Nhung", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cần Giuộc")],
[Q("27 vụ việc đông người, phức tạp, kéo dài", 27, "vụ việc đông người, phức tạp, kéo dài"), Q("19 vụ", 19, "vụ"),
 Q("12 vụ", 12, "vụ"), Q("8 vụ", 8, "vụ"), Q("7 vụ", 7, "vụ"), Q("16 buổi đối thoại", 16, "buổi đối thoại"),
 Q("gần 400 lượt người dân", 400, "lượt người dân", "approx"), Q("khoảng 6,4 tỷ đồng", 6400000000, "đồng", "approx"),
 Q("93 hộ", 93, "hộ"), Q("5 tổ vận động", 5, "tổ vận động"), Q("hơn 60 hộ", 60, "hộ", "over"), Q("3 điểm", 3, "điểm"), Q("khoảng 2 triệu đồng/năm", 2000000, "đồng", "approx"),
 Q("ít nhất 10 vụ việc tồn đọng", 10, "vụ việc tồn đọng", "over")],
[D("Kết luận", "20", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 20, 21-KL/TU"),
 D("Kết luận", "21", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 20, 21-KL/TU"),
 D("Kế hoạch", "132", "KH-UBND", "2013-01-14", "UBND tỉnh", "Kế hoạch số 132/KH-UBND ngày 14/1/2013"),
 D("Nghị định", "75", "2012/NĐ-CP", "2012-10-03", "Chính phủ", "Nghị định số 75/2012/NĐ-CP ngày 3/10/2012"),
 D("Chỉ thị", "14", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 14-CT/TU")],
[prov("Long An"), com("Long Hậu"), com("Tân Bửu"), com("Hiệp Hòa")],
["Báo Long An Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Long An", "Thời sự | Chính trị | Dân vận",
 "Đồng chí Lê Hoàng Sơn phát biểu tại hội nghị. Ảnh: Ngọc Hân", "(LA Online)", "Luật Khiếu nại năm 2011",
 "Tổ công tác liên ngành giải quyết khiếu nại, tố cáo đông người tỉnh"],
["Cập nhật: 16:40, 19/07/2013 (GMT+7)", "6 tháng đầu năm 2013", "6 tháng cuối năm", "năm 2011"]))

PAGES.append(page("b5096-nghean-khoidanvan-giaoban-q3-2014", """
BÁO NGHỆ AN ĐIỆN TỬ
Trang chủ > Chính trị > Xây dựng Đảng
17/10/2014 - 10:05
Khối dân vận chủ động nắm tình hình, xử lý từ sớm vụ việc phức tạp
(Baonghean) - Ngày 16/10, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý III năm 2014. Đồng chí Hoàng Văn Nhiên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có lãnh đạo Ủy ban MTTQ tỉnh, các đoàn thể chính trị - xã hội, Công an tỉnh và 21 ban dân vận huyện, thành, thị ủy.
Đồng chí Hoàng Văn Nhiên chủ trì giao ban.
Báo cáo cho biết, trong quý III, tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn tỉnh Nghệ An cơ bản ổn định, song vẫn xảy ra một số vụ tụ tập đông người. Đáng chú ý là 4 vụ tụ tập đông người phản đối ô nhiễm môi trường của trang trại chăn nuôi và nhà máy chế biến tinh bột sắn; 2 vụ tranh chấp đất lâm nghiệp giữa người dân với ban quản lý rừng phòng hộ ở miền Tây. Khối dân vận các cấp đã cử 37 đoàn công tác xuống cơ sở, vận động trên 1.500 hộ dân ổn định tư tưởng.
Tại xã Nghi Yên, hơn 300 người dân kéo đến chặn xe chở rác vào bãi rác chung của khu vực. Ban Dân vận Huyện ủy Nghi Lộc đã phối hợp Mặt trận, các đoàn thể tổ chức 3 buổi đối thoại, cam kết di dời 120 hộ trong vùng ảnh hưởng, nên tình hình đã lắng dịu. Ở xã Châu Bính (Quỳ Châu), khối dân vận vận động 46 hộ đồng bào Thái trả lại 18 ha đất rừng đã lấn chiếm.
Các ý kiến tại giao ban đề nghị tỉnh sớm hoàn thiện Quy chế phối hợp số 09-QC/BDVTU-CAT giữa Ban Dân vận Tỉnh ủy và Công an tỉnh về nắm tình hình nhân dân, phòng ngừa điểm nóng. Đồng chí Vi Văn Sơn, HUV, Trưởng Ban Dân vận Huyện ủy Quế Phong, cho biết huyện có 7 nhóm người theo đạo trái phép với 62 hộ, cần có hướng dẫn xử lý thống nhất. Bà Lô Thị Kim Ngân, Phó Chủ tịch Hội LHPN tỉnh, đề nghị phát huy vai trò các chi hội phụ nữ trong nắm bắt dư luận.
Phát biểu kết luận, đồng chí Hoàng Văn Nhiên yêu cầu quý IV các cơ quan trong khối tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, Kế hoạch số 130-KH/TU của Tỉnh ủy thực hiện Nghị quyết; chủ động rà soát các điểm có nguy cơ phát sinh khiếu kiện trước dịp Đại hội đảng bộ các cấp; trực tiếp gặp gỡ, đối thoại với người dân khi có vụ việc, không để bị động, bất ngờ.
Ban Dân vận Tỉnh ủy cũng giao Phòng Dân vận chính quyền phối hợp Thanh tra tỉnh theo dõi 11 vụ việc khiếu nại đông người kéo dài trên 5 năm.
Thành Duy
Tin cùng chuyên mục
- Quỳ Hợp: 19 mô hình "Dân vận khéo" được biểu dương (10/10/2014)
- Hội thảo nâng cao chất lượng công tác vận động đồng bào giáo dân (03/10/2014)
- Ra mắt Quy chế dân chủ ở cơ sở tại huyện Thanh Chương (25/09/2014)
""", "2014-10-17", "Khối dân vận chủ động nắm tình hình, xử lý từ sớm vụ việc phức tạp",
E("giao_ban", "2014-Q3", "2014-10-16"),
[P("Hoàng Văn Nhiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Quế Phong"),
 P("Lô Thị Kim Ngân", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("21 ban dân vận huyện, thành, thị ủy", 21, "ban dân vận huyện, thành, thị ủy"),
 Q("4 vụ tụ tập đông người phản đối ô nhiễm môi trường", 4, "vụ tụ tập đông người phản đối ô nhiễm môi trường"),
 Q("2 vụ tranh chấp đất lâm nghiệp", 2, "vụ tranh chấp đất lâm nghiệp"), Q("37 đoàn công tác", 37, "đoàn công tác"),
 Q("trên 1.500 hộ dân", 1500, "hộ dân", "over"), Q("hơn 300 người dân", 300, "người dân", "over"),
 Q("3 buổi đối thoại", 3, "buổi đối thoại"), Q("120 hộ", 120, "hộ"), Q("46 hộ đồng bào Thái", 46, "hộ đồng bào Thái"),
 Q("18 ha đất rừng", 18, "ha"), Q("7 nhóm người theo đạo trái phép", 7, "nhóm người theo đạo trái phép"),
 Q("62 hộ", 62, "hộ"), Q("11 vụ việc khiếu nại đông người", 11, "vụ việc khiếu nại đông người")],
[D("Quy chế phối hợp", "09", "QC/BDVTU-CAT", None, None, "Quy chế phối hợp số 09-QC/BDVTU-CAT"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kế hoạch", "130", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 130-KH/TU")],
[prov("Nghệ An"), com("Nghi Yên"), com("Châu Bính")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Trang chủ > Chính trị > Xây dựng Đảng", "Đồng chí Hoàng Văn Nhiên chủ trì giao ban.",
 "(Baonghean)", "Dân vận khéo", "Công an tỉnh"],
["17/10/2014 - 10:05", "quý III năm 2014", "quý IV", "trên 5 năm", "khóa XI"]))

PAGES.append(page("b5097-gialai-bdv-taphuan-diemnong-2015", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ / Tin tức / Tập huấn - Bồi dưỡng
Ngày đăng 22/04/2015 | 14:20
Ảnh: Các học viên thảo luận nhóm.
Bồi dưỡng kỹ năng nắm tình hình, vận động nhân dân ở vùng có nguy cơ điểm nóng
Trong 2 ngày 20 và 21/4/2015, Ban Dân vận Tỉnh ủy Gia Lai tổ chức lớp tập huấn kỹ năng nắm tình hình, xử lý các vụ việc phức tạp ở cơ sở năm 2015 cho 146 học viên là trưởng, phó ban dân vận các huyện, thị xã, thành phố ủy, cán bộ khối dân vận xã và người có uy tín ở 27 xã trọng điểm.
Phát biểu khai mạc, đồng chí Rơ Châm Yuih, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy nhấn mạnh, những năm gần đây một số đối tượng lợi dụng vấn đề dân tộc, tôn giáo, tranh chấp đất đai để kích động, lôi kéo người dân tụ tập, khiếu kiện đông người, hình thành "điểm nóng". Chỉ riêng năm 2014, toàn tỉnh phát hiện 34 vụ việc tranh chấp đất đai giữa người dân với các công ty nông, lâm nghiệp, 9 vụ tụ tập đông người trái pháp luật.
Học viên được nghe các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Ksor Phước, Đoàn Thị Xuân truyền đạt chuyên đề về Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về việc MTTQ và các đoàn thể giám sát, phản biện xã hội và tham gia góp ý xây dựng Đảng, xây dựng chính quyền; Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành; kỹ năng đối thoại trực tiếp, kỹ năng vận động người có uy tín.
Đồng chí Rah Lan Thiên, Phó Chánh Thanh tra tỉnh, giới thiệu quy trình giải quyết khiếu nại theo Luật Khiếu nại, các vụ việc điển hình ở huyện Chư Sê, Đak Đoa và bài học từ vụ tụ tập tại làng Ia Brêl năm 2012. Già làng Siu Hnhiu, người có uy tín làng Kép 1, xã Ia Tô, chia sẻ: "Khi có chuyện, cán bộ phải về làng sớm, ngồi với dân trong nhà rông, nói cho rõ thì dân nghe".
Các học viên đã thảo luận theo 6 nhóm, xây dựng kịch bản xử lý tình huống khi có khoảng 200 người tụ tập tại trụ sở UBND xã. Nhiều ý kiến cho rằng cần phát huy các tổ tự quản, tổ hòa giải ở 1.200 thôn, làng; mỗi xã trọng điểm cần có ít nhất 3 người có uy tín được bồi dưỡng kỹ năng vận động.
Bế mạc lớp tập huấn, đồng chí Rơ Châm Yuih đề nghị các địa phương cụ thể hóa Kế hoạch số 56-KH/BDVTU của Ban Dân vận Tỉnh ủy, triển khai kỹ năng đã học vào thực tiễn; báo cáo về Ban trước ngày 30/6/2015 kết quả rà soát các điểm có nguy cơ. Kinh phí tổ chức lớp học khoảng 85 triệu đồng từ nguồn ngân sách tỉnh.
Kiều Linh
Lượt xem: 2.318
Tin khác
- Đak Pơ: ra mắt mô hình "Làng không có đơn thư vượt cấp" (15/04/2015)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Chư Prông (08/04/2015)
- Gặp mặt 250 người có uy tín trong đồng bào dân tộc thiểu số (27/03/2015)
""", "2015-04-22", "Bồi dưỡng kỹ năng nắm tình hình, vận động nhân dân ở vùng có nguy cơ điểm nóng",
E("tap_huan", "2015", "2015-04-20"),
[P("Rơ Châm Yuih", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Ksor Phước", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đoàn Thị Xuân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rah Lan Thiên", "Phó Chánh Thanh tra tỉnh"),
 P("Siu Hnhiu", "Già làng", "người có uy tín làng Kép 1")],
[Q("146 học viên", 146, "học viên"), Q("27 xã trọng điểm", 27, "xã trọng điểm"),
 Q("34 vụ việc tranh chấp đất đai", 34, "vụ việc tranh chấp đất đai"),
 Q("9 vụ tụ tập đông người trái pháp luật", 9, "vụ tụ tập đông người trái pháp luật"),
 Q("6 nhóm", 6, "nhóm"), Q("khoảng 200 người", 200, "người", "approx"), Q("1.200 thôn, làng", 1200, "thôn, làng"),
 Q("ít nhất 3 người có uy tín", 3, "người có uy tín", "over"), Q("khoảng 85 triệu đồng", 85000000, "đồng", "approx")],
[D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg"),
 D("Kế hoạch", "56", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 56-KH/BDVTU")],
[prov("Gia Lai"), com("Ia Tô")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ / Tin tức / Tập huấn - Bồi dưỡng", "Ảnh: Các học viên thảo luận nhóm.",
 "Lượt xem: 2.318", "Luật Khiếu nại", "điểm nóng"],
["Ngày đăng 22/04/2015 | 14:20", "2 ngày", "năm 2014", "năm 2012", "Lượt xem: 2.318"]))

PAGES.append(page("b5098-hatinh-mttq-giamsat-tiepdan-2016", """
Báo Hà Tĩnh điện tử
Thứ Năm, 20/10/2016
Trang chủ | Chính trị | Mặt trận - Đoàn thể
MTTQ tỉnh giám sát việc giải quyết đơn thư của công dân tại huyện Kỳ Anh
Chiều 19/10, đoàn giám sát Ban Thường trực Ủy ban MTTQ tỉnh do đồng chí Trần Thị Mai Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo tại UBND huyện Kỳ Anh theo chương trình giám sát năm 2016.
Ảnh: Đoàn giám sát làm việc với UBND huyện Kỳ Anh.
Theo báo cáo của UBND huyện, từ đầu năm đến 30/9/2016, huyện đã tiếp 684 lượt công dân, trong đó có 26 đoàn đông người; tiếp nhận 231 đơn, thư, phân loại 178 đơn đủ điều kiện xử lý. Đến nay đã giải quyết 164 đơn, đạt 92,1%; còn 14 đơn đang xem xét. Phần lớn đơn thư liên quan đến bồi thường, hỗ trợ giải phóng mặt bằng khu kinh tế, đền bù thiệt hại cho ngư dân và việc cấp giấy chứng nhận quyền sử dụng đất.
Huyện đã tổ chức 9 cuộc đối thoại trực tiếp với người dân ở các xã Kỳ Lợi, Kỳ Nam, Kỳ Phương; vận động 1.146 hộ dân di dời đến khu tái định cư; chi trả hơn 1.250 tỷ đồng tiền bồi thường, hỗ trợ. Chủ tịch UBND huyện đã ban hành Quyết định số 2875/QĐ-UBND về quy chế tiếp công dân và Kế hoạch số 94/KH-UBND về rà soát vụ việc tồn đọng theo Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo.
Qua giám sát, đoàn ghi nhận huyện đã bố trí phòng tiếp công dân đúng quy định; tuy vậy, việc giải quyết một số vụ việc còn chậm, có đơn quá hạn hơn 3 tháng; việc đối thoại ở cấp xã chưa thường xuyên; 5 vụ việc đã giải quyết nhưng công dân tiếp tục khiếu nại vượt cấp.
Đồng chí Lê Văn Thắm, Phó Chủ tịch UBND huyện, tiếp thu và cho biết huyện sẽ giải quyết dứt điểm 14 đơn còn lại trong quý IV. Ông Phan Đình Tứ, Chủ tịch Ủy ban MTTQ xã Kỳ Lợi, đề nghị công khai đầy đủ phương án bồi thường tại nhà văn hóa thôn để tránh thắc mắc.
Kết luận buổi giám sát, đồng chí Trần Thị Mai Lan đề nghị huyện thực hiện nghiêm Luật Tiếp công dân năm 2013, Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ; tăng cường đối thoại, giải quyết kịp thời kiến nghị chính đáng của người dân, không để phát sinh điểm nóng. Ban Thường trực Ủy ban MTTQ tỉnh sẽ có văn bản kiến nghị gửi UBND huyện trong tháng 11.
Cùng đi giám sát có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Văn Quế, Hồ Thị Phượng và đại diện Ban Dân vận Tỉnh ủy, Thanh tra tỉnh.
Thu Hà
Bài viết liên quan
- Mặt trận các cấp giám sát 312 cuộc trong 9 tháng (12/10/2016)
- Kỳ Anh: vận động 200 hộ dân nhận tiền hỗ trợ (05/10/2016)
- Đối thoại với ngư dân xã Kỳ Lợi (28/09/2016)
""", "2016-10-20", "MTTQ tỉnh giám sát việc giải quyết đơn thư của công dân tại huyện Kỳ Anh",
E("giam_sat", "2016", "2016-10-19"),
[P("Trần Thị Mai Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Thắm", "Phó Chủ tịch UBND huyện"),
 P("Phan Đình Tứ", "Chủ tịch Ủy ban MTTQ xã Kỳ Lợi"),
 P("Nguyễn Văn Quế", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hồ Thị Phượng", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("684 lượt công dân", 684, "lượt công dân"), Q("26 đoàn đông người", 26, "đoàn đông người"),
 Q("231 đơn, thư", 231, "đơn, thư"), Q("178 đơn", 178, "đơn"), Q("164 đơn", 164, "đơn"), Q("92,1%", 92.1, "%"),
 Q("14 đơn", 14, "đơn"), Q("9 cuộc đối thoại trực tiếp", 9, "cuộc đối thoại trực tiếp"),
 Q("1.146 hộ dân", 1146, "hộ dân"), Q("hơn 1.250 tỷ đồng", 1250000000000, "đồng", "over"),
 Q("5 vụ việc", 5, "vụ việc")],
[D("Quyết định", "2875", "QĐ-UBND", None, "Chủ tịch UBND huyện", "Quyết định số 2875/QĐ-UBND"),
 D("Kế hoạch", "94", "KH-UBND", None, "Chủ tịch UBND huyện", "Kế hoạch số 94/KH-UBND"),
 D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014"),
 D("Nghị định", "64", "2014/NĐ-CP", "2014-06-26", "Chính phủ", "Nghị định số 64/2014/NĐ-CP ngày 26/6/2014")],
[prov("Hà Tĩnh"), com("Kỳ Lợi"), com("Kỳ Nam"), com("Kỳ Phương")],
["Báo Hà Tĩnh điện tử", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "Ảnh: Đoàn giám sát làm việc với UBND huyện Kỳ Anh.",
 "Luật Tiếp công dân năm 2013", "Ban Thường trực Ủy ban MTTQ tỉnh"],
["Thứ Năm, 20/10/2016", "30/9/2016", "hơn 3 tháng", "quý IV", "tháng 11", "năm 2013"]))
