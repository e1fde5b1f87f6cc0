"""Demo data of the portal: a few published articles and public Dân vận khéo models per demo province, so a
fresh `make run` shows a living portal.

Everything goes through the services (write, submit, publish; movement's set_model_public), so the audit trail is the
real one. Deterministic; a province that already has articles is skipped, so a second `danvan demo` changes
nothing. Runs after the movement demo (INSTALLED_APPS order) and makes some of its models public.
"""

from django.db import transaction

from danvan.movement import services as movement
from danvan.movement.models import MovementModel
from danvan.org.bloc import BTGDV, DANG_UY
from danvan.org.choices import Level as AreaLevel
from danvan.org.models import Unit
from danvan.portal import services
from danvan.portal.models import Article

PUBLIC_MODELS = 6
ARTICLES = [
    ("Dân vận khéo ở {commune}: mỗi tháng một bữa cơm nghĩa tình",
     "Hội Liên hiệp Phụ nữ {commune} duy trì bữa cơm cho người cao tuổi neo đơn, vận động hơn 120 hộ cùng góp gạo.",
     "Từ đầu năm, các chi hội phụ nữ của {commune} thay nhau nấu cơm cho người cao tuổi neo đơn vào ngày rằm.\n\n"
     "Mô hình được cấp ủy đánh giá là cách làm <strong>dân vận khéo</strong>: ít tốn kém, gắn kết cộng đồng, "
     "người dân tự nguyện tham gia.", ["dan_van_kheo", "an_sinh"]),
    ("{commune} đối thoại trực tiếp với nhân dân về giải phóng mặt bằng",
     "Hơn 200 hộ dân dự buổi đối thoại; các kiến nghị được ghi nhận và trả lời ngay tại hội nghị.",
     "Buổi đối thoại do Đảng ủy, chính quyền {commune} tổ chức, với sự tham gia của Mặt trận Tổ quốc và các "
     "đoàn thể.\n\nCác ý kiến về giá bồi thường và tái định cư được giải đáp; những việc chưa giải quyết được "
     "có thời hạn trả lời cụ thể.", ["doi_thoai", "giai_phong_mat_bang"]),
    ("Hội nghị sơ kết 6 tháng công tác dân vận năm 2026",
     "Khối dân vận tỉnh đánh giá kết quả 6 tháng đầu năm và đề ra 7 nhiệm vụ trọng tâm 6 tháng cuối năm.",
     "Hội nghị ghi nhận công tác nắm tình hình nhân dân được thực hiện kịp thời; phong trào thi đua "
     "“Dân vận khéo” tiếp tục lan tỏa với nhiều mô hình mới.\n\nNhiệm vụ trọng tâm: tăng cường đối thoại, "
     "giải quyết dứt điểm các vụ việc phức tạp, nâng cao chất lượng giám sát và phản biện xã hội.", []),
    ("Thanh niên {commune} ra quân Ngày Chủ nhật xanh",
     "Đoàn viên, thanh niên cùng nhân dân dọn vệ sinh, trồng hơn 500 cây xanh dọc các tuyến đường.",
     "Hoạt động nằm trong chương trình xây dựng nông thôn mới kiểu mẫu.\n\nĐịa phương tiếp tục duy trì "
     "ra quân vào Chủ nhật cuối mỗi tháng.", ["moi_truong", "nong_thon_moi"]),
    ("Tiếp nhận ý kiến nhân dân về dự thảo văn kiện",
     "Người dân có thể góp ý dự thảo trực tiếp trên cổng thông tin, không cần tài khoản.",
     "Các ý kiến được tổng hợp theo từng phần của dự thảo và gửi cơ quan soạn thảo.\n\n"
     "Người góp ý có thể đề nghị không nêu tên trong bản tổng hợp.", ["gop_y_du_thao"]),
]
# One more of each state staff see in their list but visitors never do.
UNPUBLISHED = [("Bản tin tuần (đang chờ duyệt)", "in_review"), ("Ghi chép về mô hình mới (bản nháp)", "draft")]


def _communes(province) -> list[Unit]:
    commune_ids = list(province.children.filter(level=AreaLevel.COMMUNE).order_by("code").values_list("pk", flat=True)
                       [:10])
    return list(Unit.objects.unscoped().filter(area_id__in=commune_ids, closed_on__isnull=True,
                                               kind__code=DANG_UY).select_related("area").order_by("line_path")
                or Unit.objects.unscoped().filter(area_id__in=commune_ids, closed_on__isnull=True)
                .select_related("area").order_by("line_path"))


def _known(topics: list[str]) -> list[str]:
    from danvan.portal.rules import topic_labels

    return [t for t in topics if t in topic_labels()]


def _articles(root: Unit, communes: list[Unit]) -> int:
    made = 0
    for i, (title, summary, body, topics) in enumerate(ARTICLES):
        unit = communes[i % len(communes)] if communes and "{commune}" in title + summary else root
        name = unit.area.name
        article = services.create_article(None, unit=unit, title=title.format(commune=name),
                                          summary=summary.format(commune=name), body=body.format(commune=name),
                                          area=unit.area, topics=_known(topics))
        services.submit_article(None, article)
        services.publish_article(None, article)
        made += 1
    for title, state in UNPUBLISHED:
        article = services.create_article(None, unit=root, title=title, summary="Chưa đăng.", body="Nội dung.",
                                          area=root.area)
        if state == "in_review":
            services.submit_article(None, article)
    return made


def _public_models(root: Unit) -> int:
    candidates = (MovementModel.objects.unscoped().filter(line_path__startswith=root.line_path, is_public=False,
                                                          status__in=("recognised", "evaluated"))
                  .order_by("-status", "pk")[:PUBLIC_MODELS])
    for model in candidates:
        movement.set_model_public(None, model, True)
    return len(candidates)


def load(ctx) -> None:
    for province in ctx.provinces:
        root = Unit.objects.unscoped().filter(area=province, kind__code=BTGDV, closed_on__isnull=True).first()
        if root is None or Article.objects.unscoped().filter(line_path__startswith=root.line_path).exists():
            continue
        with transaction.atomic():  # a province's portal content is written whole or not at all
            articles = _articles(root, _communes(province))
            models = _public_models(root)
        ctx.write(f"{province.name}: {articles} tin bài đã đăng, {models} mô hình Dân vận khéo công khai.")
