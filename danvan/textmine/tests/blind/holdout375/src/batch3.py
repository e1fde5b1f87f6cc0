from lib import *
PAGES = []

PAGES.append(page("b8969-haiphong-kienan-bdvqu-quatanbinh-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN KIẾN AN - THÀNH PHỐ HẢI PHÒNG
Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể
Thứ Hai, 22/02/2021 17:05
Quận Kiến An gặp mặt, tặng quà 142 tân binh năm 2021
Chiều 21/2, Ban Dân vận Quận ủy, Ủy ban MTTQ Việt Nam quận Kiến An (thành phố Hải Phòng) phối hợp với Ban CHQS quận tổ chức gặp mặt, tặng quà 142 tân binh chuẩn bị lên đường nhập ngũ năm 2021. Buổi gặp mặt được tổ chức gọn nhẹ, thực hiện nghiêm quy định "5K" phòng, chống dịch Covid-19.
Dự buổi gặp mặt có đồng chí Phạm Thị Thu Hương, Quận ủy viên, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận; Thượng tá Đào Văn Tuyến, Chỉ huy trưởng Ban CHQS quận; lãnh đạo các đoàn thể: Lê Thị Hoài - Chủ tịch Hội LHPN quận, Vũ Đức Mạnh - Bí thư Quận đoàn, Nguyễn Văn Khởi - Chủ tịch LĐLĐ quận.
Năm 2021, thực hiện Kế hoạch số 45/KH-UBND ngày 5/1/2021 của UBND quận và Công văn số 115-CV/BDVQU của Ban Dân vận Quận ủy về phối hợp tuyên truyền, vận động công dân thực hiện nghĩa vụ quân sự, quận Kiến An giao 142 công dân nhập ngũ, trong đó 131 tân binh vào quân đội và 11 công dân thực hiện nghĩa vụ tham gia Công an nhân dân. Có 6 tân binh là đảng viên; 48 tân binh có trình độ cao đẳng, đại học, chiếm 33,8%. Phường Bắc Sơn, phường Nam Sơn mỗi phường giao 16 tân binh; phường Tràng Minh có 100% tân binh tình nguyện nhập ngũ.
Đồng chí Phạm Thị Thu Hương trao quà cho tân binh.
Phát biểu tại buổi gặp mặt, đồng chí Phạm Thị Thu Hương chúc mừng các tân binh đã vinh dự được lên đường làm nghĩa vụ thiêng liêng với Tổ quốc, mong các em nhanh chóng thích nghi với môi trường quân đội. "Các em hãy yên tâm, hậu phương sẽ luôn là điểm tựa vững chắc. Mặt trận và các đoàn thể quận sẽ thường xuyên thăm hỏi gia đình các em, nhất là những gia đình khó khăn", đồng chí nhấn mạnh.
Thay mặt các tân binh, tân binh Trần Quang Huy (phường Đồng Hòa), nguyên sinh viên năm thứ tư Trường Đại học Hàng hải Việt Nam, tạm dừng việc học để nhập ngũ, bày tỏ quyết tâm phấn đấu rèn luyện, sớm trở thành đảng viên trong quân đội.
Dịp này, Ủy ban MTTQ quận trao cho mỗi tân binh 1 suất quà trị giá 1 triệu đồng từ Quỹ "Vì người nghèo" và nguồn xã hội hóa, tổng trị giá 142 triệu đồng. LĐLĐ quận trao thêm 10 suất quà, mỗi suất 500.000 đồng cho 10 tân binh là con công nhân lao động có hoàn cảnh khó khăn; Quận đoàn tặng 142 cuốn sổ tay "Hành trang người lính trẻ".
Theo kế hoạch, lễ giao nhận quân năm 2021 của quận sẽ diễn ra vào sáng 27/2 tại Trung tâm Văn hóa quận, chỉ có thân nhân trực tiếp của tân binh được vào khu vực giao quân.
Thu Trang - Quận Kiến An
Tin liên quan
- Kiến An tổ chức hội nghị tổng kết công tác dân vận năm 2020 (15/01/2021)
- Phường Lãm Hà ra mắt mô hình "Dân vận khéo" (08/12/2020)
- Quận Kiến An giao 150 tân binh năm 2020 (15/06/2020)
""", "2021-02-22", "Quận Kiến An gặp mặt, tặng quà 142 tân binh năm 2021",
E("trao_qua", None, "2021-02-21"),
[P("Phạm Thị Thu Hương", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Đào Văn Tuyến", "Thượng tá", "Chỉ huy trưởng Ban CHQS quận"),
 P("Lê Thị Hoài", "Chủ tịch Hội LHPN quận"),
 P("Vũ Đức Mạnh", "Bí thư Quận đoàn"),
 P("Nguyễn Văn Khởi", "Chủ tịch LĐLĐ quận"),
 P("Trần Quang Huy", "tân binh")],
[Q("142 tân binh", 142, "tân binh"), Q("142 công dân", 142, "công dân"), Q("131 tân binh", 131, "tân binh"),
 Q("11 công dân", 11, "công dân"), Q("6 tân binh", 6, "tân binh"), Q("48 tân binh", 48, "tân binh"),
 Q("33,8%", 33.8, "%"), Q("16 tân binh", 16, "tân binh"), Q("100% tân binh", 100, "%"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("142 triệu đồng", 142000000, "đồng"), Q("10 suất quà", 10, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("10 tân binh", 10, "tân binh"), Q("142 cuốn sổ tay", 142, "cuốn sổ tay")],
[D("Kế hoạch", "45", "KH-UBND", "2021-01-05", "UBND quận", "Kế hoạch số 45/KH-UBND ngày 5/1/2021"),
 D("Công văn", "115", "CV/BDVQU", None, "Ban Dân vận Quận ủy", "Công văn số 115-CV/BDVQU")],
[prov("Hải Phòng"), com("Bắc Sơn"), com("Nam Sơn"), com("Tràng Minh"), com("Đồng Hòa")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN KIẾN AN - THÀNH PHỐ HẢI PHÒNG", "Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể",
 "Đồng chí Phạm Thị Thu Hương trao quà cho tân binh.", "5K", "Vì người nghèo", "Hành trang người lính trẻ",
 "Trường Đại học Hàng hải Việt Nam", "Thu Trang - Quận Kiến An"],
["Thứ Hai, 22/02/2021 17:05", "5K", "Covid-19", "năm thứ tư", "1 suất quà", "năm 2021"]))

PAGES.append(page("b8970-quangnam-taygiang-bdvhu-doithoai-thanhnien-2021", """
BÁO QUẢNG NAM
Chính trị › Dân vận
Ngày đăng 19/11/2021 | 16:20
Tây Giang: Đối thoại với thanh niên về thực hiện nghĩa vụ quân sự
(QNO) - Chiều 18/11, Ban Dân vận Huyện ủy Tây Giang (Quảng Nam) phối hợp với Huyện đoàn, Ban CHQS huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với đoàn viên, thanh niên năm 2021, chủ đề "Thanh niên Tây Giang với nghĩa vụ bảo vệ Tổ quốc".
Chủ trì đối thoại có đồng chí Bríu Quân, Phó Bí thư Thường trực Huyện ủy; đồng chí Alăng Thị Mai, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện; Thiếu tá Riah Văn Dũng, Chính trị viên Ban CHQS huyện. Tham dự có hơn 120 đoàn viên, thanh niên đến từ 10 xã trên địa bàn huyện.
Quang cảnh buổi đối thoại. Ảnh: Đ.H
Buổi đối thoại được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân. Tại buổi đối thoại, các đoàn viên, thanh niên đã nêu 17 ý kiến, kiến nghị, tập trung vào tiêu chuẩn sức khỏe, trình độ văn hóa khi tuyển quân; chế độ đối với gia đình quân nhân; cơ hội học nghề, việc làm sau khi xuất ngũ.
Đoàn viên Bhling Mia (thôn Arớh, xã Lăng) hỏi: "Em học hết lớp 7 thì có được đi bộ đội không?". Trả lời, Thiếu tá Riah Văn Dũng cho biết, theo Thông tư số 148/2018/TT-BQP ngày 04/10/2018 của Bộ Quốc phòng, ở các xã đặc biệt khó khăn, công dân có trình độ văn hóa lớp 7 vẫn được tuyển; địa phương còn thiếu nguồn được tuyển không quá 25% công dân có trình độ cấp tiểu học.
Chị Zơrâm Thị Thơm, Bí thư Đoàn xã A Tiêng, kiến nghị có chính sách hỗ trợ học nghề cho bộ đội xuất ngũ. Đồng chí Alăng Thị Mai thông tin: theo Nghị định 27/2016/NĐ-CP của Chính phủ, quân nhân xuất ngũ được hỗ trợ học nghề; huyện sẽ phối hợp Trung tâm Giáo dục nghề nghiệp mở lớp cho 40 quân nhân xuất ngũ năm 2022.
Kết quả, lãnh đạo huyện đã trả lời trực tiếp 14 ý kiến; 3 ý kiến thuộc thẩm quyền của tỉnh được ghi nhận, chuyển cơ quan chức năng. Kết luận buổi đối thoại, đồng chí Bríu Quân đề nghị đoàn viên, thanh niên gương mẫu thực hiện Luật Nghĩa vụ quân sự, chấp hành lệnh khám tuyển. Năm 2022, huyện Tây Giang dự kiến giao 65 công dân nhập ngũ, phấn đấu tỷ lệ đoàn viên trong tân binh đạt trên 90%.
Đồng chí cũng đề nghị Huyện đoàn duy trì đối thoại định kỳ, phối hợp với Ban CHQS các xã Dang, Bhalêê thành lập tổ tư vấn cho thanh niên trước mùa tuyển quân.
Hồ Quân
Tin liên quan
- Nam Giang: 72 thanh niên lên đường nhập ngũ (04/03/2021)
- Đông Giang: già làng tham gia vận động thanh niên tòng quân (12/02/2021)
- Tây Giang tổng kết 10 năm phong trào "Dân vận khéo" (28/10/2021)
""", "2021-11-19", "Tây Giang: Đối thoại với thanh niên về thực hiện nghĩa vụ quân sự",
E("doi_thoai", "2021", "2021-11-18"),
[P("Bríu Quân", "Phó Bí thư Thường trực Huyện ủy"),
 P("Alăng Thị Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Riah Văn Dũng", "Thiếu tá", "Chính trị viên Ban CHQS huyện"),
 P("Bhling Mia", "Đoàn viên"),
 P("Zơrâm Thị Thơm", "Bí thư Đoàn xã A Tiêng")],
[Q("hơn 120 đoàn viên, thanh niên", 120, "đoàn viên, thanh niên", "over"), Q("10 xã", 10, "xã"),
 Q("17 ý kiến, kiến nghị", 17, "ý kiến, kiến nghị"),
 Q("không quá 25%", 25, "%"), Q("40 quân nhân xuất ngũ", 40, "quân nhân xuất ngũ"), Q("14 ý kiến", 14, "ý kiến"),
 Q("3 ý kiến", 3, "ý kiến"), Q("65 công dân", 65, "công dân"), Q("trên 90%", 90, "%", "over")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Thông tư", "148", "2018/TT-BQP", "2018-10-04", "Bộ Quốc phòng", "Thông tư số 148/2018/TT-BQP ngày 04/10/2018"),
 D("Nghị định", "27", "2016/NĐ-CP", None, "Chính phủ", "Nghị định 27/2016/NĐ-CP của Chính phủ")],
[prov("Quảng Nam"), com("Lăng"), com("A Tiêng"), com("Dang"), com("Bhalêê")],
["BÁO QUẢNG NAM", "Chính trị › Dân vận", "(QNO)", "Quang cảnh buổi đối thoại. Ảnh: Đ.H",
 "Thanh niên Tây Giang với nghĩa vụ bảo vệ Tổ quốc", "Luật Nghĩa vụ quân sự"],
["Ngày đăng 19/11/2021 | 16:20", "năm 2021", "lớp 7", "năm 2022", "Năm 2022"]))

PAGES.append(page("b8971-vinhlong-hoaninh-ubnd-baocao-tuyenquan-2022", """
Cổng thông tin điện tử xã Hòa Ninh - huyện Long Hồ - tỉnh Vĩnh Long
Trang chủ > Chỉ đạo điều hành > Báo cáo
Ngày đăng: 08/03/2022
Báo cáo kết quả tuyển chọn và gọi công dân nhập ngũ năm 2022
Ngày 07/3/2022, UBND xã Hòa Ninh ban hành Báo cáo số 45/BC-UBND về kết quả công tác tuyển chọn và gọi công dân nhập ngũ năm 2022. Cổng thông tin điện tử xã trích đăng nội dung chính.
I. Công tác lãnh đạo, chỉ đạo
Thực hiện Quyết định số 2750/QĐ-UBND ngày 12/11/2021 của UBND huyện Long Hồ về giao chỉ tiêu gọi công dân nhập ngũ năm 2022, UBND xã đã ban hành Kế hoạch số 112/KH-UBND ngày 20/11/2021 triển khai thực hiện; Đảng ủy xã ban hành Nghị quyết chuyên đề số 08-NQ/ĐU lãnh đạo công tác tuyển quân. Hội đồng Nghĩa vụ quân sự xã do đồng chí Nguyễn Thành Tâm, Phó Bí thư Đảng ủy, Chủ tịch UBND xã làm Chủ tịch Hội đồng, được kiện toàn với 11 thành viên.
II. Kết quả thực hiện
1. Đăng ký, quản lý: Tổng số công dân nam trong độ tuổi sẵn sàng nhập ngũ là 218 công dân; đăng ký nghĩa vụ quân sự lần đầu cho 47 công dân tuổi 17.
2. Sơ tuyển, khám tuyển: sơ tuyển 86 công dân tại 6 ấp; gọi khám tuyển 64 công dân theo Thông tư số 148/2018/TT-BQP ngày 04/10/2018 của Bộ Quốc phòng; kết quả có 31 công dân đủ tiêu chuẩn sức khỏe, chiếm 48,4%.
3. Xét duyệt: tạm hoãn 19 công dân, miễn gọi nhập ngũ 2 công dân, đúng quy định và được niêm yết công khai tại trụ sở UBND xã và nhà văn hóa các ấp.
4. Giao quân: chỉ tiêu huyện giao 12 công dân (11 công dân nhập ngũ quân đội, 1 công dân tham gia Công an nhân dân). Ngày 15/2/2022, xã đã giao đủ 12/12 công dân, đạt 100% chỉ tiêu; trong đó có 1 đảng viên, 3 công dân có trình độ cao đẳng, đại học.
5. Công tác hậu phương: UBND xã phối hợp Ủy ban MTTQ và các đoàn thể thăm, tặng 12 phần quà cho tân binh, mỗi phần trị giá 1.000.000 đồng; Hội Cựu chiến binh xã tặng 12 bộ vật dụng cá nhân.
III. Tồn tại, hạn chế
Một số công dân đi làm ăn xa ở Thành phố Hồ Chí Minh, tỉnh Bình Dương chưa về khám tuyển đúng thời gian do ảnh hưởng của dịch Covid-19; việc phối hợp giữa Ban CHQS xã với Công an xã trong quản lý nguồn có lúc chưa chặt chẽ.
IV. Phương hướng năm 2023
Tiếp tục thực hiện tốt Luật Nghĩa vụ quân sự; rà soát, quản lý chặt chẽ nguồn công dân sẵn sàng nhập ngũ; phối hợp với xã Lộc Hòa tổ chức tuyên truyền liên xã. Đồng chí Lê Văn Út, Chỉ huy trưởng Ban CHQS xã, được giao chủ trì tham mưu Hội đồng NVQS xã triển khai nhiệm vụ năm 2023.
Ban Biên tập
Các tin đã đưa
- Xã Hòa Ninh tổ chức lễ tiễn tân binh lên đường nhập ngũ (15/02/2022)
- Kế hoạch tuyển chọn và gọi công dân nhập ngũ năm 2022 (20/11/2021)
- Đảng ủy xã Hòa Ninh tổng kết công tác năm 2021 (28/12/2021)
""", "2022-03-08", "Báo cáo kết quả tuyển chọn và gọi công dân nhập ngũ năm 2022",
E("bao_cao", "2022", "2022-03-07"),
[P("Nguyễn Thành Tâm", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã", "Chủ tịch Hội đồng"),
 P("Lê Văn Út", "Chỉ huy trưởng Ban CHQS xã")],
[Q("11 thành viên", 11, "thành viên"), Q("218 công dân", 218, "công dân"), Q("47 công dân", 47, "công dân"),
 Q("86 công dân", 86, "công dân"), Q("6 ấp", 6, "ấp"), Q("64 công dân", 64, "công dân"), Q("31 công dân", 31, "công dân"),
 Q("48,4%", 48.4, "%"), Q("19 công dân", 19, "công dân"), Q("2 công dân", 2, "công dân"),
 Q("12 công dân", 12, "công dân"), Q("11 công dân", 11, "công dân"), Q("1 công dân", 1, "công dân"),
 Q("100% chỉ tiêu", 100, "%"), Q("1 đảng viên", 1, "đảng viên"), Q("3 công dân", 3, "công dân"),
 Q("12 phần quà", 12, "phần quà"), Q("1.000.000 đồng", 1000000, "đồng"), Q("12 bộ vật dụng cá nhân", 12, "bộ vật dụng cá nhân")],
[D("Báo cáo", "45", "BC-UBND", "2022-03-07", "UBND xã Hòa Ninh", "Báo cáo số 45/BC-UBND"),
 D("Quyết định", "2750", "QĐ-UBND", "2021-11-12", "UBND huyện Long Hồ", "Quyết định số 2750/QĐ-UBND ngày 12/11/2021"),
 D("Kế hoạch", "112", "KH-UBND", "2021-11-20", "UBND xã", "Kế hoạch số 112/KH-UBND ngày 20/11/2021"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 08-NQ/ĐU"),
 D("Thông tư", "148", "2018/TT-BQP", "2018-10-04", "Bộ Quốc phòng", "Thông tư số 148/2018/TT-BQP ngày 04/10/2018")],
[prov("Vĩnh Long"), com("Hòa Ninh"), prov("Hồ Chí Minh"), prov("Bình Dương"), com("Lộc Hòa")],
["Cổng thông tin điện tử xã Hòa Ninh - huyện Long Hồ - tỉnh Vĩnh Long", "Trang chủ > Chỉ đạo điều hành > Báo cáo",
 "Ban Biên tập", "Luật Nghĩa vụ quân sự"],
["Ngày đăng: 08/03/2022", "tuổi 17", "lần đầu", "I. Công tác lãnh đạo, chỉ đạo", "1. Đăng ký, quản lý", "5. Công tác hậu phương", "IV. Phương hướng năm 2023", "Covid-19", "năm 2022", "năm 2023",
 "Ngày 15/2/2022"]))

PAGES.append(page("b8972-sonla-mocchau-bchqs-giaoban-q3-2022", """
Báo Sơn La
Trang chủ | Quốc phòng - An ninh | Địa phương
Thứ Năm, 29/09/2022, 10:20
Ảnh: Quang cảnh giao ban.
Mộc Châu: Nâng cao chất lượng lực lượng dân quân tự vệ vùng biên
Ngày 28/9, Ban CHQS huyện Mộc Châu tổ chức giao ban công tác quân sự, quốc phòng địa phương quý III năm 2022, triển khai nhiệm vụ quý IV. Chủ trì giao ban có Thượng tá Lò Văn Thắng, HUV, Chỉ huy trưởng Ban CHQS huyện; Trung tá Quàng Văn Bình, HUV, Chính trị viên Ban CHQS huyện. Tham dự có chỉ huy trưởng Ban CHQS 15 xã, thị trấn.
Trong quý III, Ban CHQS huyện đã tham mưu Ban Thường vụ Huyện ủy sơ kết Chỉ thị 06, 07-CT/HU về xây dựng lực lượng dân quân tự vệ vững mạnh, rộng khắp và về công tác tuyển quân giai đoạn 2021 - 2025. Thực hiện Nghị quyết số 20/2021/NQ-HĐND của HĐND tỉnh về chế độ đối với dân quân, huyện chi trả trợ cấp cho 1.680 cán bộ, chiến sĩ dân quân tự vệ, tổng kinh phí hơn 2,1 tỷ đồng. Lực lượng dân quân thường trực xã biên giới Lóng Sập duy trì 1 tiểu đội, phối hợp với Đồn Biên phòng tuần tra 46 lượt trên tuyến biên giới.
Huyện đã hoàn thành huấn luyện cho 420 dân quân mới, kết quả 85% khá, giỏi; tổ chức hội thao dân quân tự vệ cấp huyện với 9 đội tham gia. Công tác chuẩn bị tuyển quân năm 2023 được triển khai sớm: sơ tuyển sức khỏe cho 1.130 thanh niên, dự kiến giao 185 công dân nhập ngũ.
Tại buổi giao ban, các đồng chí chỉ huy trưởng quân sự xã: Sồng A Lử (Lóng Sập), Hà Thị Xuân (Chiềng Sơn), Mùa A Sình (Tân Hợp) báo cáo tình hình ở cơ sở. Theo đồng chí Sồng A Lử, xã có nhiều thanh niên người Mông đi làm thuê tại Lào và các tỉnh khác, việc quản lý nguồn gặp khó khăn; xã đã phối hợp với già làng, người có uy tín ở 14 bản để nắm danh sách. Đồng chí Hà Thị Xuân kiến nghị huyện hỗ trợ 50 bộ quân phục cho dân quân mới.
Thượng tá Lò Văn Thắng cũng quán triệt Công văn số 1268/BCH-TM ngày 15/9/2022 của Bộ CHQS tỉnh về chuẩn bị diễn tập khu vực phòng thủ. Theo đó, tháng 11, thị trấn Nông trường Mộc Châu và xã Phiêng Luông sẽ diễn tập chiến đấu phòng thủ.
Kết luận giao ban, Trung tá Quàng Văn Bình yêu cầu quý IV các xã tập trung rà soát nguồn nhập ngũ, không để xảy ra tình trạng thanh niên bỏ khám tuyển như năm trước (3 trường hợp); duy trì nghiêm chế độ trực sẵn sàng chiến đấu, nhất là dịp lễ Quốc khánh nước bạn Lào; phối hợp Ban Dân vận Huyện ủy tuyên truyền, vận động nhân dân không nghe theo kẻ xấu xuất cảnh trái phép.
Buổi giao ban cũng thống nhất đề nghị khen thưởng 4 Ban CHQS xã có thành tích xuất sắc trong 9 tháng năm 2022.
Đinh Tùng
Tin liên quan
- Vân Hồ: giao ban công tác quân sự quý II năm 2022 (30/06/2022)
- Sơn La: hội thao dân quân tự vệ năm 2022 (18/08/2022)
- Mai Sơn: 150 tân binh lên đường nhập ngũ (20/02/2022)
""", "2022-09-29", "Mộc Châu: Nâng cao chất lượng lực lượng dân quân tự vệ vùng biên",
E("giao_ban", "2022-Q3", "2022-09-28"),
[P("Lò Văn Thắng", "Thượng tá", "HUV", "Chỉ huy trưởng Ban CHQS huyện"),
 P("Quàng Văn Bình", "Trung tá", "HUV", "Chính trị viên Ban CHQS huyện"),
 P("Sồng A Lử", "chỉ huy trưởng quân sự xã"),
 P("Hà Thị Xuân", "chỉ huy trưởng quân sự xã"),
 P("Mùa A Sình", "chỉ huy trưởng quân sự xã")],
[Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("1.680 cán bộ, chiến sĩ dân quân tự vệ", 1680, "cán bộ, chiến sĩ dân quân tự vệ"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("1 tiểu đội", 1, "tiểu đội"), Q("46 lượt", 46, "lượt"),
 Q("420 dân quân mới", 420, "dân quân mới"), Q("85%", 85, "%"), Q("9 đội", 9, "đội"),
 Q("1.130 thanh niên", 1130, "thanh niên"), Q("185 công dân", 185, "công dân"), Q("14 bản", 14, "bản"),
 Q("50 bộ quân phục", 50, "bộ quân phục"), Q("3 trường hợp", 3, "trường hợp"), Q("4 Ban CHQS xã", 4, "Ban CHQS xã")],
[D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 06, 07-CT/HU"),
 D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 06, 07-CT/HU"),
 D("Nghị quyết", "20", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 20/2021/NQ-HĐND"),
 D("Công văn", "1268", "BCH-TM", "2022-09-15", "Bộ CHQS tỉnh", "Công văn số 1268/BCH-TM ngày 15/9/2022")],
[prov("Sơn La"), com("Lóng Sập"), com("Chiềng Sơn"), com("Tân Hợp"), com("Nông trường Mộc Châu"), com("Phiêng Luông")],
["Báo Sơn La", "Trang chủ | Quốc phòng - An ninh | Địa phương", "Ảnh: Quang cảnh giao ban.", "vững mạnh, rộng khắp", "Lào"],
["Thứ Năm, 29/09/2022, 10:20", "quý III năm 2022", "quý IV", "giai đoạn 2021 - 2025", "năm 2023", "tháng 11",
 "9 tháng năm 2022"]))

PAGES.append(page("b8973-kiengiang-vinhhoahiep-dangy-quatanbinh-2023", """
ĐẢNG BỘ XÃ VĨNH HÒA HIỆP - HUYỆN CHÂU THÀNH - TỈNH KIÊN GIANG
Trang chủ » Tin tức - Sự kiện » Hoạt động của Đảng ủy
14/02/2023 - 07:50
Xã Vĩnh Hòa Hiệp họp mặt, tặng quà 18 tân binh trước ngày lên đường
Tối 13/2/2023, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Vĩnh Hòa Hiệp tổ chức họp mặt, tặng quà cho 18 tân binh chuẩn bị lên đường nhập ngũ năm 2023 và gia đình các em.
Đến dự có đồng chí Nguyễn Văn Thuận, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Danh Thị Sa Rên, Phó Bí thư Thường trực Đảng ủy xã; đồng chí Danh Hùng, ĐUV, Chỉ huy trưởng Ban CHQS xã; các đồng chí trưởng các đoàn thể xã và 16 trưởng ấp, bí thư chi bộ ấp.
Đồng chí Nguyễn Văn Thuận (thứ 3 từ trái) trao quà cho tân binh.
Năm 2023, xã Vĩnh Hòa Hiệp được UBND huyện Châu Thành giao chỉ tiêu 18 công dân nhập ngũ theo Quyết định số 25/QĐ-UBND. Thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã, Hội đồng NVQS xã đã phối hợp các ấp tổ chức tuyên truyền tại 8 ấp, vận động gia đình động viên con em lên đường. Kết quả, xã có 18/18 công dân trúng tuyển, đạt 100% chỉ tiêu, trong đó có 7 tân binh là người dân tộc Khmer, 2 tân binh là đảng viên. Đặc biệt, có 5 thanh niên tự nguyện viết đơn xin nhập ngũ.
Phát biểu tại buổi họp mặt, đồng chí Nguyễn Văn Thuận biểu dương các gia đình đã động viên con em lên đường nhập ngũ; mong các tân binh phát huy truyền thống quê hương, giữ gìn bản chất "Bộ đội Cụ Hồ". Đồng chí cũng yêu cầu Ủy ban MTTQ và các đoàn thể xã thường xuyên quan tâm, thăm hỏi gia đình quân nhân, giúp đỡ các gia đình có hoàn cảnh khó khăn trong sản xuất.
Bà Thị Khá, mẹ của tân binh Danh Sơn (ấp Vĩnh Hòa), xúc động: "Nhà tôi nghèo, ba nó mất sớm. Nay con đi bộ đội, tôi được bà con, chính quyền quan tâm, tôi cũng yên lòng".
Tại buổi họp mặt, Đảng ủy - UBND xã trao cho mỗi tân binh 2 triệu đồng; Ủy ban MTTQ xã trao 18 phần quà, mỗi phần trị giá 500.000 đồng gồm ba lô, áo mưa và vật dụng cá nhân. Hội Cựu chiến binh xã tặng 18 bộ sổ tay, bút; Đoàn Thanh niên xã tặng hoa chúc mừng. Tổng giá trị tiền và quà trao tặng tân binh trên 46 triệu đồng, được vận động từ cán bộ, đảng viên, doanh nghiệp trên địa bàn và bà con xa quê.
Ông Thạch Văn Chính, Trưởng ấp Vĩnh Thành, cho biết ấp có 3 tân binh năm nay. Ấp sẽ phân công tổ tự quản giúp đỡ gia đình tân binh thu hoạch lúa vụ đông xuân.
Được biết, lễ giao nhận quân năm 2023 của huyện Châu Thành (Kiên Giang) sẽ tổ chức vào sáng 14/2 tại xã Minh Lương, với tổng số 145 tân binh.
Thanh Tú
Tin khác
- Xã Vĩnh Hòa Hiệp tổng kết công tác năm 2022 (30/12/2022)
- Họp mặt kỷ niệm 33 năm Ngày Hội Quốc phòng toàn dân (22/12/2022)
- Trao nhà Đại đoàn kết cho hộ nghèo ấp Vĩnh Thành (15/11/2022)
""", "2023-02-14", "Xã Vĩnh Hòa Hiệp họp mặt, tặng quà 18 tân binh trước ngày lên đường",
E("trao_qua", None, "2023-02-13"),
[P("Nguyễn Văn Thuận", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Danh Thị Sa Rên", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Danh Hùng", "ĐUV", "Chỉ huy trưởng Ban CHQS xã"),
 P("Thị Khá"),
 P("Danh Sơn", "tân binh"),
 P("Thạch Văn Chính", "Trưởng ấp Vĩnh Thành")],
[Q("18 tân binh", 18, "tân binh"), Q("16 trưởng ấp, bí thư chi bộ ấp", 16, "trưởng ấp, bí thư chi bộ ấp"),
 Q("18 công dân", 18, "công dân"), Q("8 ấp", 8, "ấp"), Q("100% chỉ tiêu", 100, "%"), Q("7 tân binh", 7, "tân binh"),
 Q("2 tân binh", 2, "tân binh"), Q("5 thanh niên", 5, "thanh niên"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("18 phần quà", 18, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("18 bộ sổ tay, bút", 18, "bộ sổ tay, bút"),
 Q("trên 46 triệu đồng", 46000000, "đồng", "over"), Q("3 tân binh", 3, "tân binh"), Q("145 tân binh", 145, "tân binh")],
[D("Quyết định", "25", "QĐ-UBND", None, "UBND huyện Châu Thành", "Quyết định số 25/QĐ-UBND"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hiệp"), com("Minh Lương")],
["ĐẢNG BỘ XÃ VĨNH HÒA HIỆP - HUYỆN CHÂU THÀNH - TỈNH KIÊN GIANG", "Trang chủ » Tin tức - Sự kiện » Hoạt động của Đảng ủy",
 "Đồng chí Nguyễn Văn Thuận (thứ 3 từ trái) trao quà cho tân binh.", "Bộ đội Cụ Hồ"],
["14/02/2023 - 07:50", "năm 2023", "thứ 3 từ trái", "vụ đông xuân"]))

PAGES.append(page("b8974-bacgiang-bdvtu-dquqs-soket-quyche-2023", """
Báo Bắc Giang điện tử
Chính trị › Xây dựng Đảng › Dân vận
Cập nhật: 14:35, 12/07/2023 (GMT+7)
Phối hợp làm tốt công tác dân vận, xây dựng lực lượng dân quân tự vệ vững mạnh
BGĐT - Chiều 11/7, Ban Dân vận Tỉnh ủy và Đảng ủy Quân sự tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2023 thực hiện Quy chế phối hợp số 05-QC/BDVTU-ĐUQS ngày 20/3/2021 giữa hai cơ quan về công tác dân vận, công tác quốc phòng địa phương và xây dựng lực lượng dân quân tự vệ.
Đồng chí Thân Văn Khoa, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh và Đại tá Nguyễn Đình Dũng, Ủy viên Ban Thường vụ Tỉnh ủy, Chính ủy Bộ CHQS tỉnh đồng chủ trì hội nghị.
Đồng chí Thân Văn Khoa phát biểu tại hội nghị.
Theo báo cáo, 6 tháng đầu năm, hai cơ quan đã phối hợp tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 214-KH/TU ngày 10/1/2023 về tổ chức lễ giao nhận quân năm 2023; phối hợp tuyên truyền Luật Nghĩa vụ quân sự, Luật Dân quân tự vệ cho hơn 4.200 lượt người qua 36 buổi tuyên truyền. Ngày 7/2/2023, toàn tỉnh giao 1.780 tân binh, đạt 100% chỉ tiêu; có 2 huyện Lục Ngạn, Sơn Động hoàn thành giao quân sớm nhất.
Lực lượng vũ trang tỉnh tham gia giúp dân hơn 8.500 ngày công làm đường giao thông, nhà văn hóa; phối hợp Ủy ban MTTQ các cấp xây dựng 12 nhà đồng đội, nhà tình nghĩa với tổng kinh phí khoảng 960 triệu đồng. Đã có 45 mô hình "Dân vận khéo" trong lực lượng vũ trang được công nhận, trong đó 6 mô hình cấp tỉnh.
Tại hội nghị, các đại biểu trao đổi về khó khăn trong quản lý thanh niên đi làm việc tại các khu công nghiệp. Đồng chí Nguyễn Thị Thu Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị tăng cường vai trò của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở trong giám sát tuyển quân. Thượng tá Hoàng Văn Tiến, Phó Chỉ huy trưởng Bộ CHQS tỉnh, thông tin về thực hiện Nghị định số 72/2020/NĐ-CP của Chính phủ và Nghị quyết số 19/2021/NQ-HĐND của HĐND tỉnh về chế độ dân quân, tổng số dân quân tự vệ toàn tỉnh hiện là 23.600 đồng chí. Bà Lương Thị Hoa, Chủ tịch UBND xã Thạch Sơn (huyện Sơn Động), kể cách xã vận động 100% gia đình có con trúng tuyển ký cam kết không để con bỏ trốn.
Kết luận hội nghị, đồng chí Thân Văn Khoa đề nghị 6 tháng cuối năm hai bên phối hợp tổ chức tổng kết 10 năm thực hiện Nghị quyết 28-NQ/TW; vận động nhân dân tham gia xây dựng khu vực phòng thủ; chuẩn bị chu đáo công tác tuyển quân năm 2024, trong đó thị trấn An Châu là điểm thí điểm mô hình "Gia đình tân binh tự hào".
Minh Hiếu
Tin cùng chuyên mục
- Ban Dân vận Tỉnh ủy sơ kết công tác dân vận 6 tháng đầu năm 2023 (07/07/2023)
- Lục Nam: 142 tân binh lên đường nhập ngũ (07/02/2023)
- Hội nghị Ban Chấp hành Đảng bộ Quân sự tỉnh (28/06/2023)
""", "2023-07-12", "Phối hợp làm tốt công tác dân vận, xây dựng lực lượng dân quân tự vệ vững mạnh",
E("so_ket", "2023-H1", "2023-07-11"),
[P("Thân Văn Khoa", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Đình Dũng", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chính ủy Bộ CHQS tỉnh"),
 P("Nguyễn Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Tiến", "Thượng tá", "Phó Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Lương Thị Hoa", "Chủ tịch UBND xã Thạch Sơn")],
[Q("hơn 4.200 lượt người", 4200, "lượt người", "over"), Q("36 buổi tuyên truyền", 36, "buổi tuyên truyền"),
 Q("1.780 tân binh", 1780, "tân binh"), Q("100% chỉ tiêu", 100, "%"), Q("2 huyện", 2, "huyện"),
 Q("hơn 8.500 ngày công", 8500, "ngày công", "over"), Q("12 nhà đồng đội, nhà tình nghĩa", 12, "nhà đồng đội, nhà tình nghĩa"),
 Q("khoảng 960 triệu đồng", 960000000, "đồng", "approx"), Q("45 mô hình", 45, "mô hình"),
 Q("6 mô hình cấp tỉnh", 6, "mô hình cấp tỉnh"), Q("23.600 đồng chí", 23600, "đồng chí"), Q("100% gia đình", 100, "%")],
[D("Quy chế phối hợp", "05", "QC/BDVTU-ĐUQS", "2021-03-20", None, "Quy chế phối hợp số 05-QC/BDVTU-ĐUQS ngày 20/3/2021"),
 D("Kế hoạch", "214", "KH/TU", "2023-01-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 214-KH/TU ngày 10/1/2023"),
 D("Nghị định", "72", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 72/2020/NĐ-CP"),
 D("Nghị quyết", "19", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 19/2021/NQ-HĐND"),
 D("Nghị quyết", "28", "NQ/TW", None, None, "Nghị quyết 28-NQ/TW")],
[prov("Bắc Giang"), com("Thạch Sơn"), com("An Châu")],
["Báo Bắc Giang điện tử", "Chính trị › Xây dựng Đảng › Dân vận", "BGĐT", "Đồng chí Thân Văn Khoa phát biểu tại hội nghị.",
 "Dân vận khéo", "Gia đình tân binh tự hào", "Luật Nghĩa vụ quân sự", "Luật Dân quân tự vệ"],
["Cập nhật: 14:35, 12/07/2023 (GMT+7)", "6 tháng đầu năm 2023", "6 tháng cuối năm", "23.600 đồng chí", "10 năm",
 "Ngày 7/2/2023", "năm 2024", "6 tháng đầu năm"]))
