from lib import *
PAGES = []

PAGES.append(page("b4973-langson-congan-tongket-2011", """
CÔNG AN TỈNH LẠNG SƠN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Xây dựng lực lượng » Phong trào toàn dân bảo vệ ANTQ
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Lạng Sơn: Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2011
Ngày 26/12/2011, Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Lạng Sơn tổ chức hội nghị tổng kết phong trào năm 2011 và triển khai nhiệm vụ năm 2012. Đại tá Hoàng Đình Thuận, Phó Giám đốc Công an tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo chủ trì hội nghị. Dự hội nghị có 65 đồng chí đại diện lãnh đạo các sở, ngành, đoàn thể và Công an 11 huyện, thành phố.
Báo cáo tổng kết cho biết, năm 2011 các lực lượng đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 38-KH/TU về triển khai Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư về tăng cường phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới; UBND tỉnh ban hành Kế hoạch 112, 113/KH-UBND về phòng, chống tội phạm ma túy vùng biên giới và về bảo đảm an ninh nông thôn.
Toàn tỉnh đã tổ chức 1.326 buổi tuyên truyền với hơn 84.000 lượt người nghe; xây dựng mới 47 mô hình tự quản về an ninh, trật tự, nâng tổng số lên 296 mô hình. Quần chúng nhân dân đã cung cấp 512 nguồn tin có giá trị, giúp cơ quan công an phát hiện, bắt giữ 138 vụ, 204 đối tượng phạm tội; vận động 27 đối tượng truy nã ra đầu thú. Tỷ lệ khu dân cư đạt tiêu chuẩn "An toàn về an ninh, trật tự" là 86,4%.
Nhân dân các xã biên giới đã đóng góp gần 1,2 tỷ đồng và hơn 3.500 ngày công để xây dựng chòi gác, lắp đặt hệ thống loa truyền thanh và đèn chiếu sáng ở đường thôn. Tại xã Tân Thanh và xã Bảo Lâm, 100% số hộ ký cam kết không vi phạm pháp luật.
Tại hội nghị, ông Lộc Văn Pản, Bí thư Đảng ủy xã Tân Thanh, chia sẻ kinh nghiệm phát huy vai trò già làng, trưởng bản trong giữ gìn an ninh vùng biên. Bà Vi Thị Khiêm, HUV, Trưởng Ban Dân vận Huyện ủy Cao Lộc, đề nghị tăng cường phối hợp giữa khối dân vận và lực lượng công an trong vận động đồng bào Nùng, Tày.
Phát biểu kết luận, Đại tá Hoàng Đình Thuận yêu cầu năm 2012 các địa phương quán triệt sâu rộng Chỉ thị 09-CT/TW, gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; phấn đấu mỗi xã có ít nhất 2 mô hình tự quản hiệu quả.
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 23 tập thể và 41 cá nhân có thành tích xuất sắc. Thượng tá Chu Đức Hạnh, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh, công bố quyết định khen thưởng.
Thu Hà
Lượt xem: 1.204
Tin liên quan
- Công an Lộc Bình ra mắt mô hình "Tổ tự quản đường biên" (12/12/2011)
- Hội nghị giao ban công tác dân vận quý IV năm 2011 (05/12/2011)
- Đình Lập: 15 tập thể được khen thưởng (28/11/2011)
- Ngày hội toàn dân bảo vệ an ninh Tổ quốc ở xã Yên Trạch (19/08/2011)
""", "2011-12-28", "Lạng Sơn: Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Hoàng Đình Thuận", "Đại tá", "Phó Giám đốc Công an tỉnh", "Phó Trưởng Ban Thường trực Ban Chỉ đạo"),
 P("Lộc Văn Pản", "Bí thư Đảng ủy xã Tân Thanh"),
 P("Vi Thị Khiêm", "HUV", "Trưởng Ban Dân vận Huyện ủy Cao Lộc"),
 P("Chu Đức Hạnh", "Thượng tá", "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh")],
[Q("65 đồng chí", 65, "đồng chí"), Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("1.326 buổi tuyên truyền", 1326, "buổi tuyên truyền"), Q("hơn 84.000 lượt người nghe", 84000, "lượt người nghe", "over"),
 Q("47 mô hình tự quản", 47, "mô hình tự quản"), Q("296 mô hình", 296, "mô hình"),
 Q("512 nguồn tin", 512, "nguồn tin"), Q("138 vụ", 138, "vụ"), Q("204 đối tượng phạm tội", 204, "đối tượng phạm tội"),
 Q("27 đối tượng truy nã", 27, "đối tượng truy nã"), Q("86,4%", 86.4, "%"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("hơn 3.500 ngày công", 3500, "ngày công", "over"),
 Q("100%", 100, "%"), Q("ít nhất 2 mô hình tự quản", 2, "mô hình tự quản", "over"),
 Q("23 tập thể", 23, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Kế hoạch", "38", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 38-KH/TU"),
 D("Chỉ thị", "09", "CT/TW", "2011-12-01", "Ban Bí thư", "Chỉ thị số 09-CT/TW ngày 01/12/2011"),
 D("Kế hoạch", "112", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 112, 113/KH-UBND"),
 D("Kế hoạch", "113", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 112, 113/KH-UBND")],
[prov("Lạng Sơn"), com("Tân Thanh"), com("Bảo Lâm")],
["CÔNG AN TỈNH LẠNG SƠN - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Xây dựng lực lượng » Phong trào toàn dân bảo vệ ANTQ",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "An toàn về an ninh, trật tự",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.204", "Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc"],
["Thứ Tư, 28/12/2011 - 09:30", "65 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b4974-nghean-quephong-dvca-soket-2012", """
Báo Nghệ An điện tử
Thời sự | Chính trị | Quốc phòng - An ninh
Cập nhật: 14:05, 18/07/2012 (GMT+7)
Quế Phong: Phát huy vai trò quần chúng giữ gìn an ninh vùng biên
(Baonghean) - Chiều 16/7, Ban Dân vận Huyện ủy Quế Phong phối hợp với Công an huyện tổ chức hội nghị sơ kết công tác dân vận của lực lượng công an 6 tháng đầu năm 2012. Đồng chí Lô Thị Kim Ngân, HUV, Trưởng Ban Dân vận Huyện ủy và Thiếu tá Vi Văn Sơn, Phó Trưởng Công an huyện, đồng chủ trì.
Đồng chí Lô Thị Kim Ngân phát biểu tại hội nghị. Ảnh: Hồ Phương
Theo báo cáo, thực hiện Quyết định số 1049/QĐ-BCA ngày 12/4/2012 của Bộ Công an và Kế hoạch liên tịch số 07-KHLT/BDV-CA giữa Ban Dân vận Huyện ủy và Công an huyện, 6 tháng qua lực lượng công an đã cử 36 tổ công tác với 112 cán bộ, chiến sĩ "bám bản" ở 13 xã, trong đó có 5 xã đặc biệt khó khăn giáp biên giới. Các tổ đã giúp nhân dân hơn 1.800 ngày công thu hoạch mùa màng, làm lại 19 căn nhà tạm cho hộ nghèo người Thái, người Mông; tặng 240 suất quà cho học sinh bán trú.
Qua vận động, 14 đối tượng nghiện ma túy đã tự nguyện đi cai nghiện; nhân dân giao nộp 9 khẩu súng tự chế và 2,5 kg thuốc nổ. Công an huyện đã hòa giải thành 21 vụ việc mâu thuẫn trong nội bộ nhân dân, không để phát sinh điểm nóng. Ở xã Thông Thụ và xã Tri Lễ, mô hình "Dòng họ tự quản về an ninh, trật tự" đã thu hút 430 hộ tham gia.
Tại hội nghị, các đại biểu đề nghị tiếp tục thực hiện Nghị định 38/2006/NĐ-CP của Chính phủ về Bảo vệ dân phố và Thông tư liên tịch số 02/2007/TTLT-BCA-BLĐTBXH-BTC; kiến nghị hỗ trợ phụ cấp cho công an viên các bản vùng sâu. Ông Lương Văn Thoóng, Chủ tịch UBND xã Thông Thụ, nêu khó khăn khi một số đối tượng lôi kéo người dân di cư tự do sang Lào.
Kết luận hội nghị, đồng chí Lô Thị Kim Ngân đề nghị 6 tháng cuối năm hai bên thực hiện tốt quy chế phối hợp, chú trọng công tác dân vận của lực lượng công an gắn với "3 bám, 4 cùng"; phấn đấu không dưới 85% số bản đạt tiêu chuẩn an toàn về an ninh, trật tự.
Nhiều ý kiến cho rằng công tác nắm tình hình ở một số bản vùng sâu còn chậm, có lúc bị động; việc tuyên truyền bằng tiếng dân tộc chưa thường xuyên, chưa hấp dẫn đối với thanh niên. Một số công an viên kiêm nhiệm nhiều việc nên ít có thời gian bám dân.
Trung úy Mạc Thị Hoa, cán bộ Đội Xây dựng phong trào Công an huyện, được biểu dương vì đã vận động thành công 6 trường hợp xuất cảnh trái phép trở về địa phương.
Hồ Phương
Các tin khác
- Tương Dương: phát động phong trào toàn dân bảo vệ an ninh Tổ quốc (10/07/2012)
- Công an Nghệ An ra quân trấn áp tội phạm ma túy (02/07/2012)
- Kỳ Sơn: đón 12 công dân trở về từ Lào (25/06/2012)
- Gặp mặt người có uy tín vùng biên (14/06/2012)
- Con Cuông tổ chức ngày hội đại đoàn kết (01/06/2012)
""", "2012-07-18", "Quế Phong: Phát huy vai trò quần chúng giữ gìn an ninh vùng biên",
E("so_ket", "2012-H1", "2012-07-16"),
[P("Lô Thị Kim Ngân", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vi Văn Sơn", "Thiếu tá", "Phó Trưởng Công an huyện"),
 P("Lương Văn Thoóng", "Chủ tịch UBND xã Thông Thụ"),
 P("Mạc Thị Hoa", "Trung úy", "cán bộ Đội Xây dựng phong trào Công an huyện")],
[Q("36 tổ công tác", 36, "tổ công tác"), Q("112 cán bộ, chiến sĩ", 112, "cán bộ, chiến sĩ"), Q("13 xã", 13, "xã"),
 Q("5 xã đặc biệt khó khăn", 5, "xã đặc biệt khó khăn"), Q("hơn 1.800 ngày công", 1800, "ngày công", "over"),
 Q("19 căn nhà tạm", 19, "căn nhà tạm"), Q("240 suất quà", 240, "suất quà"),
 Q("14 đối tượng nghiện ma túy", 14, "đối tượng nghiện ma túy"), Q("9 khẩu súng tự chế", 9, "khẩu súng tự chế"),
 Q("2,5 kg", 2.5, "kg"), Q("21 vụ việc mâu thuẫn", 21, "vụ việc mâu thuẫn"), Q("430 hộ", 430, "hộ"),
 Q("không dưới 85%", 85, "%", "over"), Q("6 trường hợp", 6, "trường hợp")],
[D("Quyết định", "1049", "QĐ-BCA", "2012-04-12", "Bộ Công an", "Quyết định số 1049/QĐ-BCA ngày 12/4/2012"),
 D("Kế hoạch liên tịch", "07", "KHLT/BDV-CA", None, None, "Kế hoạch liên tịch số 07-KHLT/BDV-CA"),
 D("Nghị định", "38", "2006/NĐ-CP", None, "Chính phủ", "Nghị định 38/2006/NĐ-CP"),
 D("Thông tư liên tịch", "02", "2007/TTLT-BCA-BLĐTBXH-BTC", None, None, "Thông tư liên tịch số 02/2007/TTLT-BCA-BLĐTBXH-BTC")],
[prov("Nghệ An"), com("Thông Thụ"), com("Tri Lễ")],
["Báo Nghệ An điện tử", "Thời sự | Chính trị | Quốc phòng - An ninh", "(Baonghean)",
 "Đồng chí Lô Thị Kim Ngân phát biểu tại hội nghị. Ảnh: Hồ Phương", "Dòng họ tự quản về an ninh, trật tự", "3 bám, 4 cùng"],
["Cập nhật: 14:05, 18/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "3 bám, 4 cùng"]))

PAGES.append(page("b4975-gialai-bdv-congan-giaoban-q3-2013", """
BÁO GIA LAI ĐIỆN TỬ
Bạn đang ở: Trang chủ > Chính trị > An ninh - Quốc phòng
08:40 | 09/10/2013
Đồng chí Rơ Mah Thuấn phát biểu chỉ đạo. Ảnh: Đức Thụy
Phối hợp giữ vững an ninh vùng đồng bào dân tộc thiểu số
(GLO)- Ngày 8/10, Ban Dân vận Tỉnh ủy Gia Lai và Công an tỉnh tổ chức giao ban công tác phối hợp quý III năm 2013. Đồng chí Rơ Mah Thuấn, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy và Đại tá Lê Quang Đính, Phó Giám đốc Công an tỉnh chủ trì.
Theo báo cáo, trong quý III, hai cơ quan đã phối hợp tổ chức 214 buổi tuyên truyền, vận động tại 97 làng trọng điểm với trên 12.600 lượt người dự; vận động 318 người theo "Tin lành Đê Ga" từ bỏ hoạt động sai trái, viết cam kết trở về sinh hoạt bình thường. Các lực lượng đã đón nhận 11 đối tượng từ Campuchia trở về, tổ chức cho 4 người ra trình diện trước buôn làng.
Thực hiện Nghị quyết liên tịch số 01/2011/NQLT-BCA-BDVTW giữa Bộ Công an và Ban Dân vận Trung ương, các huyện Chư Păh, Ia Grai, Đức Cơ đã ký kết chương trình phối hợp cấp huyện; 36 xã ký chương trình phối hợp cấp xã. Toàn tỉnh có 1.014 người có uy tín được bồi dưỡng kiến thức pháp luật. Qua các hoạt động, ngành công an đã nhận 86 tin báo của quần chúng về hoạt động của FULRO lưu vong.
Các đại biểu dự giao ban gồm các đồng chí Trưởng Ban Dân vận Huyện ủy: Ksor Y Blam, Rah Lan Hiếu, Đinh Thị Dlưng, đã trao đổi cách làm ở những làng có đông người tham gia tà đạo. Ông Puih Bơn, già làng làng Plei Ngol, xã Ia Dom, kể việc già làng cùng công an xã đến từng nhà vận động con cháu.
Phát biểu chỉ đạo, đồng chí Rơ Mah Thuấn đề nghị quý IV tiếp tục quán triệt Chỉ thị 09, 10-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận vùng đồng bào dân tộc thiểu số và về đấu tranh với "Tin lành Đê Ga"; triển khai Quyết định 1436/QĐ-UBND ngày 02/8/2013 của UBND tỉnh về khen thưởng người có công phát hiện tội phạm. Mỗi huyện phải có ít nhất 3 làng điểm về "Làng không có tà đạo".
Trung tá Nay Phin, Phó Trưởng phòng PV11 Công an tỉnh, nhấn mạnh cần chọn cán bộ biết tiếng Jrai, Bahnar để "ba cùng" với dân. Nhiều ý kiến cho rằng việc nắm tình hình ở một số làng vùng sâu còn chậm, thông tin giữa các lực lượng có lúc chưa kịp thời; một số cán bộ cơ sở còn ngại đến những hộ có người tham gia tà đạo. Hội nghị cũng thống nhất sửa đổi, bổ sung quy chế phối hợp, cử cán bộ trực 24/24 giờ tại các xã biên giới Ia Dom, Ia Nan.
Đức Thụy
Số lượt đọc: 2.318
Tin liên quan
- Gia Lai: Tăng cường công tác vận động đồng bào ở vùng biên giới (25/09/2013)
- Đức Cơ: 30 hộ dân viết cam kết từ bỏ Tin lành Đê Ga (13/09/2013)
- Giao ban công tác dân vận quý II năm 2013 (10/07/2013)
- Chư Prông: kết nghĩa giữa đồn biên phòng và làng (02/07/2013)
""", "2013-10-09", "Phối hợp giữ vững an ninh vùng đồng bào dân tộc thiểu số",
E("giao_ban", "2013-Q3", "2013-10-08"),
[P("Rơ Mah Thuấn", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Quang Đính", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Ksor Y Blam", "Trưởng Ban Dân vận Huyện ủy"),
 P("Rah Lan Hiếu", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Thị Dlưng", "Trưởng Ban Dân vận Huyện ủy"),
 P("Puih Bơn", "già làng làng Plei Ngol"),
 P("Nay Phin", "Trung tá", "Phó Trưởng phòng PV11 Công an tỉnh")],
[Q("214 buổi tuyên truyền", 214, "buổi tuyên truyền"), Q("97 làng trọng điểm", 97, "làng trọng điểm"),
 Q("trên 12.600 lượt người", 12600, "lượt người", "over"), Q("318 người", 318, "người"),
 Q("11 đối tượng", 11, "đối tượng"), Q("4 người", 4, "người"),
 Q("36 xã", 36, "xã"), Q("1.014 người có uy tín", 1014, "người có uy tín"), Q("86 tin báo", 86, "tin báo"),
 Q("ít nhất 3 làng điểm", 3, "làng điểm", "over")],
[D("Nghị quyết liên tịch", "01", "2011/NQLT-BCA-BDVTW", None, None, "Nghị quyết liên tịch số 01/2011/NQLT-BCA-BDVTW"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Quyết định", "1436", "QĐ-UBND", "2013-08-02", "UBND tỉnh", "Quyết định 1436/QĐ-UBND ngày 02/8/2013")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Nan")],
["BÁO GIA LAI ĐIỆN TỬ", "Bạn đang ở: Trang chủ > Chính trị > An ninh - Quốc phòng",
 "Đồng chí Rơ Mah Thuấn phát biểu chỉ đạo. Ảnh: Đức Thụy", "(GLO)", "Tin lành Đê Ga", "FULRO", "Làng không có tà đạo",
 "Số lượt đọc: 2.318", "ba cùng"],
["08:40 | 09/10/2013", "quý III năm 2013", "quý IV", "24/24 giờ", "Số lượt đọc: 2.318"]))

PAGES.append(page("b4976-soctrang-congan-taphuan-2014", """
Công an tỉnh Sóc Trăng
Tin tức - Sự kiện / Xây dựng phong trào
23/05/2014 - 16:20
Tập huấn nghiệp vụ công tác dân vận cho công an xã vùng đồng bào Khmer
Trong 2 ngày 21 và 22/5/2014, Công an tỉnh phối hợp với Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh mở lớp tập huấn nghiệp vụ công tác dân vận năm 2014 cho 142 học viên là trưởng, phó công an xã, thị trấn và cán bộ làm công tác xây dựng phong trào của 11 huyện, thị xã, thành phố.
Toàn cảnh lớp tập huấn tại hội trường Công an tỉnh.
Phát biểu khai mạc, Đại tá Trần Văn Bảy, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh nhấn mạnh: toàn tỉnh có 92 chùa Phật giáo Nam tông Khmer và hơn 397.000 đồng bào Khmer, chiếm 30,2% dân số, nên cán bộ công an cơ sở phải biết tiếng, hiểu phong tục, tôn trọng vai trò sư sãi, achar.
Các học viên được nghe báo cáo viên truyền đạt các chuyên đề: Chỉ thị số 09-CT/TW của Ban Bí thư; Nghị định số 06/2014/NĐ-CP ngày 21/01/2014 của Chính phủ về biện pháp vận động quần chúng bảo vệ an ninh quốc gia, giữ gìn trật tự, an toàn xã hội; Thông tư số 23/2012/TT-BCA của Bộ Công an về tiêu chuẩn "An toàn về an ninh, trật tự"; kỹ năng nắm tình hình, tiếp xúc với người có uy tín trong đồng bào Khmer. Thượng tá Lâm Sà Phanh, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh, giới thiệu 6 mô hình tiêu biểu như "Chùa tự quản về an ninh, trật tự", "Phum sóc bình yên".
Đồng chí Thạch Thị Sa Quynh, Phó Trưởng Ban Dân vận Tỉnh ủy, trao đổi kinh nghiệm vận động nhân dân qua các lễ hội Chôl Chnăm Thmây, Sene Đolta, Ok Om Bok. Đại đức Lý Sươl, trụ trì chùa Prêk Chi Kan, xã Lịch Hội Thượng, được mời chia sẻ cách nhà chùa phối hợp công an xã tuyên truyền cho 360 sư sãi và thanh niên về phòng, chống ma túy.
Theo Công an tỉnh, năm 2013 có 7 vụ tụ tập đông người khiếu kiện và 3 vụ việc truyền đạo trái pháp luật trong vùng đồng bào Khmer; đến nay 100% các vụ việc đã được giải quyết ổn định. Lực lượng công an đã vận động nhân dân đóng góp trên 850 triệu đồng làm 26 cây cầu giao thông nông thôn.
Nhiều học viên cho rằng nội dung tập huấn sát thực tế, giúp họ tự tin hơn khi đến chùa, đến phum sóc làm việc với bà con; đề nghị Công an tỉnh biên soạn thêm sổ tay song ngữ Việt - Khmer để tiện tra cứu.
Kết thúc lớp học, 100% học viên đạt yêu cầu; 18 học viên đạt loại giỏi. Trung tá Kim Văn Rô, Phó Trưởng Công an huyện Trần Đề, cho biết sẽ triển khai ngay cho 9 xã trong huyện.
Minh Đức
Tin cùng chuyên mục
- Công an Vĩnh Châu vận động 12 thanh niên từ bỏ ma túy (15/05/2014)
- Trao 20 căn nhà tình nghĩa cho hộ nghèo Khmer (06/05/2014)
- Sơ kết quý I phong trào toàn dân bảo vệ an ninh Tổ quốc (10/04/2014)
- Công an tỉnh thăm, chúc Tết Chôl Chnăm Thmây các chùa Khmer (11/04/2014)
""", "2014-05-23", "Tập huấn nghiệp vụ công tác dân vận cho công an xã vùng đồng bào Khmer",
E("tap_huan", "2014", "2014-05-21"),
[P("Trần Văn Bảy", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"),
 P("Lâm Sà Phanh", "Thượng tá", "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh"),
 P("Thạch Thị Sa Quynh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Sươl", "Đại đức", "trụ trì chùa Prêk Chi Kan"),
 P("Kim Văn Rô", "Trung tá", "Phó Trưởng Công an huyện Trần Đề")],
[Q("142 học viên", 142, "học viên"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("hơn 397.000 đồng bào Khmer", 397000, "đồng bào Khmer", "over"), Q("30,2%", 30.2, "%"),
 Q("6 mô hình tiêu biểu", 6, "mô hình tiêu biểu"), Q("360 sư sãi và thanh niên", 360, "sư sãi và thanh niên"),
 Q("7 vụ tụ tập đông người khiếu kiện", 7, "vụ tụ tập đông người khiếu kiện"),
 Q("3 vụ việc truyền đạo trái pháp luật", 3, "vụ việc truyền đạo trái pháp luật"),
 Q("100% các vụ việc", 100, "%"), Q("trên 850 triệu đồng", 850000000, "đồng", "over"),
 Q("26 cây cầu giao thông nông thôn", 26, "cây cầu giao thông nông thôn"),
 Q("100% học viên", 100, "%"), Q("18 học viên", 18, "học viên"), Q("9 xã", 9, "xã")],
[D("Chỉ thị", "09", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 09-CT/TW của Ban Bí thư"),
 D("Nghị định", "06", "2014/NĐ-CP", "2014-01-21", "Chính phủ", "Nghị định số 06/2014/NĐ-CP ngày 21/01/2014"),
 D("Thông tư", "23", "2012/TT-BCA", None, "Bộ Công an", "Thông tư số 23/2012/TT-BCA")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["Công an tỉnh Sóc Trăng", "Tin tức - Sự kiện / Xây dựng phong trào", "Toàn cảnh lớp tập huấn tại hội trường Công an tỉnh.",
 "An toàn về an ninh, trật tự", "Chùa tự quản về an ninh, trật tự", "Phum sóc bình yên", "Chôl Chnăm Thmây",
 "Sene Đolta", "Ok Om Bok"],
["23/05/2014 - 16:20", "2 ngày", "năm 2014", "năm 2013"]))

PAGES.append(page("b4977-hanoi-tanuoc-ngayhoi-2015", """
Cổng thông tin điện tử xã Tân Ước - huyện Thanh Oai - TP Hà Nội
Trang chủ › Tin tức › An ninh trật tự
Hôm nay: Thứ Năm, 20/08/2015
Ngày đăng 20/08/2015 | 10:15
Các đại biểu trao cờ thi đua cho thôn Kim Châu.
Xã Tân Ước tưng bừng Ngày hội toàn dân bảo vệ an ninh Tổ quốc
Sáng 18/8, tại nhà văn hóa thôn Kim Châu, UBND xã Tân Ước tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2015, hướng tới kỷ niệm 70 năm Ngày truyền thống Công an nhân dân (19/8/1945 - 19/8/2015) và 10 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc. Về dự có Thượng tá Đỗ Hữu Nghĩa, Phó Trưởng Công an huyện Thanh Oai; bà Nguyễn Thị Hòa, Phó Chủ tịch Ủy ban MTTQ huyện và hơn 600 người dân trong thôn.
Ngày hội được tổ chức theo Quyết định số 521/QĐ-TTg ngày 25/5/2005 của Thủ tướng Chính phủ lấy ngày 19/8 hằng năm là "Ngày hội toàn dân bảo vệ an ninh Tổ quốc" và Hướng dẫn số 14/HD-CAH của Công an huyện. Phát biểu khai mạc, ông Phạm Văn Quyết, Bí thư Đảng ủy, Chủ tịch HĐND xã cho biết, năm qua xã đã xây dựng 4 mô hình "Camera an ninh", "Tổ dân phòng tự quản", "Nhà an toàn cho phụ nữ", "Khu dân cư không có tội phạm"; lắp đặt 38 mắt camera ở các ngã ba, ngã tư với kinh phí khoảng 190 triệu đồng do nhân dân đóng góp.
Trưởng Công an xã Lê Văn Tình báo cáo, từ tháng 8/2014 đến nay, nhân dân đã cung cấp 46 nguồn tin giúp công an xã phát hiện 12 vụ trộm cắp tài sản, 3 vụ đánh bạc; hòa giải thành 17 vụ tranh chấp đất đai; không để xảy ra khiếu kiện vượt cấp. Cả 7/7 thôn được công nhận đạt tiêu chuẩn "An toàn về an ninh, trật tự". Thôn Kim Châu có 98,5% số hộ đạt danh hiệu "Gia đình văn hóa".
Ông cũng cho rằng vẫn còn tình trạng một số thanh niên tụ tập uống rượu, đua xe vào ban đêm, việc quản lý người tạm trú làm việc ở các xưởng mộc trong xã còn lỏng lẻo; đề nghị các thôn rà soát, lập danh sách và phân công đảng viên phụ trách từng nhóm hộ.
Tại Ngày hội, bà con được xem tiểu phẩm về phòng chống lừa đảo qua điện thoại, nghe phổ biến Luật Cư trú, Luật Xử lý vi phạm hành chính. Bà Trịnh Thị Mến, Chủ tịch Hội Liên hiệp Phụ nữ xã, đọc lời phát động thi đua với chủ đề "Mỗi người dân là một chiến sĩ công an".
Dịp này, UBND xã trao giấy khen cho 5 tập thể và 14 cá nhân điển hình; Công an huyện Thanh Oai tặng 20 suất quà, mỗi suất trị giá 300.000 đồng cho các thành viên bảo vệ dân phố có hoàn cảnh khó khăn. Các ông Nguyễn Văn Lự, Đặng Văn Toàn - Tổ trưởng tổ tự quản thôn Kim Châu được biểu dương.
Ban biên tập
Tin khác
- Thanh Oai: tổng kết công tác tuyển quân năm 2015 (06/08/2015)
- Xã Tân Ước ra quân giải tỏa hành lang giao thông (24/07/2015)
- Hội Nông dân xã trao 10 con bò giống cho hội viên nghèo (10/07/2015)
- Lịch tiếp công dân tháng 8/2015 (01/08/2015)
""", "2015-08-20", "Xã Tân Ước tưng bừng Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
E("khac", None, "2015-08-18"),
[P("Đỗ Hữu Nghĩa", "Thượng tá", "Phó Trưởng Công an huyện Thanh Oai"),
 P("Nguyễn Thị Hòa", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Phạm Văn Quyết", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Văn Tình", "Trưởng Công an xã"),
 P("Trịnh Thị Mến", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Nguyễn Văn Lự", "Tổ trưởng tổ tự quản thôn Kim Châu"),
 P("Đặng Văn Toàn", "Tổ trưởng tổ tự quản thôn Kim Châu")],
[Q("hơn 600 người dân", 600, "người dân", "over"), Q("4 mô hình", 4, "mô hình"), Q("38 mắt camera", 38, "mắt camera"),
 Q("khoảng 190 triệu đồng", 190000000, "đồng", "approx"), Q("46 nguồn tin", 46, "nguồn tin"),
 Q("12 vụ trộm cắp tài sản", 12, "vụ trộm cắp tài sản"), Q("3 vụ đánh bạc", 3, "vụ đánh bạc"),
 Q("17 vụ tranh chấp đất đai", 17, "vụ tranh chấp đất đai"), Q("7/7 thôn", 7, "thôn"), Q("98,5%", 98.5, "%"),
 Q("5 tập thể", 5, "tập thể"), Q("14 cá nhân điển hình", 14, "cá nhân điển hình"), Q("20 suất quà", 20, "suất quà"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "521", "QĐ-TTg", "2005-05-25", "Thủ tướng Chính phủ", "Quyết định số 521/QĐ-TTg ngày 25/5/2005"),
 D("Hướng dẫn", "14", "HD-CAH", None, "Công an huyện", "Hướng dẫn số 14/HD-CAH")],
[prov("Hà Nội"), com("Tân Ước")],
["Cổng thông tin điện tử xã Tân Ước - huyện Thanh Oai - TP Hà Nội", "Trang chủ › Tin tức › An ninh trật tự",
 "Các đại biểu trao cờ thi đua cho thôn Kim Châu.", "Camera an ninh", "Tổ dân phòng tự quản", "Nhà an toàn cho phụ nữ",
 "Khu dân cư không có tội phạm", "An toàn về an ninh, trật tự", "Gia đình văn hóa", "Luật Cư trú",
 "Luật Xử lý vi phạm hành chính", "Mỗi người dân là một chiến sĩ công an", "Ngày hội toàn dân bảo vệ an ninh Tổ quốc"],
["Hôm nay: Thứ Năm, 20/08/2015", "Ngày đăng 20/08/2015 | 10:15", "70 năm", "10 năm", "19/8/1945 - 19/8/2015", "ngày 19/8"]))

PAGES.append(page("b4978-quangtri-huongphung-doithoai-2016", """
BÁO QUẢNG TRỊ ONLINE
Chính trị - Xã hội | Quốc phòng - An ninh
2016-11-15 15:40
Hướng Phùng: Người dân đối thoại với chính quyền về an ninh trật tự vùng biên
QTO - Ngày 14/11, UBND xã Hướng Phùng (huyện Hướng Hóa, tỉnh Quảng Trị) phối hợp với Ban Dân vận Huyện ủy và Công an huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với nhân dân năm 2016 về công tác bảo đảm an ninh, trật tự. Hơn 150 người dân đại diện 11 thôn, bản và 24 già làng, trưởng bản tham dự.
Quang cảnh buổi đối thoại. Ảnh: Minh Trí
Chủ trì đối thoại là ông Hồ Văn Chăm, Bí thư Đảng ủy xã và ông Hồ Văn Lai, Chủ tịch UBND xã. Dự có bà Lê Thị Hương Giang, HUV, Trưởng Ban Dân vận Huyện ủy Hướng Hóa và Thiếu tá Nguyễn Đình Phúc, Phó Trưởng Công an huyện.
Thực hiện Quyết định số 13-QĐ/HU của Huyện ủy về đối thoại trực tiếp với nhân dân và Kế hoạch 56/KH-UBND ngày 04/10/2016 của UBND huyện, đây là lần thứ hai trong năm xã tổ chức đối thoại. Tại buổi đối thoại, người dân nêu 19 ý kiến, tập trung vào tình trạng vận chuyển trái phép hàng hóa qua biên giới, trộm cắp trâu bò, việc cấp giấy chứng nhận quyền sử dụng đất và tình trạng một số thanh niên người Vân Kiều nghe theo kẻ xấu sang Lào làm thuê. Ông Hồ Văn Pả, người có uy tín bản Cheng, đề nghị tăng cường tuần tra ban đêm; bà Hồ Thị Nhiên, Chi hội trưởng Chi hội Phụ nữ thôn Xa Bai, phản ánh tình trạng tảo hôn vẫn còn 6 trường hợp trong năm.
Lãnh đạo xã và Công an huyện đã trả lời trực tiếp 15 ý kiến, 4 ý kiến còn lại được ghi nhận để báo cáo cấp trên. Theo ông Hồ Văn Lai, năm 2016 xã đã giải quyết 23/25 đơn thư, đạt 92%; thu hồi 5 khẩu súng tự chế; 320 hộ ký cam kết không tàng trữ vật liệu nổ.
Bà Lê Thị Hương Giang đánh giá cao tinh thần thẳng thắn của bà con và đề nghị xã tiếp tục thực hiện Chỉ thị 05-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng biên giới, duy trì mô hình "Bản không có tội phạm" ở 3 bản. Thiếu tá Nguyễn Đình Phúc cam kết Công an huyện sẽ tăng cường tuần tra các đường mòn, lối mở và cử 2 cán bộ xuống tăng cường cho công an xã.
Không khí buổi đối thoại cởi mở, thẳng thắn. Nhiều người dân cho biết lần đầu được trực tiếp hỏi lãnh đạo xã và công an huyện những chuyện lâu nay chỉ nói trong bản; họ mong buổi đối thoại được tổ chức ngay tại nhà rông các thôn để người già, phụ nữ tiện tham dự.
Cuối buổi, Công an huyện trao 30 suất quà trị giá mỗi suất 500.000 đồng cho các hộ nghèo có người tham gia tổ tự quản.
Minh Trí
Bài viết liên quan
- Hướng Hóa: sơ kết 5 năm thực hiện Quy chế dân chủ ở cơ sở (03/11/2016)
- Đón 8 công dân Vân Kiều trở về từ Lào (21/10/2016)
- Đakrông: ra mắt tổ tự quản về an ninh trật tự (12/10/2016)
- Hội nghị người có uy tín huyện Hướng Hóa (28/09/2016)
""", "2016-11-15", "Hướng Phùng: Người dân đối thoại với chính quyền về an ninh trật tự vùng biên",
E("doi_thoai", "2016", "2016-11-14"),
[P("Hồ Văn Chăm", "Bí thư Đảng ủy xã"),
 P("Hồ Văn Lai", "Chủ tịch UBND xã"),
 P("Lê Thị Hương Giang", "HUV", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Nguyễn Đình Phúc", "Thiếu tá", "Phó Trưởng Công an huyện"),
 P("Hồ Văn Pả", "người có uy tín bản Cheng"),
 P("Hồ Thị Nhiên", "Chi hội trưởng Chi hội Phụ nữ thôn Xa Bai")],
[Q("Hơn 150 người dân", 150, "người dân", "over"), Q("11 thôn, bản", 11, "thôn, bản"),
 Q("24 già làng, trưởng bản", 24, "già làng, trưởng bản"), Q("19 ý kiến", 19, "ý kiến"), Q("6 trường hợp", 6, "trường hợp"),
 Q("15 ý kiến", 15, "ý kiến"), Q("4 ý kiến", 4, "ý kiến"), Q("23/25 đơn thư", 23, "đơn thư"), Q("92%", 92, "%"),
 Q("5 khẩu súng tự chế", 5, "khẩu súng tự chế"), Q("320 hộ", 320, "hộ"), Q("3 bản", 3, "bản"),
 Q("2 cán bộ", 2, "cán bộ"), Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "13", "QĐ/HU", None, "Huyện ủy", "Quyết định số 13-QĐ/HU"),
 D("Kế hoạch", "56", "KH-UBND", "2016-10-04", "UBND huyện", "Kế hoạch 56/KH-UBND ngày 04/10/2016"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05-CT/TU")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["BÁO QUẢNG TRỊ ONLINE", "Chính trị - Xã hội | Quốc phòng - An ninh", "QTO", "Quang cảnh buổi đối thoại. Ảnh: Minh Trí",
 "Bản không có tội phạm"],
["2016-11-15 15:40", "năm 2016", "lần thứ hai"]))
