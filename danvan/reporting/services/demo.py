"""Writes used only to build demo (and historical) data; still audited like every other write."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from danvan.core.audit import mark_unchanged, record_event, service, snapshot
from danvan.core.models import Notification
from danvan.reporting.choices import Status
from danvan.reporting.models import Submission


@service
def backdate_submission(actor, submission: Submission, *, submitted_at, first_submitted_at=None,
                        approved_at=None) -> Submission:
    """Set when a submitted report was (first) submitted and approved, for demo or historical data.

    Only the system (`actor` None) or an administrator may do it; the times must be in the past,
    after the period started, and in order (first submission ≤ last submission ≤ approval).
    """
    if actor is not None and not actor.is_superuser:
        raise PermissionDenied("Chỉ quản trị hệ thống mới được sửa thời điểm nộp báo cáo.")
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if submission.first_submitted_at is None:
        raise ValidationError("Báo cáo chưa nộp, không có thời điểm nộp để sửa.")
    first_submitted_at = first_submitted_at or submitted_at
    now = timezone.now()
    times = [t for t in (first_submitted_at, submitted_at, approved_at) if t is not None]
    if times != sorted(times) or times[-1] > now:
        raise ValidationError("Thời điểm nộp, duyệt phải theo thứ tự và không ở tương lai.")
    if timezone.localdate(first_submitted_at) < submission.period_start:
        raise ValidationError("Không thể nộp báo cáo trước khi kỳ báo cáo bắt đầu.")
    if approved_at is not None and submission.status != Status.APPROVED:
        raise ValidationError("Báo cáo chưa được duyệt, không có thời điểm duyệt để sửa.")
    fields = ["first_submitted_at", "submitted_at"] + (["approved_at"] if approved_at is not None else [])
    before = snapshot(submission, fields)
    submission.first_submitted_at, submission.submitted_at = first_submitted_at, submitted_at
    if approved_at is not None:
        submission.approved_at = approved_at
    # Bookkeeping times, not content an editor sees: the version stays, so no open edit is refused.
    submission.save(update_fields=[*fields, "updated_at"])
    record_event(actor, "reporting.submission.backdate", submission, before=before,
                 after=snapshot(submission, fields))
    return submission


URL_BATCH = 500  # notice urls per query, well within the databases' limits on bound parameters


@service
def mark_history_notices_read(actor, *, urls: list[str]) -> int:
    """Mark read the unread notices that point at `urls` (the demo's older reports and their review queues).

    Only the system (`actor` None) or an administrator builds demo data; returns how many notices changed.
    """
    if actor is not None and not actor.is_superuser:
        raise PermissionDenied("Chỉ quản trị hệ thống mới được tạo dữ liệu mẫu.")
    now = timezone.now()
    count = 0
    for start in range(0, len(urls), URL_BATCH):
        count += (Notification.objects.filter(url__in=urls[start:start + URL_BATCH], read_at__isnull=True)
                  .update(read_at=now))
    if not count:
        mark_unchanged()
        return 0
    record_event(actor, "reporting.demo.read_history_notices", object_type="core.notification",
                 object_repr=f"{count} thông báo về báo cáo các tháng trước", after={"count": count, "read_at": now})
    return count
