from lib import *
PAGES = []

PAGES.append(page("b1631-soctrang-mttq-giamsat-ngudan-2023", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ :: Hoạt động giám sát và phản biện xã hội
18.08.2023 | 10:40
Giám sát việc thực hiện chính sách hỗ trợ ngư dân tại thị xã Vĩnh Châu
Đoàn giám sát làm việc với UBND thị xã Vĩnh Châu.
Ngày 16/8/2023, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng do đồng chí Lâm Thị Sa Quên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ ngư dân và công tác phòng, chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) tại thị xã Vĩnh Châu, theo Kế hoạch số 09/KH-MTTQ-BTT ngày 20/3/2023 về giám sát năm 2023.
Thành viên đoàn có đại diện Ban Dân vận Tỉnh ủy, Hội Nông dân tỉnh, Sở Nông nghiệp và Phát triển nông thôn, Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Làm việc với đoàn có ông Trần Quốc Hưng, Phó Chủ tịch UBND thị xã Vĩnh Châu; Thiếu tá Lý Sa Rết, Phó Đồn trưởng Đồn Biên phòng Vĩnh Hải.
Theo báo cáo, thị xã hiện có 248 tàu cá, trong đó 61 tàu có chiều dài từ 15 m trở lên; 100% tàu thuộc diện bắt buộc đã lắp thiết bị giám sát hành trình. Thực hiện Nghị định số 67/2014/NĐ-CP và Quyết định số 48/2010/QĐ-TTg, từ năm 2020 đến nay đã có 73 lượt chủ tàu được hỗ trợ chi phí nhiên liệu, bảo hiểm với tổng số tiền trên 6,4 tỷ đồng. Các phường Vĩnh Phước, Khánh Hòa và xã Vĩnh Hải đã thành lập 9 tổ đoàn kết sản xuất trên biển với 86 tàu tham gia.
Đoàn giám sát đã trực tiếp gặp gỡ 25 hộ ngư dân, trong đó có 14 hộ đồng bào Khmer. Bà Thạch Thị Sa Phol, ngư dân khóm Âu Thọ B, phường Vĩnh Phước, phản ánh việc làm thủ tục hỗ trợ còn mất nhiều thời gian; ông Sơn Hoàng Ân, Tổ trưởng tổ đoàn kết trên biển số 3, kiến nghị hỗ trợ thay thế ngư cụ cho các tàu nhỏ chuyển đổi nghề.
Qua giám sát, đoàn ghi nhận thị xã đã thực hiện nghiêm Chỉ thị số 32-CT/TW ngày 10/4/2019 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống khai thác IUU và Kế hoạch số 115-KH/TU của Tỉnh ủy; tuy nhiên vẫn còn 3 tàu cá mất kết nối thiết bị giám sát hành trình trên 6 giờ chưa được xử lý dứt điểm, việc tuyên truyền cho lao động trên tàu còn hạn chế.
Đồng chí Lâm Thị Sa Quên đề nghị UBND thị xã chỉ đạo giải quyết dứt điểm các kiến nghị của ngư dân trước ngày 30/9/2023; phối hợp với Đồn Biên phòng Vĩnh Hải, Trạm Kiểm soát Biên phòng Trần Đề vận động ngư dân không vi phạm vùng biển nước ngoài. Kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy trong quý IV.
Cùng ngày, đoàn trao 20 phần quà, mỗi phần 500.000 đồng, cho ngư dân có hoàn cảnh khó khăn.
Ánh Tuyết
Tin khác
- Giám sát thực hiện Quy chế dân chủ tại xã Lịch Hội Thượng (10/08/2023)
- Đối thoại giữa người đứng đầu cấp ủy với nhân dân huyện Cù Lao Dung (01/08/2023)
- Trao nhà Đại đoàn kết cho hộ nghèo Khmer (25/07/2023)
""", "2023-08-18", "Giám sát việc thực hiện chính sách hỗ trợ ngư dân tại thị xã Vĩnh Châu",
E("giam_sat", "2023", "2023-08-16"),
[P("Lâm Thị Sa Quên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Trần Quốc Hưng", "Phó Chủ tịch UBND thị xã Vĩnh Châu"),
 P("Lý Sa Rết", "Thiếu tá", "Phó Đồn trưởng Đồn Biên phòng Vĩnh Hải"),
 P("Thạch Thị Sa Phol"),
 P("Sơn Hoàng Ân", "Tổ trưởng tổ đoàn kết trên biển số 3")],
[Q("248 tàu cá", 248, "tàu cá"), Q("61 tàu", 61, "tàu"), Q("100%", 100, "%"), Q("73 lượt chủ tàu", 73, "lượt chủ tàu"),
 Q("trên 6,4 tỷ đồng", 6400000000, "đồng", "over"), Q("9 tổ đoàn kết sản xuất trên biển", 9, "tổ đoàn kết sản xuất trên biển"), Q("86 tàu", 86, "tàu"),
 Q("25 hộ ngư dân", 25, "hộ ngư dân"), Q("14 hộ đồng bào Khmer", 14, "hộ đồng bào Khmer"), Q("3 tàu cá", 3, "tàu cá"),
 Q("20 phần quà", 20, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "09", "KH-MTTQ-BTT", "2023-03-20", None, "Kế hoạch số 09/KH-MTTQ-BTT ngày 20/3/2023"),
 D("Nghị định", "67", "2014/NĐ-CP", None, None, "Nghị định số 67/2014/NĐ-CP"),
 D("Quyết định", "48", "2010/QĐ-TTg", None, None, "Quyết định số 48/2010/QĐ-TTg"),
 D("Chỉ thị", "32", "CT/TW", "2019-04-10", "Ban Bí thư", "Chỉ thị số 32-CT/TW ngày 10/4/2019"),
 D("Kế hoạch", "115", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 115-KH/TU")],
[prov("Sóc Trăng"), com("Vĩnh Phước"), com("Khánh Hòa"), com("Vĩnh Hải")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ :: Hoạt động giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc với UBND thị xã Vĩnh Châu.", "IUU"],
["18.08.2023 | 10:40", "năm 2023", "15 m", "năm 2020", "6 giờ", "quý IV", "số 3"]))

PAGES.append(page("b1632-quangbinh-hoinghi-quychephoihop-llvt-2024", """
Báo Quảng Bình điện tử
Chính trị › Dân vận
Thứ Tư, 12/06/2024 - 16:35
Quang cảnh hội nghị.
Phát huy vai trò lực lượng vũ trang trong công tác dân vận ở vùng biên giới, biển đảo
Chiều 11/6, Ban Dân vận Tỉnh ủy Quảng Bình phối hợp với Đảng ủy Quân sự tỉnh, Đảng ủy Bộ đội Biên phòng tỉnh và Đảng ủy Công an tỉnh tổ chức hội nghị đánh giá kết quả thực hiện Quy chế phối hợp số 02-QC/BDVTU-ĐUQS-ĐUBP-ĐUCA về công tác dân vận năm 2024, đồng thời ký kết quy chế phối hợp giai đoạn mới.
Hội nghị do đồng chí Trần Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Nguyễn Hữu Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Đại tá Phan Văn Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh và Đại tá Lê Quang Nhân, Giám đốc Công an tỉnh đồng chủ trì.
Báo cáo cho biết, thực hiện Kết luận số 114-KL/TW của Ban Bí thư và Chỉ thị số 16-CT/QUTW của Thường vụ Quân ủy Trung ương, trong thời gian qua, các lực lượng đã cử 87 cán bộ tăng cường về 26 xã biên giới, ven biển; phối hợp tổ chức 1.420 buổi tuyên truyền với trên 95.000 lượt người tham dự. Lực lượng vũ trang tham gia giúp nhân dân hơn 36.000 ngày công, xây dựng 152 nhà "Đại đoàn kết"; hỗ trợ 1.860 hộ dân bị thiệt hại do bão số 4 năm 2023.
Ở khu vực biên giới Việt - Lào, các đồn biên phòng duy trì mô hình "Đồn biên phòng - nhà thứ hai của em", nhận đỡ đầu 63 học sinh người Bru - Vân Kiều, Chứt với mức 500.000 đồng mỗi em mỗi tháng. Vùng ven biển, lực lượng biên phòng và Công an phối hợp vận động 2.340 ngư dân ký cam kết không khai thác IUU; 100% tàu cá có chiều dài từ 15 m trở lên của tỉnh duy trì kết nối thiết bị giám sát hành trình.
Thượng tá Đinh Quang Thạch, Trưởng phòng Tham mưu Bộ đội Biên phòng tỉnh, tham luận về kinh nghiệm phối hợp với cấp ủy xã Dân Hóa, xã Trọng Hóa giải quyết tình trạng di cư tự do. Bà Hồ Thị Pin, Chủ tịch Hội Liên hiệp Phụ nữ xã Dân Hóa, đề nghị các lực lượng tiếp tục hỗ trợ chị em người dân tộc thiểu số phát triển sinh kế.
Phát biểu kết luận, đồng chí Trần Thị Hằng đánh giá cao kết quả phối hợp; đề nghị các đơn vị bám sát Kế hoạch số 245-KH/TU ngày 18/3/2024 của Ban Thường vụ Tỉnh ủy về thực hiện năm "Dân vận chính quyền" 2024; chủ động nắm tình hình dư luận xã hội ở các xã Quảng Đông, Ngư Thủy Bắc, Cảnh Dương, kịp thời phát hiện, giải quyết vướng mắc ngay từ cơ sở.
Tại hội nghị, lãnh đạo 4 cơ quan đã ký kết Quy chế phối hợp giai đoạn 2024 - 2029; Ban Dân vận Tỉnh ủy tặng giấy khen cho 8 tập thể và 12 cá nhân có thành tích xuất sắc.
Hương Trà
Lượt xem: 1.138
Tin liên quan
- Đối thoại với ngư dân xã Quảng Phúc (05/06/2024)
- Biên phòng Quảng Bình trao 30 con bò giống (28/05/2024)
- Minh Hóa sơ kết phong trào "Dân vận khéo" (20/05/2024)
""", "2024-06-12", "Phát huy vai trò lực lượng vũ trang trong công tác dân vận ở vùng biên giới, biển đảo",
E("hoi_nghi", "2024", "2024-06-11"),
[P("Trần Thị Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Hòa", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Phan Văn Sơn", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Lê Quang Nhân", "Đại tá", "Giám đốc Công an tỉnh"),
 P("Đinh Quang Thạch", "Thượng tá", "Trưởng phòng Tham mưu Bộ đội Biên phòng tỉnh"),
 P("Hồ Thị Pin", "Chủ tịch Hội Liên hiệp Phụ nữ xã Dân Hóa")],
[Q("87 cán bộ tăng cường", 87, "cán bộ tăng cường"), Q("26 xã biên giới, ven biển", 26, "xã biên giới, ven biển"),
 Q("1.420 buổi tuyên truyền", 1420, "buổi tuyên truyền"), Q("trên 95.000 lượt người", 95000, "lượt người", "over"),
 Q("hơn 36.000 ngày công", 36000, "ngày công", "over"), Q("152 nhà", 152, "nhà"), Q("1.860 hộ dân", 1860, "hộ dân"),
 Q("63 học sinh", 63, "học sinh"), Q("500.000 đồng", 500000, "đồng"), Q("2.340 ngư dân", 2340, "ngư dân"), Q("100%", 100, "%"),
 Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Quy chế phối hợp", "02", "QC/BDVTU-ĐUQS-ĐUBP-ĐUCA", None, None, "Quy chế phối hợp số 02-QC/BDVTU-ĐUQS-ĐUBP-ĐUCA"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Chỉ thị", "16", "CT/QUTW", None, "Thường vụ Quân ủy Trung ương", "Chỉ thị số 16-CT/QUTW"),
 D("Kế hoạch", "245", "KH/TU", "2024-03-18", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 245-KH/TU ngày 18/3/2024")],
[prov("Quảng Bình"), com("Dân Hóa"), com("Trọng Hóa"), com("Quảng Đông"), com("Ngư Thủy Bắc"), com("Cảnh Dương")],
["Báo Quảng Bình điện tử", "Chính trị › Dân vận", "Quang cảnh hội nghị.", "Đại đoàn kết", "Đồn biên phòng - nhà thứ hai của em",
 "Dân vận chính quyền", "IUU", "Lượt xem: 1.138"],
["Thứ Tư, 12/06/2024 - 16:35", "năm 2024", "bão số 4", "năm 2023", "15 m", "2024 - 2029", "4 cơ quan", "Lượt xem: 1.138"]))

PAGES.append(page("b1633-caobang-bdbp-tongket-2024", """
BÁO CAO BẰNG ĐIỆN TỬ
Trang chủ | Quốc phòng - An ninh | Biên giới
Thứ Sáu, 27/12/2024, 08:20
Đảng ủy Bộ đội Biên phòng tỉnh tổng kết công tác vận động quần chúng năm 2024
Ngày 26/12, Đảng ủy Bộ đội Biên phòng tỉnh Cao Bằng tổ chức hội nghị tổng kết công tác dân vận, vận động quần chúng năm 2024, triển khai nhiệm vụ năm 2025. Đại tá Ngô Văn Thăng, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh chủ trì. Dự hội nghị có đồng chí Nông Thị Hạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Đại tá Ngô Văn Thăng phát biểu kết luận hội nghị. Ảnh: Thu Hương
Năm 2024, Đảng ủy BĐBP tỉnh đã lãnh đạo các đồn biên phòng thực hiện có hiệu quả Kết luận số 43-KL/TW của Ban Bí thư, Kết luận số 80-KL/TW ngày 24/6/2024 của Bộ Chính trị về chiến lược bảo vệ biên giới quốc gia, và Chương trình hành động số 27-CTr/ĐU của Đảng ủy BĐBP tỉnh. Các đồn phối hợp với cấp ủy, chính quyền 41 xã, thị trấn biên giới tuyên truyền cho hơn 58.000 lượt người; giúp nhân dân 12.600 ngày công khắc phục hậu quả cơn bão số 3 (Yagi) vào tháng 9/2024.
Trong đợt mưa lũ, cán bộ, chiến sĩ biên phòng đã sơ tán 312 hộ với 1.150 nhân khẩu ra khỏi vùng nguy hiểm; tìm kiếm, cứu nạn tại thôn Khuổi Ngược, xã Xuân Trường và xã Cần Yên; hỗ trợ dựng lại 26 ngôi nhà bị sập đổ hoàn toàn. Chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2024 trao 1.800 suất quà, tổng trị giá gần 1,3 tỷ đồng.
Thực hiện đề án 36 "Xây dựng đồn biên phòng vững mạnh, khu vực biên giới vững chắc", các đơn vị đã phát triển 17 mô hình sinh kế, giúp 245 hộ nghèo thoát nghèo; nhận đỡ đầu 96 học sinh theo chương trình "Nâng bước em tới trường" và 38 con nuôi theo chương trình "Con nuôi đồn Biên phòng". Tỷ lệ đảng viên của các đồn tham gia sinh hoạt chi bộ thôn, xóm đạt 100%, trong đó 46 đồng chí tham gia cấp ủy xã.
Đồng chí Nông Thị Hạnh đánh giá cao sự đóng góp của BĐBP tỉnh trong ứng phó bão lũ; đề nghị năm 2025 tiếp tục thực hiện Quy chế phối hợp số 05-QC/BDVTU-ĐUBP; chuẩn bị tốt các điều kiện để lực lượng biên phòng tham gia sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương hai cấp, không để xảy ra điểm nóng.
Tại hội nghị, các đồng chí Triệu Văn Hùng, Lục Văn Páo, Ma Thị Nguyệt - Chính trị viên các đồn biên phòng trên tuyến biên giới huyện Trùng Khánh đã tham luận về cách làm trong vận động đồng bào Tày, Nùng, Mông. Ông Hoàng Văn Thái, Bí thư Chi bộ kiêm Trưởng xóm Bản Giốc, xã Đàm Thủy, phát biểu cảm ơn bộ đội đã giúp bà con làm du lịch cộng đồng.
Dịp này, Đảng ủy BĐBP tỉnh tặng giấy khen cho 9 tập thể và 16 cá nhân có thành tích tiêu biểu trong công tác vận động quần chúng năm 2024.
Nguyễn Hoàng
Lượt xem: 973
Tin liên quan
- Biên phòng Cao Bằng trao 50 con bò cho hộ nghèo (18/12/2024)
- Ký kết phối hợp tuyên truyền giữa BĐBP tỉnh và Hội Nông dân tỉnh (05/12/2024)
- Đồn Biên phòng Sóc Hà giúp dân làm đường (22/11/2024)
""", "2024-12-27", "Đảng ủy Bộ đội Biên phòng tỉnh tổng kết công tác vận động quần chúng năm 2024",
E("tong_ket", "2024", "2024-12-26"),
[P("Ngô Văn Thăng", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Nông Thị Hạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Triệu Văn Hùng", "Chính trị viên các đồn biên phòng trên tuyến biên giới huyện Trùng Khánh"),
 P("Lục Văn Páo", "Chính trị viên các đồn biên phòng trên tuyến biên giới huyện Trùng Khánh"),
 P("Ma Thị Nguyệt", "Chính trị viên các đồn biên phòng trên tuyến biên giới huyện Trùng Khánh"),
 P("Hoàng Văn Thái", "Bí thư Chi bộ kiêm Trưởng xóm Bản Giốc")],
[Q("41 xã, thị trấn biên giới", 41, "xã, thị trấn biên giới"), Q("hơn 58.000 lượt người", 58000, "lượt người", "over"),
 Q("12.600 ngày công", 12600, "ngày công"), Q("312 hộ", 312, "hộ"), Q("1.150 nhân khẩu", 1150, "nhân khẩu"), Q("26 ngôi nhà", 26, "ngôi nhà"),
 Q("1.800 suất quà", 1800, "suất quà"), Q("gần 1,3 tỷ đồng", 1300000000, "đồng", "approx"), Q("17 mô hình sinh kế", 17, "mô hình sinh kế"),
 Q("245 hộ nghèo", 245, "hộ nghèo"), Q("96 học sinh", 96, "học sinh"), Q("38 con nuôi", 38, "con nuôi"), Q("100%", 100, "%"),
 Q("46 đồng chí", 46, "đồng chí"), Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW"),
 D("Kết luận", "80", "KL/TW", "2024-06-24", "Bộ Chính trị", "Kết luận số 80-KL/TW ngày 24/6/2024"),
 D("Chương trình hành động", "27", "CTr/ĐU", None, "Đảng ủy BĐBP tỉnh", "Chương trình hành động số 27-CTr/ĐU"),
 D("Đề án", "36", None, None, None, "đề án 36"),
 D("Quy chế phối hợp", "05", "QC/BDVTU-ĐUBP", None, None, "Quy chế phối hợp số 05-QC/BDVTU-ĐUBP")],
[prov("Cao Bằng"), com("Xuân Trường"), com("Cần Yên"), com("Đàm Thủy")],
["BÁO CAO BẰNG ĐIỆN TỬ", "Trang chủ | Quốc phòng - An ninh | Biên giới", "Đại tá Ngô Văn Thăng phát biểu kết luận hội nghị. Ảnh: Thu Hương",
 "Xuân Biên phòng ấm lòng dân bản", "Xây dựng đồn biên phòng vững mạnh, khu vực biên giới vững chắc", "Nâng bước em tới trường",
 "Con nuôi đồn Biên phòng", "Lượt xem: 973"],
["Thứ Sáu, 27/12/2024, 08:20", "năm 2024", "năm 2025", "bão số 3", "tháng 9/2024", "hai cấp", "Lượt xem: 973"]))

PAGES.append(page("b1634-khanhhoa-btgdv-giaoban-quy3-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA
Thời sự > Chính trị > Dân vận
Thứ Sáu, 03/10/2025 - 11:15
Giao ban công tác dân vận vùng biển, đảo quý III/2025
Ngày 2/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa tổ chức giao ban công tác dân vận quý III, triển khai nhiệm vụ quý IV năm 2025 với các đảng ủy, cơ quan, đơn vị lực lượng vũ trang và các xã, phường, đặc khu ven biển. Đây là lần giao ban đầu tiên về công tác dân vận vùng biển, đảo kể từ khi tỉnh Khánh Hòa mới (hợp nhất tỉnh Khánh Hòa và tỉnh Ninh Thuận) đi vào hoạt động.
Đồng chí Đinh Văn Thiệu chủ trì giao ban.
Đồng chí Đinh Văn Thiệu, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì giao ban. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Trần Thị Kim Hòa, Pinăng Thị Hồng; Đại tá Lê Minh Hải, Phó Chính ủy Bộ đội Biên phòng tỉnh; Đại tá Trần Văn Lộc, Phó Chính ủy Vùng 4 Hải quân.
Theo báo cáo, quý III, các đơn vị đã quán triệt Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị và Hướng dẫn số 21-HD/BTGDVTU ngày 15/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận trong tổ chức chính quyền địa phương hai cấp. Lực lượng vũ trang tỉnh tham gia giúp nhân dân 9.400 ngày công; Bộ đội Biên phòng tỉnh cử 34 cán bộ tăng cường về 19 xã, phường ven biển; đặc khu Trường Sa tiếp nhận 3 đoàn công tác với 540 lượt đại biểu ra thăm, động viên quân và dân trên đảo.
Ở các phường Nha Trang, Phan Rang, xã Vạn Ninh, xã Ninh Chử, khối dân vận phối hợp với đồn biên phòng vận động 1.320 ngư dân ký cam kết không vi phạm vùng biển nước ngoài; hỗ trợ 11 tàu cá gặp nạn. Ban Dân vận các đảng ủy xã đã giải quyết 64/71 ý kiến, kiến nghị của ngư dân phát sinh sau sắp xếp đơn vị hành chính, chủ yếu về thủ tục đăng ký tàu cá và cấp giấy phép khai thác.
Đồng chí Bo Bo Thị Yên, Bí thư Đảng ủy xã Phước Hà, phản ánh địa bàn xã mới rộng, đồng bào Raglai sống phân tán, cán bộ dân vận còn thiếu phương tiện. Đồng chí Võ Tấn Thái, Phó Bí thư Thường trực Đảng ủy phường Nha Trang, kiến nghị sớm ban hành quy chế làm việc của khối dân vận cấp xã.
Kết luận giao ban, đồng chí Đinh Văn Thiệu yêu cầu quý IV các đơn vị tập trung thực hiện Kế hoạch số 08-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền, vận động ngư dân chống khai thác IUU; chuẩn bị tổ chức hội nghị tổng kết công tác dân vận năm 2025; nắm chắc tình hình đồng bào Chăm, Raglai ở các xã miền núi. Ban sẽ tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy chế phối hợp giữa Ban Tuyên giáo và Dân vận Tỉnh ủy với Đảng ủy Quân sự tỉnh, Đảng ủy Bộ đội Biên phòng tỉnh trong tháng 11.
Nhật Minh
Lượt xem: 642
Tin liên quan
- Đặc khu Trường Sa đón đoàn công tác số 9 (25/09/2025)
- Phường Nam Nha Trang ra mắt tổ dân vận khu dân cư (18/09/2025)
- Trao 300 lá cờ Tổ quốc cho ngư dân xã Ninh Chử (04/09/2025)
""", "2025-10-03", "Giao ban công tác dân vận vùng biển, đảo quý III/2025",
E("giao_ban", "2025-Q3", "2025-10-02"),
[P("Đinh Văn Thiệu", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Thị Kim Hòa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Pinăng Thị Hồng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Minh Hải", "Đại tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Trần Văn Lộc", "Đại tá", "Phó Chính ủy Vùng 4 Hải quân"),
 P("Bo Bo Thị Yên", "Bí thư Đảng ủy xã Phước Hà"),
 P("Võ Tấn Thái", "Phó Bí thư Thường trực Đảng ủy phường Nha Trang")],
[Q("9.400 ngày công", 9400, "ngày công"), Q("34 cán bộ tăng cường", 34, "cán bộ tăng cường"), Q("19 xã, phường ven biển", 19, "xã, phường ven biển"),
 Q("3 đoàn công tác", 3, "đoàn công tác"), Q("540 lượt đại biểu", 540, "lượt đại biểu"), Q("1.320 ngư dân", 1320, "ngư dân"),
 Q("11 tàu cá", 11, "tàu cá"), Q("64/71 ý kiến, kiến nghị", 64, "ý kiến, kiến nghị")],
[D("Kết luận", "150", "KL/TW", "2025-04-14", "Bộ Chính trị", "Kết luận số 150-KL/TW ngày 14/4/2025"),
 D("Hướng dẫn", "21", "HD/BTGDVTU", "2025-07-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BTGDVTU ngày 15/7/2025"),
 D("Kế hoạch", "08", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 08-KH/BTGDVTU")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Trường Sa"), com("Nha Trang"), com("Phan Rang"), com("Vạn Ninh"), com("Ninh Chử"), com("Phước Hà")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA", "Thời sự > Chính trị > Dân vận", "Đồng chí Đinh Văn Thiệu chủ trì giao ban.", "IUU", "Vùng 4 Hải quân", "Lượt xem: 642"],
["Thứ Sáu, 03/10/2025 - 11:15", "quý III/2025", "quý IV năm 2025", "hai cấp", "năm 2025", "tháng 11", "Vùng 4", "Lượt xem: 642"]))

PAGES.append(page("b1635-angiang-btgdv-tongket-biendao-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG
Trang chủ » Tin tức » Dân vận
Hôm nay: Thứ Bảy, 17/01/2026
Ngày đăng 16/01/2026 | 15:50
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Tổng kết công tác dân vận vùng biên giới, biển đảo năm 2025
Ngày 15/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang tổ chức hội nghị trực tuyến tổng kết công tác dân vận vùng biên giới, biển, đảo năm 2025 và triển khai nhiệm vụ năm 2026, kết nối với 102 điểm cầu các xã, phường, đặc khu. Đồng chí Nguyễn Thị Hồng Nhung, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Năm 2025 là năm đầu tiên tỉnh An Giang mới (hợp nhất tỉnh An Giang và tỉnh Kiên Giang) vận hành mô hình chính quyền địa phương hai cấp. Khối dân vận các cấp đã phối hợp với Bộ Chỉ huy Quân sự tỉnh, Bộ đội Biên phòng tỉnh và Công an tỉnh thực hiện Kết luận số 121-KL/TW của Ban Chấp hành Trung ương và Quy định số 304-QĐ/TW của Bộ Chính trị về chức năng, nhiệm vụ của cơ quan tuyên giáo và dân vận cấp tỉnh, cấp xã.
Trên tuyến biên giới, các đồn biên phòng phối hợp với 14 xã biên giới duy trì 186 tổ tự quản đường biên, mốc giới với hơn 5.200 thành viên; vận động 96% hộ dân ký cam kết không tham gia xuất, nhập cảnh trái phép. Ở vùng biển, đặc khu Phú Quốc, đặc khu Kiên Hải và đặc khu Thổ Châu đã phối hợp với Vùng Cảnh sát biển 4 tổ chức 64 buổi tuyên truyền chống khai thác IUU cho khoảng 8.700 lượt ngư dân.
Chương trình "Xuân biên giới, biển đảo" năm 2025 trao tặng 3.500 suất quà, tổng trị giá 2,45 tỷ đồng; lực lượng vũ trang giúp dân hơn 27.000 ngày công, xây dựng 118 căn nhà "Đại đoàn kết" cho hộ nghèo, trong đó có 42 căn cho đồng bào Khmer. Toàn tỉnh có 1.046 mô hình "Dân vận khéo" được công nhận, trong đó 212 mô hình của lực lượng vũ trang.
Tại hội nghị, Đại tá Danh Hoàng Sơn, Phó Chính ủy Bộ đội Biên phòng tỉnh, và Thượng tá Chau Phi Rum, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, tham luận về phối hợp vận động đồng bào Khmer vùng biên. Đồng chí Trần Thị Thu, Bí thư Đảng ủy phường Rạch Giá, chia sẻ kinh nghiệm vận động 350 hộ ngư dân chuyển đổi nghề lưới kéo. Đồng chí Đặng Văn Khải, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Vĩnh Xương, nêu khó khăn của xã biên giới mới sau hợp nhất ba xã.
Phát biểu kết luận, đồng chí Nguyễn Thị Hồng Nhung đề nghị năm 2026 khối dân vận tập trung thực hiện Chương trình hành động số 05-CTr/TU ngày 20/10/2025 của Tỉnh ủy thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; Kế hoạch số 03-KH/BTGDVTU về xây dựng "Xã biên giới, đặc khu vững mạnh, dựa vào dân".
Dịp này, Ban Thường vụ Tỉnh ủy tặng bằng khen cho 15 tập thể, 22 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2025.
Phương Lan
Lượt xem: 588
Tin liên quan
- Đặc khu Thổ Châu: trao quà Tết cho ngư dân (12/01/2026)
- Phường Long Xuyên giao ban khối dân vận tháng 12/2025 (29/12/2025)
- Vĩnh Xương: đối thoại với nhân dân năm 2025 (20/12/2025)
""", "2026-01-16", "Tổng kết công tác dân vận vùng biên giới, biển đảo năm 2025",
E("tong_ket", "2025", "2026-01-15"),
[P("Nguyễn Thị Hồng Nhung", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Danh Hoàng Sơn", "Đại tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Chau Phi Rum", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Trần Thị Thu", "Bí thư Đảng ủy phường Rạch Giá"),
 P("Đặng Văn Khải", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Vĩnh Xương")],
[Q("102 điểm cầu", 102, "điểm cầu"), Q("14 xã biên giới", 14, "xã biên giới"), Q("186 tổ tự quản đường biên, mốc giới", 186, "tổ tự quản đường biên, mốc giới"),
 Q("hơn 5.200 thành viên", 5200, "thành viên", "over"), Q("96%", 96, "%"), Q("64 buổi tuyên truyền", 64, "buổi tuyên truyền"),
 Q("khoảng 8.700 lượt ngư dân", 8700, "lượt ngư dân", "approx"), Q("3.500 suất quà", 3500, "suất quà"), Q("2,45 tỷ đồng", 2450000000, "đồng"),
 Q("hơn 27.000 ngày công", 27000, "ngày công", "over"), Q("118 căn nhà", 118, "căn nhà"), Q("42 căn", 42, "căn"),
 Q("1.046 mô hình", 1046, "mô hình"), Q("212 mô hình", 212, "mô hình"), Q("350 hộ ngư dân", 350, "hộ ngư dân"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Kết luận", "121", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận số 121-KL/TW"),
 D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 304-QĐ/TW"),
 D("Chương trình hành động", "05", "CTr/TU", "2025-10-20", "Tỉnh ủy", "Chương trình hành động số 05-CTr/TU ngày 20/10/2025"),
 D("Kế hoạch", "03", "KH/BTGDVTU", None, None, "Kế hoạch số 03-KH/BTGDVTU")],
[prov("An Giang"), prov("Kiên Giang"), com("Phú Quốc"), com("Kiên Hải"), com("Thổ Châu"), com("Rạch Giá"), com("Vĩnh Xương")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG", "Trang chủ » Tin tức » Dân vận", "Hôm nay: Thứ Bảy, 17/01/2026",
 "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Xuân biên giới, biển đảo", "Đại đoàn kết", "Dân vận khéo",
 "Xã biên giới, đặc khu vững mạnh, dựa vào dân", "IUU", "Vùng Cảnh sát biển 4", "Lượt xem: 588"],
["Hôm nay: Thứ Bảy, 17/01/2026", "Ngày đăng 16/01/2026 | 15:50", "năm 2025", "năm 2026", "hai cấp", "lần thứ I", "2025 - 2030",
 "ba xã", "Vùng Cảnh sát biển 4", "Lượt xem: 588"]))

PAGES.append(page("b1636-langson-xuanbienphong-traoqua-2026", """
BÁO LẠNG SƠN ĐIỆN TỬ
Trang chủ / Xã hội / Biên giới
Thứ Sáu, 06/02/2026 - 18:00
Xuân Biên phòng ấm lòng dân bản tại xã Đồng Đăng
Các đại biểu trao quà Tết cho hộ nghèo xã Đồng Đăng.
(LSO) - Ngày 5/2, tại Nhà văn hóa thôn Pác Luống, xã Đồng Đăng, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" Xuân Bính Ngọ năm 2026.
Dự chương trình có các đồng chí: Hoàng Thị Minh Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Đại tá Lương Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ đội Biên phòng tỉnh; Vy Thị Lan - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.
Tại chương trình, Ban Tổ chức đã trao 300 suất quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách trên địa bàn các xã Đồng Đăng, Tân Thanh, Thụy Hùng và phường Kỳ Lừa, mỗi suất gồm 1 triệu đồng tiền mặt cùng bánh chưng, gạo, dầu ăn; tặng 50 suất học bổng "Nâng bước em tới trường", mỗi suất 2 triệu đồng. Cùng dịp, Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị trao 1 căn nhà "Mái ấm biên cương" trị giá 80 triệu đồng cho gia đình bà Hoàng Thị Sáu ở thôn Nà Pàn.
Khu vực biên giới có nhiều hoạt động vui xuân: gói bánh chưng, thi đấu thể thao, văn nghệ giữa cán bộ, chiến sĩ với đồng bào Nùng, Tày, Dao. Hơn 400 lượt người dân trong xã đã đến tham gia, cổ vũ.
Đại tá Lương Văn Khải cho biết, năm 2026, chương trình "Xuân Biên phòng ấm lòng dân bản" được tổ chức đồng loạt tại 21 xã biên giới của tỉnh sau sắp xếp, với tổng số 3.200 suất quà, trị giá khoảng 3,6 tỷ đồng, do Bộ Tư lệnh Bộ đội Biên phòng và các doanh nghiệp, nhà hảo tâm trao tặng. Thực hiện Kế hoạch số 12-KH/ĐU ngày 5/1/2026 của Đảng ủy Bộ đội Biên phòng tỉnh, các đồn sẽ tiếp tục duy trì 48 cán bộ tăng cường về các xã biên giới mới.
Phát biểu tại chương trình, đồng chí Hoàng Thị Minh Hường chúc Tết đồng bào, ghi nhận những đóng góp của Bộ đội Biên phòng trong thực hiện Quy chế phối hợp số 04-QCPH/BTGDVTU-BĐBP; đề nghị cấp ủy, chính quyền xã Đồng Đăng tiếp tục phối hợp với lực lượng biên phòng thực hiện Nghị quyết số 01-NQ/ĐU ngày 28/10/2025 của Đảng ủy xã về phát triển kinh tế cửa khẩu, bảo đảm an ninh biên giới.
Ông Lăng Văn Tường, Bí thư Chi bộ, Trưởng thôn Pác Luống, phấn khởi: "Năm nào bộ đội biên phòng cũng về ăn Tết cùng bà con. Đồn là nhà, đồng bào là người thân, thôn chúng tôi rất ấm lòng".
Thùy Linh
Lượt xem: 1.540
Tin liên quan
- Đồn Biên phòng Chi Ma trao quà Tết cho học sinh nghèo (03/02/2026)
- Tổng kết công tác dân vận năm 2025 (20/01/2026)
- Xã Tân Thanh ra mắt mô hình "Chợ biên giới văn minh" (15/01/2026)
""", "2026-02-06", "Xuân Biên phòng ấm lòng dân bản tại xã Đồng Đăng",
E("trao_qua", None, "2026-02-05"),
[P("Hoàng Thị Minh Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lương Văn Khải", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Vy Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Hoàng Thị Sáu"),
 P("Lăng Văn Tường", "Bí thư Chi bộ", "Trưởng thôn Pác Luống")],
[Q("300 suất quà", 300, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("50 suất học bổng", 50, "suất học bổng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("80 triệu đồng", 80000000, "đồng"), Q("Hơn 400 lượt người dân", 400, "lượt người dân", "over"),
 Q("21 xã biên giới", 21, "xã biên giới"), Q("3.200 suất quà", 3200, "suất quà"), Q("khoảng 3,6 tỷ đồng", 3600000000, "đồng", "approx"),
 Q("48 cán bộ tăng cường", 48, "cán bộ tăng cường")],
[D("Kế hoạch", "12", "KH/ĐU", "2026-01-05", "Đảng ủy Bộ đội Biên phòng tỉnh", "Kế hoạch số 12-KH/ĐU ngày 5/1/2026"),
 D("Quy chế phối hợp", "04", "QCPH/BTGDVTU-BĐBP", None, None, "Quy chế phối hợp số 04-QCPH/BTGDVTU-BĐBP"),
 D("Nghị quyết", "01", "NQ/ĐU", "2025-10-28", "Đảng ủy xã", "Nghị quyết số 01-NQ/ĐU ngày 28/10/2025")],
[prov("Lạng Sơn"), com("Đồng Đăng"), com("Tân Thanh"), com("Thụy Hùng"), com("Kỳ Lừa")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Trang chủ / Xã hội / Biên giới", "Các đại biểu trao quà Tết cho hộ nghèo xã Đồng Đăng.", "(LSO)",
 "Xuân Biên phòng ấm lòng dân bản", "Nâng bước em tới trường", "Mái ấm biên cương", "Lượt xem: 1.540"],
["Thứ Sáu, 06/02/2026 - 18:00", "Xuân Bính Ngọ năm 2026", "năm 2026", "1 căn nhà"]))
