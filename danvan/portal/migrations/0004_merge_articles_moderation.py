from django.db import migrations


class Migration(migrations.Migration):
    """Articles (0002) and the moderation queue (0003) were built side by side on 0001."""

    dependencies = [
        ("portal", "0002_articles"),
        ("portal", "0003_moderation"),
    ]
    operations: list = []
