from lib import *
PAGES = []

PAGES.append(page("b5981-laocai-bdv-gapmat-nguoicouytin-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Tin tức > Công tác dân tộc
Thứ Tư, 14/12/2011 - 09:30
Toàn cảnh hội nghị. Ảnh: Minh Hải
Lào Cai: Gặp mặt 215 người có uy tín tiêu biểu năm 2011
Ngày 13/12, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt người có uy tín trong đồng bào các dân tộc thiểu số năm 2011. Đồng chí Hoàng Văn Thắm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Sần Thị Mỷ, Phó Chủ tịch UBND tỉnh đồng chủ trì hội nghị. Tham dự có 215 người có uy tín tiêu biểu của 9 huyện, thành phố.
Báo cáo của Ban Dân tộc tỉnh do ông Lù Văn Pủ, Phó Trưởng Ban Dân tộc tỉnh trình bày cho biết: toàn tỉnh hiện có 1.127 người có uy tín, trong đó người Mông chiếm 46,5%, người Dao chiếm 21,3%. Năm 2011, thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số và Kế hoạch số 37/KH-UBND ngày 20/4/2011 của UBND tỉnh, tỉnh đã cấp gần 13.500 tờ báo, tổ chức thăm hỏi, hỗ trợ người có uy tín với tổng kinh phí trên 1,6 tỷ đồng.
Người có uy tín đã phối hợp với chính quyền cơ sở hòa giải thành 79 vụ tranh chấp đất đai, vận động 63 hộ ở xã Bản Mế và xã Tả Van từ bỏ tà đạo "Vàng Chứ", trở lại sinh hoạt văn hóa truyền thống; cung cấp cho lực lượng công an, biên phòng 27 nguồn tin về các đối tượng lôi kéo đồng bào di cư tự do. Nhiều người gương mẫu đi đầu trong việc bỏ hủ tục ma chay, cưới xin tốn kém.
Tại hội nghị, ông Sùng A Chá, người có uy tín thôn Sín Chải, xã Bản Mế, chia sẻ: "Muốn bà con nghe mình thì mình phải làm trước. Nhà tôi bỏ cúng ma, đưa người ốm đi trạm y tế, bà con thấy khỏi bệnh thì làm theo". Bà Tẩn Thị Sủ, người có uy tín thôn Séo Mý Tỷ, xã Tả Van, kể việc vận động chị em người Dao cho con gái đi học đến hết lớp 9. Ông Lò Văn Ỏn, Trưởng thôn Nà Lốc, xã Bảo Nhai, đề nghị tỉnh sớm cấp thêm sách, báo tiếng dân tộc và tăng mức hỗ trợ khi người có uy tín đau ốm.
Phát biểu kết luận, đồng chí Hoàng Văn Thắm ghi nhận những đóng góp của đội ngũ người có uy tín; đề nghị các cấp ủy, chính quyền tiếp tục thực hiện tốt Chỉ thị số 06/2008/CT-TTg của Thủ tướng Chính phủ về phát huy vai trò người có uy tín và Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào vùng cao biên giới; thường xuyên nắm tình hình, kịp thời giải quyết những kiến nghị chính đáng của đồng bào ngay tại thôn, bản.
Dịp này, UBND tỉnh tặng Bằng khen cho 35 người có uy tín tiêu biểu; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 20 cá nhân có thành tích trong công tác vận động quần chúng.
Phạm Thu Hà
Lượt xem: 1.032
Tin liên quan
- Bắc Hà: tập huấn cho 60 người có uy tín (02/12/2011)
- Sa Pa tổng kết 3 năm thực hiện Quy chế dân vận (18/11/2011)
- Mường Khương: vận động đồng bào bỏ tà đạo (05/11/2011)
- Bát Xát ra mắt mô hình "Dân vận khéo" ở xã biên giới (21/10/2011)
""", "2011-12-14", "Lào Cai: Gặp mặt 215 người có uy tín tiêu biểu năm 2011",
E("hoi_nghi", "2011", "2011-12-13"),
[P("Hoàng Văn Thắm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sần Thị Mỷ", "Phó Chủ tịch UBND tỉnh"),
 P("Lù Văn Pủ", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Sùng A Chá", "người có uy tín thôn Sín Chải"),
 P("Tẩn Thị Sủ", "người có uy tín thôn Séo Mý Tỷ"),
 P("Lò Văn Ỏn", "Trưởng thôn Nà Lốc")],
[Q("215 người có uy tín tiêu biểu", 215, "người có uy tín tiêu biểu"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("1.127 người có uy tín", 1127, "người có uy tín"), Q("46,5%", 46.5, "%"), Q("21,3%", 21.3, "%"),
 Q("gần 13.500 tờ báo", 13500, "tờ báo", "approx"), Q("trên 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("79 vụ tranh chấp đất đai", 79, "vụ tranh chấp đất đai"), Q("63 hộ", 63, "hộ"), Q("27 nguồn tin", 27, "nguồn tin"),
 Q("35 người có uy tín tiêu biểu", 35, "người có uy tín tiêu biểu"), Q("20 cá nhân", 20, "cá nhân")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Kế hoạch", "37", "KH-UBND", "2011-04-20", "UBND tỉnh", "Kế hoạch số 37/KH-UBND ngày 20/4/2011"),
 D("Chỉ thị", "06", "2008/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 06/2008/CT-TTg"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU")],
[prov("Lào Cai"), com("Bản Mế"), com("Tả Van"), com("Bảo Nhai")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Tin tức > Công tác dân tộc", "Toàn cảnh hội nghị. Ảnh: Minh Hải",
 "Vàng Chứ", "Lượt xem: 1.032"],
["Thứ Tư, 14/12/2011 - 09:30", "năm 2011", "lớp 9", "Lượt xem: 1.032"]))

PAGES.append(page("b5982-kontum-bdt-tongket-nguoicouytin-2012", """
Báo Kon Tum điện tử
Hôm nay: Thứ Sáu, 28/12/2012
Thời sự | Dân tộc - Miền núi
Cập nhật: 15:20, 27/12/2012 (GMT+7)
Phát huy vai trò già làng, người có uy tín ở vùng đồng bào dân tộc thiểu số
Đồng chí Nguyễn Đức Hạnh phát biểu tại hội nghị. Ảnh: A Tuấn
(Báo Kon Tum) - Ngày 26/12, Ban Dân tộc tỉnh tổ chức hội nghị tổng kết công tác dân tộc và thực hiện chính sách đối với người có uy tín năm 2012. Đồng chí Nguyễn Đức Hạnh, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị; bà Y Thuyết, Trưởng Ban Dân tộc tỉnh chủ trì.
Theo báo cáo, toàn tỉnh hiện có 672 người có uy tín, trong đó có 418 già làng. Thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ, Quyết định số 1134/QĐ-UBND ngày 12/11/2012 của UBND tỉnh phê duyệt danh sách người có uy tín và Kế hoạch số 112/KH-BDT ngày 5/4/2012 của Ban Dân tộc tỉnh, năm qua tỉnh đã cấp 7.260 tờ báo, thăm hỏi 64 lượt người có uy tín ốm đau; tổ chức 3 đoàn với 95 người có uy tín đi tham quan, học tập kinh nghiệm tại các tỉnh Gia Lai, Đắk Lắk. Tổng kinh phí thực hiện chính sách là 2,35 tỷ đồng.
Già làng, người có uy tín đã tham gia giải quyết 112 vụ việc ngay tại làng; vận động 1.540 hộ đồng bào đưa chuồng trại ra xa nhà ở, góp phần giảm tỷ lệ hộ nghèo 4,8% so với năm 2011. Thực hiện Nghị quyết chuyên đề số 03-NQ/TU của Tỉnh ủy về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, nhiều làng đã tự nguyện hiến đất làm đường, làm nhà rông văn hóa.
Các đồng chí Phó Trưởng Ban Dân tộc tỉnh: A Lên, Nguyễn Thị Thoa thông tin tình hình thực hiện các chương trình, dự án tại 8 huyện, thành phố và giải đáp các kiến nghị của cơ sở về việc chậm cấp phát báo, tạp chí.
Tại hội nghị, già làng A Hiêm, làng Kon Brông, xã Đắk Rơ Wa, phát biểu: "Già làng nói thì phải đúng, phải làm trước để con cháu làm theo". A Thút, Y Bleng, A Tơ - người có uy tín tiêu biểu huyện Đắk Glei chia sẻ kinh nghiệm vận động thanh niên không nghe theo kẻ xấu, không vượt biên trái phép. Ông A Brếp, Bí thư Chi bộ làng Tu Rét, xã Đắk Tơ Lung, đề nghị tỉnh mở thêm lớp bồi dưỡng kiến thức pháp luật cho người có uy tín.
Phát biểu chỉ đạo, đồng chí Nguyễn Đức Hạnh đề nghị các sở, ngành và huyện tiếp tục quan tâm, động viên kịp thời đội ngũ già làng, người có uy tín; lựa chọn đúng người thực sự có uy tín để bình xét năm 2013.
Dịp này, UBND tỉnh tặng Bằng khen cho 25 già làng, người có uy tín có thành tích xuất sắc.
Hồng Thắm
Các tin khác
- Kon Plông: tặng quà người có uy tín dịp Tết (20/12/2012)
- Sa Thầy triển khai chính sách đối với người có uy tín (11/12/2012)
- Đắk Hà: 12 già làng được khen thưởng (30/11/2012)
""", "2012-12-27", "Phát huy vai trò già làng, người có uy tín ở vùng đồng bào dân tộc thiểu số",
E("tong_ket", "2012", "2012-12-26"),
[P("Nguyễn Đức Hạnh", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Y Thuyết", "Trưởng Ban Dân tộc tỉnh"),
 P("A Lên", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Thị Thoa", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("A Hiêm", "già làng"),
 P("A Thút", "người có uy tín tiêu biểu huyện Đắk Glei"),
 P("Y Bleng", "người có uy tín tiêu biểu huyện Đắk Glei"),
 P("A Tơ", "người có uy tín tiêu biểu huyện Đắk Glei"),
 P("A Brếp", "Bí thư Chi bộ làng Tu Rét")],
[Q("672 người có uy tín", 672, "người có uy tín"), Q("418 già làng", 418, "già làng"), Q("7.260 tờ báo", 7260, "tờ báo"),
 Q("64 lượt người có uy tín", 64, "lượt người có uy tín"), Q("3 đoàn", 3, "đoàn"), Q("95 người có uy tín", 95, "người có uy tín"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("112 vụ việc", 112, "vụ việc"), Q("1.540 hộ đồng bào", 1540, "hộ đồng bào"),
 Q("4,8%", 4.8, "%"), Q("8 huyện, thành phố", 8, "huyện, thành phố"),
 Q("25 già làng, người có uy tín", 25, "già làng, người có uy tín")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Quyết định", "1134", "QĐ-UBND", "2012-11-12", "UBND tỉnh", "Quyết định số 1134/QĐ-UBND ngày 12/11/2012"),
 D("Kế hoạch", "112", "KH-BDT", "2012-04-05", "Ban Dân tộc tỉnh", "Kế hoạch số 112/KH-BDT ngày 5/4/2012"),
 D("Nghị quyết", "03", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết chuyên đề số 03-NQ/TU")],
[prov("Kon Tum"), prov("Gia Lai"), prov("Đắk Lắk"), com("Đắk Rơ Wa"), com("Đắk Tơ Lung")],
["Báo Kon Tum điện tử", "Hôm nay: Thứ Sáu, 28/12/2012", "Thời sự | Dân tộc - Miền núi",
 "Đồng chí Nguyễn Đức Hạnh phát biểu tại hội nghị. Ảnh: A Tuấn", "(Báo Kon Tum)"],
["Hôm nay: Thứ Sáu, 28/12/2012", "Cập nhật: 15:20, 27/12/2012 (GMT+7)", "năm 2012", "năm 2011", "năm 2013"]))

PAGES.append(page("b5983-soctrang-trande-traoqua-chol-chnam-thmay-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN ĐỀ - TỈNH SÓC TRĂNG
Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo
08:15 | 10/04/2013
Thăm, tặng quà người có uy tín nhân dịp Tết Chôl Chnăm Thmây
Đồng chí Trần Văn Lũy (bìa phải) tặng quà người có uy tín xã Lịch Hội Thượng.
Ngày 9/4/2013, đoàn công tác của Ban Dân vận Huyện ủy do đồng chí Trần Văn Lũy, HUV, Trưởng Ban Dân vận Huyện ủy làm trưởng đoàn cùng đồng chí Thạch Sô Phal, Trưởng Phòng Dân tộc huyện đã đến thăm, chúc Tết Chôl Chnăm Thmây và tặng quà cho người có uy tín trong đồng bào Khmer tại các xã Lịch Hội Thượng, Viên Bình, Đại Ân 2 và Tài Văn.
Thực hiện Kế hoạch số 18-KH/HU ngày 15/3/2013 của Ban Thường vụ Huyện ủy và Công văn số 45-CV/BDVHU của Ban Dân vận Huyện ủy, dịp này huyện đã trao 62 phần quà cho 62 người có uy tín, mỗi phần quà trị giá 600.000 đồng, tổng trị giá 37,2 triệu đồng. Đoàn cũng đến thăm 14 chùa Phật giáo Nam tông Khmer, tặng mỗi chùa 2 triệu đồng để tổ chức lễ.
Tại chùa Bưng Côk, Đại đức Thạch Sà Rết, trụ trì chùa Bưng Côk, bày tỏ phấn khởi trước sự quan tâm của cấp ủy, chính quyền. Đại đức cho biết năm qua nhà chùa phối hợp với ban nhân dân ấp vận động bà con cho con em đi học, mở 3 lớp dạy chữ Khmer hè cho 110 em học sinh.
Thăm gia đình ông Kim Sang Hên, người có uy tín ấp Prey Chóp A, xã Lịch Hội Thượng, đồng chí Trần Văn Lũy ghi nhận ông đã cùng tổ hòa giải ấp giải quyết êm thấm 7 vụ tranh chấp ranh đất, vận động 23 hộ Khmer hiến hơn 1.200 m2 đất làm đường giao thông nông thôn. Bà Sơn Thị Sóc Kha, người có uy tín ấp Giồng Chát, xã Viên Bình, là người đứng ra vận động chị em tham gia tổ tiết kiệm, giúp 15 hộ nghèo có vốn nuôi bò.
Trần Đề là huyện có đông đồng bào Khmer của tỉnh Sóc Trăng, người Khmer chiếm gần 38% dân số; đời sống của bà con đã được cải thiện rõ rệt nhờ các chương trình hỗ trợ sinh kế, nhà ở và nước sạch. Theo Phòng Dân tộc huyện, toàn huyện hiện có 85 người có uy tín là người Khmer, chiếm 37% số người có uy tín của huyện. Thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ, năm 2012 huyện đã cấp phát báo, tổ chức thăm hỏi, tặng quà với kinh phí khoảng 190 triệu đồng; 2 người có uy tín được tỉnh tặng Bằng khen.
Đồng chí Trần Văn Lũy mong muốn người có uy tín tiếp tục là cầu nối giữa cấp ủy, chính quyền với đồng bào; phát huy tinh thần đoàn kết, cùng nhân dân xây dựng nông thôn mới, giữ gìn an ninh trật tự, đón Tết vui tươi, an toàn, tiết kiệm.
Thanh Phong
Tin khác
- Trần Đề: 4 xã ra mắt tổ hòa giải có người có uy tín (28/03/2013)
- Lễ trao học bổng cho học sinh Khmer nghèo (15/03/2013)
- Hội nghị triển khai công tác dân vận năm 2013 (25/01/2013)
- Trao 300 phần quà Tết cho hộ nghèo (05/02/2013)
""", "2013-04-10", "Thăm, tặng quà người có uy tín nhân dịp Tết Chôl Chnăm Thmây",
E("trao_qua", None, "2013-04-09"),
[P("Trần Văn Lũy", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thạch Sô Phal", "Trưởng Phòng Dân tộc huyện"),
 P("Thạch Sà Rết", "Đại đức", "trụ trì chùa Bưng Côk"),
 P("Kim Sang Hên", "người có uy tín ấp Prey Chóp A"),
 P("Sơn Thị Sóc Kha", "người có uy tín ấp Giồng Chát")],
[Q("62 phần quà", 62, "phần quà"), Q("62 người có uy tín", 62, "người có uy tín"), Q("600.000 đồng", 600000, "đồng"),
 Q("37,2 triệu đồng", 37200000, "đồng"), Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("3 lớp dạy chữ Khmer hè", 3, "lớp dạy chữ Khmer hè"), Q("110 em học sinh", 110, "em học sinh"),
 Q("7 vụ tranh chấp ranh đất", 7, "vụ tranh chấp ranh đất"), Q("23 hộ Khmer", 23, "hộ Khmer"),
 Q("hơn 1.200 m2", 1200, "m2", "over"), Q("15 hộ nghèo", 15, "hộ nghèo"),
 Q("gần 38%", 38, "%", "approx"), Q("85 người có uy tín", 85, "người có uy tín"), Q("37%", 37, "%"), Q("khoảng 190 triệu đồng", 190000000, "đồng", "approx"),
 Q("2 người có uy tín", 2, "người có uy tín")],
[D("Kế hoạch", "18", "KH/HU", "2013-03-15", "Ban Thường vụ Huyện ủy", "Kế hoạch số 18-KH/HU ngày 15/3/2013"),
 D("Công văn", "45", "CV/BDVHU", None, "Ban Dân vận Huyện ủy", "Công văn số 45-CV/BDVHU"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Viên Bình"), com("Đại Ân 2"), com("Tài Văn")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN ĐỀ - TỈNH SÓC TRĂNG", "Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo",
 "Đồng chí Trần Văn Lũy (bìa phải) tặng quà người có uy tín xã Lịch Hội Thượng.", "Chôl Chnăm Thmây"],
["08:15 | 10/04/2013", "năm 2012", "Đại Ân 2"]))

PAGES.append(page("b5984-hagiang-dongvan-taphuan-nguoicouytin-2014", """
Báo Hà Giang điện tử
Trang chủ » Xã hội » Dân tộc - Miền núi
22/08/2014 - 10:05
Bồi dưỡng kiến thức cho 150 người có uy tín huyện Đồng Văn
BHG - Trong 2 ngày 20 và 21/8, Ban Dân tộc tỉnh phối hợp với UBND huyện Đồng Văn tổ chức lớp bồi dưỡng kiến thức năm 2014 cho 150 người có uy tín đến từ 19 xã, thị trấn của huyện. Đồng chí Vàng Seo Lử, Phó Trưởng Ban Dân tộc tỉnh và đồng chí Thào Mí Sính, HUV, Phó Chủ tịch UBND huyện Đồng Văn dự khai giảng.
Học viên tại lớp bồi dưỡng. Ảnh: Hoàng Anh
Lớp học được tổ chức theo Kế hoạch số 96/KH-BDT ngày 2/7/2014 của Ban Dân tộc tỉnh, nhằm triển khai Quyết định số 2356/QĐ-TTg của Thủ tướng Chính phủ ban hành Chương trình hành động thực hiện Chiến lược công tác dân tộc và Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội vùng cao núi đá. Các đồng chí báo cáo viên Ban Tuyên giáo Tỉnh ủy: Lò Thị Hoa, Nguyễn Minh Đức truyền đạt 4 chuyên đề về chính sách dân tộc, tình hình biên giới, phòng chống mua bán người và kỹ năng hòa giải ở cơ sở.
Toàn tỉnh hiện có 1.935 người có uy tín, hơn 80% là người Mông. Riêng huyện Đồng Văn có 150 người có uy tín, phần lớn là trưởng dòng họ, trưởng thôn hoặc bí thư chi bộ. Năm qua, đội ngũ này đã vận động 41 hộ từ bỏ ý định di cư tự do, tham gia hòa giải thành 26 vụ việc mâu thuẫn trong dòng họ, cùng lực lượng biên phòng giải cứu 5 phụ nữ bị lừa bán sang biên giới.
Trao đổi tại lớp học, ông Giàng Chứ Mua, người có uy tín thôn Lủng Cẩm Trên, xã Sủng Là, cho biết: "Trước đây đám ma của người Mông để 5, 7 ngày, giết nhiều trâu bò. Nay dòng họ Giàng chúng tôi thống nhất chỉ để 2 ngày, không mổ trâu, bò". Ông Ly Mí Sò, Bí thư Chi bộ thôn Mã Pì Lèng, xã Pải Lủng, kể việc vận động 32 hộ góp hơn 600 ngày công mở đường lên thôn.
Mỗi học viên được hỗ trợ tiền ăn 150.000 đồng/ngày, tiền đi lại và tài liệu; tổng kinh phí lớp học trên 95 triệu đồng từ nguồn ngân sách tỉnh. Kết thúc lớp học, 100% học viên được cấp giấy chứng nhận. Đây là lớp thứ hai trong năm; trước đó, tháng 6, huyện Mèo Vạc cũng đã tổ chức lớp tương tự, học viên được đi thực tế tại các mô hình trồng cỏ nuôi bò, làm homestay của đồng bào Mông.
Phát biểu bế giảng, đồng chí Vàng Seo Lử đề nghị mỗi người có uy tín sau khi về địa phương tuyên truyền lại cho bà con những nội dung đã học, gương mẫu thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước, không nghe theo kẻ xấu truyền đạo trái pháp luật, giữ vững chủ quyền an ninh biên giới.
Hoàng Anh
Tin liên quan
- Mèo Vạc: gặp mặt 120 người có uy tín (15/08/2014)
- Yên Minh tập huấn kỹ năng hòa giải cơ sở (07/08/2014)
- Quản Bạ: người có uy tín vận động bỏ hủ tục (30/07/2014)
""", "2014-08-22", "Bồi dưỡng kiến thức cho 150 người có uy tín huyện Đồng Văn",
E("tap_huan", "2014", "2014-08-20"),
[P("Vàng Seo Lử", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Thào Mí Sính", "HUV", "Phó Chủ tịch UBND huyện Đồng Văn"),
 P("Lò Thị Hoa", "báo cáo viên Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Minh Đức", "báo cáo viên Ban Tuyên giáo Tỉnh ủy"),
 P("Giàng Chứ Mua", "người có uy tín thôn Lủng Cẩm Trên"),
 P("Ly Mí Sò", "Bí thư Chi bộ thôn Mã Pì Lèng")],
[Q("150 người có uy tín", 150, "người có uy tín"), Q("19 xã, thị trấn", 19, "xã, thị trấn"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("1.935 người có uy tín", 1935, "người có uy tín"), Q("hơn 80%", 80, "%", "over"), Q("41 hộ", 41, "hộ"),
 Q("26 vụ việc mâu thuẫn trong dòng họ", 26, "vụ việc mâu thuẫn trong dòng họ"), Q("5 phụ nữ", 5, "phụ nữ"),
 Q("32 hộ", 32, "hộ"), Q("hơn 600 ngày công", 600, "ngày công", "over"), Q("150.000 đồng/ngày", 150000, "đồng"),
 Q("trên 95 triệu đồng", 95000000, "đồng", "over"), Q("100%", 100, "%")],
[D("Kế hoạch", "96", "KH-BDT", "2014-07-02", "Ban Dân tộc tỉnh", "Kế hoạch số 96/KH-BDT ngày 2/7/2014"),
 D("Quyết định", "2356", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2356/QĐ-TTg"),
 D("Nghị quyết", "12", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU")],
[prov("Hà Giang"), com("Sủng Là"), com("Pải Lủng")],
["Báo Hà Giang điện tử", "Trang chủ » Xã hội » Dân tộc - Miền núi", "BHG -", "Học viên tại lớp bồi dưỡng. Ảnh: Hoàng Anh",
 "Chiến lược công tác dân tộc"],
["22/08/2014 - 10:05", "2 ngày", "năm 2014", "5, 7 ngày", "20 và 21/8"]))

PAGES.append(page("b5985-gialai-doithoai-gialang-2015", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Dân tộc - Tôn giáo
Ngày đăng 18/11/2015 | 16:20
Chủ tịch UBND tỉnh đối thoại với 180 già làng, người có uy tín
(GLO) - Chiều 17/11, tại Hội trường 2-9, đồng chí Trần Hữu Tín, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì buổi đối thoại với già làng, người có uy tín trong đồng bào dân tộc thiểu số năm 2015. Tham dự có 180 già làng, người có uy tín đại diện cho 17 huyện, thị xã, thành phố.
Quang cảnh buổi đối thoại. Ảnh: Hà Phương
Mở đầu buổi đối thoại, đồng chí Rơ Châm Byưh, Phó Trưởng Ban Dân tộc tỉnh cho biết toàn tỉnh hiện có 1.452 người có uy tín. Thực hiện Quyết định số 18/2011/QĐ-TTg và Quyết định số 56/2013/QĐ-TTg của Thủ tướng Chính phủ cùng Kế hoạch 87, 88/KH-UBND của UBND tỉnh, năm 2015 tỉnh đã chi trên 2,1 tỷ đồng để cấp báo, thăm hỏi, tặng quà và tập huấn cho người có uy tín. Người có uy tín đã vận động đồng bào hiến 32 ha đất xây dựng trường học, đường giao thông; phát hiện, báo cáo 11 trường hợp nghe theo đối tượng xấu vượt biên trái phép.
Tại buổi đối thoại có 26 ý kiến, kiến nghị được nêu. Ông Ksor Hleo, người có uy tín làng Plei Ơi, xã Ia Piơr, đề nghị tỉnh kiểm tra việc thu hồi đất của một công ty cao su chưa bồi thường thỏa đáng cho bà con. Già làng Siu Nher ở xã Ia Dom phản ánh tình trạng thiếu nước sinh hoạt mùa khô. Rahlan Bơm, Kpă Thuyên, Đinh Yông - người có uy tín huyện Krông Pa cùng đề nghị tăng mức hỗ trợ cho người có uy tín và cấp thêm báo tiếng Jrai, Bahnar.
Trả lời các ý kiến, ông Nguyễn Văn Hùng, Giám đốc Sở Tài nguyên và Môi trường cho biết sẽ phối hợp với huyện Chư Prông kiểm tra, giải quyết dứt điểm trước ngày 31/12/2015. Về nước sinh hoạt, đại diện Sở Nông nghiệp và Phát triển nông thôn cho biết tỉnh Gia Lai đang đầu tư 6 công trình cấp nước tập trung tại các xã biên giới, dự kiến hoàn thành trong quý II năm sau. Bà Kpă H'Nguyên, Giám đốc Sở Lao động - Thương binh và Xã hội thông tin năm nay tỉnh còn 18,6% hộ nghèo, trong đó trên 85% là hộ đồng bào dân tộc thiểu số.
Kết luận buổi đối thoại, đồng chí Trần Hữu Tín ghi nhận 26 ý kiến đều xác đáng, giao các sở, ngành trả lời bằng văn bản trong 30 ngày; đề nghị già làng, người có uy tín tiếp tục thực hiện Chỉ thị số 19-CT/TU ngày 4/3/2015 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào vùng biên giới, không để kẻ xấu lợi dụng "Tin lành Đê Ga" lôi kéo.
Hà Phương
Các tin khác
- Chư Sê: gặp mặt 95 già làng tiêu biểu (12/11/2015)
- Ia Grai tổ chức đối thoại với người dân về đất đai (04/11/2015)
- Tỉnh Gia Lai biểu dương 50 người có uy tín (28/10/2015)
""", "2015-11-18", "Chủ tịch UBND tỉnh đối thoại với 180 già làng, người có uy tín",
E("doi_thoai", "2015", "2015-11-17"),
[P("Trần Hữu Tín", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Rơ Châm Byưh", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Ksor Hleo", "người có uy tín làng Plei Ơi"),
 P("Siu Nher", "Già làng"),
 P("Rahlan Bơm", "người có uy tín huyện Krông Pa"),
 P("Kpă Thuyên", "người có uy tín huyện Krông Pa"),
 P("Đinh Yông", "người có uy tín huyện Krông Pa"),
 P("Nguyễn Văn Hùng", "Giám đốc Sở Tài nguyên và Môi trường"),
 P("Kpă H'Nguyên", "Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("180 già làng, người có uy tín", 180, "già làng, người có uy tín"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("1.452 người có uy tín", 1452, "người có uy tín"), Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("32 ha", 32, "ha"), Q("11 trường hợp", 11, "trường hợp"), Q("26 ý kiến, kiến nghị", 26, "ý kiến, kiến nghị"),
 Q("6 công trình cấp nước tập trung", 6, "công trình cấp nước tập trung"), Q("18,6%", 18.6, "%"), Q("trên 85%", 85, "%", "over")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg"),
 D("Kế hoạch", "87", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 87, 88/KH-UBND"),
 D("Kế hoạch", "88", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 87, 88/KH-UBND"),
 D("Chỉ thị", "19", "CT/TU", "2015-03-04", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 4/3/2015")],
[prov("Gia Lai"), com("Ia Piơr"), com("Ia Dom")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Dân tộc - Tôn giáo", "(GLO)", "Quang cảnh buổi đối thoại. Ảnh: Hà Phương",
 "Hội trường 2-9", "Tin lành Đê Ga"],
["Ngày đăng 18/11/2015 | 16:20", "Hội trường 2-9", "năm 2015", "31/12/2015", "30 ngày", "quý II"]))

PAGES.append(page("b5986-nghean-kyson-soket-6thang-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN
Bạn đang ở: Trang chủ >> Tin tức >> Công tác dân vận
Thứ Sáu, 15/07/2016, 08:05
Kỳ Sơn: Người có uy tín góp phần giữ vững an ninh vùng biên
Ngày 14/7/2016, Ban Dân vận Huyện ủy Kỳ Sơn tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2016, trong đó đánh giá riêng kết quả phát huy vai trò người có uy tín trong đồng bào Mông, Khơ Mú, Thái ở 21 xã, thị trấn. Đồng chí Vi Văn Sơn, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy chủ trì; dự có đồng chí Lô Thị Xuân, Phó Chủ tịch UBND huyện.
Đồng chí Vi Văn Sơn phát biểu tại hội nghị.
Theo báo cáo, toàn huyện có 207 người có uy tín ở 191 bản. 6 tháng qua, người có uy tín đã tham gia hòa giải thành 34 vụ việc; phối hợp với Đồn Biên phòng Mường Ải phát hiện, tố giác 9 vụ mua bán, vận chuyển ma túy; vận động nhân dân giao nộp 15 khẩu súng kíp. Tại các xã Mường Lống, Nậm Cắn, người có uy tín đã vận động 87 hộ hiến 2,4 ha đất và góp 540 triệu đồng làm đường bê tông liên bản. Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa là 98,5%.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy sơ kết Chỉ thị 21, 22-CT/HU về công tác dân vận ở vùng đồng bào Mông và về vận động nhân dân không trồng cây thuốc phiện; ban hành Kế hoạch số 34-KH/BDVHU ngày 10/3/2016 về gặp mặt người có uy tín. Thực hiện Quyết định số 1046/QĐ-UBND ngày 22/3/2016 của UBND tỉnh, huyện đã cấp 207 phần quà dịp Tết Bính Thân cho người có uy tín.
Tại hội nghị, đồng chí Xồng Bá Giống, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện đề nghị có cơ chế khen thưởng kịp thời cho người có uy tín. Ông Và Bá Tu, người có uy tín bản Huồi Giảng 1, xã Tây Sơn, kể: "Nhiều lần kẻ xấu vào bản rủ thanh niên đi làm thuê bên kia biên giới, tôi đều báo cho đồn biên phòng". Ông Moong Văn Mai, Trưởng bản Xốp Tụ, xã Tà Cạ, đề nghị huyện hỗ trợ giống cây ăn quả để thay cây thuốc phiện.
Bên cạnh kết quả, hội nghị chỉ ra một số hạn chế: một số người có uy tín tuổi cao, sức yếu, trình độ hạn chế; việc nắm tình hình ở bản xa còn chậm; chế độ hỗ trợ còn thấp so với công sức bỏ ra. Kỳ Sơn là huyện biên giới có đường biên dài nhất tỉnh Nghệ An, nhiều bản cách trung tâm xã hàng chục cây số, mùa mưa thường bị chia cắt nên việc đi lại của người có uy tín rất vất vả.
Kết luận hội nghị, đồng chí Vi Văn Sơn yêu cầu 6 tháng cuối năm các cơ quan khối dân vận phối hợp rà soát, đề nghị bình xét lại người có uy tín; duy trì mô hình "Bản không có ma túy" và tiếp tục vận động đồng bào thực hiện "3 không".
Quang Vinh
Lượt truy cập: 245.817
Tin liên quan
- Tương Dương: gặp mặt người có uy tín năm 2016 (08/07/2016)
- Kỳ Sơn ra quân trấn áp tội phạm ma túy (30/06/2016)
- Mường Xén tổ chức lễ hội đua thuyền (12/06/2016)
""", "2016-07-15", "Kỳ Sơn: Người có uy tín góp phần giữ vững an ninh vùng biên",
E("so_ket", "2016-H1", "2016-07-14"),
[P("Vi Văn Sơn", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lô Thị Xuân", "Phó Chủ tịch UBND huyện"),
 P("Xồng Bá Giống", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Và Bá Tu", "người có uy tín bản Huồi Giảng 1"),
 P("Moong Văn Mai", "Trưởng bản Xốp Tụ")],
[Q("21 xã, thị trấn", 21, "xã, thị trấn"), Q("207 người có uy tín", 207, "người có uy tín"), Q("191 bản", 191, "bản"),
 Q("34 vụ việc", 34, "vụ việc"), Q("9 vụ mua bán, vận chuyển ma túy", 9, "vụ mua bán, vận chuyển ma túy"),
 Q("15 khẩu súng kíp", 15, "khẩu súng kíp"), Q("87 hộ", 87, "hộ"), Q("2,4 ha", 2.4, "ha"),
 Q("540 triệu đồng", 540000000, "đồng"), Q("98,5%", 98.5, "%"), Q("207 phần quà", 207, "phần quà")],
[D("Chỉ thị", "21", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 21, 22-CT/HU"),
 D("Chỉ thị", "22", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 21, 22-CT/HU"),
 D("Kế hoạch", "34", "KH/BDVHU", "2016-03-10", "Ban Dân vận Huyện ủy", "Kế hoạch số 34-KH/BDVHU ngày 10/3/2016"),
 D("Quyết định", "1046", "QĐ-UBND", "2016-03-22", "UBND tỉnh", "Quyết định số 1046/QĐ-UBND ngày 22/3/2016")],
[prov("Nghệ An"), com("Mường Lống"), com("Nậm Cắn"), com("Tây Sơn"), com("Tà Cạ")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN", "Bạn đang ở: Trang chủ >> Tin tức >> Công tác dân vận",
 "Đồng chí Vi Văn Sơn phát biểu tại hội nghị.", "Bản không có ma túy", "3 không", "Lượt truy cập: 245.817", "Đồn Biên phòng Mường Ải"],
["Thứ Sáu, 15/07/2016, 08:05", "6 tháng đầu năm 2016", "6 tháng qua", "6 tháng cuối năm", "3 không", "Lượt truy cập: 245.817", "Huồi Giảng 1"]))
