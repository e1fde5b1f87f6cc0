"""Petition and citizen-reception routes (/api/v1/petitions..., /api/v1/receptions), one module per concept:
petitions (receive, list, detail, statistics), their steps, their files, reception sessions and the public status
lookup. One router, mounted with one line.

Every read goes through petitions.selectors (scoped); every write through petitions.services. A step the
lifecycle refuses answers 409 with the reason. A denouncer's identity never leaves through the API.
"""

from ninja import Router

from danvan.api.petitions import files, petitions, receptions, status, steps
from danvan.api.petitions.status import LOOKUPS_PER_10_MINUTES  # noqa: F401  (published constant)

router = Router(tags=["Đơn thư, tiếp công dân"])
# The public lookup and the statistics come before /petitions/{petition_id}, as they did in one module.
router.add_router("", petitions.router)
router.add_router("", status.router)
router.add_router("", steps.router)
router.add_router("", files.router)
router.add_router("", receptions.router)
