from django.urls import path

from danvan.petitions import views

app_name = "petitions"

urlpatterns = [
    path("", views.petition_list, name="petition_list"),
    path("tiep-nhan/", views.petition_new, name="petition_new"),
    path("xuat-excel/", views.petition_export, name="petition_export"),
    path("thong-ke/", views.stats_page, name="stats"),
    path("thong-ke/excel/", views.stats_xlsx, name="stats_xlsx"),
    path("thong-ke/bao-cao.docx", views.stats_docx, name="stats_docx"),
    path("tiep-cong-dan/", views.reception_list, name="reception_list"),
    path("tiep-cong-dan/ghi-moi/", views.reception_new, name="reception_new"),
    path("tiep-cong-dan/tuan-thu/", views.compliance_page, name="compliance"),
    path("tep/<int:attachment_id>/", views.petition_file, name="petition_file"),
    path("tep/<int:attachment_id>/go/", views.petition_file_remove, name="petition_file_remove"),
    path("<int:petition_id>/", views.petition_detail, name="petition_detail"),
    path("<int:petition_id>/tep/", views.petition_attach, name="petition_attach"),
    path("<int:petition_id>/<slug:event>/", views.petition_step, name="petition_step"),
]
