"""The public portal's URLs, mounted at the site root after every staff app (danvan/urls.py).

"/" itself stays core's: core.views.home shows the portal home to anonymous visitors (registry.public_home).
The citizen forms (comments on drafts, recommendations, status lookup) are in citizen/urls.py. A province's
page is "/<province-slug>/": the converter matches real provinces only (converters.ProvinceConverter).
"""

from django.urls import include, path, register_converter

from danvan.portal import converters, views, views_staff

register_converter(converters.ProvinceConverter, "province")

app_name = "portal"
urlpatterns = [
    path("", include("danvan.portal.citizen.urls")),
    # Staff: writing, reviewing and publishing articles.
    path("quan-ly-cong/bai-viet/", views_staff.article_list, name="staff_articles"),
    path("quan-ly-cong/bai-viet/viet-moi/", views_staff.article_new, name="staff_article_new"),
    path("quan-ly-cong/bai-viet/<int:article_id>/", views_staff.article_detail, name="staff_article"),
    path("quan-ly-cong/bai-viet/<int:article_id>/sua/", views_staff.article_edit, name="staff_article_edit"),
    path("quan-ly-cong/bai-viet/<int:article_id>/anh-bia/", views_staff.article_cover, name="staff_article_cover"),
    path("quan-ly-cong/bai-viet/<int:article_id>/<slug:event>/", views_staff.article_action,
         name="staff_article_action"),
    # Public pages.
    path("tin-tuc/", views.news_list, name="news"),
    path("tin-tuc/<slug:slug>/", views.article_detail, name="article"),
    path("tin-tuc/<slug:slug>/anh-bia/", views.article_cover, name="article_cover"),
    path("mo-hinh/", views.model_list, name="models"),
    path("mo-hinh/anh/<int:photo_id>/", views.model_photo, name="model_photo"),
    path("mo-hinh/<int:model_id>-<slug:slug>/", views.model_detail, name="model"),
    path("mo-hinh/<slug:slug>/", views.model_by_slug, name="model_by_slug"),
    path("feed/<str:code>.xml", views.feed, name="feed"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("<province:province>/", views.province_page, name="province"),
    path("<province:province>/<slug:commune>/", views.commune_page, name="commune"),
]
