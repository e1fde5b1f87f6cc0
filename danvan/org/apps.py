from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "danvan.org"
    verbose_name = "Địa bàn và tổ chức"

    def ready(self) -> None:
        from danvan.org import registrations

        registrations.register()
