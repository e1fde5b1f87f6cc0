from lib import *
PAGES = []

PAGES.append(page("b5123-daklak-dangbo-doithoai-2018", """
Báo Đắk Lắk điện tử
Chính trị › Xây dựng Đảng
Thứ Sáu, 14/09/2018, 07:30
Đối thoại giữa người dân buôn Ko Tam với đảng viên cư trú
Ảnh: Bí thư Đảng ủy xã Ea Tu trao đổi với người dân.
Ngày 12/9/2018, Đảng ủy xã Ea Tu, thành phố Buôn Ma Thuột tổ chức hội nghị đối thoại giữa cấp ủy, chính quyền với người dân và đảng viên đang cư trú tại buôn Ko Tam năm 2018. Đồng chí Y Kông Niê, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; dự có đồng chí Nguyễn Văn Hải, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Buôn Ma Thuột.
Buôn Ko Tam có 312 hộ với hơn 1.500 nhân khẩu, trong đó 86% là đồng bào Êđê; chi bộ buôn có 34 đảng viên, 15 người là cán bộ, giáo viên, công an công tác ở thành phố nhưng sinh hoạt hai chiều tại buôn. Tại buổi đối thoại, 21 lượt người dân nêu ý kiến, tập trung vào việc một số đảng viên chưa gương mẫu trong thực hiện hương ước, để con em bỏ học, chưa tham gia đóng góp làm đường bê tông.
Bà H'Yam Ayŭn, người có uy tín buôn Ko Tam, thẳng thắn: "Đảng viên ở buôn mà không đi họp buôn thì bà con không biết ý kiến gửi ai". Ông Y Thơk Mlô, Trưởng buôn, đề nghị các đảng viên cư trú nhận đỡ đầu 12 hộ nghèo trong buôn. Đồng chí Y Kông Niê tiếp thu và giao Chi bộ buôn rà soát, phân công mỗi đảng viên phụ trách từ 5 hộ trở lên.
Đồng chí Nguyễn Văn Hải cho biết, thực hiện Quy định 76-QĐ/TW của Bộ Chính trị và Hướng dẫn số 14-HD/TU ngày 22/5/2017 của Ban Thường vụ Tỉnh ủy, toàn thành phố có 6.418 đảng viên đang sinh hoạt hai chiều; năm 2017 các chi bộ nơi cư trú đã nhận xét 6.102 đảng viên, trong đó có 48 trường hợp được góp ý chưa tốt. Ban Thường vụ Thành ủy đã có Công văn số 1245-CV/TU đề nghị các cơ quan lấy nhận xét của chi bộ nơi cư trú làm một căn cứ đánh giá, xếp loại đảng viên.
Tại hội nghị, các ngành chức năng trả lời 9 kiến nghị liên quan cấp giấy chứng nhận quyền sử dụng đất, nước sinh hoạt và điện chiếu sáng buôn; hứa sẽ đầu tư khoảng 700 triệu đồng sửa 1,2 km đường nội buôn trong năm 2019. Những ý kiến chưa trả lời được sẽ được Đảng ủy xã chuyển cơ quan có thẩm quyền theo Quy chế số 07-QC/ĐU về tiếp xúc, đối thoại trực tiếp với nhân dân.
Kết thúc đối thoại, Đảng ủy xã tặng 20 suất quà cho hộ nghèo, mỗi suất 500.000 đồng, do các đảng viên cư trú đóng góp.
Cũng trong tháng 9, Ban Dân vận Thành ủy sẽ tổ chức đối thoại tương tự ở các phường Tân Lợi, Thành Nhất, nơi có nhiều đảng viên là cán bộ nghỉ hưu.
H'Xíu
Tin liên quan
- Krông Pắc: đối thoại với người có uy tín (05/09/2018)
- Buôn Đôn: đảng viên cư trú giúp dân xóa nhà tạm (28/08/2018)
- Tỉnh ủy sơ kết 3 năm thực hiện Chỉ thị 03 (20/08/2018)
""", "2018-09-14", "Đối thoại giữa người dân buôn Ko Tam với đảng viên cư trú",
E("doi_thoai", "2018", "2018-09-12"),
[P("Y Kông Niê", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Văn Hải", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Buôn Ma Thuột"),
 P("H'Yam Ayŭn", "người có uy tín buôn Ko Tam"),
 P("Y Thơk Mlô", "Trưởng buôn")],
[Q("312 hộ", 312, "hộ"), Q("hơn 1.500 nhân khẩu", 1500, "nhân khẩu", "over"), Q("86%", 86, "%"), Q("34 đảng viên", 34, "đảng viên"),
 Q("15 người", 15, "người"), Q("21 lượt người dân", 21, "lượt người dân"), Q("12 hộ nghèo", 12, "hộ nghèo"),
 Q("từ 5 hộ trở lên", 5, "hộ", "over"), Q("6.418 đảng viên", 6418, "đảng viên"), Q("6.102 đảng viên", 6102, "đảng viên"),
 Q("48 trường hợp", 48, "trường hợp"), Q("9 kiến nghị", 9, "kiến nghị"), Q("khoảng 700 triệu đồng", 700000000, "đồng", "approx"),
 Q("1,2 km", 1.2, "km"), Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quy định", "76", "QĐ/TW", None, "Bộ Chính trị", "Quy định 76-QĐ/TW"),
 D("Hướng dẫn", "14", "HD/TU", "2017-05-22", "Ban Thường vụ Tỉnh ủy", "Hướng dẫn số 14-HD/TU ngày 22/5/2017"),
 D("Công văn", "1245", "CV/TU", None, "Ban Thường vụ Thành ủy", "Công văn số 1245-CV/TU"),
 D("Quy chế", "07", "QC/ĐU", None, None, "Quy chế số 07-QC/ĐU")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Tân Lợi"), com("Thành Nhất")],
["Báo Đắk Lắk điện tử", "Chính trị › Xây dựng Đảng", "Ảnh: Bí thư Đảng ủy xã Ea Tu trao đổi với người dân.", "Ko Tam"],
["Thứ Sáu, 14/09/2018, 07:30", "năm 2018", "năm 2017", "năm 2019", "tháng 9"]))

PAGES.append(page("b5124-camau-btctu-tongket-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH CÀ MAU
Trang chủ | Tin tức | Xây dựng Đảng
Cập nhật lúc 17:20 ngày 27/12/2019
Hôm nay: Thứ Hai, 30/12/2019
Tổng kết năm 2019 việc đảng viên giữ mối liên hệ với nơi cư trú
Quang cảnh hội nghị.
Chiều 26/12, Ban Tổ chức Tỉnh ủy Cà Mau tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2019, trong đó đánh giá riêng việc thực hiện Quy định 76-QĐ/TW về đảng viên đang công tác giữ mối liên hệ với nơi cư trú. Đồng chí Lâm Văn Bi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, năm 2019 toàn Đảng bộ tỉnh có 13.905 đảng viên thuộc diện giữ mối liên hệ với chi bộ nơi cư trú, trong đó 13.652 đảng viên đã được chi bộ ấp, khóm nhận xét, đạt 98,18%. Nhân dân phản ánh 57 trường hợp chưa gương mẫu; cơ quan quản lý đã nhắc nhở, kiểm điểm 52 trường hợp, kỷ luật 3 đảng viên. Ở 101 xã, phường, thị trấn, Ban công tác Mặt trận ấp, khóm đã tham gia giám sát thường xuyên.
Ban Tổ chức Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 305, 306-KL/TU về nâng chất sinh hoạt chi bộ ấp, khóm và về quản lý đảng viên đi làm ăn xa; ban hành Hướng dẫn số 41-HD/BTCTU ngày 5/3/2019 về nội dung nhận xét đảng viên nơi cư trú. Toàn tỉnh có khoảng 2.800 đảng viên đi làm ăn ở các tỉnh miền Đông, chi bộ đã liên lạc được hơn 2.500 người.
Đồng chí Trương Thị Bé Tư, Phó Trưởng Ban Tổ chức Tỉnh ủy, cho biết năm 2019 Tỉnh ủy đã biểu dương 45 chi bộ ấp, khóm tiêu biểu; các đảng viên cư trú vận động xây 126 căn nhà Đại đoàn kết, đóng góp trên 3,1 tỷ đồng làm lộ giao thông nông thôn.
Tham luận tại hội nghị, ông Huỳnh Văn Hận, Bí thư Chi bộ ấp Rạch Lùm A, xã Tân Hưng Đông, huyện Cái Nước, chia sẻ cách làm "sổ tay đảng viên cư trú": mỗi tháng chi bộ ghi nhận việc làm của 23 đảng viên để nhận xét cuối năm. Bà Đào Thị Nhanh, HUV, Trưởng Ban Tổ chức Huyện ủy U Minh, đề nghị sớm sửa đổi Quy định 76 cho phù hợp với thực tế đảng viên làm việc ở khu công nghiệp.
Phát biểu kết luận, đồng chí Lâm Văn Bi đề nghị năm 2020 các cấp ủy tiếp tục thực hiện Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ; phấn đấu 100% đảng viên thuộc diện được nhận xét nơi cư trú; chuẩn bị tốt công tác nhân sự đại hội chi bộ nhiệm kỳ 2020 - 2022.
Dịp này, 16 tập thể và 30 cá nhân được Ban Thường vụ Tỉnh ủy tặng giấy khen.
Thu Trang
Các tin đã đưa
- Năm Căn: 800 đảng viên sinh hoạt hai chiều (18/12/2019)
- Đầm Dơi sơ kết 5 năm thực hiện Chỉ thị 03 (10/12/2019)
- Phú Tân: biểu dương 20 chi bộ ấp tiêu biểu (02/12/2019)
""", "2019-12-27", "Tổng kết năm 2019 việc đảng viên giữ mối liên hệ với nơi cư trú",
E("tong_ket", "2019", "2019-12-26"),
[P("Lâm Văn Bi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Trương Thị Bé Tư", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Huỳnh Văn Hận", "Bí thư Chi bộ ấp Rạch Lùm A"),
 P("Đào Thị Nhanh", "HUV", "Trưởng Ban Tổ chức Huyện ủy U Minh")],
[Q("13.905 đảng viên", 13905, "đảng viên"), Q("13.652 đảng viên", 13652, "đảng viên"), Q("98,18%", 98.18, "%"),
 Q("57 trường hợp", 57, "trường hợp"), Q("52 trường hợp", 52, "trường hợp"), Q("3 đảng viên", 3, "đảng viên"),
 Q("101 xã, phường, thị trấn", 101, "xã, phường, thị trấn"), Q("khoảng 2.800 đảng viên", 2800, "đảng viên", "approx"),
 Q("hơn 2.500 người", 2500, "người", "over"), Q("45 chi bộ ấp, khóm tiêu biểu", 45, "chi bộ ấp, khóm tiêu biểu"),
 Q("126 căn nhà Đại đoàn kết", 126, "căn nhà Đại đoàn kết"), Q("trên 3,1 tỷ đồng", 3100000000, "đồng", "over"),
 Q("23 đảng viên", 23, "đảng viên"), Q("100%", 100, "%"), Q("16 tập thể", 16, "tập thể"), Q("30 cá nhân", 30, "cá nhân")],
[D("Quy định", "76", "QĐ/TW", None, None, "Quy định 76-QĐ/TW"),
 D("Kết luận", "305", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 305, 306-KL/TU"),
 D("Kết luận", "306", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 305, 306-KL/TU"),
 D("Hướng dẫn", "41", "HD/BTCTU", "2019-03-05", "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 41-HD/BTCTU ngày 5/3/2019"),
 D("Chỉ thị", "10", "CT/TW", "2007-03-30", "Ban Bí thư", "Chỉ thị số 10-CT/TW ngày 30/3/2007")],
[prov("Cà Mau"), com("Tân Hưng Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH CÀ MAU", "Trang chủ | Tin tức | Xây dựng Đảng", "Hôm nay: Thứ Hai, 30/12/2019",
 "Quang cảnh hội nghị.", "sổ tay đảng viên cư trú"],
["Cập nhật lúc 17:20 ngày 27/12/2019", "Hôm nay: Thứ Hai, 30/12/2019", "năm 2019", "năm 2020", "nhiệm kỳ 2020 - 2022", "Quy định 76"]))

PAGES.append(page("b5125-hatinh-tinhuy-hoinghi-2020", """
Báo Hà Tĩnh
Chính trị - Xây dựng Đảng
04/03/2020 - 15:40
Quán triệt Quy định 213 về trách nhiệm của đảng viên nơi cư trú
Trang chủ > Chính trị
Ảnh: Đồng chí Võ Hồng Sơn quán triệt nội dung Quy định 213-QĐ/TW.
Sáng 3/3, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị trực tuyến quán triệt Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú. Hội nghị được kết nối tới 13 điểm cầu huyện, thị xã, thành phố với gần 1.600 đại biểu.
Đồng chí Võ Hồng Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy trực tiếp quán triệt. Quy định 213 thay thế Quy định 76-QĐ/TW ngày 15/6/2007, nêu rõ đảng viên phải chấp hành chủ trương của Đảng, pháp luật của Nhà nước, quy định của địa phương nơi cư trú; tham gia sinh hoạt tổ dân phố, thôn; nhận xét của chi bộ nơi cư trú là một căn cứ để đánh giá, xếp loại chất lượng đảng viên cuối năm.
Theo đồng chí Võ Hồng Sơn, qua 12 năm thực hiện Quy định 76, Hà Tĩnh có 23.560 đảng viên thường xuyên giữ mối liên hệ với nơi cư trú; mỗi năm có khoảng 95% đảng viên được nhận xét, 0,4% được góp ý chưa tốt. Tuy vậy, có chi bộ nể nang, nhận xét hình thức; chưa đến 50% cơ quan phản hồi ý kiến của chi bộ nơi cư trú.
Để triển khai, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 158-KH/TU ngày 24/2/2020; Ban Tổ chức Tỉnh ủy ban hành Hướng dẫn 12, 13-HD/BTCTU về quy trình nhận xét đảng viên và về trách nhiệm của Đảng ủy xã, phường. Ủy ban MTTQ tỉnh sẽ chỉ đạo Ban công tác Mặt trận ở 1.723 thôn, tổ dân phố tham gia giám sát theo Quyết định 217-QĐ/TW của Bộ Chính trị.
Tại điểm cầu thị xã Hồng Lĩnh, đồng chí Trần Thị Thu Hiền, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã, cho biết thị xã sẽ lập danh sách đảng viên cư trú theo từng tổ dân phố ngay trong tháng 3. Đồng chí Nguyễn Văn Chiến, Bí thư Đảng ủy phường Bắc Hồng, đề nghị hướng dẫn cách ghi sổ theo dõi để chi bộ nhận xét có căn cứ.
Kết luận hội nghị, đồng chí Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh yêu cầu các cấp ủy tổ chức quán triệt xong trước ngày 31/3/2020, gắn với chuẩn bị đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng; cơ quan nào không gửi phiếu xin nhận xét đúng hạn sẽ bị phê bình. Các đảng viên cư trú cần tham gia phòng, chống dịch Covid-19 ở khu dân cư.
Ngoài hội nghị, tỉnh in 24.000 cuốn tài liệu hỏi - đáp về Quy định 213 phát đến các chi bộ.
Thiên Vỹ
Tin liên quan
- Can Lộc: 100% chi bộ thôn lập sổ theo dõi đảng viên cư trú (26/02/2020)
- Tỉnh ủy ra mắt Ban Chỉ đạo phòng, chống dịch (20/02/2020)
- Kỳ Anh: đảng viên cư trú giúp dân mùa khô hạn (12/02/2020)
""", "2020-03-04", "Quán triệt Quy định 213 về trách nhiệm của đảng viên nơi cư trú",
E("hoi_nghi", "2020", "2020-03-03"),
[P("Võ Hồng Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Trần Thị Thu Hiền", "Phó Bí thư Thị ủy", "Chủ tịch UBND thị xã"),
 P("Nguyễn Văn Chiến", "Bí thư Đảng ủy phường Bắc Hồng"),
 P("Trần Thế Dũng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh")],
[Q("13 điểm cầu huyện, thị xã, thành phố", 13, "điểm cầu huyện, thị xã, thành phố"), Q("gần 1.600 đại biểu", 1600, "đại biểu", "approx"),
 Q("23.560 đảng viên", 23560, "đảng viên"), Q("khoảng 95%", 95, "%", "approx"), Q("0,4%", 0.4, "%"), Q("chưa đến 50%", 50, "%", "approx"),
 Q("1.723 thôn, tổ dân phố", 1723, "thôn, tổ dân phố"), Q("24.000 cuốn tài liệu hỏi - đáp", 24000, "cuốn tài liệu hỏi - đáp")],
[D("Quy định", "213", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định số 213-QĐ/TW ngày 2/1/2020"),
 D("Quy định", "76", "QĐ/TW", "2007-06-15", None, "Quy định 76-QĐ/TW ngày 15/6/2007"),
 D("Kế hoạch", "158", "KH/TU", "2020-02-24", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 158-KH/TU ngày 24/2/2020"),
 D("Hướng dẫn", "12", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn 12, 13-HD/BTCTU"),
 D("Hướng dẫn", "13", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn 12, 13-HD/BTCTU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW")],
[prov("Hà Tĩnh"), com("Bắc Hồng")],
["Báo Hà Tĩnh", "Chính trị - Xây dựng Đảng", "Trang chủ > Chính trị", "Ảnh: Đồng chí Võ Hồng Sơn quán triệt nội dung Quy định 213-QĐ/TW.", "Đại hội XIII"],
["04/03/2020 - 15:40", "12 năm", "tháng 3", "Đại hội XIII", "Covid-19", "Quy định 213", "Quy định 76"]))

PAGES.append(page("b5126-laocai-xa-daihoi-2020", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC HÀ - TỈNH LÀO CAI
Tin tức > Hoạt động cơ sở
Ngày 16/06/2020 | 09:15
Đại hội Đảng bộ xã Bản Phố: nâng cao trách nhiệm đảng viên nơi cư trú
Toàn cảnh đại hội. Ảnh: Sùng Mỷ
Trong 2 ngày 14 - 15/6/2020, Đảng bộ xã Bản Phố tổ chức Đại hội đại biểu lần thứ XXI, nhiệm kỳ 2020 - 2025. Về dự có đồng chí Lù Văn Páo, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà và 98 đại biểu đại diện cho 176 đảng viên của 14 chi bộ trực thuộc.
Báo cáo chính trị nêu rõ, nhiệm kỳ qua Đảng ủy xã đã thực hiện nghiêm Quy định 76-QĐ/TW và nay là Quy định 213-QĐ/TW của Bộ Chính trị; 100% đảng viên là giáo viên, cán bộ y tế, công an, bộ đội biên phòng cư trú trên địa bàn được chi bộ thôn nhận xét hằng năm. Các đảng viên đã tham gia vận động 245 hộ người Mông, người Tày bỏ tục lệ lạc hậu trong việc cưới, việc tang; vận động nhân dân hiến 3.600 m2 đất làm đường nội thôn. Tỷ lệ hộ nghèo giảm từ 58,3% xuống còn 21,6%.
Đại hội thẳng thắn chỉ ra hạn chế: có 4 đảng viên công tác ở huyện ít về sinh hoạt thôn; việc góp ý của nhân dân còn dè dặt. Nghị quyết chuyên đề số 04-NQ/ĐU của Đảng ủy xã về giám sát đảng viên nơi cư trú chưa được cụ thể hóa ở một số chi bộ.
Phát biểu chỉ đạo, đồng chí Lù Văn Páo đề nghị Đảng ủy xã tiếp tục thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp; quan tâm phát triển đảng viên ở thôn không có chi bộ riêng; phấn đấu nhiệm kỳ tới kết nạp từ 40 đảng viên mới trở lên.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XXI gồm 15 đồng chí. Tại phiên họp thứ nhất, đồng chí Sùng Seo Lử được bầu giữ chức Bí thư Đảng ủy xã; các đồng chí Thào Thị Mai, Lồ Văn Chỉn được bầu giữ chức Phó Bí thư Đảng ủy xã. Đồng chí Hoàng Văn Thắng được bầu làm Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.
Đại hội cũng bầu 5 đại biểu đi dự Đại hội Đảng bộ huyện Bắc Hà lần thứ XXIV. Phát biểu nhận nhiệm vụ, đồng chí Sùng Seo Lử cam kết cùng Ban Chấp hành đưa Bản Phố đạt chuẩn nông thôn mới trước năm 2025, thu nhập bình quân đạt trên 35 triệu đồng/người/năm.
Nhiều đại biểu cho rằng ở vùng cao Lào Cai, đảng viên cư trú là cầu nối quan trọng giữa cấp ủy với bà con; vì vậy cần phân công mỗi đảng viên phụ trách một nhóm hộ, thường xuyên thăm hỏi, nắm bắt tâm tư và kịp thời phản ánh với chi bộ những vấn đề bà con quan tâm.
Dịp này, Đảng ủy xã tặng giấy khen cho 7 đảng viên cư trú tiêu biểu, mỗi suất thưởng 300.000 đồng.
Theo kế hoạch số 27-KH/HU của Huyện ủy Bắc Hà, các đảng bộ xã trong huyện sẽ hoàn thành đại hội trước ngày 30/6/2020.
Sùng Mỷ
Bài viết liên quan
- Đại hội Chi bộ thôn Sín Chéng điểm của huyện (02/05/2020)
- Tà Chải: đảng viên giúp dân trồng 50 ha chè (20/04/2020)
- Bắc Hà chuẩn bị Đại hội Đảng bộ huyện lần thứ XXIV (10/04/2020)
""", "2020-06-16", "Đại hội Đảng bộ xã Bản Phố: nâng cao trách nhiệm đảng viên nơi cư trú",
E("dai_hoi", None, "2020-06-14"),
[P("Lù Văn Páo", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Sùng Seo Lử", "Bí thư Đảng ủy xã"),
 P("Thào Thị Mai", "Phó Bí thư Đảng ủy xã"),
 P("Lồ Văn Chỉn", "Phó Bí thư Đảng ủy xã"),
 P("Hoàng Văn Thắng", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã")],
[Q("98 đại biểu", 98, "đại biểu"), Q("176 đảng viên", 176, "đảng viên"), Q("14 chi bộ", 14, "chi bộ"), Q("100%", 100, "%"),
 Q("245 hộ", 245, "hộ"), Q("3.600 m2", 3600, "m2"), Q("58,3%", 58.3, "%"), Q("21,6%", 21.6, "%"), Q("4 đảng viên", 4, "đảng viên"),
 Q("từ 40 đảng viên mới trở lên", 40, "đảng viên mới", "over"), Q("15 đồng chí", 15, "đồng chí"), Q("5 đại biểu", 5, "đại biểu"),
 Q("trên 35 triệu đồng", 35000000, "đồng", "over"), Q("7 đảng viên cư trú tiêu biểu", 7, "đảng viên cư trú tiêu biểu"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Quy định", "76", "QĐ/TW", None, "Bộ Chính trị", "Quy định 76-QĐ/TW"),
 D("Quy định", "213", "QĐ/TW", None, "Bộ Chính trị", "Quy định 213-QĐ/TW"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 04-NQ/ĐU"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019"),
 D("Kế hoạch", "27", "KH/HU", None, "Huyện ủy Bắc Hà", "kế hoạch số 27-KH/HU")],
[prov("Lào Cai"), com("Bản Phố")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC HÀ - TỈNH LÀO CAI", "Tin tức > Hoạt động cơ sở", "Toàn cảnh đại hội. Ảnh: Sùng Mỷ"],
["Ngày 16/06/2020 | 09:15", "2 ngày", "lần thứ XXI", "nhiệm kỳ 2020 - 2025", "khóa XXI", "lần thứ XXIV", "15 đồng chí", "phiên họp thứ nhất"]))

PAGES.append(page("b5127-binhduong-mttq-baocao-2021", """
Báo Bình Dương Online
Chính trị > Mặt trận - Đoàn thể
2021-11-26 16:40
Mặt trận báo cáo kết quả giám sát đảng viên nơi cư trú năm 2021
Ủy ban MTTQ Việt Nam tỉnh Bình Dương vừa có Báo cáo số 186/BC-MTTQ-BTT ngày 24/11/2021 gửi Ban Thường vụ Tỉnh ủy về kết quả giám sát của Mặt trận và nhân dân đối với cán bộ, đảng viên nơi cư trú năm 2021. Báo cáo do bà Phạm Thị Ngọc Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh ký.
Ảnh minh họa: Cán bộ Mặt trận phường Phú Hòa lấy ý kiến người dân.
Theo báo cáo, dù chịu ảnh hưởng nặng nề của dịch Covid-19, Mặt trận các cấp đã tổ chức 1.047 cuộc giám sát, trong đó có 386 cuộc giám sát việc thực hiện Quy định 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị và Quy định 124-QĐ/TW ngày 2/2/2018 của Ban Bí thư về giám sát của Mặt trận đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên. Có 41.326 đảng viên được chi bộ khu phố, ấp nhận xét; nhân dân kiến nghị 73 nội dung, đã được tiếp thu, giải quyết 68 nội dung.
Trong thời gian giãn cách, hơn 12.000 đảng viên cư trú đã tham gia tổ Covid cộng đồng, hỗ trợ phân phát hơn 1,2 triệu túi an sinh; quỹ "Vì người nghèo" các cấp tiếp nhận trên 215 tỷ đồng. Tuy nhiên, báo cáo nêu 19 trường hợp đảng viên bị phản ánh chưa gương mẫu chấp hành quy định giãn cách, 6 trường hợp đã bị xử lý.
Báo cáo kiến nghị Ban Thường vụ Tỉnh ủy chỉ đạo thực hiện nghiêm Kết luận 22, 23-KL/TU của Tỉnh ủy về phát huy vai trò của đảng viên nơi cư trú trong phòng, chống dịch; đề nghị các cơ quan có trên 80% đảng viên là người ngoài tỉnh phối hợp chặt chẽ với Đảng ủy các phường Phú Hòa, Định Hòa, Thuận Giao.
Báo cáo cũng ghi nhận cách làm của ông Lê Văn Tư, Trưởng ban công tác Mặt trận khu phố 3, phường Định Hòa, lập nhóm Zalo gồm 214 hộ để người dân phản ánh hành vi của đảng viên, cán bộ khu phố; và của bà Nguyễn Thị Hạnh, Bí thư Chi bộ ấp 2, xã An Tây, đưa nội dung nhận xét đảng viên vào sinh hoạt chi bộ mỗi quý.
Theo đánh giá của Ban Thường trực Ủy ban MTTQ tỉnh, điểm mới của năm nay là việc lấy ý kiến nhân dân được thực hiện linh hoạt, kết hợp họp trực tiếp với phiếu góp ý gửi qua tổ tự quản; nhờ vậy người lao động ở nhà trọ cũng có thể tham gia góp ý đối với đảng viên sinh sống cùng khu phố.
Cùng ngày, ông Võ Văn Minh, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh cho biết, năm 2022 Mặt trận sẽ giám sát tại ít nhất 9 huyện, thị xã, thành phố, tập trung vào người đứng đầu cấp ủy cơ sở; thực hiện theo Kế hoạch số 09-KH/MTTQ-BTT.
Nguyễn Hòa
Lượt xem: 4.512
Tin liên quan
- Thủ Dầu Một: 500 đảng viên cư trú tham gia tổ Covid cộng đồng (10/10/2021)
- Dĩ An trao 3.000 túi an sinh (22/08/2021)
- Bàu Bàng: hội nghị giám sát đầu tư cộng đồng (15/07/2021)
""", "2021-11-26", "Mặt trận báo cáo kết quả giám sát đảng viên nơi cư trú năm 2021",
E("bao_cao", "2021", "2021-11-24"),
[P("Phạm Thị Ngọc Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Tư", "Trưởng ban công tác Mặt trận khu phố 3"),
 P("Nguyễn Thị Hạnh", "Bí thư Chi bộ ấp 2"),
 P("Võ Văn Minh", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("1.047 cuộc giám sát", 1047, "cuộc giám sát"), Q("386 cuộc giám sát", 386, "cuộc giám sát"), Q("41.326 đảng viên", 41326, "đảng viên"),
 Q("73 nội dung", 73, "nội dung"), Q("68 nội dung", 68, "nội dung"), Q("hơn 12.000 đảng viên cư trú", 12000, "đảng viên cư trú", "over"),
 Q("hơn 1,2 triệu túi an sinh", 1200000, "túi an sinh", "over"), Q("trên 215 tỷ đồng", 215000000000, "đồng", "over"),
 Q("19 trường hợp", 19, "trường hợp"), Q("6 trường hợp", 6, "trường hợp"), Q("trên 80%", 80, "%", "over"),
 Q("214 hộ", 214, "hộ"), Q("ít nhất 9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố", "over")],
[D("Báo cáo", "186", "BC-MTTQ-BTT", "2021-11-24", "Ủy ban MTTQ Việt Nam tỉnh Bình Dương", "Báo cáo số 186/BC-MTTQ-BTT ngày 24/11/2021"),
 D("Quy định", "213", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định 213-QĐ/TW ngày 2/1/2020"),
 D("Quy định", "124", "QĐ/TW", "2018-02-02", "Ban Bí thư", "Quy định 124-QĐ/TW ngày 2/2/2018"),
 D("Kết luận", "22", "KL/TU", None, "Tỉnh ủy", "Kết luận 22, 23-KL/TU"),
 D("Kết luận", "23", "KL/TU", None, "Tỉnh ủy", "Kết luận 22, 23-KL/TU"),
 D("Kế hoạch", "09", "KH/MTTQ-BTT", None, None, "Kế hoạch số 09-KH/MTTQ-BTT")],
[prov("Bình Dương"), com("Phú Hòa"), com("Định Hòa"), com("Thuận Giao"), com("An Tây")],
["Báo Bình Dương Online", "Chính trị > Mặt trận - Đoàn thể", "Ảnh minh họa: Cán bộ Mặt trận phường Phú Hòa lấy ý kiến người dân.",
 "Vì người nghèo", "Lượt xem: 4.512", "Zalo"],
["2021-11-26 16:40", "năm 2021", "năm 2022", "Covid-19", "Lượt xem: 4.512"]))

PAGES.append(page("b5128-kontum-chibo-chandung-2021", """
Báo Kon Tum điện tử
Xã hội › Gương sáng
Thứ Hai, 15/11/2021
Người bí thư chi bộ "nắm" từng đảng viên ở làng Kon Jơ Ri
Già A Thưn (bìa trái) trò chuyện với đảng viên trong làng.
Hơn 10 năm làm Bí thư Chi bộ làng Kon Jơ Ri, phường Lê Lợi, thành phố Kon Tum, ông A Thưn (dân tộc Ba Na) được bà con tin yêu gọi là "già làng của đảng viên". Chi bộ làng có 41 đảng viên, trong đó 17 người là giáo viên, y sĩ, công an, cán bộ các sở, ngành cư trú tại làng.
Theo ông A Thưn, từ khi có Quy định 213-QĐ/TW của Bộ Chính trị, chi bộ lập sổ ghi việc tốt, việc chưa tốt của từng đảng viên cư trú; mỗi quý mời đảng viên báo cáo ngắn trước chi bộ. "Đảng viên ở làng thì phải làm gương trước bà con, nói ít làm nhiều", ông nói bằng tiếng Kinh lơ lớ. Năm 2020, chi bộ nhận xét 17 đảng viên cư trú, có 2 người được góp ý về việc chưa tham gia lao động công ích.
Dưới sự vận động của chi bộ, 64 hộ trong làng đã hiến gần 1.200 m2 đất mở rộng đường vào nhà rông; đảng viên cư trú góp 48 triệu đồng hỗ trợ 6 hộ nghèo sửa nhà. Bà Y Blơi, Trưởng ban công tác Mặt trận làng, kể: mỗi lần họp làng, ông A Thưn đều dành thời gian để bà con nói thẳng về đảng viên, ghi lại rồi gửi cơ quan của họ.
Đồng chí Nguyễn Hữu Thành, Bí thư Đảng ủy phường Lê Lợi, đánh giá: chi bộ làng Kon Jơ Ri nhiều năm liền hoàn thành xuất sắc nhiệm vụ, là điểm của thành phố trong thực hiện Kết luận số 01-KL/TU ngày 12/4/2021 của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín. Năm 2021, ông A Thưn được Ủy ban nhân dân tỉnh tặng bằng khen theo Quyết định số 1035/QĐ-UBND.
Còn đồng chí Y Hoan, Phó Trưởng Ban Dân vận Thành ủy Kon Tum, cho biết cách làm của làng Kon Jơ Ri đang được nhân rộng ra 19 làng đồng bào dân tộc thiểu số của thành phố, gắn với phong trào thi đua "Dân vận khéo".
Trước đây, làng có 5 đảng viên ít tham gia sinh hoạt. Ông A Thưn đến từng nhà, gặp cả cơ quan nơi họ làm việc. Đến nay, cả 5 người đều tham gia đầy đủ, có người còn đứng ra dạy chữ cho 30 em nhỏ trong làng vào dịp hè.
Những ngày cuối năm, căn nhà sàn của ông A Thưn vẫn rộn tiếng người. Người đến hỏi chuyện vay vốn, người đến nhờ viết đơn, có cả những đảng viên trẻ đến xin ý kiến trước khi về cơ quan làm bản kiểm điểm. Ông bảo, nhận xét đảng viên không phải để bắt lỗi, mà để mỗi người biết mình đang ở đâu trong mắt bà con, từ đó sửa mình cho tốt hơn.
Sắp tới, ông mong muốn chi bộ tiếp tục được tập huấn về Quy định 213, để những đảng viên trẻ hiểu rõ trách nhiệm của mình với bà con nơi mình ở.
Bài, ảnh: Ngọc Tần
Tin cùng chuyên mục
- Nữ đảng viên người Xơ Đăng làm kinh tế giỏi (08/11/2021)
- Đắk Hà: 30 năm một tấm gương già làng (01/11/2021)
- Ngọc Hồi tuyên dương 45 người có uy tín (25/10/2021)
""", "2021-11-15", "Người bí thư chi bộ \"nắm\" từng đảng viên ở làng Kon Jơ Ri",
E("khac", None, None),
[P("A Thưn", "Bí thư Chi bộ làng Kon Jơ Ri"),
 P("Y Blơi", "Trưởng ban công tác Mặt trận làng"),
 P("Nguyễn Hữu Thành", "Bí thư Đảng ủy phường Lê Lợi"),
 P("Y Hoan", "Phó Trưởng Ban Dân vận Thành ủy Kon Tum")],
[Q("41 đảng viên", 41, "đảng viên"), Q("17 người", 17, "người"), Q("17 đảng viên cư trú", 17, "đảng viên cư trú"),
 Q("2 người", 2, "người"), Q("64 hộ", 64, "hộ"), Q("gần 1.200 m2", 1200, "m2", "approx"), Q("48 triệu đồng", 48000000, "đồng"),
 Q("6 hộ nghèo", 6, "hộ nghèo"), Q("19 làng đồng bào dân tộc thiểu số", 19, "làng đồng bào dân tộc thiểu số"),
 Q("5 đảng viên", 5, "đảng viên"), Q("30 em nhỏ", 30, "em nhỏ")],
[D("Quy định", "213", "QĐ/TW", None, "Bộ Chính trị", "Quy định 213-QĐ/TW"),
 D("Kết luận", "01", "KL/TU", "2021-04-12", "Ban Thường vụ Tỉnh ủy", "Kết luận số 01-KL/TU ngày 12/4/2021"),
 D("Quyết định", "1035", "QĐ-UBND", None, "Ủy ban nhân dân tỉnh", "Quyết định số 1035/QĐ-UBND")],
[prov("Kon Tum"), com("Lê Lợi")],
["Báo Kon Tum điện tử", "Xã hội › Gương sáng", "Già A Thưn (bìa trái) trò chuyện với đảng viên trong làng.", "già làng của đảng viên",
 "Dân vận khéo", "Kon Jơ Ri"],
["Thứ Hai, 15/11/2021", "Hơn 10 năm", "Năm 2020", "Năm 2021", "mỗi quý"]))
