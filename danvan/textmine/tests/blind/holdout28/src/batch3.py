from lib import *
PAGES = []

# ---------------------------------------------------------------- b641 Thanh Hóa, Ban Dân vận (Báo Thanh Hóa), tổng kết năm 2019
PAGES.append(page("b641-thanhhoa-bdv-tongket-2019", """
BÁO THANH HÓA
Chính trị | Xây dựng Đảng | Dân vận
Ngày 14/01/2020 | 11:00
Triển khai nhiệm vụ công tác dân vận năm 2020
(Baothanhhoa.vn) - Sáng 13/1, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020 tới 27 điểm cầu các huyện, thị xã, thành phố. Dự hội nghị có đồng chí Lê Quang Khải, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Hà Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Bùi Văn Thìn, Vụ trưởng Vụ Địa phương I, Ban Dân vận Trung ương.
Đồng chí Lê Quang Khải phát biểu chỉ đạo hội nghị.
Theo báo cáo, năm 2019, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 08, 09 của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Công giáo và về phát huy vai trò người có uy tín; sơ kết 5 năm thực hiện Chương trình hành động số 45-CTr/TU thực hiện Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương Đảng và Đề án 08-ĐA/TU về nâng cao hiệu quả công tác dân vận ở vùng đồng bào dân tộc thiểu số giai đoạn 2016 - 2020.
Phong trào thi đua "Dân vận khéo" có sức lan tỏa mạnh mẽ, toàn tỉnh có 1.486 mô hình được công nhận, trong đó cấp tỉnh công nhận 92 mô hình. Trong năm, Nhân dân đã hiến 1,2 triệu m2 đất, đóng góp 1.245 tỷ đồng và hàng triệu ngày công xây dựng nông thôn mới; toàn tỉnh có thêm 38 xã đạt chuẩn nông thôn mới. Công tác dân vận chính quyền có chuyển biến, các cấp đã tổ chức 1.632 hội nghị đối thoại với Nhân dân, giải quyết 94,6% kiến nghị sau đối thoại.
Đồng chí Hà Thị Nguyệt, Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo tổng kết.
Tại hội nghị có 7 ý kiến tham luận. Đồng chí Phạm Thị Hồng, HUV, Trưởng Ban Dân vận Huyện ủy Nga Sơn chia sẻ kinh nghiệm vận động giáo dân xây dựng nông thôn mới kiểu mẫu. Đồng chí Cầm Bá Xuân, Trưởng Ban Dân vận Huyện ủy Quan Hóa, người dân tộc Thái, nêu cách phát huy vai trò già làng, trưởng bản trong vận động đồng bào không di cư tự do. Đồng chí Lò Văn Tỉnh, Bí thư Đảng ủy xã Trung Lý (huyện Mường Lát), nói về việc vận động đồng bào Mông bỏ cây thuốc phiện, trồng 420 ha lúa nước và cây ăn quả. Bà Phạm Thị Thoa, Phó Chủ tịch Hội LHPN tỉnh và ông Hoàng Đình Lương, Phó Chủ tịch Hội Nông dân tỉnh cùng nêu kết quả các mô hình giúp hội viên thoát nghèo.
Đồng chí Lê Văn Đông, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết, năm qua Ban đã chủ trì 6 cuộc kiểm tra, giám sát việc thực hiện Quy chế dân chủ ở cơ sở.
Phát biểu tại hội nghị, đồng chí Bùi Văn Thìn đánh giá cao kết quả công tác dân vận của tỉnh Thanh Hóa, nhất là việc phát huy vai trò của 2.746 người có uy tín ở vùng dân tộc thiểu số và miền núi.
Phát biểu chỉ đạo, đồng chí Lê Quang Khải yêu cầu năm 2020 hệ thống dân vận tập trung vận động Nhân dân tham gia đóng góp ý kiến vào dự thảo văn kiện đại hội đảng các cấp, tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX; thực hiện tốt phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"; phấn đấu mỗi huyện có ít nhất 3 xã đạt chuẩn nông thôn mới nâng cao.
Dịp này, 25 đồng chí được Ban Dân vận Trung ương tặng Kỷ niệm chương "Vì sự nghiệp Dân vận"; Chủ tịch UBND tỉnh tặng Bằng khen cho 18 tập thể, 32 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2019. Trong số được khen có ông Hà Văn Ban (bản Khang, xã Thành Sơn), người có uy tín đã vận động 45 hộ hiến đất làm đường, và bà Lê Thị Xuân (xã Nga Thiện), người đóng góp 300 triệu đồng xây nhà văn hóa thôn.
Minh Hiếu
Xem thêm
- Thanh Hóa: Hội thi "Dân vận khéo" cấp tỉnh năm 2019 (22/11/2019)
- Biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số (15/10/2019)
- Mường Lát: Vận động đồng bào không trồng cây thuốc phiện (02/10/2019)
""",
    "2020-01-14", "Triển khai nhiệm vụ công tác dân vận năm 2020",
    E("tong_ket", "2019", "2020-01-13"),
    [P("Lê Quang Khải", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Hà Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Bùi Văn Thìn", "Vụ trưởng Vụ Địa phương I, Ban Dân vận Trung ương"),
     P("Phạm Thị Hồng", "HUV", "Trưởng Ban Dân vận Huyện ủy Nga Sơn"),
     P("Cầm Bá Xuân", "Trưởng Ban Dân vận Huyện ủy Quan Hóa"),
     P("Lò Văn Tỉnh", "Bí thư Đảng ủy xã Trung Lý"),
     P("Lê Văn Đông", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Phạm Thị Thoa", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Hoàng Đình Lương", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Hà Văn Ban", "người có uy tín"), P("Lê Thị Xuân")],
    [Q("27 điểm cầu", 27, "điểm cầu"),
     Q("1.486 mô hình", 1486, "mô hình"),
     Q("92 mô hình", 92, "mô hình"),
     Q("1,2 triệu m2", 1200000, "m2"),
     Q("1.245 tỷ đồng", 1245000000000, "đồng"),
     Q("38 xã", 38, "xã"),
     Q("1.632 hội nghị đối thoại", 1632, "hội nghị đối thoại"),
     Q("94,6%", 94.6, "%"),
     Q("7 ý kiến tham luận", 7, "ý kiến tham luận"),
     Q("420 ha", 420, "ha"),
     Q("6 cuộc kiểm tra, giám sát", 6, "cuộc kiểm tra, giám sát"),
     Q("2.746 người có uy tín", 2746, "người có uy tín"),
     Q("3 xã", 3, "xã"),
     Q("25 đồng chí", 25, "đồng chí"),
     Q("18 tập thể", 18, "tập thể"),
     Q("32 cá nhân", 32, "cá nhân"),
     Q("45 hộ", 45, "hộ"),
     Q("300 triệu đồng", 300000000, "đồng")],
    [D("Chỉ thị", "08", None, None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 08, 09 của Ban Thường vụ Tỉnh ủy"),
     D("Chỉ thị", "09", None, None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 08, 09 của Ban Thường vụ Tỉnh ủy"),
     D("Chương trình hành động", "45", "CTr/TU", None, None, surface="Chương trình hành động số 45-CTr/TU"),
     D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết 25-NQ/TW"),
     D("Đề án", "08", "ĐA/TU", None, None, surface="Đề án 08-ĐA/TU")],
    [prov("Thanh Hóa"), com("Trung Lý"), com("Thành Sơn"), com("Nga Thiện")],
    ["BÁO THANH HÓA", "Chính trị | Xây dựng Đảng | Dân vận", "(Baothanhhoa.vn)", "Đồng chí Lê Quang Khải phát biểu chỉ đạo hội nghị.",
     "Đồng chí Hà Thị Nguyệt, Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo tổng kết.", "Dân vận khéo",
     "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Vì sự nghiệp Dân vận", "bản Khang", "Minh Hiếu"],
    ["Ngày 14/01/2020 | 11:00", "năm 2019", "năm 2020", "5 năm", "giai đoạn 2016 - 2020", "lần thứ XIX", "25 đồng chí"]))

# ---------------------------------------------------------------- b642 Hà Nội (Ba Vì), MTTQ huyện, giám sát 2020
PAGES.append(page("b642-hanoi-bavi-mttq-giamsat-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA VÌ - THÀNH PHỐ HÀ NỘI
Tin tức / Mặt trận - Đoàn thể
2020-10-21 09:12
Công bố kết quả giám sát chính sách hỗ trợ người dân gặp khó khăn do đại dịch
Ngày 20/10, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Ba Vì tổ chức hội nghị thông báo kết quả giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 năm 2020 trên địa bàn huyện. Bà Nguyễn Thị Thanh Hà, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện, Trưởng đoàn giám sát chủ trì hội nghị. Dự hội nghị có ông Đinh Văn Thống, Phó Chủ tịch UBND huyện; đại diện Ủy ban MTTQ thành phố Hà Nội và lãnh đạo 4 xã, thị trấn được giám sát.
Bà Nguyễn Thị Thanh Hà thông báo kết quả giám sát.
Thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị và Kế hoạch số 37/KH-MTTQ-BTT ngày 15/7/2020 của Ban Thường trực Ủy ban MTTQ huyện, từ ngày 10/8 đến 25/9, đoàn giám sát đã làm việc tại thị trấn Tây Đằng và các xã Ba Trại, Minh Quang, Khánh Thượng. Nội dung giám sát là việc thực hiện Nghị quyết 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định 15/2020/QĐ-TTg của Thủ tướng Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch.
Theo báo cáo, toàn huyện đã chi trả hỗ trợ cho 18.426 người thuộc các nhóm đối tượng với tổng kinh phí 21,7 tỷ đồng. Trong đó, người có công với cách mạng được hỗ trợ 500.000 đồng/người/tháng; người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ 250.000 đồng/khẩu/tháng; người lao động tự do mất việc làm được hỗ trợ 1.000.000 đồng/người/tháng. Tại 4 đơn vị được giám sát, các hộ được rà soát, bình xét công khai tại 38 thôn, tổ dân phố.
Qua giám sát, đoàn đánh giá việc chi trả cơ bản kịp thời, đúng đối tượng; không có khiếu nại, tố cáo phức tạp. Tuy nhiên, đoàn phát hiện 12 trường hợp chưa đúng đối tượng, đã kiến nghị thu hồi 18,5 triệu đồng; một số thôn chưa niêm yết danh sách đủ thời gian quy định. Xã Khánh Thượng còn 27 lao động tự do chưa được hỗ trợ do thiếu giấy tờ xác nhận nơi cư trú.
Tại hội nghị, ông Lý Văn Tài, Chủ tịch UBND xã Ba Trại, người dân tộc Dao, giải trình việc chậm niêm yết danh sách ở 2 thôn vùng cao. Bà Bàn Thị Hương, Chủ tịch Ủy ban MTTQ xã Minh Quang cho biết, Mặt trận xã đã phối hợp các đoàn thể vận động Nhân dân ủng hộ 146 triệu đồng và 5,6 tấn gạo cho các hộ khó khăn trong thời gian giãn cách xã hội. Ông Đinh Công Nhân, Trưởng thôn Hợp Nhất (xã Ba Trại), người Mường, kiến nghị đơn giản hóa thủ tục để người lao động tự do ở thôn được nhận hỗ trợ sớm hơn.
Ông Nguyễn Văn Lực, Trưởng Ban Thanh tra nhân dân thị trấn Tây Đằng đề nghị công khai danh sách trên hệ thống loa truyền thanh để người dân cùng giám sát.
Ông Đinh Văn Thống tiếp thu các kiến nghị của đoàn, giao Phòng Lao động - Thương binh và Xã hội phối hợp với các xã hoàn thành việc thu hồi và hỗ trợ bổ sung trước ngày 15/11. Ông Kiều Văn Hảo, Trưởng phòng Lao động - Thương binh và Xã hội huyện cho biết, đến nay 9 trong số 12 trường hợp đã hoàn trả tiền hỗ trợ.
Kết luận hội nghị, bà Nguyễn Thị Thanh Hà đề nghị UBND huyện chỉ đạo khắc phục những hạn chế đã nêu, đồng thời tiếp tục phát huy cuộc vận động "Chung tay phòng, chống dịch Covid-19" do Ủy ban Trung ương MTTQ Việt Nam phát động. Năm 2020, Mặt trận huyện đã chủ trì 8 cuộc giám sát chuyên đề và phối hợp tổ chức 3 hội nghị phản biện xã hội.
Nguyễn Hằng (Trung tâm Văn hóa - Thông tin và Thể thao huyện)
Tin khác
- Ba Vì: Trao 60 nhà Đại đoàn kết cho hộ nghèo (14/10/2020)
- Hội nghị hiệp thương giới thiệu người ứng cử Ủy ban MTTQ xã (30/09/2020)
- Đại hội đại biểu MTTQ Việt Nam huyện Ba Vì lần thứ XXIII (10/08/2019)
""",
    "2020-10-21", "Công bố kết quả giám sát chính sách hỗ trợ người dân gặp khó khăn do đại dịch",
    E("hoi_nghi", "2020", "2020-10-20"),
    [P("Nguyễn Thị Thanh Hà", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện", "Trưởng đoàn giám sát"),
     P("Đinh Văn Thống", "Phó Chủ tịch UBND huyện"),
     P("Lý Văn Tài", "Chủ tịch UBND xã Ba Trại"),
     P("Bàn Thị Hương", "Chủ tịch Ủy ban MTTQ xã Minh Quang"),
     P("Đinh Công Nhân", "Trưởng thôn Hợp Nhất"),
     P("Nguyễn Văn Lực", "Trưởng Ban Thanh tra nhân dân thị trấn Tây Đằng"),
     P("Kiều Văn Hảo", "Trưởng phòng Lao động - Thương binh và Xã hội huyện")],
    [Q("4 xã, thị trấn", 4, "xã, thị trấn"),
     Q("18.426 người", 18426, "người"),
     Q("21,7 tỷ đồng", 21700000000, "đồng"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("250.000 đồng", 250000, "đồng"),
     Q("1.000.000 đồng", 1000000, "đồng"),
     Q("4 đơn vị", 4, "đơn vị"),
     Q("38 thôn, tổ dân phố", 38, "thôn, tổ dân phố"),
     Q("12 trường hợp", 12, "trường hợp"),
     Q("18,5 triệu đồng", 18500000, "đồng"),
     Q("27 lao động tự do", 27, "lao động tự do"),
     Q("2 thôn", 2, "thôn"),
     Q("146 triệu đồng", 146000000, "đồng"),
     Q("5,6 tấn", 5.6, "tấn"),
     Q("9 trong số 12 trường hợp", 9, "trường hợp"),
     Q("8 cuộc giám sát chuyên đề", 8, "cuộc giám sát chuyên đề"),
     Q("3 hội nghị phản biện xã hội", 3, "hội nghị phản biện xã hội")],
    [D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định số 217-QĐ/TW"),
     D("Kế hoạch", "37", "KH-MTTQ-BTT", "2020-07-15", "Ban Thường trực Ủy ban MTTQ huyện", surface="Kế hoạch số 37/KH-MTTQ-BTT ngày 15/7/2020"),
     D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", surface="Nghị quyết 42/NQ-CP ngày 9/4/2020"),
     D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 15/2020/QĐ-TTg")],
    [prov("Hà Nội"), com("Tây Đằng"), com("Ba Trại"), com("Minh Quang"), com("Khánh Thượng")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA VÌ - THÀNH PHỐ HÀ NỘI", "Tin tức / Mặt trận - Đoàn thể",
     "Bà Nguyễn Thị Thanh Hà thông báo kết quả giám sát.", "Chung tay phòng, chống dịch Covid-19", "Hợp Nhất",
     "Nguyễn Hằng (Trung tâm Văn hóa - Thông tin và Thể thao huyện)", "Phòng Lao động - Thương binh và Xã hội"],
    ["2020-10-21 09:12", "Covid-19", "năm 2020", "từ ngày 10/8 đến 25/9"]))

# ---------------------------------------------------------------- b643 Cao Bằng, Hội Nông dân, sơ kết 6 tháng đầu năm 2021
PAGES.append(page("b643-caobang-hnd-soket-2021", """
HỘI NÔNG DÂN TỈNH CAO BẰNG
Trang chủ > Tin tức - Sự kiện > Hoạt động Hội
7/7/2021 | 17:05
Toàn cảnh hội nghị.
Hội Nông dân tỉnh sơ kết công tác Hội 6 tháng đầu năm
Ngày 6/7, Ban Thường vụ Hội Nông dân tỉnh Cao Bằng tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2021, triển khai nhiệm vụ 6 tháng cuối năm. Do ảnh hưởng của dịch Covid-19, hội nghị được tổ chức kết hợp trực tiếp và trực tuyến tới 10 điểm cầu huyện, thành phố. Ông Đàm Văn Eng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; cùng dự có các ông, bà: Lục Thị Dinh, Mã Văn Khìn, Lý Văn Páo - Phó Chủ tịch Hội Nông dân tỉnh.
6 tháng đầu năm, các cấp Hội đã tổ chức học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX tới 92% cán bộ, hội viên; triển khai Kết luận 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; thực hiện kế hoạch số 52, 53-KH/HNDT về phát triển kinh tế tập thể và về chuyển đổi số trong các cấp Hội. Các cấp Hội kết nạp được 1.684 hội viên mới, thành lập 14 tổ hợp tác và 3 hợp tác xã theo Quyết định 81/QĐ-TTg của Thủ tướng Chính phủ.
Phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững có 41.250 hộ đăng ký. Quỹ Hỗ trợ nông dân các cấp đạt 28,4 tỷ đồng, giải ngân cho 716 hộ vay; dư nợ ủy thác qua Hội với Ngân hàng Chính sách xã hội là 1.032 tỷ đồng. Hội phối hợp mở 46 lớp dạy nghề nông nghiệp, tiêu thụ giúp hội viên hơn 230 tấn hạt dẻ, thạch đen, miến dong qua sàn thương mại điện tử.
Ông Nông Văn Slẳng, Chủ tịch Hội Nông dân huyện Trùng Khánh nêu kinh nghiệm đưa sản phẩm hạt dẻ Trùng Khánh lên sàn thương mại điện tử, giúp hội viên bán được giá cao hơn khoảng 15.000 đồng/kg so với năm trước. Ông Hoàng Văn Pẩu, Chi hội trưởng Chi hội nông dân xóm Bản Khuông, xã Đàm Thủy, kể việc vận động 37 hộ người Tày, Nùng góp vốn làm du lịch cộng đồng. Bà Triệu Thị Mùi, nông dân người Dao ở xã Phan Thanh, đề nghị Hội hỗ trợ thêm giống lợn đen vì đàn lợn của bản bị thiệt hại do dịch tả lợn châu Phi.
Ông Lý Văn Páo báo cáo, các cấp Hội đã vận động hội viên thực hiện "2 không" (không đốt rừng làm nương, không di cư tự do); phối hợp với lực lượng biên phòng tuyên truyền cho 2.480 lượt người ở 7 huyện biên giới về phòng, chống dịch và xuất, nhập cảnh trái phép. Bà Lục Thị Dinh đề nghị ngân sách tỉnh bổ sung 3 tỷ đồng cho Quỹ Hỗ trợ nông dân trong năm nay.
Ông Mã Văn Khìn thông tin thêm, Hội đã phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức 18 buổi hội thảo đầu bờ cho khoảng 900 hội viên về kỹ thuật trồng thạch đen, chè hữu cơ.
Phát biểu chỉ đạo, ông Phương Văn Khải, Phó Trưởng Ban Dân vận Tỉnh ủy ghi nhận sự chủ động của Hội trong bối cảnh dịch bệnh. Kết luận hội nghị, ông Đàm Văn Eng yêu cầu các cấp Hội tập trung thực hiện Nghị quyết 26-NQ/TW về nông nghiệp, nông dân, nông thôn; phấn đấu hết năm 2021 kết nạp thêm 2.000 hội viên, 100% cơ sở Hội có mô hình kinh tế tập thể hiệu quả, đồng thời tiếp tục phối hợp thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".
Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng giấy khen cho 6 tập thể, 15 cá nhân; trong đó có ông Nông Văn Khuyến (xã Đàm Thủy), bà Hà Thị Đào (xã Quang Hán), ông Sầm Văn Dủng (xã Lý Quốc) là những hội viên sản xuất giỏi tiêu biểu.
Hồng Nhung
Lượt xem: 447
Tin liên quan
- Trùng Khánh: Nông dân trồng hạt dẻ theo hướng hữu cơ (28/06/2021)
- Hội Nông dân tỉnh hỗ trợ tiêu thụ nông sản cho hội viên (15/06/2021)
- Tập huấn chuyển đổi số cho cán bộ Hội cơ sở (02/06/2021)
""",
    "2021-07-07", "Hội Nông dân tỉnh sơ kết công tác Hội 6 tháng đầu năm",
    E("so_ket", "2021-H1", "2021-07-06"),
    [P("Đàm Văn Eng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
     P("Lục Thị Dinh", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Mã Văn Khìn", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Lý Văn Páo", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Nông Văn Slẳng", "Chủ tịch Hội Nông dân huyện Trùng Khánh"),
     P("Hoàng Văn Pẩu", "Chi hội trưởng Chi hội nông dân xóm Bản Khuông"),
     P("Triệu Thị Mùi"),
     P("Phương Văn Khải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nông Văn Khuyến"), P("Hà Thị Đào"), P("Sầm Văn Dủng")],
    [Q("10 điểm cầu", 10, "điểm cầu"),
     Q("92%", 92, "%"),
     Q("1.684 hội viên mới", 1684, "hội viên mới"),
     Q("14 tổ hợp tác", 14, "tổ hợp tác"),
     Q("3 hợp tác xã", 3, "hợp tác xã"),
     Q("41.250 hộ", 41250, "hộ"),
     Q("28,4 tỷ đồng", 28400000000, "đồng"),
     Q("716 hộ vay", 716, "hộ vay"),
     Q("1.032 tỷ đồng", 1032000000000, "đồng"),
     Q("46 lớp dạy nghề nông nghiệp", 46, "lớp dạy nghề nông nghiệp"),
     Q("hơn 230 tấn", 230, "tấn", "over"),
     Q("khoảng 15.000 đồng", 15000, "đồng", "approx"),
     Q("37 hộ", 37, "hộ"),
     Q("2.480 lượt người", 2480, "lượt người"),
     Q("7 huyện biên giới", 7, "huyện biên giới"),
     Q("3 tỷ đồng", 3000000000, "đồng"),
     Q("18 buổi hội thảo đầu bờ", 18, "buổi hội thảo đầu bờ"),
     Q("khoảng 900 hội viên", 900, "hội viên", "approx"),
     Q("2.000 hội viên", 2000, "hội viên"),
     Q("100% cơ sở Hội", 100, "%"),
     Q("6 tập thể", 6, "tập thể"),
     Q("15 cá nhân", 15, "cá nhân")],
    [D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", surface="Kết luận 01-KL/TW"),
     D("Chỉ thị", "05", "CT/TW", None, None, surface="Chỉ thị 05-CT/TW"),
     D("Kế hoạch", "52", "KH/HNDT", None, None, surface="kế hoạch số 52, 53-KH/HNDT"),
     D("Kế hoạch", "53", "KH/HNDT", None, None, surface="kế hoạch số 52, 53-KH/HNDT"),
     D("Quyết định", "81", "QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 81/QĐ-TTg"),
     D("Nghị quyết", "26", "NQ/TW", None, None, surface="Nghị quyết 26-NQ/TW")],
    [prov("Cao Bằng"), com("Đàm Thủy"), com("Phan Thanh"), com("Quang Hán"), com("Lý Quốc")],
    ["HỘI NÔNG DÂN TỈNH CAO BẰNG", "Trang chủ > Tin tức - Sự kiện > Hoạt động Hội", "Toàn cảnh hội nghị.",
     "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội", "Bản Khuông", "Sở Nông nghiệp và Phát triển nông thôn", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
     "Lượt xem: 447"],
    ["7/7/2021 | 17:05", "6 tháng đầu năm 2021", "6 tháng cuối năm", "6 tháng đầu năm", "Covid-19", "Đại hội XIII", "lần thứ XIX",
     "2 không", "hết năm 2021", "Lượt xem: 447"]))

# ---------------------------------------------------------------- b644 Phú Thọ, Ban Dân vận, giao ban tháng 4/2022
PAGES.append(page("b644-phutho-bdv-giaoban-t4-2022", """
BAN DÂN VẬN TỈNH ỦY PHÚ THỌ
Trang chủ » Hoạt động » Tin trong tỉnh
29/04/2022, 10:40
Giao ban công tác dân vận tháng 4
Chiều 28/4, Ban Dân vận Tỉnh ủy Phú Thọ tổ chức hội nghị giao ban công tác dân vận tháng 4/2022 với Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh và ban dân vận 13 huyện ủy, thị ủy, thành ủy. Đồng chí Bùi Thị Minh Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Bùi Thị Minh Hiền kết luận hội nghị. Ảnh: Hà Trang
Trong tháng 4, khối dân vận tập trung tuyên truyền, vận động Nhân dân tham gia Lễ hội Đền Hùng năm 2022 an toàn, tiết kiệm; đã có 96 tập thể, cá nhân đăng ký tham gia phục vụ lễ hội. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 35, 36-KL/TU về công tác vận động đồng bào dân tộc Mường và về nâng cao hiệu quả hoạt động của Ban công tác Mặt trận ở khu dân cư; ban hành kế hoạch số 15-KH/BDVTU về sơ kết 1 năm thực hiện Kết luận 01-KL/TW của Bộ Chính trị.
Phong trào thi đua "Dân vận khéo" tiếp tục được hưởng ứng với 37 mô hình mới. Trong tháng, Nhân dân các huyện Tân Sơn, Thanh Sơn, Yên Lập hiến 9.400 m2 đất, đóng góp 4,2 tỷ đồng và 3.150 ngày công làm đường giao thông nông thôn; Ủy ban MTTQ các cấp hỗ trợ làm mới 18 căn nhà Đại đoàn kết, mỗi căn từ 50 đến 70 triệu đồng.
Tại hội nghị, đồng chí Hà Văn Nhất, HUV, Trưởng Ban Dân vận Huyện ủy Tân Sơn báo cáo việc vận động 64 hộ người Mường, Dao ở xã Xuân Sơn, xã Kim Thượng di dời khỏi vùng có nguy cơ sạt lở. Bà Đinh Thị Lan, Phó Chủ tịch Ủy ban MTTQ tỉnh thông báo kết quả vận động ủng hộ Quỹ "Vì người nghèo" đạt 6,8 tỷ đồng. Ông Xa Văn Thịnh, Chủ tịch Hội Cựu chiến binh xã Yên Lương (huyện Thanh Sơn), người được bình chọn là gương "Dân vận khéo" tiêu biểu, chia sẻ cách vận động 28 hộ đăng ký không xây nhà trên đất hành lang an toàn giao thông.
Tại hội nghị, đồng chí Bùi Thị Minh Hiền trao quyết định của Ban Thường vụ Tỉnh ủy cho đồng chí Nguyễn Đức Trung, nguyên Phó Chánh Văn phòng Tỉnh ủy, được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Triệu Văn Quyết, người dân tộc Dao, được điều động giữ chức Chánh Văn phòng Ban Dân vận Tỉnh ủy. Cùng dự có đồng chí Phan Thị Thu Hà, Phó Trưởng Ban Dân vận Tỉnh ủy.
Các ý kiến tại hội nghị cũng phản ánh tình trạng một số hộ dân ở các xã ven sông Đà chưa đồng thuận với phương án bồi thường của dự án đường ven sông. Bà Hoàng Thị Thu Hằng, Phó Chủ tịch Hội LHPN tỉnh đề nghị các đoàn thể tăng cường đối thoại, nắm tâm tư của người dân; cho biết Hội đã giúp 212 hội viên phụ nữ nghèo vay vốn với tổng số tiền 8,5 tỷ đồng để chuyển đổi nghề. Ông Lê Quang Tiến, Bí thư Tỉnh đoàn thông tin lực lượng thanh niên tình nguyện đã hỗ trợ 1.200 lượt du khách trong những ngày lễ hội.
Đồng chí Đinh Công Thọ, Trưởng phòng Dân tộc - Tôn giáo - Dân vận chính quyền thông tin, trong tháng, các tôn giáo trên địa bàn tỉnh hoạt động bình thường; Ban Dân vận Tỉnh ủy đã phối hợp tổ chức gặp mặt 45 chức sắc, chức việc các tôn giáo nhân dịp Lễ Phục sinh và Lễ Phật đản. Ông đề nghị các huyện tiếp tục rà soát, không để phát sinh "điểm nóng" liên quan đến tôn giáo.
Kết luận hội nghị, đồng chí Bùi Thị Minh Hiền yêu cầu trong tháng 5, khối dân vận tập trung tuyên truyền kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh; tiếp tục vận động Nhân dân thực hiện "3 không" trong giải phóng mặt bằng (không lấn chiếm, không tái lấn chiếm, không xây dựng trái phép); phấn đấu 100% khu dân cư tổ chức thành công Ngày hội Đại đoàn kết toàn dân tộc năm 2022.
Hà Trang
Lượt xem: 893
Tin cùng chuyên mục
- Giao ban công tác dân vận quý I năm 2022 (31/03/2022)
- Tân Sơn: Vận động đồng bào di dời khỏi vùng sạt lở (20/04/2022)
- Thanh Sơn: Ra mắt mô hình "Khu dân cư không rác thải nhựa" (11/04/2022)
""",
    "2022-04-29", "Giao ban công tác dân vận tháng 4",
    E("giao_ban", "2022-04", "2022-04-28"),
    [P("Bùi Thị Minh Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Hà Văn Nhất", "HUV", "Trưởng Ban Dân vận Huyện ủy Tân Sơn"),
     P("Đinh Thị Lan", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Xa Văn Thịnh", "Chủ tịch Hội Cựu chiến binh xã Yên Lương"),
     P("Nguyễn Đức Trung", "nguyên Phó Chánh Văn phòng Tỉnh ủy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Triệu Văn Quyết", "Chánh Văn phòng Ban Dân vận Tỉnh ủy"),
     P("Phan Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Hoàng Thị Thu Hằng", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Lê Quang Tiến", "Bí thư Tỉnh đoàn"),
     P("Đinh Công Thọ", "Trưởng phòng Dân tộc - Tôn giáo - Dân vận chính quyền")],
    [Q("13 huyện ủy, thị ủy, thành ủy", 13, "huyện ủy, thị ủy, thành ủy"),
     Q("96 tập thể, cá nhân", 96, "tập thể, cá nhân"),
     Q("37 mô hình mới", 37, "mô hình mới"),
     Q("9.400 m2", 9400, "m2"),
     Q("4,2 tỷ đồng", 4200000000, "đồng"),
     Q("3.150 ngày công", 3150, "ngày công"),
     Q("18 căn nhà Đại đoàn kết", 18, "căn nhà Đại đoàn kết"),
     Q("từ 50", 50000000, "đồng"),
     Q("70 triệu đồng", 70000000, "đồng"),
     Q("64 hộ", 64, "hộ"),
     Q("6,8 tỷ đồng", 6800000000, "đồng"),
     Q("28 hộ", 28, "hộ"),
     Q("212 hội viên phụ nữ nghèo", 212, "hội viên phụ nữ nghèo"),
     Q("8,5 tỷ đồng", 8500000000, "đồng"),
     Q("1.200 lượt du khách", 1200, "lượt du khách"),
     Q("45 chức sắc, chức việc", 45, "chức sắc, chức việc"),
     Q("100% khu dân cư", 100, "%")],
    [D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 35, 36-KL/TU"),
     D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 35, 36-KL/TU"),
     D("Kế hoạch", "15", "KH/BDVTU", None, None, surface="kế hoạch số 15-KH/BDVTU"),
     D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", surface="Kết luận 01-KL/TW")],
    [prov("Phú Thọ"), com("Xuân Sơn"), com("Kim Thượng"), com("Yên Lương")],
    ["BAN DÂN VẬN TỈNH ỦY PHÚ THỌ", "Trang chủ » Hoạt động » Tin trong tỉnh", "Đồng chí Bùi Thị Minh Hiền kết luận hội nghị. Ảnh: Hà Trang",
     "Lễ hội Đền Hùng", "Dân vận khéo", "Vì người nghèo", "Lễ Phục sinh", "Lễ Phật đản", "Ngày hội Đại đoàn kết toàn dân tộc",
     "Lượt xem: 893"],
    ["29/04/2022, 10:40", "tháng 4/2022", "năm 2022", "1 năm", "132 năm", "3 không", "Lượt xem: 893"]))

# ---------------------------------------------------------------- b645 Quảng Trị, Ủy ban MTTQ, đối thoại 2022
PAGES.append(page("b645-quangtri-mttq-doithoai-2022", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ › Tin tức › Hoạt động Mặt trận
Cập nhật: 15:55, 18/08/2022 (GMT+7)
Chủ tịch UBND tỉnh đối thoại với đồng bào dân tộc thiểu số huyện Hướng Hóa
Ngày 17/8, tại xã Hướng Phùng, huyện Hướng Hóa, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị phối hợp với UBND tỉnh tổ chức hội nghị đối thoại năm 2022 giữa Chủ tịch UBND tỉnh với đồng bào dân tộc thiểu số về thực hiện các chính sách dân tộc và Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Đồng chí Hoàng Nam Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Nguyễn Thị Hương Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.
Quang cảnh hội nghị đối thoại tại xã Hướng Phùng. Ảnh: Thanh Hải
Dự hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hồ Văn Hiêng, Lê Thị Thanh Tâm; đồng chí Pả Loan, Trưởng Ban Dân tộc tỉnh; lãnh đạo các sở, ngành và 185 người có uy tín, hộ nghèo, đoàn viên, hội viên người Bru - Vân Kiều, Pa Kô ở 22 xã của hai huyện Hướng Hóa, Đakrông.
Báo cáo của Ban Dân tộc tỉnh cho biết, thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, năm 2022 tỉnh được phân bổ 312,6 tỷ đồng để thực hiện chương trình; đến ngày 31/7 đã giải ngân được 27,4% kế hoạch vốn. Theo Nghị quyết số 09/2021/NQ-HĐND của HĐND tỉnh, mỗi hộ đồng bào dân tộc thiểu số nghèo thiếu đất sản xuất được hỗ trợ tối đa 22,5 triệu đồng để chuyển đổi nghề. Toàn tỉnh còn 4.126 hộ nghèo là người dân tộc thiểu số, chiếm 38,5% tổng số hộ nghèo.
Tại hội nghị, 21 ý kiến đã được người dân nêu trực tiếp. Ông Hồ Văn Năm, người có uy tín ở thôn Xa Re, xã Hướng Phùng, đề nghị sớm làm cầu treo qua suối để học sinh không phải lội nước mùa mưa. Bà Kăn Thị Ún, hội viên phụ nữ xã A Ngo (huyện Đakrông), hỏi khi nào các hộ trong thôn được nhận gà giống, bò giống theo dự án hỗ trợ sinh kế. Ông Hồ Văn Dũng, Bí thư Đoàn xã Hướng Phùng, phản ánh nhiều thanh niên học nghề xong nhưng chưa tìm được việc làm. Già làng Hồ Văn Thoát ở bản Cựp đề nghị giao rừng cho cộng đồng bản quản lý, bảo vệ.
Trả lời các ý kiến, đồng chí Hoàng Nam Trung cho biết tỉnh sẽ bố trí 4,8 tỷ đồng xây dựng 3 cầu treo dân sinh ở Hướng Phùng, Hướng Sơn và A Ngo, khởi công trong quý IV; yêu cầu UBND huyện Đakrông cấp xong giống vật nuôi cho các hộ trước ngày 30/9. Đồng chí giao Sở Lao động - Thương binh và Xã hội phối hợp với các doanh nghiệp ở Khu kinh tế - thương mại đặc biệt Lao Bảo tuyển dụng khoảng 300 lao động địa phương. Ông Lê Văn Sơn, Chủ tịch UBND huyện Hướng Hóa, cam kết hoàn thành giao 1.250 ha rừng cho cộng đồng thôn, bản trong năm.
Kết luận hội nghị, đồng chí Nguyễn Thị Hương Lan đề nghị các cấp chính quyền nghiêm túc tiếp thu, giải quyết dứt điểm các kiến nghị; Mặt trận các cấp sẽ giám sát việc thực hiện các cam kết sau đối thoại theo Quyết định 217-QĐ/TW của Bộ Chính trị. Năm 2022, Ủy ban MTTQ tỉnh đã tham mưu tổ chức 2 hội nghị đối thoại cấp tỉnh và phối hợp tổ chức 47 cuộc đối thoại ở cấp xã.
Đồng chí Hồ Văn Hiêng cho biết thêm, từ đầu năm đến nay, Mặt trận các cấp trong tỉnh đã tiếp nhận 96 ý kiến, kiến nghị của cử tri vùng đồng bào dân tộc thiểu số.
Cùng ngày, đoàn đã thăm và tặng 40 suất quà, mỗi suất trị giá 1 triệu đồng, cho các hộ nghèo người Bru - Vân Kiều ở xã Hướng Phùng.
Thanh Hải
Lượt xem: 1.134
Tin liên quan
- Trao 25 nhà Đại đoàn kết cho đồng bào Pa Kô ở Đakrông (09/08/2022)
- Hội nghị biểu dương người có uy tín tiêu biểu năm 2022 (28/07/2022)
- Giám sát việc thực hiện chính sách hỗ trợ đất sản xuất (14/07/2022)
""",
    "2022-08-18", "Chủ tịch UBND tỉnh đối thoại với đồng bào dân tộc thiểu số huyện Hướng Hóa",
    E("doi_thoai", "2022", "2022-08-17"),
    [P("Hoàng Nam Trung", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
     P("Nguyễn Thị Hương Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Hồ Văn Hiêng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lê Thị Thanh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Pả Loan", "Trưởng Ban Dân tộc tỉnh"),
     P("Hồ Văn Năm", "người có uy tín ở thôn Xa Re"),
     P("Kăn Thị Ún"),
     P("Hồ Văn Dũng", "Bí thư Đoàn xã Hướng Phùng"),
     P("Hồ Văn Thoát", "Già làng"),
     P("Lê Văn Sơn", "Chủ tịch UBND huyện Hướng Hóa")],
    [Q("185 người có uy tín, hộ nghèo, đoàn viên, hội viên", 185, "người có uy tín, hộ nghèo, đoàn viên, hội viên"),
     Q("22 xã", 22, "xã"),
     Q("312,6 tỷ đồng", 312600000000, "đồng"),
     Q("27,4%", 27.4, "%"),
     Q("22,5 triệu đồng", 22500000, "đồng"),
     Q("4.126 hộ nghèo", 4126, "hộ nghèo"),
     Q("38,5%", 38.5, "%"),
     Q("21 ý kiến", 21, "ý kiến"),
     Q("4,8 tỷ đồng", 4800000000, "đồng"),
     Q("3 cầu treo dân sinh", 3, "cầu treo dân sinh"),
     Q("khoảng 300 lao động địa phương", 300, "lao động địa phương", "approx"),
     Q("1.250 ha", 1250, "ha"),
     Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"),
     Q("96 ý kiến, kiến nghị", 96, "ý kiến, kiến nghị"),
     Q("47 cuộc đối thoại", 47, "cuộc đối thoại"),
     Q("40 suất quà", 40, "suất quà"),
     Q("1 triệu đồng", 1000000, "đồng")],
    [D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", surface="Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
     D("Nghị quyết", "09", "2021/NQ-HĐND", None, "HĐND tỉnh", surface="Nghị quyết số 09/2021/NQ-HĐND"),
     D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217-QĐ/TW")],
    [prov("Quảng Trị"), com("Hướng Phùng"), com("A Ngo")],
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ › Tin tức › Hoạt động Mặt trận",
     "Quang cảnh hội nghị đối thoại tại xã Hướng Phùng. Ảnh: Thanh Hải",
     "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
     "Xa Re", "bản Cựp", "Khu kinh tế - thương mại đặc biệt Lao Bảo", "Sở Lao động - Thương binh và Xã hội", "Lượt xem: 1.134"],
    ["Cập nhật: 15:55, 18/08/2022 (GMT+7)", "năm 2022", "quý IV", "Lượt xem: 1.134"]))

# ---------------------------------------------------------------- b646 Hưng Yên, Hội LHPN, tập huấn 2023
PAGES.append(page("b646-hungyen-lhpn-taphuan-2023", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HƯNG YÊN
Trang chủ | Tin tức | Đào tạo - Bồi dưỡng
Thứ Tư, 14/06/2023 - 08:00
Nâng cao kỹ năng vận động, tập hợp phụ nữ cho cán bộ Hội cơ sở
Trong 2 ngày 13 và 14/6, Hội LHPN tỉnh Hưng Yên tổ chức lớp tập huấn năm 2023 về kỹ năng vận động, tập hợp phụ nữ và truyền thông trên mạng xã hội cho 210 học viên là chủ tịch, phó chủ tịch Hội LHPN các xã, phường, thị trấn và chi hội trưởng phụ nữ. Dự khai mạc có bà Đỗ Thị Thanh Thủy, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; các bà Phó Chủ tịch Hội LHPN tỉnh: Lê Thị Hải Yến, Trần Thị Ngọc.
Bà Đỗ Thị Thanh Thủy phát biểu khai mạc lớp tập huấn.
Lớp tập huấn được tổ chức theo Kế hoạch số 67/KH-HLHPN ngày 05/5/2023 của Ban Thường vụ Hội LHPN tỉnh, nhằm tiếp tục thực hiện Chỉ thị 21-CT/TW của Ban Bí thư về đẩy mạnh công tác phụ nữ trong tình hình mới và đề án 938 về tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ. Học viên được nghe 5 chuyên đề, thực hành xây dựng kịch bản một buổi sinh hoạt chi hội, cách viết tin bài đăng trên trang Zalo, Facebook của chi hội.
Bà Nguyễn Thị Mai Phương, Trưởng Ban Tuyên giáo Hội LHPN tỉnh cho biết, toàn tỉnh hiện có 1.128 chi hội phụ nữ với trên 214.000 hội viên; 100% cơ sở Hội đã lập nhóm Zalo để thông tin tới hội viên. Năm 2022, các cấp Hội đã kết nạp 5.340 hội viên mới, hỗ trợ 96 phụ nữ khởi nghiệp, giúp 418 hộ phụ nữ nghèo, cận nghèo có sinh kế ổn định.
Giảng viên lớp học là bà Vũ Thị Thu Hà, Phó Trưởng khoa Dân vận, Trường Chính trị Nguyễn Văn Linh và ông Phạm Văn Đức, Phó Trưởng Ban Tuyên giáo Tỉnh ủy. Trong phần thảo luận, bà Maria Nguyễn Thị Hoa, Chi hội trưởng Chi hội phụ nữ giáo họ Mễ Sở, chia sẻ cách vận động chị em giáo dân tham gia sinh hoạt Hội: nhờ lồng ghép sinh hoạt với các buổi tập văn nghệ, năm qua chi hội kết nạp được 32 hội viên mới. Bà Lương Thị Hiền, vừa được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN xã Phú Thịnh tháng 3 vừa qua, đề nghị Hội tỉnh hỗ trợ thêm tài liệu về chuyển đổi số.
Ngày thứ hai, học viên được chia thành 7 nhóm thực hành xử lý tình huống trên mạng xã hội, như thông tin sai lệch về chính sách, lời kêu gọi góp tiền "đầu tư" lãi cao nhắm vào phụ nữ nông thôn. Bà Nguyễn Thị Mai Phương lưu ý, năm 2022 Hội đã phối hợp với Công an tỉnh cảnh báo 14 vụ lừa đảo qua mạng, giúp chị em tránh thiệt hại ước tính gần 2,3 tỷ đồng.
Kết quả khảo sát cuối khóa cho thấy 196/210 học viên đánh giá nội dung tập huấn thiết thực; 87% học viên cho biết sẽ tổ chức lại nội dung tập huấn tại chi hội của mình. Bà Lê Thị Hải Yến cho biết, năm 2023 Hội LHPN tỉnh dự kiến mở thêm 4 lớp tập huấn tương tự cho khoảng 800 cán bộ Hội cơ sở, với kinh phí từ nguồn ngân sách tỉnh 120 triệu đồng và nguồn xã hội hóa.
Bế mạc lớp học, bà Trần Thị Ngọc đề nghị các học viên vận dụng kỹ năng đã học để triển khai các phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" và cuộc vận động "Xây dựng gia đình 5 không, 3 sạch"; phấn đấu mỗi chi hội xây dựng được ít nhất một mô hình hoạt động hiệu quả, góp phần thực hiện mục tiêu tỷ lệ tập hợp hội viên đạt 85% trở lên. Dịp này, Ban Thường vụ Hội LHPN tỉnh tặng giấy khen cho 8 tập thể, 12 cá nhân có thành tích trong công tác tuyên truyền năm 2022.
Thu Trang
Lượt xem: 352
Tin liên quan
- Hội LHPN tỉnh sơ kết 5 năm thực hiện đề án 939 (06/06/2023)
- Khoái Châu: Phụ nữ giáo dân làm kinh tế giỏi (25/05/2023)
- Trao 20 mái ấm cho hội viên phụ nữ nghèo (12/05/2023)
- Văn Lâm: Ra mắt câu lạc bộ phụ nữ khởi nghiệp (28/04/2023)
""",
    "2023-06-14", "Nâng cao kỹ năng vận động, tập hợp phụ nữ cho cán bộ Hội cơ sở",
    E("tap_huan", "2023", "2023-06-13"),
    [P("Đỗ Thị Thanh Thủy", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
     P("Lê Thị Hải Yến", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Trần Thị Ngọc", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Nguyễn Thị Mai Phương", "Trưởng Ban Tuyên giáo Hội LHPN tỉnh"),
     P("Vũ Thị Thu Hà", "Phó Trưởng khoa Dân vận, Trường Chính trị Nguyễn Văn Linh"),
     P("Phạm Văn Đức", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
     P("Maria Nguyễn Thị Hoa", "Chi hội trưởng Chi hội phụ nữ giáo họ Mễ Sở"),
     P("Lương Thị Hiền", "Chủ tịch Hội LHPN xã Phú Thịnh")],
    [Q("210 học viên", 210, "học viên"),
     Q("5 chuyên đề", 5, "chuyên đề"),
     Q("1.128 chi hội phụ nữ", 1128, "chi hội phụ nữ"),
     Q("trên 214.000 hội viên", 214000, "hội viên", "over"),
     Q("100% cơ sở Hội", 100, "%"),
     Q("5.340 hội viên mới", 5340, "hội viên mới"),
     Q("96 phụ nữ", 96, "phụ nữ"),
     Q("418 hộ phụ nữ nghèo, cận nghèo", 418, "hộ phụ nữ nghèo, cận nghèo"),
     Q("32 hội viên mới", 32, "hội viên mới"),
     Q("7 nhóm", 7, "nhóm"),
     Q("14 vụ lừa đảo", 14, "vụ lừa đảo"),
     Q("gần 2,3 tỷ đồng", 2300000000, "đồng", "approx"),
     Q("196/210 học viên", 196, "học viên"),
     Q("87% học viên", 87, "%"),
     Q("4 lớp tập huấn", 4, "lớp tập huấn"),
     Q("khoảng 800 cán bộ Hội cơ sở", 800, "cán bộ Hội cơ sở", "approx"),
     Q("120 triệu đồng", 120000000, "đồng"),
     Q("85%", 85, "%"),
     Q("8 tập thể", 8, "tập thể"),
     Q("12 cá nhân", 12, "cá nhân")],
    [D("Kế hoạch", "67", "KH-HLHPN", "2023-05-05", "Ban Thường vụ Hội LHPN tỉnh", surface="Kế hoạch số 67/KH-HLHPN ngày 05/5/2023"),
     D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", surface="Chỉ thị 21-CT/TW"),
     D("Đề án", "938", None, None, None, surface="đề án 938")],
    [prov("Hưng Yên"), com("Phú Thịnh")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HƯNG YÊN", "Trang chủ | Tin tức | Đào tạo - Bồi dưỡng",
     "Bà Đỗ Thị Thanh Thủy phát biểu khai mạc lớp tập huấn.", "Trường Chính trị Nguyễn Văn Linh", "Zalo", "Facebook",
     "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Xây dựng gia đình 5 không, 3 sạch", "Mễ Sở",
     "Lượt xem: 352"],
    ["Thứ Tư, 14/06/2023 - 08:00", "2 ngày", "13 và 14/6", "năm 2023", "Năm 2022", "năm 2022", "5 không, 3 sạch", "Lượt xem: 352"]))
