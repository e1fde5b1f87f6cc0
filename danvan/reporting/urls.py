"""Every page of periodic reporting, mounted at /bao-cao/ (the API's routes are in danvan/api)."""

from django.urls import path

from danvan.reporting.views import completeness, dashboards, excel, submissions, synthesis, word_import

app_name = "reporting"
urlpatterns = [
    # Reports: list, new, review queue, a report's page and its review
    path("", submissions.SubmissionListView.as_view(), name="submission_list"),
    path("moi/", submissions.submission_new, name="submission_new"),
    path("duyet/", submissions.ReviewQueueView.as_view(), name="review_queue"),
    path("<int:pk>/", submissions.submission_detail, name="submission_detail"),
    path("<int:pk>/duyet/", submissions.submission_approve, name="submission_approve"),
    path("<int:pk>/cap-nhat-du-lieu/", submissions.submission_refresh_sourced, name="submission_refresh_sourced"),
    path("<int:pk>/tra-lai/", submissions.submission_return, name="submission_return"),
    path("<int:pk>/huy-duyet/", submissions.submission_unapprove, name="submission_unapprove"),
    path("<int:pk>/xoa/", submissions.submission_delete, name="submission_delete"),
    # Dashboards: the roll-up and completeness
    path("tong-hop/", dashboards.rollup_page, name="rollup"),
    path("tong-hop/day-du/", completeness.completeness_page, name="completeness"),
    path("tong-hop/day-du/tai-ve.xlsx", completeness.completeness_xlsx, name="completeness_xlsx"),
    path("tong-hop/day-du/nhac/", completeness.completeness_remind, name="completeness_remind"),
    # The synthesised report
    path("bao-cao-tong-hop/", synthesis.synthesis_start, name="synthesis_start"),
    path("bao-cao-tong-hop/tao/", synthesis.synthesis_create, name="synthesis_create"),
    path("bao-cao-tong-hop/<int:draft_id>/", synthesis.synthesis_edit, name="synthesis_edit"),
    path("bao-cao-tong-hop/<int:draft_id>/lam-moi/", synthesis.synthesis_refresh, name="synthesis_refresh"),
    path("bao-cao-tong-hop/<int:draft_id>/tai-ve.docx", synthesis.synthesis_docx, name="synthesis_docx"),
    path("bao-cao-tong-hop/<int:draft_id>/tai-ve.xlsx", synthesis.synthesis_xlsx, name="synthesis_xlsx"),
    # Excel: template, upload, a large upload's progress
    path("excel/", excel.excel_home, name="excel_home"),
    path("excel/mau/", excel.excel_template, name="excel_template"),
    path("excel/tai-len/", excel.excel_upload, name="excel_upload"),
    path("excel/tac-vu/<int:job_id>/", excel.excel_job, name="excel_job"),
    # A Word or text report read into a draft
    path("nhap-van-ban/", word_import.upload, name="word_import"),
    path("nhap-van-ban/xac-nhan/", word_import.confirm, name="word_import_confirm"),
    path("nhap-van-ban/tac-vu/<int:job_id>/", word_import.word_import_job, name="word_import_job"),
]
