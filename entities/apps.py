from django.apps import AppConfig
from django.db.models.signals import post_migrate


class EntitiesConfig(AppConfig):
    name = "entities"
    verbose_name = "People, countries and meetings"

    def ready(self):
        from entities.counters import restore_sqlite_triggers

        post_migrate.connect(restore_sqlite_triggers, sender=self)
