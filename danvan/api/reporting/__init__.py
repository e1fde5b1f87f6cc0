"""Periodic-reporting routes, one module per concept: submissions (with roll-up and completeness), the Excel
import and the synthesised report. `router` gathers them for the mount list in `danvan.api.api`."""

from ninja import Router

from danvan.api.reporting import excel, submissions, synthesis

router = Router()
for _module in (submissions, excel, synthesis):
    router.add_router("", _module.router)
