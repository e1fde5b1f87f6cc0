"""Directives routes (/api/v1/directives, /tasks, /activities): documents and their chain, key tasks with
derived progress, activities and grassroots-democracy compliance. One router, mounted with one line.

Every read goes through directives.selectors (scoped); every write through directives.services.
"""

from ninja import Router

from danvan.api.directives import activities, documents, tasks

router = Router(tags=["Chỉ đạo"])
router.add_router("/directives", documents.router)
router.add_router("/tasks", tasks.router)
router.add_router("/activities", activities.router)
