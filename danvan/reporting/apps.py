from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "danvan.reporting"
    verbose_name = "Báo cáo định kỳ"
