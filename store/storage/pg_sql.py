"""SQLite-dialect statements → PostgreSQL, so both backends run the same queries.

The storage modules write SQLite SQL. The differences they touch are few and are mapped
here once, mechanically: ``?`` placeholders, ``INSERT OR IGNORE/REPLACE``, ``IS ?``, the
FTS5 table (a ``tsvector`` column of ``meetings``, see store.storage.pg_schema) and
``PRAGMA data_version`` (a version counter). Functions PostgreSQL lacks are defined in the
schema instead. Translations are cached: the statements are a small fixed set.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.language.compiled import kept_regex

# Tables whose INSERT OR REPLACE needs a conflict target (their primary key).
_KEYS = {"article_prints": ("article_id",)}
# Tables with a generated integer id that ``cursor.lastrowid`` reports.
ID_TABLES = frozenset({"chat_events", "feeds", "digest_outbox", "corrections"})

_FTS_ROWS = kept_regex(r"SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH \?")
_FTS_BM25 = kept_regex(
    r"SELECT rowid AS rid, bm25\(meetings_fts\) AS r FROM meetings_fts\s+WHERE meetings_fts MATCH \?"
)
_FTS_ANY = kept_regex(r"FROM meetings_fts WHERE meetings_fts MATCH \?")
# A bounded read of the matches ("any?", "the first n", "how many, up to n"): planned as if
# every match were read, then read lazily until the limit. Planned with the limit, a phrase
# the statistics misjudge as common (they multiply its words' frequencies: "dai hoc" is
# thought 1,600 rows, has none) is looked for by a sequential scan that expects a match
# within a few rows and reads all 97,000 meetings' vectors instead: 1–2 s per statement.
_FTS_LIMITED = kept_regex(
    r"SELECT (rowid|1) FROM meetings_fts WHERE meetings_fts MATCH \?(?= LIMIT\b)"
)
# A correlated EXISTS on the candidate (``d.seq``) checks one candidate's rows through a
# primary key (search._check): SQLite probes it per candidate, as the walk reads them in
# order and stops at the limit. PostgreSQL would turn it into a hashed sub-plan that first
# reads every row the check could hold (each meeting of 110 Russian places, every undated
# meeting with its participants: ~0.2 s each, read before the first candidate). OFFSET 0
# keeps it a per-candidate probe (PostgreSQL does not flatten a sub-query with an OFFSET).
_EXISTS = kept_regex(r"\bEXISTS \(SELECT\b")
# SQLite's unary "+" keeps it from looking matches up by a column's index; on PostgreSQL
# the meetings' own ``m.seq`` is the primary key, and "+m.seq" left it no way to join the
# full-text matches to their meetings but a nested loop that re-read the date range once
# per match (27 s for 1,848 matches).
_PLUS_SEQ = kept_regex(r"(?<=[\s(])\+(?=m\.seq\b)")
# The bm25 join, once numbered: scored per ranked row (pg_schema.BM25_ROWS).
_BM25_JOIN = kept_regex(
    r"LEFT JOIN \(SELECT rid, r FROM fts5_bm25\((\$\d+)\)\) (?:AS )?(\w+) ON \2\.rid = (\w+)\.seq"
)
# SQLite keeps the search text and the sector list compressed (store.storage.packed):
# read as ``unpack_search(m.folded_z)`` / ``unpack_sectors(m.sectors_z)``, written as
# ``folded_z = pack_search(?)`` / ``sectors_z = pack_sectors(?)``; PostgreSQL's ``folded``
# and ``sectors`` columns hold them plain.
_UNPACK = kept_regex(r"\bunpack_(?:search|sectors)\(((?:\w+\.)?(?:folded|sectors))_z\)")
_PACKED_COLUMN = kept_regex(r"\b(folded|sectors)_z\b")
_PACK = kept_regex(r"\bpack_(?:search|sectors)\(\?\)")
_OR_IGNORE = kept_regex(r"^\s*INSERT OR IGNORE INTO", re.I)
_OR_REPLACE = kept_regex(r"^\s*INSERT OR REPLACE INTO (\w+)\s*\(([^)]*)\)", re.I)
_INSERT_INTO = kept_regex(r"^\s*INSERT INTO (\w+)", re.I)
_IS_PARAM = kept_regex(r"\bIS (NOT )?\?")
_LIKE = kept_regex(r"\bLIKE\b")  # SQLite's LIKE ignores the case of ASCII letters
_LIMIT = kept_regex(r"\bLIMIT \?")  # SQLite: a negative limit means none
_TRUE = kept_regex(r"\b(WHERE|AND|OR) 1\b(?!\s*[-+*/=<>!,.\d])")


def _placeholders(sql: str) -> str:
    """``?`` → ``$1, $2, …`` outside string literals."""
    out: list[str] = []
    n = 0
    quoted = False
    for ch in sql:
        if ch == "'":
            quoted = not quoted
        if ch == "?" and not quoted:
            n += 1
            out.append(f"${n}")
        else:
            out.append(ch)
    return "".join(out)


_SUBQUERY = kept_regex(r"\b(?:FROM|JOIN)\s*\(", re.I)
_CLAUSE = frozenset(
    [
        "WHERE",
        "LIMIT",
        "ORDER",
        "GROUP",
        "UNION",
        "JOIN",
        "LEFT",
        "INNER",
        "CROSS",
        "ON",
        "EXCEPT",
        "INTERSECT",
        "HAVING",
        "OFFSET",
    ]
)


def _alias_subqueries(sql: str) -> str:
    """SQLite allows ``FROM (SELECT …)`` without an alias; PostgreSQL needs one."""
    out: list[str] = []
    pos, n = 0, 0
    for m in _SUBQUERY.finditer(sql):
        if m.start() < pos:
            continue
        depth, i = 0, m.end() - 1
        for i in range(m.end() - 1, len(sql)):
            depth += {"(": 1, ")": -1}.get(sql[i], 0)
            if depth == 0:
                break
        rest = sql[i + 1 :].lstrip()
        word = re.match(r"\w*", rest).group(0)  # type: ignore[union-attr]
        out.append(sql[pos : m.end()] + _alias_subqueries(sql[m.end() : i]) + ")")
        if not word or word.upper() in _CLAUSE:
            n += 1
            out.append(f" AS _q{n}")
        pos = i + 1
    out.append(sql[pos:])
    return "".join(out)


def _per_candidate(sql: str) -> str:
    """``OFFSET 0`` inside each EXISTS sub-query correlated with the candidate ``d.seq``."""
    out: list[str] = []
    pos = 0
    for m in _EXISTS.finditer(sql):
        if m.start() < pos:
            continue
        depth, i = 0, m.end() - 7
        for i in range(m.end() - 7, len(sql)):
            depth += {"(": 1, ")": -1}.get(sql[i], 0)
            if depth == 0:
                break
        body = sql[m.end() - 7 + 1 : i]
        correlated = re.search(r"= d\.seq\b", body) and not re.search(r"\b(LIMIT|OFFSET)\b", body)
        out.append(sql[pos:i] + (" OFFSET 0" if correlated else "") + ")")
        pos = i + 1
    out.append(sql[pos:])
    return "".join(out)


@lru_cache(maxsize=4096)
def translate(sql: str) -> tuple[str, bool]:
    """The PostgreSQL statement, and whether it returns the inserted row's ``id``."""
    s = sql.strip().rstrip(";")
    s = _FTS_BM25.sub("SELECT rid, r FROM fts5_bm25(?)", s)
    s = _FTS_LIMITED.sub(
        lambda m: (
            "WITH fts AS MATERIALIZED (SELECT seq FROM meetings WHERE tsv @@ fts5_query(?))"
            f" SELECT {'seq' if m.group(1) == 'rowid' else '1'} FROM fts"
        ),
        s,
    )
    s = _PLUS_SEQ.sub("", s)
    if "_z" in s:
        s = _PACK.sub("?", _PACKED_COLUMN.sub(r"\1", _UNPACK.sub(r"\1", s)))
    if "EXISTS (" in s:
        s = _per_candidate(s)
    s = _FTS_ROWS.sub("SELECT seq FROM meetings WHERE tsv @@ fts5_query(?)", s)
    s = _FTS_ANY.sub("FROM meetings WHERE tsv @@ fts5_query(?)", s)
    s = s.replace("/*SKIP LOCKED*/", "FOR UPDATE SKIP LOCKED")  # SQLite: a comment
    s = _TRUE.sub(r"\1 true", s)
    s = _LIMIT.sub("LIMIT nullif(?, -1)", s)
    s = _LIKE.sub("ILIKE", s)
    s = _IS_PARAM.sub(lambda m: "IS DISTINCT FROM ?" if m.group(1) else "IS NOT DISTINCT FROM ?", s)
    if _OR_IGNORE.match(s):
        s = _OR_IGNORE.sub("INSERT INTO", s) + " ON CONFLICT DO NOTHING"
    elif m := _OR_REPLACE.match(s):
        table, cols = m.group(1), [c.strip() for c in m.group(2).split(",")]
        key = _KEYS[table]
        sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in key)
        s = f"INSERT INTO {s[m.start(1) :]} ON CONFLICT ({', '.join(key)}) DO UPDATE SET {sets}"
    if "(" in s:
        s = _alias_subqueries(s)
    returning = False
    if (m := _INSERT_INTO.match(s)) and m.group(1) in ID_TABLES and "RETURNING" not in s.upper():
        s += " RETURNING id"
        returning = True
    s = _placeholders(s)
    s = _BM25_JOIN.sub(
        r"LEFT JOIN LATERAL (SELECT fts5_bm25_row(\1, \3.tsv, \3.ntok,"
        r" (SELECT fts5_stats(\1))) AS r) \2 ON true",
        s,
    )
    return s, returning


def rowcount(status: str) -> int:
    """Rows a statement touched, from asyncpg's status ("UPDATE 3", "INSERT 0 1")."""
    last = status.rsplit(" ", 1)[-1] if status else ""
    return int(last) if last.isdigit() else -1
