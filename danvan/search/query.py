"""Matching and ranking, per database, over the scoped entries.

The words of a query are folded like the index (`core.text.fold`) and each must match, as a word or the start
of one ("nghia tra" finds "nghĩa trang"): SQLite through the FTS5 table, PostgreSQL through
`fts @@ to_tsquery(...)` (a stored tsvector column, migration 0003) on its GIN index. The match is one more condition of the
same WHERE as the scoping, so a limit never cuts out a row the user may read. Ranking is one expression on both
databases: the whole phrase in the title, then the phrase in the text (a multi-syllable Vietnamese word such
as "nghĩa trang" outranks "nghĩa" and "trang" scattered), then the newest. A query that matches nothing is
retried once with its unknown words corrected against the vocabulary (a typo: "nghia trnag").
"""

from django.db import connection
from django.db.models import BooleanField, Case, Count, F, FloatField, IntegerField, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL

from danvan.core.text import fold
from danvan.search.indexing import MAX_TERM, words
from danvan.search.models import SearchEntry, SearchTerm

MAX_WORDS = 8
CANDIDATES = 1000  # matches ranked per query (and counted exactly), chosen after scoping


def query_words(q: str) -> list[str]:
    """The folded words of a query, in order, without repeats (at most MAX_WORDS)."""
    seen: list[str] = []
    for w in fold(q).split():
        for part in words(w[:MAX_TERM]) if w else ():
            if part not in seen:
                seen.append(part)
    return seen[:MAX_WORDS]


def _match_condition(terms: list[str], *, every_prefix: bool) -> RawSQL:
    """Every term as a word; the last one (the word being typed) also as the start of one — or, with
    `every_prefix`, each of them (the retry: "giai pho mat bang")."""
    last = len(terms) - 1
    if connection.vendor == "postgresql":
        tsquery = " & ".join(f"{t}:*" if every_prefix or i == last else t for i, t in enumerate(terms))
        return RawSQL("fts @@ to_tsquery('simple', %s)",
                      [tsquery], output_field=BooleanField())
    match = " AND ".join(f'"{t}"*' if every_prefix or i == last else f'"{t}"' for i, t in enumerate(terms))
    return RawSQL("id IN (SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s)",
                  [match], output_field=BooleanField())


def _phrase_condition(terms: list[str]) -> RawSQL:
    """The words side by side, in order (the last one as a prefix), through the full-text index."""
    if connection.vendor == "postgresql":
        tsquery = " <-> ".join(terms) + ":*"
        return RawSQL("fts @@ to_tsquery('simple', %s)",
                      [tsquery], output_field=BooleanField())
    return RawSQL("id IN (SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s)",
                  ['"' + " ".join(terms) + '"*'], output_field=BooleanField())


def matching(qs: QuerySet, terms: list[str], *, every_prefix: bool = False) -> QuerySet:
    """The entries of `qs` (already scoped and filtered) that match every term."""
    return qs.filter(_match_condition(terms, every_prefix=every_prefix))


def counted(matched: QuerySet) -> tuple[int, dict[str, int], bool]:
    """(count, count per type, capped) of `matched` in one query, counting at most CANDIDATES + 1 rows: past
    that the count is "more than CANDIDATES" (capped=True) and the per-type counts are not exact."""
    capped_ids = matched.order_by().values("id")[:CANDIDATES + 1]
    rows = (SearchEntry.objects.unscoped().filter(id__in=capped_ids).values_list("type")
            .annotate(n=Count("id")).order_by())
    facets = dict(rows)
    total = sum(facets.values())
    return min(total, CANDIDATES), facets, total > CANDIDATES


def _newest(matched: QuerySet) -> QuerySet:
    """The ids of the CANDIDATES most recently indexed rows of `matched`. On PostgreSQL ordered by `id + 0`, not
    `id`: it would otherwise walk the primary key backwards testing every row, rather than read the matches from
    the GIN index and keep the top ones. SQLite reads its IN list of FTS rowids backwards for `id DESC`."""
    key = (F("id") + 0) if connection.vendor == "postgresql" else F("id")
    return matched.values("id").order_by(key.desc())[:CANDIDATES]


def ranked(qs: QuerySet, terms: list[str], *, every_prefix: bool = False) -> QuerySet:
    """The entries of `qs` that match every term, best first, with a `score`.

    Ranked among a bounded set of candidates, chosen *after* scoping (in the same WHERE): the CANDIDATES most
    recently indexed matches, and for several words also the CANDIDATES most recent with the words side by
    side. A query matching fewer rows than that is ranked exactly; a broader one ranks the phrase matches and
    the newest ones, and the page costs the same whatever the size of the index.
    """
    newest = _newest(matching(qs, terms, every_prefix=every_prefix))
    if len(terms) == 1:
        candidates = Q(id__in=newest)
    elif connection.vendor == "postgresql":
        # One semi-join through the primary key (an OR of two IN lists would scan the table).
        candidates = Q(id__in=newest.union(_newest(qs.filter(_phrase_condition(terms)))))
    else:  # SQLite takes neither ORDER BY nor LIMIT inside a UNION; it reads an OR of IN lists by rowid
        candidates = Q(id__in=newest) | Q(id__in=_newest(qs.filter(_phrase_condition(terms))))
    phrase = " ".join(terms)
    score = (Case(When(Q(folded_title__contains=phrase), then=Value(4.0)), default=Value(0.0),
                  output_field=FloatField())
             + Case(When(Q(folded__contains=phrase), then=Value(2.0)), default=Value(0.0), output_field=FloatField()))
    if len(terms) > 1:
        # Each adjacent pair found together: partly-typed or partly-matching phrases rank between.
        for first, second in zip(terms, terms[1:], strict=False):
            score = score + Case(When(Q(folded__contains=f"{first} {second}"), then=Value(1.0)),
                                 default=Value(0.0), output_field=FloatField())
    return (qs.filter(candidates)
            .annotate(score=score)
            .order_by("-score", F("day").desc(nulls_last=True), "-id"))


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
    from django.db.models.functions import Length

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
