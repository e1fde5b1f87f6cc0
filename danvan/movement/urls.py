from django.urls import path

from danvan.movement import views, views_files, views_import

app_name = "movement"

urlpatterns = [
    path("", views.model_list, name="model_list"),
    path("dang-ky/", views.model_new, name="model_new"),
    path("xuat-excel/", views.model_export, name="model_export"),
    path("nhap-excel/", views_import.import_home, name="import_home"),
    path("nhap-excel/mau/", views_import.import_template, name="import_template"),
    path("nhap-excel/tai-len/", views_import.import_upload, name="import_upload"),
    path("nhap-excel/<int:job_id>/", views_import.import_job, name="import_job"),
    path("thong-ke/", views.stats_page, name="stats"),
    path("thong-ke/excel/", views.stats_xlsx, name="stats_xlsx"),
    path("thong-ke/bao-cao.docx", views.stats_docx, name="stats_docx"),
    path("<int:model_id>/", views.model_detail, name="model_detail"),
    path("<int:model_id>/tep/", views_files.model_attach, name="model_attach"),
    path("tep/<int:attachment_id>/go/", views_files.attachment_remove, name="attachment_remove"),
    path("<int:model_id>/sua/", views.model_edit, name="model_edit"),
    path("<int:model_id>/<slug:event>/", views.model_action, name="model_action"),
]
