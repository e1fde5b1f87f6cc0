from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "danvan.core"
    verbose_name = "Lõi hệ thống"

    def ready(self) -> None:
        from danvan.core import checks  # noqa: F401  (registers the system checks)
        from danvan.core import signals  # noqa: F401  (connects the receiver that moves unit-owned rows)
