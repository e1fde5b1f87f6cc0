from lib import *
PAGES = []

PAGES.append(page("b6299-lamdong-mttq-giamsat-2017", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị - Xã hội > Mặt trận
Thứ Năm, 16/11/2017, 16:40
Giám sát việc thực hiện hương ước, quy ước gắn với bảo vệ rừng tại Lạc Dương
(LĐ online) - Ngày 14/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do đồng chí Liêng Hót Ha Thanh, Phó Chủ tịch - Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện hương ước, quy ước gắn với quản lý, bảo vệ rừng năm 2017 tại huyện Lạc Dương và các xã Đạ Chais, Đưng K'Nớ.
Đoàn giám sát làm việc tại xã Đưng K'Nớ.
Cùng đi có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Trần Thị Kim Thoa, Ka Thị Nhung và đại diện Chi cục Kiểm lâm, Sở Tư pháp. Tiếp đoàn có đồng chí Bon Niêng Ha Krin, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Lạc Dương và đồng chí Cil K'Brơi, Phó Chủ tịch UBND huyện Lạc Dương.
Báo cáo với đoàn, đồng chí Bon Niêng Ha Krin cho biết huyện có 115.000 ha rừng, độ che phủ trên 86%; 100% thôn, tổ dân phố đã có hương ước, quy ước được UBND huyện công nhận; riêng năm 2017 có 1.462 hộ đồng bào K'Ho, Chil nhận khoán bảo vệ 62.300 ha rừng, tiền chi trả dịch vụ môi trường rừng đạt khoảng 38,5 tỷ đồng. Từ đầu mùa khô đến nay xảy ra 3 vụ cháy thảm cỏ dưới tán rừng thông, diện tích thiệt hại không đáng kể, nhưng vẫn còn 27 vụ phá rừng với 4,6 ha bị phát trái phép.
Qua giám sát, đoàn nhận thấy nội dung giữ rừng trong nhiều bản quy ước còn chung chung, chưa gắn với luật tục của đồng bào; việc xử lý người vi phạm cam kết chủ yếu là nhắc nhở. Bà Kră Jăn Ha Mai, người có uy tín thôn Đưng K'Si, xã Đưng K'Nớ, kiến nghị đưa mức phạt theo luật tục (nộp heo, gà, rượu cần) vào quy ước để người dân dễ nhớ, dễ làm. Ông Rơ Ông K'Rin, Trưởng thôn Đạ Nghịt, đề nghị tăng mức khoán để thanh niên gắn bó với tổ bảo vệ rừng.
Kết luận buổi giám sát, đồng chí Liêng Hót Ha Thanh đề nghị Ủy ban MTTQ huyện tiếp tục tham mưu cấp ủy thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng và Kế hoạch số 74-KH/TU của Tỉnh ủy Lâm Đồng thực hiện Chỉ thị này; phối hợp rà soát, sửa đổi quy ước ở 18 thôn còn thiếu điều khoản phòng cháy rừng; phát huy vai trò Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng ở các xã.
Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh để kiến nghị UBND tỉnh điều chỉnh mức hỗ trợ cho các hộ nhận khoán bảo vệ rừng từ năm 2018.
K'Linh
Tin liên quan
- Lâm Hà: Mặt trận vận động 800 hộ trồng cây phân tán (09/11/2017)
- Đam Rông: giám sát chi trả dịch vụ môi trường rừng (02/11/2017)
- Già làng Lâm Đồng góp ý dự thảo văn kiện Đại hội Mặt trận (25/10/2017)
""", "2017-11-16", "Giám sát việc thực hiện hương ước, quy ước gắn với bảo vệ rừng tại Lạc Dương",
E("giam_sat", "2017", "2017-11-14"),
[P("Liêng Hót Ha Thanh", "Phó Chủ tịch - Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Kim Thoa", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Thị Nhung", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bon Niêng Ha Krin", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Lạc Dương"),
 P("Cil K'Brơi", "Phó Chủ tịch UBND huyện Lạc Dương"),
 P("Kră Jăn Ha Mai", "người có uy tín thôn Đưng K'Si"),
 P("Rơ Ông K'Rin", "Trưởng thôn Đạ Nghịt")],
[Q("115.000 ha", 115000, "ha"), Q("trên 86%", 86, "%", "over"), Q("100%", 100, "%"),
 Q("1.462 hộ đồng bào K'Ho, Chil", 1462, "hộ đồng bào K'Ho, Chil"), Q("62.300 ha", 62300, "ha"),
 Q("khoảng 38,5 tỷ đồng", 38500000000, "đồng", "approx"), Q("3 vụ cháy thảm cỏ dưới tán rừng thông", 3, "vụ cháy thảm cỏ dưới tán rừng thông"),
 Q("27 vụ phá rừng", 27, "vụ phá rừng"), Q("4,6 ha", 4.6, "ha"), Q("18 thôn", 18, "thôn")],
[D("Chỉ thị", "13", "CT/TW", "2017-01-12", "Ban Bí thư", "Chỉ thị số 13-CT/TW ngày 12/01/2017"),
 D("Kế hoạch", "74", "KH/TU", None, "Tỉnh ủy Lâm Đồng", "Kế hoạch số 74-KH/TU")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Đưng K'Nớ")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị - Xã hội > Mặt trận", "(LĐ online)", "Đoàn giám sát làm việc tại xã Đưng K'Nớ.",
 "Ban Thanh tra nhân dân", "Ban Giám sát đầu tư của cộng đồng"],
["Thứ Năm, 16/11/2017, 16:40", "năm 2017", "năm 2018"]))

PAGES.append(page("b6300-hatinh-mttq-hoinghi-camket-2018", """
Báo Hà Tĩnh
Trang chủ | Chính trị | Mặt trận - Đoàn thể
21.03.2018 | 16:05
Hương Khê: 10 xã ký cam kết không để cháy rừng mùa khô
Sáng 20/3, Ủy ban MTTQ huyện Hương Khê (Hà Tĩnh) phối hợp với Hạt Kiểm lâm huyện tổ chức hội nghị triển khai công tác phòng cháy, chữa cháy rừng năm 2018 và ký kết giao ước thi đua giữ rừng giữa 10 xã có rừng.
Lãnh đạo các xã ký cam kết tại hội nghị.
Dự hội nghị có đồng chí Phan Đình Cường, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện; đồng chí Võ Thị Hằng, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng và PCCCR huyện; cùng 86 đại biểu là chủ tịch Ủy ban MTTQ, trưởng thôn của các xã.
Theo Hạt Kiểm lâm, huyện có 89.700 ha rừng, trong đó khoảng 30.000 ha rừng thông, keo, bạch đàn được xác định là vùng trọng điểm cháy. Năm 2017, huyện xảy ra 6 vụ cháy, làm thiệt hại 21,3 ha rừng trồng; nguyên nhân chủ yếu là đốt thực bì, đốt ong và vô ý khi đi rừng. Đồng chí Nguyễn Văn Đông, Hạt trưởng Hạt Kiểm lâm huyện Hương Khê cảnh báo mùa khô năm 2018 được dự báo nắng nóng gay gắt, nguy cơ cháy rừng ở cấp IV, cấp V có thể kéo dài từ tháng 4 đến tháng 8.
Tại hội nghị, đại diện Ủy ban MTTQ các xã Hương Trạch, Phúc Trạch, Hương Lâm cùng ký giao ước, cam kết vận động 100% hộ gia đình ven rừng ký cam kết, bổ sung điều khoản về đốt thực bì vào hương ước thôn, xóm trước ngày 15/4. Ông Trần Văn Hảo, Trưởng thôn Khe Giao, xã Phúc Trạch, chia sẻ: từ khi thôn đưa vào quy ước hộ nào gây cháy phải bồi thường và bị đưa ra kiểm điểm trước cuộc họp thôn, đã 3 năm liền thôn không có cháy rừng. Bà Hồ Thị Mến, Chủ tịch Ủy ban MTTQ xã Hương Lâm, đề nghị huyện hỗ trợ kinh phí cho lực lượng trực chốt.
Phát biểu chỉ đạo, đồng chí Phan Đình Cường yêu cầu Mặt trận các cấp cụ thể hóa Chương trình hành động số 27-CTr/HU của Ban Thường vụ Huyện ủy thực hiện Chỉ thị số 13-CT/TW của Ban Bí thư; thực hiện nghiêm Chỉ thị số 07/CT-UBND ngày 05/3/2018 của UBND tỉnh; lồng ghép nội dung giữ rừng trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Mỗi thôn có rừng phải thành lập ít nhất 1 tổ xung kích từ 10 người trở lên.
Kết thúc hội nghị, Ủy ban MTTQ huyện trao 10 bộ dụng cụ chữa cháy, mỗi bộ trị giá 3,5 triệu đồng, cho các xã trọng điểm. Các xã sẽ báo cáo kết quả ký cam kết về Ủy ban MTTQ huyện trước ngày 20/4.
Thu Phương
Tin khác
- Vũ Quang huy động 300 người diễn tập chữa cháy rừng (16/03/2018)
- Hà Tĩnh: 96% thôn, xóm hoàn thành sửa đổi hương ước (08/03/2018)
- Can Lộc tổng kết 5 năm mô hình khu dân cư tự quản (01/03/2018)
""", "2018-03-21", "Hương Khê: 10 xã ký cam kết không để cháy rừng mùa khô",
E("hoi_nghi", "2018", "2018-03-20"),
[P("Phan Đình Cường", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Võ Thị Hằng", "Phó Chủ tịch UBND huyện", "Trưởng Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng và PCCCR huyện"),
 P("Nguyễn Văn Đông", "Hạt trưởng Hạt Kiểm lâm huyện Hương Khê"),
 P("Trần Văn Hảo", "Trưởng thôn Khe Giao"),
 P("Hồ Thị Mến", "Chủ tịch Ủy ban MTTQ xã Hương Lâm")],
[Q("10 xã", 10, "xã"), Q("86 đại biểu", 86, "đại biểu"), Q("89.700 ha", 89700, "ha"), Q("khoảng 30.000 ha", 30000, "ha", "approx"),
 Q("6 vụ cháy", 6, "vụ cháy"), Q("21,3 ha", 21.3, "ha"), Q("100%", 100, "%"), Q("ít nhất 1 tổ xung kích", 1, "tổ xung kích", "over"),
 Q("từ 10 người trở lên", 10, "người", "over"), Q("10 bộ dụng cụ chữa cháy", 10, "bộ dụng cụ chữa cháy"),
 Q("3,5 triệu đồng", 3500000, "đồng")],
[D("Chương trình hành động", "27", "CTr/HU", None, "Ban Thường vụ Huyện ủy", "Chương trình hành động số 27-CTr/HU"),
 D("Chỉ thị", "13", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 13-CT/TW"),
 D("Chỉ thị", "07", "CT-UBND", "2018-03-05", "UBND tỉnh", "Chỉ thị số 07/CT-UBND ngày 05/3/2018")],
[prov("Hà Tĩnh"), com("Hương Trạch"), com("Phúc Trạch"), com("Hương Lâm")],
["Báo Hà Tĩnh", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "Lãnh đạo các xã ký cam kết tại hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["21.03.2018 | 16:05", "năm 2018", "Năm 2017", "cấp IV, cấp V", "3 năm"]))

PAGES.append(page("b6301-camau-bdv-baocao-2019", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Vị trí: Trang chủ >> Hoạt động >> Báo cáo - Tổng hợp
27/12/2019 17:20
Kết quả công tác dân vận tham gia giữ rừng tràm U Minh Hạ năm 2019
Ban Dân vận Tỉnh ủy Cà Mau vừa có báo cáo gửi Ban Dân vận Trung ương về kết quả công tác dân vận tham gia quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng năm 2019, sau mùa khô được đánh giá khắc nghiệt nhất trong 10 năm.
Rừng tràm U Minh Hạ. Ảnh: Hoàng Vũ
Theo báo cáo do đồng chí Lê Thị Diễm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy ký, năm 2019 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 24, 25-CT/TU về tăng cường lãnh đạo công tác phòng cháy rừng mùa khô và về vận động đồng bào Khmer vùng rừng tham gia giữ rừng; hướng dẫn Ban Dân vận các huyện U Minh, Trần Văn Thời xây dựng 12 mô hình "Dân vận khéo" gắn với bảo vệ rừng. Mặt trận và các đoàn thể đã vận động 9.860 hộ nhận khoán ký cam kết không đốt lửa trong rừng, không săn bắt, không tự ý đắp đập giữ nước; 245 ấp, khóm bổ sung nội dung giữ rừng vào quy ước.
Trong mùa khô, toàn tỉnh đã huy động trên 42.000 lượt người tham gia tuần tra, canh lửa, trong đó có hơn 3.000 đoàn viên thanh niên. Xảy ra 14 vụ cháy rừng với tổng diện tích thiệt hại 61,8 ha, giảm 23% so với năm 2016; không có vụ cháy lớn kéo dài. Tỉnh đã chi khoảng 6,2 tỷ đồng hỗ trợ người dân trực chốt và làm đê bao giữ nước.
Báo cáo nêu gương nhiều cá nhân tiêu biểu: ông Danh Út, người có uy tín ấp 10, xã Khánh An, vận động 86 hộ người Khmer ký cam kết và tự nguyện góp 40 ngày công nạo vét kênh; bà Thạch Thị Sà Vên, Chi hội trưởng Phụ nữ ấp Cơi Năm, xã Trần Hợi, duy trì tổ phụ nữ tuần tra ban đêm suốt 5 tháng nắng hạn; ông Nguyễn Văn Mẫm, Trưởng ấp 7, xã Khánh Thuận, kịp thời phát hiện và dập tắt 2 đám cháy.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Hồng Quân, Lâm Văn Bé được giao theo dõi việc thực hiện Quyết định số 22/2018/QĐ-TTg ngày 08/5/2018 của Thủ tướng Chính phủ về xây dựng, thực hiện hương ước, quy ước ở các xã vùng rừng, phối hợp với Sở Tư pháp hướng dẫn các ấp sửa đổi quy ước cho đúng quy định.
Báo cáo cũng chỉ ra hạn chế: còn 4 xã chưa xử lý nghiêm người vi phạm cam kết; thu nhập từ rừng thấp nên một bộ phận người dân chưa gắn bó. Năm 2020, Ban Dân vận Tỉnh ủy đề ra mục tiêu không dưới 95% hộ ven rừng ký cam kết, nhân rộng mô hình "Ấp rừng không cháy".
Hoàng Vũ
Lượt xem: 642
Tin liên quan
- Ngọc Hiển: 200 hộ ký quy ước bảo vệ rừng ngập mặn (18/12/2019)
- Hội nghị giao ban khối dân vận quý IV/2019 (10/12/2019)
- Trao 320 phần quà cho hộ nghèo vùng rừng U Minh (29/11/2019)
""", "2019-12-27", "Kết quả công tác dân vận tham gia giữ rừng tràm U Minh Hạ năm 2019",
E("bao_cao", "2019", None),
[P("Lê Thị Diễm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Út", "người có uy tín ấp 10"),
 P("Thạch Thị Sà Vên", "Chi hội trưởng Phụ nữ ấp Cơi Năm"),
 P("Nguyễn Văn Mẫm", "Trưởng ấp 7"),
 P("Trần Hồng Quân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Bé", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("12 mô hình", 12, "mô hình"), Q("9.860 hộ", 9860, "hộ"), Q("245 ấp, khóm", 245, "ấp, khóm"),
 Q("trên 42.000 lượt người", 42000, "lượt người", "over"), Q("hơn 3.000 đoàn viên thanh niên", 3000, "đoàn viên thanh niên", "over"),
 Q("14 vụ cháy rừng", 14, "vụ cháy rừng"), Q("61,8 ha", 61.8, "ha"), Q("23%", 23, "%"),
 Q("khoảng 6,2 tỷ đồng", 6200000000, "đồng", "approx"), Q("86 hộ người Khmer", 86, "hộ người Khmer"),
 Q("40 ngày công", 40, "ngày công"), Q("2 đám cháy", 2, "đám cháy"), Q("4 xã", 4, "xã"),
 Q("không dưới 95%", 95, "%", "over")],
[D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU"),
 D("Quyết định", "22", "2018/QĐ-TTg", "2018-05-08", "Thủ tướng Chính phủ", "Quyết định số 22/2018/QĐ-TTg ngày 08/5/2018")],
[prov("Cà Mau"), com("Khánh An"), com("Trần Hợi"), com("Khánh Thuận")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Vị trí: Trang chủ >> Hoạt động >> Báo cáo - Tổng hợp", "Rừng tràm U Minh Hạ. Ảnh: Hoàng Vũ",
 "Dân vận khéo", "Ấp rừng không cháy", "Lượt xem: 642"],
["27/12/2019 17:20", "năm 2019", "10 năm", "năm 2016", "5 tháng", "Năm 2020", "Lượt xem: 642"]))

PAGES.append(page("b6302-dienbien-xa-daihoi-mttq-2019", """
Cổng thông tin điện tử huyện Điện Biên
Trang chủ » Tin tức - Sự kiện » Mặt trận, đoàn thể
Chủ Nhật, 14/07/2019
Đại hội đại biểu MTTQ xã Mường Phăng: đưa giữ rừng vào hương ước bản
Ngày 12/7/2019, Ủy ban MTTQ Việt Nam xã Mường Phăng tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2019 - 2024. Dự đại hội có đồng chí Lò Văn Thắng, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Điện Biên; đồng chí Quàng Văn Nọi, Bí thư Đảng ủy xã Mường Phăng cùng 95 đại biểu đại diện cho hơn 7.600 người các dân tộc Thái, Kinh, Khơ Mú trong xã.
Quang cảnh đại hội. Ảnh: Minh Đức
Báo cáo tại đại hội cho biết nhiệm kỳ 2014 - 2019, Mặt trận xã đã phối hợp vận động nhân dân 17 bản sửa đổi hương ước, trong đó 17/17 bản có điều khoản về bảo vệ rừng và phòng cháy rừng; vận động 1.312 hộ ký cam kết không đốt nương khi chưa báo bản, không chặt cây trong rừng đặc dụng. Nhờ vậy, 5 năm qua trên diện tích hơn 4.500 ha rừng của xã chỉ xảy ra 1 vụ cháy nhỏ. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được đẩy mạnh, nhân dân hiến 12.400 m2 đất và đóng góp hơn 1,3 tỷ đồng làm đường nội bản.
Phát biểu chỉ đạo, đồng chí Lò Văn Thắng đề nghị Mặt trận xã quan tâm thực hiện Nghị quyết số 12-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển lâm nghiệp gắn với du lịch cộng đồng và Kế hoạch số 09-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam huyện về giám sát việc thực hiện hương ước; phát huy vai trò người có uy tín như ông Lò Văn Ỏn, người có uy tín bản Xôm, và bà Lường Thị Chăm, Trưởng bản Nghịu.
Đại hội đã hiệp thương cử 37 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Tại hội nghị lần thứ nhất, ông Cà Văn Duấn được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Mường Phăng khóa XII; các ông, bà Lò Thị Hương, Tòng Văn Pánh được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng cử 3 đại biểu dự Đại hội đại biểu MTTQ huyện lần thứ XVIII.
Đại hội thống nhất chỉ tiêu nhiệm kỳ 2019 - 2024: hằng năm trên 95% hộ đạt danh hiệu gia đình văn hóa; 100% bản duy trì tổ bảo vệ rừng; mỗi năm vận động trồng tối thiểu 20 ha rừng.
Trong phần thảo luận, nhiều đại biểu đề nghị Mặt trận xã chủ trì rà soát lại hương ước các bản theo hướng ngắn gọn, dễ nhớ, có điều khoản riêng về đốt nương và chăn thả gia súc trong rừng; giao Ban Công tác Mặt trận ở từng bản theo dõi việc thực hiện cam kết của các hộ, báo cáo trong các kỳ họp bản hằng quý.
Minh Đức
Tin khác
- Pú Nhi: 230 hộ cam kết không phát nương làm rẫy (03/07/2019)
- Đại hội MTTQ xã Thanh Luông thành công tốt đẹp (28/06/2019)
- Na Ư tập huấn phòng cháy rừng cho 60 người (20/06/2019)
""", "2019-07-14", "Đại hội đại biểu MTTQ xã Mường Phăng: đưa giữ rừng vào hương ước bản",
E("dai_hoi", None, "2019-07-12"),
[P("Lò Văn Thắng", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Điện Biên"),
 P("Quàng Văn Nọi", "Bí thư Đảng ủy xã Mường Phăng"),
 P("Lò Văn Ỏn", "người có uy tín bản Xôm"),
 P("Lường Thị Chăm", "Trưởng bản Nghịu"),
 P("Cà Văn Duấn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mường Phăng khóa XII"),
 P("Lò Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Tòng Văn Pánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("95 đại biểu", 95, "đại biểu"), Q("hơn 7.600 người", 7600, "người", "over"), Q("17 bản", 17, "bản"),
 Q("1.312 hộ", 1312, "hộ"), Q("hơn 4.500 ha", 4500, "ha", "over"), Q("1 vụ cháy nhỏ", 1, "vụ cháy nhỏ"),
 Q("12.400 m2", 12400, "m2"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("37 vị", 37, "vị"),
 Q("3 đại biểu", 3, "đại biểu"), Q("trên 95%", 95, "%", "over"), Q("100%", 100, "%"), Q("tối thiểu 20 ha", 20, "ha")],
[D("Nghị quyết", "12", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 12-NQ/HU"),
 D("Kế hoạch", "09", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Kế hoạch số 09-KH/MTTQ-BTT")],
[prov("Điện Biên"), com("Mường Phăng")],
["Cổng thông tin điện tử huyện Điện Biên", "Trang chủ » Tin tức - Sự kiện » Mặt trận, đoàn thể", "Quang cảnh đại hội. Ảnh: Minh Đức",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Chủ Nhật, 14/07/2019", "lần thứ XII", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2014 - 2019", "5 năm", "khóa XII", "lần thứ XVIII", "17/17 bản"]))

PAGES.append(page("b6303-quangnam-chandung-huonguoc-2020", """
Báo Quảng Nam Online
Thời sự › Miền núi
Thứ Năm, 09/07/2020 08:30
Già làng Bhling Pố và bản hương ước giữ rừng của người Cơ Tu
Ở thôn A Rầng, xã A Vương (huyện Tây Giang, tỉnh Quảng Nam), ai cũng biết già làng Bhling Pố là người đầu tiên đề nghị đưa lời thề giữ rừng của cha ông vào bản hương ước của thôn. Hơn mười năm qua, cánh rừng già sau làng chưa một lần bị lửa nương lấn vào.
Già làng Bhling Pố bên cây pơ mu trăm tuổi. Ảnh: Alăng Ngước
Năm nay 72 tuổi, ông Bhling Pố vẫn giữ vai trò người có uy tín thôn A Rầng. Ông kể, trước kia mỗi mùa đốt rẫy, bà con hay để lửa cháy lan vào rừng. Năm 2009, khi thôn họp bàn sửa hương ước, ông đề nghị ghi rõ: nhà nào đốt rẫy phải báo già làng, phải làm đường ranh rộng ít nhất 5 m và có 2 người canh đến khi tàn lửa; ai để cháy rừng phải nộp 1 con heo cho làng và trồng lại cây. Hương ước được 100% hộ trong thôn đồng thuận ký tên.
Nay thôn có 68 hộ với 312 khẩu, nhận khoán bảo vệ 1.050 ha rừng phòng hộ, mỗi năm nhận khoảng 420 triệu đồng tiền dịch vụ môi trường rừng. Số tiền này được chia cho các hộ theo công tuần tra, một phần góp vào quỹ của thôn để sửa nhà gươl.
Bà Alăng Thị Bốp, Chủ tịch Hội LHPN xã A Vương, cho biết từ tấm gương của thôn A Rầng, Hội đã vận động 9 chi hội đưa nội dung giữ rừng vào sinh hoạt. Ông Zơrâm Văn Lưu, Phó Chủ tịch UBND xã A Vương, nói xã đang nhân rộng cách làm này ra 10 thôn còn lại, theo Kế hoạch số 56/KH-UBND của UBND huyện thực hiện Quyết định số 22/2018/QĐ-TTg của Thủ tướng Chính phủ về hương ước, quy ước.
Ông Hốih Văn Rép, Trưởng thôn Bhlô Bền, xã Bhalêê, đã nhiều lần sang A Rầng học cách làm. "Già Pố nói: rừng là mẹ, mình không đốt mẹ mình được", ông Rép nhắc lại. Năm 2019, ông Bhling Pố được Chủ tịch UBND tỉnh tặng bằng khen vì thành tích bảo vệ rừng; Ủy ban MTTQ Việt Nam huyện Tây Giang cũng ghi nhận thôn A Rầng là một trong 5 khu dân cư tiêu biểu của huyện về thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Chiều xuống, ông Pố lại chống gậy đi dọc đường ranh cản lửa. Ông bảo, chừng nào còn đi được, ông còn đi xem rừng.
Những ngày nắng nóng, ông cùng 6 thanh niên trong tổ tuần tra của thôn dựng lán ở bìa rừng, thay phiên nhau canh lửa suốt đêm. Con cháu trong thôn lớn lên đều được ông dạy thuộc từng điều trong hương ước: không đốt rẫy khi có gió, không chặt cây pơ mu, không săn thú trong mùa sinh sản.
Alăng Ngước
Bài viết liên quan
- Tây Giang: 56 thôn sửa đổi hương ước (25/06/2020)
- Nam Giang ra quân phòng cháy rừng (12/06/2020)
- Người Cơ Tu gìn giữ rừng pơ mu (30/05/2020)
""", "2020-07-09", "Già làng Bhling Pố và bản hương ước giữ rừng của người Cơ Tu",
E("khac", None, None),
[P("Bhling Pố", "Già làng", "người có uy tín thôn A Rầng"),
 P("Alăng Thị Bốp", "Chủ tịch Hội LHPN xã A Vương"),
 P("Zơrâm Văn Lưu", "Phó Chủ tịch UBND xã A Vương"),
 P("Hốih Văn Rép", "Trưởng thôn Bhlô Bền")],
[Q("ít nhất 5 m", 5, "m", "over"), Q("2 người", 2, "người"), Q("1 con heo", 1, "con heo"), Q("100%", 100, "%"),
 Q("68 hộ", 68, "hộ"), Q("312 khẩu", 312, "khẩu"), Q("1.050 ha", 1050, "ha"), Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"),
 Q("9 chi hội", 9, "chi hội"), Q("10 thôn", 10, "thôn"), Q("5 khu dân cư tiêu biểu", 5, "khu dân cư tiêu biểu"), Q("6 thanh niên", 6, "thanh niên")],
[D("Kế hoạch", "56", "KH-UBND", None, "UBND huyện", "Kế hoạch số 56/KH-UBND"),
 D("Quyết định", "22", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2018/QĐ-TTg")],
[prov("Quảng Nam"), com("A Vương"), com("Bhalêê")],
["Báo Quảng Nam Online", "Thời sự › Miền núi", "Già làng Bhling Pố bên cây pơ mu trăm tuổi. Ảnh: Alăng Ngước",
 "Già Pố nói: rừng là mẹ, mình không đốt mẹ mình được", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["72 tuổi", "Hơn mười năm qua", "Năm 2009", "Năm 2019"]))

PAGES.append(page("b6304-thanhhoa-bdv-tongket-2021", """
BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thứ Bảy, 01/01/2022
Chính trị » Dân vận
Thứ Năm, 30/12/2021 - 17:45
Ảnh: Toàn cảnh hội nghị.
Khối dân vận miền núi: 5.200 hộ cam kết giữ rừng, không để cháy lớn
Ngày 29/12, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị tổng kết công tác dân vận năm 2021 của 11 huyện miền núi, triển khai nhiệm vụ năm 2022. Đồng chí Phạm Thị Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2021, khối dân vận miền núi đã tham mưu cấp ủy lãnh đạo thực hiện Kết luận 31, 32-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số và về quản lý, bảo vệ rừng gắn với giảm nghèo bền vững. Các cấp vận động 5.200 hộ nhận khoán ký cam kết giữ rừng; 642 thôn, bản sửa đổi hương ước theo Quyết định số 22/2018/QĐ-TTg; duy trì 1.105 tổ đội quần chúng tham gia tuần tra. Cả năm xảy ra 9 vụ cháy rừng với 14,7 ha bị thiệt hại, không có vụ cháy lớn; riêng 2 huyện Quan Sơn, Mường Lát không có vụ cháy nào.
Ban Dân vận các huyện đã phối hợp tổ chức 28 hội nghị đối thoại với khoảng 3.400 người dân về giao đất, giao rừng; qua đó giải quyết dứt điểm 37/41 vụ việc tranh chấp đất rừng. Phong trào thi đua "Dân vận khéo" có 214 mô hình cấp xã, 36 mô hình cấp huyện, trong đó khoảng một phần ba gắn với bảo vệ rừng.
Tại hội nghị, đồng chí Hà Văn Lự, HUV, Trưởng Ban Dân vận Huyện ủy Quan Hóa, cho biết xã Trung Sơn đã đưa quy định "đốt nương phải báo bản" vào hương ước từ năm 2019, tới nay chưa có vụ cháy nào. Ông Lò Văn Chiến, Bí thư Chi bộ bản Pá Búa, xã Phú Lệ, đề nghị tăng mức khoán bảo vệ rừng từ 400.000 đồng/ha lên ít nhất 600.000 đồng/ha để người dân sống được bằng nghề rừng.
Kết luận hội nghị, đồng chí Phạm Thị Hường yêu cầu năm 2022 khối dân vận bám sát Chỉ thị số 13-CT/TW của Ban Bí thư, Chương trình hành động số 15-CTr/TU của Tỉnh ủy và Kế hoạch số 102-KH/BDVTU của Ban Dân vận Tỉnh ủy; tập trung rà soát hương ước, xử lý nghiêm hộ vi phạm cam kết; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Quang Hiển, Cầm Bá Thượng phụ trách theo dõi từng cụm huyện.
Hội nghị cũng nghe báo cáo kết quả kiểm tra việc thực hiện cam kết ở các xã giáp ranh với tỉnh bạn, nơi thường xảy ra cháy lan.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể, 25 cá nhân tiêu biểu trong phong trào "Dân vận khéo" năm 2021.
Lê Hà
Tin liên quan
- Mường Lát: 100% bản ký quy ước giữ rừng (22/12/2021)
- Thường Xuân đối thoại với người dân về đất lâm nghiệp (15/12/2021)
- Hội nghị giao ban dân vận quý IV năm 2021 (08/12/2021)
""", "2021-12-30", "Khối dân vận miền núi: 5.200 hộ cam kết giữ rừng, không để cháy lớn",
E("tong_ket", "2021", "2021-12-29"),
[P("Phạm Thị Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Lự", "HUV", "Trưởng Ban Dân vận Huyện ủy Quan Hóa"),
 P("Lò Văn Chiến", "Bí thư Chi bộ bản Pá Búa"),
 P("Lê Quang Hiển", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Bá Thượng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("5.200 hộ", 5200, "hộ"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("642 thôn, bản", 642, "thôn, bản"),
 Q("1.105 tổ đội quần chúng", 1105, "tổ đội quần chúng"), Q("9 vụ cháy rừng", 9, "vụ cháy rừng"), Q("14,7 ha", 14.7, "ha"),
 Q("2 huyện", 2, "huyện"), Q("28 hội nghị đối thoại", 28, "hội nghị đối thoại"), Q("khoảng 3.400 người dân", 3400, "người dân", "approx"),
 Q("37/41 vụ việc tranh chấp đất rừng", 37, "vụ việc tranh chấp đất rừng"), Q("214 mô hình cấp xã", 214, "mô hình cấp xã"),
 Q("36 mô hình cấp huyện", 36, "mô hình cấp huyện"), Q("400.000 đồng/ha", 400000, "đồng"),
 Q("ít nhất 600.000 đồng/ha", 600000, "đồng", "over"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu")],
[D("Kết luận", "31", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Kết luận", "32", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Quyết định", "22", "2018/QĐ-TTg", None, None, "Quyết định số 22/2018/QĐ-TTg"),
 D("Chỉ thị", "13", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 13-CT/TW"),
 D("Chương trình hành động", "15", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 15-CTr/TU"),
 D("Kế hoạch", "102", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 102-KH/BDVTU")],
[prov("Thanh Hóa"), com("Trung Sơn"), com("Phú Lệ")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Chính trị » Dân vận", "Ảnh: Toàn cảnh hội nghị.",
 "Dân vận khéo", "đốt nương phải báo bản"],
["Thứ Bảy, 01/01/2022", "Thứ Năm, 30/12/2021 - 17:45", "năm 2021", "năm 2022", "năm 2019", "một phần ba"]))
