from django.urls import path

from danvan.search import views

app_name = "search"

urlpatterns = [
    path("", views.search_page, name="search"),
    path("ban-lam-viec/", views.desk_page, name="desk"),
    path("ban-lam-viec/tinh-hinh-tuan.docx", views.desk_docx, name="desk_docx"),
]
