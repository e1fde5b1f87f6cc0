"""holdout40 batch 2: b923-b928 (2017-2020)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b923
PAGES.append(page("b923-vinhlong-giaoban-quy3-2017", """
BAN DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ | Tin hoạt động | Dân vận chính quyền
06.10.2017 - 14:05
Giao ban công tác dân vận quý III: chú trọng vùng đồng bào Khmer
Ngày 5/10, Ban Dân vận Tỉnh ủy Vĩnh Long tổ chức giao ban công tác dân vận quý III/2017 với Ban Dân vận các huyện, thị, thành ủy và đảng ủy trực thuộc. Đồng chí Trần Thị Cẩm Nhung, TUV, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì; các đồng chí Võ Văn Đức, Lê Thị Mỹ Dung - Phó Trưởng Ban Dân vận Tỉnh ủy cùng dự.
Quý III, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết việc thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; ban hành Kế hoạch 112-KH/BDVTU về kiểm tra công tác dân vận chính quyền tại 6 xã có đông đồng bào Khmer. Khối dân vận các cấp tiếp nhận 46 đơn thư, đã phối hợp giải quyết 39 đơn, chủ yếu liên quan tranh chấp đất đai, bồi thường giải phóng mặt bằng; UBND các cấp tổ chức 12 cuộc đối thoại với nhân dân.
Mặt trận và các đoàn thể vận động được 1,7 tỷ đồng xây dựng 34 căn nhà Đại đoàn kết, trong đó có 19 căn cho hộ nghèo người Khmer ở huyện Trà Ôn và thị xã Bình Minh. Tính đến cuối quý, kế hoạch xây nhà năm 2017 đạt 75%.
Các đại biểu dự giao ban. Ảnh: Kim Loan
Tại giao ban, đồng chí Sơn Văn Sương, HUV, Trưởng Ban Dân vận Huyện ủy Trà Ôn, cho biết huyện đã phối hợp với Hội Đoàn kết sư sãi yêu nước huyện vận động đồng bào Khmer ở xã Trà Côn hiến 2.400 m2 đất mở rộng tuyến đường vào chùa Kỳ La. Đại đức Kim Sô Phal, trụ trì chùa Kỳ La, đã trực tiếp đến từng nhà phật tử để vận động; đến nay 27 hộ đã tự nguyện tháo dỡ hàng rào, cây trái, không nhận tiền bồi thường.
Đồng chí Nguyễn Thanh Tùng, Trưởng Ban Dân vận Thị ủy Bình Minh, đề nghị tỉnh sớm có hướng dẫn thống nhất về tiêu chí mô hình "Dân vận khéo" để cơ sở có căn cứ đánh giá, nhân rộng. Một số ý kiến phản ánh tình trạng đơn thư vượt cấp ở các dự án giao thông vẫn còn, một phần do việc công khai phương án bồi thường chưa kịp thời.
Kết luận giao ban, đồng chí Trần Thị Cẩm Nhung yêu cầu quý IV các địa phương tập trung thực hiện Hướng dẫn 16-HD/BDVTW của Ban Dân vận Trung ương về công tác dân vận chính quyền; tổ chức tốt các hoạt động thăm, chúc mừng Lễ Sene Đolta và Lễ hội Ok Om Bok của đồng bào Khmer; chuẩn bị tổng kết công tác dân vận năm 2017 và biểu dương mô hình "Dân vận khéo" cấp tỉnh.
Kim Loan
Các tin đã đưa
- Tam Bình: tọa đàm về công tác dân vận trong vùng đồng bào Khmer (28/09/2017)
- Hội nghị tập huấn nghiệp vụ công tác dân vận năm 2017 (14/09/2017)
- Thăm các chùa Khmer nhân Lễ Sene Đolta (18/09/2017)
- Giao ban công tác dân vận quý II/2017 (06/07/2017)
""",
    "2017-10-06",
    "Giao ban công tác dân vận quý III: chú trọng vùng đồng bào Khmer",
    E("giao_ban", "2017-Q3", "2017-10-05"),
    [P("Trần Thị Cẩm Nhung", "TUV", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
     P("Võ Văn Đức", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lê Thị Mỹ Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Sơn Văn Sương", "HUV", "Trưởng Ban Dân vận Huyện ủy Trà Ôn"),
     P("Kim Sô Phal", "Đại đức", "trụ trì chùa Kỳ La"),
     P("Nguyễn Thanh Tùng", "Trưởng Ban Dân vận Thị ủy Bình Minh")],
    [Q("6 xã", 6, "xã"),
     Q("46 đơn thư", 46, "đơn thư"),
     Q("39 đơn", 39, "đơn"),
     Q("12 cuộc đối thoại", 12, "cuộc đối thoại"),
     Q("1,7 tỷ đồng", 1700000000, "đồng"),
     Q("34 căn nhà Đại đoàn kết", 34, "căn nhà Đại đoàn kết"),
     Q("19 căn", 19, "căn"),
     Q("75%", 75, "%"),
     Q("2.400 m2", 2400, "m2"),
     Q("27 hộ", 27, "hộ")],
    [D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW của Bộ Chính trị"),
     D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW của Bộ Chính trị"),
     D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Kế hoạch 112-KH/BDVTU"),
     D("Hướng dẫn", "16", "HD/BDVTW", None, "Ban Dân vận Trung ương", surface="Hướng dẫn 16-HD/BDVTW của Ban Dân vận Trung ương")],
    [prov("Vĩnh Long"), com("Trà Côn")],
    ["BAN DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ | Tin hoạt động | Dân vận chính quyền", "Các đại biểu dự giao ban. Ảnh: Kim Loan",
     "Hội Đoàn kết sư sãi yêu nước huyện", "chùa Kỳ La", "Dân vận khéo", "Sene Đolta", "Ok Om Bok"],
    ["06.10.2017 - 14:05", "quý III/2017", "quý IV", "năm 2017", "217, 218-QĐ/TW"],
))

# ---------------------------------------------------------------- b924
PAGES.append(page("b924-yenbai-mttq-giamsat-nhao-2018", """
BÁO YÊN BÁI ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Cập nhật: 15:30, 24/08/2018 (GMT+7)
Giám sát hỗ trợ nhà ở cho hộ nghèo tại Mù Cang Chải
YBĐT - Từ ngày 21 đến 23/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Yên Bái do đồng chí Hoàng Văn Khiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo Quyết định số 33/2015/QĐ-TTg của Thủ tướng Chính phủ tại huyện Mù Cang Chải. Đây là một trong những nội dung trong chương trình giám sát năm 2018 của Mặt trận tỉnh.
Đoàn giám sát kiểm tra thực tế nhà ở của hộ nghèo tại bản Háng Cơ Bông. Ảnh: Thanh Chi
Theo báo cáo của UBND huyện, giai đoạn 2016 - 2018 huyện có 1.542 hộ nghèo thuộc diện được hỗ trợ làm nhà, 100% là đồng bào Mông. Mỗi hộ được vay tối đa 25 triệu đồng từ Ngân hàng Chính sách xã hội với lãi suất 3%/năm, thời hạn vay 15 năm. Đến nay đã có 1.219 hộ hoàn thành, đạt 79%; còn 323 hộ đang làm dở dang hoặc chưa khởi công do khó khăn về vật liệu, đường sá. Mặt trận và các đoàn thể huyện đã huy động gần 2.000 ngày công giúp các hộ vận chuyển vật liệu, dựng nhà.
Đoàn đã kiểm tra thực tế tại xã Khao Mang và xã Lao Chải. Đồng chí Lý A Tông, Chủ tịch UBND xã Khao Mang, cho biết xã có 143 hộ được hỗ trợ, nhiều hộ ở bản Háng Cơ Bông đã tận dụng gỗ tạp, đá hộc tại chỗ để giảm chi phí. Ông Sùng A Dê, trưởng bản Háng Cơ Bông, đề nghị được kéo dài thời gian hoàn thành vì đường vào bản mùa mưa thường xuyên sạt lở, xe chở xi măng, tấm lợp không vào được.
Chị Thào Thị Mỷ, một hộ nghèo trong bản, phấn khởi: "Trước đây cả nhà 7 người ở trong căn nhà gỗ tạm, dột nát. Được vay vốn, được bộ đội, đoàn viên thanh niên giúp công, năm nay nhà mình đã có nhà mới".
Làm việc với huyện, đồng chí Giàng A Chu, Phó Chủ tịch UBND huyện Mù Cang Chải, giải trình: Nguyên nhân chậm là do nhiều hộ chưa đối ứng được phần kinh phí còn lại, một số hộ tách hộ mới sau khi được phê duyệt danh sách. Huyện đã chỉ đạo các xã rà soát, không để xảy ra tình trạng hộ nhận vốn nhưng sử dụng sai mục đích.
Phát biểu kết luận, đồng chí Hoàng Văn Khiêm đề nghị huyện khẩn trương hoàn thành số nhà còn lại trước ngày 31/12/2018; công khai danh sách, mức hỗ trợ tại nhà văn hóa các bản theo đúng Kế hoạch số 45/KH-MTTQ-BTT ngày 05/3/2018 của Ban Thường trực Ủy ban MTTQ tỉnh; phát huy vai trò Ban Công tác Mặt trận, trưởng bản, người có uy tín trong vận động đồng bào tự lực làm nhà, không trông chờ, ỷ lại. Kết quả giám sát sẽ được tổng hợp, kiến nghị với UBND tỉnh.
Thanh Chi
Tin cùng chuyên mục
- Trạm Tấu: hơn 300 hộ Mông được hỗ trợ làm nhà (17/08/2018)
- Ủy ban MTTQ tỉnh giám sát thực hiện Quy chế dân chủ ở cơ sở (09/08/2018)
- Văn Chấn: ra mắt mô hình "Khu dân cư không có đơn thư" (30/07/2018)
""",
    "2018-08-24",
    "Giám sát hỗ trợ nhà ở cho hộ nghèo tại Mù Cang Chải",
    E("giam_sat", "2018", "2018-08-21"),
    [P("Hoàng Văn Khiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Lý A Tông", "Chủ tịch UBND xã Khao Mang"),
     P("Sùng A Dê", "trưởng bản Háng Cơ Bông"),
     P("Thào Thị Mỷ"),
     P("Giàng A Chu", "Phó Chủ tịch UBND huyện Mù Cang Chải")],
    [Q("1.542 hộ nghèo", 1542, "hộ nghèo"),
     Q("100%", 100, "%"),
     Q("25 triệu đồng", 25000000, "đồng"),
     Q("3%/năm", 3, "%"),
     Q("1.219 hộ", 1219, "hộ"),
     Q("79%", 79, "%"),
     Q("323 hộ", 323, "hộ"),
     Q("gần 2.000 ngày công", 2000, "ngày công", "approx"),
     Q("143 hộ", 143, "hộ"),
     Q("7 người", 7, "người")],
    [D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định số 33/2015/QĐ-TTg của Thủ tướng Chính phủ"),
     D("Kế hoạch", "45", "KH-MTTQ-BTT", "2018-03-05", "Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch số 45/KH-MTTQ-BTT ngày 05/3/2018")],
    [prov("Yên Bái"), com("Khao Mang"), com("Lao Chải")],
    ["BÁO YÊN BÁI ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "YBĐT",
     "Đoàn giám sát kiểm tra thực tế nhà ở của hộ nghèo tại bản Háng Cơ Bông. Ảnh: Thanh Chi",
     "Ngân hàng Chính sách xã hội", "bản Háng Cơ Bông", "Ban Công tác Mặt trận"],
    ["Cập nhật: 15:30, 24/08/2018 (GMT+7)", "giai đoạn 2016 - 2018", "15 năm", "năm 2018", "ngày 31/12/2018"],
))

# ---------------------------------------------------------------- b925
PAGES.append(page("b925-angiang-bieuduong-nguoicouytin-2019", """
Báo An Giang Online
Trang chủ » Thời sự » Dân tộc - Tôn giáo
20/11/2019 - 09:55
Biểu dương 96 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số
Ngày 19/11, tại TP. Long Xuyên, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2019. Đồng chí Phan Văn Điền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Chau Phi Rum, Phó Trưởng Ban Dân tộc tỉnh đồng chủ trì.
Tỉnh An Giang hiện có 340 người có uy tín, trong đó người Khmer chiếm đa số, tập trung ở hai huyện Tri Tôn, Tịnh Biên; người Chăm theo đạo Hồi (Islam) sống tập trung ở thị xã Tân Châu và các huyện An Phú, Châu Phú. Năm 2019, người có uy tín đã tham gia hòa giải thành 153 vụ việc mâu thuẫn, tranh chấp trong cộng đồng; vận động con cháu, bà con đóng góp hơn 2,6 tỷ đồng cùng Nhà nước xây cầu, làm đường, sửa chữa nhà cho hộ nghèo; phát hiện, cung cấp cho lực lượng chức năng 27 tin báo có giá trị về an ninh trật tự ở khu vực biên giới.
Các đại biểu được biểu dương chụp ảnh lưu niệm. Ảnh: Hạnh Châu
Tại hội nghị, nhiều đại biểu chia sẻ kinh nghiệm vận động đồng bào. Ông Mohamad Sa Ly, Trưởng Ban Đại diện Cộng đồng Hồi giáo (Islam) tỉnh An Giang, cho biết bà con Chăm ở các làng ven biên giới đã đoàn kết chăm lo cho học sinh nghèo, vận động con em không bỏ học giữa chừng. Ông Ysa Ha Ri, Hakim thánh đường Jamiul Azhar, xã Châu Phong, chia sẻ cách phối hợp với chính quyền ấp tuyên truyền phòng, chống mua bán người và lao động sang nước ngoài trái phép.
Ông Chau Sóc Cường, người có uy tín phum Srây Skốth, xã Châu Lăng, kể lại việc thuyết phục hai dòng họ trong phum thôi tranh chấp hơn 3.000 m2 đất ruộng sau nhiều năm căng thẳng: "Mình ngồi uống trà với từng nhà, nói cho bà con hiểu, đất thì còn mà tình làng nghĩa xóm mất thì khó lấy lại". Bà Néang Sa Phi, ấp Tô Thủy, xã Lê Trì, được biểu dương vì vận động 14 hộ Khmer chuyển đổi cây trồng, thoát nghèo.
Phát biểu tại hội nghị, đồng chí Phan Văn Điền đánh giá cao vai trò cầu nối của người có uy tín giữa Đảng, chính quyền với đồng bào; đề nghị các ngành tiếp tục thực hiện đầy đủ chế độ, chính sách theo Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ; định kỳ cung cấp thông tin, tổ chức cho người có uy tín đi tham quan, học tập kinh nghiệm.
Dịp này, 96 người có uy tín tiêu biểu được Chủ tịch UBND tỉnh tặng bằng khen theo Quyết định số 2561/QĐ-UBND ngày 28/10/2019; mỗi người được thưởng 1 triệu đồng. Ban Dân vận Tỉnh ủy cũng tặng giấy khen cho 8 tập thể có thành tích trong công tác vận động đồng bào dân tộc thiểu số.
Hạnh Châu
Tin liên quan
- Tri Tôn: họp mặt sư sãi, A-cha nhân Lễ Sene Đolta (25/09/2019)
- Gặp mặt chức sắc Islam giáo dịp tháng Ramadan (09/05/2019)
- Tịnh Biên: 5 năm thực hiện Kết luận 114-KL/TW (16/04/2019)
""",
    "2019-11-20",
    "Biểu dương 96 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số",
    E("hoi_nghi", "2019", "2019-11-19"),
    [P("Phan Văn Điền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Chau Phi Rum", "Phó Trưởng Ban Dân tộc tỉnh"),
     P("Mohamad Sa Ly", "Trưởng Ban Đại diện Cộng đồng Hồi giáo (Islam) tỉnh An Giang"),
     P("Ysa Ha Ri", "Hakim thánh đường Jamiul Azhar"),
     P("Chau Sóc Cường", "người có uy tín phum Srây Skốth"),
     P("Néang Sa Phi")],
    [Q("96 người có uy tín tiêu biểu", 96, "người có uy tín tiêu biểu"),
     Q("340 người có uy tín", 340, "người có uy tín"),
     Q("153 vụ việc mâu thuẫn, tranh chấp", 153, "vụ việc mâu thuẫn, tranh chấp"),
     Q("hơn 2,6 tỷ đồng", 2600000000, "đồng", "over"),
     Q("27 tin báo", 27, "tin báo"),
     Q("hơn 3.000 m2", 3000, "m2", "over"),
     Q("14 hộ Khmer", 14, "hộ Khmer"),
     Q("1 triệu đồng", 1000000, "đồng"),
     Q("8 tập thể", 8, "tập thể")],
    [D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", surface="Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ"),
     D("Quyết định", "2561", "QĐ-UBND", "2019-10-28", "Chủ tịch UBND tỉnh", surface="Quyết định số 2561/QĐ-UBND ngày 28/10/2019")],
    [prov("An Giang"), com("Châu Phong"), com("Châu Lăng"), com("Lê Trì")],
    ["Báo An Giang Online", "Trang chủ » Thời sự » Dân tộc - Tôn giáo",
     "Các đại biểu được biểu dương chụp ảnh lưu niệm. Ảnh: Hạnh Châu", "TP. Long Xuyên", "thánh đường Jamiul Azhar",
     "phum Srây Skốth", "ấp Tô Thủy"],
    ["20/11/2019 - 09:55", "Năm 2019", "hai huyện", "hai dòng họ", "nhiều năm"],
))

# ---------------------------------------------------------------- b926
PAGES.append(page("b926-sonla-bdv-tongket-2019", """
Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Thứ Tư, ngày 18/12/2019
Trang chủ > Chính trị > Xây dựng Đảng
Hơn 1.300 mô hình "Dân vận khéo" được công nhận
Ngày 17/12, Ban Dân vận Tỉnh ủy Sơn La tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Lò Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Quàng Văn Hặc, Phó Bí thư Tỉnh ủy.
Năm 2019, các cấp ủy, chính quyền đã công nhận hơn 1.300 mô hình "Dân vận khéo" trên các lĩnh vực, trong đó có 164 mô hình cấp tỉnh. Nhiều mô hình gắn với vận động đồng bào Thái, Mông chuyển đổi cây trồng trên đất dốc, xây dựng nông thôn mới, giữ gìn an ninh trật tự ở bản. Nhân dân đã hiến 38,6 ha đất, đóng góp hơn 120.000 ngày công làm đường giao thông, nhà văn hóa bản.
Đồng chí Lò Thị Xuân phát biểu tại hội nghị. Ảnh: Quang Quý
Công tác dân vận ở các dự án thủy điện tiếp tục được quan tâm. Khối dân vận phối hợp với chính quyền tổ chức 86 cuộc đối thoại với hộ tái định cư, giải quyết 212/240 đơn thư, kiến nghị; vận động 2.117 hộ nghèo, hộ tái định cư làm nhà ở theo các chương trình của Nhà nước, tổng kinh phí trên 52 tỷ đồng. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 23,5%.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 28-CT/TU ngày 10/5/2019 về tăng cường công tác dân vận trong vùng đồng bào Mông; phối hợp kiểm tra việc thực hiện Quyết định số 290-QĐ/TW của Ban Bí thư về quy chế công tác dân vận của hệ thống chính trị tại 4 huyện.
Tại hội nghị, đồng chí Tòng Văn Ơn, HUV, Trưởng Ban Dân vận Huyện ủy Mường La, chia sẻ kinh nghiệm vận động 96 hộ tái định cư thủy điện Sơn La ở xã Chiềng Ân chuyển sang trồng cây ăn quả. Đồng chí Mùa A Sáng, Bí thư Đảng ủy xã Chiềng Công, cho biết xã đã vận động bà con Mông bỏ trồng cây thuốc phiện từ lâu, nay tập trung trồng mận, chè shan tuyết; cả xã không còn hộ di cư tự do, không có người theo đạo trái pháp luật.
Phát biểu chỉ đạo, đồng chí Quàng Văn Hặc biểu dương kết quả của khối dân vận; đề nghị năm 2020 tập trung tuyên truyền, vận động nhân dân tham gia góp ý dự thảo văn kiện đại hội đảng bộ các cấp; nâng cao chất lượng mô hình "Dân vận khéo", tránh chạy theo số lượng; chú trọng đối thoại giải quyết kịp thời kiến nghị của người dân vùng tái định cư.
Dịp này, Ban Dân vận Trung ương tặng bằng khen cho 3 tập thể và 5 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 21 tập thể, 34 cá nhân có thành tích xuất sắc.
Quang Quý
TIN CÙNG CHUYÊN MỤC
- Thuận Châu: ra mắt 25 mô hình "Dân vận khéo" (10/12/2019)
- Bắc Yên: vận động đồng bào Mông hiến đất làm đường (29/11/2019)
- Hội nghị người có uy tín tỉnh Sơn La năm 2019 (14/11/2019)
""",
    "2019-12-18",
    "Hơn 1.300 mô hình \"Dân vận khéo\" được công nhận",
    E("tong_ket", "2019", "2019-12-17"),
    [P("Lò Thị Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Quàng Văn Hặc", "Phó Bí thư Tỉnh ủy"),
     P("Tòng Văn Ơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường La"),
     P("Mùa A Sáng", "Bí thư Đảng ủy xã Chiềng Công")],
    [Q("hơn 1.300 mô hình", 1300, "mô hình", "over"),
     Q("164 mô hình cấp tỉnh", 164, "mô hình cấp tỉnh"),
     Q("38,6 ha", 38.6, "ha"),
     Q("hơn 120.000 ngày công", 120000, "ngày công", "over"),
     Q("86 cuộc đối thoại", 86, "cuộc đối thoại"),
     Q("212/240 đơn thư, kiến nghị", 212, "đơn thư, kiến nghị"),
     Q("2.117 hộ nghèo, hộ tái định cư", 2117, "hộ nghèo, hộ tái định cư"),
     Q("trên 52 tỷ đồng", 52000000000, "đồng", "over"),
     Q("23,5%", 23.5, "%"),
     Q("4 huyện", 4, "huyện"),
     Q("96 hộ tái định cư", 96, "hộ tái định cư"),
     Q("3 tập thể", 3, "tập thể"),
     Q("5 cá nhân", 5, "cá nhân"),
     Q("21 tập thể", 21, "tập thể"),
     Q("34 cá nhân", 34, "cá nhân")],
    [D("Chỉ thị", "28", "CT/TU", "2019-05-10", "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị số 28-CT/TU ngày 10/5/2019"),
     D("Quyết định", "290", "QĐ/TW", None, "Ban Bí thư", surface="Quyết định số 290-QĐ/TW của Ban Bí thư")],
    [prov("Sơn La"), com("Chiềng Ân"), com("Chiềng Công")],
    ["Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Trang chủ > Chính trị > Xây dựng Đảng",
     "Đồng chí Lò Thị Xuân phát biểu tại hội nghị. Ảnh: Quang Quý", "Dân vận khéo", "thủy điện Sơn La"],
    ["Thứ Tư, ngày 18/12/2019", "năm 2020", "Năm 2019", "Chỉ thị số 28-CT/TU", "290-QĐ/TW"],
))

# ---------------------------------------------------------------- b927
PAGES.append(page("b927-kontum-bdv-taphuan-2020", """
KON TUM ONLINE
Tin tức > Chính trị - Xây dựng Đảng
2020-10-15 10:12
Tập huấn nghiệp vụ dân vận cho cán bộ cơ sở vùng đồng bào dân tộc thiểu số
Trong 2 ngày 13 và 14/10, Ban Dân vận Tỉnh ủy Kon Tum tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2020 cho 130 học viên là cán bộ làm công tác dân vận ở xã, bí thư chi bộ, trưởng thôn, già làng người Ba Na, Xơ Đăng, Gia Rai của các huyện Kon Rẫy, Kon Plông, Đăk Hà, Sa Thầy và thành phố Kon Tum.
Đồng chí Y Bleh, Phó Trưởng Ban Dân vận Tỉnh ủy khai mạc lớp tập huấn. Ảnh: Ngọc Tân
Khai mạc lớp học, đồng chí Y Bleh, Phó Trưởng Ban Dân vận Tỉnh ủy, nhấn mạnh: Cán bộ cơ sở là người gần dân nhất, hiểu dân nhất; muốn vận động đồng bào thì phải nói được tiếng đồng bào, làm trước cho dân làm theo. Các học viên được quán triệt Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; Kế hoạch số 68-KH/BDVTU ngày 02/3/2020 của Ban Dân vận Tỉnh ủy về phong trào thi đua "Dân vận khéo" giai đoạn 2020 - 2025.
Đồng chí Nguyễn Thị Hải Yến, Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh, giới thiệu kỹ năng nắm tình hình, kỹ năng tiếp xúc, đối thoại với người dân và cách giải quyết các vụ việc tranh chấp đất đai ngay từ thôn, làng. Đồng chí A Thuyên, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, thông tin về tình hình tôn giáo trên địa bàn và các hoạt động truyền đạo trái pháp luật cần cảnh giác.
Theo Ban Dân vận Tỉnh ủy, năm 2020 toàn tỉnh đã công nhận 382 mô hình "Dân vận khéo", trong đó hơn 60% là mô hình về giảm nghèo, phát triển sản xuất trong vùng đồng bào dân tộc thiểu số. Tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số giảm bình quân trên 4% mỗi năm.
Tại lớp học, già làng A Kơn, làng Kon Klor 2, phường Thắng Lợi, chia sẻ: "Làng có việc gì, già làng ngồi với chi bộ, với trưởng thôn bàn trước, rồi mới họp dân. Dân thấy người đứng đầu làm đúng thì dân làm theo". Chị Y Khoa, bí thư chi bộ thôn Kon Pring, xã Đăk Rơ Wa, kể lại kinh nghiệm vận động 23 hộ trong thôn trả lại gần 4 ha đất lấn chiếm của Ban quản lý rừng phòng hộ để trồng rừng.
Nhiều học viên đề nghị tỉnh tiếp tục hỗ trợ phụ cấp cho người hoạt động không chuyên trách ở thôn theo Nghị định số 34/2019/NĐ-CP của Chính phủ, mở thêm các lớp học tiếng Ba Na, Xơ Đăng cho cán bộ người Kinh công tác ở vùng đồng bào.
Kết thúc lớp tập huấn, các học viên làm bài thu hoạch; Ban tổ chức tặng mỗi học viên một bộ tài liệu hỏi - đáp về công tác dân vận ở cơ sở.
Ngọc Tân
Tin khác
- Đăk Glei: biểu dương 45 người có uy tín tiêu biểu (09/10/2020)
- Kon Rẫy: đối thoại giữa Bí thư Huyện ủy với nhân dân (30/09/2020)
- Giao ban công tác dân vận quý III/2020 (28/09/2020)
""",
    "2020-10-15",
    "Tập huấn nghiệp vụ dân vận cho cán bộ cơ sở vùng đồng bào dân tộc thiểu số",
    E("tap_huan", "2020", "2020-10-13"),
    [P("Y Bleh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Thị Hải Yến", "Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh"),
     P("A Thuyên", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
     P("A Kơn", "già làng"),
     P("Y Khoa", "bí thư chi bộ thôn Kon Pring")],
    [Q("130 học viên", 130, "học viên"),
     Q("382 mô hình", 382, "mô hình"),
     Q("hơn 60%", 60, "%", "over"),
     Q("trên 4%", 4, "%", "over"),
     Q("23 hộ", 23, "hộ"),
     Q("gần 4 ha", 4, "ha", "approx")],
    [D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương Đảng", surface="Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương Đảng"),
     D("Kế hoạch", "68", "KH/BDVTU", "2020-03-02", "Ban Dân vận Tỉnh ủy", surface="Kế hoạch số 68-KH/BDVTU ngày 02/3/2020 của Ban Dân vận Tỉnh ủy"),
     D("Nghị định", "34", "2019/NĐ-CP", None, "Chính phủ", surface="Nghị định số 34/2019/NĐ-CP của Chính phủ")],
    [prov("Kon Tum"), com("Thắng Lợi"), com("Đăk Rơ Wa")],
    ["KON TUM ONLINE", "Tin tức > Chính trị - Xây dựng Đảng",
     "Đồng chí Y Bleh, Phó Trưởng Ban Dân vận Tỉnh ủy khai mạc lớp tập huấn. Ảnh: Ngọc Tân", "Dân vận khéo",
     "làng Kon Klor 2", "thôn Kon Pring", "Ban quản lý rừng phòng hộ"],
    ["2020-10-15 10:12", "2 ngày", "giai đoạn 2020 - 2025", "khóa XI", "một bộ tài liệu", "mỗi năm"],
))

# ---------------------------------------------------------------- b928
PAGES.append(page("b928-baclieu-bdv-soket-2020", """
BAN DÂN VẬN TỈNH ỦY BẠC LIÊU
Ngày 08/07/2020 | 17:30
Vị trí: Trang chủ >> Tin tức - Sự kiện
Khối dân vận chung tay cùng đồng bào vượt khó trong đại dịch
Sáng 7/7, Ban Dân vận Tỉnh ủy Bạc Liêu tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm 2020 đến các điểm cầu huyện, thị xã, thành phố. Đồng chí Trần Văn Kịp, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì tại điểm cầu tỉnh; cùng dự có đồng chí Lý Thị Sa Ri, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Báo cáo sơ kết cho biết, trước diễn biến phức tạp của dịch Covid-19, khối dân vận các cấp đã tham mưu cấp ủy chỉ đạo tuyên truyền, vận động nhân dân thực hiện nghiêm Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ; Ban Dân vận Tỉnh ủy ban hành Công văn số 215-CV/BDVTU hướng dẫn các chùa Phật giáo Nam tông Khmer tạm dừng tổ chức Tết Chôl Chnăm Thmây tập trung đông người. Toàn bộ 85 chùa Khmer trong tỉnh đã nghiêm túc thực hiện, sư sãi và bà con chỉ làm lễ tại gia đình.
Điểm cầu tỉnh tại hội nghị sơ kết. Ảnh: Chí Thanh
Mặt trận và các đoàn thể vận động các tổ chức, cá nhân ủng hộ hơn 9,2 tỷ đồng và 186 tấn gạo; trao 12.450 phần quà cho hộ nghèo, hộ cận nghèo, lao động mất việc làm, trong đó có 3.700 hộ đồng bào Khmer. Nhiều chùa Khmer đã mở "cây ATM gạo" và bếp ăn từ thiện, hỗ trợ bà con trong những ngày giãn cách xã hội.
Các phong trào thi đua vẫn được duy trì. 6 tháng đầu năm, toàn tỉnh có thêm 48 mô hình "Dân vận khéo"; vận động xây dựng 156 căn nhà Đại đoàn kết, đạt 52% kế hoạch năm. Qua hòa giải ở cơ sở, 64/71 vụ việc mâu thuẫn, tranh chấp đất đai đã được giải quyết ổn thỏa.
Tại hội nghị, đồng chí Trương Văn Sênh, HUV, Trưởng Ban Dân vận Huyện ủy Hòa Bình, chia sẻ cách huyện phối hợp với chùa Khmer tổ chức phát quà "không tiếp xúc" cho bà con. Thượng tọa Tăng Sóc Phi, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị tỉnh tiếp tục quan tâm hỗ trợ sửa chữa các trường dạy giáo lý và chữ Khmer ở các chùa sau mùa mưa bão.
Phát biểu kết luận, đồng chí Trần Văn Kịp đề nghị 6 tháng cuối năm khối dân vận tiếp tục nắm chắc tình hình tư tưởng nhân dân, nhất là vùng đồng bào Khmer, lao động từ các tỉnh trở về; triển khai Kế hoạch số 74-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận phục vụ đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025; phát huy vai trò của sư sãi, người có uy tín trong tuyên truyền, vận động đồng bào.
Chí Thanh
Tin khác
- Giá Rai: trao 150 suất quà cho hộ Khmer khó khăn (12/06/2020)
- Đông Hải: trao 200 phần quà cho ngư dân khó khăn (30/06/2020)
- Phước Long: ra mắt "Ấp dân vận khéo" (22/06/2020)
""",
    "2020-07-08",
    "Khối dân vận chung tay cùng đồng bào vượt khó trong đại dịch",
    E("so_ket", "2020-H1", "2020-07-07"),
    [P("Trần Văn Kịp", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lý Thị Sa Ri", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
     P("Trương Văn Sênh", "HUV", "Trưởng Ban Dân vận Huyện ủy Hòa Bình"),
     P("Tăng Sóc Phi", "Thượng tọa", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh")],
    [Q("85 chùa Khmer", 85, "chùa Khmer"),
     Q("hơn 9,2 tỷ đồng", 9200000000, "đồng", "over"),
     Q("186 tấn", 186, "tấn"),
     Q("12.450 phần quà", 12450, "phần quà"),
     Q("3.700 hộ đồng bào Khmer", 3700, "hộ đồng bào Khmer"),
     Q("48 mô hình", 48, "mô hình"),
     Q("156 căn nhà Đại đoàn kết", 156, "căn nhà Đại đoàn kết"),
     Q("52%", 52, "%"),
     Q("64/71 vụ việc mâu thuẫn, tranh chấp đất đai", 64, "vụ việc mâu thuẫn, tranh chấp đất đai")],
    [D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", surface="Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ"),
     D("Công văn", "215", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Công văn số 215-CV/BDVTU"),
     D("Kế hoạch", "74", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 74-KH/TU của Ban Thường vụ Tỉnh ủy")],
    [prov("Bạc Liêu")],
    ["BAN DÂN VẬN TỈNH ỦY BẠC LIÊU", "Vị trí: Trang chủ >> Tin tức - Sự kiện", "Điểm cầu tỉnh tại hội nghị sơ kết. Ảnh: Chí Thanh",
     "Dân vận khéo", "cây ATM gạo", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Chôl Chnăm Thmây"],
    ["Ngày 08/07/2020 | 17:30", "6 tháng đầu năm 2020", "6 tháng cuối năm", "nhiệm kỳ 2020 - 2025", "Covid-19", "16/CT-TTg"],
))
