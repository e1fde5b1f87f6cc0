from lib import *
PAGES = []

PAGES.append(page("b6341-nghean-mttq-gapmat-kieubao-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN
Trang chủ > Hoạt động Mặt trận > Công tác kiều bào
Thứ Năm, 20/01/2011 - 16:40
Ảnh: Quang cảnh buổi gặp mặt.
Nghệ An gặp mặt kiều bào về quê đón Tết Tân Mão
Chiều 19/1, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Sở Ngoại vụ tổ chức Hội nghị gặp mặt kiều bào năm 2011. Tới dự có hơn 120 kiều bào đang sinh sống, làm việc tại 14 quốc gia và vùng lãnh thổ, cùng đại diện thân nhân kiều bào ở các huyện Diễn Châu, Quỳnh Lưu, Nghi Lộc.
Về phía tỉnh có các đồng chí: Trần Đức Khang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Lê Thị Hoài Thu, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Nguyễn Bá Luân, Giám đốc Sở Ngoại vụ.
Báo cáo tại hội nghị cho biết, hiện có khoảng 28.000 người Nghệ An sinh sống ở nước ngoài, tập trung tại Lào, Thái Lan, CHLB Đức, Cộng hòa Séc và Liên bang Nga. Năm 2010, kiều hối chuyển về tỉnh ước đạt 180 triệu USD; bà con kiều bào đã đóng góp trên 3,6 tỷ đồng xây dựng trường học, trạm y tế và 46 căn nhà đại đoàn kết cho hộ nghèo. Thực hiện Nghị quyết số 36-NQ/TW ngày 26/3/2004 của Bộ Chính trị về công tác đối với người Việt Nam ở nước ngoài và Chỉ thị 19, 20-CT/TU của Ban Thường vụ Tỉnh ủy, các cấp Mặt trận đã thành lập 9 Ban liên lạc thân nhân kiều bào ở cấp huyện.
Phát biểu tại hội nghị, ông Hoàng Văn Thạch, kiều bào tại Vientiane (Lào), Trưởng Ban liên lạc người Nghệ An tại Lào, mong muốn tỉnh sớm có hướng dẫn về thủ tục mua nhà ở, nhận chuyển nhượng đất. Bà Phan Thị Kim Oanh, kiều bào tại CHLB Đức, đề nghị mở lớp dạy tiếng Việt cho con em kiều bào mỗi dịp hè; hiện đã có 35 cháu đăng ký. Ông Vi Văn Sơn, người dân tộc Thái, Chủ tịch Ủy ban MTTQ xã Châu Kim, phản ánh nhu cầu kết nối lao động ở nước ngoài với quê hương.
Thay mặt lãnh đạo tỉnh, đồng chí Trần Đức Khang ghi nhận những đóng góp của bà con; đề nghị các sở, ngành thực hiện tốt Quyết định số 1119/QĐ-UBND ngày 12/4/2010 của UBND tỉnh về quy chế phối hợp trong công tác người Việt Nam ở nước ngoài; đồng thời giao Ủy ban MTTQ tỉnh chủ trì vận động kiều bào tham gia chương trình "Vì người nghèo".
Dịp này, Ủy ban MTTQ tỉnh tặng 25 bằng khen cho các kiều bào có nhiều đóng góp; bà con kiều bào trao tặng 200 suất quà Tết, mỗi suất 500.000 đồng, cho hộ nghèo xã Châu Kim và xã Diễn Hải.
Hồng Lĩnh
Lượt xem: 1.245
Tin liên quan
- Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh tổng kết năm 2010 (30/12/2010)
- Kiều bào Lào ủng hộ 500 triệu đồng xây trường (15/12/2010)
- Mặt trận tỉnh thăm hỏi thân nhân kiều bào Quỳnh Lưu (02/12/2010)
- Đoàn kiều bào Thái Lan thăm quê Bác (19/11/2010)
""", "2011-01-20", "Nghệ An gặp mặt kiều bào về quê đón Tết Tân Mão",
E("hoi_nghi", "2011", "2011-01-19"),
[P("Trần Đức Khang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Hoài Thu", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Bá Luân", "Giám đốc Sở Ngoại vụ"),
 P("Hoàng Văn Thạch", "Trưởng Ban liên lạc người Nghệ An tại Lào"),
 P("Phan Thị Kim Oanh"),
 P("Vi Văn Sơn", "Chủ tịch Ủy ban MTTQ xã Châu Kim")],
[Q("hơn 120 kiều bào", 120, "kiều bào", "over"), Q("14 quốc gia", 14, "quốc gia"),
 Q("khoảng 28.000 người", 28000, "người", "approx"), Q("180 triệu USD", 180000000, "USD", "approx"),
 Q("trên 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("46 căn nhà đại đoàn kết", 46, "căn nhà đại đoàn kết"),
 Q("9 Ban liên lạc thân nhân kiều bào", 9, "Ban liên lạc thân nhân kiều bào"), Q("35 cháu", 35, "cháu"),
 Q("25 bằng khen", 25, "bằng khen"), Q("200 suất quà", 200, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "36", "NQ/TW", "2004-03-26", "Bộ Chính trị", "Nghị quyết số 36-NQ/TW ngày 26/3/2004"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Quyết định", "1119", "QĐ-UBND", "2010-04-12", "UBND tỉnh", "Quyết định số 1119/QĐ-UBND ngày 12/4/2010")],
[prov("Nghệ An"), com("Châu Kim"), com("Diễn Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "Trang chủ > Hoạt động Mặt trận > Công tác kiều bào",
 "Ảnh: Quang cảnh buổi gặp mặt.", "Vì người nghèo", "Lượt xem: 1.245", "Tết Tân Mão"],
["Thứ Năm, 20/01/2011 - 16:40", "năm 2011", "Năm 2010", "Lượt xem: 1.245"]))

PAGES.append(page("b6342-hatinh-mttq-tongket-kieubao-2012", """
Báo Hà Tĩnh điện tử
Chính trị - Xã hội / Mặt trận - Đoàn thể
Thứ Sáu, 28/12/2012 - 09:20
Hơn 4 tỷ đồng kiều bào hướng về quê hương Hà Tĩnh
(Baohatinh) - Ngày 27/12, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác vận động người Việt Nam ở nước ngoài năm 2012, triển khai nhiệm vụ năm 2013. Đồng chí Đặng Quốc Vinh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Thái Thị Liên, Phó Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì.
Toàn cảnh hội nghị tổng kết. Ảnh: Đình Nhất
Năm 2012, các cấp Mặt trận đã phối hợp nắm danh sách hơn 2.300 hộ có thân nhân đang sinh sống, học tập, lao động ở nước ngoài; thành lập mới 3 Ban liên lạc thân nhân kiều bào ở các huyện Kỳ Anh, Thạch Hà, Can Lộc, nâng tổng số lên 11 ban với 164 thành viên. Thông qua Ban liên lạc, kiều bào và thân nhân đã ủng hộ Quỹ "Ngày vì người nghèo" hơn 4 tỷ đồng, trong đó 1,25 tỷ đồng xây 31 nhà đại đoàn kết, 650 triệu đồng hỗ trợ 130 học sinh nghèo vượt khó.
Ủy ban MTTQ tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 82-KH/TU ngày 14/5/2012 về tiếp tục thực hiện Nghị quyết 36-NQ/TW của Bộ Chính trị; phối hợp Sở Ngoại vụ triển khai Quyết định số 1956/QĐ-UBND của UBND tỉnh về đón tiếp kiều bào về quê dịp Tết. Tỷ lệ xã, phường, thị trấn có tổ liên lạc thân nhân kiều bào đạt 62%.
Tại hội nghị, bà Nguyễn Thị Mai Hương, Trưởng Ban liên lạc thân nhân kiều bào huyện Can Lộc, cho biết trong năm ban đã tổ chức 4 cuộc gặp mặt với khoảng 700 lượt người tham dự; ông Võ Tá Đông, Chủ tịch Ủy ban MTTQ xã Thạch Kim, kiến nghị có hướng dẫn rõ về việc tiếp nhận tiền ủng hộ từ nước ngoài qua tài khoản của Mặt trận xã.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Phan Văn Hùng, Lê Thị Kiều Nga đã giải đáp các kiến nghị của cơ sở và đề nghị các huyện rà soát, cập nhật danh sách kiều bào trước ngày 15/1/2013.
Kết luận hội nghị, đồng chí Đặng Quốc Vinh yêu cầu năm 2013 các cấp Mặt trận đổi mới cách tiếp cận kiều bào, tăng cường thông tin hai chiều qua thư điện tử, trang thông tin của Mặt trận; phấn đấu 100% huyện, thị xã có Ban liên lạc thân nhân kiều bào hoạt động thường xuyên; vận động kiều bào tham gia cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và phong trào xây dựng nông thôn mới.
Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 8 tập thể và 21 cá nhân tiêu biểu.
Minh Phương
Bài viết liên quan
- Kiều bào tại Thái Lan ủng hộ xây nhà đại đoàn kết (12/12/2012)
- Can Lộc ra mắt Ban liên lạc thân nhân kiều bào (20/11/2012)
- Gặp mặt thân nhân kiều bào huyện Kỳ Anh (05/10/2012)
- Ủy ban MTTQ tỉnh sơ kết 6 tháng đầu năm (10/07/2012)
""", "2012-12-28", "Hơn 4 tỷ đồng kiều bào hướng về quê hương Hà Tĩnh",
E("tong_ket", "2012", "2012-12-27"),
[P("Đặng Quốc Vinh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thái Thị Liên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Mai Hương", "Trưởng Ban liên lạc thân nhân kiều bào huyện Can Lộc"),
 P("Võ Tá Đông", "Chủ tịch Ủy ban MTTQ xã Thạch Kim"),
 P("Phan Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Thị Kiều Nga", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("Hơn 4 tỷ đồng", 4000000000, "đồng", "over"), Q("hơn 2.300 hộ", 2300, "hộ", "over"),
 Q("3 Ban liên lạc thân nhân kiều bào", 3, "Ban liên lạc thân nhân kiều bào"), Q("11 ban", 11, "ban"),
 Q("164 thành viên", 164, "thành viên"), Q("1,25 tỷ đồng", 1250000000, "đồng"), Q("31 nhà đại đoàn kết", 31, "nhà đại đoàn kết"),
 Q("650 triệu đồng", 650000000, "đồng"), Q("130 học sinh nghèo vượt khó", 130, "học sinh nghèo vượt khó"), Q("62%", 62, "%"),
 Q("4 cuộc gặp mặt", 4, "cuộc gặp mặt"), Q("khoảng 700 lượt người", 700, "lượt người", "approx"), Q("100%", 100, "%"),
 Q("8 tập thể", 8, "tập thể"), Q("21 cá nhân tiêu biểu", 21, "cá nhân tiêu biểu")],
[D("Kế hoạch", "82", "KH/TU", "2012-05-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 82-KH/TU ngày 14/5/2012"),
 D("Nghị quyết", "36", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 36-NQ/TW của Bộ Chính trị"),
 D("Quyết định", "1956", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1956/QĐ-UBND của UBND tỉnh")],
[prov("Hà Tĩnh"), com("Thạch Kim")],
["Báo Hà Tĩnh điện tử", "Chính trị - Xã hội / Mặt trận - Đoàn thể", "(Baohatinh)", "Toàn cảnh hội nghị tổng kết. Ảnh: Đình Nhất",
 "Ngày vì người nghèo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["Thứ Sáu, 28/12/2012 - 09:20", "năm 2012", "năm 2013", "15/1/2013"]))

PAGES.append(page("b6343-quangnam-bdv-soket-kieubao-2013", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Bạn đang ở: Trang chủ › Tin tức - Sự kiện › Dân vận các cấp
Cập nhật: 14:35, 10/07/2013 (GMT+7)
Đồng chí Trần Minh Quý, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị.
Quảng Nam: Nâng cao hiệu quả vận động kiều bào hướng về quê hương
Sáng 9/7, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh, Sở Ngoại vụ tổ chức hội nghị sơ kết công tác vận động người Việt Nam ở nước ngoài 6 tháng đầu năm 2013. Đồng chí Trần Minh Quý, TUV, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Huỳnh Thị Bích Liên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, 6 tháng đầu năm, các cơ quan đã đón tiếp 17 đoàn kiều bào với 312 lượt người về thăm quê, tìm hiểu cơ hội đầu tư; kiều bào và thân nhân đóng góp 2,15 tỷ đồng cho các hoạt động an sinh xã hội, trong đó khoảng 800 triệu đồng hỗ trợ đồng bào Cơ Tu ở các huyện miền núi. Ban Dân vận Tỉnh ủy đã ban hành hướng dẫn số 12-HD/BDVTU về công tác nắm tình hình tư tưởng thân nhân kiều bào; Ban Thường vụ Tỉnh ủy ban hành Kết luận 45, 46-KL/TU về công tác thông tin đối ngoại và công tác người Việt Nam ở nước ngoài giai đoạn 2013 - 2015.
Hội nghị nghe ý kiến của ông Alăng Bhiếc, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, về việc vận động bà con Cơ Tu có người thân ở Lào giữ mối liên hệ; bà Bh'riu Thị Hồng, Chủ tịch Hội LHPN xã A Tiêng, đề nghị tăng cường thông tin về chính sách đối với phụ nữ kết hôn với người nước ngoài. Ông Nguyễn Hữu Trí, đại diện Ban liên lạc thân nhân kiều bào thành phố Hội An, cho biết thành phố có 1.460 người đang ở nước ngoài, phần lớn tại Hoa Kỳ, Úc và Pháp.
Tuy vậy, hội nghị cũng chỉ ra một số hạn chế: việc nắm số liệu kiều bào ở cơ sở chưa đầy đủ; có 4 trường hợp thân nhân phản ánh chậm giải quyết thủ tục nhà đất; sự phối hợp giữa Mặt trận với ngành ngoại vụ có lúc chưa chặt chẽ.
Phát biểu kết luận, đồng chí Trần Minh Quý đề nghị 6 tháng cuối năm 2013 tiếp tục quán triệt Nghị quyết số 36-NQ/TW của Bộ Chính trị; thực hiện nghiêm Quyết định số 1059/QĐ-UBND ngày 2/4/2013 của UBND tỉnh về đón tiếp kiều bào; phấn đấu 100% huyện, thành phố có Ban liên lạc thân nhân kiều bào trong năm. Đồng chí cũng giao phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy phối hợp khảo sát tại 6 xã biên giới.
Ông Lê Văn Cường, Giám đốc Sở Ngoại vụ, thông tin dự kiến tháng 1/2014 sẽ tổ chức chương trình "Xuân quê hương" cho khoảng 300 kiều bào.
Thu Hà
Các tin khác
- Tây Giang: gặp mặt người có uy tín (25/06/2013)
- Hội An đón đoàn kiều bào tại Úc (14/06/2013)
- Hội nghị cán bộ dân vận chủ chốt quý II (05/06/2013)
""", "2013-07-10", "Quảng Nam: Nâng cao hiệu quả vận động kiều bào hướng về quê hương",
E("so_ket", "2013-H1", "2013-07-09"),
[P("Trần Minh Quý", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Bích Liên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Alăng Bhiếc", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Bh'riu Thị Hồng", "Chủ tịch Hội LHPN xã A Tiêng"),
 P("Nguyễn Hữu Trí", "đại diện Ban liên lạc thân nhân kiều bào thành phố Hội An"),
 P("Lê Văn Cường", "Giám đốc Sở Ngoại vụ")],
[Q("17 đoàn kiều bào", 17, "đoàn kiều bào"), Q("312 lượt người", 312, "lượt người"), Q("2,15 tỷ đồng", 2150000000, "đồng"),
 Q("khoảng 800 triệu đồng", 800000000, "đồng", "approx"), Q("1.460 người", 1460, "người"), Q("4 trường hợp", 4, "trường hợp"),
 Q("100%", 100, "%"), Q("6 xã biên giới", 6, "xã biên giới"), Q("khoảng 300 kiều bào", 300, "kiều bào", "approx")],
[D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 12-HD/BDVTU"),
 D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Nghị quyết", "36", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 36-NQ/TW của Bộ Chính trị"),
 D("Quyết định", "1059", "QĐ-UBND", "2013-04-02", "UBND tỉnh", "Quyết định số 1059/QĐ-UBND ngày 2/4/2013")],
[prov("Quảng Nam"), com("A Tiêng")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Bạn đang ở: Trang chủ › Tin tức - Sự kiện › Dân vận các cấp",
 "Đồng chí Trần Minh Quý, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị.", "Xuân quê hương"],
["Cập nhật: 14:35, 10/07/2013 (GMT+7)", "6 tháng đầu năm 2013", "6 tháng cuối năm 2013", "giai đoạn 2013 - 2015", "tháng 1/2014"]))

PAGES.append(page("b6344-cantho-bdv-giaoban-quy3-2014", """
Cổng thông tin điện tử Ban Dân vận Thành ủy Cần Thơ
Vị trí: Trang chủ >> Hoạt động >> Tin trong thành phố
08:15 | 08/10/2014
Giao ban khối dân vận quý III: chú trọng vận động thân nhân kiều bào
Ngày 7/10/2014, Ban Dân vận Thành ủy chủ trì tổ chức giao ban khối dân vận thành phố quý III năm 2014. Dự và chủ trì có đồng chí Lâm Thanh Tùng, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Quang cảnh buổi giao ban.
Theo báo cáo, trong quý III, khối dân vận đã phối hợp tổ chức 6 cuộc tiếp xúc, gặp gỡ với thân nhân kiều bào tại các quận Ninh Kiều, Cái Răng, Bình Thủy; vận động kiều bào và các nhà hảo tâm ủng hộ 1,8 tỷ đồng xây dựng 36 căn nhà đại đoàn kết và trao 420 phần quà cho hộ nghèo người Khmer, người Hoa. Qua nắm tình hình, trên 90% thân nhân kiều bào phấn khởi, đồng tình với chủ trương của Đảng về bảo vệ chủ quyền biển, đảo.
Các tổ chức chính trị - xã hội cũng có nhiều hoạt động hướng về kiều bào: Hội LHPN thành phố phối hợp tư vấn cho 58 phụ nữ kết hôn với người nước ngoài trước khi xuất cảnh; Thành đoàn tổ chức 2 buổi giao lưu trực tuyến với du học sinh tại Úc, Nhật Bản; Hội Nông dân vận động thân nhân kiều bào góp vốn phát triển 14 tổ hợp tác trồng cây ăn trái. Bà Nguyễn Thị Ngọc Hân, Phó Chủ tịch Hội LHPN thành phố, cho biết số phụ nữ di cư qua môi giới không chính thức đã giảm so với cùng kỳ.
Ban Dân vận Thành ủy đã tham mưu Thường trực Thành ủy ban hành Công văn số 215-CV/TU về việc tăng cường công tác dân vận trong tình hình mới; phối hợp Sở Ngoại vụ triển khai Chương trình hành động số 18-CTr/TU ngày 3/3/2014 của Thành ủy thực hiện Nghị quyết 36-NQ/TW. Ủy ban MTTQ thành phố ban hành kế hoạch số 33/KH-MTTQ-BTT về vận động kiều bào tham gia cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".
Tại giao ban, các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Trương Văn Nhiều, Lý Thị Thu Hà thông tin về tình hình đơn thư; trong quý đã tiếp nhận 26 đơn, trong đó 7 đơn của thân nhân kiều bào liên quan tranh chấp nhà đất, đã giải quyết 5 đơn. Ông Thạch Sô Phal, Phó Trưởng ban Dân tộc thành phố, đề nghị quan tâm hơn đến các gia đình Khmer có con em lao động ở Malaysia.
Kết luận giao ban, đồng chí Lâm Thanh Tùng yêu cầu quý IV tập trung chuẩn bị tốt chương trình đón kiều bào về quê ăn Tết Ất Mùi 2015, phấn đấu vận động ít nhất 50 căn nhà đại đoàn kết; thực hiện Quy chế phối hợp số 04-QC/BDVTU-MTTQ giữa Ban Dân vận Thành ủy và Ủy ban MTTQ thành phố.
Quốc Trung
Tin cùng chuyên mục
- Tổng kết 10 năm thực hiện Nghị quyết 36 về công tác người Việt Nam ở nước ngoài (26/09/2014)
- Phong Điền: ra mắt tổ liên lạc thân nhân kiều bào (12/09/2014)
- Khối dân vận quận Ô Môn giao ban quý III (05/09/2014)
""", "2014-10-08", "Giao ban khối dân vận quý III: chú trọng vận động thân nhân kiều bào",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Lâm Thanh Tùng", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trương Văn Nhiều", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Lý Thị Thu Hà", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Thạch Sô Phal", "Phó Trưởng ban Dân tộc thành phố"),
 P("Nguyễn Thị Ngọc Hân", "Phó Chủ tịch Hội LHPN thành phố")],
[Q("6 cuộc tiếp xúc", 6, "cuộc tiếp xúc"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("36 căn nhà đại đoàn kết", 36, "căn nhà đại đoàn kết"),
 Q("420 phần quà", 420, "phần quà"), Q("trên 90%", 90, "%", "over"),
 Q("58 phụ nữ kết hôn với người nước ngoài", 58, "phụ nữ"), Q("2 buổi giao lưu trực tuyến", 2, "buổi giao lưu trực tuyến"), Q("14 tổ hợp tác", 14, "tổ hợp tác"), Q("26 đơn", 26, "đơn"), Q("7 đơn", 7, "đơn"),
 Q("5 đơn", 5, "đơn"), Q("ít nhất 50 căn nhà đại đoàn kết", 50, "căn nhà đại đoàn kết", "over")],
[D("Công văn", "215", "CV/TU", None, "Thường trực Thành ủy", "Công văn số 215-CV/TU"),
 D("Chương trình hành động", "18", "CTr/TU", "2014-03-03", "Thành ủy", "Chương trình hành động số 18-CTr/TU ngày 3/3/2014"),
 D("Nghị quyết", "36", "NQ/TW", None, None, "Nghị quyết 36-NQ/TW"),
 D("Kế hoạch", "33", "KH-MTTQ-BTT", None, "Ủy ban MTTQ thành phố", "kế hoạch số 33/KH-MTTQ-BTT"),
 D("Quy chế phối hợp", "04", "QC/BDVTU-MTTQ", None, None, "Quy chế phối hợp số 04-QC/BDVTU-MTTQ")],
[prov("Cần Thơ")],
["Cổng thông tin điện tử Ban Dân vận Thành ủy Cần Thơ", "Vị trí: Trang chủ >> Hoạt động >> Tin trong thành phố",
 "Quang cảnh buổi giao ban.", "Người Việt Nam ưu tiên dùng hàng Việt Nam"],
["08:15 | 08/10/2014", "quý III năm 2014", "quý IV", "Tết Ất Mùi 2015"]))

PAGES.append(page("b6345-hue-hoilienlac-daihoi-2015", """
BÁO THỪA THIÊN HUẾ ONLINE
Xã hội | Đối ngoại | Người Việt xa xứ
Ngày đăng 25/09/2015 | 15:30
Ảnh: Các đại biểu bấm nút bầu cử.
Đại hội Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh lần thứ III
Ngày 24/9, Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh Thừa Thiên Huế tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2015 - 2020. Dự đại hội có 150 đại biểu đại diện cho gần 1.900 hội viên trong tỉnh, cùng 22 kiều bào từ Pháp, Hoa Kỳ, Canada, Úc về dự.
Về phía lãnh đạo tỉnh có đồng chí Phan Ngọc Thuận, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Hồ Thị Ngọc Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Văn Phú, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Nhiệm kỳ 2010 - 2015, Hội đã phát triển thêm 640 hội viên mới, thành lập 5 chi hội cơ sở; vận động kiều bào đóng góp trên 12 tỷ đồng cho các công trình từ thiện, học bổng, trong đó có 120 suất học bổng cho sinh viên nghèo Đại học Huế. Hội phối hợp tổ chức 4 trại hè cho thanh thiếu niên kiều bào với khoảng 260 lượt trại sinh. Hoạt động của Hội bám sát Nghị quyết số 36-NQ/TW của Bộ Chính trị, Chỉ thị số 45-CT/TW ngày 19/5/2015 của Bộ Chính trị và Quyết định số 1210/QĐ-UBND ngày 22/6/2012 của UBND tỉnh về quy chế quản lý hoạt động đối ngoại.
Phát biểu chỉ đạo, đồng chí Phan Ngọc Thuận đề nghị Hội tiếp tục là cầu nối giữa quê hương với hơn 40.000 người Huế đang sinh sống ở nước ngoài; quan tâm vận động trí thức kiều bào tham gia đề án "Huế - thành phố Festival"; đồng thời phối hợp chặt chẽ với Ủy ban MTTQ các cấp theo Quy chế phối hợp số 07/QCPH-MTTQ-HLL.
Ông Tôn Thất Quỳnh, Việt kiều Pháp, bày tỏ mong muốn tỉnh sớm có cơ chế hỗ trợ kiều bào đầu tư vào du lịch, y tế; bà Hoàng Thị Ngọc Bích, Việt kiều Canada, cam kết vận động 30 suất học bổng mỗi năm.
Thảo luận tại đại hội, nhiều ý kiến cho rằng thời gian qua hoạt động của một số chi hội còn mang tính hình thức, việc nắm danh sách hội viên ở nước ngoài chưa đầy đủ; kinh phí hoạt động chủ yếu dựa vào đóng góp tự nguyện. Ông Nguyễn Khoa Điềm Phong, Chi hội trưởng Chi hội Liên lạc thành phố Huế, kiến nghị Hội được hỗ trợ xây dựng trang thông tin điện tử song ngữ để kết nối với bà con ở xa. Đại hội biểu quyết thông qua chương trình hành động nhiệm kỳ mới với 5 nhóm nhiệm vụ trọng tâm.
Đại hội đã hiệp thương cử 35 ủy viên Ban Chấp hành khóa III. Ông Lê Quang Vĩnh, nguyên Phó Chủ tịch UBND tỉnh, được tín nhiệm giữ chức Chủ tịch Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh khóa III; các ông, bà Trần Đình Hòa, Nguyễn Thị Thu Sương - Phó Chủ tịch Hội.
Bảo Minh
Tin liên quan
- Trại hè kiều bào năm 2015 tại Huế (20/07/2015)
- Kiều bào Pháp trao 50 suất học bổng (04/06/2015)
- Hội nghị Ban Chấp hành Hội Liên lạc lần thứ 9 (12/05/2015)
""", "2015-09-25", "Đại hội Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh lần thứ III",
E("dai_hoi", None, "2015-09-24"),
[P("Phan Ngọc Thuận", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Hồ Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Phú", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tôn Thất Quỳnh"),
 P("Hoàng Thị Ngọc Bích"),
 P("Lê Quang Vĩnh", "nguyên Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh khóa III"),
 P("Nguyễn Khoa Điềm Phong", "Chi hội trưởng Chi hội Liên lạc thành phố Huế"),
 P("Trần Đình Hòa", "Phó Chủ tịch Hội"),
 P("Nguyễn Thị Thu Sương", "Phó Chủ tịch Hội")],
[Q("150 đại biểu", 150, "đại biểu"), Q("gần 1.900 hội viên", 1900, "hội viên", "approx"), Q("22 kiều bào", 22, "kiều bào"),
 Q("640 hội viên mới", 640, "hội viên mới"), Q("5 chi hội cơ sở", 5, "chi hội cơ sở"), Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"),
 Q("120 suất học bổng", 120, "suất học bổng"), Q("4 trại hè", 4, "trại hè"), Q("khoảng 260 lượt trại sinh", 260, "lượt trại sinh", "approx"),
 Q("hơn 40.000 người Huế", 40000, "người", "over"), Q("30 suất học bổng", 30, "suất học bổng"), Q("5 nhóm nhiệm vụ trọng tâm", 5, "nhóm nhiệm vụ trọng tâm"), Q("35 ủy viên Ban Chấp hành", 35, "ủy viên Ban Chấp hành")],
[D("Nghị quyết", "36", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 36-NQ/TW của Bộ Chính trị"),
 D("Chỉ thị", "45", "CT/TW", "2015-05-19", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 19/5/2015 của Bộ Chính trị"),
 D("Quyết định", "1210", "QĐ-UBND", "2012-06-22", "UBND tỉnh", "Quyết định số 1210/QĐ-UBND ngày 22/6/2012"),
 D("Quy chế phối hợp", "07", "QCPH-MTTQ-HLL", None, None, "Quy chế phối hợp số 07/QCPH-MTTQ-HLL")],
[prov("Thừa Thiên Huế")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Xã hội | Đối ngoại | Người Việt xa xứ", "Ảnh: Các đại biểu bấm nút bầu cử.", "Huế - thành phố Festival"],
["Ngày đăng 25/09/2015 | 15:30", "lần thứ III", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "khóa III", "150 đại biểu"]))

PAGES.append(page("b6346-lamdong-ductrong-doithoai-2016", """
ĐÀI PHÁT THANH - TRUYỀN HÌNH LÂM ĐỒNG
Trang chủ / Thời sự / Địa phương
Thứ Sáu, 18/11/2016 - 10:05
Đức Trọng: Đối thoại với thân nhân kiều bào về đất đai, nhà ở
Ngày 17/11/2016, Ban Thường vụ Huyện ủy Đức Trọng (tỉnh Lâm Đồng) phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với thân nhân người Việt Nam ở nước ngoài năm 2016. Chủ trì đối thoại có đồng chí Ya Tiong, Tỉnh ủy viên, Bí thư Huyện ủy; đồng chí Phạm Quang Hiếu, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.
Đồng chí Ya Tiong, Bí thư Huyện ủy Đức Trọng phát biểu tại buổi đối thoại.
Tham dự có 85 đại biểu là thân nhân kiều bào ở 15 xã, thị trấn, trong đó có 12 người đồng bào K'Ho, Chu Ru có người thân lao động, kết hôn ở nước ngoài. Theo thống kê của Ủy ban MTTQ huyện, toàn huyện có 617 người đang định cư ở nước ngoài, thuộc 402 hộ gia đình; năm 2016 kiều bào đã chuyển về địa phương khoảng 45 tỷ đồng đầu tư trồng cà phê, rau, hoa công nghệ cao.
Tại buổi đối thoại, 18 ý kiến đã được nêu ra, tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất cho kiều bào đứng tên, thủ tục xác nhận nhân thân, chính sách thu hút đầu tư. Ông Ka Sô Liễng, người có uy tín thôn Preteing, xã Tà Năng, đề nghị huyện hỗ trợ các gia đình K'Ho có con đi lao động ở Hàn Quốc nắm rõ quy định. Bà Nguyễn Thị Diệu, thân nhân kiều bào ở thị trấn Liên Nghĩa, phản ánh hồ sơ chuyển nhượng đất của gia đình kéo dài hơn 8 tháng.
Trả lời các ý kiến, đồng chí Phạm Quang Hiếu cho biết huyện đang thực hiện Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai và Kế hoạch số 95-KH/HU ngày 6/6/2016 của Huyện ủy; giao Phòng Tài nguyên và Môi trường giải quyết dứt điểm 3 hồ sơ tồn đọng trước ngày 31/12/2016. Bà Ma Thị Bích, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đức Trọng, tiếp thu ý kiến về việc lập tổ liên lạc thân nhân kiều bào ở các xã.
Đại diện Công an huyện, Thượng tá Lê Minh Khôi, Phó Trưởng Công an huyện, thông tin về thủ tục đăng ký tạm trú cho kiều bào về thăm quê và đề nghị các gia đình chủ động khai báo khi có người thân về lưu trú. Trong năm, Công an huyện đã hướng dẫn 214 lượt kiều bào làm thủ tục tạm trú. Ông Phạm Quang Hiếu cũng cho biết UBND huyện sẽ công khai số điện thoại đường dây nóng để thân nhân phản ánh vướng mắc.
Kết luận, đồng chí Ya Tiong yêu cầu các cấp thực hiện tốt Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; mỗi xã, thị trấn phấn đấu tổ chức ít nhất 1 buổi gặp mặt thân nhân kiều bào mỗi năm.
Kim Chi - Quang Sáng
Lượt xem: 532
Tin khác
- Lâm Hà: hội nghị người có uy tín năm 2016 (10/11/2016)
- Đà Lạt đón 40 kiều bào dự Festival Hoa (02/11/2016)
- Di Linh tuyên dương 30 hộ đồng bào K'Ho làm kinh tế giỏi (25/10/2016)
""", "2016-11-18", "Đức Trọng: Đối thoại với thân nhân kiều bào về đất đai, nhà ở",
E("doi_thoai", "2016", "2016-11-17"),
[P("Ya Tiong", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Phạm Quang Hiếu", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Ka Sô Liễng", "người có uy tín thôn Preteing"),
 P("Nguyễn Thị Diệu"),
 P("Lê Minh Khôi", "Thượng tá", "Phó Trưởng Công an huyện"),
 P("Ma Thị Bích", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Đức Trọng")],
[Q("85 đại biểu", 85, "đại biểu"), Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("12 người", 12, "người"),
 Q("617 người", 617, "người"), Q("402 hộ gia đình", 402, "hộ gia đình"), Q("khoảng 45 tỷ đồng", 45000000000, "đồng", "approx"),
 Q("18 ý kiến", 18, "ý kiến"), Q("3 hồ sơ tồn đọng", 3, "hồ sơ tồn đọng"), Q("214 lượt kiều bào", 214, "lượt kiều bào")],
[D("Nghị định", "43", "2014/NĐ-CP", "2014-05-15", "Chính phủ", "Nghị định số 43/2014/NĐ-CP ngày 15/5/2014"),
 D("Kế hoạch", "95", "KH/HU", "2016-06-06", "Huyện ủy", "Kế hoạch số 95-KH/HU ngày 6/6/2016"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013")],
[prov("Lâm Đồng"), com("Tà Năng"), com("Liên Nghĩa")],
["ĐÀI PHÁT THANH - TRUYỀN HÌNH LÂM ĐỒNG", "Trang chủ / Thời sự / Địa phương",
 "Đồng chí Ya Tiong, Bí thư Huyện ủy Đức Trọng phát biểu tại buổi đối thoại.", "Luật Đất đai", "Lượt xem: 532"],
["Thứ Sáu, 18/11/2016 - 10:05", "năm 2016", "hơn 8 tháng", "1 buổi gặp mặt", "Lượt xem: 532"]))
