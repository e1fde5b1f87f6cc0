from django.apps import AppConfig


class MovementConfig(AppConfig):
    name = "danvan.movement"
    verbose_name = "Phong trào Dân vận khéo"

    def ready(self) -> None:
        from danvan.movement import registrations, signals  # noqa: F401  (signals connects its receiver)

        registrations.register()
