"""URL converters of the portal: a province's page sits at the site root ("/ninh-binh/"), so only the slugs of
real provinces match; anything else falls through to a 404 and never shadows another URL."""

from danvan.portal import selectors


class ProvinceConverter:
    regex = "[a-z0-9-]{2,60}"

    def to_python(self, value: str):
        place = selectors.province_by_slug(value)
        if place is None:
            raise ValueError(value)  # Django reads this as "no match"
        return place

    def to_url(self, value) -> str:
        return getattr(value, "slug", str(value))
