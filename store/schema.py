"""Versioned schema migrations, applied in order and tracked by PRAGMA user_version.

Other store modules (subscriptions, feeds) append their own migrations here so that a
single number tells which schema a database file has.
"""

from __future__ import annotations

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
]
