from lib import *
PAGES = []

PAGES.append(page("b6107-quangnam-doithoai-2017", """
Báo Quảng Nam
Thời sự | Chính trị | Xã hội | Tuổi trẻ
Cập nhật lúc 15:40 ngày 22/07/2017
Bí thư Tỉnh ủy đối thoại với sinh viên tình nguyện hè
Ảnh: Quang cảnh buổi đối thoại.
(QNO) - Sáng 22/7, tại huyện Nam Trà My, Ban Thường vụ Tỉnh đoàn phối hợp Ban Dân vận Tỉnh ủy tổ chức chương trình đối thoại giữa lãnh đạo tỉnh với đoàn viên, thanh niên, sinh viên tình nguyện "Mùa hè xanh" năm 2017. Đồng chí Lê Trọng Khải, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì buổi đối thoại.
Cùng dự có các đồng chí: Hồ Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Trần Văn Đạt, Phó Chủ tịch UBND tỉnh; Phan Minh Tâm, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh, cùng gần 400 đoàn viên, thanh niên, trong đó có 250 sinh viên tình nguyện đến từ 11 trường đại học, cao đẳng ở Đà Nẵng và Quảng Nam.
Theo báo cáo nhanh của Tỉnh đoàn, hè năm nay toàn tỉnh có 74 đội hình tình nguyện với 2.850 chiến sĩ về 9 huyện miền núi, tập trung ở các xã đặc biệt khó khăn như Trà Linh, Trà Cang, Trà Vân. Sau 3 tuần, các đội hình đã tu sửa 18 phòng học, làm 6,5 km đường dân sinh, mở 32 lớp xóa mù chữ cho 640 người Ca Dong, Xơ Đăng, Co và khám bệnh, cấp thuốc cho trên 3.100 lượt người dân.
Tại buổi đối thoại, em Hồ Văn Bốn, sinh viên người Ca Dong, hỏi về chính sách hỗ trợ học phí cho sinh viên dân tộc thiểu số; chị Y Thị Na, Bí thư Đoàn xã Trà Linh, đề nghị tỉnh có cơ chế để thanh niên được vay vốn trồng sâm Ngọc Linh; em Lê Thị Thảo, sinh viên Trường Đại học Bách khoa - Đại học Đà Nẵng, muốn biết tỉnh có chính sách thu hút sinh viên giỏi về làm việc ở miền núi không.
Trả lời các ý kiến, đồng chí Lê Trọng Khải cho biết tỉnh đang triển khai Nghị quyết số 12/2017/NQ-HĐND ngày 19/4/2017 của HĐND tỉnh về chính sách hỗ trợ học sinh, sinh viên người dân tộc thiểu số, mỗi sinh viên được hỗ trợ 1,2 triệu đồng/tháng; đồng thời Đề án phát triển cây dược liệu theo Quyết định số 1418/QĐ-UBND của UBND tỉnh dành ít nhất 30% vốn vay cho hộ thanh niên. Đồng chí cũng khẳng định sẽ chỉ đạo sở, ngành xây dựng chính sách thu hút sinh viên tốt nghiệp loại giỏi về công tác tại 9 huyện miền núi theo tinh thần Kết luận 44, 45-KL/TU của Ban Thường vụ Tỉnh ủy.
Đồng chí Hồ Thị Lan đề nghị các đội hình chú trọng công tác dân vận, tôn trọng phong tục tập quán của đồng bào, "ăn cùng, ở cùng, làm cùng" để dân tin, dân thương.
Kết thúc buổi đối thoại, lãnh đạo tỉnh trao 100 suất quà cho sinh viên tình nguyện có hoàn cảnh khó khăn, mỗi suất 500.000 đồng, và tặng 50 bộ máy tính cho 5 trường phổ thông dân tộc bán trú.
Vinh Anh
Tin liên quan
- Quảng Nam: 2.800 sinh viên ra quân Mùa hè xanh (05/7/2017)
- Tỉnh đoàn khai mạc Tháng Thanh niên (01/3/2017)
- Nam Trà My: thanh niên trồng sâm Ngọc Linh (15/5/2017)
""", "2017-07-22", "Bí thư Tỉnh ủy đối thoại với sinh viên tình nguyện hè",
E("doi_thoai", "2017", "2017-07-22"),
[P("Lê Trọng Khải", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Hồ Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Đạt", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Minh Tâm", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Hồ Văn Bốn", "sinh viên người Ca Dong"),
 P("Y Thị Na", "Bí thư Đoàn xã Trà Linh"),
 P("Lê Thị Thảo", "sinh viên Trường Đại học Bách khoa - Đại học Đà Nẵng")],
[Q("gần 400 đoàn viên, thanh niên", 400, "đoàn viên, thanh niên", "approx"),
 Q("250 sinh viên tình nguyện", 250, "sinh viên tình nguyện"), Q("11 trường đại học, cao đẳng", 11, "trường đại học, cao đẳng"),
 Q("74 đội hình tình nguyện", 74, "đội hình tình nguyện"), Q("2.850 chiến sĩ", 2850, "chiến sĩ"),
 Q("9 huyện miền núi", 9, "huyện miền núi"), Q("18 phòng học", 18, "phòng học"), Q("6,5 km", 6.5, "km"),
 Q("32 lớp xóa mù chữ", 32, "lớp xóa mù chữ"), Q("640 người Ca Dong, Xơ Đăng, Co", 640, "người Ca Dong, Xơ Đăng, Co"),
 Q("trên 3.100 lượt người dân", 3100, "lượt người dân", "over"), Q("1,2 triệu đồng", 1200000, "đồng"),
 Q("ít nhất 30%", 30, "%", "over"), Q("100 suất quà", 100, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("50 bộ máy tính", 50, "bộ máy tính"), Q("5 trường phổ thông dân tộc bán trú", 5, "trường phổ thông dân tộc bán trú")],
[D("Nghị quyết", "12", "2017/NQ-HĐND", "2017-04-19", "HĐND tỉnh", "Nghị quyết số 12/2017/NQ-HĐND ngày 19/4/2017"),
 D("Quyết định", "1418", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1418/QĐ-UBND"),
 D("Kết luận", "44", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 44, 45-KL/TU"),
 D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 44, 45-KL/TU")],
[prov("Quảng Nam"), prov("Đà Nẵng"), com("Trà Linh"), com("Trà Cang"), com("Trà Vân")],
["Báo Quảng Nam", "Thời sự | Chính trị | Xã hội | Tuổi trẻ", "Ảnh: Quang cảnh buổi đối thoại.", "(QNO)",
 "Mùa hè xanh", "ăn cùng, ở cùng, làm cùng"],
["Cập nhật lúc 15:40 ngày 22/07/2017", "năm 2017", "3 tuần"]))

PAGES.append(page("b6108-tayninh-giamsat-2018", """
TRANG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TÂY NINH
Trang chủ > Hoạt động > Giám sát, phản biện xã hội
2018-07-25 09:30
Giám sát việc tổ chức chiến dịch tình nguyện hè tại huyện Tân Biên
Ngày 24/7/2018, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Nguyễn Thị Mỹ Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chiến dịch thanh niên tình nguyện hè năm 2018 và chương trình "Tiếp sức mùa thi" tại Huyện đoàn Tân Biên.
Thành viên đoàn giám sát có các ông, bà: Lê Văn Sang, Trần Thị Kim Loan - Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh; ông Võ Minh Triết, Phó Bí thư Tỉnh đoàn; đại diện Ban Dân vận Tỉnh ủy và Hội Cựu chiến binh tỉnh.
Đoàn giám sát làm việc với Huyện đoàn Tân Biên.
Cuộc giám sát được thực hiện theo Quyết định số 65/QĐ-MTTQ-BTT ngày 02/7/2018 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định 217-QĐ/TW và 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền.
Báo cáo của ông Huỳnh Thanh Phong, HUV, Bí thư Huyện đoàn Tân Biên cho thấy, hè năm 2018 huyện thành lập 11 đội hình với 385 đoàn viên, thanh niên, trong đó có 60 sinh viên Trường Đại học Sài Gòn về tình nguyện tại xã Tân Lập và xã Hòa Hiệp. Các đội hình đã thực hiện 7 công trình thanh niên trị giá 465 triệu đồng, gồm 3,2 km đường điện "Thắp sáng đường quê" với 96 bóng đèn, 2 cây cầu bê tông và 1 sân chơi cho thiếu nhi; tổ chức "Tiếp sức mùa thi" tại 3 hội đồng thi, phục vụ 2.150 thí sinh.
Qua giám sát, đoàn ghi nhận việc huy động nguồn lực được công khai, có sổ sách theo dõi; 100% công trình có biên bản bàn giao cho địa phương. Tuy nhiên, đoàn cũng chỉ ra một số hạn chế: 2 công trình chưa có ý kiến thống nhất của ban nhân dân ấp trước khi thi công; việc thanh quyết toán 35 triệu đồng kinh phí hỗ trợ từ doanh nghiệp còn chậm; chưa có bảo hiểm tai nạn cho tình nguyện viên là học sinh.
Tại buổi làm việc, bà Nguyễn Thị Mỹ Hạnh đề nghị Huyện đoàn khẩn trương hoàn thiện hồ sơ, chứng từ; công khai kết quả chiến dịch tại các ấp để nhân dân giám sát; phối hợp Ủy ban MTTQ huyện lấy ý kiến người dân về hiệu quả công trình. Đoàn cũng kiến nghị Tỉnh đoàn sửa Hướng dẫn số 27-HD/TĐTN theo hướng bắt buộc mua bảo hiểm cho toàn bộ tình nguyện viên.
Ông Võ Minh Triết, Phó Bí thư Tỉnh đoàn tiếp thu ý kiến, cho biết Tỉnh đoàn sẽ chỉ đạo các huyện đoàn rà soát, hoàn thành quyết toán trước ngày 15/8 và báo cáo kết quả khắc phục về Ủy ban MTTQ Việt Nam tỉnh.
Theo kế hoạch, trong tháng 8/2018 đoàn giám sát tiếp tục làm việc tại Huyện đoàn Châu Thành và Thành đoàn Tây Ninh.
Ngọc Diệp
Các tin đã đưa
- MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế (12/7/2018)
- Phản biện dự thảo quy định về hỗ trợ hộ nghèo (28/6/2018)
- Tân Biên: hội nghị đại biểu nhân dân xã Hòa Hiệp (18/6/2018)
""", "2018-07-25", "Giám sát việc tổ chức chiến dịch tình nguyện hè tại huyện Tân Biên",
E("giam_sat", "2018", "2018-07-24"),
[P("Nguyễn Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Sang", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Kim Loan", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Minh Triết", "Phó Bí thư Tỉnh đoàn"),
 P("Huỳnh Thanh Phong", "HUV", "Bí thư Huyện đoàn Tân Biên")],
[Q("11 đội hình", 11, "đội hình"), Q("385 đoàn viên, thanh niên", 385, "đoàn viên, thanh niên"),
 Q("60 sinh viên", 60, "sinh viên"), Q("7 công trình thanh niên", 7, "công trình thanh niên"),
 Q("465 triệu đồng", 465000000, "đồng"), Q("3,2 km", 3.2, "km"), Q("96 bóng đèn", 96, "bóng đèn"),
 Q("2 cây cầu bê tông", 2, "cây cầu bê tông"), Q("3 hội đồng thi", 3, "hội đồng thi"),
 Q("2.150 thí sinh", 2150, "thí sinh"), Q("100% công trình", 100, "%"), Q("2 công trình", 2, "công trình"),
 Q("35 triệu đồng", 35000000, "đồng")],
[D("Quyết định", "65", "QĐ-MTTQ-BTT", "2018-07-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 65/QĐ-MTTQ-BTT ngày 02/7/2018"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW"),
 D("Hướng dẫn", "27", "HD/TĐTN", None, None, "Hướng dẫn số 27-HD/TĐTN")],
[prov("Tây Ninh"), com("Tân Lập"), com("Hòa Hiệp")],
["TRANG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TÂY NINH", "Trang chủ > Hoạt động > Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với Huyện đoàn Tân Biên.", "Tiếp sức mùa thi", "Thắp sáng đường quê", "Trường Đại học Sài Gòn"],
["2018-07-25 09:30", "năm 2018", "1 sân chơi", "15/8", "tháng 8/2018"]))

PAGES.append(page("b6109-bacgiang-baocao-tsmt-2019", """
TỈNH ĐOÀN BẮC GIANG
Trang chủ / Tin tức / Phong trào tình nguyện
30.06.2019 | 20:15
Báo cáo nhanh kết quả chương trình "Tiếp sức mùa thi" năm 2019
Toàn cảnh điểm tiếp sức tại Trường THPT Ngô Sĩ Liên.
Ban Thường vụ Tỉnh đoàn Bắc Giang vừa có Báo cáo số 412-BC/TĐTN ngày 29/6/2019 về kết quả triển khai chương trình "Tiếp sức mùa thi" năm 2019 trong kỳ thi trung học phổ thông quốc gia (từ ngày 24/6 đến 27/6).
Theo báo cáo, thực hiện Kế hoạch liên tịch số 05/KHLT-SGDĐT-TĐTN giữa Sở Giáo dục và Đào tạo và Tỉnh đoàn, các cấp bộ đoàn đã huy động 1.640 tình nguyện viên, bố trí 52 đội hình tại 37 điểm thi trong toàn tỉnh. Các đội hình đã hướng dẫn, hỗ trợ 21.875 lượt thí sinh và người nhà; phát miễn phí 18.300 chai nước, 6.200 bút bi, 3.450 suất ăn; giới thiệu 215 chỗ trọ miễn phí hoặc giá rẻ; chở 86 thí sinh đến điểm thi bằng xe máy, trong đó có 14 thí sinh khuyết tật và 23 thí sinh người Nùng, người Sán Dìu ở các xã vùng cao huyện Sơn Động.
Đặc biệt, đội hình của Đoàn xã An Lạc đã kịp thời đưa 1 thí sinh bị nhầm điểm thi đến đúng hội đồng thi trước giờ thi 10 phút; đội hình Thành đoàn Bắc Giang phối hợp công an phường Trần Phú tìm lại 7 bộ hồ sơ, giấy tờ bị thất lạc.
Tổng kinh phí thực hiện chương trình khoảng 312 triệu đồng, trong đó ngân sách đoàn 45 triệu đồng, còn lại vận động từ 27 doanh nghiệp, nhà hảo tâm. Tỷ lệ hài lòng của thí sinh và phụ huynh qua phiếu khảo sát đạt 97,6%.
Báo cáo đánh giá các đội hình thực hiện đúng Hướng dẫn số 19-HD/TWĐTN-ĐTH của Ban Bí thư Trung ương Đoàn, bám sát Công văn 2117/BGDĐT-QLCL của Bộ Giáo dục và Đào tạo; không để xảy ra sự cố mất an toàn. Tuy vậy, ở một số điểm thi, việc bố trí lều nghỉ cho phụ huynh còn thiếu, một số tình nguyện viên chưa nắm vững quy chế thi.
Báo cáo ghi nhận sự tham gia tích cực của đồng chí Hoàng Văn Long, Bí thư Huyện đoàn Sơn Động; đồng chí La Thị Mai, Bí thư Đoàn xã An Lạc; đồng chí Chu Văn Tài, Phó Bí thư Thành đoàn Bắc Giang, Chỉ huy trưởng đội hình Thành đoàn. Các đồng chí Giáp Thị Hường, Ngô Minh Hiếu - Phó Bí thư Tỉnh đoàn trực tiếp kiểm tra các điểm tiếp sức ở 10 huyện, thành phố.
Trên cơ sở kết quả đạt được, Ban Thường vụ Tỉnh đoàn đề nghị Trung ương Đoàn tặng bằng khen cho 3 tập thể, 5 cá nhân; Tỉnh đoàn khen thưởng 12 tập thể, 30 cá nhân. Sau kỳ thi, các đội hình chuyển sang tham gia chiến dịch "Mùa hè xanh" tại 46 xã xây dựng nông thôn mới.
PV
Tin cùng chuyên mục
- Bắc Giang ra quân chiến dịch thanh niên tình nguyện hè 2019 (15/6/2019)
- Sơn Động: 200 đoàn viên làm đường liên thôn (10/6/2019)
- Hội nghị giao ban công tác Đoàn quý II (05/6/2019)
""", "2019-06-30", "Báo cáo nhanh kết quả chương trình \"Tiếp sức mùa thi\" năm 2019",
E("bao_cao", "2019", "2019-06-29"),
[P("Hoàng Văn Long", "Bí thư Huyện đoàn Sơn Động"),
 P("La Thị Mai", "Bí thư Đoàn xã An Lạc"),
 P("Chu Văn Tài", "Phó Bí thư Thành đoàn Bắc Giang", "Chỉ huy trưởng đội hình Thành đoàn"),
 P("Giáp Thị Hường", "Phó Bí thư Tỉnh đoàn"),
 P("Ngô Minh Hiếu", "Phó Bí thư Tỉnh đoàn")],
[Q("1.640 tình nguyện viên", 1640, "tình nguyện viên"), Q("52 đội hình", 52, "đội hình"), Q("37 điểm thi", 37, "điểm thi"),
 Q("21.875 lượt thí sinh và người nhà", 21875, "lượt thí sinh và người nhà"), Q("18.300 chai nước", 18300, "chai nước"),
 Q("6.200 bút bi", 6200, "bút bi"), Q("3.450 suất ăn", 3450, "suất ăn"), Q("215 chỗ trọ", 215, "chỗ trọ"),
 Q("86 thí sinh", 86, "thí sinh"), Q("14 thí sinh khuyết tật", 14, "thí sinh khuyết tật"),
 Q("23 thí sinh người Nùng, người Sán Dìu", 23, "thí sinh người Nùng, người Sán Dìu"),
 Q("7 bộ hồ sơ, giấy tờ", 7, "bộ hồ sơ, giấy tờ"),
 Q("khoảng 312 triệu đồng", 312000000, "đồng", "approx"), Q("45 triệu đồng", 45000000, "đồng"),
 Q("27 doanh nghiệp, nhà hảo tâm", 27, "doanh nghiệp, nhà hảo tâm"), Q("97,6%", 97.6, "%"),
 Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"),
 Q("12 tập thể", 12, "tập thể"), Q("30 cá nhân", 30, "cá nhân"),
 Q("46 xã xây dựng nông thôn mới", 46, "xã")],
[D("Báo cáo", "412", "BC/TĐTN", "2019-06-29", "Ban Thường vụ Tỉnh đoàn Bắc Giang", "Báo cáo số 412-BC/TĐTN ngày 29/6/2019"),
 D("Kế hoạch liên tịch", "05", "KHLT-SGDĐT-TĐTN", None, None, "Kế hoạch liên tịch số 05/KHLT-SGDĐT-TĐTN"),
 D("Hướng dẫn", "19", "HD/TWĐTN-ĐTH", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 19-HD/TWĐTN-ĐTH"),
 D("Công văn", "2117", "BGDĐT-QLCL", None, "Bộ Giáo dục và Đào tạo", "Công văn 2117/BGDĐT-QLCL")],
[prov("Bắc Giang"), com("An Lạc"), com("Trần Phú")],
["TỈNH ĐOÀN BẮC GIANG", "Trang chủ / Tin tức / Phong trào tình nguyện",
 "Toàn cảnh điểm tiếp sức tại Trường THPT Ngô Sĩ Liên.", "Tiếp sức mùa thi", "Mùa hè xanh"],
["30.06.2019 | 20:15", "năm 2019", "1 thí sinh", "10 phút", "24/6", "27/6"]))

PAGES.append(page("b6110-kontum-daihoi-doanxa-2022", """
Báo Kon Tum điện tử
Bạn đang ở: Trang chủ › Chính trị › Xây dựng Đảng - Đoàn thể
Thứ Bảy, 14/05/2022, 07:45
Đại hội Đoàn xã Đăk Rơ Nga lần thứ VII: "Mùa hè xanh" thành dấu ấn nhiệm kỳ
Ngày 13/5, Đoàn xã Đăk Rơ Nga (huyện Đăk Tô) tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh xã lần thứ VII, nhiệm kỳ 2022 - 2027. Đây là đại hội điểm cấp cơ sở của Huyện đoàn Đăk Tô. Dự đại hội có đồng chí A Vinh, HUV, Bí thư Huyện đoàn; đồng chí Y Nhung, Bí thư Đảng ủy xã và 98 đại biểu đại diện cho hơn 620 đoàn viên trong toàn xã.
Các đại biểu biểu quyết thông qua chương trình đại hội. Ảnh: Y Liên
Nhiệm kỳ 2017 - 2022, Đoàn xã đã kết nạp 154 đoàn viên mới, giới thiệu 23 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 19 đồng chí đã được kết nạp Đảng. Dấu ấn nổi bật là 5 mùa chiến dịch "Mùa hè xanh" liên tiếp, Đoàn xã phối hợp với các đội hình sinh viên Phân hiệu Đại học Đà Nẵng tại Kon Tum làm 4,2 km đường bê tông nội thôn, xây 3 nhà văn hóa thôn, mở 26 lớp dạy tiếng Việt cho trẻ em người Xơ Đăng và hỗ trợ 35 hộ nghèo làm chuồng trại chăn nuôi, tổng giá trị khoảng 1,6 tỷ đồng. Đoàn xã cũng duy trì 2 tổ hợp tác thanh niên trồng sâm dây và cà phê xứ lạnh với 27 thành viên.
Đại hội đã thảo luận, thống nhất mục tiêu nhiệm kỳ mới: mỗi năm kết nạp từ 30 đoàn viên trở lên; phấn đấu 100% thôn có đội hình thanh niên tình nguyện; hỗ trợ ít nhất 10 thanh niên khởi nghiệp; xây dựng 2 công trình thanh niên cấp xã.
Theo Hướng dẫn số 45-HD/TWĐTN-TC của Ban Bí thư Trung ương Đoàn và Kế hoạch số 102-KH/TĐTN ngày 15/12/2021 của Ban Thường vụ Tỉnh đoàn, đại hội đã bầu Ban Chấp hành Đoàn xã khóa VII gồm 15 đồng chí. Tại phiên họp thứ nhất, đồng chí A Thuận được tín nhiệm giữ chức Bí thư Đoàn xã Đăk Rơ Nga khóa VII; các đồng chí Y Hương, A Krông được bầu giữ chức Phó Bí thư Đoàn xã. Đại hội cũng bầu 4 đại biểu chính thức dự Đại hội Đoàn huyện Đăk Tô lần thứ XII.
Phát biểu chỉ đạo, đồng chí Y Nhung, Bí thư Đảng ủy xã đề nghị Ban Chấp hành khóa mới cụ thể hóa Nghị quyết số 05-NQ/ĐU của Đảng ủy xã về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số; tiếp tục làm tốt vai trò nòng cốt trong công tác dân vận, nhất là vận động đồng bào bỏ tảo hôn, hôn nhân cận huyết thống.
Đồng chí A Vinh đánh giá cao công tác chuẩn bị đại hội, lưu ý Đoàn xã rút kinh nghiệm để các chi đoàn thôn tổ chức tốt đại hội theo tinh thần Chỉ thị 11, 12-CT/HU của Ban Thường vụ Huyện ủy.
Đồng chí A Thuận, Bí thư Đoàn xã, 27 tuổi, là người Xơ Đăng, từng 3 năm liền là đội trưởng đội thanh niên tình nguyện hè của xã.
Y Liên
Tin liên quan
- Đăk Tô: hoàn thành đại hội chi đoàn cơ sở (20/4/2022)
- Tỉnh đoàn Kon Tum tập huấn công tác đại hội (10/3/2022)
- Ngọc Hồi: đại hội điểm Đoàn xã Đăk Dục (08/5/2022)
""", "2022-05-14", "Đại hội Đoàn xã Đăk Rơ Nga lần thứ VII: \"Mùa hè xanh\" thành dấu ấn nhiệm kỳ",
E("dai_hoi", None, "2022-05-13"),
[P("A Vinh", "HUV", "Bí thư Huyện đoàn"),
 P("Y Nhung", "Bí thư Đảng ủy xã"),
 P("A Thuận", "Bí thư Đoàn xã Đăk Rơ Nga khóa VII", "Bí thư Đoàn xã"),
 P("Y Hương", "Phó Bí thư Đoàn xã"),
 P("A Krông", "Phó Bí thư Đoàn xã")],
[Q("98 đại biểu", 98, "đại biểu"), Q("hơn 620 đoàn viên", 620, "đoàn viên", "over"),
 Q("154 đoàn viên mới", 154, "đoàn viên mới"), Q("23 đoàn viên ưu tú", 23, "đoàn viên ưu tú"),
 Q("19 đồng chí", 19, "đồng chí"), Q("4,2 km", 4.2, "km"), Q("3 nhà văn hóa thôn", 3, "nhà văn hóa thôn"),
 Q("26 lớp dạy tiếng Việt", 26, "lớp dạy tiếng Việt"), Q("35 hộ nghèo", 35, "hộ nghèo"),
 Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("2 tổ hợp tác thanh niên", 2, "tổ hợp tác thanh niên"),
 Q("27 thành viên", 27, "thành viên"), Q("từ 30 đoàn viên trở lên", 30, "đoàn viên", "over"),
 Q("100% thôn", 100, "%"), Q("ít nhất 10 thanh niên", 10, "thanh niên", "over"),
 Q("2 công trình thanh niên cấp xã", 2, "công trình thanh niên cấp xã"), Q("15 đồng chí", 15, "đồng chí"),
 Q("4 đại biểu chính thức", 4, "đại biểu chính thức")],
[D("Hướng dẫn", "45", "HD/TWĐTN-TC", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 45-HD/TWĐTN-TC"),
 D("Kế hoạch", "102", "KH/TĐTN", "2021-12-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 102-KH/TĐTN ngày 15/12/2021"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU"),
 D("Chỉ thị", "11", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU"),
 D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU")],
[prov("Kon Tum"), com("Đăk Rơ Nga")],
["Báo Kon Tum điện tử", "Bạn đang ở: Trang chủ › Chính trị › Xây dựng Đảng - Đoàn thể",
 "Các đại biểu biểu quyết thông qua chương trình đại hội. Ảnh: Y Liên", "Mùa hè xanh", "Phân hiệu Đại học Đà Nẵng tại Kon Tum"],
["Thứ Bảy, 14/05/2022, 07:45", "lần thứ VII", "2022 - 2027", "2017 - 2022", "5 mùa", "lần thứ XII", "27 tuổi", "3 năm", "19 đồng chí", "15 đồng chí"]))

PAGES.append(page("b6111-bentre-tongket-mhx-2020", """
BÁO ĐỒNG KHỞI ONLINE
Thời sự » Đoàn thể
21/08/2020 06:00
Tổng kết chiến dịch tình nguyện hè trong điều kiện phòng, chống dịch Covid-19
Các đội hình tình nguyện nhận bằng khen của Tỉnh đoàn.
Chiều 20/8/2020, Tỉnh đoàn Bến Tre tổ chức hội nghị trực tuyến tổng kết chiến dịch thanh niên tình nguyện hè năm 2020 với 9 điểm cầu huyện, thành phố. Chủ trì tại điểm cầu tỉnh có đồng chí Nguyễn Thị Út Chín, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Minh Khoa, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh, Chỉ huy trưởng chiến dịch.
Năm 2020, do ảnh hưởng của dịch Covid-19, chiến dịch được tổ chức phân tán, không tập trung đông người. Thực hiện Kế hoạch số 88-KH/TĐTN ngày 27/5/2020 của Ban Thường vụ Tỉnh đoàn và Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch, các cơ sở đoàn đã thành lập 164 đội hình với trên 5.200 đoàn viên, thanh niên tham gia.
Kết quả, các đội hình đã làm mới, sửa chữa 37 cây cầu nông thôn, bê tông hóa 14,6 km đường giao thông, lắp 820 bóng đèn chiếu sáng; tham gia chống hạn, xâm nhập mặn với 1.150 ngày công nạo vét kênh, vận chuyển 3.400 m3 nước ngọt cho người dân các xã ven biển huyện Ba Tri, Bình Đại, Thạnh Phú. Tổng giá trị các công trình, phần việc ước trên 7,8 tỷ đồng. Chương trình "Tiếp sức mùa thi" lần đầu tổ chức vào tháng 8, hỗ trợ 9.860 thí sinh tại 28 điểm thi với 100% tình nguyện viên đeo khẩu trang và có nước sát khuẩn.
Chiến dịch "Mùa hè xanh" của 450 sinh viên từ Thành phố Hồ Chí Minh về 12 xã, chủ yếu ở xã An Thủy, xã Thạnh Hải, tiếp tục để lại nhiều dấu ấn với 5 căn nhà nhân ái, mỗi căn trị giá 50 triệu đồng, và 2.000 cây dừa giống tặng hộ nghèo.
Tại hội nghị, anh Lê Văn Tuấn, Bí thư Huyện đoàn Ba Tri, chia sẻ cách vận động 16 doanh nghiệp tài trợ bình chứa nước; chị Huỳnh Thị Diễm, Bí thư Đoàn xã Thạnh Hải, kiến nghị tỉnh đoàn hỗ trợ thêm máy lọc nước cho các điểm trường.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Út Chín ghi nhận sự linh hoạt của tuổi trẻ Bến Tre, đề nghị tiếp tục thực hiện Nghị quyết 10, 11-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển nguồn nhân lực trẻ và thích ứng biến đổi khí hậu; chuẩn bị lực lượng tình nguyện hỗ trợ Đại hội Đảng bộ tỉnh lần thứ XI.
Dịp này, Tỉnh đoàn tặng bằng khen cho 21 tập thể, 43 cá nhân; Trung ương Đoàn tặng bằng khen cho 2 tập thể và 3 cá nhân. Các đơn vị đã bố trí hơn 31 đồng chí là cán bộ đoàn chuyên trách ở lại địa bàn sau chiến dịch để theo dõi việc bảo quản công trình.
Nhật Linh
Lượt xem: 2.315
Tin liên quan
- Ra quân chiến dịch "Mùa hè xanh" năm 2020 (05/7/2020)
- Tỉnh đoàn trao nước ngọt cho người dân vùng hạn mặn (18/3/2020)
- Bến Tre: 1.000 đoàn viên tham gia phòng chống dịch (02/4/2020)
""", "2020-08-21", "Tổng kết chiến dịch tình nguyện hè trong điều kiện phòng, chống dịch Covid-19",
E("tong_ket", "2020", "2020-08-20"),
[P("Nguyễn Thị Út Chín", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Khoa", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh", "Chỉ huy trưởng chiến dịch"),
 P("Lê Văn Tuấn", "Bí thư Huyện đoàn Ba Tri"),
 P("Huỳnh Thị Diễm", "Bí thư Đoàn xã Thạnh Hải")],
[Q("9 điểm cầu huyện, thành phố", 9, "điểm cầu huyện, thành phố"), Q("164 đội hình", 164, "đội hình"),
 Q("trên 5.200 đoàn viên, thanh niên", 5200, "đoàn viên, thanh niên", "over"),
 Q("37 cây cầu nông thôn", 37, "cây cầu nông thôn"), Q("14,6 km", 14.6, "km"),
 Q("820 bóng đèn chiếu sáng", 820, "bóng đèn chiếu sáng"), Q("1.150 ngày công", 1150, "ngày công"),
 Q("3.400 m3", 3400, "m3"), Q("trên 7,8 tỷ đồng", 7800000000, "đồng", "over"),
 Q("9.860 thí sinh", 9860, "thí sinh"), Q("28 điểm thi", 28, "điểm thi"), Q("100% tình nguyện viên", 100, "%"),
 Q("450 sinh viên", 450, "sinh viên"), Q("12 xã", 12, "xã"), Q("5 căn nhà nhân ái", 5, "căn nhà nhân ái"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("2.000 cây dừa giống", 2000, "cây dừa giống"),
 Q("16 doanh nghiệp", 16, "doanh nghiệp"), Q("21 tập thể", 21, "tập thể"), Q("43 cá nhân", 43, "cá nhân"),
 Q("2 tập thể", 2, "tập thể"), Q("3 cá nhân", 3, "cá nhân"),
 Q("hơn 31 đồng chí", 31, "đồng chí", "over")],
[D("Kế hoạch", "88", "KH/TĐTN", "2020-05-27", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 88-KH/TĐTN ngày 27/5/2020"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 10, 11-NQ/TU"),
 D("Nghị quyết", "11", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 10, 11-NQ/TU")],
[prov("Bến Tre"), prov("Hồ Chí Minh"), com("An Thủy"), com("Thạnh Hải")],
["BÁO ĐỒNG KHỞI ONLINE", "Thời sự » Đoàn thể", "Các đội hình tình nguyện nhận bằng khen của Tỉnh đoàn.",
 "Tiếp sức mùa thi", "Mùa hè xanh", "Lượt xem: 2.315"],
["21/08/2020 06:00", "năm 2020", "tháng 8", "lần thứ XI", "hơn 31 đồng chí", "Lượt xem: 2.315"]))

PAGES.append(page("b6112-laocai-hoinghi-trienkhai-2021", """
Cổng thông tin điện tử Tỉnh đoàn Lào Cai
Trang chủ >> Tin tức - Sự kiện >> Phong trào thanh niên
30 tháng 5, 2021 | 17:45
Triển khai chiến dịch thanh niên tình nguyện hè năm 2021
Đồng chí Thào Seo Lử, Phó Bí thư Tỉnh đoàn triển khai kế hoạch chiến dịch.
Chiều 29/5, Ban Thường vụ Tỉnh đoàn Lào Cai tổ chức hội nghị triển khai chiến dịch thanh niên tình nguyện hè năm 2021 theo hình thức trực tiếp kết hợp trực tuyến đến 10 điểm cầu huyện, thị xã, thành phố và đoàn trực thuộc. Đồng chí Phàn Thị Mây, Tỉnh ủy viên, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Nguyễn Hữu Thắng, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Theo Kế hoạch số 134-KH/TĐTN ngày 20/5/2021 của Ban Thường vụ Tỉnh đoàn, chiến dịch năm nay có chủ đề "Tuổi trẻ Lào Cai xung kích phòng, chống dịch Covid-19 và xây dựng nông thôn mới", gồm các chiến dịch thành phần "Mùa hè xanh", "Hoa phượng đỏ", "Kỳ nghỉ hồng", "Hành quân xanh", "Ánh sáng văn hóa hè" và chương trình "Tiếp sức mùa thi". Chỉ tiêu đặt ra: huy động ít nhất 15.000 lượt đoàn viên, thanh niên; làm mới, sửa chữa 50 km đường giao thông nông thôn; xây dựng 10 nhà nhân ái cho hộ nghèo, mỗi căn hỗ trợ không quá 40 triệu đồng; 100% xã có "Tủ sách thanh niên"; tổ chức ít nhất 1 điểm sinh hoạt hè tại mỗi thôn, tổ dân phố.
Đồng chí Thào Seo Lử, Phó Bí thư Tỉnh đoàn, Chỉ huy phó chiến dịch, lưu ý các cơ sở đoàn thực hiện nghiêm Công điện của Thủ tướng Chính phủ và Chỉ thị số 15-CT/TU của Tỉnh ủy về phòng, chống dịch; đội hình về địa bàn không quá 20 người, không tổ chức lễ ra quân tập trung; tình nguyện viên ngoại tỉnh phải có kết quả xét nghiệm âm tính.
Tại hội nghị, các đồng chí Bí thư Huyện đoàn: Giàng A Chu (Bắc Hà), Lý Thị Xuân (Bát Xát), Vàng A Sang (Mường Khương) đăng ký phần việc của đơn vị. Huyện đoàn Bát Xát cam kết làm 8 km đường và hỗ trợ 120 hộ đồng bào Hà Nhì, Dao đỏ ở xã Y Tý, xã A Lù xây nhà tiêu hợp vệ sinh. Đồng chí Sùng Thị Chang, Bí thư Đoàn xã Y Tý, kiến nghị có thêm máy phát điện nhỏ cho đội hình ở các thôn chưa có điện lưới.
Kết luận hội nghị, đồng chí Phàn Thị Mây yêu cầu các cấp bộ đoàn bám sát Quyết định số 1331/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030 và Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII; triển khai chiến dịch an toàn, hiệu quả, không hình thức.
Dự kiến lễ ra quân chiến dịch cấp tỉnh sẽ được tổ chức ngày 12/6 tại xã Y Tý với khoảng 300 đoàn viên tham gia.
Hồng Duyên
Bài viết liên quan
- Tỉnh đoàn giao ban công tác Đoàn quý I/2021 (05/4/2021)
- Bát Xát: thanh niên tình nguyện hỗ trợ phòng dịch (18/5/2021)
- Mường Khương ra mắt tổ hợp tác thanh niên (26/4/2021)
""", "2021-05-30", "Triển khai chiến dịch thanh niên tình nguyện hè năm 2021",
E("hoi_nghi", "2021", "2021-05-29"),
[P("Thào Seo Lử", "Phó Bí thư Tỉnh đoàn", "Chỉ huy phó chiến dịch"),
 P("Phàn Thị Mây", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Nguyễn Hữu Thắng", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Giàng A Chu", "Bí thư Huyện đoàn"), P("Lý Thị Xuân", "Bí thư Huyện đoàn"), P("Vàng A Sang", "Bí thư Huyện đoàn"),
 P("Sùng Thị Chang", "Bí thư Đoàn xã Y Tý")],
[Q("10 điểm cầu huyện, thị xã, thành phố và đoàn trực thuộc", 10, "điểm cầu huyện, thị xã, thành phố và đoàn trực thuộc"),
 Q("ít nhất 15.000 lượt đoàn viên, thanh niên", 15000, "lượt đoàn viên, thanh niên", "over"),
 Q("50 km", 50, "km"), Q("10 nhà nhân ái", 10, "nhà nhân ái"), Q("không quá 40 triệu đồng", 40000000, "đồng"),
 Q("100% xã", 100, "%"), Q("20 người", 20, "người"), Q("8 km", 8, "km"),
 Q("120 hộ đồng bào Hà Nhì, Dao đỏ", 120, "hộ đồng bào Hà Nhì, Dao đỏ"),
 Q("khoảng 300 đoàn viên", 300, "đoàn viên", "approx")],
[D("Kế hoạch", "134", "KH/TĐTN", "2021-05-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 134-KH/TĐTN ngày 20/5/2021"),
 D("Chỉ thị", "15", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 15-CT/TU"),
 D("Quyết định", "1331", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1331/QĐ-TTg")],
[prov("Lào Cai"), com("Y Tý"), com("A Lù")],
["Cổng thông tin điện tử Tỉnh đoàn Lào Cai", "Trang chủ >> Tin tức - Sự kiện >> Phong trào thanh niên",
 "Đồng chí Thào Seo Lử, Phó Bí thư Tỉnh đoàn triển khai kế hoạch chiến dịch.",
 "Tuổi trẻ Lào Cai xung kích phòng, chống dịch Covid-19 và xây dựng nông thôn mới", "Mùa hè xanh", "Hoa phượng đỏ",
 "Kỳ nghỉ hồng", "Hành quân xanh", "Ánh sáng văn hóa hè", "Tiếp sức mùa thi", "Tủ sách thanh niên"],
["30 tháng 5, 2021 | 17:45", "năm 2021", "1 điểm sinh hoạt hè", "2021 - 2030", "lần thứ XII", "12/6"]))
