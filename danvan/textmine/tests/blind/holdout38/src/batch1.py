"""holdout38 batch 1: b869-b874 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b869
PAGES.append(page("b869-laichau-nguoicouytin-2011", """
BÁO LAI CHÂU - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lai Châu
Trang chủ » Chính trị » Dân tộc - Tôn giáo
Thứ Ba, 22/11/2011 - 09:30
Gặp mặt 245 người có uy tín trong đồng bào dân tộc thiểu số
(BLC) - Ngày 21/11, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt, biểu dương người có uy tín trong đồng bào các dân tộc thiểu số năm 2011. Dự hội nghị có đồng chí Lò Văn Thượng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Phàn Thị Mây, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy cùng 245 người có uy tín đến từ các huyện, thị xã trong tỉnh.
Các đại biểu dự hội nghị gặp mặt người có uy tín năm 2011.
Theo báo cáo của Ban Dân tộc tỉnh, toàn tỉnh hiện có 1.026 người có uy tín là già làng, trưởng bản, trưởng dòng họ, thầy cúng và cán bộ hưu trí sinh sống tại thôn, bản. Thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, trong năm tỉnh đã cấp báo Dân tộc và Phát triển cho người có uy tín, tổ chức thăm hỏi, tặng quà nhân dịp Tết và khi ốm đau với tổng kinh phí hơn 820 triệu đồng. Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 15-HD/BDVTU về nắm tình hình, phát huy vai trò người có uy tín ở cơ sở.
Năm qua, người có uy tín đã tích cực tuyên truyền, vận động bà con chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tham gia hòa giải thành 136 vụ việc mâu thuẫn ở thôn, bản; vận động 58 hộ dân tái định cư thủy điện Lai Châu di chuyển đúng kế hoạch; vận động nhân dân hiến gần 4,5 ha đất để làm đường, xây dựng trường học. Nhiều người có uy tín đã chủ động cung cấp thông tin, giúp cơ quan chức năng ngăn chặn kịp thời tình trạng di cư tự do, truyền đạo trái pháp luật ở các huyện biên giới.
Ông Giàng A Chu, trưởng bản Pa Vây Sử, xã Sì Lở Lầu (Phong Thổ) cho biết, từ khi bản có đường ô tô, bà con đã biết trồng thảo quả, chăn nuôi trâu bò hàng hóa, không còn hộ nào bỏ bản đi nơi khác. Già làng Lỳ Mé Xá ở bản Cà Lồ, xã Thu Lũm (Mường Tè) kể chuyện vận động con cháu người Hà Nhì đưa trẻ đến trường và bỏ tục cưới xin tốn kém. Bà Lò Thị Phiên, chi hội trưởng phụ nữ bản Nà Đon, xã Bản Bo (Tam Đường) và ông Tẩn Láo San, Bí thư Chi bộ bản Nậm Đích, xã Nà Tăm đề nghị tỉnh tiếp tục mở lớp bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải cho người có uy tín.
Ông Vương Đình Thắng, Trưởng Ban Dân tộc tỉnh, cho biết năm 2012 tỉnh sẽ rà soát, bình chọn lại người có uy tín theo tiêu chí mới, bảo đảm đúng người, đúng đối tượng.
Phát biểu tại hội nghị, đồng chí Lò Văn Thượng ghi nhận đóng góp của đội ngũ người có uy tín và đề nghị các cấp ủy, chính quyền tiếp tục thực hiện tốt Kế hoạch số 62-KH/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào Mông; thường xuyên gặp gỡ, lắng nghe ý kiến của người có uy tín; giải quyết kịp thời những kiến nghị chính đáng của nhân dân. Đồng chí Phàn Thị Mây yêu cầu Ban Dân vận các huyện ủy, thị ủy định kỳ 6 tháng nắm tình hình, báo cáo về Ban Dân vận Tỉnh ủy.
Dịp này, Ban Dân tộc tỉnh tặng giấy khen cho 32 người có uy tín có thành tích xuất sắc, mỗi người được thưởng 500.000 đồng.
Lò Hương
Tin liên quan
- Tam Đường: tập huấn kỹ năng hòa giải cho trưởng bản (15/11/2011)
- Mường Tè triển khai Quyết định 18 của Thủ tướng Chính phủ (02/11/2011)
- Phong Thổ: 100% bản có tổ hòa giải (25/10/2011)
- Trao quà cho 40 người có uy tín huyện Sìn Hồ (12/10/2011)
Lượt xem: 1.204
""",
    "2011-11-22",
    "Gặp mặt 245 người có uy tín trong đồng bào dân tộc thiểu số",
    E("hoi_nghi", "2011", "2011-11-21"),
    [
        P("Lò Văn Thượng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
        P("Phàn Thị Mây", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Giàng A Chu", "trưởng bản Pa Vây Sử"),
        P("Lỳ Mé Xá", "Già làng"),
        P("Lò Thị Phiên", "chi hội trưởng phụ nữ bản Nà Đon"),
        P("Tẩn Láo San", "Bí thư Chi bộ bản Nậm Đích"),
        P("Vương Đình Thắng", "Trưởng Ban Dân tộc tỉnh"),
    ],
    [
        Q("245 người có uy tín", 245, "người có uy tín"),
        Q("1.026 người có uy tín", 1026, "người có uy tín"),
        Q("hơn 820 triệu đồng", 820000000, "đồng", "over"),
        Q("136 vụ việc mâu thuẫn", 136, "vụ việc mâu thuẫn"),
        Q("58 hộ dân tái định cư", 58, "hộ dân tái định cư"),
        Q("gần 4,5 ha", 4.5, "ha", "approx"),
        Q("32 người có uy tín", 32, "người có uy tín"),
        Q("500.000 đồng", 500000, "đồng"),
    ],
    [
        D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", surface="Quyết định số 18/2011/QĐ-TTg"),
        D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Hướng dẫn số 15-HD/BDVTU"),
        D("Kế hoạch", "62", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 62-KH/TU"),
    ],
    [prov("Lai Châu"), com("Sì Lở Lầu"), com("Thu Lũm"), com("Bản Bo"), com("Nà Tăm")],
    ["BÁO LAI CHÂU - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lai Châu", "Trang chủ » Chính trị » Dân tộc - Tôn giáo",
     "(BLC)", "Các đại biểu dự hội nghị gặp mặt người có uy tín năm 2011.", "Dân tộc và Phát triển", "Lượt xem: 1.204", "Lò Hương"],
    ["Thứ Ba, 22/11/2011 - 09:30", "định kỳ 6 tháng", "Lượt xem: 1.204", "năm 2012"],
))

# ---------------------------------------------------------------- b870
PAGES.append(page("b870-bacgiang-congdoan-kcn-doithoai-2012", """
Báo Bắc Giang điện tử
Trang chủ / Xã hội / Lao động - Việc làm
28/09/2012 16:42 (GMT+7)
Đối thoại với công nhân lao động các khu công nghiệp
BGĐT - Chiều 27/9, tại KCN Đình Trám (Việt Yên), Ban Quản lý các KCN tỉnh phối hợp với Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị đối thoại giữa lãnh đạo UBND tỉnh với công nhân lao động các khu công nghiệp năm 2012. Phó Chủ tịch UBND tỉnh Thân Văn Hòa chủ trì hội nghị.
Quang cảnh hội nghị đối thoại. Ảnh: Hà Thu
Theo báo cáo, 4 KCN của tỉnh Bắc Giang đã có 86 doanh nghiệp đi vào hoạt động, sử dụng gần 32.000 lao động, trong đó hơn 70% là lao động nữ, nhiều người là đồng bào dân tộc Nùng, Tày, Sán Chí ở các huyện miền núi. Thu nhập bình quân của công nhân đạt 3,2 triệu đồng/người/tháng. Thực hiện Chỉ thị số 22-CT/TW ngày 05/6/2008 của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp, Công đoàn các KCN tỉnh đã thành lập mới 11 công đoàn cơ sở, kết nạp hơn 4.600 đoàn viên. Có 57 doanh nghiệp đã xây dựng và thực hiện quy chế dân chủ ở cơ sở theo Nghị định số 87/2007/NĐ-CP của Chính phủ, tổ chức hội nghị người lao động hằng năm; 41 doanh nghiệp ký thỏa ước lao động tập thể.
Tuy nhiên, trong 9 tháng năm 2012 vẫn xảy ra 6 cuộc ngừng việc tập thể, chủ yếu do doanh nghiệp chậm trả lương, chưa đóng bảo hiểm xã hội cho người lao động.
Tại hội nghị, 23 ý kiến của công nhân đã được nêu trực tiếp. Chị Dương Thị Mến, công nhân Công ty TNHH May Việt Thắng phản ánh tình trạng nhà trọ chật chội, giá điện, nước cao hơn quy định. Anh Lăng Văn Đức (dân tộc Nùng, quê Lục Ngạn), tổ trưởng sản xuất Công ty TNHH Kỹ thuật Quang Minh, đề nghị tỉnh sớm xây dựng nhà trẻ gần KCN để công nhân nữ yên tâm làm việc. Một số ý kiến hỏi về việc doanh nghiệp nợ đọng bảo hiểm xã hội, chế độ thai sản.
Trả lời các ý kiến, ông Nguyễn Đức Toàn, Trưởng Ban Quản lý các KCN tỉnh, cho biết tỉnh đã dành khoảng 12 ha đất tại Việt Yên để kêu gọi đầu tư nhà ở cho công nhân; Ban sẽ phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra việc đóng bảo hiểm xã hội tại các doanh nghiệp nợ đọng kéo dài. Bà Ngô Thị Thu Hà, Chủ tịch LĐLĐ tỉnh, đề nghị người sử dụng lao động thực hiện nghiêm việc đối thoại định kỳ tại nơi làm việc, công khai các khoản thu nhập, khen thưởng.
Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Thân Văn Hòa giao các sở, ngành trả lời bằng văn bản những ý kiến chưa được giải đáp trong 15 ngày; yêu cầu các doanh nghiệp thực hiện đúng Kế hoạch số 41/KH-UBND của UBND tỉnh về thực hiện quy chế dân chủ ở cơ sở trong doanh nghiệp năm 2012. Đồng chí đề nghị Công đoàn các KCN tỉnh làm tốt vai trò đại diện, bảo vệ quyền lợi hợp pháp của người lao động, không để xảy ra ngừng việc tập thể.
Dịp này, bà Hoàng Thị Lụa, Chủ tịch Công đoàn các KCN tỉnh, trao 50 suất quà, mỗi suất 1 triệu đồng cho công nhân có hoàn cảnh khó khăn.
Hà Thu
Tin khác
- Hiệp Hòa: 200 lao động được tư vấn việc làm (26/09/2012)
- LĐLĐ tỉnh kiểm tra thực hiện chế độ cho người lao động (21/09/2012)
- Khai giảng lớp bồi dưỡng cán bộ công đoàn cơ sở (14/09/2012)
- Bắc Giang: hơn 1.000 công nhân được khám sức khỏe miễn phí (07/09/2012)
""",
    "2012-09-28",
    "Đối thoại với công nhân lao động các khu công nghiệp",
    E("doi_thoai", "2012", "2012-09-27"),
    [
        P("Thân Văn Hòa", "Phó Chủ tịch UBND tỉnh"),
        P("Dương Thị Mến", "công nhân Công ty TNHH May Việt Thắng"),
        P("Lăng Văn Đức", "tổ trưởng sản xuất Công ty TNHH Kỹ thuật Quang Minh"),
        P("Nguyễn Đức Toàn", "Trưởng Ban Quản lý các KCN tỉnh"),
        P("Ngô Thị Thu Hà", "Chủ tịch LĐLĐ tỉnh"),
        P("Hoàng Thị Lụa", "Chủ tịch Công đoàn các KCN tỉnh"),
    ],
    [
        Q("4 KCN", 4, "KCN"),
        Q("86 doanh nghiệp", 86, "doanh nghiệp"),
        Q("gần 32.000 lao động", 32000, "lao động", "approx"),
        Q("hơn 70%", 70, "%", "over"),
        Q("3,2 triệu đồng", 3200000, "đồng"),
        Q("11 công đoàn cơ sở", 11, "công đoàn cơ sở"),
        Q("hơn 4.600 đoàn viên", 4600, "đoàn viên", "over"),
        Q("57 doanh nghiệp", 57, "doanh nghiệp"),
        Q("41 doanh nghiệp", 41, "doanh nghiệp"),
        Q("6 cuộc ngừng việc tập thể", 6, "cuộc ngừng việc tập thể"),
        Q("23 ý kiến", 23, "ý kiến"),
        Q("khoảng 12 ha", 12, "ha", "approx"),
        Q("50 suất quà", 50, "suất quà"),
        Q("1 triệu đồng", 1000000, "đồng"),
    ],
    [
        D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", surface="Chỉ thị số 22-CT/TW"),
        D("Nghị định", "87", "2007/NĐ-CP", None, "Chính phủ", surface="Nghị định số 87/2007/NĐ-CP"),
        D("Kế hoạch", "41", "KH-UBND", None, "UBND tỉnh", surface="Kế hoạch số 41/KH-UBND"),
    ],
    [prov("Bắc Giang")],
    ["Báo Bắc Giang điện tử", "Trang chủ / Xã hội / Lao động - Việc làm", "BGĐT", "Quang cảnh hội nghị đối thoại. Ảnh: Hà Thu",
     "Công ty TNHH May Việt Thắng", "Hà Thu"],
    ["28/09/2012 16:42 (GMT+7)", "9 tháng năm 2012", "15 ngày", "3,2 triệu đồng/người/tháng"],
))

# ---------------------------------------------------------------- b871
PAGES.append(page("b871-quangtri-bienphong-xuanbienphong-2013", """
Báo Biên phòng - Cơ quan của Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng
Trang chủ >> Biên giới - Biển đảo >> Xuân Biên phòng
Thứ Ba, 29/01/2013, 07:45
Mang Tết sớm đến với đồng bào Vân Kiều, Pa Kô nơi biên giới
(BP) - Ngày 27/1, Bộ Chỉ huy BĐBP Quảng Trị phối hợp với Ủy ban MTTQ Việt Nam huyện Hướng Hóa tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2013 tại các xã Hướng Lập, Hướng Việt. Đại tá Hồ Thanh Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng BĐBP tỉnh dự và chỉ đạo chương trình.
Cán bộ, chiến sĩ Đồn Biên phòng Hướng Lập gói bánh chưng tặng đồng bào. Ảnh: Đức Thọ
Hướng Lập, Hướng Việt là hai xã biên giới đặc biệt khó khăn của huyện Hướng Hóa, có 1.150 hộ với hơn 4.800 nhân khẩu, phần lớn là đồng bào Vân Kiều, Pa Kô; tỷ lệ hộ nghèo còn trên 60%. Thực hiện Kế hoạch số 15/KH-BCH ngày 05/1/2013 của Bộ Chỉ huy BĐBP tỉnh về công tác vận động quần chúng dịp Tết Quý Tỵ, cán bộ, chiến sĩ Đồn Biên phòng Hướng Lập đã bám bản, giúp dân làm nhà, khai hoang ruộng nước, hướng dẫn bà con trồng sắn, chuối theo hướng hàng hóa.
Tại chương trình, đơn vị đã trao 300 suất quà cho các hộ nghèo, gia đình chính sách, mỗi suất trị giá 400.000 đồng gồm gạo, dầu ăn, bánh kẹo; tặng 12 suất học bổng cho học sinh nghèo vượt khó; khám bệnh, cấp thuốc miễn phí cho hơn 400 lượt người. Cán bộ, chiến sĩ đồn cùng bà con gói 500 chiếc bánh chưng để tặng các hộ neo đơn. Tổng trị giá chương trình gần 200 triệu đồng, do đơn vị vận động các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh ủng hộ.
Thay mặt đồng bào, già làng Hồ Văn Lai ở bản Cù Bai bày tỏ xúc động trước tình cảm của bộ đội Biên phòng. Ông nói: "Bộ đội Biên phòng ở với dân như con cháu trong nhà. Bà con hứa giữ đúng đường biên, mốc giới, không nghe kẻ xấu xúi giục". Ông Hồ Văn Thương, Bí thư Đảng ủy, Chủ tịch HĐND xã Hướng Việt, cho biết nhờ có đội công tác của đồn, năm qua xã đã vận động 46 hộ bỏ tập quán du canh, ổn định cuộc sống.
Phát biểu tại chương trình, Đại tá Hồ Thanh Tuấn đề nghị cấp ủy, chính quyền hai xã phối hợp chặt chẽ với Đồn Biên phòng Hướng Lập xây dựng "thế trận lòng dân" vững chắc nơi biên giới; vận động nhân dân tích cực tham gia phong trào "Toàn dân tham gia tự quản đường biên, mốc quốc giới và an ninh trật tự thôn, bản".
Cùng ngày, Thượng tá Trần Minh Lực, Phó Chính ủy BĐBP tỉnh và Trung tá Phạm Văn Nhật, Đồn trưởng Đồn Biên phòng Hướng Lập đến thăm, tặng quà Tết 15 gia đình người có uy tín ở các bản dọc biên giới. Trung tá Phạm Văn Nhật cho biết, đơn vị duy trì 4 tổ công tác thường xuyên "3 bám, 4 cùng" với dân; năm 2012 đã phối hợp giúp dân hơn 2.100 ngày công, tặng 8 con bò giống cho hộ nghèo theo chương trình hỗ trợ của Quyết định số 102/2009/QĐ-TTg của Thủ tướng Chính phủ.
Thái Hòa
Tin cùng chuyên mục
- BĐBP Hà Tĩnh: Tết ấm cho ngư dân vùng biển (28/01/2013)
- Đồn Biên phòng A Ngo tặng 200 suất quà (26/01/2013)
- "Xuân Biên phòng ấm lòng dân bản" ở Kon Tum (25/01/2013)
""",
    "2013-01-29",
    "Mang Tết sớm đến với đồng bào Vân Kiều, Pa Kô nơi biên giới",
    E("trao_qua", None, "2013-01-27"),
    [
        P("Hồ Thanh Tuấn", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng BĐBP tỉnh"),
        P("Hồ Văn Lai", "già làng"),
        P("Hồ Văn Thương", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Hướng Việt"),
        P("Trần Minh Lực", "Thượng tá", "Phó Chính ủy BĐBP tỉnh"),
        P("Phạm Văn Nhật", "Trung tá", "Đồn trưởng Đồn Biên phòng Hướng Lập"),
    ],
    [
        Q("1.150 hộ", 1150, "hộ"),
        Q("hơn 4.800 nhân khẩu", 4800, "nhân khẩu", "over"),
        Q("trên 60%", 60, "%", "over"),
        Q("300 suất quà", 300, "suất quà"),
        Q("400.000 đồng", 400000, "đồng"),
        Q("12 suất học bổng", 12, "suất học bổng"),
        Q("hơn 400 lượt người", 400, "lượt người", "over"),
        Q("500 chiếc bánh chưng", 500, "chiếc bánh chưng"),
        Q("gần 200 triệu đồng", 200000000, "đồng", "approx"),
        Q("46 hộ", 46, "hộ"),
        Q("15 gia đình người có uy tín", 15, "gia đình người có uy tín"),
        Q("4 tổ công tác", 4, "tổ công tác"),
        Q("hơn 2.100 ngày công", 2100, "ngày công", "over"),
        Q("8 con bò giống", 8, "con bò giống"),
    ],
    [
        D("Kế hoạch", "15", "KH-BCH", "2013-01-05", "Bộ Chỉ huy BĐBP tỉnh", surface="Kế hoạch số 15/KH-BCH"),
        D("Quyết định", "102", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định số 102/2009/QĐ-TTg"),
    ],
    [prov("Quảng Trị"), com("Hướng Lập"), com("Hướng Việt")],
    ["Báo Biên phòng - Cơ quan của Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng", "Trang chủ >> Biên giới - Biển đảo >> Xuân Biên phòng",
     "(BP)", "Cán bộ, chiến sĩ Đồn Biên phòng Hướng Lập gói bánh chưng tặng đồng bào. Ảnh: Đức Thọ", "Xuân Biên phòng ấm lòng dân bản",
     "thế trận lòng dân", "Toàn dân tham gia tự quản đường biên, mốc quốc giới và an ninh trật tự thôn, bản", "Tết Quý Tỵ", "Thái Hòa"],
    ["Thứ Ba, 29/01/2013, 07:45", "3 bám, 4 cùng", "năm 2012"],
))

# ---------------------------------------------------------------- b872
PAGES.append(page("b872-namdinh-chucsac-congiao-2014", """
BÁO NAM ĐỊNH ĐIỆN TỬ
Thời sự › Chính trị › Dân vận
15:20 | 17/12/2014
Phát huy vai trò chức sắc, chức việc Công giáo trong xây dựng nông thôn mới
Ngày 16/12, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo (Sở Nội vụ) tổ chức hội nghị gặp mặt chức sắc, chức việc, người có uy tín tiêu biểu trong đồng bào Công giáo năm 2014. Đồng chí Trần Thị Thu Hương, UVBTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Vũ Mạnh Cường, Phó Chủ tịch UBND tỉnh chủ trì. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đỗ Văn Khiêm, Lưu Thị Nga cùng hơn 150 chức sắc, chức việc tiêu biểu của các giáo xứ trong tỉnh.
Toàn cảnh hội nghị gặp mặt.
Nam Định hiện có hơn 345.000 giáo dân, chiếm gần 19% dân số, sinh hoạt tại 178 giáo xứ thuộc hai giáo phận Bùi Chu và Phát Diệm. Thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của BCH Trung ương (khóa IX) về công tác tôn giáo và Kết luận số 47-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Công giáo giai đoạn 2011-2015, các cấp ủy, chính quyền, Mặt trận đã thường xuyên gặp gỡ, đối thoại với chức sắc, giải quyết kịp thời nhu cầu sinh hoạt tôn giáo chính đáng của giáo dân theo Nghị định số 92/2012/NĐ-CP của Chính phủ.
Phong trào "Sống tốt đời, đẹp đạo" được đông đảo giáo dân hưởng ứng. Năm 2014, đồng bào Công giáo đóng góp hơn 86 tỷ đồng xây dựng nông thôn mới, hiến 12.400 m2 đất làm đường giao thông, mở rộng nhà văn hóa xóm; 152/178 giáo xứ đạt danh hiệu "Giáo xứ văn hóa, an toàn". Nhiều xứ đạo như Phú Nhai, Quần Phương, Kiên Lao đã phối hợp với chính quyền giải quyết dứt điểm 9 vụ việc tranh chấp đất đai liên quan đến cơ sở tôn giáo.
Tại hội nghị, Linh mục Phêrô Trần Đức Hạnh, Tổng Đại diện Giáo phận Bùi Chu bày tỏ vui mừng trước sự quan tâm của cấp ủy, chính quyền; đề nghị tỉnh tạo điều kiện để các giáo xứ sửa chữa, tu bổ nhà thờ bị xuống cấp. Linh mục Giuse Vũ Văn Thiện, Quản xứ giáo xứ Quần Phương, chia sẻ kinh nghiệm vận động giáo dân hiến đất, góp công làm đường liên xóm. Ông Phạm Văn Đoan, Trưởng ban hành giáo giáo xứ Phú Nhai, xã Xuân Phương, kiến nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho các cơ sở thờ tự. Bà Maria Nguyễn Thị Huệ, chi hội trưởng phụ nữ xóm 5, xã Hải Phong, kể về mô hình "Tổ phụ nữ Công giáo giúp nhau thoát nghèo".
Phát biểu kết luận, đồng chí Trần Thị Thu Hương ghi nhận những ý kiến tâm huyết của các đại biểu và đề nghị chức sắc, chức việc tiếp tục là cầu nối giữa cấp ủy, chính quyền với giáo dân; các cấp ủy, chính quyền thực hiện tốt Quy chế dân chủ ở cơ sở, công khai các khoản đóng góp của nhân dân, không để phát sinh điểm nóng. Đồng chí Vũ Mạnh Cường giao Sở Tài nguyên và Môi trường phối hợp với UBND các huyện rà soát, hoàn thành việc cấp giấy chứng nhận cho cơ sở tôn giáo trong quý I/2015.
Dịp này, UBND tỉnh tặng bằng khen cho 24 tập thể, 36 cá nhân là chức sắc, chức việc, giáo dân có thành tích tiêu biểu trong phong trào thi đua yêu nước.
Ngọc Lan
Các tin đã đưa
- Hải Hậu: gặp mặt chức sắc tôn giáo nhân dịp Lễ Giáng sinh (15/12/2014)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý IV (10/12/2014)
- Xuân Trường: 25 giáo xứ đăng ký xây dựng "Giáo xứ văn hóa, an toàn" (03/12/2014)
""",
    "2014-12-17",
    "Phát huy vai trò chức sắc, chức việc Công giáo trong xây dựng nông thôn mới",
    E("hoi_nghi", "2014", "2014-12-16"),
    [
        P("Trần Thị Thu Hương", "UVBTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Vũ Mạnh Cường", "Phó Chủ tịch UBND tỉnh"),
        P("Đỗ Văn Khiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Lưu Thị Nga", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Phêrô Trần Đức Hạnh", "Linh mục", "Tổng Đại diện Giáo phận Bùi Chu"),
        P("Giuse Vũ Văn Thiện", "Linh mục", "Quản xứ giáo xứ Quần Phương"),
        P("Phạm Văn Đoan", "Trưởng ban hành giáo giáo xứ Phú Nhai"),
        P("Maria Nguyễn Thị Huệ", "chi hội trưởng phụ nữ xóm 5"),
    ],
    [
        Q("hơn 150 chức sắc, chức việc", 150, "chức sắc, chức việc", "over"),
        Q("hơn 345.000 giáo dân", 345000, "giáo dân", "over"),
        Q("gần 19%", 19, "%", "approx"),
        Q("178 giáo xứ", 178, "giáo xứ"),
        Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"),
        Q("12.400 m2", 12400, "m2"),
        Q("152/178 giáo xứ", 152, "giáo xứ"),
        Q("9 vụ việc tranh chấp đất đai", 9, "vụ việc tranh chấp đất đai"),
        Q("24 tập thể", 24, "tập thể"),
        Q("36 cá nhân", 36, "cá nhân"),
    ],
    [
        D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "BCH Trung ương", surface="Nghị quyết số 25-NQ/TW"),
        D("Kết luận", "47", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận số 47-KL/TU"),
        D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", surface="Nghị định số 92/2012/NĐ-CP"),
    ],
    [prov("Nam Định"), com("Xuân Phương"), com("Hải Phong")],
    ["BÁO NAM ĐỊNH ĐIỆN TỬ", "Thời sự › Chính trị › Dân vận", "Toàn cảnh hội nghị gặp mặt.", "Sống tốt đời, đẹp đạo",
     "Giáo xứ văn hóa, an toàn", "Tổ phụ nữ Công giáo giúp nhau thoát nghèo", "Giáo phận Bùi Chu", "Quy chế dân chủ ở cơ sở", "Ngọc Lan"],
    ["15:20 | 17/12/2014", "khóa IX", "giai đoạn 2011-2015", "quý I/2015"],
))

# ---------------------------------------------------------------- b873
PAGES.append(page("b873-thanhhoa-qdnd-danvan-llvt-tongket-2015", """
QĐND Online - Báo Quân đội nhân dân
Trang chủ › Quốc phòng - An ninh › Quân sự địa phương
Thứ Năm, 24/12/2015 | 08:12
LLVT tỉnh Thanh Hóa làm tốt công tác dân vận
QĐND Online - Ngày 22-12, Đảng ủy, Bộ CHQS tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác dân vận năm 2015, triển khai nhiệm vụ năm 2016. Đại tá Lê Ngọc Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh chủ trì hội nghị. Dự có đồng chí Hà Thị Bình, Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2015, quán triệt Nghị quyết số 49-NQ/QUTW của Quân ủy Trung ương về tăng cường công tác dân vận của Quân đội trong tình hình mới và Kế hoạch số 38-KH/ĐU ngày 12/3/2015 của Đảng ủy Quân sự tỉnh, LLVT tỉnh đã đẩy mạnh phong trào thi đua "Dân vận khéo", gắn với cuộc vận động "Quân đội chung sức xây dựng nông thôn mới". Các cơ quan, đơn vị đã giúp nhân dân hơn 18.500 ngày công, làm mới và sửa chữa 42 km đường giao thông nông thôn, nạo vét 26 km kênh mương nội đồng; xây dựng 35 nhà "Đại đoàn kết" cho hộ nghèo, gia đình chính sách với tổng trị giá 1,75 tỷ đồng.
Đại tá Lê Ngọc Sơn phát biểu chỉ đạo hội nghị. Ảnh: Mạnh Hà
Bộ CHQS tỉnh duy trì 17 tổ công tác tăng cường về cơ sở ở 11 huyện miền núi, tập trung vào các xã đặc biệt khó khăn của Mường Lát, Quan Sơn, Quan Hóa, Lang Chánh; phối hợp với Bộ đội Biên phòng tỉnh giúp đồng bào Thái, Mường, Mông ổn định sản xuất, bài trừ hủ tục. Các đơn vị đã tổ chức khám chữa bệnh, cấp thuốc miễn phí cho 3.620 lượt người; tặng 1.240 suất quà cho hộ nghèo, học sinh vượt khó. Cán bộ, chiến sĩ tham gia giúp 4 xã kết nghĩa đạt chuẩn nông thôn mới, trong đó có xã Thiệu Long và xã Hoằng Quỳ.
Tại hội nghị, Thượng tá Phạm Bá Hưng, Chỉ huy trưởng Ban CHQS huyện Mường Lát, cho biết đơn vị đã cử cán bộ "3 cùng" với dân ở các bản của xã Pù Nhi, vận động 27 hộ đồng bào Mông bỏ trồng cây thuốc phiện, chuyển sang trồng ngô, nuôi ong. Trung tá Lò Văn Hặc, Chính trị viên Ban CHQS huyện Quan Sơn, đề nghị có chế độ hỗ trợ cho dân quân tham gia tổ công tác dân vận ở bản xa.
Phát biểu kết luận, Đại tá Trịnh Văn Thắng, Chỉ huy trưởng Bộ CHQS tỉnh, biểu dương những kết quả LLVT tỉnh đạt được; yêu cầu năm 2016 các cơ quan, đơn vị tiếp tục làm tốt công tác tuyên truyền, vận động nhân dân, nhất là ở vùng đồng bào dân tộc thiểu số, vùng giáo; phối hợp với Ban Dân vận cấp ủy địa phương nắm chắc tình hình, không để bị động, bất ngờ. Đảng ủy Quân sự tỉnh khen thưởng 14 tập thể và 21 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2015.
Hồng Hải
Tin liên quan
- Bộ CHQS tỉnh Nghệ An giúp dân xây dựng nông thôn mới (20-12-2015)
- Quân khu 4 tổng kết phong trào thi đua "Dân vận khéo" (16-12-2015)
- LLVT Thanh Hóa hưởng ứng "Tháng hành động vì người nghèo" (02-12-2015)
""",
    "2015-12-24",
    "LLVT tỉnh Thanh Hóa làm tốt công tác dân vận",
    E("tong_ket", "2015", "2015-12-22"),
    [
        P("Lê Ngọc Sơn", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Chính ủy Bộ CHQS tỉnh"),
        P("Hà Thị Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Phạm Bá Hưng", "Thượng tá", "Chỉ huy trưởng Ban CHQS huyện Mường Lát"),
        P("Lò Văn Hặc", "Trung tá", "Chính trị viên Ban CHQS huyện Quan Sơn"),
        P("Trịnh Văn Thắng", "Đại tá", "Chỉ huy trưởng Bộ CHQS tỉnh"),
    ],
    [
        Q("hơn 18.500 ngày công", 18500, "ngày công", "over"),
        Q("42 km", 42, "km"),
        Q("26 km", 26, "km"),
        Q("35 nhà", 35, "nhà"),
        Q("1,75 tỷ đồng", 1750000000, "đồng"),
        Q("17 tổ công tác", 17, "tổ công tác"),
        Q("11 huyện miền núi", 11, "huyện miền núi"),
        Q("3.620 lượt người", 3620, "lượt người"),
        Q("1.240 suất quà", 1240, "suất quà"),
        Q("4 xã kết nghĩa", 4, "xã kết nghĩa"),
        Q("27 hộ", 27, "hộ"),
        Q("14 tập thể", 14, "tập thể"),
        Q("21 cá nhân", 21, "cá nhân"),
    ],
    [
        D("Nghị quyết", "49", "NQ/QUTW", None, "Quân ủy Trung ương", surface="Nghị quyết số 49-NQ/QUTW"),
        D("Kế hoạch", "38", "KH/ĐU", "2015-03-12", "Đảng ủy Quân sự tỉnh", surface="Kế hoạch số 38-KH/ĐU"),
    ],
    [prov("Thanh Hóa"), com("Thiệu Long"), com("Hoằng Quỳ"), com("Pù Nhi")],
    ["QĐND Online - Báo Quân đội nhân dân", "Trang chủ › Quốc phòng - An ninh › Quân sự địa phương", "QĐND Online",
     "Dân vận khéo", "Quân đội chung sức xây dựng nông thôn mới", "Đại đoàn kết", "Hồng Hải"],
    ["Thứ Năm, 24/12/2015 | 08:12", "3 cùng", "Ngày 22-12"],
))

# ---------------------------------------------------------------- b874
PAGES.append(page("b874-hagiang-cand-danvan-soket-2016", """
Công an nhân dân Online
An ninh trật tự | Phong trào toàn dân bảo vệ ANTQ
10:35 18/07/2016
Công an Hà Giang bám bản, giúp dân nơi vùng cao
CAND Online - Ngày 15/7, Công an tỉnh Hà Giang tổ chức hội nghị sơ kết công tác dân vận và phong trào Toàn dân bảo vệ an ninh Tổ quốc 6 tháng đầu năm 2016. Đại tá Vũ Đức Phong, Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh chủ trì hội nghị; bà Vàng Thị Dua, Ủy viên BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự.
Báo cáo tại hội nghị cho thấy, 6 tháng qua, thực hiện Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với phong trào Toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới và Kế hoạch số 126/KH-CAT-PV28 của Công an tỉnh, lực lượng Công an toàn tỉnh đã cử 146 lượt cán bộ, chiến sĩ xuống bám địa bàn tại 195 xã, phường, thị trấn. Qua đó xây dựng mới 27 mô hình tự quản về an ninh trật tự, nâng tổng số mô hình toàn tỉnh lên 312; vận động nhân dân giao nộp 215 khẩu súng tự chế, gần 1.900 kíp nổ.
Các đơn vị đã phối hợp với Ban Dân vận các huyện ủy giải quyết 31 vụ việc liên quan đến hoạt động truyền đạo trái pháp luật và di cư tự do; vận động 14 hộ di cư tự do trở về quê ổn định cuộc sống. Cán bộ, chiến sĩ đóng góp hơn 320 triệu đồng xây 6 ngôi nhà cho hộ nghèo ở các huyện Mèo Vạc, Đồng Văn. Quy chế phối hợp số 05/QCPH-BDVTU-CAT giữa Ban Dân vận Tỉnh ủy và Công an tỉnh tiếp tục được thực hiện hiệu quả.
Công an xã Lũng Cú phối hợp với người có uy tín tuyên truyền pháp luật cho đồng bào Mông, Lô Lô.
Tại hội nghị, Thượng tá Nông Văn Lập, Trưởng Công an huyện Yên Minh, chia sẻ cách làm "vào từng nhà, nói từng người": cán bộ biết tiếng Mông, ăn ở tại bản, cùng dân làm nương, nhờ đó nắm được tình hình từ sớm. Ông Ly Mí Sính, Trưởng Công an xã Lũng Cú, cho biết xã đã vận động xóa bỏ 3 điểm nhóm họp trái phép. Ông Sùng Mí Dính, trưởng thôn Lô Lô Chải, xã Lũng Cú, kiến nghị hỗ trợ thêm loa truyền thanh cho các thôn vùng cao.
Phát biểu kết luận, Đại tá Vũ Đức Phong yêu cầu 6 tháng cuối năm, Công an các đơn vị, địa phương tiếp tục bám sát cơ sở, củng cố lực lượng Công an xã; làm tốt công tác dân vận, phát huy vai trò người có uy tín, già làng, trưởng thôn trong vận động quần chúng; phối hợp chặt chẽ với chính quyền giải quyết ngay từ cơ sở các vụ việc phức tạp, không để hình thành "điểm nóng". Bà Vàng Thị Dua đề nghị Công an tỉnh phối hợp tổ chức tốt "Ngày hội toàn dân bảo vệ an ninh Tổ quốc" năm 2016 tại tất cả các thôn, tổ dân phố.
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 12 tập thể, 19 cá nhân.
Minh Phong
Tin cùng chuyên mục
- Cao Bằng: Công an bám bản giúp dân thu hoạch lúa (14/07/2016)
- Trao 50 suất quà cho hộ nghèo xã biên giới (10/07/2016)
- Tuyên Quang nhân rộng mô hình "Camera an ninh" (05/07/2016)
""",
    "2016-07-18",
    "Công an Hà Giang bám bản, giúp dân nơi vùng cao",
    E("so_ket", "2016-H1", "2016-07-15"),
    [
        P("Vũ Đức Phong", "Đại tá", "Phó Bí thư Đảng ủy", "Phó Giám đốc Công an tỉnh"),
        P("Vàng Thị Dua", "Ủy viên BTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Nông Văn Lập", "Thượng tá", "Trưởng Công an huyện Yên Minh"),
        P("Ly Mí Sính", "Trưởng Công an xã Lũng Cú"),
        P("Sùng Mí Dính", "trưởng thôn Lô Lô Chải"),
    ],
    [
        Q("146 lượt cán bộ, chiến sĩ", 146, "lượt cán bộ, chiến sĩ"),
        Q("195 xã, phường, thị trấn", 195, "xã, phường, thị trấn"),
        Q("27 mô hình tự quản về an ninh trật tự", 27, "mô hình tự quản về an ninh trật tự"),
        Q("312", 312, "mô hình"),
        Q("215 khẩu súng tự chế", 215, "khẩu súng tự chế"),
        Q("gần 1.900 kíp nổ", 1900, "kíp nổ", "approx"),
        Q("31 vụ việc", 31, "vụ việc"),
        Q("14 hộ di cư tự do", 14, "hộ di cư tự do"),
        Q("hơn 320 triệu đồng", 320000000, "đồng", "over"),
        Q("6 ngôi nhà", 6, "ngôi nhà"),
        Q("3 điểm nhóm họp trái phép", 3, "điểm nhóm họp trái phép"),
        Q("12 tập thể", 12, "tập thể"),
        Q("19 cá nhân", 19, "cá nhân"),
    ],
    [
        D("Chỉ thị", "09", "CT/TW", "2011-12-01", "Ban Bí thư", surface="Chỉ thị số 09-CT/TW"),
        D("Kế hoạch", "126", "KH-CAT-PV28", None, "Công an tỉnh", surface="Kế hoạch số 126/KH-CAT-PV28"),
        D("Quy chế phối hợp", "05", "QCPH-BDVTU-CAT", None, None, surface="Quy chế phối hợp số 05/QCPH-BDVTU-CAT"),
    ],
    [prov("Hà Giang"), com("Lũng Cú")],
    ["Công an nhân dân Online", "An ninh trật tự | Phong trào toàn dân bảo vệ ANTQ", "CAND Online",
     "Công an xã Lũng Cú phối hợp với người có uy tín tuyên truyền pháp luật cho đồng bào Mông, Lô Lô.",
     "vào từng nhà, nói từng người", "Ngày hội toàn dân bảo vệ an ninh Tổ quốc", "điểm nóng", "Minh Phong"],
    ["10:35 18/07/2016", "6 tháng đầu năm 2016", "6 tháng cuối năm"],
))
