"""The "Cập nhật từ dữ liệu" action: a draft's values taken from records are read again (see reporting/sourced.py)."""

from django.core.exceptions import PermissionDenied, ValidationError

from danvan.core.audit import check_version, mark_unchanged, record_event, service
from danvan.core.permissions import Action
from danvan.reporting import sourced
from danvan.reporting.models import Submission
from danvan.reporting.rules import EDITABLE


@service
def refresh_sourced_values(actor, submission: Submission, *, version) -> dict[str, str]:
    """Re-compute the draft's sourced values from the records now; {code: new value} of those that changed.

    A value the reporter changed (with a reason) is kept; nothing changed is not audited.
    """
    submission = Submission.objects.select_for_update(of=("self",)).select_related("form", "unit").get(pk=submission.pk)
    if actor is not None and not actor.scope_for(Action.REPORT).covers(submission.line_path):
        raise PermissionDenied("Bạn không có quyền sửa báo cáo này.")
    check_version(submission, version)
    if submission.status not in EDITABLE:
        raise ValidationError(f"Báo cáo đang ở trạng thái “{submission.get_status_display()}”, không sửa được.")
    changed = sourced.recompute(submission)
    if not changed:
        mark_unchanged()
        return changed
    submission.version += 1
    submission.save(update_fields=["version", "updated_at"])
    record_event(actor, "reporting.submission.refresh_sourced", submission, after={"values": changed})
    return changed
