from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "danvan.core"
    verbose_name = "Lõi hệ thống"

    def ready(self) -> None:
        from danvan.core import registrations

        registrations.register()
