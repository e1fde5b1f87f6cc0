from django.apps import AppConfig


class PetitionsConfig(AppConfig):
    name = "danvan.petitions"
    verbose_name = "Đơn thư, tiếp công dân"

    def ready(self) -> None:
        from danvan.petitions import registrations

        registrations.register()
