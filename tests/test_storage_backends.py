"""The storage backends: SQLite by default, PostgreSQL when the database is a URL.

The whole suite runs on either (``pytest --backend=postgres``); these tests check what
is particular to the choice: the SQL translation, PostgreSQL's migrations, and that the
full-text search means the same on both.
"""

from __future__ import annotations

import pytest

from store.services.answer import ask
from store.storage.db import Store
from store.storage.pg_sql import translate
from tests.conftest import ROOT

ARTICLE = ROOT / "tests" / "fixtures" / "hoi-dam-ha-noi.html"


def test_placeholders_are_numbered_outside_string_literals() -> None:
    sql, _ = translate("SELECT ? , 'what?' , ? FROM t WHERE a IS ? AND b IS NOT ?")
    assert sql == (
        "SELECT $1 , 'what?' , $2 FROM t WHERE a IS NOT DISTINCT FROM $3 AND b IS DISTINCT FROM $4"
    )


def test_sqlite_upserts_become_on_conflict() -> None:
    ignore, _ = translate("INSERT OR IGNORE INTO meeting_sectors(meeting_id, sector) VALUES (?,?)")
    assert ignore.endswith("VALUES ($1,$2) ON CONFLICT DO NOTHING")
    assert ignore.startswith("INSERT INTO meeting_sectors")
    replace, _ = translate(
        "INSERT OR REPLACE INTO article_prints(article_id, norm_url, exact) VALUES (?,?,?)"
    )
    assert "ON CONFLICT (article_id) DO UPDATE SET norm_url = excluded.norm_url" in replace


def test_inserts_into_tables_with_an_id_return_it() -> None:
    sql, returning = translate("INSERT INTO corrections(actor, action) VALUES (?, ?)")
    assert returning and sql.endswith("RETURNING id")
    _, returning = translate("INSERT INTO meeting_sectors(meeting_id, sector) VALUES (?, ?)")
    assert not returning


def test_subqueries_get_the_alias_postgresql_requires() -> None:
    sql, _ = translate(
        "SELECT count(*) FROM (SELECT seq FROM (SELECT seq FROM meetings) d WHERE 1 LIMIT ?)"
    )
    assert sql == (
        "SELECT count(*) FROM (SELECT seq FROM (SELECT seq FROM meetings) d WHERE true"
        " LIMIT nullif($1, -1))"
        " AS _q1"
    )


def test_full_text_matches_become_tsquery_lookups() -> None:
    sql, _ = translate(
        "SELECT 1 FROM meetings m WHERE m.seq IN"
        " (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?)"
    )
    assert "SELECT seq FROM meetings WHERE tsv @@ fts5_query($1)" in sql


def test_bounded_full_text_reads_are_planned_for_every_match() -> None:
    """A LIMIT must not steer the plan of a phrase lookup: it is planned as a whole (a
    materialised CTE), and read only up to the limit."""
    has, _ = translate("SELECT 1 FROM meetings_fts WHERE meetings_fts MATCH ? LIMIT 1")
    assert has == (
        "WITH fts AS MATERIALIZED (SELECT seq FROM meetings WHERE tsv @@ fts5_query($1))"
        " SELECT 1 FROM fts LIMIT 1"
    )
    upto, _ = translate(
        "SELECT count(*) FROM (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ? LIMIT ?)"
    )
    assert upto == (
        "SELECT count(*) FROM (WITH fts AS MATERIALIZED (SELECT seq FROM meetings"
        " WHERE tsv @@ fts5_query($1)) SELECT seq FROM fts LIMIT nullif($2, -1)) AS _q1"
    )


def test_checks_on_a_candidate_stay_probes_per_candidate() -> None:
    """EXISTS correlated with the candidate ``d.seq`` keeps its own plan (OFFSET 0): never a
    hashed set of every row it could match; other EXISTS are left to the planner."""
    sql, _ = translate(
        "SELECT seq FROM (SELECT seq FROM meeting_facets WHERE facet = ?) AS d"
        " WHERE (EXISTS (SELECT 1 FROM meetings mm WHERE mm.seq = d.seq AND mm.place IN (?))"
        " OR EXISTS (SELECT 1 FROM meetings mm WHERE mm.seq = d.seq AND (mm.kind <> ?"
        " OR EXISTS (SELECT 1 FROM meeting_participants pp WHERE pp.meeting_id = mm.id))))"
        " AND EXISTS (SELECT 1 FROM meeting_sectors s WHERE s.sector = ?)"
    )
    assert sql == (
        "SELECT seq FROM (SELECT seq FROM meeting_facets WHERE facet = $1) AS d"
        " WHERE (EXISTS (SELECT 1 FROM meetings mm WHERE mm.seq = d.seq AND mm.place IN ($2)"
        " OFFSET 0) OR EXISTS (SELECT 1 FROM meetings mm WHERE mm.seq = d.seq AND (mm.kind <> $3"
        " OR EXISTS (SELECT 1 FROM meeting_participants pp WHERE pp.meeting_id = mm.id)) OFFSET 0))"
        " AND EXISTS (SELECT 1 FROM meeting_sectors s WHERE s.sector = $4)"
    )


def test_meetings_are_joined_to_their_matches_by_primary_key() -> None:
    """SQLite's "+m.seq" (no index for this column) would leave PostgreSQL a nested loop;
    other unary pluses and additions stay."""
    sql, _ = translate(
        "SELECT count(*) + 1 FROM meetings m WHERE m.date_start >= ? AND +m.seq IN"
        " (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?) AND +d.seq > 0"
    )
    assert sql == (
        "SELECT count(*) + 1 FROM meetings m WHERE m.date_start >= $1 AND m.seq IN"
        " (SELECT seq FROM meetings WHERE tsv @@ fts5_query($2)) AND +d.seq > 0"
    )


@pytest.mark.postgres_only
async def test_bounded_full_text_reads_count_the_same(seeded_store: Store) -> None:
    async def one(sql: str, *params: object) -> int:
        return int((await (await seeded_store.conn.execute(sql, params)).fetchone())[0])

    every = "SELECT count(*) FROM meetings_fts WHERE meetings_fts MATCH ?"
    upto = (
        "SELECT count(*) FROM (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ? LIMIT ?)"
    )
    has = "SELECT count(*) FROM (SELECT 1 FROM meetings_fts WHERE meetings_fts MATCH ? LIMIT 1)"
    for phrase in ('"nga"', '"hop tac"', '"nga" OR "ha noi"', '"khong co tu nay"'):
        n = await one(every, phrase)
        assert await one(upto, phrase, 2) == min(n, 2)
        assert await one(upto, phrase, -1) == n
        assert await one(has, phrase) == min(n, 1)
    assert await one(every, '"nga"') > 2


BM25_JOIN = (
    "SELECT m.id, 0.3 * coalesce(-f.r, 0) AS score FROM meetings m"
    " LEFT JOIN (SELECT rowid AS rid, bm25(meetings_fts) AS r FROM meetings_fts"
    " WHERE meetings_fts MATCH ?) f ON f.rid = m.seq WHERE m.seq IN (?, ?)"
)


def test_bm25_is_computed_for_the_ranked_rows_only() -> None:
    sql, _ = translate(BM25_JOIN)
    assert "LEFT JOIN LATERAL (SELECT fts5_bm25_row($1, m.tsv, m.ntok," in sql
    assert "(SELECT fts5_stats($1))) AS r) f ON true WHERE m.seq IN ($2, $3)" in sql


@pytest.mark.postgres_only
async def test_bm25_per_row_equals_fts5s_over_every_match(seeded_store: Store) -> None:
    """FTS5's formula over all matches (fts5_bm25) and per ranked row agree."""
    query = '"nga" OR "hop tac" OR "nang luong" OR "ha noi"'
    every = {
        int(r[0]): float(r[1])
        for r in await (
            await seeded_store.conn.execute("SELECT rid, r FROM fts5_bm25(?)", (query,))
        ).fetchall()
    }
    assert len(every) >= 5
    seqs = sorted(every)[:2]
    rows = await (
        await seeded_store.conn.execute(
            BM25_JOIN.replace("m.id, 0.3 * coalesce(-f.r, 0)", "m.seq, f.r"), (query, *seqs)
        )
    ).fetchall()
    assert {int(r[0]): float(r[1]) for r in rows} == pytest.approx({s: every[s] for s in seqs})


@pytest.mark.postgres_only
async def test_migrating_leaves_the_planner_statistics(empty_store: Store) -> None:
    """A database just migrated has every table analysed (PostgreSQL's reltuples -1 means
    never): the first questions are planned from statistics, not from defaults."""
    from store.storage.pg import PgStore
    from tests.pgcluster import database_at

    async with database_at(empty_store.path, "migrated_now", 0) as (old, url):
        await old.close()
        store = await PgStore.open(url)
        try:
            never = await store.pool.fetch(
                "SELECT relname FROM pg_class WHERE relkind = 'r'"
                " AND relnamespace = 'public'::regnamespace AND reltuples < 0"
            )
            tables = await store.pool.fetchval(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
            )
        finally:
            await store.close()
    assert tables > 10
    assert [r[0] for r in never] == []


@pytest.mark.postgres_only
async def test_postgres_migrations_are_versioned_and_applied_once(empty_store: Store) -> None:
    from store.storage.pg_schema import MIGRATIONS

    (version,) = await (await empty_store.conn.execute("SELECT n FROM schema_version")).fetchone()
    assert version == len(MIGRATIONS)
    assert await empty_store.migrate() == len(MIGRATIONS)  # nothing applied twice
    (rows,) = await (
        await empty_store.conn.execute("SELECT count(*) FROM schema_version")
    ).fetchone()
    assert rows == 1


async def test_phrases_match_whole_words_in_order(seeded_store: Store) -> None:
    """'dầu khí' asked finds meetings about oil and gas; the words apart or inside other
    words do not count (FTS5 on SQLite, a phrase tsquery on PostgreSQL)."""
    from store.storage.search import fts_has

    assert await fts_has(seeded_store, "dầu khí")
    assert await fts_has(seeded_store, "DAU KHI")
    assert not await fts_has(seeded_store, "nhân hạt điện")
    assert not await fts_has(seeded_store, "au kh")


async def test_version_counter_moves_with_every_write(seeded_store: Store) -> None:
    """What the answer cache watches: a write through another store (another process or
    replica) moves it; reading does not."""
    from store.services.ingest import ingest
    from store.services.sources import load_paths

    before = await seeded_store.data_version()
    await seeded_store.meetings()
    assert await seeded_store.data_version() == before
    other = await Store.open(seeded_store.path)
    try:
        (article,) = load_paths([ARTICLE])
        await ingest(other, [article])
    finally:
        await other.close()
    assert await seeded_store.data_version() > before


async def test_answers_name_the_meeting_asked_for(seeded_store: Store) -> None:
    result = await ask(seeded_store, "to lam gap mishustin o moskva")
    assert result.results and result.results[0].place == "Moskva"


@pytest.mark.postgres_only
async def test_postgres_tables_have_the_sqlite_columns(empty_store: Store, tmp_path) -> None:  # noqa: ANN001
    """A SQLite migration without its PostgreSQL twin (store/storage/pg_schema.py) fails here."""
    import sqlite3

    from store.storage import packed
    from store.storage.schema import MIGRATIONS as SQLITE

    # Columns SQLite keeps in another form than PostgreSQL's (store.storage.packed; a
    # facet's last day only where it is not its first).
    forms = {"folded_z": "folded", "sectors_z": "sectors", "last": "day_end"}
    lite = sqlite3.connect(tmp_path / "schema.db")
    packed.register(lite)
    for script in SQLITE:
        lite.executescript(script)
    tables = [
        r[0]
        for r in lite.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            " AND name NOT LIKE 'meetings_fts%' AND name NOT LIKE 'sqlite_%'"
            # SQLite's facet index keyed by integer (schema.FACET_KEYS), and its sources
            # keyed by meeting seq (schema.LINK_KEYS): PostgreSQL keeps the tables SQLite
            # reads as views of these (and the views are checked as tables are).
            " AND name NOT IN ('facet_keys', 'facet_days', 'source_rows')"
        )
    ]
    for table in tables:
        want = {forms.get(r[1], r[1]) for r in lite.execute(f"PRAGMA table_info({table})")}
        rows = await (
            await empty_store.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", (table,)
            )
        ).fetchall()
        have = {r[0] for r in rows}
        assert want <= have, (table, want - have)
