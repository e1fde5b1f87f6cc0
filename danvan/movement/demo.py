"""Demo data of the movement app: a few hundred models and exemplars for each demo province.

Every record goes through the services (register, launch, evaluate, recognise, replicate, stop), so the
audit trail and the timelines are the real ones. Deterministic (seeded by the province code); a province
that already has models is skipped, so a second `danvan demo` changes nothing.
"""

import random
import time
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from danvan.movement import services
from danvan.movement.choices import Kind, Level
from danvan.movement.models import MovementModel
from danvan.org.bloc import BTGDV
from danvan.org.choices import Level as AreaLevel
from danvan.org.models import Unit

MODELS = 300
COMMUNES = 30  # the first communes by code, as the reporting demo does
NAMES = {
    "kinh_te": ["Chi hội giúp nhau phát triển kinh tế", "Tổ hợp tác trồng rau an toàn", "Hỗ trợ hộ nghèo thoát nghèo bền vững",
                "Liên kết sản xuất lúa theo chuỗi giá trị", "Quỹ vay vốn quay vòng không lãi"],
    "van_hoa_xa_hoi": ["Bữa cơm nghĩa tình", "Tủ sách cộng đồng", "Câu lạc bộ gia đình hạnh phúc",
                       "Khu dân cư văn hóa kiểu mẫu", "Áo ấm cho em"],
    "quoc_phong_an_ninh": ["Camera an ninh khu dân cư", "Tổ tự quản an ninh trật tự", "Khu dân cư không tội phạm",
                           "Cựu chiến binh tham gia giữ gìn trật tự"],
    "xay_dung_dang": ["Đảng viên gương mẫu nơi cư trú", "Đối thoại trực tiếp với nhân dân hằng quý",
                      "Dân vận chính quyền trong giải quyết thủ tục hành chính", "Lắng nghe ý kiến nhân dân"],
    "nong_thon_moi": ["Tuyến đường hoa, cây xanh", "Phân loại rác thải tại nguồn", "Ngày Chủ nhật xanh",
                      "Thắp sáng đường quê", "Hiến đất mở rộng đường giao thông nông thôn"],
}
FORMS = {Level.PROVINCE: "Bằng khen của Chủ tịch UBND tỉnh", Level.COMMUNE: "Giấy khen của Đảng ủy",
         Level.CENTRAL: "Bằng khen của Ban Dân vận Trung ương"}


def _units(province) -> list[Unit]:
    communes = list(province.children.filter(level=AreaLevel.COMMUNE).order_by("code").values_list("pk", flat=True)
                    [:COMMUNES])
    return list(Unit.objects.unscoped().filter(area_id__in=[province.pk, *communes], closed_on__isnull=True)
                .select_related("area", "kind").order_by("line_path"))


def _day(rng, after: date, low: int, high: int, today: date) -> date | None:
    day = after + timedelta(days=rng.randint(low, high))
    return day if day <= today else None


def _one(rng, unit, index: int, today: date) -> MovementModel:
    field = rng.choice(list(NAMES))
    kind = rng.choices([Kind.MODEL, Kind.EXEMPLAR_COLLECTIVE, Kind.EXEMPLAR_INDIVIDUAL], [8, 1, 1])[0]
    registered_on = today - timedelta(days=rng.randint(5, 700))
    name = f"{rng.choice(NAMES[field])} — {unit.area.name} ({index})"
    model = services.register_model(None, unit=unit, kind=kind, name=name, field=field, areas=[unit.area],
                                    registered_on=registered_on, registration={
                                        "situation": f"Tại {unit.area.name}, việc này còn nhiều khó khăn.",
                                        "goals": "Nâng cao đời sống và sự đồng thuận của nhân dân.",
                                        "content": f"{unit.name} vận động hội viên, nhân dân cùng thực hiện.",
                                        "outputs": "Kết quả đo được sau 12 tháng.",
                                        "sustainability": "Duy trì bằng đóng góp của nhân dân."})
    launched_on = _day(rng, registered_on, 7, 45, today)
    if launched_on is None or rng.random() < 0.12:
        return model
    services.launch_model(None, model, launched_on=launched_on, commitments="Cam kết thực hiện đến cuối năm.")
    evaluated_on = _day(rng, launched_on, 60, 200, today)
    if evaluated_on is not None and rng.random() < 0.7:
        effective = rng.random() < 0.8
        services.evaluate_model(None, model, period=str(evaluated_on.year), effective=effective,
                                scores={"hieu_qua": rng.randint(5, 10), "dong_thuan": rng.randint(5, 10)},
                                evidence="Báo cáo kết quả, hình ảnh.", evaluated_on=evaluated_on)
        decided = _day(rng, evaluated_on, 10, 60, today)
        if effective and decided is not None and rng.random() < 0.35:
            level = Level.PROVINCE if unit.area.level == AreaLevel.PROVINCE or rng.random() < 0.3 else Level.COMMUNE
            services.recognise_model(None, model, decision_number=f"{rng.randint(10, 999)}/QĐ-KT",
                                     decision_date=decided, issuer="UBND tỉnh" if level == Level.PROVINCE
                                     else "Đảng ủy", level=level, form=FORMS[level])
    if rng.random() < 0.06:
        services.stop_model(None, model, reason="Điều kiện thực hiện không còn phù hợp.",
                            stopped_on=_day(rng, launched_on, 30, 300, today) or today)
    model.refresh_from_db()
    return model


def load(ctx, *, models: int = MODELS, today: date | None = None) -> None:
    """`models` models per demo province, about a tenth of them replications of the effective ones."""
    today = today or timezone.localdate()
    for province in ctx.provinces:
        root = Unit.objects.unscoped().filter(area=province, kind__code=BTGDV, closed_on__isnull=True).first()
        if root is None or MovementModel.objects.unscoped().filter(line_path__startswith=root.line_path).exists():
            continue
        started = time.monotonic()
        rng = random.Random(f"movement/{province.code}")
        units = _units(province)
        with transaction.atomic():  # a province's models are written whole or not at all
            made = [_one(rng, rng.choice(units), i, today) for i in range(1, models - models // 10 + 1)]
            sources = [m for m in made if m.status in ("evaluated", "recognised")]
            for _ in range(models // 10 if sources else 0):
                origin, unit = rng.choice(sources), rng.choice(units)
                day = max(origin.launched_on, today - timedelta(days=rng.randint(1, 120)))
                services.replicate_model(None, origin, unit=unit, areas=[unit.area], registered_on=day)
        ctx.write(f"{province.name}: {models} mô hình Dân vận khéo ({time.monotonic() - started:.0f} s).")
