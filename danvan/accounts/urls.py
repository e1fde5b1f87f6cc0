from django.contrib.auth import views as auth_views
from django.urls import path

from danvan.accounts import views

app_name = "accounts"
urlpatterns = [
    path("dang-nhap/", views.login_view, name="login"),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("doi-mat-khau/", views.password_change, name="password_change"),
    path("ma-truy-cap/", views.token_list, name="token_list"),
    path("ma-truy-cap/<int:pk>/thu-hoi/", views.token_revoke, name="token_revoke"),
    path("to-chuc/<int:unit_id>/thanh-vien/", views.membership_add, name="membership_add"),
    path("thanh-vien/<int:pk>/thu-hoi/", views.membership_revoke, name="membership_revoke"),
    path("to-chuc/<int:unit_id>/tai-khoan-moi/", views.member_create, name="member_create"),
    path("thanh-vien/<int:pk>/dat-lai-mat-khau/", views.member_reset_password, name="member_reset_password"),
]
