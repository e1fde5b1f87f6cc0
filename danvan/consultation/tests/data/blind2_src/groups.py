# -*- coding: utf-8 -*-
"""Hand-written groups for the blind2 set (written blind, 2026-12-04).

Two draft documents:
  BC.* = draft political report of a COMMUNE Party congress (after the 2025 reform:
         two-level local government, province + commune, no districts).
  ND.* = draft Decree detailing the Law on Implementing Grassroots Democracy
         (Nghị định quy định chi tiết Luật Thực hiện dân chủ ở cơ sở).

Each entry: (piece, group_no, stance, gloss, [texts]).
group id in the JSON = CODE[piece] + "." + group_no.
A text starting with "~" was written without diacritics on purpose (the build
strips the marker and any diacritics left).
"""

CODE = {
    "BC.Phần I": "bc1",
    "BC.Phần II.Mục 1": "bc2m1",
    "BC.Phần II.Mục 3": "bc2m3",
    "BC.Phần III": "bc3",
    "BC.Phần IV": "bc4",
    "ND.Điều 5": "nd5",
    "ND.Điều 12 khoản 2": "nd12k2",
    "ND.Điều 18": "nd18",
    "ND.Điều 24": "nd24",
}

PIECE_TITLES = {
    "BC.Phần I": "Đánh giá kết quả nhiệm kỳ, vận hành chính quyền địa phương hai cấp",
    "BC.Phần II.Mục 1": "Phát triển kinh tế: hạ tầng, nông nghiệp, dịch vụ, thu nhập",
    "BC.Phần II.Mục 3": "Văn hoá – xã hội",
    "BC.Phần III": "Xây dựng Đảng và hệ thống chính trị",
    "BC.Phần IV": "Quốc phòng, an ninh, trật tự",
    "ND.Điều 5": "Nội dung và hình thức công khai thông tin ở xã",
    "ND.Điều 12 khoản 2": "Hội nghị thôn, tổ dân phố bàn và quyết định; điều kiện hợp lệ (trên 50% số hộ)",
    "ND.Điều 18": "Ban Thanh tra nhân dân",
    "ND.Điều 24": "Lấy ý kiến nhân dân qua môi trường điện tử",
}

G = [
# ------------------------------------------------------------------ BC.Phần I
("BC.Phần I", 0, "agree", "short agreement", [
    "Nhất trí.", "Đồng ý", "ok", "Tán thành với đánh giá trong báo cáo.", "Em đồng ý ạ",
    "Nhất trí cao với phần đánh giá kết quả.", "~dong y", "Báo cáo đánh giá khá đầy đủ, tôi nhất trí.",
    "Đồng ý với dự thảo.", "Thống nhất.", "NHẤT TRÍ", "Nhất chí ạ",
]),
("BC.Phần I", 1, "disagree", "short disagreement", [
    "Không đồng ý.", "ko đồng ý", "Tôi không nhất trí phần này.", "~k dong y",
]),
("BC.Phần I", 2, "disagree", "the assessment is too rosy, hides shortcomings (paraphrase-only group)", [
    "Báo cáo toàn thành tích.",
    "Đọc thấy màu hồng quá.",
    "Chỉ khen, chẳng chê câu nào.",
    "Khuyết điểm, yếu kém chưa được nêu thẳng thắn.",
    "Mấy cái hạn chế viết sơ sài, mỗi cái một dòng.",
    "Tôi thấy phần tồn tại còn né tránh.",
    "Thực tế ở thôn không tốt đẹp như vậy đâu.",
    "~bao cao to ve qua",
    "Đề nghị nhìn thẳng vào sự thật, đừng tô vẽ.",
    "Ưu điểm thì dài mấy trang, nhược điểm vài dòng, chưa khách quan.",
]),
("BC.Phần I", 3, "other", "new commune centre is too far: keep intake points at old commune offices / mobile one-stop desk", [
    "Đề nghị bố trí điểm tiếp nhận hồ sơ tại trụ sở các xã cũ sau sáp nhập.",
    "Nhà tôi cách trụ sở xã mới gần 20 cây số, đi làm giấy tờ mất cả ngày.",
    "Kiến nghị tổ chức bộ phận một cửa lưu động xuống thôn định kỳ.",
    "~xa qua, nguoi gia di khong noi",
    "Sau khi nhập xã, dân vùng trong đi làm thủ tục rất vất vả, mong có chỗ nhận hồ sơ gần hơn.",
    "Nên giữ lại một điểm giao dịch ở xã cũ cho bà con đỡ đi lại.",
    "Trụ sở mới xa lắm các bác ạ, đi xe ôm hết trăm nghìn.",
    "Đề nghị cán bộ một cửa xuống tận thôn nhận hồ sơ cho người cao tuổi, người khuyết tật.",
    "~Moi tuan nen co 1 buoi tiep nhan ho so o tru so xa cu.",
    "Mấy xã ghép lại, đường lên trung tâm hành chính quá xa.",
    "Trung tâm phục vụ hành chính công đặt ở đầu xã, cuối xã đi mất 1 tiếng!",
]),
("BC.Phần I", 4, "other", "push online public services and help people file online (close to bc1.3)", [
    "Đề nghị đẩy mạnh dịch vụ công trực tuyến toàn trình để dân không phải đi lại.",
    "Cần có tổ công nghệ số cộng đồng hướng dẫn bà con nộp hồ sơ trên điện thoại.",
    "Nộp online trên cổng dịch vụ công còn hay lỗi, mạng chập chờn.",
    "VNeID với cổng dịch vụ công khó dùng quá, mong có người chỉ cho.",
    "~de nghi tang cuong dich vu cong truc tuyen muc do toan trinh",
    "Thanh niên tình nguyện có thể đến từng nhà hướng dẫn làm thủ tục online.",
    "Kiến nghị nâng cấp đường truyền internet tại trụ sở xã để giải quyết hồ sơ trực tuyến không bị gián đoạn.",
    "Làm thủ tục qua mạng cho nhanh, đỡ mất công lên xã.",
    "~dvc truc tuyen con nhieu loi, can khac phuc",
]),
("BC.Phần I", 5, "other", "re-use idle old commune offices after the merger", [
    "Đề nghị sớm có phương án sử dụng trụ sở các xã cũ, tránh để xuống cấp lãng phí.",
    "Trụ sở UBND xã cũ bỏ không cả năm nay, cỏ mọc um tùm.",
    "Nên chuyển trụ sở dôi dư thành nhà văn hoá hoặc điểm sinh hoạt cho người cao tuổi.",
    "Kiến nghị bàn giao cơ sở nhà đất dôi dư sau sắp xếp cho ngành giáo dục, y tế sử dụng.",
    "~tru so cu de hoang phi qua",
    "Cơ sở vật chất cũ bỏ trống, cần tận dụng làm thư viện, sân chơi cho các cháu.",
    "Tài sản công sau sáp nhập phải quản lý chặt, không để thất thoát.",
    "nhà xã cũ giờ thành chỗ chăn bò rồi, phí quá mn ơi",
]),
("BC.Phần I", 6, "other", "train commune staff who now do the former district's work", [
    "Đề nghị tăng cường đào tạo, bồi dưỡng cán bộ xã để đáp ứng nhiệm vụ mới khi không còn cấp huyện.",
    "Cán bộ xã giờ phải làm cả việc của huyện trước đây, cần tập huấn chuyên môn nhiều hơn.",
    "Nhiều cán bộ còn lúng túng khi giải quyết hồ sơ đất đai, xây dựng.",
    "~can bo xa moi chua quen viec, can duoc boi duong",
    "Kiến nghị tỉnh cử chuyên gia về hỗ trợ xã trong thời gian đầu.",
    "Hỏi gì cán bộ cũng bảo chờ xin ý kiến tỉnh, chưa nắm được việc.",
    "Bồi dưỡng kỹ năng số, kỹ năng quản lý cho đội ngũ công chức cấp xã.",
    "Phải nâng trình độ cán bộ xã thì mới gánh được việc.",
]),
("BC.Phần I", 7, "other", "singleton: add comparison figures with the previous term", [
    "Đề nghị bổ sung số liệu so sánh với nhiệm kỳ trước để thấy rõ kết quả.",
]),
# ------------------------------------------------------------------ BC.Phần II.Mục 1
("BC.Phần II.Mục 1", 0, "agree", "short agreement", [
    "Nhất trí.", "Đồng ý", "Tán thành", "ok", "~nhat tri", "Nhất trí với các chỉ tiêu kinh tế.",
    "Đồng ý với phương hướng phát triển kinh tế của xã.", "Rất đồng tình ạ.", "Thống nhất.", "Đồng ý!!",
]),
("BC.Phần II.Mục 1", 1, "disagree", "income target (95 million/person/year by 2030) is too high", [
    "Chỉ tiêu thu nhập bình quân 95 triệu đồng/người/năm vào năm 2030 là quá cao so với thực tế.",
    "Thu nhập của dân ở đây còn thấp lắm, đặt mục tiêu cao vậy khó đạt.",
    "Tôi không đồng ý chỉ tiêu thu nhập, nên hạ xuống cho sát thực tế.",
    "~chi tieu thu nhap dat cao qua, kho thuc hien",
    "Làm nông quanh năm được mấy chục triệu, 95 triệu là không tưởng.",
    "Đề nghị xem lại chỉ tiêu thu nhập, tránh chạy theo thành tích.",
    "Mục tiêu thu nhập bình quân không khả thi.",
    "95tr/ng/năm thì nhà cháu chắc phải 10 năm nữa 😅",
]),
("BC.Phần II.Mục 1", 2, "other", "upgrade inter-hamlet and field roads", [
    "Đề nghị ưu tiên đầu tư nâng cấp đường liên thôn đã xuống cấp.",
    "Đường vào thôn Đông mùa mưa lầy lội, xe máy không đi được.",
    "Kiến nghị cứng hoá đường giao thông nội đồng để thuận tiện vận chuyển nông sản.",
    "~duong lien thon hu hong nang, de nghi sua chua som",
    "Đường làng ổ gà ổ voi, mong xã sớm làm lại.",
    "Cần mở rộng tuyến đường nối các xã cũ vừa sáp nhập.",
    "Làm đường bê tông cho bà con đi lại, chở lúa.",
    "Đường đi ra đồng toàn đất, mưa xuống là trơn trượt.",
    "Đề nghị có cơ chế nhà nước và nhân dân cùng làm để cứng hoá đường ngõ xóm.",
    "duong xau qua!!!",
    "Ưu tiên vốn cho giao thông nông thôn.",
    "Đường liên thôn sữa chữa mãi không xong.",
]),
("BC.Phần II.Mục 1", 3, "other", "help farmers get planting-area codes (mã số vùng trồng) for export", [
    "Đề nghị hỗ trợ cấp mã số vùng trồng để sầu riêng của bà con xuất khẩu được.",
    "Cần có hướng dẫn làm mã vùng trồng, truy xuất nguồn gốc.",
    "~ho tro cap ma so vung trong cho nong dan",
    "Không có mã số vùng trồng thì thương lái ép giá, bán không được chính ngạch.",
    "Kiến nghị xã phối hợp ngành nông nghiệp tỉnh đăng ký mã số vùng trồng cho các vườn cây ăn trái.",
    "Nhà em trồng 2 ha sầu riêng mà chưa có mã vùng, mong xã giúp.",
    "Mã số vùng trồng, mã số cơ sở đóng gói cần được hỗ trợ chi phí.",
]),
("BC.Phần II.Mục 1", 4, "other", "build real new-type cooperatives (close to bc2m1.3)", [
    "Đề nghị củng cố, phát triển hợp tác xã kiểu mới làm đầu mối liên kết sản xuất.",
    "Nên thành lập hợp tác xã để bà con không phải làm ăn manh mún.",
    "HTX ở xã hoạt động cầm chừng, cần đổi mới.",
    "~can co htx that su, khong phai htx tren giay",
    "Kiến nghị hỗ trợ vốn, đào tạo giám đốc hợp tác xã.",
    "Cùng nhau vào hợp tác xã thì mua phân, bán hàng mới có giá tốt.",
    "Hợp tác xã phải do dân làm chủ, góp vốn, chia lãi minh bạch.",
]),
("BC.Phần II.Mục 1", 5, "other", "community tourism / homestays", [
    "Đề nghị phát triển du lịch cộng đồng gắn với làng nghề và cảnh quan sông nước.",
    "Xã mình có thác, có rừng, làm du lịch sinh thái được đấy.",
    "~nen phat trien homestay, du lich trai nghiem",
    "Kiến nghị hỗ trợ hộ dân làm homestay được vay vốn ưu đãi và tập huấn.",
    "Cho khách về trải nghiệm làm ruộng, hái chè, vừa có thu nhập vừa quảng bá.",
    "Du lịch nông thôn là hướng đi tốt cho thanh niên ở lại quê.",
    "Phát triển du lịch phải giữ gìn bản sắc, không bê tông hoá cảnh quan.",
]),
("BC.Phần II.Mục 1", 6, "other", "rebuild the run-down commune market", [
    "Chợ xã xuống cấp, mái dột, đề nghị đầu tư xây mới.",
    "Cần quy hoạch lại chợ, tránh họp chợ lấn ra đường.",
    "~cho xa cu nat roi",
    "Kiến nghị nâng cấp chợ trung tâm xã đảm bảo vệ sinh an toàn thực phẩm.",
    "Tiểu thương buôn bán ở chợ tạm rất khổ, mưa thì ướt nắng thì nóng.",
    "Họp chợ dưới lòng đường nguy hiểm quá.",
]),
("BC.Phần II.Mục 1", 7, "other", "singleton: river-bank erosion at the ferry landing", [
    "Cần có giải pháp chống sạt lở bờ sông ở khu vực bến đò.",
]),
("BC.Phần II.Mục 1", 8, "other", "attract firms to create local jobs (business owners' voices)", [
    "Là chủ doanh nghiệp, tôi mong xã có quỹ đất sạch sẵn để nhà đầu tư về nhanh.",
    "Đề nghị có chính sách thu hút doanh nghiệp về đầu tư, tạo việc làm tại chỗ cho lao động nông thôn.",
    "~can tao viec lam tai cho, thanh nien di lam xa het",
    "Có nhà máy ở gần thì con em không phải đi Bình Dương làm thuê.",
    "Kiến nghị cải thiện môi trường đầu tư, rút ngắn thời gian giải quyết thủ tục cho doanh nghiệp.",
    "Xưởng may của tôi cần tuyển 200 lao động, mong xã hỗ trợ kết nối.",
    "Phải có việc làm ở quê thì người trẻ mới ở lại.",
]),
# ------------------------------------------------------------------ BC.Phần II.Mục 3
("BC.Phần II.Mục 3", 0, "agree", "short agreement", [
    "Nhất trí.", "Đồng ý", "ok", "Tán thành", "Đồng ý ạ", "nhất trí cao",
    "Tôi đồng tình với phần văn hoá xã hội.", "Rất hay.", "~Dong y.",
]),
("BC.Phần II.Mục 3", 1, "other", "prevent child drowning: swimming lessons, pools, warning signs", [
    "Đề nghị tổ chức dạy bơi miễn phí cho học sinh vào dịp hè.",
    "Mùa hè năm nào cũng có cháu chết đuối, thương lắm.",
    "Cần xây bể bơi cho trẻ con trong xã.",
    "~day boi cho tre em",
    "Kiến nghị đưa kỹ năng phòng tránh tai nạn sông nước vào trường học.",
    "Cắm biển cảnh báo ở ao hồ, sông suối nguy hiểm.",
    "Trẻ em nông thôn cần được học bơi, phòng đuối nước.",
    "Con nít ra sông tắm không ai trông, phụ huynh lo lắm.",
    "Bể bơi di động đặt ở trường là giải pháp hay.",
]),
("BC.Phần II.Mục 3", 2, "other", "drugs, e-cigarettes, laughing gas among youth", [
    "Đề nghị tăng cường phòng chống ma tuý trong thanh thiếu niên.",
    "Bây giờ ma tuý len vào tận thôn xóm, thuốc lá điện tử, bóng cười bán tràn lan.",
    "~ma tuy trong gioi tre dang bao dong",
    "Kiến nghị kiểm soát chặt các điểm kinh doanh karaoke, quán bar trên địa bàn.",
    "Thanh niên nghiện ngập nhiều, công an xã cần vào cuộc mạnh hơn.",
    "Tuyên truyền tác hại ma tuý ở trường THCS, THPT.",
    "Cần quan tâm giúp người sau cai nghiện có việc làm, tránh tái nghiện.",
    "Con em mình hút thuốc lá điện tử ngày càng nhiều, lo quá.",
]),
("BC.Phần II.Mục 3", 3, "other", "hamlet cultural houses too small/run-down after hamlet mergers", [
    "Sau sáp nhập thôn, nhà văn hoá chật, không đủ chỗ họp.",
    "Đề nghị đầu tư mở rộng nhà văn hoá các thôn mới sáp nhập.",
    "~nha van hoa thon xuong cap, can sua chua",
    "Họp thôn giờ phải ngồi tràn ra sân vì nhà văn hoá nhỏ.",
    "Nhà văn hoá thôn dột nát, loa đài hư hỏng.",
    "Cần có kinh phí nâng cấp nhà sinh hoạt cộng đồng.",
    "Nhà văn hoá thôn em nhỏ xíu, 400 hộ không đủ chỗ.",
]),
("BC.Phần II.Mục 3", 4, "other", "care for the elderly living alone, clubs, free check-ups", [
    "Đề nghị quan tâm hơn đến người cao tuổi, nhất là người neo đơn.",
    "Các cụ cần có câu lạc bộ dưỡng sinh, chỗ tập thể dục buổi sáng.",
    "~quan tam nguoi gia neo don",
    "Kiến nghị khám sức khoẻ định kỳ miễn phí cho người cao tuổi.",
    "Người già ở quê con cái đi làm xa hết, không ai chăm.",
    "Hội Người cao tuổi hoạt động cần có kinh phí.",
    "Tôi năm nay 78 tuổi, mong xã có nơi sinh hoạt cho các cụ.",
]),
("BC.Phần II.Mục 3", 5, "other", "restore village communal houses, pagodas, relics, festivals", [
    "Đề nghị quan tâm trùng tu đình làng, di tích đã xuống cấp.",
    "Lễ hội truyền thống của làng cần được khôi phục, giữ gìn.",
    "~bao ton di tich lich su van hoa o dia phuong",
    "Bần tăng đề nghị chính quyền tạo điều kiện tu bổ ngôi chùa cổ trên 200 năm tuổi.",
    "Đình làng là hồn của làng, đừng để mục nát.",
    "Kiến nghị lập hồ sơ xếp hạng di tích cấp tỉnh cho đình Phú An.",
    "Bảo tồn các di tích, lễ hội là trách nhiệm của cả cộng đồng.",
]),
("BC.Phần II.Mục 3", 6, "other", "religious organisations want a framework to join social welfare work", [
    "Giáo xứ sẵn sàng cùng chính quyền chăm lo người nghèo, mong có cơ chế phối hợp cụ thể.",
    "Đề nghị phát huy vai trò các tổ chức tôn giáo trong công tác từ thiện xã hội.",
    "Nhà chùa có bếp cơm từ thiện, muốn phối hợp với xã để giúp đúng người cần.",
    "~cac ton giao co the tham gia an sinh xa hoi, can tao dieu kien",
]),
("BC.Phần II.Mục 3", 7, "disagree", "against costly large annual festivals", [
    "Tôi không đồng tình việc tổ chức lễ hội quy mô lớn hằng năm, tốn kém.",
    "Tiền làm lễ hội nên để sửa trường học, trạm y tế.",
    "~le hoi to chuc hoanh trang lang phi",
    "Đừng phô trương hình thức, dân còn nghèo.",
    "Lễ hội nên gọn nhẹ, tiết kiệm.",
]),
# ------------------------------------------------------------------ BC.Phần III
("BC.Phần III", 0, "agree", "short agreement", [
    "Nhất trí.", "Đồng ý", "Tán thành", "ok", "Nhất trí hoàn toàn.",
    "Thống nhất với nội dung xây dựng Đảng.", "~dong y", "Nhất trí cao.", "Ủng hộ.", "Đồng ý.",
]),
("BC.Phần III", 1, "disagree", "short disagreement", [
    "Không đồng ý.", "ko đồng ý", "Không nhất trí.",
]),
("BC.Phần III", 2, "disagree", "against further merging hamlets (too large)", [
    "Tôi không đồng ý tiếp tục sáp nhập thôn, thôn quá lớn thì trưởng thôn không quản nổi.",
    "Thôn ghép lại rộng quá, họp hành đi lại xa.",
    "~khong nen sap nhap them thon nua",
    "Nhập thôn khác phong tục, khác dòng họ, dân không đồng thuận.",
    "Đề nghị không sáp nhập các thôn vùng núi có địa bàn rộng.",
    "Thôn có 700 hộ thì một trưởng thôn sao lo hết được.",
    "Sáp nhập thôn vội vàng sẽ mất đoàn kết.",
]),
("BC.Phần III", 3, "other", "raise allowances for hamlet heads / hamlet party secretaries", [
    "Đề nghị nâng mức phụ cấp cho trưởng thôn, bí thư chi bộ thôn.",
    "Trưởng thôn làm việc suốt ngày mà phụ cấp chưa đến 2 triệu.",
    "~phu cap truong thon thap qua",
    "Kiến nghị có chế độ BHXH cho người hoạt động không chuyên trách ở thôn.",
    "Cán bộ thôn vất vả mà lương bổng ít ỏi, ai muốn làm.",
    "Tăng phụ cấp thì mới giữ chân được người có năng lực làm cán bộ thôn.",
    "Trưởng thôn như tôi kiêm đủ việc, phụ cấp không đủ tiền xăng xe.",
    "Chế độ cho cán bộ thôn cần tương xứng với khối lượng công việc.",
]),
("BC.Phần III", 4, "other", "fewer hamlet posts, one person holding several (close to bc3.3)", [
    "Đề nghị bố trí bí thư chi bộ đồng thời là trưởng thôn để giảm đầu mối.",
    "Ở thôn có quá nhiều chức danh, nên giảm bớt.",
    "~nen kiem nhiem chuc danh o thon",
    "Bí thư kiêm trưởng thôn vừa gọn vừa thống nhất chỉ đạo.",
    "Giảm bớt các chức danh không chuyên trách, dồn phụ cấp cho người làm.",
    "Một người làm nhiều việc ở thôn cho tinh gọn.",
]),
("BC.Phần III", 5, "other", "admit young party members (youth, workers, ex-soldiers)", [
    "Đề nghị chú trọng kết nạp đảng viên là đoàn viên thanh niên, công nhân.",
    "Thanh niên trong thôn đi làm khu công nghiệp hết, chi bộ khó phát triển đảng viên.",
    "~phat trien dang vien tre",
    "Chi bộ thôn toàn đảng viên cao tuổi, cần trẻ hoá.",
    "Kiến nghị có cơ chế phối hợp giữa chi bộ nơi cư trú và doanh nghiệp để bồi dưỡng quần chúng ưu tú.",
    "Cần tạo nguồn kết nạp Đảng từ bộ đội xuất ngũ.",
    "Em là đoàn viên, muốn phấn đấu vào Đảng nhưng chưa biết bắt đầu từ đâu.",
    "Đảng viên mới ở xã ít quá, tuổi đời bình quân cao.",
]),
("BC.Phần III", 6, "other", "party cell meetings are formalistic, make them substantive", [
    "Sinh hoạt chi bộ còn hình thức, chủ yếu đọc văn bản.",
    "Đề nghị đổi mới nội dung sinh hoạt chi bộ, có chuyên đề thiết thực.",
    "~sinh hoat chi bo nham chan, dang vien tre ngai di",
    "Họp chi bộ cứ đọc nghị quyết rồi về, không thảo luận gì.",
    "Nâng cao chất lượng sinh hoạt chi bộ, tăng tính chiến đấu, tự phê bình.",
    "Nên bàn những việc cụ thể của thôn trong buổi sinh hoạt chi bộ.",
    "Đảng viên nghỉ hưu như tôi thấy sinh hoạt chi bộ ít sôi nổi hơn trước.",
]),
("BC.Phần III", 7, "other", "regular direct dialogue of commune leaders with citizens", [
    "Đề nghị bí thư Đảng uỷ xã đối thoại trực tiếp với nhân dân ít nhất mỗi quý một lần.",
    "Lãnh đạo xã nên xuống thôn gặp dân thường xuyên hơn.",
    "~can doi thoai truc tiep voi dan",
    "Dân muốn gặp lãnh đạo xã để nói chuyện mà khó quá.",
    "Kiến nghị tổ chức hội nghị đối thoại giữa người đứng đầu cấp uỷ, chính quyền với nhân dân định kỳ.",
    "Có gì bức xúc mong được gặp trực tiếp chủ tịch xã trình bày.",
    "Cán bộ lãnh đạo cần sâu sát cơ sở, lắng nghe dân nói.",
]),
("BC.Phần III", 8, "other", "singleton: publish yearly staff ratings", [
    "Nên công khai kết quả đánh giá, xếp loại cán bộ xã hằng năm.",
]),
# ------------------------------------------------------------------ BC.Phần IV
("BC.Phần IV", 0, "agree", "short agreement", [
    "Nhất trí.", "Đồng ý", "ok", "Tán thành.", "Thống nhất",
    "Nhất trí với phần quốc phòng an ninh.", "đồng ý ạ", "~nhat tri",
]),
("BC.Phần IV", 1, "other", "security cameras in hamlets linked to commune police", [
    "Đề nghị lắp camera an ninh tại các ngã ba, đường trục chính của xã.",
    "~lap camera o cac thon",
    "Mô hình camera giám sát do dân đóng góp rất hiệu quả, nên nhân rộng.",
    "Trộm chó, trộm gà nhiều, lắp camera là bắt được ngay.",
    "Kiến nghị kết nối camera các hộ dân với công an xã.",
    "Camera phải có người theo dõi chứ lắp xong bỏ đó thì vô ích.",
    "Có mắt thần ở đầu làng thì yên tâm hơn.",
]),
("BC.Phần IV", 2, "other", "online / phone scams targeting the elderly", [
    "Đề nghị tuyên truyền mạnh về phòng chống lừa đảo qua mạng.",
    "Mẹ tôi bị gọi điện giả công an lừa mất 50 triệu.",
    "~lua dao qua dien thoai nhieu qua",
    "Công an xã nên hướng dẫn người dân cách nhận biết các cuộc gọi lừa đảo.",
    "Nhiều người bị lừa cài ứng dụng giả mạo dịch vụ công.",
    "Kiến nghị phát thông báo cảnh báo lừa đảo trên loa phát thanh thôn hằng tuần.",
    "Tội phạm công nghệ cao đang nhắm vào người cao tuổi ở nông thôn.",
    "Cẩn thận link lạ, tin nhắn trúng thưởng!!!",
    "Bà con ơi, ai gọi xưng công an đòi chuyển tiền là lừa đảo đấy.",
]),
("BC.Phần IV", 3, "other", "illegal street racing, youth gangs at night", [
    "Đêm nào cũng có nhóm thanh niên đua xe, nẹt pô trên đường tỉnh lộ.",
    "Đề nghị công an xã tăng cường tuần tra, xử lý nghiêm đua xe trái phép.",
    "~dua xe buoi toi on ao qua",
    "Thanh thiếu niên tụ tập, lạng lách gây mất an ninh trật tự.",
    "Mấy cháu chạy xe bốc đầu ngoài đê, rất nguy hiểm.",
    "Kiến nghị phối hợp gia đình, nhà trường quản lý con em, không để đua xe.",
]),
("BC.Phần IV", 4, "other", "allowances and equipment for grassroots security teams", [
    "Đề nghị quan tâm chế độ cho lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.",
    "Anh em tổ bảo vệ an ninh trật tự thôn trực đêm mà bồi dưỡng rất ít.",
    "~can tang phu cap cho luc luong bao ve ANTT o co so",
    "Kiến nghị trang bị công cụ hỗ trợ, đèn pin, áo phản quang cho tổ an ninh thôn.",
    "Lực lượng an ninh cơ sở cần được tập huấn nghiệp vụ.",
]),
("BC.Phần IV", 5, "other", "fair and transparent military call-up", [
    "Công tác tuyển quân phải công khai, công bằng, tránh chạy chọt.",
    "~tuyen quan can minh bach",
    "Đề nghị công khai danh sách thanh niên đủ điều kiện nhập ngũ.",
    "Con nhà nghèo đi hết, con nhà khá thì được miễn, dân bàn tán nhiều.",
    "Khám tuyển nghĩa vụ quân sự cần minh bạch.",
]),
("BC.Phần IV", 6, "other", "singleton: jobs for demobilised soldiers", [
    "Cần quan tâm giải quyết việc làm cho bộ đội xuất ngũ trở về địa phương.",
]),
# ------------------------------------------------------------------ ND.Điều 5
("ND.Điều 5", 0, "agree", "short agreement", [
    "Đồng ý", "ok", "Nhất trí.", "Tán thành", "Nhất trí với quy định này.",
    "Đồng ý với Điều 5.", "~dong y", "Hợp lý.", "Đồng ý.",
]),
("ND.Điều 5", 1, "other", "add Zalo groups / commune website / social media as disclosure channels", [
    "Đề nghị bổ sung hình thức công khai qua nhóm Zalo của thôn, tổ dân phố.",
    "Bây giờ ai cũng có điện thoại, đăng lên Zalo là cả thôn biết.",
    "~nen dang len zalo, facebook cua xa",
    "Kiến nghị quy định rõ việc công khai trên trang thông tin điện tử của xã và mạng xã hội chính thức.",
    "Fanpage của xã nên đăng đầy đủ thông báo, dự án.",
    "Thông tin đăng lên mạng thì người đi làm xa cũng theo dõi được.",
    "Công khai online cho nhanh, đỡ tốn giấy.",
    "Thêm hình thức công khai bằng ứng dụng trên điện thoại thông minh.",
]),
("ND.Điều 5", 2, "other", "keep paper notice boards and loudspeakers for the elderly (close to nd5.1, opposite ask)", [
    "Đề nghị vẫn phải niêm yết bằng văn bản tại nhà văn hoá thôn, vì nhiều người già không dùng điện thoại thông minh.",
    "Đừng bỏ loa phát thanh, các cụ nghe loa là chính.",
    "~nguoi gia khong dung zalo, phai dan thong bao o nha van hoa",
    "Không phải ai cũng lên mạng, phải giữ bảng tin ở thôn.",
    "Kiến nghị quy định bắt buộc niêm yết công khai tại trụ sở thôn song song với hình thức điện tử.",
    "Bố mẹ tôi chỉ biết thông tin qua loa và bảng tin thôi.",
    "Bảng tin giấy vẫn cần thiết ở vùng sâu vùng xa, sóng điện thoại yếu.",
]),
("ND.Điều 5", 3, "other", "publish receipts and spending of people's contributions and funds", [
    "Đề nghị công khai chi tiết thu chi các khoản đóng góp tự nguyện của nhân dân.",
    "Tiền dân góp làm đường phải được công bố từng đồng.",
    "~cong khai thu chi cac quy",
    "Quỹ khuyến học, quỹ đền ơn đáp nghĩa thu bao nhiêu, chi bao nhiêu, dân phải được biết.",
    "Kiến nghị công khai quyết toán các công trình có vốn góp của dân trong thời hạn 30 ngày.",
    "Góp tiền mà không biết chi vào đâu thì lần sau ai góp.",
    "Thu chi minh bạch thì dân mới tin.",
    "Các khoản quỹ ở thôn phải niêm yết thu chi mỗi quý.",
]),
("ND.Điều 5", 4, "other", "disclose land plans and GPMB compensation early, with set deadlines", [
    "Đề nghị quy định thời hạn công khai quy hoạch, kế hoạch sử dụng đất ít nhất 30 ngày trước khi phê duyệt.",
    "Dự án thu hồi đất làm xong mới công bố thì dân biết cũng bằng thừa.",
    "~can cong khai quy hoach GPMB som cho dan biet",
    "Phương án bồi thường, GPMB phải công khai trước để dân góp ý.",
    "Kiến nghị nêu rõ thời điểm công khai đối với từng loại thông tin.",
    "Dân phải biết quy hoạch từ sớm để còn tính chuyện làm ăn.",
]),
("ND.Điều 5", 5, "other", "singleton: sanction officials who do not disclose", [
    "Nên có hình thức xử lý cán bộ không thực hiện công khai thông tin đúng qui định.",
]),
# ------------------------------------------------------------------ ND.Điều 12 khoản 2
("ND.Điều 12 khoản 2", 0, "agree", "short agreement", [
    "Nhất trí.", "Đồng ý", "Tán thành", "ok", "Đồng ý với khoản 2.",
    "Đúng, dân phải được bàn.", "~nhat tri", "Hợp lý.",
]),
("ND.Điều 12 khoản 2", 1, "disagree", "short disagreement", [
    "Không đồng ý", "ko đồng ý", "Không nhất trí khoản này.", "~k dong y",
]),
("ND.Điều 12 khoản 2", 2, "disagree", "the >50% household quorum is too high to reach", [
    "Quy định phải có trên 50% số hộ dự họp là quá cao, thôn đông dân, nhiều người đi làm ăn xa.",
    "Thôn tôi họp mời 300 hộ mà chỉ đến được 80 hộ, quy định này khó thực hiện.",
    "~ty le 50% ho du hop kho dat duoc",
    "Thanh niên đi làm công ty hết, họp thôn toàn người già, không đủ số lượng.",
    "Không nên quy định tỷ lệ cứng, nên hạ xuống.",
    "Khó tập hợp được quá nửa số hộ, họp mãi không đủ thì dừng việc à?",
    "Tôi không đồng ý mức trên 50%, thực tế không khả thi.",
    "Sau sáp nhập thôn rất đông hộ, quy định này sẽ làm nhiều cuộc họp không hợp lệ.",
]),
("ND.Điều 12 khoản 2", 3, "other", "allow ballots sent to each household / online voting instead of a meeting", [
    "Đề nghị cho phép lấy ý kiến bằng phiếu phát đến từng hộ khi không tổ chức được hội nghị.",
    "Có thể gửi phiếu về từng nhà, rồi tổ trưởng thu lại.",
    "~cho phep bieu quyet qua phieu hoac qua dien thoai",
    "Kiến nghị bổ sung hình thức biểu quyết trực tuyến đối với hộ vắng mặt.",
    "Người đi làm xa có thể bấm bình chọn qua ứng dụng.",
    "Phát phiếu xin ý kiến hộ gia đình thì tiện cho cả dân và cán bộ.",
]),
("ND.Điều 12 khoản 2", 4, "other", "contributions must be truly voluntary, no flat per-household levy", [
    "Đề nghị quy định rõ các khoản đóng góp là tự nguyện, không được áp mức bình quân cho mọi hộ.",
    "Hộ nghèo cũng bị thu như hộ khá, không công bằng.",
    "~dong gop tu nguyen thi dung ep",
    "Cứ họp xong là phân bổ mỗi nhà bao nhiêu tiền, thế là ép buộc chứ tự nguyện gì.",
    "Cần miễn, giảm đóng góp cho hộ nghèo, gia đình chính sách.",
    "Kiến nghị cấm việc gắn đóng góp với xác nhận thủ tục hành chính.",
    "Không đóng thì không được xác nhận giấy tờ, vậy là sai.",
    "Tự nguyện mà có định mức thì đâu còn là tự nguyện nữa.",
]),
("ND.Điều 12 khoản 2", 5, "other", "let long-term temporary residents / renting workers take part", [
    "Đề nghị cho người tạm trú lâu dài, công nhân thuê trọ được dự họp và biểu quyết.",
    "Công nhân ở trọ mấy năm ở đây mà chẳng được bàn việc gì của khu phố.",
    "~nguoi tam tru cung can duoc tham gia hop to dan pho",
]),
# ------------------------------------------------------------------ ND.Điều 18
("ND.Điều 18", 0, "agree", "short agreement", [
    "Đồng ý", "Nhất trí.", "ok", "Tán thành",
    "Đồng ý với quy định về Ban thanh tra nhân dân.", "Nhất trí ạ", "~Dong y.",
]),
("ND.Điều 18", 1, "other", "allowances and budget for People's Inspection Boards", [
    "Đề nghị quy định mức phụ cấp cụ thể cho thành viên Ban Thanh tra nhân dân.",
    "Ban thanh tra nhân dân làm không công thì khó đòi hỏi hiệu quả.",
    "~ban TTND can co kinh phi hoat dong",
    "Kinh phí hoạt động của Ban thanh tra nhân dân xã còn quá ít, mỗi năm vài triệu.",
    "Kiến nghị bố trí kinh phí từ ngân sách xã cho Ban thanh tra nhân dân hoạt động.",
    "Tôi là thành viên ban TTND, đi giám sát công trình toàn tự bỏ tiền xăng.",
    "Có thù lao thì người ta mới nhiệt tình.",
]),
("ND.Điều 18", 2, "other", "independence: no relatives of officials, MTTQ-led election (close to nd18.1)", [
    "Đề nghị không bầu người có quan hệ gia đình với lãnh đạo xã vào Ban thanh tra nhân dân.",
    "Ban thanh tra toàn người nhà cán bộ thì giám sát ai.",
    "~ban thanh tra nhan dan phai doc lap voi UBND xa",
    "Kiến nghị quy định rõ tiêu chuẩn để bảo đảm tính khách quan của thành viên.",
    "Thành viên ban thanh tra phải là người có uy tín, không dính dáng lợi ích.",
    "MTTQ chủ trì bầu chọn, chính quyền không được can thiệp.",
    "Cán bộ đương chức không nên kiêm thành viên Ban thanh tra nhân dân.",
]),
("ND.Điều 18", 3, "other", "protect and keep secret those who report wrongdoing", [
    "Đề nghị bổ sung quy định bảo vệ người dân phản ánh, tố cáo sai phạm.",
    "Dân tố cáo xong bị trù dập, ai dám nói nữa.",
    "~giu bi mat danh tinh nguoi to cao",
    "Kiến nghị xử lý nghiêm việc tiết lộ thông tin người phản ánh.",
    "Phải giữ kín tên người báo tin cho ban thanh tra.",
    "Nhà tôi bị gây khó dễ sau khi phản ánh chuyện làm đường.",
]),
("ND.Điều 18", 4, "other", "deadline for the commune to answer the Board's recommendations", [
    "Đề nghị quy định thời hạn cụ thể để UBND xã trả lời kiến nghị của Ban thanh tra nhân dân.",
    "Ban thanh tra kiến nghị xong rồi chìm xuồng, không ai trả lời.",
    "~kien nghi cua ban TTND phai duoc tra loi trong 15 ngay",
    "Chính quyền phải có trách nhiệm giải trình khi không thực hiện kiến nghị.",
    "Kiến nghị gửi lên xã mà cả năm chưa thấy phản hồi.",
]),
# ------------------------------------------------------------------ ND.Điều 24
("ND.Điều 24", 0, "agree", "short agreement", [
    "Đồng ý", "Nhất trí.", "ok", "Tán thành", "Rất đồng ý!", "Đồng ý, hiện đại.",
    "Hợp lý.", "~dong y", "Nhất trí cao", "Ok luôn",
]),
("ND.Điều 24", 1, "disagree", "short disagreement", [
    "Không đồng ý.", "ko đồng ý", "Không nhất trí",
]),
("ND.Điều 24", 2, "other", "protect personal data of online commenters, allow anonymity", [
    "Đề nghị bảo đảm bí mật thông tin cá nhân của người góp ý trực tuyến.",
    "Góp ý qua mạng mà phải khai căn cước thì nhiều người ngại.",
    "~can cho phep gop y an danh",
    "Kiến nghị quy định không công khai họ tên, số điện thoại người góp ý.",
    "Lộ thông tin thì bị làm phiền, lừa đảo.",
    "Ẩn danh thì người dân mới dám nói thật.",
    "Dữ liệu cá nhân khi góp ý qua ứng dụng phải được bảo vệ.",
]),
("ND.Điều 24", 3, "other", "a way to comment for people without internet/smartphones", [
    "Đề nghị có phương án cho người không sử dụng internet vẫn góp ý được.",
    "Bà con vùng cao không có smartphone thì góp ý kiểu gì?",
    "~nguoi gia khong biet dung dien thoai thong minh",
    "Kiến nghị tổ công nghệ số cộng đồng hỗ trợ người dân góp ý trực tuyến.",
    "Song song với trực tuyến phải có hòm thư góp ý tại nhà văn hoá.",
    "Không phải hộ nào cũng có mạng, đừng chỉ làm online.",
    "Mẹ tôi 70 tuổi, không biết dùng ứng dụng.",
]),
("ND.Điều 24", 4, "other", "publish how comments were taken up / answered", [
    "Đề nghị sau khi lấy ý kiến phải công khai báo cáo tiếp thu, giải trình.",
    "Góp ý xong không biết ý kiến mình có được tiếp thu hay không.",
    "~can phan hoi ket qua gop y cho nguoi dan",
    "Kiến nghị quy định thời hạn đăng tải kết quả tiếp thu trên cổng thông tin.",
    "Góp cho có rồi để đó, dân thấy vô ích nên không góp nữa.",
    "Phải cho người dân thấy ý kiến của họ đã được xử lý ra sao.",
    "Nên trả lời từng nhóm ý kiến, công khai trên mạng.",
]),
("ND.Điều 24", 5, "other", "comment period too short, at least 30 days", [
    "Thời gian lấy ý kiến trực tuyến chỉ 10 ngày là quá ngắn, đề nghị tối thiểu 30 ngày.",
    "~thoi gian gop y qua ngan",
    "Chưa kịp đọc hết dự thảo thì đã hết hạn góp ý.",
    "Kiến nghị kéo dài thời gian lấy ý kiến để dân kịp nghiên cứu.",
    "Nông dân bận mùa vụ, để lâu lâu mới góp được.",
]),
("ND.Điều 24", 6, "other", "singleton: integrate commenting into VNeID", [
    "Nên tích hợp chức năng góp ý vào ứng dụng VNeID.",
]),
]

# Texts added in a second pass (more voices and more noise), keyed by group id.
EXTRA = {
    "bc1.3": [
        "Dân xã em ở tận cuối bãi, lên xã mới phải qua phà, khổ lắm ạ.",
        "Kiến nghị UBND xã bố trí công chức trực tiếp nhận hồ sơ tại nhà văn hoá các xã cũ 2 buổi/tuần.",
    ],
    "bc1.4": [
        "Em làm thử nộp hồ sơ khai sinh online mà ko dc, lỗi hoài.",
    ],
    "bc1.6": [
        "Cán bộ trẻ nhiệt tình nhưng chưa có kinh nghiệm, cần được kèm cặp.",
    ],
    "bc2m1.2": [
        "ĐỀ NGHỊ LÀM ĐƯỜNG XÓM 5 GẤP!",
        "~duong ngo xom hep, xe cuu hoa khong vao dc",
    ],
    "bc2m1.3": [
        "Sầu riêng rớt giá vì k có mã vùng trồng, xã hỗ trợ giúp bà con với.",
    ],
    "bc2m1.5": [
        "Con làm hướng dẫn viên ở Hội An về, muốn mở homestay ở quê mà chưa biết thủ tục.",
    ],
    "bc2m3.1": [
        "Năm ngoái thôn em 2 cháu đuối nước ở hồ đào, mong xã rào lại các hố sâu.",
    ],
    "bc2m3.2": [
        "Bóng cười, thuốc lá điện tử bán công khai trước cổng trường, đề nghị xử lý.",
        "~tre con bay gio hut vape nhieu lam",
    ],
    "bc2m3.4": [
        "Thương các cụ già neo đơn, đề nghị các đoàn thể thăm hỏi thường xuyên.",
    ],
    "bc2m3.5": [
        "Chùa làng đã xuống cấp, mưa là dột, tăng ni và phật tử mong được hỗ trợ trùng tu.",
    ],
    "bc2m3.6": [
        "Hội thánh Tin Lành địa phương mong được tham gia các chương trình giúp hộ nghèo.",
    ],
    "bc3.3": [
        "Làm trưởng thôn mà phụ cấp như tiền tiêu vặt, đề nghị tăng.",
    ],
    "bc3.5": [
        "Kết nạp Đảng cho thanh niên ưu tú ở thôn, đừng để các bạn ấy đi hết.",
    ],
    "bc3.6": [
        "~hop chi bo toan doc van ban, chan lam",
    ],
    "bc3.7": [
        "Mong lãnh đạo xã lập nhóm Zalo để dân phản ánh trực tiếp, có trả lời.",
        "Bí thư, chủ tịch nên tiếp dân định kỳ tại thôn chứ đừng ngồi ở trụ sở.",
    ],
    "bc4.1": [
        "CAMERA ở đầu làng hỏng cả năm chưa sửa.",
    ],
    "bc4.2": [
        "~ong ba minh bi lua mat tien tiet kiem, mong cong an tuyen truyen nhieu hon",
    ],
    "bc4.3": [
        "12h đêm còn nẹt pô ầm ầm, ko ai ngủ được!!!",
    ],
    "bc4.5": [
        "Mong tuyển quân đúng người đúng tuổi, tránh tiêu cực.",
    ],
    "nd5.1": [
        "Đăng lên trang xã rồi gửi link vào nhóm zalo thôn là dc.",
    ],
    "nd5.3": [
        "Thu tiền làm đường mà chưa thấy công khai quyết toán, dân thắc mắc lắm.",
        "~quy khuyen hoc thu chi ra sao can niem yet",
    ],
    "nd5.4": [
        "Dân chỉ biết bị thu hồi đất khi có người đến đo đạc, như vậy là chậm.",
    ],
    "nd12k2.2": [
        "trên 50% hộ là bất khả thi với thôn 600 hộ",
    ],
    "nd12k2.4": [
        "Cán bộ thôn đến tận nhà thu tiền, bảo là tự nguyện mà ai không nộp thì bị nói ra nói vào.",
    ],
    "nd12k2.5": [
        "Nhiều hộ tạm trú ở đây hơn 5 năm, cũng đóng góp đủ thứ, sao không được biểu quyết?",
    ],
    "nd18.1": [
        "Ban TTND ko có phụ cấp thì ai làm.",
    ],
    "nd18.2": [
        "Trưởng ban thanh tra lại là em ruột chủ tịch xã, thế thì giám sát gì nữa.",
    ],
    "nd18.4": [
        "Kiến nghị của Ban TTND mà xã không giải quyết thì phải báo cáo HĐND xã để giám sát, trả lời.",
    ],
    "nd18.3": [
        "Cần có đường dây nóng bí mật để dân báo sai phạm cho Ban thanh tra nhân dân.",
    ],
    "nd24.2": [
        "Tôi muốn góp ý nhưng sợ bị lộ tên, mong cho phép ẩn danh.",
    ],
    "nd24.3": [
        "~vung sau vung xa song yeu, can co cach gop y khac ngoai online",
    ],
    "nd24.4": [
        "ĐBQH và đại biểu HĐND tỉnh cũng nên trả lời những ý kiến cử tri gửi qua mạng.",
        "Dân góp ý mà không ai trả lời thì lần sau chẳng ai góp nữa đâu ạ.",
    ],
}
