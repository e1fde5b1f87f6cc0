from django.apps import AppConfig


class SituationConfig(AppConfig):
    name = "danvan.situation"
    verbose_name = "Nắm tình hình nhân dân"

    def ready(self) -> None:
        from danvan.situation import registrations, signals  # noqa: F401  (signals connects its receiver)

        registrations.register()
