"""holdout38 batch 3: b881-b886 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b881
PAGES.append(page("b881-hoabinh-xaphongphu-giamsat-qcdc-2021", """
Cổng thông tin điện tử xã Phong Phú - huyện Tân Lạc - tỉnh Hòa Bình
Trang chủ | Tin tức - Sự kiện | Mặt trận và các đoàn thể
Ngày 18/6/2021 | Lượt xem: 312
Ủy ban MTTQ xã giám sát việc thực hiện dân chủ ở xóm Bưởi, xóm Bái Hạ
Ngày 16/6/2021, Ban Thường trực Ủy ban MTTQ Việt Nam xã Phong Phú phối hợp với Ban Thanh tra nhân dân xã tổ chức giám sát việc thực hiện dân chủ ở cơ sở tại xóm Bưởi và xóm Bái Hạ theo Chương trình giám sát năm 2021. Bà Bùi Thị Thanh Hương, Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng đoàn giám sát chủ trì.
Đoàn giám sát làm việc tại nhà văn hóa xóm Bưởi.
Cuộc giám sát được thực hiện theo Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội về thực hiện dân chủ ở xã, phường, thị trấn; Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam và Kế hoạch số 05/KH-MTTQ-BTT ngày 15/3/2021 của Ban Thường trực Ủy ban MTTQ xã. Nội dung giám sát gồm việc công khai các khoản đóng góp của nhân dân, bình xét hộ nghèo, hộ cận nghèo, hỗ trợ người dân gặp khó khăn do dịch Covid-19 và hoạt động của tổ hòa giải.
Qua giám sát cho thấy, xóm Bưởi có 168 hộ với 702 nhân khẩu, 100% là đồng bào Mường. Năm 2020, nhân dân trong xóm tự nguyện đóng góp 186 triệu đồng cùng hơn 900 ngày công để làm 1,4 km đường bê tông nội đồng; các khoản thu, chi đều được niêm yết công khai tại nhà văn hóa và thông báo trên loa truyền thanh. Ông Bùi Văn Lừng, Trưởng xóm Bưởi cho biết, mọi việc lớn của xóm đều đưa ra họp dân bàn, biểu quyết theo đa số. Ông Bùi Văn Hởi, bí thư chi bộ xóm Bưởi, cho biết chi bộ đã ban hành nghị quyết chuyên đề về phát huy quyền làm chủ của nhân dân.
Tại xóm Bái Hạ, việc bình xét 27 hộ nghèo, 41 hộ cận nghèo năm 2021 cơ bản đúng quy trình, tuy nhiên biên bản họp xóm chưa ghi đầy đủ ý kiến của người dân; có 2 hộ kiến nghị về việc bình xét chưa thỏa đáng. Bà Đinh Thị Nhàn, Trưởng ban công tác Mặt trận xóm Bái Hạ, tiếp thu và cam kết rút kinh nghiệm. Tổ hòa giải của xóm đã hòa giải thành 5/6 vụ việc trong 6 tháng đầu năm.
Kết thúc giám sát, đoàn đề nghị UBND xã chỉ đạo xóm Bái Hạ tổ chức họp dân để rà soát lại kết quả bình xét, niêm yết công khai danh sách hộ nghèo, hộ cận nghèo ít nhất 10 ngày; tiếp tục thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng". Ông Xa Văn Tuân, Phó Chủ tịch UBND xã tiếp thu ý kiến của đoàn và giao công chức Lao động - Thương binh và Xã hội hướng dẫn xóm thực hiện trước ngày 30/6.
Bùi Hằng - UBMTTQ xã
Các tin khác
- Xã Phong Phú tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2020)
- Hội nghị hiệp thương lần thứ ba giới thiệu người ứng cử (12/04/2021)
- Ra mắt mô hình "Xóm không có tội phạm" (05/03/2021)
""",
    "2021-06-18",
    "Ủy ban MTTQ xã giám sát việc thực hiện dân chủ ở xóm Bưởi, xóm Bái Hạ",
    E("giam_sat", "2021", "2021-06-16"),
    [
        P("Bùi Thị Thanh Hương", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng đoàn giám sát"),
        P("Bùi Văn Lừng", "Trưởng xóm Bưởi"),
        P("Bùi Văn Hởi", "bí thư chi bộ xóm Bưởi"),
        P("Đinh Thị Nhàn", "Trưởng ban công tác Mặt trận xóm Bái Hạ"),
        P("Xa Văn Tuân", "Phó Chủ tịch UBND xã"),
    ],
    [
        Q("168 hộ", 168, "hộ"),
        Q("702 nhân khẩu", 702, "nhân khẩu"),
        Q("100%", 100, "%"),
        Q("186 triệu đồng", 186000000, "đồng"),
        Q("hơn 900 ngày công", 900, "ngày công", "over"),
        Q("1,4 km", 1.4, "km"),
        Q("27 hộ nghèo", 27, "hộ nghèo"),
        Q("41 hộ cận nghèo", 41, "hộ cận nghèo"),
        Q("2 hộ", 2, "hộ"),
        Q("5/6 vụ việc", 5, "vụ việc"),
    ],
    [
        D("Pháp lệnh", "34", "2007/PL-UBTVQH11", "2007-04-20", "Ủy ban Thường vụ Quốc hội", surface="Pháp lệnh số 34/2007/PL-UBTVQH11"),
        D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
          surface="Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
        D("Kế hoạch", "05", "KH-MTTQ-BTT", "2021-03-15", "Ban Thường trực Ủy ban MTTQ xã", surface="Kế hoạch số 05/KH-MTTQ-BTT"),
    ],
    [prov("Hòa Bình"), com("Phong Phú")],
    ["Cổng thông tin điện tử xã Phong Phú - huyện Tân Lạc - tỉnh Hòa Bình", "Trang chủ | Tin tức - Sự kiện | Mặt trận và các đoàn thể",
     "Đoàn giám sát làm việc tại nhà văn hóa xóm Bưởi.", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng",
     "Bùi Hằng - UBMTTQ xã", "Lượt xem: 312"],
    ["Ngày 18/6/2021 | Lượt xem: 312", "6 tháng đầu năm", "ít nhất 10 ngày", "trước ngày 30/6", "Lượt xem: 312"],
))

# ---------------------------------------------------------------- b882
PAGES.append(page("b882-camau-cand-danvan-tongket-2021", """
Báo Công an nhân dân điện tử
Trang chủ > Tin tức > Xây dựng lực lượng
Thứ Ba, 28-12-2021, 14:20
Công an Cà Mau: Dân vận gắn với xây dựng Công an xã chính quy
CAND.com.vn - Ngày 27/12, Đảng ủy Công an tỉnh Cà Mau tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai phương hướng năm 2022. Đại tá Trần Văn Hiếu, Bí thư Đảng ủy, Giám đốc Công an tỉnh chủ trì hội nghị; dự có đồng chí Lý Thị Kim Huyền, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy.
Đại tá Trần Văn Hiếu phát biểu tại hội nghị.
Năm 2021, Đảng ủy Công an tỉnh đã quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị; Công an tỉnh ban hành Kế hoạch số 89/KH-CAT-PV05 về triển khai phong trào thi đua "Dân vận khéo" trong lực lượng Công an tỉnh. Cùng với nhiệm vụ phòng, chống dịch Covid-19, lực lượng Công an đã duy trì hơn 1.200 tổ công tác bám địa bàn, tham gia 346 chốt kiểm soát dịch, hỗ trợ người dân từ các tỉnh trở về quê an toàn.
Thực hiện Đề án số 106/ĐA-BCA-V01 của Bộ Công an, đến nay tỉnh đã bố trí 575 cán bộ, chiến sĩ Công an chính quy về đảm nhiệm 91 xã, thị trấn. Lực lượng Công an xã bám dân, nắm địa bàn, tiếp nhận 2.136 tin báo, phản ánh của người dân; vận động nhân dân xây dựng, duy trì 264 mô hình tự quản về an ninh trật tự. Cán bộ, chiến sĩ trong toàn lực lượng đã đóng góp, vận động trao 3.500 phần quà cho hộ nghèo, đồng bào dân tộc Khmer, trị giá hơn 1,6 tỷ đồng; phối hợp xây 15 căn nhà "Mái ấm nghĩa tình" cho người dân khó khăn về nhà ở.
Tại hội nghị, Thiếu tá Trương Quốc Khải, Trưởng Công an xã Khánh Bình Tây Bắc (huyện Trần Văn Thời), chia sẻ kinh nghiệm phối hợp với các tổ nhân dân tự quản nắm tình hình, giải quyết các mâu thuẫn về ranh đất ngay từ cơ sở. Trung úy Lâm Thị Sa Pol (người Khmer), cán bộ Công an xã Trí Phải, cho biết nhờ biết tiếng Khmer nên việc tuyên truyền tại các ấp có đông đồng bào Khmer thuận lợi hơn; năm qua xã không có đơn thư khiếu nại vượt cấp.
Ghi nhận kết quả đạt được, đồng chí Lý Thị Kim Huyền đề nghị Công an tỉnh tiếp tục phối hợp với Ban Dân vận Tỉnh ủy thực hiện Quy chế phối hợp công tác dân vận, nhất là ở vùng đồng bào dân tộc, tôn giáo và các địa bàn có dự án điện gió, nuôi trồng thủy sản.
Kết luận hội nghị, Đại tá Trần Văn Hiếu yêu cầu năm 2022, các đơn vị làm tốt công tác dân vận gắn với xây dựng hình ảnh người Công an nhân dân "Vì nhân dân phục vụ"; Công an các xã, thị trấn phải thực sự là chỗ dựa tin cậy của nhân dân. Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 18 tập thể và 35 cá nhân; Thượng tá Danh Út, Phó Giám đốc Công an tỉnh công bố quyết định khen thưởng.
Hữu Nghĩa
Tin liên quan
- Công an Bạc Liêu sơ kết phong trào "Dân vận khéo" (24/12/2021)
- Trao 500 phần quà cho đồng bào Khmer dịp Tết Chôl Chnăm Thmây (12/04/2021)
- Công an xã chính quy: chỗ dựa của nhân dân (20/11/2021)
""",
    "2021-12-28",
    "Công an Cà Mau: Dân vận gắn với xây dựng Công an xã chính quy",
    E("tong_ket", "2021", "2021-12-27"),
    [
        P("Trần Văn Hiếu", "Đại tá", "Bí thư Đảng ủy", "Giám đốc Công an tỉnh"),
        P("Lý Thị Kim Huyền", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy"),
        P("Trương Quốc Khải", "Thiếu tá", "Trưởng Công an xã Khánh Bình Tây Bắc"),
        P("Lâm Thị Sa Pol", "Trung úy", "cán bộ Công an xã Trí Phải"),
        P("Danh Út", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
    ],
    [
        Q("hơn 1.200 tổ công tác", 1200, "tổ công tác", "over"),
        Q("346 chốt kiểm soát dịch", 346, "chốt kiểm soát dịch"),
        Q("575 cán bộ, chiến sĩ", 575, "cán bộ, chiến sĩ"),
        Q("91 xã, thị trấn", 91, "xã, thị trấn"),
        Q("2.136 tin báo, phản ánh", 2136, "tin báo, phản ánh"),
        Q("264 mô hình tự quản về an ninh trật tự", 264, "mô hình tự quản về an ninh trật tự"),
        Q("3.500 phần quà", 3500, "phần quà"),
        Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"),
        Q("15 căn nhà", 15, "căn nhà"),
        Q("18 tập thể", 18, "tập thể"),
        Q("35 cá nhân", 35, "cá nhân"),
    ],
    [
        D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", surface="Quyết định số 23-QĐ/TW"),
        D("Kế hoạch", "89", "KH-CAT-PV05", None, "Công an tỉnh", surface="Kế hoạch số 89/KH-CAT-PV05"),
        D("Đề án", "106", "ĐA-BCA-V01", None, "Bộ Công an", surface="Đề án số 106/ĐA-BCA-V01"),
    ],
    [prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Trí Phải")],
    ["Báo Công an nhân dân điện tử", "Trang chủ > Tin tức > Xây dựng lực lượng", "CAND.com.vn", "Dân vận khéo", "Mái ấm nghĩa tình",
     "Vì nhân dân phục vụ", "Hữu Nghĩa", "Quy chế phối hợp công tác dân vận"],
    ["Thứ Ba, 28-12-2021, 14:20", "năm 2022"],
))

# ---------------------------------------------------------------- b883
PAGES.append(page("b883-binhthuan-doithoai-dongbaocham-2022", """
Báo Bình Thuận Online
Chính trị - Xã hội / Dân tộc - Miền núi
Ngày 15.04.2022 - 10:35
Chủ tịch UBND huyện Bắc Bình đối thoại với đồng bào Chăm xã Phan Thanh
Ngày 14/4, tại Hội trường UBND xã Phan Thanh, Chủ tịch UBND huyện Bắc Bình Lê Quang Vinh chủ trì hội nghị đối thoại trực tiếp với người dân năm 2022. Tham dự có đại diện Ban Dân vận Huyện ủy, Ủy ban MTTQ Việt Nam huyện, các phòng, ban chuyên môn và hơn 120 người dân, trong đó có nhiều chức sắc, người có uy tín trong đồng bào Chăm.
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân; Kế hoạch số 36/KH-UBND ngày 02/3/2022 của UBND huyện về tổ chức đối thoại với nhân dân năm 2022.
Phan Thanh là xã có đông đồng bào Chăm nhất huyện với 1.630 hộ, hơn 7.400 nhân khẩu, trong đó đồng bào Chăm chiếm 98%. Những năm qua, đời sống người dân đã được cải thiện; tỷ lệ hộ nghèo giảm còn 6,8%. Tuy nhiên, xã vẫn còn 26 hộ thiếu đất sản xuất, hệ thống kênh mương nội đồng nhiều đoạn xuống cấp.
Tại buổi đối thoại, 13 ý kiến của người dân đã được nêu trực tiếp. Ông Sử Văn Hết, người có uy tín thôn Bình Thắng, đề nghị huyện sớm kiên cố hóa tuyến kênh cấp 3 dài khoảng 3,5 km để bảo đảm nước tưới vụ hè thu. Cả sư Quảng Văn Nhứt, Phó Chủ tịch Hội đồng chức sắc Chăm Bà-la-môn tỉnh, kiến nghị hỗ trợ tu bổ đền tháp và tạo điều kiện tổ chức lễ hội Katê theo phong tục. Bà Dụng Thị Hoa, chi hội trưởng phụ nữ thôn Bình Minh, hỏi về chính sách hỗ trợ vay vốn học nghề cho thanh niên Chăm. Ông Bố Văn Hùng (người Raglai, xã Phan Sơn) cũng phản ánh tình trạng tranh chấp ranh giới đất rẫy kéo dài.
Trả lời các ý kiến, Chủ tịch UBND huyện Lê Quang Vinh cho biết, năm 2022 huyện đã bố trí 4,2 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ để kiên cố hóa kênh mương tại Phan Thanh, Phan Hiệp; rà soát quỹ đất công để giao cho các hộ thiếu đất, mỗi hộ từ 0,5 đến 1 ha. Ông Nguyễn Hồng Sơn, Trưởng phòng Dân tộc huyện trả lời về chính sách vay vốn, học nghề; bà Thông Thị Mỹ Lệ, Phó Chủ tịch UBND xã Phan Thanh nhận giải quyết dứt điểm vụ tranh chấp đất rẫy trong tháng 5.
Kết luận hội nghị, ông Lê Quang Vinh giao các phòng, ban chuyên môn trả lời bằng văn bản những nội dung chưa được giải đáp; đề nghị chức sắc, người có uy tín tiếp tục vận động đồng bào Chăm đoàn kết, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.
Ngọc Lan
Tin cùng chuyên mục
- Tuy Phong: gặp mặt chức sắc Chăm nhân dịp lễ Ramưwan (08/04/2022)
- Hàm Thuận Bắc đối thoại với đồng bào K'Ho xã Đông Giang (30/03/2022)
- Trao 200 suất quà cho người có uy tín (25/01/2022)
""",
    "2022-04-15",
    "Chủ tịch UBND huyện Bắc Bình đối thoại với đồng bào Chăm xã Phan Thanh",
    E("doi_thoai", "2022", "2022-04-14"),
    [
        P("Lê Quang Vinh", "Chủ tịch UBND huyện Bắc Bình"),
        P("Sử Văn Hết", "người có uy tín thôn Bình Thắng"),
        P("Quảng Văn Nhứt", "Cả sư", "Phó Chủ tịch Hội đồng chức sắc Chăm Bà-la-môn tỉnh"),
        P("Dụng Thị Hoa", "chi hội trưởng phụ nữ thôn Bình Minh"),
        P("Bố Văn Hùng"),
        P("Nguyễn Hồng Sơn", "Trưởng phòng Dân tộc huyện"),
        P("Thông Thị Mỹ Lệ", "Phó Chủ tịch UBND xã Phan Thanh"),
    ],
    [
        Q("hơn 120 người dân", 120, "người dân", "over"),
        Q("1.630 hộ", 1630, "hộ"),
        Q("hơn 7.400 nhân khẩu", 7400, "nhân khẩu", "over"),
        Q("98%", 98, "%"),
        Q("6,8%", 6.8, "%"),
        Q("26 hộ thiếu đất sản xuất", 26, "hộ thiếu đất sản xuất"),
        Q("13 ý kiến", 13, "ý kiến"),
        Q("khoảng 3,5 km", 3.5, "km", "approx"),
        Q("4,2 tỷ đồng", 4200000000, "đồng"),
        Q("0,5", 0.5, "ha"),
        Q("1 ha", 1, "ha"),
    ],
    [
        D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", surface="Quy định số 11-QĐi/TW"),
        D("Kế hoạch", "36", "KH-UBND", "2022-03-02", "UBND huyện", surface="Kế hoạch số 36/KH-UBND"),
        D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định số 1719/QĐ-TTg"),
    ],
    [prov("Bình Thuận"), com("Phan Thanh"), com("Phan Sơn"), com("Phan Hiệp")],
    ["Báo Bình Thuận Online", "Chính trị - Xã hội / Dân tộc - Miền núi", "Katê",
     "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Ngọc Lan",
     "Hội đồng chức sắc Chăm Bà-la-môn tỉnh"],
    ["Ngày 15.04.2022 - 10:35", "kênh cấp 3", "vụ hè thu", "tháng 5"],
))

# ---------------------------------------------------------------- b884
PAGES.append(page("b884-haiphong-bdvtu-giaoban-quy2-kcn-2022", """
BÁO HẢI PHÒNG ĐIỆN TỬ
Chính trị | Xây dựng Đảng
Thứ Sáu, 08/07/2022 - 11:05
Nâng cao hiệu quả công tác dân vận trong các khu công nghiệp
Ngày 7/7, Ban Dân vận Thành ủy tổ chức giao ban công tác dân vận quý II/2022. Đồng chí Vũ Thị Thanh Hải, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì. Dự giao ban có lãnh đạo Ban Dân vận các quận ủy, huyện ủy, Đảng ủy Khối Doanh nghiệp thành phố và các tổ chức chính trị - xã hội thành phố.
Theo báo cáo, quý II, Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành kế hoạch số 84-KH/TU thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới; sơ kết 3 năm thực hiện Chỉ thị số 37-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ.
Hải Phòng hiện có 14 khu công nghiệp đang hoạt động với hơn 200.000 lao động, trong đó khoảng 40% đến từ các tỉnh khác. Công đoàn Khu kinh tế Hải Phòng đang quản lý 298 công đoàn cơ sở với gần 128.000 đoàn viên; trong 6 tháng đã thành lập mới 21 công đoàn cơ sở. Trong Tháng Công nhân năm 2022, các cấp công đoàn đã chăm lo cho 15.400 lượt đoàn viên, người lao động với tổng kinh phí 6,8 tỷ đồng; tổ chức 36 cuộc đối thoại định kỳ tại doanh nghiệp.
Công tác dân vận chính quyền có chuyển biến rõ nét. Các địa phương đã vận động 1.124 hộ dân bàn giao mặt bằng cho các dự án hạ tầng khu công nghiệp, đường ven sông Lạch Tray; 92% kiến nghị của cử tri được trả lời đúng hạn.
Tại giao ban, đồng chí Lê Văn Trung, HUV, Trưởng Ban Dân vận Huyện ủy Thủy Nguyên, cho biết khi triển khai dự án mở rộng khu công nghiệp tại các xã Lập Lễ, Tam Hưng, huyện đã thành lập 9 tổ dân vận đến từng hộ gia đình, tổ chức 17 buổi đối thoại nên người dân đồng thuận cao. Bà Nguyễn Thị Bích Ngọc, Chủ tịch Công đoàn Khu kinh tế Hải Phòng, kiến nghị thành phố sớm quy hoạch thiết chế công đoàn, nhà ở xã hội, nhà trẻ gần các khu công nghiệp.
Đồng chí Bùi Đức Cường, Phó Trưởng Ban Dân vận Thành ủy, thông tin về kế hoạch kiểm tra, giám sát việc thực hiện Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương tại một số cấp ủy trong quý III.
Kết luận giao ban, đồng chí Vũ Thị Thanh Hải đề nghị Ban Dân vận các quận ủy, huyện ủy chủ động nắm tình hình công nhân lao động, nhất là tại các doanh nghiệp có nguy cơ ngừng việc tập thể; phối hợp với Liên đoàn Lao động thành phố tổ chức tốt hội nghị đối thoại giữa lãnh đạo thành phố với công nhân lao động trong tháng 9; đẩy mạnh phong trào thi đua "Dân vận khéo" gắn với thực hiện Quy chế dân chủ ở cơ sở.
Thu Hằng
Tin liên quan
- Công đoàn Khu kinh tế trao 300 suất quà cho công nhân (25/06/2022)
- Quận Hải An đối thoại với người dân về giải phóng mặt bằng (17/06/2022)
- Hội nghị sơ kết 3 năm thực hiện Chỉ thị 37 (03/06/2022)
""",
    "2022-07-08",
    "Nâng cao hiệu quả công tác dân vận trong các khu công nghiệp",
    E("giao_ban", "2022-Q2", "2022-07-07"),
    [
        P("Vũ Thị Thanh Hải", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
        P("Lê Văn Trung", "HUV", "Trưởng Ban Dân vận Huyện ủy Thủy Nguyên"),
        P("Nguyễn Thị Bích Ngọc", "Chủ tịch Công đoàn Khu kinh tế Hải Phòng"),
        P("Bùi Đức Cường", "Phó Trưởng Ban Dân vận Thành ủy"),
    ],
    [
        Q("14 khu công nghiệp", 14, "khu công nghiệp"),
        Q("hơn 200.000 lao động", 200000, "lao động", "over"),
        Q("khoảng 40%", 40, "%", "approx"),
        Q("298 công đoàn cơ sở", 298, "công đoàn cơ sở"),
        Q("gần 128.000 đoàn viên", 128000, "đoàn viên", "approx"),
        Q("21 công đoàn cơ sở", 21, "công đoàn cơ sở"),
        Q("15.400 lượt đoàn viên, người lao động", 15400, "lượt đoàn viên, người lao động"),
        Q("6,8 tỷ đồng", 6800000000, "đồng"),
        Q("36 cuộc đối thoại", 36, "cuộc đối thoại"),
        Q("1.124 hộ dân", 1124, "hộ dân"),
        Q("92%", 92, "%"),
        Q("9 tổ dân vận", 9, "tổ dân vận"),
        Q("17 buổi đối thoại", 17, "buổi đối thoại"),
    ],
    [
        D("Kế hoạch", "84", "KH/TU", None, "Ban Thường vụ Thành ủy", surface="kế hoạch số 84-KH/TU"),
        D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", surface="Nghị quyết số 02-NQ/TW"),
        D("Chỉ thị", "37", "CT/TW", None, "Ban Bí thư", surface="Chỉ thị số 37-CT/TW"),
        D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", surface="Quyết định số 23-QĐ/TW"),
    ],
    [prov("Hải Phòng"), com("Lập Lễ"), com("Tam Hưng")],
    ["BÁO HẢI PHÒNG ĐIỆN TỬ", "Chính trị | Xây dựng Đảng", "Tháng Công nhân", "Dân vận khéo", "Quy chế dân chủ ở cơ sở", "Thu Hằng"],
    ["Thứ Sáu, 08/07/2022 - 11:05", "3 năm", "6 tháng", "quý III", "tháng 9"],
))

# ---------------------------------------------------------------- b885
PAGES.append(page("b885-sonla-boiduong-nguoicouytin-2023", """
BÁO SƠN LA ĐIỆN TỬ
Xã hội > Dân tộc - Tôn giáo
17/08/2023 | 09:42
Bồi dưỡng kiến thức cho 150 người có uy tín huyện Sông Mã
Ngày 15/8, Ban Dân tộc tỉnh Sơn La phối hợp với UBND huyện Sông Mã khai mạc lớp bồi dưỡng, phổ biến kiến thức pháp luật cho người có uy tín trong đồng bào dân tộc thiểu số năm 2023. Tham gia lớp bồi dưỡng có 150 người có uy tín là già làng, trưởng bản, bí thư chi bộ, trưởng dòng họ của 19 xã, thị trấn trong huyện.
Các đại biểu dự lễ khai mạc lớp bồi dưỡng.
Phát biểu khai mạc, ông Lò Minh Hùng, Phó Trưởng Ban Dân tộc tỉnh cho biết, toàn tỉnh hiện có 2.426 người có uy tín được công nhận theo Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ. Những năm qua, đội ngũ người có uy tín đã vận động nhân dân hiến hơn 46 ha đất làm đường, xây trường học; tham gia hòa giải thành 312 vụ việc ở thôn, bản; cung cấp cho cơ quan chức năng nhiều thông tin có giá trị về tình hình an ninh trật tự vùng biên giới.
Trong 3 ngày, các học viên được các báo cáo viên của Ban Dân tộc tỉnh, Ban Dân vận Huyện ủy, Công an huyện và Đồn Biên phòng Mường Lạn truyền đạt 6 chuyên đề: chính sách dân tộc; những nội dung cơ bản của Luật Thực hiện dân chủ ở cơ sở; phòng chống mua bán người, ma túy; nhận diện hoạt động truyền đạo trái pháp luật; Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg; kỹ năng hòa giải ở cơ sở.
Thiếu tá Quàng Văn Ơn, Phó Chính trị viên Đồn Biên phòng Mường Lạn, giới thiệu cách phối hợp giữa đồn với người có uy tín trong mô hình "Tổ tự quản đường biên, mốc quốc giới". Bà Cầm Thị Phong, Phó Chủ tịch UBND huyện Sông Mã đề nghị học viên phổ biến lại kiến thức cho bà con ngay sau khi trở về bản.
Ông Thào A Lử (người Mông), trưởng bản Huổi Mòn, xã Mường Lạn, chia sẻ: "Bản mình giáp biên giới, có người lạ vào là bà con báo ngay cho bộ đội Biên phòng. Được học thêm pháp luật, mình về nói lại cho bà con hiểu, không nghe kẻ xấu". Ông Vì Văn Sang (dân tộc Xinh Mun) ở bản Púng Pá Khả, xã Nậm Ty và ông Lò Văn Pắn, người có uy tín bản Nà Hin, xã Chiềng Khương cùng đề nghị tổ chức thêm các chuyến học tập kinh nghiệm phát triển kinh tế.
Theo kế hoạch, năm 2023 Ban Dân tộc tỉnh tổ chức 12 lớp bồi dưỡng cho khoảng 1.800 người có uy tín tại các huyện. Mỗi học viên được hỗ trợ tiền ăn 150.000 đồng/ngày, tiền đi lại và tài liệu học tập.
Thu Trang
Tin cùng chuyên mục
- Thuận Châu: thăm, tặng quà người có uy tín bị ốm đau (10/08/2023)
- Sốp Cộp tuyên dương 45 người có uy tín tiêu biểu (28/07/2023)
- Bồi dưỡng kiến thức cho người có uy tín huyện Mai Sơn (20/07/2023)
""",
    "2023-08-17",
    "Bồi dưỡng kiến thức cho 150 người có uy tín huyện Sông Mã",
    E("tap_huan", "2023", "2023-08-15"),
    [
        P("Lò Minh Hùng", "Phó Trưởng Ban Dân tộc tỉnh"),
        P("Quàng Văn Ơn", "Thiếu tá", "Phó Chính trị viên Đồn Biên phòng Mường Lạn"),
        P("Cầm Thị Phong", "Phó Chủ tịch UBND huyện Sông Mã"),
        P("Thào A Lử", "trưởng bản Huổi Mòn"),
        P("Vì Văn Sang"),
        P("Lò Văn Pắn", "người có uy tín bản Nà Hin"),
    ],
    [
        Q("150 người có uy tín", 150, "người có uy tín"),
        Q("19 xã, thị trấn", 19, "xã, thị trấn"),
        Q("2.426 người có uy tín", 2426, "người có uy tín"),
        Q("hơn 46 ha", 46, "ha", "over"),
        Q("312 vụ việc", 312, "vụ việc"),
        Q("6 chuyên đề", 6, "chuyên đề"),
        Q("12 lớp bồi dưỡng", 12, "lớp bồi dưỡng"),
        Q("khoảng 1.800 người có uy tín", 1800, "người có uy tín", "approx"),
        Q("150.000 đồng", 150000, "đồng"),
    ],
    [
        D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", surface="Quyết định số 12/2018/QĐ-TTg"),
        D("Quyết định", "1719", "QĐ-TTg", None, None, surface="Quyết định số 1719/QĐ-TTg"),
    ],
    [prov("Sơn La"), com("Mường Lạn"), com("Nậm Ty"), com("Chiềng Khương")],
    ["BÁO SƠN LA ĐIỆN TỬ", "Xã hội > Dân tộc - Tôn giáo", "Các đại biểu dự lễ khai mạc lớp bồi dưỡng.", "Luật Thực hiện dân chủ ở cơ sở",
     "Tổ tự quản đường biên, mốc quốc giới", "Thu Trang",
     "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
    ["17/08/2023 | 09:42", "Trong 3 ngày", "150.000 đồng/ngày"],
))

# ---------------------------------------------------------------- b886
PAGES.append(page("b886-nghean-bdbp-danvan-tongket-2023", """
BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Bạn đang ở: Thời sự > Quốc phòng - An ninh
20/12/2023 14:50
Bộ đội Biên phòng Nghệ An tổng kết công tác dân vận năm 2023
(Baonghean.vn) - Ngày 19/12, Đảng ủy, Bộ Chỉ huy BĐBP tỉnh tổ chức hội nghị tổng kết công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024. Đại tá Phan Đình Long, Bí thư Đảng ủy, Chính ủy BĐBP tỉnh chủ trì hội nghị.
Đại tá Phan Đình Long phát biểu kết luận hội nghị. Ảnh: Hoài Thu
Nghệ An có 27 xã biên giới thuộc 6 huyện, nơi sinh sống của đồng bào Thái, Mông, Khơ Mú, Ơ Đu. Năm 2023, thực hiện Nghị quyết số 789-NQ/ĐU ngày 15/4/2021 của Đảng ủy BĐBP về công tác dân vận trong tình hình mới và Kế hoạch số 2345/KH-BCH của Bộ Chỉ huy BĐBP tỉnh, các đồn Biên phòng đã duy trì 27 tổ công tác, cử 154 lượt cán bộ tăng cường cho các xã biên giới; có 11 đảng viên của các đồn tham gia sinh hoạt tại chi bộ thôn, bản.
Các đơn vị đã giúp dân hơn 6.500 ngày công, khám bệnh, cấp thuốc miễn phí cho 12.300 lượt người; phối hợp xây dựng 14 ngôi nhà "Nhà đồng đội", "Mái ấm biên cương" cho hộ nghèo. Chương trình "Nâng bước em tới trường" tiếp tục duy trì 98 học sinh, mỗi em được hỗ trợ 500.000 đồng/tháng; 32 cháu được nhận làm "Con nuôi đồn Biên phòng". Năm 2023, toàn lực lượng đã vận động các nhà hảo tâm ủng hộ gần 4,7 tỷ đồng cho các hoạt động an sinh xã hội ở khu vực biên giới.
Tại hội nghị, Thiếu tá Lương Văn Xuân, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Tam Hợp, chia sẻ kinh nghiệm vận động đồng bào Mông ở bản Huồi Giảng bỏ tục cưới tảo hôn, không để người dân bị lôi kéo đi lao động "chui" sang nước ngoài. Ông Moong Văn Sơn (người Khơ Mú), người có uy tín bản Xốp Lằm, xã Nậm Cắn, cho biết nhờ bộ đội Biên phòng hướng dẫn, nhiều hộ đã trồng gừng, nuôi bò hàng hóa, thu nhập ổn định. Bà Lô Thị Cứ (dân tộc Ơ Đu) ở bản Văng Môn, xã Nga My cảm ơn các cô giáo mặc áo lính đã mở lớp xóa mù chữ cho phụ nữ trong bản.
Thời gian tới, theo Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, các đồn Biên phòng sẽ phối hợp với Ban Dân tộc tỉnh rà soát, đề xuất công nhận người có uy tín ở các bản biên giới.
Kết luận hội nghị, Đại tá Phan Đình Long yêu cầu năm 2024, các đơn vị tiếp tục thực hiện tốt phong trào thi đua "Dân vận khéo", xây dựng "thế trận lòng dân" vững chắc; đổi mới nội dung, hình thức tuyên truyền bằng tiếng dân tộc. Dịp này, Đại tá Hồ Sỹ Tâm, Chỉ huy trưởng BĐBP tỉnh trao giấy khen cho 9 tập thể, 16 cá nhân có thành tích xuất sắc.
Hoài Thu
Tin liên quan
- Đồn Biên phòng Nậm Cắn tặng 200 suất quà cho hộ nghèo (12/12/2023)
- "Con nuôi đồn Biên phòng" tiếp sức học sinh vùng biên (01/12/2023)
- Kỳ Sơn: phát huy vai trò người có uy tín nơi biên giới (22/11/2023)
""",
    "2023-12-20",
    "Bộ đội Biên phòng Nghệ An tổng kết công tác dân vận năm 2023",
    E("tong_ket", "2023", "2023-12-19"),
    [
        P("Phan Đình Long", "Đại tá", "Bí thư Đảng ủy", "Chính ủy BĐBP tỉnh"),
        P("Lương Văn Xuân", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Tam Hợp"),
        P("Moong Văn Sơn", "người có uy tín bản Xốp Lằm"),
        P("Lô Thị Cứ"),
        P("Hồ Sỹ Tâm", "Đại tá", "Chỉ huy trưởng BĐBP tỉnh"),
    ],
    [
        Q("27 xã biên giới", 27, "xã biên giới"),
        Q("6 huyện", 6, "huyện"),
        Q("27 tổ công tác", 27, "tổ công tác"),
        Q("154 lượt cán bộ", 154, "lượt cán bộ"),
        Q("11 đảng viên", 11, "đảng viên"),
        Q("hơn 6.500 ngày công", 6500, "ngày công", "over"),
        Q("12.300 lượt người", 12300, "lượt người"),
        Q("14 ngôi nhà", 14, "ngôi nhà"),
        Q("98 học sinh", 98, "học sinh"),
        Q("500.000 đồng", 500000, "đồng"),
        Q("32 cháu", 32, "cháu"),
        Q("gần 4,7 tỷ đồng", 4700000000, "đồng", "approx"),
        Q("9 tập thể", 9, "tập thể"),
        Q("16 cá nhân", 16, "cá nhân"),
    ],
    [
        D("Nghị quyết", "789", "NQ/ĐU", "2021-04-15", "Đảng ủy BĐBP", surface="Nghị quyết số 789-NQ/ĐU"),
        D("Kế hoạch", "2345", "KH-BCH", None, "Bộ Chỉ huy BĐBP tỉnh", surface="Kế hoạch số 2345/KH-BCH"),
        D("Quyết định", "28", "2023/QĐ-TTg", "2023-11-23", "Thủ tướng Chính phủ", surface="Quyết định số 28/2023/QĐ-TTg"),
    ],
    [prov("Nghệ An"), com("Nậm Cắn"), com("Nga My")],
    ["BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN", "Bạn đang ở: Thời sự > Quốc phòng - An ninh",
     "(Baonghean.vn)", "Nâng bước em tới trường", "Con nuôi đồn Biên phòng", "Dân vận khéo", "thế trận lòng dân", "Nhà đồng đội",
     "Mái ấm biên cương", "Hoài Thu"],
    ["20/12/2023 14:50", "năm 2024", "500.000 đồng/tháng"],
))
