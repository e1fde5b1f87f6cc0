from lib import *

PAGES = []

# ---------------------------------------------------------------- b227
PAGES.append(page("b227-lamdong-bdv-hoinghi-2017", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ | Tin tức | Dân vận - Dân tộc - Tôn giáo
24/08/2017 - 14:00
Biểu dương 118 già làng, người có uy tín tiêu biểu
Ngày 23/8, tại thành phố Bảo Lộc, Ban Dân vận Tỉnh ủy Lâm Đồng phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương già làng, người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2017. 118 già làng, người có uy tín người K'Ho, Mạ, Chu Ru được tuyên dương.
Các già làng, người có uy tín nhận Giấy khen tại hội nghị.
Dự hội nghị có đồng chí Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy Phạm Thị Hồng Nhung; đồng chí Touneh Ya Tha, Phó Trưởng ban Dân tộc tỉnh; đồng chí Liêng Jrang Ha Đíp, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; đồng chí Nguyễn Trọng Lâm, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.
Thực hiện Chỉ thị 24-CT/TU ngày 9/3/2017 của Ban Thường vụ Tỉnh ủy, năm qua các già làng đã phối hợp với chính quyền hòa giải thành 64 vụ tranh chấp đất đai, vận động bà con hiến 5,6 ha đất làm đường và trường học, tuyên truyền 327 buổi tại các thôn. Lực lượng này cũng cùng cán bộ triển khai kế hoạch số 63-KH/BDVTU về vận động đồng bào không phá rừng, không di cư tự do.
Già làng Cil Mup, thôn Păng Tiêng, xã Lát, kể: "Tôi nói với con cháu giữ rừng như giữ nhà. Năm nay làng không có vụ phá rừng nào". Ông K'Brêu, vừa được dân làng tín nhiệm bầu làm trưởng thôn Đạ Nhar, xã Đạ Chais, chia sẻ cách vận động 21 hộ chuyển sang trồng cà phê xen sầu riêng.
Đồng chí Phạm Thị Hồng Nhung đề nghị các cấp ủy tiếp tục phát huy vai trò người có uy tín, nhất là trong công tác phòng, chống hoạt động tôn giáo trái pháp luật.
Tại hội nghị, mỗi già làng, người có uy tín được tặng Giấy khen và số tiền 1.500.000 đ.
Ka Hương
Lượt xem: 1.118
Bài viết liên quan
- Đạ Tẻh đối thoại với đồng bào Châu Mạ (10/08/2017)
- Tập huấn công tác dân vận cho 90 trưởng thôn (27/07/2017)
""", "2017-08-24",
    "Biểu dương 118 già làng, người có uy tín tiêu biểu",
    E("hoi_nghi", "2017", "2017-08-23"),
    [P("Phạm Thị Hồng Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Touneh Ya Tha", "Phó Trưởng ban Dân tộc tỉnh"),
     P("Liêng Jrang Ha Đíp", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
     P("Nguyễn Trọng Lâm", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
     P("Cil Mup", "Già làng"),
     P("K'Brêu", "trưởng thôn Đạ Nhar")],
    [Q("118 già làng, người có uy tín", 118, "già làng, người có uy tín"),
     Q("64 vụ tranh chấp đất đai", 64, "vụ tranh chấp đất đai"),
     Q("5,6 ha", 5.6, "ha"),
     Q("327 buổi", 327, "buổi"),
     Q("21 hộ", 21, "hộ"),
     Q("1.500.000 đ", 1500000, "đồng")],
    [D("Chỉ thị", "24", "CT/TU", "2017-03-09", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24-CT/TU ngày 9/3/2017 của Ban Thường vụ Tỉnh ủy"),
     D("Kế hoạch", "63", "KH/BDVTU", None, None, "kế hoạch số 63-KH/BDVTU")],
    [prov("Lâm Đồng"), com("Lát"), com("Đạ Chais")],
    ["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ | Tin tức | Dân vận - Dân tộc - Tôn giáo",
     "Các già làng, người có uy tín nhận Giấy khen tại hội nghị.", "Giấy khen", "thành phố Bảo Lộc",
     "thôn Păng Tiêng", "Lượt xem: 1.118"],
    ["Lượt xem: 1.118"]))

# ---------------------------------------------------------------- b228
PAGES.append(page("b228-kiengiang-bao-chandung-2018", """
BÁO KIÊN GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH KIÊN GIANG
Thứ Hai, 19/03/2018
Trang chủ > Dân tộc - Tôn giáo
Cập nhật lúc 07:50 12/03/2018
Ông Danh Sà Ron và con đường bê tông của sóc Ô Chum
(BKG) - Hơn 15 năm làm trưởng ấp, ông Danh Sà Ron ở xã Mong Thọ A (huyện Châu Thành, tỉnh Kiên Giang) đã cùng bà con người Khmer làm 3,7 km đường bê tông, xóa cảnh lầy lội mỗi mùa mưa.
Ông Danh Sà Ron (bìa phải) cùng cán bộ xã kiểm tra tuyến đường mới.
Năm 2002, khi được bà con tín nhiệm bầu làm trưởng ấp Ô Chum, ông Danh Sà Ron nhận thấy ấp có tới 112 hộ nghèo trên 286 hộ. Ông đi từng nhà vận động, bắt đầu từ gia đình mình hiến 400 m2 đất. Sau đó 58 hộ khác cùng hiến đất, góp hơn 1,1 tỷ đồng và 6.300 ngày công để làm đường.
Hòa thượng Danh Đổng, Trụ trì chùa Ô Chum, nhận xét: "Ông Ron nói ít, làm nhiều. Người trong sóc tin ông vì ông làm trước".
Bà Thị Kim Sên, Chi hội trưởng Chi hội Phụ nữ ấp Ô Chum, kể thêm ông còn đứng ra vay giúp 15 hộ Khmer nghèo mỗi hộ 35 triệu đồng nuôi bò. Đến nay ấp chỉ còn 9 hộ nghèo, chiếm 3,1%.
Theo ông Chau Minh Trí, Phó Chủ tịch UBND xã Mong Thọ A, ông Ron là người có uy tín đầu tiên của xã được tặng Bằng khen của Chủ tịch UBND tỉnh. Năm 2017, ấp Ô Chum được công nhận ấp văn hóa 5 năm liền.
Ở tuổi 64, ông Ron vẫn mỗi tối ghé nhà văn hóa ấp, nghe bà con nói chuyện lúa, chuyện học hành của con cháu. "Còn sức thì còn làm", ông cười.
Bài, ảnh: Thạch Phương
Lượt đọc: 3.240
Tin khác
- Giồng Riềng: Hội thi "Dân vận khéo" vùng đồng bào Khmer (08/03/2018)
- Tặng 200 phần quà cho học sinh Khmer nghèo (01/03/2018)
""", "2018-03-12",
    "Ông Danh Sà Ron và con đường bê tông của sóc Ô Chum",
    E(None, None, None),
    [P("Danh Sà Ron", "trưởng ấp Ô Chum"),
     P("Danh Đổng", "Hòa thượng", "Trụ trì chùa Ô Chum"),
     P("Thị Kim Sên", "Chi hội trưởng Chi hội Phụ nữ ấp Ô Chum"),
     P("Chau Minh Trí", "Phó Chủ tịch UBND xã Mong Thọ A")],
    [Q("3,7 km", 3.7, "km"),
     Q("112 hộ nghèo", 112, "hộ nghèo"),
     Q("286 hộ", 286, "hộ"),
     Q("400 m2", 400, "m2"),
     Q("58 hộ", 58, "hộ"),
     Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
     Q("6.300 ngày công", 6300, "ngày công"),
     Q("15 hộ Khmer nghèo", 15, "hộ Khmer nghèo"),
     Q("35 triệu đồng", 35000000, "đồng"),
     Q("9 hộ nghèo", 9, "hộ nghèo"),
     Q("3,1%", 3.1, "%")],
    [],
    [prov("Kiên Giang"), com("Mong Thọ A")],
    ["BÁO KIÊN GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH KIÊN GIANG", "Trang chủ > Dân tộc - Tôn giáo",
     "Ông Danh Sà Ron (bìa phải) cùng cán bộ xã kiểm tra tuyến đường mới.", "(BKG)", "Bằng khen", "huyện Châu Thành",
     "sóc Ô Chum", "chùa Ô Chum", "Lượt đọc: 3.240"],
    ["Thứ Hai, 19/03/2018", "Hơn 15 năm", "Năm 2002", "5 năm liền", "tuổi 64", "Lượt đọc: 3.240"]))

# ---------------------------------------------------------------- b229
PAGES.append(page("b229-tuyenquang-xa-giaoban-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ THƯỢNG LÂM
Huyện Lâm Bình - Tỉnh Tuyên Quang
Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy
Đăng ngày: 04/09/2019 | 15:10
Thượng Lâm tiêm phòng cho 2.430 con gia súc, chuẩn bị đón khách du lịch dịp Quốc khánh
Chiều 3/9, Đảng ủy xã Thượng Lâm tổ chức hội nghị giao ban công tác tháng 8 năm 2019, triển khai nhiệm vụ tháng 9 với các chi bộ thôn và khối dân vận xã.
Đồng chí Ma Văn Thào phát biểu kết luận hội nghị.
Chủ trì hội nghị có đồng chí Ma Văn Thào, Bí thư Đảng ủy - Chủ tịch HĐND xã và đồng chí Triệu Văn Lìu, ĐUV, Phó Chủ tịch UBND xã. Cùng dự có các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã: Ma Thị Hiền, Đặng Văn Quẩy.
Trong tháng 8, xã đã tổ chức tiêm phòng cho 2.430 con gia súc, gia cầm; 86 hộ đăng ký làm chuồng trại xa nhà; trồng mới 45 ha rừng keo. Các chi bộ đã quán triệt Kết luận 06, 07-KL/ĐU của Đảng ủy xã về phát triển du lịch cộng đồng ở thôn Nà Thuôn và về giữ gìn nhà sàn truyền thống của đồng bào Tày.
Đồng chí Bàn Thị Mẩy, Chủ tịch Ủy ban MTTQ xã, báo cáo Mặt trận và các đoàn thể đã vận động 34 hộ làm homestay đón khách; phong trào "Ngày thứ Bảy cùng dân" thu hút 520 lượt người tham gia phát quang đường thôn. Các tổ hòa giải đã hòa giải thành 4/5 vụ việc.
Đồng chí Hoàng Thị Thúy, Trưởng thôn Nà Thuôn, đề nghị xã hỗ trợ thêm loa kéo để tuyên truyền về phòng chống dịch tả lợn châu Phi.
Kết luận hội nghị, đồng chí Ma Văn Thào yêu cầu các chi bộ chuẩn bị tốt lễ kỷ niệm 74 năm Quốc khánh 2/9 và phối hợp với xã Khuôn Hà đón đoàn khách đi thuyền trên hồ Na Hang.
Văn phòng Đảng ủy xã
Lượt truy cập: 298
Tin cùng chuyên mục
- Hội nghị giao ban tháng 7 năm 2019 (02/08/2019)
- Thượng Lâm ra quân làm đường giao thông nông thôn (20/07/2019)
""", "2019-09-04",
    "Thượng Lâm tiêm phòng cho 2.430 con gia súc, chuẩn bị đón khách du lịch dịp Quốc khánh",
    E("giao_ban", "2019-08", "2019-09-03"),
    [P("Ma Văn Thào", "Bí thư Đảng ủy - Chủ tịch HĐND xã"),
     P("Triệu Văn Lìu", "ĐUV", "Phó Chủ tịch UBND xã"),
     P("Ma Thị Hiền", "Ủy viên Ban Thường vụ Đảng ủy xã"),
     P("Đặng Văn Quẩy", "Ủy viên Ban Thường vụ Đảng ủy xã"),
     P("Bàn Thị Mẩy", "Chủ tịch Ủy ban MTTQ xã"),
     P("Hoàng Thị Thúy", "Trưởng thôn Nà Thuôn")],
    [Q("2.430 con gia súc", 2430, "con gia súc"),
     Q("86 hộ", 86, "hộ"),
     Q("45 ha", 45, "ha"),
     Q("34 hộ", 34, "hộ"),
     Q("520 lượt người", 520, "lượt người"),
     Q("4/5 vụ việc", 4, "vụ việc"),
     Q("4/5 vụ việc", 5, "vụ việc")],
    [D("Kết luận", "06", "KL/ĐU", None, "Đảng ủy xã", "Kết luận 06, 07-KL/ĐU của Đảng ủy xã"),
     D("Kết luận", "07", "KL/ĐU", None, "Đảng ủy xã", "Kết luận 06, 07-KL/ĐU của Đảng ủy xã")],
    [prov("Tuyên Quang"), com("Thượng Lâm"), com("Khuôn Hà")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ THƯỢNG LÂM", "Huyện Lâm Bình - Tỉnh Tuyên Quang",
     "Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy", "Đồng chí Ma Văn Thào phát biểu kết luận hội nghị.",
     "Ngày thứ Bảy cùng dân", "thôn Nà Thuôn", "hồ Na Hang", "Văn phòng Đảng ủy xã", "Lượt truy cập: 298"],
    ["tháng 8 năm 2019", "tháng 9", "Trong tháng 8", "74 năm", "Quốc khánh 2/9", "Lượt truy cập: 298"]))

# ---------------------------------------------------------------- b230
PAGES.append(page("b230-hatinh-mttq-traoqua-2020", """
ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH
Trang chủ » Tin tức » Cứu trợ đồng bào vùng lũ
08:40 | 27/10/2020
Hơn 3.000 suất quà đến với người dân vùng lũ Hương Khê
Ngày 26/10, Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh cùng các tổ chức tôn giáo trao hơn 3.000 suất quà cho các hộ bị ngập sâu tại các xã Hương Trạch, Phúc Đồng, Hà Linh (huyện Hương Khê) sau đợt lũ lịch sử giữa tháng 10.
Hơn 3.000 suất quà được chuyển bằng thuyền vào các thôn bị chia cắt.
Đoàn công tác do đồng chí Võ Hồng Lam, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu, cùng đồng chí Phan Thị Ngân, Phó Chủ tịch - Trưởng ban Tuyên giáo - Đối ngoại Ủy ban MTTQ Việt Nam tỉnh. Tham gia đoàn có Thượng tọa Thích Minh Đạo, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, và Linh mục Phêrô Trần Văn Hiếu, Quản xứ giáo xứ Phúc Đồng.
Mỗi suất quà gồm 700 nghìn đồng tiền mặt, 10 kg gạo và nhu yếu phẩm. Cùng với quà, đoàn trao 400 bình lọc nước và 1.250 thùng mì tôm. Đến nay, Ban Vận động cứu trợ tỉnh đã tiếp nhận 28,6 tỷ đồng và 25 tấn gạo do các tổ chức, cá nhân ủng hộ theo tinh thần "lá lành đùm lá rách".
Bà Đinh Thị Huê, thôn Phúc Lộc, xã Phúc Đồng, rưng rưng: "Nước lên tới mái, cả nhà phải lên đồi ở 3 ngày. Nhận quà lúc này quý lắm".
Ông Nguyễn Văn Tùng, Chủ tịch Ủy ban MTTQ xã Hương Trạch, cho biết toàn xã có 1.146 nhà bị ngập, 2 cầu tràn bị cuốn trôi; xã đang rà soát để đề nghị hỗ trợ sửa nhà theo Công điện số 06/CĐ-UBND của UBND tỉnh.
Đồng chí Võ Hồng Lam đề nghị cấp ủy, chính quyền cơ sở phân bổ tiền, hàng cứu trợ công khai, đúng đối tượng, không để sót hộ nào.
Bài, ảnh: Quang Đức
Lượt xem: 2.687
Tin liên quan
- Thông báo tiếp nhận hàng cứu trợ tại Ủy ban MTTQ tỉnh (19/10/2020)
- Vũ Quang: Trao 500 suất quà cho bà con vùng ngập (23/10/2020)
""", "2020-10-27",
    "Hơn 3.000 suất quà đến với người dân vùng lũ Hương Khê",
    E("trao_qua", None, "2020-10-26"),
    [P("Võ Hồng Lam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Phan Thị Ngân", "Phó Chủ tịch - Trưởng ban Tuyên giáo - Đối ngoại Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thích Minh Đạo", "Thượng tọa", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
     P("Phêrô Trần Văn Hiếu", "Linh mục", "Quản xứ giáo xứ Phúc Đồng"),
     P("Đinh Thị Huê"),
     P("Nguyễn Văn Tùng", "Chủ tịch Ủy ban MTTQ xã Hương Trạch")],
    [Q("Hơn 3.000 suất quà", 3000, "suất quà", "over"),
     Q("700 nghìn đồng", 700000, "đồng"),
     Q("10 kg", 10, "kg"),
     Q("400 bình lọc nước", 400, "bình lọc nước"),
     Q("1.250 thùng mì tôm", 1250, "thùng mì tôm"),
     Q("28,6 tỷ đồng", 28600000000, "đồng"),
     Q("25 tấn gạo", 25, "tấn gạo"),
     Q("1.146 nhà", 1146, "nhà"),
     Q("2 cầu tràn", 2, "cầu tràn")],
    [],
    [prov("Hà Tĩnh"), com("Hương Trạch"), com("Phúc Đồng"), com("Hà Linh")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH", "Trang chủ » Tin tức » Cứu trợ đồng bào vùng lũ",
     "Hơn 3.000 suất quà được chuyển bằng thuyền vào các thôn bị chia cắt.", "lá lành đùm lá rách",
     "Ban Vận động cứu trợ tỉnh", "giáo xứ Phúc Đồng", "huyện Hương Khê", "thôn Phúc Lộc", "Lượt xem: 2.687"],
    ["3 ngày", "giữa tháng 10", "Công điện số 06/CĐ-UBND", "Lượt xem: 2.687"]))

# ---------------------------------------------------------------- b231
PAGES.append(page("b231-bacgiang-hnd-tongket-2021", """
HỘI NÔNG DÂN TỈNH BẮC GIANG
Trang chủ > Tin tức > Hoạt động Hội Nông dân
Thứ Hai, 20/12/2021 | 10:15
Vượt khó mùa dịch, 28.650 hộ đạt danh hiệu sản xuất, kinh doanh giỏi
Ngày 18/12, Hội Nông dân tỉnh Bắc Giang tổ chức hội nghị trực tuyến tổng kết công tác Hội và phong trào nông dân năm 2021, kết nối tới 230 điểm cầu cấp xã. Năm 2021, toàn tỉnh có 28.650 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.
Quang cảnh hội nghị tại điểm cầu tỉnh.
Dự hội nghị có đồng chí Nguyễn Thị Hương, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; đồng chí Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh Giáp Văn Tuấn; các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Thân Văn Chiến, Ngô Thị Bích, Vi Văn Ngọ.
Báo cáo tại hội nghị cho biết, dù dịch Covid-19 bùng phát đúng vụ thu hoạch, các cấp Hội đã giúp nông dân đưa hơn 4.100 tấn vải thiều lên sàn thương mại điện tử; thành lập 295 tổ hội nghề nghiệp; dư nợ Quỹ Hỗ trợ nông dân đạt 42,7 tỷ đồng. Hội viên ủng hộ Quỹ vắc-xin phòng Covid-19 tổng số tiền 1.860.000.000 đồng. Phong trào "1 phải, 5 giảm" trong sản xuất lúa được áp dụng trên 9.800 ha.
Các cấp Hội đã bám sát Nghị quyết số 05-NQ/HNDT ngày 14/01/2021 của Ban Thường vụ Hội Nông dân tỉnh về nâng cao chất lượng chi hội. Tại điểm cầu xã Phượng Sơn, ông Lục Văn Sình, Chủ tịch Hội Nông dân xã, chia sẻ cách lập nhóm Zalo nối nhà vườn với thương lái khi cả xã bị phong tỏa.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Hương ghi nhận Bắc Giang là điểm sáng trong tiêu thụ nông sản mùa dịch. Dịp này, 18 tập thể và 27 cá nhân được tặng Bằng khen của Ban Chấp hành Trung ương Hội Nông dân Việt Nam; ông Thân Văn Chiến vừa được bầu giữ chức Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam nhiệm kỳ mới.
Bài, ảnh: Minh Hằng
Lượt xem: 963
Tin khác
- Lục Ngạn: 12 hợp tác xã vải được cấp mã vùng trồng (10/12/2021)
- Hội Nông dân tỉnh giao ban quý IV (02/12/2021)
""", "2021-12-20",
    "Vượt khó mùa dịch, 28.650 hộ đạt danh hiệu sản xuất, kinh doanh giỏi",
    E("tong_ket", "2021", "2021-12-18"),
    [P("Nguyễn Thị Hương", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
     P("Giáp Văn Tuấn", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
     P("Thân Văn Chiến", "Phó Chủ tịch Hội Nông dân tỉnh", "Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam"),
     P("Ngô Thị Bích", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Vi Văn Ngọ", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Lục Văn Sình", "Chủ tịch Hội Nông dân xã")],
    [Q("28.650 hộ", 28650, "hộ"),
     Q("230 điểm cầu", 230, "điểm cầu"),
     Q("hơn 4.100 tấn vải thiều", 4100, "tấn vải thiều", "over"),
     Q("295 tổ hội nghề nghiệp", 295, "tổ hội nghề nghiệp"),
     Q("42,7 tỷ đồng", 42700000000, "đồng"),
     Q("1.860.000.000 đồng", 1860000000, "đồng"),
     Q("9.800 ha", 9800, "ha"),
     Q("18 tập thể", 18, "tập thể"),
     Q("27 cá nhân", 27, "cá nhân")],
    [D("Nghị quyết", "05", "NQ/HNDT", "2021-01-14", "Ban Thường vụ Hội Nông dân tỉnh", "Nghị quyết số 05-NQ/HNDT ngày 14/01/2021 của Ban Thường vụ Hội Nông dân tỉnh")],
    [prov("Bắc Giang"), com("Phượng Sơn")],
    ["HỘI NÔNG DÂN TỈNH BẮC GIANG", "Trang chủ > Tin tức > Hoạt động Hội Nông dân",
     "Quang cảnh hội nghị tại điểm cầu tỉnh.", "Quỹ Hỗ trợ nông dân", "Quỹ vắc-xin phòng Covid-19", "Bằng khen",
     "Zalo", "Lượt xem: 963"],
    ["1 phải, 5 giảm", "Covid-19", "Lượt xem: 963"]))

# ---------------------------------------------------------------- b232
PAGES.append(page("b232-phuyen-hlhpn-doithoai-2022", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH PHÚ YÊN
You are here: Trang chủ > Tin tức > Hội cơ sở
09/06/2022 10:20
Hội viên phụ nữ Sông Hinh gửi 16 kiến nghị tới Chủ tịch UBND huyện
Ngày 8/6, Hội LHPN huyện Sông Hinh (tỉnh Phú Yên) phối hợp với UBND huyện tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với hội viên, phụ nữ năm 2022. Tham dự có 135 hội viên, phụ nữ, trong đó gần một nửa là đồng bào Ê Đê, Bana.
Bà H'Dua Niê (đứng) nêu kiến nghị tại hội nghị.
Chủ trì hội nghị có đồng chí Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Ksor Y Thịnh và đồng chí Huyện ủy viên, Chủ tịch Hội LHPN huyện Lê Thị Mỹ Duyên. Cùng dự có các bà H'Dua Niê, Kpă Thị Xuân - Phó Chủ tịch Hội LHPN huyện.
Tại hội nghị, hội viên gửi 16 kiến nghị, tập trung vào vốn vay, học nghề, nước sinh hoạt và tình trạng tảo hôn. Bà Ma Thị Lăng, hội viên phụ nữ buôn Ly, xã Ea Bar, đề nghị nâng mức vay hộ cận nghèo lên 50 triệu đồng để mua bò giống.
Trả lời, Chủ tịch UBND huyện Ksor Y Thịnh cho biết theo Kế hoạch số 46/KH-UBND ngày 21/3/2022 của UBND huyện, năm 2022 huyện dành 1,5 tỷ đồng thực hiện Dự án 8 về bình đẳng giới tại 7 xã đặc biệt khó khăn; xã Ea Lâm sẽ có 2 công trình nước sạch tập trung trước tháng 12.
Về tảo hôn, đồng chí đề nghị Hội phụ nữ phối hợp với già làng ở 38 buôn, thôn mở các buổi nói chuyện; năm qua toàn huyện còn 11 cặp tảo hôn, giảm 6 cặp so với năm 2021.
Kết thúc hội nghị, 13/16 kiến nghị được trả lời trực tiếp. Bà Lê Thị Mỹ Duyên cho biết Hội sẽ theo dõi việc giải quyết 3 kiến nghị còn lại.
Thùy Trang
Lượt xem: 521
Tin khác
- Hội LHPN xã Đức Bình Đông ra mắt mô hình "Địa chỉ tin cậy" (30/05/2022)
- Tập huấn kỹ năng truyền thông cho 80 cán bộ Hội (18/05/2022)
""", "2022-06-09",
    "Hội viên phụ nữ Sông Hinh gửi 16 kiến nghị tới Chủ tịch UBND huyện",
    E("doi_thoai", "2022", "2022-06-08"),
    [P("Ksor Y Thịnh", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
     P("Lê Thị Mỹ Duyên", "Huyện ủy viên", "Chủ tịch Hội LHPN huyện"),
     P("H'Dua Niê", "Phó Chủ tịch Hội LHPN huyện"),
     P("Kpă Thị Xuân", "Phó Chủ tịch Hội LHPN huyện"),
     P("Ma Thị Lăng", "hội viên phụ nữ buôn Ly")],
    [Q("16 kiến nghị", 16, "kiến nghị"),
     Q("135 hội viên, phụ nữ", 135, "hội viên, phụ nữ"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("1,5 tỷ đồng", 1500000000, "đồng"),
     Q("7 xã", 7, "xã"),
     Q("2 công trình nước sạch tập trung", 2, "công trình nước sạch tập trung"),
     Q("38 buôn, thôn", 38, "buôn, thôn"),
     Q("11 cặp", 11, "cặp"),
     Q("6 cặp", 6, "cặp"),
     Q("13/16 kiến nghị", 13, "kiến nghị"),
     Q("3 kiến nghị", 3, "kiến nghị")],
    [D("Kế hoạch", "46", "KH-UBND", "2022-03-21", "UBND huyện", "Kế hoạch số 46/KH-UBND ngày 21/3/2022 của UBND huyện")],
    [prov("Phú Yên"), com("Ea Bar"), com("Ea Lâm")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH PHÚ YÊN", "You are here: Trang chủ > Tin tức > Hội cơ sở",
     "Bà H'Dua Niê (đứng) nêu kiến nghị tại hội nghị.", "Dự án 8", "huyện Sông Hinh", "buôn Ly", "Lượt xem: 521"],
    ["Dự án 8", "một nửa", "tháng 12", "năm 2021", "Lượt xem: 521"]))
