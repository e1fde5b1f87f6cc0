from django.contrib import admin
from django.urls import include, path

from danvan.api.api import api

urlpatterns = [
    path("", include("danvan.core.urls")),
    path("tai-khoan/", include("danvan.accounts.urls")),
    path("dia-ban/", include("danvan.org.urls")),
    path("api/v1/", api.urls),
    path("quan-tri/", admin.site.urls),
]
