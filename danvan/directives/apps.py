from django.apps import AppConfig


class DirectivesConfig(AppConfig):
    name = "danvan.directives"
    verbose_name = "Chỉ đạo, nhiệm vụ và hoạt động"

    def ready(self) -> None:
        from danvan.directives import registrations

        registrations.register()
