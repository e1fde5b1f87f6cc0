from lib import *
PAGES = []

PAGES.append(page("b9245-nghean-ca-tongket-2011", """
CÔNG AN NGHỆ AN - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Phong trào toàn dân bảo vệ ANTQ
Thứ Năm, 29/12/2011 - 16:20
Toàn cảnh hội nghị tổng kết. Ảnh: Hữu Hòa
Nghệ An: Khen thưởng 62 tập thể, cá nhân tiêu biểu trong phong trào bảo vệ an ninh Tổ quốc
Chiều 27/12, Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh tổ chức hội nghị tổng kết phong trào năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Phan Đình Thắng, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì; dự có Đại tá Trần Quốc Hưng, Giám đốc Công an tỉnh cùng 215 đại biểu của các sở, ngành, Mặt trận, đoàn thể và Công an 21 huyện, thành, thị.
Báo cáo do Thượng tá Lê Văn Tâm, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh trình bày cho biết, trong năm các cấp ủy, chính quyền đã quan tâm lãnh đạo phong trào; toàn tỉnh củng cố 4.630 tổ an ninh nhân dân và xây dựng mới 512 tổ tự quản về an ninh trật tự ở các thôn, xóm vùng giáo. Quần chúng đã cung cấp cho cơ quan Công an 3.785 nguồn tin có giá trị, giúp phát hiện, bắt giữ 146 vụ phạm tội về ma túy; vận động 39 đối tượng truy nã ra đầu thú. Tỷ lệ điều tra, khám phá án đạt 82,6%. Quỹ phòng, chống tội phạm các cấp huy động được hơn 3,4 tỷ đồng.
Ở miền Tây Nghệ An, lực lượng Công an phối hợp Bộ đội Biên phòng vận động đồng bào Mông tại các xã Nậm Cắn, Mường Lống giao nộp 74 khẩu súng tự chế và không nghe theo kẻ xấu di cư tự do. Có 1.842 khu dân cư và 286 xã, phường, thị trấn được công nhận đạt tiêu chuẩn "An toàn về an ninh, trật tự" theo Quyết định số 1108/QĐ-UBND ngày 15/4/2011 của UBND tỉnh.
Tại hội nghị, đồng chí Lầu Bá Chò, Bí thư Đảng ủy xã Nậm Cắn, chia sẻ cách làm "đi từng ngõ, gõ từng nhà", vận động trưởng dòng họ làm gương. Ông Nguyễn Văn Hạnh, Trưởng Công an xã Diễn Hồng, cho biết mô hình "Cụm dân cư an toàn" của xã đã giúp giảm 40% số vụ trộm cắp so với năm trước. Bà Lô Thị Hương, Chủ tịch Hội Phụ nữ huyện Quế Phong, đề nghị tăng cường tuyên truyền bằng tiếng Thái, tiếng Mông.
Phát biểu chỉ đạo, đồng chí Phan Đình Thắng yêu cầu các cấp, các ngành tổ chức quán triệt Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới; tiếp tục thực hiện Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy về bảo đảm an ninh nông thôn và về phòng, chống ma túy; gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", phấn đấu thực hiện mục tiêu "3 giảm".
Dịp này, UBND tỉnh tặng Bằng khen cho 62 tập thể, cá nhân tiêu biểu, gồm 25 tập thể và 37 cá nhân.
Phương Thảo
Lượt xem: 1.204
Tin liên quan
- Công an Kỳ Sơn ra mắt 3 tổ tự quản ở bản biên giới (20/12/2011)
- Quỳnh Lưu tổng kết 5 năm mô hình "Xứ đạo bình yên" (12/12/2011)
- Hội thi "Tổ trưởng an ninh nhân dân giỏi" năm 2011 (28/11/2011)
- Vinh: 15 phường đạt tiêu chuẩn an toàn về ANTT (15/11/2011)
""", "2011-12-29", "Nghệ An: Khen thưởng 62 tập thể, cá nhân tiêu biểu trong phong trào bảo vệ an ninh Tổ quốc",
E("tong_ket", "2011", "2011-12-27"),
[P("Phan Đình Thắng", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Trần Quốc Hưng", "Đại tá", "Giám đốc Công an tỉnh"),
 P("Lê Văn Tâm", "Thượng tá", "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh"),
 P("Lầu Bá Chò", "Bí thư Đảng ủy xã Nậm Cắn"),
 P("Nguyễn Văn Hạnh", "Trưởng Công an xã Diễn Hồng"),
 P("Lô Thị Hương", "Chủ tịch Hội Phụ nữ huyện Quế Phong")],
[Q("62 tập thể, cá nhân tiêu biểu", 62, "tập thể, cá nhân tiêu biểu"), Q("215 đại biểu", 215, "đại biểu"),
 Q("21 huyện, thành, thị", 21, "huyện, thành, thị"), Q("4.630 tổ an ninh nhân dân", 4630, "tổ an ninh nhân dân"),
 Q("512 tổ tự quản về an ninh trật tự", 512, "tổ tự quản về an ninh trật tự"), Q("3.785 nguồn tin có giá trị", 3785, "nguồn tin"),
 Q("146 vụ phạm tội về ma túy", 146, "vụ phạm tội về ma túy"), Q("39 đối tượng truy nã", 39, "đối tượng truy nã"),
 Q("82,6%", 82.6, "%"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("74 khẩu súng tự chế", 74, "khẩu súng tự chế"),
 Q("1.842 khu dân cư", 1842, "khu dân cư"), Q("286 xã, phường, thị trấn", 286, "xã, phường, thị trấn"), Q("40%", 40, "%"),
 Q("25 tập thể", 25, "tập thể"), Q("37 cá nhân", 37, "cá nhân")],
[D("Quyết định", "1108", "QĐ-UBND", "2011-04-15", "UBND tỉnh", "Quyết định số 1108/QĐ-UBND ngày 15/4/2011"),
 D("Chỉ thị", "09", "CT/TW", "2011-12-01", "Ban Bí thư", "Chỉ thị số 09-CT/TW ngày 01/12/2011"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU")],
[prov("Nghệ An"), com("Nậm Cắn"), com("Mường Lống"), com("Diễn Hồng")],
["CÔNG AN NGHỆ AN - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Tin tức > Phong trào toàn dân bảo vệ ANTQ",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Hữu Hòa", "An toàn về an ninh, trật tự", "Cụm dân cư an toàn",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "đi từng ngõ, gõ từng nhà", "Lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 - 16:20", "năm 2011", "năm 2012", "3 giảm", "Lượt xem: 1.204"]))

PAGES.append(page("b9246-soctrang-ca-hoinghi-khmer-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / An ninh - Quốc phòng
18/04/2012 - 09:35
Đại biểu sư sãi, người có uy tín dự hội nghị.
Công an tỉnh gặp mặt sư sãi, người có uy tín trong đồng bào Khmer
Ngày 16/4, Công an tỉnh Sóc Trăng tổ chức hội nghị gặp mặt sư sãi, người có uy tín trong đồng bào dân tộc Khmer năm 2012, nhân dịp Tết cổ truyền Chôl Chnăm Thmây. Đến dự có Thượng tá Sơn Chanh Đa, Phó Giám đốc Công an tỉnh.
Hội nghị có 185 đại biểu là các vị Hòa thượng, Thượng tọa, Đại đức trụ trì, Ban quản trị chùa, người có uy tín ở 11 huyện, thị xã, thành phố. Cùng dự có bà Lâm Thị Sa Mây, Phó Trưởng Ban Dân tộc tỉnh, và ông Trần Văn Lộc, Phó Trưởng Ban Dân vận Tỉnh ủy.
Thượng tá Sơn Chanh Đa thông tin, trong năm 2011 và quý I/2012 tình hình an ninh vùng đồng bào Khmer cơ bản ổn định; các chùa Phật giáo Nam tông Khmer đã phối hợp tốt với Công an cơ sở, kịp thời cung cấp 214 nguồn tin có giá trị, giúp làm rõ 37 vụ trộm cắp tài sản và vận động 17 đối tượng trốn truy nã ra đầu thú. Toàn tỉnh hiện có 92 chùa Phật giáo Nam tông Khmer, trong đó 63 chùa tham gia mô hình "Chùa an toàn về an ninh trật tự".
Ngành Công an đã thực hiện Kế hoạch số 27/KH-CAT-PV28 ngày 02/3/2012 của Công an tỉnh về vận động đồng bào Khmer tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc, gắn với triển khai Chỉ thị số 68-CT/TW ngày 18/4/1991 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer. Lực lượng Công an các huyện đã cử 48 cán bộ, chiến sĩ biết tiếng Khmer xuống phum, sóc, tuyên truyền tại các buổi lễ của chùa.
Tại hội nghị, Hòa thượng Lâm Em, trụ trì chùa Som Rông, bày tỏ phấn khởi trước sự quan tâm của lực lượng Công an; Đại đức Thạch Sóc Xane, trụ trì chùa Bốn Mặt, kiến nghị tăng cường kiểm tra các điểm bán hàng rong trong dịp lễ hội Ok Om Bok. Ông Kim Sa Rát, người có uy tín ấp Trà Coi A, xã Mỹ Hương, cho biết bà con trong ấp đã tự nguyện lập 4 tổ nhân dân tự quản, mỗi tổ 15 hộ, thay phiên tuần tra ban đêm. Bà Lý Thị Sa Phia, Chủ tịch Hội Liên hiệp Phụ nữ xã Vĩnh Hải, đề nghị Công an cung cấp thêm tài liệu tuyên truyền bằng chữ Khmer về phòng, chống mua bán người.
Phát biểu kết thúc hội nghị, Thượng tá Sơn Chanh Đa cảm ơn sự đồng hành của chư tăng và bà con, khẳng định ngành Công an sẽ tiếp thu các kiến nghị, đồng thời mong các vị sư sãi tiếp tục khuyên dạy tín đồ, con em sống "tốt đời, đẹp đạo", không nghe theo các luận điệu xuyên tạc của tổ chức "Khmer Krôm".
Thạch Hoàng
Số lượt đọc: 532
Các tin khác
- Sóc Trăng: 9 chùa Khmer được tặng giấy khen về giữ gìn ANTT (10/04/2012)
- Công an huyện Trần Đề ra quân trấn áp tội phạm (03/04/2012)
- Hội nghị người có uy tín huyện Mỹ Xuyên năm 2012 (28/03/2012)
- Tuyên truyền pháp luật cho 300 hộ dân ở phường 5 (20/03/2012)
""", "2012-04-18", "Công an tỉnh gặp mặt sư sãi, người có uy tín trong đồng bào Khmer",
E("hoi_nghi", "2012", "2012-04-16"),
[P("Sơn Chanh Đa", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
 P("Lâm Thị Sa Mây", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Trần Văn Lộc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Em", "Hòa thượng", "trụ trì chùa Som Rông"),
 P("Thạch Sóc Xane", "Đại đức", "trụ trì chùa Bốn Mặt"),
 P("Kim Sa Rát", "người có uy tín ấp Trà Coi A"),
 P("Lý Thị Sa Phia", "Chủ tịch Hội Liên hiệp Phụ nữ xã Vĩnh Hải")],
[Q("185 đại biểu", 185, "đại biểu"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("214 nguồn tin có giá trị", 214, "nguồn tin"), Q("37 vụ trộm cắp tài sản", 37, "vụ trộm cắp tài sản"),
 Q("17 đối tượng trốn truy nã", 17, "đối tượng"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("63 chùa", 63, "chùa"), Q("48 cán bộ, chiến sĩ", 48, "cán bộ, chiến sĩ"), Q("4 tổ nhân dân tự quản", 4, "tổ nhân dân tự quản"),
 Q("15 hộ", 15, "hộ")],
[D("Kế hoạch", "27", "KH-CAT-PV28", "2012-03-02", "Công an tỉnh", "Kế hoạch số 27/KH-CAT-PV28 ngày 02/3/2012"),
 D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị số 68-CT/TW ngày 18/4/1991")],
[prov("Sóc Trăng"), com("Mỹ Hương"), com("Vĩnh Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / An ninh - Quốc phòng",
 "Đại biểu sư sãi, người có uy tín dự hội nghị.", "Chôl Chnăm Thmây", "Chùa an toàn về an ninh trật tự", "Ok Om Bok",
 "tốt đời, đẹp đạo", "Khmer Krôm", "Số lượt đọc: 532"],
["18/04/2012 - 09:35", "năm 2012", "năm 2011", "quý I/2012", "Số lượt đọc: 532"]))

PAGES.append(page("b9247-laocai-ca-soket-2012", """
Báo Lào Cai điện tử
Hôm nay: Thứ Hai, 16/07/2012
Trang chủ » Pháp luật » An ninh trật tự
14/07/2012 | 10:12
Công an Lào Cai bám bản, vận động đồng bào Mông giữ yên vùng biên
(BLC) - Ngày 13/7, Công an tỉnh tổ chức hội nghị sơ kết công tác dân vận và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc 6 tháng đầu năm 2012. Đại tá Hoàng Văn Trì, Phó Giám đốc Công an tỉnh chủ trì hội nghị.
Các đại biểu dự hội nghị sơ kết. Ảnh: Minh Ngọc
Sáu tháng qua, thực hiện Kế hoạch số 12-KH/TU ngày 09/3/2012 của Tỉnh ủy về thực hiện Chỉ thị 09-CT/TW của Ban Bí thư, Công an tỉnh đã cử 215 cán bộ, chiến sĩ về "3 cùng" với đồng bào tại các xã biên giới. Lực lượng Công an đã xây dựng mới 36 tổ an ninh nhân dân, tổ chức 128 buổi tuyên truyền với hơn 9.600 lượt người nghe; vận động 214 hộ di cư tự do trở về quê cũ ổn định cuộc sống. Trong kỳ phát hiện 11 vụ truyền đạo trái pháp luật, 6 vụ tụ tập đông người ở vùng cao, đều được giải quyết ổn định từ cơ sở.
Ban Chỉ huy Công an các huyện Si Ma Cai, Mường Khương, Bắc Hà đã phối hợp Đồn Biên phòng giúp nhân dân 410 ngày công làm đường, sửa nhà; tặng 45 chiếc radio cho các hộ ở thôn xa trung tâm. Tỷ lệ thôn, bản có tổ hòa giải hoạt động hiệu quả đạt 91%.
Tại hội nghị, các đồng chí Trưởng Công an xã: Giàng Seo Phử (Bản Mế), Sùng A Lử (Tả Ngải Chồ), Vàng A Tủa (Lùng Cải) chia sẻ cách nắm tình hình qua trưởng dòng họ. Bà Hoàng Thị Chuyên, HUV, Trưởng Ban Dân vận Huyện ủy Mường Khương, đề nghị duy trì đội công tác của Công an tỉnh ở cơ sở ít nhất 3 tháng mỗi đợt. Ông Tẩn Láo Lở, người có uy tín thôn Sín Chải, xã Nậm Chạc, nêu mong muốn được tập huấn thêm về pháp luật đất đai.
Kết luận hội nghị, Đại tá Hoàng Văn Trì yêu cầu 6 tháng cuối năm bám sát Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về phòng, chống di cư tự do và về công tác tôn giáo; triển khai kế hoạch số 86/KH-CAT của Công an tỉnh về đợt cao điểm "Công an Lào Cai vì nhân dân phục vụ"; không để phát sinh "điểm nóng". Ban Giám đốc cũng giao Phòng PV28 xây dựng tài liệu song ngữ Việt - Mông.
Theo đánh giá tại hội nghị, bên cạnh kết quả đạt được, ở một số xã vùng cao việc nắm tình hình còn chậm, có nơi để kẻ xấu lôi kéo người dân tụ tập; đội ngũ Công an xã phần lớn chưa qua đào tạo chính quy, thiếu phương tiện đi lại trong mùa mưa. Nhiều trưởng thôn chưa mạnh dạn báo cáo các vụ việc phức tạp lên cấp trên.
Minh Ngọc
Lượt truy cập: 3.318
Bài viết liên quan
- Bát Xát: ra mắt mô hình "Dòng họ tự quản về ANTT" (05/07/2012)
- Công an tỉnh tặng 50 suất học bổng cho học sinh vùng cao (29/06/2012)
- Vận động đồng bào không nghe kẻ xấu tụ tập (18/06/2012)
- Sa Pa: Tổ an ninh nhân dân bản Tả Van đạt thành tích xuất sắc (04/06/2012)
""", "2012-07-14", "Công an Lào Cai bám bản, vận động đồng bào Mông giữ yên vùng biên",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Hoàng Văn Trì", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Giàng Seo Phử", "Trưởng Công an xã"), P("Sùng A Lử", "Trưởng Công an xã"), P("Vàng A Tủa", "Trưởng Công an xã"),
 P("Hoàng Thị Chuyên", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Khương"),
 P("Tẩn Láo Lở", "người có uy tín thôn Sín Chải")],
[Q("215 cán bộ, chiến sĩ", 215, "cán bộ, chiến sĩ"), Q("36 tổ an ninh nhân dân", 36, "tổ an ninh nhân dân"),
 Q("128 buổi tuyên truyền", 128, "buổi tuyên truyền"), Q("hơn 9.600 lượt người", 9600, "lượt người", "over"),
 Q("214 hộ di cư tự do", 214, "hộ di cư tự do"), Q("11 vụ truyền đạo trái pháp luật", 11, "vụ truyền đạo trái pháp luật"),
 Q("6 vụ tụ tập đông người", 6, "vụ tụ tập đông người"), Q("410 ngày công", 410, "ngày công"), Q("45 chiếc radio", 45, "chiếc radio"),
 Q("91%", 91, "%")],
[D("Kế hoạch", "12", "KH/TU", "2012-03-09", "Tỉnh ủy", "Kế hoạch số 12-KH/TU ngày 09/3/2012"),
 D("Chỉ thị", "09", "CT/TW", None, "Ban Bí thư", "Chỉ thị 09-CT/TW"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kế hoạch", "86", "KH-CAT", None, "Công an tỉnh", "kế hoạch số 86/KH-CAT")],
[prov("Lào Cai"), com("Bản Mế"), com("Tả Ngải Chồ"), com("Lùng Cải"), com("Nậm Chạc")],
["Báo Lào Cai điện tử", "Trang chủ » Pháp luật » An ninh trật tự", "(BLC)", "Các đại biểu dự hội nghị sơ kết. Ảnh: Minh Ngọc",
 "Công an Lào Cai vì nhân dân phục vụ", "Lượt truy cập: 3.318"],
["Hôm nay: Thứ Hai, 16/07/2012", "14/07/2012 | 10:12", "6 tháng đầu năm 2012", "6 tháng cuối năm", "3 cùng",
 "ít nhất 3 tháng", "Lượt truy cập: 3.318"]))

PAGES.append(page("b9248-quangtri-ngayhoi-antq-2013", """
BÁO QUẢNG TRỊ ONLINE
Xã hội › Pháp luật - An ninh
19/08/2013 | 14:05
Sôi nổi Ngày hội toàn dân bảo vệ an ninh Tổ quốc ở vùng cao Hướng Phùng
QTO - Sáng 17/8, tại bản Cợp, xã Hướng Phùng, huyện Hướng Hóa, Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh chọn làm điểm tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2013. Hơn 1.200 người dân các dân tộc Vân Kiều, Pa Kô, Kinh ở các bản trong xã đã về dự.
Đến dự có Đại tá Lê Văn Hiền, Phó Giám đốc Công an tỉnh Quảng Trị; ông Hồ Văn Lìa, Chủ tịch UBND xã Hướng Phùng và đại diện Đồn Biên phòng Cửa khẩu Lao Bảo.
Già làng Hồ Văn Thương phát biểu tại ngày hội. Ảnh: Thanh Lê
Theo báo cáo tại ngày hội, những năm qua đồng bào xã Hướng Phùng đã tích cực tham gia giữ gìn an ninh biên giới, trở thành "tai mắt" của lực lượng Công an và Bộ đội Biên phòng trên tuyến biên giới Việt - Lào. Từ đầu năm đến nay, nhân dân cung cấp 27 nguồn tin về hoạt động vận chuyển trái phép hàng hóa qua biên giới; 8/8 bản có tổ an ninh nhân dân hoạt động thường xuyên; 100% hộ gia đình ký cam kết không trồng, sử dụng cây có chất gây nghiện. Xã có 3 bản được công nhận đạt danh hiệu "Bản an toàn về an ninh trật tự" theo Kế hoạch liên tịch số 07/KHLT-CAT-MTTQ của Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh.
Già làng Hồ Văn Thương, bản Cợp, người đã 20 năm làm Trưởng ban công tác Mặt trận, kể chuyện ông cùng con cháu vận động 5 thanh niên trong bản từ bỏ ma túy, trở về làm ăn. Bà Hồ Thị Nhiên, Bí thư Chi đoàn bản Phùng Lâm, cho biết đoàn viên thanh niên đã lập "Đội xung kích tự quản" với 24 thành viên, mỗi đêm thay phiên tuần tra dọc đường biên.
Phần hội diễn ra sôi nổi với thi kéo co, đẩy gậy, bắn nỏ và hội thi tìm hiểu pháp luật giữa 12 đội. Các tiết mục văn nghệ của đồng bào Vân Kiều, Pa Kô ca ngợi tình đoàn kết quân dân, ý nghĩa của Ngày hội theo Quyết định số 521/2005/QĐ-TTg của Thủ tướng Chính phủ lấy ngày 19/8 hằng năm làm Ngày hội toàn dân bảo vệ an ninh Tổ quốc.
Phát biểu tại ngày hội, Đại tá Lê Văn Hiền biểu dương những nỗ lực của đồng bào, đề nghị cấp ủy, chính quyền xã tiếp tục thực hiện Chỉ thị 09-CT/TW của Ban Bí thư; phát huy vai trò già làng, trưởng bản, người có uy tín; gắn phong trào với xây dựng nông thôn mới; Công an huyện cần bố trí cán bộ bám bản, giúp dân phát triển kinh tế. Dịp này, UBND huyện Hướng Hóa khen thưởng 9 tập thể, 16 cá nhân có thành tích trong phong trào.
Thanh Lê
Lượt xem: 647
Tin cùng chuyên mục
- Gio Linh: Ngày hội toàn dân bảo vệ ANTQ tại xã Gio Mai (18/08/2013)
- Công an tỉnh tuyên truyền pháp luật cho ngư dân (12/08/2013)
- Đa Krông phát huy vai trò người có uy tín (06/08/2013)
- Khởi tố 2 đối tượng vận chuyển pháo nổ qua biên giới (29/07/2013)
""", "2013-08-19", "Sôi nổi Ngày hội toàn dân bảo vệ an ninh Tổ quốc ở vùng cao Hướng Phùng",
E("khac", None, "2013-08-17"),
[P("Lê Văn Hiền", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Hồ Văn Lìa", "Chủ tịch UBND xã Hướng Phùng"),
 P("Hồ Văn Thương", "Già làng", "Trưởng ban công tác Mặt trận"),
 P("Hồ Thị Nhiên", "Bí thư Chi đoàn bản Phùng Lâm")],
[Q("Hơn 1.200 người dân", 1200, "người dân", "over"), Q("27 nguồn tin", 27, "nguồn tin"),
 Q("8/8 bản", 8, "bản"), Q("100%", 100, "%"), Q("3 bản", 3, "bản"), Q("5 thanh niên", 5, "thanh niên"),
 Q("24 thành viên", 24, "thành viên"), Q("12 đội", 12, "đội"), Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Kế hoạch liên tịch", "07", "KHLT-CAT-MTTQ", None, "Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch liên tịch số 07/KHLT-CAT-MTTQ"),
 D("Quyết định", "521", "2005/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 521/2005/QĐ-TTg"),
 D("Chỉ thị", "09", "CT/TW", None, "Ban Bí thư", "Chỉ thị 09-CT/TW")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["BÁO QUẢNG TRỊ ONLINE", "Xã hội › Pháp luật - An ninh", "QTO", "Già làng Hồ Văn Thương phát biểu tại ngày hội. Ảnh: Thanh Lê",
 "Bản an toàn về an ninh trật tự", "Đội xung kích tự quản", "Ngày hội toàn dân bảo vệ an ninh Tổ quốc", "Lượt xem: 647"],
["19/08/2013 | 14:05", "năm 2013", "20 năm", "ngày 19/8", "Lượt xem: 647"]))

PAGES.append(page("b9249-daklak-ca-taphuan-2014", """
CÔNG AN TỈNH ĐẮK LẮK
Trang chủ | Tin tức | Xây dựng phong trào
Ngày đăng 14/05/2014 | 15:30
Tập huấn nghiệp vụ vận động quần chúng cho 160 cán bộ Công an xã
Từ ngày 12 đến 13/5, Công an tỉnh Đắk Lắk phối hợp Ban Dân vận Tỉnh ủy mở lớp tập huấn nghiệp vụ vận động quần chúng bảo vệ an ninh Tổ quốc năm 2014 cho 160 cán bộ Công an xã, thị trấn vùng đồng bào dân tộc thiểu số. Thượng tá Y Thanh Mlô, Phó Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh, khai mạc lớp học.
Lớp học trang bị cho học viên 6 chuyên đề, trọng tâm là Nghị định số 06/2014/NĐ-CP ngày 21/01/2014 của Chính phủ về biện pháp vận động quần chúng bảo vệ an ninh quốc gia, giữ gìn trật tự, an toàn xã hội; Thông tư số 23/2012/TT-BCA của Bộ Công an quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn "An toàn về an ninh, trật tự"; kỹ năng vận động người có uy tín và phòng ngừa hoạt động của tổ chức phản động "Nhà nước Đê Ga".
Học viên thảo luận nhóm tại lớp tập huấn. Ảnh: H'Yâm
Giới thiệu chuyên đề về công tác dân tộc, bà H'Rin Byă, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết toàn tỉnh có 2.136 người có uy tín trong đồng bào dân tộc thiểu số, trong đó 612 người là già làng, trưởng buôn. Năm 2013, thông qua người có uy tín, lực lượng Công an đã vận động 43 đối tượng bỏ trốn ra đầu thú, cảm hóa 128 người lầm đường trở về buôn làng. Trên 95% buôn làng không có người vượt biên trái phép.
Đại úy Y Kông Knul, Trưởng Công an xã Ea Tul, chia sẻ mô hình "Buôn tự quản về an ninh trật tự" với 18 tổ liên gia ở buôn Ea Bar; đồng chí Nay Y Thu, Trưởng Công an xã Ea Sol, nêu khó khăn khi nhiều xã viên kiêm nhiệm, phụ cấp thấp. Giảng viên Trần Quốc Phong, Phó Trưởng khoa Trường Chính trị tỉnh, hướng dẫn kỹ năng nói trước đông người bằng tiếng Êđê, tiếng M'nông.
Kinh phí tổ chức lớp tập huấn là 120 triệu đồng, trích từ nguồn Chương trình mục tiêu quốc gia phòng, chống tội phạm. Kết thúc lớp học, 100% học viên đạt yêu cầu bài kiểm tra, 12 học viên đạt loại giỏi.
Bế giảng lớp học, Thượng tá Y Thanh Mlô đề nghị học viên vận dụng kiến thức vào thực tiễn, góp phần thực hiện thắng lợi Kế hoạch số 79/KH-UBND ngày 10/3/2014 của UBND tỉnh triển khai Nghị định 06, xây dựng thế trận an ninh nhân dân vững chắc ở địa bàn Tây Nguyên.
H'Yâm - Minh Thuận
Số lần xem: 981
Tin khác
- Krông Pắc: Ra mắt 4 mô hình "Buôn tự quản" (06/05/2014)
- Công an tỉnh gặp mặt người có uy tín huyện Ea Súp (25/04/2014)
- Lắk: Vận động 3 đối tượng ra đầu thú (14/04/2014)
- Hội thi Công an xã giỏi năm 2014 (02/04/2014)
""", "2014-05-14", "Tập huấn nghiệp vụ vận động quần chúng cho 160 cán bộ Công an xã",
E("tap_huan", "2014", "2014-05-12"),
[P("Y Thanh Mlô", "Thượng tá", "Phó Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh"),
 P("H'Rin Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Kông Knul", "Đại úy", "Trưởng Công an xã Ea Tul"),
 P("Nay Y Thu", "Trưởng Công an xã Ea Sol"),
 P("Trần Quốc Phong", "Giảng viên", "Phó Trưởng khoa Trường Chính trị tỉnh")],
[Q("160 cán bộ Công an xã", 160, "cán bộ Công an xã"), Q("6 chuyên đề", 6, "chuyên đề"),
 Q("2.136 người có uy tín", 2136, "người có uy tín"), Q("612 người", 612, "người"),
 Q("43 đối tượng bỏ trốn", 43, "đối tượng"), Q("128 người lầm đường", 128, "người"),
 Q("Trên 95%", 95, "%", "over"), Q("18 tổ liên gia", 18, "tổ liên gia"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("100%", 100, "%"), Q("12 học viên", 12, "học viên")],
[D("Nghị định", "06", "2014/NĐ-CP", "2014-01-21", "Chính phủ", "Nghị định số 06/2014/NĐ-CP ngày 21/01/2014"),
 D("Thông tư", "23", "2012/TT-BCA", None, "Bộ Công an", "Thông tư số 23/2012/TT-BCA"),
 D("Kế hoạch", "79", "KH-UBND", "2014-03-10", "UBND tỉnh", "Kế hoạch số 79/KH-UBND ngày 10/3/2014")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Ea Sol")],
["CÔNG AN TỈNH ĐẮK LẮK", "Trang chủ | Tin tức | Xây dựng phong trào", "Học viên thảo luận nhóm tại lớp tập huấn. Ảnh: H'Yâm",
 "An toàn về an ninh, trật tự", "Nhà nước Đê Ga", "Buôn tự quản về an ninh trật tự",
 "Chương trình mục tiêu quốc gia phòng, chống tội phạm", "Số lần xem: 981"],
["Ngày đăng 14/05/2014 | 15:30", "năm 2014", "Năm 2013", "Nghị định 06", "Số lần xem: 981"]))

PAGES.append(page("b9250-hatinh-ca-traoqua-2014", """
Báo Hà Tĩnh
Thứ Sáu, 24/01/2014
Chính trị › Quốc phòng - An ninh
24-01-2014 10:15
Công an tỉnh mang Tết ấm đến đồng bào Chứt ở Hương Liên
(Baohatinh.vn) - Ngày 23/1, đoàn công tác Công an tỉnh do Đại tá Nguyễn Văn Thường, Phó Giám đốc Công an tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà đồng bào dân tộc Chứt tại bản Rào Tre, xã Hương Liên, huyện Hương Khê.
Đại tá Nguyễn Văn Thường trao quà cho đồng bào bản Rào Tre. Ảnh: Thu Hà
Bản Rào Tre hiện có 36 hộ với 129 nhân khẩu người Chứt (nhóm Mã Liềng), đời sống còn nhiều khó khăn, 29 hộ thuộc diện hộ nghèo. Những năm qua, Công an tỉnh nhận đỡ đầu bản theo chương trình "Công an Hà Tĩnh chung tay vì người nghèo", đã hỗ trợ xây 6 căn nhà, kéo đường điện và làm giếng nước sạch cho bà con.
Tại buổi thăm, đoàn đã trao 120 suất quà Tết cho các hộ đồng bào Chứt và hộ nghèo hai xã Hương Liên, Hương Vĩnh, mỗi suất trị giá 500.000 đồng gồm gạo, dầu ăn, bánh kẹo; tặng 40 bộ quần áo ấm cho học sinh Trường Tiểu học Hương Liên và 2 con bò giống cho hộ ông Hồ Văn Hiền. Tổng trị giá quà gần 80 triệu đồng, do cán bộ, chiến sĩ Công an tỉnh đóng góp từ Quỹ "Vì người nghèo" của Đảng ủy Công an tỉnh theo Nghị quyết số 12-NQ/ĐU ngày 5/8/2013 của Đảng ủy Công an tỉnh.
Ông Hồ Văn Hiền, Trưởng bản Rào Tre xúc động cho biết: "Năm nào các chú Công an cũng về ăn Tết sớm với bà con. Nhờ các chú mà bà con biết trồng lúa nước, nuôi bò, con cháu được đi học". Bà Hồ Thị Thuần, người có uy tín bản Rào Tre, thay mặt bà con hứa không để kẻ xấu lợi dụng, kịp thời báo cho Công an xã khi có người lạ vào bản.
Thay mặt đoàn, Đại tá Nguyễn Văn Thường chúc đồng bào đón Tết Giáp Ngọ vui tươi, đầm ấm; mong bà con tiếp tục giữ gìn bản sắc văn hóa, chăm lo sản xuất, tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc. Đồng chí cũng đề nghị Công an huyện Hương Khê và Công an xã Hương Liên phối hợp Đồn Biên phòng Cửa khẩu Quốc tế Cầu Treo giữ vững an ninh tuyến biên giới dịp Tết.
Trước đó, đoàn đã đến thăm, động viên cán bộ, chiến sĩ Công an xã Hương Liên đang trực Tết ở vùng biên, ghi nhận sự cố gắng của lực lượng trong việc giữ bình yên cho bản làng suốt năm qua.
Cùng đi với đoàn có ông Nguyễn Đình Hiếu, Phó Chủ tịch UBND huyện Hương Khê, và Thiếu tá Phạm Thị Quyên, Phó Trưởng phòng Công tác chính trị Công an tỉnh.
Thu Hà
Lượt đọc: 1.560
Tin liên quan
- Bộ đội Biên phòng tặng 200 suất quà cho hộ nghèo biên giới (20/01/2014)
- Hương Sơn: Ngày hội "Xuân biên phòng ấm lòng dân bản" (18/01/2014)
- Công an tỉnh tổng kết công tác năm 2013 (10/01/2014)
- Đồng bào Chứt đón cái Tết đầu tiên trong nhà mới (28/01/2013)
""", "2014-01-24", "Công an tỉnh mang Tết ấm đến đồng bào Chứt ở Hương Liên",
E("trao_qua", None, "2014-01-23"),
[P("Nguyễn Văn Thường", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Hồ Văn Hiền", "Trưởng bản Rào Tre"),
 P("Hồ Thị Thuần", "người có uy tín bản Rào Tre"),
 P("Nguyễn Đình Hiếu", "Phó Chủ tịch UBND huyện Hương Khê"),
 P("Phạm Thị Quyên", "Thiếu tá", "Phó Trưởng phòng Công tác chính trị Công an tỉnh")],
[Q("36 hộ", 36, "hộ"), Q("129 nhân khẩu", 129, "nhân khẩu"), Q("29 hộ", 29, "hộ"), Q("6 căn nhà", 6, "căn nhà"),
 Q("120 suất quà Tết", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("40 bộ quần áo ấm", 40, "bộ quần áo ấm"),
 Q("2 con bò giống", 2, "con bò giống"), Q("gần 80 triệu đồng", 80000000, "đồng", "approx")],
[D("Nghị quyết", "12", "NQ/ĐU", "2013-08-05", "Đảng ủy Công an tỉnh", "Nghị quyết số 12-NQ/ĐU ngày 5/8/2013")],
[prov("Hà Tĩnh"), com("Hương Liên"), com("Hương Vĩnh")],
["Báo Hà Tĩnh", "Chính trị › Quốc phòng - An ninh", "(Baohatinh.vn)", "Đại tá Nguyễn Văn Thường trao quà cho đồng bào bản Rào Tre. Ảnh: Thu Hà",
 "Công an Hà Tĩnh chung tay vì người nghèo", "Vì người nghèo", "Trường Tiểu học Hương Liên", "Lượt đọc: 1.560"],
["Thứ Sáu, 24/01/2014", "24-01-2014 10:15", "Tết Giáp Ngọ", "Lượt đọc: 1.560"]))
