"""Citizens' forms on the portal: comments on open consultations, recommendations, status lookup."""

urlpatterns: list = []
