from django.apps import AppConfig


class ConsultationConfig(AppConfig):
    name = "danvan.consultation"
    verbose_name = "Góp ý dự thảo"

    def ready(self) -> None:
        from danvan.consultation import registrations

        registrations.register()
