"""Consultation routes (/api/v1/consultations...): drafts split into pieces, versions, comments, groups, synthesis.

Every read goes through consultation.selectors (scoped); every write through consultation.services. A refused
transition answers 409 with the reason; a service's ValidationError answers 400 with a Vietnamese detail.
One router, mounted with one line in api.ROUTERS: /consultations... and /comments/{id}/...; a path's methods
live in one module (two routers serving the same path would answer 405 to the second one's method).
"""

from ninja import Router

from danvan.api.consultation import comments, consultations, corrections, synthesis

router = Router()
router.add_router("/consultations", consultations.router)
router.add_router("/consultations", comments.router)
router.add_router("/consultations", corrections.router)
router.add_router("/consultations", synthesis.router)
router.add_router("/comments", corrections.comment_router)
