"""holdout36 batch 4: b839-b844 (2024 district level; new communes and wards after July 2025)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b839
T = """
Báo Yên Bái điện tử
Thời sự » Khắc phục hậu quả bão số 3
Thứ Bảy, 14/09/2024 - 18:20
Lục Yên: Trao 1.350 suất quà cho người dân bị thiệt hại do bão lũ
YBĐT - Ngày 13/9, Ủy ban MTTQ huyện Lục Yên phối hợp với Ban Chỉ huy Quân sự huyện và các nhà hảo tâm trao 1.350 suất quà cho người dân bị thiệt hại do hoàn lưu bão số 3 tại các xã An Phú, Minh Chuẩn, Mường Lai và thị trấn Yên Thế.
Lực lượng dân quân giúp người dân xã Minh Chuẩn vận chuyển hàng cứu trợ.
Mưa lũ lịch sử do hoàn lưu bão số 3 đã làm 457 ngôi nhà trên địa bàn huyện bị hư hỏng, 12 hộ ở xã An Phú phải di dời khẩn cấp do sạt lở đất; nhiều tuyến đường liên xã, liên thôn bị chia cắt. Thực hiện Công văn số 218/MTTQ-BTT ngày 9/9/2024 của Ban Thường trực Ủy ban MTTQ tỉnh Yên Bái về tiếp nhận, phân bổ nguồn ủng hộ khắc phục hậu quả bão số 3, Ủy ban MTTQ huyện đã thành lập các tổ công tác xuống tận thôn, bản để rà soát, lập danh sách các hộ bị thiệt hại.
Mỗi suất quà trị giá 1 triệu đồng, gồm tiền mặt và các nhu yếu phẩm thiết yếu. Cùng với đó, huyện đã phân bổ 8 tấn gạo, 2.000 thùng mì tôm, 1.500 bình nước sạch cho các thôn bị cô lập. Đến nay, Ủy ban MTTQ huyện đã tiếp nhận hơn 3,6 tỷ đồng tiền ủng hộ của các cơ quan, doanh nghiệp, con em quê hương Lục Yên ở xa.
Bà Hoàng Thị Vân, Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch Ủy ban MTTQ huyện Lục Yên cho biết, việc phân bổ tiền, hàng ủng hộ được thực hiện theo nguyên tắc công khai, minh bạch, đúng đối tượng; danh sách hộ được hỗ trợ được niêm yết tại nhà văn hóa thôn, có sự giám sát của Ban công tác Mặt trận. Những hộ có nhà bị sập hoàn toàn được ưu tiên hỗ trợ 40 triệu đồng/hộ để dựng lại nhà trước mùa đông.
Trung tá Lý Văn Hào, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện cho biết, hơn 300 cán bộ, chiến sĩ, dân quân đã được huy động giúp dân dọn bùn đất, di dời tài sản, dựng lại nhà tạm.
Tại thôn Khe Sâu, xã An Phú, ông Triệu Tiến Thăng, người dân tộc Dao, Bí thư Chi bộ, Trưởng thôn Khe Sâu xúc động nói: "Bà con trong thôn mất hết lúa, ngô. Có gạo, có tiền của Mặt trận và các nhà hảo tâm, bà con vững tâm hơn để làm lại từ đầu". Bà Bàn Thị Xuân, một hộ có nhà bị đất vùi lấp một phần, cho biết gia đình đang ở tạm nhà văn hóa thôn.
Ông Nông Văn Sình, Phó Chủ tịch UBND huyện Lục Yên đề nghị các xã tiếp tục rà soát, không để hộ nào bị đói, không có chỗ ở; khẩn trương khắc phục đường giao thông, điện, nước để học sinh sớm trở lại trường.
Thanh Ba
Tin liên quan
- Văn Yên: Hơn 500 suất quà đến với bà con vùng lũ (13/09/2024)
- Ủy ban MTTQ tỉnh kêu gọi ủng hộ đồng bào bị thiệt hại do bão số 3 (09/09/2024)
- Trấn Yên: Khẩn trương di dời dân khỏi vùng nguy hiểm (08/09/2024)
"""
PAGES.append(page(
    "b839-yenbai-lucyen-cuutro-bao3-2024", T, "2024-09-14",
    "Lục Yên: Trao 1.350 suất quà cho người dân bị thiệt hại do bão lũ",
    E("trao_qua", None, "2024-09-13"),
    [P("Hoàng Thị Vân", "Ủy viên Ban Thường vụ Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện Lục Yên"),
     P("Lý Văn Hào", "Trung tá", "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"),
     P("Triệu Tiến Thăng", "Bí thư Chi bộ", "Trưởng thôn Khe Sâu"),
     P("Bàn Thị Xuân"),
     P("Nông Văn Sình", "Phó Chủ tịch UBND huyện Lục Yên")],
    [Q("1.350 suất quà", 1350, "suất quà"),
     Q("457 ngôi nhà", 457, "ngôi nhà"),
     Q("12 hộ", 12, "hộ"),
     Q("1 triệu đồng", 1000000, "đồng"),
     Q("8 tấn", 8, "tấn"),
     Q("2.000 thùng mì tôm", 2000, "thùng mì tôm"),
     Q("1.500 bình nước sạch", 1500, "bình nước sạch"),
     Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"),
     Q("40 triệu đồng/hộ", 40000000, "đồng"),
     Q("hơn 300 cán bộ, chiến sĩ, dân quân", 300, "cán bộ, chiến sĩ, dân quân", "over")],
    [D("Công văn", "218", "MTTQ-BTT", "2024-09-09", "Ban Thường trực Ủy ban MTTQ tỉnh Yên Bái", "Công văn số 218/MTTQ-BTT ngày 9/9/2024")],
    [prov("Yên Bái"), com("An Phú"), com("Minh Chuẩn"), com("Mường Lai"), com("Yên Thế")],
    ["Báo Yên Bái điện tử", "Thời sự » Khắc phục hậu quả bão số 3", "YBĐT",
     "Lực lượng dân quân giúp người dân xã Minh Chuẩn vận chuyển hàng cứu trợ.", "Thanh Ba"],
    ["Thứ Bảy, 14/09/2024 - 18:20", "bão số 3"],
))

# ---------------------------------------------------------------- b840
T = """
BÁO CẦN THƠ ONLINE
Chính trị | Xây dựng Đảng - Chính quyền
Thứ Sáu, 10/10/2025 - 07:30
Xã Lịch Hội Thượng: Người đứng đầu đối thoại với Nhân dân
Ngày 9/10, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng, TP Cần Thơ tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với Nhân dân năm 2025. Đây là cuộc đối thoại đầu tiên kể từ khi xã mới đi vào hoạt động theo mô hình chính quyền địa phương 2 cấp.
Xã Lịch Hội Thượng (trước đây thuộc huyện Trần Đề, tỉnh Sóc Trăng) được thành lập trên cơ sở sắp xếp 3 xã, hiện có 8.900 hộ, trong đó đồng bào Khmer chiếm 62%. Chủ trì đối thoại có ông Trần Văn Toàn, Bí thư Đảng ủy xã và ông Lâm Sa Quênh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Tham dự có hơn 150 người dân đại diện cho 26 ấp, các vị sư sãi và người có uy tín trong đồng bào Khmer.
Hội nghị đối thoại được tổ chức theo Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Kế hoạch số 15-KH/ĐU ngày 22/8/2025 của Đảng ủy xã. Bà Sơn Thị Bô Pha, Chủ tịch Ủy ban MTTQ Việt Nam xã, điều hành phần ý kiến của người dân.
Người dân đã nêu 18 ý kiến, tập trung vào thủ tục hành chính tại Trung tâm phục vụ hành chính công xã, việc sửa chữa các tuyến đường nông thôn bị sạt lở, giá lúa, giá hành tím xuống thấp và tình trạng xâm nhập mặn mùa khô. Ông Thạch Sô Phên, ấp Bưng Sa, phản ánh nhiều người cao tuổi phải đi xa hơn để làm giấy tờ sau khi sáp nhập. Đại đức Lý Sa Rươl, Phó trụ trì chùa Kos Thum, đề nghị hỗ trợ sửa chữa sala để làm lớp dạy chữ Khmer.
Trả lời các ý kiến, ông Lâm Sa Quênh cho biết xã đã bố trí thêm 2 điểm tiếp nhận hồ sơ lưu động tại các ấp xa, công chức đến tận nhà hỗ trợ người già, người khuyết tật. Năm 2025, xã đã hoàn thành xóa 214 căn nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo, mỗi căn được hỗ trợ 60 triệu đồng. Xã sẽ dành 1,5 tỷ đồng sửa chữa 4 tuyến đường bị sạt lở trước Tết Nguyên đán.
Kết luận hội nghị, ông Trần Văn Toàn ghi nhận các ý kiến thẳng thắn, tâm huyết của bà con; đề nghị các ngành chuyên môn trả lời bằng văn bản những nội dung chưa giải đáp tại hội nghị trong vòng 15 ngày. Ông Toàn cũng đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức thành viên phát huy vai trò giám sát, để người dân thực sự được biết, được bàn, được làm, được kiểm tra, được giám sát và được thụ hưởng.
Sau hội nghị, nhiều người dân bày tỏ phấn khởi vì được trực tiếp trao đổi với người đứng đầu cấp ủy, chính quyền xã mới. Đảng ủy xã cho biết sẽ duy trì đối thoại định kỳ, kết hợp với tiếp dân tại các ấp đồng bào Khmer đông người.
Thạch Thảo
Tin cùng chuyên mục
- Phường Sóc Trăng ra mắt Ủy ban MTTQ Việt Nam phường (28/07/2025)
- Xã Trần Đề trao 50 căn nhà Đại đoàn kết (19/09/2025)
- Cần Thơ: Tổng kết chương trình xóa nhà tạm, nhà dột nát (26/08/2025)
"""
PAGES.append(page(
    "b840-cantho-lichhoithuong-doithoai-2025", T, "2025-10-10",
    "Xã Lịch Hội Thượng: Người đứng đầu đối thoại với Nhân dân",
    E("doi_thoai", "2025", "2025-10-09"),
    [P("Trần Văn Toàn", "Bí thư Đảng ủy xã"),
     P("Lâm Sa Quênh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
     P("Sơn Thị Bô Pha", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Thạch Sô Phên"),
     P("Lý Sa Rươl", "Đại đức", "Phó trụ trì chùa Kos Thum")],
    [Q("3 xã", 3, "xã"),
     Q("8.900 hộ", 8900, "hộ"),
     Q("62%", 62, "%"),
     Q("hơn 150 người dân", 150, "người dân", "over"),
     Q("26 ấp", 26, "ấp"),
     Q("18 ý kiến", 18, "ý kiến"),
     Q("2 điểm tiếp nhận hồ sơ lưu động", 2, "điểm tiếp nhận hồ sơ lưu động"),
     Q("214 căn nhà tạm, nhà dột nát", 214, "căn nhà tạm, nhà dột nát"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("1,5 tỷ đồng", 1500000000, "đồng"),
     Q("4 tuyến đường", 4, "tuyến đường")],
    [D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
     D("Kế hoạch", "15", "KH/ĐU", "2025-08-22", "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU ngày 22/8/2025")],
    [prov("Cần Thơ"), prov("Sóc Trăng"), com("Lịch Hội Thượng")],
    ["BÁO CẦN THƠ ONLINE", "Chính trị | Xây dựng Đảng - Chính quyền", "Trung tâm phục vụ hành chính công xã",
     "được biết, được bàn, được làm, được kiểm tra, được giám sát và được thụ hưởng", "Thạch Thảo"],
    ["Thứ Sáu, 10/10/2025 - 07:30", "chính quyền địa phương 2 cấp", "15 ngày", "Năm 2025"],
))

# ---------------------------------------------------------------- b841
T = """
Báo Cao Bằng điện tử
Chính trị › Xây dựng Đảng
Thứ Sáu, 10/01/2025 09:00
Trùng Khánh: Tổng kết công tác dân vận năm 2024
Ngày 9/1, Ban Dân vận Huyện ủy Trùng Khánh tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Nông Văn Quyết, Phó Bí thư Thường trực Huyện ủy dự và chỉ đạo hội nghị. Đồng chí Lục Thị Hoa, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện chủ trì.
Đồng chí Lục Thị Hoa phát biểu khai mạc hội nghị.
Năm 2024, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy sơ kết 3 năm thực hiện Nghị quyết số 07-NQ/HU ngày 15/3/2021 của Ban Chấp hành Đảng bộ huyện về phát triển du lịch gắn với công tác vận động nhân dân; chỉ đạo khối dân vận các xã, thị trấn triển khai có hiệu quả phong trào thi đua "Dân vận khéo" với 124 mô hình, điển hình. Nhân dân đã hiến 21.000 m2 đất, góp 5.600 ngày công mở rộng 4,5 km đường vào các điểm du lịch thác Bản Giốc, động Ngườm Ngao.
Mặt trận và các đoàn thể đã vận động, hỗ trợ xóa 186 nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo; tỷ lệ hộ nghèo toàn huyện giảm 5,2% so với năm 2023. Khối dân vận đã phối hợp tổ chức 21 hội nghị đối thoại, tiếp xúc giữa người đứng đầu cấp ủy, chính quyền với nhân dân, giải quyết 46 kiến nghị ngay tại cơ sở.
Tại hội nghị, ông Bế Văn Ngọc, Bí thư Đảng ủy xã Đàm Thủy, chia sẻ kinh nghiệm vận động đồng bào Tày, Nùng làm du lịch cộng đồng; bà Đàm Thị Lý, Trưởng xóm Pác Rằng, xã Chí Viễn, kể về việc vận động bà con không trồng cây thuốc phiện, giữ gìn an ninh biên giới.
Phát biểu chỉ đạo, đồng chí Nông Văn Quyết yêu cầu năm 2025 khối dân vận tập trung tuyên truyền, tạo đồng thuận trong nhân dân về chủ trương sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII; làm tốt công tác dân vận trong chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; quan tâm người có uy tín, già làng, trưởng bản ở các xã biên giới.
Dịp này, 6 tập thể, 11 cá nhân được Ban Dân vận Huyện ủy tặng giấy khen vì có thành tích xuất sắc trong công tác dân vận năm 2024. Hội nghị đã tổng kết, trao thưởng các mô hình "Dân vận khéo" tiêu biểu của các xã Đình Phong, Ngọc Côn.
Hội nghị cũng chỉ ra một số hạn chế: việc nắm tình hình nhân dân ở một số xóm vùng sâu còn chậm; sinh hoạt của một số tổ dân vận chưa thường xuyên; việc nhân rộng các mô hình "Dân vận khéo" ở lĩnh vực dân vận chính quyền còn ít. Những hạn chế này sẽ được khắc phục trong năm tới.
Hoàng Thắm
Tin liên quan
- Hạ Lang: Sơ kết 6 tháng phong trào "Dân vận khéo" (20/07/2024)
- Trùng Khánh: Trao 200 suất quà Tết cho hộ nghèo (08/01/2025)
- Quảng Hòa tổng kết công tác Mặt trận năm 2024 (07/01/2025)
"""
PAGES.append(page(
    "b841-caobang-trungkhanh-bdv-tongket-2024", T, "2025-01-10",
    "Trùng Khánh: Tổng kết công tác dân vận năm 2024",
    E("tong_ket", "2024", "2025-01-09"),
    [P("Nông Văn Quyết", "Phó Bí thư Thường trực Huyện ủy"),
     P("Lục Thị Hoa", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
     P("Bế Văn Ngọc", "Bí thư Đảng ủy xã Đàm Thủy"),
     P("Đàm Thị Lý", "Trưởng xóm Pác Rằng")],
    [Q("124 mô hình", 124, "mô hình"),
     Q("21.000 m2", 21000, "m2"),
     Q("5.600 ngày công", 5600, "ngày công"),
     Q("4,5 km", 4.5, "km"),
     Q("186 nhà tạm, nhà dột nát", 186, "nhà tạm, nhà dột nát"),
     Q("5,2%", 5.2, "%"),
     Q("21 hội nghị đối thoại", 21, "hội nghị đối thoại"),
     Q("46 kiến nghị", 46, "kiến nghị"),
     Q("6 tập thể", 6, "tập thể"),
     Q("11 cá nhân", 11, "cá nhân")],
    [D("Nghị quyết", "07", "NQ/HU", "2021-03-15", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 07-NQ/HU ngày 15/3/2021"),
     D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017")],
    [prov("Cao Bằng"), com("Đàm Thủy"), com("Chí Viễn"), com("Đình Phong"), com("Ngọc Côn")],
    ["Báo Cao Bằng điện tử", "Chính trị › Xây dựng Đảng", "Dân vận khéo", "thác Bản Giốc", "Hoàng Thắm"],
    ["Thứ Sáu, 10/01/2025 09:00", "3 năm", "năm 2025", "nhiệm kỳ 2025 - 2030", "khóa XII", "năm 2023"],
))

# ---------------------------------------------------------------- b842
T = """
Cổng thông tin điện tử phường Hội An Tây - thành phố Đà Nẵng
Trang chủ > Tin tức > Mặt trận - Đoàn thể
Thứ Tư, 19/11/2025 | 08:10
Tưng bừng Ngày hội Đại đoàn kết toàn dân tộc ở khối phố Thanh Tây
Tối 18/11, Ban công tác Mặt trận khối phố Thanh Tây, phường Hội An Tây tổ chức Ngày hội Đại đoàn kết toàn dân tộc, chào mừng kỷ niệm 95 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam - Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2025).
Đây là Ngày hội đầu tiên của khối phố kể từ khi phường Hội An Tây (trước đây thuộc thành phố Hội An, tỉnh Quảng Nam) đi vào hoạt động theo mô hình chính quyền địa phương 2 cấp. Về dự có bà Trương Thị Bích Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Đà Nẵng; ông Phan Công Danh, Bí thư Đảng ủy, Chủ tịch HĐND phường Hội An Tây; ông Võ Phú, Chủ tịch Ủy ban MTTQ Việt Nam phường cùng đông đảo người dân trong khối phố.
Các đại biểu trao quà cho hộ khó khăn tại Ngày hội.
Khối phố Thanh Tây có 486 hộ với 1.920 nhân khẩu, nhiều hộ sinh sống bằng nghề dịch vụ du lịch, trồng rau. Báo cáo tại Ngày hội, ông Nguyễn Văn Bảy, Bí thư Chi bộ, Trưởng ban công tác Mặt trận khối phố Thanh Tây cho biết, năm 2025 có 97,5% hộ gia đình đạt danh hiệu "Gia đình văn hóa"; nhân dân góp 420 triệu đồng chỉnh trang 3 kiệt, hẻm và lắp 120 bóng đèn chiếu sáng. Đợt mưa lũ cuối tháng 10, khối phố đã vận động được 86 triệu đồng hỗ trợ các hộ bị ngập sâu.
Khối phố cũng là nơi thực hiện tốt Luật Thực hiện dân chủ ở cơ sở: các nội dung như chỉnh trang đô thị, mức đóng góp, danh sách hộ được hỗ trợ đều được đưa ra hội nghị khối phố bàn và biểu quyết công khai.
Phát biểu tại Ngày hội, bà Trương Thị Bích Hạnh biểu dương tinh thần đoàn kết, tương thân tương ái của bà con; đề nghị Ủy ban MTTQ Việt Nam phường thực hiện tốt Hướng dẫn số 45/HD-MTTQ-BTT ngày 15/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025, phát huy vai trò của các tổ chức chính trị - xã hội sau khi sắp xếp trực thuộc Mặt trận.
Dịp này, Ủy ban MTTQ Việt Nam thành phố tặng khối phố 20 suất quà cho hộ nghèo, hộ có hoàn cảnh khó khăn, mỗi suất trị giá 1,5 triệu đồng; Quỹ "Vì người nghèo" phường hỗ trợ 50 triệu đồng sửa chữa nhà cho 2 hộ. UBND phường khen thưởng 9 hộ gia đình tiêu biểu.
Ngày hội kết thúc với bữa cơm đoàn kết và chương trình văn nghệ, hô hát bài chòi do chính người dân khối phố biểu diễn.
Minh Thư
Tin khác
- Phường Hội An Đông tổ chức Ngày hội Đại đoàn kết ở khối phố Sơn Phô (17/11/2025)
- Trao 100 suất quà cho người dân vùng ngập (04/11/2025)
- Hội nghị Ủy ban MTTQ Việt Nam phường lần thứ 2 (15/10/2025)
"""
PAGES.append(page(
    "b842-danang-hoiantay-ngayhoi-2025", T, "2025-11-19",
    "Tưng bừng Ngày hội Đại đoàn kết toàn dân tộc ở khối phố Thanh Tây",
    E("khac", None, "2025-11-18"),
    [P("Trương Thị Bích Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Đà Nẵng"),
     P("Phan Công Danh", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Hội An Tây"),
     P("Võ Phú", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
     P("Nguyễn Văn Bảy", "Bí thư Chi bộ", "Trưởng ban công tác Mặt trận khối phố Thanh Tây")],
    [Q("486 hộ", 486, "hộ"),
     Q("1.920 nhân khẩu", 1920, "nhân khẩu"),
     Q("97,5%", 97.5, "%"),
     Q("420 triệu đồng", 420000000, "đồng"),
     Q("3 kiệt, hẻm", 3, "kiệt, hẻm"),
     Q("120 bóng đèn chiếu sáng", 120, "bóng đèn chiếu sáng"),
     Q("86 triệu đồng", 86000000, "đồng"),
     Q("20 suất quà", 20, "suất quà"),
     Q("1,5 triệu đồng", 1500000, "đồng"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("2 hộ", 2, "hộ"),
     Q("9 hộ gia đình tiêu biểu", 9, "hộ gia đình tiêu biểu")],
    [D("Hướng dẫn", "45", "HD-MTTQ-BTT", "2025-10-15", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố",
       "Hướng dẫn số 45/HD-MTTQ-BTT ngày 15/10/2025")],
    [prov("Đà Nẵng"), prov("Quảng Nam"), com("Hội An Tây")],
    ["Cổng thông tin điện tử phường Hội An Tây - thành phố Đà Nẵng", "Trang chủ > Tin tức > Mặt trận - Đoàn thể",
     "Các đại biểu trao quà cho hộ khó khăn tại Ngày hội.", "Gia đình văn hóa", "Luật Thực hiện dân chủ ở cơ sở",
     "Vì người nghèo", "Minh Thư"],
    ["Thứ Tư, 19/11/2025 | 08:10", "95 năm", "18/11/1930 - 18/11/2025", "chính quyền địa phương 2 cấp", "năm 2025",
     "tháng 10"],
))

# ---------------------------------------------------------------- b843
T = """
Báo và Phát thanh, Truyền hình Đắk Lắk
Thời sự › Xã hội › Khắc phục hậu quả mưa lũ
Thứ Ba, 25/11/2025, 19:40
Mặt trận tỉnh trao hàng nghìn suất quà cho người dân vùng lũ xã Hòa Thịnh, Hòa Mỹ
Ngày 24/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk cùng Bộ Chỉ huy Quân sự tỉnh và các nhà hảo tâm đã đến thăm, trao 1.500 suất quà cho người dân bị thiệt hại do đợt mưa lũ lịch sử tại xã Hòa Thịnh và xã Hòa Mỹ, khu vực phía Đông của tỉnh.
Đoàn công tác do các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Y Điêng Niê, Lê Thị Thu Thủy dẫn đầu. Cùng đi có Đại tá Hồ Quang Vinh, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh.
Đợt mưa lũ từ ngày 16 đến 20/11 đã khiến hơn 12.000 ngôi nhà ở các xã, phường thuộc khu vực tỉnh Phú Yên cũ bị ngập sâu, hàng nghìn héc ta lúa, hoa màu bị mất trắng. Riêng xã Hòa Thịnh có 2.340 hộ bị ngập, 37 ngôi nhà bị sập, trôi hoàn toàn.
Mỗi suất quà gồm 10 kg gạo, 1 thùng mì, nước uống và 500.000 đồng tiền mặt. Đoàn cũng trao 37 suất hỗ trợ, mỗi suất 30 triệu đồng cho các hộ có nhà bị sập, trôi để sớm dựng lại chỗ ở. Tính đến ngày 24/11, Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận hơn 85 tỷ đồng cùng nhiều hàng hóa ủng hộ của các tổ chức, cá nhân trong và ngoài tỉnh.
Theo ông Ksor Y Phen, Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Thịnh, xã đã lập danh sách hộ bị thiệt hại theo từng thôn, đưa ra họp dân bình xét công khai để phân bổ đúng người, đúng mức độ thiệt hại. Bà Đoàn Thị Mai, Bí thư Đảng ủy, Chủ tịch HĐND xã Hòa Mỹ, cho biết nước rút tới đâu, lực lượng quân đội, công an, đoàn viên thanh niên giúp dân dọn dẹp tới đó; trường học đã cơ bản trở lại hoạt động.
Ông La Văn Hên, người dân tộc Chăm H'roi ở thôn Mỹ Thạnh, xã Hòa Mỹ, có nhà bị lũ cuốn trôi, xúc động cảm ơn sự giúp đỡ của Mặt trận và bộ đội.
Thực hiện Công văn số 312/MTTQ-BTT ngày 18/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động ủng hộ nhân dân khắc phục hậu quả mưa lũ, việc phân bổ nguồn ủng hộ được ưu tiên cho các xã bị thiệt hại nặng, bảo đảm công khai, minh bạch, có sự giám sát của Nhân dân. Ủy ban MTTQ Việt Nam tỉnh cũng đề nghị Mặt trận các xã, phường sau sắp xếp phối hợp chặt chẽ với chính quyền, rà soát kỹ, không để sót hộ, không để người dân nào bị đói, rét.
Trước đó, nhiều đoàn công tác của các tỉnh, thành phố, doanh nghiệp và các tổ chức tôn giáo đã trực tiếp đến các vùng bị ngập để hỗ trợ người dân. Lực lượng vũ trang tỉnh tiếp tục duy trì quân số giúp dân sửa chữa nhà cửa, khơi thông kênh mương và vệ sinh môi trường sau lũ.
Xuân Tiến
Tin liên quan
- Hơn 300 tấn hàng cứu trợ đến với người dân vùng lũ (23/11/2025)
- Ủy ban MTTQ Việt Nam tỉnh phát động ủng hộ đồng bào bị thiệt hại do mưa lũ (18/11/2025)
- Phường Tuy Hòa khẩn trương khắc phục hậu quả ngập lụt (21/11/2025)
"""
PAGES.append(page(
    "b843-daklak-hoathinh-cuutro-lu-2025", T, "2025-11-25",
    "Mặt trận tỉnh trao hàng nghìn suất quà cho người dân vùng lũ xã Hòa Thịnh, Hòa Mỹ",
    E("trao_qua", None, "2025-11-24"),
    [P("Y Điêng Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lê Thị Thu Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Hồ Quang Vinh", "Đại tá", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
     P("Ksor Y Phen", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Thịnh"),
     P("Đoàn Thị Mai", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Hòa Mỹ"),
     P("La Văn Hên")],
    [Q("1.500 suất quà", 1500, "suất quà"),
     Q("hơn 12.000 ngôi nhà", 12000, "ngôi nhà", "over"),
     Q("2.340 hộ", 2340, "hộ"),
     Q("37 ngôi nhà", 37, "ngôi nhà"),
     Q("10 kg", 10, "kg"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("37 suất hỗ trợ", 37, "suất hỗ trợ"),
     Q("30 triệu đồng", 30000000, "đồng"),
     Q("hơn 85 tỷ đồng", 85000000000, "đồng", "over")],
    [D("Công văn", "312", "MTTQ-BTT", "2025-11-18", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Công văn số 312/MTTQ-BTT ngày 18/11/2025")],
    [prov("Đắk Lắk"), prov("Phú Yên"), com("Hòa Thịnh"), com("Hòa Mỹ")],
    ["Báo và Phát thanh, Truyền hình Đắk Lắk", "Thời sự › Xã hội › Khắc phục hậu quả mưa lũ", "Bộ Chỉ huy Quân sự tỉnh",
     "Xuân Tiến"],
    ["Thứ Ba, 25/11/2025, 19:40", "từ ngày 16 đến 20/11", "1 thùng mì", "hàng nghìn suất quà"],
))

# ---------------------------------------------------------------- b844
T = """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ » Chính trị » Chính quyền cơ sở
Đăng lúc: Thứ Sáu, 20/03/2026 - 10:25 | Lượt đọc: 846
Bí thư Đảng ủy xã Yên Minh đối thoại với Nhân dân
TTO - Ngày 19/3, Ban Thường vụ Đảng ủy xã Yên Minh tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy xã với Nhân dân năm 2026. Đồng chí Sùng Mí Chá, Bí thư Đảng ủy xã chủ trì hội nghị; cùng dự có 14 đồng chí trong Ban Chấp hành Đảng bộ xã và gần 200 người dân đại diện các thôn.
Xã Yên Minh (trước đây thuộc huyện Yên Minh, tỉnh Hà Giang) được thành lập theo Nghị quyết số 1681/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, hiện có 44 thôn với hơn 6.100 hộ, đồng bào Mông, Dao, Giáy, Tày chiếm trên 85% dân số. Hội nghị được tổ chức theo Quy định số 05-QĐ/ĐU ngày 10/1/2026 của Ban Thường vụ Đảng ủy xã về tiếp xúc, đối thoại trực tiếp với Nhân dân và Nghị định số 59/2023/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở.
Đồng chí Sùng Mí Chá trả lời kiến nghị của người dân thôn Nà Chang.
Tại hội nghị, người dân đã nêu 23 ý kiến, kiến nghị. Ông Bàn Văn Chài, Trưởng thôn Khâu Lầu, đề nghị xã sớm sửa tuyến đường vào thôn bị sạt lở từ mùa mưa năm 2025. Bà Lù Thị Dính, người dân tộc Giáy ở thôn Nà Chang, phản ánh nhiều hộ thiếu nước sinh hoạt vào mùa khô. Ông Vàng Mí Dơ, thôn Sủng Pờ, hỏi về chính sách hỗ trợ đất sản xuất cho hộ nghèo theo Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Thay mặt UBND xã, bà Nguyễn Thị Thanh Mai, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Yên Minh cho biết năm 2026 xã được phân bổ 3,2 tỷ đồng để làm 5 công trình nước sinh hoạt tập trung, ưu tiên các thôn vùng cao; tuyến đường vào thôn Khâu Lầu dài 2,8 km sẽ được khắc phục trong quý II. Về hỗ trợ đất sản xuất, xã đã rà soát 126 hộ đủ điều kiện, mỗi hộ được hỗ trợ từ 15 đến 22,5 triệu đồng để chuyển đổi nghề. Thiếu tá Hầu A Lử, Trưởng Công an xã, thông tin về việc giải quyết thủ tục cư trú, cấp căn cước cho người dân ở xa trung tâm.
Kết luận hội nghị, đồng chí Sùng Mí Chá đề nghị các ban, ngành của xã tiếp thu, giải quyết dứt điểm các kiến nghị thuộc thẩm quyền; Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội theo dõi, giám sát việc thực hiện và thông báo kết quả tới Nhân dân trong các buổi họp thôn. Đồng chí mong bà con tiếp tục phát huy tinh thần đoàn kết, thực hiện tốt phong trào "5 không, 3 sạch", chung tay xây dựng xã Yên Minh nói riêng và tỉnh Tuyên Quang nói chung ngày càng phát triển.
Phạm Hòa
Tin liên quan
- Xã Mậu Duệ tổ chức hội nghị đối thoại với Nhân dân (13/03/2026)
- Tuyên Quang: 100% xã, phường hoàn thành Đại hội MTTQ Việt Nam cấp xã (05/03/2026)
- Trao 500 suất quà Tết cho hộ nghèo xã Yên Minh (06/02/2026)
"""
PAGES.append(page(
    "b844-tuyenquang-yenminh-doithoai-2026", T, "2026-03-20",
    "Bí thư Đảng ủy xã Yên Minh đối thoại với Nhân dân",
    E("doi_thoai", "2026", "2026-03-19"),
    [P("Sùng Mí Chá", "Bí thư Đảng ủy xã"),
     P("Bàn Văn Chài", "Trưởng thôn Khâu Lầu"),
     P("Lù Thị Dính"),
     P("Vàng Mí Dơ"),
     P("Nguyễn Thị Thanh Mai", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Yên Minh"),
     P("Hầu A Lử", "Thiếu tá", "Trưởng Công an xã")],
    [Q("14 đồng chí", 14, "đồng chí"),
     Q("gần 200 người dân", 200, "người dân", "approx"),
     Q("44 thôn", 44, "thôn"),
     Q("hơn 6.100 hộ", 6100, "hộ", "over"),
     Q("trên 85%", 85, "%", "over"),
     Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"),
     Q("3,2 tỷ đồng", 3200000000, "đồng"),
     Q("5 công trình nước sinh hoạt tập trung", 5, "công trình nước sinh hoạt tập trung"),
     Q("2,8 km", 2.8, "km"),
     Q("126 hộ", 126, "hộ"),
     Q("từ 15", 15000000, "đồng"),
     Q("22,5 triệu đồng", 22500000, "đồng")],
    [D("Nghị quyết", "1681", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1681/NQ-UBTVQH15 ngày 16/6/2025"),
     D("Quy định", "05", "QĐ/ĐU", "2026-01-10", "Ban Thường vụ Đảng ủy xã", "Quy định số 05-QĐ/ĐU ngày 10/1/2026"),
     D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP")],
    [prov("Tuyên Quang"), prov("Hà Giang"), com("Yên Minh")],
    ["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ » Chính trị » Chính quyền cơ sở", "TTO",
     "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
     "Luật Thực hiện dân chủ ở cơ sở", "5 không, 3 sạch", "Phạm Hòa"],
    ["Đăng lúc: Thứ Sáu, 20/03/2026 - 10:25 | Lượt đọc: 846", "14 đồng chí", "5 không, 3 sạch", "năm 2025", "quý II",
     "Lượt đọc: 846"],
))
