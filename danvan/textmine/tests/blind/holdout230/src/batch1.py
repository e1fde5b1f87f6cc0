from lib import *
PAGES = []

PAGES.append(page("b5477-langson-bdbp-tongket-2011", """
BỘ ĐỘI BIÊN PHÒNG TỈNH LẠNG SƠN - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Công tác vận động quần chúng
Thứ Tư, 28/12/2011 - 09:20
Ảnh: Quang cảnh hội nghị tổng kết.
BĐBP Lạng Sơn tổng kết công tác vận động quần chúng năm 2011
Ngày 27/12/2011, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Lạng Sơn phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác vận động quần chúng năm 2011, triển khai nhiệm vụ năm 2012. Đại tá Hoàng Văn Thiện, Đảng ủy viên, Chính ủy BĐBP tỉnh và đồng chí Lộc Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì. Dự hội nghị có 64 đồng chí là lãnh đạo các đồn biên phòng, Ban Dân vận các huyện ủy biên giới và Ủy ban MTTQ Việt Nam 21 xã biên giới.
Báo cáo do Thượng tá Nông Đức Hải, Phó Chính ủy BĐBP tỉnh trình bày nêu rõ: năm 2011, các đồn biên phòng đã thực hiện nghiêm Chỉ thị số 05-CT/ĐU ngày 12/3/2011 của Đảng ủy BĐBP tỉnh về tăng cường công tác vận động quần chúng ở khu vực biên giới và Kế hoạch 27, 28-KH/BCH của Bộ Chỉ huy BĐBP tỉnh về xây dựng "Cụm dân cư an toàn" và giúp đỡ học sinh nghèo vượt khó.
Cán bộ, chiến sĩ các đồn đã duy trì 38 tổ công tác xuống 21 xã biên giới, đến gần 4.600 hộ dân tuyên truyền, vận động; giúp dân 5.230 ngày công làm đường, thủy lợi, sửa chữa 47 căn nhà tạm; khám bệnh, cấp thuốc miễn phí cho 3.120 lượt người. Qua vận động, nhân dân đã cung cấp 126 nguồn tin có giá trị, tự quản 235,6 km đường biên và 312 cột mốc. Các đồn cũng nhận đỡ đầu 58 học sinh nghèo với mức hỗ trợ 300.000 đồng/em/tháng, tổng kinh phí trên 200 triệu đồng.
Tại hội nghị, các đại biểu đã thảo luận, trao đổi kinh nghiệm. Thiếu tá Vi Văn Dũng, Đồn trưởng Đồn Biên phòng Chi Ma, cho biết đồn đã phối hợp với Đảng ủy xã Yên Khoái xây dựng mô hình "Tổ tự quản đường biên, cột mốc" với 14 tổ, thu hút 186 hộ tham gia. Ông Hoàng Văn Pảo, HUV, Trưởng Ban Dân vận Huyện ủy Cao Lộc, đề nghị các đồn duy trì nghiêm chế độ "Ngày thứ Bảy biên phòng" và tham gia sinh hoạt với các chi bộ thôn, bản.
Phát biểu kết luận, đồng chí Lộc Thị Mai đề nghị năm 2012, BĐBP tỉnh tiếp tục phối hợp chặt chẽ với khối dân vận các huyện biên giới thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; phấn đấu mỗi đồn biên phòng xây dựng ít nhất 2 mô hình "Dân vận khéo", 100% cán bộ đồn phụ trách xã tham gia sinh hoạt tại chi bộ thôn, bản.
Dịp này, Bộ Chỉ huy BĐBP tỉnh tặng giấy khen cho 9 tập thể, 23 cá nhân có thành tích xuất sắc; Ban Dân vận Tỉnh ủy tặng giấy khen cho Đồn Biên phòng Chi Ma và Đồn Biên phòng Bảo Lâm.
Hoàng Anh
Lượt xem: 1.024
Tin liên quan
- Đồn Biên phòng Tân Thanh giúp dân thu hoạch hồi (12/12/2011)
- Lạng Sơn: ra mắt 5 tổ tự quản đường biên (30/11/2011)
- Bộ đội Biên phòng nhận đỡ đầu học sinh nghèo vùng biên (15/11/2011)
- Đình Lập: 200 chiến sĩ giúp dân làm đường giao thông nông thôn (02/11/2011)
""", "2011-12-28", "BĐBP Lạng Sơn tổng kết công tác vận động quần chúng năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Hoàng Văn Thiện", "Đại tá", "Đảng ủy viên", "Chính ủy BĐBP tỉnh"),
 P("Lộc Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Đức Hải", "Thượng tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Vi Văn Dũng", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Chi Ma"),
 P("Hoàng Văn Pảo", "HUV", "Trưởng Ban Dân vận Huyện ủy Cao Lộc")],
[Q("64 đồng chí", 64, "đồng chí"), Q("21 xã biên giới", 21, "xã biên giới"), Q("38 tổ công tác", 38, "tổ công tác"),
 Q("gần 4.600 hộ dân", 4600, "hộ dân", "approx"), Q("5.230 ngày công", 5230, "ngày công"),
 Q("47 căn nhà tạm", 47, "căn nhà tạm"), Q("3.120 lượt người", 3120, "lượt người"), Q("126 nguồn tin", 126, "nguồn tin"),
 Q("235,6 km", 235.6, "km"), Q("312 cột mốc", 312, "cột mốc"), Q("58 học sinh nghèo", 58, "học sinh nghèo"),
 Q("300.000 đồng", 300000, "đồng"), Q("trên 200 triệu đồng", 200000000, "đồng", "over"),
 Q("14 tổ", 14, "tổ"), Q("186 hộ", 186, "hộ"), Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("100%", 100, "%"),
 Q("9 tập thể", 9, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Chỉ thị", "05", "CT/ĐU", "2011-03-12", "Đảng ủy BĐBP tỉnh", "Chỉ thị số 05-CT/ĐU ngày 12/3/2011"),
 D("Kế hoạch", "27", "KH/BCH", None, "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch 27, 28-KH/BCH"),
 D("Kế hoạch", "28", "KH/BCH", None, "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch 27, 28-KH/BCH"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Lạng Sơn"), com("Yên Khoái")],
["BỘ ĐỘI BIÊN PHÒNG TỈNH LẠNG SƠN - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Tin tức » Công tác vận động quần chúng",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Cụm dân cư an toàn", "Tổ tự quản đường biên, cột mốc", "Ngày thứ Bảy biên phòng",
 "Dân vận khéo", "Lượt xem: 1.024", "Đồn Biên phòng Chi Ma"],
["Thứ Tư, 28/12/2011 - 09:20", "64 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.024"]))

PAGES.append(page("b5478-quangtri-huonghoa-soket-2012", """
Cổng thông tin điện tử huyện Hướng Hóa
Hôm nay: Thứ Hai, 16/07/2012
Trang chủ > Tin tức - Sự kiện > Dân vận
Cập nhật: 16:40, 14/07/2012 (GMT+7)
Hướng Hóa: sơ kết công tác dân vận khu vực biên giới
Sáng 13/7, Ban Dân vận Huyện ủy Hướng Hóa phối hợp với Đồn Biên phòng Thanh và Đồn Biên phòng Hướng Phùng (BĐBP tỉnh Quảng Trị) tổ chức hội nghị sơ kết công tác dân vận khu vực biên giới 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Hồ Văn Lai, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Đồng chí Hồ Văn Lai phát biểu tại hội nghị. Ảnh: Quốc Tuấn
Theo báo cáo, 6 tháng qua, khối dân vận huyện và hai đồn biên phòng đã triển khai Kế hoạch số 14-KH/HU ngày 20/02/2012 của Ban Thường vụ Huyện ủy về công tác vận động đồng bào Vân Kiều, Pa Kô vùng biên giới và Quy chế phối hợp số 09-QC/BDVHU giữa Ban Dân vận Huyện ủy với các đồn biên phòng. Các đồn đã cử 26 đảng viên về sinh hoạt tại 17 chi bộ thôn, bản; phối hợp mở 4 lớp xóa mù chữ cho 96 người.
Qua vận động, 36 hộ đồng bào Vân Kiều đã bỏ tục chôn chung, làm nhà vệ sinh hợp vệ sinh; nhân dân hiến khoảng 3.200 m2 đất làm đường vào bản. Các đồn phối hợp với Hội Nông dân huyện hỗ trợ 120 con bò giống, 2.500 kg gạo cứu đói giáp hạt, tổng trị giá trên 1,5 tỷ đồng. Tình hình an ninh chính trị, trật tự xã hội khu vực biên giới cơ bản ổn định, tuy nhiên vẫn còn tình trạng một số người dân qua lại biên giới không đúng quy định để làm thuê, thăm thân; lực lượng chức năng đã vận động 12 đối tượng ra đầu thú, 4 vụ việc tranh chấp đất đai được hòa giải thành.
Tại hội nghị, Thiếu tá Lê Quang Định, Chính trị viên Đồn Biên phòng Thanh, đề nghị các xã quan tâm xây dựng đội ngũ già làng, trưởng bản. Ông Pả Xoong, Trưởng bản Ka Tăng, xã A Dơi, cho biết bà con đã ký cam kết không vượt biên trái phép. Bà Hồ Thị Pỏi, Chủ tịch Hội Liên hiệp Phụ nữ xã Thanh, đề nghị tiếp tục mở lớp dạy nghề đan lát cho phụ nữ dân tộc thiểu số. Đồng chí Kăn Đức Thanh, Bí thư Đảng ủy thị trấn Lao Bảo, nêu vướng mắc trong vận động người dân không buôn bán hàng cấm qua biên giới.
Kết luận hội nghị, đồng chí Hồ Văn Lai yêu cầu 6 tháng cuối năm tiếp tục thực hiện Chỉ thị số 17/CT-BQP ngày 15/4/2011 của Bộ trưởng Bộ Quốc phòng về công tác dân vận trong tình hình mới; phấn đấu 100% thôn, bản biên giới có đảng viên đồn biên phòng phụ trách; tổ chức tốt phong trào "Ánh sáng văn hóa hè" và chuẩn bị gặp mặt người có uy tín trước Tết.
Quốc Tuấn
Các tin khác
- Hướng Phùng: ra quân giúp dân thu hoạch cà phê (04/07/2012)
- Trao 30 suất quà cho hộ nghèo xã Xy (21/06/2012)
- Tập huấn nghiệp vụ dân vận cho cán bộ thôn, bản (08/06/2012)
- Đồn Biên phòng Thanh tổ chức lớp học tình thương (29/05/2012)
""", "2012-07-14", "Hướng Hóa: sơ kết công tác dân vận khu vực biên giới",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Hồ Văn Lai", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lê Quang Định", "Thiếu tá", "Chính trị viên Đồn Biên phòng Thanh"),
 P("Pả Xoong", "Trưởng bản Ka Tăng"),
 P("Hồ Thị Pỏi", "Chủ tịch Hội Liên hiệp Phụ nữ xã Thanh"),
 P("Kăn Đức Thanh", "Bí thư Đảng ủy thị trấn Lao Bảo")],
[Q("26 đảng viên", 26, "đảng viên"), Q("17 chi bộ thôn, bản", 17, "chi bộ thôn, bản"), Q("4 lớp xóa mù chữ", 4, "lớp xóa mù chữ"),
 Q("96 người", 96, "người"), Q("36 hộ đồng bào Vân Kiều", 36, "hộ đồng bào Vân Kiều"),
 Q("khoảng 3.200 m2", 3200, "m2", "approx"), Q("120 con bò giống", 120, "con bò giống"), Q("2.500 kg", 2500, "kg"),
 Q("trên 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("12 đối tượng", 12, "đối tượng"),
 Q("4 vụ việc tranh chấp đất đai", 4, "vụ việc tranh chấp đất đai"), Q("100%", 100, "%")],
[D("Kế hoạch", "14", "KH/HU", "2012-02-20", "Ban Thường vụ Huyện ủy", "Kế hoạch số 14-KH/HU ngày 20/02/2012"),
 D("Quy chế phối hợp", "09", "QC/BDVHU", None, None, "Quy chế phối hợp số 09-QC/BDVHU"),
 D("Chỉ thị", "17", "CT-BQP", "2011-04-15", "Bộ trưởng Bộ Quốc phòng", "Chỉ thị số 17/CT-BQP ngày 15/4/2011")],
[prov("Quảng Trị"), com("A Dơi"), com("Thanh"), com("Lao Bảo")],
["Cổng thông tin điện tử huyện Hướng Hóa", "Trang chủ > Tin tức - Sự kiện > Dân vận",
 "Đồng chí Hồ Văn Lai phát biểu tại hội nghị. Ảnh: Quốc Tuấn", "Ánh sáng văn hóa hè", "Đồn Biên phòng Hướng Phùng"],
["Hôm nay: Thứ Hai, 16/07/2012", "Cập nhật: 16:40, 14/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm"]))

PAGES.append(page("b5479-kontum-bdbp-hoinghi-uytin-2013", """
BÁO KON TUM ĐIỆN TỬ
Thời sự | Chính trị | Quốc phòng - An ninh
08:15 | 10/04/2013
Gặp mặt 146 người có uy tín khu vực biên giới
(BKT) - Ngày 9/4, Ban Dân vận Tỉnh ủy Kon Tum phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị gặp mặt, biểu dương 146 người có uy tín tiêu biểu ở 16 xã biên giới năm 2013. Dự hội nghị có đồng chí Nguyễn Thị Hạnh, Phó Bí thư Tỉnh ủy; đồng chí A Pớt, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Trần Minh Khuê, Chỉ huy trưởng BĐBP tỉnh.
Các đại biểu dự hội nghị. Ảnh: Hữu Luận
Báo cáo tại hội nghị cho biết, thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, Kế hoạch số 52-KH/TU ngày 14/6/2012 của Tỉnh ủy và Hướng dẫn số 07-HD/BDVTU của Ban Dân vận Tỉnh ủy, các đồn biên phòng đã phân công 84 cán bộ phụ trách, kết nghĩa với người có uy tín; mỗi năm tổ chức 2 đợt bồi dưỡng kiến thức cho già làng, trưởng thôn. Năm qua, người có uy tín đã vận động 312 hộ đồng bào Xơ Đăng, Gia Rai, Brâu bỏ phong tục lạc hậu, đưa 97% trẻ em trong độ tuổi đến lớp; phối hợp giải quyết 23 vụ việc mâu thuẫn trong nội bộ nhân dân; cung cấp cho các đồn 58 nguồn tin liên quan đến an ninh biên giới.
Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: chế độ, chính sách đối với người có uy tín có lúc chưa kịp thời; một bộ phận người có uy tín tuổi cao, sức yếu, trình độ hạn chế nên việc nắm bắt chủ trương, chính sách còn chậm; việc phối hợp giữa đồn biên phòng với cấp ủy, chính quyền xã ở một số nơi chưa thường xuyên, thông tin hai chiều chưa đầy đủ.
Tại hội nghị, các già làng: A Thiết, A Rang, Y Bloanh phát biểu, bày tỏ niềm tin vào chủ trương của Đảng, chính sách của Nhà nước. Già làng A Thiết, người có uy tín làng Đăk Mế, xã Bờ Y, kể lại việc cùng cán bộ Đồn Biên phòng Bờ Y vận động con cháu không nghe kẻ xấu lôi kéo theo "Tin lành Đê Ga". Bà Y Nhung, Bí thư Chi bộ làng Lung Leng, xã Sa Loong, đề nghị hỗ trợ thêm giống lúa nước cho bà con.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Hạnh ghi nhận đóng góp của người có uy tín và đề nghị các cấp ủy tiếp tục thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị; mỗi cán bộ đồn biên phòng phải là một cán bộ dân vận, "đi dân nhớ, ở dân thương".
Dịp này, UBND tỉnh tặng bằng khen cho 15 người có uy tín; Bộ Chỉ huy BĐBP tỉnh tặng mỗi đại biểu 1 phần quà trị giá 500.000 đồng và 1 bộ tài liệu tuyên truyền song ngữ Việt - Xơ Đăng.
Hữu Luận
Tin liên quan
- Ngọc Hồi: Tập huấn cho 60 trưởng thôn vùng biên (02/04/2013)
- Đồn Biên phòng Đăk Nhoong giúp dân làm nhà (21/03/2013)
- Kon Tum: tổng kết công tác dân vận năm 2012 (28/12/2012)
- Ra mắt mô hình "Thôn an toàn biên giới" tại Sa Thầy (12/12/2012)
""", "2013-04-10", "Gặp mặt 146 người có uy tín khu vực biên giới",
E("hoi_nghi", "2013", "2013-04-09"),
[P("Nguyễn Thị Hạnh", "Phó Bí thư Tỉnh ủy"),
 P("A Pớt", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Khuê", "Đại tá", "Chỉ huy trưởng BĐBP tỉnh"),
 P("A Thiết", "già làng", "Già làng", "người có uy tín làng Đăk Mế"),
 P("A Rang", "già làng"),
 P("Y Bloanh", "già làng"),
 P("Y Nhung", "Bí thư Chi bộ làng Lung Leng")],
[Q("146 người có uy tín tiêu biểu", 146, "người có uy tín tiêu biểu"), Q("16 xã biên giới", 16, "xã biên giới"),
 Q("84 cán bộ", 84, "cán bộ"), Q("2 đợt", 2, "đợt"), Q("312 hộ đồng bào Xơ Đăng, Gia Rai, Brâu", 312, "hộ đồng bào Xơ Đăng, Gia Rai, Brâu"),
 Q("97%", 97, "%"), Q("23 vụ việc mâu thuẫn", 23, "vụ việc mâu thuẫn"), Q("58 nguồn tin", 58, "nguồn tin"),
 Q("15 người có uy tín", 15, "người có uy tín"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Kế hoạch", "52", "KH/TU", "2012-06-14", "Tỉnh ủy", "Kế hoạch số 52-KH/TU ngày 14/6/2012"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW")],
[prov("Kon Tum"), com("Bờ Y"), com("Sa Loong")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự | Chính trị | Quốc phòng - An ninh", "Các đại biểu dự hội nghị. Ảnh: Hữu Luận", "(BKT)",
 "Tin lành Đê Ga", "đi dân nhớ, ở dân thương", "Đồn Biên phòng Bờ Y"],
["08:15 | 10/04/2013", "năm 2013", "1 phần quà", "1 bộ tài liệu"]))

PAGES.append(page("b5480-kiengiang-vinhdieu-traoqua-2014", """
Báo Kiên Giang Online
Trang chủ / Xã hội / Giáo dục
29-08-2014 10:35
Đồn Biên phòng Vĩnh Điều trao 50 suất học bổng cho học sinh vùng biên
Ngày 28/8, tại trụ sở UBND xã Vĩnh Điều (huyện Giang Thành), Đồn Biên phòng Vĩnh Điều (BĐBP tỉnh Kiên Giang) phối hợp với Ban Dân vận Huyện ủy Giang Thành và Hội Khuyến học huyện tổ chức trao 50 suất học bổng, 30 chiếc xe đạp cho học sinh có hoàn cảnh khó khăn trước thềm năm học mới 2014 - 2015.
Thiếu tá Danh Sơn, Chính trị viên Đồn Biên phòng Vĩnh Điều trao học bổng cho các em.
Mỗi suất học bổng trị giá 1 triệu đồng, mỗi chiếc xe đạp trị giá 1,6 triệu đồng; cùng với đó là 300 quyển vở, 120 bộ sách giáo khoa. Tổng kinh phí chương trình gần 98 triệu đồng, do cán bộ, chiến sĩ đồn đóng góp và vận động các nhà hảo tâm, doanh nghiệp trên địa bàn.
Phát biểu tại buổi lễ, đồng chí Lâm Thị Sóc Ly, HUV, Trưởng Ban Dân vận Huyện ủy Giang Thành, cho biết thực hiện Chỉ thị số 08-CT/TU ngày 03/01/2013 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận vùng đồng bào Khmer và Nghị quyết số 06-NQ/ĐU của Đảng ủy xã Vĩnh Điều, thời gian qua các lực lượng đã quan tâm chăm lo cho học sinh vùng biên. Toàn huyện hiện có 1.146 hộ nghèo, trong đó 38% là hộ đồng bào Khmer; tỷ lệ học sinh bỏ học ở các xã biên giới đã giảm từ 6,2% xuống còn 2,8%.
Theo Thiếu tá Danh Sơn, từ năm 2012 đến nay, đơn vị đã nhận đỡ đầu 11 học sinh nghèo, hỗ trợ mỗi em 200.000 đồng/tháng; phối hợp với Trường Tiểu học Vĩnh Điều mở 2 lớp học tình thương cho 47 em. Đồn cũng triển khai Kế hoạch số 112/KH-UBND của UBND huyện về xóa mù chữ cho người lớn tuổi vùng biên.
Để việc hỗ trợ đúng người, đúng đối tượng, trước đó cán bộ đồn đã phối hợp với Ban ấp, chi hội phụ nữ và giáo viên chủ nhiệm đến từng gia đình rà soát, lập danh sách. Nhiều em có cha mẹ đi làm thuê xa, ở với ông bà già yếu; có em phải nghỉ học giữa chừng để phụ giúp gia đình giăng lưới, cắt lúa mướn. Sau mỗi đợt trao học bổng, cán bộ phụ trách tiếp tục theo dõi kết quả học tập, động viên các em chuyên cần, không để các em bỏ học vì thiếu sách vở, phương tiện đi lại.
Em Thị Sa Ri, học sinh lớp 8 Trường THCS Phú Mỹ, xúc động: "Có xe đạp, em không phải đi bộ 6 km đến trường nữa". Ông Chau Thanh, Bí thư Chi bộ ấp Tà Êm, xã Phú Mỹ, đại diện phụ huynh cảm ơn bộ đội biên phòng.
Dịp này, đồng chí Nguyễn Văn Hoàng, Phó Chủ tịch UBND xã Vĩnh Điều, kêu gọi các gia đình quan tâm, không để con em bỏ học giữa chừng.
Bài, ảnh: Thanh Nhã
Tin khác
- Giang Thành: Ra mắt tổ tự quản an ninh trật tự ấp Tà Êm (20/08/2014)
- BĐBP tỉnh tổ chức "Ngày hội Biên phòng toàn dân" (05/08/2014)
- Trao 20 căn nhà đồng đội cho hộ chính sách (15/07/2014)
""", "2014-08-29", "Đồn Biên phòng Vĩnh Điều trao 50 suất học bổng cho học sinh vùng biên",
E("trao_qua", None, "2014-08-28"),
[P("Danh Sơn", "Thiếu tá", "Chính trị viên Đồn Biên phòng Vĩnh Điều"),
 P("Lâm Thị Sóc Ly", "HUV", "Trưởng Ban Dân vận Huyện ủy Giang Thành"),
 P("Thị Sa Ri"),
 P("Chau Thanh", "Bí thư Chi bộ ấp Tà Êm"),
 P("Nguyễn Văn Hoàng", "Phó Chủ tịch UBND xã Vĩnh Điều")],
[Q("50 suất học bổng", 50, "suất học bổng"), Q("30 chiếc xe đạp", 30, "chiếc xe đạp"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("1,6 triệu đồng", 1600000, "đồng"), Q("300 quyển vở", 300, "quyển vở"), Q("120 bộ sách giáo khoa", 120, "bộ sách giáo khoa"),
 Q("gần 98 triệu đồng", 98000000, "đồng", "approx"), Q("1.146 hộ nghèo", 1146, "hộ nghèo"), Q("38%", 38, "%"),
 Q("6,2%", 6.2, "%"), Q("2,8%", 2.8, "%"), Q("11 học sinh nghèo", 11, "học sinh nghèo"),
 Q("200.000 đồng", 200000, "đồng"), Q("2 lớp học tình thương", 2, "lớp học tình thương"), Q("47 em", 47, "em"),
 Q("6 km", 6, "km")],
[D("Chỉ thị", "08", "CT/TU", "2013-01-03", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU ngày 03/01/2013"),
 D("Nghị quyết", "06", "NQ/ĐU", None, "Đảng ủy xã Vĩnh Điều", "Nghị quyết số 06-NQ/ĐU"),
 D("Kế hoạch", "112", "KH-UBND", None, "UBND huyện", "Kế hoạch số 112/KH-UBND")],
[prov("Kiên Giang"), com("Vĩnh Điều"), com("Phú Mỹ")],
["Báo Kiên Giang Online", "Trang chủ / Xã hội / Giáo dục",
 "Thiếu tá Danh Sơn, Chính trị viên Đồn Biên phòng Vĩnh Điều trao học bổng cho các em.", "Trường THCS Phú Mỹ",
 "Trường Tiểu học Vĩnh Điều"],
["29-08-2014 10:35", "năm học mới 2014 - 2015", "lớp 8", "từ năm 2012"]))

PAGES.append(page("b5481-hatinh-bdv-giaoban-2015", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Bạn đang ở: Trang chủ › Hoạt động › Dân vận các cấp
Thứ Tư, 07/10/2015 - 14:05
Ảnh: Quang cảnh buổi giao ban.
Giao ban công tác dân vận cụm các huyện biên giới
Chiều 6/10, tại Đồn Biên phòng Sơn Kim, Ban Dân vận Tỉnh ủy Hà Tĩnh chủ trì giao ban công tác dân vận cụm các huyện biên giới quý III/2015. Dự giao ban có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Đình Kha, Lê Thị Vân; Thượng tá Phan Văn Cường, Phó Chính ủy BĐBP tỉnh; lãnh đạo Ban Dân vận các Huyện ủy Hương Sơn, Vũ Quang, Hương Khê và 7 đồn biên phòng.
Theo báo cáo, quý III, các địa phương đã triển khai Kế hoạch số 33-KH/BDVTU ngày 10/7/2015 của Ban Dân vận Tỉnh ủy về phối hợp giữa khối dân vận với BĐBP trong xây dựng nền biên phòng toàn dân; sơ kết 2 năm thực hiện Quy chế phối hợp số 12-QCPH/BDVTU-BĐBP. Các đồn biên phòng đã cử 45 lượt cán bộ tăng cường cho 12 xã biên giới; giúp nhân dân 1.860 ngày công; tổ chức 9 buổi tuyên truyền pháp luật về biên giới cho trên 1.300 lượt người.
Đồng bào Chứt ở bản Rào Tre, xã Hương Liên được vận động ổn định cuộc sống, 100% trẻ em trong độ tuổi đi học; 34 hộ đồng bào Chứt được hỗ trợ 68 con lợn giống. Đồn Biên phòng Bản Giàng nhận đỡ đầu 6 học sinh, mỗi em 500.000 đồng/tháng.
Bên cạnh kết quả đạt được, công tác phối hợp vẫn còn một số hạn chế: việc trao đổi thông tin giữa đồn biên phòng với Ban Dân vận Huyện ủy có lúc chưa kịp thời; một số cán bộ đồn tăng cường về xã còn lúng túng khi vận động đồng bào; tình trạng người dân qua lại biên giới làm thuê, khai thác lâm sản trái phép ở một số bản chưa được ngăn chặn triệt để. Kinh phí cho hoạt động dân vận ở các xã biên giới còn hạn hẹp, chủ yếu dựa vào nguồn vận động xã hội hóa.
Tại buổi giao ban, đồng chí Hồ Thị Lâm, người có uy tín bản Rào Tre, xã Hương Liên, kiến nghị làm đường điện vào bản. Đồng chí Nguyễn Hữu Tình, HUV, Trưởng Ban Dân vận Huyện ủy Hương Sơn, nêu khó khăn trong việc vận động lao động không sang Lào làm thuê trái phép; quý III có 27 trường hợp bị trục xuất về nước.
Kết luận giao ban, đồng chí Trần Đình Kha yêu cầu quý IV tập trung tuyên truyền Nghị quyết số 33/2013/NQ-CP của Chính phủ, Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ về tổ chức phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia; phấn đấu mỗi xã biên giới có ít nhất 1 mô hình "Dân vận khéo" gắn với đồn biên phòng.
Lê Hà
Bài viết liên quan
- Vũ Quang: ra mắt tổ tự quản đường biên (21/09/2015)
- Giao ban dân vận cụm đồng bằng quý III/2015 (30/09/2015)
- Hương Khê: 40 chiến sĩ giúp dân khắc phục lũ (18/09/2015)
""", "2015-10-07", "Giao ban công tác dân vận cụm các huyện biên giới",
E("giao_ban", "2015-Q3", "2015-10-06"),
[P("Trần Đình Kha", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Cường", "Thượng tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Hồ Thị Lâm", "người có uy tín bản Rào Tre"),
 P("Nguyễn Hữu Tình", "HUV", "Trưởng Ban Dân vận Huyện ủy Hương Sơn")],
[Q("7 đồn biên phòng", 7, "đồn biên phòng"), Q("45 lượt cán bộ", 45, "lượt cán bộ"), Q("12 xã biên giới", 12, "xã biên giới"),
 Q("1.860 ngày công", 1860, "ngày công"), Q("9 buổi tuyên truyền pháp luật", 9, "buổi tuyên truyền pháp luật"),
 Q("trên 1.300 lượt người", 1300, "lượt người", "over"), Q("100%", 100, "%"), Q("34 hộ đồng bào Chứt", 34, "hộ đồng bào Chứt"),
 Q("68 con lợn giống", 68, "con lợn giống"), Q("6 học sinh", 6, "học sinh"), Q("500.000 đồng", 500000, "đồng"),
 Q("27 trường hợp", 27, "trường hợp"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Kế hoạch", "33", "KH/BDVTU", "2015-07-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 33-KH/BDVTU ngày 10/7/2015"),
 D("Quy chế phối hợp", "12", "QCPH/BDVTU-BĐBP", None, None, "Quy chế phối hợp số 12-QCPH/BDVTU-BĐBP"),
 D("Nghị quyết", "33", "2013/NQ-CP", None, "Chính phủ", "Nghị quyết số 33/2013/NQ-CP"),
 D("Chỉ thị", "01", "CT-TTg", "2015-01-09", "Thủ tướng Chính phủ", "Chỉ thị số 01/CT-TTg ngày 09/01/2015")],
[prov("Hà Tĩnh"), com("Hương Liên")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Bạn đang ở: Trang chủ › Hoạt động › Dân vận các cấp", "Ảnh: Quang cảnh buổi giao ban.",
 "Dân vận khéo", "Đồn Biên phòng Sơn Kim"],
["Thứ Tư, 07/10/2015 - 14:05", "quý III/2015", "2 năm", "quý IV"]))

PAGES.append(page("b5482-dienbien-bdbp-nangbuoc-2016", """
Báo Điện Biên Phủ điện tử
Trang chủ >> Xã hội >> Giáo dục - Đào tạo
Ngày đăng 05/09/2016 | 16:20
BĐBP Điện Biên ra mắt Chương trình "Nâng bước em tới trường", trao học bổng cho 72 học sinh
Học sinh xã Sín Thầu nhận học bổng. Ảnh: Quang Hưng
Sáng 4/9, tại xã Mường Nhé, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức lễ ra mắt Chương trình "Nâng bước em tới trường" và trao học bổng cho 72 học sinh có hoàn cảnh khó khăn ở các xã biên giới. Dự buổi lễ có đồng chí Lò Văn Pâng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Nguyễn Hồng Phong, Chỉ huy trưởng BĐBP tỉnh; đồng chí Giàng A Dính, Phó Chủ tịch UBND huyện Mường Nhé.
Thực hiện Kế hoạch số 2450/KH-BTL của Bộ Tư lệnh BĐBP và Hướng dẫn số 118/HD-CT của Cục Chính trị BĐBP, các đồn biên phòng trong tỉnh đã rà soát, lựa chọn 72 em học sinh tiểu học và trung học cơ sở là người Mông, Thái, Khơ Mú, Hà Nhì có hoàn cảnh đặc biệt khó khăn. Mỗi em được hỗ trợ 500.000 đồng/tháng cho đến khi học hết lớp 12; tổng kinh phí năm đầu tiên khoảng 432 triệu đồng, do cán bộ, chiến sĩ BĐBP tỉnh và 14 doanh nghiệp, nhà hảo tâm đóng góp.
Thượng tá Lò Văn Thắm, Phó Chính ủy BĐBP tỉnh cho biết, từ năm 2014, các đồn đã vận động 1.240 học sinh trở lại lớp, mở 23 lớp xóa mù chữ, tái mù chữ cho 596 người; 9 đồn biên phòng xây dựng tủ sách "Ánh sáng văn hóa" với trên 3.000 đầu sách. Mỗi đồn biên phòng được giao đỡ đầu từ 5 em trở lên.
Đại diện các gia đình, ông Sùng A Chư, Trưởng bản Huổi Lụ 2, xã Sín Thầu, cảm ơn bộ đội biên phòng đã "làm cha, làm anh" của con em bản. Em Lò Thị Ín, học sinh lớp 7, người Thái ở xã Mường Nhé, hứa sẽ cố gắng học tốt. Bà Vàng Thị Mỷ, Chủ tịch Hội Liên hiệp Phụ nữ xã Sín Thầu, đề nghị các đồn tiếp tục phối hợp tuyên truyền phòng, chống tảo hôn, hôn nhân cận huyết thống, vì đây là nguyên nhân chính khiến nhiều em gái người Mông phải bỏ học sớm.
Phát biểu tại buổi lễ, đồng chí Lò Văn Pâng đề nghị Chương trình gắn với việc thực hiện Chỉ thị số 03-CT/TU ngày 22/3/2016 của Tỉnh ủy về tăng cường công tác dân vận vùng đồng bào dân tộc thiểu số và Quyết định số 1719/QĐ-UBND của UBND tỉnh về đề án giảm tỷ lệ học sinh bỏ học; phấn đấu giảm 50% số học sinh bỏ học ở 8 xã biên giới.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao tặng 100 chiếc áo ấm, 200 suất quà cho học sinh các điểm trường vùng cao.
Quang Hưng
Tin cùng chuyên mục
- Mường Chà: Khai giảng năm học mới ở điểm trường Huổi Mí (05/09/2016)
- 20 giáo viên tình nguyện lên vùng cao (29/08/2016)
- Mường Nhé: Vận động 500 học sinh ra lớp (22/08/2016)
- Tuần Giáo tổng kết năm học 2015 - 2016 (10/08/2016)
""", "2016-09-05", "BĐBP Điện Biên ra mắt Chương trình \"Nâng bước em tới trường\", trao học bổng cho 72 học sinh",
E("trao_qua", None, "2016-09-04"),
[P("Lò Văn Pâng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hồng Phong", "Đại tá", "Chỉ huy trưởng BĐBP tỉnh"),
 P("Giàng A Dính", "Phó Chủ tịch UBND huyện Mường Nhé"),
 P("Lò Văn Thắm", "Thượng tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Sùng A Chư", "Trưởng bản Huổi Lụ 2"),
 P("Lò Thị Ín"),
 P("Vàng Thị Mỷ", "Chủ tịch Hội Liên hiệp Phụ nữ xã Sín Thầu")],
[Q("72 học sinh", 72, "học sinh"), Q("500.000 đồng", 500000, "đồng"), Q("khoảng 432 triệu đồng", 432000000, "đồng", "approx"),
 Q("14 doanh nghiệp, nhà hảo tâm", 14, "doanh nghiệp, nhà hảo tâm"), Q("1.240 học sinh", 1240, "học sinh"),
 Q("23 lớp xóa mù chữ, tái mù chữ", 23, "lớp xóa mù chữ, tái mù chữ"), Q("596 người", 596, "người"),
 Q("9 đồn biên phòng", 9, "đồn biên phòng"), Q("trên 3.000 đầu sách", 3000, "đầu sách", "over"),
 Q("từ 5 em trở lên", 5, "em", "over"), Q("50%", 50, "%"), Q("8 xã biên giới", 8, "xã biên giới"),
 Q("100 chiếc áo ấm", 100, "chiếc áo ấm"), Q("200 suất quà", 200, "suất quà")],
[D("Kế hoạch", "2450", "KH-BTL", None, "Bộ Tư lệnh BĐBP", "Kế hoạch số 2450/KH-BTL"),
 D("Hướng dẫn", "118", "HD-CT", None, "Cục Chính trị BĐBP", "Hướng dẫn số 118/HD-CT"),
 D("Chỉ thị", "03", "CT/TU", "2016-03-22", "Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 22/3/2016"),
 D("Quyết định", "1719", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1719/QĐ-UBND")],
[prov("Điện Biên"), com("Mường Nhé"), com("Sín Thầu")],
["Báo Điện Biên Phủ điện tử", "Trang chủ >> Xã hội >> Giáo dục - Đào tạo", "Học sinh xã Sín Thầu nhận học bổng. Ảnh: Quang Hưng",
 "Nâng bước em tới trường", "Ánh sáng văn hóa", "làm cha, làm anh"],
["Ngày đăng 05/09/2016 | 16:20", "lớp 12", "lớp 7", "năm đầu tiên", "từ năm 2014"]))
