"""The public portal's URLs, mounted at the site root after every staff app (danvan/urls.py).

"/" itself stays core's: core.views.home shows the portal home to anonymous visitors (registry.public_home).
The citizen forms (comments on drafts, recommendations, status lookup) are in citizen/urls.py.
"""

from django.urls import include, path

app_name = "portal"
urlpatterns = [
    path("", include("danvan.portal.citizen.urls")),
]
