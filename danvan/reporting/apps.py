from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "danvan.reporting"
    verbose_name = "Báo cáo định kỳ"

    def ready(self) -> None:
        from danvan.reporting import registrations, signals  # noqa: F401  (signals connects the receivers)

        registrations.register()
