"""Demo data of the search app: the index over what the apps before it loaded.

Records written through services are indexed as they are written; the divisions and the blocs are loaded in
bulk (no signal), so the demo rebuilds the index of areas and units once — through the audited service.
"""

from danvan.search.services import reindex


def load(ctx) -> None:
    counts = reindex(None, types=["org.area", "org.unit"])
    ctx.write(f"Chỉ mục tìm kiếm: {sum(counts.values())} địa bàn, tổ chức.")
