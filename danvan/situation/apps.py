from django.apps import AppConfig


class SituationConfig(AppConfig):
    name = "danvan.situation"
    verbose_name = "Nắm tình hình nhân dân"

    def ready(self) -> None:
        from danvan.situation import registrations

        registrations.register()
