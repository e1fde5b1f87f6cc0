from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "danvan.core"
    verbose_name = "Lõi hệ thống"

    def ready(self) -> None:
        from danvan.core import (  # noqa: F401  (signals: the unit-owned rows' mover)
            checks,  # noqa: F401  (registers the system checks)
            registrations,
            signals,
        )

        registrations.register()
