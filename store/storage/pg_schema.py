"""PostgreSQL schema: numbered migrations, tracked in ``schema_version``.

The tables mirror store.storage.schema (SQLite) column for column, so the same queries
(translated by store.storage.pg_sql) read both. What SQLite gives for free is spelled out:
``rowid`` (insertion order) is an identity column where queries order by it; the FTS5 index
is a ``tsvector`` over the folded text (see ``fts5_query``); the facet index is kept by
triggers; and a few SQLite functions the queries use (``instr``, ``strftime('…', 'now')``,
two-argument ``max``, ``group_concat``, a number times a truth value) are defined here.
"""

from __future__ import annotations

_NOW = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"

# SQLite's functions and operators that the shared queries use, with SQLite's meaning.
COMPAT = f"""
CREATE FUNCTION strftime(fmt text, at text) RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT {_NOW} $$;
CREATE FUNCTION instr(haystack text, needle text) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT strpos(haystack, needle) $$;
CREATE FUNCTION max(a bigint, b bigint) RETURNS bigint LANGUAGE sql IMMUTABLE
    AS $$ SELECT greatest(a, b) $$;
CREATE FUNCTION min(a bigint, b bigint) RETURNS bigint LANGUAGE sql IMMUTABLE
    AS $$ SELECT least(a, b) $$;
CREATE AGGREGATE group_concat(text, text) (SFUNC = textcat_sep, STYPE = text);
CREATE FUNCTION num_times_bool(a numeric, b boolean) RETURNS double precision
    LANGUAGE sql IMMUTABLE AS $$ SELECT (a * b::int)::double precision $$;
CREATE OPERATOR * (LEFTARG = numeric, RIGHTARG = boolean, FUNCTION = num_times_bool);
-- The folded search text as FTS5's unicode61 tokenizer sees it: words of [0-9a-z].
CREATE FUNCTION fts_words(folded text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT btrim(regexp_replace(folded, '[^0-9a-z]+', ' ', 'g')) $$;
-- An FTS5 expression of quoted phrases joined by AND or OR (search.fts_phrase) as a tsquery.
CREATE FUNCTION fts5_query(q text) RETURNS tsquery LANGUAGE sql IMMUTABLE AS $$
    SELECT to_tsquery('simple', '(' || replace(replace(replace(btrim(q, '"'),
        '" AND "', ')&('), '" OR "', ')|('), ' ', '<->') || ')')
$$;
"""

# textcat with a separator, for group_concat (SQLite skips NULLs and joins with the separator).
TEXTCAT = """
CREATE FUNCTION textcat_sep(acc text, value text, sep text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN value IS NULL THEN acc WHEN acc IS NULL THEN value
                      ELSE acc || sep || value END $$;
"""

# FTS5's bm25 (k1 = 1.2, b = 0.75) of an OR of phrases, for the meetings matching any.
BM25 = """
CREATE FUNCTION fts5_bm25(q text) RETURNS TABLE(rid bigint, r double precision)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    total double precision;
    avgdl double precision;
BEGIN
    SELECT count(*), coalesce(avg(ntok), 0) INTO total, avgdl FROM meetings;
    RETURN QUERY
    WITH p AS (
        SELECT ph, to_tsquery('simple', replace(ph, ' ', '<->')) AS tq
        FROM unnest(regexp_split_to_array(btrim(q, '"'), '" (?:AND|OR) "')) AS ph
    ), pn AS (
        SELECT p.ph, p.tq, (SELECT count(*) FROM meetings m WHERE m.tsv @@ p.tq) AS n FROM p
    ), hits AS (
        SELECT m.seq, m.ntok, pn.n,
            (SELECT count(*) FROM regexp_matches(' ' || fts_words(m.folded) || ' ',
                ' ' || pn.ph || '(?= )', 'g')) AS f
        FROM meetings m JOIN pn ON m.tsv @@ pn.tq
    )
    SELECT h.seq, -sum(
        greatest(ln((total - h.n + 0.5) / (h.n + 0.5)), 1e-6)
        * (h.f * 2.2) / (h.f + 1.2 * (0.25 + 0.75 * h.ntok / nullif(avgdl, 0)))
    )::double precision
    FROM hits h GROUP BY h.seq;
END $$;
"""

# bm25 for the rows a query ranks, not for every row that matches (fts5_bm25 read the
# folded text of up to 2,000 matches with a regular expression per phrase: seconds). The
# statistics FTS5 keeps (rows, average length, rows per phrase) are read once per statement
# (``(SELECT fts5_stats(q))`` is an InitPlan), the phrase counts from the row's tsvector
# positions. pg_sql turns the shared ``LEFT JOIN (… bm25(meetings_fts) …) f`` into this.
BM25_ROWS = """
CREATE INDEX meetings_ntok ON meetings(ntok);
CREATE FUNCTION fts5_phrases(q text) RETURNS text[] LANGUAGE sql IMMUTABLE
    AS $$ SELECT regexp_split_to_array(btrim(q, '"'), '" (?:AND|OR) "') $$;
-- [average length, rows, rows holding phrase 1, phrase 2, …]
CREATE FUNCTION fts5_stats(q text) RETURNS double precision[] LANGUAGE sql STABLE AS $$
    SELECT (SELECT ARRAY[coalesce(avg(ntok), 0), count(*)]::double precision[] FROM meetings)
        || ARRAY(SELECT (SELECT count(*) FROM meetings m
                         WHERE m.tsv @@ to_tsquery('simple', replace(ph, ' ', '<->')))::double precision
                 FROM unnest(fts5_phrases(q)) WITH ORDINALITY AS t(ph, i) ORDER BY i)
$$;
-- How often the words occur in this order, one after another (FTS5's phrase instances).
CREATE FUNCTION fts5_phrase_count(tsv tsvector, words text[]) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    WITH w AS (
        SELECT k, coalesce((SELECT u.positions FROM unnest(tsv) AS u WHERE u.lexeme = word),
                           '{}'::smallint[]) AS pos
        FROM unnest(words) WITH ORDINALITY AS x(word, k)
    )
    SELECT count(*)::integer FROM unnest((SELECT pos FROM w WHERE k = 1)) AS p(at)
    WHERE NOT EXISTS (SELECT 1 FROM w WHERE k > 1 AND NOT ((p.at + k - 1)::smallint = ANY(w.pos)))
$$;
CREATE FUNCTION fts5_bm25_row(q text, tsv tsvector, ntok integer, stats double precision[])
RETURNS double precision LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    ph text;
    i integer := 0;
    f integer;
    n double precision;
    score double precision := 0;
    hit boolean := false;
BEGIN
    FOREACH ph IN ARRAY fts5_phrases(q) LOOP
        i := i + 1;
        f := fts5_phrase_count(tsv, string_to_array(ph, ' '));
        IF f > 0 THEN
            hit := true;
            n := stats[2 + i];
            score := score + greatest(ln((stats[2] - n + 0.5) / (n + 0.5)), 1e-6)
                * (f * 2.2) / (f + 1.2 * (0.25 + 0.75 * ntok / nullif(stats[1], 0)));
        END IF;
    END LOOP;
    RETURN CASE WHEN hit THEN -score END;
END $$;
"""

FACETS = """
CREATE TABLE meeting_facets (
    facet    TEXT NOT NULL,
    day      TEXT NOT NULL,
    seq      BIGINT NOT NULL,
    day_end  TEXT NOT NULL,
    PRIMARY KEY (facet, day, seq)
);
CREATE INDEX meeting_facets_seq ON meeting_facets(seq);

CREATE FUNCTION facets_of_meeting(m meetings) RETURNS void LANGUAGE sql AS $$
    INSERT INTO meeting_facets SELECT f, coalesce(m.date_start, ''), m.seq, coalesce(m.date_end, '')
    FROM (SELECT 'l:' || m.place WHERE m.place IS NOT NULL
          UNION SELECT 'k:' || m.kind
          UNION SELECT 'p:' || name FROM meeting_participants WHERE meeting_id = m.id
          UNION SELECT 's:' || sector FROM meeting_sectors WHERE meeting_id = m.id) AS x(f)
    ON CONFLICT DO NOTHING;
$$;
CREATE FUNCTION facets_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM meeting_facets WHERE seq = OLD.seq;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM facets_of_meeting(NEW);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER facets_meeting AFTER INSERT OR DELETE OR UPDATE OF date_start, date_end, place, kind
    ON meetings FOR EACH ROW EXECUTE FUNCTION facets_meeting();

CREATE FUNCTION facets_part() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    m meetings;
    f text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF TG_TABLE_NAME = 'meeting_participants' THEN
            f := 'p:' || NEW.name;
        ELSE
            f := 's:' || NEW.sector;
        END IF;
        SELECT * INTO m FROM meetings WHERE id = NEW.meeting_id;
        IF FOUND THEN
            INSERT INTO meeting_facets VALUES (f, coalesce(m.date_start, ''), m.seq,
                coalesce(m.date_end, '')) ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'meeting_participants' THEN
        IF EXISTS (SELECT 1 FROM meeting_participants
                   WHERE meeting_id = OLD.meeting_id AND name = OLD.name) THEN
            RETURN NULL;
        END IF;
        f := 'p:' || OLD.name;
    ELSE
        f := 's:' || OLD.sector;
    END IF;
    DELETE FROM meeting_facets WHERE facet = f
        AND seq = (SELECT seq FROM meetings WHERE id = OLD.meeting_id);
    RETURN NULL;
END $$;
CREATE TRIGGER facets_participant AFTER INSERT OR DELETE ON meeting_participants
    FOR EACH ROW EXECUTE FUNCTION facets_part();
CREATE TRIGGER facets_sector AFTER INSERT OR DELETE ON meeting_sectors
    FOR EACH ROW EXECUTE FUNCTION facets_part();
"""

# The data version: bumped by every statement that writes, so each replica's caches see
# any replica's change (SQLite's ``PRAGMA data_version`` does this for one file).
VERSION = """
CREATE TABLE data_version (n BIGINT NOT NULL);
INSERT INTO data_version VALUES (0);
-- Once per transaction: updating the one row per statement would leave a chain of row
-- versions that each later statement of a long transaction walks.
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('briefing.bumped', true) = txid_current()::text THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('briefing.bumped', txid_current()::text, true);
    UPDATE data_version SET n = n + 1;
    RETURN NULL;
END $$;
""" + "".join(
    f"CREATE TRIGGER {t}_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {t}"
    " FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();\n"
    for t in (
        "articles",
        "meetings",
        "meeting_participants",
        "meeting_sectors",
        "meeting_sources",
        "article_prints",
        "article_aliases",
        "chats",
        "subscriptions",
        "feeds",
        "corrections",
    )
)

_TS = f"TEXT NOT NULL DEFAULT ({_NOW})"

MIGRATIONS: list[str] = [
    # 1: the schema of SQLite's migrations 1–8, in one step.
    TEXTCAT
    + COMPAT
    + f"""
    CREATE TABLE articles (
        rowid      BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,
        id         TEXT PRIMARY KEY,
        source     TEXT NOT NULL,
        url        TEXT,
        title      TEXT,
        published  TEXT,
        text       TEXT NOT NULL,
        added_at   {_TS},
        site_name  TEXT,
        copy_of    TEXT REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
    CREATE INDEX articles_copy_of ON articles(copy_of) WHERE copy_of IS NOT NULL;

    CREATE TABLE meetings (
        seq            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        id             TEXT NOT NULL UNIQUE,
        date           TEXT,
        date_start     TEXT,
        date_end       TEXT,
        date_inferred  INTEGER NOT NULL DEFAULT 0,
        time_of_day    TEXT,
        place          TEXT,
        kind           TEXT NOT NULL,
        summary        TEXT NOT NULL DEFAULT '',
        key_points     TEXT NOT NULL DEFAULT '[]',
        secondary      INTEGER NOT NULL DEFAULT 0,
        folded         TEXT NOT NULL DEFAULT '',
        added_at       {_TS},
        evidence       TEXT NOT NULL DEFAULT '{{}}',
        tsv            tsvector GENERATED ALWAYS AS (to_tsvector('simple', fts_words(folded))) STORED,
        ntok           INTEGER GENERATED ALWAYS AS (
            CASE WHEN fts_words(folded) = '' THEN 0
            ELSE array_length(string_to_array(fts_words(folded), ' '), 1) END) STORED
    );
    CREATE INDEX meetings_date ON meetings(date_start, date_end);
    CREATE INDEX meetings_tsv ON meetings USING gin(tsv);

    CREATE TABLE meeting_participants (
        rowid       BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,
        meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        pos         INTEGER NOT NULL,
        name        TEXT NOT NULL,
        title       TEXT,
        country     TEXT,
        PRIMARY KEY (meeting_id, pos)
    );
    CREATE INDEX participants_name ON meeting_participants(name, meeting_id);

    CREATE TABLE meeting_sectors (
        rowid       BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,
        meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        sector      TEXT NOT NULL,
        PRIMARY KEY (meeting_id, sector)
    );
    CREATE INDEX sectors_sector ON meeting_sectors(sector);

    CREATE TABLE meeting_sources (
        rowid       BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,
        meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source      TEXT NOT NULL,
        PRIMARY KEY (meeting_id, article_id)
    );
    CREATE INDEX sources_article ON meeting_sources(article_id);

    CREATE TABLE chats (
        chat_id      BIGINT PRIMARY KEY,
        type         TEXT NOT NULL,
        title        TEXT,
        username     TEXT,
        status       TEXT NOT NULL,
        active       INTEGER NOT NULL DEFAULT 1,
        migrated_to  BIGINT,
        first_seen   {_TS},
        updated_at   {_TS}
    );
    CREATE TABLE chat_events (
        id       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        chat_id  BIGINT NOT NULL,
        event    TEXT NOT NULL,
        status   TEXT,
        by_user  BIGINT,
        at       TEXT NOT NULL
    );
    CREATE INDEX chat_events_chat ON chat_events(chat_id, id);

    CREATE TABLE feeds (
        id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        url            TEXT NOT NULL UNIQUE,
        title          TEXT,
        interval_min   INTEGER NOT NULL DEFAULT 30,
        etag           TEXT,
        last_modified  TEXT,
        added_at       {_TS},
        last_poll_at   TEXT,
        last_ok_at     TEXT,
        last_status    TEXT,
        last_error     TEXT,
        errors         INTEGER NOT NULL DEFAULT 0,
        next_poll_at   TEXT,
        articles_added INTEGER NOT NULL DEFAULT 0,
        meetings_added INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE feed_entries (
        feed_id   BIGINT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        entry_key TEXT NOT NULL,
        url       TEXT,
        status    TEXT NOT NULL,
        reason    TEXT,
        attempts  INTEGER NOT NULL DEFAULT 1,
        seen_at   {_TS},
        PRIMARY KEY (feed_id, entry_key)
    );
    CREATE TABLE article_prints (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        norm_url   TEXT,
        exact      TEXT NOT NULL
    );
    CREATE INDEX article_prints_url ON article_prints(norm_url);
    CREATE INDEX article_prints_exact ON article_prints(exact);
    CREATE TABLE article_anchors (
        anchor     TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (anchor, article_id)
    );
    CREATE INDEX article_anchors_article ON article_anchors(article_id);
    CREATE TABLE article_aliases (
        url        TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );

    CREATE TABLE subscriptions (
        chat_id     BIGINT PRIMARY KEY,
        chat_type   TEXT NOT NULL DEFAULT 'private',
        time        TEXT NOT NULL DEFAULT '07:00',
        tz          TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
        days        TEXT NOT NULL DEFAULT '0123456',
        filters     TEXT NOT NULL DEFAULT '{{}}',
        send_empty  INTEGER NOT NULL DEFAULT 0,
        active      INTEGER NOT NULL DEFAULT 1,
        cursor      BIGINT NOT NULL DEFAULT 0,
        last_slot   TEXT,
        failures    INTEGER NOT NULL DEFAULT 0,
        reason      TEXT,
        created_at  {_TS},
        updated_at  {_TS}
    );
    CREATE TABLE digest_outbox (
        id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        chat_id     BIGINT NOT NULL,
        slot        TEXT NOT NULL,
        kind        TEXT NOT NULL DEFAULT 'scheduled',
        part        INTEGER NOT NULL,
        parts       INTEGER NOT NULL,
        text        TEXT NOT NULL,
        items       TEXT NOT NULL DEFAULT '[]',
        cursor_to   BIGINT NOT NULL,
        state       TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'expired')),
        attempts    INTEGER NOT NULL DEFAULT 0,
        message_id  BIGINT,
        error       TEXT,
        created_at  {_TS},
        updated_at  {_TS},
        sent_at     TEXT,
        UNIQUE (chat_id, slot, part)
    );
    CREATE INDEX digest_outbox_open ON digest_outbox(chat_id, slot, part)
        WHERE state IN ('pending', 'sending');

    CREATE TABLE corrections (
        id      BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        at      {_TS},
        actor   TEXT NOT NULL,
        action  TEXT NOT NULL,
        target  TEXT NOT NULL,
        summary TEXT NOT NULL,
        before  TEXT,
        after   TEXT
    );
    CREATE INDEX corrections_target ON corrections(target);
    """
    + FACETS
    + BM25
    + VERSION,
    # 2: SQLite's 9 (digests in forum topics, weekly and instant; pacing across restarts).
    """
    ALTER TABLE subscriptions ADD COLUMN mode TEXT NOT NULL DEFAULT 'daily';
    ALTER TABLE subscriptions ADD COLUMN thread_id BIGINT;
    ALTER TABLE digest_outbox ADD COLUMN thread_id BIGINT;
    ALTER TABLE digest_outbox ADD COLUMN retry_at TEXT;
    CREATE INDEX digest_outbox_sent ON digest_outbox(sent_at) WHERE sent_at IS NOT NULL;
    """,
    # 3: conversation state (SQLite's 11; data_version is PostgreSQL's 1).
    """
    CREATE TABLE conversation_state (
        kind     TEXT NOT NULL,
        key      TEXT NOT NULL,
        user_id  BIGINT NOT NULL,
        payload  TEXT NOT NULL,
        created  DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (kind, key)
    );
    """,
    # 4: the language a chat is answered in (SQLite's 10, which main added after this
    # backend's 3; appended, so a database already at 3 gets it too). Its writes move the
    # data version as every SQLite write transaction does.
    f"""
    CREATE TABLE chat_languages (
        chat_id     BIGINT PRIMARY KEY,
        lang        TEXT NOT NULL CHECK (lang IN ('vi', 'en', 'ru')),
        set_by      BIGINT,
        updated_at  {_TS}
    );
    CREATE TRIGGER chat_languages_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON chat_languages FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
    """,
    # 5: SQLite's 12 (digest periods composed once, outbox and feed-poll leases). Claims
    # are bookkeeping, not data answers depend on: they leave the data version alone.
    f"""
    CREATE TABLE digest_periods (
        chat_id     BIGINT NOT NULL,
        period      TEXT NOT NULL,
        created_at  {_TS},
        PRIMARY KEY (chat_id, period)
    );
    ALTER TABLE digest_outbox ADD COLUMN claimed_by TEXT;
    ALTER TABLE digest_outbox ADD COLUMN lease_until TEXT;
    ALTER TABLE feeds ADD COLUMN poll_owner TEXT;
    ALTER TABLE feeds ADD COLUMN poll_until TEXT;
    """,
    # 6: SQLite's 13 (near-duplicate anchors as 60-bit integers: the first 15 hex digits).
    """
    ALTER TABLE article_anchors ALTER COLUMN anchor TYPE BIGINT
        USING ('x' || substr(anchor, 1, 15))::bit(60)::bigint;
    """,
    # 7: SQLite's 14 (article texts zlib-compressed in ``body``; BODY_MIGRATION moves the
    # stored texts over).
    """
    ALTER TABLE articles ADD COLUMN body BYTEA;
    """,
    # 8: SQLite's 15 (sectors keep their order in ``pos``; an article's anchor count kept
    # with its fingerprint). The sector index served no query; the facet and anchor indexes
    # stay here, where the triggers and cascades delete through them.
    """
    ALTER TABLE meeting_sectors ADD COLUMN pos INTEGER NOT NULL DEFAULT 0;
    UPDATE meeting_sectors SET pos = rowid;
    DROP INDEX sectors_sector;
    ALTER TABLE article_prints ADD COLUMN anchors INTEGER;
    UPDATE article_prints p SET anchors = (SELECT count(*) FROM article_anchors a
        WHERE a.article_id = p.article_id);
    """
    + BM25_ROWS,
    # 9: SQLite's 16 (summary, key points and evidence compressed against their article).
    """
    ALTER TABLE meetings ADD COLUMN notes BYTEA;
    ALTER TABLE meetings ADD COLUMN notes_from TEXT;
    """,
    # 10: SQLite's 17 (every name, title and country participants were given).
    """
    CREATE TABLE participant_titles (
        id       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        name     TEXT NOT NULL,
        title    TEXT NOT NULL,
        country  TEXT NOT NULL,
        UNIQUE (name, title, country)
    );
    INSERT INTO participant_titles(name, title, country)
        SELECT name, title, coalesce(country, '') FROM meeting_participants
        WHERE title IS NOT NULL ORDER BY rowid ON CONFLICT DO NOTHING;
    CREATE FUNCTION note_participant_title() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.title IS NOT NULL THEN
            INSERT INTO participant_titles(name, title, country)
                VALUES (NEW.name, NEW.title, coalesce(NEW.country, '')) ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
    END $$;
    CREATE TRIGGER participant_titles_ai AFTER INSERT ON meeting_participants
        FOR EACH ROW EXECUTE FUNCTION note_participant_title();
    """,
    # 11: SQLite's 18 (search texts without aliases, rewritten in Python: ALIASES_MIGRATION;
    # the generated tsvector follows).
    "SELECT 1",
    # 12: SQLite's 19 (search texts without sectors, rewritten in Python: SECTORS_MIGRATION;
    # the generated tsvector follows).
    "SELECT 1",
    # 13: SQLite's 20 (a meeting's sectors in its row, a JSON list; a view of the link
    # table's name and columns reads them as rows). The facets follow the column.
    """
    ALTER TABLE meetings ADD COLUMN sectors TEXT NOT NULL DEFAULT '[]';
    UPDATE meetings m SET sectors = s.list
        FROM (SELECT meeting_id, json_agg(sector ORDER BY pos)::text AS list
              FROM meeting_sectors GROUP BY meeting_id) s
        WHERE s.meeting_id = m.id;
    DROP TABLE meeting_sectors;
    CREATE VIEW meeting_sectors AS
        SELECT m.id AS meeting_id, j.sector, (j.n - 1)::integer AS pos
        FROM meetings m, json_array_elements_text(m.sectors::json) WITH ORDINALITY AS j(sector, n);
    CREATE OR REPLACE FUNCTION facets_of_meeting(m meetings) RETURNS void LANGUAGE sql AS $$
        INSERT INTO meeting_facets SELECT f, coalesce(m.date_start, ''), m.seq,
            coalesce(m.date_end, '')
        FROM (SELECT 'l:' || m.place WHERE m.place IS NOT NULL
              UNION SELECT 'k:' || m.kind
              UNION SELECT 'p:' || name FROM meeting_participants WHERE meeting_id = m.id
              UNION SELECT 's:' || value FROM json_array_elements_text(m.sectors::json)) AS x(f)
        ON CONFLICT DO NOTHING;
    $$;
    DROP TRIGGER facets_meeting ON meetings;
    CREATE TRIGGER facets_meeting
        AFTER INSERT OR DELETE OR UPDATE OF date_start, date_end, place, kind, sectors
        ON meetings FOR EACH ROW EXECUTE FUNCTION facets_meeting();
    """,
    # 14: SQLite's 21 (anchors name their article by its fingerprint row's integer key, so
    # both backends run the same statements). The cascade from the fingerprint row, and the
    # index it deletes through, stay here as the article index did.
    """
    ALTER TABLE article_prints ADD COLUMN num BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE;
    CREATE TABLE article_anchors_new (
        anchor     BIGINT NOT NULL,
        print_num  BIGINT NOT NULL REFERENCES article_prints(num) ON DELETE CASCADE,
        PRIMARY KEY (anchor, print_num)
    );
    INSERT INTO article_anchors_new SELECT a.anchor, p.num
        FROM article_anchors a JOIN article_prints p ON p.article_id = a.article_id
        ON CONFLICT DO NOTHING;
    DROP TABLE article_anchors;
    ALTER TABLE article_anchors_new RENAME TO article_anchors;
    ALTER INDEX article_anchors_new_pkey RENAME TO article_anchors_pkey;
    CREATE INDEX article_anchors_print ON article_anchors(print_num);
    """,
    # 15: SQLite's 22 (a fingerprint's URL only where it is not the article's own).
    """
    UPDATE article_prints p SET norm_url = NULL FROM articles a
        WHERE a.id = p.article_id AND p.norm_url = a.url;
    DROP INDEX article_prints_url;
    CREATE INDEX article_prints_url ON article_prints(norm_url) WHERE norm_url IS NOT NULL;
    """,
    # 16: SQLite's 27 (anchors of 47 bits: store.storage.dedup.anchor computes them so on
    # both backends, and the stored ones keep their first 47 of 60).
    """
    CREATE TABLE article_anchors_new (
        anchor     BIGINT NOT NULL,
        print_num  BIGINT NOT NULL REFERENCES article_prints(num) ON DELETE CASCADE,
        PRIMARY KEY (anchor, print_num)
    );
    INSERT INTO article_anchors_new SELECT anchor >> 13, print_num FROM article_anchors
        ON CONFLICT DO NOTHING;
    DROP TABLE article_anchors;
    ALTER TABLE article_anchors_new RENAME TO article_anchors;
    ALTER INDEX article_anchors_new_pkey RENAME TO article_anchors_pkey;
    CREATE INDEX article_anchors_print ON article_anchors(print_num);
    """,
    # 17: SQLite's 29 (each source's own date for its meeting where it differs from the
    # meeting's; NULL: the meeting's date).
    """
    ALTER TABLE meeting_sources ADD COLUMN report_date TEXT;
    ALTER TABLE meeting_sources ADD COLUMN report_inferred INTEGER;
    """,
]

BODY_MIGRATION = 7
ALIASES_MIGRATION = 11
SECTORS_MIGRATION = 12
