from lib import *
PAGES = []

PAGES.append(page("b8981-thanhhoa-bdv-giaoban-2011", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Sáu, 14/10/2011 - 09:20
Nâng cao chất lượng dân vận chính quyền ở bộ phận "một cửa" cấp xã
(Baothanhhoa) - Ngày 13/10, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị giao ban công tác dân vận quý III năm 2011, triển khai nhiệm vụ quý IV. Đồng chí Lê Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; tham dự có 45 đồng chí là trưởng ban dân vận các huyện, thị, thành ủy và đại diện các sở, ngành.
Quang cảnh hội nghị giao ban.
Theo báo cáo của Ban Dân vận Tỉnh ủy, trong quý các cấp tiếp tục triển khai Chỉ thị số 16-CT/TU ngày 12/5/2010 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận của chính quyền các cấp và Quyết định số 93/2007/QĐ-TTg ngày 22/6/2007 của Thủ tướng Chính phủ về cơ chế một cửa, một cửa liên thông. Đến nay, 586/637 xã, phường, thị trấn đã bố trí phòng tiếp nhận và trả kết quả riêng; bộ phận "một cửa" cấp xã trong quý đã tiếp nhận 186.420 hồ sơ, giải quyết đúng và trước hạn 178.900 hồ sơ, đạt 96%.
Khảo sát của Ban Dân vận Tỉnh ủy tại 48 xã cho thấy 87,5% người được hỏi hài lòng với thái độ của cán bộ, công chức; vẫn còn 126 ý kiến phản ánh tình trạng hẹn trả hồ sơ nhiều lần, cán bộ địa chính vắng mặt trong giờ làm việc. Tỉnh đã bố trí 2,3 tỷ đồng mua sắm máy tính, tủ hồ sơ, ghế chờ cho 120 bộ phận một cửa ở các xã miền núi, bình quân mỗi xã khoảng 19 triệu đồng.
Tại hội nghị, đồng chí Hà Thị Xuân, HUV, Trưởng Ban Dân vận Huyện ủy Bá Thước cho biết, huyện đã chỉ đạo 23 xã niêm yết công khai 68 thủ tục hành chính tại trụ sở và nhà văn hóa thôn, bản. Ông Nguyễn Đình Tuấn, Chủ tịch UBND xã Quảng Thọ chia sẻ: "Từ khi cán bộ một cửa mặc đồng phục, đeo thẻ, người dân đến làm giấy tờ thấy gần gũi hơn; xã còn đặt hòm thư góp ý ngay cạnh bàn tiếp dân". Đồng chí Cầm Bá Hùng, Bí thư Đảng ủy xã Lũng Cao đề nghị có chế độ phụ cấp cho cán bộ kiêm nhiệm tại bộ phận này, vì xã vùng cao dân đi lại xa, nhiều hôm cán bộ phải làm cả ngày nghỉ.
Kết luận hội nghị, đồng chí Lê Thị Hằng yêu cầu quý IV các cấp ủy chỉ đạo thực hiện nghiêm Hướng dẫn 05, 06-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" trong cải cách hành chính và về lấy ý kiến nhân dân đánh giá cán bộ, công chức cấp xã; triển khai Kế hoạch số 37-KH/BDVTU về kiểm tra công tác dân vận chính quyền tại 24 xã có nhiều đơn thư. Người đứng đầu cấp ủy, chính quyền cơ sở phải trực tiếp tiếp dân, không để người dân đi lại nhiều lần mới xong một việc.
Hội nghị cũng nghe các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Phạm Văn Cường, Lê Xuân Thu thông báo tình hình tư tưởng nhân dân và kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm nay.
Minh Hiếu
Tin liên quan
- Hoằng Hóa: 100% xã có bộ phận tiếp nhận và trả kết quả (05/10/2011)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại Như Xuân (28/09/2011)
- Gặp mặt 150 già làng, trưởng bản tiêu biểu (16/09/2011)
- Tĩnh Gia: vận động nhân dân bàn giao mặt bằng khu kinh tế Nghi Sơn (07/09/2011)
""", "2011-10-14", 'Nâng cao chất lượng dân vận chính quyền ở bộ phận "một cửa" cấp xã',
E("giao_ban", "2011-Q3", "2011-10-13"),
[P("Lê Thị Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Thị Xuân", "HUV", "Trưởng Ban Dân vận Huyện ủy Bá Thước"),
 P("Nguyễn Đình Tuấn", "Chủ tịch UBND xã Quảng Thọ"),
 P("Cầm Bá Hùng", "Bí thư Đảng ủy xã Lũng Cao"),
 P("Phạm Văn Cường", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Xuân Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("45 đồng chí", 45, "đồng chí"), Q("586/637 xã, phường, thị trấn", 586, "xã, phường, thị trấn"),
 Q("186.420 hồ sơ", 186420, "hồ sơ"), Q("178.900 hồ sơ", 178900, "hồ sơ"), Q("96%", 96, "%"),
 Q("48 xã", 48, "xã"), Q("87,5%", 87.5, "%"), Q("126 ý kiến", 126, "ý kiến"),
 Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("120 bộ phận một cửa", 120, "bộ phận một cửa"),
 Q("khoảng 19 triệu đồng", 19000000, "đồng", "approx"), Q("23 xã", 23, "xã"),
 Q("68 thủ tục hành chính", 68, "thủ tục hành chính"), Q("24 xã", 24, "xã")],
[D("Chỉ thị", "16", "CT/TU", "2010-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 12/5/2010"),
 D("Quyết định", "93", "2007/QĐ-TTg", "2007-06-22", "Thủ tướng Chính phủ", "Quyết định số 93/2007/QĐ-TTg ngày 22/6/2007"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 05, 06-HD/BDVTU"),
 D("Hướng dẫn", "06", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 05, 06-HD/BDVTU"),
 D("Kế hoạch", "37", "KH/BDVTU", None, None, "Kế hoạch số 37-KH/BDVTU")],
[prov("Thanh Hóa"), com("Quảng Thọ"), com("Lũng Cao")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Trang chủ › Chính trị › Xây dựng Đảng",
 "(Baothanhhoa)", "Quang cảnh hội nghị giao ban.", "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Thứ Sáu, 14/10/2011 - 09:20", "45 đồng chí", "quý III năm 2011", "quý IV", "Ngày 13/10"]))

PAGES.append(page("b8982-dienbien-bdv-taphuan-2013", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ > Thời sự > Chính trị
Cập nhật: 08:45, 17/05/2013 (GMT+7)
Ảnh: Các học viên tham gia lớp tập huấn.
Tập huấn kỹ năng dân vận cho công chức "một cửa" xã vùng cao
ĐBP - Trong 2 ngày 15 và 16/5, Ban Dân vận Tỉnh ủy Điện Biên phối hợp với Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ công tác dân vận chính quyền năm 2013 cho 112 học viên là công chức văn phòng - thống kê, tư pháp - hộ tịch, địa chính - xây dựng đang làm việc tại bộ phận tiếp nhận và trả kết quả của các xã, phường, thị trấn trong tỉnh.
Đồng chí Lò Văn Piêng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Lò Văn Piêng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: toàn tỉnh có 130 xã, phường, thị trấn thì hơn 100 xã là xã vùng cao, đồng bào Mông, Thái, Dao, Khơ Mú chiếm đa số; bà con xuống xã làm giấy khai sinh, chứng thực có khi phải đi bộ nửa ngày. "Cán bộ một cửa là bộ mặt của chính quyền, nói cho dân hiểu bằng tiếng của dân, làm xong việc cho dân ngay trong ngày thì dân mới tin" - đồng chí nói.
Lớp học được nghe các báo cáo viên: bà Nguyễn Thị Thu Hà, Phó Giám đốc Sở Nội vụ; ông Lường Văn Thắng, Phó Trưởng Ban Dân vận Tỉnh ủy; ThS. Trần Quốc Khánh, giảng viên Trường Chính trị tỉnh truyền đạt các chuyên đề: Nghị định số 92/2009/NĐ-CP ngày 22/10/2009 của Chính phủ về chức danh, số lượng, chế độ đối với cán bộ, công chức ở xã; Quyết định số 93/2007/QĐ-TTg của Thủ tướng Chính phủ về cơ chế một cửa; Quyết định số 1035/QĐ-UBND ngày 28/12/2012 của UBND tỉnh công bố bộ thủ tục hành chính cấp xã; kỹ năng tiếp dân, giao tiếp với đồng bào dân tộc thiểu số và kỹ năng vận động quần chúng.
Theo Sở Nội vụ, năm 2012 bộ phận một cửa các xã tiếp nhận hơn 42.000 hồ sơ, chủ yếu là hộ tịch, chứng thực và đất đai; còn trên 30% số xã vùng cao chưa có máy tính nối mạng, 27 xã chưa có phòng làm việc riêng cho bộ phận này.
Chị Vàng Thị Dua, công chức tư pháp - hộ tịch xã Pa Ham chia sẻ: "Nhiều người già không biết chữ phổ thông, mình phải đọc to, giải thích bằng tiếng Mông từng tờ khai. Có tài liệu song ngữ thì đỡ vất vả hơn". Anh Giàng A Tủa, công chức văn phòng - thống kê xã Nà Tấu đề nghị tỉnh tổ chức thêm lớp tin học cho công chức xã.
Ban tổ chức đã phát cho học viên 150 bộ tài liệu song ngữ Việt - Mông, Việt - Thái. Tổng kinh phí tổ chức lớp học 85 triệu đồng từ nguồn Chương trình 135. Kết thúc lớp học, 108 học viên được cấp giấy chứng nhận; học viên xã Mường Phăng có bài thu hoạch đạt loại giỏi.
Minh Thư
Tin khác
- Tuần Giáo: đối thoại với người có uy tín về di cư tự do (10/05/2013)
- Ra mắt mô hình "Dân vận khéo" ở xã Thanh Chăn (03/05/2013)
- Điện Biên: 25 năm thực hiện công tác dân vận (24/04/2013)
""", "2013-05-17", 'Tập huấn kỹ năng dân vận cho công chức "một cửa" xã vùng cao',
E("tap_huan", "2013", "2013-05-15"),
[P("Lò Văn Piêng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Phó Giám đốc Sở Nội vụ"),
 P("Lường Văn Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Khánh", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Vàng Thị Dua", "công chức tư pháp - hộ tịch xã Pa Ham"),
 P("Giàng A Tủa", "công chức văn phòng - thống kê xã Nà Tấu")],
[Q("112 học viên", 112, "học viên"), Q("130 xã, phường, thị trấn", 130, "xã, phường, thị trấn"),
 Q("hơn 100 xã", 100, "xã", "over"), Q("hơn 42.000 hồ sơ", 42000, "hồ sơ", "over"),
 Q("trên 30%", 30, "%", "over"), Q("27 xã", 27, "xã"),
 Q("150 bộ tài liệu song ngữ", 150, "bộ tài liệu song ngữ"), Q("85 triệu đồng", 85000000, "đồng"),
 Q("108 học viên", 108, "học viên")],
[D("Nghị định", "92", "2009/NĐ-CP", "2009-10-22", "Chính phủ", "Nghị định số 92/2009/NĐ-CP ngày 22/10/2009"),
 D("Quyết định", "93", "2007/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 93/2007/QĐ-TTg"),
 D("Quyết định", "1035", "QĐ-UBND", "2012-12-28", "UBND tỉnh", "Quyết định số 1035/QĐ-UBND ngày 28/12/2012")],
[prov("Điện Biên"), com("Pa Ham"), com("Nà Tấu"), com("Mường Phăng")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ > Thời sự > Chính trị", "Ảnh: Các học viên tham gia lớp tập huấn.",
 "Đồng chí Lò Văn Piêng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.", "ĐBP",
 "Chương trình 135", "Trường Chính trị tỉnh"],
["Cập nhật: 08:45, 17/05/2013 (GMT+7)", "2 ngày", "15 và 16/5", "năm 2013", "nửa ngày", "Chương trình 135"]))

PAGES.append(page("b8983-quangninh-mttq-khaosat-2014", """
Báo Quảng Ninh điện tử
Thời sự | Chính trị | Mặt trận
26-12-2014 10:15
Quảng Ninh: Công bố chỉ số hài lòng của người dân với dịch vụ hành chính công cấp xã
Chiều 25/12, Ủy ban MTTQ tỉnh phối hợp với Sở Nội vụ tổ chức hội nghị công bố kết quả khảo sát sự hài lòng của người dân đối với dịch vụ hành chính công cấp xã năm 2014. Dự hội nghị có đồng chí Vũ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; ông Nguyễn Văn Thành, Giám đốc Sở Nội vụ; lãnh đạo MTTQ, phòng nội vụ 14 địa phương.
Các đại biểu dự hội nghị. Ảnh: Thu Chung
Cuộc khảo sát được thực hiện theo Chương trình phối hợp số 68/CTrPH-MTTQ-SNV và Kế hoạch số 4122/KH-UBND ngày 15/8/2014 của UBND tỉnh, nhằm cụ thể hóa Nghị quyết số 30c/NQ-CP ngày 8/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020. Từ tháng 9 đến tháng 11, cán bộ Mặt trận, các đoàn thể đã phát ra 6.850 phiếu, thu về 6.712 phiếu hợp lệ tại 186 xã, phường, thị trấn; mỗi xã chọn ngẫu nhiên người dân vừa làm xong thủ tục tại bộ phận một cửa.
Kết quả, chỉ số hài lòng chung đạt 82,6%, tăng 4,1% so với năm 2013. Có 27 xã, phường đạt trên 90%, dẫn đầu là phường Hồng Hải và phường Cẩm Trung; còn 12 xã có chỉ số chưa đạt yêu cầu, chủ yếu ở vùng cao, biên giới. Người dân đánh giá thấp nhất ở khâu giải quyết hồ sơ đất đai: gần 18% số người được hỏi cho biết phải đi lại nhiều lần mới xong hồ sơ.
Hội nghị đã tiếp nhận hơn 500 ý kiến góp ý của người dân ghi trong phiếu. Bà Triệu Thị Lan, Chủ tịch UBND xã Đồng Văn cho biết, xã có 96% dân số là đồng bào Dao, Sán Chỉ, nên từ tháng 6 đã bố trí công chức biết tiếng dân tộc ngồi tại bộ phận một cửa vào các ngày phiên chợ. Ông Tằng Văn Phúc, người có uy tín bản Khe Vằn, xã Quảng Đức đề nghị niêm yết thủ tục bằng hình ảnh cho người không đọc được chữ.
Phát biểu kết luận, đồng chí Vũ Thị Thu Hằng đề nghị UBND các xã có chỉ số thấp xây dựng kế hoạch khắc phục trong quý I năm 2015; MTTQ các cấp tiếp tục giám sát theo Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Từ năm 2015, tỉnh dành 1,2 tỷ đồng mỗi năm cho khảo sát độc lập và thưởng cho 10 xã có chỉ số cao nhất, mỗi xã 30 triệu đồng.
Tham luận tại hội nghị, đại diện Ủy ban MTTQ phường Hồng Hải cho rằng cần công khai kết quả khảo sát của từng xã trên báo, đài và tại nhà văn hóa khu phố để người dân cùng theo dõi, giám sát; cán bộ một cửa nào bị phản ánh nhiều lần thì phải xem xét điều chuyển.
Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 15 tập thể, 22 cá nhân có thành tích trong tổ chức khảo sát.
Thu Chung
Lượt xem: 1.204
Các tin đã đưa
- Ra mắt Trung tâm Hành chính công thành phố Hạ Long (10/12/2014)
- MTTQ tỉnh giám sát việc thu hồi đất tại Vân Đồn (28/11/2014)
- Bình Liêu: 100% thôn bản có tổ hòa giải (14/11/2014)
""", "2014-12-26", "Quảng Ninh: Công bố chỉ số hài lòng của người dân với dịch vụ hành chính công cấp xã",
E("hoi_nghi", "2014", "2014-12-25"),
[P("Vũ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Thành", "Giám đốc Sở Nội vụ"),
 P("Triệu Thị Lan", "Chủ tịch UBND xã Đồng Văn"),
 P("Tằng Văn Phúc", "người có uy tín bản Khe Vằn")],
[Q("14 địa phương", 14, "địa phương"), Q("6.850 phiếu", 6850, "phiếu"), Q("6.712 phiếu hợp lệ", 6712, "phiếu hợp lệ"),
 Q("186 xã, phường, thị trấn", 186, "xã, phường, thị trấn"), Q("82,6%", 82.6, "%"), Q("4,1%", 4.1, "%"),
 Q("27 xã, phường", 27, "xã, phường"), Q("trên 90%", 90, "%", "over"), Q("12 xã", 12, "xã"),
 Q("gần 18%", 18, "%", "approx"), Q("hơn 500 ý kiến", 500, "ý kiến", "over"), Q("96%", 96, "%"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("10 xã", 10, "xã"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chương trình phối hợp", "68", "CTrPH-MTTQ-SNV", None, None, "Chương trình phối hợp số 68/CTrPH-MTTQ-SNV"),
 D("Kế hoạch", "4122", "KH-UBND", "2014-08-15", "UBND tỉnh", "Kế hoạch số 4122/KH-UBND ngày 15/8/2014"),
 D("Nghị quyết", "30c", "NQ-CP", "2011-11-08", "Chính phủ", "Nghị quyết số 30c/NQ-CP ngày 8/11/2011"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013")],
[prov("Quảng Ninh"), com("Hồng Hải"), com("Cẩm Trung"), com("Đồng Văn"), com("Quảng Đức")],
["Báo Quảng Ninh điện tử", "Thời sự | Chính trị | Mặt trận", "Các đại biểu dự hội nghị. Ảnh: Thu Chung",
 "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020", "Lượt xem: 1.204", "Sán Chỉ"],
["26-12-2014 10:15", "năm 2014", "năm 2013", "quý I năm 2015", "giai đoạn 2011 - 2020",
 "Lượt xem: 1.204", "từ tháng 6"]))

PAGES.append(page("b8984-bentre-mttq-giamsat-2016", """
BÁO ĐỒNG KHỞI ONLINE
Trang chủ / Chính trị / Mặt trận - Đoàn thể
19/08/2016 - 15:40
Giám sát thực hiện cơ chế một cửa tại xã: còn hồ sơ đất đai trễ hạn
Ngày 17/8, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre do bà Trần Thị Mỹ Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2016 về thực hiện cơ chế một cửa, một cửa liên thông tại UBND xã Phú Túc và UBND xã Tân Thạch, huyện Châu Thành.
Tham gia đoàn có các ông, bà: Trần Văn Lực, Phan Thị Bích - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Văn Hiền, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh và đại diện Sở Nội vụ, Sở Tư pháp.
Đoàn giám sát làm việc tại UBND xã Phú Túc.
Cuộc giám sát thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Kế hoạch số 35/KH-MTTQ-BTT ngày 20/6/2016 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, tập trung vào việc thực hiện Quyết định số 09/2015/QĐ-TTg ngày 25/3/2015 của Thủ tướng Chính phủ.
Theo báo cáo, xã Phú Túc niêm yết công khai 112 thủ tục hành chính; 6 tháng đầu năm tiếp nhận 2.315 hồ sơ, trả đúng hạn 2.290 hồ sơ, trễ hạn 25 hồ sơ, đều thuộc lĩnh vực đất đai. Ông Lê Văn Bé Tư, Chủ tịch UBND xã Phú Túc cho biết, xã chỉ có 1 công chức địa chính phải phụ trách cả xây dựng, môi trường nên hồ sơ chuyển lên huyện thường chậm. Tại xã Tân Thạch, bộ phận một cửa tiếp nhận 1.870 hồ sơ, tỷ lệ đúng hạn đạt 98,9%; xã đã lắp 2 camera và đặt hòm thư góp ý.
Qua tiếp xúc trực tiếp 40 người dân đến làm thủ tục, đoàn ghi nhận 14 trường hợp phải đi lại nhiều lần, gần 60% số người được hỏi chưa biết có thể nộp hồ sơ qua bưu điện. Bà Huỳnh Thị Kim Loan, công chức Văn phòng - Thống kê, phụ trách bộ phận một cửa xã Tân Thạch thừa nhận phòng tiếp dân còn chật, chỉ có 6 ghế chờ, ngày cao điểm người dân phải đứng ngoài hiên.
Kết luận buổi giám sát, bà Trần Thị Mỹ Dung đề nghị UBND các xã rà soát, công khai xin lỗi người dân khi trả hồ sơ trễ hạn; kiến nghị UBND huyện bố trí khoảng 450 triệu đồng cải tạo phòng một cửa, trang bị máy lấy số tự động. "Hài lòng của người dân phải là thước đo, không phải báo cáo đẹp trên giấy", bà Dung nói.
Đại diện Sở Tư pháp cũng lưu ý việc chứng thực bản sao tại xã còn thu sai mức lệ phí ở một số trường hợp, đề nghị xã niêm yết rõ mức thu và hoàn trả cho người dân. Sau buổi giám sát, UBND xã Phú Túc đã cam kết trong tháng 9 sẽ chuyển phòng một cửa xuống tầng trệt, bố trí thêm ghế chờ và nước uống cho người dân.
Dự kiến đến tháng 10, đoàn sẽ giám sát thêm 6 xã, thị trấn và tổng hợp kiến nghị gửi UBND tỉnh.
Hữu Hiệp
Tin cùng chuyên mục
- Ra mắt mô hình "Chi hội tự quản về an ninh trật tự" ở Giồng Trôm (16/08/2016)
- MTTQ tỉnh phản biện dự thảo quy định về hỗ trợ nhà ở (09/08/2016)
- Mỏ Cày Nam: 1.200 hộ nghèo được tặng quà (02/08/2016)
""", "2016-08-19", "Giám sát thực hiện cơ chế một cửa tại xã: còn hồ sơ đất đai trễ hạn",
E("giam_sat", "2016", "2016-08-17"),
[P("Trần Thị Mỹ Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lực", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Thị Bích", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hiền", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Lê Văn Bé Tư", "Chủ tịch UBND xã Phú Túc"),
 P("Huỳnh Thị Kim Loan", "công chức Văn phòng - Thống kê", "phụ trách bộ phận một cửa xã Tân Thạch")],
[Q("112 thủ tục hành chính", 112, "thủ tục hành chính"), Q("2.315 hồ sơ", 2315, "hồ sơ"), Q("2.290 hồ sơ", 2290, "hồ sơ"),
 Q("25 hồ sơ", 25, "hồ sơ"), Q("1.870 hồ sơ", 1870, "hồ sơ"), Q("98,9%", 98.9, "%"), Q("2 camera", 2, "camera"),
 Q("40 người dân", 40, "người dân"), Q("14 trường hợp", 14, "trường hợp"), Q("gần 60%", 60, "%", "approx"),
 Q("6 ghế chờ", 6, "ghế chờ"), Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"),
 Q("6 xã, thị trấn", 6, "xã, thị trấn")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "35", "KH-MTTQ-BTT", "2016-06-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 35/KH-MTTQ-BTT ngày 20/6/2016"),
 D("Quyết định", "09", "2015/QĐ-TTg", "2015-03-25", "Thủ tướng Chính phủ", "Quyết định số 09/2015/QĐ-TTg ngày 25/3/2015")],
[prov("Bến Tre"), com("Phú Túc"), com("Tân Thạch")],
["BÁO ĐỒNG KHỞI ONLINE", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại UBND xã Phú Túc."],
["19/08/2016 - 15:40", "năm 2016", "6 tháng đầu năm", "1 công chức", "tháng 10"]))

PAGES.append(page("b8985-hatinh-xa-doithoai-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẨM BÌNH - HUYỆN CẨM XUYÊN
Bạn đang ở: Trang chủ >> Tin tức - Sự kiện
Ngày đăng 22/06/2018 | 08:30
Xã Cẩm Bình đối thoại với nhân dân về cải cách thủ tục hành chính
Sáng 21/6, Đảng ủy, UBND xã Cẩm Bình tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2018 với chủ đề "Cải cách thủ tục hành chính, nâng cao chất lượng phục vụ tại bộ phận một cửa". Bí thư Đảng ủy xã Nguyễn Hữu Toàn và Chủ tịch UBND xã Trần Thị Hoa chủ trì; dự hội nghị có đồng chí Võ Hồng Hải, Phó Trưởng Ban Dân vận Huyện ủy Cẩm Xuyên cùng hơn 200 đại biểu đại diện các thôn, các hội đoàn thể.
Toàn cảnh buổi đối thoại tại hội trường UBND xã.
Hội nghị được tổ chức theo Quy định số 124-QĐ/TU ngày 15/1/2018 của Ban Thường vụ Tỉnh ủy Hà Tĩnh về đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân và Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.
Báo cáo tại hội nghị cho biết, từ đầu năm đến nay bộ phận một cửa của xã đã tiếp nhận 1.426 hồ sơ, 100% được trả đúng hẹn; xã tiếp nhận 38 hồ sơ qua dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ. Trước hội nghị, Ủy ban MTTQ xã đã tổng hợp được 35 ý kiến, kiến nghị của cử tri ở 14 thôn.
Tại buổi đối thoại, ông Lê Văn Khang ở thôn Bình Minh phản ánh việc cấp đổi giấy chứng nhận quyền sử dụng đất còn chậm, có hồ sơ chờ gần 2 tháng. Bà Nguyễn Thị Lý, Chi hội trưởng Chi hội Phụ nữ thôn Tân Hà hỏi về phí đo đạc, vì có hộ phải nộp 2,5 triệu đồng cho một thửa đất. Ông Phan Đình Sơn, Trưởng thôn Yên Thành đề nghị xã bố trí nhận hồ sơ vào sáng thứ Bảy để người đi làm công ty có thể nộp hồ sơ.
Trả lời các ý kiến, Chủ tịch UBND xã Trần Thị Hoa cho biết, hồ sơ đất đai chậm chủ yếu do phải chuyển lên Văn phòng đăng ký đất đai huyện; từ tháng 7 xã sẽ công khai số điện thoại đường dây nóng và nhận hồ sơ vào sáng thứ Bảy. Phí đo đạc do tỉnh quy định, thấp nhất 1,2 triệu đồng/thửa; trường hợp thu sai, xã sẽ kiểm tra và hoàn trả. Bà Hoa nhận trách nhiệm về 3 hồ sơ trả chậm và xin lỗi người dân.
Kết luận hội nghị, đồng chí Nguyễn Hữu Toàn yêu cầu cán bộ, công chức xã "đi từng ngõ, gõ từng nhà" hướng dẫn thủ tục cho người cao tuổi, cam kết trả lời bằng văn bản 35 ý kiến của cử tri trước ngày 30/7. "Người dân là người chấm điểm cán bộ, không phải cấp trên" - Bí thư Đảng ủy xã nói.
Văn phòng Đảng ủy
Bài viết liên quan
- Xã Cẩm Bình ra quân xây dựng nông thôn mới nâng cao (12/06/2018)
- Hội Nông dân xã tập huấn kỹ thuật chăn nuôi (30/05/2018)
- Kỷ niệm 88 năm Ngày thành lập Mặt trận (18/11/2017)
""", "2018-06-22", "Xã Cẩm Bình đối thoại với nhân dân về cải cách thủ tục hành chính",
E("doi_thoai", "2018", "2018-06-21"),
[P("Nguyễn Hữu Toàn", "Bí thư Đảng ủy xã"),
 P("Trần Thị Hoa", "Chủ tịch UBND xã"),
 P("Võ Hồng Hải", "Phó Trưởng Ban Dân vận Huyện ủy Cẩm Xuyên"),
 P("Lê Văn Khang"),
 P("Nguyễn Thị Lý", "Chi hội trưởng Chi hội Phụ nữ thôn Tân Hà"),
 P("Phan Đình Sơn", "Trưởng thôn Yên Thành")],
[Q("hơn 200 đại biểu", 200, "đại biểu", "over"), Q("1.426 hồ sơ", 1426, "hồ sơ"), Q("100%", 100, "%"),
 Q("38 hồ sơ", 38, "hồ sơ"), Q("35 ý kiến, kiến nghị", 35, "ý kiến, kiến nghị"), Q("14 thôn", 14, "thôn"),
 Q("2,5 triệu đồng", 2500000, "đồng"), Q("1,2 triệu đồng", 1200000, "đồng"), Q("3 hồ sơ", 3, "hồ sơ")],
[D("Quy định", "124", "QĐ/TU", "2018-01-15", "Ban Thường vụ Tỉnh ủy Hà Tĩnh", "Quy định số 124-QĐ/TU ngày 15/1/2018"),
 D("Nghị định", "61", "2018/NĐ-CP", "2018-04-23", "Chính phủ", "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018"),
 D("Quyết định", "45", "2016/QĐ-TTg", "2016-10-19", "Thủ tướng Chính phủ", "Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016")],
[prov("Hà Tĩnh"), com("Cẩm Bình")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẨM BÌNH - HUYỆN CẨM XUYÊN", "Bạn đang ở: Trang chủ >> Tin tức - Sự kiện",
 "Toàn cảnh buổi đối thoại tại hội trường UBND xã.", "Văn phòng Đảng ủy", "đi từng ngõ, gõ từng nhà",
 "Cải cách thủ tục hành chính, nâng cao chất lượng phục vụ tại bộ phận một cửa"],
["Ngày đăng 22/06/2018 | 08:30", "năm 2018", "gần 2 tháng", "một thửa", "ngày 30/7", "từ tháng 7", "Sáng 21/6"]))

PAGES.append(page("b8986-haiduong-xamoi-phongsu-2020", """
Báo Hải Dương điện tử
Thời sự > Xây dựng Đảng - Chính quyền
Thứ Ba, 18/02/2020 | 07:45
Người dân làm thủ tục tại bộ phận một cửa xã Hồng Phúc. Ảnh: Thành Chung
Xã mới Hồng Phúc sau sáp nhập: dân đi làm giấy tờ không còn xa
Sau hơn 1 tháng đi vào hoạt động, bộ phận tiếp nhận và trả kết quả của xã Hồng Phúc (Ninh Giang), xã được thành lập trên cơ sở nhập xã Hồng Phong và xã Phúc Thành, đã dần ổn định, người dân cơ bản hài lòng.
Thực hiện Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị và Nghị quyết số 653/2019/UBTVQH14 ngày 12/3/2019 của Ủy ban Thường vụ Quốc hội, từ ngày 1/1/2020, theo Nghị quyết số 788/NQ-UBTVQH14 của Ủy ban Thường vụ Quốc hội, tỉnh Hải Dương đã sắp xếp 52 xã, thị trấn để thành lập 24 xã, thị trấn mới. Xã Hồng Phúc có diện tích tự nhiên 11,6 km2, dân số hơn 13.500 người; Đảng bộ xã có 612 đảng viên sinh hoạt ở 19 chi bộ.
Bà Đoàn Thị Huệ, Bí thư Đảng ủy xã cho biết, khó nhất những ngày đầu là tâm lý của cán bộ và người dân xã cũ. Sau sáp nhập, xã có 41 cán bộ, công chức, trong đó 9 người sẽ được bố trí công tác khác hoặc giải quyết chế độ theo lộ trình. Đảng ủy giao khối dân vận xã cùng Mặt trận, các đoàn thể xuống từng thôn nghe dân nói; trụ sở xã Phúc Thành cũ được giữ lại làm điểm tiếp nhận hồ sơ vào thứ Ba và thứ Năm hằng tuần cho người cao tuổi.
Trong tháng 1/2020, bộ phận một cửa tiếp nhận 487 hồ sơ, giải quyết đúng hạn 481 hồ sơ; xã đã hoàn thành điều chỉnh thông tin hộ khẩu, giấy tờ cho gần 3.800 hộ mà người dân không phải nộp phí. Tỉnh hỗ trợ xã 500 triệu đồng sửa chữa trụ sở; xã trích 120 triệu đồng mua máy tính, máy in, ghế chờ cho phòng một cửa.
"Trước cứ nghĩ nhập xã thì lên trụ sở xa, ai ngờ xã vẫn mở điểm nhận hồ sơ ở nhà văn hóa cũ, cán bộ còn xuống tận nhà hướng dẫn", bà Vũ Thị Nhàn, 68 tuổi, ở thôn Phúc Thành nói. Anh Phạm Văn Quyết ở thôn An Cư thì mong xã sớm có đường truyền ổn định để nộp hồ sơ trên mạng.
Ông Vũ Văn Tuyến, Chủ tịch UBND xã Hồng Phúc cho biết, xã đang đề nghị cấp trên hỗ trợ kinh phí đổi con dấu, biển hiệu cho 8 thôn và các tổ chức đoàn thể. Theo đồng chí Nguyễn Thị Thu Hương, Trưởng Ban Dân vận Huyện ủy Ninh Giang, toàn huyện có 7 xã mới sau sắp xếp; Ban đã đề nghị Huyện ủy chỉ đạo đối thoại với nhân dân ở tất cả xã này trong quý II, lấy ý kiến người dân về tên gọi thôn, trụ sở và cách phục vụ của cán bộ.
Thành Chung
Tin khác
- Ninh Giang tổng kết công tác dân vận năm 2019 (10/01/2020)
- Sắp xếp đơn vị hành chính: tuyên truyền để dân đồng thuận (20/11/2019)
- 263 xã, phường, thị trấn ra quân dọn vệ sinh môi trường (05/10/2019)
""", "2020-02-18", "Xã mới Hồng Phúc sau sáp nhập: dân đi làm giấy tờ không còn xa",
E("khac", None, None),
[P("Đoàn Thị Huệ", "Bí thư Đảng ủy xã"),
 P("Vũ Thị Nhàn"),
 P("Phạm Văn Quyết"),
 P("Vũ Văn Tuyến", "Chủ tịch UBND xã Hồng Phúc"),
 P("Nguyễn Thị Thu Hương", "Trưởng Ban Dân vận Huyện ủy Ninh Giang")],
[Q("52 xã, thị trấn", 52, "xã, thị trấn"), Q("24 xã, thị trấn", 24, "xã, thị trấn"), Q("11,6 km2", 11.6, "km2"),
 Q("hơn 13.500 người", 13500, "người", "over"), Q("612 đảng viên", 612, "đảng viên"), Q("19 chi bộ", 19, "chi bộ"),
 Q("41 cán bộ, công chức", 41, "cán bộ, công chức"), Q("9 người", 9, "người"), Q("487 hồ sơ", 487, "hồ sơ"),
 Q("481 hồ sơ", 481, "hồ sơ"), Q("gần 3.800 hộ", 3800, "hộ", "approx"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("8 thôn", 8, "thôn"), Q("7 xã", 7, "xã")],
[D("Nghị quyết", "37", "NQ/TW", "2018-12-24", "Bộ Chính trị", "Nghị quyết số 37-NQ/TW ngày 24/12/2018"),
 D("Nghị quyết", "653", "2019/UBTVQH14", "2019-03-12", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 653/2019/UBTVQH14 ngày 12/3/2019"),
 D("Nghị quyết", "788", "NQ-UBTVQH14", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 788/NQ-UBTVQH14")],
[prov("Hải Dương"), com("Hồng Phúc"), com("Hồng Phong"), com("Phúc Thành")],
["Báo Hải Dương điện tử", "Thời sự > Xây dựng Đảng - Chính quyền", "Người dân làm thủ tục tại bộ phận một cửa xã Hồng Phúc. Ảnh: Thành Chung"],
["Thứ Ba, 18/02/2020 | 07:45", "hơn 1 tháng", "ngày 1/1/2020", "68 tuổi", "tháng 1/2020", "quý II"]))
