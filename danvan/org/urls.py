from django.urls import path

from danvan.org import views

app_name = "org"
urlpatterns = [
    path("", views.AreaListView.as_view(), name="area_list"),
    path("to-chuc/", views.UnitListView.as_view(), name="unit_list"),
    path("to-chuc/<int:pk>/", views.unit_detail, name="unit_detail"),
    path("<str:era>/<str:code>/", views.area_detail, name="area_detail"),
    path("<str:era>/<str:code>/them-thon/", views.hamlet_create, name="hamlet_create"),
    path("<str:era>/<str:code>/sua-thon/", views.hamlet_update, name="hamlet_update"),
]
