from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "danvan.search"
    verbose_name = "Tìm kiếm và bàn làm việc của lãnh đạo"

    def ready(self) -> None:
        from danvan.search import registrations

        registrations.register()
