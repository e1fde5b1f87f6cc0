from django.urls import path

from danvan.situation import views, views_files, views_rules

app_name = "situation"
urlpatterns = [
    path("", views.home, name="home"),
    path("tin/", views.note_list, name="note_list"),
    path("tin/moi/", views.note_new, name="note_new"),
    path("tin/<int:note_id>/", views.note_detail, name="note_detail"),
    path("tin/<int:note_id>/tep/", views_files.note_attach, name="note_attach"),
    path("vu-viec/<int:incident_id>/tep/", views_files.incident_attach, name="incident_attach"),
    path("tep/<int:attachment_id>/go/", views_files.attachment_remove, name="attachment_remove"),
    path("vu-viec/", views.incident_list, name="incident_list"),
    path("vu-viec/moi/", views.incident_new, name="incident_new"),
    path("vu-viec/<int:incident_id>/", views.incident_detail, name="incident_detail"),
    path("vu-viec/<int:incident_id>/dien-bien/", views.incident_event, name="incident_event"),
    path("bang-tinh-hinh/", views.board, name="board"),
    path("canh-bao/", views.warning_list, name="warning_list"),
    path("canh-bao/bo-qua/", views.warning_dismiss, name="warning_dismiss"),
    path("diem-nong/", views.hotspot_list, name="hotspot_list"),
    path("bao-cao-thang/", views.report_draft, name="report_draft"),
    path("quy-tac/", views_rules.rule_list, name="rule_list"),
    path("quy-tac/<slug:code>/", views_rules.rule_save, name="rule_save"),
    path("quy-tac/<slug:code>/mac-dinh/", views_rules.rule_reset, name="rule_reset"),
]
