from lib import *
PAGES = []

PAGES.append(page("b5909-bacninh-bdv-tongket-ngungviec-2011", """
BAN DÂN VẬN TỈNH ỦY BẮC NINH
Trang chủ » Tin tức » Dân vận trong doanh nghiệp
Thứ Hai, 26/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Bắc Ninh: Giảm mạnh số vụ ngừng việc tập thể trong các khu công nghiệp
Ngày 23/12/2011, Ban Dân vận Tỉnh ủy Bắc Ninh tổ chức hội nghị tổng kết công tác dân vận năm 2011, trong đó có nội dung vận động công nhân và phòng ngừa tranh chấp lao động tại các khu công nghiệp. Đồng chí Nguyễn Thị Hảo, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; tham dự có 65 đồng chí là lãnh đạo ban dân vận các huyện ủy, thị ủy, thành ủy và chủ tịch công đoàn cơ sở.
Báo cáo do đồng chí Đỗ Văn Khiêm, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, năm 2011 trên địa bàn tỉnh xảy ra 14 cuộc ngừng việc tập thể với khoảng 6.200 người lao động tham gia, giảm 9 cuộc so với năm 2010. Nguyên nhân chủ yếu do doanh nghiệp chậm điều chỉnh tiền lương tối thiểu, bữa ăn ca chỉ khoảng 8.000 đồng/suất, chế độ làm thêm giờ chưa đúng quy định. Tất cả 14 cuộc đã được các cơ quan chức năng phối hợp với công đoàn đối thoại, giải quyết trong vòng 3 ngày.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong doanh nghiệp ngoài nhà nước và về xây dựng quan hệ lao động hài hòa; phối hợp với Liên đoàn Lao động tỉnh triển khai kế hoạch số 37-KH/BDVTU về nắm tình hình tư tưởng công nhân. Toàn tỉnh thành lập mới 48 công đoàn cơ sở, kết nạp 9.350 đoàn viên mới; 73,5% doanh nghiệp có từ 10 lao động trở lên đã ký thỏa ước lao động tập thể.
Tại hội nghị, ông Ngô Quang Vinh, HUV, Trưởng Ban Dân vận Huyện ủy Yên Phong, cho biết huyện đã lập 6 tổ dân vận ở các khu nhà trọ công nhân; bà Trần Thị Nhung, Chủ tịch Công đoàn Khu công nghiệp Quế Võ, đề nghị sửa đổi cơ chế để cán bộ công đoàn cơ sở được bảo vệ khi đại diện người lao động thương lượng. Đại diện Đảng ủy xã Tam Sơn chia sẻ cách vận động chủ nhà trọ phối hợp giữ an ninh trật tự.
Các đại biểu cũng thống nhất kiến nghị UBND tỉnh thực hiện nghiêm Nghị định số 70/2011/NĐ-CP ngày 22/8/2011 của Chính phủ về mức lương tối thiểu vùng; đề nghị doanh nghiệp nâng mức ăn ca lên tối thiểu 12.000 đồng/suất.
Phát biểu kết luận, đồng chí Nguyễn Thị Hảo yêu cầu năm 2012 các cấp ủy tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; chú trọng đối thoại định kỳ tại doanh nghiệp, không để xảy ra ngừng việc kéo dài. Dịp này, Ban tặng giấy khen cho 11 tập thể và 17 cá nhân có thành tích trong phong trào "Dân vận khéo".
Minh Hương
Lượt xem: 1.204
Tin liên quan
- Yên Phong: đối thoại với công nhân Khu công nghiệp Yên Phong (12/12/2011)
- Liên đoàn Lao động tỉnh tổng kết phong trào thi đua (05/12/2011)
- Thành lập 20 công đoàn cơ sở mới trong quý IV (28/11/2011)
- Tăng cường nắm tình hình công nhân lao động dịp cuối năm (15/11/2011)
""", "2011-12-26", "Bắc Ninh: Giảm mạnh số vụ ngừng việc tập thể trong các khu công nghiệp",
E("tong_ket", "2011", "2011-12-23"),
[P("Nguyễn Thị Hảo", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Văn Khiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Quang Vinh", "HUV", "Trưởng Ban Dân vận Huyện ủy Yên Phong"),
 P("Trần Thị Nhung", "Chủ tịch Công đoàn Khu công nghiệp Quế Võ")],
[Q("65 đồng chí", 65, "đồng chí"), Q("14 cuộc ngừng việc tập thể", 14, "cuộc ngừng việc tập thể"),
 Q("khoảng 6.200 người lao động", 6200, "người lao động", "approx"), Q("9 cuộc", 9, "cuộc"),
 Q("khoảng 8.000 đồng", 8000, "đồng", "approx"), Q("48 công đoàn cơ sở", 48, "công đoàn cơ sở"),
 Q("9.350 đoàn viên mới", 9350, "đoàn viên mới"), Q("73,5%", 73.5, "%"),
 Q("từ 10 lao động trở lên", 10, "lao động", "over"), Q("6 tổ dân vận", 6, "tổ dân vận"),
 Q("tối thiểu 12.000 đồng", 12000, "đồng"), Q("11 tập thể", 11, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Kế hoạch", "37", "KH/BDVTU", None, None, "kế hoạch số 37-KH/BDVTU"),
 D("Nghị định", "70", "2011/NĐ-CP", "2011-08-22", "Chính phủ", "Nghị định số 70/2011/NĐ-CP ngày 22/8/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Bắc Ninh"), com("Tam Sơn")],
["BAN DÂN VẬN TỈNH ỦY BẮC NINH", "Trang chủ » Tin tức » Dân vận trong doanh nghiệp", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Dân vận khéo", "Lượt xem: 1.204", "Khu công nghiệp Quế Võ"],
["Thứ Hai, 26/12/2011 - 09:30", "65 đồng chí", "năm 2011", "năm 2010", "năm 2012", "3 ngày", "Lượt xem: 1.204"]))

PAGES.append(page("b5910-binhduong-phuong-giaoban-q2-2012", """
Cổng thông tin điện tử phường Tân Định
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận, đoàn thể
Cập nhật: 15:40, 06/07/2012 (GMT+7)
Đồng chí Lê Văn Hùng phát biểu chỉ đạo tại buổi giao ban.
Khối dân vận phường chủ động nắm tình hình công nhân nhà trọ
Chiều 4/7, Đảng ủy phường Tân Định tổ chức giao ban khối dân vận quý II năm 2012, đánh giá tình hình công nhân lao động tại các khu nhà trọ và việc phối hợp giải quyết các vụ ngừng việc trên địa bàn. Đồng chí Lê Văn Hùng, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận phường chủ trì.
Theo báo cáo của Ủy ban MTTQ phường, trong quý II, trên địa bàn có 212 khu nhà trọ với hơn 8.400 người lao động ngoại tỉnh tạm trú. Tại Công ty TNHH giày Phúc An xảy ra 1 vụ ngừng việc tập thể ngày 18/5 với khoảng 1.300 công nhân, do công ty chậm trả lương tháng 4; sau 2 ngày đối thoại, công ty cam kết trả đủ lương và thưởng chuyên cần 150.000 đồng/người, công nhân trở lại làm việc.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ phường: Nguyễn Thị Lan, Huỳnh Văn Tám đã cùng công đoàn cơ sở đến từng khu trọ vận động công nhân không kích động, không tụ tập trước cổng công ty. Bà Trương Thị Kim Chi, Chủ tịch Hội Liên hiệp Phụ nữ phường, cho biết hội đã thành lập 3 chi hội phụ nữ nhà trọ, kết nạp 145 hội viên mới.
Thực hiện kế hoạch số 12-KH/ĐU của Đảng ủy phường về công tác dân vận trong doanh nghiệp, các đoàn thể đã phối hợp với 27 chủ nhà trọ ký cam kết giữ gìn an ninh trật tự; Đoàn phường tổ chức 4 buổi sinh hoạt văn nghệ cho thanh niên công nhân. Công an phường nắm bắt kịp thời 2 trường hợp lợi dụng ngừng việc để kích động, đã mời làm việc, giáo dục.
Ông Phan Thanh Sơn, Chủ tịch Công đoàn cơ sở Công ty TNHH giày Phúc An, đề nghị công ty tổ chức đối thoại định kỳ mỗi quý theo quy chế dân chủ ở cơ sở tại nơi làm việc; đồng thời đề nghị Đảng ủy quan tâm phát triển đảng viên trong công nhân.
Bà Võ Thị Mỹ Dung, Phó Chủ tịch Liên đoàn Lao động tỉnh Bình Dương, thông tin: 6 tháng đầu năm toàn tỉnh xảy ra 38 cuộc ngừng việc tập thể, chủ yếu ở doanh nghiệp có vốn đầu tư nước ngoài ngành giày da, may mặc; 92% số cuộc được giải quyết trong ngày. Bà đề nghị khối dân vận phường phối hợp tuyên truyền Bộ luật Lao động cho công nhân mới vào làm, nhất là lao động trẻ dưới 25 tuổi.
Kết luận buổi giao ban, đồng chí Lê Văn Hùng đề nghị các đoàn thể tiếp tục thực hiện Chỉ thị số 07-CT/ĐU của Ban Thường vụ Đảng ủy phường, bám khu trọ, kịp thời báo cáo những vụ việc phức tạp; phấn đấu 6 tháng cuối năm không để xảy ra ngừng việc tập thể kéo dài trên 1 ngày.
Ban Tuyên giáo phường
Tin khác
- Phường Tân Định ra mắt chi hội phụ nữ nhà trọ (20/6/2012)
- Trao 50 suất học bổng cho con công nhân (01/6/2012)
- Hội nghị đại biểu nhân dân phường năm 2012 (15/5/2012)
""", "2012-07-06", "Khối dân vận phường chủ động nắm tình hình công nhân nhà trọ",
E("giao_ban", "2012-Q2", "2012-07-04"),
[P("Lê Văn Hùng", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận phường"),
 P("Nguyễn Thị Lan", "Phó Chủ tịch Ủy ban MTTQ phường"),
 P("Huỳnh Văn Tám", "Phó Chủ tịch Ủy ban MTTQ phường"),
 P("Trương Thị Kim Chi", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Phan Thanh Sơn", "Chủ tịch Công đoàn cơ sở Công ty TNHH giày Phúc An"),
 P("Võ Thị Mỹ Dung", "Phó Chủ tịch Liên đoàn Lao động tỉnh Bình Dương")],
[Q("212 khu nhà trọ", 212, "khu nhà trọ"), Q("hơn 8.400 người lao động ngoại tỉnh", 8400, "người lao động ngoại tỉnh", "over"),
 Q("1 vụ ngừng việc tập thể", 1, "vụ ngừng việc tập thể"), Q("khoảng 1.300 công nhân", 1300, "công nhân", "approx"),
 Q("150.000 đồng", 150000, "đồng"), Q("3 chi hội phụ nữ nhà trọ", 3, "chi hội phụ nữ nhà trọ"),
 Q("145 hội viên mới", 145, "hội viên mới"), Q("27 chủ nhà trọ", 27, "chủ nhà trọ"),
 Q("4 buổi sinh hoạt văn nghệ", 4, "buổi sinh hoạt văn nghệ"), Q("2 trường hợp", 2, "trường hợp"),
 Q("38 cuộc ngừng việc tập thể", 38, "cuộc ngừng việc tập thể"), Q("92%", 92, "%")],
[D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy phường", "kế hoạch số 12-KH/ĐU"),
 D("Chỉ thị", "07", "CT/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Chỉ thị số 07-CT/ĐU")],
[prov("Bình Dương"), com("Tân Định")],
["Cổng thông tin điện tử phường Tân Định", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận, đoàn thể",
 "Đồng chí Lê Văn Hùng phát biểu chỉ đạo tại buổi giao ban.", "Công ty TNHH giày Phúc An", "Ban Tuyên giáo phường"],
["Cập nhật: 15:40, 06/07/2012 (GMT+7)", "quý II năm 2012", "tháng 4", "2 ngày", "6 tháng cuối năm", "1 ngày", "mỗi quý", "6 tháng đầu năm", "25 tuổi"]))

PAGES.append(page("b5911-dongnai-huyen-doithoai-2013", """
Báo Đồng Nai điện tử
Thời sự | Chính trị | Công đoàn
08:15 | 14/05/2013
Toàn cảnh buổi đối thoại. Ảnh: Hải Quân
Nhơn Trạch: Lãnh đạo huyện đối thoại với hơn 300 công nhân sau vụ ngừng việc
(ĐN) - Sáng 13/5, Huyện ủy, UBND huyện Nhơn Trạch phối hợp với Liên đoàn Lao động tỉnh tổ chức buổi đối thoại với người lao động các doanh nghiệp trong Khu công nghiệp Nhơn Trạch 3. Đây là buổi đối thoại định kỳ năm 2013, được tổ chức sớm sau vụ ngừng việc của hơn 300 công nhân Công ty TNHH dệt Hoàng Long ngày 6/5.
Chủ trì buổi đối thoại có các đồng chí: Trịnh Văn Lực, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Nhơn Trạch; Bùi Thị Thanh Xuân, HUV, Trưởng Ban Dân vận Huyện ủy; Đặng Quốc Tuấn, Phó Chủ tịch Liên đoàn Lao động tỉnh Đồng Nai.
Theo báo cáo, vụ ngừng việc kéo dài 2 ngày, nguyên nhân là công ty cắt khoản trợ cấp xăng xe 200.000 đồng/tháng và tăng định mức sản phẩm thêm 15%. Ban Dân vận Huyện ủy đã chủ trì cùng Phòng Lao động - Thương binh và Xã hội, công đoàn và UBND xã Phước Thiền vận động công nhân trở lại làm việc, đồng thời yêu cầu công ty khôi phục trợ cấp. Đến nay công ty đã chi bổ sung hơn 540 triệu đồng cho 1.146 lao động.
Tại buổi đối thoại, công nhân nêu 23 ý kiến, tập trung vào tiền lương, nhà trọ, trường mầm non cho con công nhân và tuyến xe buýt đến khu công nghiệp. Chị Lò Thị Xuân (dân tộc Thái) đề nghị doanh nghiệp bố trí phòng vắt sữa cho lao động nữ. Anh Hoàng Văn Pao, người Tày, phản ánh việc một số tổ trưởng người nước ngoài có thái độ thiếu tôn trọng công nhân.
Đồng chí Trịnh Văn Lực đã trả lời trực tiếp 18 ý kiến, số còn lại giao các phòng chuyên môn trả lời bằng văn bản trong 15 ngày. Đồng chí yêu cầu các doanh nghiệp thực hiện nghiêm Nghị định số 46/2013/NĐ-CP ngày 10/5/2013 của Chính phủ quy định chi tiết Bộ luật Lao động về tranh chấp lao động, và Kế hoạch số 52-KH/HU ngày 2/4/2013 của Ban Thường vụ Huyện ủy về đối thoại, hòa giải tại nơi làm việc.
Đồng chí Bùi Thị Thanh Xuân cho biết, năm 2013 huyện phấn đấu 100% doanh nghiệp có tổ chức công đoàn tổ chức đối thoại ít nhất 1 lần mỗi quý; Ban Dân vận Huyện ủy sẽ lập 5 tổ hòa giải lao động cơ sở tại các xã có khu công nghiệp.
Cũng tại buổi đối thoại, Liên đoàn Lao động tỉnh trao 40 suất quà, mỗi suất 500.000 đồng, cho công nhân có hoàn cảnh khó khăn của Công ty TNHH dệt Hoàng Long.
Hải Quân
Tin cùng chuyên mục
- Long Thành: hòa giải thành công 7 vụ tranh chấp lao động (08/05/2013)
- Ra mắt tổ hòa giải lao động ở Khu công nghiệp Amata (25/04/2013)
- Công nhân Đồng Nai hưởng ứng Tháng Công nhân (20/04/2013)
""", "2013-05-14", "Nhơn Trạch: Lãnh đạo huyện đối thoại với hơn 300 công nhân sau vụ ngừng việc",
E("doi_thoai", "2013", "2013-05-13"),
[P("Trịnh Văn Lực", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Nhơn Trạch"),
 P("Bùi Thị Thanh Xuân", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đặng Quốc Tuấn", "Phó Chủ tịch Liên đoàn Lao động tỉnh Đồng Nai"),
 P("Lò Thị Xuân"),
 P("Hoàng Văn Pao")],
[Q("hơn 300 công nhân", 300, "công nhân", "over"), Q("200.000 đồng", 200000, "đồng"), Q("15%", 15, "%"),
 Q("hơn 540 triệu đồng", 540000000, "đồng", "over"), Q("1.146 lao động", 1146, "lao động"),
 Q("23 ý kiến", 23, "ý kiến"), Q("18 ý kiến", 18, "ý kiến"), Q("100%", 100, "%"),
 Q("5 tổ hòa giải lao động cơ sở", 5, "tổ hòa giải lao động cơ sở"), Q("40 suất quà", 40, "suất quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị định", "46", "2013/NĐ-CP", "2013-05-10", "Chính phủ", "Nghị định số 46/2013/NĐ-CP ngày 10/5/2013"),
 D("Kế hoạch", "52", "KH/HU", "2013-04-02", "Ban Thường vụ Huyện ủy", "Kế hoạch số 52-KH/HU ngày 2/4/2013")],
[prov("Đồng Nai"), com("Phước Thiền")],
["Báo Đồng Nai điện tử", "Thời sự | Chính trị | Công đoàn", "Toàn cảnh buổi đối thoại. Ảnh: Hải Quân", "(ĐN)",
 "Khu công nghiệp Nhơn Trạch 3", "Công ty TNHH dệt Hoàng Long", "Bộ luật Lao động", "Tháng Công nhân"],
["08:15 | 14/05/2013", "năm 2013", "2 ngày", "15 ngày", "1 lần", "mỗi quý"]))

PAGES.append(page("b5912-haiduong-bdv-hoinghi-fdi-2014", """
BÁO HẢI DƯƠNG ĐIỆN TỬ
Trang chủ > Chính trị > Dân vận
19-09-2014 10:40
Hội nghị bàn giải pháp xây dựng quan hệ lao động hài hòa trong doanh nghiệp FDI
Ngày 18/9, Ban Dân vận Tỉnh ủy Hải Dương phối hợp với Liên đoàn Lao động tỉnh tổ chức hội nghị chuyên đề công tác dân vận trong doanh nghiệp có vốn đầu tư nước ngoài năm 2014. Dự hội nghị có 150 đại biểu là lãnh đạo các sở, ngành, ban dân vận các huyện, thị, thành ủy, đại diện 46 doanh nghiệp FDI.
Đồng chí Phạm Quang Thiều chủ trì hội nghị.
Đồng chí Phạm Quang Thiều, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vũ Thị Thoa, Nguyễn Đức Khoát.
Báo cáo tham luận của Liên đoàn Lao động tỉnh nêu rõ, từ đầu năm đến nay tỉnh xảy ra 11 vụ đình công, ngừng việc tập thể, trong đó 7 vụ ở doanh nghiệp Hàn Quốc, Đài Loan; đặc biệt tháng 5/2014 có 4 vụ tụ tập đông người liên quan biểu tình trái phép tại một số khu công nghiệp. Nhờ làm tốt công tác nắm tình hình và vận động, các lực lượng đã ổn định trật tự trong 48 giờ, không có thiệt hại về người.
Toàn tỉnh có 312 doanh nghiệp FDI với trên 96.000 lao động, song mới có 198 công đoàn cơ sở và 41 tổ chức cơ sở đảng. Thực hiện Chỉ thị 37-CT/TW ngày 3/9/2014 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp, Ban Dân vận Tỉnh ủy đã dự thảo kế hoạch thực hiện trình Ban Thường vụ Tỉnh ủy.
Ông Kim Sung-ho, Tổng Giám đốc một công ty điện tử tại Khu công nghiệp Đại An, cho biết công ty đã tăng lương bình quân 9,5% và tổ chức 2 buổi đối thoại với công nhân mỗi năm. Bà Nguyễn Thị Huệ, Chủ tịch Công đoàn các Khu công nghiệp tỉnh, đề nghị các ngành có cơ chế cho cán bộ công đoàn chuyên trách được tham gia hòa giải ngay từ khi phát sinh tranh chấp.
Ông Lê Văn Bình, Bí thư Đảng ủy xã Cẩm Điền, huyện Cẩm Giàng, phản ánh tình trạng thiếu nhà trọ đạt chuẩn cho khoảng 3.500 công nhân từ nơi khác đến.
Kết luận hội nghị, đồng chí Phạm Quang Thiều yêu cầu thực hiện tốt Quyết định số 290-QĐ/TW của Bộ Chính trị và Nghị quyết 20-NQ/TW ngày 28/1/2008 của Ban Chấp hành Trung ương về xây dựng giai cấp công nhân; cấp ủy các địa phương có khu công nghiệp phải nắm chắc tình hình tư tưởng công nhân, xử lý kịp thời từ cơ sở, phấn đấu đến năm 2015 thành lập thêm ít nhất 20 tổ chức đảng trong doanh nghiệp FDI.
Minh Nguyệt
Tin liên quan
- Tổng kết 5 năm thực hiện Nghị quyết 20-NQ/TW (25/08/2014)
- Ổn định sản xuất tại các khu công nghiệp sau sự việc tháng 5 (30/05/2014)
- Tặng 200 suất quà cho công nhân nghèo (15/01/2014)
""", "2014-09-19", "Hội nghị bàn giải pháp xây dựng quan hệ lao động hài hòa trong doanh nghiệp FDI",
E("hoi_nghi", "2014", "2014-09-18"),
[P("Phạm Quang Thiều", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Thị Thoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Khoát", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Sung-ho", "Tổng Giám đốc một công ty điện tử tại Khu công nghiệp Đại An"),
 P("Nguyễn Thị Huệ", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("Lê Văn Bình", "Bí thư Đảng ủy xã Cẩm Điền")],
[Q("150 đại biểu", 150, "đại biểu"), Q("46 doanh nghiệp FDI", 46, "doanh nghiệp FDI"),
 Q("11 vụ đình công, ngừng việc tập thể", 11, "vụ đình công, ngừng việc tập thể"),
 Q("7 vụ", 7, "vụ"), Q("4 vụ tụ tập đông người", 4, "vụ tụ tập đông người"),
 Q("312 doanh nghiệp FDI", 312, "doanh nghiệp FDI"), Q("trên 96.000 lao động", 96000, "lao động", "over"),
 Q("198 công đoàn cơ sở", 198, "công đoàn cơ sở"), Q("41 tổ chức cơ sở đảng", 41, "tổ chức cơ sở đảng"),
 Q("9,5%", 9.5, "%"), Q("2 buổi đối thoại", 2, "buổi đối thoại"),
 Q("khoảng 3.500 công nhân", 3500, "công nhân", "approx"),
 Q("ít nhất 20 tổ chức đảng", 20, "tổ chức đảng", "over")],
[D("Chỉ thị", "37", "CT/TW", "2014-09-03", "Ban Bí thư", "Chỉ thị 37-CT/TW ngày 3/9/2014"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "Ban Chấp hành Trung ương", "Nghị quyết 20-NQ/TW ngày 28/1/2008")],
[prov("Hải Dương"), com("Cẩm Điền")],
["BÁO HẢI DƯƠNG ĐIỆN TỬ", "Trang chủ > Chính trị > Dân vận", "Đồng chí Phạm Quang Thiều chủ trì hội nghị.",
 "Khu công nghiệp Đại An"],
["19-09-2014 10:40", "năm 2014", "tháng 5/2014", "48 giờ", "mỗi năm", "năm 2015"]))

PAGES.append(page("b5913-thanhhoa-mttq-giamsat-2015", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa
Vị trí: Trang chủ :: Hoạt động giám sát và phản biện xã hội
Ngày đăng 11/11/2015 | 14:20
Ảnh: Đoàn giám sát làm việc tại doanh nghiệp.
Giám sát việc thực hiện chính sách đối với người lao động tại các doanh nghiệp may mặc, da giày
Trong đợt giám sát chuyên đề năm 2015, từ ngày 2 đến 6/11/2015, đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do đồng chí Lương Văn Thịnh, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách tiền lương, bảo hiểm xã hội và đối thoại tại nơi làm việc ở 8 doanh nghiệp trên địa bàn các huyện Hà Trung, Hoằng Hóa, Thiệu Hóa.
Cuộc giám sát thực hiện theo Kế hoạch số 118/KH-MTTQ-BTT ngày 15/10/2015 của Ban Thường trực Ủy ban MTTQ tỉnh, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội. Thành viên đoàn có các đồng chí: Hà Văn Khoa, Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh; Lê Thị Hằng, Phó Chủ tịch Liên đoàn Lao động tỉnh; Cầm Bá Tường, Phó Giám đốc Sở Lao động - Thương binh và Xã hội.
Qua giám sát, 8 doanh nghiệp đang sử dụng gần 21.000 lao động, trong đó lao động nữ chiếm 86%. Thu nhập bình quân đạt 4,1 triệu đồng/người/tháng. Tuy nhiên, 3 doanh nghiệp còn nợ bảo hiểm xã hội với tổng số trên 7,6 tỷ đồng; 2 doanh nghiệp chưa tổ chức đối thoại định kỳ theo Nghị định số 60/2013/NĐ-CP của Chính phủ. Trong năm 2015, tại các doanh nghiệp này đã xảy ra 5 cuộc ngừng việc tập thể với khoảng 4.700 lượt người lao động tham gia, đều liên quan đến nợ bảo hiểm và tăng ca.
Tại buổi làm việc với Công ty TNHH giày Sơn Hà, anh Vi Văn Thuận, tổ trưởng tổ may, cho biết có tháng công nhân phải làm thêm tới 70 giờ. Ông Đỗ Hữu Phước, Chủ tịch Công đoàn cơ sở công ty, thừa nhận công đoàn chưa đủ sức thương lượng.
Đoàn giám sát kiến nghị UBND tỉnh chỉ đạo thanh tra 3 doanh nghiệp nợ bảo hiểm; đề nghị các doanh nghiệp trả dứt điểm nợ trước ngày 31/12/2015, tổ chức đối thoại ít nhất 3 tháng/lần; đề nghị Liên đoàn Lao động tỉnh tập huấn kỹ năng thương lượng cho 120 cán bộ công đoàn cơ sở. Ủy ban MTTQ các xã Hà Lĩnh, Hoằng Phụ được giao theo dõi việc tiếp thu kiến nghị.
Phát biểu kết thúc đợt giám sát, đồng chí Lương Văn Thịnh nhấn mạnh việc giám sát phải gắn với vận động doanh nghiệp thực hiện đúng pháp luật, góp phần phòng ngừa ngừng việc, đình công tự phát.
Trịnh Mai
Các tin khác
- Ra mắt tổ công tác giám sát của Mặt trận tại khu kinh tế Nghi Sơn (30/10/2015)
- Hội nghị phản biện dự thảo quy hoạch khu công nghiệp (20/10/2015)
- Trao 300 suất quà cho hộ nghèo huyện Mường Lát (02/10/2015)
""", "2015-11-11", "Giám sát việc thực hiện chính sách đối với người lao động tại các doanh nghiệp may mặc, da giày",
E("giam_sat", "2015", "2015-11-02"),
[P("Lương Văn Thịnh", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Khoa", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Lê Thị Hằng", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Cầm Bá Tường", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Vi Văn Thuận", "tổ trưởng tổ may"),
 P("Đỗ Hữu Phước", "Chủ tịch Công đoàn cơ sở công ty")],
[Q("8 doanh nghiệp", 8, "doanh nghiệp"), Q("gần 21.000 lao động", 21000, "lao động", "approx"), Q("86%", 86, "%"),
 Q("4,1 triệu đồng", 4100000, "đồng"), Q("3 doanh nghiệp", 3, "doanh nghiệp"),
 Q("trên 7,6 tỷ đồng", 7600000000, "đồng", "over"), Q("2 doanh nghiệp", 2, "doanh nghiệp"),
 Q("5 cuộc ngừng việc tập thể", 5, "cuộc ngừng việc tập thể"), Q("khoảng 4.700 lượt người lao động", 4700, "lượt người lao động", "approx"),
 Q("120 cán bộ công đoàn cơ sở", 120, "cán bộ công đoàn cơ sở")],
[D("Kế hoạch", "118", "KH-MTTQ-BTT", "2015-10-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 118/KH-MTTQ-BTT ngày 15/10/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị định", "60", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 60/2013/NĐ-CP")],
[prov("Thanh Hóa"), com("Hà Lĩnh"), com("Hoằng Phụ")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa", "Vị trí: Trang chủ :: Hoạt động giám sát và phản biện xã hội",
 "Ảnh: Đoàn giám sát làm việc tại doanh nghiệp.", "Công ty TNHH giày Sơn Hà"],
["Ngày đăng 11/11/2015 | 14:20", "năm 2015", "70 giờ", "3 tháng/lần"]))

PAGES.append(page("b5914-longan-ldld-taphuan-hoagiai-2016", """
Báo Long An Online
Chính trị - Xã hội › Lao động - Việc làm
22/04/2016 - 16:05
Tập huấn kỹ năng hòa giải tranh chấp lao động cho 180 cán bộ công đoàn cơ sở
Ngày 21/4, Liên đoàn Lao động tỉnh Long An phối hợp với Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn kỹ năng hòa giải tranh chấp lao động và phòng ngừa ngừng việc tập thể năm 2016 cho 180 cán bộ công đoàn cơ sở, hòa giải viên lao động ở các huyện Đức Hòa, Bến Lức, Cần Giuộc.
Giảng viên hướng dẫn kỹ năng thương lượng tại lớp tập huấn. Ảnh: Thanh Hà
Phát biểu khai mạc, bà Nguyễn Thị Mỹ Lệ, Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh, cho biết năm 2015 toàn tỉnh xảy ra 17 cuộc ngừng việc tập thể, tăng 6 cuộc so với năm trước; có cuộc kéo dài 4 ngày với trên 2.000 công nhân. Phần lớn các cuộc ngừng việc không đúng trình tự pháp luật, công đoàn cơ sở bị động.
Tại lớp học, TS. Phan Văn Định, giảng viên Trường Đại học Công đoàn, và ThS. Lê Ngọc Trâm, Phó Trưởng phòng Quan hệ lao động Sở Lao động - Thương binh và Xã hội, giới thiệu quy trình hòa giải theo Bộ luật Lao động năm 2012, Nghị định số 46/2013/NĐ-CP và Thông tư số 08/2013/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội; hướng dẫn 6 tình huống mô phỏng thương lượng tập thể về tiền lương, ăn ca, nghỉ phép.
Học viên Lý Thị Sa Ra, Chủ tịch Công đoàn cơ sở Công ty TNHH may Tân Lập, người Khmer, chia sẻ công ty đã giải quyết 3 vụ việc bất bình của công nhân ngay tại tổ sản xuất nhờ tổ hòa giải có 5 thành viên hoạt động thường xuyên. Ông Võ Văn Mười, Chủ tịch Ủy ban MTTQ xã Đức Hòa Hạ, đề nghị Mặt trận cấp xã được mời tham gia hòa giải khi công nhân là người địa phương.
Bà Nguyễn Thị Mỹ Lệ cho biết, thực hiện Kế hoạch 24/KH-LĐLĐ ngày 10/3/2016 của Ban Thường vụ Liên đoàn Lao động tỉnh và Chương trình hành động số 09-CTr/TU của Tỉnh ủy, năm 2016 Liên đoàn Lao động tỉnh sẽ mở 4 lớp tập huấn, chi khoảng 260 triệu đồng; mỗi học viên được hỗ trợ 100.000 đồng/ngày tiền ăn. Mục tiêu đến cuối năm có trên 85% doanh nghiệp có tổ chức công đoàn thành lập tổ hòa giải.
Bế mạc lớp tập huấn, ông Trần Hữu Tín, Phó Trưởng Ban Dân vận Tỉnh ủy Long An, đề nghị học viên phát huy vai trò "cầu nối" giữa người lao động và người sử dụng lao động, kịp thời báo cáo cấp ủy khi có dấu hiệu tụ tập, không để kẻ xấu lợi dụng. Các học viên đều được cấp giấy chứng nhận.
Thanh Hà
TIN CÙNG CHUYÊN MỤC
- Đức Hòa: ra mắt 12 tổ hòa giải tại doanh nghiệp (15/04/2016)
- Bến Lức: đối thoại với công nhân Khu công nghiệp Thuận Đạo (02/04/2016)
- Liên đoàn Lao động tỉnh trao 1.500 phần quà Tết cho công nhân (28/01/2016)
""", "2016-04-22", "Tập huấn kỹ năng hòa giải tranh chấp lao động cho 180 cán bộ công đoàn cơ sở",
E("tap_huan", "2016", "2016-04-21"),
[P("Nguyễn Thị Mỹ Lệ", "Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh"),
 P("Phan Văn Định", "TS.", "giảng viên Trường Đại học Công đoàn"),
 P("Lê Ngọc Trâm", "ThS.", "Phó Trưởng phòng Quan hệ lao động Sở Lao động - Thương binh và Xã hội"),
 P("Lý Thị Sa Ra", "Chủ tịch Công đoàn cơ sở Công ty TNHH may Tân Lập"),
 P("Võ Văn Mười", "Chủ tịch Ủy ban MTTQ xã Đức Hòa Hạ"),
 P("Trần Hữu Tín", "Phó Trưởng Ban Dân vận Tỉnh ủy Long An")],
[Q("180 cán bộ công đoàn cơ sở", 180, "cán bộ công đoàn cơ sở"),
 Q("17 cuộc ngừng việc tập thể", 17, "cuộc ngừng việc tập thể"), Q("6 cuộc", 6, "cuộc"),
 Q("trên 2.000 công nhân", 2000, "công nhân", "over"), Q("6 tình huống mô phỏng", 6, "tình huống mô phỏng"),
 Q("3 vụ việc bất bình", 3, "vụ việc bất bình"), Q("5 thành viên", 5, "thành viên"),
 Q("4 lớp tập huấn", 4, "lớp tập huấn"), Q("khoảng 260 triệu đồng", 260000000, "đồng", "approx"),
 Q("100.000 đồng", 100000, "đồng"), Q("trên 85%", 85, "%", "over")],
[D("Nghị định", "46", "2013/NĐ-CP", None, None, "Nghị định số 46/2013/NĐ-CP"),
 D("Thông tư", "08", "2013/TT-BLĐTBXH", None, "Bộ Lao động - Thương binh và Xã hội", "Thông tư số 08/2013/TT-BLĐTBXH"),
 D("Kế hoạch", "24", "KH-LĐLĐ", "2016-03-10", "Ban Thường vụ Liên đoàn Lao động tỉnh", "Kế hoạch 24/KH-LĐLĐ ngày 10/3/2016"),
 D("Chương trình hành động", "09", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU")],
[prov("Long An"), com("Đức Hòa Hạ")],
["Báo Long An Online", "Chính trị - Xã hội › Lao động - Việc làm",
 "Giảng viên hướng dẫn kỹ năng thương lượng tại lớp tập huấn. Ảnh: Thanh Hà", "Bộ luật Lao động năm 2012",
 "Công ty TNHH may Tân Lập", "Trường Đại học Công đoàn", "cầu nối"],
["22/04/2016 - 16:05", "năm 2016", "năm 2015", "4 ngày", "năm 2012"]))
