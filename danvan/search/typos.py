"""Typo correction: a query that matches nothing is retried once with each word unknown to the vocabulary
(`SearchTerm`) replaced by its nearest known word ("nghia trnag" → "nghia trang")."""

from django.db import connection
from django.db.models import BooleanField, IntegerField, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Length

from danvan.search.models import SearchTerm


def corrected(terms: list[str]) -> list[str] | None:
    """`terms` with each word unknown to the vocabulary replaced by its nearest known word; None if none is."""
    known = set(SearchTerm.objects.unscoped().filter(term__in=terms).values_list("term", flat=True))
    unknown = [t for t in terms if t not in known and len(t) >= 3]
    if not unknown:
        return None
    replacements = {t: _nearest(t) for t in unknown}
    if not any(replacements.values()):
        return None
    return [replacements.get(t) or t for t in terms]


def _nearest(term: str) -> str | None:
    limit = 1 if len(term) <= 4 else 2
    terms = SearchTerm.objects.unscoped()
    # Words of the same first letter (a swap or a missing letter inside the word), and on PostgreSQL the
    # trigram-similar ones too (the first letter mistyped), through the vocabulary's trigram index.
    near = Q(term__startswith=term[0])
    if connection.vendor == "postgresql":
        near |= Q(RawSQL("search_term.term %% %s", [term], output_field=BooleanField()))
    candidates = terms.filter(near)
    lengths = range(len(term) - limit, len(term) + limit + 1)
    best: tuple[int, str] | None = None
    for candidate in candidates.annotate(n=_length()).filter(n__in=list(lengths)).values_list("term", flat=True)[:5000]:
        distance = _distance(term, candidate, limit)
        if distance <= limit and (best is None or (distance, candidate) < best):
            best = (distance, candidate)
    return best[1] if best else None


def _length():
    return Length("term", output_field=IntegerField())


def _distance(a: str, b: str, limit: int) -> int:
    """Damerau–Levenshtein distance (adjacent swaps count once: "trnag" → "trang"), stopping past `limit`."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, start=1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        rows.append(row)
    return rows[-1][-1]
