from django.urls import path

from danvan.core import pwa, views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("nhat-ky/", views.AuditEventListView.as_view(), name="audit_list"),
    # The inbox keeps the paths it had under reporting: links in sent notices and bookmarks still work.
    path("bao-cao/thong-bao/", views.NotificationListView.as_view(), name="notification_list"),
    path("bao-cao/thong-bao/da-doc/", views.notifications_mark_read, name="notifications_mark_read"),
    path("bao-cao/thong-bao/chua-doc/", views.notifications_badge, name="notifications_badge"),
    path("tep/<int:attachment_id>/", views.attachment_download, name="attachment_download"),
    # The installable web app: manifest, service worker (root scope) and the offline page (core/pwa.py).
    path("manifest.webmanifest", pwa.manifest, name="manifest"),
    path("sw.js", pwa.service_worker, name="service_worker"),
    path("ngoai-tuyen/", pwa.offline, name="offline"),
]
