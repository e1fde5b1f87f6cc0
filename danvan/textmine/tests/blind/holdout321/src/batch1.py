from lib import *
PAGES = []

PAGES.append(page("b7661-hanam-hdndxa-kyhop-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH LIÊM - TỈNH HÀ NAM
Trang chủ > Tin tức - Sự kiện > Hoạt động HĐND - UBND
Thứ Sáu, 23/12/2011 - 09:30
Quang cảnh kỳ họp.
HĐND xã Thanh Tân tổ chức kỳ họp thứ 3, khóa XVIII
Ngày 21/12/2011, HĐND xã Thanh Tân (huyện Thanh Liêm, tỉnh Hà Nam) khóa XVIII, nhiệm kỳ 2011 - 2016 tiến hành kỳ họp thứ 3 để đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2011 và quyết định nhiệm vụ năm 2012. Dự kỳ họp có đồng chí Trần Văn Khải, Phó Chủ tịch HĐND huyện Thanh Liêm. Đồng chí Lại Thị Huệ, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì kỳ họp; 23/25 đại biểu có mặt.
Theo báo cáo của UBND xã do ông Nguyễn Văn Đạt, Phó Chủ tịch UBND xã trình bày, năm 2011 tổng giá trị sản xuất trên địa bàn ước đạt 98,6 tỷ đồng, tăng 11,2% so với năm 2010; thu nhập bình quân đầu người đạt 13,5 triệu đồng. Tổng sản lượng lương thực đạt 5.120 tấn. Xã đã làm mới và cứng hóa 3,2 km đường giao thông nông thôn, trong đó nhân dân đóng góp gần 1,4 tỷ đồng. Tỷ lệ hộ nghèo còn 6,8%. Tổng thu ngân sách xã đạt 4.215 triệu đồng, tổng chi 3.960 triệu đồng.
Công tác xây dựng nông thôn mới được triển khai theo Quyết định số 800/QĐ-TTg ngày 04/6/2010 của Thủ tướng Chính phủ và Nghị quyết số 05-NQ/ĐU của Đảng ủy xã; đến nay xã đạt 8 tiêu chí. Toàn xã có 412 hộ được công nhận gia đình văn hóa mới.
Tại kỳ họp, Thường trực HĐND xã báo cáo kết quả giải quyết kiến nghị cử tri sau kỳ họp thứ 2. Trước kỳ họp, cử tri trong xã đã nêu 17 ý kiến, kiến nghị, chủ yếu về thủy lợi nội đồng, đường ngõ xóm và chế độ chính sách. Đến nay UBND xã đã giải quyết xong 14 kiến nghị; 3 kiến nghị thuộc thẩm quyền cấp trên đã được tổng hợp gửi HĐND huyện.
Trong phiên thảo luận, đại biểu Đỗ Văn Hùng (thôn Đông) đề nghị làm rõ tiến độ nạo vét kênh tiêu Đồng Sấu. Giải trình vấn đề này, ông Trần Minh Sơn, Chủ tịch UBND xã, cho biết UBND xã đã đề nghị huyện hỗ trợ kinh phí, dự kiến thi công trước vụ xuân. Đại biểu Phạm Thị Thoa quan tâm việc thu các khoản đóng góp trong trường học và được Hiệu trưởng Trường THCS Thanh Tân là ông Vũ Đức Lâm trả lời trực tiếp.
Phát biểu tại kỳ họp, đồng chí Trần Văn Khải đề nghị HĐND xã nâng cao chất lượng giám sát, theo dõi đến cùng việc trả lời kiến nghị của cử tri. Kỳ họp đã biểu quyết thông qua 5 nghị quyết về nhiệm vụ năm 2012, dự toán ngân sách và chương trình giám sát.
Phương Thảo
Tin liên quan
- Thanh Liêm: HĐND huyện tổ chức kỳ họp thứ 3 (20/12/2011)
- Xã Liêm Cần tiếp xúc cử tri trước kỳ họp cuối năm (05/12/2011)
- Thanh Hà: hoàn thành 4 tiêu chí nông thôn mới (28/11/2011)
- Hội nghị tập huấn kỹ năng cho đại biểu HĐND cấp xã (15/11/2011)
""", "2011-12-23", "HĐND xã Thanh Tân tổ chức kỳ họp thứ 3, khóa XVIII",
E("hoi_nghi", "2011", "2011-12-21"),
[P("Trần Văn Khải", "Phó Chủ tịch HĐND huyện Thanh Liêm"),
 P("Lại Thị Huệ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Văn Đạt", "Phó Chủ tịch UBND xã"),
 P("Đỗ Văn Hùng", "đại biểu"),
 P("Trần Minh Sơn", "Chủ tịch UBND xã"),
 P("Phạm Thị Thoa", "Đại biểu"),
 P("Vũ Đức Lâm", "Hiệu trưởng Trường THCS Thanh Tân")],
[Q("23/25 đại biểu", 23, "đại biểu"), Q("98,6 tỷ đồng", 98600000000, "đồng"), Q("11,2%", 11.2, "%"),
 Q("13,5 triệu đồng", 13500000, "đồng"), Q("5.120 tấn", 5120, "tấn"), Q("3,2 km", 3.2, "km"),
 Q("gần 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("6,8%", 6.8, "%"), Q("4.215 triệu đồng", 4215000000, "đồng"),
 Q("3.960 triệu đồng", 3960000000, "đồng"), Q("8 tiêu chí", 8, "tiêu chí"), Q("412 hộ", 412, "hộ"),
 Q("17 ý kiến, kiến nghị", 17, "ý kiến, kiến nghị"), Q("14 kiến nghị", 14, "kiến nghị"), Q("3 kiến nghị", 3, "kiến nghị"),
 Q("5 nghị quyết", 5, "nghị quyết")],
[D("Quyết định", "800", "QĐ-TTg", "2010-06-04", "Thủ tướng Chính phủ", "Quyết định số 800/QĐ-TTg ngày 04/6/2010"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU")],
[prov("Hà Nam"), com("Thanh Tân")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH LIÊM - TỈNH HÀ NAM", "Trang chủ > Tin tức - Sự kiện > Hoạt động HĐND - UBND",
 "Quang cảnh kỳ họp.", "Đồng Sấu", "Trường THCS Thanh Tân"],
["Thứ Sáu, 23/12/2011 - 09:30", "kỳ họp thứ 3", "khóa XVIII", "nhiệm kỳ 2011 - 2016", "năm 2011", "năm 2012",
 "năm 2010", "kỳ họp thứ 2"]))

PAGES.append(page("b7662-nghean-tiepxuccutri-2012", """
Báo Nghệ An điện tử
Thời sự | Chính trị | Xã hội | Kinh tế | Pháp luật
08:15 | 19/06/2012
Diễn Hồng: Cử tri kiến nghị nhiều vấn đề dân sinh trước kỳ họp giữa năm
(Baonghean) - Sáng 17/6, tại hội trường UBND xã Diễn Hồng (huyện Diễn Châu), các đại biểu HĐND xã: Hồ Sỹ Thắng, Phan Thị Nga, Cao Văn Lợi đã tiếp xúc cử tri 6 xóm phía bắc xã, thông báo dự kiến nội dung kỳ họp thứ 4 HĐND xã khóa XVIII. Hơn 150 cử tri đã đến dự hội nghị.
Đại biểu HĐND xã Hồ Sỹ Thắng thông báo nội dung kỳ họp với cử tri. Ảnh: Hoài Thu
Thay mặt tổ đại biểu, ông Hồ Sỹ Thắng báo cáo tình hình kinh tế - xã hội những tháng đầu năm: sản lượng lúa vụ xuân ước đạt 3.460 tấn, chăn nuôi phát triển khá; xã đã giải ngân khoảng 300 triệu đồng hỗ trợ người dân mua giống sau rét đậm, rét hại. Về kết quả trả lời kiến nghị sau kỳ họp cuối năm 2011, trong 23 ý kiến của cử tri, UBND xã đã trả lời, giải quyết 19 ý kiến, số còn lại đang chờ huyện xem xét.
Tại hội nghị có 12 lượt ý kiến phát biểu. Ông Nguyễn Văn Tư, cử tri xóm 5, phản ánh tuyến kênh N6 bị bồi lắng khiến gần 40 ha lúa của xóm thiếu nước. Bà Trần Thị Lài, Chi hội trưởng Chi hội Phụ nữ xóm 3, đề nghị xã sớm tổ chức lớp dạy nghề cho lao động nữ theo Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ. Một số cử tri hỏi việc cho vay vốn phát triển nông nghiệp theo Nghị định 41/2010/NĐ-CP của Chính phủ và việc chi trả trợ cấp cho người có công còn chậm.
Cử tri xóm 2 kiến nghị làm rõ việc thu tiền của 34 hộ làm đường ngõ xóm, mỗi hộ nộp 1,2 triệu đồng nhưng công trình thi công chậm. Nhiều ý kiến đề nghị xã xử lý dứt điểm tình trạng lấn chiếm hành lang đường 538.
Ông Lê Đình Hào, Phó Chủ tịch UBND xã, đã trực tiếp trả lời một số ý kiến thuộc thẩm quyền: kênh N6 sẽ được nạo vét trong tháng 7 bằng nguồn thủy lợi phí; lớp dạy nghề may công nghiệp cho 35 lao động nữ dự kiến khai giảng sau vụ hè thu. Các ý kiến thuộc thẩm quyền cấp trên được tổ đại biểu ghi nhận, tổng hợp gửi kỳ họp và HĐND huyện.
Cũng tại hội nghị, cử tri các xóm ven biển đề nghị xã có phương án hỗ trợ 19 hộ nuôi tôm bị thiệt hại do dịch bệnh trong vụ nuôi đầu năm, tạo điều kiện cho các hộ được khoanh nợ, giãn nợ tại ngân hàng. Một số ý kiến khác đề nghị tăng cường kiểm tra vệ sinh an toàn thực phẩm tại chợ Hôm, xử lý việc đổ rác thải không đúng nơi quy định dọc bờ kênh.
Bà Phan Thị Nga đề nghị cử tri tiếp tục phản ánh với đại biểu qua hộp thư góp ý đặt tại nhà văn hóa các xóm.
Hoài Thu
Tin liên quan
- Quỳnh Lưu: Tiếp xúc cử tri trước kỳ họp HĐND huyện (15/06/2012)
- Diễn Châu chuẩn bị kỳ họp thứ 4 HĐND huyện (12/06/2012)
- Nghi Lộc: giải quyết 85% kiến nghị của cử tri (08/06/2012)
""", "2012-06-19", "Diễn Hồng: Cử tri kiến nghị nhiều vấn đề dân sinh trước kỳ họp giữa năm",
E("hoi_nghi", None, "2012-06-17"),
[P("Hồ Sỹ Thắng", "đại biểu HĐND xã", "Đại biểu HĐND xã"),
 P("Phan Thị Nga", "đại biểu HĐND xã"),
 P("Cao Văn Lợi", "đại biểu HĐND xã"),
 P("Nguyễn Văn Tư", "cử tri xóm 5"),
 P("Trần Thị Lài", "Chi hội trưởng Chi hội Phụ nữ xóm 3"),
 P("Lê Đình Hào", "Phó Chủ tịch UBND xã")],
[Q("6 xóm", 6, "xóm"), Q("Hơn 150 cử tri", 150, "cử tri", "over"), Q("3.460 tấn", 3460, "tấn"),
 Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("23 ý kiến", 23, "ý kiến"), Q("19 ý kiến", 19, "ý kiến"), Q("19 hộ nuôi tôm", 19, "hộ"),
 Q("12 lượt ý kiến", 12, "lượt ý kiến"), Q("gần 40 ha", 40, "ha", "approx"), Q("34 hộ", 34, "hộ"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("35 lao động nữ", 35, "lao động nữ")],
[D("Quyết định", "1956", "QĐ-TTg", "2009-11-27", "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg ngày 27/11/2009"),
 D("Nghị định", "41", "2010/NĐ-CP", None, "Chính phủ", "Nghị định 41/2010/NĐ-CP")],
[prov("Nghệ An"), com("Diễn Hồng")],
["Báo Nghệ An điện tử", "Thời sự | Chính trị | Xã hội | Kinh tế | Pháp luật", "(Baonghean)", "chợ Hôm",
 "Đại biểu HĐND xã Hồ Sỹ Thắng thông báo nội dung kỳ họp với cử tri. Ảnh: Hoài Thu", "đường 538"],
["08:15 | 19/06/2012", "kỳ họp thứ 4", "khóa XVIII", "năm 2011", "tháng 7", "kênh N6", "đường 538", "xóm 5", "xóm 3", "xóm 2"]))

PAGES.append(page("b7663-thaibinh-kyhop-giuanam-2013", """
BÁO THÁI BÌNH ĐIỆN TỬ
Chính trị :: Hoạt động HĐND các cấp
16-07-2013 14:22
Xã Vũ Hội: Kỳ họp thứ 6 HĐND xã bàn giải pháp nhiệm vụ 6 tháng cuối năm
Trong hai ngày 12 và 13/7, HĐND xã Vũ Hội (Vũ Thư) khóa XIX đã tiến hành kỳ họp thứ 6 nhằm đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2013, đề ra giải pháp 6 tháng cuối năm. Đồng chí Bùi Xuân Trường, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã điều hành kỳ họp.
6 tháng đầu năm, tổng thu nhập trên địa bàn xã ước đạt 62,4 tỷ đồng, bằng 51,3% kế hoạch năm; năng suất lúa vụ chiêm xuân bình quân đạt 71 tạ/ha. Xã đã dồn điền, đổi thửa được 186 ha, hoàn thành 2 tuyến kênh cứng và 1,8 km đường trục xã. Thu ngân sách 6 tháng đạt 2,35 tỷ đồng. Công tác xây dựng nông thôn mới bám sát Nghị quyết 26-NQ/TW của BCH Trung ương (khóa X) về nông nghiệp, nông dân, nông thôn; Đảng ủy xã đã sơ kết Chỉ thị 08, 09-CT/HU của Ban Thường vụ Huyện ủy về dồn điền, đổi thửa và về xây dựng khu dân cư kiểu mẫu.
Đại biểu Nguyễn Thị Hằng phát biểu thảo luận tại kỳ họp.
Trước kỳ họp, các tổ đại biểu đã tiếp xúc cử tri tại 9 thôn, ghi nhận 21 kiến nghị. Báo cáo kết quả giải quyết kiến nghị cử tri của UBND xã cho biết đã giải quyết 18 kiến nghị, đạt 85,7%; các kiến nghị còn lại liên quan đến việc cấp giấy chứng nhận quyền sử dụng đất cho 27 hộ ở thôn Thượng Hộ, đã được chuyển Phòng Tài nguyên và Môi trường huyện.
Cử tri thôn Hội Khê còn đề nghị nâng cấp trạm bơm tiêu úng, sửa chữa cống Đồng Bông đã xuống cấp; UBND xã cho biết đã lập hồ sơ đề nghị UBND tỉnh Thái Bình hỗ trợ từ nguồn vốn chương trình nông thôn mới, dự kiến triển khai trong quý IV. Nhiều đại biểu đề nghị UBND xã công khai tiến độ giải quyết từng kiến nghị trên hệ thống loa truyền thanh để người dân cùng theo dõi, giám sát.
Tại phiên chất vấn, đại biểu Nguyễn Thị Hằng, Chủ tịch Hội Nông dân xã, chất vấn việc chậm chi trả tiền hỗ trợ dồn điền. Ông Đặng Văn Hiếu, Chủ tịch UBND xã trả lời: nguồn hỗ trợ 450 triệu đồng của huyện đã về, xã sẽ chi trả cho các hộ trước ngày 30/7. Đại biểu Lưu Văn Quý, Trưởng Công an xã, giải trình thêm về tình hình an ninh trật tự, trong 6 tháng xảy ra 4 vụ trộm cắp tài sản, đã điều tra làm rõ 3 vụ.
Kỳ họp đã thông qua nghị quyết về nhiệm vụ 6 tháng cuối năm với các chỉ tiêu: gần 60% số thôn đạt tiêu chí khu dân cư kiểu mẫu, tỷ lệ hộ nghèo giảm xuống dưới 5%.
Văn Nghĩa
Các tin khác
- Vũ Thư: kỳ họp thứ 6 HĐND huyện khóa XVIII (11/07/2013)
- Đông Hưng: 95% số xã hoàn thành dồn điền, đổi thửa (03/07/2013)
- Quỳnh Phụ tiếp xúc cử tri trước kỳ họp giữa năm (28/06/2013)
""", "2013-07-16", "Xã Vũ Hội: Kỳ họp thứ 6 HĐND xã bàn giải pháp nhiệm vụ 6 tháng cuối năm",
E("hoi_nghi", "2013-H1", "2013-07-12"),
[P("Bùi Xuân Trường", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã"),
 P("Nguyễn Thị Hằng", "Đại biểu", "Chủ tịch Hội Nông dân xã"),
 P("Đặng Văn Hiếu", "Chủ tịch UBND xã"),
 P("Lưu Văn Quý", "Trưởng Công an xã")],
[Q("62,4 tỷ đồng", 62400000000, "đồng"), Q("51,3%", 51.3, "%"), Q("71 tạ/ha", 71, "tạ/ha"), Q("186 ha", 186, "ha"),
 Q("2 tuyến kênh cứng", 2, "tuyến kênh cứng"), Q("1,8 km", 1.8, "km"), Q("2,35 tỷ đồng", 2350000000, "đồng"),
 Q("9 thôn", 9, "thôn"), Q("21 kiến nghị", 21, "kiến nghị"), Q("18 kiến nghị", 18, "kiến nghị"), Q("85,7%", 85.7, "%"),
 Q("27 hộ", 27, "hộ"), Q("450 triệu đồng", 450000000, "đồng"), Q("4 vụ trộm cắp tài sản", 4, "vụ trộm cắp tài sản"),
 Q("3 vụ", 3, "vụ"), Q("gần 60%", 60, "%", "approx"), Q("dưới 5%", 5, "%")],
[D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 26-NQ/TW"),
 D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 08, 09-CT/HU"),
 D("Chỉ thị", "09", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 08, 09-CT/HU")],
[prov("Thái Bình"), com("Vũ Hội")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Chính trị :: Hoạt động HĐND các cấp", "Đại biểu Nguyễn Thị Hằng phát biểu thảo luận tại kỳ họp."],
["16-07-2013 14:22", "kỳ họp thứ 6", "khóa XIX", "6 tháng đầu năm 2013", "6 tháng cuối năm", "khóa X", "6 tháng", "ngày 30/7", "quý IV"]))

PAGES.append(page("b7664-quangbinh-kyhop-cuoinam-2014", """
Hôm nay: Thứ Bảy, 27/12/2014
ĐÀI PHÁT THANH - TRUYỀN HÌNH QUẢNG BÌNH
Tin tức / Thời sự / Địa phương
Cập nhật lúc 16:40 ngày 26/12/2014
Quảng Phú: trả lời dứt điểm các kiến nghị của cử tri vùng bãi ngang
QBTV - Ngày 24/12, HĐND xã Quảng Phú, huyện Quảng Trạch khai mạc kỳ họp thường lệ cuối năm 2014. Kỳ họp tập trung đánh giá việc thực hiện các nghị quyết của HĐND xã về phát triển kinh tế - xã hội năm 2014, nhất là kết quả giải quyết những kiến nghị mà cử tri vùng bãi ngang nêu ra từ đầu năm.
Theo báo cáo của Thường trực HĐND xã, qua ba đợt tiếp xúc cử tri trong năm, các đại biểu đã tiếp nhận tổng cộng 26 ý kiến, kiến nghị. Đến nay đã có 22 ý kiến được UBND xã và các ngành của huyện trả lời bằng văn bản; ba tuyến đường liên thôn bị sạt lở sau bão số 10 năm 2013 đã được sửa chữa xong với kinh phí hơn 1,1 tỷ đồng. Riêng kiến nghị về khu neo đậu tàu thuyền, xã đã báo cáo lên huyện và tỉnh xem xét.
Năm 2014, tổng thu ngân sách xã đạt trên 7,8 tỷ đồng, vượt 14% dự toán. Sản lượng khai thác hải sản ước đạt 2.950 tấn; toàn xã có 118 tàu thuyền đánh bắt xa bờ. Xã đã hỗ trợ đóng mới 6 tàu công suất lớn theo Nghị định số 67/2014/NĐ-CP ngày 07/7/2014 của Chính phủ về một số chính sách phát triển thủy sản. Tỷ lệ hộ nghèo giảm từ 9,4% xuống 7,1%.
Đại biểu Hoàng Văn Thiện, Bí thư Chi bộ thôn Phú Lộc 2, phản ánh việc một số hộ chưa nhận được tiền hỗ trợ khắc phục hậu quả bão. Trả lời chất vấn, bà Phan Thị Mến, Phó Chủ tịch UBND xã, cho biết xã đã chi trả cho 342 hộ với số tiền 684 triệu đồng, còn 15 hộ do thiếu hồ sơ nên chưa nhận được; xã sẽ hoàn thiện trong tháng 1/2015.
Kết luận kỳ họp, ông Trần Xuân Hòa, Phó Bí thư Đảng ủy, Chủ tịch HĐND xã, yêu cầu UBND xã tiếp tục thực hiện Kế hoạch số 12-KH/ĐU của Đảng ủy xã về phát triển kinh tế biển, đồng thời công khai kết quả giải quyết kiến nghị tại các buổi sinh hoạt thôn. Kỳ họp đã thông qua 6 nghị quyết quan trọng.
Phát biểu bế mạc, ông Trần Xuân Hòa ghi nhận những nỗ lực của chính quyền và nhân dân trong năm qua, khi Quảng Phú là một trong những địa phương ven biển của tỉnh Quảng Bình bị thiệt hại nặng do thiên tai. Ông đề nghị mỗi đại biểu HĐND xã thường xuyên giữ mối liên hệ với cử tri, kịp thời nắm bắt tâm tư, nguyện vọng của người dân, nhất là ngư dân bám biển dài ngày, để phản ánh tới kỳ họp giữa năm 2015.
Minh Phương - Quốc Hùng
Tin cùng chuyên mục
- Quảng Trạch: 14 xã hoàn thành kỳ họp HĐND cuối năm (25/12/2014)
- Ngư dân Quảng Phú vươn khơi bám biển (20/12/2014)
- Bố Trạch tiếp xúc cử tri sau kỳ họp HĐND tỉnh (16/12/2014)
""", "2014-12-26", "Quảng Phú: trả lời dứt điểm các kiến nghị của cử tri vùng bãi ngang",
E("hoi_nghi", "2014", "2014-12-24"),
[P("Hoàng Văn Thiện", "Đại biểu", "Bí thư Chi bộ thôn Phú Lộc 2"),
 P("Phan Thị Mến", "Phó Chủ tịch UBND xã"),
 P("Trần Xuân Hòa", "Phó Bí thư Đảng ủy", "Chủ tịch HĐND xã")],
[Q("ba đợt", 3, "đợt"), Q("26 ý kiến, kiến nghị", 26, "ý kiến, kiến nghị"), Q("22 ý kiến", 22, "ý kiến"),
 Q("ba tuyến đường liên thôn", 3, "tuyến đường liên thôn"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("trên 7,8 tỷ đồng", 7800000000, "đồng", "over"), Q("14%", 14, "%"), Q("2.950 tấn", 2950, "tấn"),
 Q("118 tàu thuyền", 118, "tàu thuyền"), Q("6 tàu công suất lớn", 6, "tàu công suất lớn"),
 Q("9,4%", 9.4, "%"), Q("7,1%", 7.1, "%"), Q("342 hộ", 342, "hộ"), Q("684 triệu đồng", 684000000, "đồng"),
 Q("15 hộ", 15, "hộ"), Q("6 nghị quyết", 6, "nghị quyết")],
[D("Nghị định", "67", "2014/NĐ-CP", "2014-07-07", "Chính phủ", "Nghị định số 67/2014/NĐ-CP ngày 07/7/2014"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU")],
[prov("Quảng Bình"), com("Quảng Phú")],
["Hôm nay: Thứ Bảy, 27/12/2014", "ĐÀI PHÁT THANH - TRUYỀN HÌNH QUẢNG BÌNH", "Tin tức / Thời sự / Địa phương", "QBTV"],
["Hôm nay: Thứ Bảy, 27/12/2014", "Cập nhật lúc 16:40 ngày 26/12/2014", "năm 2014", "bão số 10", "năm 2013",
 "tháng 1/2015", "Phú Lộc 2", "năm 2015"]))

PAGES.append(page("b7665-hatinh-giamsat-kiennghi-2015", """
BÁO HÀ TĨNH
Trang chủ › Chính trị › Dân cử
Thứ Năm, 08/10/2015
Thạch Kênh: giám sát việc giải quyết kiến nghị cử tri, phát hiện nhiều việc chậm
Ngày 6/10, Thường trực HĐND xã Thạch Kênh (Thạch Hà, Hà Tĩnh) tiến hành đợt giám sát chuyên đề năm 2015 về kết quả giải quyết kiến nghị cử tri của UBND xã và các thôn. Ông Nguyễn Đình Luận, Phó Chủ tịch HĐND xã làm trưởng đoàn; tham gia đoàn có đại diện Ủy ban MTTQ xã và các tổ đại biểu.
Theo báo cáo của UBND xã, từ đầu năm đến hết tháng 9, qua hai kỳ tiếp xúc cử tri trước và sau kỳ họp giữa năm, cử tri 11 thôn đã gửi 38 kiến nghị. UBND xã đã giải quyết dứt điểm 29 kiến nghị, đang giải quyết 6 kiến nghị; 3 kiến nghị vượt thẩm quyền, được chuyển đến HĐND huyện Thạch Hà. Những việc đã làm được như lắp đặt 24 bóng điện chiếu sáng trục xã, sửa chữa cầu tràn thôn Trung Tiến với kinh phí 215 triệu đồng, cấp 57 giấy chứng nhận quyền sử dụng đất còn tồn đọng.
Qua kiểm tra hồ sơ, đoàn giám sát chỉ ra một số việc còn chậm: đơn của 4 hộ dân ở thôn Bắc Kênh về tranh chấp ranh giới đất kéo dài gần một năm; việc trả lời kiến nghị ở một số thôn chỉ thông báo miệng, không có văn bản; chưa công khai kết quả trên loa truyền thanh theo Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn.
Ông Phan Văn Thụ, Chủ tịch UBND xã, tiếp thu ý kiến và giải trình: nguồn lực của xã hạn chế, năm 2015 xã phải tập trung cho xây dựng nông thôn mới theo Quyết định số 491/QĐ-TTg của Thủ tướng Chính phủ; tổng nguồn vốn huy động trong 9 tháng khoảng 6,5 tỷ đồng, trong đó nhân dân đóng góp trên 2 tỷ đồng và hiến hơn 3.000 m2 đất. Ông cam kết trong quý IV sẽ giải quyết xong 6 kiến nghị đang tồn.
Bà Võ Thị Hoa, Chủ tịch Ủy ban MTTQ xã, đề nghị UBND xã phối hợp với Mặt trận và các đoàn thể tổ chức đối thoại với các hộ có đơn thư kéo dài, hòa giải ngay từ thôn; các tổ hòa giải thôn cần được tập huấn lại kỹ năng.
Kết luận buổi giám sát, ông Nguyễn Đình Luận yêu cầu UBND xã xây dựng lộ trình giải quyết từng kiến nghị, giao rõ người, rõ việc, rõ thời gian; kết quả phải báo cáo tại kỳ họp cuối năm 2015 của HĐND xã. Thường trực HĐND xã sẽ tái giám sát vào tháng 12 theo Kế hoạch số 07/KH-HĐND ngày 15/9/2015 của Thường trực HĐND xã.
Theo đánh giá của đoàn, so với năm 2014, tỷ lệ kiến nghị được giải quyết đã tăng từ 68% lên 76%, người dân ghi nhận sự chuyển biến trong cách tiếp dân của cán bộ xã.
Thu Hà
Tin khác
- Thạch Hà: 31/31 xã hoàn thành tiếp xúc cử tri (30/09/2015)
- HĐND tỉnh giám sát việc thực hiện chính sách người có công (22/09/2015)
- Can Lộc: nâng chất lượng hoạt động HĐND cấp xã (15/09/2015)
""", "2015-10-08", "Thạch Kênh: giám sát việc giải quyết kiến nghị cử tri, phát hiện nhiều việc chậm",
E("giam_sat", "2015", "2015-10-06"),
[P("Nguyễn Đình Luận", "Phó Chủ tịch HĐND xã"),
 P("Phan Văn Thụ", "Chủ tịch UBND xã"),
 P("Võ Thị Hoa", "Chủ tịch Ủy ban MTTQ xã")],
[Q("11 thôn", 11, "thôn"), Q("38 kiến nghị", 38, "kiến nghị"), Q("29 kiến nghị", 29, "kiến nghị"), Q("6 kiến nghị", 6, "kiến nghị"),
 Q("3 kiến nghị", 3, "kiến nghị"), Q("24 bóng điện chiếu sáng", 24, "bóng điện chiếu sáng"), Q("215 triệu đồng", 215000000, "đồng"),
 Q("57 giấy chứng nhận quyền sử dụng đất", 57, "giấy chứng nhận quyền sử dụng đất"), Q("4 hộ dân", 4, "hộ dân"),
 Q("khoảng 6,5 tỷ đồng", 6500000000, "đồng", "approx"), Q("trên 2 tỷ đồng", 2000000000, "đồng", "over"),
 Q("hơn 3.000 m2", 3000, "m2", "over"), Q("68%", 68, "%"), Q("76%", 76, "%")],
[D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Quyết định", "491", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 491/QĐ-TTg"),
 D("Kế hoạch", "07", "KH-HĐND", "2015-09-15", "Thường trực HĐND xã", "Kế hoạch số 07/KH-HĐND ngày 15/9/2015")],
[prov("Hà Tĩnh"), com("Thạch Kênh")],
["BÁO HÀ TĨNH", "Trang chủ › Chính trị › Dân cử", "Trung Tiến", "Bắc Kênh"],
["Thứ Năm, 08/10/2015", "năm 2015", "tháng 9", "9 tháng", "quý IV", "năm 2014", "tháng 12", "gần một năm"]))

PAGES.append(page("b7666-laocai-kyhop-thunhat-2016", """
Cổng Thông tin điện tử tỉnh Lào Cai
Bạn đang ở: Trang chủ >> Tin tức sự kiện >> Tin địa phương
Ngày đăng 05/07/2016 | 10:20
Đồng chí Giàng Seo Phử (giữa) tặng hoa chúc mừng các chức danh vừa được bầu.
Bản Phố kiện toàn các chức danh chủ chốt HĐND, UBND xã nhiệm kỳ 2016 - 2021
Ngày 1/7/2016, HĐND xã Bản Phố, huyện Bắc Hà tổ chức kỳ họp thứ nhất, HĐND xã khóa XIX, nhiệm kỳ 2016 - 2021. Dự kỳ họp có đồng chí Giàng Seo Phử, HUV, Phó Chủ tịch HĐND huyện Bắc Hà; 22/23 đại biểu HĐND xã trúng cử tham dự.
Trong cuộc bầu cử ngày 22/5/2016, cử tri xã Bản Phố đã đi bầu đạt tỷ lệ 99,6%, bầu đủ 23 đại biểu HĐND xã, trong đó 15 đại biểu là người dân tộc Mông, 7 đại biểu nữ. Kỳ họp đã nghe Ủy ban bầu cử xã báo cáo kết quả bầu cử và xác nhận tư cách đại biểu theo Nghị quyết số 1206/2016/UBTVQH13 của Ủy ban Thường vụ Quốc hội về chế độ, chính sách và các điều kiện bảo đảm hoạt động của đại biểu HĐND.
Bằng hình thức bỏ phiếu kín, các đại biểu đã bầu ông Sùng A Lử, Bí thư Đảng ủy xã, giữ chức Chủ tịch HĐND xã khóa XIX với 22/22 phiếu, đạt 100%. Bà Vàng Thị Mai được tín nhiệm giữ chức Phó Chủ tịch HĐND xã. Ông Lù Văn Chứ, Phó Bí thư Đảng ủy xã, được bầu giữ chức Chủ tịch UBND xã; các ông Giàng A Chinh, Thào Seo Sử được bầu giữ chức Phó Chủ tịch UBND xã. Kỳ họp cũng bầu 5 Ủy viên UBND xã và các Trưởng ban, Phó Trưởng ban của 2 ban HĐND xã.
Phát biểu nhận nhiệm vụ, ông Sùng A Lử cho biết nhiệm kỳ qua, xã đã giải quyết 41 kiến nghị của cử tri, song vẫn còn những vấn đề người dân chờ đợi như nước sinh hoạt cho 3 thôn vùng cao, đường vào thôn Sín Chải. Ông cam kết HĐND xã sẽ thường xuyên tiếp xúc cử tri, đôn đốc UBND xã trả lời kiến nghị đúng thời hạn, báo cáo công khai tại mỗi kỳ họp.
Theo đồng chí Giàng Seo Phử, Bản Phố có 98% dân số là đồng bào Mông, tỷ lệ hộ nghèo còn trên 40%, vì vậy HĐND xã nhiệm kỳ mới cần bám sát Nghị quyết Đại hội Đảng bộ xã, tập trung vào trồng cây ăn quả ôn đới, phát triển du lịch cộng đồng và vận động bà con bỏ tập tục lạc hậu. Ông đề nghị UBND xã sớm xây dựng chương trình hành động nhiệm kỳ, trình kỳ họp thứ hai.
Kỳ họp cũng đã thông qua quy chế hoạt động của HĐND xã và chương trình giám sát 6 tháng cuối năm 2016, trong đó có giám sát việc thực hiện chính sách hỗ trợ gạo cho 312 hộ nghèo theo Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ.
Sau kỳ họp, các đại biểu ra mắt và nhận nhiệm vụ tại 14 thôn, bản.
Lùng Hoa
Tin liên quan
- Bắc Hà: 21 xã, thị trấn hoàn thành kỳ họp thứ nhất HĐND khóa mới (04/07/2016)
- Si Ma Cai kiện toàn chức danh HĐND, UBND cấp xã (03/07/2016)
- Bầu cử thành công tại vùng cao Bắc Hà (24/05/2016)
""", "2016-07-05", "Bản Phố kiện toàn các chức danh chủ chốt HĐND, UBND xã nhiệm kỳ 2016 - 2021",
E("hoi_nghi", None, "2016-07-01"),
[P("Giàng Seo Phử", "HUV", "Phó Chủ tịch HĐND huyện Bắc Hà"),
 P("Sùng A Lử", "Bí thư Đảng ủy xã", "Chủ tịch HĐND xã khóa XIX"),
 P("Vàng Thị Mai", "Phó Chủ tịch HĐND xã"),
 P("Lù Văn Chứ", "Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã"),
 P("Giàng A Chinh", "Phó Chủ tịch UBND xã"),
 P("Thào Seo Sử", "Phó Chủ tịch UBND xã")],
[Q("22/23 đại biểu", 22, "đại biểu"), Q("99,6%", 99.6, "%"), Q("23 đại biểu", 23, "đại biểu"),
 Q("15 đại biểu", 15, "đại biểu"), Q("7 đại biểu nữ", 7, "đại biểu nữ"), Q("22/22 phiếu", 22, "phiếu"), Q("100%", 100, "%"),
 Q("5 Ủy viên UBND xã", 5, "Ủy viên UBND xã"), Q("2 ban", 2, "ban"), Q("41 kiến nghị", 41, "kiến nghị"),
 Q("3 thôn vùng cao", 3, "thôn vùng cao"), Q("98%", 98, "%"), Q("trên 40%", 40, "%", "over"), Q("312 hộ nghèo", 312, "hộ nghèo"),
 Q("14 thôn, bản", 14, "thôn, bản")],
[D("Nghị quyết", "1206", "2016/UBTVQH13", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1206/2016/UBTVQH13"),
 D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013")],
[prov("Lào Cai"), com("Bản Phố")],
["Cổng Thông tin điện tử tỉnh Lào Cai", "Bạn đang ở: Trang chủ >> Tin tức sự kiện >> Tin địa phương",
 "Đồng chí Giàng Seo Phử (giữa) tặng hoa chúc mừng các chức danh vừa được bầu.", "Sín Chải", "Nghị quyết Đại hội Đảng bộ xã"],
["Ngày đăng 05/07/2016 | 10:20", "nhiệm kỳ 2016 - 2021", "kỳ họp thứ nhất", "khóa XIX", "6 tháng cuối năm 2016", "kỳ họp thứ hai"]))
