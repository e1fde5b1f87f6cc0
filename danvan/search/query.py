"""Matching and ranking, per database, over the scoped entries.

The words of a query are folded like the index (`core.text.fold`) and each must match, as a word or the start
of one ("nghia tra" finds "nghĩa trang"): SQLite through the FTS5 table, PostgreSQL through
`fts @@ to_tsquery(...)` (a stored tsvector column, migration 0003) on its GIN index. The match is in the same
query as the scoping (SQLite: the FTS5 table joined by rowid), so a limit never cuts out a row the user may read. Ranking is one expression on both
databases: the whole phrase in the title, then the phrase in the text (a multi-syllable Vietnamese word such
as "nghĩa trang" outranks "nghĩa" and "trang" scattered), then the newest. A query that matches nothing is
retried once with its unknown words corrected against the vocabulary (`typos`: "nghia trnag").
"""

import time
from collections import Counter
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BooleanField, QuerySet
from django.db.models.expressions import RawSQL

from danvan.core.text import fold
from danvan.search import page, reads
from danvan.search.indexing import MAX_TERM, words
from danvan.search.models import SCOPE_RANGE, SearchEntry, SearchTerm

MAX_WORDS = 8
CANDIDATES = 1000  # matches ranked per query (and counted exactly), chosen after scoping
PHRASE_CANDIDATES = 200  # newest phrase matches added when the matches are capped (more for a deeper page)
MAX_COMPLETIONS = 16  # PostgreSQL: vocabulary words a one-word query stands for (`_completions`)
INDEXED_COMPLETIONS = 4  # ... the last of several words (more: tested on the rows the others find)
STATS_SECONDS = 600  # PostgreSQL: the common words' shares (`reads.SHARES`) read again after this long



def query_words(q: str) -> list[str]:
    """The folded words of a query, in order, without repeats (at most MAX_WORDS)."""
    seen: list[str] = []
    for w in fold(q).split():
        for part in words(w[:MAX_TERM]) if w else ():
            if part not in seen:
                seen.append(part)
    return seen[:MAX_WORDS]


def _match_expression(terms: list[str], *, every_prefix: bool) -> str:
    """Every term as a word; the last one (the word being typed) also as the start of one — or, with
    `every_prefix`, each of them (the retry: "giai pho mat bang"). A `to_tsquery` or an FTS5 MATCH."""
    last = len(terms) - 1
    if connection.vendor == "postgresql":
        return " & ".join(f"{t}:*" if every_prefix or i == last else t for i, t in enumerate(terms))
    return " AND ".join(f'"{t}"*' if every_prefix or i == last else f'"{t}"' for i, t in enumerate(terms))


class Known(dict[tuple[str, int], list[str] | None]):
    """The completions already read in this search, (prefix, most) → words; and the index's newest id, read with
    the first completions (`reads.by_ranges` starts from its range), None until then."""

    newest_id: int | None = None


def _completions(prefixes: list[str], most: int, known: Known | None = None) -> dict[str, list[str] | None]:
    """PostgreSQL: for each prefix (the word being typed), the words of the vocabulary it starts, to be matched as
    whole words instead of `prefix:*` — all of them in one statement; None for a prefix that starts more than
    `most` (GIN steps through every listed word for each row the other conditions leave, too slow past a few),
    absent for one that starts none. GIN reads a prefix by putting every posting list it starts into one bitmap
    first — lossy past `work_mem` at 2 million rows, and the scope tokens cannot narrow it: 350 ms for "nang:*"
    as a province, 70 ms for "nang" — while whole words are read side by side, the rarest (the province's
    token) leading. The vocabulary holds every word ever indexed (`indexing`: written in the same statement as
    the row), so nothing is lost; a lexeme the parser keeps whole ("1.5") is found by the retry with prefixes
    when nothing else matches. `known`: the search's own memo (`selectors.search`), so the phrase candidates'
    read (`_older_phrases`) does not ask again for what the match asked."""
    known = Known() if known is None else known
    missing = [p for p in prefixes if (p, most) not in known]
    if missing:
        table = connection.ops.quote_name(SearchTerm._meta.db_table)
        branch = f"(SELECT %s, term, NULL::float8 FROM {table} WHERE term LIKE %s ORDER BY term LIMIT %s)"  # noqa: S608
        sql = " UNION ALL ".join([branch] * len(missing))
        params: list[str | int | float] = [v for p in missing for v in (p, p + "%", most + 1)]
        if known.newest_id is None:  # the newest id rides along (`reads.by_ranges` starts from its range)
            sql += f" UNION ALL (SELECT NULL, NULL, max(id) FROM {connection.ops.quote_name(SearchEntry._meta.db_table)})"  # noqa: S608
        stale = reads.SHARES["at"] is None or time.monotonic() - reads.SHARES["at"] > STATS_SECONDS
        if stale:  # the common words' shares ride along (`reads.common_words`)
            sql += f" UNION ALL ({_SHARES_SQL})"
            params += [SearchEntry._meta.db_table, reads.COMMON]
        found: dict[str, list[str]] = {p: [] for p in missing}
        shares: dict[str, float] = {}
        with connection.cursor() as cursor:  # each branch a range of the pattern index (a literal prefix)
            cursor.execute(sql, params)  # a term is [0-9a-z]+: no wildcard
            for prefix, term, share in cursor.fetchall():
                if term is None:
                    known.newest_id = int(share or 0)
                elif prefix is None:
                    shares[term] = share
                else:
                    found[prefix].append(term)
        if stale:
            reads.SHARES.update(at=time.monotonic(), words=shares)
        known.update(((p, most), sorted(words) if len(words) <= most else None) for p, words in found.items())
    return {p: known[(p, most)] for p in prefixes if known[(p, most)] != []}


# The lexemes of `fts` in at least a share of the rows, from ANALYZE's sample (none before the first ANALYZE):
# `reads.common_words`.
_SHARES_SQL = ("SELECT NULL, word, share FROM pg_stats, unnest(most_common_elems::text::text[], "
               "most_common_elem_freqs) AS shares(word, share) WHERE tablename = %s AND attname = 'fts' "
               "AND schemaname = current_schema() AND word IS NOT NULL AND share >= %s")


def _phrase_expression(terms: list[str]) -> str:
    """The words side by side, in order (the last one as a prefix)."""
    if connection.vendor == "postgresql":
        return " <-> ".join(terms) + ":*"
    return '"' + " ".join(terms) + '"*'


Scope = list[str] | None  # models.user_scope_tokens: a row must carry one of these tokens; None: no narrowing
Roots = reads.Roots


def _fulltext(qs: QuerySet, expression: str, scope: Scope = None) -> QuerySet:
    """The rows of `qs` matching `expression` and, when `scope` is given, carrying one of its scope tokens (in
    the full-text index: the words' posting lists intersected with the units'; `qs`'s own WHERE still decides).
    PostgreSQL: the stored tsvector on its GIN index, one more condition of the WHERE (the scope as "#u<id>"
    lexemes, a literal tsquery). SQLite: the FTS5 table joined to the entries by rowid (column filters: the
    words in `folded`, the tokens in `scope_tokens`), the query ordered by that rowid (`_newest`): SQLite then
    walks the full-text matches newest first and stops at the limit, instead of building the list of every
    match first (an `id IN (SELECT rowid …)`)."""
    if connection.vendor == "postgresql":
        if scope:
            return qs.filter(reads.ScopedMatch(expression, scope))
        return qs.filter(reads.WordsMatch(expression))
    if scope:
        expression = f"folded : ({expression}) AND scope_tokens : (" + " OR ".join(f'"{t}"' for t in scope) + ")"
    else:
        expression = f"folded : ({expression})"
    return qs.extra(tables=["search_entry_fts"], where=["search_entry_fts.rowid = search_entry.id",
                                                         "search_entry_fts MATCH %s"], params=[expression])


def matching(qs: QuerySet, terms: list[str], *, every_prefix: bool = False, scope: Scope = None,
             known: Known | None = None) -> QuerySet:
    """The entries of `qs` (already scoped and filtered) that match every term; a top-level query only (on
    SQLite the full-text table is named in it, so it cannot be a subquery). `scope`: the user's scope tokens.

    PostgreSQL: a prefix (the word being typed; with `every_prefix`, each word) is read as the words of the
    vocabulary it starts (`_completions`) — up to MAX_COMPLETIONS for a one-word query, INDEXED_COMPLETIONS
    otherwise; a prefix that starts no word stays a prefix (it gathers nothing). Past that, when other words
    are in the index condition, the GIN index reads them (and the scope) and the prefix is tested on the rows
    they give (`ts_match_vq`, the function behind `@@`, which no index answers): "quy & hoach & kh:*" made GIN
    gather every word starting "kh" (or step through all 40 of them: 260 ms for 2,037 rows at 2 million; 16 ms
    this way); "tan:* & gao:* & bay:* & hien:*" (the retry) 183 ms, as completions a few."""
    if connection.vendor != "postgresql":
        return _fulltext(qs, _match_expression(terms, every_prefix=every_prefix), scope)
    prefixes = terms if every_prefix else terms[-1:]
    completions = _completions(prefixes, MAX_COMPLETIONS if len(terms) == 1 else INDEXED_COMPLETIONS, known)
    typed = {t: words for t, words in completions.items() if words is not None}
    tested = [t for t in prefixes if t in completions and completions[t] is None]  # too many to list
    if len(tested) == len(terms):  # nothing else for the index to read: the prefixes themselves
        tested = []
    expression = " & ".join("(" + " | ".join(typed[t]) + ")" if t in typed else f"{t}:*" if t in prefixes else t
                            for t in terms if t not in tested)
    found = _fulltext(qs, expression, scope)
    if not tested:
        return found
    return found.filter(RawSQL("ts_match_vq(fts, to_tsquery('simple', %s))", [" & ".join(f"{t}:*" for t in tested)],
                               output_field=BooleanField()))


@dataclass
class Candidates:
    """The newest CANDIDATES + 1 matches of a query (id, type, day, score), read in one statement: the count (exact
    up to CANDIDATES, else `capped`), the count per type, and the rows the page ranks."""

    rows: list[reads.Row]

    @property
    def ids(self) -> list[int]:
        return [row[0] for row in self.rows]

    @property
    def capped(self) -> bool:
        return len(self.rows) > CANDIDATES

    @property
    def count(self) -> int:
        return min(len(self.rows), CANDIDATES)

    def facets(self) -> dict[str, int]:
        return dict(Counter(row[1] for row in self.rows))


def _columns(matched: QuerySet) -> QuerySet:
    """`matched` newest first, with what `reads.scored` reads."""
    return _newest(matched).values_list("id", "type", "day", "folded", "folded_title")


def candidates(matched: QuerySet, terms: list[str], roots: Roots = None, known: Known | None = None) -> Candidates:
    """The newest CANDIDATES + 1 rows of `matched` (one walk of the full-text matches, newest first, stopping at
    the limit), scored for `terms`: what the capped count, the facets and the ranked page all use, so the index is
    walked once per search and the page is a look-up of its own rows only.
    On PostgreSQL a scope's match of whole words is read range of ids by range, newest first (`reads.by_ranges`);
    any other, the newest rows of the index are walked first (`reads.walked`; with `roots`, only the rows of the
    user's scope), the full-text index asked only when they do not hold enough matches."""
    newest = _columns(matched)
    try:
        top_id = known.newest_id if known is not None else None
        ranged = reads.by_ranges(newest, CANDIDATES + 1, terms, top_id) if connection.vendor == "postgresql" else None
        if ranged is not None:
            rows = ranged
        elif connection.vendor == "postgresql":
            first = reads.WALK_ROWS if reads.walk_roots(roots) is None else reads.SCOPED_WALK_ROWS
            rows = reads.walked(newest, CANDIDATES + 1, terms, rows=first, roots=roots)
            if not rows:  # a rare match: the GIN index finds them all (few, whatever the scope)
                rows = reads.from_index(newest, CANDIDATES + 1, terms)
            elif len(rows) <= CANDIDATES:  # on below the last match found, through the index's ranges of ids
                rows += reads.bucketed(newest, terms, CANDIDATES + 1 - len(rows), rows)
        else:
            rows = reads.scored(*reads.sql_of(newest, CANDIDATES + 1), terms)
    except EmptyResultSet:  # a scope that reads nothing
        rows = []
    return Candidates(rows)


def _newest(matched: QuerySet) -> QuerySet:
    """`matched` newest first. On PostgreSQL ordered by `id + 0`, not `id`: it would otherwise walk the primary
    key backwards testing every row, rather than read the matches from the GIN index and keep the top ones. On
    SQLite by the FTS5 rowid (the same number), which the full-text table returns in order."""
    if connection.vendor == "postgresql":
        return matched.order_by("-id")
    return matched.extra(order_by=["-search_entry_fts.rowid"])


def ranked(qs: QuerySet, terms: list[str], found: Candidates, *, scope: Scope = None, roots: Roots = None,
           offset: int = 0, limit: int = 20, names: page.Names | None = None, known: Known | None = None
           ) -> list[page.PageRow]:
    """The entries of `qs` among `found` (the newest matches), best first, from `offset` (at most `limit`, and never
    past `found.count`), each with its `score`.

    Ranked among a bounded set of candidates, chosen *after* scoping (in the same WHERE): the CANDIDATES most
    recently indexed matches (`found`, already read and scored for the count) and, when those are not all the
    matches and there are several words, also the most recent matches with the words side by side
    (PHRASE_CANDIDATES, or offset + limit if more; an FTS5 phrase / `<->` query, scored in the same statement). A
    query matching fewer rows than that is ranked exactly; a broader one ranks the phrase matches and the newest
    ones. The order (score, newest day, newest id) is sorted here, on at most 2 × CANDIDATES small tuples: the
    page itself is then a primary-key look-up of its `limit` rows (it was a look-up of every candidate, scored
    and sorted by the database: 6–16 ms at 2 million rows, and 1,000 parameters to send), with `names`
    (`selectors._names`) read in the same statement (`page.rows`).
    """
    scored = {row[0]: row for row in found.rows[:CANDIDATES]}
    if len(terms) > 1 and found.capped:  # one or two more statements: the phrase matches (newest first)
        wanted = min(CANDIDATES, max(PHRASE_CANDIDATES, offset + limit))
        if connection.vendor == "postgresql":  # just below the candidates: a bounded look (_older_phrases)
            more = _older_phrases(qs, scope, wanted, terms, found, roots, known)
        else:
            more = reads.scored(*reads.sql_of(_columns(_fulltext(qs, _phrase_expression(terms), scope)), wanted), terms)
        scored.update((row[0], row) for row in more if row[0] not in scored)
    best = sorted(scored.values(), key=_rank, reverse=True)
    shown = best[offset:min(offset + limit, found.count)]
    if not shown:
        return []
    entries = page.rows(qs, [row[0] for row in shown], names or {})  # scoped again, cheap
    out = []
    for pk, _, _, score in shown:
        if pk in entries:
            entries[pk].score = score
            out.append(entries[pk])
    return out


def _older_phrases(qs: QuerySet, scope: Scope, wanted: int, terms: list[str], found: Candidates,
                   roots: Roots, known: Known | None = None) -> list[reads.Row]:
    """PostgreSQL: the newest `wanted` phrase matches (the words side by side) below the candidates, in a bounded
    look. A scope's: in the PHRASE_RANGES ranges of ids below them, read range by range through the scope's lexemes
    (`reads.read_ranges`), the typed last word as its completions (`ho <-> dan:*` made GIN gather every word
    starting "dan": 295 ms) or, past INDEXED_COMPLETIONS, the other words' phrase from the index and the whole
    phrase tested on its rows (`ts_match_vq`) — where the walk of 5,000 of the scope's rows cost 8–19 ms ("hinh mau
    bo", "tác viên dư"). The same for the whole index (an administrator's: the ranges of `search_entry_fts_bucket_idx`,
    `reads.WordsMatch`) when the candidates' rate says those ranges hold at most NATION_PHRASE_ROWS rows with every
    word ("nhan dan hang": 18.5 ms where the walk of 20,000 rows cost 31.6 ms, load ~6). Else (a denser match
    nationally, many roots) among the next PHRASE_WALK_ROWS rows of a walk
    (`reads.walked`; the scope's rows, with `roots`): a common pair nationally ("ho dan") holds every word in a
    fifth of the rows."""
    below = min(found.ids)
    rate = len(found.ids) / (max(found.ids) + 1 - below)  # the candidates' matches per id
    if (scope and reads.walk_roots(roots) is not None
            or scope is None and roots is None and rate * reads.PHRASE_RANGES * SCOPE_RANGE <= reads.NATION_PHRASE_ROWS):
        typed = _completions(terms[-1:], INDEXED_COMPLETIONS, known).get(terms[-1])
        expression = " <-> ".join(terms[:-1]) + (" <-> (" + " | ".join(typed) + ")" if typed else "")
        matched = _fulltext(qs, expression, scope)
        if not typed:  # too many to list: the other words' phrase from the index, the whole one tested on its rows
            matched = matched.filter(RawSQL("ts_match_vq(fts, to_tsquery('simple', %s))", [_phrase_expression(terms)],
                                            output_field=BooleanField()))
        phrases = _columns(matched)
        match = reads.ranged_match(phrases)
        if match is not None:
            last = (below - 1) // SCOPE_RANGE
            return reads.read_ranges(phrases, wanted, terms, match, last, max(0, last - reads.PHRASE_RANGES + 1),
                                     below=below)
    walk = reads.PHRASE_WALK_ROWS if reads.walk_roots(roots) is None else reads.SCOPED_PHRASE_WALK_ROWS
    phrases = _columns(_fulltext(qs, _phrase_expression(terms), scope))
    return reads.walked(phrases, wanted, terms, rows=walk, below=below, roots=roots)


def _rank(row: reads.Row) -> tuple:
    """A candidate's place, for a sort in reverse: the score, a day before none, the newest day, the newest id. The
    days compare as they are (dates on PostgreSQL, ISO text on SQLite); two rows' `None`s never meet a day (the
    second element differs first) and two `None`s are equal."""
    return row[3], row[2] is not None, row[2], row[0]
