from lib import *
PAGES = []

PAGES.append(page("b4427-laocai-dangu-tongket-2017", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ BẢN PHỐ - HUYỆN BẮC HÀ
Trang chủ >> Hoạt động của Đảng ủy >> Báo cáo
22/12/2017 - 09:35
Báo cáo tổng kết công tác dân vận năm 2017 của Đảng ủy xã Bản Phố
Thực hiện Hướng dẫn số 21-HD/BDVHU ngày 15/11/2017 của Ban Dân vận Huyện ủy Bắc Hà, Đảng ủy xã Bản Phố (tỉnh Lào Cai) đã xây dựng Báo cáo số 112-BC/ĐU ngày 19/12/2017 tổng kết công tác dân vận năm 2017. Sáng 21/12, hội nghị tổng kết do đồng chí Giàng Seo Phử, HUV, Bí thư Đảng ủy xã chủ trì; dự có đồng chí Lù Thị Hoa, Phó Trưởng Ban Dân vận Huyện ủy Bắc Hà và 54 đại biểu là bí thư chi bộ, trưởng thôn, người có uy tín.
ĐẢNG BỘ HUYỆN BẮC HÀ
ĐẢNG ỦY XÃ BẢN PHỐ
Số: 112-BC/ĐU
Bản Phố, ngày 19 tháng 12 năm 2017
BÁO CÁO
Tổng kết công tác dân vận năm 2017, phương hướng nhiệm vụ năm 2018
I. ĐẶC ĐIỂM TÌNH HÌNH
Xã có 10 thôn, 812 hộ với 4.096 nhân khẩu, đồng bào Mông chiếm trên 90%; 16 chi bộ với 197 đảng viên. Tỷ lệ hộ nghèo đầu năm 38,6%.
II. KẾT QUẢ THỰC HIỆN
1. Công tác lãnh đạo, chỉ đạo: Đảng ủy ban hành Nghị quyết chuyên đề số 07-NQ/ĐU về vận động nhân dân thực hiện nếp sống văn minh trong việc cưới, việc tang; kế hoạch số 33-KH/ĐU triển khai Kết luận 14, 15-KL/HU của Ban Thường vụ Huyện ủy.
2. Kết quả vận động: Nhân dân làm mới 27 nhà tiêu hợp vệ sinh, cứng hóa 4,6 km đường nội thôn với sự đóng góp 2.750 ngày công; 8/10 thôn có quy ước "không tổ chức ăn uống kéo dài trong đám tang". Khối dân vận phối hợp hòa giải thành 11/13 vụ việc mâu thuẫn trong nhân dân; không có đơn thư vượt cấp.
Thực hiện Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ, 64 hộ được hỗ trợ vay vốn phát triển sản xuất, mỗi hộ 25 triệu đồng. Đồng chí Vàng Seo Dế, Chủ tịch Hội Cựu chiến binh xã, nhận đỡ đầu 5 hộ nghèo ở thôn Sín Chải.
Hội Phụ nữ xã vận động 43 trẻ em trở lại lớp học; Đoàn Thanh niên ra mắt 2 câu lạc bộ "Thanh niên Mông nói không với ma túy". 26 hộ thoát nghèo, tỷ lệ hộ nghèo còn 31,2%.
3. Dân vận chính quyền: UBND xã tiếp 38 lượt công dân; đồng chí Sùng A Páo, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trực tiếp đối thoại 2 lần với nhân dân thôn Bản Phố 1, Bản Phố 2.
III. TỒN TẠI, HẠN CHẾ
Vẫn còn 5 hộ theo đạo trái pháp luật ở thôn Lả Dì Thàng; tình trạng tảo hôn còn 3 trường hợp; cán bộ dân vận thôn ít được tập huấn.
IV. PHƯƠNG HƯỚNG NĂM 2018
Phấn đấu giảm 6% hộ nghèo trở lên; xây dựng ít nhất 3 mô hình "Dân vận khéo". Đảng ủy giao các đồng chí Đảng ủy viên Thào Thị Mai, Vàng A Sử, Lù Văn Dín theo dõi 3 thôn vùng cao.
Tại hội nghị, ông Giàng A Chứ, người có uy tín thôn Nậm Thố, hứa vận động con cháu không tảo hôn.
T/M ĐẢNG ỦY
BÍ THƯ
Giàng Seo Phử
Số lượt truy cập: 1.562
Tin liên quan
- Bản Phố đón nhận Huân chương Lao động hạng Ba (05/12/2017)
- Phụ nữ xã Bản Phố học làm rượu ngô (22/11/2017)
""", "2017-12-22", "Báo cáo tổng kết công tác dân vận năm 2017 của Đảng ủy xã Bản Phố",
E("tong_ket", "2017", "2017-12-21"),
[P("Giàng Seo Phử", "HUV", "Bí thư Đảng ủy xã", "BÍ THƯ"),
 P("Lù Thị Hoa", "Phó Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Sùng A Páo", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thào Thị Mai", "Đảng ủy viên"), P("Vàng A Sử", "Đảng ủy viên"), P("Lù Văn Dín", "Đảng ủy viên"),
 P("Giàng A Chứ", "người có uy tín thôn Nậm Thố"),
 P("Vàng Seo Dế", "Chủ tịch Hội Cựu chiến binh xã")],
[Q("64 hộ", 64, "hộ"), Q("25 triệu đồng", 25000000, "đồng"), Q("5 hộ nghèo", 5, "hộ nghèo"), Q("54 đại biểu", 54, "đại biểu"), Q("10 thôn", 10, "thôn"), Q("812 hộ", 812, "hộ"), Q("4.096 nhân khẩu", 4096, "nhân khẩu"),
 Q("trên 90%", 90, "%", "over"), Q("16 chi bộ", 16, "chi bộ"), Q("197 đảng viên", 197, "đảng viên"), Q("38,6%", 38.6, "%"),
 Q("27 nhà tiêu hợp vệ sinh", 27, "nhà tiêu hợp vệ sinh"), Q("4,6 km", 4.6, "km"), Q("2.750 ngày công", 2750, "ngày công"),
 Q("8/10 thôn", 8, "thôn"), Q("11/13 vụ việc mâu thuẫn", 11, "vụ việc mâu thuẫn"), Q("43 trẻ em", 43, "trẻ em"),
 Q("2 câu lạc bộ", 2, "câu lạc bộ"), Q("26 hộ", 26, "hộ"), Q("31,2%", 31.2, "%"), Q("38 lượt công dân", 38, "lượt công dân"),
 Q("5 hộ", 5, "hộ"), Q("3 trường hợp", 3, "trường hợp"), Q("6% hộ nghèo trở lên", 6, "%", "over"),
 Q("ít nhất 3 mô hình", 3, "mô hình", "over"), Q("3 thôn vùng cao", 3, "thôn vùng cao")],
[D("Hướng dẫn", "21", "HD/BDVHU", "2017-11-15", "Ban Dân vận Huyện ủy Bắc Hà", "Hướng dẫn số 21-HD/BDVHU"),
 D("Báo cáo", "112", "BC/ĐU", "2017-12-19", "Đảng ủy xã Bản Phố", "Số: 112-BC/ĐU"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 07-NQ/ĐU"),
 D("Kế hoạch", "33", "KH/ĐU", None, "Đảng ủy", "kế hoạch số 33-KH/ĐU"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg"),
 D("Kết luận", "14", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 14, 15-KL/HU"),
 D("Kết luận", "15", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 14, 15-KL/HU")],
[prov("Lào Cai"), com("Bản Phố")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ BẢN PHỐ - HUYỆN BẮC HÀ", "Trang chủ >> Hoạt động của Đảng ủy >> Báo cáo", "T/M ĐẢNG ỦY",
 "Dân vận khéo", "Thanh niên Mông nói không với ma túy", "không tổ chức ăn uống kéo dài trong đám tang"],
["Số lượt truy cập: 1.562", "năm 2017", "năm 2018", "2 lần", "Bản Phố 1", "Bản Phố 2"]))

PAGES.append(page("b4428-binhdinh-mttqxa-quy1-2018", """
ỦY BAN NHÂN DÂN XÃ CÁT HANH - HUYỆN PHÙ CÁT
Trang chủ | Mặt trận, đoàn thể | Văn bản báo cáo
Thứ Sáu, 06/04/2018
Báo cáo hoạt động quý I/2018 của Ủy ban MTTQ Việt Nam xã Cát Hanh
Ban Thường trực Ủy ban MTTQ Việt Nam xã Cát Hanh (huyện Phù Cát, tỉnh Bình Định) đã gửi Báo cáo số 09/BC-MTTQ ngày 02/4/2018 về kết quả hoạt động quý I và chương trình công tác quý II năm 2018 đến Đảng ủy, HĐND, UBND xã và Ban Thường trực Ủy ban MTTQ huyện. Trang tin đăng nguyên văn.
ỦY BAN MTTQ VIỆT NAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ CÁT HANH                    Độc lập - Tự do - Hạnh phúc
Số: 09/BC-MTTQ                 Cát Hanh, ngày 02 tháng 4 năm 2018
BÁO CÁO
Kết quả hoạt động quý I, chương trình công tác quý II năm 2018
I. KẾT QUẢ HOẠT ĐỘNG QUÝ I
1. Tham gia tổ chức Tết Nguyên đán Mậu Tuất: Ban Thường trực phối hợp trao 412 phần quà Tết cho hộ nghèo, gia đình chính sách, tổng trị giá 164,8 triệu đồng (trong đó Quỹ "Vì người nghèo" xã 52 triệu đồng, các nhà hảo tâm hơn 112 triệu đồng); vận động 9 doanh nghiệp đóng góp 3,5 tấn gạo.
2. Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị, tổ chức 3 buổi sinh hoạt chuyên đề ở các thôn Hòa Hội, Chánh Hội với khoảng 340 người tham dự.
3. Phối hợp với HĐND xã tổ chức 1 hội nghị tiếp xúc cử tri trước kỳ họp; tổng hợp 23 ý kiến, kiến nghị của cử tri, chủ yếu về nước sạch và đường liên thôn.
4. Hướng dẫn 8/8 Ban công tác Mặt trận thôn tổ chức hội nghị đại biểu nhân dân, bầu 8 Ban Thanh tra nhân dân nhiệm kỳ 2018 - 2020 với 40 thành viên.
5. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh": nhân dân góp 680 triệu đồng, hiến 1.450 m2 đất mở rộng 2,4 km đường; 26 hộ tự nguyện tháo dỡ tường rào.
6. Phối hợp Hội Chữ thập đỏ xã tổ chức ngày hội hiến máu tình nguyện, thu được 57 đơn vị máu. Đồng chí Đặng Văn Lợi, Phó Chủ tịch Ủy ban MTTQ xã, Trưởng Ban Thanh tra nhân dân xã chủ trì giám sát 2 công trình xây dựng cơ bản, phát hiện 1 hạng mục thi công chậm.
II. TỒN TẠI
Tiến độ thu Quỹ "Vì người nghèo" ở 3 thôn chậm, mới đạt 47% chỉ tiêu; một số trưởng ban công tác Mặt trận lớn tuổi.
III. CHƯƠNG TRÌNH CÔNG TÁC QUÝ II
Tham mưu Đảng ủy tổng kết 10 năm thực hiện Quyết định 217, 218-QĐ/TW; phối hợp tổ chức 2 lớp tập huấn cho 85 cán bộ Mặt trận thôn; tham gia giám sát thực hiện Nghị định 136/2013/NĐ-CP của Chính phủ.
Trong quý, đồng chí Nguyễn Văn Dũng, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã và đồng chí Trần Ngọc Ánh, Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh - Chủ tịch Hội Nông dân tỉnh Bình Định đã làm việc với Ban Thường trực về công tác vận động hiến đất.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Võ Thị Kim Thoa
Lượt xem: 327
Các tin khác
- Cát Hanh: ra quân làm vệ sinh môi trường (30/3/2018)
- Trao 100 phần quà cho hộ nghèo dịp Tết Mậu Tuất (12/02/2018)
""", "2018-04-06", "Báo cáo hoạt động quý I/2018 của Ủy ban MTTQ Việt Nam xã Cát Hanh",
E("bao_cao", "2018-Q1", "2018-04-02"),
[P("Nguyễn Văn Dũng", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trần Ngọc Ánh", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh - Chủ tịch Hội Nông dân tỉnh Bình Định"),
 P("Võ Thị Kim Thoa", "CHỦ TỊCH"),
 P("Đặng Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ xã", "Trưởng Ban Thanh tra nhân dân xã")],
[Q("57 đơn vị máu", 57, "đơn vị máu"), Q("2 công trình xây dựng cơ bản", 2, "công trình xây dựng cơ bản"), Q("1 hạng mục", 1, "hạng mục"), Q("412 phần quà", 412, "phần quà"), Q("164,8 triệu đồng", 164800000, "đồng"), Q("52 triệu đồng", 52000000, "đồng"),
 Q("hơn 112 triệu đồng", 112000000, "đồng", "over"), Q("9 doanh nghiệp", 9, "doanh nghiệp"), Q("3,5 tấn", 3.5, "tấn"),
 Q("3 buổi sinh hoạt chuyên đề", 3, "buổi sinh hoạt chuyên đề"), Q("khoảng 340 người", 340, "người", "approx"),
 Q("1 hội nghị tiếp xúc cử tri", 1, "hội nghị tiếp xúc cử tri"), Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"),
 Q("8/8 Ban công tác Mặt trận thôn", 8, "Ban công tác Mặt trận thôn"), Q("8 Ban Thanh tra nhân dân", 8, "Ban Thanh tra nhân dân"),
 Q("40 thành viên", 40, "thành viên"), Q("680 triệu đồng", 680000000, "đồng"), Q("1.450 m2", 1450, "m2"), Q("2,4 km", 2.4, "km"),
 Q("26 hộ", 26, "hộ"), Q("3 thôn", 3, "thôn"), Q("47%", 47, "%"), Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("85 cán bộ Mặt trận thôn", 85, "cán bộ Mặt trận thôn")],
[D("Báo cáo", "09", "BC-MTTQ", "2018-04-02", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Cát Hanh", "Báo cáo số 09/BC-MTTQ"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, None, "Quyết định 217, 218-QĐ/TW"),
 D("Nghị định", "136", "2013/NĐ-CP", None, "Chính phủ", "Nghị định 136/2013/NĐ-CP")],
[prov("Bình Định"), com("Cát Hanh")],
["ỦY BAN NHÂN DÂN XÃ CÁT HANH - HUYỆN PHÙ CÁT", "Trang chủ | Mặt trận, đoàn thể | Văn bản báo cáo", "TM. BAN THƯỜNG TRỰC",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Tết Nguyên đán Mậu Tuất"],
["Lượt xem: 327", "quý I/2018", "quý II", "10 năm", "nhiệm kỳ 2018 - 2020", "Thứ Sáu, 06/04/2018"]))

PAGES.append(page("b4429-soctrang-bdvhu-soket-2019", """
Cổng Thông tin điện tử huyện Trần Đề - Tỉnh Sóc Trăng
Bạn đang xem: Trang chủ / Tin tức / Dân vận
09.07.2019 | 10:15
Ban Dân vận Huyện ủy Trần Đề: 6 tháng đầu năm vận động xây 36 căn nhà Đại đoàn kết cho đồng bào Khmer
Ngày 08/7/2019, Ban Dân vận Huyện ủy Trần Đề đã ban hành Báo cáo số 64-BC/BDVHU sơ kết công tác dân vận 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2019. Chúng tôi đăng tải toàn văn báo cáo.
Ảnh: Cán bộ dân vận bàn giao nhà cho hộ nghèo ở ấp Tài Công.
HUYỆN ỦY TRẦN ĐỀ
BAN DÂN VẬN
*
Số 64-BC/BDVHU
Trần Đề, ngày 08 tháng 7 năm 2019
BÁO CÁO
sơ kết công tác dân vận 6 tháng đầu năm 2019
1. Tình hình tư tưởng nhân dân
Nhân dân phấn khởi với chủ trương xây dựng nông thôn mới; đồng bào Khmer (chiếm 47,3% dân số) tin tưởng vào chính sách dân tộc, tôn giáo. Tuy nhiên, giá hành tím giảm mạnh, khoảng 1.200 hộ trồng hành gặp khó khăn.
2. Kết quả thực hiện
Tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 85-KH/HU thực hiện Chỉ thị 19-CT/TW về tăng cường công tác dân vận ở vùng đồng bào Khmer, và Quyết định số 210-QĐ/HU về kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện.
Khối dân vận phối hợp vận động 36 căn nhà Đại đoàn kết, mỗi căn 50 triệu đồng; tặng 1.500 phần quà nhân dịp Tết Chôl Chnăm Thmây cho hộ nghèo; 21 chùa Phật giáo Nam tông Khmer tham gia tuyên truyền phòng chống tội phạm. Toàn huyện có 64 mô hình "Dân vận khéo", trong đó 12 mô hình tiêu biểu.
Đoàn công tác do các đồng chí Phó Trưởng Ban Dân vận Huyện ủy Thạch Sô Phanh và Lý Thị Mỹ Hằng dẫn đầu đã làm việc tại xã Đại Ân 2, xã Lịch Hội Thượng; hòa giải thành 17 vụ tranh chấp đất đai giữa các hộ.
Ban phối hợp tổ chức hội nghị đối thoại giữa đồng chí Trần Văn Lâu, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện với 120 hộ dân vùng dự án cảng; đồng chí đã trả lời trực tiếp 14 ý kiến. Các xã, thị trấn tổ chức 27 cuộc đối thoại, giải quyết 41 kiến nghị của nhân dân.
Tại sơ kết, Hòa thượng Lâm Văn Thạch, Trụ trì chùa Tài Công, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện, đề nghị tiếp tục hỗ trợ các lớp dạy chữ Khmer hè; ông Sơn Hồng Phúc, người có uy tín ấp Tắc Gồng, đề xuất mở rộng mô hình trồng hành luân canh.
3. Hạn chế
Vẫn còn 4 điểm có tư tưởng khiếu kiện đông người liên quan bồi thường dự án cảng Trần Đề; sinh hoạt của tổ dân vận ấp còn hình thức.
4. Nhiệm vụ 6 tháng cuối năm
Tập trung vận động nhân dân thực hiện Nghị định 28/2015/NĐ-CP; tổ chức gặp mặt 150 người có uy tín; phấn đấu 100% xã, thị trấn có mô hình "Dân vận khéo".
TM. BAN DÂN VẬN
TRƯỞNG BAN
Kim Ngọc Thái
Lượt xem: 908
Xem thêm
- Trần Đề: Lễ ra quân mùa hè xanh 2019 (05/7/2019)
- Họp mặt chức sắc, chức việc tôn giáo (20/6/2019)
""", "2019-07-09", "Ban Dân vận Huyện ủy Trần Đề: 6 tháng đầu năm vận động xây 36 căn nhà Đại đoàn kết cho đồng bào Khmer",
E("so_ket", "2019-H1", "2019-07-08"),
[P("Thạch Sô Phanh", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Thị Mỹ Hằng", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lâm Văn Thạch", "Hòa thượng", "Trụ trì chùa Tài Công", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện"),
 P("Sơn Hồng Phúc", "người có uy tín ấp Tắc Gồng"),
 P("Kim Ngọc Thái", "TRƯỞNG BAN"),
 P("Trần Văn Lâu", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện")],
[Q("120 hộ dân", 120, "hộ dân"), Q("14 ý kiến", 14, "ý kiến"), Q("27 cuộc đối thoại", 27, "cuộc đối thoại"), Q("41 kiến nghị", 41, "kiến nghị"), Q("36 căn nhà Đại đoàn kết", 36, "căn nhà Đại đoàn kết"), Q("47,3%", 47.3, "%"), Q("khoảng 1.200 hộ", 1200, "hộ", "approx"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("1.500 phần quà", 1500, "phần quà"),
 Q("21 chùa Phật giáo Nam tông Khmer", 21, "chùa Phật giáo Nam tông Khmer"), Q("64 mô hình", 64, "mô hình"),
 Q("12 mô hình tiêu biểu", 12, "mô hình tiêu biểu"), Q("17 vụ tranh chấp đất đai", 17, "vụ tranh chấp đất đai"),
 Q("4 điểm", 4, "điểm"), Q("150 người có uy tín", 150, "người có uy tín"), Q("100% xã, thị trấn", 100, "%")],
[D("Báo cáo", "64", "BC/BDVHU", "2019-07-08", "Ban Dân vận Huyện ủy Trần Đề", "Báo cáo số 64-BC/BDVHU"),
 D("Kế hoạch", "85", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 85-KH/HU"),
 D("Chỉ thị", "19", "CT/TW", None, None, "Chỉ thị 19-CT/TW"),
 D("Quyết định", "210", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quyết định số 210-QĐ/HU"),
 D("Nghị định", "28", "2015/NĐ-CP", None, None, "Nghị định 28/2015/NĐ-CP")],
[prov("Sóc Trăng"), com("Đại Ân 2"), com("Lịch Hội Thượng")],
["Cổng Thông tin điện tử huyện Trần Đề - Tỉnh Sóc Trăng", "Bạn đang xem: Trang chủ / Tin tức / Dân vận",
 "Ảnh: Cán bộ dân vận bàn giao nhà cho hộ nghèo ở ấp Tài Công.", "TM. BAN DÂN VẬN", "Dân vận khéo", "Chôl Chnăm Thmây",
 "Hội Đoàn kết sư sãi yêu nước huyện"],
["Lượt xem: 908", "6 tháng đầu năm", "6 tháng cuối năm 2019", "09.07.2019 | 10:15", "Đại Ân 2"]))

PAGES.append(page("b4430-kontum-mttqhuyen-tongket-2019", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM
Trang chủ › Mặt trận cơ sở › Kon Plông
Cập nhật lúc 16:20 ngày 26/12/2019
Ủy ban MTTQ Việt Nam huyện Kon Plông tổng kết công tác Mặt trận năm 2019
Ngày 24/12, Ủy ban MTTQ Việt Nam huyện Kon Plông tổ chức hội nghị tổng kết công tác Mặt trận năm 2019 (tỉnh Kon Tum). Tham dự có đồng chí Y Ngọc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Văn Ánh, Tỉnh ủy viên, Bí thư Huyện ủy Kon Plông, cùng 98 đại biểu. Báo cáo số 75/BC-MTTQ-BTT ngày 20/12/2019 của Ban Thường trực được trình bày tại hội nghị; trang tin trích đăng các phần chính.
Quang cảnh hội nghị. Ảnh: Hồ Ngọc
PHẦN I. KẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM 2019
1. Củng cố, mở rộng khối đại đoàn kết
Ban Thường trực phối hợp tổ chức gặp mặt 186 người có uy tín, già làng, trưởng thôn trong đồng bào Xơ Đăng, Mơ Nâm, H're; tặng 186 suất quà, mỗi suất 500.000 đồng. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 60/60 khu dân cư với kinh phí khoảng 180 triệu đồng.
2. Các cuộc vận động, phong trào thi đua
Quỹ "Vì người nghèo" các cấp vận động được 1,34 tỷ đồng, hỗ trợ xây mới 22 nhà Đại đoàn kết và sửa chữa 9 nhà; 317 hộ thoát nghèo, tỷ lệ hộ nghèo giảm còn 27,5%. Thực hiện Nghị quyết số 03-NQ/HU và Kế hoạch số 42-KH/HU của Ban Thường vụ Huyện ủy, nhân dân hiến trên 6.000 m2 đất, góp 4.300 ngày công làm đường vào khu sản xuất.
3. Giám sát, phản biện xã hội
Chủ trì giám sát 5 cuộc theo Quyết định 217-QĐ/TW; phản biện 1 dự thảo nghị quyết của HĐND huyện; tham gia tiếp công dân 24 buổi, tiếp nhận 19 đơn thư, đã chuyển cơ quan có thẩm quyền giải quyết 17 đơn.
PHẦN II. TỒN TẠI, NGUYÊN NHÂN
Vẫn còn 4 thôn đặc biệt khó khăn; một số hộ còn tư tưởng trông chờ, ỷ lại; 2 trường hợp tảo hôn ở xã Đắk Ring chưa được ngăn chặn kịp thời.
PHẦN III. NHIỆM VỤ NĂM 2020
Tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam huyện lần thứ V, nhiệm kỳ 2019 - 2024; tuyên truyền Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp; phấn đấu giảm ít nhất 4% hộ nghèo.
Phát biểu tại hội nghị, các đồng chí A Bốt, Y Nhung, A Tuân - Phó Chủ tịch Ủy ban MTTQ huyện đề nghị tăng phụ cấp cho Ban công tác Mặt trận thôn. Già làng A Thiêng ở thôn Măng Bút, xã Đắk Long, chia sẻ kinh nghiệm vận động con cháu bỏ tục lệ cúng bái tốn kém. Đồng chí Đinh Thị Hoa, Ủy viên Ủy ban MTTQ huyện, Chủ tịch Hội LHPN xã Hiếu, được khen vì đã vận động 12 phụ nữ tham gia tổ hợp tác trồng rau an toàn.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 3 tập thể, 5 cá nhân tiêu biểu.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
A Khoa
Lượt xem: 744
Tin cùng chuyên mục
- Đắk Tô: vận động 120 hộ hiến đất làm đường (20/12/2019)
- Sa Thầy trao 40 nhà Đại đoàn kết (11/12/2019)
""", "2019-12-26", "Ủy ban MTTQ Việt Nam huyện Kon Plông tổng kết công tác Mặt trận năm 2019",
E("tong_ket", "2019", "2019-12-24"),
[P("Y Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Ánh", "Tỉnh ủy viên", "Bí thư Huyện ủy Kon Plông"),
 P("A Bốt", "Phó Chủ tịch Ủy ban MTTQ huyện"), P("Y Nhung", "Phó Chủ tịch Ủy ban MTTQ huyện"), P("A Tuân", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("A Thiêng", "Già làng"),
 P("Đinh Thị Hoa", "Ủy viên Ủy ban MTTQ huyện", "Chủ tịch Hội LHPN xã Hiếu"),
 P("A Khoa", "CHỦ TỊCH")],
[Q("98 đại biểu", 98, "đại biểu"), Q("186 người có uy tín, già làng, trưởng thôn", 186, "người có uy tín, già làng, trưởng thôn"),
 Q("186 suất quà", 186, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("60/60 khu dân cư", 60, "khu dân cư"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("1,34 tỷ đồng", 1340000000, "đồng"), Q("22 nhà Đại đoàn kết", 22, "nhà Đại đoàn kết"),
 Q("9 nhà", 9, "nhà"), Q("317 hộ", 317, "hộ"), Q("27,5%", 27.5, "%"), Q("trên 6.000 m2", 6000, "m2", "over"), Q("4.300 ngày công", 4300, "ngày công"),
 Q("5 cuộc", 5, "cuộc"), Q("1 dự thảo nghị quyết", 1, "dự thảo nghị quyết"), Q("24 buổi", 24, "buổi"), Q("19 đơn thư", 19, "đơn thư"), Q("17 đơn", 17, "đơn"),
 Q("4 thôn đặc biệt khó khăn", 4, "thôn đặc biệt khó khăn"), Q("2 trường hợp", 2, "trường hợp"), Q("ít nhất 4%", 4, "%", "over"),
 Q("12 phụ nữ", 12, "phụ nữ"), Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân tiêu biểu", 5, "cá nhân tiêu biểu")],
[D("Báo cáo", "75", "BC-MTTQ-BTT", "2019-12-20", "Ban Thường trực", "Báo cáo số 75/BC-MTTQ-BTT"),
 D("Nghị quyết", "03", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết số 03-NQ/HU"),
 D("Kế hoạch", "42", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 42-KH/HU"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217-QĐ/TW"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 35-CT/TW")],
[prov("Kon Tum"), com("Đắk Ring"), com("Đắk Long"), com("Hiếu")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM", "Trang chủ › Mặt trận cơ sở › Kon Plông", "Quang cảnh hội nghị. Ảnh: Hồ Ngọc",
 "TM. BAN THƯỜNG TRỰC", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "PHẦN I. KẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM 2019"],
["Lượt xem: 744", "năm 2019", "NĂM 2020", "lần thứ V", "nhiệm kỳ 2019 - 2024"]))

PAGES.append(page("b4431-thainguyen-mttqxa-giamsat-2020", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ PHÚ ĐÌNH
Huyện Định Hóa - Tỉnh Thái Nguyên
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
18/09/2020 - 14:22
Hội nghị thông qua kết quả giám sát chi hỗ trợ người dân gặp khó khăn do đại dịch COVID-19
Sáng 16/9/2020, Ban Thường trực Ủy ban MTTQ xã Phú Đình tổ chức hội nghị thông qua báo cáo kết quả giám sát việc thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch COVID-19.
Dự hội nghị có đồng chí Ma Văn Thủy, Phó Chủ tịch Ủy ban MTTQ huyện Định Hóa; đồng chí Hoàng Thị Lan, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Nông Quốc Hưng, Chủ tịch UBND xã và các trưởng xóm.
Toàn cảnh hội nghị giám sát.
Báo cáo số 31/BC-MTTQ ngày 14/9/2020 của Ban Thường trực Ủy ban MTTQ xã nêu: đoàn giám sát gồm 7 thành viên do đồng chí Ma Thị Nguyệt, Chủ tịch Ủy ban MTTQ xã làm trưởng đoàn đã giám sát tại UBND xã và 6/24 xóm.
Kết quả: UBND xã đã lập danh sách, niêm yết công khai và chi trả hỗ trợ cho 1.284 người thuộc các nhóm đối tượng, tổng số tiền 1.022.500.000 đồng. Trong đó 326 người có công với cách mạng (mỗi người 500.000 đồng/tháng, hỗ trợ 3 tháng); 512 đối tượng bảo trợ xã hội; 446 người thuộc hộ nghèo, hộ cận nghèo. Có 18 hộ kinh doanh cá thể và 37 lao động tự do đề nghị hỗ trợ, đã xét duyệt được 29 trường hợp.
Việc bình xét được thực hiện dân chủ, công khai qua 24 cuộc họp xóm; không có khiếu nại, tố cáo. Tuy nhiên, việc tổng hợp danh sách lao động tự do ở 3 xóm còn chậm; 2 trường hợp bị trùng danh sách đã được điều chỉnh.
Đoàn giám sát kiến nghị UBND xã hoàn thiện hồ sơ, chi trả dứt điểm trước ngày 30/9/2020; đề nghị Ban công tác Mặt trận các xóm tiếp tục nắm tình hình, phản ánh kịp thời.
Phát biểu tại hội nghị, đồng chí Ma Văn Thủy ghi nhận Mặt trận xã đã chủ động thực hiện Hướng dẫn số 08/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; đề nghị xã tiếp tục giám sát theo Kế hoạch số 19/KH-MTTQ của Ủy ban MTTQ huyện. Đồng chí Nông Quốc Hưng tiếp thu toàn bộ 4 kiến nghị của đoàn.
Các trưởng xóm: Ma Văn Tuyên (xóm Khẩu Đưa), Lường Thị Thơm (xóm Đồng Quốc) phản ánh người dân đồng tình với cách làm công khai, minh bạch.
Thu Hà - Văn phòng MTTQ xã
Lượt truy cập: 14.508
Tin khác
- Phú Đình ra quân vệ sinh môi trường phòng dịch (04/9/2020)
- MTTQ xã trao 35 suất quà cho hộ khó khăn (27/8/2020)
- Xóm Khẩu Đưa ra mắt mô hình "Xóm không có người vi phạm pháp luật" (19/8/2020)
- Hội nghị hiệp thương thống nhất số lượng đại biểu dự Đại hội MTTQ xã (10/7/2020)
""", "2020-09-18", "Hội nghị thông qua kết quả giám sát chi hỗ trợ người dân gặp khó khăn do đại dịch COVID-19",
E("giam_sat", None, "2020-09-16"),
[P("Ma Văn Thủy", "Phó Chủ tịch Ủy ban MTTQ huyện Định Hóa"),
 P("Hoàng Thị Lan", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nông Quốc Hưng", "Chủ tịch UBND xã"),
 P("Ma Thị Nguyệt", "Chủ tịch Ủy ban MTTQ xã"),
 P("Ma Văn Tuyên", "trưởng xóm"), P("Lường Thị Thơm", "trưởng xóm")],
[Q("7 thành viên", 7, "thành viên"), Q("6/24 xóm", 6, "xóm"), Q("1.284 người", 1284, "người"), Q("1.022.500.000 đồng", 1022500000, "đồng"),
 Q("326 người có công với cách mạng", 326, "người có công với cách mạng"), Q("500.000 đồng", 500000, "đồng"),
 Q("512 đối tượng bảo trợ xã hội", 512, "đối tượng bảo trợ xã hội"), Q("446 người", 446, "người"),
 Q("18 hộ kinh doanh cá thể", 18, "hộ kinh doanh cá thể"), Q("37 lao động tự do", 37, "lao động tự do"), Q("29 trường hợp", 29, "trường hợp"),
 Q("24 cuộc họp xóm", 24, "cuộc họp xóm"), Q("3 xóm", 3, "xóm"), Q("2 trường hợp", 2, "trường hợp"), Q("4 kiến nghị", 4, "kiến nghị")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg"),
 D("Báo cáo", "31", "BC-MTTQ", "2020-09-14", "Ban Thường trực Ủy ban MTTQ xã", "Báo cáo số 31/BC-MTTQ"),
 D("Hướng dẫn", "08", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 08/HD-MTTW-BTT"),
 D("Kế hoạch", "19", "KH-MTTQ", None, "Ủy ban MTTQ huyện", "Kế hoạch số 19/KH-MTTQ")],
[prov("Thái Nguyên"), com("Phú Đình")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ PHÚ ĐÌNH", "Huyện Định Hóa - Tỉnh Thái Nguyên", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị giám sát.", "COVID-19"],
["Lượt truy cập: 14.508", "3 tháng", "COVID-19", "ngày 30/9/2020", "500.000 đồng/tháng"]))

PAGES.append(page("b4432-camau-mttqxa-thang10-2020", """
XÃ KHÁNH BÌNH TÂY - HUYỆN TRẦN VĂN THỜI - TỈNH CÀ MAU
TRANG CHỦ | GIỚI THIỆU | TIN TỨC | VĂN BẢN | LIÊN HỆ
Ngày đăng 05/11/2020 | 08:40
Mặt trận xã Khánh Bình Tây báo cáo kết quả tháng 10: chuyển 96,35 triệu đồng ủng hộ đồng bào miền Trung
Ban Thường trực Ủy ban MTTQ Việt Nam xã Khánh Bình Tây vừa có Báo cáo số 47/BC-MTTQ ngày 02/11/2020 về kết quả công tác Mặt trận tháng 10 và phương hướng tháng 11 năm 2020. Nội dung chính như sau.
ỦY BAN MTTQ VIỆT NAM
XÃ KHÁNH BÌNH TÂY
Số: 47/BC-MTTQ
Khánh Bình Tây, ngày 02 tháng 11 năm 2020
BÁO CÁO
Kết quả công tác Mặt trận tháng 10/2020, phương hướng tháng 11/2020
1. Công tác tuyên truyền
Phối hợp với Đài truyền thanh xã phát 12 tin, bài về Đại hội Đảng bộ tỉnh lần thứ XVI và cuộc vận động ủng hộ đồng bào miền Trung khắc phục hậu quả bão lũ; treo 35 băng rôn, khẩu hiệu.
2. Vận động ủng hộ
Thực hiện Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Công văn số 1120/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh Cà Mau, Mặt trận xã đã vận động cán bộ, công chức, 7 ấp và các nhà hảo tâm ủng hộ 96.350.000 đồng, chuyển về Ủy ban MTTQ huyện ngày 28/10/2020. Riêng ấp Kinh Hòn ủng hộ hơn 21 triệu đồng; ông Danh Sơn, Trưởng Ban công tác Mặt trận ấp Kinh Đứng, vận động được 9,5 triệu đồng.
3. Chăm lo an sinh
Phối hợp Hội Chữ thập đỏ trao 60 phần quà cho hộ nghèo, mỗi phần gồm 10 kg gạo và nhu yếu phẩm; hỗ trợ 2 hộ bị sập nhà do giông lốc, mỗi hộ 3 triệu đồng. Bàn giao 1 căn nhà Đại đoàn kết cho bà Thị Ren ở ấp Đá Bạc, trị giá 45 triệu đồng.
4. Giám sát
Giám sát việc bình xét hộ nghèo năm 2021 tại 2 ấp; giám sát thi công 1,8 km lộ bê tông ấp Kinh Hòn. Tổ giám sát do ông Lê Văn Bé Hai làm tổ trưởng.
Tại hội nghị Ban Thường trực mở rộng ngày 30/10, các đồng chí Phó Chủ tịch Ủy ban MTTQ xã: Lê Văn Bé Hai, Danh Thị Sa Rum thống nhất phân công theo dõi các ấp vùng sâu; đồng chí Phạm Hoàng Em, Bí thư Đảng ủy xã, đề nghị Mặt trận phối hợp Công an xã nắm tình hình 14 hộ có người đi làm ăn xa trở về.
5. Tồn tại
Công tác thu Quỹ "Vì người nghèo" chỉ đạt 62% kế hoạch năm; còn 3 ấp chưa nộp báo cáo tháng.
6. Phương hướng tháng 11
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 7/7 ấp, điểm tại ấp Đá Bạc có đồng chí Trần Văn Út, Phó Bí thư Thường trực Huyện ủy Trần Văn Thời dự; phối hợp tổ chức hội nghị tổng kết 10 năm Kết luận 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của MTTQ.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Nguyễn Thị Thúy Hằng
Lượt xem: 219
Tin liên quan
- Khánh Bình Tây vận động ủng hộ miền Trung (20/10/2020)
- Xã tổ chức Đại hội đại biểu MTTQ nhiệm kỳ 2019-2024 (15/5/2019)
""", "2020-11-05", "Mặt trận xã Khánh Bình Tây báo cáo kết quả tháng 10: chuyển 96,35 triệu đồng ủng hộ đồng bào miền Trung",
E("bao_cao", "2020-10", "2020-11-02"),
[P("Danh Sơn", "Trưởng Ban công tác Mặt trận ấp Kinh Đứng"),
 P("Thị Ren"),
 P("Lê Văn Bé Hai", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Trần Văn Út", "Phó Bí thư Thường trực Huyện ủy Trần Văn Thời"),
 P("Nguyễn Thị Thúy Hằng", "CHỦ TỊCH"),
 P("Danh Thị Sa Rum", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Phạm Hoàng Em", "Bí thư Đảng ủy xã")],
[Q("96.350.000 đồng", 96350000, "đồng"), Q("12 tin, bài", 12, "tin, bài"), Q("35 băng rôn, khẩu hiệu", 35, "băng rôn, khẩu hiệu"),
 Q("7 ấp", 7, "ấp"), Q("hơn 21 triệu đồng", 21000000, "đồng", "over"), Q("9,5 triệu đồng", 9500000, "đồng"),
 Q("60 phần quà", 60, "phần quà"), Q("10 kg", 10, "kg"), Q("2 hộ", 2, "hộ"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("1 căn nhà Đại đoàn kết", 1, "căn nhà Đại đoàn kết"), Q("45 triệu đồng", 45000000, "đồng"), Q("2 ấp", 2, "ấp"), Q("1,8 km", 1.8, "km"),
 Q("14 hộ", 14, "hộ"), Q("62%", 62, "%"), Q("3 ấp", 3, "ấp"), Q("7/7 ấp", 7, "ấp")],
[D("Báo cáo", "47", "BC-MTTQ", "2020-11-02", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Khánh Bình Tây", "Báo cáo số 47/BC-MTTQ"),
 D("Công văn", "1120", "MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh Cà Mau", "Công văn số 1120/MTTQ-BTT"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận 62-KL/TW")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["XÃ KHÁNH BÌNH TÂY - HUYỆN TRẦN VĂN THỜI - TỈNH CÀ MAU", "TRANG CHỦ | GIỚI THIỆU | TIN TỨC | VĂN BẢN | LIÊN HỆ", "TM. BAN THƯỜNG TRỰC",
 "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"],
["Lượt xem: 219", "tháng 10/2020", "tháng 11/2020", "lần thứ XVI", "10 năm", "năm 2021", "tháng 11"]))
