from lib import *
PAGES = []

PAGES.append(page("b8261-namdinh-anttcs-tongket-2011", """
CÔNG AN TỈNH NAM ĐỊNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Phong trào toàn dân bảo vệ ANTQ » Tin cơ sở
Thứ Tư, 28/12/2011 - 16:20
Ảnh: Quang cảnh hội nghị tại hội trường UBND xã.
Xã Hải Phong tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2011
Chiều 27/12, UBND xã Hải Phong (huyện Hải Hậu, tỉnh Nam Định) tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Trần Văn Khiêm, Phó Trưởng Công an huyện Hải Hậu; đồng chí Vũ Đức Thuận, Bí thư Đảng ủy, Chủ tịch HĐND xã và 86 đại biểu là trưởng thôn, tổ trưởng tổ bảo vệ an ninh trật tự, tổ hòa giải của 14 xóm.
Theo báo cáo do đồng chí Phạm Ngọc Hưng, Trưởng Công an xã trình bày, năm 2011 Đảng ủy xã đã ban hành Nghị quyết số 07-NQ/ĐU ngày 12/01/2011 về tăng cường lãnh đạo công tác bảo đảm an ninh trật tự; UBND xã xây dựng kế hoạch số 15/KH-UBND triển khai Chỉ thị 09-CT/TW của Ban Bí thư về đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc. Toàn xã duy trì 14 tổ bảo vệ an ninh trật tự với 112 thành viên, tổ chức 2.300 lượt tuần tra ban đêm, nhất là ở các khu vực ven đê và bến cá.
Nhờ làm tốt công tác phòng ngừa, trong năm trên địa bàn chỉ xảy ra 5 vụ trộm cắp tài sản, giảm 7 vụ so với năm 2010; các lực lượng đã bắt giữ 3 đối tượng trộm cắp, thu hồi 2 xe máy và 18 con gà, vịt trả lại cho người dân. Công an xã phối hợp với Công an huyện đưa 4 người nghiện đi cai nghiện bắt buộc, lập hồ sơ quản lý 11 đối tượng sau cai. Toàn xã có 96% số hộ ký cam kết không vi phạm pháp luật, không để con em sa vào ma túy.
Nhân dân đã cung cấp cho Công an xã 47 tin báo có giá trị; đóng góp hơn 65 triệu đồng để mua đèn pin, dùi cui, áo mưa và sửa chữa 9 chốt trực của các tổ bảo vệ. Mô hình "Xóm không có tội phạm và tệ nạn xã hội" được nhân rộng ra 6 xóm.
Tổ bảo vệ xóm 8 tuần tra đêm khu vực bến cá Hải Phong. Ảnh: Đức Thịnh
Phát biểu tại hội nghị, đồng chí Trần Văn Khiêm biểu dương những cố gắng của lực lượng công an xã và các tổ bảo vệ; đề nghị năm 2012 xã tiếp tục thực hiện Pháp lệnh Công an xã và Nghị định 73/2009/NĐ-CP của Chính phủ quy định chi tiết thi hành Pháp lệnh; chú ý phòng ngừa trộm cắp vặt trong dịp Tết Nguyên đán.
Dịp này, UBND xã khen thưởng 3 tập thể và 12 cá nhân có thành tích xuất sắc, mỗi cá nhân được thưởng 300.000 đồng. Ông Đỗ Văn Lạng, Tổ trưởng tổ bảo vệ an ninh trật tự xóm 8, được Công an huyện tặng giấy khen vì đã cùng tổ viên bắt quả tang 2 đối tượng trộm cắp lưới đánh cá.
Đức Thịnh
Lượt xem: 1.204
Tin liên quan
- Hải Hậu: ra quân cao điểm tấn công trấn áp tội phạm dịp Tết (20/12/2011)
- Xã Hải Đông tổng kết công tác hòa giải ở cơ sở (16/12/2011)
- Công an huyện Giao Thủy bắt 2 đối tượng trộm cắp gia cầm (09/12/2011)
- Ngày hội toàn dân bảo vệ an ninh Tổ quốc ở xóm Trung Đồng (19/08/2011)
""", "2011-12-28", "Xã Hải Phong tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Văn Khiêm", "Phó Trưởng Công an huyện Hải Hậu"),
 P("Vũ Đức Thuận", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Phạm Ngọc Hưng", "Trưởng Công an xã"),
 P("Đỗ Văn Lạng", "Tổ trưởng tổ bảo vệ an ninh trật tự xóm 8")],
[Q("86 đại biểu", 86, "đại biểu"), Q("14 xóm", 14, "xóm"), Q("14 tổ bảo vệ an ninh trật tự", 14, "tổ bảo vệ an ninh trật tự"),
 Q("112 thành viên", 112, "thành viên"), Q("2.300 lượt tuần tra ban đêm", 2300, "lượt tuần tra ban đêm"),
 Q("5 vụ trộm cắp tài sản", 5, "vụ trộm cắp tài sản"), Q("7 vụ", 7, "vụ"), Q("3 đối tượng trộm cắp", 3, "đối tượng"),
 Q("2 xe máy", 2, "xe máy"), Q("18 con gà, vịt", 18, "con gà, vịt"), Q("4 người nghiện", 4, "người nghiện"),
 Q("11 đối tượng sau cai", 11, "đối tượng sau cai"), Q("96%", 96, "%"), Q("47 tin báo có giá trị", 47, "tin báo"),
 Q("hơn 65 triệu đồng", 65000000, "đồng", "over"), Q("9 chốt trực", 9, "chốt trực"), Q("6 xóm", 6, "xóm"),
 Q("3 tập thể", 3, "tập thể"), Q("12 cá nhân có thành tích xuất sắc", 12, "cá nhân"), Q("300.000 đồng", 300000, "đồng"),
 Q("2 đối tượng trộm cắp", 2, "đối tượng")],
[D("Nghị quyết", "07", "NQ/ĐU", "2011-01-12", "Đảng ủy xã", "Nghị quyết số 07-NQ/ĐU ngày 12/01/2011"),
 D("Kế hoạch", "15", "KH-UBND", None, "UBND xã", "kế hoạch số 15/KH-UBND"),
 D("Chỉ thị", "09", "CT/TW", None, "Ban Bí thư", "Chỉ thị 09-CT/TW của Ban Bí thư"),
 D("Nghị định", "73", "2009/NĐ-CP", None, "Chính phủ", "Nghị định 73/2009/NĐ-CP của Chính phủ")],
[prov("Nam Định"), com("Hải Phong")],
["CÔNG AN TỈNH NAM ĐỊNH - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Phong trào toàn dân bảo vệ ANTQ » Tin cơ sở",
 "Ảnh: Quang cảnh hội nghị tại hội trường UBND xã.", "Tổ bảo vệ xóm 8 tuần tra đêm khu vực bến cá Hải Phong.",
 "Xóm không có tội phạm và tệ nạn xã hội", "Pháp lệnh Công an xã", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 16:20", "năm 2011", "năm 2012", "năm 2010", "Lượt xem: 1.204", "xóm 8"]))

PAGES.append(page("b8262-laocai-tobv-taphuan-2012", """
Báo Lào Cai điện tử
Bạn đang ở: Trang chủ > Pháp luật > An ninh cơ sở
Cập nhật: 08:30, 17/05/2012 (GMT+7)
Bồi dưỡng nghiệp vụ cho 160 tổ viên bảo vệ an ninh thôn bản vùng cao
(BLC) - Trong 2 ngày 15 và 16/5, Công an huyện Bắc Hà phối hợp với Ban Chỉ huy Quân sự huyện tổ chức lớp tập huấn nghiệp vụ năm 2012 cho lực lượng tổ bảo vệ an ninh, trật tự thôn bản, công an viên và trưởng thôn của 8 xã vùng cao.
Tham gia lớp tập huấn có 160 học viên, trong đó trên 70% là người dân tộc Mông, Dao, Tày. Các học viên được truyền đạt những nội dung cơ bản của Pháp lệnh Công an xã, Quyết định số 121/2008/QĐ-TTg của Thủ tướng Chính phủ về mô hình Ban bảo vệ dân phố, kỹ năng nắm tình hình, phát hiện đối tượng buôn bán, vận chuyển ma túy qua đường mòn biên giới, cách lập biên bản vụ việc và bảo vệ hiện trường khi xảy ra trộm cắp trâu, bò.
Học viên thực hành kỹ năng khống chế đối tượng. Ảnh: Giàng Thị Mai
Thượng tá Lù Văn Đức, Phó Trưởng Công an huyện, cho biết từ đầu năm đến nay trên địa bàn huyện đã xảy ra 9 vụ trộm cắp trâu, bò với 14 con gia súc bị mất, giá trị thiệt hại khoảng 250 triệu đồng; lực lượng chức năng đã triệt phá 4 ổ nhóm tiêm chích, bắt 6 vụ với 7 đối tượng mua bán trái phép chất ma túy, thu giữ 112 gam heroin. Nhiều vụ việc được phát hiện nhờ tin báo của các tổ bảo vệ an ninh thôn bản.
Chia sẻ tại lớp học, ông Sùng Seo Páo, tổ trưởng tổ bảo vệ an ninh thôn Sín Chải, xã Tả Van Chư, kể: "Có đêm anh em trong tổ phải nằm rừng đến gần sáng để chặn bắt kẻ trộm trâu. Tổ có 9 người, ai cũng xin làm vì trâu là tài sản lớn nhất của bà con". Còn anh Giàng A Chứ, công an viên thôn Lùng Phình, đề nghị được cấp thêm đèn pin và áo mưa để tuần tra vào mùa mưa.
Theo đồng chí Hoàng Văn Thượng, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Bắc Hà, thực hiện Kế hoạch số 27-KH/HU ngày 02/3/2012 của Ban Thường vụ Huyện ủy, năm nay huyện phấn đấu 100% thôn bản có tổ bảo vệ an ninh hoạt động thường xuyên, mỗi tổ được hỗ trợ 1,2 triệu đồng/năm kinh phí hoạt động.
Kết thúc lớp tập huấn, 160 học viên đều đạt yêu cầu, trong đó 38 học viên đạt loại khá, giỏi.
Được biết, đây là lớp thứ hai Công an tỉnh Lào Cai phối hợp mở cho các huyện biên giới trong năm nay. Sau tập huấn, mỗi tổ bảo vệ an ninh thôn bản sẽ xây dựng lịch tuần tra riêng cho mùa thu hoạch, báo cáo kết quả với công an xã vào ngày 25 hằng tháng; những tổ làm tốt sẽ được đề nghị khen thưởng vào dịp tổng kết cuối năm.
Giàng Thị Mai
Tin khác
- Si Ma Cai: bắt đối tượng vận chuyển 2 bánh heroin (10/05/2012)
- Mường Khương ra mắt 12 tổ tự quản về an ninh trật tự (28/04/2012)
- Bát Xát: đối thoại với nhân dân về phòng, chống ma túy (20/04/2012)
- Sa Pa đẩy mạnh tuyên truyền phòng chống mua bán người (06/04/2012)
""", "2012-05-17", "Bồi dưỡng nghiệp vụ cho 160 tổ viên bảo vệ an ninh thôn bản vùng cao",
E("tap_huan", "2012", "2012-05-15"),
[P("Lù Văn Đức", "Thượng tá", "Phó Trưởng Công an huyện"),
 P("Sùng Seo Páo", "tổ trưởng tổ bảo vệ an ninh thôn Sín Chải"),
 P("Giàng A Chứ", "công an viên thôn Lùng Phình"),
 P("Hoàng Văn Thượng", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy Bắc Hà")],
[Q("160 tổ viên bảo vệ an ninh thôn bản", 160, "tổ viên bảo vệ an ninh thôn bản"), Q("8 xã vùng cao", 8, "xã vùng cao"),
 Q("trên 70%", 70, "%", "over"), Q("9 vụ trộm cắp trâu, bò", 9, "vụ trộm cắp trâu, bò"), Q("14 con gia súc", 14, "con gia súc"),
 Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx"), Q("4 ổ nhóm tiêm chích", 4, "ổ nhóm tiêm chích"),
 Q("6 vụ", 6, "vụ"), Q("7 đối tượng mua bán trái phép chất ma túy", 7, "đối tượng"), Q("112 gam heroin", 112, "gam"),
 Q("9 người", 9, "người"), Q("100% thôn bản", 100, "%"), Q("1,2 triệu đồng/năm", 1200000, "đồng"),
 Q("38 học viên", 38, "học viên")],
[D("Quyết định", "121", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 121/2008/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "27", "KH/HU", "2012-03-02", "Ban Thường vụ Huyện ủy", "Kế hoạch số 27-KH/HU ngày 02/3/2012")],
[prov("Lào Cai"), com("Tả Van Chư")],
["Báo Lào Cai điện tử", "Bạn đang ở: Trang chủ > Pháp luật > An ninh cơ sở", "(BLC)",
 "Học viên thực hành kỹ năng khống chế đối tượng.", "Pháp lệnh Công an xã", "Ban bảo vệ dân phố"],
["Cập nhật: 08:30, 17/05/2012 (GMT+7)", "2 ngày", "năm 2012", "lớp thứ hai", "ngày 25 hằng tháng"]))

PAGES.append(page("b8263-tiengiang-doithoai-2013", """
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TIỀN GIANG - THTG
Thời sự | Pháp luật | Đời sống
08:15 | 10/04/2013
Người dân xã Tân Hương kiến nghị nhiều giải pháp chống trộm
THTG - Sáng 9/4/2013, Đảng ủy, UBND xã Tân Hương (huyện Châu Thành) tổ chức buổi đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2013, chủ đề "Phòng chống trộm cắp tài sản và tệ nạn ma túy trong khu dân cư".
Toàn cảnh buổi đối thoại. Ảnh: Kim Ngân
Tham dự có hơn 150 người dân của 8 ấp. Chủ trì đối thoại là các đồng chí Huỳnh Văn Tài, Bí thư Đảng ủy xã; Lê Thị Mỹ Dung, Phó Bí thư Thường trực Đảng ủy, Chủ tịch UBND xã và Nguyễn Thành Lộc, Trưởng Công an xã.
Mở đầu, đồng chí Nguyễn Thành Lộc thông tin: quý I/2013 trên địa bàn xã xảy ra 6 vụ trộm cắp, chủ yếu là trộm xe đạp, điện thoại và máy bơm nước, tổng thiệt hại khoảng 42 triệu đồng; đã làm rõ 4 vụ. Xã hiện quản lý 9 người nghiện ma túy và nghi nghiện, trong đó 3 người đang cai nghiện tại gia đình và cộng đồng.
Tại buổi đối thoại, 17 ý kiến của người dân tập trung vào việc đèn đường ở các tuyến liên ấp còn thiếu, tổ nhân dân tự quản hoạt động chưa đều, một số quán cà phê võng mở cửa đến khuya, thanh thiếu niên tụ tập. Ông Trần Văn Bảy, ấp Tân Phong, phản ánh: "Năm rồi nhà tôi bị mất 2 con bò giá gần 30 triệu đồng, báo rồi mà chưa thấy kết quả". Bà Võ Thị Lành, Tổ trưởng tổ nhân dân tự quản số 5 ấp Tân Hòa, đề nghị xã hỗ trợ loa cầm tay cho các tổ.
Trả lời các ý kiến, đồng chí Lê Thị Mỹ Dung cho biết xã sẽ vận động xã hội hóa lắp thêm 120 bóng đèn chiếu sáng dọc đường liên ấp, kinh phí dự kiến trên 90 triệu đồng, trong đó nhân dân đóng góp 60%; đồng thời kiểm tra, xử lý các quán kinh doanh vi phạm giờ giấc. Đồng chí Huỳnh Văn Tài yêu cầu Công an xã tiếp tục thực hiện Kế hoạch 12/KH-UBND của UBND xã về cao điểm trấn áp tội phạm, củng cố 64 tổ nhân dân tự quản, phân công đảng viên phụ trách từng tổ.
Buổi đối thoại được tổ chức theo Quyết định 14/2012/QĐ-UBND của UBND tỉnh Tiền Giang ban hành quy chế đối thoại trực tiếp. Sau buổi đối thoại, 12 hộ kinh doanh đã ký cam kết không để xảy ra tệ nạn xã hội tại cơ sở.
Nhiều người dân ra về phấn khởi vì các kiến nghị được trả lời thẳng thắn, có hẹn thời gian thực hiện cụ thể. Theo kế hoạch, Đảng ủy xã sẽ tổ chức kiểm tra việc thực hiện các nội dung đã trả lời tại buổi đối thoại và thông báo kết quả trên hệ thống loa truyền thanh của xã vào cuối quý II. Xã Tân Hương là một trong những địa phương đầu tiên của huyện Châu Thành đưa chủ đề an ninh trật tự vào đối thoại định kỳ.
Thanh Hùng - Kim Ngân
Tin cùng chuyên mục
- Cái Bè: bắt nhóm đối tượng trộm cắp máy bơm nước (05/04/2013)
- Gò Công Đông nhân rộng mô hình "Ấp không ma túy" (28/03/2013)
- Đối thoại về bồi thường giải phóng mặt bằng ở Tân Phước (21/03/2013)
""", "2013-04-10", "Người dân xã Tân Hương kiến nghị nhiều giải pháp chống trộm",
E("doi_thoai", "2013", "2013-04-09"),
[P("Huỳnh Văn Tài", "Bí thư Đảng ủy xã"),
 P("Lê Thị Mỹ Dung", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Thành Lộc", "Trưởng Công an xã"),
 P("Trần Văn Bảy"),
 P("Võ Thị Lành", "Tổ trưởng tổ nhân dân tự quản số 5 ấp Tân Hòa")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("8 ấp", 8, "ấp"), Q("6 vụ trộm cắp", 6, "vụ trộm cắp"),
 Q("khoảng 42 triệu đồng", 42000000, "đồng", "approx"), Q("4 vụ", 4, "vụ"), Q("9 người nghiện ma túy và nghi nghiện", 9, "người nghiện ma túy và nghi nghiện"),
 Q("3 người", 3, "người"), Q("17 ý kiến", 17, "ý kiến"), Q("2 con bò", 2, "con bò"), Q("gần 30 triệu đồng", 30000000, "đồng", "approx"),
 Q("120 bóng đèn chiếu sáng", 120, "bóng đèn chiếu sáng"), Q("trên 90 triệu đồng", 90000000, "đồng", "over"), Q("60%", 60, "%"),
 Q("64 tổ nhân dân tự quản", 64, "tổ nhân dân tự quản"), Q("12 hộ kinh doanh", 12, "hộ kinh doanh")],
[D("Kế hoạch", "12", "KH-UBND", None, "UBND xã", "Kế hoạch 12/KH-UBND của UBND xã"),
 D("Quyết định", "14", "2012/QĐ-UBND", None, "UBND tỉnh Tiền Giang", "Quyết định 14/2012/QĐ-UBND của UBND tỉnh Tiền Giang")],
[prov("Tiền Giang"), com("Tân Hương")],
["ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TIỀN GIANG - THTG", "Thời sự | Pháp luật | Đời sống", "Toàn cảnh buổi đối thoại.",
 "Phòng chống trộm cắp tài sản và tệ nạn ma túy trong khu dân cư"],
["08:15 | 10/04/2013", "quý I/2013", "Năm rồi", "năm 2013"]))

PAGES.append(page("b8264-daklak-tobv-chandung-2013", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Xã hội › Gương sáng
29-10-2013 09:40
Tổ trưởng bảo vệ buôn và những đêm rình bắt trộm cà phê
Mùa cà phê chín cũng là lúc kẻ gian rình rập. Ở buôn Kô Tam, xã Ea Tu (TP. Buôn Ma Thuột), có một người đàn ông gần 60 tuổi đã nhiều năm không ngủ trọn giấc vào mùa thu hoạch: ông Y Blin Niê, tổ trưởng tổ bảo vệ an ninh trật tự buôn Kô Tam.
Ông Y Blin Niê (bìa trái) cùng tổ viên kiểm tra rẫy cà phê lúc nửa đêm.
Tổ của ông có 11 người, đều là thanh niên trong buôn, chia thành 3 nhóm thay nhau tuần tra trên diện tích gần 400 ha cà phê của buôn. Mỗi đêm, nhóm trực đi bộ hơn 6 km đường rẫy, mang theo đèn pin, gậy và chiếc kẻng để báo động. Từ năm 2010 đến nay, tổ đã phát hiện, cùng công an xã bắt giữ 23 vụ trộm cà phê, thu hồi trên 4 tấn cà phê quả tươi trả lại cho bà con.
"Trộm bây giờ đi xe máy, có khi cả nhóm 4, 5 người, hái vội rồi chở đi bán ngay trong đêm. Mình phải nắm được chỗ nào có người lạ thu mua", ông Y Blin kể. Nhờ có tổ bảo vệ, năm 2013 buôn Kô Tam chỉ xảy ra 2 vụ mất cắp nhỏ, trong khi trước đây mỗi mùa có đến hàng chục vụ.
Bà H'Loan Byă, Phó Chủ tịch UBND xã Ea Tu, cho biết toàn xã có 9 tổ bảo vệ buôn với 87 thành viên; mỗi tổ được xã hỗ trợ 500.000 đồng/tháng trong 4 tháng mùa vụ, còn lại do các hộ trồng cà phê tự nguyện đóng góp 20.000 đồng/ha. Theo Trung tá Nguyễn Hữu Phúc, Phó Trưởng Công an TP. Buôn Ma Thuột, năm 2012 ông Y Blin đã được Giám đốc Công an tỉnh tặng giấy khen và là 1 trong 15 tổ trưởng tiêu biểu của thành phố.
Không chỉ chống trộm, tổ của ông còn vận động các gia đình có con em nghiện ma túy đưa đi cai. Hai thanh niên trong buôn từng nghiện nay đã trở về làm rẫy, trong đó anh Y Khuê Ayun còn trở thành tổ viên tích cực nhất. Già làng Ama Thiên nói: "Y Blin nói thì cả buôn nghe, vì ông ấy làm trước".
Câu chuyện của ông được nhiều buôn khác ở Đắk Lắk học theo: thay vì chỉ trông chờ công an, người dân tự chia ca canh rẫy, ai có việc thì nhờ người khác trực thay, không để trống đêm nào. Mỗi khi bắt được kẻ trộm, tổ đều giao cho công an xã lập biên bản chứ không tự xử, để giữ đúng pháp luật.
Ngày mùa năm nay, tổ đã kiến nghị xã lắp thêm 2 bóng đèn cao áp ở lối vào buôn và được chấp thuận. Với ông Y Blin Niê, phần thưởng lớn nhất là "bà con yên tâm ngủ, sáng ra cà phê vẫn còn trên cây".
Hoàng Gia
Tin liên quan
- Cư M'gar: bắt 3 đối tượng trộm cắp cà phê (20/10/2013)
- Krông Pắc thành lập 45 tổ tự quản mùa khô (12/10/2013)
- Ea Tu: ra mắt mô hình "Buôn an toàn về an ninh trật tự" (30/09/2013)
- Công an tỉnh tổng kết 5 năm thực hiện phong trào toàn dân bảo vệ ANTQ (18/09/2013)
""", "2013-10-29", "Tổ trưởng bảo vệ buôn và những đêm rình bắt trộm cà phê",
E("khac", None, None),
[P("Y Blin Niê", "tổ trưởng tổ bảo vệ an ninh trật tự buôn Kô Tam"),
 P("H'Loan Byă", "Phó Chủ tịch UBND xã Ea Tu"),
 P("Nguyễn Hữu Phúc", "Trung tá", "Phó Trưởng Công an TP. Buôn Ma Thuột"),
 P("Y Khuê Ayun"),
 P("Ama Thiên", "Già làng")],
[Q("11 người", 11, "người"), Q("3 nhóm", 3, "nhóm"), Q("gần 400 ha", 400, "ha", "approx"), Q("hơn 6 km", 6, "km", "over"),
 Q("23 vụ trộm cà phê", 23, "vụ trộm cà phê"), Q("trên 4 tấn", 4, "tấn", "over"), Q("2 vụ mất cắp nhỏ", 2, "vụ mất cắp nhỏ"),
 Q("9 tổ bảo vệ buôn", 9, "tổ bảo vệ buôn"), Q("87 thành viên", 87, "thành viên"), Q("500.000 đồng/tháng", 500000, "đồng"),
 Q("20.000 đồng/ha", 20000, "đồng"), Q("15 tổ trưởng tiêu biểu", 15, "tổ trưởng tiêu biểu"), Q("Hai thanh niên", 2, "thanh niên"),
 Q("2 bóng đèn cao áp", 2, "bóng đèn cao áp")],
[],
[prov("Đắk Lắk"), com("Ea Tu")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Xã hội › Gương sáng", "Ông Y Blin Niê (bìa trái) cùng tổ viên kiểm tra rẫy cà phê lúc nửa đêm.",
 "Buôn an toàn về an ninh trật tự"],
["29-10-2013 09:40", "gần 60 tuổi", "4 tháng", "1 trong 15", "năm 2010", "năm 2012", "4, 5 người"]))

PAGES.append(page("b8265-bacgiang-matuy-soket-2014", """
BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM TỈNH BẮC GIANG
Trang chủ / Tin tức - Sự kiện / Phòng, chống ma túy
Ngày đăng 08/07/2014 | 14:20
Lục Ngạn: Sơ kết công tác phòng, chống tội phạm và ma túy 6 tháng đầu năm
Ngày 7/7, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội huyện Lục Ngạn (tỉnh Bắc Giang) tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nông Văn Hải, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Đồng chí Nông Văn Hải phát biểu chỉ đạo hội nghị.
Báo cáo của Công an huyện cho thấy, 6 tháng qua các lực lượng đã phát hiện, bắt giữ 38 vụ, 52 đối tượng phạm tội về ma túy, tăng 9 vụ so với cùng kỳ; thu giữ 286,5 gam heroin, 1.450 viên ma túy tổng hợp và 3 khẩu súng tự chế. Tội phạm trộm cắp tài sản giảm rõ rệt với 21 vụ, giảm 11,8%; đã điều tra làm rõ 17 vụ, đạt 80,9%. Đáng chú ý, trộm cắp vải thiều trong vườn và tại chợ đầu mối được kiềm chế nhờ 126 tổ tự quản trên tuyến đường vải hoạt động ngày đêm.
Hiện toàn huyện có khoảng 1.100 người nghiện có hồ sơ quản lý, tập trung ở các xã Tân Mộc, Hồng Giang, Kiên Lao. Thực hiện Nghị quyết 07-NQ/HU, 08-NQ/HU của Ban Thường vụ Huyện ủy về phòng, chống ma túy và xây dựng xã lành mạnh không có tệ nạn, huyện đã đưa 74 người đi cai nghiện tại Trung tâm Giáo dục - Lao động xã hội tỉnh, tổ chức điều trị methadone cho 215 người.
Tham luận tại hội nghị, đồng chí Hoàng Văn Sìn, Trưởng Công an xã Kiên Lao, cho biết xã đã xây dựng 11 "thôn không có ma túy" với sự tham gia của các tổ an ninh nhân dân; đồng chí Lâm Thị Vân, Chủ tịch Hội Liên hiệp Phụ nữ xã Tân Mộc, giới thiệu mô hình "Mẹ giúp con tránh xa ma túy" với 36 hội viên tham gia.
Phát biểu kết luận, đồng chí Nông Văn Hải yêu cầu các ngành, các xã thực hiện nghiêm Chỉ thị 21-CT/TW của Ban Bí thư và Kế hoạch số 48/KH-UBND ngày 14/3/2014 của UBND tỉnh; mỗi xã chọn ít nhất 2 thôn làm điểm; kiên quyết xóa các điểm, tụ điểm phức tạp về ma túy trước mùa thu hoạch vải. Đồng chí giao Công an huyện chủ trì phối hợp Huyện đoàn tổ chức các đợt tuyên truyền lưu động trong tháng 8.
Hội nghị đã trao giấy khen cho 8 tập thể, 15 cá nhân có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc.
Nhiều đại biểu cho rằng tình trạng người nghiện tái nghiện sau cai còn cao, việc quản lý người nghiện tại cộng đồng ở một số xã còn lỏng lẻo, chưa có việc làm ổn định cho người sau cai. Một số tổ an ninh nhân dân hoạt động cầm chừng do thiếu kinh phí, chủ yếu dựa vào tinh thần tự nguyện của tổ viên.
Mạnh Cường
Các tin đã đưa
- Tân Yên: ra mắt câu lạc bộ "Gia đình không có người nghiện" (30/06/2014)
- Công an tỉnh triệt phá đường dây ma túy từ Lạng Sơn về (20/06/2014)
- Lục Nam nâng cao hiệu quả hoạt động tổ an ninh nhân dân (11/06/2014)
""", "2014-07-08", "Lục Ngạn: Sơ kết công tác phòng, chống tội phạm và ma túy 6 tháng đầu năm",
E("so_ket", "2014-H1", "2014-07-07"),
[P("Nông Văn Hải", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo"),
 P("Hoàng Văn Sìn", "Trưởng Công an xã Kiên Lao"),
 P("Lâm Thị Vân", "Chủ tịch Hội Liên hiệp Phụ nữ xã Tân Mộc")],
[Q("38 vụ", 38, "vụ"), Q("52 đối tượng phạm tội về ma túy", 52, "đối tượng"), Q("9 vụ", 9, "vụ"),
 Q("286,5 gam heroin", 286.5, "gam"), Q("1.450 viên ma túy tổng hợp", 1450, "viên ma túy tổng hợp"), Q("3 khẩu súng tự chế", 3, "khẩu súng tự chế"),
 Q("21 vụ", 21, "vụ"), Q("11,8%", 11.8, "%"), Q("17 vụ", 17, "vụ"), Q("80,9%", 80.9, "%"),
 Q("126 tổ tự quản", 126, "tổ tự quản"), Q("khoảng 1.100 người nghiện có hồ sơ quản lý", 1100, "người nghiện", "approx"),
 Q("74 người", 74, "người"), Q("215 người", 215, "người"), Q("11 \"thôn không có ma túy\"", 11, "thôn không có ma túy"),
 Q("36 hội viên", 36, "hội viên"), Q("ít nhất 2 thôn", 2, "thôn", "over"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Nghị quyết", "07", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết 07-NQ/HU, 08-NQ/HU"),
 D("Nghị quyết", "08", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết 07-NQ/HU, 08-NQ/HU"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "48", "KH-UBND", "2014-03-14", "UBND tỉnh", "Kế hoạch số 48/KH-UBND ngày 14/3/2014")],
[prov("Bắc Giang"), com("Tân Mộc"), com("Hồng Giang"), com("Kiên Lao")],
["BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM TỈNH BẮC GIANG", "Trang chủ / Tin tức - Sự kiện / Phòng, chống ma túy",
 "Đồng chí Nông Văn Hải phát biểu chỉ đạo hội nghị.", "Mẹ giúp con tránh xa ma túy", "Trung tâm Giáo dục - Lao động xã hội tỉnh"],
["Ngày đăng 08/07/2014 | 14:20", "6 tháng đầu năm 2014", "6 tháng cuối năm", "tháng 8"]))

PAGES.append(page("b8266-hanoi-caxa-giaoban-2014", """
CỔNG GIAO TIẾP ĐIỆN TỬ HUYỆN SÓC SƠN - THÀNH PHỐ HÀ NỘI
Hôm nay: Thứ Hai, 06/10/2014
Vị trí: Tin tức - Sự kiện >> An ninh - Quốc phòng
03/10/2014 - 17:10
Giao ban công an xã, thị trấn quý III: tập trung phòng chống trộm cắp xe máy
Chiều 2/10, Công an huyện Sóc Sơn (thành phố Hà Nội) tổ chức giao ban công tác công an xã, thị trấn quý III năm 2014. Đồng chí Thượng tá Đặng Quốc Việt, Phó Trưởng Công an huyện chủ trì; dự có trưởng công an của 26 xã, thị trấn.
Theo báo cáo, trong quý III, trên địa bàn huyện xảy ra 47 vụ phạm pháp hình sự, trong đó trộm cắp tài sản 29 vụ, chiếm 61,7%, chủ yếu là trộm xe máy tại các khu công nghiệp Nội Bài, Minh Phú và các nhà trọ công nhân. Công an các xã đã chủ động phát hiện, bắt 14 đối tượng, thu hồi 9 xe máy; bắt quả tang 6 vụ tàng trữ trái phép chất ma túy. Các tổ bảo vệ dân phố, tổ tự quản đã tuần tra 1.860 ca, cung cấp 73 nguồn tin.
Một số xã như Mai Đình, Phù Lỗ, Tiên Dược làm tốt công tác quản lý cư trú, tạm trú với trên 12.000 lao động ngoại tỉnh thuê trọ; 100% chủ nhà trọ ký cam kết. Tuy vậy, vẫn còn 4 xã để xảy ra trộm cắp kéo dài, chậm phát hiện.
Tại giao ban, Trung tá Ngô Văn Tám, Trưởng Công an xã Mai Đình; Trung úy Lê Thị Hằng, Phó Trưởng Công an thị trấn Sóc Sơn và ông Nguyễn Văn Sinh, Trưởng Ban bảo vệ dân phố thị trấn đã chia sẻ kinh nghiệm lập "nhóm Zalo an ninh" với các chủ nhà trọ, lắp 35 camera tại ngõ xóm.
Kết luận giao ban, Thượng tá Đặng Quốc Việt yêu cầu quý IV tiếp tục thực hiện Kế hoạch 125/KH-CAH, 126/KH-CAH của Công an huyện về cao điểm tấn công trấn áp tội phạm cuối năm và phòng chống ma túy học đường; Thông tư số 12/2010/TT-BCA của Bộ Công an về công an xã; tập trung kiểm tra 100% cơ sở kinh doanh karaoke, nhà nghỉ.
Các ý kiến cũng chỉ ra một số hạn chế: lực lượng bảo vệ dân phố ở nhiều tổ dân phố đã lớn tuổi, chế độ phụ cấp thấp nên khó thu hút người trẻ; việc trao đổi thông tin giữa công an xã và ban quản lý các khu công nghiệp chưa thường xuyên; một số chủ nhà trọ còn ngại khai báo tạm trú cho người thuê. Nhiều đối tượng trộm cắp là người ngoài địa bàn, gây án xong nhanh chóng tẩu thoát về các tỉnh lân cận.
Dự kiến trong tháng 10, Công an huyện sẽ tổ chức tập huấn cho khoảng 300 thành viên các tổ bảo vệ dân phố, tổ tự quản.
P.V
Xem thêm
- Sóc Sơn: 96 thôn đăng ký đạt danh hiệu "An toàn về ANTT" (25/09/2014)
- Bắt 2 đối tượng trộm cắp xe máy tại KCN Nội Bài (12/09/2014)
- Hội nghị tổng kết 10 năm thực hiện Pháp lệnh Bảo vệ dân phố (28/08/2014)
- Xã Minh Trí ra mắt tổ tự quản về an ninh trật tự (15/08/2014)
""", "2014-10-03", "Giao ban công an xã, thị trấn quý III: tập trung phòng chống trộm cắp xe máy",
E("giao_ban", "2014-Q3", "2014-10-02"),
[P("Đặng Quốc Việt", "Thượng tá", "Phó Trưởng Công an huyện"),
 P("Ngô Văn Tám", "Trung tá", "Trưởng Công an xã Mai Đình"),
 P("Lê Thị Hằng", "Trung úy", "Phó Trưởng Công an thị trấn Sóc Sơn"),
 P("Nguyễn Văn Sinh", "Trưởng Ban bảo vệ dân phố thị trấn")],
[Q("26 xã, thị trấn", 26, "xã, thị trấn"), Q("47 vụ phạm pháp hình sự", 47, "vụ phạm pháp hình sự"), Q("29 vụ", 29, "vụ"),
 Q("61,7%", 61.7, "%"), Q("14 đối tượng", 14, "đối tượng"), Q("9 xe máy", 9, "xe máy"),
 Q("6 vụ tàng trữ trái phép chất ma túy", 6, "vụ tàng trữ trái phép chất ma túy"), Q("1.860 ca", 1860, "ca"),
 Q("73 nguồn tin", 73, "nguồn tin"), Q("trên 12.000 lao động ngoại tỉnh", 12000, "lao động ngoại tỉnh", "over"),
 Q("100% chủ nhà trọ", 100, "%"), Q("4 xã", 4, "xã"), Q("35 camera", 35, "camera"), Q("100% cơ sở", 100, "%"),
 Q("khoảng 300 thành viên", 300, "thành viên", "approx")],
[D("Kế hoạch", "125", "KH-CAH", None, "Công an huyện", "Kế hoạch 125/KH-CAH, 126/KH-CAH của Công an huyện"),
 D("Kế hoạch", "126", "KH-CAH", None, "Công an huyện", "Kế hoạch 125/KH-CAH, 126/KH-CAH của Công an huyện"),
 D("Thông tư", "12", "2010/TT-BCA", None, "Bộ Công an", "Thông tư số 12/2010/TT-BCA của Bộ Công an")],
[prov("Hà Nội"), com("Mai Đình"), com("Phù Lỗ"), com("Tiên Dược"), com("Sóc Sơn")],
["CỔNG GIAO TIẾP ĐIỆN TỬ HUYỆN SÓC SƠN - THÀNH PHỐ HÀ NỘI", "Vị trí: Tin tức - Sự kiện >> An ninh - Quốc phòng", "nhóm Zalo an ninh"],
["Hôm nay: Thứ Hai, 06/10/2014", "03/10/2014 - 17:10", "quý III năm 2014", "quý IV", "tháng 10"]))
