from lib import *
PAGES = []

PAGES.append(page("b5261-thaibinh-lhpn-tongket-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH THÁI BÌNH
Trang chủ » Hoạt động Hội » Phong trào phụ nữ
Thứ Sáu, 16/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Thái Bình: Phụ nữ chung tay giữ gìn môi trường nông thôn
Ngày 14/12/2011, Hội LHPN tỉnh Thái Bình tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2011, trong đó đánh giá kết quả thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Đồng chí Trần Thị Hạnh Nguyên, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị. Dự có đồng chí Bùi Văn Khang, Phó Trưởng Ban Dân vận Tỉnh ủy, cùng 126 đại biểu là chủ tịch hội phụ nữ các huyện, thành phố và cơ sở.
Báo cáo do các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Phạm Thị Thu Lan, Vũ Thị Hằng trình bày cho biết, thực hiện Chỉ thị số 11-CT/TU ngày 8/4/2010 của Ban Thường vụ Tỉnh ủy về tăng cường bảo vệ môi trường nông thôn và Kế hoạch 27-KH/HPN của Ban Thường vụ Hội LHPN tỉnh, các cấp Hội đã thành lập 412 tổ phụ nữ thu gom rác thải với hơn 9.600 hội viên tham gia; vận động 38.500 hộ gia đình ký cam kết không đổ rác bừa bãi ra kênh mương. Hội phối hợp với ngành nông nghiệp xây dựng 57 bể chứa vỏ bao bì thuốc bảo vệ thực vật trên đồng ruộng. Tổng kinh phí huy động đạt gần 1,35 tỷ đồng; tỷ lệ hộ thu gom rác đúng nơi quy định đạt 72,5%.
Các cấp Hội cũng tuyên truyền Nghị quyết số 41-NQ/TW ngày 15/11/2004 của Bộ Chính trị về bảo vệ môi trường trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa và Quyết định số 800/QĐ-TTg ngày 4/6/2010 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới tới hơn 2.000 buổi sinh hoạt chi hội.
Tại hội nghị, bà Nguyễn Thị Thoa, Chủ tịch Hội LHPN xã Vũ Hội, chia sẻ cách làm: mỗi hội viên đóng góp 5.000 đồng/tháng để trả công người thu gom, rác được đưa về bãi tập trung của xã hai lần mỗi tuần. Bà Đỗ Thị Mận, Tổ trưởng tổ thu gom rác thôn Đông Hòa, xã Quỳnh Hải, kiến nghị bố trí thêm bãi chôn lấp hợp vệ sinh vì bãi cũ đã quá tải.
Phát biểu chỉ đạo, đồng chí Bùi Văn Khang ghi nhận những kết quả mà phụ nữ toàn tỉnh đạt được, đề nghị năm 2012 Hội tiếp tục nhân rộng mô hình, gắn phong trào với xây dựng nông thôn mới, phấn đấu 100% chi hội có tổ thu gom rác.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 4 tập thể, 6 cá nhân; Hội LHPN tỉnh tặng giấy khen cho 35 tập thể và 52 cá nhân có thành tích xuất sắc.
Thu Hà
Lượt xem: 1.204
Tin liên quan
- Hưng Hà ra mắt 12 tổ phụ nữ thu gom rác (30/11/2011)
- Hội LHPN tỉnh giao ban quý III (06/10/2011)
- Tập huấn kỹ năng tuyên truyền bảo vệ môi trường cho cán bộ Hội (15/09/2011)
""", "2011-12-16", "Thái Bình: Phụ nữ chung tay giữ gìn môi trường nông thôn",
E("tong_ket", "2011", "2011-12-14"),
[P("Trần Thị Hạnh Nguyên", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Bùi Văn Khang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Thu Lan", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Vũ Thị Hằng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Thoa", "Chủ tịch Hội LHPN xã Vũ Hội"),
 P("Đỗ Thị Mận", "Tổ trưởng tổ thu gom rác thôn Đông Hòa")],
[Q("126 đại biểu", 126, "đại biểu"), Q("412 tổ phụ nữ thu gom rác thải", 412, "tổ phụ nữ thu gom rác thải"),
 Q("hơn 9.600 hội viên", 9600, "hội viên", "over"), Q("38.500 hộ gia đình", 38500, "hộ gia đình"),
 Q("57 bể chứa vỏ bao bì thuốc bảo vệ thực vật", 57, "bể chứa vỏ bao bì thuốc bảo vệ thực vật"),
 Q("gần 1,35 tỷ đồng", 1350000000, "đồng", "approx"), Q("72,5%", 72.5, "%"),
 Q("hơn 2.000 buổi sinh hoạt chi hội", 2000, "buổi sinh hoạt chi hội", "over"),
 Q("5.000 đồng/tháng", 5000, "đồng"), Q("100% chi hội", 100, "%"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("35 tập thể", 35, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Chỉ thị", "11", "CT/TU", "2010-04-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 8/4/2010"),
 D("Kế hoạch", "27", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 27-KH/HPN"),
 D("Nghị quyết", "41", "NQ/TW", "2004-11-15", "Bộ Chính trị", "Nghị quyết số 41-NQ/TW ngày 15/11/2004"),
 D("Quyết định", "800", "QĐ-TTg", "2010-06-04", "Thủ tướng Chính phủ", "Quyết định số 800/QĐ-TTg ngày 4/6/2010")],
[prov("Thái Bình"), com("Vũ Hội"), com("Quỳnh Hải")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH THÁI BÌNH", "Trang chủ » Hoạt động Hội » Phong trào phụ nữ", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Xây dựng gia đình 5 không, 3 sạch", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Lượt xem: 1.204", "Trung ương Hội LHPN Việt Nam"],
["Thứ Sáu, 16/12/2011 - 09:30", "5 không, 3 sạch", "năm 2011", "năm 2012", "Lượt xem: 1.204", "hai lần mỗi tuần"]))

PAGES.append(page("b5262-quangnam-hnd-taphuan-2012", """
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam
Xã hội / Môi trường
Cập nhật: 15:42, 24/08/2012 (GMT+7)
Duy Xuyên: Tập huấn cho nông dân về xử lý rác thải nông nghiệp
(QNO) - Ngày 22/8, Hội Nông dân huyện Duy Xuyên phối hợp với Phòng Tài nguyên và Môi trường huyện mở lớp tập huấn năm 2012 về thu gom, xử lý vỏ bao bì thuốc bảo vệ thực vật và rác thải sinh hoạt ở nông thôn cho 120 hội viên nông dân đến từ 14 xã, thị trấn.
Lớp tập huấn do đồng chí Huỳnh Tấn Lực, HUV, Chủ tịch Hội Nông dân huyện Duy Xuyên khai mạc.
Nông dân xã Duy Trinh thu gom vỏ bao bì thuốc bảo vệ thực vật. Ảnh: V.Thanh
Tại lớp học, ThS. Nguyễn Thị Bích Vân, giảng viên Trường Chính trị tỉnh, giới thiệu nội dung Nghị quyết số 26-NQ/TW ngày 5/8/2008 của BCH Trung ương về nông nghiệp, nông dân, nông thôn và những quy định mới về bảo vệ môi trường trong sản xuất. Ông Trần Công Hậu, Phó Trưởng phòng Tài nguyên và Môi trường huyện, hướng dẫn cách phân loại rác hữu cơ làm phân bón, cách súc rửa và gom vỏ chai thuốc vào bể chứa.
Theo Hội Nông dân huyện, thực hiện Kế hoạch số 18-KH/HND ngày 2/7/2012 của Ban Thường vụ Hội Nông dân huyện và Quyết định số 1002/QĐ-UBND của UBND tỉnh về hỗ trợ xây dựng bể chứa bao bì, đến nay toàn huyện đã lắp đặt 320 bể chứa bao bì thuốc bảo vệ thực vật trên các cánh đồng, mỗi bể trị giá 1,2 triệu đồng. Trong 7 tháng đầu năm, nông dân đã gom được khoảng 2,5 tấn vỏ bao bì để đưa đi tiêu hủy. Tổng kinh phí thực hiện 85 triệu đồng, trong đó hội viên đóng góp 30%.
Bà Phan Thị Lệ, Chi hội trưởng Chi hội nông dân thôn Trà Châu, xã Duy Trinh, cho biết trước đây vỏ chai thuốc vứt đầy bờ ruộng, nay mỗi hội viên tự giác mang bỏ vào bể. Nhiều hộ còn tận dụng rơm rạ, phụ phẩm nông nghiệp để ủ phân hữu cơ thay vì đốt ngoài đồng như trước, vừa giảm khói bụi vừa tiết kiệm chi phí phân bón cho vụ sau. Ông Lê Phước Đông, Chủ tịch Hội Nông dân xã Duy Phước, đề nghị huyện hỗ trợ thêm 25 bể chứa cho các cánh đồng ven sông Thu Bồn.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu. Hội Nông dân huyện cũng phát động đợt thi đua "Cánh đồng sạch" đến hết năm 2012, yêu cầu mỗi chi hội đăng ký ít nhất 1 đoạn kênh mương tự quản.
Theo đánh giá của Hội Nông dân huyện, nhận thức của bà con về tác hại của vỏ bao bì thuốc bảo vệ thực vật đối với nguồn nước và sức khỏe cộng đồng đã có chuyển biến rõ rệt. Tuy vậy, việc vận chuyển vỏ bao bì từ các bể chứa đi tiêu hủy vẫn phụ thuộc vào kinh phí của huyện, nhiều nơi bể đầy nhưng chưa được thu gom kịp thời. Hội kiến nghị UBND huyện sớm ký hợp đồng với đơn vị có chức năng xử lý chất thải nguy hại.
Vĩnh Thanh
Bài viết liên quan
- Điện Bàn: nông dân góp gần 1 tỷ đồng làm đường giao thông (18/08/2012)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2012 (20/07/2012)
- Thăng Bình ra mắt tổ hợp tác thu gom rác (03/07/2012)
- Tập huấn kỹ thuật trồng rau an toàn cho nông dân Đại Lộc (22/06/2012)
""", "2012-08-24", "Duy Xuyên: Tập huấn cho nông dân về xử lý rác thải nông nghiệp",
E("tap_huan", "2012", "2012-08-22"),
[P("Huỳnh Tấn Lực", "HUV", "Chủ tịch Hội Nông dân huyện Duy Xuyên"),
 P("Nguyễn Thị Bích Vân", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Trần Công Hậu", "Phó Trưởng phòng Tài nguyên và Môi trường huyện"),
 P("Phan Thị Lệ", "Chi hội trưởng Chi hội nông dân thôn Trà Châu"),
 P("Lê Phước Đông", "Chủ tịch Hội Nông dân xã Duy Phước")],
[Q("120 hội viên nông dân", 120, "hội viên nông dân"), Q("14 xã, thị trấn", 14, "xã, thị trấn"),
 Q("320 bể chứa bao bì thuốc bảo vệ thực vật", 320, "bể chứa bao bì thuốc bảo vệ thực vật"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("khoảng 2,5 tấn", 2.5, "tấn", "approx"),
 Q("85 triệu đồng", 85000000, "đồng"), Q("30%", 30, "%"), Q("25 bể chứa", 25, "bể chứa"), Q("100% học viên", 100, "%")],
[D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "BCH Trung ương", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Kế hoạch", "18", "KH/HND", "2012-07-02", "Ban Thường vụ Hội Nông dân huyện", "Kế hoạch số 18-KH/HND ngày 2/7/2012"),
 D("Quyết định", "1002", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1002/QĐ-UBND")],
[prov("Quảng Nam"), com("Duy Trinh"), com("Duy Phước")],
["Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam", "Xã hội / Môi trường", "(QNO)",
 "Nông dân xã Duy Trinh thu gom vỏ bao bì thuốc bảo vệ thực vật. Ảnh: V.Thanh", "Cánh đồng sạch", "Trường Chính trị tỉnh"],
["Cập nhật: 15:42, 24/08/2012 (GMT+7)", "7 tháng đầu năm", "1 đoạn kênh mương", "năm 2012"]))

PAGES.append(page("b5263-lamdong-xatanhoi-giamsat-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HỘI - HUYỆN ĐỨC TRỌNG - TỈNH LÂM ĐỒNG
Bạn đang ở: Trang chủ > Tin tức > Mặt trận - Đoàn thể
08:15 | 11/10/2013
Mặt trận xã giám sát việc thu gom, xử lý rác thải tại các thôn
Thực hiện Kế hoạch số 06/KH-MTTQ ngày 2/8/2013 của Ban Thường trực Ủy ban MTTQ xã về giám sát chuyên đề năm 2013, từ ngày 7 đến 9/10/2013, đoàn giám sát gồm 7 thành viên do ông Nguyễn Đình Thọ, Chủ tịch Ủy ban MTTQ xã Tân Hội làm trưởng đoàn đã giám sát việc thu gom, vận chuyển và xử lý rác thải sinh hoạt tại 4 thôn của xã thuộc huyện Đức Trọng, tỉnh Lâm Đồng, có đông đồng bào K'Ho sinh sống.
Tham gia đoàn có ông K'Brel, Phó Chủ tịch Ủy ban MTTQ xã; bà Ka Thủy, Chủ tịch Hội LHPN xã; ông Lê Văn Hùng, Trưởng ban Thanh tra nhân dân xã, cùng đại diện Hội Nông dân, Đoàn Thanh niên.
Đoàn giám sát làm việc tại thôn Chi Rông. Ảnh: Thái Hòa
Qua giám sát, toàn xã có 1.250 hộ đăng ký thu gom rác với đơn vị dịch vụ công ích huyện, đạt 62% số hộ; mức thu phí vệ sinh 15.000 đồng/hộ/tháng. Tuy nhiên vẫn còn 3 điểm tập kết rác tự phát ven tỉnh lộ, rác thải nhựa, túi ni lông và vỏ bao bì phân bón còn vứt bừa bãi ven suối. Một số hộ chăn nuôi heo chưa có hầm biogas, gây mùi hôi cho khu dân cư.
Việc triển khai Nghị quyết 09-NQ/ĐU của Đảng ủy xã về xây dựng xã đạt chuẩn môi trường và Quyết định 1216/QĐ-TTg ngày 5/9/2012 của Thủ tướng Chính phủ phê duyệt Chiến lược bảo vệ môi trường quốc gia được các chi bộ thôn quán triệt đầy đủ, nhưng việc tổ chức thực hiện ở một số thôn còn chậm.
Tại buổi làm việc, ông Cil Múp, người có uy tín thôn Chi Rông, cho biết bà con đã tự đào 45 hố rác gia đình nhưng cần được hướng dẫn thêm cách ủ phân. Bà Ka Huệ, Chi hội trưởng phụ nữ thôn Đăng Srôn, đề nghị bố trí thùng rác công cộng tại chợ và trường học.
Đoàn giám sát đã tổng hợp 18 ý kiến, kiến nghị gửi UBND xã, đề nghị sớm quy hoạch điểm trung chuyển rác, tăng tần suất thu gom lên 3 lần/tuần và xử lý nghiêm các trường hợp đổ rác không đúng nơi quy định. Ông Nguyễn Đình Thọ đề nghị các đoàn thể tiếp tục vận động hội viên thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", gắn với tiêu chí môi trường trong xây dựng nông thôn mới.
Sau đợt giám sát, UBND xã đã giao công chức địa chính - xây dựng phối hợp với các thôn rà soát quỹ đất làm điểm trung chuyển, đồng thời chỉ đạo tổ trật tự xã kiểm tra việc đổ rác dọc tỉnh lộ vào ban đêm. Ủy ban MTTQ xã sẽ theo dõi việc giải quyết các kiến nghị và báo cáo kết quả tại kỳ họp HĐND xã cuối năm.
Văn phòng Đảng ủy - HĐND - UBND xã
Lượt truy cập: 45.312
Tin khác
- Xã Tân Hội tổng kết mùa khô 2012 - 2013 (20/05/2013)
- Hội Nông dân xã tập huấn trồng cà phê bền vững (12/04/2013)
- Ra quân dọn vệ sinh hưởng ứng Ngày Môi trường thế giới (05/06/2013)
""", "2013-10-11", "Mặt trận xã giám sát việc thu gom, xử lý rác thải tại các thôn",
E("giam_sat", "2013", "2013-10-07"),
[P("Nguyễn Đình Thọ", "Chủ tịch Ủy ban MTTQ xã Tân Hội"),
 P("K'Brel", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Ka Thủy", "Chủ tịch Hội LHPN xã"),
 P("Lê Văn Hùng", "Trưởng ban Thanh tra nhân dân xã"),
 P("Cil Múp", "người có uy tín thôn Chi Rông"),
 P("Ka Huệ", "Chi hội trưởng phụ nữ thôn Đăng Srôn")],
[Q("7 thành viên", 7, "thành viên"), Q("4 thôn", 4, "thôn"), Q("1.250 hộ", 1250, "hộ"), Q("62%", 62, "%"),
 Q("15.000 đồng/hộ/tháng", 15000, "đồng"), Q("3 điểm tập kết rác tự phát", 3, "điểm tập kết rác tự phát"),
 Q("45 hố rác gia đình", 45, "hố rác gia đình"), Q("18 ý kiến, kiến nghị", 18, "ý kiến, kiến nghị")],
[D("Kế hoạch", "06", "KH-MTTQ", "2013-08-02", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 06/KH-MTTQ ngày 2/8/2013"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 09-NQ/ĐU"),
 D("Quyết định", "1216", "QĐ-TTg", "2012-09-05", "Thủ tướng Chính phủ", "Quyết định 1216/QĐ-TTg ngày 5/9/2012")],
[prov("Lâm Đồng"), com("Tân Hội")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HỘI - HUYỆN ĐỨC TRỌNG - TỈNH LÂM ĐỒNG", "Bạn đang ở: Trang chủ > Tin tức > Mặt trận - Đoàn thể",
 "Đoàn giám sát làm việc tại thôn Chi Rông. Ảnh: Thái Hòa", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Văn phòng Đảng ủy - HĐND - UBND xã", "Lượt truy cập: 45.312", "Chiến lược bảo vệ môi trường quốc gia"],
["08:15 | 11/10/2013", "3 lần/tuần", "năm 2013", "Lượt truy cập: 45.312"]))

PAGES.append(page("b5264-soctrang-tinhdoan-traoqua-2014", """
TỈNH ĐOÀN SÓC TRĂNG - ĐOÀN TNCS HỒ CHÍ MINH
Trang chủ :: Tin hoạt động :: Tháng Thanh niên
29-03-2014 16:20
Trao tặng 200 thùng rác cho đồng bào Khmer xã Lai Hòa
Ngày 28/3, Ban Thường vụ Tỉnh đoàn Sóc Trăng phối hợp với Công ty TNHH Môi trường xanh Mekong tổ chức trao tặng 200 thùng rác và 10 xe đẩy rác cho nhân dân các ấp có đông đồng bào Khmer tại xã Lai Hòa, tổng trị giá trên 150 triệu đồng. Đây là hoạt động trong chuỗi công trình thanh niên hưởng ứng Tháng Thanh niên năm 2014.
Đồng chí Thạch Thị Sa Ra, Phó Bí thư Tỉnh đoàn trao tặng thùng rác cho đại diện các ấp.
Dự buổi trao tặng có đồng chí Lâm Sóc Thol, Ủy viên Ban Thường vụ Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh; đồng chí Trần Quốc Bảo, Giám đốc Công ty TNHH Môi trường xanh Mekong; Đại đức Lý Sà Phi, trụ trì chùa Prếk Chrôu.
Phát biểu tại buổi lễ, đồng chí Thạch Thị Sa Ra cho biết, thực hiện Kế hoạch số 45-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về triển khai Tháng Thanh niên và Chỉ thị số 02-CT/TU ngày 14/1/2014 của Tỉnh ủy về tăng cường bảo vệ môi trường, các cơ sở Đoàn đã huy động trên 500 đoàn viên, thanh niên ra quân vớt rác, khơi thông 3 km kênh mương, thu gom khoảng 3 tấn rác thải, trồng mới 1.000 cây xanh dọc các tuyến đường liên ấp.
Cũng tại buổi lễ, Đoàn xã Lai Hòa ra mắt 5 đội thanh niên tình nguyện bảo vệ môi trường. Đồng chí Sơn Thị Ngọc Hân, Bí thư Đoàn xã Lai Hòa, cho biết mỗi đội sẽ phụ trách một ấp, tuyên truyền bà con bỏ rác đúng nơi quy định, hạn chế dùng túi ni lông khi đi chợ.
Đại đức Lý Sà Phi bày tỏ cảm ơn Tỉnh đoàn và doanh nghiệp; chùa sẽ vận động phật tử giữ gìn vệ sinh khuôn viên chùa và các phum, sóc. Ông Kim Sà Rết, Trưởng ấp Prếk Chrôu, cam kết sử dụng thùng rác đúng mục đích, không để hư hỏng.
Dịp này, Tỉnh đoàn cũng trao 20 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh người Khmer có hoàn cảnh khó khăn trên địa bàn xã.
Theo Tỉnh đoàn, công trình trao tặng thùng rác là một trong những hoạt động thiết thực của tuổi trẻ tỉnh nhà góp phần xây dựng nông thôn mới ở vùng đồng bào dân tộc. Sau buổi lễ, đông đảo đoàn viên, thanh niên cùng các sư sãi và bà con trong ấp đã ra quân dọn vệ sinh khuôn viên chùa, phát quang bụi rậm, vớt lục bình và rác thải trên các tuyến kênh nội đồng. Đoàn xã cũng phát tờ rơi song ngữ Việt - Khmer hướng dẫn cách phân loại rác tại gia đình, khuyến khích bà con dùng giỏ xách khi đi chợ thay cho túi ni lông.
Hữu Phúc
Các tin khác
- Vĩnh Châu: ra quân ngày Chủ nhật xanh (23/03/2014)
- Tỉnh đoàn khai mạc Tháng Thanh niên năm 2014 (02/03/2014)
- Trao 50 căn nhà nhân ái cho đoàn viên khó khăn (15/02/2014)
""", "2014-03-29", "Trao tặng 200 thùng rác cho đồng bào Khmer xã Lai Hòa",
E("trao_qua", None, "2014-03-28"),
[P("Thạch Thị Sa Ra", "Phó Bí thư Tỉnh đoàn"),
 P("Lâm Sóc Thol", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Trần Quốc Bảo", "Giám đốc Công ty TNHH Môi trường xanh Mekong"),
 P("Lý Sà Phi", "Đại đức", "trụ trì chùa Prếk Chrôu"),
 P("Sơn Thị Ngọc Hân", "Bí thư Đoàn xã Lai Hòa"),
 P("Kim Sà Rết", "Trưởng ấp Prếk Chrôu")],
[Q("200 thùng rác", 200, "thùng rác"), Q("10 xe đẩy rác", 10, "xe đẩy rác"),
 Q("trên 150 triệu đồng", 150000000, "đồng", "over"), Q("trên 500 đoàn viên, thanh niên", 500, "đoàn viên, thanh niên", "over"),
 Q("3 km", 3, "km"), Q("khoảng 3 tấn", 3, "tấn", "approx"), Q("1.000 cây xanh", 1000, "cây xanh"),
 Q("5 đội thanh niên tình nguyện bảo vệ môi trường", 5, "đội thanh niên tình nguyện bảo vệ môi trường"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "45", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 45-KH/TĐTN"),
 D("Chỉ thị", "02", "CT/TU", "2014-01-14", "Tỉnh ủy", "Chỉ thị số 02-CT/TU ngày 14/1/2014")],
[prov("Sóc Trăng"), com("Lai Hòa")],
["TỈNH ĐOÀN SÓC TRĂNG - ĐOÀN TNCS HỒ CHÍ MINH", "Trang chủ :: Tin hoạt động :: Tháng Thanh niên",
 "Đồng chí Thạch Thị Sa Ra, Phó Bí thư Tỉnh đoàn trao tặng thùng rác cho đại diện các ấp.", "Tháng Thanh niên",
 "Công ty TNHH Môi trường xanh Mekong", "Chủ nhật xanh"],
["29-03-2014 16:20", "năm 2014", "một ấp"]))

PAGES.append(page("b5265-hagiang-bdv-soket-2015", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Vị trí: Trang chủ › Hoạt động dân vận › Tin trong tỉnh
Ngày đăng 10/07/2015 | 14:20
Toàn cảnh hội nghị.
Hơn 300 thôn, bản đăng ký xây dựng "Thôn bản sạch, đẹp"
Ngày 8/7/2015, Ban Dân vận Tỉnh ủy Hà Giang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2015 và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Vàng Seo Chúng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lục Văn Thanh, Hoàng Thị Mỷ và lãnh đạo ban dân vận 11 huyện, thành ủy.
Báo cáo cho biết, 6 tháng qua, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 15, 16-KL/TU về phát huy vai trò của nhân dân trong bảo vệ rừng đầu nguồn và giữ gìn vệ sinh môi trường ở khu dân cư vùng cao; ban hành Hướng dẫn số 12-HD/BDVTU ngày 20/3/2015 về xây dựng mô hình "Dân vận khéo" trong lĩnh vực môi trường.
Toàn tỉnh có 318 thôn, bản đăng ký xây dựng "Thôn bản sạch, đẹp"; nhân dân làm mới 2.460 nhà tiêu hợp vệ sinh, di dời 1.730 chuồng trại gia súc ra xa nhà ở, hiến trên 12.000 m2 đất mở rộng đường thôn. Tổng giá trị nhân dân đóng góp ước đạt 8,6 tỷ đồng. Tỷ lệ hộ dân tộc thiểu số có nhà tiêu hợp vệ sinh tăng từ 31% lên 38,4%.
Tại hội nghị, đồng chí Sùng A Lử, HUV, Trưởng Ban Dân vận Huyện ủy Mèo Vạc, chia sẻ: huyện đã phát huy vai trò 246 người có uy tín trong vận động đồng bào Mông bỏ tập quán thả rông gia súc, thu gom rác về điểm tập trung. Bà Giàng Thị Dua, Bí thư Chi bộ thôn Sủng Pờ A, xã Sủng Trà, cho biết thôn đã đặt 12 hố rác chung và quy định mỗi tháng tổng vệ sinh một lần. Ông Triệu Tiến Pham, Chủ tịch UBND xã Thanh Vân, đề nghị tỉnh hỗ trợ xi măng làm hố rác, nhà tiêu cho hộ nghèo.
Phát biểu kết luận, đồng chí Vàng Seo Chúng yêu cầu 6 tháng cuối năm các cấp tiếp tục thực hiện Chỉ thị số 49-CT/TW ngày 21/2/2005 của Ban Bí thư về xây dựng gia đình thời kỳ công nghiệp hóa, hiện đại hóa gắn với phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; phấn đấu có thêm ít nhất 40 mô hình "Dân vận khéo" về môi trường.
Hội nghị cũng chỉ ra một số hạn chế: ở nhiều thôn vùng cao, việc vận động còn phụ thuộc vào hỗ trợ của Nhà nước; một bộ phận đồng bào chưa thay đổi thói quen vứt rác xuống khe suối; cán bộ dân vận xã kiêm nhiệm nhiều việc nên thời gian bám thôn, bản còn hạn chế. Một số địa phương chưa quan tâm sơ kết, nhân rộng các cách làm hay.
Đức Thắng
Lượt xem: 612
Tin liên quan
- Đồng Văn: vận động đồng bào làm nhà tiêu hợp vệ sinh (25/06/2015)
- Ban Dân vận Tỉnh ủy giao ban quý I năm 2015 (08/04/2015)
- Xín Mần: ra mắt mô hình "Bản không rác" (16/03/2015)
""", "2015-07-10", "Hơn 300 thôn, bản đăng ký xây dựng \"Thôn bản sạch, đẹp\"",
E("so_ket", "2015-H1", "2015-07-08"),
[P("Vàng Seo Chúng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Văn Thanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Mỷ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Lử", "HUV", "Trưởng Ban Dân vận Huyện ủy Mèo Vạc"),
 P("Giàng Thị Dua", "Bí thư Chi bộ thôn Sủng Pờ A"),
 P("Triệu Tiến Pham", "Chủ tịch UBND xã Thanh Vân")],
[Q("11 huyện, thành ủy", 11, "huyện, thành ủy"), Q("Hơn 300 thôn, bản", 300, "thôn, bản", "over"), Q("318 thôn, bản", 318, "thôn, bản"),
 Q("2.460 nhà tiêu hợp vệ sinh", 2460, "nhà tiêu hợp vệ sinh"), Q("1.730 chuồng trại gia súc", 1730, "chuồng trại gia súc"),
 Q("trên 12.000 m2", 12000, "m2", "over"), Q("8,6 tỷ đồng", 8600000000, "đồng", "approx"),
 Q("31%", 31, "%"), Q("38,4%", 38.4, "%"), Q("246 người có uy tín", 246, "người có uy tín"),
 Q("12 hố rác chung", 12, "hố rác chung"), Q("ít nhất 40 mô hình", 40, "mô hình", "over")],
[D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Hướng dẫn", "12", "HD/BDVTU", "2015-03-20", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU ngày 20/3/2015"),
 D("Chỉ thị", "49", "CT/TW", "2005-02-21", "Ban Bí thư", "Chỉ thị số 49-CT/TW ngày 21/2/2005")],
[prov("Hà Giang"), com("Sủng Trà"), com("Thanh Vân")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Vị trí: Trang chủ › Hoạt động dân vận › Tin trong tỉnh", "Toàn cảnh hội nghị.",
 "Thôn bản sạch, đẹp", "Dân vận khéo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 612"],
["Ngày đăng 10/07/2015 | 14:20", "6 tháng qua", "6 tháng đầu năm 2015", "6 tháng cuối năm", "một lần", "Lượt xem: 612"]))

PAGES.append(page("b5266-binhdinh-mttq-giaoban-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH
Trang chủ >> Hoạt động Mặt trận >> Tin tức
07/10/2016 - 10:05
Đồng chí Hồ Thị Kim Loan phát biểu tại buổi giao ban.
Mặt trận và các đoàn thể ra quân làm sạch bờ biển
Ngày 6/10, Ủy ban MTTQ Việt Nam tỉnh Bình Định tổ chức giao ban công tác Mặt trận và các đoàn thể chính trị - xã hội quý III năm 2016. Đồng chí Hồ Thị Kim Loan, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có các đồng chí Nguyễn Văn Dũng, Đặng Thị Thu Hà, Võ Minh Trí - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, trong quý III, hưởng ứng cuộc vận động "Chung tay vì biển sạch" do Ủy ban MTTQ tỉnh phát động, các xã, phường ven biển đã tổ chức 64 đợt ra quân thu gom rác thải trên bãi biển, với trên 15.000 lượt người tham gia, thu gom khoảng 86 tấn rác, trong đó phần lớn là chai nhựa, túi ni lông và ngư lưới cụ hư hỏng. Các tổ chức thành viên vận động 1.820 hộ ngư dân ký cam kết không xả rác xuống biển; Hội Nông dân tỉnh phối hợp lắp đặt 140 thùng rác tại các bến cá, cảng cá.
Thực hiện Chương trình phối hợp số 05/CTPH-MTTQ-TNMT giữa Ủy ban MTTQ tỉnh và Sở Tài nguyên và Môi trường, Mặt trận các cấp đã giám sát 23 cơ sở chế biến thủy sản, phát hiện 4 cơ sở xả thải chưa qua xử lý, kiến nghị xử lý theo Nghị định số 179/2013/NĐ-CP của Chính phủ. Ủy ban MTTQ các cấp cũng tiếp nhận 412 triệu đồng ủng hộ ngư dân bị thiệt hại do ô nhiễm môi trường biển.
Đồng chí Phan Thị Thu Sương, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, đề nghị các huyện ven biển nhân rộng mô hình "Tổ tự quản môi trường bãi biển". Đồng chí Lê Hoàng Nam, Phó Bí thư Tỉnh đoàn, thông tin 26 cơ sở Đoàn đã đăng ký công trình "Ngày thứ bảy xanh".
Kết luận buổi giao ban, đồng chí Hồ Thị Kim Loan yêu cầu quý IV các tổ chức thành viên tập trung triển khai Nghị quyết liên tịch số 01/NQLT-MTTQ-ĐT, tổ chức tổng kết năm và chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở 1.133 khu dân cư. Đồng chí cũng đề nghị các đoàn thể khen thưởng kịp thời những cá nhân tiêu biểu trong phong trào bảo vệ môi trường biển.
Các đại biểu dự giao ban cũng thẳng thắn chỉ ra việc thu gom rác ở các làng chài còn khó khăn do thiếu phương tiện, một số bãi tập kết tạm gần khu dân cư gây ô nhiễm. Nhiều ý kiến đề nghị tỉnh sớm đầu tư lò đốt rác quy mô nhỏ cho các xã đảo và khuyến khích các cơ sở kinh doanh dịch vụ du lịch hạn chế sử dụng đồ nhựa dùng một lần.
Ngọc Nhuận
TIN CÙNG CHUYÊN MỤC
- Phù Mỹ: vận động ngư dân không sử dụng chất nổ khai thác hải sản (28/09/2016)
- MTTQ tỉnh phát động cuộc vận động "Chung tay vì biển sạch" (12/07/2016)
- Hoài Nhơn tổ chức Ngày hội Đại đoàn kết (11/11/2015)
""", "2016-10-07", "Mặt trận và các đoàn thể ra quân làm sạch bờ biển",
E("giao_ban", "2016-Q3", "2016-10-06"),
[P("Hồ Thị Kim Loan", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Minh Trí", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Thị Thu Sương", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Hoàng Nam", "Phó Bí thư Tỉnh đoàn")],
[Q("64 đợt ra quân", 64, "đợt ra quân"), Q("trên 15.000 lượt người", 15000, "lượt người", "over"),
 Q("khoảng 86 tấn", 86, "tấn", "approx"), Q("1.820 hộ ngư dân", 1820, "hộ ngư dân"), Q("140 thùng rác", 140, "thùng rác"),
 Q("23 cơ sở chế biến thủy sản", 23, "cơ sở chế biến thủy sản"), Q("4 cơ sở", 4, "cơ sở"),
 Q("412 triệu đồng", 412000000, "đồng"), Q("26 cơ sở Đoàn", 26, "cơ sở Đoàn"), Q("1.133 khu dân cư", 1133, "khu dân cư")],
[D("Chương trình phối hợp", "05", "CTPH-MTTQ-TNMT", None, None, "Chương trình phối hợp số 05/CTPH-MTTQ-TNMT"),
 D("Nghị định", "179", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 179/2013/NĐ-CP"),
 D("Nghị quyết liên tịch", "01", "NQLT-MTTQ-ĐT", None, None, "Nghị quyết liên tịch số 01/NQLT-MTTQ-ĐT")],
[prov("Bình Định")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH", "Trang chủ >> Hoạt động Mặt trận >> Tin tức",
 "Đồng chí Hồ Thị Kim Loan phát biểu tại buổi giao ban.", "Chung tay vì biển sạch", "Tổ tự quản môi trường bãi biển",
 "Ngày thứ bảy xanh", "Ngày hội Đại đoàn kết toàn dân tộc"],
["07/10/2016 - 10:05", "quý III năm 2016", "quý IV"]))
