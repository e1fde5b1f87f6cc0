from lib import *
PAGES = []

PAGES.append(page("b4805-hagiang-tinlanh-hoinghi-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo
Thứ Ba, 20/12/2011 - 16:35
Hà Giang gặp mặt chức sắc, chức việc và tín đồ Tin lành tiêu biểu năm 2011
Ngày 19/12, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ tỉnh và Ban Tôn giáo tỉnh tổ chức hội nghị gặp mặt chức sắc, chức việc và tín đồ Tin lành tiêu biểu năm 2011. Dự và chủ trì có đồng chí Vương Mí Vàng, Phó Bí thư Tỉnh ủy; đồng chí Nguyễn Thị Hồng Lụa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy. Tham dự có 86 đại biểu là truyền đạo, ban chấp sự, trưởng nhóm sinh hoạt đạo và tín đồ tiêu biểu đến từ 9 huyện.
Toàn cảnh hội nghị gặp mặt. Ảnh: Minh Hải
Theo báo cáo của Ban Tôn giáo tỉnh, toàn tỉnh hiện có trên 12.400 hộ với khoảng 68.000 tín đồ theo đạo Tin lành, chủ yếu là đồng bào Mông, Dao ở các huyện vùng cao núi đá. Thực hiện Chỉ thị số 01/2005/CT-TTg ngày 4/2/2005 của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành, đến nay tỉnh đã chấp thuận đăng ký sinh hoạt tôn giáo tập trung cho 47 điểm nhóm thuộc Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc); còn 23 điểm nhóm đang hướng dẫn hoàn thiện hồ sơ. Năm 2011, các cơ quan chức năng đã giải quyết 14 trường hợp đề nghị cấp đất, sửa chữa nơi sinh hoạt tôn giáo.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành kế hoạch số 112-KH/TU về tiếp tục thực hiện Nghị quyết 25-NQ/TW của BCH Trung ương về công tác tôn giáo, đồng thời hướng dẫn các huyện ủy xây dựng quy chế phối hợp giữa khối dân vận và chính quyền trong vận động đồng bào có đạo.
Tại hội nghị, truyền đạo Thào Mí Chứ, trưởng điểm nhóm Tin lành thôn Lũng Thầu, xã Phố Cáo, phản ánh nhu cầu đào tạo chức sắc người Mông; ông Sùng Mí Lử, Ban chấp sự điểm nhóm thôn Há Đề, xã Sủng Trái, đề nghị sớm xem xét hồ sơ đăng ký của 3 điểm nhóm còn lại trong xã. Ông Lý Seo Chúng, người có uy tín thôn Lao Chải, xã Thanh Thủy, kể việc bà con bỏ dần tục lệ ma chay tốn kém, đã vận động được 35 hộ theo đạo tham gia tổ tự quản an ninh.
Phát biểu tại hội nghị, đồng chí Vương Mí Vàng ghi nhận các chức sắc, chức việc đã hướng dẫn tín đồ "kính Chúa, yêu nước", sống "tốt đời, đẹp đạo"; đề nghị các cấp tiếp tục giải quyết kịp thời nhu cầu sinh hoạt tôn giáo chính đáng, kiên quyết đấu tranh với việc lợi dụng tôn giáo để truyền đạo trái pháp luật, nhất là ở khu vực biên giới.
Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 18 cá nhân có thành tích trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Ông Hoàng Văn Páo, Phó Chủ tịch Ủy ban MTTQ tỉnh, đọc quyết định khen thưởng.
Văn Thắng
Số lượt xem: 1.204
Tin liên quan
- Đồng Văn: 4 điểm nhóm Tin lành được đăng ký sinh hoạt (02/12/2011)
- Mèo Vạc tập huấn công tác tôn giáo cho cán bộ cơ sở (18/11/2011)
- Xín Mần gặp mặt người có uy tín (05/11/2011)
""", "2011-12-20", "Hà Giang gặp mặt chức sắc, chức việc và tín đồ Tin lành tiêu biểu năm 2011",
E("hoi_nghi", "2011", "2011-12-19"),
[P("Vương Mí Vàng", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Hồng Lụa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thào Mí Chứ", "truyền đạo", "trưởng điểm nhóm Tin lành thôn Lũng Thầu"),
 P("Sùng Mí Lử", "Ban chấp sự điểm nhóm thôn Há Đề"),
 P("Lý Seo Chúng", "người có uy tín thôn Lao Chải"),
 P("Hoàng Văn Páo", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("86 đại biểu", 86, "đại biểu"), Q("9 huyện", 9, "huyện"), Q("trên 12.400 hộ", 12400, "hộ", "over"),
 Q("khoảng 68.000 tín đồ", 68000, "tín đồ", "approx"), Q("47 điểm nhóm", 47, "điểm nhóm"), Q("23 điểm nhóm", 23, "điểm nhóm"),
 Q("14 trường hợp", 14, "trường hợp"), Q("3 điểm nhóm", 3, "điểm nhóm"), Q("35 hộ", 35, "hộ"), Q("18 cá nhân", 18, "cá nhân")],
[D("Chỉ thị", "01", "2005/CT-TTg", "2005-02-04", "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg ngày 4/2/2005"),
 D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 112-KH/TU"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 25-NQ/TW")],
[prov("Hà Giang"), com("Phố Cáo"), com("Sủng Trái"), com("Thanh Thủy")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG", "Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo",
 "Toàn cảnh hội nghị gặp mặt. Ảnh: Minh Hải", "Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc)",
 "kính Chúa, yêu nước", "tốt đời, đẹp đạo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Số lượt xem: 1.204"],
["Thứ Ba, 20/12/2011 - 16:35", "năm 2011", "Số lượt xem: 1.204"]))

PAGES.append(page("b4806-daklak-mttq-giangsinh-2012", """
Báo Đắk Lắk điện tử
Thời sự » Chính trị » Mặt trận - Đoàn thể
Cập nhật: 09:20, 22/12/2012 (GMT+7)
Lãnh đạo tỉnh thăm, chúc mừng Lễ Giáng sinh các chi hội Tin lành
(ĐắkLắk) - Nhân dịp Lễ Giáng sinh 2012, ngày 21/12, đoàn công tác của Tỉnh ủy, UBND, Ủy ban MTTQ Việt Nam tỉnh do đồng chí Y Dhăm Ênuôl, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc mừng và tặng quà Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh và một số chi hội tại TP. Buôn Ma Thuột, huyện Krông Pắc, Cư M'gar.
Đồng chí Y Dhăm Ênuôl tặng quà Chi hội Tin lành Buôn Ky. Ảnh: H.Gia
Tại trụ sở Đại diện Hội thánh, Mục sư Y Hin Niê, Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Đắk Lắk, báo cáo: năm 2012 Hội thánh trên địa bàn có 87 chi hội, 214 điểm nhóm với trên 182.000 tín đồ, trong đó trên 85% là đồng bào dân tộc thiểu số tại chỗ. Trong năm đã có thêm 6 chi hội được công nhận về tổ chức, 11 mục sư nhiệm chức và truyền đạo được tấn phong, bổ nhiệm theo Nghị định số 92/2012/NĐ-CP ngày 8/11/2012 của Chính phủ.
Thay mặt đoàn, đồng chí Y Dhăm Ênuôl chúc mừng các mục sư, truyền đạo và bà con tín đồ đón Giáng sinh an lành; đề nghị Hội thánh tiếp tục hướng dẫn tín đồ thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", không nghe theo kẻ xấu tham gia tà đạo "Tin lành Đê Ga".
Tại huyện Cư M'gar, đoàn đến thăm Chi hội Tin lành Buôn Ky, xã Ea Tul do Mục sư Quản nhiệm Y Kô Byă phụ trách; Chi hội hiện có 1.350 tín đồ, năm qua vận động 42 hộ tín đồ hiến 3.200 m2 đất làm đường bê tông nông thôn. Đoàn cũng thăm Chi hội Tin lành Ea Kly, xã Ea Kly (huyện Krông Pắc), gặp gỡ Truyền đạo Y Thái Mlô và bà H'Bluê Adrơng, thủ quỹ Ban chấp sự.
Cùng đi có đồng chí Nguyễn Văn Minh, Phó Trưởng Ban Dân vận Tỉnh ủy và bà H'Yim Kđoh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Dịp này, đoàn đã trao tặng 15 suất quà, mỗi suất trị giá 2 triệu đồng cho các chi hội và 40 phần quà cho tín đồ nghèo; tổng trị giá quà tặng hơn 46 triệu đồng.
Theo kế hoạch số 86-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, từ nay đến ngày 25/12, lãnh đạo các huyện, thị xã, thành phố sẽ tổ chức thăm, chúc mừng toàn bộ các chi hội trên địa bàn.
Trước đó, ngày 20/12, Ban Dân vận Tỉnh ủy đã phối hợp với Ban Tôn giáo tỉnh gặp mặt 65 mục sư, truyền đạo đang quản nhiệm tại các chi hội; các ý kiến đều khẳng định sự quan tâm của cấp ủy, chính quyền đã giúp bà con tín đồ yên tâm sinh hoạt tôn giáo, tham gia xóa đói, giảm nghèo.
Hoàng Gia
Lượt đọc: 2341
Tin khác
- Ea H'leo: gặp mặt chức sắc tôn giáo nhân dịp Giáng sinh (20/12/2012)
- Krông Bông tặng 200 suất quà cho hộ nghèo (18/12/2012)
- Hội nghị tổng kết công tác Mặt trận năm 2012 (14/12/2012)
""", "2012-12-22", "Lãnh đạo tỉnh thăm, chúc mừng Lễ Giáng sinh các chi hội Tin lành",
E("trao_qua", None, "2012-12-21"),
[P("Y Dhăm Ênuôl", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Hin Niê", "Mục sư", "Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Đắk Lắk"),
 P("Y Kô Byă", "Mục sư Quản nhiệm"),
 P("Y Thái Mlô", "Truyền đạo"),
 P("H'Bluê Adrơng", "thủ quỹ Ban chấp sự"),
 P("Nguyễn Văn Minh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Yim Kđoh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("87 chi hội", 87, "chi hội"), Q("214 điểm nhóm", 214, "điểm nhóm"), Q("trên 182.000 tín đồ", 182000, "tín đồ", "over"),
 Q("trên 85%", 85, "%", "over"), Q("6 chi hội", 6, "chi hội"), Q("11 mục sư nhiệm chức và truyền đạo", 11, "mục sư nhiệm chức và truyền đạo"),
 Q("1.350 tín đồ", 1350, "tín đồ"), Q("42 hộ tín đồ", 42, "hộ tín đồ"), Q("3.200 m2", 3200, "m2"),
 Q("15 suất quà", 15, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"), Q("40 phần quà", 40, "phần quà"),
 Q("hơn 46 triệu đồng", 46000000, "đồng", "over"), Q("65 mục sư, truyền đạo", 65, "mục sư, truyền đạo")],
[D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 8/11/2012"),
 D("Kế hoạch", "86", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "kế hoạch số 86-KH/MTTQ-BTT")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Ea Kly")],
["Báo Đắk Lắk điện tử", "Thời sự » Chính trị » Mặt trận - Đoàn thể", "(ĐắkLắk)",
 "Đồng chí Y Dhăm Ênuôl tặng quà Chi hội Tin lành Buôn Ky. Ảnh: H.Gia", "Chi hội Tin lành Buôn Ky",
 "Tin lành Đê Ga", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt đọc: 2341"],
["Cập nhật: 09:20, 22/12/2012 (GMT+7)", "Lễ Giáng sinh 2012", "năm 2012", "Lượt đọc: 2341"]))

PAGES.append(page("b4807-laichau-bdv-tongket-2013", """
BAN DÂN VẬN TỈNH ỦY LAI CHÂU
Trang chủ | Hoạt động | Công tác tôn giáo
27/12/2013 - 10:05
Ảnh: Quang cảnh hội nghị.
Khối dân vận tỉnh nhìn lại một năm vận động đồng bào theo đạo
Ngày 26/12/2013, Ban Chỉ đạo công tác tôn giáo tỉnh Lai Châu tổ chức hội nghị tổng kết công tác tôn giáo và thực hiện Chỉ thị 01/2005/CT-TTg năm 2013. Đồng chí Giàng A Tính, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì; cùng dự có đồng chí Lò Thị Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng Ban Chỉ đạo.
Báo cáo do đồng chí Tẩn Láo Lở, Trưởng Ban Tôn giáo Sở Nội vụ trình bày nêu rõ: đến cuối năm 2013, toàn tỉnh có 5.812 hộ với 31.460 khẩu theo đạo Tin lành, tăng 318 hộ so với năm 2012, tập trung tại các huyện Sìn Hồ, Mường Tè, Phong Thổ. Tỉnh đã cấp đăng ký sinh hoạt tôn giáo tập trung cho 29 điểm nhóm Tin lành, nâng tổng số lên 61 điểm nhóm; 100% điểm nhóm được đăng ký đều có ban phụ trách và nội dung sinh hoạt theo đúng quy định.
Thực hiện Kết luận 29, 30-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng ở vùng đồng bào Mông có đạo, các huyện đã tổ chức 146 buổi tuyên truyền với gần 9.800 lượt người nghe; vận động 57 hộ bỏ "đạo lạ" Vàng Chứ quay về sinh hoạt truyền thống. Ban Dân vận các cấp phối hợp xây dựng 22 mô hình "Bản có đạo bình yên", trong đó 8 mô hình cấp tỉnh.
Tuy vậy, tình trạng truyền đạo trái pháp luật vẫn diễn biến phức tạp; trong năm phát hiện 7 vụ việc tụ tập sinh hoạt tôn giáo trái phép và 5 trường hợp xúi giục bà con di cư tự do.
Tại hội nghị, ông Vàng A Páo, người có uy tín bản Nậm Cày, xã Nậm Cha, chia sẻ cách vận động người thân bỏ mê tín; đồng chí Lý Thị Sinh, HUV, Trưởng Ban Dân vận Huyện ủy Sìn Hồ, đề nghị bố trí kinh phí cho tổ công tác cơ sở. Đồng chí Sùng A Hồ, Bí thư Đảng ủy xã Pa Ủ, cho biết xã đã hướng dẫn 4 điểm nhóm lập hồ sơ đăng ký.
Kết luận hội nghị, đồng chí Giàng A Tính yêu cầu năm 2014 tiếp tục thực hiện Nghị định 92/2012/NĐ-CP, quán triệt kế hoạch số 45-KH/BCĐ của Ban Chỉ đạo; giải quyết dứt điểm đề nghị đăng ký của các điểm nhóm đủ điều kiện. Dịp này, Ban Chỉ đạo tặng giấy khen cho 9 tập thể, 14 cá nhân.
Cũng tại hội nghị, Mục sư Lò Văn Sướng, thành viên Ban Trị sự Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc) phụ trách vùng Tây Bắc, cảm ơn cấp ủy, chính quyền đã tạo điều kiện cho 12 lớp bồi linh ngắn hạn dành cho trưởng nhóm, mong được tiếp tục mở lớp trong năm tới.
Quỳnh Anh
Lượt xem: 612
Tin cùng chuyên mục
- Phong Thổ tổ chức giao ban khối dân vận quý IV (20/12/2013)
- Mường Tè: 3 điểm nhóm Tin lành được cấp đăng ký (06/12/2013)
- Tập huấn nghiệp vụ công tác tôn giáo năm 2013 (21/11/2013)
""", "2013-12-27", "Khối dân vận tỉnh nhìn lại một năm vận động đồng bào theo đạo",
E("tong_ket", "2013", "2013-12-26"),
[P("Giàng A Tính", "Phó Bí thư Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Lò Thị Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Chỉ đạo"),
 P("Tẩn Láo Lở", "Trưởng Ban Tôn giáo Sở Nội vụ"),
 P("Vàng A Páo", "người có uy tín bản Nậm Cày"),
 P("Lý Thị Sinh", "HUV", "Trưởng Ban Dân vận Huyện ủy Sìn Hồ"),
 P("Sùng A Hồ", "Bí thư Đảng ủy xã Pa Ủ"),
 P("Lò Văn Sướng", "Mục sư", "thành viên Ban Trị sự Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc) phụ trách vùng Tây Bắc")],
[Q("5.812 hộ", 5812, "hộ"), Q("31.460 khẩu", 31460, "khẩu"), Q("318 hộ", 318, "hộ"),
 Q("29 điểm nhóm Tin lành", 29, "điểm nhóm Tin lành"), Q("61 điểm nhóm", 61, "điểm nhóm"), Q("100%", 100, "%"),
 Q("146 buổi tuyên truyền", 146, "buổi tuyên truyền"), Q("gần 9.800 lượt người", 9800, "lượt người", "approx"),
 Q("57 hộ", 57, "hộ"), Q("22 mô hình", 22, "mô hình"), Q("8 mô hình cấp tỉnh", 8, "mô hình cấp tỉnh"),
 Q("7 vụ việc tụ tập sinh hoạt tôn giáo trái phép", 7, "vụ việc tụ tập sinh hoạt tôn giáo trái phép"),
 Q("5 trường hợp", 5, "trường hợp"), Q("4 điểm nhóm", 4, "điểm nhóm"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân"),
 Q("12 lớp bồi linh ngắn hạn", 12, "lớp bồi linh ngắn hạn")],
[D("Chỉ thị", "01", "2005/CT-TTg", None, None, "Chỉ thị 01/2005/CT-TTg"),
 D("Kết luận", "29", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 29, 30-KL/TU"),
 D("Kết luận", "30", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 29, 30-KL/TU"),
 D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định 92/2012/NĐ-CP"),
 D("Kế hoạch", "45", "KH/BCĐ", None, "Ban Chỉ đạo", "kế hoạch số 45-KH/BCĐ")],
[prov("Lai Châu"), com("Nậm Cha"), com("Pa Ủ")],
["BAN DÂN VẬN TỈNH ỦY LAI CHÂU", "Trang chủ | Hoạt động | Công tác tôn giáo", "Ảnh: Quang cảnh hội nghị.",
 "Bản có đạo bình yên", "Vàng Chứ", "Lượt xem: 612"],
["27/12/2013 - 10:05", "năm 2013", "năm 2012", "năm 2014", "Lượt xem: 612"]))

PAGES.append(page("b4808-gialai-mttq-daihoi-2014", """
Báo Gia Lai điện tử
Chính trị > Mặt trận - Đoàn thể
Thứ Ba, 20/05/2014 - 08:40
Xã vùng giáo Tin lành tổ chức đại hội điểm Mặt trận
(GLO)- Ngày 19/5, Ủy ban MTTQ xã Ia Pếch (huyện Ia Grai) tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ X, nhiệm kỳ 2014-2019, là đại hội điểm cấp xã của tỉnh. Về dự có đồng chí Siu Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Rơ Mah Kim, HUV, Chủ tịch Ủy ban MTTQ huyện Ia Grai.
Quang cảnh Đại hội. Ảnh: Đ.Thụy
Ia Pếch là xã có đông đồng bào Jrai theo đạo Tin lành, với 1.146 hộ, trong đó 683 hộ có đạo, sinh hoạt tại 2 chi hội và 5 điểm nhóm đã được đăng ký. Nhiệm kỳ qua, Ủy ban MTTQ xã đã phối hợp với Ban chấp sự các chi hội vận động bà con hiến 12.600 m2 đất, đóng góp trên 780 triệu đồng và 2.400 ngày công làm 9 km đường giao thông nông thôn; 96% hộ đạt danh hiệu gia đình văn hóa. Các làng đã xây dựng 6 mô hình "Làng có đạo bình yên" và duy trì 11 tổ hòa giải.
Đại hội đã nghe tham luận của Mục sư Rơ Lan Jú, Quản nhiệm Chi hội Tin lành Plei Ia Pếch, về việc chi hội hướng dẫn tín đồ thực hiện Nghị định số 92/2012/NĐ-CP; ông Ksor Blih, người có uy tín làng Kép, về vận động con em không nghe theo "Tin lành Đê Ga".
Đại hội đã hiệp thương cử 43 vị vào Ủy ban MTTQ Việt Nam xã khóa X; trong đó có 4 vị là chức việc Tin lành. Tại hội nghị lần thứ nhất, ông Nay Lang được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ xã; các ông Rơ Châm Thuyn, Đinh Văn Hải - Phó Chủ tịch Ủy ban MTTQ xã. Đại hội cũng cử 3 đại biểu dự Đại hội MTTQ huyện.
Phát biểu chỉ đạo, đồng chí Siu Hương đề nghị Ủy ban MTTQ xã tiếp tục thực hiện Kế hoạch 05, 06-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về vận động đồng bào có đạo và về "Ngày hội Đại đoàn kết toàn dân tộc"; thực hiện tốt Chỉ thị số 17-CT/TW ngày 18/3/2013 của Ban Bí thư về đại hội MTTQ các cấp.
Theo báo cáo chính trị, trong nhiệm kỳ, Ban Công tác Mặt trận các làng đã phối hợp Hội Nông dân, Hội LHPN xã hướng dẫn 215 hộ chuyển đổi cây trồng, hỗ trợ xây 18 căn nhà Đại đoàn kết với tổng kinh phí trên 540 triệu đồng; Quỹ "Vì người nghèo" xã vận động được 97 triệu đồng. Tỷ lệ hộ nghèo của xã giảm từ 31,5% xuống còn 14,2%.
Trao đổi bên lề đại hội, Truyền đạo Siu Djuih, phụ trách Chi hội Tin lành Plei Bông, cho biết chi hội có 420 tín đồ; mỗi dịp Giáng sinh, Phục sinh chi hội đều đăng ký chương trình sinh hoạt với UBND xã trước 20 ngày, không tổ chức hoạt động ngoài chương trình. Ông mong Mặt trận tiếp tục là cầu nối để bà con yên tâm làm ăn, giữ đạo, giữ làng.
Đức Thụy
Lượt xem: 957
Tin liên quan
- Chư Păh: đại hội điểm MTTQ xã Ia Ka (14/05/2014)
- Đức Cơ gặp mặt chức sắc tôn giáo (09/05/2014)
- Mặt trận tỉnh hướng dẫn đại hội cấp cơ sở (15/04/2014)
""", "2014-05-20", "Xã vùng giáo Tin lành tổ chức đại hội điểm Mặt trận",
E("dai_hoi", None, "2014-05-19"),
[P("Siu Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Mah Kim", "HUV", "Chủ tịch Ủy ban MTTQ huyện Ia Grai"),
 P("Rơ Lan Jú", "Mục sư", "Quản nhiệm Chi hội Tin lành Plei Ia Pếch"),
 P("Ksor Blih", "người có uy tín làng Kép"),
 P("Nay Lang", "Chủ tịch Ủy ban MTTQ xã"),
 P("Rơ Châm Thuyn", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Đinh Văn Hải", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Siu Djuih", "Truyền đạo", "phụ trách Chi hội Tin lành Plei Bông")],
[Q("1.146 hộ", 1146, "hộ"), Q("683 hộ có đạo", 683, "hộ có đạo"), Q("2 chi hội", 2, "chi hội"), Q("5 điểm nhóm", 5, "điểm nhóm"),
 Q("12.600 m2", 12600, "m2"), Q("trên 780 triệu đồng", 780000000, "đồng", "over"), Q("2.400 ngày công", 2400, "ngày công"),
 Q("9 km", 9, "km"), Q("96%", 96, "%"), Q("6 mô hình", 6, "mô hình"), Q("11 tổ hòa giải", 11, "tổ hòa giải"),
 Q("43 vị", 43, "vị"), Q("4 vị", 4, "vị"), Q("3 đại biểu", 3, "đại biểu"),
 Q("215 hộ", 215, "hộ"), Q("18 căn nhà Đại đoàn kết", 18, "căn nhà Đại đoàn kết"), Q("trên 540 triệu đồng", 540000000, "đồng", "over"),
 Q("97 triệu đồng", 97000000, "đồng"), Q("31,5%", 31.5, "%"), Q("14,2%", 14.2, "%"), Q("420 tín đồ", 420, "tín đồ")],
[D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định số 92/2012/NĐ-CP"),
 D("Kế hoạch", "05", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 05, 06-KH/MTTQ-BTT"),
 D("Kế hoạch", "06", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 05, 06-KH/MTTQ-BTT"),
 D("Chỉ thị", "17", "CT/TW", "2013-03-18", "Ban Bí thư", "Chỉ thị số 17-CT/TW ngày 18/3/2013")],
[prov("Gia Lai"), com("Ia Pếch")],
["Báo Gia Lai điện tử", "Chính trị > Mặt trận - Đoàn thể", "(GLO)", "Quang cảnh Đại hội. Ảnh: Đ.Thụy",
 "Làng có đạo bình yên", "Tin lành Đê Ga", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 957"],
["Thứ Ba, 20/05/2014 - 08:40", "lần thứ X", "nhiệm kỳ 2014-2019", "20 ngày", "Lượt xem: 957"]))

PAGES.append(page("b4809-dienbien-bdv-soket-2015", """
Báo Điện Biên Phủ điện tử
Trang chủ › Chính trị › Xây dựng Đảng
Ngày đăng 10/07/2015 | 14:20
Vận động đồng bào Mông theo đạo Tin lành "sống tốt đời, đẹp đạo"
Sáng 9/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận và công tác vận động đồng bào theo đạo 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lò Văn Muôn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Giàng Thị Hoa, Lê Văn Quý.
Đồng chí Lò Văn Muôn phát biểu kết luận hội nghị.
6 tháng qua, toàn tỉnh có thêm 214 hộ, 1.182 khẩu theo đạo Tin lành, nâng tổng số lên khoảng 9.600 hộ với gần 51.000 khẩu, chủ yếu là người Mông ở các huyện Mường Nhé, Nậm Pồ, Tủa Chùa. Tỉnh đã cấp đăng ký sinh hoạt tập trung cho 12 điểm nhóm; hướng dẫn 2 chi hội hoàn thiện hồ sơ công nhận tổ chức tôn giáo cơ sở. Khối dân vận đã phối hợp tổ chức 37 hội nghị đối thoại, tiếp xúc với 1.460 lượt chức việc, trưởng nhóm và tín đồ.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 22-CT/TU ngày 17/3/2015 về tăng cường công tác vận động đồng bào Mông ở khu vực biên giới; phối hợp sơ kết 3 năm thực hiện Kết luận số 07-KL/TU ngày 9/4/2012. Lực lượng chức năng đã vận động 26 hộ di cư tự do trở về nơi ở cũ, giải tán 3 điểm tụ tập sinh hoạt trái phép liên quan "Dương Văn Mình".
Tại hội nghị, đồng chí Thào A Súa, HUV, Trưởng Ban Dân vận Huyện ủy Mường Nhé, cho biết các tổ công tác đã "bám bản, bám hộ" ở 11 xã; đồng chí Vàng Thị Dở, Chủ tịch Hội LHPN xã Nà Hỳ, báo cáo mô hình "Phụ nữ có đạo không sinh con thứ 3" với 64 hội viên. Ông Mùa A Chua, trưởng nhóm Tin lành bản Huổi Lụ, xã Sín Thầu, đề nghị sớm xét đăng ký cho nhóm.
Kết luận hội nghị, đồng chí Lò Văn Muôn yêu cầu các huyện ủy triển khai kế hoạch số 61-KH/BDVTU của Ban Dân vận Tỉnh ủy về kiểm tra công tác dân vận 6 tháng cuối năm; không để phát sinh điểm nóng, hoàn thành đăng ký cho trên 80% điểm nhóm đủ điều kiện trong năm 2015.
Báo cáo cũng chỉ ra những hạn chế: một số cấp ủy cơ sở chưa nắm chắc tình hình các nhóm sinh hoạt tại gia; đội ngũ cán bộ làm công tác tôn giáo ở xã còn kiêm nhiệm, 19 xã chưa có cán bộ biết tiếng Mông; việc giải quyết nhu cầu đất làm nơi sinh hoạt còn chậm. Khối dân vận đề ra 5 nhóm giải pháp, trong đó ưu tiên tập huấn cho 100% cán bộ dân vận xã vùng có đạo trước tháng 10.
Thu Hằng
Số lượt đọc: 783
Các tin khác
- Tủa Chùa: hiệu quả từ mô hình dân vận khéo (03/07/2015)
- Nậm Pồ ổn định tình hình vùng đồng bào có đạo (26/06/2015)
- Hội nghị giao ban khối dân vận quý II (18/06/2015)
""", "2015-07-10", "Vận động đồng bào Mông theo đạo Tin lành \"sống tốt đời, đẹp đạo\"",
E("so_ket", "2015-H1", "2015-07-09"),
[P("Lò Văn Muôn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Quý", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thào A Súa", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Nhé"),
 P("Vàng Thị Dở", "Chủ tịch Hội LHPN xã Nà Hỳ"),
 P("Mùa A Chua", "trưởng nhóm Tin lành bản Huổi Lụ")],
[Q("214 hộ", 214, "hộ"), Q("1.182 khẩu", 1182, "khẩu"), Q("khoảng 9.600 hộ", 9600, "hộ", "approx"),
 Q("gần 51.000 khẩu", 51000, "khẩu", "approx"), Q("12 điểm nhóm", 12, "điểm nhóm"), Q("2 chi hội", 2, "chi hội"),
 Q("37 hội nghị đối thoại, tiếp xúc", 37, "hội nghị đối thoại, tiếp xúc"), Q("1.460 lượt chức việc, trưởng nhóm và tín đồ", 1460, "lượt chức việc, trưởng nhóm và tín đồ"),
 Q("26 hộ di cư tự do", 26, "hộ di cư tự do"), Q("3 điểm tụ tập sinh hoạt trái phép", 3, "điểm tụ tập sinh hoạt trái phép"),
 Q("11 xã", 11, "xã"), Q("64 hội viên", 64, "hội viên"), Q("trên 80%", 80, "%", "over"),
 Q("19 xã", 19, "xã"), Q("5 nhóm giải pháp", 5, "nhóm giải pháp"), Q("100%", 100, "%")],
[D("Chỉ thị", "22", "CT/TU", "2015-03-17", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 17/3/2015"),
 D("Kết luận", "07", "KL/TU", "2012-04-09", None, "Kết luận số 07-KL/TU ngày 9/4/2012"),
 D("Kế hoạch", "61", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 61-KH/BDVTU")],
[prov("Điện Biên"), com("Nà Hỳ"), com("Sín Thầu")],
["Báo Điện Biên Phủ điện tử", "Trang chủ › Chính trị › Xây dựng Đảng", "Đồng chí Lò Văn Muôn phát biểu kết luận hội nghị.",
 "Dương Văn Mình", "bám bản, bám hộ", "Phụ nữ có đạo không sinh con thứ 3", "Số lượt đọc: 783"],
["Ngày đăng 10/07/2015 | 14:20", "6 tháng đầu năm 2015", "6 tháng cuối năm", "3 năm", "con thứ 3", "Số lượt đọc: 783"]))

PAGES.append(page("b4810-kontum-mttq-doithoai-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM
Tin tức :: Hoạt động Mặt trận :: Dân tộc - Tôn giáo
18-11-2016 09:15
Đồng chí A Pớt (giữa) trao đổi với chức việc Tin lành tại buổi đối thoại.
Đối thoại với chức sắc, chức việc và tín đồ Tin lành
Ngày 17/11/2016, tại xã Ngọc Wang (huyện Đắk Hà), Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp Ban Dân vận Tỉnh ủy tổ chức hội nghị đối thoại với chức sắc, chức việc và tín đồ đạo Tin lành năm 2016. Chủ trì có ông A Pớt, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; bà Y Thị Hiên, Phó Trưởng Ban Dân vận Tỉnh ủy và ông Nguyễn Hữu Tấn, Trưởng Ban Tôn giáo tỉnh. Tham dự có 120 đại biểu, trong đó 54 người là mục sư, truyền đạo, chấp sự, trưởng điểm nhóm.
Theo báo cáo, tỉnh Kon Tum có khoảng 26.500 tín đồ Tin lành thuộc Hội thánh Tin lành Việt Nam (miền Nam), sinh hoạt tại 9 chi hội đã được công nhận và 73 điểm nhóm; năm 2016 có thêm 14 điểm nhóm được đăng ký sinh hoạt tôn giáo tập trung theo Nghị định 92/2012/NĐ-CP và Thông tư 01/2013/TT-BNV của Bộ Nội vụ.
Tại buổi đối thoại, các đại biểu nêu 23 ý kiến, kiến nghị. Mục sư A Gơ, Quản nhiệm Chi hội Tin lành Kon Tum, kiến nghị sớm giao đất xây dựng nhà thờ cho chi hội; Truyền đạo Y Mai, phụ trách điểm nhóm làng Kon Rờ Bàng 1, đề nghị tạo điều kiện cho tín đồ được tập trung lễ Giáng sinh tại điểm nhóm. Ông A Thuyên, Chấp sự điểm nhóm xã Đắk Ui, phản ánh việc cấp giấy chứng nhận quyền sử dụng đất cho 17 hộ tín đồ còn chậm.
Đại diện UBND huyện Đắk Hà, Sở Tài nguyên và Môi trường đã trả lời trực tiếp 19 ý kiến; 4 ý kiến còn lại được ghi nhận, chuyển cơ quan chức năng giải quyết theo Kế hoạch số 27-KH/MTTQ-BTT ngày 6/10/2016. Ông A Pớt khẳng định các kiến nghị chính đáng sẽ được Mặt trận theo dõi đến cùng, đồng thời đề nghị chức sắc hướng dẫn tín đồ tham gia phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", kiên quyết không để các đối tượng "Hà Mòn" lôi kéo.
Dịp này, Ban Thường trực trao 30 suất quà (mỗi suất 500.000 đồng) cho tín đồ khó khăn xã Ngọc Wang và xã Đắk Ui.
Phát biểu kết thúc, bà Y Thị Hiên đề nghị UBND các xã công khai thủ tục đăng ký sinh hoạt tôn giáo tập trung tại bộ phận một cửa, chủ động gặp gỡ chức việc mỗi quý; các chi hội cần hướng dẫn 100% điểm nhóm sinh hoạt đúng nội dung đã đăng ký.
Thanh Tâm
Lượt truy cập: 3.127
Bài viết liên quan
- Đắk Tô: gặp mặt người có uy tín năm 2016 (11/11/2016)
- Sa Thầy phát huy vai trò chức sắc tôn giáo (28/10/2016)
- Mặt trận tỉnh giám sát việc thực hiện chính sách dân tộc (14/10/2016)
- Kon Plông: Chi hội Tin lành Măng Đen được công nhận tổ chức (30/09/2016)
""", "2016-11-18", "Đối thoại với chức sắc, chức việc và tín đồ Tin lành",
E("doi_thoai", "2016", "2016-11-17"),
[P("A Pớt", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thị Hiên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Tấn", "Trưởng Ban Tôn giáo tỉnh"),
 P("A Gơ", "Mục sư", "Quản nhiệm Chi hội Tin lành Kon Tum"),
 P("Y Mai", "Truyền đạo", "phụ trách điểm nhóm làng Kon Rờ Bàng 1"),
 P("A Thuyên", "Chấp sự điểm nhóm xã Đắk Ui")],
[Q("120 đại biểu", 120, "đại biểu"), Q("54 người", 54, "người"), Q("khoảng 26.500 tín đồ", 26500, "tín đồ", "approx"),
 Q("9 chi hội", 9, "chi hội"), Q("73 điểm nhóm", 73, "điểm nhóm"), Q("14 điểm nhóm", 14, "điểm nhóm"),
 Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("17 hộ tín đồ", 17, "hộ tín đồ"), Q("19 ý kiến", 19, "ý kiến"),
 Q("4 ý kiến", 4, "ý kiến"), Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("100%", 100, "%")],
[D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định 92/2012/NĐ-CP"),
 D("Thông tư", "01", "2013/TT-BNV", None, "Bộ Nội vụ", "Thông tư 01/2013/TT-BNV"),
 D("Kế hoạch", "27", "KH/MTTQ-BTT", "2016-10-06", None, "Kế hoạch số 27-KH/MTTQ-BTT ngày 6/10/2016")],
[prov("Kon Tum"), com("Ngọc Wang"), com("Đắk Ui")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM", "Tin tức :: Hoạt động Mặt trận :: Dân tộc - Tôn giáo",
 "Đồng chí A Pớt (giữa) trao đổi với chức việc Tin lành tại buổi đối thoại.", "Hà Mòn",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt truy cập: 3.127"],
["18-11-2016 09:15", "năm 2016", "làng Kon Rờ Bàng 1", "Lượt truy cập: 3.127"]))
