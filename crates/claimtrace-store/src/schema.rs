//! Versioned schema migrations. Each migration runs once, in order, inside
//! a transaction, and is recorded in `schema_migrations`.

/// (version, SQL). Append new migrations; never edit an applied one.
pub const MIGRATIONS: &[(i64, &str)] = &[
    (
        1,
        r#"
CREATE TABLE documents (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    is_current   INTEGER NOT NULL DEFAULT 1,
    content_hash TEXT NOT NULL,
    date         TEXT,
    source       TEXT,
    title        TEXT,
    url          TEXT,
    meta         TEXT NOT NULL,
    analysis     TEXT NOT NULL,
    ingested_at  TEXT NOT NULL,
    UNIQUE (id, revision)
);
CREATE INDEX documents_current ON documents (id) WHERE is_current = 1;
CREATE INDEX documents_date ON documents (date);

-- Quotes, claims and sentences of the current revision of each document:
-- what search and trace compare.
CREATE TABLE statements (
    pk           INTEGER PRIMARY KEY,
    doc_pk       INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    doc_id       TEXT NOT NULL,
    kind         TEXT NOT NULL,
    local_id     TEXT,
    text         TEXT NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    speaker      TEXT,
    speaker_kind TEXT NOT NULL,
    date         TEXT,
    source       TEXT,
    title        TEXT
);
CREATE INDEX statements_doc ON statements (doc_pk);
CREATE INDEX statements_local ON statements (doc_id, local_id);

CREATE TABLE quotes (
    doc_pk   INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    quote_id TEXT NOT NULL,
    kind     TEXT NOT NULL,
    text     TEXT NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    speaker  TEXT,
    speaker_entity TEXT,
    cue      TEXT,
    item     TEXT NOT NULL
);
CREATE INDEX quotes_doc ON quotes (doc_pk);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE TABLE claims (
    doc_pk   INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    claim_id TEXT NOT NULL,
    text     TEXT NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    score    REAL NOT NULL,
    speaker  TEXT,
    item     TEXT NOT NULL
);
CREATE INDEX claims_doc ON claims (doc_pk);

CREATE TABLE entities (
    doc_pk    INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    mentions  INTEGER NOT NULL,
    item      TEXT NOT NULL
);
CREATE INDEX entities_doc ON entities (doc_pk);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE times (
    doc_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    start  INTEGER,
    end    INTEGER,
    text   TEXT,
    item   TEXT NOT NULL
);
CREATE INDEX times_doc ON times (doc_pk);

CREATE TABLE quantities (
    doc_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    start  INTEGER,
    end    INTEGER,
    text   TEXT,
    item   TEXT NOT NULL
);
CREATE INDEX quantities_doc ON quantities (doc_pk);

-- Full-text indexes (external content: the text lives once, in the
-- tables above). Porter stemming over Unicode words.
CREATE VIRTUAL TABLE statements_fts USING fts5 (
    text, speaker,
    content = 'statements', content_rowid = 'pk',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TABLE document_texts (
    doc_pk INTEGER PRIMARY KEY REFERENCES documents (pk) ON DELETE CASCADE,
    title  TEXT,
    text   TEXT NOT NULL
);
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text,
    content = 'document_texts', content_rowid = 'doc_pk',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
"#,
    ),
    (
        2,
        r#"
-- Document frequencies of the indexed terms: trace leaves the commonest
-- words of a long quote out of its candidate search.
CREATE VIRTUAL TABLE statements_vocab USING fts5vocab (statements_fts, 'row');
"#,
    ),
];
