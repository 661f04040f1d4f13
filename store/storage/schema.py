"""Versioned schema migrations, applied in order and tracked by PRAGMA user_version.

Other store modules (subscriptions, feeds) append their own migrations here so that a
single number tells which schema a database file has.
"""

from __future__ import annotations

# The question index (see store/storage/search.py); idempotent, so it is safe to apply twice.
FACETS_MIGRATION = """
CREATE TABLE IF NOT EXISTS meeting_facets (
    facet    TEXT NOT NULL,      -- 'p:' person | 's:' sector | 'l:' place | 'k:' kind
    day      TEXT NOT NULL,      -- meetings.date_start, '' when undated
    seq      INTEGER NOT NULL,   -- meetings.seq
    day_end  TEXT NOT NULL,      -- meetings.date_end, '' when undated
    PRIMARY KEY (facet, day, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS meeting_facets_seq ON meeting_facets(seq);
CREATE TRIGGER IF NOT EXISTS facets_meeting_ai AFTER INSERT ON meetings BEGIN
    INSERT OR IGNORE INTO meeting_facets SELECT 'l:' || new.place, coalesce(new.date_start, ''),
        new.seq, coalesce(new.date_end, '') WHERE new.place IS NOT NULL;
    INSERT OR IGNORE INTO meeting_facets VALUES ('k:' || new.kind, coalesce(new.date_start, ''),
        new.seq, coalesce(new.date_end, ''));
END;
CREATE TRIGGER IF NOT EXISTS facets_meeting_au AFTER UPDATE OF date_start, date_end, place, kind
ON meetings BEGIN
    DELETE FROM meeting_facets WHERE seq = old.seq;
    INSERT OR IGNORE INTO meeting_facets SELECT 'l:' || new.place, coalesce(new.date_start, ''),
        new.seq, coalesce(new.date_end, '') WHERE new.place IS NOT NULL;
    INSERT OR IGNORE INTO meeting_facets VALUES ('k:' || new.kind, coalesce(new.date_start, ''),
        new.seq, coalesce(new.date_end, ''));
    INSERT OR IGNORE INTO meeting_facets SELECT 'p:' || name, coalesce(new.date_start, ''),
        new.seq, coalesce(new.date_end, '') FROM meeting_participants WHERE meeting_id = new.id;
    INSERT OR IGNORE INTO meeting_facets SELECT 's:' || sector, coalesce(new.date_start, ''),
        new.seq, coalesce(new.date_end, '') FROM meeting_sectors WHERE meeting_id = new.id;
END;
CREATE TRIGGER IF NOT EXISTS facets_meeting_ad AFTER DELETE ON meetings BEGIN
    DELETE FROM meeting_facets WHERE seq = old.seq;
END;
CREATE TRIGGER IF NOT EXISTS facets_participant_ai AFTER INSERT ON meeting_participants BEGIN
    INSERT OR IGNORE INTO meeting_facets SELECT 'p:' || new.name, coalesce(m.date_start, ''),
        m.seq, coalesce(m.date_end, '') FROM meetings m WHERE m.id = new.meeting_id;
END;
CREATE TRIGGER IF NOT EXISTS facets_participant_ad AFTER DELETE ON meeting_participants BEGIN
    DELETE FROM meeting_facets WHERE facet = 'p:' || old.name
        AND seq = (SELECT seq FROM meetings WHERE id = old.meeting_id)
        AND NOT EXISTS (SELECT 1 FROM meeting_participants
                        WHERE meeting_id = old.meeting_id AND name = old.name);
END;
CREATE TRIGGER IF NOT EXISTS facets_sector_ai AFTER INSERT ON meeting_sectors BEGIN
    INSERT OR IGNORE INTO meeting_facets SELECT 's:' || new.sector, coalesce(m.date_start, ''),
        m.seq, coalesce(m.date_end, '') FROM meetings m WHERE m.id = new.meeting_id;
END;
CREATE TRIGGER IF NOT EXISTS facets_sector_ad AFTER DELETE ON meeting_sectors BEGIN
    DELETE FROM meeting_facets WHERE facet = 's:' || old.sector
        AND seq = (SELECT seq FROM meetings WHERE id = old.meeting_id);
END;
INSERT OR IGNORE INTO meeting_facets SELECT 'l:' || place, coalesce(date_start, ''), seq,
    coalesce(date_end, '') FROM meetings WHERE place IS NOT NULL;
INSERT OR IGNORE INTO meeting_facets SELECT 'k:' || kind, coalesce(date_start, ''), seq,
    coalesce(date_end, '') FROM meetings;
INSERT OR IGNORE INTO meeting_facets SELECT 'p:' || p.name, coalesce(m.date_start, ''), m.seq,
    coalesce(m.date_end, '') FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id;
INSERT OR IGNORE INTO meeting_facets SELECT 's:' || s.sector, coalesce(m.date_start, ''), m.seq,
    coalesce(m.date_end, '') FROM meeting_sectors s JOIN meetings m ON m.id = s.meeting_id;
"""


# The facets of one meeting, found by their key: the meeting's day, its seq, and each facet
# its place, kind, people and sectors give (``{r}`` is ``old`` or ``new``).
# ``sectors`` selects the meeting's sector facets (from the link table until migration 20).
def _meeting_facets(r: str, sectors: str = "") -> str:
    sectors = sectors or f"SELECT 's:' || sector FROM meeting_sectors WHERE meeting_id = {r}.id"
    return (
        f"DELETE FROM meeting_facets WHERE day = coalesce({r}.date_start, '') AND seq = {r}.seq"
        f" AND facet IN (SELECT 'l:' || {r}.place UNION ALL SELECT 'k:' || {r}.kind"
        f" UNION ALL SELECT 'p:' || name FROM meeting_participants WHERE meeting_id = {r}.id"
        f" UNION ALL {sectors});"
    )


_DAY_OF = "(SELECT coalesce(date_start, '') FROM meetings WHERE id = old.meeting_id)"
_SEQ_OF = "(SELECT seq FROM meetings WHERE id = old.meeting_id)"

NARROW_MIGRATION = f"""
DROP TRIGGER facets_meeting_au;
DROP TRIGGER facets_meeting_ad;
DROP TRIGGER facets_participant_ad;
DROP INDEX meeting_facets_seq;
CREATE TABLE meeting_sectors_new (
    meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    sector      TEXT NOT NULL,
    pos         INTEGER NOT NULL DEFAULT 0,   -- the order the meeting lists its sectors in
    PRIMARY KEY (meeting_id, sector)
) WITHOUT ROWID;
INSERT INTO meeting_sectors_new SELECT meeting_id, sector, rowid FROM meeting_sectors;
DROP TABLE meeting_sectors;
ALTER TABLE meeting_sectors_new RENAME TO meeting_sectors;
-- (Triggers naming meeting_sectors are created once it exists again: a rename checks them.)
CREATE TRIGGER facets_meeting_au AFTER UPDATE OF date_start, date_end, place, kind
ON meetings BEGIN
    {_meeting_facets("old")}
    INSERT OR IGNORE INTO meeting_facets SELECT 'l:' || new.place, coalesce(new.date_start, ''),
        new.seq, coalesce(new.date_end, '') WHERE new.place IS NOT NULL;
    INSERT OR IGNORE INTO meeting_facets VALUES ('k:' || new.kind, coalesce(new.date_start, ''),
        new.seq, coalesce(new.date_end, ''));
    INSERT OR IGNORE INTO meeting_facets SELECT 'p:' || name, coalesce(new.date_start, ''),
        new.seq, coalesce(new.date_end, '') FROM meeting_participants WHERE meeting_id = new.id;
    INSERT OR IGNORE INTO meeting_facets SELECT 's:' || sector, coalesce(new.date_start, ''),
        new.seq, coalesce(new.date_end, '') FROM meeting_sectors WHERE meeting_id = new.id;
END;
-- Before the row goes: its people and sectors (deleted by the cascade) name its facets.
CREATE TRIGGER facets_meeting_bd BEFORE DELETE ON meetings BEGIN
    {_meeting_facets("old")}
END;
CREATE TRIGGER facets_participant_ad AFTER DELETE ON meeting_participants BEGIN
    DELETE FROM meeting_facets WHERE facet = 'p:' || old.name AND day = {_DAY_OF}
        AND seq = {_SEQ_OF}
        AND NOT EXISTS (SELECT 1 FROM meeting_participants
                        WHERE meeting_id = old.meeting_id AND name = old.name);
END;

CREATE TRIGGER facets_sector_ai AFTER INSERT ON meeting_sectors BEGIN
    INSERT OR IGNORE INTO meeting_facets SELECT 's:' || new.sector, coalesce(m.date_start, ''),
        m.seq, coalesce(m.date_end, '') FROM meetings m WHERE m.id = new.meeting_id;
END;
CREATE TRIGGER facets_sector_ad AFTER DELETE ON meeting_sectors BEGIN
    DELETE FROM meeting_facets WHERE facet = 's:' || old.sector AND day = {_DAY_OF}
        AND seq = {_SEQ_OF};
END;

ALTER TABLE article_prints ADD COLUMN anchors INTEGER;   -- how many anchors the article has
UPDATE article_prints SET anchors = (SELECT count(*) FROM article_anchors a
    WHERE a.article_id = article_prints.article_id);
CREATE TABLE article_anchors_new (
    anchor     INTEGER NOT NULL,      -- store.storage.dedup.anchor()
    article_id TEXT NOT NULL,         -- deleted with the article (store.storage.dedup.forget)
    PRIMARY KEY (anchor, article_id)
) WITHOUT ROWID;
INSERT INTO article_anchors_new SELECT anchor, article_id FROM article_anchors;
DROP TABLE article_anchors;
ALTER TABLE article_anchors_new RENAME TO article_anchors;
"""

# The first 15 hex digits of a stored anchor as an integer (store.storage.dedup.anchor).
_HEX_ANCHOR = " + ".join(
    f"(instr('0123456789abcdef', substr(anchor, {i + 1}, 1)) - 1) * {16 ** (14 - i)}"
    for i in range(15)
)

PARTICIPANT_TITLES = """
CREATE TABLE participant_titles (
    id       INTEGER PRIMARY KEY,  -- never deleted, so ids only grow
    name     TEXT NOT NULL,
    title    TEXT NOT NULL,
    country  TEXT NOT NULL,        -- '' for none
    UNIQUE (name, title, country)
);
INSERT OR IGNORE INTO participant_titles(name, title, country)
    SELECT name, title, coalesce(country, '') FROM meeting_participants
    WHERE title IS NOT NULL ORDER BY rowid;
CREATE TRIGGER participant_titles_ai AFTER INSERT ON meeting_participants
WHEN new.title IS NOT NULL BEGIN
    INSERT OR IGNORE INTO participant_titles(name, title, country)
        VALUES (new.name, new.title, coalesce(new.country, ''));
END;
"""


# The sectors of a meeting row ``{r}`` (``old`` or ``new``), from its JSON list.
def _sector_facets(r: str, day: str) -> str:
    return (
        f"SELECT 's:' || value, {day}, {r}.seq, coalesce({r}.date_end, '')"
        f" FROM json_each({r}.sectors)"
    )


_OLD_SECTORS = "SELECT 's:' || value FROM json_each(old.sectors)"

# Sectors move into ``meetings.sectors`` (a JSON list, in order): the link table repeated
# the meeting's id in each of its rows and a second key index over them, for what the
# facets (``s:``) already index. A view of the same name and columns reads them as rows.
SECTORS_COLUMN = f"""
ALTER TABLE meetings ADD COLUMN sectors TEXT NOT NULL DEFAULT '[]';
UPDATE meetings SET sectors = (SELECT json_group_array(sector) FROM (SELECT sector
    FROM meeting_sectors s WHERE s.meeting_id = meetings.id ORDER BY pos))
    WHERE id IN (SELECT meeting_id FROM meeting_sectors);
DROP TRIGGER facets_meeting_au;
DROP TRIGGER facets_meeting_bd;
DROP TRIGGER facets_sector_ai;
DROP TRIGGER facets_sector_ad;
DROP TABLE meeting_sectors;
CREATE VIEW meeting_sectors(meeting_id, sector, pos) AS
    SELECT m.id, j.value, j.key FROM meetings m, json_each(m.sectors) j;
CREATE TRIGGER facets_meeting_au AFTER UPDATE OF date_start, date_end, place, kind
ON meetings BEGIN
    {_meeting_facets("old", _OLD_SECTORS)}
    INSERT OR IGNORE INTO meeting_facets SELECT 'l:' || new.place, coalesce(new.date_start, ''),
        new.seq, coalesce(new.date_end, '') WHERE new.place IS NOT NULL;
    INSERT OR IGNORE INTO meeting_facets VALUES ('k:' || new.kind, coalesce(new.date_start, ''),
        new.seq, coalesce(new.date_end, ''));
    INSERT OR IGNORE INTO meeting_facets SELECT 'p:' || name, coalesce(new.date_start, ''),
        new.seq, coalesce(new.date_end, '') FROM meeting_participants WHERE meeting_id = new.id;
    INSERT OR IGNORE INTO meeting_facets {_sector_facets("new", "coalesce(new.date_start, '')")};
END;
CREATE TRIGGER facets_meeting_bd BEFORE DELETE ON meetings BEGIN
    {_meeting_facets("old", _OLD_SECTORS)}
END;
CREATE TRIGGER facets_sectors_ai AFTER INSERT ON meetings BEGIN
    INSERT OR IGNORE INTO meeting_facets {_sector_facets("new", "coalesce(new.date_start, '')")};
END;
-- Whichever of this and facets_meeting_au runs first (both may, for one statement), the
-- facets end as the new row's: this one removes the old sectors under the new day.
CREATE TRIGGER facets_sectors_au AFTER UPDATE OF sectors ON meetings BEGIN
    DELETE FROM meeting_facets WHERE day = coalesce(new.date_start, '') AND seq = new.seq
        AND facet IN ({_OLD_SECTORS});
    INSERT OR IGNORE INTO meeting_facets {_sector_facets("new", "coalesce(new.date_start, '')")};
END;
"""

# An article's anchors name it by its fingerprint row's integer key instead of its 16-character
# id (a third of each anchor's bytes, and anchors are a sixth of the store). The key is an
# INTEGER PRIMARY KEY, which VACUUM keeps (an implicit rowid it may renumber). Anchors
# of no fingerprint row (an older version's, left behind a deleted article) are dropped.
PRINT_KEYS = """
CREATE TABLE article_prints_new (
    num        INTEGER PRIMARY KEY,   -- what the article's anchors name it by
    article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
    norm_url   TEXT,                  -- normalised article URL
    exact      TEXT NOT NULL,         -- hash of the folded text
    anchors    INTEGER                -- how many anchors the article has
);
INSERT INTO article_prints_new(num, article_id, norm_url, exact, anchors)
    SELECT rowid, article_id, norm_url, exact, anchors FROM article_prints ORDER BY rowid;
CREATE TABLE article_anchors_new (
    anchor     INTEGER NOT NULL,      -- store.storage.dedup.anchor()
    print_num  INTEGER NOT NULL,      -- article_prints.num (deleted by dedup.forget)
    PRIMARY KEY (anchor, print_num)
) WITHOUT ROWID;
INSERT OR IGNORE INTO article_anchors_new SELECT a.anchor, p.num
    FROM article_anchors a JOIN article_prints_new p ON p.article_id = a.article_id
    ORDER BY 1, 2;
DROP TABLE article_anchors;
DROP TABLE article_prints;
ALTER TABLE article_prints_new RENAME TO article_prints;
ALTER TABLE article_anchors_new RENAME TO article_anchors;
CREATE INDEX article_prints_url ON article_prints(norm_url);
CREATE INDEX article_prints_exact ON article_prints(exact);
"""

# A fingerprint's normalised URL is kept only where it differs from the article's own URL
# (NULL: the same), and indexed only then: most stored URLs are normal already, and were
# kept four times (the article's URL and its index, the fingerprint's and its index).
PRINT_URLS = """
UPDATE article_prints SET norm_url = NULL
    WHERE norm_url = (SELECT url FROM articles a WHERE a.id = article_prints.article_id);
DROP INDEX article_prints_url;
CREATE INDEX article_prints_url ON article_prints(norm_url) WHERE norm_url IS NOT NULL;
"""


# A facet's last day only where it is not its first (most meetings are dated to the day):
# ``last`` is NULL then, and ``day_end`` is a virtual column giving either, so every query
# reads ``day_end`` as before (10 of a row's 40 bytes). The table is made again (a stored
# column cannot become generated), with the triggers that name it; they write ``last``.
# And a meeting's sectors compressed (store.storage.packed) in ``sectors_z``: the facet
# triggers and the ``meeting_sectors`` view read them through ``unpack_sectors``.
def _facet_insert(facet: str, r: str, source: str = "") -> str:
    """Insert the facet rows ``facet`` (an expression) of meeting row ``{r}``."""
    return (
        f"INSERT OR IGNORE INTO meeting_facets(facet, day, seq, last) SELECT {facet},"
        f" coalesce({r}.date_start, ''), {r}.seq,"
        f" nullif(coalesce({r}.date_end, ''), coalesce({r}.date_start, '')){source};"
    )


_SECTORS_OF = " FROM json_each(unpack_sectors({r}.sectors_z))"
_OLD_PACKED_SECTORS = "SELECT 's:' || value" + _SECTORS_OF.format(r="old")

FACETS_AND_SECTORS = f"""
DROP TRIGGER facets_meeting_ai;
DROP TRIGGER facets_meeting_au;
DROP TRIGGER facets_meeting_bd;
DROP TRIGGER facets_participant_ai;
DROP TRIGGER facets_participant_ad;
DROP TRIGGER facets_sectors_ai;
DROP TRIGGER facets_sectors_au;
DROP VIEW meeting_sectors;
ALTER TABLE meetings ADD COLUMN sectors_z BLOB;   -- the JSON sector list, packed.pack_sectors
UPDATE meetings SET sectors_z = pack_sectors(sectors);
ALTER TABLE meetings DROP COLUMN sectors;
CREATE VIEW meeting_sectors(meeting_id, sector, pos) AS
    SELECT m.id, j.value, j.key FROM meetings m, json_each(unpack_sectors(m.sectors_z)) j;
CREATE TABLE meeting_facets_new (
    facet    TEXT NOT NULL,      -- 'p:' person | 's:' sector | 'l:' place | 'k:' kind
    day      TEXT NOT NULL,      -- meetings.date_start, '' when undated
    seq      INTEGER NOT NULL,   -- meetings.seq
    last     TEXT,               -- meetings.date_end where it is not date_start
    day_end  TEXT GENERATED ALWAYS AS (coalesce(last, day)) VIRTUAL,
    PRIMARY KEY (facet, day, seq)
) WITHOUT ROWID;
INSERT INTO meeting_facets_new(facet, day, seq, last)
    SELECT facet, day, seq, nullif(day_end, day) FROM meeting_facets;
DROP TABLE meeting_facets;
ALTER TABLE meeting_facets_new RENAME TO meeting_facets;
CREATE TRIGGER facets_meeting_ai AFTER INSERT ON meetings BEGIN
    {_facet_insert("'l:' || new.place", "new", " WHERE new.place IS NOT NULL")}
    {_facet_insert("'k:' || new.kind", "new")}
END;
CREATE TRIGGER facets_meeting_au AFTER UPDATE OF date_start, date_end, place, kind
ON meetings BEGIN
    {_meeting_facets("old", _OLD_PACKED_SECTORS)}
    {_facet_insert("'l:' || new.place", "new", " WHERE new.place IS NOT NULL")}
    {_facet_insert("'k:' || new.kind", "new")}
    {_facet_insert("'p:' || name", "new", " FROM meeting_participants WHERE meeting_id = new.id")}
    {_facet_insert("'s:' || value", "new", _SECTORS_OF.format(r="new"))}
END;
CREATE TRIGGER facets_meeting_bd BEFORE DELETE ON meetings BEGIN
    {_meeting_facets("old", _OLD_PACKED_SECTORS)}
END;
CREATE TRIGGER facets_participant_ai AFTER INSERT ON meeting_participants BEGIN
    {_facet_insert("'p:' || new.name", "m", " FROM meetings m WHERE m.id = new.meeting_id")}
END;
CREATE TRIGGER facets_participant_ad AFTER DELETE ON meeting_participants BEGIN
    DELETE FROM meeting_facets WHERE facet = 'p:' || old.name AND day = {_DAY_OF}
        AND seq = {_SEQ_OF}
        AND NOT EXISTS (SELECT 1 FROM meeting_participants
                        WHERE meeting_id = old.meeting_id AND name = old.name);
END;
CREATE TRIGGER facets_sectors_ai AFTER INSERT ON meetings BEGIN
    {_facet_insert("'s:' || value", "new", _SECTORS_OF.format(r="new"))}
END;
-- As facets_sectors_au before: the old sectors go under the new day.
CREATE TRIGGER facets_sectors_au AFTER UPDATE OF sectors_z ON meetings BEGIN
    DELETE FROM meeting_facets WHERE day = coalesce(new.date_start, '') AND seq = new.seq
        AND facet IN ({_OLD_PACKED_SECTORS});
    {_facet_insert("'s:' || value", "new", _SECTORS_OF.format(r="new"))}
END;
"""

# The search text compressed (store.storage.packed): ``folded_z`` holds it and statements
# read it as ``unpack_search(m.folded_z)``. The FTS5 index kept no copy of the text already
# (external content), but read it from ``folded``: it becomes contentless, its triggers
# giving a deleted row's text as ``'delete'`` needs, so it is built again from the texts.
# The triggers name the old column, which cannot be dropped while they do. Needs
# packed.register on the connection.
SEARCH_COMPRESSED = """
DROP TRIGGER meetings_ai;
DROP TRIGGER meetings_ad;
DROP TRIGGER meetings_au;
DROP TABLE meetings_fts;
CREATE VIRTUAL TABLE meetings_fts USING fts5(
    folded, content='', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO meetings_fts(rowid, folded) SELECT seq, folded FROM meetings;
ALTER TABLE meetings ADD COLUMN folded_z BLOB;   -- the search text, packed.pack_search
UPDATE meetings SET folded_z = pack_search(folded);
ALTER TABLE meetings DROP COLUMN folded;
CREATE TRIGGER meetings_ai AFTER INSERT ON meetings BEGIN
    INSERT INTO meetings_fts(rowid, folded) VALUES (new.seq, unpack_search(new.folded_z));
END;
CREATE TRIGGER meetings_ad AFTER DELETE ON meetings BEGIN
    INSERT INTO meetings_fts(meetings_fts, rowid, folded)
        VALUES ('delete', old.seq, unpack_search(old.folded_z));
END;
CREATE TRIGGER meetings_au AFTER UPDATE OF folded_z ON meetings BEGIN
    INSERT INTO meetings_fts(meetings_fts, rowid, folded)
        VALUES ('delete', old.seq, unpack_search(old.folded_z));
    INSERT INTO meetings_fts(rowid, folded) VALUES (new.seq, unpack_search(new.folded_z));
END;
"""


# Facet names (a person, sector, place or kind: 15 bytes on average, most of a row's 37)
# are kept once, in ``facet_keys``, and each row names its facet by that key (1-2 bytes).
# ``meeting_facets`` becomes a view of the same columns over both, so every statement
# reads it as before: ``facet = ?`` finds the key by facet_keys' unique index, then the
# rows by facet_days' primary key (key, day, seq), in the same order the table had. Keys
# are never deleted (a few thousand names; a key without rows matches nothing). The
# triggers write the tables.
def _keyed_insert(facet: str, r: str, source: str = "") -> str:
    """Insert the facet rows ``facet`` (an expression) of meeting row ``{r}``, and their keys."""
    return (
        f"INSERT OR IGNORE INTO facet_keys(facet) SELECT {facet}{source};"
        f" INSERT OR IGNORE INTO facet_days(fid, day, seq, last)"
        f" SELECT (SELECT id FROM facet_keys WHERE facet = {facet}),"
        f" coalesce({r}.date_start, ''), {r}.seq,"
        f" nullif(coalesce({r}.date_end, ''), coalesce({r}.date_start, '')){source};"
    )


def _keyed_delete(r: str) -> str:
    """Delete the facet rows of meeting row ``{r}`` (``old``), found by their key."""
    return (
        f"DELETE FROM facet_days WHERE day = coalesce({r}.date_start, '') AND seq = {r}.seq"
        f" AND fid IN (SELECT id FROM facet_keys WHERE facet IN (SELECT 'l:' || {r}.place"
        f" UNION ALL SELECT 'k:' || {r}.kind"
        f" UNION ALL SELECT 'p:' || name FROM meeting_participants WHERE meeting_id = {r}.id"
        f" UNION ALL {_OLD_PACKED_SECTORS}));"
    )


FACET_KEYS = f"""
DROP TRIGGER facets_meeting_ai;
DROP TRIGGER facets_meeting_au;
DROP TRIGGER facets_meeting_bd;
DROP TRIGGER facets_participant_ai;
DROP TRIGGER facets_participant_ad;
DROP TRIGGER facets_sectors_ai;
DROP TRIGGER facets_sectors_au;
CREATE TABLE facet_keys (
    id     INTEGER PRIMARY KEY,
    facet  TEXT NOT NULL UNIQUE   -- 'p:' person | 's:' sector | 'l:' place | 'k:' kind
);
CREATE TABLE facet_days (
    fid   INTEGER NOT NULL,       -- facet_keys.id
    day   TEXT NOT NULL,          -- meetings.date_start, '' when undated
    seq   INTEGER NOT NULL,       -- meetings.seq
    last  TEXT,                   -- meetings.date_end where it is not date_start
    PRIMARY KEY (fid, day, seq)
) WITHOUT ROWID;
INSERT INTO facet_keys(facet) SELECT DISTINCT facet FROM meeting_facets ORDER BY facet;
INSERT INTO facet_days(fid, day, seq, last) SELECT k.id, f.day, f.seq, f.last
    FROM meeting_facets f JOIN facet_keys k ON k.facet = f.facet ORDER BY 1, 2, 3;
DROP TABLE meeting_facets;
CREATE VIEW meeting_facets(facet, day, seq, last, day_end) AS
    SELECT k.facet, f.day, f.seq, f.last, coalesce(f.last, f.day)
    FROM facet_days f JOIN facet_keys k ON k.id = f.fid;
CREATE TRIGGER facets_meeting_ai AFTER INSERT ON meetings BEGIN
    {_keyed_insert("'l:' || new.place", "new", " WHERE new.place IS NOT NULL")}
    {_keyed_insert("'k:' || new.kind", "new")}
END;
CREATE TRIGGER facets_meeting_au AFTER UPDATE OF date_start, date_end, place, kind
ON meetings BEGIN
    {_keyed_delete("old")}
    {_keyed_insert("'l:' || new.place", "new", " WHERE new.place IS NOT NULL")}
    {_keyed_insert("'k:' || new.kind", "new")}
    {_keyed_insert("'p:' || name", "new", " FROM meeting_participants WHERE meeting_id = new.id")}
    {_keyed_insert("'s:' || value", "new", _SECTORS_OF.format(r="new"))}
END;
CREATE TRIGGER facets_meeting_bd BEFORE DELETE ON meetings BEGIN
    {_keyed_delete("old")}
END;
CREATE TRIGGER facets_participant_ai AFTER INSERT ON meeting_participants BEGIN
    {_keyed_insert("'p:' || new.name", "m", " FROM meetings m WHERE m.id = new.meeting_id")}
END;
CREATE TRIGGER facets_participant_ad AFTER DELETE ON meeting_participants BEGIN
    DELETE FROM facet_days WHERE fid = (SELECT id FROM facet_keys WHERE facet = 'p:' || old.name)
        AND day = {_DAY_OF} AND seq = {_SEQ_OF}
        AND NOT EXISTS (SELECT 1 FROM meeting_participants
                        WHERE meeting_id = old.meeting_id AND name = old.name);
END;
CREATE TRIGGER facets_sectors_ai AFTER INSERT ON meetings BEGIN
    {_keyed_insert("'s:' || value", "new", _SECTORS_OF.format(r="new"))}
END;
-- As facets_sectors_au before: the old sectors go under the new day.
CREATE TRIGGER facets_sectors_au AFTER UPDATE OF sectors_z ON meetings BEGIN
    DELETE FROM facet_days WHERE day = coalesce(new.date_start, '') AND seq = new.seq
        AND fid IN (SELECT id FROM facet_keys WHERE facet IN ({_OLD_PACKED_SECTORS}));
    {_keyed_insert("'s:' || value", "new", _SECTORS_OF.format(r="new"))}
END;
"""

# Titles participants were given, indexed by name alone: the unique index on (name, title,
# country) held a second copy of every row, for the trigger's check that a title is new,
# which a name's few rows answer as well. Ids are kept (search reads ``id > ?``).
TITLES_BY_NAME = """
DROP TRIGGER participant_titles_ai;
CREATE TABLE participant_titles_new (
    id       INTEGER PRIMARY KEY,  -- never deleted, so ids only grow
    name     TEXT NOT NULL,
    title    TEXT NOT NULL,
    country  TEXT NOT NULL         -- '' for none
);
INSERT INTO participant_titles_new(id, name, title, country)
    SELECT id, name, title, country FROM participant_titles ORDER BY id;
DROP TABLE participant_titles;
ALTER TABLE participant_titles_new RENAME TO participant_titles;
CREATE INDEX participant_titles_name ON participant_titles(name);
CREATE TRIGGER participant_titles_ai AFTER INSERT ON meeting_participants
WHEN new.title IS NOT NULL AND NOT EXISTS (SELECT 1 FROM participant_titles
    WHERE name = new.name AND title = new.title AND country = coalesce(new.country, ''))
BEGIN
    INSERT INTO participant_titles(name, title, country)
        VALUES (new.name, new.title, coalesce(new.country, ''));
END;
"""

# Anchors of 47 bits (store.storage.dedup.anchor): the first 47 of the 60 stored before.
# An integer below 2**47 takes 6 bytes in a record, 2 fewer than 60 bits, in the table
# that holds 17 rows an article.
SHORT_ANCHORS = """
CREATE TABLE article_anchors_new (
    anchor     INTEGER NOT NULL,      -- store.storage.dedup.anchor()
    print_num  INTEGER NOT NULL,      -- article_prints.num (deleted by dedup.forget)
    PRIMARY KEY (anchor, print_num)
) WITHOUT ROWID;
INSERT OR IGNORE INTO article_anchors_new SELECT anchor >> 13, print_num FROM article_anchors
    ORDER BY 1, 2;
DROP TABLE article_anchors;
ALTER TABLE article_anchors_new RENAME TO article_anchors;
"""

# A meeting's sources name it by its integer ``seq`` instead of its 12-character id, and
# their source by NULL where it is the article's own URL (as every source ingest writes
# with a URL is): the id was repeated in every row and in both indexes. ``meeting_sources``
# becomes a view with the same columns over ``source_rows``, so no statement changes; its
# ``rowid`` column is the rows' INTEGER PRIMARY KEY (insertion order, which VACUUM keeps),
# and writes go through INSTEAD OF triggers (an outer INSERT OR IGNORE applies inside
# them). Every read of it is bounded by a meeting or an article, so the view's join costs a
# B-tree search a row. (Participants were left as they are: the names list and the
# leaders' counts read every row, and a view would add a search of the meetings to each.)
LINK_KEYS = """
CREATE TABLE source_rows (
    id          INTEGER PRIMARY KEY,  -- insertion order (meeting_sources.rowid)
    mseq        INTEGER NOT NULL REFERENCES meetings(seq) ON DELETE CASCADE,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source      TEXT,                 -- NULL where it is the article's URL
    UNIQUE (mseq, article_id)
);
INSERT INTO source_rows(id, mseq, article_id, source)
    SELECT s.rowid, m.seq, s.article_id, nullif(s.source, a.url)
    FROM meeting_sources s JOIN meetings m ON m.id = s.meeting_id
    JOIN articles a ON a.id = s.article_id ORDER BY s.rowid;
DROP TABLE meeting_sources;
CREATE INDEX sources_article ON source_rows(article_id);
CREATE VIEW meeting_sources(meeting_id, article_id, source, rowid) AS
    SELECT m.id, s.article_id, coalesce(s.source, a.url), s.id
    FROM source_rows s JOIN meetings m ON m.seq = s.mseq
    LEFT JOIN articles a ON a.id = s.article_id;
CREATE TRIGGER meeting_sources_ii INSTEAD OF INSERT ON meeting_sources BEGIN
    INSERT INTO source_rows(mseq, article_id, source) VALUES
        ((SELECT seq FROM meetings WHERE id = new.meeting_id), new.article_id,
         nullif(new.source, (SELECT url FROM articles WHERE id = new.article_id)));
END;
CREATE TRIGGER meeting_sources_id INSTEAD OF DELETE ON meeting_sources BEGIN
    DELETE FROM source_rows WHERE id = old.rowid;
END;
"""

# Each source's own date for its meeting (issue 9): two reports of one meeting may give
# days a day apart (time zones, a writer's slip), and the meeting keeps one of them; the
# other is kept with its source so that the card can say a source disagrees. NULL means
# "the meeting's stored date" (rows from before this migration: not known otherwise),
# so agreeing reports, nearly all of them, cost nothing; the merge that changes a
# meeting's date writes the old one into the rows that gave it (store.storage.db).
# ``report_inferred`` says whether that date was inferred (NULL with it). The view and its
# triggers are made again with the two columns (a view's columns are fixed when made).
SOURCE_DATES = """
ALTER TABLE source_rows ADD COLUMN report_date TEXT;          -- YYYY[-MM[-DD]]; NULL: the meeting's
ALTER TABLE source_rows ADD COLUMN report_inferred INTEGER;   -- 0 | 1 with report_date
DROP VIEW meeting_sources;
CREATE VIEW meeting_sources(meeting_id, article_id, source, rowid, report_date, report_inferred) AS
    SELECT m.id, s.article_id, coalesce(s.source, a.url), s.id, s.report_date, s.report_inferred
    FROM source_rows s JOIN meetings m ON m.seq = s.mseq
    LEFT JOIN articles a ON a.id = s.article_id;
CREATE TRIGGER meeting_sources_ii INSTEAD OF INSERT ON meeting_sources BEGIN
    INSERT INTO source_rows(mseq, article_id, source, report_date, report_inferred) VALUES
        ((SELECT seq FROM meetings WHERE id = new.meeting_id), new.article_id,
         nullif(new.source, (SELECT url FROM articles WHERE id = new.article_id)),
         new.report_date, new.report_inferred);
END;
CREATE TRIGGER meeting_sources_id INSTEAD OF DELETE ON meeting_sources BEGIN
    DELETE FROM source_rows WHERE id = old.rowid;
END;
CREATE TRIGGER meeting_sources_iu INSTEAD OF UPDATE OF report_date, report_inferred
ON meeting_sources BEGIN
    UPDATE source_rows SET report_date = new.report_date, report_inferred = new.report_inferred
        WHERE id = old.rowid;
END;
"""

MIGRATIONS: list[str] = [
    # 1: articles, meetings and their index tables.
    """
    CREATE TABLE articles (
        id         TEXT PRIMARY KEY,          -- hash of whitespace-normalised text
        source     TEXT NOT NULL,             -- file name or URL shown to users
        url        TEXT,
        title      TEXT,
        published  TEXT,
        text       TEXT NOT NULL,
        added_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;

    CREATE TABLE meetings (
        seq            INTEGER PRIMARY KEY AUTOINCREMENT,  -- insertion order, for digests
        id             TEXT NOT NULL UNIQUE,
        date           TEXT,                  -- YYYY-MM-DD | YYYY-MM | YYYY
        date_start     TEXT,                  -- first day the date can mean
        date_end       TEXT,                  -- last day the date can mean
        date_inferred  INTEGER NOT NULL DEFAULT 0,
        time_of_day    TEXT,
        place          TEXT,
        kind           TEXT NOT NULL,
        summary        TEXT NOT NULL DEFAULT '',
        key_points     TEXT NOT NULL DEFAULT '[]',   -- JSON list of sentences
        secondary      INTEGER NOT NULL DEFAULT 0,
        folded         TEXT NOT NULL DEFAULT '',     -- diacritic-folded search text
        added_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX meetings_date ON meetings(date_start, date_end);

    CREATE TABLE meeting_participants (
        meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        pos         INTEGER NOT NULL,
        name        TEXT NOT NULL,
        title       TEXT,
        country     TEXT,
        PRIMARY KEY (meeting_id, pos)
    );
    CREATE INDEX participants_name ON meeting_participants(name);

    CREATE TABLE meeting_sectors (
        meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        sector      TEXT NOT NULL,
        PRIMARY KEY (meeting_id, sector)
    );
    CREATE INDEX sectors_sector ON meeting_sectors(sector);

    CREATE TABLE meeting_sources (
        meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source      TEXT NOT NULL,
        PRIMARY KEY (meeting_id, article_id)
    );
    CREATE INDEX sources_article ON meeting_sources(article_id);

    CREATE VIRTUAL TABLE meetings_fts USING fts5(
        folded, content='meetings', content_rowid='seq',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER meetings_ai AFTER INSERT ON meetings BEGIN
        INSERT INTO meetings_fts(rowid, folded) VALUES (new.seq, new.folded);
    END;
    CREATE TRIGGER meetings_ad AFTER DELETE ON meetings BEGIN
        INSERT INTO meetings_fts(meetings_fts, rowid, folded) VALUES ('delete', old.seq, old.folded);
    END;
    CREATE TRIGGER meetings_au AFTER UPDATE OF folded ON meetings BEGIN
        INSERT INTO meetings_fts(meetings_fts, rowid, folded) VALUES ('delete', old.seq, old.folded);
        INSERT INTO meetings_fts(rowid, folded) VALUES (new.seq, new.folded);
    END;
    """,
    # 2: chats the bot is in (or was), and the membership events that changed that.
    """
    CREATE TABLE chats (
        chat_id      INTEGER PRIMARY KEY,
        type         TEXT NOT NULL,             -- private | group | supergroup | channel
        title        TEXT,                      -- group title or the user's name
        username     TEXT,
        status       TEXT NOT NULL,             -- the bot's status: member, administrator, kicked, left, ...
        active       INTEGER NOT NULL DEFAULT 1, -- the bot can send messages there
        migrated_to  INTEGER,                   -- a group that became a supergroup
        first_seen   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE TABLE chat_events (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        chat_id  INTEGER NOT NULL,
        event    TEXT NOT NULL,                 -- added, removed, blocked, unblocked, started, migrated, ...
        status   TEXT,
        by_user  INTEGER,
        at       TEXT NOT NULL
    );
    CREATE INDEX chat_events_chat ON chat_events(chat_id, id);
    """,
    # feeds: the feed registry with polling state, entries already handled, and
    # article fingerprints / alias URLs for de-duplication (store.services.feeds, store.storage.dedup).
    """
    CREATE TABLE feeds (
        id             INTEGER PRIMARY KEY AUTOINCREMENT,
        url            TEXT NOT NULL UNIQUE,
        title          TEXT,
        interval_min   INTEGER NOT NULL DEFAULT 30,
        etag           TEXT,
        last_modified  TEXT,
        added_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        last_poll_at   TEXT,                  -- last attempt (UTC ISO)
        last_ok_at     TEXT,                  -- last successful fetch
        last_status    TEXT,                  -- ok | not-modified | error
        last_error     TEXT,                  -- Vietnamese reason of the last failure
        errors         INTEGER NOT NULL DEFAULT 0,   -- consecutive failures (backoff)
        next_poll_at   TEXT,                  -- not before this time (backoff)
        articles_added INTEGER NOT NULL DEFAULT 0,
        meetings_added INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE feed_entries (
        feed_id   INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        entry_key TEXT NOT NULL,              -- guid, else link, else title hash
        url       TEXT,
        status    TEXT NOT NULL,              -- stored | duplicate | irrelevant | error
        reason    TEXT,
        attempts  INTEGER NOT NULL DEFAULT 1,
        seen_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        PRIMARY KEY (feed_id, entry_key)
    );

    CREATE TABLE article_prints (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        norm_url   TEXT,                      -- normalised article URL
        exact      TEXT NOT NULL              -- hash of the folded text
    );
    CREATE INDEX article_prints_url ON article_prints(norm_url);
    CREATE INDEX article_prints_exact ON article_prints(exact);

    CREATE TABLE article_anchors (            -- hashes of the article's long sentences
        anchor     TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (anchor, article_id)
    );
    CREATE INDEX article_anchors_article ON article_anchors(article_id);

    CREATE TABLE article_aliases (
        url        TEXT PRIMARY KEY,          -- normalised URL that led to the article
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );
    """,
    # subscriptions: daily digests per chat, and their delivery log (outbox); see store.storage.subscriptions.
    """
    CREATE TABLE subscriptions (
        chat_id     INTEGER PRIMARY KEY,
        chat_type   TEXT NOT NULL DEFAULT 'private',
        time        TEXT NOT NULL DEFAULT '07:00',     -- HH:MM in tz
        tz          TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
        days        TEXT NOT NULL DEFAULT '0123456',   -- Python weekdays, 0 = Monday
        filters     TEXT NOT NULL DEFAULT '{}',        -- JSON (store.storage.subscriptions.Filters)
        send_empty  INTEGER NOT NULL DEFAULT 0,        -- send "không có gì mới" on empty days
        active      INTEGER NOT NULL DEFAULT 1,
        cursor      INTEGER NOT NULL DEFAULT 0,        -- meetings.seq covered by the last delivered digest
        last_slot   TEXT,                              -- latest scheduled run handled (UTC ISO)
        failures    INTEGER NOT NULL DEFAULT 0,        -- consecutive unreachable-chat failures
        reason      TEXT,                              -- why inactive
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE TABLE digest_outbox (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        chat_id     INTEGER NOT NULL,
        slot        TEXT NOT NULL,                     -- the run it belongs to (UTC ISO)
        kind        TEXT NOT NULL DEFAULT 'scheduled', -- scheduled | manual
        part        INTEGER NOT NULL,
        parts       INTEGER NOT NULL,
        text        TEXT NOT NULL,                     -- Telegram HTML
        items       TEXT NOT NULL DEFAULT '[]',        -- JSON [[label, meeting id], ...]
        cursor_to   INTEGER NOT NULL,                  -- cursor once this message is confirmed
        state       TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'expired')),
        attempts    INTEGER NOT NULL DEFAULT 0,
        message_id  INTEGER,
        error       TEXT,
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        sent_at     TEXT,
        UNIQUE (chat_id, slot, part)
    );
    CREATE INDEX digest_outbox_open ON digest_outbox(chat_id, slot, part)
        WHERE state IN ('pending', 'sending');
    """,
    # 5: look a person up within one meeting by (name, meeting) so the merge check at ingest
    # does not walk every meeting of a frequent name such as Putin.
    """
    DROP INDEX participants_name;
    CREATE INDEX participants_name ON meeting_participants(name, meeting_id);
    """,
    # 6: meeting facets (person, sector, place, kind), ordered by date, so that every
    # constraint of a question is a range scan of one index; kept in step by triggers.
    FACETS_MIGRATION,
    # 7: the sentences each meeting's date, place and participants were read from (JSON
    # {"date", "place", "participants"}), so answers can quote them and reviewers check them.
    """
    ALTER TABLE meetings ADD COLUMN evidence TEXT NOT NULL DEFAULT '{}';
    """,
    # 8: citations and corrections: the name a page gives its site; articles kept only as
    # another outlet's copy of a stored one (no text of their own: they cite its meetings);
    # and the log of corrections (who deleted or changed what, and when).
    """
    ALTER TABLE articles ADD COLUMN site_name TEXT;
    ALTER TABLE articles ADD COLUMN copy_of TEXT REFERENCES articles(id) ON DELETE CASCADE;
    CREATE INDEX articles_copy_of ON articles(copy_of) WHERE copy_of IS NOT NULL;
    CREATE TABLE corrections (
        id      INTEGER PRIMARY KEY AUTOINCREMENT,
        at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        actor   TEXT NOT NULL,      -- who: "telegram:<user id>" or "cli:<login>"
        action  TEXT NOT NULL,      -- delete-meeting | delete-article | edit-meeting
        target  TEXT NOT NULL,      -- the meeting or article id
        summary TEXT NOT NULL,      -- what it was, in words (Vietnamese)
        before  TEXT,               -- JSON of the record as it was
        after   TEXT                -- JSON of the changed fields (edits)
    );
    CREATE INDEX corrections_target ON corrections(target);
    """,
    # 9: digests in forum topics, weekly digests and instant alerts; and what pacing must
    # remember across a restart: when each message went out, and a flood wait Telegram
    # imposed (store.storage.subscriptions).
    """
    ALTER TABLE subscriptions ADD COLUMN mode TEXT NOT NULL DEFAULT 'daily';  -- daily | weekly | instant
    ALTER TABLE subscriptions ADD COLUMN thread_id INTEGER;   -- forum topic (message_thread_id)
    ALTER TABLE digest_outbox ADD COLUMN thread_id INTEGER;
    ALTER TABLE digest_outbox ADD COLUMN retry_at TEXT;       -- flood control: not before (UTC ISO)
    CREATE INDEX digest_outbox_sent ON digest_outbox(sent_at) WHERE sent_at IS NOT NULL;
    """,
    # 10: the language a chat is answered in (vi, en, ru), set with /ngonngu (/language).
    """
    CREATE TABLE chat_languages (
        chat_id     INTEGER PRIMARY KEY,
        lang        TEXT NOT NULL CHECK (lang IN ('vi', 'en', 'ru')),
        set_by      INTEGER,
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    """,
    # 11: a data version bumped by every write transaction (Store.atomic), which caches
    # compare (PostgreSQL bumps its own by triggers); and conversation state (/them
    # previews, corrections in progress) kept where every replica sees it.
    """
    CREATE TABLE data_version (n INTEGER NOT NULL);
    INSERT INTO data_version VALUES (0);
    CREATE TABLE conversation_state (
        kind     TEXT NOT NULL,     -- preview | edit-value | edit-confirm
        key      TEXT NOT NULL,     -- the button's token, or the user id awaited
        user_id  INTEGER NOT NULL,
        payload  TEXT NOT NULL,     -- JSON
        created  REAL NOT NULL,     -- Unix time
        PRIMARY KEY (kind, key)
    );
    """,
    # 12: scheduled work claimed in the database, so replicas on one database share it:
    # a digest period is composed once per chat (its key here), outbox rows are leased to
    # the replica sending them, and a feed poll is leased for its interval.
    """
    CREATE TABLE digest_periods (
        chat_id     INTEGER NOT NULL,
        period      TEXT NOT NULL,   -- a scheduled slot (UTC ISO) or alert:<cursor>-<cursor_to>
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        PRIMARY KEY (chat_id, period)
    );
    ALTER TABLE digest_outbox ADD COLUMN claimed_by TEXT;   -- the replica sending it
    ALTER TABLE digest_outbox ADD COLUMN lease_until TEXT;  -- others wait until then (UTC ISO)
    ALTER TABLE feeds ADD COLUMN poll_owner TEXT;
    ALTER TABLE feeds ADD COLUMN poll_until TEXT;           -- no other replica polls before
    """,
    # 13: near-duplicate anchors as 60-bit integers in a table clustered on its key (the
    # hex strings and a separate rowid table with its key index took three copies of each).
    f"""
    CREATE TABLE article_anchors_new (
        anchor     INTEGER NOT NULL,      -- store.storage.dedup.anchor()
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (anchor, article_id)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO article_anchors_new SELECT {_HEX_ANCHOR}, article_id FROM article_anchors;
    DROP TABLE article_anchors;
    ALTER TABLE article_anchors_new RENAME TO article_anchors;
    CREATE INDEX article_anchors_article ON article_anchors(article_id);
    """,
    # 14: article texts zlib-compressed in ``body`` (store.storage.bodies); ``text`` stays
    # for rows written before, which the migration moves over (BODY_MIGRATION).
    """
    ALTER TABLE articles ADD COLUMN body BLOB;
    """,
    # 15: disk (issue 17). Indexes no query reads are dropped and link tables clustered on
    # their key: facets are deleted by their key (facet, day, seq) instead of through a seq
    # index; sectors keep their order in ``pos`` in a WITHOUT ROWID table (the sector index
    # served no query: counts read the facets); an article's anchors are deleted by their
    # key when it is (store.storage.dedup.forget), and how many it has is kept with its
    # fingerprint, so the anchors need no article index.
    NARROW_MIGRATION,
    # 16: a meeting's summary, key points and evidence compressed against the text of the
    # article they were read from (store.storage.notes); rows written before keep theirs
    # in the plain columns.
    """
    ALTER TABLE meetings ADD COLUMN notes BLOB;
    ALTER TABLE meetings ADD COLUMN notes_from TEXT;   -- the article whose text is the dictionary
    """,
    # 17 (issue 17; meant to follow the schema branch's 17 as 18): every (name, title,
    # country) a participant was ever given, in the order first met, so that asking by
    # title reads the store's few thousand titles, and after a write only the new ones,
    # instead of every participant. A superset: rows of deleted participants stay, and
    # search checks what it uses against the participants (store.storage.search).
    PARTICIPANT_TITLES,
    # 18 (issue 17, disk): the search text without known people's aliases (store.storage.db.
    # search_text); rows written before lose theirs in Python (ALIASES_MIGRATION), and the
    # FTS index follows through the meetings_au trigger.
    "SELECT 1",
    # 19 (issue 17, disk): the search text without the meeting's sectors (a facet each
    # already); rows written before lose theirs in Python (SECTORS_MIGRATION), the FTS
    # index follows through the meetings_au trigger.
    "SELECT 1",
    # 20 (issue 17, disk): a meeting's sectors in its row (SECTORS_COLUMN).
    SECTORS_COLUMN,
    # 21 (issue 17, disk): anchors name their article by its fingerprint's integer key
    # (PRINT_KEYS).
    PRINT_KEYS,
    # 22 (issue 17, disk): a fingerprint's URL only where it is not the article's (PRINT_URLS).
    PRINT_URLS,
    # 23 (issue 17, disk): the search text compressed (SEARCH_COMPRESSED).
    SEARCH_COMPRESSED,
    # 24 (issue 17, disk): a facet's last day only where it differs from its first, and the
    # sectors compressed (FACETS_AND_SECTORS).
    FACETS_AND_SECTORS,
    # 25 (issue 17, disk, second round): facets name their facet by an integer key
    # (FACET_KEYS); ``meeting_facets`` is a view.
    FACET_KEYS,
    # 26 (issue 17, disk, second round): participants' titles indexed by name alone
    # (TITLES_BY_NAME).
    TITLES_BY_NAME,
    # 27 (issue 17, disk, second round): anchors of 47 bits (SHORT_ANCHORS).
    SHORT_ANCHORS,
    # 28 (issue 17, disk, third round): sources name their meeting by its seq, and their
    # source by NULL where it is the article's URL (LINK_KEYS).
    LINK_KEYS,
    # 29 (issue 9): each source's own date for its meeting where it differs (SOURCE_DATES).
    SOURCE_DATES,
]

# The migration after which texts still in ``articles.text`` are compressed into ``body``
# (in Python, inside the migration's transaction: SQL has no zlib).
BODY_MIGRATION = 14
# The migration after which stored search texts are rewritten without aliases (in Python:
# the aliases come from the lexicon).
ALIASES_MIGRATION = 18
# The migration after which stored search texts are rewritten without sectors (in Python:
# which of its words were the sectors is known from the meeting's rows).
SECTORS_MIGRATION = 19
