from django.core.management.base import BaseCommand
from django.db import transaction

from entities import summaries
from entities.models import Country, Meeting, Person


class Command(BaseCommand):
    help = (
        "Recount article, meeting and report counters, and refill the pair summaries, from the fact "
        "tables. Triggers keep them; "
        "run this after a load that bypassed triggers (TRUNCATE, pg_restore --disable-triggers)."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            people = Person.objects.recount()
            countries = Country.objects.recount()
            meetings = Meeting.objects.recount()
            summaries.refill()
        self.stdout.write(f"Recounted {people} people, {countries} countries, {meetings} meetings.")
