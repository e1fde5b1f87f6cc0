"""Periodic reporting's reads, one module per concept; import them from here (`danvan.reporting.selectors`).

Every read a page or the API makes starts from `for_user` here, or takes an object its caller already
fetched through a selector; views, renderers and the API never query. `people` holds the internal reads
of who hears of a report, `reports` the roll-up and completeness answers shared by UI, API and synthesis.
"""

from danvan.reporting.selectors.dashboards import (
    ancestors_in_scope,
    area_in_scope,
    child_areas,
    child_units,
    completeness_rows,
    expected_units,
    get_area_for_rollup,
    root_units,
    top_unit,
)
from danvan.reporting.selectors.people import (
    nearest_reporters,
    reporters_by_unit,
    reporters_of,
    reviewers_above,
)
from danvan.reporting.selectors.submissions import (
    SUBMISSION_LOADS,
    active_forms,
    can_report,
    can_review,
    existing_values,
    form_layout,
    get_form,
    get_import_job,
    get_submission,
    import_jobs_of,
    locked_values,
    parse_period_or_400,
    reportable_units,
    review_queue,
    reviewable,
    submission_content,
    submission_list,
    submission_timeline,
    units_to_report,
)
from danvan.reporting.selectors.synthesis import (
    can_compile,
    compilable_units,
    draft_for,
    get_draft,
    recent_drafts,
)

__all__ = [
    "SUBMISSION_LOADS", "active_forms", "ancestors_in_scope", "area_in_scope", "can_compile", "can_report",
    "can_review", "child_areas", "child_units", "compilable_units", "completeness_rows", "draft_for",
    "existing_values", "expected_units", "form_layout", "get_area_for_rollup", "get_draft", "get_form",
    "get_import_job", "get_submission", "import_jobs_of", "locked_values", "nearest_reporters", "parse_period_or_400",
    "recent_drafts", "reportable_units", "reporters_by_unit", "reporters_of", "review_queue", "reviewable", "reviewers_above",
    "root_units", "submission_content", "submission_list", "submission_timeline", "top_unit", "units_to_report",
]
