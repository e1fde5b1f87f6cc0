from django.urls import path

from danvan.core import views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("nhat-ky/", views.AuditEventListView.as_view(), name="audit_list"),
    path("tep/<int:attachment_id>/", views.attachment_download, name="attachment_download"),
]
