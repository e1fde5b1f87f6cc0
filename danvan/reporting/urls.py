from django.urls import include, path

app_name = "reporting"
urlpatterns = [
    path("", include("danvan.reporting.views.submissions")),
    path("tong-hop/", include("danvan.reporting.views.dashboards")),
    path("bao-cao-tong-hop/", include("danvan.reporting.views.synthesis")),
    path("excel/", include("danvan.reporting.views.excel")),
    path("nhap-van-ban/", include("danvan.reporting.views.word_import")),
]
