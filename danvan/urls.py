from django.contrib import admin
from django.urls import include, path, re_path

from danvan.api.api import api
from danvan.api.errors import not_found

urlpatterns = [
    path("", include("danvan.core.urls")),
    path("tai-khoan/", include("danvan.accounts.urls")),
    path("dia-ban/", include("danvan.org.urls")),
    path("bao-cao/", include("danvan.reporting.urls")),
    path("tinh-hinh/", include("danvan.situation.urls")),
    path("dan-van-kheo/", include("danvan.movement.urls")),
    path("gop-y-du-thao/", include("danvan.consultation.urls")),
    path("chi-dao/", include("danvan.directives.urls")),
    path("tim-kiem/", include("danvan.search.urls")),
    path("don-thu/", include("danvan.petitions.urls")),
    path("api/v1/", api.urls),
    re_path(r"^api/", not_found, name="api_not_found"),
    path("quan-tri/", admin.site.urls),
    # The public portal last: its province pages sit at the root ("/<province-slug>/").
    path("", include("danvan.portal.urls")),
]
