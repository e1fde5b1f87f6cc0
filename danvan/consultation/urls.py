from django.urls import path

from danvan.consultation import views

app_name = "consultation"

urlpatterns = [
    path("", views.consultation_list, name="list"),
    path("tao-moi/", views.consultation_new, name="new"),
    path("<int:consultation_id>/", views.consultation_detail, name="detail"),
    path("<int:consultation_id>/trang-thai/<slug:event>/", views.consultation_transition, name="transition"),
    path("<int:consultation_id>/phien-ban/", views.version_upload, name="version_upload"),
    path("<int:consultation_id>/phan/<int:piece_id>/", views.piece_page, name="piece"),
    path("<int:consultation_id>/phan/<int:piece_id>/de-xuat/", views.piece_proposal, name="proposal"),
    path("<int:consultation_id>/nhom-y-kien/", views.groups_page, name="groups"),
    path("<int:consultation_id>/y-kien/", views.comment_list, name="comments"),
    path("<int:consultation_id>/nhap-excel/", views.comment_import, name="import"),
    path("<int:consultation_id>/nhap-excel/<int:job_id>/", views.import_job, name="import_job"),
    path("<int:consultation_id>/tong-hop/", views.synthesis_page, name="synthesis"),
    path("<int:consultation_id>/tong-hop/bao-cao.docx", views.synthesis_docx, name="synthesis_docx"),
    path("<int:consultation_id>/tong-hop/y-kien.xlsx", views.synthesis_xlsx, name="synthesis_xlsx"),
    path("y-kien/<int:comment_id>/<slug:event>/", views.comment_action, name="comment_action"),
    path("nhom/<int:group_id>/<slug:event>/", views.group_action, name="group_action"),
]
