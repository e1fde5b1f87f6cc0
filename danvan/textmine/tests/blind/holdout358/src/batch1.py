from lib import *
PAGES = []

PAGES.append(page("b8549-hagiang-bdv-soket-2011", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ » Hoạt động dân vận » Tin tức
Thứ Sáu, 15/07/2011 - 16:20
Hà Giang: Sơ kết 6 tháng vận động nhân dân hiến đất, giải phóng hành lang lưới điện nông thôn
Ngày 14/7/2011, Ban Dân vận Tỉnh ủy Hà Giang phối hợp với Công ty Điện lực Hà Giang tổ chức hội nghị sơ kết công tác vận động nhân dân tham gia Dự án cấp điện nông thôn 6 tháng đầu năm 2011, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Vàng Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Nguyễn Hữu Thắng, Giám đốc Công ty Điện lực Hà Giang đồng chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết.
Báo cáo do đồng chí Lù Văn Chính, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, thực hiện Kế hoạch số 17-KH/TU ngày 10/01/2011 của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 05-HD/BDVTU của Ban Dân vận Tỉnh ủy về vận động nhân dân tham gia xây dựng lưới điện nông thôn, 6 tháng qua các cấp ủy, chính quyền, Mặt trận và đoàn thể 7 huyện vùng cao đã tổ chức 236 buổi tuyên truyền, họp thôn với trên 11.400 lượt người nghe. Nhân dân đã tự nguyện hiến 18.650 m2 đất, chặt hạ 4.320 cây các loại, tháo dỡ 37 công trình phụ để làm móng cột và giải phóng hành lang tuyến đường dây 35kV, 0,4kV. Đến nay đã có 112 thôn, bản với gần 6.800 hộ được sử dụng điện lưới quốc gia; tỷ lệ hộ dùng điện toàn tỉnh đạt 71,5%, tăng 4,2% so với cuối năm 2010.
Điển hình là xã Lũng Cú, huyện Đồng Văn, nhân dân 9 thôn đã góp 2.150 ngày công vận chuyển cột điện lên các điểm cao; xã Thèn Chu Phìn, huyện Hoàng Su Phì có 86 hộ hiến đất không nhận tiền đền bù. Ông Sùng Mí Pó, Trưởng thôn Lô Lô Chải, xã Lũng Cú, kể: "Có điện rồi bà con mới xem được ti vi, nghe được chủ trương của Đảng, nên ai cũng sẵn sàng nhường đất".
Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: ở một số nơi việc tuyên truyền chưa sâu, còn 14 hộ chưa đồng thuận phương án bồi thường cây cối; tiến độ một số gói thầu chậm do địa hình hiểm trở, mùa mưa đến sớm.
Tại hội nghị, đồng chí Hoàng Văn Sình, HUV, Trưởng Ban Dân vận Huyện ủy Xín Mần đề nghị ngành điện sớm chi trả tiền bồi thường cho các hộ có đất bị ảnh hưởng; bà Giàng Thị Dí, Chủ tịch Hội LHPN xã Thèn Chu Phìn, chia sẻ cách vận động chị em thông qua sinh hoạt chi hội.
Phát biểu kết luận, đồng chí Vàng Thị Mai đề nghị 6 tháng cuối năm các huyện tiếp tục thực hiện tốt Quy chế dân chủ ở cơ sở, công khai phương án bồi thường đến từng hộ, phấn đấu đến cuối năm 2011 có thêm 25 thôn có điện lưới. Đồng chí Nguyễn Hữu Thắng cam kết ngành điện sẽ phối hợp chặt chẽ với địa phương, ưu tiên thuê lao động tại chỗ.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 8 tập thể và 15 cá nhân có thành tích trong vận động nhân dân hiến đất làm đường điện.
Minh Quân
Tin liên quan
- Quản Bạ: nhân dân góp công dựng cột điện về thôn (02/07/2011)
- Hội nghị giao ban công tác dân vận quý II năm 2011 (28/06/2011)
- Yên Minh có thêm 5 thôn được dùng điện lưới quốc gia (15/06/2011)
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Hà Giang (20/05/2011)
""", "2011-07-15", "Hà Giang: Sơ kết 6 tháng vận động nhân dân hiến đất, giải phóng hành lang lưới điện nông thôn",
E("so_ket", "2011-H1", "2011-07-14"),
[P("Vàng Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Thắng", "Giám đốc Công ty Điện lực Hà Giang"),
 P("Lù Văn Chính", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Mí Pó", "Trưởng thôn Lô Lô Chải"),
 P("Hoàng Văn Sình", "HUV", "Trưởng Ban Dân vận Huyện ủy Xín Mần"),
 P("Giàng Thị Dí", "Chủ tịch Hội LHPN xã Thèn Chu Phìn")],
[Q("7 huyện vùng cao", 7, "huyện vùng cao"), Q("236 buổi tuyên truyền, họp thôn", 236, "buổi tuyên truyền, họp thôn"),
 Q("trên 11.400 lượt người", 11400, "lượt người", "over"), Q("18.650 m2", 18650, "m2"), Q("4.320 cây", 4320, "cây"),
 Q("37 công trình phụ", 37, "công trình phụ"), Q("112 thôn, bản", 112, "thôn, bản"), Q("gần 6.800 hộ", 6800, "hộ", "approx"),
 Q("71,5%", 71.5, "%"), Q("4,2%", 4.2, "%"), Q("9 thôn", 9, "thôn"), Q("2.150 ngày công", 2150, "ngày công"),
 Q("86 hộ", 86, "hộ"), Q("14 hộ", 14, "hộ"), Q("25 thôn", 25, "thôn"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kế hoạch", "17", "KH/TU", "2011-01-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 17-KH/TU ngày 10/01/2011"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Thèn Chu Phìn")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ » Hoạt động dân vận » Tin tức", "Toàn cảnh hội nghị sơ kết.",
 "Dự án cấp điện nông thôn", "Quy chế dân chủ ở cơ sở", "Công ty Điện lực Hà Giang"],
["Thứ Sáu, 15/07/2011 - 16:20", "6 tháng đầu năm 2011", "6 tháng cuối năm", "35kV", "0,4kV", "năm 2010"]))

PAGES.append(page("b8550-sonla-baosonla-hiendat-2012", """
Báo Sơn La điện tử
Xã hội | Nông thôn mới
Cập nhật: 08:30, 22/05/2012 (GMT+7)
Mường La: Đồng bào Thái, Mông hiến đất đưa điện về bản
(Báo Sơn La) - Những ngày này, trên các triền núi của xã Chiềng Công, xã Ngọc Chiến, huyện Mường La, các đội thi công đang khẩn trương dựng cột, kéo dây thuộc Dự án cấp điện cho các bản chưa có điện. Để có mặt bằng thi công, hàng trăm hộ đồng bào Thái, Mông đã tự nguyện hiến đất, chặt cây mà không đòi hỏi bồi thường.
Ảnh: Bà con bản Nậm Nghẹp cùng thợ điện khiêng cột lên đồi.
Theo ông Lò Văn Hặc, Phó Chủ tịch UBND huyện Mường La, dự án được đầu tư theo Quyết định số 1208/QĐ-UBND ngày 14/6/2011 của UBND tỉnh Sơn La, tổng mức đầu tư hơn 46 tỷ đồng, xây dựng 38,6 km đường dây trung thế, 52 km đường dây hạ thế và 21 trạm biến áp, cấp điện cho 1.364 hộ ở 24 bản. Đến hết tháng 4/2012, nhân dân đã hiến 9.700 m2 đất, chặt bỏ khoảng 3.000 cây ăn quả, cây lấy gỗ trong hành lang tuyến.
Tại bản Nậm Nghẹp, xã Ngọc Chiến, ông Lường Văn Khay, Bí thư Chi bộ bản, là người đầu tiên hiến 320 m2 đất vườn để làm trạm biến áp. Ông nói: "Cán bộ đến tận nhà nói rõ, có điện thì con cháu học hành tốt hơn, xay xát đỡ vất vả. Nhà mình là đảng viên, phải làm trước cho bà con theo". Noi gương ông, 47 hộ trong bản đã hiến đất, góp 360 ngày công đào hố móng.
Ở xã Chiềng Công, nơi có tới 90% là đồng bào Mông, việc vận động khó khăn hơn vì nhiều diện tích nương, rừng keo nằm trong hành lang tuyến. Anh Mùa A Chống, Chủ tịch UBND xã Chiềng Công cho biết, xã đã thành lập 6 tổ vận động gồm cán bộ xã, già làng, người có uy tín, trưởng bản, đến từng nhà giải thích. Sau 3 tháng, 100% số hộ có đất trong tuyến đã ký biên bản bàn giao mặt bằng. Cá biệt có gia đình ông Sồng A Tủa ở bản Pá Khôm hiến tới 1.100 m2 đất nương và chặt 150 cây keo.
Ông Cầm Văn Thủy, Trưởng Ban Dân vận Huyện ủy Mường La đánh giá: thành công bước đầu của dự án có vai trò quan trọng của việc thực hiện tốt Quy chế dân chủ ở cơ sở và phong trào "Dân vận khéo". Huyện ủy đã ban hành Chỉ thị số 07-CT/HU về tăng cường lãnh đạo công tác vận động nhân dân giải phóng mặt bằng các công trình điện; các đoàn thể huyện nhận đỡ đầu 12 bản đặc biệt khó khăn.
Theo kế hoạch, đến tháng 9/2012, toàn bộ 24 bản sẽ được đóng điện. Khi đó, tỷ lệ hộ sử dụng điện lưới quốc gia của huyện Mường La sẽ nâng lên khoảng 86%.
Quàng Hương
Tin liên quan
- Thuận Châu: 3 bản vùng cao đón điện lưới quốc gia (15/05/2012)
- Sốp Cộp tuyên truyền bảo vệ hành lang an toàn lưới điện (08/05/2012)
- Nông dân Mai Sơn góp đất làm đường giao thông nông thôn (27/04/2012)
""", "2012-05-22", "Mường La: Đồng bào Thái, Mông hiến đất đưa điện về bản",
E("khac", None, None),
[P("Lò Văn Hặc", "Phó Chủ tịch UBND huyện Mường La"),
 P("Lường Văn Khay", "Bí thư Chi bộ bản"),
 P("Mùa A Chống", "Chủ tịch UBND xã Chiềng Công"),
 P("Sồng A Tủa"),
 P("Cầm Văn Thủy", "Trưởng Ban Dân vận Huyện ủy Mường La")],
[Q("hơn 46 tỷ đồng", 46000000000, "đồng", "over"), Q("38,6 km", 38.6, "km"), Q("52 km", 52, "km"),
 Q("21 trạm biến áp", 21, "trạm biến áp"), Q("1.364 hộ", 1364, "hộ"), Q("24 bản", 24, "bản"), Q("9.700 m2", 9700, "m2"),
 Q("khoảng 3.000 cây ăn quả, cây lấy gỗ", 3000, "cây ăn quả, cây lấy gỗ", "approx"), Q("320 m2", 320, "m2"),
 Q("47 hộ", 47, "hộ"), Q("360 ngày công", 360, "ngày công"), Q("90%", 90, "%"), Q("6 tổ vận động", 6, "tổ vận động"),
 Q("100%", 100, "%"), Q("1.100 m2", 1100, "m2"), Q("150 cây keo", 150, "cây keo"),
 Q("12 bản đặc biệt khó khăn", 12, "bản đặc biệt khó khăn"), Q("khoảng 86%", 86, "%", "approx")],
[D("Quyết định", "1208", "QĐ-UBND", "2011-06-14", "UBND tỉnh Sơn La", "Quyết định số 1208/QĐ-UBND ngày 14/6/2011"),
 D("Chỉ thị", "07", "CT/HU", None, "Huyện ủy", "Chỉ thị số 07-CT/HU")],
[prov("Sơn La"), com("Chiềng Công"), com("Ngọc Chiến")],
["Báo Sơn La điện tử", "Xã hội | Nông thôn mới", "(Báo Sơn La)", "Ảnh: Bà con bản Nậm Nghẹp cùng thợ điện khiêng cột lên đồi.",
 "Dự án cấp điện cho các bản chưa có điện", "Quy chế dân chủ ở cơ sở", "Dân vận khéo"],
["Cập nhật: 08:30, 22/05/2012 (GMT+7)", "tháng 4/2012", "Sau 3 tháng", "tháng 9/2012"]))

PAGES.append(page("b8551-quangtri-mttq-giamsat-2013", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Quảng Trị
Trang chủ > Hoạt động > Giám sát và phản biện xã hội
08:15 | 18/09/2013
Giám sát việc bồi thường, giải tỏa hành lang tuyến đường dây 110kV Đông Hà - Lao Bảo
Ngày 17/9/2013, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do ông Hồ Văn Lành, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bồi thường, hỗ trợ giải phóng mặt bằng và giải tỏa hành lang an toàn lưới điện tại huyện Cam Lộ và huyện Đakrông. Đây là nội dung trong chương trình giám sát chuyên đề năm 2013 theo Kế hoạch số 34/KH-MTTQ-BTT ngày 05/8/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Cùng tham gia đoàn có bà Trần Thị Thu Hà, Phó Trưởng Ban Dân vận Tỉnh ủy và đại diện Sở Công Thương, Hội Nông dân tỉnh, Công ty Điện lực Quảng Trị.
Đoàn giám sát làm việc với UBND xã Cam Tuyền.
Theo báo cáo do ông Nguyễn Đăng Khoa, Phó Chủ tịch UBND huyện Cam Lộ trình bày, tuyến đường dây đi qua địa bàn 4 xã, thị trấn với 94 vị trí móng cột; tổng diện tích đất bị ảnh hưởng khoảng 3,8 ha, có 216 hộ dân bị ảnh hưởng, trong đó 41 hộ có nhà ở nằm trong hành lang an toàn. Đến nay huyện đã chi trả hơn 5,2 tỷ đồng tiền bồi thường cây cối, hoa màu cho 198 hộ, đạt 91,7%; còn 18 hộ chưa nhận tiền vì chưa thống nhất đơn giá bồi thường cây hồ tiêu, cao su.
Tại huyện Đakrông, xã Hướng Hiệp và xã Đakrông có 63 hộ đồng bào Vân Kiều, Pa Cô hiến 1,2 ha đất sản xuất. Ông Hồ Văn Thăm, Trưởng thôn Khe Luồi, xã Hướng Hiệp, đã vận động 27 hộ trong thôn tự chặt 2.600 cây keo lai để bàn giao mặt bằng sớm 15 ngày so với kế hoạch.
Qua giám sát, đoàn ghi nhận 12 ý kiến, kiến nghị của cử tri, chủ yếu về đơn giá cây trồng còn thấp, việc hạn chế xây dựng nhà trong hành lang lưới điện theo Nghị định số 106/2005/NĐ-CP và Nghị định số 81/2009/NĐ-CP của Chính phủ, việc chậm chi trả tiền hỗ trợ nhà ở. Ông Lê Quang Chiến, Phó Giám đốc Công ty Điện lực Quảng Trị, tiếp thu và cho biết sẽ đề nghị UBND tỉnh điều chỉnh đơn giá theo Quyết định số 29/2012/QĐ-UBND ngày 20/12/2012 của UBND tỉnh.
"Bà con không tiếc đất, chỉ mong được trả tiền đúng hạn và được hướng dẫn rõ cái gì được làm, cái gì không được làm dưới đường dây", bà Hồ Thị Loan, Chủ tịch Ủy ban MTTQ xã Hướng Hiệp nói.
Phát biểu kết luận, ông Hồ Văn Lành đề nghị chính quyền các huyện công khai, minh bạch phương án bồi thường đến từng hộ; đề nghị Ban Thường trực Ủy ban MTTQ các xã thành lập tổ giám sát cộng đồng tại các thôn có tuyến đi qua. Đoàn sẽ tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh trước ngày 30/9/2013.
Hoài Nam
Tin khác
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế (10/09/2013)
- Hướng Hóa: nhân dân hiến đất làm đường điện về bản (29/08/2013)
- Gio Linh tổ chức hội nghị đối thoại với nông dân (15/08/2013)
""", "2013-09-18", "Giám sát việc bồi thường, giải tỏa hành lang tuyến đường dây 110kV Đông Hà - Lao Bảo",
E("giam_sat", "2013", "2013-09-17"),
[P("Hồ Văn Lành", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đăng Khoa", "Phó Chủ tịch UBND huyện Cam Lộ"),
 P("Hồ Văn Thăm", "Trưởng thôn Khe Luồi"),
 P("Lê Quang Chiến", "Phó Giám đốc Công ty Điện lực Quảng Trị"),
 P("Hồ Thị Loan", "Chủ tịch Ủy ban MTTQ xã Hướng Hiệp")],
[Q("4 xã, thị trấn", 4, "xã, thị trấn"), Q("94 vị trí móng cột", 94, "vị trí móng cột"), Q("khoảng 3,8 ha", 3.8, "ha", "approx"),
 Q("216 hộ dân", 216, "hộ dân"), Q("41 hộ", 41, "hộ"), Q("hơn 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("198 hộ", 198, "hộ"),
 Q("91,7%", 91.7, "%"), Q("18 hộ", 18, "hộ"), Q("63 hộ đồng bào Vân Kiều, Pa Cô", 63, "hộ đồng bào Vân Kiều, Pa Cô"),
 Q("1,2 ha", 1.2, "ha"), Q("27 hộ", 27, "hộ"), Q("2.600 cây keo lai", 2600, "cây keo lai"),
 Q("12 ý kiến, kiến nghị", 12, "ý kiến, kiến nghị")],
[D("Kế hoạch", "34", "KH-MTTQ-BTT", "2013-08-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 34/KH-MTTQ-BTT ngày 05/8/2013"),
 D("Nghị định", "106", "2005/NĐ-CP", None, "Chính phủ", "Nghị định số 106/2005/NĐ-CP"),
 D("Nghị định", "81", "2009/NĐ-CP", None, "Chính phủ", "Nghị định số 81/2009/NĐ-CP"),
 D("Quyết định", "29", "2012/QĐ-UBND", "2012-12-20", "UBND tỉnh", "Quyết định số 29/2012/QĐ-UBND ngày 20/12/2012")],
[prov("Quảng Trị"), com("Cam Tuyền"), com("Hướng Hiệp"), com("Đakrông")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", "Trang chủ > Hoạt động > Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc với UBND xã Cam Tuyền.", "Công ty Điện lực Quảng Trị", "Đông Hà - Lao Bảo"],
["08:15 | 18/09/2013", "110kV", "năm 2013", "15 ngày", "30/9/2013"]))

PAGES.append(page("b8552-bentre-doithoai-2014", """
Báo Đồng Khởi Online
Thời sự - Chính trị
17/10/2014 - 10:05
Chủ tịch UBND huyện Giồng Trôm đối thoại với người dân vùng dự án đường dây 110kV
Sáng 16/10/2014, UBND huyện Giồng Trôm phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị đối thoại năm 2014 với các hộ dân có đất nằm trong hành lang tuyến đường dây 110kV Mỏ Cày - Giồng Trôm, tại xã Châu Hòa và xã Lương Quới. Ông Trần Văn Tâm, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Giồng Trôm chủ trì; cùng dự có bà Nguyễn Thị Bé Bảy, Chủ tịch Ủy ban MTTQ Việt Nam huyện, các ông Huỳnh Văn Lực, Võ Thanh Hùng - Phó Chủ tịch UBND huyện.
Quang cảnh buổi đối thoại tại xã Châu Hòa. Ảnh: H.Trang
Theo báo cáo của Ban Bồi thường, giải phóng mặt bằng huyện, tuyến đường dây qua địa bàn huyện có 62 trụ điện, ảnh hưởng đến 187 hộ; tổng số tiền bồi thường, hỗ trợ trên 7,4 tỷ đồng. Đến nay đã có 172/187 hộ nhận tiền và bàn giao mặt bằng, đạt 92%. Riêng cây dừa trong hành lang tuyến phải chặt hạ là 1.830 cây dừa, được hỗ trợ theo Quyết định số 12/2014/QĐ-UBND ngày 25/4/2014 của UBND tỉnh Bến Tre với mức 1,5 triệu đồng/cây đang cho trái.
Tại buổi đối thoại, 9 ý kiến của người dân tập trung vào đơn giá bồi thường cây dừa, việc hỗ trợ phần đất nằm trong hành lang an toàn và việc được cất nhà dưới đường dây. Ông Lê Văn Ngộ (ấp Phú Hưng, xã Châu Hòa) cho rằng mức hỗ trợ bằng 30% giá đất nông nghiệp cho phần diện tích trong hành lang là thấp. Bà Phan Thị Lài ở ấp 4, xã Lương Quới đề nghị ngành điện sớm hoàn trả mặt bằng, làm lại đường nội đồng bị hư hỏng trong quá trình thi công.
Trả lời các ý kiến, ông Đặng Văn Quang, Phó Giám đốc Công ty Điện lực Bến Tre cho biết việc hỗ trợ đất trong hành lang được thực hiện theo Nghị định số 14/2014/NĐ-CP ngày 26/02/2014 của Chính phủ quy định chi tiết thi hành Luật Điện lực về an toàn điện; nhà ở trong hành lang nếu đáp ứng các điều kiện an toàn thì được tồn tại. Ngành điện cam kết sửa chữa 2,3 km đường nội đồng trước ngày 30/11/2014.
Ông Trần Văn Tâm ghi nhận sự đồng thuận của đa số người dân, trong đó 15 hộ là đảng viên, cán bộ hưu trí đã gương mẫu nhận tiền, chặt cây trước. Ông giao UBND các xã phối hợp với Ủy ban MTTQ xã tiếp tục vận động 15 hộ còn lại; trường hợp có khiếu nại phải giải quyết trong 30 ngày, không để phát sinh điểm nóng. "Dự án điện là để phục vụ chính bà con, nhưng quyền lợi chính đáng của bà con thì huyện phải bảo đảm đến nơi đến chốn", ông nói.
Dịp này, Ủy ban MTTQ Việt Nam huyện tặng 20 phần quà cho các hộ nghèo có đất trong dự án, mỗi phần trị giá 300.000 đồng.
Thanh Đồng
Tin liên quan
- Mỏ Cày Nam: Người dân đồng thuận giao đất làm trạm biến áp (09/10/2014)
- Ba Tri đối thoại với nông dân về chuyển đổi cây trồng (25/09/2014)
- Ngành điện Bến Tre tuyên truyền sử dụng điện an toàn (12/09/2014)
""", "2014-10-17", "Chủ tịch UBND huyện Giồng Trôm đối thoại với người dân vùng dự án đường dây 110kV",
E("doi_thoai", "2014", "2014-10-16"),
[P("Trần Văn Tâm", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Giồng Trôm"),
 P("Nguyễn Thị Bé Bảy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Huỳnh Văn Lực", "Phó Chủ tịch UBND huyện"),
 P("Võ Thanh Hùng", "Phó Chủ tịch UBND huyện"),
 P("Lê Văn Ngộ"),
 P("Phan Thị Lài"),
 P("Đặng Văn Quang", "Phó Giám đốc Công ty Điện lực Bến Tre")],
[Q("62 trụ điện", 62, "trụ điện"), Q("187 hộ", 187, "hộ"), Q("trên 7,4 tỷ đồng", 7400000000, "đồng", "over"),
 Q("172/187 hộ", 172, "hộ"), Q("92%", 92, "%"), Q("1.830 cây dừa", 1830, "cây dừa"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("9 ý kiến", 9, "ý kiến"), Q("30%", 30, "%"), Q("2,3 km", 2.3, "km"), Q("15 hộ là đảng viên", 15, "hộ"),
 Q("15 hộ còn lại", 15, "hộ"), Q("20 phần quà", 20, "phần quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "12", "2014/QĐ-UBND", "2014-04-25", "UBND tỉnh Bến Tre", "Quyết định số 12/2014/QĐ-UBND ngày 25/4/2014"),
 D("Nghị định", "14", "2014/NĐ-CP", "2014-02-26", "Chính phủ", "Nghị định số 14/2014/NĐ-CP ngày 26/02/2014")],
[prov("Bến Tre"), com("Châu Hòa"), com("Lương Quới")],
["Báo Đồng Khởi Online", "Thời sự - Chính trị", "Quang cảnh buổi đối thoại tại xã Châu Hòa. Ảnh: H.Trang",
 "Luật Điện lực", "Công ty Điện lực Bến Tre", "Mỏ Cày - Giồng Trôm"],
["17/10/2014 - 10:05", "110kV", "ấp 4", "30 ngày", "30/11/2014"]))

PAGES.append(page("b8553-daknong-bdv-tongket-2015", """
BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG
Bạn đang ở: Trang chủ / Tin hoạt động / Dân vận chính quyền
Ngày đăng 28/12/2015 | 15:40
Đắk Nông: Hơn 2.100 hộ đồng bào dân tộc thiểu số có điện lưới quốc gia nhờ làm tốt công tác dân vận
Ngày 25/12/2015, Ban Dân vận Tỉnh ủy phối hợp với Sở Công Thương tổ chức hội nghị tổng kết công tác vận động nhân dân tham gia thực hiện Dự án cấp điện nông thôn từ lưới điện quốc gia năm 2015. Đồng chí Lê Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Lê Thị Hồng Nhung phát biểu tại hội nghị.
Theo báo cáo do đồng chí Y Khiêm Niê, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày, thực hiện Quyết định số 2081/QĐ-TTg ngày 08/11/2013 của Thủ tướng Chính phủ phê duyệt Chương trình cấp điện nông thôn, miền núi và hải đảo giai đoạn 2013 - 2020 và Chỉ thị số 15-CT/TU ngày 12/3/2014 của Ban Thường vụ Tỉnh ủy, năm 2015 toàn tỉnh đã hoàn thành 142 km đường dây trung thế, 67 trạm biến áp, đưa điện về 28 bon, buôn. Nhân dân đã hiến 26.400 m2 đất, chặt 12.700 cây trồng mà không yêu cầu bồi thường; tổng kinh phí đầu tư gần 180 tỷ đồng. Nhờ đó, hơn 2.100 hộ đồng bào dân tộc thiểu số lần đầu được dùng điện lưới, nâng tỷ lệ hộ sử dụng điện toàn tỉnh lên 95,2%.
Các cấp đã xây dựng 93 mô hình "Dân vận khéo" gắn với việc giải phóng mặt bằng công trình điện. Tiêu biểu như bon Bu Đắk, xã Quảng Trực, huyện Tuy Đức, già làng Điểu Lơ đã cùng 34 hộ trong bon hiến hơn 3.000 m2 rẫy điều. Tại hội nghị, ông Điểu Lơ chia sẻ: "Điện về bon thì con cháu học bài buổi tối, đồng bào có máy bơm tưới cà phê. Mình nói với bà con, cho đất làm cột điện là cho con cháu mình".
Đồng chí H'Loan Byă, Chủ tịch Hội LHPN xã Đắk Ngo, cho biết chi hội phụ nữ các bon đã vận động 56 hộ chặt cây, dời chuồng trại khỏi hành lang an toàn. Các đồng chí Phó Chủ tịch UBND huyện: Nguyễn Văn Hải (Tuy Đức), Trần Đình Quế (Đắk Glong) đề nghị tỉnh bố trí vốn đối ứng để đưa điện về các cụm dân cư di cư tự do.
Hội nghị cũng chỉ ra hạn chế: một số bon, buôn còn 312 hộ chưa có điện do ở phân tán; việc xử lý vi phạm hành lang lưới điện còn chậm, có 17 trường hợp trồng cây, dựng lán dưới đường dây.
Phát biểu kết luận, đồng chí Lê Thị Hồng Nhung yêu cầu năm 2016 các cấp ủy tiếp tục quán triệt Chỉ thị 15, phát huy vai trò già làng, người có uy tín; phấn đấu đến năm 2020 có 98% số hộ dùng điện lưới quốc gia.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể, 23 cá nhân có thành tích xuất sắc.
Thu Hiền
Tin liên quan
- Đắk Song: sơ kết 6 tháng thực hiện Quy chế dân vận (10/07/2015)
- Tuy Đức: đưa điện về 5 bon vùng biên (22/06/2015)
- Krông Nô: gương già làng hiến đất làm trạm biến áp (05/06/2015)
""", "2015-12-28", "Đắk Nông: Hơn 2.100 hộ đồng bào dân tộc thiểu số có điện lưới quốc gia nhờ làm tốt công tác dân vận",
E("tong_ket", "2015", "2015-12-25"),
[P("Lê Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Khiêm Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Lơ", "già làng"),
 P("H'Loan Byă", "Chủ tịch Hội LHPN xã Đắk Ngo"),
 P("Nguyễn Văn Hải", "Phó Chủ tịch UBND huyện"),
 P("Trần Đình Quế", "Phó Chủ tịch UBND huyện")],
[Q("142 km", 142, "km"), Q("67 trạm biến áp", 67, "trạm biến áp"), Q("28 bon, buôn", 28, "bon, buôn"),
 Q("26.400 m2", 26400, "m2"), Q("12.700 cây trồng", 12700, "cây trồng"), Q("gần 180 tỷ đồng", 180000000000, "đồng", "approx"),
 Q("hơn 2.100 hộ đồng bào dân tộc thiểu số", 2100, "hộ đồng bào dân tộc thiểu số", "over"), Q("95,2%", 95.2, "%"),
 Q("93 mô hình", 93, "mô hình"), Q("34 hộ", 34, "hộ"), Q("hơn 3.000 m2", 3000, "m2", "over"), Q("56 hộ", 56, "hộ"),
 Q("312 hộ", 312, "hộ"), Q("17 trường hợp", 17, "trường hợp"), Q("98%", 98, "%"),
 Q("14 tập thể", 14, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Quyết định", "2081", "QĐ-TTg", "2013-11-08", "Thủ tướng Chính phủ", "Quyết định số 2081/QĐ-TTg ngày 08/11/2013"),
 D("Chỉ thị", "15", "CT/TU", "2014-03-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU ngày 12/3/2014")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Ngo")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG", "Bạn đang ở: Trang chủ / Tin hoạt động / Dân vận chính quyền",
 "Đồng chí Lê Thị Hồng Nhung phát biểu tại hội nghị.", "Dân vận khéo", "Dự án cấp điện nông thôn từ lưới điện quốc gia",
 "Chương trình cấp điện nông thôn, miền núi và hải đảo giai đoạn 2013 - 2020"],
["Ngày đăng 28/12/2015 | 15:40", "năm 2015", "năm 2016", "năm 2020", "giai đoạn 2013 - 2020"]))

PAGES.append(page("b8554-nghean-bdv-traoqua-2016", """
Báo Nghệ An điện tử
Thời sự › Chính trị › Dân vận
Thứ Hai, 25/01/2016
Đồng chí Lê Thị Kim Oanh trao quà cho bà con xã Mường Lống.
Trao 250 suất quà Tết cho hộ nghèo hiến đất làm đường điện ở Kỳ Sơn
(Baonghean) - Ngày 23/1/2016, Ban Dân vận Tỉnh ủy phối hợp với Công ty Điện lực Nghệ An và Ủy ban MTTQ huyện Kỳ Sơn tổ chức trao 250 suất quà Tết cho các hộ nghèo đã hiến đất, chặt cây cho công trình cấp điện tại các xã Mường Lống, Huồi Tụ, Na Ngoi.
Tham dự có đồng chí Lê Thị Kim Oanh, Ủy viên BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Phó Giám đốc Công ty Điện lực Nghệ An Hoàng Văn Đức; đồng chí Vi Văn Sơn, Phó Bí thư Thường trực Huyện ủy Kỳ Sơn cùng lãnh đạo các xã.
Mỗi suất quà trị giá 500.000 đồng, gồm tiền mặt, chăn ấm và gạo; tổng trị giá 125 triệu đồng do cán bộ, công nhân viên ngành điện đóng góp. Hoạt động được thực hiện theo Kế hoạch số 112-KH/BDVTU ngày 05/01/2016 của Ban Dân vận Tỉnh ủy về thăm, tặng quà gia đình chính sách, hộ nghèo dịp Tết Bính Thân và Chương trình phối hợp số 04-CTrPH/BDVTU-PCNA giữa Ban Dân vận Tỉnh ủy và Công ty Điện lực Nghệ An về công tác dân vận trong đầu tư lưới điện nông thôn.
Năm 2015, nhân dân 3 xã đã hiến hơn 7.300 m2 đất, chặt 2.450 cây, góp 1.800 ngày công để xây dựng 46 km đường dây trung áp và 19 trạm biến áp, đưa điện đến 31 bản với 1.926 hộ. Trước đó, nhiều bản người Mông ở Mường Lống phải dùng thủy điện nhỏ gia đình, mùa khô gần như không có điện.
Ông Vừ Chồng Pao, Chủ tịch UBND xã Mường Lống cho biết, toàn xã có 11 bản thì nay đã có 9 bản có điện lưới, đạt 81,8%. "Bà con người Mông nghe cán bộ nói đúng, làm đúng nên tin. Có hộ như nhà ông Lầu Bá Chò, Trưởng bản Mường Lống 1 hiến cả nương ngô để làm trạm biến áp", ông Pao nói.
Tại buổi trao quà, bà Lô Thị Hoa, Chủ tịch Hội LHPN xã Huồi Tụ thay mặt bà con cảm ơn Ban Dân vận Tỉnh ủy, ngành điện đã quan tâm, đồng thời cam kết vận động chị em không trồng cây cao, không đốt nương gần đường dây.
Phát biểu tại buổi lễ, đồng chí Lê Thị Kim Oanh ghi nhận tinh thần "Nhà nước và nhân dân cùng làm" của đồng bào các dân tộc Kỳ Sơn, đề nghị cấp ủy, chính quyền các xã tiếp tục làm tốt công tác tuyên truyền bảo vệ hành lang an toàn lưới điện; ngành điện quan tâm kéo điện đến 2 bản còn lại trong năm 2016.
Cùng ngày, đoàn đã thăm và tặng 30 suất quà cho học sinh bán trú Trường PTDTBT THCS Mường Lống, mỗi suất gồm áo ấm và 200.000 đồng.
Hồ Phương
Tin liên quan
- Tương Dương: Người dân đồng thuận giải phóng mặt bằng đường dây 110kV (18/01/2016)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2015 (08/01/2016)
- Quế Phong: Thêm 4 bản có điện lưới quốc gia (28/12/2015)
""", "2016-01-25", "Trao 250 suất quà Tết cho hộ nghèo hiến đất làm đường điện ở Kỳ Sơn",
E("trao_qua", None, "2016-01-23"),
[P("Lê Thị Kim Oanh", "Ủy viên BTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Đức", "Phó Giám đốc Công ty Điện lực Nghệ An"),
 P("Vi Văn Sơn", "Phó Bí thư Thường trực Huyện ủy Kỳ Sơn"),
 P("Vừ Chồng Pao", "Chủ tịch UBND xã Mường Lống"),
 P("Lầu Bá Chò", "Trưởng bản Mường Lống 1"),
 P("Lô Thị Hoa", "Chủ tịch Hội LHPN xã Huồi Tụ")],
[Q("250 suất quà", 250, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("125 triệu đồng", 125000000, "đồng"),
 Q("3 xã", 3, "xã"), Q("hơn 7.300 m2", 7300, "m2", "over"), Q("2.450 cây", 2450, "cây"), Q("1.800 ngày công", 1800, "ngày công"),
 Q("46 km", 46, "km"), Q("19 trạm biến áp", 19, "trạm biến áp"), Q("31 bản", 31, "bản"), Q("1.926 hộ", 1926, "hộ"),
 Q("11 bản", 11, "bản"), Q("9 bản", 9, "bản"), Q("81,8%", 81.8, "%"), Q("2 bản", 2, "bản"),
 Q("30 suất quà", 30, "suất quà"), Q("200.000 đồng", 200000, "đồng")],
[D("Kế hoạch", "112", "KH/BDVTU", "2016-01-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU ngày 05/01/2016"),
 D("Chương trình phối hợp", "04", "CTrPH/BDVTU-PCNA", None, None, "Chương trình phối hợp số 04-CTrPH/BDVTU-PCNA")],
[prov("Nghệ An"), com("Mường Lống"), com("Huồi Tụ"), com("Na Ngoi")],
["Báo Nghệ An điện tử", "Thời sự › Chính trị › Dân vận", "Đồng chí Lê Thị Kim Oanh trao quà cho bà con xã Mường Lống.",
 "(Baonghean)", "Nhà nước và nhân dân cùng làm", "Công ty Điện lực Nghệ An", "Trường PTDTBT THCS Mường Lống"],
["Thứ Hai, 25/01/2016", "Năm 2015", "năm 2016", "Mường Lống 1"]))
