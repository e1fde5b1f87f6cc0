from lib import *
PAGES = []

PAGES.append(page("b9017-quangnam-bdv-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
You are here: Trang chủ > Hoạt động > Dân vận trong doanh nghiệp
Thứ Sáu, 24/12/2021 - 16:45
Đồng chí Huỳnh Thị Thúy Vân phát biểu tại hội nghị.
Vận động công nhân, giữ ổn định quan hệ lao động trong năm dịch bệnh
Chiều 23/12, Ban Dân vận Tỉnh ủy Quảng Nam phối hợp với Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết công tác vận động công nhân, lao động năm 2021 và quán triệt Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới. Đồng chí Huỳnh Thị Thúy Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Trần Văn Mẫn, TUV, Chủ tịch LĐLĐ tỉnh đồng chủ trì.
Năm 2021, do tác động của dịch COVID-19, nhiều doanh nghiệp tại các KCN Điện Nam - Điện Ngọc, Tam Thăng, Đông Quế Sơn phải tạm dừng sản xuất hoặc tổ chức "3 tại chỗ". Toàn tỉnh có hơn 48.000 lao động bị ảnh hưởng, trong đó 9.600 người tạm hoãn hợp đồng. Thực hiện Chỉ thị số 37-CT/TW ngày 3/9/2019 của Ban Bí thư và Kế hoạch số 41, 42-KH/TU của Ban Thường vụ Tỉnh ủy, công đoàn các cấp đã chi hỗ trợ hơn 14,5 tỷ đồng cho đoàn viên, người lao động; vận động 126 doanh nghiệp thương lượng, sửa đổi thỏa ước để giữ chân người lao động.
Trong năm xảy ra 3 cuộc ngừng việc tập thể với khoảng 5.100 người tham gia. Vụ lớn nhất tại Công ty TNHH Giày Hải Phú Điện Bàn, phường Điện Nam Bắc, ngày 14/9 với khoảng 4.200 công nhân ngừng việc, yêu cầu trả lương ngừng việc trong thời gian giãn cách. Sau 2 ngày đối thoại, ông Tsai Ming Hung, Tổng Giám đốc Công ty TNHH Giày Hải Phú Điện Bàn, đồng ý trả mỗi công nhân 2 triệu đồng tiền hỗ trợ, tổng cộng 8,4 tỷ đồng.
Bà Lê Thị Mỹ Hạnh, Chủ tịch Công đoàn Công ty TNHH May Tam Thăng Xanh, xã Tam Thăng, chia sẻ: công đoàn và giám đốc công ty ký phụ lục thỏa ước, cam kết giữ lương cơ bản cho 1.350 lao động khi sản xuất cầm chừng, đổi lại công nhân đồng ý làm bù vào những tháng cao điểm.
Báo cáo của LĐLĐ tỉnh cho thấy đến cuối năm 2021 có 412 thỏa ước lao động tập thể còn hiệu lực, đạt 76% số doanh nghiệp có công đoàn; 21 thỏa ước được xếp loại A. Ban Dân vận Tỉnh ủy đã tổ chức 8 đoàn kiểm tra công tác dân vận trong doanh nghiệp ngoài nhà nước, phát hiện một số chủ doanh nghiệp chưa tạo điều kiện cho hoạt động công đoàn.
Phát biểu kết luận, đồng chí Huỳnh Thị Thúy Vân đề nghị năm 2022 cấp ủy các cấp quan tâm phát triển đảng viên trong công nhân, phấn đấu kết nạp ít nhất 60 đảng viên là công nhân trực tiếp sản xuất; công đoàn chủ động đối thoại, thương lượng, không để xảy ra ngừng việc tập thể kéo dài.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 10 tập thể, 15 cá nhân; đồng chí Phan Thị Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy công bố quyết định khen thưởng.
Thu Hiền
Tin liên quan
- Núi Thành: hơn 600 công nhân được tặng quà hỗ trợ (10/12/2021)
- Hội nghị giao ban khối dân vận quý IV năm 2021 (03/12/2021)
- Phát huy vai trò tổ chức đảng trong doanh nghiệp ngoài nhà nước (19/11/2021)
""", "2021-12-24", "Vận động công nhân, giữ ổn định quan hệ lao động trong năm dịch bệnh",
E("tong_ket", "2021", "2021-12-23"),
[P("Huỳnh Thị Thúy Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Mẫn", "TUV", "Chủ tịch LĐLĐ tỉnh"),
 P("Tsai Ming Hung", "Tổng Giám đốc Công ty TNHH Giày Hải Phú Điện Bàn"),
 P("Lê Thị Mỹ Hạnh", "Chủ tịch Công đoàn Công ty TNHH May Tam Thăng Xanh"),
 P("Phan Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 48.000 lao động", 48000, "lao động", "over"), Q("9.600 người", 9600, "người"),
 Q("hơn 14,5 tỷ đồng", 14500000000, "đồng", "over"), Q("126 doanh nghiệp", 126, "doanh nghiệp"),
 Q("3 cuộc ngừng việc tập thể", 3, "cuộc ngừng việc tập thể"), Q("khoảng 5.100 người", 5100, "người", "approx"),
 Q("khoảng 4.200 công nhân", 4200, "công nhân", "approx"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("8,4 tỷ đồng", 8400000000, "đồng"), Q("1.350 lao động", 1350, "lao động"),
 Q("412 thỏa ước lao động tập thể", 412, "thỏa ước lao động tập thể"), Q("76%", 76, "%"),
 Q("21 thỏa ước", 21, "thỏa ước"), Q("8 đoàn kiểm tra", 8, "đoàn kiểm tra"),
 Q("ít nhất 60 đảng viên", 60, "đảng viên", "over"), Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021"),
 D("Chỉ thị", "37", "CT/TW", "2019-09-03", "Ban Bí thư", "Chỉ thị số 37-CT/TW ngày 3/9/2019"),
 D("Kế hoạch", "41", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 41, 42-KH/TU"),
 D("Kế hoạch", "42", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 41, 42-KH/TU")],
[prov("Quảng Nam"), com("Điện Nam Bắc"), com("Tam Thăng")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "You are here: Trang chủ > Hoạt động > Dân vận trong doanh nghiệp",
 "Đồng chí Huỳnh Thị Thúy Vân phát biểu tại hội nghị.", "Công ty TNHH Giày Hải Phú Điện Bàn", "Công ty TNHH May Tam Thăng Xanh",
 "KCN Điện Nam - Điện Ngọc", "3 tại chỗ", "COVID-19"],
["Thứ Sáu, 24/12/2021 - 16:45", "3 tại chỗ", "2 ngày", "năm 2022", "cuối năm 2021", "ngày 14/9"]))

PAGES.append(page("b9018-vinhphuc-hdnd-giamsat-2021", """
BÁO VĨNH PHÚC ĐIỆN TỬ
Chính trị | Hoạt động HĐND
15/10/2021 - 17:05
Giám sát việc thực hiện chính sách đối với người lao động tại KCN Bá Thiện
Ngày 14/10, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh do bà Trần Thị Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2021 về việc thực hiện chính sách, pháp luật lao động, thương lượng tập thể và hỗ trợ người lao động gặp khó khăn do dịch COVID-19 tại các doanh nghiệp KCN Bá Thiện, tỉnh Vĩnh Phúc.
Cùng dự có ông Lưu Văn Quang, Phó Chủ tịch LĐLĐ tỉnh và đại diện Ban Quản lý các KCN, Sở Lao động - Thương binh và Xã hội, UBND các xã Bá Hiến, Thiện Kế.
Làm việc với Công ty TNHH Điện tử Daeyang Vina, đoàn ghi nhận công ty hiện sử dụng 3.820 lao động, thu nhập bình quân 7,6 triệu đồng/người/tháng. Trong đợt dịch tháng 5 - 6/2021, công ty tổ chức cho khoảng 1.200 công nhân ăn, nghỉ tại chỗ, hỗ trợ mỗi người 50.000 đồng/ngày. Ông Kim Dong Hyun, Phó Tổng Giám đốc Công ty TNHH Điện tử Daeyang Vina cho biết, thỏa ước lao động tập thể ký tháng 3/2021 có 14 điều khoản có lợi hơn cho người lao động so với luật, trong đó có trợ cấp nhà ở 300.000 đồng/tháng và xe đưa đón miễn phí.
Tại Công ty TNHH Quang học Bá Thiện, đoàn chỉ ra việc công ty chậm lập hồ sơ đề nghị hỗ trợ theo Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg ngày 7/7/2021 của Thủ tướng Chính phủ; 46 lao động tạm hoãn hợp đồng chưa nhận được tiền hỗ trợ. Tháng 8/2021, hơn 300 công nhân của công ty ngừng việc nửa ngày do bất đồng về cách tính lương những ngày làm việc "3 tại chỗ"; sau khi công đoàn đại diện người lao động đối thoại, công ty trả thêm 20% lương cho các ngày này.
Chị Nguyễn Thị Thúy, Chủ tịch Công đoàn cơ sở Công ty TNHH Quang học Bá Thiện, kiến nghị các cấp hướng dẫn cụ thể thủ tục hỗ trợ để người lao động sớm nhận tiền. Ông Đào Minh Tâm, Phó Giám đốc Sở Lao động - Thương binh và Xã hội giải trình, toàn tỉnh đã chi hơn 21 tỷ đồng cho gần 9.000 lượt người lao động.
Kết luận buổi giám sát, bà Trần Thị Hà đề nghị các doanh nghiệp thực hiện đầy đủ cam kết trong thỏa ước, giải quyết dứt điểm kiến nghị của người lao động trước ngày 30/10; đề nghị LĐLĐ tỉnh tăng cường hỗ trợ công đoàn cơ sở thương lượng tập thể. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 4 HĐND tỉnh khóa XVII theo Nghị quyết số 15/NQ-HĐND ngày 20/7/2021 của HĐND tỉnh về chương trình giám sát năm 2022.
Hải Yến
Tin liên quan
- LĐLĐ tỉnh trao 500 suất quà cho công nhân ở trọ gặp khó khăn (08/10/2021)
- Bình Xuyên: hơn 2.000 công nhân được tiêm vắc xin (24/09/2021)
- Tháo gỡ khó khăn cho doanh nghiệp và người lao động (09/09/2021)
""", "2021-10-15", "Giám sát việc thực hiện chính sách đối với người lao động tại KCN Bá Thiện",
E("giam_sat", "2021", "2021-10-14"),
[P("Trần Thị Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Lưu Văn Quang", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Kim Dong Hyun", "Phó Tổng Giám đốc Công ty TNHH Điện tử Daeyang Vina"),
 P("Nguyễn Thị Thúy", "Chủ tịch Công đoàn cơ sở Công ty TNHH Quang học Bá Thiện"),
 P("Đào Minh Tâm", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("3.820 lao động", 3820, "lao động"), Q("7,6 triệu đồng", 7600000, "đồng"),
 Q("khoảng 1.200 công nhân", 1200, "công nhân", "approx"), Q("50.000 đồng", 50000, "đồng"),
 Q("14 điều khoản", 14, "điều khoản"), Q("300.000 đồng", 300000, "đồng"), Q("46 lao động", 46, "lao động"),
 Q("hơn 300 công nhân", 300, "công nhân", "over"), Q("20%", 20, "%"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("gần 9.000 lượt người lao động", 9000, "lượt người lao động", "approx")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg ngày 7/7/2021"),
 D("Nghị quyết", "15", "NQ-HĐND", "2021-07-20", "HĐND tỉnh", "Nghị quyết số 15/NQ-HĐND ngày 20/7/2021")],
[prov("Vĩnh Phúc"), com("Bá Hiến"), com("Thiện Kế")],
["BÁO VĨNH PHÚC ĐIỆN TỬ", "Chính trị | Hoạt động HĐND", "Công ty TNHH Điện tử Daeyang Vina", "Công ty TNHH Quang học Bá Thiện",
 "KCN Bá Thiện", "Ban Quản lý các KCN", "3 tại chỗ", "COVID-19"],
["15/10/2021 - 17:05", "tháng 5 - 6/2021", "tháng 3/2021", "Tháng 8/2021", "nửa ngày", "ngày 30/10", "kỳ họp thứ 4", "khóa XVII", "năm 2022"]))

PAGES.append(page("b9019-haiduong-ldld-taphuan-2022", """
Báo Hải Dương điện tử
Trang chủ » Xã hội » Lao động - Việc làm
2022-06-10 09:40
Tập huấn kỹ năng thương lượng tập thể cho 200 chủ tịch công đoàn cơ sở
Ngày 9/6, Liên đoàn Lao động tỉnh Hải Dương tổ chức lớp tập huấn nghiệp vụ công đoàn năm 2022 về thương lượng tập thể, đối thoại tại nơi làm việc và phòng ngừa tranh chấp lao động cho 200 chủ tịch công đoàn cơ sở doanh nghiệp trên địa bàn tỉnh.
Học viên trao đổi tại lớp tập huấn. Ảnh: Thành Chung
Phát biểu khai mạc, Phó Chủ tịch Thường trực LĐLĐ tỉnh Bùi Thị Hạnh cho biết, thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị và Chương trình số 06/CTr-LĐLĐ ngày 15/2/2022 của Ban Thường vụ LĐLĐ tỉnh, năm 2022 công đoàn tỉnh đặt mục tiêu mỗi công đoàn cơ sở doanh nghiệp có từ 30 đoàn viên trở lên đều tổ chức thương lượng tập thể.
Báo cáo viên TS. Nguyễn Duy Phúc, Trưởng khoa Quan hệ lao động và Công đoàn, Trường Đại học Công đoàn đã giới thiệu những điểm mới của Bộ luật Lao động số 45/2019/QH14 do Quốc hội thông qua và Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ về điều kiện lao động và quan hệ lao động; hướng dẫn cách thu thập thông tin tài chính của doanh nghiệp, lấy ý kiến người lao động và lập phương án thương lượng có lợi hơn cho người lao động.
Theo LĐLĐ tỉnh, toàn tỉnh có 712 công đoàn cơ sở doanh nghiệp với hơn 176.000 đoàn viên; 508 đơn vị đã ký thỏa ước lao động tập thể, nhưng chỉ khoảng 35% số bản thỏa ước có từ 3 nội dung trở lên cao hơn luật. 5 tháng đầu năm 2022, trên địa bàn xảy ra 4 cuộc ngừng việc tập thể với khoảng 2.600 người tham gia, chủ yếu ở doanh nghiệp may mặc, da giày vốn đầu tư nước ngoài.
Chia sẻ kinh nghiệm, bà Phạm Thị Lụa, Chủ tịch Công đoàn Công ty TNHH Dệt Ngọc Sơn Hải Dương, xã Lương Điền, kể: năm 2021, công đoàn thương lượng thành công việc tăng tiền ăn ca từ 16.000 đồng lên 20.000 đồng/bữa, bổ sung thưởng chuyên cần 250.000 đồng/tháng cho 2.100 công nhân. Anh Vũ Văn Khánh, Chủ tịch Công đoàn Công ty TNHH Linh kiện Việt Hòa, phường Việt Hòa, cho rằng cái khó là chủ doanh nghiệp nước ngoài thường giao cho bộ phận nhân sự thương lượng nhưng không trao quyền quyết định.
Trong 2 ngày 9 và 10/6, học viên được chia thành 8 nhóm đóng vai người sử dụng lao động và đại diện tập thể lao động, thực hành một phiên thương lượng về tiền lương, tiền thưởng. Kết thúc lớp, LĐLĐ tỉnh cấp giấy chứng nhận cho các học viên đạt yêu cầu.
Thành Chung
Tin liên quan
- Cẩm Giàng: giải quyết vụ ngừng việc tại Công ty TNHH Giày Tân Trường Phát (27/05/2022)
- LĐLĐ tỉnh tổ chức Tháng Công nhân năm 2022 (04/05/2022)
- Kim Thành: đối thoại với công nhân Công ty TNHH May Phú Thái (20/04/2022)
""", "2022-06-10", "Tập huấn kỹ năng thương lượng tập thể cho 200 chủ tịch công đoàn cơ sở",
E("tap_huan", "2022", "2022-06-09"),
[P("Bùi Thị Hạnh", "Phó Chủ tịch Thường trực LĐLĐ tỉnh"),
 P("Nguyễn Duy Phúc", "TS.", "Trưởng khoa Quan hệ lao động và Công đoàn", "Trường Đại học Công đoàn"),
 P("Phạm Thị Lụa", "Chủ tịch Công đoàn Công ty TNHH Dệt Ngọc Sơn Hải Dương"),
 P("Vũ Văn Khánh", "Chủ tịch Công đoàn Công ty TNHH Linh kiện Việt Hòa")],
[Q("200 chủ tịch công đoàn cơ sở", 200, "chủ tịch công đoàn cơ sở"),
 Q("từ 30 đoàn viên trở lên", 30, "đoàn viên", "over"), Q("712 công đoàn cơ sở", 712, "công đoàn cơ sở"),
 Q("hơn 176.000 đoàn viên", 176000, "đoàn viên", "over"), Q("508 đơn vị", 508, "đơn vị"),
 Q("khoảng 35%", 35, "%", "approx"), Q("từ 3 nội dung trở lên", 3, "nội dung", "over"),
 Q("4 cuộc ngừng việc tập thể", 4, "cuộc ngừng việc tập thể"), Q("khoảng 2.600 người", 2600, "người", "approx"),
 Q("16.000 đồng", 16000, "đồng"), Q("20.000 đồng", 20000, "đồng"), Q("250.000 đồng", 250000, "đồng"),
 Q("2.100 công nhân", 2100, "công nhân"), Q("8 nhóm", 8, "nhóm")],
[D("Nghị quyết", "02", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 02-NQ/TW"),
 D("Chương trình", "06", "CTr-LĐLĐ", "2022-02-15", "Ban Thường vụ LĐLĐ tỉnh", "Chương trình số 06/CTr-LĐLĐ ngày 15/2/2022"),
 D("Bộ luật", "45", "2019/QH14", None, "Quốc hội", "Bộ luật Lao động số 45/2019/QH14"),
 D("Nghị định", "145", "2020/NĐ-CP", "2020-12-14", "Chính phủ", "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020")],
[prov("Hải Dương"), com("Lương Điền"), com("Việt Hòa")],
["Báo Hải Dương điện tử", "Trang chủ » Xã hội » Lao động - Việc làm", "Học viên trao đổi tại lớp tập huấn. Ảnh: Thành Chung",
 "Trường Đại học Công đoàn", "Công ty TNHH Dệt Ngọc Sơn Hải Dương", "Công ty TNHH Linh kiện Việt Hòa"],
["2022-06-10 09:40", "5 tháng đầu năm 2022", "năm 2021", "2 ngày 9 và 10/6"]))

PAGES.append(page("b9020-khanhhoa-ldld-hoinghi-2022", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Xã hội - Lao động
Thứ Sáu, 16/09/2022
Nâng chất lượng thỏa ước lao động tập thể trong doanh nghiệp thủy sản
Ngày 15/9, Liên đoàn Lao động (LĐLĐ) tỉnh Khánh Hòa tổ chức hội nghị chuyên đề "Thương lượng tập thể - nâng cao chất lượng thỏa ước" năm 2022 với gần 150 đại biểu là chủ tịch công đoàn cơ sở, đại diện người sử dụng lao động của các doanh nghiệp chế biến thủy sản, may mặc tại KCN Suối Dầu, KCN Nam Cam Ranh và TP Nha Trang.
Chủ trì hội nghị có các đồng chí: Lê Hoàng Nam, Trần Thị Thu Thủy - Phó Chủ tịch LĐLĐ tỉnh; ông Nguyễn Văn Chín, Phó Giám đốc Sở Lao động - Thương binh và Xã hội.
Theo báo cáo, từ ngày 1/7/2022, lương tối thiểu vùng I tăng lên 4.680.000 đồng/tháng theo Nghị định số 38/2022/NĐ-CP ngày 12/6/2022 của Chính phủ, nhưng một số doanh nghiệp thủy sản tăng lương tối thiểu đồng thời cắt phụ cấp, dẫn tới 3 cuộc ngừng việc tập thể trong tháng 7 và tháng 8 với khoảng 1.900 công nhân tham gia. Đáng chú ý, ngày 4/8, gần 1.000 công nhân Công ty TNHH Hải sản Cam Ranh Xanh, phường Cam Nghĩa, ngừng việc vì phụ cấp độc hại bị gộp vào lương. Sau khi LĐLĐ tỉnh tổ chức đối thoại, công ty khôi phục phụ cấp 350.000 đồng/tháng và truy trả tiền tháng 7.
Hiện toàn tỉnh có 386 thỏa ước lao động tập thể còn hiệu lực, trong đó 62 bản được đánh giá có nhiều nội dung có lợi cho người lao động. Ông Đỗ Minh Quân, Chủ tịch Công đoàn Công ty CP Thủy sản Hải Vương Nha Trang, xã Suối Tân, chia sẻ: khi thương lượng, công đoàn đưa số liệu đơn hàng, giá xuất khẩu để chứng minh doanh nghiệp đủ khả năng tăng tiền ăn ca lên 25.000 đồng/bữa; kết quả thỏa ước mới được 98,5% người lao động biểu quyết tán thành.
Phía người sử dụng lao động, bà Yuko Tanaka, Giám đốc nhân sự Công ty TNHH May Nha Trang Sakura, cho rằng thỏa ước rõ ràng, được công khai tới từng tổ sản xuất giúp doanh nghiệp ổn định lực lượng lao động, nhất là vào mùa cao điểm đơn hàng cuối năm, giảm tỷ lệ nghỉ việc từ 18% xuống còn 9%.
Kết luận hội nghị, đồng chí Lê Hoàng Nam đề nghị công đoàn cơ sở thực hiện Hướng dẫn số 17/HD-LĐLĐ ngày 5/8/2022 của LĐLĐ tỉnh về quy trình thương lượng tập thể; mỗi công đoàn cấp trên trực tiếp cơ sở chọn ít nhất 5 doanh nghiệp để hỗ trợ thương lượng điểm trong năm 2023.
Minh Thư
Tin liên quan
- Cam Lâm: đối thoại giữa Chủ tịch UBND huyện với công nhân (09/09/2022)
- Công nhân Công ty TNHH Thủy sản Bình Tân trở lại làm việc (30/08/2022)
- LĐLĐ tỉnh tập huấn cho cán bộ công đoàn khu vực phía Nam (17/08/2022)
- Trao 50 suất học bổng cho con công nhân lao động (05/08/2022)
- Ninh Hòa: thành lập công đoàn cơ sở tại Công ty TNHH Đóng tàu Hòn Khói (28/07/2022)
""", "2022-09-16", "Nâng chất lượng thỏa ước lao động tập thể trong doanh nghiệp thủy sản",
E("hoi_nghi", "2022", "2022-09-15"),
[P("Lê Hoàng Nam", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Trần Thị Thu Thủy", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Văn Chín", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Đỗ Minh Quân", "Chủ tịch Công đoàn Công ty CP Thủy sản Hải Vương Nha Trang"),
 P("Yuko Tanaka", "Giám đốc nhân sự Công ty TNHH May Nha Trang Sakura")],
[Q("gần 150 đại biểu", 150, "đại biểu", "approx"), Q("4.680.000 đồng", 4680000, "đồng"),
 Q("3 cuộc ngừng việc tập thể", 3, "cuộc ngừng việc tập thể"), Q("khoảng 1.900 công nhân", 1900, "công nhân", "approx"),
 Q("gần 1.000 công nhân", 1000, "công nhân", "approx"), Q("350.000 đồng", 350000, "đồng"),
 Q("386 thỏa ước lao động tập thể", 386, "thỏa ước lao động tập thể"), Q("62 bản", 62, "bản"),
 Q("25.000 đồng", 25000, "đồng"), Q("98,5%", 98.5, "%"), Q("18%", 18, "%"), Q("9%", 9, "%"),
 Q("ít nhất 5 doanh nghiệp", 5, "doanh nghiệp", "over")],
[D("Nghị định", "38", "2022/NĐ-CP", "2022-06-12", "Chính phủ", "Nghị định số 38/2022/NĐ-CP ngày 12/6/2022"),
 D("Hướng dẫn", "17", "HD-LĐLĐ", "2022-08-05", "LĐLĐ tỉnh", "Hướng dẫn số 17/HD-LĐLĐ ngày 5/8/2022")],
[prov("Khánh Hòa"), com("Cam Nghĩa"), com("Suối Tân")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Xã hội - Lao động", "Thương lượng tập thể - nâng cao chất lượng thỏa ước",
 "Công ty TNHH Hải sản Cam Ranh Xanh", "Công ty CP Thủy sản Hải Vương Nha Trang", "Công ty TNHH May Nha Trang Sakura",
 "KCN Suối Dầu"],
["Thứ Sáu, 16/09/2022", "ngày 1/7/2022", "tháng 7 và tháng 8", "ngày 4/8", "năm 2023"]))

PAGES.append(page("b9021-lamdong-ldld-tongket-2022", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ - Chính trị - Công đoàn
06/01/2023 - 10:20
Lâm Đồng: Công đoàn triển khai nhiệm vụ năm 2023
(LĐ) - Ngày 5/1/2023, Liên đoàn Lao động tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác công đoàn năm 2022, triển khai nhiệm vụ năm 2023. Dự hội nghị có đồng chí Ka Hòa Sơn, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Thị Thanh Mai, Chủ tịch LĐLĐ tỉnh chủ trì.
Năm 2022, các cấp công đoàn tỉnh kết nạp 5.380 đoàn viên, thành lập 41 công đoàn cơ sở; 268 doanh nghiệp ký thỏa ước lao động tập thể, tăng 23 đơn vị so với năm 2021. Thực hiện Kết luận số 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy và Chương trình hành động số 45-CTr/TU của Tỉnh ủy thực hiện Nghị quyết 02-NQ/TW, LĐLĐ tỉnh đã chỉ đạo công đoàn cơ sở tổ chức 1.046 cuộc đối thoại định kỳ tại nơi làm việc.
Về tranh chấp lao động, năm 2022 toàn tỉnh xảy ra 2 cuộc ngừng việc tập thể. Ngày 18/4, khoảng 650 công nhân Công ty TNHH Tơ tằm Lộc Phát, phường Lộc Sơn, TP Bảo Lộc ngừng việc, đòi trả lương tháng 3 bị chậm; ngày 21/11, gần 300 công nhân Công ty TNHH Rau hoa Đà Lạt Xanh, xã Tà Nung, ngừng việc vì công ty không đóng bảo hiểm xã hội 8 tháng. Cả hai vụ đều được công đoàn phối hợp chính quyền địa phương giải quyết trong vòng 48 giờ; riêng Công ty TNHH Rau hoa Đà Lạt Xanh đã nộp hơn 1,1 tỷ đồng tiền bảo hiểm còn nợ.
Bà K'Huyên, công nhân Công ty CP Chè Cầu Đất Xanh, xã Xuân Trường, đại diện đoàn viên người dân tộc thiểu số phát biểu, cảm ơn công đoàn đã đứng ra thương lượng để 120 công nhân hái chè thời vụ được ký hợp đồng lao động và đóng bảo hiểm. Ông Nguyễn Hữu Tín, Chủ tịch Công đoàn Công ty CP Dệt lụa Bảo Lộc, xã Lộc An, cho biết thỏa ước mới của công ty quy định thưởng Tết không thấp hơn 1 tháng lương và trợ cấp 500.000 đồng cho công nhân có con vào lớp 1.
Năm 2022, công đoàn các cấp đã chi 4,6 tỷ đồng chăm lo cho đoàn viên; trao 25 Mái ấm Công đoàn; chương trình "Tết Sum vầy" trao 3.200 suất quà. Có 97,6% đoàn viên công đoàn cơ sở doanh nghiệp được tuyên truyền về Bộ luật Lao động năm 2019.
Năm 2023, LĐLĐ tỉnh phấn đấu kết nạp 4.500 đoàn viên, trên 70% doanh nghiệp có công đoàn ký thỏa ước. Dịp này, Tổng Liên đoàn tặng Bằng khen cho 4 tập thể và 6 cá nhân; LĐLĐ tỉnh tặng Bằng khen cho 30 tập thể, 45 cá nhân.
Đình Phú
Tin liên quan
- Đức Trọng: hơn 1.000 công nhân được tặng quà Tết (04/01/2023)
- Đối thoại với công nhân ngành chè Bảo Lộc (16/12/2022)
- Bảo Lâm: khánh thành Mái ấm Công đoàn cho đoàn viên người K'Ho (02/12/2022)
- Tập huấn pháp luật lao động cho công nhân ngành du lịch Đà Lạt (18/11/2022)
""", "2023-01-06", "Lâm Đồng: Công đoàn triển khai nhiệm vụ năm 2023",
E("tong_ket", "2022", "2023-01-05"),
[P("Ka Hòa Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Thanh Mai", "Chủ tịch LĐLĐ tỉnh"),
 P("K'Huyên", "công nhân Công ty CP Chè Cầu Đất Xanh"),
 P("Nguyễn Hữu Tín", "Chủ tịch Công đoàn Công ty CP Dệt lụa Bảo Lộc")],
[Q("5.380 đoàn viên", 5380, "đoàn viên"), Q("41 công đoàn cơ sở", 41, "công đoàn cơ sở"),
 Q("268 doanh nghiệp", 268, "doanh nghiệp"), Q("23 đơn vị", 23, "đơn vị"),
 Q("1.046 cuộc đối thoại định kỳ", 1046, "cuộc đối thoại định kỳ"),
 Q("2 cuộc ngừng việc tập thể", 2, "cuộc ngừng việc tập thể"), Q("khoảng 650 công nhân", 650, "công nhân", "approx"),
 Q("gần 300 công nhân", 300, "công nhân", "approx"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("120 công nhân hái chè thời vụ", 120, "công nhân hái chè thời vụ"), Q("500.000 đồng", 500000, "đồng"),
 Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("25 Mái ấm Công đoàn", 25, "Mái ấm Công đoàn"),
 Q("3.200 suất quà", 3200, "suất quà"), Q("97,6%", 97.6, "%"), Q("4.500 đoàn viên", 4500, "đoàn viên"),
 Q("trên 70%", 70, "%", "over"), Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"),
 Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 03, 04-KL/TU"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 03, 04-KL/TU"),
 D("Chương trình hành động", "45", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 45-CTr/TU"),
 D("Nghị quyết", "02", "NQ/TW", None, None, "Nghị quyết 02-NQ/TW")],
[prov("Lâm Đồng"), com("Lộc Sơn"), com("Tà Nung"), com("Xuân Trường"), com("Lộc An")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ - Chính trị - Công đoàn", "(LĐ)", "Công ty TNHH Tơ tằm Lộc Phát",
 "Công ty TNHH Rau hoa Đà Lạt Xanh", "Công ty CP Chè Cầu Đất Xanh", "Công ty CP Dệt lụa Bảo Lộc", "Tết Sum vầy",
 "Mái ấm Công đoàn", "Bộ luật Lao động năm 2019"],
["06/01/2023 - 10:20", "năm 2023", "năm 2021", "8 tháng", "48 giờ", "1 tháng lương", "lớp 1", "tháng 3"]))

PAGES.append(page("b9022-binhdinh-congdoan-daihoi-2023", """
Báo Bình Định Online
Chính trị » Đại hội Công đoàn
14.07.2023 | 09:15
Đại hội Công đoàn tỉnh Bình Định lần thứ XV, nhiệm kỳ 2023 - 2028
Trong 2 ngày 12 và 13/7, Liên đoàn Lao động tỉnh tổ chức Đại hội Công đoàn tỉnh Bình Định lần thứ XV, nhiệm kỳ 2023 - 2028 với 250 đại biểu chính thức đại diện cho hơn 112.000 đoàn viên công đoàn trong tỉnh.
Toàn cảnh phiên khai mạc Đại hội.
Dự đại hội có đồng chí Hoàng Minh Tuấn, Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam; đồng chí Lê Kim Toàn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Báo cáo tại đại hội nêu rõ, nhiệm kỳ 2018 - 2023, công đoàn các cấp đã kết nạp 31.400 đoàn viên, thành lập 214 công đoàn cơ sở. Công đoàn chủ động đại diện người lao động thương lượng, ký kết 1.024 lượt thỏa ước lao động tập thể; đã tham gia giải quyết 19 cuộc ngừng việc tập thể, trong đó có vụ gần 2.000 công nhân Công ty TNHH Giày Quy Nhơn Vina (KCN Phú Tài) ngừng việc năm 2019 do công ty chậm điều chỉnh lương. Qua thương lượng, công ty tăng lương bình quân 8% và trả bổ sung cho công nhân hơn 2,3 tỷ đồng.
Tham luận tại đại hội, ông Trương Văn Lực, Chủ tịch Công đoàn Công ty CP Gỗ Phú Tài Xanh, phường Trần Quang Diệu, cho biết nhờ đối thoại hằng quý, 5 năm qua công ty không xảy ra tranh chấp; thỏa ước của công ty có 16 điều khoản có lợi hơn cho người lao động. Bà Đinh Thị Hiền, công nhân người Bana, Công ty TNHH May Vân Canh, xã Canh Vinh, kể chuyện được công đoàn hỗ trợ 50 triệu đồng xây Mái ấm Công đoàn.
Đại hội đã thảo luận, thống nhất mục tiêu nhiệm kỳ 2023 - 2028: kết nạp 25.000 đoàn viên; trên 75% công đoàn cơ sở doanh nghiệp thương lượng ký kết thỏa ước có lợi hơn cho người lao động; 100% vụ ngừng việc tập thể có công đoàn tham gia giải quyết. Đại hội cũng quán triệt Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị, thảo luận các giải pháp đổi mới nội dung, phương thức hoạt động, đưa công đoàn về gần người lao động, nhất là ở các doanh nghiệp ngoài nhà nước và doanh nghiệp có vốn đầu tư nước ngoài.
Đại hội đã bầu Ban Chấp hành LĐLĐ tỉnh khóa XV gồm 35 đồng chí. Đồng chí Nguyễn Thị Thanh Bình được tín nhiệm bầu giữ chức Chủ tịch LĐLĐ tỉnh khóa XV; các đồng chí Võ Văn Hòa, Đặng Thị Kim Dung được bầu làm Phó Chủ tịch LĐLĐ tỉnh. Đại hội cũng bầu 29 đại biểu đi dự Đại hội Công đoàn Việt Nam lần thứ XIII.
Ngọc Nhuận
Tin liên quan
- Nhơn Hội: hơn 3.000 công nhân được hỗ trợ nhà trọ (05/07/2023)
- Đại hội Công đoàn các KCN tỉnh nhiệm kỳ 2023 - 2028 (22/06/2023)
- Đại hội điểm công đoàn cơ sở Công ty CP Dược Bình Định (20/04/2023)
- Hoài Nhơn: đối thoại với công nhân ngành chế biến gỗ (12/04/2023)
""", "2023-07-14", "Đại hội Công đoàn tỉnh Bình Định lần thứ XV, nhiệm kỳ 2023 - 2028",
E("dai_hoi", None, "2023-07-12"),
[P("Hoàng Minh Tuấn", "Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 P("Lê Kim Toàn", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Trương Văn Lực", "Chủ tịch Công đoàn Công ty CP Gỗ Phú Tài Xanh"),
 P("Đinh Thị Hiền", "công nhân người Bana", "Công ty TNHH May Vân Canh"),
 P("Nguyễn Thị Thanh Bình", "Chủ tịch LĐLĐ tỉnh khóa XV"),
 P("Võ Văn Hòa", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Đặng Thị Kim Dung", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("hơn 112.000 đoàn viên", 112000, "đoàn viên", "over"),
 Q("31.400 đoàn viên", 31400, "đoàn viên"), Q("214 công đoàn cơ sở", 214, "công đoàn cơ sở"),
 Q("1.024 lượt thỏa ước lao động tập thể", 1024, "lượt thỏa ước lao động tập thể"),
 Q("19 cuộc ngừng việc tập thể", 19, "cuộc ngừng việc tập thể"), Q("gần 2.000 công nhân", 2000, "công nhân", "approx"),
 Q("8%", 8, "%"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("16 điều khoản", 16, "điều khoản"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("25.000 đoàn viên", 25000, "đoàn viên"), Q("trên 75%", 75, "%", "over"),
 Q("100%", 100, "%"), Q("35 đồng chí", 35, "đồng chí"), Q("29 đại biểu", 29, "đại biểu")],
[D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021")],
[prov("Bình Định"), com("Trần Quang Diệu"), com("Canh Vinh")],
["Báo Bình Định Online", "Chính trị » Đại hội Công đoàn", "Toàn cảnh phiên khai mạc Đại hội.", "Công ty TNHH Giày Quy Nhơn Vina",
 "Công ty CP Gỗ Phú Tài Xanh", "Công ty TNHH May Vân Canh", "KCN Phú Tài", "Mái ấm Công đoàn"],
["14.07.2023 | 09:15", "lần thứ XV", "nhiệm kỳ 2023 - 2028", "nhiệm kỳ 2018 - 2023", "5 năm", "35 đồng chí", "lần thứ XIII",
 "năm 2019", "khóa XV"]))
