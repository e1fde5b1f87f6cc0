from lib import *
PAGES = []

PAGES.append(page("b4037-thanhhoa-daynghe-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA - Trang thông tin điện tử
Trang chủ » Hoạt động » Dân vận chính quyền
Ngày 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị.
Khối dân vận góp sức đưa 42.500 lao động có việc làm mới
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức hội nghị tổng kết công tác vận động đào tạo nghề, giải quyết việc làm năm 2011. Đồng chí Trịnh Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Đình Khang, Phạm Thị Hạnh.
Theo báo cáo, năm 2011 toàn tỉnh đã giải quyết việc làm mới cho 42.500 lao động, vượt 6,2% kế hoạch, trong đó có 9.870 người đi làm việc ở nước ngoài theo hợp đồng, chủ yếu sang Malaysia, Đài Loan và Hàn Quốc. Các huyện đã mở 312 lớp dạy nghề cho 18.600 lao động nông thôn theo Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ; tỷ lệ học viên có việc làm sau học nghề đạt khoảng 76%.
Thực hiện Kế hoạch 88, 89-KH/TU của Ban Thường vụ Tỉnh ủy về vận động thanh niên nông thôn học nghề và về đưa lao động miền núi đi làm việc có thời hạn ở nước ngoài, các đoàn thể đã tổ chức 24 phiên giao dịch việc làm, 146 buổi tư vấn hướng nghiệp tại xã với hơn 11.000 lượt người tham dự. Hội Nông dân, Hội Liên hiệp Phụ nữ nhận ủy thác cho hơn 4.100 hộ vay vốn giải quyết việc làm với dư nợ 215 tỷ đồng.
Ông Hà Văn Ngọc, Phó Chủ tịch UBND huyện Mường Lát, cho biết nhờ vận động của khối dân vận, năm nay huyện có 187 thanh niên dân tộc thiểu số đi làm việc tại các khu công nghiệp phía Nam; riêng xã Quang Chiểu có 43 lao động. Toàn tỉnh Thanh Hóa hiện có khoảng 96.000 người đang làm việc ở nước ngoài. Bà Lò Thị Xuân, Chủ tịch Hội LHPN xã Quang Chiểu, kể lại cách tổ phụ nữ đến từng nhà giải thích hợp đồng, học phí, lương tháng để bà con yên tâm cho con em đi làm ăn xa.
Đồng chí Mai Xuân Bình, Phó Giám đốc Sở Lao động - Thương binh và Xã hội nêu những hạn chế: một số nghề đào tạo chưa gắn với nhu cầu doanh nghiệp; vẫn còn 126 lao động về nước trước hạn do vi phạm hợp đồng; việc thu hồi vốn vay ở một số xã còn chậm.
Kết luận hội nghị, đồng chí Trịnh Văn Hòa đề nghị năm 2012 các cấp ủy tiếp tục quán triệt chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác đào tạo nghề; phấn đấu giải quyết việc làm cho 44.000 lao động, mỗi xã xây dựng ít nhất 1 mô hình "Dân vận khéo" trong học nghề, lập nghiệp.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 22 cá nhân, trong đó có xã Hoằng Đạt là đơn vị dẫn đầu về vận động lao động đi làm việc ở nước ngoài.
Ngọc Huyền
Lượt xem: 1.204
Tin liên quan
- Như Xuân: khai giảng 6 lớp dạy nghề cho lao động nông thôn (12/12/2011)
- Hội nghị giao ban công tác dân vận quý IV (05/12/2011)
- Nông Cống vận động 300 thanh niên đi xuất khẩu lao động (21/11/2011)
- Tuyên dương 40 mô hình "Dân vận khéo" năm 2011 (10/11/2011)
""", "2011-12-28", "Khối dân vận góp sức đưa 42.500 lao động có việc làm mới",
E("tong_ket", "2011", "2011-12-27"),
[P("Trịnh Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Đình Khang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Ngọc", "Phó Chủ tịch UBND huyện Mường Lát"),
 P("Lò Thị Xuân", "Chủ tịch Hội LHPN xã Quang Chiểu"),
 P("Mai Xuân Bình", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("42.500 lao động", 42500, "lao động"), Q("6,2%", 6.2, "%"), Q("9.870 người", 9870, "người"),
 Q("312 lớp dạy nghề", 312, "lớp dạy nghề"), Q("18.600 lao động nông thôn", 18600, "lao động nông thôn"),
 Q("khoảng 76%", 76, "%", "approx"), Q("24 phiên giao dịch việc làm", 24, "phiên giao dịch việc làm"),
 Q("146 buổi tư vấn hướng nghiệp", 146, "buổi tư vấn hướng nghiệp"), Q("hơn 11.000 lượt người", 11000, "lượt người", "over"),
 Q("hơn 4.100 hộ", 4100, "hộ", "over"), Q("215 tỷ đồng", 215000000000, "đồng"),
 Q("187 thanh niên dân tộc thiểu số", 187, "thanh niên dân tộc thiểu số"), Q("khoảng 96.000 người", 96000, "người", "approx"), Q("43 lao động", 43, "lao động"),
 Q("126 lao động", 126, "lao động"), Q("44.000 lao động", 44000, "lao động"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Quyết định", "1956", "QĐ-TTg", "2009-11-27", "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg ngày 27/11/2009"),
 D("Kế hoạch", "88", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 88, 89-KH/TU"),
 D("Kế hoạch", "89", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 88, 89-KH/TU"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "chỉ thị số 11-CT/TU")],
[prov("Thanh Hóa"), com("Quang Chiểu"), com("Hoằng Đạt")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA - Trang thông tin điện tử", "Trang chủ » Hoạt động » Dân vận chính quyền",
 "Ảnh: Quang cảnh hội nghị.", "Dân vận khéo", "Lượt xem: 1.204", "Malaysia", "Hàn Quốc"],
["Ngày 28/12/2011 - 09:30", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b4038-nghean-xkld-hoinghi-2012", """
Báo Nghệ An điện tử
Thời sự | Xã hội | Lao động - Việc làm
Cập nhật: 16:40, 18/10/2012 (GMT+7)
Hội Nông dân tỉnh vào cuộc chống "cò" xuất khẩu lao động
Đồng chí Nguyễn Thị Lan phát biểu tại hội nghị. Ảnh: Hữu Vi
(Baonghean) - Sáng 17/10, Hội Nông dân tỉnh tổ chức hội nghị tuyên truyền chính sách đưa người lao động đi làm việc ở nước ngoài theo hợp đồng năm 2012 cho 96 cán bộ chủ chốt hội các huyện, thành, thị và 35 xã có đông lao động xuất cảnh.
Dự hội nghị có đồng chí Nguyễn Thị Lan, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; ông Hồ Sỹ Tuấn - Phó Trưởng phòng Quản lý lao động ngoài nước Sở Lao động - Thương binh và Xã hội; đại diện 12 doanh nghiệp được cấp phép đưa lao động đi Hàn Quốc, Nhật Bản, Đài Loan.
Theo số liệu của ngành chức năng, từ đầu năm đến nay toàn tỉnh có gần 11.300 lao động đi làm việc ở nước ngoài, lượng kiều hối gửi về ước khoảng 2.700 tỷ đồng. Tuy vậy, trên địa bàn vẫn xảy ra 17 vụ lừa đảo đưa người đi xuất khẩu lao động, chiếm đoạt trên 4,6 tỷ đồng của 138 người lao động. Nhiều trường hợp nộp tiền cho môi giới không rõ nguồn gốc để đi "chui" sang Lào, Trung Quốc.
Các báo cáo viên đã phổ biến Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng, Nghị định số 61/2008/NĐ-CP của Chính phủ về dịch vụ việc làm và Quyết định 71/2009/QĐ-TTg của Thủ tướng Chính phủ hỗ trợ các huyện nghèo đẩy mạnh xuất khẩu lao động giai đoạn 2009 - 2020. Theo đó, lao động thuộc hộ nghèo, hộ đồng bào dân tộc thiểu số ở các huyện nghèo được vay tối đa 30 triệu đồng từ Ngân hàng Chính sách xã hội, được hỗ trợ học phí ngoại ngữ, giáo dục định hướng.
Ông Lô Văn Thái, Chủ tịch Hội Nông dân xã Châu Hạnh (Quỳ Châu), chia sẻ: xã có 214 hộ nghèo, hội đã phối hợp với Đồn Biên phòng vận động 29 thanh niên đăng ký học tiếng Hàn; tổ vay vốn của hội quản lý dư nợ 3,2 tỷ đồng, không có nợ quá hạn. Chị Vi Thị Bằng, Phó Bí thư Đoàn xã Tam Quang (Tương Dương), đề nghị doanh nghiệp công khai chi phí để hội viên, đoàn viên không bị "cò" dẫn dắt.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Lan yêu cầu các cấp hội tiếp tục thực hiện Nghị quyết 05-NQ/TU của Ban Thường vụ Tỉnh ủy và kế hoạch 112/KH-HND của Ban Thường vụ Hội Nông dân tỉnh về tham gia giải quyết việc làm cho nông dân; mỗi cơ sở hội cử 1 cán bộ phụ trách tư vấn xuất khẩu lao động, kịp thời báo cáo các dấu hiệu lừa đảo.
Hữu Vi
Tin khác
- Thanh Chương: 500 nông dân được dạy nghề trồng chè (15/10/2012)
- Anh Sơn: giao ban công tác Hội quý III (10/10/2012)
- Nghi Lộc cảnh báo lừa đảo tuyển lao động đi Úc (04/10/2012)
- Tặng 200 suất quà cho con em hội viên nghèo vượt khó (28/09/2012)
- Diễn Châu tổng kết 10 năm hoạt động Quỹ hỗ trợ nông dân (21/09/2012)
""", "2012-10-18", "Hội Nông dân tỉnh vào cuộc chống \"cò\" xuất khẩu lao động",
E("hoi_nghi", "2012", "2012-10-17"),
[P("Nguyễn Thị Lan", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hồ Sỹ Tuấn", "Phó Trưởng phòng Quản lý lao động ngoài nước Sở Lao động - Thương binh và Xã hội"),
 P("Lô Văn Thái", "Chủ tịch Hội Nông dân xã Châu Hạnh"),
 P("Vi Thị Bằng", "Phó Bí thư Đoàn xã Tam Quang")],
[Q("96 cán bộ chủ chốt", 96, "cán bộ chủ chốt"), Q("35 xã", 35, "xã"), Q("12 doanh nghiệp", 12, "doanh nghiệp"),
 Q("gần 11.300 lao động", 11300, "lao động", "approx"), Q("khoảng 2.700 tỷ đồng", 2700000000000, "đồng", "approx"),
 Q("17 vụ lừa đảo", 17, "vụ lừa đảo"), Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"),
 Q("138 người lao động", 138, "người lao động"), Q("tối đa 30 triệu đồng", 30000000, "đồng"),
 Q("214 hộ nghèo", 214, "hộ nghèo"), Q("29 thanh niên", 29, "thanh niên"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("1 cán bộ", 1, "cán bộ")],
[D("Nghị định", "61", "2008/NĐ-CP", None, "Chính phủ", "Nghị định số 61/2008/NĐ-CP"),
 D("Quyết định", "71", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 71/2009/QĐ-TTg"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 05-NQ/TU"),
 D("Kế hoạch", "112", "KH-HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "kế hoạch 112/KH-HND")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Tam Quang")],
["Báo Nghệ An điện tử", "Thời sự | Xã hội | Lao động - Việc làm", "Đồng chí Nguyễn Thị Lan phát biểu tại hội nghị. Ảnh: Hữu Vi",
 "(Baonghean)", "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", "Ngân hàng Chính sách xã hội"],
["Cập nhật: 16:40, 18/10/2012 (GMT+7)", "năm 2012", "giai đoạn 2009 - 2020", "2009 - 2020"]))

PAGES.append(page("b4039-hagiang-daynghe-soket-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN HÀ GIANG
Bạn đang ở: Trang chủ > Tin hoạt động > Thanh niên với lập nghiệp
08:20 | 09/07/2013
Sơ kết 6 tháng: hơn 1.300 đoàn viên, thanh niên dân tộc thiểu số được học nghề
Sáng 8/7, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2013, trong đó tập trung đánh giá chương trình hỗ trợ thanh niên học nghề, tạo việc làm. Đồng chí Vàng Thị Mỷ, Bí thư Tỉnh đoàn chủ trì hội nghị; dự có đồng chí Lù Văn Sính, Phó Trưởng Ban Dân vận Tỉnh ủy.
Toàn cảnh hội nghị sơ kết.
Báo cáo cho thấy, 6 tháng qua các cơ sở đoàn đã phối hợp với Trung tâm Dạy nghề các huyện mở 47 lớp nghề ngắn hạn (may công nghiệp, sửa chữa máy nông nghiệp, chăn nuôi thú y, dệt thổ cẩm) cho hơn 1.300 đoàn viên, thanh niên dân tộc thiểu số (Mông, Dao, Tày, Nùng, Pà Thẻn) của tỉnh Hà Giang; 62% học viên sau khóa học có việc làm hoặc tự tạo việc làm tại chỗ. Tỉnh đoàn tư vấn, giới thiệu 415 thanh niên vào làm việc tại các doanh nghiệp ở Bắc Ninh, Thái Nguyên, Bình Dương và 58 thanh niên đi làm việc tại Malaysia.
Thực hiện Kế hoạch số 19-KH/TĐTN của Ban Thường vụ Tỉnh đoàn, các huyện đoàn đã giúp 26 tổ tiết kiệm và vay vốn của thanh niên giải ngân thêm 8,45 tỷ đồng vốn Quỹ quốc gia về việc làm; thành lập mới 11 câu lạc bộ thanh niên lập nghiệp và 3 tổ hợp tác do thanh niên làm chủ.
Tại hội nghị, anh Giàng Mí Sử, Bí thư Đoàn xã Lũng Cú, chia sẻ: nhiều thanh niên Mông chưa thạo tiếng phổ thông, học xong khó xin việc; xã đề xuất lồng ghép dạy chữ với dạy nghề. Chị Triệu Thị Chài, Phó Bí thư Huyện đoàn Hoàng Su Phì, cho biết có 9 thanh niên đã bỏ việc về quê chỉ sau 2 tháng vì chưa quen tác phong công nghiệp.
Phát biểu tại hội nghị, đồng chí Lù Văn Sính đề nghị Tỉnh đoàn bám sát Nghị quyết 08-NQ/TU ngày 12/4/2012 của Ban Chấp hành Đảng bộ tỉnh về phát triển nguồn nhân lực và Quyết định 1956/QĐ-TTg của Thủ tướng Chính phủ; phối hợp với Mặt trận, các đoàn thể vận động gia đình ủng hộ con em đi học nghề.
Kết luận, đồng chí Vàng Thị Mỷ giao chỉ tiêu 6 tháng cuối năm: dạy nghề cho ít nhất 1.000 đoàn viên, thanh niên; giới thiệu việc làm cho 600 lao động trẻ; mỗi huyện đoàn xây dựng 2 mô hình thanh niên phát triển kinh tế. Dịp này, 8 tập thể được tặng Bằng khen của Ban Thường vụ Tỉnh đoàn; anh Sùng Mí Dế, Phó Bí thư Đoàn xã Sủng Là, được tặng Huy hiệu Tuổi trẻ sáng tạo vì đã đưa 17 thanh niên trong xã đi học nghề may.
Thanh Hà (Tỉnh đoàn)
Số lượt truy cập: 2.315
Tin cùng chuyên mục
- Mèo Vạc: ra quân Chiến dịch Thanh niên tình nguyện hè 2013 (02/07/2013)
- Trao 30 suất học bổng cho học sinh nghèo vùng cao (25/06/2013)
- Đồng Văn: thành lập Câu lạc bộ thanh niên làm kinh tế giỏi (14/06/2013)
""", "2013-07-09", "Sơ kết 6 tháng: hơn 1.300 đoàn viên, thanh niên dân tộc thiểu số được học nghề",
E("so_ket", "2013-H1", "2013-07-08"),
[P("Vàng Thị Mỷ", "Bí thư Tỉnh đoàn"),
 P("Lù Văn Sính", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng Mí Sử", "Bí thư Đoàn xã Lũng Cú"),
 P("Triệu Thị Chài", "Phó Bí thư Huyện đoàn Hoàng Su Phì"),
 P("Sùng Mí Dế", "Phó Bí thư Đoàn xã Sủng Là")],
[Q("47 lớp nghề ngắn hạn", 47, "lớp nghề ngắn hạn"), Q("hơn 1.300 đoàn viên, thanh niên dân tộc thiểu số", 1300, "đoàn viên, thanh niên dân tộc thiểu số", "over"),
 Q("62%", 62, "%"), Q("415 thanh niên", 415, "thanh niên"), Q("58 thanh niên", 58, "thanh niên"),
 Q("26 tổ tiết kiệm và vay vốn", 26, "tổ tiết kiệm và vay vốn"), Q("8,45 tỷ đồng", 8450000000, "đồng"),
 Q("11 câu lạc bộ thanh niên lập nghiệp", 11, "câu lạc bộ thanh niên lập nghiệp"), Q("3 tổ hợp tác", 3, "tổ hợp tác"),
 Q("9 thanh niên", 9, "thanh niên"), Q("ít nhất 1.000 đoàn viên, thanh niên", 1000, "đoàn viên, thanh niên", "over"),
 Q("600 lao động trẻ", 600, "lao động trẻ"), Q("2 mô hình", 2, "mô hình"), Q("8 tập thể", 8, "tập thể"), Q("17 thanh niên", 17, "thanh niên")],
[D("Kế hoạch", "19", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 19-KH/TĐTN"),
 D("Nghị quyết", "08", "NQ/TU", "2012-04-12", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 08-NQ/TU ngày 12/4/2012"),
 D("Quyết định", "1956", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1956/QĐ-TTg")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN HÀ GIANG", "Bạn đang ở: Trang chủ > Tin hoạt động > Thanh niên với lập nghiệp",
 "Toàn cảnh hội nghị sơ kết.", "Số lượt truy cập: 2.315", "Quỹ quốc gia về việc làm", "Trung tâm Dạy nghề"],
["08:20 | 09/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "2 tháng", "Số lượt truy cập: 2.315"]))

PAGES.append(page("b4040-bacgiang-ngayhoivieclam-2014", """
Cổng thông tin điện tử Liên đoàn Lao động tỉnh Bắc Giang
Tin tức - Sự kiện › Hoạt động công đoàn
Thứ Hai, 19/05/2014 - 14:25
Hơn 3.500 vị trí việc làm tại Ngày hội việc làm Khu công nghiệp Đình Trám
Ngày 18/5, Liên đoàn Lao động tỉnh phối hợp với Trung tâm Giới thiệu việc làm tỉnh và Ban Quản lý các khu công nghiệp tổ chức Ngày hội việc làm năm 2014 tại Khu công nghiệp Đình Trám. Đây là hoạt động hưởng ứng Tháng Công nhân, thu hút 41 doanh nghiệp tham gia tuyển dụng với hơn 3.500 vị trí việc làm.
Người lao động tìm hiểu thông tin tuyển dụng tại các gian hàng. Ảnh: Đức Thắng
Dự khai mạc có các đồng chí: Thân Văn Lực, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Thị Hằng, Chủ tịch Liên đoàn Lao động tỉnh; Giáp Văn Tường, Phó Giám đốc Sở Lao động - Thương binh và Xã hội.
Theo Ban tổ chức, nhu cầu tuyển dụng năm nay tập trung vào lao động phổ thông ngành điện tử, may mặc, với mức lương từ 3,5 triệu đồng/tháng trở lên, chưa kể phụ cấp và tiền ăn ca. Có khoảng 2.800 lượt người lao động đến tìm hiểu, 1.126 người nộp hồ sơ và 634 người được phỏng vấn, nhận việc ngay tại chỗ. 9 doanh nghiệp tuyển lao động đi làm việc tại Hàn Quốc, Nhật Bản đã tư vấn cho trên 400 thanh niên.
Tại Ngày hội, Công đoàn các khu công nghiệp ký kết chương trình phối hợp với 5 trường cao đẳng, trung cấp nghề để đào tạo, bồi dưỡng tay nghề cho 2.000 đoàn viên, công nhân lao động trong năm 2014. Ngân hàng Chính sách xã hội tỉnh giới thiệu chương trình cho vay giải quyết việc làm, mỗi lao động được vay tối đa 20 triệu đồng.
Chị Hoàng Thị Nhung, công nhân Công ty TNHH Điện tử Phúc Sơn, chia sẻ: "Em làm ở đây đã 3 năm, hôm nay đưa em gái từ xã Tân Sơn xuống tìm việc, được phỏng vấn luôn, thu nhập khoảng 5 triệu đồng mỗi tháng".
Đồng chí Thân Văn Lực đề nghị các cấp công đoàn tiếp tục thực hiện Chỉ thị 22-CT/TW của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ trong doanh nghiệp; phối hợp chặt chẽ với chính quyền kiểm tra việc ký hợp đồng lao động, đóng bảo hiểm xã hội cho người lao động.
Ông Ngô Văn Hiếu, Chủ tịch Công đoàn Khu công nghiệp Đình Trám cho biết, 6 năm qua các khu công nghiệp của tỉnh đã thu hút trên 58.000 lao động, trong đó khoảng 70% là lao động nữ đến từ các xã thuần nông; công đoàn đang vận động doanh nghiệp xây dựng thêm nhà trọ, nhà trẻ cho công nhân tại xã Song Khê và các xã lân cận.
Dịp này, Liên đoàn Lao động tỉnh trao 50 suất quà, mỗi suất 500.000 đồng cho công nhân có hoàn cảnh khó khăn.
Đức Thắng
Lượt xem: 967
Tin liên quan
- Khai mạc Tháng Công nhân năm 2014 (01/05/2014)
- Công đoàn KCN Quang Châu đối thoại với 600 công nhân (22/04/2014)
- Hỗ trợ 120 công nhân thuê trọ khó khăn (10/04/2014)
- LĐLĐ tỉnh sơ kết quý I/2014 (02/04/2014)
""", "2014-05-19", "Hơn 3.500 vị trí việc làm tại Ngày hội việc làm Khu công nghiệp Đình Trám",
E("khac", None, "2014-05-18"),
[P("Thân Văn Lực", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hằng", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Giáp Văn Tường", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Hoàng Thị Nhung", "công nhân Công ty TNHH Điện tử Phúc Sơn"),
 P("Ngô Văn Hiếu", "Chủ tịch Công đoàn Khu công nghiệp Đình Trám")],
[Q("41 doanh nghiệp", 41, "doanh nghiệp"), Q("hơn 3.500 vị trí việc làm", 3500, "vị trí việc làm", "over"),
 Q("từ 3,5 triệu đồng/tháng trở lên", 3500000, "đồng", "over"), Q("khoảng 2.800 lượt người lao động", 2800, "lượt người lao động", "approx"),
 Q("1.126 người", 1126, "người"), Q("634 người", 634, "người"), Q("9 doanh nghiệp", 9, "doanh nghiệp"),
 Q("trên 400 thanh niên", 400, "thanh niên", "over"), Q("5 trường cao đẳng, trung cấp nghề", 5, "trường cao đẳng, trung cấp nghề"),
 Q("2.000 đoàn viên, công nhân lao động", 2000, "đoàn viên, công nhân lao động"), Q("tối đa 20 triệu đồng", 20000000, "đồng"),
 Q("khoảng 5 triệu đồng", 5000000, "đồng", "approx"), Q("trên 58.000 lao động", 58000, "lao động", "over"), Q("khoảng 70%", 70, "%", "approx"), Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "22", "CT/TW", None, "Ban Bí thư", "Chỉ thị 22-CT/TW")],
[prov("Bắc Giang"), com("Song Khê"), com("Tân Sơn")],
["Cổng thông tin điện tử Liên đoàn Lao động tỉnh Bắc Giang", "Tin tức - Sự kiện › Hoạt động công đoàn",
 "Người lao động tìm hiểu thông tin tuyển dụng tại các gian hàng. Ảnh: Đức Thắng", "Ngày hội việc làm", "Tháng Công nhân",
 "Khu công nghiệp Đình Trám", "Lượt xem: 967"],
["Thứ Hai, 19/05/2014 - 14:25", "3 năm", "năm 2014", "Lượt xem: 967"]))

PAGES.append(page("b4041-daklak-tinhdoan-doithoai-2015", """
Báo Đắk Lắk điện tử
Trang chủ / Xã hội / Thanh niên
Ngày đăng 29/06/2015 | 10:15
Ảnh: Quang cảnh buổi đối thoại.
Lãnh đạo tỉnh đối thoại với thanh niên về học nghề, việc làm
Chiều 27/6, tại TP. Buôn Ma Thuột, Tỉnh đoàn phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức chương trình đối thoại giữa lãnh đạo tỉnh với thanh niên năm 2015 với chủ đề "Thanh niên với học nghề, lập nghiệp". Tham gia có hơn 350 đoàn viên, thanh niên, trong đó có 120 thanh niên dân tộc thiểu số đến từ các buôn của người Êđê, M'nông, Jrai.
Chủ trì buổi đối thoại có đồng chí Y Djăp Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; đồng chí Phạm Minh Tuấn, Bí thư Tỉnh đoàn; đồng chí H'Nga Byă, Phó Giám đốc Sở Lao động - Thương binh và Xã hội.
Đồng chí Y Djăp Niê trả lời câu hỏi của thanh niên.
Theo báo cáo của Tỉnh đoàn, 5 tháng đầu năm các cơ sở đoàn đã tư vấn hướng nghiệp, giới thiệu việc làm cho 4.260 lượt thanh niên; phối hợp mở 38 lớp dạy nghề cho 1.050 thanh niên nông thôn; hướng dẫn 214 thanh niên lập hồ sơ vay vốn với tổng số tiền trên 6 tỷ đồng. Tuy nhiên, tỷ lệ lao động trẻ qua đào tạo trong tỉnh mới đạt khoảng 38%.
Nhiều câu hỏi thẳng thắn được nêu ra. Anh Y Thuân Mlô, Bí thư Chi đoàn buôn Ko Đung, xã Ea Kao, hỏi vì sao học nghề xong nhưng không vay được vốn để mở xưởng sửa xe. Chị H'Loan Ênuôl, đoàn viên xã Ea Tiêu, phản ánh khó khăn khi đi học xa nhà, chi phí ăn ở cao. Một số thanh niên đề nghị tỉnh có cơ chế hỗ trợ đi làm việc tại Hàn Quốc, Nhật Bản.
Trả lời, đồng chí H'Nga Byă cho biết theo Quyết định 1956/QĐ-TTg, người dân tộc thiểu số học nghề được hỗ trợ tiền ăn 15.000 đồng/ngày thực học và tiền đi lại. Đồng chí Y Djăp Niê giao Ngân hàng Chính sách xã hội ưu tiên nguồn vốn cho thanh niên học nghề xong, giao Tỉnh đoàn xây dựng Đề án 04/ĐA-TĐTN về hỗ trợ thanh niên khởi nghiệp.
Đối với lao động đi làm việc ở nước ngoài, đồng chí Phạm Minh Tuấn cho biết Tỉnh đoàn đang phối hợp với 3 doanh nghiệp có giấy phép tuyển chọn 150 thanh niên đi thực tập sinh kỹ thuật tại Nhật Bản, thu nhập khoảng 25 triệu đồng mỗi tháng; khuyến cáo thanh niên tuyệt đối không nộp tiền qua trung gian. Anh Y Khoa Knul, Bí thư Đoàn xã Cư Ê Wi, chia sẻ mô hình tổ hợp tác thanh niên trồng nấm giúp 12 đoàn viên có thu nhập ổn định tại chỗ.
Toàn tỉnh Đắk Lắk hiện có hơn 60.000 thanh niên trong độ tuổi lao động chưa qua đào tạo.
Cuối buổi, Ban tổ chức ghi nhận 27 ý kiến, 19 ý kiến được trả lời trực tiếp, số còn lại được chuyển các sở, ngành trả lời bằng văn bản.
H'Xíu
Tin liên quan
- Krông Pắc: 200 đoàn viên được tư vấn nghề (20/06/2015)
- Tỉnh đoàn ra quân Tháng Thanh niên 2015 (05/03/2015)
- Ngày hội việc làm cho thanh niên dân tộc thiểu số (12/02/2015)
""", "2015-06-29", "Lãnh đạo tỉnh đối thoại với thanh niên về học nghề, việc làm",
E("doi_thoai", "2015", "2015-06-27"),
[P("Y Djăp Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Minh Tuấn", "Bí thư Tỉnh đoàn"),
 P("H'Nga Byă", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Y Thuân Mlô", "Bí thư Chi đoàn buôn Ko Đung"),
 P("H'Loan Ênuôl", "đoàn viên xã Ea Tiêu"),
 P("Y Khoa Knul", "Bí thư Đoàn xã Cư Ê Wi")],
[Q("hơn 350 đoàn viên, thanh niên", 350, "đoàn viên, thanh niên", "over"), Q("120 thanh niên dân tộc thiểu số", 120, "thanh niên dân tộc thiểu số"),
 Q("4.260 lượt thanh niên", 4260, "lượt thanh niên"), Q("38 lớp dạy nghề", 38, "lớp dạy nghề"),
 Q("1.050 thanh niên nông thôn", 1050, "thanh niên nông thôn"), Q("214 thanh niên", 214, "thanh niên"),
 Q("trên 6 tỷ đồng", 6000000000, "đồng", "over"), Q("khoảng 38%", 38, "%", "approx"),
 Q("15.000 đồng/ngày", 15000, "đồng"), Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("150 thanh niên", 150, "thanh niên"), Q("khoảng 25 triệu đồng", 25000000, "đồng", "approx"), Q("12 đoàn viên", 12, "đoàn viên"), Q("hơn 60.000 thanh niên", 60000, "thanh niên", "over"), Q("27 ý kiến", 27, "ý kiến"), Q("19 ý kiến", 19, "ý kiến")],
[D("Quyết định", "1956", "QĐ-TTg", None, None, "Quyết định 1956/QĐ-TTg"),
 D("Đề án", "04", "ĐA-TĐTN", None, None, "Đề án 04/ĐA-TĐTN")],
[prov("Đắk Lắk"), com("Ea Kao"), com("Ea Tiêu"), com("Cư Ê Wi")],
["Báo Đắk Lắk điện tử", "Trang chủ / Xã hội / Thanh niên", "Ảnh: Quang cảnh buổi đối thoại.",
 "Đồng chí Y Djăp Niê trả lời câu hỏi của thanh niên.", "Thanh niên với học nghề, lập nghiệp", "Ngân hàng Chính sách xã hội"],
["Ngày đăng 29/06/2015 | 10:15", "năm 2015", "5 tháng đầu năm"]))

PAGES.append(page("b4042-soctrang-hlhpn-giaoban-2016", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG
Trang chủ :: Hoạt động Hội :: Tin tỉnh
21-10-2016 15:05
Phụ nữ Khmer vay vốn học nghề, làm việc tại khu công nghiệp
Ngày 20/10/2016, Ban Thường vụ Hội LHPN tỉnh tổ chức giao ban công tác Hội quý III/2016 với chủ tịch hội phụ nữ 11 huyện, thị xã, thành phố, tập trung đánh giá kết quả phối hợp dạy nghề, giới thiệu việc làm cho phụ nữ nông thôn và quản lý vốn vay ủy thác. Bà Lâm Thị Sa Phone, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì giao ban.
Quang cảnh buổi giao ban.
Trong quý, các cấp hội phối hợp mở 23 lớp dạy nghề (may công nghiệp, đan lục bình, làm bánh pía, chăm sóc da) cho 690 học viên, trong đó có 412 phụ nữ dân tộc Khmer; giới thiệu 275 lao động nữ vào làm việc tại các khu công nghiệp ở Bình Dương, Long An và TP Hồ Chí Minh. Hội đang quản lý 1.318 tổ tiết kiệm và vay vốn với dư nợ ủy thác 612 tỷ đồng, tỷ lệ nợ quá hạn 0,21%.
Bà Thạch Thị Sa Rươl, Chủ tịch Hội LHPN huyện Trần Đề, cho biết chương trình vay vốn giải quyết việc làm theo Nghị định 61/2015/NĐ-CP của Chính phủ đã giúp 87 hộ phụ nữ mở cơ sở may gia công, thu nhập bình quân 3 triệu đồng/người/tháng. Bà Trần Thị Mỹ Lệ, Phó Chủ tịch Hội LHPN xã Đại Ân 2, nêu thực tế nhiều chị em sau khi học nghề vẫn ngại đi xa vì con nhỏ.
Các đại biểu đề xuất Hội tỉnh tham mưu nhân rộng mô hình "Tổ phụ nữ giúp nhau làm kinh tế", đẩy mạnh vận động chị em tham gia Đề án hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025 đang được trình Thủ tướng Chính phủ. Bà Kim Thị Sà Quênh, Chủ tịch Hội LHPN thị xã Vĩnh Châu, kể: hội vận động 46 chị em đi làm công nhân ở Bình Dương, sau 2 năm nhiều chị đã gửi về cho gia đình trên 40 triệu đồng, sửa lại nhà, cho con đi học.
Nhìn chung, 9 tháng qua toàn tỉnh Sóc Trăng có 3.150 phụ nữ được tư vấn, giới thiệu việc làm; khoảng 1.200 chị em có việc làm mới, thu nhập ổn định. Tuy vậy, một số cơ sở hội chưa nắm chắc số lao động nữ đi làm ăn xa, việc vận động chị em học nghề chưa gắn với nhu cầu tuyển dụng của doanh nghiệp.
Kết luận giao ban, bà Lâm Thị Sa Phone đề nghị quý IV các cấp Hội bám sát Kế hoạch số 36-KH/TU của Tỉnh ủy và Chương trình phối hợp số 08/CTrPH-HPN-SLĐTBXH giữa Hội LHPN tỉnh với Sở Lao động - Thương binh và Xã hội, phấn đấu cả năm dạy nghề cho ít nhất 2.500 phụ nữ; rà soát các tổ vay vốn hoạt động yếu, không để phát sinh nợ xấu.
Dịp này, Hội LHPN tỉnh trao 30 con bò giống cho 30 hội viên nghèo ở xã Lai Hòa và xã Vĩnh Hải.
Ngọc Ánh
Lượt truy cập: 15.620
Tin khác
- Hội LHPN TP Sóc Trăng tập huấn khởi sự kinh doanh (14/10/2016)
- Mỹ Xuyên: ra mắt 3 tổ hợp tác nữ (04/10/2016)
- Trao 150 suất học bổng cho con hội viên nghèo (20/09/2016)
- Hội thi "Phụ nữ với nghề truyền thống" (09/09/2016)
""", "2016-10-21", "Phụ nữ Khmer vay vốn học nghề, làm việc tại khu công nghiệp",
E("giao_ban", "2016-Q3", "2016-10-20"),
[P("Lâm Thị Sa Phone", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Sa Rươl", "Chủ tịch Hội LHPN huyện Trần Đề"),
 P("Trần Thị Mỹ Lệ", "Phó Chủ tịch Hội LHPN xã Đại Ân 2"),
 P("Kim Thị Sà Quênh", "Chủ tịch Hội LHPN thị xã Vĩnh Châu")],
[Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("23 lớp dạy nghề", 23, "lớp dạy nghề"),
 Q("690 học viên", 690, "học viên"), Q("412 phụ nữ dân tộc Khmer", 412, "phụ nữ dân tộc Khmer"),
 Q("275 lao động nữ", 275, "lao động nữ"), Q("1.318 tổ tiết kiệm và vay vốn", 1318, "tổ tiết kiệm và vay vốn"),
 Q("612 tỷ đồng", 612000000000, "đồng"), Q("0,21%", 0.21, "%"), Q("87 hộ phụ nữ", 87, "hộ phụ nữ"),
 Q("3 triệu đồng/người/tháng", 3000000, "đồng"), Q("46 chị em", 46, "chị em"), Q("trên 40 triệu đồng", 40000000, "đồng", "over"), Q("3.150 phụ nữ", 3150, "phụ nữ"), Q("khoảng 1.200 chị em", 1200, "chị em", "approx"), Q("ít nhất 2.500 phụ nữ", 2500, "phụ nữ", "over"),
 Q("30 con bò giống", 30, "con bò giống"), Q("30 hội viên nghèo", 30, "hội viên nghèo")],
[D("Nghị định", "61", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 61/2015/NĐ-CP"),
 D("Kế hoạch", "36", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 36-KH/TU"),
 D("Chương trình phối hợp", "08", "CTrPH-HPN-SLĐTBXH", None, None, "Chương trình phối hợp số 08/CTrPH-HPN-SLĐTBXH")],
[prov("Sóc Trăng"), com("Đại Ân 2"), com("Lai Hòa"), com("Vĩnh Hải")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG", "Trang chủ :: Hoạt động Hội :: Tin tỉnh", "Quang cảnh buổi giao ban.",
 "Tổ phụ nữ giúp nhau làm kinh tế", "Đề án hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "Lượt truy cập: 15.620"],
["21-10-2016 15:05", "quý III/2016", "quý IV", "2 năm", "9 tháng qua", "Lượt truy cập: 15.620"]))
