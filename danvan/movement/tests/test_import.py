"""The Excel import: the template round-trips, every bad cell is named (row, column, Vietnamese reason) and
nothing is written, legacy area names go through the lineage, duplicates are refused, large files queue."""

import io
from datetime import date

import pytest
from openpyxl import load_workbook

from danvan.core.models import AuditEvent
from danvan.movement.importing import flows
from danvan.movement.importing.checks import parse_upload
from danvan.movement.importing.template import DATA_SHEET, FIRST_DATA_ROW, build_template
from danvan.movement.models import Field, ImportJob, MovementModel
from danvan.movement.tests.conftest import register
from danvan.org.models import Area, AreaLineage

pytestmark = pytest.mark.django_db


def _filled(unit, rows, *, template=None) -> bytes:
    wb = load_workbook(io.BytesIO(template or build_template(unit, list(Field.objects.unscoped().all()))))
    ws = wb[DATA_SHEET]
    for offset, values in enumerate(rows):
        for col, value in enumerate(values, start=1):
            ws.cell(row=FIRST_DATA_ROW + offset, column=col, value=value)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _row(world, name="Tổ tự quản đường hoa", *, area=None, kind="Mô hình", field="Kinh tế",
         day="15/03/2025", **extra):
    values = [name, kind, field, area or world.a.commune.name, day, "Thực trạng", "Mục tiêu", "Nội dung"]
    return values + [extra.get("target", ""), "", "", extra.get("starts", ""), extra.get("ends", "")]


def test_a_filled_template_registers_every_row_in_one_go(world):
    unit = world.a.commune_party
    plain_name = Area.objects.unscoped().get(pk=world.a.commune.pk).name_folded  # no diacritics, lower case
    content = _filled(unit, [_row(world), _row(world, "Camera an ninh", area=plain_name, kind="dien hinh tap the",
                                               field="quoc_phong_an_ninh", day=date(2025, 4, 1))])
    outcome = flows.upload(world.a.reporter, unit=unit, file_bytes=content, filename="ds.xlsx")
    assert outcome.errors is None and outcome.result is not None and outcome.result["created"] == 2
    models = {m.name: m for m in MovementModel.objects.unscoped().filter(unit=unit)}
    assert set(models) == {"Tổ tự quản đường hoa", "Camera an ninh"}
    camera = models["Camera an ninh"]
    assert camera.kind == "exemplar_collective" and camera.field.code == "quoc_phong_an_ninh"
    assert camera.registered_on == date(2025, 4, 1) and list(camera.areas.all()) == [world.a.commune]
    assert models["Tổ tự quản đường hoa"].goals == "Mục tiêu"
    assert AuditEvent.objects.unscoped().filter(action="movement.model.import").count() == 1
    assert AuditEvent.objects.unscoped().filter(action="movement.model.register").count() == 2


def test_every_bad_cell_is_named_and_nothing_is_written(world):
    unit = world.a.commune_party
    content = _filled(unit, [
        _row(world),
        _row(world, "", kind="Hợp tác xã", field="Thể thao", area="Xã Không Có", day="31/02/2025"),
        _row(world, "Mô hình tương lai", day="01/01/2099", starts="01/05/2025", ends="01/04/2025"),
    ])
    rows, errors = parse_upload(content, unit, world.a.reporter)
    assert rows == []
    found = {(e["row"], e["column"]) for e in errors}
    assert {(5, "A"), (5, "B"), (5, "C"), (5, "D"), (5, "E"), (6, "E"), (6, "M")} <= found
    messages = " ".join(e["message"] for e in errors)
    assert "Hợp tác xã" in messages and "Không tìm thấy địa bàn “Xã Không Có”" in messages
    assert "không phải ngày hợp lệ" in messages and "tương lai" in messages
    outcome = flows.upload(world.a.reporter, unit=unit, file_bytes=content)
    assert outcome.errors and not MovementModel.objects.unscoped().exists()


def test_a_legacy_area_name_is_mapped_through_the_lineage(world):
    legacy = Area.objects.unscoped().create(era="legacy", code="T-CU-1", name="Xã Hòa Bình Cũ", division_type="Xã",
                                            level="commune")
    AreaLineage.objects.unscoped().create(successor=world.a.commune, predecessor=legacy)
    unit = world.a.commune_party
    rows, errors = parse_upload(_filled(unit, [_row(world, area="hoa binh cu")]), unit, world.a.reporter)
    assert errors == [] and rows[0]["areas"] == [world.a.commune]


def test_duplicates_in_the_file_and_against_the_records_are_refused(world):
    unit = world.a.commune_party
    register(world.a.reporter, unit, name="Camera an ninh", areas=[world.a.commune])
    content = _filled(unit, [_row(world, "Đường hoa"), _row(world, "DUONG HOA"), _row(world, "Camera An Ninh")])
    rows, errors = parse_upload(content, unit, world.a.reporter)
    assert rows == []
    by_row = {e["row"]: e["message"] for e in errors}
    assert "Trùng với dòng 4" in by_row[5] and "Trùng với mô hình đã có" in by_row[6] and 4 not in by_row


def test_a_template_of_another_unit_or_another_file_is_refused(world):
    content = _filled(world.a.commune_party, [_row(world)])
    _, errors = parse_upload(content, world.a.btgdv, world.a.reviewer)
    assert "tổ chức khác" in errors[0]["message"]
    _, errors = parse_upload(b"not a zip", world.a.commune_party, world.a.reporter)
    assert errors[0]["row"] is None and ".xlsx" in errors[0]["message"]


def test_a_large_file_is_queued_and_imported_in_the_background(world, settings, monkeypatch):
    from danvan.movement.importing import tasks

    monkeypatch.setattr(flows, "ASYNC_ROWS", 2)
    unit = world.a.commune_party
    content = _filled(unit, [_row(world, f"Mô hình số {i}") for i in range(3)])
    outcome = flows.upload(world.a.reporter, unit=unit, file_bytes=content, filename="lon.xlsx")
    job = outcome.job
    assert job is not None and job.status == ImportJob.State.QUEUED and job.total_rows == 3
    tasks.run_import.call(job.pk)
    job.refresh_from_db()
    assert job.status == ImportJob.State.DONE and job.progress == 100 and job.result["created"] == 3
    assert MovementModel.objects.unscoped().filter(unit=unit).count() == 3


def test_a_job_that_fails_while_writing_saves_nothing_and_says_why(world, monkeypatch):
    """The shared runner (core.importjobs.run_job): a refusal while writing becomes the job's error, anything
    else a system error naming what was not saved; either way nothing is written, the file is dropped, and a
    job that is no longer queued is not run again."""
    from django.core.exceptions import PermissionDenied

    from danvan.movement.importing import tasks

    monkeypatch.setattr(flows, "ASYNC_ROWS", 1)
    unit = world.a.commune_party
    content = _filled(unit, [_row(world, f"Mô hình số {i}") for i in range(2)])
    for raised, message in ((PermissionDenied("Không được phép nhập."), "Không được phép nhập."),
                            (RuntimeError("disk"), "Lỗi hệ thống khi nhập tệp; không có mô hình nào được lưu.")):
        def refuse(job, rows, progress, raised=raised):
            raise raised

        monkeypatch.setattr(tasks, "_write", refuse)
        job = flows.upload(world.a.reporter, unit=unit, file_bytes=content, filename="x.xlsx").job
        assert job is not None  # a file over the in-request size: queued
        assert tasks.run_import.call(job.pk) == {"errors": 1}
        job.refresh_from_db()
        assert (job.status, job.progress, job.file, job.total_rows) == (ImportJob.State.FAILED, 100, b"", 2)
        assert job.errors[0]["row"] is None and job.errors[0]["message"].startswith(message)
        assert tasks.run_import.call(job.pk) == {"skipped": True}
    assert not MovementModel.objects.unscoped().exists()


def test_the_pages_download_upload_and_follow_a_job(client, world):
    unit = world.a.commune_party
    client.force_login(world.a.reporter)
    assert "Nhập danh sách mô hình" in client.get("/dan-van-kheo/nhap-excel/").content.decode()
    template = client.get("/dan-van-kheo/nhap-excel/mau/", {"unit": unit.pk})
    assert template.status_code == 200 and template["Content-Type"].startswith("application/vnd.openxml")
    bad = _filled(unit, [_row(world, kind="???")], template=template.content)
    response = client.post("/dan-van-kheo/nhap-excel/tai-len/", {"unit": unit.pk, "file": io.BytesIO(bad)})
    assert response.status_code == 400 and "Không có mô hình nào được lưu" in response.content.decode()
    good = _filled(unit, [_row(world)], template=template.content)
    upload = io.BytesIO(good)
    upload.name = "ds.xlsx"
    response = client.post("/dan-van-kheo/nhap-excel/tai-len/", {"unit": unit.pk, "file": upload})
    assert response.status_code == 200 and "Đã đăng ký 1 mô hình" in response.content.decode()
    # another province's unit: not in the reporter's scope
    assert client.get("/dan-van-kheo/nhap-excel/mau/", {"unit": world.b.commune_party.pk}).status_code == 404


def test_registering_in_bulk_writes_what_one_by_one_writes(world):
    """register_models (the import's path) leaves the same rows as register_model: model, areas, timeline,
    audit event and search entry; a bad row refuses the whole list, named by its row."""
    from django.core.exceptions import ValidationError

    from danvan.movement.services import register_models
    from danvan.search.models import SearchEntry

    unit = world.a.commune_party
    one = register(world.a.reporter, unit, name="Đường hoa từng mô hình")
    row = {"row": 7, "kind": "model", "name": "Đường hoa nhập hàng loạt", "field": "kinh_te",
           "areas": [world.a.commune], "registered_on": date(2026, 1, 10),
           "registration": {"situation": "Rác thải chưa được thu gom."}}
    with pytest.raises(ValidationError) as refused:
        register_models(world.a.reporter, unit=unit, rows=[row, {**row, "row": 8, "name": "", "field": "khong_co"}])
    assert any(m.startswith("Dòng 8:") and "Không được để trống" in m for m in refused.value.messages)
    assert any(m.startswith("Dòng 8:") and "khong_co" in m for m in refused.value.messages)
    assert not MovementModel.objects.unscoped().filter(name="Đường hoa nhập hàng loạt").exists()
    [bulk] = register_models(world.a.reporter, unit=unit, rows=[row])

    def written(model):
        model = MovementModel.objects.unscoped().get(pk=model.pk)
        entry = SearchEntry.objects.unscoped().get(type="movement.model", object_id=str(model.pk))
        audit = AuditEvent.objects.unscoped().get(action="movement.model.register", object_id=str(model.pk))
        return {"fields": (model.status, model.version, model.unit_kind_id, model.line_path, model.field.code,
                           model.situation, model.created_by_id),
                "folded": model.name_folded.startswith("duong hoa"),
                "areas": list(model.areas.values_list("pk", flat=True)),
                "timeline": [(e.kind, e.happened_on, e.actor_id, e.actor_name) for e in model.timeline.all()],
                "audit": {k: v for k, v in audit.after.items() if k not in ("name",)},
                "audited": (audit.actor_id, audit.actor_username, audit.object_type, audit.scope_path, audit.before),
                "entry": (entry.line_path, entry.area_path, entry.public, entry.day)}

    mine, theirs = written(one), written(bulk)
    assert mine == theirs
    assert AuditEvent.objects.unscoped().get(object_id=str(bulk.pk), action="movement.model.register").after["name"] \
        == "Đường hoa nhập hàng loạt"
