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
    (
        3,
        r#"
-- Matching and tracing index: every statement (passages included) as the
-- retrieval terms claimtrace computes itself (stemmed, stop words out,
-- numbers in one form), with its document's title and standfirst. The
-- terms exist only in the index (contentless); statements hold the text.
ALTER TABLE documents ADD COLUMN standfirst TEXT;
ALTER TABLE statements ADD COLUMN text_terms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE statements ADD COLUMN title_terms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE statements ADD COLUMN standfirst_terms INTEGER NOT NULL DEFAULT 0;
CREATE VIRTUAL TABLE match_fts USING fts5 (
    text, title, standfirst,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 tokenchars '.'"
);
INSERT INTO match_fts (match_fts, rank) VALUES ('rank', 'bm25(1.0, 1.0, 0.4)');
CREATE VIRTUAL TABLE match_vocab USING fts5vocab (match_fts, 'row');
-- Totals for BM25F: units indexed and the summed term count per field.
CREATE TABLE match_stats (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    units          INTEGER NOT NULL,
    text_len       INTEGER NOT NULL,
    title_len      INTEGER NOT NULL,
    standfirst_len INTEGER NOT NULL
);
INSERT INTO match_stats VALUES (1, 0, 0, 0, 0);
"#,
    ),
    (
        4,
        r#"
-- Memory per ingested document: the analysis is stored deflated
-- (zlib-compressed JSON, about a tenth of its size) in analysis_z, written
-- straight from the encoder; `analysis` is '' in rows stored from here on
-- (older rows keep their JSON there). The per-item JSON copies (`item`)
-- are dropped: every quote, claim, entity, time and quantity is in the
-- analysis; the tables keep the columns that search and filters read.
ALTER TABLE documents ADD COLUMN analysis_z BLOB;
ALTER TABLE quotes DROP COLUMN item;
ALTER TABLE claims DROP COLUMN item;
ALTER TABLE entities DROP COLUMN item;
ALTER TABLE times DROP COLUMN item;
ALTER TABLE quantities DROP COLUMN item;
"#,
    ),
    (
        5,
        r#"
-- Passages (windows of sentences) are matched and traced through
-- match_fts; the search index keeps quotes, claims and sentences, which
-- is all `search` shows and where a phrase is found (it is in its
-- sentence). Their entries are taken out of stores built before.
INSERT INTO statements_fts (statements_fts, rowid, text, speaker)
SELECT 'delete', pk, text, COALESCE(speaker, '') FROM statements WHERE kind = 'passage';
"#,
    ),
];
