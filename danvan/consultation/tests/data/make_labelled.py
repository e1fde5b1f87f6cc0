"""Builds labelled_comments.json: comments on five pieces of a congress draft, each with its true group.

Written before the grouping method (see docs/apps/consultation.md, "Measuring the grouping"). Each true group
has hand-written paraphrases; a deterministic second pass re-types some of them the way comments arrive
(without diacritics, with a typo, in capitals, with a courtesy prefix), so a group holds 8-11 comments.
Groups alternate between the dev half (tuning) and the holdout half (scored once).
Run: python danvan/consultation/tests/data/make_labelled.py
"""

import json
import random
import unicodedata
from pathlib import Path

G = {
    "kinh_te": [
        ("agree", ["Tán thành.", "Nhất trí với dự thảo", "Tôi hoàn toàn đồng ý.", "dong y voi noi dung nay",
                   "Nhất trí cao với nội dung dự thảo.", "Thống nhất như dự thảo"]),
        ("other", ["Đề nghị nâng chỉ tiêu tăng trưởng GRDP lên 9% mỗi năm.",
                   "Mục tiêu tăng trưởng kinh tế còn thấp, nên đặt 9 phần trăm/năm",
                   "Chỉ tiêu GRDP bình quân nên cao hơn, khoảng 9%.",
                   "Tốc độ tăng trưởng GRDP cần đặt mục tiêu cao hơn mức dự thảo",
                   "Nên nâng mục tiêu tăng trưởng kinh tế bình quân giai đoạn tới"]),
        ("other", ["Cần bổ sung giải pháp thu hút đầu tư vào khu công nghiệp.",
                   "Đề nghị làm rõ chính sách thu hút nhà đầu tư vào các khu công nghiệp",
                   "Thu hút đầu tư khu công nghiệp chưa có giải pháp cụ thể",
                   "Bổ sung cơ chế ưu đãi để kêu gọi doanh nghiệp đầu tư vào khu công nghiệp",
                   "phai co giai phap thu hut dau tu vao khu cong nghiep"]),
        ("other", ["Cần quan tâm phát triển du lịch sinh thái và du lịch cộng đồng.",
                   "Đề nghị bổ sung định hướng phát triển du lịch cộng đồng gắn với sinh thái",
                   "Du lịch sinh thái là thế mạnh của tỉnh, dự thảo nói còn ít",
                   "Nên đưa du lịch cộng đồng, du lịch sinh thái thành ngành kinh tế mũi nhọn",
                   "Phát triển du lịch sinh thái cần được nhấn mạnh hơn"]),
        ("other", ["Đề nghị có chính sách hỗ trợ vốn cho doanh nghiệp nhỏ và vừa.",
                   "Doanh nghiệp nhỏ và vừa khó tiếp cận vốn vay, cần hỗ trợ",
                   "Bổ sung giải pháp giúp doanh nghiệp vừa và nhỏ vay vốn ngân hàng",
                   "Hỗ trợ tín dụng cho doanh nghiệp nhỏ, vừa là cần thiết",
                   "Cần gỡ khó về vốn cho các doanh nghiệp nhỏ và vừa"]),
        ("disagree", ["Không tán thành.", "Tôi không đồng ý với nội dung này",
                      "Không nhất trí", "khong dong y", "Không tán thành nội dung điều này."]),
        ("other", ["Hạ tầng giao thông kết nối vùng còn yếu, cần đầu tư đường cao tốc.",
                   "Đề nghị ưu tiên đầu tư tuyến cao tốc kết nối với các tỉnh lân cận",
                   "Cần nói rõ kế hoạch xây dựng đường cao tốc và giao thông liên vùng",
                   "Giao thông liên vùng là điểm nghẽn, phải đầu tư cao tốc",
                   "Ưu tiên vốn cho hạ tầng giao thông kết nối vùng, nhất là cao tốc"]),
        ("other", ["Cần phát triển kinh tế tư nhân là động lực quan trọng nhất.",
                   "Đề nghị khẳng định kinh tế tư nhân là một động lực quan trọng của tỉnh",
                   "Vai trò của khu vực kinh tế tư nhân chưa được đề cao đúng mức",
                   "Nên có chương trình riêng khuyến khích kinh tế tư nhân phát triển",
                   "Kinh tế tư nhân cần được coi là động lực tăng trưởng"]),
    ],
    "chuyen_doi_so": [
        ("agree", ["Tán thành", "Đồng ý.", "Nhất trí với nội dung dự thảo.", "tan thanh",
                   "Tôi nhất trí", "Hoàn toàn tán thành"]),
        ("other", ["Cần đào tạo kỹ năng số cho người dân vùng nông thôn.",
                   "Đề nghị bổ sung nội dung phổ cập kỹ năng số cho nhân dân ở nông thôn",
                   "Người dân nông thôn còn thiếu kỹ năng sử dụng điện thoại thông minh, cần tập huấn",
                   "Nên mở lớp hướng dẫn người dân vùng sâu sử dụng dịch vụ số",
                   "Phổ cập kỹ năng số cho bà con ở nông thôn là việc cấp bách"]),
        ("other", ["Sóng điện thoại và internet ở vùng cao còn chập chờn, cần đầu tư hạ tầng viễn thông.",
                   "Đề nghị đầu tư trạm phát sóng cho các thôn vùng cao chưa có internet",
                   "Nhiều bản chưa có sóng di động, chuyển đổi số sao được",
                   "Hạ tầng viễn thông vùng sâu vùng xa phải được ưu tiên",
                   "Cần phủ sóng internet đến tất cả các thôn bản"]),
        ("other", ["Cần bảo đảm an toàn thông tin và bảo vệ dữ liệu cá nhân của người dân.",
                   "Đề nghị bổ sung giải pháp bảo vệ dữ liệu cá nhân khi số hóa",
                   "Vấn đề an ninh mạng, lộ lọt thông tin cá nhân chưa được đề cập",
                   "Phải bảo mật dữ liệu công dân trong quá trình chuyển đổi số",
                   "Bảo vệ thông tin cá nhân cần được nói rõ trong dự thảo"]),
        ("other", ["Thủ tục hành chính trực tuyến còn rườm rà, cần đơn giản hóa.",
                   "Dịch vụ công trực tuyến khó dùng, đề nghị cải tiến cho dễ thao tác",
                   "Nộp hồ sơ trực tuyến còn phải lên xã nộp bản giấy, rất bất tiện",
                   "Cần đơn giản hóa thủ tục trên cổng dịch vụ công",
                   "Đề nghị giảm giấy tờ khi làm thủ tục hành chính qua mạng"]),
        ("other", ["Đề nghị có chính sách thu hút nhân lực công nghệ thông tin về tỉnh.",
                   "Thiếu cán bộ chuyên trách về công nghệ thông tin ở cấp xã",
                   "Cần tuyển dụng, đãi ngộ kỹ sư công nghệ thông tin làm việc tại địa phương",
                   "Nguồn nhân lực CNTT còn thiếu và yếu, phải có chính sách thu hút",
                   "Bổ sung giải pháp đào tạo, thu hút nhân lực công nghệ số"]),
        ("other", ["Nên thúc đẩy thanh toán không dùng tiền mặt ở chợ và trường học.",
                   "Đề nghị đẩy mạnh thanh toán điện tử, không dùng tiền mặt",
                   "Cần phổ biến thanh toán qua mã QR tại các chợ truyền thống",
                   "Thanh toán không tiền mặt cho học phí, viện phí cần được mở rộng",
                   "Khuyến khích người dân thanh toán bằng điện thoại thay tiền mặt"]),
        ("other", ["Đề nghị xây dựng cơ sở dữ liệu dùng chung của tỉnh, tránh mỗi ngành một phần mềm.",
                   "Các phần mềm của các sở không kết nối với nhau, cần liên thông dữ liệu",
                   "Cần một nền tảng dữ liệu dùng chung cho toàn tỉnh",
                   "Mỗi ngành một hệ thống riêng gây lãng phí, phải tích hợp, liên thông",
                   "Bổ sung nội dung kết nối, chia sẻ dữ liệu giữa các cơ quan"]),
    ],
    "xay_dung_dang": [
        ("agree", ["Nhất trí.", "Tán thành với dự thảo", "Đồng ý", "Thống nhất cao", "nhat tri voi du thao",
                   "Tôi tán thành nội dung này"]),
        ("other", ["Cần tăng cường kiểm tra, giám sát việc thực hiện nghị quyết ở cơ sở.",
                   "Đề nghị bổ sung giải pháp kiểm tra, giám sát tổ chức đảng cơ sở",
                   "Công tác giám sát thực hiện nghị quyết ở chi bộ còn hình thức",
                   "Phải đẩy mạnh kiểm tra việc đưa nghị quyết vào cuộc sống ở cơ sở",
                   "Tăng cường giám sát của cấp ủy đối với cơ sở"]),
        ("other", ["Đề nghị chú trọng phát triển đảng viên trong doanh nghiệp tư nhân.",
                   "Cần có giải pháp kết nạp đảng viên ở doanh nghiệp ngoài nhà nước",
                   "Công tác phát triển đảng trong khu vực tư nhân còn khó khăn",
                   "Bổ sung chỉ tiêu thành lập tổ chức đảng trong doanh nghiệp tư nhân",
                   "Phát triển đảng viên là công nhân trong doanh nghiệp cần được chú ý"]),
        ("other", ["Cần kiên quyết phòng, chống tham nhũng, tiêu cực trong cán bộ.",
                   "Đề nghị nêu rõ giải pháp chống tham nhũng, lãng phí",
                   "Phòng chống tham nhũng tiêu cực phải được làm quyết liệt hơn",
                   "Xử lý nghiêm cán bộ tham nhũng, không có vùng cấm",
                   "Bổ sung nội dung đấu tranh phòng, chống tham nhũng, tiêu cực"]),
        ("other", ["Nên có cơ chế bảo vệ cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm.",
                   "Đề nghị bổ sung chính sách khuyến khích cán bộ năng động, sáng tạo vì lợi ích chung",
                   "Cán bộ sợ sai, không dám làm; cần cơ chế bảo vệ người dám làm",
                   "Phải khuyến khích, bảo vệ cán bộ dám đổi mới, dám chịu trách nhiệm",
                   "Cơ chế bảo vệ cán bộ dám nghĩ dám làm cần cụ thể hơn"]),
        ("other", ["Chế độ phụ cấp cho cán bộ không chuyên trách ở thôn còn thấp.",
                   "Đề nghị nâng phụ cấp cho người hoạt động không chuyên trách ở thôn, tổ dân phố",
                   "Phụ cấp trưởng thôn quá thấp, không đủ sống",
                   "Cần tăng mức phụ cấp cho cán bộ thôn, bản",
                   "Người làm công tác ở thôn được hỗ trợ quá ít, nên nâng lên"]),
        ("other", ["Đề nghị đổi mới sinh hoạt chi bộ cho thiết thực, tránh hình thức.",
                   "Sinh hoạt chi bộ còn đơn điệu, cần nâng cao chất lượng",
                   "Nâng cao chất lượng sinh hoạt chi bộ, nhất là sinh hoạt chuyên đề",
                   "Nội dung sinh hoạt chi bộ nhiều nơi còn nghèo nàn, lặp lại",
                   "Cần đổi mới nội dung và hình thức sinh hoạt chi bộ"]),
        ("disagree", ["Không đồng ý.", "không tán thành", "Tôi không nhất trí với nội dung này",
                      "Không thống nhất", "Không tán thành dự thảo."]),
    ],
    "van_hoa_xa_hoi": [
        ("agree", ["Đồng ý với dự thảo.", "Tán thành.", "Nhất trí", "dong y", "Hoàn toàn nhất trí.",
                   "Đồng tình với nội dung dự thảo"]),
        ("other", ["Đề nghị quan tâm hơn đến việc xây dựng trường học ở vùng sâu.",
                   "Trường lớp vùng sâu vùng xa còn tạm bợ, cần đầu tư xây mới",
                   "Cần ưu tiên kiên cố hóa trường học ở các xã vùng cao",
                   "Cơ sở vật chất trường học miền núi xuống cấp, đề nghị đầu tư",
                   "Xây dựng thêm phòng học kiên cố cho học sinh vùng sâu"]),
        ("other", ["Thiếu bác sĩ ở trạm y tế xã, cần có chính sách thu hút.",
                   "Đề nghị tăng cường bác sĩ về trạm y tế cơ sở",
                   "Trạm y tế xã không có bác sĩ, người dân phải lên huyện khám",
                   "Cần chính sách đãi ngộ để bác sĩ về công tác ở xã",
                   "Y tế cơ sở thiếu nhân lực, nhất là bác sĩ"]),
        ("other", ["Cần bảo tồn các lễ hội truyền thống và văn hóa của đồng bào dân tộc thiểu số.",
                   "Đề nghị bổ sung giải pháp giữ gìn bản sắc văn hóa các dân tộc",
                   "Văn hóa truyền thống của đồng bào đang mai một, phải bảo tồn",
                   "Bảo tồn nhà sàn, trang phục, lễ hội của người dân tộc",
                   "Giữ gìn tiếng nói, chữ viết và phong tục của đồng bào dân tộc thiểu số"]),
        ("other", ["Tệ nạn ma túy trong thanh niên gia tăng, cần có giải pháp mạnh.",
                   "Đề nghị bổ sung nội dung phòng chống ma túy trong học đường",
                   "Ma túy đang len lỏi vào các thôn xóm, phải quyết liệt ngăn chặn",
                   "Cần tăng cường phòng, chống tệ nạn ma túy ở địa bàn dân cư",
                   "Phòng chống ma túy cho giới trẻ chưa được quan tâm đúng mức"]),
        ("other", ["Cần có chính sách hỗ trợ người cao tuổi neo đơn.",
                   "Đề nghị quan tâm chăm sóc người già không nơi nương tựa",
                   "Người cao tuổi cô đơn ở nông thôn rất cần được hỗ trợ",
                   "Bổ sung chính sách chăm sóc sức khỏe người cao tuổi",
                   "Cần trợ cấp xã hội nhiều hơn cho người già neo đơn"]),
        ("other", ["Đề nghị xây dựng thêm nhà văn hóa và sân chơi cho thiếu nhi.",
                   "Trẻ em ở thôn không có chỗ vui chơi, cần làm sân chơi",
                   "Thiếu điểm vui chơi cho trẻ em vào dịp hè",
                   "Cần đầu tư khu vui chơi, thiết chế văn hóa cho thiếu nhi ở cơ sở",
                   "Nên có sân chơi an toàn cho các cháu ở khu dân cư"]),
        ("other", ["Học phí và các khoản thu ở trường còn nhiều, đề nghị giảm cho hộ nghèo.",
                   "Cần miễn giảm học phí cho con em gia đình khó khăn",
                   "Các khoản đóng góp ở trường học quá nhiều, phụ huynh rất vất vả",
                   "Đề nghị hỗ trợ học phí cho học sinh hộ nghèo, cận nghèo",
                   "Miễn học phí cho học sinh vùng khó khăn"]),
        ("other", ["Cần giải quyết việc làm cho lao động trở về từ các tỉnh phía Nam.",
                   "Đề nghị có giải pháp tạo việc làm cho lao động mất việc quay về quê",
                   "Nhiều công nhân về quê không có việc làm, cần hỗ trợ",
                   "Bổ sung chính sách đào tạo nghề, tạo việc làm cho người lao động hồi hương",
                   "Tạo việc làm tại chỗ cho lao động quay về địa phương"]),
    ],
    "moi_truong": [
        ("agree", ["Tán thành", "Nhất trí với dự thảo.", "Đồng ý với nội dung", "Thống nhất",
                   "tan thanh voi du thao", "Tôi đồng ý"]),
        ("other", ["Rác thải ở nông thôn chưa được thu gom, đề nghị có giải pháp xử lý.",
                   "Cần đầu tư khu xử lý rác thải sinh hoạt cho các xã",
                   "Thu gom, xử lý rác thải nông thôn còn bất cập",
                   "Rác thải vứt bừa bãi ven đường, đề nghị tổ chức thu gom",
                   "Đề nghị bổ sung giải pháp phân loại, xử lý rác thải sinh hoạt"]),
        ("other", ["Đề nghị xử lý nghiêm tình trạng khai thác cát trái phép trên sông.",
                   "Khai thác cát lậu gây sạt lở bờ sông, cần ngăn chặn",
                   "Tình trạng hút cát trái phép diễn ra nhiều, chính quyền cần xử lý",
                   "Cần quản lý chặt việc khai thác cát sỏi lòng sông",
                   "Phải chấm dứt khai thác cát trái phép gây sạt lở đất"]),
        ("other", ["Cần hỗ trợ nông dân chuyển đổi sang sản xuất nông nghiệp hữu cơ.",
                   "Đề nghị có chính sách khuyến khích canh tác hữu cơ, giảm phân bón hóa học",
                   "Nông nghiệp hữu cơ cần được hỗ trợ về giống và đầu ra",
                   "Bổ sung giải pháp phát triển nông nghiệp sạch, hữu cơ",
                   "Khuyến khích bà con làm nông nghiệp hữu cơ, hạn chế thuốc trừ sâu"]),
        ("other", ["Đầu ra nông sản bấp bênh, cần liên kết tiêu thụ cho nông dân.",
                   "Đề nghị hỗ trợ tìm thị trường tiêu thụ nông sản",
                   "Nông dân được mùa mất giá, phải có liên kết bao tiêu sản phẩm",
                   "Cần xây dựng chuỗi liên kết sản xuất và tiêu thụ nông sản",
                   "Giải quyết đầu ra ổn định cho nông sản của bà con"]),
        ("other", ["Cần trồng rừng và bảo vệ rừng đầu nguồn để chống lũ quét.",
                   "Đề nghị tăng cường bảo vệ rừng phòng hộ đầu nguồn",
                   "Rừng đầu nguồn bị chặt phá là nguyên nhân lũ quét, sạt lở",
                   "Phải nghiêm cấm phá rừng, đẩy mạnh trồng rừng",
                   "Bổ sung giải pháp phát triển rừng và chống phá rừng"]),
        ("other", ["Ô nhiễm nước thải từ các trang trại chăn nuôi lợn ảnh hưởng đời sống dân.",
                   "Trại lợn xả thải ra mương gây hôi thối, đề nghị xử lý",
                   "Cần kiểm soát ô nhiễm từ các cơ sở chăn nuôi tập trung",
                   "Nước thải chăn nuôi chưa qua xử lý làm ô nhiễm nguồn nước",
                   "Đề nghị buộc các trang trại chăn nuôi phải xử lý chất thải"]),
        ("other", ["Cần chủ động ứng phó với biến đổi khí hậu, hạn hán và xâm nhập mặn.",
                   "Đề nghị bổ sung giải pháp thích ứng biến đổi khí hậu",
                   "Hạn hán, thiếu nước tưới ngày càng nặng, phải có thủy lợi",
                   "Ứng phó thiên tai, biến đổi khí hậu cần được nói rõ hơn",
                   "Đầu tư hồ chứa nước, công trình thủy lợi chống hạn"]),
        ("disagree", ["Không tán thành", "Không đồng ý với dự thảo", "khong nhat tri", "Tôi không đồng tình.",
                      "Không thống nhất với nội dung này"]),
    ],
}

PREFIXES = ["Tôi đề nghị: ", "Theo tôi, ", "Ý kiến: ", "Góp ý: ", ""]


def strip_marks(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def typo(text: str, rnd: random.Random) -> str:
    words = text.split()
    long = [i for i, w in enumerate(words) if len(w) > 3]
    if not long:
        return text
    i = rnd.choice(long)
    w = words[i]
    j = rnd.randrange(1, len(w) - 1)
    words[i] = w[:j] + w[j + 1:] if rnd.random() < 0.5 else w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def variants(text: str, rnd: random.Random) -> str:
    kind = rnd.choice(["plain", "typo", "upper", "prefix", "prefix_plain"])
    if kind == "plain":
        return strip_marks(text).lower()
    if kind == "typo":
        return typo(text, rnd)
    if kind == "upper":
        return text.upper()
    if kind == "prefix":
        return rnd.choice(PREFIXES) + text[0].lower() + text[1:]
    return strip_marks(rnd.choice(PREFIXES) + text).lower()


def build() -> list[dict]:
    rnd = random.Random(18)
    rows, n = [], 0
    for piece, groups in G.items():
        for g, (stance, texts) in enumerate(groups):
            label = f"{piece}.{g}"
            split = "dev" if n % 2 == 0 else "holdout"
            n += 1
            extra = [variants(rnd.choice(texts), rnd) for _ in range(rnd.randint(4, 6))]
            for text in texts + extra:
                rows.append({"piece": piece, "group": label, "stance": stance, "text": text, "split": split})
    rnd.shuffle(rows)
    return rows


if __name__ == "__main__":
    rows = build()
    out = Path(__file__).with_name("labelled_comments.json")
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    groups = {r["group"] for r in rows}
    print(len(rows), "comments,", len(groups), "groups,", sum(r["split"] == "holdout" for r in rows), "holdout")
