from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "danvan.portal"
    verbose_name = "Cổng thông tin công khai"

    def ready(self) -> None:
        from danvan.portal import registrations

        registrations.register()
