from lib import *
PAGES = []

PAGES.append(page("b3221-nghean-ca-tongket-2011", """
CÔNG AN TỈNH NGHỆ AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Phong trào toàn dân BVANTQ
Thứ Ba, 20/12/2011 - 16:30
Ảnh: Quang cảnh hội nghị.
Nghệ An tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2011
Ngày 19/12/2011, Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Nghệ An tổ chức hội nghị tổng kết phong trào năm 2011, triển khai nhiệm vụ năm 2012. Đại tá Nguyễn Hữu Cẩm, Giám đốc Công an tỉnh, Trưởng ban Chỉ đạo chủ trì hội nghị. Dự có đồng chí Lô Thị Kim Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo do Thượng tá Vi Văn Sơn, Trưởng phòng Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trình bày cho biết, năm 2011 toàn tỉnh đã xây dựng 1.245 tổ tự quản an ninh trật tự, 318 mô hình tự phòng, tự quản; nhân dân cung cấp cho cơ quan công an hơn 4.600 nguồn tin có giá trị, giúp điều tra, khám phá 276 vụ án. Công an tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 17, 18-CT/TU về tăng cường lãnh đạo công tác bảo đảm an ninh trật tự vùng giáp biên và phòng, chống ma túy. Các địa phương thực hiện nghiêm Chỉ thị số 09-CT/TW ngày 1/12/2011 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới.
Công tác đấu tranh phòng, chống ma túy có chuyển biến: lực lượng chức năng phát hiện, bắt giữ 512 vụ, 704 đối tượng, thu giữ 18,6 kg heroin, gần 9.000 viên ma túy tổng hợp. Toàn tỉnh có 92% số xã, phường, thị trấn đạt tiêu chuẩn "An toàn về an ninh trật tự".
Tại hội nghị, ông Lang Văn Chiến, Chủ tịch UBND xã Tam Hợp, huyện Tương Dương, chia sẻ kinh nghiệm vận động đồng bào Thái, Mông tố giác tội phạm buôn bán ma túy qua biên giới. Bà Cụt Thị Xuân, Trưởng ban Công tác Mặt trận khối Tân Hợp, phường Hưng Bình, nói về mô hình "Camera an ninh khối phố".
Thay mặt Ban Chỉ đạo, Đại tá Nguyễn Hữu Cẩm yêu cầu năm 2012 tiếp tục thực hiện Nghị quyết 09/1998/NQ-CP của Chính phủ về tăng cường công tác phòng, chống tội phạm trong tình hình mới; đẩy mạnh thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 35 tập thể và 48 cá nhân có thành tích xuất sắc; mỗi tập thể được thưởng 1,5 triệu đồng.
Nhiều đại biểu cũng thẳng thắn chỉ ra hạn chế: ở một số nơi phong trào còn hình thức, việc sơ kết, nhân rộng mô hình chưa kịp thời; sự phối hợp giữa công an với Mặt trận và các đoàn thể có lúc chưa chặt chẽ; tình trạng thanh thiếu niên tụ tập gây rối, đua xe trái phép vẫn còn diễn biến phức tạp ở vùng ven đô.
Hữu Đức
Lượt xem: 1.204
Tin liên quan
- Công an Quỳ Châu ra mắt 12 tổ tự quản (10/12/2011)
- Kỳ Sơn: bắt 2 đối tượng vận chuyển 6 bánh heroin (02/12/2011)
- Hưng Nguyên tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/08/2011)
""", "2011-12-20", "Nghệ An tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2011",
E("tong_ket", "2011", "2011-12-19"),
[P("Nguyễn Hữu Cẩm", "Đại tá", "Giám đốc Công an tỉnh", "Trưởng ban Chỉ đạo"),
 P("Lô Thị Kim Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "Thượng tá", "Trưởng phòng Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc"),
 P("Lang Văn Chiến", "Chủ tịch UBND xã Tam Hợp"),
 P("Cụt Thị Xuân", "Trưởng ban Công tác Mặt trận khối Tân Hợp")],
[Q("1.245 tổ tự quản an ninh trật tự", 1245, "tổ tự quản an ninh trật tự"), Q("318 mô hình tự phòng, tự quản", 318, "mô hình tự phòng, tự quản"),
 Q("hơn 4.600 nguồn tin", 4600, "nguồn tin", "over"), Q("276 vụ án", 276, "vụ án"),
 Q("512 vụ", 512, "vụ"), Q("704 đối tượng", 704, "đối tượng"), Q("18,6 kg", 18.6, "kg"),
 Q("gần 9.000 viên ma túy tổng hợp", 9000, "viên ma túy tổng hợp", "approx"), Q("92%", 92, "%"),
 Q("35 tập thể", 35, "tập thể"), Q("48 cá nhân", 48, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "09", "CT/TW", "2011-12-01", "Ban Bí thư", "Chỉ thị số 09-CT/TW ngày 1/12/2011"),
 D("Nghị quyết", "09", "1998/NQ-CP", None, "Chính phủ", "Nghị quyết 09/1998/NQ-CP")],
[prov("Nghệ An"), com("Tam Hợp"), com("Hưng Bình")],
["CÔNG AN TỈNH NGHỆ AN - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Tin tức » Phong trào toàn dân BVANTQ", "Ảnh: Quang cảnh hội nghị.",
 "An toàn về an ninh trật tự", "Camera an ninh khối phố", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.204"],
["Thứ Ba, 20/12/2011 - 16:30", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b3222-langson-xa-ngayhoi-2012", """
Cổng thông tin điện tử xã Hoàng Đồng - TP Lạng Sơn
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > An ninh trật tự
Ngày đăng 18/08/2012 | 09:40
Đồng chí Hoàng Văn Pấu phát biểu tại ngày hội.
Rộn ràng Ngày hội toàn dân bảo vệ an ninh Tổ quốc ở thôn Nà Chuông
Sáng 17/8, tại nhà văn hóa thôn Nà Chuông, Ban Chỉ đạo xã Hoàng Đồng tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2012. Về dự có đồng chí Nông Thị Hà, Phó Chủ tịch UBND thành phố Lạng Sơn; Thiếu tá Lộc Văn Tường, Phó Trưởng Công an thành phố cùng khoảng 350 người dân trong thôn.
Phát biểu khai mạc, đồng chí Hoàng Văn Pấu, Bí thư Đảng ủy xã, Trưởng ban Chỉ đạo ngày hội cho biết, thực hiện Kế hoạch số 28-KH/ĐU ngày 2/7/2012 của Đảng ủy xã, thôn Nà Chuông được chọn làm điểm. Thôn có 186 hộ với 812 nhân khẩu, chủ yếu là đồng bào Tày, Nùng. Năm qua, thôn không có người mắc tệ nạn xã hội mới, không để xảy ra vụ việc phức tạp; người dân đã hiến 1.200 m2 đất mở rộng đường liên thôn.
Ông Chu Văn Slấy, Trưởng thôn Nà Chuông, báo cáo: tổ hòa giải của thôn đã hòa giải thành 7 vụ việc mâu thuẫn trong nội bộ nhân dân; 3 tổ an ninh nhân dân duy trì tuần tra vào ban đêm. Ông Chu Văn Slấy nói: "Bà con giữ đất, giữ làng như giữ nhà mình".
Tại ngày hội, Công an thành phố trao 2 xe đạp cho học sinh nghèo; UBND xã tặng giấy khen cho 4 tập thể và 9 cá nhân, kèm tiền thưởng 3,2 triệu đồng. Ngày hội còn có các tiết mục hát then, đàn tính và thi đấu kéo co, bắn nỏ.
Người dân trong thôn ký cam kết "4 không": không vi phạm pháp luật, không mắc tệ nạn xã hội, không tàng trữ vũ khí, không để người lạ tạm trú không khai báo. Đồng chí Nông Thị Hà đề nghị xã tiếp tục thực hiện tốt Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác bảo đảm an ninh nông thôn.
Theo đánh giá của Ban Chỉ đạo xã, sau ngày hội, ý thức cảnh giác của người dân được nâng lên rõ rệt; các dòng họ, chi hội đều đưa nội dung giữ gìn trật tự vào hương ước, quy ước của thôn. Nhiều gia đình tự nguyện lắp đèn chiếu sáng đường ngõ, phối hợp với công an viên nắm tình hình người lạ đến địa bàn, phát hiện sớm các vụ việc để hòa giải ngay tại cơ sở, không để phát sinh thành điểm nóng.
Tin, ảnh: Lăng Thị Vân
Lượt truy cập: 23.518
Tin khác
- Xã Hoàng Đồng ra mắt tổ tự quản đường thôn Khòn Khuyển (30/07/2012)
- Hội nghị tuyên truyền pháp luật cho đồng bào Tày, Nùng (12/07/2012)
- Xã tổ chức tổng kết 5 năm xây dựng nông thôn mới (03/07/2012)
- Tập huấn nghiệp vụ cho công an viên xã (15/06/2012)
- Trao 15 suất học bổng cho học sinh nghèo vượt khó (01/06/2012)
- Ra mắt câu lạc bộ phụ nữ với pháp luật thôn Khòn Pát (20/05/2012)
- Đoàn thanh niên xã ra quân làm sạch đường làng (11/05/2012)
""", "2012-08-18", "Rộn ràng Ngày hội toàn dân bảo vệ an ninh Tổ quốc ở thôn Nà Chuông",
E("khac", "2012", "2012-08-17"),
[P("Nông Thị Hà", "Phó Chủ tịch UBND thành phố Lạng Sơn"),
 P("Lộc Văn Tường", "Thiếu tá", "Phó Trưởng Công an thành phố"),
 P("Hoàng Văn Pấu", "Bí thư Đảng ủy xã", "Trưởng ban Chỉ đạo ngày hội"),
 P("Chu Văn Slấy", "Trưởng thôn Nà Chuông")],
[Q("khoảng 350 người dân", 350, "người dân", "approx"), Q("186 hộ", 186, "hộ"), Q("812 nhân khẩu", 812, "nhân khẩu"),
 Q("1.200 m2", 1200, "m2"), Q("7 vụ việc mâu thuẫn", 7, "vụ việc mâu thuẫn"), Q("3 tổ an ninh nhân dân", 3, "tổ an ninh nhân dân"),
 Q("2 xe đạp", 2, "xe đạp"), Q("4 tập thể", 4, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("3,2 triệu đồng", 3200000, "đồng")],
[D("Kế hoạch", "28", "KH/ĐU", "2012-07-02", "Đảng ủy xã", "Kế hoạch số 28-KH/ĐU ngày 2/7/2012"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU")],
[prov("Lạng Sơn"), com("Hoàng Đồng")],
["Cổng thông tin điện tử xã Hoàng Đồng - TP Lạng Sơn", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > An ninh trật tự",
 "Đồng chí Hoàng Văn Pấu phát biểu tại ngày hội.", "Lượt truy cập: 23.518", "Nà Chuông"],
["Ngày đăng 18/08/2012 | 09:40", "4 không", "năm 2012", "Lượt truy cập: 23.518"]))

PAGES.append(page("b3223-gialai-ca-soket-2013", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị - Xã hội / An ninh - Trật tự
Cập nhật: 08:20, 11/07/2013 (GMT+7)
Đồng chí Ksor Phơn phát biểu chỉ đạo. Ảnh: Minh Hòa
Giữ vững an ninh vùng đồng bào dân tộc thiểu số
(GL) - Chiều 10/7, Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Gia Lai tổ chức hội nghị sơ kết 6 tháng đầu năm 2013. Đồng chí Ksor Phơn, Phó Bí thư Tỉnh ủy, Trưởng ban Chỉ đạo chủ trì; dự có Đại tá Rơ Châm H'Nhi, Phó Giám đốc Công an tỉnh, Phó Trưởng ban Thường trực.
Theo báo cáo, 6 tháng qua lực lượng công an đã phối hợp với Mặt trận, các đoàn thể tổ chức 1.870 buổi tuyên truyền với hơn 96.000 lượt người nghe; vận động 42 đối tượng bỏ trốn ra đầu thú; gần 1.500 hộ đồng bào ký cam kết không nghe theo "Tin lành Đê Ga". Toàn tỉnh duy trì 2.316 tổ tự quản, 488 tổ hòa giải ở cơ sở.
Về phòng, chống ma túy, đã phát hiện 19 vụ, 27 đối tượng; quản lý 64 người nghiện ma túy có hồ sơ. Tổng kinh phí xã hội hóa cho phong trào đạt khoảng 2,3 tỷ đồng.
Các ý kiến tại hội nghị tập trung vào việc phát huy vai trò người có uy tín. Già làng Rơ Mah Blih, người có uy tín làng Ia Lâm, xã Ia Dom, cho biết làng đã 3 năm liền không có người vượt biên. Ông Siu Hlim, Chủ tịch UBND xã Ia O, đề nghị tăng thời lượng phát thanh tiếng Jrai tại các làng biên giới.
Kết luận hội nghị, đồng chí Ksor Phơn đề nghị các cấp tiếp tục quán triệt Chỉ thị 09-CT/TW của Ban Bí thư, Kế hoạch số 57-KH/TU ngày 14/3/2013 của Tỉnh ủy và Quyết định 521/QĐ-UBND của UBND tỉnh về kiện toàn Ban Chỉ đạo phong trào các cấp; xây dựng thêm ít nhất 20 mô hình tự quản ở các xã biên giới trong 6 tháng cuối năm.
Hội nghị cũng chỉ ra một số hạn chế: việc nắm tình hình ở một số làng vùng sâu chưa kịp thời; hoạt động của một số tổ tự quản còn cầm chừng, thiếu kinh phí; công tác tuyên truyền bằng tiếng dân tộc chưa đáp ứng yêu cầu. Các đại biểu đề nghị tỉnh quan tâm bồi dưỡng kỹ năng cho cán bộ cơ sở, đồng thời có chế độ động viên kịp thời những già làng, trưởng thôn tích cực tham gia giữ gìn an ninh trật tự ở địa bàn.
Minh Hòa
Các tin khác
- Chư Prông: ra mắt mô hình "Làng tự quản về an ninh trật tự" (05/07/2013)
- Đức Cơ tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (28/06/2013)
- Tập huấn nghiệp vụ cho 120 công an viên (20/06/2013)
- Gia Lai khen thưởng 25 già làng tiêu biểu (14/06/2013)
- Ia Grai: vận động 8 đối tượng ra đầu thú (02/06/2013)
- Krông Pa phát huy vai trò người có uy tín trong giữ gìn an ninh (25/05/2013)
- Mặt trận tỉnh gặp mặt chức sắc tôn giáo dịp lễ Phục sinh (10/05/2013)
- Công an tỉnh ra quân trấn áp tội phạm đợt cao điểm (02/05/2013)
""", "2013-07-11", "Giữ vững an ninh vùng đồng bào dân tộc thiểu số",
E("so_ket", "2013-H1", "2013-07-10"),
[P("Ksor Phơn", "Phó Bí thư Tỉnh ủy", "Trưởng ban Chỉ đạo"),
 P("Rơ Châm H'Nhi", "Đại tá", "Phó Giám đốc Công an tỉnh", "Phó Trưởng ban Thường trực"),
 P("Rơ Mah Blih", "Già làng", "người có uy tín làng Ia Lâm"),
 P("Siu Hlim", "Chủ tịch UBND xã Ia O")],
[Q("1.870 buổi tuyên truyền", 1870, "buổi tuyên truyền"), Q("hơn 96.000 lượt người nghe", 96000, "lượt người nghe", "over"),
 Q("42 đối tượng", 42, "đối tượng"), Q("gần 1.500 hộ đồng bào", 1500, "hộ đồng bào", "approx"),
 Q("2.316 tổ tự quản", 2316, "tổ tự quản"), Q("488 tổ hòa giải", 488, "tổ hòa giải"), Q("19 vụ", 19, "vụ"), Q("27 đối tượng", 27, "đối tượng"),
 Q("64 người nghiện ma túy", 64, "người nghiện ma túy"), Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"),
 Q("ít nhất 20 mô hình tự quản", 20, "mô hình tự quản", "over")],
[D("Chỉ thị", "09", "CT/TW", None, "Ban Bí thư", "Chỉ thị 09-CT/TW"),
 D("Kế hoạch", "57", "KH/TU", "2013-03-14", "Tỉnh ủy", "Kế hoạch số 57-KH/TU ngày 14/3/2013"),
 D("Quyết định", "521", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 521/QĐ-UBND")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia O")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị - Xã hội / An ninh - Trật tự", "Đồng chí Ksor Phơn phát biểu chỉ đạo. Ảnh: Minh Hòa", "(GL)", "Tin lành Đê Ga"],
["Cập nhật: 08:20, 11/07/2013 (GMT+7)", "6 tháng đầu năm 2013", "3 năm", "6 tháng cuối năm"]))

PAGES.append(page("b3224-soctrang-mttq-bieuduong-2014", """
ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ :: Hoạt động Mặt trận :: Tin tức
14-11-2014 10:15
Biểu dương 86 điển hình tiên tiến phong trào toàn dân bảo vệ an ninh Tổ quốc
Sáng ngày 13/11/2014, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng phối hợp Công an tỉnh tổ chức hội nghị biểu dương điển hình tiên tiến trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2014. Đến dự có ông Lâm Văn Sên, Phó Bí thư Tỉnh ủy; bà Thạch Thị Sà Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Trần Văn Dũng, Phó Giám đốc Công an tỉnh.
Toàn cảnh hội nghị.
Năm qua, Mặt trận các cấp đã phối hợp xây dựng 96 ấp, khóm "An toàn về an ninh trật tự"; 1.128 tổ nhân dân tự quản hoạt động có hiệu quả. Nhân dân đã cung cấp 730 tin báo về tội phạm; các chùa Phật giáo Nam tông Khmer duy trì 45 tổ an ninh chùa. Kinh phí hỗ trợ lực lượng dân phòng do nhân dân đóng góp khoảng 1,8 tỷ đồng.
Thực hiện Chỉ thị 02-CT/BCĐ của Ban Chỉ đạo tỉnh và Kế hoạch liên tịch số 14/KHLT-MTTQ-CA giữa Ủy ban MTTQ Việt Nam tỉnh và Công an tỉnh, 100% xã, phường, thị trấn đã ra mắt mô hình "Camera vì an ninh trật tự".
Tại hội nghị, Đại đức Lâm Thanh Sơn, trụ trì chùa Prếk Chrui, xã Tham Đôn, chia sẻ cách vận động sư sãi, phật tử giữ gìn an ninh phum sóc. Ông Danh Sà Lương, Trưởng ban Nhân dân ấp Bưng Cốc, xã Thạnh Thới An, kể lại việc bà con cùng lực lượng công an truy bắt 2 đối tượng trộm bò.
Hội nghị đã biểu dương 86 điển hình tiên tiến (31 tập thể, 55 cá nhân); mỗi tập thể được tặng bằng khen kèm 2 triệu đồng, mỗi cá nhân 1 triệu đồng.
Phát biểu chỉ đạo, ông Lâm Văn Sên nhấn mạnh mỗi người dân là một "chiến sĩ công an" ở khu dân cư, đề nghị nhân rộng cách làm hay của đồng bào Khmer.
Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, phong trào đã thật sự lan tỏa đến từng ấp, khóm, phum sóc; nhiều nhà chùa trở thành nơi tuyên truyền pháp luật cho bà con; các vị sư cả, achar tích cực vận động thanh niên tránh xa tệ nạn. Tuy vậy, tình trạng trộm cắp tài sản, cho vay nặng lãi ở nông thôn vẫn còn, đòi hỏi các cấp tiếp tục vào cuộc quyết liệt hơn.
Thanh Tâm
Số lượt xem: 642
Tin cùng chuyên mục
- Mặt trận tỉnh trao 50 căn nhà Đại đoàn kết (05/11/2014)
- Giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại Mỹ Xuyên (28/10/2014)
- Hội nghị hiệp thương thống nhất danh sách ứng cử (15/10/2014)
- Trần Đề: ra mắt tổ nhân dân tự quản ấp Giồng Chát (02/10/2014)
- Vĩnh Châu tổng kết cuộc vận động xây dựng khu dân cư văn hóa (20/09/2014)
- Thăm, tặng quà các chùa Khmer nhân lễ Sene Dolta (18/09/2014)
- Long Phú: đối thoại với người dân về bồi thường giải phóng mặt bằng (05/09/2014)
""", "2014-11-14", "Biểu dương 86 điển hình tiên tiến phong trào toàn dân bảo vệ an ninh Tổ quốc",
E("hoi_nghi", "2014", "2014-11-13"),
[P("Lâm Văn Sên", "Phó Bí thư Tỉnh ủy"),
 P("Thạch Thị Sà Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Dũng", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Lâm Thanh Sơn", "Đại đức", "trụ trì chùa Prếk Chrui"),
 P("Danh Sà Lương", "Trưởng ban Nhân dân ấp Bưng Cốc")],
[Q("86 điển hình tiên tiến", 86, "điển hình tiên tiến"), Q("96 ấp, khóm", 96, "ấp, khóm"), Q("1.128 tổ nhân dân tự quản", 1128, "tổ nhân dân tự quản"),
 Q("730 tin báo", 730, "tin báo"), Q("45 tổ an ninh chùa", 45, "tổ an ninh chùa"), Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("100%", 100, "%"), Q("2 đối tượng", 2, "đối tượng"), Q("31 tập thể", 31, "tập thể"), Q("55 cá nhân", 55, "cá nhân"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "02", "CT/BCĐ", None, "Ban Chỉ đạo tỉnh", "Chỉ thị 02-CT/BCĐ"),
 D("Kế hoạch liên tịch", "14", "KHLT-MTTQ-CA", None, None, "Kế hoạch liên tịch số 14/KHLT-MTTQ-CA")],
[prov("Sóc Trăng"), com("Tham Đôn"), com("Thạnh Thới An")],
["ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ :: Hoạt động Mặt trận :: Tin tức", "Toàn cảnh hội nghị.",
 "An toàn về an ninh trật tự", "Camera vì an ninh trật tự", "chiến sĩ công an", "Số lượt xem: 642"],
["14-11-2014 10:15", "năm 2014", "Số lượt xem: 642"]))

PAGES.append(page("b3225-hagiang-ca-giaoban-2015", """
CÔNG AN HUYỆN MÈO VẠC - TỈNH HÀ GIANG
Vị trí: Trang chủ / Tin hoạt động / Xây dựng phong trào
08:15 | 08/10/2015
Quang cảnh buổi giao ban. Ảnh: Thào Mí
Phong trào toàn dân bảo vệ an ninh Tổ quốc vùng cao chuyển biến rõ nét
Ngày 7/10, Công an huyện Mèo Vạc, tỉnh Hà Giang tổ chức giao ban công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc quý III năm 2015 với công an các xã, thị trấn. Thượng tá Sùng Mí Chá, HUV, Trưởng Công an huyện chủ trì. Dự có đồng chí Vàng Thị Dợ, Trưởng Ban Dân vận Huyện ủy.
Báo cáo tại giao ban cho biết, trong quý, lực lượng công an đã phối hợp tổ chức 142 buổi tuyên truyền tại các thôn, bản với khoảng 8.300 lượt người nghe bằng tiếng Mông, tiếng Dao. Toàn huyện có 196 tổ an ninh nhân dân ở thôn bản; nhân dân đã giao nộp 37 khẩu súng tự chế, hơn 2 kg thuốc nổ và 86 kíp nổ.
Công tác đấu tranh với tội phạm ma túy tiếp tục được chú trọng: bắt 11 vụ, 14 đối tượng mua bán trái phép chất ma túy; vận động 23 người nghiện đi cai nghiện tập trung. Tỷ lệ thôn, bản không có ma túy đạt 71,5%. Tình trạng xuất cảnh trái phép sang Trung Quốc lao động giảm; trong quý có 9 trường hợp được vận động trở về địa phương.
Tại giao ban, đồng chí Giàng Mí Lử, Trưởng Công an xã Sơn Vĩ, cho biết xã duy trì mô hình "Dòng họ tự quản về an ninh trật tự" ở 12 dòng họ, mỗi dòng họ cử một người có uy tín làm tổ trưởng. Bà Ly Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ xã Pải Lủng, đề nghị tăng cường tuyên truyền phòng, chống mua bán người cho phụ nữ trẻ.
Thượng tá Sùng Mí Chá đề nghị công an các xã bám sát Kế hoạch số 112/KH-CAH của Công an huyện, Hướng dẫn 06/HD-BCĐ của Ban Chỉ đạo phong trào tỉnh; chuẩn bị tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc điểm tại thị trấn Mèo Vạc trong quý IV. Đồng chí Vàng Thị Dợ đề nghị lồng ghép nội dung phong trào vào việc thực hiện Chỉ thị 11-CT/HU của Ban Thường vụ Huyện ủy về xây dựng thôn, bản văn hóa.
Các đại biểu cũng thẳng thắn nêu khó khăn: địa bàn rộng, giao thông đi lại vất vả, nhiều thôn bản chưa có sóng điện thoại; công an viên phần lớn kiêm nhiệm, phụ cấp thấp; một bộ phận người dân còn e ngại, chưa mạnh dạn tố giác tội phạm. Nhiều ý kiến đề nghị cấp trên bổ sung trang bị, phương tiện cho lực lượng cơ sở và sớm đưa công an chính quy về các xã trọng điểm.
Trọng Đức
Tin khác
- Mèo Vạc ra mắt mô hình "Dòng họ tự quản" tại xã Xín Cái (25/09/2015)
- Bắt đối tượng vận chuyển 2 bánh heroin qua biên giới (14/09/2015)
- Tuyên truyền Luật Hôn nhân và gia đình cho đồng bào Mông (02/09/2015)
- Công an huyện ra quân bảo đảm an ninh Tết Độc lập (28/08/2015)
""", "2015-10-08", "Phong trào toàn dân bảo vệ an ninh Tổ quốc vùng cao chuyển biến rõ nét",
E("giao_ban", "2015-Q3", "2015-10-07"),
[P("Sùng Mí Chá", "Thượng tá", "HUV", "Trưởng Công an huyện"),
 P("Vàng Thị Dợ", "Trưởng Ban Dân vận Huyện ủy"),
 P("Giàng Mí Lử", "Trưởng Công an xã Sơn Vĩ"),
 P("Ly Thị Mai", "Chủ tịch Hội Liên hiệp Phụ nữ xã Pải Lủng")],
[Q("142 buổi tuyên truyền", 142, "buổi tuyên truyền"), Q("khoảng 8.300 lượt người nghe", 8300, "lượt người nghe", "approx"),
 Q("196 tổ an ninh nhân dân", 196, "tổ an ninh nhân dân"), Q("37 khẩu súng tự chế", 37, "khẩu súng tự chế"),
 Q("hơn 2 kg", 2, "kg", "over"), Q("86 kíp nổ", 86, "kíp nổ"), Q("11 vụ", 11, "vụ"), Q("14 đối tượng", 14, "đối tượng"),
 Q("23 người nghiện", 23, "người nghiện"), Q("71,5%", 71.5, "%"), Q("9 trường hợp", 9, "trường hợp"), Q("12 dòng họ", 12, "dòng họ")],
[D("Kế hoạch", "112", "KH-CAH", None, "Công an huyện", "Kế hoạch số 112/KH-CAH"),
 D("Hướng dẫn", "06", "HD-BCĐ", None, "Ban Chỉ đạo phong trào tỉnh", "Hướng dẫn 06/HD-BCĐ"),
 D("Chỉ thị", "11", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11-CT/HU")],
[prov("Hà Giang"), com("Sơn Vĩ"), com("Pải Lủng"), com("Mèo Vạc")],
["CÔNG AN HUYỆN MÈO VẠC - TỈNH HÀ GIANG", "Vị trí: Trang chủ / Tin hoạt động / Xây dựng phong trào", "Quang cảnh buổi giao ban. Ảnh: Thào Mí",
 "Dòng họ tự quản về an ninh trật tự"],
["08:15 | 08/10/2015", "quý III năm 2015", "quý IV", "Ngày hội toàn dân bảo vệ an ninh Tổ quốc"]))

PAGES.append(page("b3226-daklak-mttq-giamsat-2016", """
Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk
TIN TỨC > GIÁM SÁT VÀ PHẢN BIỆN XÃ HỘI
23/09/2016 - 14:50
Giám sát việc xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tại huyện Krông Búk
Từ ngày 20 đến 22/9/2016, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Y Khiêm Mlô, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Nghị quyết liên tịch số 01/2012/NQLT-BCA-BTTUBTWMTTQVN về phối hợp xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tại huyện Krông Búk năm 2016.
Ông Y Khiêm Mlô (giữa) làm việc với xã Cư Pơng.
Đoàn đã làm việc với UBND huyện, Công an huyện và 3 xã Cư Pơng, Ea Ngai, Pơng Drang. Theo báo cáo, huyện có 76 buôn, thôn; 100% buôn, thôn thành lập tổ tự quản về an ninh trật tự với 1.032 thành viên. Năm 2016, nhân dân cung cấp hơn 300 nguồn tin, giúp công an bắt 28 vụ trộm cắp tài sản; tổ hòa giải cơ sở hòa giải thành 64 vụ việc, đạt 88,9%.
Tại buổi làm việc ở xã Cư Pơng, ông Y Thông Ktla, Trưởng buôn Ea Kung, cho biết buôn có 214 hộ, đa số là đồng bào Êđê; từ khi có tổ tự quản, buôn không còn tình trạng thanh niên say rượu gây gổ. Bà H'Bliu Niê, Chủ tịch Ủy ban MTTQ xã Cư Pơng, kiến nghị bố trí kinh phí cho hoạt động của các tổ tự quản, hiện mỗi tổ chỉ được hỗ trợ 500.000 đồng/năm.
Đoàn giám sát ghi nhận huyện đã ban hành Kế hoạch 45/KH-UBND về thực hiện phong trào giai đoạn 2016-2020 và Quyết định 1020/QĐ-UBND ngày 15/4/2016 về kiện toàn Ban Chỉ đạo. Tuy vậy, việc sơ kết mô hình ở một số xã còn chậm; còn 5 thôn chưa có người làm công tác hòa giải được tập huấn.
Kết luận buổi giám sát, ông Y Khiêm Mlô đề nghị UBND huyện chỉ đạo Công an huyện phối hợp chặt chẽ với Mặt trận cùng cấp, đưa nội dung giữ gìn an ninh trật tự vào hương ước, quy ước của buôn; quan tâm phát huy vai trò già làng, người có uy tín trong vận động đồng bào không nghe theo kẻ xấu, không tham gia các hoạt động của tổ chức "Nhà nước Đê Ga".
Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện Krông Búk, tiếp thu ý kiến của đoàn và cho biết huyện sẽ rà soát, bổ sung kinh phí cho các tổ tự quản ngay trong năm tới; đồng thời chỉ đạo các xã sơ kết, nhân rộng những mô hình hiệu quả.
Ban Tuyên giáo
Tin liên quan
- Krông Năng: ra mắt mô hình "Buôn tự quản về an ninh trật tự" (12/09/2016)
- Mặt trận tỉnh giám sát thực hiện chính sách đối với người có uy tín (30/08/2016)
- Hội nghị phản biện dự thảo Đề án về giảm nghèo bền vững (18/08/2016)
- Buôn Ma Thuột: tuyên dương 40 gương người tốt, việc tốt (05/08/2016)
- Ea H'leo tổ chức Ngày hội Đại đoàn kết điểm tại buôn Tùng Sẹ (22/07/2016)
""", "2016-09-23", "Giám sát việc xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tại huyện Krông Búk",
E("giam_sat", "2016", "2016-09-20"),
[P("Y Khiêm Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Y Thông Ktla", "Trưởng buôn Ea Kung"),
 P("H'Bliu Niê", "Chủ tịch Ủy ban MTTQ xã Cư Pơng"),
 P("Nguyễn Văn Hùng", "Phó Chủ tịch UBND huyện Krông Búk")],
[Q("3 xã", 3, "xã"), Q("76 buôn, thôn", 76, "buôn, thôn"), Q("100%", 100, "%"), Q("1.032 thành viên", 1032, "thành viên"),
 Q("hơn 300 nguồn tin", 300, "nguồn tin", "over"), Q("28 vụ trộm cắp tài sản", 28, "vụ trộm cắp tài sản"),
 Q("64 vụ việc", 64, "vụ việc"), Q("88,9%", 88.9, "%"), Q("214 hộ", 214, "hộ"), Q("500.000 đồng", 500000, "đồng"),
 Q("5 thôn", 5, "thôn")],
[D("Nghị quyết liên tịch", "01", "2012/NQLT-BCA-BTTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2012/NQLT-BCA-BTTUBTWMTTQVN"),
 D("Kế hoạch", "45", "KH-UBND", None, "UBND huyện", "Kế hoạch 45/KH-UBND"),
 D("Quyết định", "1020", "QĐ-UBND", "2016-04-15", "UBND huyện", "Quyết định 1020/QĐ-UBND ngày 15/4/2016")],
[prov("Đắk Lắk"), com("Cư Pơng"), com("Ea Ngai"), com("Pơng Drang")],
["Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk", "TIN TỨC > GIÁM SÁT VÀ PHẢN BIỆN XÃ HỘI",
 "Ông Y Khiêm Mlô (giữa) làm việc với xã Cư Pơng.", "Nhà nước Đê Ga"],
["23/09/2016 - 14:50", "giai đoạn 2016-2020", "năm 2016", "Năm 2016"]))
