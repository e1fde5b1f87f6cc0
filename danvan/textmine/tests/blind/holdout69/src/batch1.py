from lib import *
PAGES = []

PAGES.append(page("b1613-quangninh-bdbp-tongket-2011", """
BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG NINH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Công tác vận động quần chúng
Thứ Ba, 27/12/2011 - 16:20
Quang cảnh hội nghị tổng kết. Ảnh: Minh Đức
BĐBP Quảng Ninh tổng kết công tác vận động quần chúng năm 2011
Ngày 26/12/2011, Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác vận động quần chúng năm 2011, triển khai nhiệm vụ năm 2012. Đại tá Phạm Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ đội Biên phòng tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Vũ Thị Nga, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Năm 2011, các đồn biên phòng dọc tuyến biên giới đất liền và bờ biển đã quán triệt, thực hiện nghiêm Chỉ thị số 68-CT/TW ngày 18/4/1991 của Ban Bí thư về công tác quần chúng của lực lượng vũ trang và Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị. Đảng ủy BĐBP tỉnh ban hành Kế hoạch số 112-KH/ĐU hướng dẫn các đồn xây dựng "Đồn biên phòng vững mạnh, dựa vào dân".
Cán bộ, chiến sĩ đã phối hợp với cấp ủy, chính quyền 17 xã, phường biên giới tổ chức 1.240 buổi tuyên truyền cho trên 46.000 lượt người nghe; giúp đồng bào 5.600 ngày công làm đường, sửa chữa nhà ở, thu hoạch mùa màng; xây dựng 14 ngôi nhà "Đại đoàn kết" tặng hộ nghèo với tổng trị giá gần 700 triệu đồng. Tổ công tác của các đồn tiếp tục bám địa bàn ở xã Hoành Mô, xã Quảng Đức và phường Trà Cổ, giúp dân phát triển kinh tế, giữ vững an ninh thôn bản.
Phát biểu tại hội nghị, đồng chí Vũ Thị Nga đánh giá cao sự phối hợp giữa Ban Dân vận Tỉnh ủy với BĐBP tỉnh trong vận động đồng bào Dao, Sán Dìu khu vực biên giới; đề nghị lực lượng biên phòng tiếp tục thực hiện tốt Quy chế phối hợp số 03-QCPH/BDV-BCH giữa hai cơ quan, nhất là nắm tình hình tư tưởng, kịp thời giải quyết những vướng mắc ngay từ cơ sở.
Thượng tá Nguyễn Hữu Lâm, Phó Chính ủy Bộ đội Biên phòng tỉnh, cho biết năm qua các đồn đã phát hiện, vận động 23 đối tượng ra đầu thú; phối hợp giải quyết 9 vụ việc tranh chấp đất đai ở khu vực biên giới. Ông Chìu A Sáng, Bí thư Chi bộ thôn Cao Ba Lanh, xã Hoành Mô, phát biểu cảm ơn bộ đội biên phòng đã cùng bà con làm đường, kéo điện về thôn.
Dịp này, 8 tập thể và 15 cá nhân được Chỉ huy trưởng BĐBP tỉnh tặng giấy khen vì thành tích xuất sắc trong công tác vận động quần chúng.
Ngọc Hà
Lượt xem: 1.032
Tin liên quan
- Đồn Biên phòng Bắc Sơn ra quân giúp dân thu hoạch quế (12/12/2011)
- Hội thao công tác dân vận khối lực lượng vũ trang tỉnh năm 2011 (30/11/2011)
- BĐBP tỉnh ký kết quy chế phối hợp với Hội Nông dân tỉnh (15/11/2011)
- Trao 50 suất học bổng "Nâng bước em tới trường" (02/11/2011)
""", "2011-12-27", "BĐBP Quảng Ninh tổng kết công tác vận động quần chúng năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Phạm Văn Thắng", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Vũ Thị Nga", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Lâm", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Chìu A Sáng", "Bí thư Chi bộ thôn Cao Ba Lanh")],
[Q("17 xã, phường biên giới", 17, "xã, phường biên giới"), Q("1.240 buổi tuyên truyền", 1240, "buổi tuyên truyền"),
 Q("trên 46.000 lượt người nghe", 46000, "lượt người nghe", "over"), Q("5.600 ngày công", 5600, "ngày công"),
 Q("14 ngôi nhà", 14, "ngôi nhà"), Q("gần 700 triệu đồng", 700000000, "đồng", "approx"),
 Q("23 đối tượng", 23, "đối tượng"), Q("9 vụ việc tranh chấp đất đai", 9, "vụ việc tranh chấp đất đai"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị số 68-CT/TW ngày 18/4/1991"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Kế hoạch", "112", "KH/ĐU", None, "Đảng ủy BĐBP tỉnh", "Kế hoạch số 112-KH/ĐU"),
 D("Quy chế phối hợp", "03", "QCPH/BDV-BCH", None, None, "Quy chế phối hợp số 03-QCPH/BDV-BCH")],
[prov("Quảng Ninh"), com("Hoành Mô"), com("Quảng Đức"), com("Trà Cổ")],
["BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG NINH - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Tin tức » Công tác vận động quần chúng",
 "Quang cảnh hội nghị tổng kết. Ảnh: Minh Đức", "Đồn biên phòng vững mạnh, dựa vào dân", "Đại đoàn kết", "Lượt xem: 1.032"],
["Thứ Ba, 27/12/2011 - 16:20", "năm 2011", "năm 2012", "Lượt xem: 1.032"]))

PAGES.append(page("b1614-kiengiang-phuquoc-traoqua-ngudan-2012", """
Báo Kiên Giang Online
Thời sự > Xã hội > Biển đảo
Cập nhật: 15:05, 16/01/2012 (GMT+7)
Mang Tết đến với ngư dân và gia đình chính sách trên đảo
Cán bộ Hải đội 2 trao quà cho ngư dân xã Hòn Thơm.
(BKGO) - Ngày 14-1, Ban Dân vận Tỉnh ủy Kiên Giang phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Hội Nghề cá tỉnh tổ chức chương trình "Xuân biên cương - Tết vì ngư dân" tại huyện đảo Phú Quốc, trao 450 phần quà cho ngư dân nghèo, gia đình chính sách ở các xã Hòn Thơm, Gành Dầu và thị trấn An Thới.
Mỗi phần quà gồm gạo, dầu ăn, bánh mứt và 300.000 đồng tiền mặt, tổng trị giá trên 360 triệu đồng, do các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh đóng góp. Cùng dịp, đoàn trao tặng 20 lá cờ Tổ quốc, 35 phao cứu sinh và 12 máy thông tin liên lạc tầm xa cho các tổ đoàn kết khai thác hải sản trên biển.
Tham gia đoàn có các đồng chí: Lê Thị Kim Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy; Đại tá Trần Quốc Việt, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh; ông Danh Sô Phi, Chủ tịch Hội Nghề cá tỉnh.
Phát biểu tại buổi trao quà, đồng chí Lê Thị Kim Hoa thăm hỏi, động viên bà con vui xuân, đón Tết, tiếp tục bám biển, vừa làm ăn vừa tham gia bảo vệ chủ quyền biển, đảo của Tổ quốc. Đồng chí đề nghị các tổ đoàn kết thực hiện tốt Chỉ thị số 20-CT/TU ngày 5/8/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động ngư dân và Quyết định 48/2010/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ khai thác, nuôi trồng hải sản trên các vùng biển xa.
Ông Nguyễn Văn Út, ngư dân ấp Bãi Bổn, xã Hòn Thơm, bày tỏ: "Năm nay biển động nhiều, chuyến đi ít được cá. Có phần quà của các anh biên phòng, nhà tôi có cái Tết đầy đủ hơn".
Bà Thị Nguyệt, vợ một ngư dân có chồng mất tích trên biển trong cơn bão cuối năm 2011 ở ấp Rạch Tràm, xúc động khi nhận quà và lời thăm hỏi của đoàn. Các cán bộ biên phòng hứa sẽ thường xuyên ghé thăm, giúp đỡ gia đình bà ổn định cuộc sống, lo cho các cháu được đến trường đầy đủ.
Theo Hội Nghề cá tỉnh, toàn tỉnh hiện có 107 tổ đoàn kết trên biển với hơn 1.900 tàu cá tham gia; năm 2011 các tổ đã cứu hộ, cứu nạn 46 ngư dân gặp nạn trên biển.
Đồng chí Lê Thị Kim Hoa cho biết, thời gian tới Ban Dân vận Tỉnh ủy sẽ phối hợp với lực lượng biên phòng khảo sát, nắm tình hình đời sống ngư dân ở các xã đảo để tham mưu Tỉnh ủy có giải pháp hỗ trợ lâu dài, nhất là về chuyển đổi nghề và vốn vay.
Trước đó, ngày 12-1, Đồn Biên phòng Gành Dầu cũng tổ chức chương trình "Tết ấm cho em" tặng 80 suất quà cho học sinh nghèo hiếu học ở xã Gành Dầu, mỗi suất trị giá 200.000 đồng.
Bài, ảnh: Thanh Liêm
Tin liên quan
- Kiên Hải: vận động ngư dân không khai thác hải sản bằng chất nổ (09/01/2012)
- Trao nhà "Đại đoàn kết" cho hộ nghèo xã Lại Sơn (28/12/2011)
- Hội Nghề cá tỉnh tổng kết hoạt động năm 2011 (20/12/2011)
- Bộ đội biên phòng giúp dân sửa tàu sau bão (05/12/2011)
""", "2012-01-16", "Mang Tết đến với ngư dân và gia đình chính sách trên đảo",
E("trao_qua", None, "2012-01-14"),
[P("Lê Thị Kim Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Việt", "Đại tá", "Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Danh Sô Phi", "Chủ tịch Hội Nghề cá tỉnh"),
 P("Nguyễn Văn Út"),
 P("Thị Nguyệt")],
[Q("450 phần quà", 450, "phần quà"), Q("300.000 đồng", 300000, "đồng"), Q("trên 360 triệu đồng", 360000000, "đồng", "over"),
 Q("20 lá cờ Tổ quốc", 20, "lá cờ Tổ quốc"), Q("35 phao cứu sinh", 35, "phao cứu sinh"),
 Q("12 máy thông tin liên lạc tầm xa", 12, "máy thông tin liên lạc tầm xa"),
 Q("107 tổ đoàn kết", 107, "tổ đoàn kết"), Q("hơn 1.900 tàu cá", 1900, "tàu cá", "over"), Q("46 ngư dân", 46, "ngư dân"),
 Q("80 suất quà", 80, "suất quà"), Q("200.000 đồng", 200000, "đồng")],
[D("Chỉ thị", "20", "CT/TU", "2011-08-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 20-CT/TU ngày 5/8/2011"),
 D("Quyết định", "48", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 48/2010/QĐ-TTg")],
[prov("Kiên Giang"), com("Hòn Thơm"), com("Gành Dầu"), com("An Thới")],
["Báo Kiên Giang Online", "Thời sự > Xã hội > Biển đảo", "Cán bộ Hải đội 2 trao quà cho ngư dân xã Hòn Thơm.", "(BKGO)",
 "Xuân biên cương - Tết vì ngư dân", "Tết ấm cho em"],
["Cập nhật: 15:05, 16/01/2012 (GMT+7)", "Hải đội 2", "năm 2011"]))

PAGES.append(page("b1615-langson-giaoban-quy3-bienphong-2013", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Bạn đang ở: Trang chủ / Hoạt động dân vận / Dân vận lực lượng vũ trang
04.10.2013 | 09:30
Giao ban công tác dân vận khu vực biên giới quý III
Ngày 3/10, tại thị trấn Đồng Đăng, Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Công an tỉnh tổ chức giao ban công tác dân vận khu vực biên giới quý III năm 2013.
Đồng chí Hoàng Văn Páo, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu chỉ đạo giao ban.
Đồng chí Hoàng Văn Páo, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban. Cùng dự có Đại tá Lăng Văn Cường, Phó Chính ủy Bộ đội Biên phòng tỉnh và đại diện Ban Dân vận Huyện ủy các huyện Tràng Định, Văn Lãng, Cao Lộc, Lộc Bình, Đình Lập.
Trong quý III, các lực lượng vũ trang đóng quân trên địa bàn 21 xã, thị trấn biên giới đã phối hợp với cấp ủy, chính quyền tuyên truyền về Luật Biên giới quốc gia, Hiệp định về Quy chế quản lý biên giới; vận động nhân dân không vượt biên trái phép, không buôn lậu, vận chuyển hàng cấm. Có 312 hộ dân ký cam kết tự quản đường biên, mốc giới. Các đồn biên phòng duy trì 36 cán bộ tăng cường về các xã biên giới, trong đó 11 đồng chí tham gia cấp ủy xã.
Lực lượng Công an tỉnh phối hợp giải quyết 27 vụ việc phức tạp về an ninh nông thôn, hòa giải thành 24 vụ. Bộ Chỉ huy Quân sự tỉnh chỉ đạo các đơn vị giúp dân hơn 2.300 ngày công khắc phục hậu quả lũ quét tại xã Bắc Xa, huyện Đình Lập.
Đại tá Lăng Văn Cường cho biết Đảng ủy BĐBP tỉnh đã ban hành Nghị quyết chuyên đề số 09-NQ/ĐU về nâng cao chất lượng công tác vận động quần chúng giai đoạn 2013 - 2015, đồng thời triển khai Hướng dẫn số 41-HD/BDVTU ngày 12/7/2013 của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" ở khu vực biên giới.
Đánh giá chung, công tác dân vận của các lực lượng vũ trang trên địa bàn tỉnh Lạng Sơn trong quý có nhiều chuyển biến, góp phần giữ vững ổn định chính trị ở khu vực biên giới.
Kết luận giao ban, đồng chí Hoàng Văn Páo yêu cầu trong quý IV các lực lượng tiếp tục thực hiện Quy chế phối hợp số 02-QC/BDVTU-LLVT; chú trọng nắm tình hình tư tưởng đồng bào Nùng, Tày, Dao ở các thôn giáp biên; chuẩn bị chu đáo các hoạt động dịp kỷ niệm 83 năm Ngày truyền thống công tác dân vận (15/10). Đồng chí lưu ý cán bộ, chiến sĩ thực hiện phương châm "ba bám, bốn cùng" với nhân dân.
Tại giao ban, ông Vi Văn Thành, Chủ tịch UBND xã Tân Thanh, huyện Văn Lãng, kiến nghị hỗ trợ kinh phí cho các tổ tự quản đường biên.
Lượt xem: 512
Tin khác
- Văn Lãng sơ kết 3 năm thực hiện "Dân vận khéo" (25/09/2013)
- Đồn Biên phòng Chi Ma giúp dân làm đường (18/09/2013)
- Hội thi dân vận khéo khối LLVT (05/09/2013)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (20/08/2013)
""", "2013-10-04", "Giao ban công tác dân vận khu vực biên giới quý III",
E("giao_ban", "2013-Q3", "2013-10-03"),
[P("Hoàng Văn Páo", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lăng Văn Cường", "Đại tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Vi Văn Thành", "Chủ tịch UBND xã Tân Thanh")],
[Q("21 xã, thị trấn biên giới", 21, "xã, thị trấn biên giới"), Q("312 hộ dân", 312, "hộ dân"),
 Q("36 cán bộ tăng cường", 36, "cán bộ tăng cường"), Q("11 đồng chí", 11, "đồng chí"),
 Q("27 vụ việc phức tạp", 27, "vụ việc phức tạp"), Q("24 vụ", 24, "vụ"), Q("hơn 2.300 ngày công", 2300, "ngày công", "over")],
[D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy BĐBP tỉnh", "Nghị quyết chuyên đề số 09-NQ/ĐU"),
 D("Hướng dẫn", "41", "HD/BDVTU", "2013-07-12", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 41-HD/BDVTU ngày 12/7/2013"),
 D("Quy chế phối hợp", "02", "QC/BDVTU-LLVT", None, None, "Quy chế phối hợp số 02-QC/BDVTU-LLVT")],
[prov("Lạng Sơn"), com("Đồng Đăng"), com("Bắc Xa"), com("Tân Thanh")],
["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Bạn đang ở: Trang chủ / Hoạt động dân vận / Dân vận lực lượng vũ trang",
 "Đồng chí Hoàng Văn Páo, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu chỉ đạo giao ban.", "Luật Biên giới quốc gia",
 "Dân vận khéo", "ba bám, bốn cùng", "Lượt xem: 512"],
["04.10.2013 | 09:30", "quý III năm 2013", "11 đồng chí", "83 năm", "2013 - 2015", "quý IV", "ba bám, bốn cùng", "Lượt xem: 512"]))

PAGES.append(page("b1616-quangngai-lyson-hoinghi-ngudan-2014", """
Cổng thông tin điện tử tỉnh Quảng Ngãi
Trang chủ › Tin tức - Sự kiện › Biển đảo quê hương
Ngày đăng 18/07/2014 | 10:45
Lý Sơn: Hội nghị gặp mặt ngư dân bám biển, giữ chủ quyền
Ngày 17/7, tại huyện đảo Lý Sơn, Ban Dân vận Tỉnh ủy Quảng Ngãi phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Hội Nông dân tỉnh tổ chức hội nghị gặp mặt ngư dân tiêu biểu năm 2014, động viên bà con tiếp tục bám biển trong bối cảnh tình hình Biển Đông có diễn biến phức tạp.
Dự hội nghị có đồng chí Trương Thị Bích Hạnh, Phó Bí thư Tỉnh ủy; đồng chí Nguyễn Văn Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Lê Văn Thông, Chỉ huy trưởng Bộ đội Biên phòng tỉnh cùng 160 ngư dân là thuyền trưởng, chủ tàu của các xã An Vĩnh, An Hải, An Bình.
Ngư dân phát biểu tại hội nghị.
Báo cáo tại hội nghị cho thấy, toàn huyện Lý Sơn có 412 tàu cá, trong đó 118 tàu có công suất từ 90CV trở lên thường xuyên đánh bắt ở ngư trường Hoàng Sa, Trường Sa. Từ đầu năm đến nay, 7 tàu cá của ngư dân bị tàu nước ngoài xua đuổi, đâm va, gây thiệt hại ước khoảng 2,4 tỷ đồng. Các ngành chức năng đã hỗ trợ kịp thời cho các chủ tàu theo Nghị định 67/2014/NĐ-CP ngày 7/7/2014 của Chính phủ về một số chính sách phát triển thủy sản và Quyết định 48/2010/QĐ-TTg.
Nhiều ngư dân đã phát biểu tâm huyết. Ông Võ Văn Trẻ, thuyền trưởng tàu QNg 96416 TS, xã An Vĩnh, khẳng định: "Dù có khó khăn đến đâu, chúng tôi vẫn ra khơi, vì đó là ngư trường của ông cha để lại". Ông Phạm Quang Vinh, Chi hội trưởng Nghiệp đoàn nghề cá xã An Hải, đề nghị tỉnh sớm có cơ chế cho vay đóng tàu vỏ thép.
Phát biểu tại hội nghị, đồng chí Trương Thị Bích Hạnh ghi nhận tinh thần kiên cường của ngư dân Lý Sơn; yêu cầu Ban Dân vận Tỉnh ủy, Bộ đội Biên phòng tỉnh tiếp tục thực hiện Kế hoạch số 86-KH/TU của Tỉnh ủy về vận động ngư dân tham gia bảo vệ chủ quyền biển, đảo; Hội Nông dân các cấp vận động thành lập thêm tổ đoàn kết, nghiệp đoàn nghề cá.
Hội nghị cũng dành thời gian để các đại biểu nghe báo cáo viên của Bộ Chỉ huy Bộ đội Biên phòng tỉnh thông tin về tình hình Biển Đông, những hoạt động của lực lượng chức năng trong bảo vệ ngư dân và hướng dẫn bà con cách thu thập chứng cứ khi bị tàu lạ tấn công, đâm va trên biển.
Dịp này, Ban tổ chức trao tặng 160 phần quà, mỗi phần trị giá 1 triệu đồng, và 50 bộ phao áo cứu sinh cho ngư dân; Quỹ Vì Trường Sa thân yêu hỗ trợ 5 gia đình có tàu bị đâm chìm, mỗi gia đình 20 triệu đồng.
Tấn Hòa - Thanh Trà
Các tin khác
- Ngư dân Bình Sơn xuống biển sau kỳ nghỉ (12/07/2014)
- Thành lập thêm 3 nghiệp đoàn nghề cá (09/06/2014)
- Tặng cờ Tổ quốc cho ngư dân huyện Đức Phổ (02/06/2014)
- Vận động ngư dân không vi phạm vùng biển nước ngoài (26/05/2014)
""", "2014-07-18", "Lý Sơn: Hội nghị gặp mặt ngư dân bám biển, giữ chủ quyền",
E("hoi_nghi", "2014", "2014-07-17"),
[P("Trương Thị Bích Hạnh", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Văn Cường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Thông", "Đại tá", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Võ Văn Trẻ", "thuyền trưởng tàu QNg 96416 TS"),
 P("Phạm Quang Vinh", "Chi hội trưởng Nghiệp đoàn nghề cá xã An Hải")],
[Q("160 ngư dân", 160, "ngư dân"), Q("412 tàu cá", 412, "tàu cá"), Q("118 tàu", 118, "tàu"), Q("7 tàu cá", 7, "tàu cá"),
 Q("khoảng 2,4 tỷ đồng", 2400000000, "đồng", "approx"), Q("160 phần quà", 160, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("50 bộ phao áo cứu sinh", 50, "bộ phao áo cứu sinh"), Q("5 gia đình", 5, "gia đình"), Q("20 triệu đồng", 20000000, "đồng")],
[D("Nghị định", "67", "2014/NĐ-CP", "2014-07-07", "Chính phủ", "Nghị định 67/2014/NĐ-CP ngày 7/7/2014"),
 D("Quyết định", "48", "2010/QĐ-TTg", None, None, "Quyết định 48/2010/QĐ-TTg"),
 D("Kế hoạch", "86", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 86-KH/TU")],
[prov("Quảng Ngãi"), com("An Vĩnh"), com("An Hải"), com("An Bình")],
["Cổng thông tin điện tử tỉnh Quảng Ngãi", "Trang chủ › Tin tức - Sự kiện › Biển đảo quê hương", "Ngư dân phát biểu tại hội nghị.",
 "Quỹ Vì Trường Sa thân yêu", "Hoàng Sa, Trường Sa"],
["Ngày đăng 18/07/2014 | 10:45", "năm 2014", "90CV", "QNg 96416 TS"]))

PAGES.append(page("b1617-nghean-congan-soket-6thang-2015", """
CÔNG AN TỈNH NGHỆ AN
Trang chủ >> Tin tức - Sự kiện >> Công tác xây dựng lực lượng
10/07/2015 - 14:10
Công an Nghệ An sơ kết công tác dân vận 6 tháng đầu năm
Sáng 9/7, Đảng ủy Công an tỉnh Nghệ An tổ chức hội nghị sơ kết công tác dân vận và phong trào toàn dân bảo vệ an ninh Tổ quốc 6 tháng đầu năm 2015. Đại tá Nguyễn Hữu Cầu, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Giám đốc Công an tỉnh chủ trì hội nghị.
Đại tá Nguyễn Hữu Cầu phát biểu kết luận hội nghị.
Sáu tháng qua, lực lượng Công an toàn tỉnh đã quán triệt sâu rộng Chỉ thị số 05/CT-BCA của Bộ trưởng Bộ Công an và Kế hoạch số 18-KH/ĐUCA của Đảng ủy Công an tỉnh về thực hiện công tác dân vận trong Công an nhân dân; gắn với cuộc vận động "Công an nhân dân chỉ biết còn Đảng thì còn mình". Toàn lực lượng tổ chức 2.850 buổi tuyên truyền tại các xã biên giới, ven biển với 187.000 lượt người dự.
Tại các huyện biên giới Kỳ Sơn, Tương Dương, Quế Phong, cán bộ, chiến sĩ đã vận động 64 người nghiện ma túy đi cai nghiện; phối hợp Bộ đội Biên phòng triệt phá 15 đường dây mua bán, vận chuyển trái phép chất ma túy qua biên giới. Ở vùng ven biển các xã Quỳnh Lập, Quỳnh Thọ, Diễn Kim, công an xã phối hợp với đồn biên phòng vận động ngư dân ký cam kết không khai thác thủy sản trái phép ở vùng biển nước ngoài với hơn 3.100 hộ tham gia.
Các đơn vị đã xây dựng 12 mô hình tự quản về an ninh trật tự mới, nâng tổng số lên 486 mô hình; hỗ trợ 9 căn nhà "Nghĩa tình đồng đội" cho gia đình chính sách, tổng kinh phí 540 triệu đồng. Tỷ lệ người dân hài lòng với thái độ phục vụ của lực lượng Công an tại các điểm tiếp dân đạt 92,5%.
Thượng tá Lê Văn Lương, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc, cho biết một số địa phương còn lúng túng khi xây dựng mô hình ở khu vực đông đồng bào Mông, Thái, Khơ Mú. Đồng chí Hồ Thị Lan, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị Công an tỉnh phối hợp chặt chẽ với khối dân vận trong thực hiện Quy chế dân chủ ở cơ sở.
Hội nghị cũng thảo luận về việc duy trì các tổ công tác của Công an tỉnh tăng cường cho các xã trọng điểm phức tạp về an ninh trật tự; những kinh nghiệm trong vận động đồng bào các dân tộc thiểu số không di cư tự do, không tin theo tà đạo, tham gia tố giác tội phạm.
Kết luận hội nghị, Đại tá Nguyễn Hữu Cầu yêu cầu 6 tháng cuối năm các đơn vị làm tốt công tác nắm tình hình; tăng cường phối hợp với Mặt trận Tổ quốc và các đoàn thể; mỗi cán bộ, chiến sĩ phải là một cán bộ dân vận.
Hải Yến
Số lượt xem: 1.284
Tin liên quan
- Trao 200 suất quà cho học sinh nghèo vùng biên (02/07/2015)
- Ra mắt mô hình "Camera an ninh" tại TP Vinh (24/06/2015)
- Công an huyện Kỳ Sơn giúp dân làm nhà (10/06/2015)
""", "2015-07-10", "Công an Nghệ An sơ kết công tác dân vận 6 tháng đầu năm",
E("so_ket", "2015-H1", "2015-07-09"),
[P("Nguyễn Hữu Cầu", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Giám đốc Công an tỉnh"),
 P("Lê Văn Lương", "Thượng tá", "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc"),
 P("Hồ Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("2.850 buổi tuyên truyền", 2850, "buổi tuyên truyền"), Q("187.000 lượt người", 187000, "lượt người"),
 Q("64 người nghiện ma túy", 64, "người nghiện ma túy"), Q("15 đường dây", 15, "đường dây"),
 Q("hơn 3.100 hộ", 3100, "hộ", "over"), Q("12 mô hình tự quản về an ninh trật tự", 12, "mô hình tự quản về an ninh trật tự"),
 Q("486 mô hình", 486, "mô hình"), Q("9 căn nhà", 9, "căn nhà"), Q("540 triệu đồng", 540000000, "đồng"), Q("92,5%", 92.5, "%")],
[D("Chỉ thị", "05", "CT-BCA", None, "Bộ trưởng Bộ Công an", "Chỉ thị số 05/CT-BCA"),
 D("Kế hoạch", "18", "KH/ĐUCA", None, "Đảng ủy Công an tỉnh", "Kế hoạch số 18-KH/ĐUCA")],
[prov("Nghệ An"), com("Quỳnh Lập"), com("Quỳnh Thọ"), com("Diễn Kim")],
["CÔNG AN TỈNH NGHỆ AN", "Trang chủ >> Tin tức - Sự kiện >> Công tác xây dựng lực lượng",
 "Đại tá Nguyễn Hữu Cầu phát biểu kết luận hội nghị.", "Công an nhân dân chỉ biết còn Đảng thì còn mình", "Nghĩa tình đồng đội",
 "Số lượt xem: 1.284"],
["10/07/2015 - 14:10", "6 tháng đầu năm 2015", "6 tháng cuối năm", "Số lượt xem: 1.284"]))

PAGES.append(page("b1618-camau-doithoai-ngudan-2016", """
BÁO CÀ MAU ĐIỆN TỬ
Chính trị > Dân vận
19-08-2016 08:35
Người đứng đầu chính quyền đối thoại với ngư dân
Đối thoại giữa lãnh đạo tỉnh với ngư dân huyện Trần Văn Thời. Ảnh: Hoàng Vũ
Chiều 17/8, tại xã Khánh Hải, huyện Trần Văn Thời, UBND tỉnh Cà Mau phối hợp với Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh tổ chức đối thoại với ngư dân năm 2016, tập trung những vướng mắc về khai thác thủy sản, vay vốn đóng tàu và thực hiện chính sách hỗ trợ ngư dân.
Chủ trì đối thoại có đồng chí Lâm Văn Bảy, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Trần Văn Hiện, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Tham dự có hơn 200 ngư dân, chủ tàu của các xã Khánh Hải, Khánh Bình Tây, Sông Đốc.
Trước buổi đối thoại, Ban Dân vận Tỉnh ủy đã tổng hợp 38 ý kiến, kiến nghị của ngư dân gửi qua các tổ dân vận và Hội Nghề cá. Nhiều ý kiến phản ánh việc vay vốn đóng mới tàu theo Nghị định 67/2014/NĐ-CP còn chậm; đến nay cả tỉnh mới có 21 tàu vỏ thép được giải ngân với tổng số tiền 312 tỷ đồng.
Ông Huỳnh Văn Mười, chủ tàu CM 98124 TS, xã Khánh Bình Tây, kiến nghị tăng cường tuần tra trên vùng biển giáp ranh để ngư dân yên tâm bám biển. Ngư dân Nguyễn Văn Tốt, thị trấn Sông Đốc, phản ánh giá xăng dầu và chi phí bảo dưỡng tàu tăng cao.
Trả lời kiến nghị, Thượng tá Tô Văn Hiếu, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh, cho biết lực lượng biên phòng đã tổ chức 46 đợt tuần tra, kiểm soát trên biển, cứu hộ 19 tàu cá và 134 ngư dân gặp nạn trong 7 tháng năm 2016. Đồng chí Trương Minh Thành, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, giải đáp về thủ tục hỗ trợ bảo hiểm thân tàu.
Kết luận buổi đối thoại, đồng chí Lâm Văn Bảy giao các sở, ngành giải quyết dứt điểm 35/38 kiến nghị trong quý III; đề nghị ngư dân chấp hành Chỉ thị 689/CT-TTg ngày 18/5/2010 của Thủ tướng Chính phủ, không vi phạm vùng biển nước ngoài và thực hiện nghiêm Kế hoạch số 64-KH/UBND của UBND tỉnh về phòng, chống khai thác hải sản bất hợp pháp.
Nhiều ngư dân cho biết, qua buổi đối thoại, bà con hiểu rõ hơn các chính sách của Nhà nước, thấy được sự quan tâm của cấp ủy, chính quyền đối với người đi biển. Ngư dân kiến nghị định kỳ tổ chức những buổi đối thoại như thế này tại các xã ven biển, để kịp thời tháo gỡ khó khăn.
Nhân dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 100 phần quà cho ngư dân có hoàn cảnh khó khăn, mỗi phần trị giá 500.000 đồng.
Minh Khởi
Lượt xem: 3.560
Tin liên quan
- Phú Tân: vận động ngư dân tham gia tổ tự quản trên biển (10/08/2016)
- Đối thoại với nông dân về chuyển đổi sản xuất (27/07/2016)
- Trao tặng 500 lá cờ Tổ quốc cho ngư dân (12/07/2016)
""", "2016-08-19", "Người đứng đầu chính quyền đối thoại với ngư dân",
E("doi_thoai", "2016", "2016-08-17"),
[P("Lâm Văn Bảy", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Trần Văn Hiện", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Mười"),
 P("Nguyễn Văn Tốt"),
 P("Tô Văn Hiếu", "Thượng tá", "Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Trương Minh Thành", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn")],
[Q("hơn 200 ngư dân", 200, "ngư dân", "over"), Q("38 ý kiến, kiến nghị", 38, "ý kiến, kiến nghị"), Q("21 tàu vỏ thép", 21, "tàu vỏ thép"),
 Q("312 tỷ đồng", 312000000000, "đồng"), Q("46 đợt tuần tra, kiểm soát", 46, "đợt tuần tra, kiểm soát"), Q("19 tàu cá", 19, "tàu cá"),
 Q("134 ngư dân", 134, "ngư dân"), Q("35/38 kiến nghị", 35, "kiến nghị"), Q("100 phần quà", 100, "phần quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị định", "67", "2014/NĐ-CP", None, None, "Nghị định 67/2014/NĐ-CP"),
 D("Chỉ thị", "689", "CT-TTg", "2010-05-18", "Thủ tướng Chính phủ", "Chỉ thị 689/CT-TTg ngày 18/5/2010"),
 D("Kế hoạch", "64", "KH/UBND", None, "UBND tỉnh", "Kế hoạch số 64-KH/UBND")],
[prov("Cà Mau"), com("Khánh Hải"), com("Khánh Bình Tây"), com("Sông Đốc")],
["BÁO CÀ MAU ĐIỆN TỬ", "Chính trị > Dân vận", "Đối thoại giữa lãnh đạo tỉnh với ngư dân huyện Trần Văn Thời. Ảnh: Hoàng Vũ",
 "Hội Nghề cá", "Lượt xem: 3.560"],
["19-08-2016 08:35", "năm 2016", "7 tháng năm 2016", "quý III", "CM 98124 TS", "Lượt xem: 3.560"]))
