from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group
from django.tasks import TaskResultStatus
from django.template.loader import render_to_string
from django.utils.html import format_html
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult

from danvan.core.models import AuditEvent, Holiday
from danvan.core.selectors import name_related_rows
from danvan.core.services import delete_catalogue_entry, save_catalogue_entry

admin.site.site_header = "Quản trị danh mục — Hệ thống thông tin công tác dân vận"
admin.site.site_title = "danvan"
admin.site.index_title = "Danh mục"
# Permissions come from memberships (accounts.Membership), not Django groups.
admin.site.unregister(Group)


class AuditedModelAdmin(admin.ModelAdmin):
    """Admin edits of catalogues go through a service, so they are audited like every other write."""

    def save_model(self, request, obj, form, change):
        save_catalogue_entry(request.user, obj, created=not change)

    def delete_model(self, request, obj):
        delete_catalogue_entry(request.user, obj)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            delete_catalogue_entry(request.user, obj)
        for obj in instances:
            save_catalogue_entry(request.user, obj, created=obj.pk is None)
        formset.save_m2m()

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            delete_catalogue_entry(request.user, obj)


@admin.register(Holiday)
class HolidayAdmin(AuditedModelAdmin):
    list_display = ["day", "name"]
    date_hierarchy = "day"
    search_fields = ["name"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor_username", "action_display", "object_type", "object_id", "object_repr"]
    list_filter = ["action", "object_type"]
    search_fields = ["actor_username", "object_repr", "object_id", "request_id"]
    readonly_fields = ["action_display", "changes_display", *(f.name for f in AuditEvent._meta.fields)]

    @admin.display(description="hành động", ordering="action")
    def action_display(self, obj):
        return format_html('{}<br><small class="quiet">{}</small>', obj.get_action_display(), obj.action)

    @admin.display(description="thay đổi")
    def changes_display(self, obj):
        changes = getattr(obj, "readable_changes", None) or obj.changes()
        return render_to_string("core/_audit_changes.html", {"changes": changes})

    def get_object(self, request, object_id, from_field=None):
        event = super().get_object(request, object_id, from_field)
        if event is not None:
            name_related_rows(request.user, [event])  # user 2 → "xa-37", as on the audit browser
        return event

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# django-tasks-db registers its results under English names ("Tasks Database Backend / Task Results", field
# and status labels untranslated in Django's vi catalogue). Technical staff use the list to see whether the
# reminders, e-mails and Excel imports ran, so it stays, named in Vietnamese. Changing the names at run time
# touches neither the database nor the migrations (they read the model's original Meta).
apps.get_app_config(DBTaskResult._meta.app_label).verbose_name = "Tác vụ nền"
DBTaskResult._meta.verbose_name = "kết quả tác vụ"
DBTaskResult._meta.verbose_name_plural = "kết quả tác vụ"
admin.site.unregister(DBTaskResult)

TASK_STATUS_LABELS = {
    TaskResultStatus.READY: "Chờ chạy",
    TaskResultStatus.RUNNING: "Đang chạy",
    TaskResultStatus.FAILED: "Lỗi",
    TaskResultStatus.SUCCESSFUL: "Xong",
}
TASK_NAMES = {
    "send_notification_email": "Gửi thư thông báo",
    "send_reminders_daily": "Gửi lời nhắc hằng ngày",
    "run_import": "Nhập tệp Excel",
}


class TaskStatusFilter(admin.SimpleListFilter):
    title = "trạng thái"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return list(TASK_STATUS_LABELS.items())

    def queryset(self, request, queryset):
        return queryset.filter(status=self.value()) if self.value() else queryset


def _task_field(name: str, label: str):
    """A read-only column or detail row showing one field of a task result under a Vietnamese label."""
    def show(model_admin, obj):
        value = getattr(obj, name)
        return model_admin.get_empty_value_display() if value in (None, "", [], {}) else value
    return admin.display(description=label, ordering=name)(show)


@admin.register(DBTaskResult)
class TaskResultAdmin(DBTaskResultAdmin):
    """Read-only, as django-tasks-db has it; only the words change."""

    list_display = ["task_display", "status_display", "enqueued_at_vi", "started_at_vi", "finished_at_vi"]
    list_filter = [TaskStatusFilter]
    detail_fields = ["id_vi", "task_display", "status_display", "args_kwargs_vi", "enqueued_at_vi",
                     "run_after_vi", "started_at_vi", "finished_at_vi", "return_value_vi",
                     "exception_class_path_vi", "traceback_vi", "priority_vi", "queue_name_vi",
                     "backend_name_vi", "worker_ids_vi"]

    id_vi = _task_field("id", "mã")
    args_kwargs_vi = _task_field("args_kwargs", "tham số")
    enqueued_at_vi = _task_field("enqueued_at", "xếp hàng lúc")
    started_at_vi = _task_field("started_at", "bắt đầu lúc")
    finished_at_vi = _task_field("finished_at", "xong lúc")
    return_value_vi = _task_field("return_value", "kết quả trả về")
    exception_class_path_vi = _task_field("exception_class_path", "loại lỗi")
    priority_vi = _task_field("priority", "độ ưu tiên")
    queue_name_vi = _task_field("queue_name", "hàng đợi")
    backend_name_vi = _task_field("backend_name", "bộ chạy")
    worker_ids_vi = _task_field("worker_ids", "tiến trình xử lý")

    @admin.display(description="tác vụ", ordering="task_path")
    def task_display(self, obj):
        name = obj.task_path.rsplit(".", 1)[-1]
        return format_html('{}<br><small class="quiet">{}</small>', TASK_NAMES.get(name, name), obj.task_path)

    @admin.display(description="trạng thái", ordering="status")
    def status_display(self, obj):
        return TASK_STATUS_LABELS.get(obj.status, obj.status)

    @admin.display(description="chạy sau")
    def run_after_vi(self, obj):
        return self.display_run_after(obj)

    @admin.display(description="chi tiết lỗi")
    def traceback_vi(self, obj):
        return self.formatted_traceback(obj)

    def get_readonly_fields(self, request, obj=None):
        return self.detail_fields
