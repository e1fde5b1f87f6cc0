from lib import *
PAGES = []

PAGES.append(page("b9347-quangninh-bdbp-tongket-2015", """
BÁO QUẢNG NINH ĐIỆN TỬ
Quốc phòng - An ninh >> Biên giới, biển đảo
10:20 | 17/12/2015
BĐBP tỉnh tổng kết công tác dân vận năm 2015: Xây dựng vững chắc "thế trận lòng dân" nơi biên cương
Ngày 16/12, Đảng ủy Bộ đội Biên phòng (BĐBP) tỉnh tổ chức hội nghị tổng kết công tác dân vận năm 2015, triển khai nhiệm vụ năm 2016. Đại tá Vi Văn Hòa, Bí thư Đảng ủy, Chính ủy BĐBP tỉnh chủ trì hội nghị. Dự có đồng chí Chíu Thị Lan, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Quang cảnh hội nghị tổng kết.
Năm 2015, cấp ủy các cấp trong Đảng bộ BĐBP tỉnh đã lãnh đạo triển khai Chỉ thị số 01/CT-TTg ngày 9/1/2015 của Thủ tướng Chính phủ về tổ chức phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới và Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp. Đảng ủy BĐBP tỉnh ban hành Nghị quyết chuyên đề số 18-NQ/ĐU về công tác vận động quần chúng khu vực biên giới, hải đảo.
Toàn tỉnh hiện có 482 tổ tự quản đường biên, cột mốc với 6.860 hộ tham gia và 257 tổ đoàn kết trên biển với 1.540 tàu thuyền. Các đồn biên phòng đã cử 67 đảng viên tham gia sinh hoạt tại chi bộ thôn, khu; 22 cán bộ tăng cường làm phó bí thư đảng ủy xã, phường biên giới. Cán bộ, chiến sĩ đã giúp nhân dân 5.230 ngày công, tham gia xây dựng 14,6 km đường giao thông nông thôn; quân y các đơn vị khám, cấp thuốc cho 7.150 lượt người.
Thượng tá Nông Minh Tuấn, Phó Chính ủy - Chủ nhiệm Chính trị BĐBP tỉnh, cho biết mô hình "Mẹ đỡ đầu" ở phường Trà Cổ và mô hình "Thôn bản không có ma túy" ở xã Hoành Mô đang được nhân rộng. Đến nay, cán bộ, chiến sĩ BĐBP tỉnh đã nhận đỡ đầu 43 học sinh nghèo, mỗi em được hỗ trợ 500.000 đồng/tháng cho đến khi học hết lớp 12.
Tại hội nghị, ông Đặng Văn Ngân, Bí thư Đảng ủy xã Hải Sơn, đánh giá BĐBP đã giúp xã củng cố 8 chi bộ thôn, đưa tỷ lệ hộ nghèo giảm còn 11,4%. Bà Lỷ Thị Sáng, người có uy tín thôn Pò Hèn, xã Hải Sơn, kể chuyện cán bộ đồn hướng dẫn bà con người Dao trồng quế, hồi, không nghe theo lời dụ dỗ sang biên giới làm thuê trái phép.
Phát biểu chỉ đạo, đồng chí Chíu Thị Lan ghi nhận BĐBP Quảng Ninh là lực lượng có nhiều cách làm sáng tạo trong phong trào thi đua "Dân vận khéo"; đề nghị thời gian tới tiếp tục phối hợp với Ban Dân vận các huyện ủy, thành ủy biên giới thực hiện Quy chế phối hợp số 09-QCPH/BDV-BĐBP, chú trọng vận động ngư dân không vi phạm vùng biển nước ngoài.
Kết luận hội nghị, Đại tá Vi Văn Hòa yêu cầu năm 2016 mỗi đồn biên phòng xây dựng ít nhất 2 mô hình dân vận khéo, phấn đấu 100% đồn đạt tiêu chuẩn "Đơn vị dân vận tốt". Dịp này, 6 tập thể, 15 cá nhân được Bộ Chỉ huy BĐBP tỉnh tặng giấy khen.
Mạnh Trường
Tin cùng chuyên mục
- Đồn Biên phòng Quảng Đức ra mắt tổ tự quản cột mốc (10/12/2015)
- Móng Cái: Ngày hội Biên phòng toàn dân (03/03/2015)
- Trao 200 suất quà cho ngư dân Cô Tô (25/11/2015)
""", "2015-12-17", "BĐBP tỉnh tổng kết công tác dân vận năm 2015: Xây dựng vững chắc \"thế trận lòng dân\" nơi biên cương",
E("tong_ket", "2015", "2015-12-16"),
[P("Vi Văn Hòa", "Đại tá", "Bí thư Đảng ủy", "Chính ủy BĐBP tỉnh"),
 P("Chíu Thị Lan", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nông Minh Tuấn", "Thượng tá", "Phó Chính ủy - Chủ nhiệm Chính trị BĐBP tỉnh"),
 P("Đặng Văn Ngân", "Bí thư Đảng ủy xã Hải Sơn"),
 P("Lỷ Thị Sáng", "người có uy tín thôn Pò Hèn")],
[Q("482 tổ tự quản đường biên, cột mốc", 482, "tổ tự quản đường biên, cột mốc"), Q("6.860 hộ", 6860, "hộ"),
 Q("257 tổ đoàn kết trên biển", 257, "tổ đoàn kết trên biển"), Q("1.540 tàu thuyền", 1540, "tàu thuyền"),
 Q("67 đảng viên", 67, "đảng viên"), Q("22 cán bộ", 22, "cán bộ"), Q("5.230 ngày công", 5230, "ngày công"),
 Q("14,6 km", 14.6, "km"), Q("7.150 lượt người", 7150, "lượt người"), Q("43 học sinh nghèo", 43, "học sinh nghèo"),
 Q("500.000 đồng/tháng", 500000, "đồng"), Q("8 chi bộ thôn", 8, "chi bộ thôn"), Q("11,4%", 11.4, "%"),
 Q("ít nhất 2 mô hình dân vận khéo", 2, "mô hình dân vận khéo", "over"), Q("100%", 100, "%"),
 Q("6 tập thể", 6, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "01", "CT-TTg", "2015-01-09", "Thủ tướng Chính phủ", "Chỉ thị số 01/CT-TTg ngày 9/1/2015"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Nghị quyết", "18", "NQ/ĐU", None, "Đảng ủy BĐBP tỉnh", "Nghị quyết chuyên đề số 18-NQ/ĐU"),
 D("Quy chế phối hợp", "09", "QCPH/BDV-BĐBP", None, None, "Quy chế phối hợp số 09-QCPH/BDV-BĐBP")],
[prov("Quảng Ninh"), com("Trà Cổ"), com("Hoành Mô"), com("Hải Sơn")],
["BÁO QUẢNG NINH ĐIỆN TỬ", "Quốc phòng - An ninh >> Biên giới, biển đảo", "Quang cảnh hội nghị tổng kết.",
 "thế trận lòng dân", "Mẹ đỡ đầu", "Thôn bản không có ma túy", "Dân vận khéo", "Đơn vị dân vận tốt"],
["10:20 | 17/12/2015", "năm 2015", "năm 2016", "lớp 12"]))

PAGES.append(page("b9348-quangbinh-bcqs-khacphuclu-2016", """
Báo Quảng Bình điện tử
Trang chủ - Thời sự - Quốc phòng, an ninh
Thứ Hai, 24/10/2016 - 16:45
"Bộ đội về, bà con yên tâm hơn"
Cán bộ, chiến sĩ Ban CHQS huyện Quảng Ninh giúp trường học xã Tân Ninh dọn bùn sau lũ.
(QBĐT) - Nước vừa rút, hàng nghìn cán bộ, chiến sĩ lực lượng vũ trang tỉnh đã có mặt ở các vùng rốn lũ để cùng nhân dân dọn dẹp nhà cửa, trường học, trạm y tế, khắc phục hậu quả trận lũ lịch sử giữa tháng 10.
Thực hiện Công điện số 07/CĐ-BCH của Bộ Chỉ huy Quân sự tỉnh, ngay khi lũ bắt đầu lên, các đơn vị đã huy động 1.250 cán bộ, chiến sĩ, 40 xuồng máy, 6 xe ô tô vận tải, phối hợp địa phương di dời 2.470 hộ dân ra khỏi vùng ngập sâu. Sau lũ, lực lượng tiếp tục giúp dân dọn khoảng 3.200 m3 bùn đất, sửa chữa 18 trường học và 14 trạm y tế, tiêu độc khử trùng nguồn nước sinh hoạt cho hơn 900 giếng.
Tại xã Tân Ninh, huyện Quảng Ninh, nơi nước lũ dâng cao hơn 3 m, hơn 200 cán bộ, chiến sĩ Ban CHQS huyện và Trung đoàn 996 chia thành nhiều tổ, mỗi tổ phụ trách một thôn. Bà Đinh Thị Hà ở thôn Quy Hậu rưng rưng: "Nhà ngập tới mái, đồ đạc trôi hết. Bộ đội về dọn giúp từng chiếc giường, cái bàn, bà con yên tâm hơn nhiều".
Trung tá Trương Quang Nhật, Chính trị viên Ban CHQS huyện Quảng Ninh, cho biết đơn vị đã phối hợp với Đảng ủy, UBND các xã Duy Ninh, Hàm Ninh lập danh sách hộ neo đơn, gia đình chính sách để ưu tiên giúp trước. "Thực hiện Chỉ thị số 12-CT/ĐU của Đảng ủy Quân sự tỉnh về công tác dân vận trong phòng, chống thiên tai, mỗi cán bộ, chiến sĩ phải coi việc giúp dân như việc nhà mình", anh nói.
Ở huyện miền núi Minh Hóa, Trung tá Hồ Văn Bảy, Phó Chỉ huy trưởng Ban CHQS huyện, người Bru - Vân Kiều, dẫn tổ công tác vượt đường sạt lở vào bản Ón, xã Dân Hóa, kiểm tra 37 hộ đồng bào Chứt sống biệt lập. Đồn Biên phòng Cha Lo cũng cử quân y vào bản khám bệnh, phát thuốc phòng dịch cho 315 người.
Đại tá Phạm Công Thuận, Chỉ huy trưởng Bộ CHQS tỉnh, cho biết lực lượng vũ trang tỉnh đã làm việc liên tục hơn 10 ngày, với gần 9.000 lượt cán bộ, chiến sĩ tham gia. Toàn lực lượng không để xảy ra thương vong, hoàn thành việc giúp dân trước khi học sinh trở lại trường. Theo kế hoạch, trong tháng 11, các đơn vị tiếp tục giúp dân gieo trồng vụ đông, sửa chữa hệ thống kênh mương bị hư hỏng theo Kế hoạch số 2415/KH-BCH ngày 20/10/2016 của Bộ CHQS tỉnh.
Đồng chí Lê Thị Thu Hà, Phó Bí thư Đảng ủy xã Duy Ninh, nói: "Chưa bao giờ người dân thấy rõ câu 'Quân với dân một ý chí' như những ngày này".
Thanh Hải
Tin khác
- Trao 500 suất quà cho người dân vùng lũ Lệ Thủy (22/10/2016)
- Đoàn thanh niên giúp dân khắc phục hậu quả lũ (21/10/2016)
- Hội LHPN tỉnh tiếp nhận hàng cứu trợ (20/10/2016)
""", "2016-10-24", "\"Bộ đội về, bà con yên tâm hơn\"",
E("khac", None, None),
[P("Đinh Thị Hà"),
 P("Trương Quang Nhật", "Trung tá", "Chính trị viên Ban CHQS huyện Quảng Ninh"),
 P("Hồ Văn Bảy", "Trung tá", "Phó Chỉ huy trưởng Ban CHQS huyện"),
 P("Phạm Công Thuận", "Đại tá", "Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Lê Thị Thu Hà", "Phó Bí thư Đảng ủy xã Duy Ninh")],
[Q("1.250 cán bộ, chiến sĩ", 1250, "cán bộ, chiến sĩ"), Q("40 xuồng máy", 40, "xuồng máy"), Q("6 xe ô tô vận tải", 6, "xe ô tô vận tải"),
 Q("2.470 hộ dân", 2470, "hộ dân"), Q("khoảng 3.200 m3", 3200, "m3", "approx"), Q("18 trường học", 18, "trường học"),
 Q("14 trạm y tế", 14, "trạm y tế"), Q("hơn 900 giếng", 900, "giếng", "over"), Q("hơn 3 m", 3, "m", "over"),
 Q("hơn 200 cán bộ, chiến sĩ", 200, "cán bộ, chiến sĩ", "over"), Q("37 hộ đồng bào Chứt", 37, "hộ đồng bào Chứt"),
 Q("315 người", 315, "người"), Q("gần 9.000 lượt cán bộ, chiến sĩ", 9000, "lượt cán bộ, chiến sĩ", "approx")],
[D("Chỉ thị", "12", "CT/ĐU", None, "Đảng ủy Quân sự tỉnh", "Chỉ thị số 12-CT/ĐU"),
 D("Kế hoạch", "2415", "KH-BCH", "2016-10-20", "Bộ CHQS tỉnh", "Kế hoạch số 2415/KH-BCH ngày 20/10/2016")],
[prov("Quảng Bình"), com("Tân Ninh"), com("Duy Ninh"), com("Hàm Ninh"), com("Dân Hóa")],
["Báo Quảng Bình điện tử", "Trang chủ - Thời sự - Quốc phòng, an ninh",
 "Cán bộ, chiến sĩ Ban CHQS huyện Quảng Ninh giúp trường học xã Tân Ninh dọn bùn sau lũ.", "(QBĐT)",
 "Trung đoàn 996", "Đồn Biên phòng Cha Lo", "bản Ón", "Quân với dân một ý chí"],
["Thứ Hai, 24/10/2016 - 16:45", "Công điện số 07/CĐ-BCH", "tháng 10", "hơn 10 ngày", "tháng 11", "Trung đoàn 996"]))

PAGES.append(page("b9349-dienbien-bdv-giamsat-2017", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Vị trí: Trang chủ / Hoạt động / Kiểm tra, giám sát
Ngày 14/06/2017
Giám sát việc thực hiện Quy chế công tác dân vận tại Đảng ủy Quân sự tỉnh
Ngày 13/6, Đoàn giám sát của Ban Thường vụ Tỉnh ủy do đồng chí Lường Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã làm việc với Đảng ủy Quân sự tỉnh Điện Biên về việc thực hiện Quy chế công tác dân vận của hệ thống chính trị ban hành theo Quyết định số 290-QĐ/TW của Bộ Chính trị và Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương (khóa XI).
Đồng chí Lường Thị Hoa phát biểu tại buổi giám sát.
Đoàn giám sát được thành lập theo Quyết định số 215-QĐ/TU ngày 22/5/2017 của Ban Thường vụ Tỉnh ủy, gồm lãnh đạo Ban Dân vận Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh. Tiếp và làm việc với đoàn có Đại tá Quàng Văn Binh, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh và Đại tá Lò Văn Khánh, Chính ủy Bộ CHQS tỉnh.
Báo cáo của Đảng ủy Quân sự tỉnh cho thấy, từ năm 2013 đến nay, Đảng ủy đã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về lãnh đạo công tác dân vận trong lực lượng vũ trang tỉnh, 6 chỉ thị và 14 kế hoạch chuyên đề; thành lập Ban Chỉ đạo công tác dân vận ở 10 Ban CHQS huyện, thị xã, thành phố. Lực lượng vũ trang tỉnh đã giúp các xã biên giới 38.500 ngày công, làm mới 56 km đường giao thông, xây dựng 212 căn nhà cho hộ nghèo; phối hợp vận động 1.140 hộ di cư tự do ổn định cuộc sống tại chỗ. Đặc biệt, sau vụ tụ tập đông người trái phép ở Mường Nhé năm 2011, các đơn vị đã phối hợp với chính quyền xã Mường Nhé, xã Sín Thầu duy trì 24 tổ công tác bám bản.
Tuy vậy, báo cáo cũng chỉ ra việc thực hiện quy chế ở một số Ban CHQS huyện còn hình thức; công tác nắm tình hình dư luận ở vùng đồng bào theo đạo Tin lành chưa kịp thời; việc sơ kết, nhân rộng các mô hình "Dân vận khéo" chậm.
Phát biểu tại buổi giám sát, đồng chí Giàng A Dính, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị Đảng ủy Quân sự tỉnh bổ sung quy định về trách nhiệm của người đứng đầu cơ quan, đơn vị trong công tác dân vận. Ông Lò Văn Mừng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, lưu ý phối hợp chặt chẽ với Mặt trận trong vận động đồng bào Mông, Khơ Mú ở các bản giáp Lào.
Kết luận buổi giám sát, đồng chí Lường Thị Hoa đánh giá cao kết quả của lực lượng vũ trang tỉnh, nhất là vai trò nòng cốt trong xây dựng "thế trận lòng dân" ở 3 huyện biên giới. Đoàn đề nghị Đảng ủy Quân sự tỉnh tiếp tục thực hiện tốt Chỉ thị số 12-CT/TU của Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới, rà soát, sửa đổi Quy chế dân vận của Đảng ủy; đến cuối năm 2017 hoàn thành việc xây dựng mỗi Ban CHQS huyện ít nhất 3 mô hình dân vận khéo.
Theo kế hoạch, trong tháng 6 và tháng 7, đoàn sẽ giám sát tại Bộ Chỉ huy BĐBP tỉnh và Công an tỉnh.
Lan Phương
Tin khác:
- Hội nghị giao ban khối dân vận quý II/2017 (09/06/2017)
- Tủa Chùa: Tập huấn nghiệp vụ dân vận cơ sở (31/05/2017)
- Mường Ảng ra mắt 4 mô hình "Dân vận khéo" (25/05/2017)
""", "2017-06-14", "Giám sát việc thực hiện Quy chế công tác dân vận tại Đảng ủy Quân sự tỉnh",
E("giam_sat", None, "2017-06-13"),
[P("Lường Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Binh", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Lò Văn Khánh", "Đại tá", "Chính ủy Bộ CHQS tỉnh"),
 P("Giàng A Dính", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Mừng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("6 chỉ thị", 6, "chỉ thị"), Q("14 kế hoạch chuyên đề", 14, "kế hoạch chuyên đề"), Q("10 Ban CHQS huyện, thị xã, thành phố", 10, "Ban CHQS huyện, thị xã, thành phố"),
 Q("38.500 ngày công", 38500, "ngày công"), Q("56 km", 56, "km"), Q("212 căn nhà", 212, "căn nhà"),
 Q("1.140 hộ di cư tự do", 1140, "hộ di cư tự do"), Q("24 tổ công tác", 24, "tổ công tác"), Q("3 huyện biên giới", 3, "huyện biên giới"),
 Q("ít nhất 3 mô hình dân vận khéo", 3, "mô hình dân vận khéo", "over")],
[D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW"),
 D("Quyết định", "215", "QĐ/TU", "2017-05-22", "Ban Thường vụ Tỉnh ủy", "Quyết định số 215-QĐ/TU ngày 22/5/2017"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy Quân sự tỉnh", "Nghị quyết chuyên đề số 05-NQ/ĐU"),
 D("Chỉ thị", "12", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 12-CT/TU")],
[prov("Điện Biên"), com("Mường Nhé"), com("Sín Thầu")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Vị trí: Trang chủ / Hoạt động / Kiểm tra, giám sát",
 "Đồng chí Lường Thị Hoa phát biểu tại buổi giám sát.", "Dân vận khéo", "thế trận lòng dân", "Quy chế dân vận"],
["Ngày 14/06/2017", "khóa XI", "từ năm 2013", "năm 2011", "năm 2017", "tháng 6", "tháng 7"]))

PAGES.append(page("b9350-camau-bdbp-doithoai-2018", """
BÁO CÀ MAU ONLINE
Trang chủ » Kinh tế » Thủy sản
Thứ Tư, 21/3/2018 - 09:42
Ngư dân Khánh Hội đối thoại với Bộ đội Biên phòng về chống khai thác IUU
(CMO) Ngày 20/3, Đồn Biên phòng Khánh Hội phối hợp với Đảng ủy, UBND xã Khánh Hội, huyện U Minh tổ chức hội nghị đối thoại với ngư dân năm 2018, tập trung vào các quy định chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU). Tham dự có 186 ngư dân, chủ tàu cá trên địa bàn.
Quang cảnh buổi đối thoại tại hội trường UBND xã Khánh Hội.
Chủ trì buổi đối thoại có Thiếu tá Lý Minh Sang, Chính trị viên Đồn Biên phòng Khánh Hội; ông Phạm Văn Út, Phó Chủ tịch UBND xã Khánh Hội; Trung tá Danh Hoàng, Phó Chủ nhiệm Chính trị BĐBP tỉnh.
Mở đầu, cán bộ Đồn Biên phòng Khánh Hội phổ biến Chỉ thị số 45/CT-TTg ngày 13/12/2017 của Thủ tướng Chính phủ về một số nhiệm vụ, giải pháp cấp bách khắc phục cảnh báo của Ủy ban châu Âu về chống khai thác IUU; Kế hoạch số 29/KH-UBND ngày 5/2/2018 của UBND tỉnh Cà Mau và những điểm mới của Luật Thủy sản số 18/2017/QH14. Theo đó, từ ngày 1/1/2019, tàu cá có chiều dài từ 15 m trở lên phải lắp thiết bị giám sát hành trình; hành vi đưa tàu cá đi khai thác trái phép ở vùng biển nước ngoài có thể bị phạt tối đa 1 tỷ đồng.
Hiện xã Khánh Hội có 327 tàu cá, trong đó 64 tàu có chiều dài từ 15 m trở lên. Năm 2017, không có tàu cá nào của xã bị nước ngoài bắt giữ, nhưng vẫn còn tình trạng khai thác bằng lưới kéo đôi ở vùng biển gần bờ.
Tại buổi đối thoại, ngư dân đã nêu 23 ý kiến. Ông Danh Tươi, chủ tàu cá CM 97386 TS, hỏi về chi phí lắp thiết bị giám sát hành trình và chính sách hỗ trợ. Ông Lâm Văn Phải (ấp Kênh Tắc) phản ánh tình trạng cửa biển Khánh Hội bị bồi lắng khiến tàu khó ra vào. Một số ý kiến đề nghị Đồn Biên phòng đơn giản thủ tục cấp sổ danh bạ thuyền viên.
Trả lời ngư dân, Thiếu tá Lý Minh Sang cho biết từ đầu năm, đồn đã kiểm soát 1.024 lượt tàu cá ra vào cửa biển, hướng dẫn 100% chủ tàu ghi nhật ký khai thác; thủ tục xuất, nhập bến đang được rút gọn còn khoảng 10 phút mỗi lượt. Ông Phạm Văn Út thông tin, UBND xã đã có văn bản đề nghị huyện nạo vét luồng lạch, đồng thời sẽ phối hợp ngân hàng giải quyết cho ngư dân vay vốn mua thiết bị với mức tối đa 30 triệu đồng/tàu.
Trung tá Danh Hoàng ghi nhận tinh thần thẳng thắn của bà con, nhấn mạnh mỗi ngư dân là một "cột mốc sống" trên biển, đề nghị bà con tham gia 18 tổ đoàn kết trên biển của xã và không vi phạm vùng biển nước ngoài. Kết thúc buổi đối thoại, 186 ngư dân đã ký cam kết không đưa tàu đi khai thác trái phép.
Ngọc Lan
Tin liên quan
- Đồn Biên phòng Sông Đốc tuyên truyền chống IUU cho 300 ngư dân (14/03/2018)
- Cà Mau: Tàu cá phải lắp thiết bị giám sát hành trình (05/03/2018)
- Trao 50 lá cờ Tổ quốc cho ngư dân Khánh Tiến (28/02/2018)
""", "2018-03-21", "Ngư dân Khánh Hội đối thoại với Bộ đội Biên phòng về chống khai thác IUU",
E("doi_thoai", "2018", "2018-03-20"),
[P("Lý Minh Sang", "Thiếu tá", "Chính trị viên Đồn Biên phòng Khánh Hội"),
 P("Phạm Văn Út", "Phó Chủ tịch UBND xã Khánh Hội"),
 P("Danh Hoàng", "Trung tá", "Phó Chủ nhiệm Chính trị BĐBP tỉnh"),
 P("Danh Tươi", "chủ tàu cá CM 97386 TS"),
 P("Lâm Văn Phải")],
[Q("186 ngư dân", 186, "ngư dân"), Q("từ 15 m trở lên", 15, "m", "over"), Q("tối đa 1 tỷ đồng", 1000000000, "đồng"),
 Q("327 tàu cá", 327, "tàu cá"), Q("64 tàu", 64, "tàu"), Q("23 ý kiến", 23, "ý kiến"),
 Q("1.024 lượt tàu cá", 1024, "lượt tàu cá"), Q("100%", 100, "%"), Q("tối đa 30 triệu đồng/tàu", 30000000, "đồng"), Q("18 tổ đoàn kết trên biển", 18, "tổ đoàn kết trên biển")],
[D("Chỉ thị", "45", "CT-TTg", "2017-12-13", "Thủ tướng Chính phủ", "Chỉ thị số 45/CT-TTg ngày 13/12/2017"),
 D("Kế hoạch", "29", "KH-UBND", "2018-02-05", "UBND tỉnh Cà Mau", "Kế hoạch số 29/KH-UBND ngày 5/2/2018"),
 D("Luật", "18", "2017/QH14", None, None, "Luật Thủy sản số 18/2017/QH14")],
[prov("Cà Mau"), com("Khánh Hội")],
["BÁO CÀ MAU ONLINE", "Trang chủ » Kinh tế » Thủy sản", "(CMO)", "Quang cảnh buổi đối thoại tại hội trường UBND xã Khánh Hội.",
 "cột mốc sống", "Đồn Biên phòng Khánh Hội", "ấp Kênh Tắc"],
["Thứ Tư, 21/3/2018 - 09:42", "năm 2018", "CM 97386 TS", "1/1/2019", "Năm 2017", "khoảng 10 phút"]))

PAGES.append(page("b9351-thanhhoa-bcqs-baocao-2018", """
BÁO THANH HÓA
Thời sự | Quốc phòng - An ninh | Dân vận
Cập nhật lúc 17:05 ngày 07/12/2018
Bộ CHQS tỉnh báo cáo Đoàn công tác Tổng cục Chính trị kết quả công tác dân vận năm 2018
Ảnh: Thiếu tướng Tạ Quang Vinh phát biểu tại buổi làm việc.
(Baothanhhoa.vn) - Ngày 6/12, Bộ Chỉ huy Quân sự (CHQS) tỉnh báo cáo Đoàn công tác của Tổng cục Chính trị Quân đội nhân dân Việt Nam do Thiếu tướng Tạ Quang Vinh, Phó Cục trưởng Cục Dân vận Tổng cục Chính trị làm trưởng đoàn về kết quả thực hiện công tác dân vận năm 2018 của lực lượng vũ trang tỉnh Thanh Hóa. Tiếp và làm việc với đoàn có Đại tá Hà Văn Nhưng, Chính ủy Bộ CHQS tỉnh và lãnh đạo các cơ quan, đơn vị.
Theo báo cáo do Đại tá Lê Đình Hảo, Phó Chính ủy Bộ CHQS tỉnh trình bày, năm 2018, Đảng ủy Quân sự tỉnh đã lãnh đạo triển khai Hướng dẫn số 88/HD-CT ngày 15/1/2018 của Cục Chính trị Quân khu 4 và Kế hoạch số 1380/KH-BCH ngày 12/3/2018 của Bộ CHQS tỉnh về công tác dân vận; tổ chức 7 đợt cao điểm giúp dân tại các huyện miền núi Mường Lát, Quan Sơn, Quan Hóa, Lang Chánh.
Cán bộ, chiến sĩ đã giúp nhân dân 21.600 ngày công, làm mới và sửa chữa 34 km đường giao thông nông thôn, nạo vét 12,5 km kênh mương, trồng 25.000 cây xanh; khám bệnh, cấp thuốc miễn phí cho 9.420 lượt người với tổng kinh phí hơn 620 triệu đồng. Lực lượng vũ trang tỉnh cũng phối hợp xây dựng 36 "Nhà đồng đội" và 58 "Nhà tình nghĩa", mỗi căn được hỗ trợ 60 triệu đồng. Phong trào "Quân đội chung sức xây dựng nông thôn mới" góp phần giúp 5 xã đạt chuẩn nông thôn mới trong năm.
Ở khu vực biên giới Việt - Lào, các Ban CHQS huyện phối hợp với 6 đồn biên phòng vận động đồng bào Mông, Thái không nghe theo kẻ xấu "xưng vua", di cư trái phép. Trung tá Lữ Văn Hặc, Chỉ huy trưởng Ban CHQS huyện Mường Lát, cho biết đơn vị đã cử 12 tổ công tác bám bản ở các xã Pù Nhi, Trung Lý, Tam Chung; vận động 43 hộ người Mông ở bản Sài Khao đã đi lại từ xã khác về ổn định cuộc sống.
Báo cáo cũng thẳng thắn nêu hạn chế: công tác dân vận của một số cơ quan, đơn vị chưa gắn chặt với nhiệm vụ huấn luyện; việc nắm và phản ánh tình hình dân sinh ở vùng giáo xứ có lúc chưa kịp thời; một số mô hình "Dân vận khéo" còn mang tính phong trào.
Phát biểu tại buổi làm việc, Thiếu tướng Tạ Quang Vinh ghi nhận lực lượng vũ trang tỉnh đã thực hiện nghiêm Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị và Nghị quyết số 49-NQ/QUTW của Quân ủy Trung ương về công tác dân vận của Quân đội trong tình hình mới; đề nghị thời gian tới tập trung nắm chắc địa bàn, xây dựng "thế trận lòng dân" gắn với thế trận quốc phòng toàn dân. Đại tá Hà Văn Nhưng tiếp thu ý kiến của đoàn và cho biết, năm 2019 Bộ CHQS tỉnh sẽ hoàn thành việc tổng kết 10 năm thực hiện Quy chế công tác dân vận.
Lê Hà - Quốc Thắng
Tin cùng chuyên mục
- LLVT huyện Thường Xuân giúp dân làm đường (30/11/2018)
- Ra mắt mô hình "Dân vận khéo" ở Bá Thước (22/11/2018)
- Bàn giao 3 "Nhà đồng đội" tại Như Xuân (15/11/2018)
""", "2018-12-07", "Bộ CHQS tỉnh báo cáo Đoàn công tác Tổng cục Chính trị kết quả công tác dân vận năm 2018",
E("bao_cao", "2018", "2018-12-06"),
[P("Tạ Quang Vinh", "Thiếu tướng", "Phó Cục trưởng Cục Dân vận Tổng cục Chính trị"),
 P("Hà Văn Nhưng", "Đại tá", "Chính ủy Bộ CHQS tỉnh"),
 P("Lê Đình Hảo", "Đại tá", "Phó Chính ủy Bộ CHQS tỉnh"),
 P("Lữ Văn Hặc", "Trung tá", "Chỉ huy trưởng Ban CHQS huyện Mường Lát")],
[Q("7 đợt cao điểm", 7, "đợt cao điểm"), Q("21.600 ngày công", 21600, "ngày công"), Q("34 km", 34, "km"),
 Q("12,5 km", 12.5, "km"), Q("25.000 cây xanh", 25000, "cây xanh"), Q("9.420 lượt người", 9420, "lượt người"),
 Q("hơn 620 triệu đồng", 620000000, "đồng", "over"), Q("36 \"Nhà đồng đội\"", 36, "Nhà đồng đội"),
 Q("58 \"Nhà tình nghĩa\"", 58, "Nhà tình nghĩa"), Q("60 triệu đồng", 60000000, "đồng"), Q("5 xã", 5, "xã"), Q("6 đồn biên phòng", 6, "đồn biên phòng"),
 Q("12 tổ công tác", 12, "tổ công tác"), Q("43 hộ người Mông", 43, "hộ người Mông")],
[D("Hướng dẫn", "88", "HD-CT", "2018-01-15", "Cục Chính trị Quân khu 4", "Hướng dẫn số 88/HD-CT ngày 15/1/2018"),
 D("Kế hoạch", "1380", "KH-BCH", "2018-03-12", "Bộ CHQS tỉnh", "Kế hoạch số 1380/KH-BCH ngày 12/3/2018"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Nghị quyết", "49", "NQ/QUTW", None, "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW")],
[prov("Thanh Hóa"), com("Pù Nhi"), com("Trung Lý"), com("Tam Chung")],
["BÁO THANH HÓA", "Thời sự | Quốc phòng - An ninh | Dân vận", "Ảnh: Thiếu tướng Tạ Quang Vinh phát biểu tại buổi làm việc.",
 "(Baothanhhoa.vn)", "Quân đội chung sức xây dựng nông thôn mới", "Dân vận khéo", "thế trận lòng dân", "bản Sài Khao"],
["Cập nhật lúc 17:05 ngày 07/12/2018", "năm 2018", "năm 2019", "10 năm", "Quân khu 4"]))

PAGES.append(page("b9352-langson-bdbp-nguoicouytin-2019", """
BÁO LẠNG SƠN
Trang chủ :: Quốc phòng - An ninh :: Biên phòng
Thứ Sáu, 06/12/2019 | 15:00
Phát huy vai trò người có uy tín trong bảo vệ chủ quyền biên giới
Đại tá Lăng Văn Chiến trao giấy khen cho người có uy tín tiêu biểu.
LSO - Ngày 5/12, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Lạng Sơn tổ chức hội nghị người có uy tín khu vực biên giới năm 2019. Dự hội nghị có 112 người có uy tín, trưởng thôn đến từ 21 xã biên giới thuộc 5 huyện Tràng Định, Văn Lãng, Cao Lộc, Lộc Bình, Đình Lập.
Đại tá Lăng Văn Chiến, Chính ủy BĐBP tỉnh; bà Nông Thị Diện, Phó Trưởng Ban Dân tộc tỉnh; đồng chí Hoàng Văn Thái, Phó Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì hội nghị.
Báo cáo tại hội nghị cho biết, những năm qua, thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, các đồn biên phòng đã phối hợp với cấp ủy, chính quyền địa phương thường xuyên gặp gỡ, cung cấp thông tin cho người có uy tín. Năm 2019, người có uy tín ở khu vực biên giới đã tham gia hòa giải thành 37 vụ việc mâu thuẫn trong nhân dân, cung cấp cho các đồn 65 nguồn tin có giá trị về buôn lậu, xuất nhập cảnh trái phép; vận động nhân dân hiến 4.800 m2 đất làm đường ra cột mốc.
Đặc biệt, sau khi Bộ Chính trị ban hành Nghị quyết số 33-NQ/TW ngày 28/9/2018 về Chiến lược bảo vệ biên giới quốc gia, BĐBP tỉnh đã tổ chức tuyên truyền cho người có uy tín ở 86 thôn biên giới; 100% người có uy tín đăng ký tham gia tự quản đường biên, cột mốc.
Tại hội nghị, ông Vy Văn Thành, người có uy tín thôn Bản Vược, xã Tân Thanh, chia sẻ: "Có bà con ham tiền công cao, theo người lạ vận chuyển hàng lậu qua đường mòn. Tôi với cán bộ đồn đến nhà nói chuyện, nay không còn ai làm nữa". Bà Hoàng Thị Mây, trưởng thôn Khòn Pát, xã Thanh Lòa, kiến nghị BĐBP tiếp tục mở lớp dạy nghề cho thanh niên để bà con có việc làm tại chỗ.
Phát biểu kết luận, Đại tá Lăng Văn Chiến khẳng định người có uy tín là "cánh tay nối dài" của cấp ủy, chính quyền và BĐBP ở cơ sở. Ông đề nghị các đồn thực hiện tốt Kế hoạch số 2560/KH-BCH ngày 18/10/2019 của Bộ Chỉ huy BĐBP tỉnh về phát huy vai trò người có uy tín giai đoạn 2020 - 2025; mỗi đồn duy trì ít nhất 2 buổi gặp mặt người có uy tín mỗi năm.
Dịp này, Bộ Chỉ huy BĐBP tỉnh tặng giấy khen cho 15 người có uy tín tiêu biểu có thành tích xuất sắc trong tham gia bảo vệ chủ quyền, an ninh biên giới. Ông Chu Văn Lợi, người có uy tín thôn Nà Lầm, xã Xuất Lễ, một trong những người được khen, cho biết ông luôn nhắc con cháu "giữ đất như giữ nhà".
Hồng Thủy
Tin liên quan
- Đồn Biên phòng Chi Ma ra mắt tổ tự quản cột mốc (28/11/2019)
- Tân Thanh: Ngày hội đại đoàn kết ở thôn biên giới (19/11/2019)
- Trao 200 lá cờ Tổ quốc cho bà con vùng biên Cao Lộc (10/11/2019)
""", "2019-12-06", "Phát huy vai trò người có uy tín trong bảo vệ chủ quyền biên giới",
E("hoi_nghi", "2019", "2019-12-05"),
[P("Lăng Văn Chiến", "Đại tá", "Chính ủy BĐBP tỉnh"),
 P("Nông Thị Diện", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Hoàng Văn Thái", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vy Văn Thành", "người có uy tín thôn Bản Vược"),
 P("Hoàng Thị Mây", "trưởng thôn Khòn Pát"),
 P("Chu Văn Lợi", "người có uy tín thôn Nà Lầm")],
[Q("112 người có uy tín", 112, "người có uy tín"), Q("21 xã biên giới", 21, "xã biên giới"), Q("5 huyện", 5, "huyện"),
 Q("37 vụ việc mâu thuẫn", 37, "vụ việc mâu thuẫn"), Q("65 nguồn tin", 65, "nguồn tin"), Q("4.800 m2", 4800, "m2"),
 Q("86 thôn biên giới", 86, "thôn biên giới"), Q("100%", 100, "%"), Q("ít nhất 2 buổi gặp mặt", 2, "buổi gặp mặt", "over"),
 Q("15 người có uy tín tiêu biểu", 15, "người có uy tín tiêu biểu")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Nghị quyết", "33", "NQ/TW", "2018-09-28", "Bộ Chính trị", "Nghị quyết số 33-NQ/TW ngày 28/9/2018"),
 D("Kế hoạch", "2560", "KH-BCH", "2019-10-18", "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 2560/KH-BCH ngày 18/10/2019")],
[prov("Lạng Sơn"), com("Tân Thanh"), com("Thanh Lòa"), com("Xuất Lễ")],
["BÁO LẠNG SƠN", "Trang chủ :: Quốc phòng - An ninh :: Biên phòng", "Đại tá Lăng Văn Chiến trao giấy khen cho người có uy tín tiêu biểu.",
 "LSO", "cánh tay nối dài", "giữ đất như giữ nhà"],
["Thứ Sáu, 06/12/2019 | 15:00", "năm 2019", "Năm 2019", "giai đoạn 2020 - 2025"]))
