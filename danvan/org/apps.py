from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "danvan.org"
    verbose_name = "Địa bàn và tổ chức"
