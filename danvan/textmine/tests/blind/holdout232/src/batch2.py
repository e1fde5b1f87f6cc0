from lib import *
PAGES = []

PAGES.append(page("b5531-daklak-huyenuy-tongket-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG BÔNG
Vị trí: Trang chủ :: Tin tức - Sự kiện :: Xây dựng Đảng
27-12-2017 09:40
Ảnh: Toàn cảnh hội nghị
Krông Bông: 9 buôn thoát "trắng" đảng viên
Ngày 26/12, Ban Thường vụ Huyện ủy Krông Bông (Đắk Lắk) tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2017, triển khai nhiệm vụ năm 2018. Chủ trì hội nghị có các đồng chí Y Krông Byă, Lê Văn Thành - Phó Bí thư Huyện ủy. Tham dự có 96 đại biểu là bí thư các tổ chức cơ sở đảng, trưởng các ban xây dựng Đảng và khối dân vận huyện.
Theo báo cáo do đồng chí H'Loan Mlô, HUV, Trưởng Ban Tổ chức Huyện ủy trình bày, năm 2017 toàn Đảng bộ kết nạp 163 đảng viên mới, đạt 108,6% chỉ tiêu, trong đó 97 đảng viên là người dân tộc thiểu số; 9 buôn của các xã Yang Mao, Cư Pui, Hòa Phong lần đầu có đảng viên. Hiện huyện còn 2 buôn chưa có đảng viên và 6 buôn chưa có chi bộ riêng. Qua kiểm điểm, đánh giá, 86,3% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.
Các chi bộ đã thực hiện Hướng dẫn số 09-HD/BTCTW ngày 2/3/2017 của Ban Tổ chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ; Ban Thường vụ Huyện ủy ban hành Kết luận 05, 06-KL/HU về củng cố chi bộ buôn yếu kém và về giao chỉ tiêu tạo nguồn cho Mặt trận, đoàn thể. Nghị quyết số 04-NQ/HU của Huyện ủy về xây dựng đội ngũ bí thư chi bộ buôn là người tại chỗ đạt kết quả bước đầu: 41 bí thư chi bộ buôn là người Êđê, Mnông.
Cán bộ, đảng viên toàn huyện đóng góp 126 triệu đồng xây 3 căn nhà tình nghĩa cho đảng viên nghèo; 318 đảng viên nhận phụ trách hộ gia đình trong các buôn đồng bào.
Tại hội nghị, đồng chí Y Sơn Ênuôl, Bí thư Đảng ủy xã Yang Mao, chia sẻ cách "ba cùng" với quần chúng: đảng viên cùng làm rẫy, cùng đi nhà văn hóa, cùng sinh hoạt tôn giáo hợp pháp để nắm suy nghĩ của thanh niên. Bà H'Nga Kbuôr, Phó Chủ tịch Hội LHPN huyện, đề nghị có chính sách hỗ trợ quần chúng nữ học hết lớp 12 để đủ điều kiện kết nạp. Ông Y Nuê Hwing, già làng buôn Ea Bar, xã Cư Pui, kể buôn nay có 5 đảng viên, bà con tin hơn khi có người của buôn mình vào Đảng.
Phát biểu chỉ đạo, đồng chí Trần Minh Đức, Tỉnh ủy viên, Bí thư Huyện ủy Krông Bông yêu cầu năm 2018 thực hiện nghiêm Nghị quyết Trung ương 4 khóa XII, phấn đấu kết nạp từ 170 đảng viên trở lên, xóa hết buôn chưa có đảng viên; các chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần.
Dịp này, Huyện ủy tặng giấy khen cho 11 tập thể, 17 cá nhân có thành tích tiêu biểu trong công tác phát triển đảng viên.
H.Y Sa
Tin liên quan
- Đắk Lắk: trao Huy hiệu Đảng cho 1.025 đảng viên (20/12/2017)
- Cư Pui kết nạp 14 đảng viên là người Mnông (11/12/2017)
- Krông Bông giao ban công tác dân vận quý IV (05/12/2017)
""", "2017-12-27", "Krông Bông: 9 buôn thoát \"trắng\" đảng viên",
E("tong_ket", "2017", "2017-12-26"),
[P("Y Krông Byă", "Phó Bí thư Huyện ủy"),
 P("Lê Văn Thành", "Phó Bí thư Huyện ủy"),
 P("H'Loan Mlô", "HUV", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Y Sơn Ênuôl", "Bí thư Đảng ủy xã Yang Mao"),
 P("H'Nga Kbuôr", "Phó Chủ tịch Hội LHPN huyện"),
 P("Y Nuê Hwing", "già làng buôn Ea Bar"),
 P("Trần Minh Đức", "Tỉnh ủy viên", "Bí thư Huyện ủy Krông Bông")],
[Q("9 buôn", 9, "buôn"), Q("96 đại biểu", 96, "đại biểu"), Q("163 đảng viên mới", 163, "đảng viên mới"), Q("108,6%", 108.6, "%"),
 Q("97 đảng viên", 97, "đảng viên"), Q("2 buôn", 2, "buôn"), Q("6 buôn", 6, "buôn"), Q("86,3%", 86.3, "%"),
 Q("41 bí thư chi bộ buôn", 41, "bí thư chi bộ buôn"), Q("126 triệu đồng", 126000000, "đồng"),
 Q("3 căn nhà tình nghĩa", 3, "căn nhà tình nghĩa"), Q("318 đảng viên", 318, "đảng viên"), Q("5 đảng viên", 5, "đảng viên"),
 Q("từ 170 đảng viên trở lên", 170, "đảng viên", "over"), Q("11 tập thể", 11, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Hướng dẫn", "09", "HD/BTCTW", "2017-03-02", "Ban Tổ chức Trung ương", "Hướng dẫn số 09-HD/BTCTW ngày 2/3/2017"),
 D("Kết luận", "05", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 05, 06-KL/HU"),
 D("Kết luận", "06", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 05, 06-KL/HU"),
 D("Nghị quyết", "04", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 04-NQ/HU")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Cư Pui"), com("Hòa Phong")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG BÔNG", "Vị trí: Trang chủ :: Tin tức - Sự kiện :: Xây dựng Đảng", "Ảnh: Toàn cảnh hội nghị",
 "ba cùng", "Nghị quyết Trung ương 4 khóa XII"],
["27-12-2017 09:40", "năm 2017", "năm 2018", "lớp 12", "ba cùng", "khóa XII", "mỗi quý một lần"]))

PAGES.append(page("b5532-bentre-huyenuy-doithoai-2018", """
Báo Đồng Khởi Online
Chính trị » Xây dựng Đảng » Sinh hoạt chi bộ
Cập nhật lúc 17:20 ngày 19/06/2018
Thanh niên hỏi, Bí thư Huyện ủy trả lời: "Vào Đảng để làm gì?"
(ĐK) - Chiều 18/6, Ban Thường vụ Huyện ủy Mỏ Cày Nam phối hợp với Huyện đoàn tổ chức buổi đối thoại giữa Bí thư Huyện ủy với đoàn viên, thanh niên năm 2018 với chủ đề "Thanh niên phấn đấu trở thành đảng viên". Tham gia có 215 đoàn viên, thanh niên, trong đó có 36 thanh niên là giáo dân các giáo xứ trong huyện.
Đồng chí Huỳnh Văn Lợi trả lời câu hỏi của đoàn viên. Ảnh: Cẩm Trúc
Chủ trì đối thoại là đồng chí Huỳnh Văn Lợi, Tỉnh ủy viên, Bí thư Huyện ủy Mỏ Cày Nam. Cùng dự có đồng chí Phan Thị Ngọc Diễm, HUV, Trưởng Ban Dân vận Huyện ủy; đồng chí Lê Hữu Phước, Phó Trưởng Ban Tổ chức Huyện ủy và các đồng chí Bí thư Đảng ủy xã: Nguyễn Văn Tám, Võ Thị Bé Hai.
Mở đầu, đồng chí Trần Minh Nhựt, Bí thư Huyện đoàn, thông tin: 5 năm qua Đoàn Thanh niên huyện giới thiệu 1.042 đoàn viên ưu tú cho Đảng, có 763 đoàn viên được kết nạp, chiếm 61,5% số đảng viên mới của Đảng bộ huyện. Tuy nhiên, riêng 5 tháng đầu năm 2018 chỉ có 48 đoàn viên được kết nạp; nhiều đoàn viên còn ngại thử thách, hoặc đi làm công nhân ở các khu công nghiệp ngoài tỉnh Bến Tre.
Anh Trương Văn Khánh, Phó Bí thư Chi đoàn ấp An Lợi, xã An Định, hỏi: vì sao hồ sơ của anh nộp đã 10 tháng mà vẫn chưa được xét? Đồng chí Lê Hữu Phước giải thích việc thẩm tra lý lịch người có người thân ở nước ngoài phải theo đúng Quy định số 57-QĐ/TW ngày 3/5/2007 của Bộ Chính trị về bảo vệ chính trị nội bộ Đảng, và cam kết Ban Tổ chức Huyện ủy sẽ phối hợp rút ngắn thời gian.
Chị Nguyễn Thị Mỹ Dung, giáo dân giáo xứ Mỏ Cày, hỏi người có đạo có được vào Đảng không. Đồng chí Huỳnh Văn Lợi khẳng định người có đạo đủ tiêu chuẩn theo Điều lệ Đảng và Quy định số 123-QĐ/TW của Bộ Chính trị đều được xem xét kết nạp; hiện huyện có 54 đảng viên là người Công giáo. Đồng chí cũng trả lời kiến nghị về vốn khởi nghiệp: thanh niên được vay tối đa 50 triệu đồng/dự án từ Quỹ hỗ trợ của Huyện đoàn, năm nay có 27 dự án khởi nghiệp được vay.
Kết thúc đối thoại, đồng chí Huỳnh Văn Lợi giao Huyện đoàn phối hợp Ban Tổ chức Huyện ủy thực hiện Kế hoạch số 112-KH/HU của Ban Thường vụ Huyện ủy về tạo nguồn phát triển đảng viên trong thanh niên giai đoạn 2018 - 2020; mỗi chi bộ ấp phân công đảng viên kèm cặp ít nhất 2 đoàn viên ưu tú. Buổi đối thoại ghi nhận 19 ý kiến, trong đó 15 ý kiến được trả lời trực tiếp.
Cẩm Trúc
Tin cùng chuyên mục
- Chợ Lách kết nạp 20 đảng viên là giáo dân (12/06/2018)
- Sinh hoạt chi bộ theo chuyên đề "Dân vận khéo" (05/06/2018)
- Thạnh Phú: giao ban khối dân vận 5 tháng (30/05/2018)
""", "2018-06-19", "Thanh niên hỏi, Bí thư Huyện ủy trả lời: \"Vào Đảng để làm gì?\"",
E("doi_thoai", "2018", "2018-06-18"),
[P("Huỳnh Văn Lợi", "Tỉnh ủy viên", "Bí thư Huyện ủy Mỏ Cày Nam"),
 P("Phan Thị Ngọc Diễm", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lê Hữu Phước", "Phó Trưởng Ban Tổ chức Huyện ủy"),
 P("Nguyễn Văn Tám", "Bí thư Đảng ủy xã"),
 P("Võ Thị Bé Hai", "Bí thư Đảng ủy xã"),
 P("Trần Minh Nhựt", "Bí thư Huyện đoàn"),
 P("Trương Văn Khánh", "Phó Bí thư Chi đoàn ấp An Lợi"),
 P("Nguyễn Thị Mỹ Dung")],
[Q("215 đoàn viên, thanh niên", 215, "đoàn viên, thanh niên"), Q("36 thanh niên", 36, "thanh niên"),
 Q("1.042 đoàn viên ưu tú", 1042, "đoàn viên ưu tú"), Q("763 đoàn viên", 763, "đoàn viên"), Q("61,5%", 61.5, "%"),
 Q("48 đoàn viên", 48, "đoàn viên"), Q("54 đảng viên", 54, "đảng viên"), Q("tối đa 50 triệu đồng", 50000000, "đồng"),
 Q("27 dự án khởi nghiệp", 27, "dự án khởi nghiệp"), Q("ít nhất 2 đoàn viên ưu tú", 2, "đoàn viên ưu tú", "over"),
 Q("19 ý kiến", 19, "ý kiến"), Q("15 ý kiến", 15, "ý kiến")],
[D("Quy định", "57", "QĐ/TW", "2007-05-03", "Bộ Chính trị", "Quy định số 57-QĐ/TW ngày 3/5/2007"),
 D("Quy định", "123", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 123-QĐ/TW"),
 D("Kế hoạch", "112", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU")],
[prov("Bến Tre"), com("An Định")],
["Báo Đồng Khởi Online", "Chính trị » Xây dựng Đảng » Sinh hoạt chi bộ", "(ĐK)",
 "Đồng chí Huỳnh Văn Lợi trả lời câu hỏi của đoàn viên. Ảnh: Cẩm Trúc", "Thanh niên phấn đấu trở thành đảng viên", "Điều lệ Đảng"],
["Cập nhật lúc 17:20 ngày 19/06/2018", "năm 2018", "5 năm qua", "5 tháng đầu năm 2018", "10 tháng", "giai đoạn 2018 - 2020"]))

PAGES.append(page("b5533-hagiang-tinhuy-baocao-2019", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ › Chính trị › Xây dựng Đảng
12.07.2019 | 08:05
Hà Giang: 6 tháng kết nạp 1.127 đảng viên
(BHG) - Ban Thường vụ Tỉnh ủy vừa có Báo cáo số 215-BC/TU ngày 10/7/2019 về kết quả công tác xây dựng Đảng 6 tháng đầu năm 2019, trong đó nêu rõ công tác phát triển đảng viên và nâng cao chất lượng sinh hoạt chi bộ ở các thôn, bản vùng cao.
Lễ kết nạp đảng viên tại Chi bộ thôn Lũng Cú. Ảnh: Đức Thành
Theo báo cáo, 6 tháng đầu năm 2019, các cấp ủy trong tỉnh đã kết nạp 1.127 đảng viên, đạt 56,4% kế hoạch năm; trong đó 912 đảng viên là người dân tộc thiểu số (chiếm 80,9%), 445 đảng viên nữ, 679 đảng viên là đoàn viên thanh niên. Tỉnh đã xóa được 14 thôn chưa có đảng viên, nâng tổng số thôn có chi bộ độc lập lên 1.934 thôn, tổ dân phố. Các chi bộ thực hiện Hướng dẫn số 09-HD/BTCTW của Ban Tổ chức Trung ương và Hướng dẫn số 27, 28-HD/BTCTU của Ban Tổ chức Tỉnh ủy về sinh hoạt chuyên đề và về ghi biên bản sinh hoạt chi bộ; có 73% chi bộ thôn duy trì sinh hoạt chuyên đề theo quý.
Báo cáo đánh giá cao cách làm của huyện Đồng Văn, Mèo Vạc trong triển khai Đề án số 08-ĐA/TU của Tỉnh ủy về "Mỗi thôn một đảng viên là người tại chỗ". Đồng chí Sùng Mí Chư, HUV, Bí thư Đảng ủy xã Lũng Cú cho biết xã giao cho 9 chi bộ thôn mỗi chi bộ bồi dưỡng ít nhất 3 quần chúng; 6 tháng qua kết nạp 11 đảng viên người Mông, Lô Lô. Đồng chí Lò Thị Dính, Chủ tịch Hội LHPN xã Sủng Là, chia sẻ chi hội phụ nữ đã giới thiệu 7 hội viên cho chi bộ xem xét.
Tuy vậy, báo cáo cũng chỉ rõ: còn 23 thôn chưa có đảng viên; 9,6% đảng viên mới kết nạp bỏ sinh hoạt hoặc đi làm ăn xa không báo cáo chi bộ; một số chi bộ sinh hoạt hình thức, tỷ lệ đảng viên dự sinh hoạt ở 38 chi bộ còn thấp. Việc thực hiện Quy định số 76-QĐ/TW ngày 15/6/2000 của Bộ Chính trị về đảng viên đang công tác giữ mối liên hệ với chi bộ và nhân dân nơi cư trú còn hình thức ở một số nơi.
Nhiệm vụ 6 tháng cuối năm, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy bám sát Nghị quyết số 15-NQ/TU của Tỉnh ủy về xây dựng tổ chức cơ sở đảng vùng biên giới; phấn đấu kết nạp từ 2.000 đảng viên trở lên; xóa hết thôn chưa có đảng viên trong năm 2020. Đồng chí Vương Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy đề nghị Mặt trận, đoàn thể các cấp giới thiệu trên 3.500 quần chúng ưu tú học lớp nhận thức về Đảng.
Theo đồng chí Thào Thị Xúa, Phó Trưởng Ban Dân vận Tỉnh ủy, thời gian tới khối dân vận sẽ phối hợp với Ban Tổ chức Tỉnh ủy phát huy vai trò của 1.860 người có uy tín trong vận động con em vào Đảng.
Đức Thành
Tin liên quan
- Mèo Vạc: 100% thôn có đảng viên (05/07/2019)
- Tập huấn nghiệp vụ cho bí thư chi bộ thôn vùng cao (27/06/2019)
- Đồng Văn kết nạp 96 đảng viên người Mông (15/06/2019)
""", "2019-07-12", "Hà Giang: 6 tháng kết nạp 1.127 đảng viên",
E("bao_cao", "2019-H1", "2019-07-10"),
[P("Sùng Mí Chư", "HUV", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Lò Thị Dính", "Chủ tịch Hội LHPN xã Sủng Là"),
 P("Vương Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Thào Thị Xúa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.127 đảng viên", 1127, "đảng viên"), Q("56,4%", 56.4, "%"), Q("912 đảng viên", 912, "đảng viên"), Q("80,9%", 80.9, "%"),
 Q("445 đảng viên nữ", 445, "đảng viên nữ"), Q("679 đảng viên", 679, "đảng viên"), Q("14 thôn", 14, "thôn"),
 Q("1.934 thôn, tổ dân phố", 1934, "thôn, tổ dân phố"), Q("73%", 73, "%"), Q("9 chi bộ thôn", 9, "chi bộ thôn"),
 Q("ít nhất 3 quần chúng", 3, "quần chúng", "over"), Q("11 đảng viên người Mông, Lô Lô", 11, "đảng viên người Mông, Lô Lô"),
 Q("7 hội viên", 7, "hội viên"), Q("23 thôn", 23, "thôn"), Q("9,6%", 9.6, "%"), Q("38 chi bộ", 38, "chi bộ"),
 Q("từ 2.000 đảng viên trở lên", 2000, "đảng viên", "over"), Q("trên 3.500 quần chúng ưu tú", 3500, "quần chúng ưu tú", "over"),
 Q("1.860 người có uy tín", 1860, "người có uy tín")],
[D("Báo cáo", "215", "BC/TU", "2019-07-10", "Ban Thường vụ Tỉnh ủy", "Báo cáo số 215-BC/TU ngày 10/7/2019"),
 D("Hướng dẫn", "09", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 09-HD/BTCTW"),
 D("Hướng dẫn", "27", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 27, 28-HD/BTCTU"),
 D("Hướng dẫn", "28", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 27, 28-HD/BTCTU"),
 D("Đề án", "08", "ĐA/TU", None, "Tỉnh ủy", "Đề án số 08-ĐA/TU"),
 D("Quy định", "76", "QĐ/TW", "2000-06-15", "Bộ Chính trị", "Quy định số 76-QĐ/TW ngày 15/6/2000"),
 D("Nghị quyết", "15", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 15-NQ/TU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ › Chính trị › Xây dựng Đảng", "(BHG)",
 "Lễ kết nạp đảng viên tại Chi bộ thôn Lũng Cú. Ảnh: Đức Thành", "Mỗi thôn một đảng viên là người tại chỗ"],
["12.07.2019 | 08:05", "6 tháng đầu năm 2019", "6 tháng cuối năm", "năm 2020"]))

PAGES.append(page("b5534-camau-dangbo-xa-traoqua-2020", """
ĐẢNG BỘ XÃ TÂN HƯNG ĐÔNG - HUYỆN CÁI NƯỚC - TỈNH CÀ MAU
Trang chủ / Hoạt động Đảng bộ / Tin tức
Thứ Năm, 16/01/2020
Thăm, tặng quà Tết đảng viên lão thành, đảng viên khó khăn
Ngày 15/1, Đảng ủy xã Tân Hưng Đông (huyện Cái Nước, tỉnh Cà Mau) tổ chức thăm, tặng 85 phần quà Tết cho đảng viên lão thành, đảng viên có hoàn cảnh khó khăn và gia đình chính sách nhân dịp Tết Nguyên đán Canh Tý 2020. Mỗi phần quà trị giá 500.000 đồng, tổng kinh phí 42,5 triệu đồng, do cán bộ, đảng viên đóng góp và vận động các mạnh thường quân.
Đoàn do đồng chí Quách Văn Đông, HUV, Bí thư Đảng ủy xã làm trưởng đoàn; cùng đi có đồng chí Trần Thị Kiều Oanh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã và các đồng chí Đảng ủy viên: Lý Văn Nhu, Tô Minh Trí, Huỳnh Thị Nết.
Đồng chí Quách Văn Đông tặng quà đảng viên Nguyễn Văn Chín, ấp Kinh Tư. Ảnh: Bảo Trân
Trong số đảng viên được thăm có 7 đảng viên được trao Huy hiệu 50 năm tuổi Đảng, 12 đảng viên có hoàn cảnh khó khăn, bệnh hiểm nghèo. Ông Nguyễn Văn Chín, đảng viên 55 năm tuổi Đảng ở ấp Kinh Tư, xúc động cho biết dù tuổi cao ông vẫn tham gia sinh hoạt chi bộ đều đặn và động viên con cháu phấn đấu vào Đảng.
Dịp này, Đảng ủy xã trao quyết định kết nạp Đảng cho 4 quần chúng ưu tú của Chi bộ ấp Kinh Tư và Chi bộ ấp Đồng Giữa; trao quyết định công nhận đảng viên chính thức cho 6 đảng viên dự bị. Đồng chí Lý Văn Nhu, Đảng ủy viên, Bí thư Chi bộ ấp Đồng Giữa, cho biết chi bộ thực hiện Nghị quyết số 02-NQ/ĐU của Đảng ủy xã về nâng cao chất lượng sinh hoạt chi bộ ấp, năm 2019 có 100% đảng viên dự sinh hoạt đủ 12 kỳ.
Theo báo cáo của Đảng ủy, năm 2019 Đảng bộ xã có 19 chi bộ với 412 đảng viên, kết nạp 21 đảng viên mới; vận động nhân dân hiến trên 3.000 m2 đất làm lộ nông thôn, đóng góp gần 860 triệu đồng xây 5 cây cầu bê tông. Thực hiện Kế hoạch số 30-KH/ĐU và Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, mỗi chi bộ ấp đăng ký ít nhất 1 việc làm cụ thể để chăm lo cho hộ nghèo dịp Tết.
Đồng chí Quách Văn Đông đề nghị các chi bộ tiếp tục quan tâm, động viên đảng viên lão thành; kịp thời nắm tình hình, không để đảng viên nào không có Tết. Đồng thời, các chi bộ ấp cần làm tốt công tác tạo nguồn, giới thiệu đoàn viên, hội viên ưu tú cho Đảng xem xét kết nạp; duy trì nền nếp sinh hoạt chi bộ định kỳ, nâng cao chất lượng sinh hoạt chuyên đề, gắn với việc vận động nhân dân giữ gìn an ninh trật tự, vệ sinh môi trường trong dịp Tết.
Bảo Trân
Tin khác
- Đảng bộ xã Tân Hưng Đông tổng kết công tác năm 2019 (28/12/2019)
- Chi bộ ấp Kinh Tư sinh hoạt chuyên đề tháng 12 (10/12/2019)
- Trao Huy hiệu Đảng đợt 7/11 (07/11/2019)
""", "2020-01-16", "Thăm, tặng quà Tết đảng viên lão thành, đảng viên khó khăn",
E("trao_qua", None, "2020-01-15"),
[P("Quách Văn Đông", "HUV", "Bí thư Đảng ủy xã"),
 P("Trần Thị Kiều Oanh", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lý Văn Nhu", "Đảng ủy viên", "Bí thư Chi bộ ấp Đồng Giữa"),
 P("Tô Minh Trí", "Đảng ủy viên"),
 P("Huỳnh Thị Nết", "Đảng ủy viên"),
 P("Nguyễn Văn Chín")],
[Q("85 phần quà", 85, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("42,5 triệu đồng", 42500000, "đồng"),
 Q("7 đảng viên", 7, "đảng viên"), Q("12 đảng viên", 12, "đảng viên"), Q("4 quần chúng ưu tú", 4, "quần chúng ưu tú"),
 Q("6 đảng viên dự bị", 6, "đảng viên dự bị"), Q("100%", 100, "%"), Q("19 chi bộ", 19, "chi bộ"),
 Q("412 đảng viên", 412, "đảng viên"), Q("21 đảng viên mới", 21, "đảng viên mới"), Q("trên 3.000 m2", 3000, "m2", "over"),
 Q("gần 860 triệu đồng", 860000000, "đồng", "approx"), Q("5 cây cầu bê tông", 5, "cây cầu bê tông")],
[D("Nghị quyết", "02", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 02-NQ/ĐU"),
 D("Kế hoạch", "30", "KH/ĐU", None, None, "Kế hoạch số 30-KH/ĐU"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Cà Mau"), com("Tân Hưng Đông")],
["ĐẢNG BỘ XÃ TÂN HƯNG ĐÔNG - HUYỆN CÁI NƯỚC - TỈNH CÀ MAU", "Trang chủ / Hoạt động Đảng bộ / Tin tức",
 "Đồng chí Quách Văn Đông tặng quà đảng viên Nguyễn Văn Chín, ấp Kinh Tư. Ảnh: Bảo Trân", "Tết Nguyên đán Canh Tý"],
["Thứ Năm, 16/01/2020", "Canh Tý 2020", "50 năm tuổi Đảng", "55 năm tuổi Đảng", "12 kỳ", "năm 2019", "1 việc làm cụ thể"]))

PAGES.append(page("b5535-thanhhoa-huyenuy-hoinghi-2020", """
Báo Thanh Hóa điện tử
Thời sự | Xây dựng Đảng
Cập nhật: 14:10, 25/09/2020 (GMT+7)
Thọ Xuân: Đổi mới nội dung sinh hoạt chi bộ thôn, khu phố
Toàn cảnh hội nghị chuyên đề.
Ngày 24/9, Ban Thường vụ Huyện ủy Thọ Xuân (Thanh Hóa) tổ chức hội nghị chuyên đề năm 2020 về nâng cao chất lượng sinh hoạt chi bộ thôn, khu phố. Đồng chí Lê Đình Hưng, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Dự có các đồng chí Huyện ủy viên, Bí thư Đảng ủy xã: Bùi Văn Thắm, Quách Thị Lệ, Đinh Công Sơn và 158 đồng chí là bí thư chi bộ thôn, khu phố toàn huyện.
Báo cáo đề dẫn của đồng chí Hà Thị Nguyệt, HUV, Trưởng Ban Tổ chức Huyện ủy cho biết, sau sáp nhập thôn, toàn huyện có 212 chi bộ thôn, khu phố với 9.870 đảng viên. Thực hiện Hướng dẫn số 09-HD/BTCTW và Kế hoạch số 64-KH/HU ngày 12/3/2018 của Ban Thường vụ Huyện ủy, 95,3% chi bộ duy trì sinh hoạt thường kỳ đúng quy định; 81% chi bộ sinh hoạt chuyên đề mỗi quý một lần. Từ đầu năm 2020 đến nay, các chi bộ đã kết nạp 154 đảng viên mới, trong đó 38 đảng viên là người Mường.
Tuy nhiên, do ảnh hưởng của dịch Covid-19, có 27 chi bộ phải lùi hoặc gộp kỳ sinh hoạt; một số chi bộ sau sáp nhập có trên 120 đảng viên, việc bố trí sinh hoạt gặp khó khăn; tỷ lệ đảng viên cao tuổi được miễn sinh hoạt chiếm khoảng 18%.
Tại hội nghị, 12 ý kiến tham luận tập trung vào cách chuẩn bị nội dung sinh hoạt. Đồng chí Bùi Văn Thắm, Bí thư Đảng ủy xã Xuân Phú, cho biết mỗi chi bộ thôn người Mường đã chọn 1 việc khó để bàn trong mỗi kỳ sinh hoạt, như vận động hiến đất mở đường, làm nhà văn hóa. Đồng chí Phạm Văn Thụy, Bí thư Chi bộ khu phố 3, thị trấn Lam Sơn, giới thiệu cách chi bộ mời Ban công tác Mặt trận và chi hội trưởng các đoàn thể cùng dự, nhờ đó 3 năm qua chi bộ vận động nhân dân góp 2,4 tỷ đồng chỉnh trang đô thị.
Phát biểu kết luận, đồng chí Lê Đình Hưng yêu cầu các chi bộ tiếp tục thực hiện Quy định số 29-QĐ/TW ngày 25/7/2016 của BCH Trung ương về thi hành Điều lệ Đảng, không để kéo dài tình trạng sinh hoạt hình thức; giao Ban Tổ chức Huyện ủy tham mưu ban hành Chỉ thị 18, 19-CT/HU về phân chia tổ đảng ở chi bộ đông đảng viên và về tạo nguồn kết nạp đảng viên ở thôn người Mường. Đồng chí cũng đề nghị Ủy ban MTTQ huyện chỉ đạo Ban công tác Mặt trận 212 khu dân cư tham gia góp ý chi bộ theo Quyết định 218-QĐ/TW của Bộ Chính trị.
Hội nghị diễn ra trực tuyến tới 41 điểm cầu xã, thị trấn.
Lê Hợi
Bài viết liên quan
- Thọ Xuân tổ chức thành công đại hội đảng bộ huyện nhiệm kỳ 2020 - 2025 (07/08/2020)
- Sinh hoạt chi bộ trong điều kiện phòng, chống dịch Covid-19 (02/06/2020)
- Thường Xuân kết nạp 87 đảng viên là người dân tộc thiểu số (21/05/2020)
""", "2020-09-25", "Thọ Xuân: Đổi mới nội dung sinh hoạt chi bộ thôn, khu phố",
E("hoi_nghi", "2020", "2020-09-24"),
[P("Lê Đình Hưng", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Bùi Văn Thắm", "Huyện ủy viên", "Bí thư Đảng ủy xã", "Bí thư Đảng ủy xã Xuân Phú"),
 P("Quách Thị Lệ", "Huyện ủy viên", "Bí thư Đảng ủy xã"),
 P("Đinh Công Sơn", "Huyện ủy viên", "Bí thư Đảng ủy xã"),
 P("Hà Thị Nguyệt", "HUV", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Phạm Văn Thụy", "Bí thư Chi bộ khu phố 3")],
[Q("158 đồng chí", 158, "đồng chí"), Q("212 chi bộ thôn, khu phố", 212, "chi bộ thôn, khu phố"), Q("9.870 đảng viên", 9870, "đảng viên"),
 Q("95,3%", 95.3, "%"), Q("81%", 81, "%"), Q("154 đảng viên mới", 154, "đảng viên mới"), Q("38 đảng viên", 38, "đảng viên"),
 Q("27 chi bộ", 27, "chi bộ"), Q("trên 120 đảng viên", 120, "đảng viên", "over"), Q("khoảng 18%", 18, "%", "approx"),
 Q("12 ý kiến tham luận", 12, "ý kiến tham luận"), Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("212 khu dân cư", 212, "khu dân cư"),
 Q("41 điểm cầu xã, thị trấn", 41, "điểm cầu xã, thị trấn")],
[D("Hướng dẫn", "09", "HD/BTCTW", None, None, "Hướng dẫn số 09-HD/BTCTW"),
 D("Kế hoạch", "64", "KH/HU", "2018-03-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 64-KH/HU ngày 12/3/2018"),
 D("Quy định", "29", "QĐ/TW", "2016-07-25", "BCH Trung ương", "Quy định số 29-QĐ/TW ngày 25/7/2016"),
 D("Chỉ thị", "18", "CT/HU", None, None, "Chỉ thị 18, 19-CT/HU"),
 D("Chỉ thị", "19", "CT/HU", None, None, "Chỉ thị 18, 19-CT/HU"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 218-QĐ/TW")],
[prov("Thanh Hóa"), com("Xuân Phú"), com("Lam Sơn")],
["Báo Thanh Hóa điện tử", "Thời sự | Xây dựng Đảng", "Toàn cảnh hội nghị chuyên đề.", "Covid-19"],
["Cập nhật: 14:10, 25/09/2020 (GMT+7)", "năm 2020", "158 đồng chí", "mỗi quý một lần", "Covid-19", "1 việc khó",
 "khu phố 3", "3 năm qua"]))

PAGES.append(page("b5536-kontum-huyenuy-soket-2021", """
BÁO KON TUM ĐIỆN TỬ
Bạn đang ở: Trang chủ > Chính trị > Xây dựng Đảng
Thứ Sáu, 09/07/2021 | 10:15
Đồng chí A Khiên phát biểu tại hội nghị. Ảnh: N.Hà
Kon Plông: Đảng viên người Xơ Đăng đi đầu ở các làng
Sáng 8/7, Huyện ủy Kon Plông (tỉnh Kon Tum) tổ chức hội nghị sơ kết công tác xây dựng Đảng, công tác dân vận 6 tháng đầu năm 2021 bằng hình thức trực tiếp kết hợp trực tuyến với 9 điểm cầu xã, thị trấn. Đồng chí A Khiên, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì.
Báo cáo cho biết, 6 tháng qua các chi bộ đã kết nạp 58 đảng viên mới, trong đó 49 đảng viên là người Xơ Đăng, Mơ Nâm, Hrê; 32 đảng viên nữ. Tổng số đảng viên toàn Đảng bộ là 2.416 đồng chí, sinh hoạt tại 104 chi bộ; 100% thôn, làng có chi bộ. Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Quy định số 29-QĐ/TW ngày 25/7/2016 của BCH Trung ương, các chi bộ đưa nội dung học tập và làm theo Bác vào sinh hoạt định kỳ. Ban Thường vụ Huyện ủy đã ban hành Nghị quyết số 04, 05-NQ/HU về củng cố chi bộ thôn yếu kém và về phát triển đảng viên trong học sinh trường phổ thông dân tộc nội trú.
Trong phòng, chống dịch Covid-19, 1.380 đảng viên ở 63 thôn, làng nhận phụ trách trên 4.200 hộ, tham gia 47 chốt kiểm soát; chi bộ các làng vận động nhân dân ủng hộ gần 310 triệu đồng cùng 12 tấn gạo, rau củ.
Tại hội nghị, đồng chí Y Thị Bích Ngọc, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện cho biết khối dân vận đã giới thiệu 146 đoàn viên, hội viên ưu tú cho Đảng; đồng chí A Bền, Bí thư Đảng ủy xã Măng Bút, nêu khó khăn: thanh niên nhiều làng học chưa hết lớp 9, không đủ điều kiện kết nạp. Ông A Nhâm, già làng làng Tu Rầng, xã Đắk Tăng, đề nghị chi bộ mời người có uy tín dự sinh hoạt khi bàn việc của làng. Đồng chí Nguyễn Hữu Tài, Phó Bí thư Thường trực Huyện ủy, đánh giá nhiều chi bộ còn sinh hoạt theo kiểu "đọc văn bản", chưa bàn được việc cụ thể.
Kết luận hội nghị, đồng chí A Khiên yêu cầu 6 tháng cuối năm kết nạp ít nhất 60 đảng viên để hoàn thành chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện; tiếp tục thực hiện Chỉ thị 05-CT/TU của Ban Thường vụ Tỉnh ủy về phân công đảng viên phụ trách hộ; mỗi bí thư chi bộ thôn phải trực tiếp đối thoại định kỳ với nhân dân, lắng nghe và giải quyết kịp thời kiến nghị chính đáng ngay từ thôn, làng.
Dịp này, Huyện ủy tặng giấy khen cho 6 chi bộ, 14 đảng viên tiêu biểu trong phòng, chống dịch.
Ngọc Hà
Tin liên quan
- Kon Plông: 100% thôn, làng có chi bộ (25/06/2021)
- Đắk Tăng kết nạp 9 đảng viên người Xơ Đăng (11/06/2021)
- Tập huấn bồi dưỡng cấp ủy viên cơ sở (28/05/2021)
""", "2021-07-09", "Kon Plông: Đảng viên người Xơ Đăng đi đầu ở các làng",
E("so_ket", "2021-H1", "2021-07-08"),
[P("A Khiên", "Tỉnh ủy viên", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Y Thị Bích Ngọc", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("A Bền", "Bí thư Đảng ủy xã Măng Bút"),
 P("A Nhâm", "già làng làng Tu Rầng"),
 P("Nguyễn Hữu Tài", "Phó Bí thư Thường trực Huyện ủy")],
[Q("9 điểm cầu xã, thị trấn", 9, "điểm cầu xã, thị trấn"), Q("58 đảng viên mới", 58, "đảng viên mới"), Q("49 đảng viên", 49, "đảng viên"),
 Q("32 đảng viên nữ", 32, "đảng viên nữ"), Q("2.416 đồng chí", 2416, "đồng chí"), Q("104 chi bộ", 104, "chi bộ"), Q("100%", 100, "%"),
 Q("1.380 đảng viên", 1380, "đảng viên"), Q("63 thôn, làng", 63, "thôn, làng"), Q("trên 4.200 hộ", 4200, "hộ", "over"),
 Q("47 chốt kiểm soát", 47, "chốt kiểm soát"), Q("gần 310 triệu đồng", 310000000, "đồng", "approx"), Q("12 tấn", 12, "tấn"),
 Q("146 đoàn viên, hội viên ưu tú", 146, "đoàn viên, hội viên ưu tú"), Q("ít nhất 60 đảng viên", 60, "đảng viên", "over"),
 Q("6 chi bộ", 6, "chi bộ"), Q("14 đảng viên tiêu biểu", 14, "đảng viên tiêu biểu")],
[D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Quy định", "29", "QĐ/TW", "2016-07-25", "BCH Trung ương", "Quy định số 29-QĐ/TW ngày 25/7/2016"),
 D("Nghị quyết", "04", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết số 04, 05-NQ/HU"),
 D("Nghị quyết", "05", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết số 04, 05-NQ/HU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05-CT/TU")],
[prov("Kon Tum"), com("Măng Bút"), com("Đắk Tăng")],
["BÁO KON TUM ĐIỆN TỬ", "Bạn đang ở: Trang chủ > Chính trị > Xây dựng Đảng", "Đồng chí A Khiên phát biểu tại hội nghị. Ảnh: N.Hà",
 "đọc văn bản", "Covid-19", "Nghị quyết Đại hội Đảng bộ huyện"],
["Thứ Sáu, 09/07/2021 | 10:15", "6 tháng đầu năm 2021", "6 tháng cuối năm", "2.416 đồng chí", "lớp 9", "Covid-19"]))
