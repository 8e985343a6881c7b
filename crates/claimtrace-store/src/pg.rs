//! The PostgreSQL backend: one database shared by many machines.
//!
//! Search uses PostgreSQL's own text search (`tsvector` columns with GIN
//! indexes, `ts_rank_cd`, `ts_headline`). Matching and tracing use the
//! same retrieval terms and the same statistics as the SQLite store: a
//! postings table of claimtrace's own `match_terms` (split as SQLite's
//! FTS5 tokenizer splits them), the totals BM25F needs in `match_stats`,
//! and the candidates ranked with the formula of FTS5's `bm25()` (the same
//! k1, b, IDF floor and column weights), so that `match` and `trace` give
//! the same answers on the same corpus whichever store holds it.

use std::collections::HashMap;
use std::sync::Mutex;

use claimtrace_core::Document;
use claimtrace_trace::matching::{match_terms, MatchUnit, MatchUnits, UnitStats};
use claimtrace_trace::{
    statements_of, CandidateSource, SpeakerKind, Statement, StatementKind, TraceError,
};
use postgres::{Client, NoTls, Row, Transaction};

use crate::search::{
    best_hits, document_hit, search_kinds, statement_hit, statement_kind_name, FoundDocument,
    SearchFilters,
};
use crate::sqlite::{
    by_coverage, choose_terms, coverage_weights, decode_analysis, deflated_json_of, fts_key,
    json_of, terms_field, MATCH_COMMON_ROWS, MATCH_TERMS, OVERFETCH, TRACE_COMMON_ROWS,
    TRACE_TERMS,
};
use crate::{
    redact_url, CorpusStore, DocumentFilter, DocumentSummary, KnownRevision, PutOutcome, SearchHit,
    SearchKind, SearchQuery, StoreError, StoreStats, StoredDocument, HIGHLIGHT_CLOSE,
    HIGHLIGHT_OPEN,
};

/// (version, SQL). Append new migrations; never edit an applied one.
const MIGRATIONS: &[(i64, &str)] = &[
    (
        1,
        r#"
CREATE TABLE documents (
    pk           BIGSERIAL PRIMARY KEY,
    id           TEXT NOT NULL,
    revision     BIGINT NOT NULL,
    is_current   BOOLEAN NOT NULL DEFAULT TRUE,
    content_hash TEXT NOT NULL,
    date         TEXT,
    source       TEXT,
    title        TEXT,
    url          TEXT,
    language     TEXT,
    standfirst   TEXT,
    meta         TEXT NOT NULL,
    analysis_z   BYTEA NOT NULL,
    text         TEXT NOT NULL,
    quotes       BIGINT NOT NULL DEFAULT 0,
    claims       BIGINT NOT NULL DEFAULT 0,
    entities     BIGINT NOT NULL DEFAULT 0,
    ingested_at  TEXT NOT NULL,
    tsv          TSVECTOR,
    UNIQUE (id, revision)
);
-- One current revision per id, also with several writers at once.
CREATE UNIQUE INDEX documents_current ON documents (id) WHERE is_current;
CREATE INDEX documents_date ON documents (date);
CREATE INDEX documents_source ON documents (source);
CREATE INDEX documents_tsv ON documents USING GIN (tsv);

CREATE TABLE statements (
    pk               BIGSERIAL PRIMARY KEY,
    doc_pk           BIGINT NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    doc_id           TEXT NOT NULL,
    kind             TEXT NOT NULL,
    local_id         TEXT,
    text             TEXT NOT NULL,
    start            BIGINT NOT NULL,
    "end"            BIGINT NOT NULL,
    speaker          TEXT,
    speaker_kind     TEXT NOT NULL,
    date             TEXT,
    source           TEXT,
    title            TEXT,
    text_terms       BIGINT NOT NULL,
    title_terms      BIGINT NOT NULL,
    standfirst_terms BIGINT NOT NULL,
    -- Tokens of the three fields as FTS5 counts them (its |D|).
    fts_tokens       BIGINT NOT NULL,
    tsv              TSVECTOR
);
CREATE INDEX statements_doc ON statements (doc_pk);
CREATE INDEX statements_local ON statements (doc_id, local_id);
CREATE INDEX statements_tsv ON statements USING GIN (tsv);

-- The matching index: each token of a statement's retrieval terms, with
-- its count in the statement's text, title and standfirst.
CREATE TABLE match_postings (
    term          TEXT NOT NULL,
    unit          BIGINT NOT NULL REFERENCES statements (pk) ON DELETE CASCADE,
    tf_text       INTEGER NOT NULL,
    tf_title      INTEGER NOT NULL,
    tf_standfirst INTEGER NOT NULL,
    PRIMARY KEY (term, unit)
);
CREATE INDEX match_postings_unit ON match_postings (unit);

-- Totals: units indexed, summed retrieval-term counts per field (BM25F),
-- and summed tokens (FTS5's average row length).
CREATE TABLE match_stats (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    units          BIGINT NOT NULL,
    text_len       BIGINT NOT NULL,
    title_len      BIGINT NOT NULL,
    standfirst_len BIGINT NOT NULL,
    tokens         BIGINT NOT NULL
);
INSERT INTO match_stats VALUES (1, 0, 0, 0, 0, 0);
"#,
    ),
    (
        2,
        r#"
-- The ingest queue: documents read by `claimtrace queue` (text and
-- metadata, not yet analysed), claimed in batches by workers for a lease;
-- a batch is stored and marked done in one transaction.
CREATE TABLE ingest_queue (
    pk           BIGSERIAL PRIMARY KEY,
    doc_id       TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    document     TEXT NOT NULL,
    done         BOOLEAN NOT NULL DEFAULT FALSE,
    worker       TEXT,
    lease_until  TIMESTAMPTZ,
    attempts     INTEGER NOT NULL DEFAULT 0,
    error        TEXT,
    enqueued_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    done_at      TIMESTAMPTZ,
    UNIQUE (doc_id, content_hash)
);
CREATE INDEX ingest_queue_todo ON ingest_queue (pk) WHERE NOT done;
"#,
    ),
];

/// The text search configuration of both `tsvector`s (Snowball English
/// stemming, as SQLite's Porter tokenizer).
const TS_CONFIG: &str = "english";

/// FTS5's bm25() parameters.
const BM25_K1: f64 = 1.2;
const BM25_B: f64 = 0.75;

pub struct PgStore {
    client: Mutex<Client>,
    shown: String,
}

fn pg(context: impl Into<String>) -> impl FnOnce(postgres::Error) -> StoreError {
    let context = context.into();
    move |cause| StoreError::Pg { context, cause }
}

/// FTS5's tokens of a field's retrieval terms (unicode61 with `.` a token
/// character, folded to lower case).
fn fts_tokens(terms: &str) -> impl Iterator<Item = String> + '_ {
    terms
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .filter(|p| !p.is_empty())
        .map(str::to_lowercase)
}

impl PgStore {
    /// Connects to `url` (`postgres://user@host:port/db`) and brings the
    /// schema up to date, once, under an advisory lock (several workers
    /// may start at once).
    pub fn open(url: &str) -> Result<Self, StoreError> {
        let shown = redact_url(url);
        let client = Client::connect(url, NoTls).map_err(|e| StoreError::Open {
            path: shown.clone(),
            cause: Box::new(e),
        })?;
        let mut store = PgStore {
            client: Mutex::new(client),
            shown,
        };
        store.migrate()?;
        Ok(store)
    }

    /// Connects without migrating: a schema missing or of another version
    /// is an error.
    pub fn open_read_only(url: &str) -> Result<Self, StoreError> {
        let shown = redact_url(url);
        let mut client = Client::connect(url, NoTls).map_err(|e| StoreError::Open {
            path: shown.clone(),
            cause: Box::new(e),
        })?;
        client
            .batch_execute("SET default_transaction_read_only = on")
            .map_err(pg("making the session read-only"))?;
        let found = stored_version(&mut client)?;
        let known = MIGRATIONS.last().map_or(0, |m| m.0);
        if found == 0 {
            return Err(StoreError::NoSchema { path: shown });
        }
        if found != known {
            return Err(StoreError::Open {
                path: shown,
                cause: format!("schema version {found}, this program knows {known}").into(),
            });
        }
        Ok(PgStore {
            client: Mutex::new(client),
            shown,
        })
    }

    /// The database as it may be printed (no password).
    pub fn shown(&self) -> &str {
        &self.shown
    }

    fn client(&self) -> std::sync::MutexGuard<'_, Client> {
        // A panic while holding the lock leaves the connection usable.
        self.client.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let known = MIGRATIONS.last().map_or(0, |m| m.0);
        let shown = self.shown.clone();
        let client = self.client.get_mut().unwrap_or_else(|p| p.into_inner());
        let mut tx = client
            .transaction()
            .map_err(pg("starting the migrations"))?;
        tx.batch_execute(
            "SELECT pg_advisory_xact_lock(7164352016);
             CREATE TABLE IF NOT EXISTS schema_migrations (
                 version BIGINT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
        )
        .map_err(pg("creating schema_migrations"))?;
        let current: i64 = tx
            .query_one(
                "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
                &[],
            )
            .map_err(pg("reading the schema version"))?
            .get(0);
        if current > known {
            return Err(StoreError::SchemaTooNew {
                path: shown,
                found: current,
                known,
            });
        }
        for (version, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
            tx.batch_execute(sql)
                .map_err(pg(format!("applying migration {version}")))?;
            tx.execute(
                "INSERT INTO schema_migrations (version) VALUES ($1)",
                &[version],
            )
            .map_err(pg(format!("recording migration {version}")))?;
        }
        tx.commit().map_err(pg("committing the migrations"))
    }
}

fn stored_version(client: &mut Client) -> Result<i64, StoreError> {
    let exists: bool = client
        .query_one("SELECT to_regclass('schema_migrations') IS NOT NULL", &[])
        .map_err(pg("looking for schema_migrations"))?
        .get(0);
    if !exists {
        return Ok(0);
    }
    Ok(client
        .query_one(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            &[],
        )
        .map_err(pg("reading the schema version"))?
        .get(0))
}

/// Removes the statements (with their postings) of a document revision,
/// and their share of the matching totals; marks it not current.
fn retire_revision(tx: &mut Transaction, doc_pk: i64) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE match_stats SET
             units = units - s.n, text_len = text_len - s.t, title_len = title_len - s.h,
             standfirst_len = standfirst_len - s.f, tokens = tokens - s.k
         FROM (SELECT COUNT(*) AS n, COALESCE(SUM(text_terms), 0) AS t,
                      COALESCE(SUM(title_terms), 0) AS h, COALESCE(SUM(standfirst_terms), 0) AS f,
                      COALESCE(SUM(fts_tokens), 0) AS k
               FROM statements WHERE doc_pk = $1) s
         WHERE match_stats.id = 1",
        &[&doc_pk],
    )
    .map_err(pg("updating the matching totals"))?;
    tx.execute("DELETE FROM statements WHERE doc_pk = $1", &[&doc_pk])
        .map_err(pg("removing old statements"))?;
    tx.execute(
        "UPDATE documents SET is_current = FALSE, tsv = NULL WHERE pk = $1",
        &[&doc_pk],
    )
    .map_err(pg("retiring the old revision"))?;
    Ok(())
}

/// Writes a document: its row (with its text and analysis), then its
/// statements, indexed for search and for matching, and their share of
/// the matching totals.
fn insert_document(
    tx: &mut Transaction,
    doc: &Document,
    hash: &str,
    revision: i64,
) -> Result<(), StoreError> {
    let statements = statements_of(doc);
    let doc_pk = insert_document_row(tx, doc, hash, revision)?;
    let totals = insert_statements(tx, doc_pk, doc, &statements)?;
    add_match_stats(tx, &doc.meta.id, statements.len() as i64, totals)
}

/// Inserts the document's row (as the current revision, with its text,
/// its analysis and its search vector); returns its key.
fn insert_document_row(
    tx: &mut Transaction,
    doc: &Document,
    hash: &str,
    revision: i64,
) -> Result<i64, StoreError> {
    let id = &doc.meta.id;
    let mut out = doc.to_output();
    out.text = String::new();
    let meta = json_of(&out.meta, "metadata")?;
    let analysis_z = deflated_json_of(&out, &format!("the analysis of {id}"))?;
    let counts = [
        out.quotes.len() as i64,
        out.claims.len() as i64,
        out.entities.len() as i64,
    ];
    let m = &doc.meta;
    let doc_pk: i64 = tx
        .query_one(
            &format!(
                "INSERT INTO documents (id, revision, content_hash, date, source, title, url,
                     language, standfirst, meta, analysis_z, text, quotes, claims, entities,
                     ingested_at, tsv)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
                     to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'),
                     to_tsvector('{TS_CONFIG}', COALESCE($6, '') || ' ' || $12))
                 RETURNING pk"
            ),
            &[
                id,
                &revision,
                &hash,
                &m.date,
                &m.source,
                &m.title,
                &m.url,
                &m.language,
                &m.standfirst,
                &meta,
                &analysis_z,
                &doc.text,
                &counts[0],
                &counts[1],
                &counts[2],
            ],
        )
        .map_err(pg(format!("storing document {id}")))?
        .get(0);
    Ok(doc_pk)
}

/// Inserts the statements, each with its search vector and its matching
/// postings; returns the summed retrieval-term counts of their text,
/// title and standfirst, and their FTS5 tokens (for the matching totals).
fn insert_statements(
    tx: &mut Transaction,
    doc_pk: i64,
    doc: &Document,
    statements: &[Statement],
) -> Result<[i64; 4], StoreError> {
    let inserts = StatementInserts::prepare(tx)?;
    let standfirst = terms_field(doc.meta.standfirst.as_deref());
    let mut titles: HashMap<Option<&str>, (String, i64)> = HashMap::new();
    let mut totals = [0i64; 4];
    for st in statements {
        let text = terms_field(Some(&st.text));
        let title = titles
            .entry(st.title.as_deref())
            .or_insert_with(|| terms_field(st.title.as_deref()))
            .clone();
        let counts = inserts.insert(tx, doc_pk, &doc.meta.id, st, [&text, &title, &standfirst])?;
        for (t, v) in totals.iter_mut().zip(counts) {
            *t += v;
        }
    }
    Ok(totals)
}

/// The inserts of a statement, prepared once per document: its row (with
/// its search vector) and its matching postings.
struct StatementInserts {
    row: postgres::Statement,
    postings: postgres::Statement,
}

impl StatementInserts {
    fn prepare(tx: &mut Transaction) -> Result<Self, StoreError> {
        let row = tx
            .prepare(&format!(
                "INSERT INTO statements (doc_pk, doc_id, kind, local_id, text, start, \"end\", speaker,
                     speaker_kind, date, source, title, text_terms, title_terms, standfirst_terms,
                     fts_tokens, tsv)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                     setweight(to_tsvector('{TS_CONFIG}', $5), 'A')
                     || setweight(to_tsvector('{TS_CONFIG}', COALESCE($8, '')), 'B'))
                 RETURNING pk"
            ))
            .map_err(pg("preparing statements"))?;
        let postings = tx
            .prepare(
                "INSERT INTO match_postings (term, unit, tf_text, tf_title, tf_standfirst)
                 SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[], $4::int[], $5::int[])",
            )
            .map_err(pg("preparing the matching index"))?;
        Ok(StatementInserts { row, postings })
    }

    /// Inserts statement `st` of document `id` (`fields`: the retrieval
    /// terms of its text, title and standfirst with their counts) with its
    /// matching postings; returns the three counts and its FTS5 tokens.
    fn insert(
        &self,
        tx: &mut Transaction,
        doc_pk: i64,
        id: &str,
        st: &Statement,
        fields: [&(String, i64); 3],
    ) -> Result<[i64; 4], StoreError> {
        let [text, title, standfirst] = fields;
        let (tf, tokens) = term_frequencies([&text.0, &title.0, &standfirst.0]);
        let counts = [text.1, title.1, standfirst.1, tokens];
        let pk: i64 = tx
            .query_one(
                &self.row,
                &[
                    &doc_pk,
                    &id,
                    &st.kind.as_str(),
                    &st.local_id,
                    &st.text,
                    &(st.start as i64),
                    &(st.end as i64),
                    &st.speaker,
                    &st.speaker_kind.as_str(),
                    &st.date,
                    &st.source,
                    &st.title,
                    &counts[0],
                    &counts[1],
                    &counts[2],
                    &counts[3],
                ],
            )
            .map_err(pg(format!("storing statements of {id}")))?
            .get(0);
        insert_postings_of(tx, &self.postings, pk, tf)
            .map_err(pg(format!("indexing statements of {id} for matching")))?;
        Ok(counts)
    }
}

/// How often each FTS5 token of a statement's retrieval terms occurs in
/// each of its fields (text, title, standfirst), and the tokens in all.
fn term_frequencies(fields: [&str; 3]) -> (HashMap<String, [i32; 3]>, i64) {
    let mut tf: HashMap<String, [i32; 3]> = HashMap::new();
    let mut tokens = 0i64;
    for (field, terms) in fields.into_iter().enumerate() {
        for token in fts_tokens(terms) {
            tokens += 1;
            if let Some(slot) = tf.entry(token).or_default().get_mut(field) {
                *slot += 1;
            }
        }
    }
    (tf, tokens)
}

/// Inserts the matching postings of statement `pk` (one statement: the
/// rows as arrays, unnested by the server).
fn insert_postings_of(
    tx: &mut Transaction,
    insert_postings: &postgres::Statement,
    pk: i64,
    tf: HashMap<String, [i32; 3]>,
) -> Result<u64, postgres::Error> {
    let mut terms = Vec::with_capacity(tf.len());
    let mut units = Vec::with_capacity(tf.len());
    let mut counts: [Vec<i32>; 3] = Default::default();
    for (term, [a, b, c]) in tf {
        terms.push(term);
        units.push(pk);
        counts[0].push(a);
        counts[1].push(b);
        counts[2].push(c);
    }
    tx.execute(
        insert_postings,
        &[&terms, &units, &counts[0], &counts[1], &counts[2]],
    )
}

/// Adds a document's statements to the matching totals: `units`
/// statements, and their summed term counts and tokens.
fn add_match_stats(
    tx: &mut Transaction,
    id: &str,
    units: i64,
    totals: [i64; 4],
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE match_stats SET units = units + $1, text_len = text_len + $2,
             title_len = title_len + $3, standfirst_len = standfirst_len + $4,
             tokens = tokens + $5 WHERE id = 1",
        &[&units, &totals[0], &totals[1], &totals[2], &totals[3]],
    )
    .map_err(pg(format!("updating the matching totals for {id}")))?;
    Ok(())
}

/// The words of a search for `plainto_tsquery`: its search words (those
/// the first pass of `search_words` keeps, else all); `None` when it has
/// none.
fn search_text(text: &str) -> Option<String> {
    let words = crate::fts::search_words(text, true);
    let words = if words.is_empty() {
        crate::fts::search_words(text, false)
    } else {
        words
    };
    if words.is_empty() {
        return None;
    }
    Some(words.join(" "))
}

/// The quotes or claims (`kind`) matching `query_text` that pass the
/// filters, best first, with snippets made by `ts_headline` (`options`).
fn search_statements(
    client: &mut Client,
    kind: SearchKind,
    query_text: &str,
    filters: &SearchFilters,
    options: &str,
) -> Result<Vec<SearchHit>, StoreError> {
    let q = filters.query;
    let sql = format!(
        "SELECT {STATEMENT_COLUMNS}, s.pk AS pk, ts_rank_cd(s.tsv, q) AS score,
                ts_headline('{TS_CONFIG}', s.text, q, $7) AS snippet
         FROM statements s, plainto_tsquery('{TS_CONFIG}', $1) q
         WHERE s.tsv @@ q AND (s.kind = $2 OR ($8 AND $2 = 'quote'
                AND s.kind = 'sentence' AND s.local_id LIKE 'q%'))
           AND ($3::text IS NULL OR lower(s.speaker) LIKE $3 ESCAPE '\\')
           AND ($4::text IS NULL OR s.date >= $4) AND ($5::text IS NULL OR s.date <= $5)
         ORDER BY score DESC, s.pk LIMIT $6"
    );
    let rows = client
        .query(
            &sql,
            &[
                &query_text,
                &statement_kind_name(kind),
                &filters.speaker_like,
                &q.from,
                &q.to,
                &filters.limit,
                &options,
                &q.all_quotes,
            ],
        )
        .map_err(pg("searching statements"))?;
    let mut hits = Vec::with_capacity(rows.len());
    for r in rows {
        let st = statement_from_row(&r).map_err(pg("reading a search result"))?;
        let score: f32 = r.get("score");
        hits.push(statement_hit(kind, st, r.get("snippet"), f64::from(score)));
    }
    Ok(hits)
}

/// The current documents matching `query_text` within the dates, best
/// first, with snippets made by `ts_headline` (`options`); with a speaker,
/// the documents that hold a statement of that speaker (as in SQLite).
fn search_documents(
    client: &mut Client,
    query_text: &str,
    filters: &SearchFilters,
    options: &str,
) -> Result<Vec<SearchHit>, StoreError> {
    let q = filters.query;
    let sql = format!(
        "SELECT d.id, d.date, d.source, d.title, ts_rank_cd(d.tsv, q) AS score,
                ts_headline('{TS_CONFIG}', d.text, q, $5) AS snippet
         FROM documents d, plainto_tsquery('{TS_CONFIG}', $1) q
         WHERE d.is_current AND d.tsv @@ q
           AND ($2::text IS NULL OR d.date >= $2) AND ($3::text IS NULL OR d.date <= $3)
           AND ($6::text IS NULL OR EXISTS (SELECT 1 FROM statements s
                WHERE s.doc_pk = d.pk AND lower(s.speaker) LIKE $6 ESCAPE '\\'))
         ORDER BY score DESC, d.pk LIMIT $4"
    );
    let rows = client
        .query(
            &sql,
            &[
                &query_text,
                &q.from,
                &q.to,
                &filters.limit,
                &options,
                &filters.speaker_like,
            ],
        )
        .map_err(pg("searching documents"))?;
    let mut hits = Vec::with_capacity(rows.len());
    for r in rows {
        let score: f32 = r.get("score");
        let found = FoundDocument {
            doc_id: r.get(0),
            date: r.get(1),
            source: r.get(2),
            title: r.get(3),
        };
        hits.push(document_hit(found, r.get("snippet"), f64::from(score)));
    }
    Ok(hits)
}

const STATEMENT_COLUMNS: &str =
    "s.doc_id, s.kind, s.local_id, s.text, s.start, s.\"end\", s.speaker, s.speaker_kind, s.date, s.source, s.title";

fn statement_from_row(r: &Row) -> Result<Statement, postgres::Error> {
    let kind: String = r.try_get("kind")?;
    let speaker_kind: String = r.try_get("speaker_kind")?;
    Ok(Statement {
        doc_id: r.try_get("doc_id")?,
        date: r.try_get("date")?,
        source: r.try_get("source")?,
        title: r.try_get("title")?,
        kind: StatementKind::parse(&kind).unwrap_or_default(),
        local_id: r.try_get("local_id")?,
        text: r.try_get("text")?,
        start: r.try_get::<_, i64>("start")?.max(0) as usize,
        end: r.try_get::<_, i64>("end")?.max(0) as usize,
        speaker: r.try_get("speaker")?,
        speaker_kind: SpeakerKind::parse(&speaker_kind),
    })
}

/// The SQL condition on current documents `d` for `filter`, with its
/// parameters (all text) numbered from `$1`.
fn filter_sql(filter: &DocumentFilter) -> (String, Vec<String>, Vec<Vec<String>>) {
    let mut parts = vec!["d.is_current".to_string()];
    let mut values: Vec<String> = Vec::new();
    let mut arrays: Vec<Vec<String>> = Vec::new();
    for (value, op) in [
        (&filter.source, "d.source = "),
        (&filter.from, "d.date >= "),
        (&filter.to, "d.date <= "),
        (&filter.before, "d.date < "),
    ] {
        if let Some(v) = value {
            values.push(v.clone());
            parts.push(format!("{op}${}", values.len()));
        }
    }
    if let Some(lang) = &filter.language {
        values.push(lang.clone());
        parts.push(format!("lower(d.language) = lower(${})", values.len()));
    }
    if !filter.ids.is_empty() {
        arrays.push(filter.ids.clone());
        parts.push(format!("d.id = ANY(${}::text[])", values.len() + 1));
    }
    (parts.join(" AND "), values, arrays)
}

fn params<'a>(
    values: &'a [String],
    arrays: &'a [Vec<String>],
) -> Vec<&'a (dyn postgres::types::ToSql + Sync)> {
    let mut out: Vec<&(dyn postgres::types::ToSql + Sync)> = Vec::new();
    for v in values {
        out.push(v);
    }
    for a in arrays {
        out.push(a);
    }
    out
}

impl CorpusStore for PgStore {
    fn known_revisions(
        &self,
        ids: &[String],
    ) -> Result<HashMap<String, KnownRevision>, StoreError> {
        let ids: Vec<String> = ids.to_vec();
        let rows = self
            .client()
            .query(
                "SELECT id, revision, content_hash FROM documents
                 WHERE id = ANY($1::text[]) AND is_current",
                &[&ids],
            )
            .map_err(pg("looking up revisions"))?;
        Ok(rows
            .iter()
            .map(|r| {
                (
                    r.get::<_, String>(0),
                    KnownRevision {
                        revision: r.get(1),
                        content_hash: r.get(2),
                    },
                )
            })
            .collect())
    }

    fn put_batch(&mut self, docs: &[(Document, String)]) -> Result<Vec<PutOutcome>, StoreError> {
        self.put_batch_then(docs, |_| Ok(()))
    }

    fn document(&self, id: &str) -> Result<Option<StoredDocument>, StoreError> {
        let row = self
            .client()
            .query_opt(
                "SELECT revision, content_hash, analysis_z, text FROM documents
                 WHERE id = $1 AND is_current",
                &[&id],
            )
            .map_err(pg(format!("reading document {id}")))?;
        let Some(r) = row else {
            return Ok(None);
        };
        let z: Vec<u8> = r.get(2);
        let mut document = decode_analysis("", Some(&z), id)?;
        document.text = r.get(3);
        Ok(Some(StoredDocument {
            revision: r.get(0),
            content_hash: r.get(1),
            document,
        }))
    }

    fn search(&self, q: &SearchQuery) -> Result<Vec<SearchHit>, StoreError> {
        let Some(query_text) = search_text(&q.text) else {
            return Ok(Vec::new());
        };
        let filters = SearchFilters::of(q);
        let options = format!(
            "StartSel={HIGHLIGHT_OPEN}, StopSel={HIGHLIGHT_CLOSE}, MaxWords=24, MinWords=8"
        );
        let mut client = self.client();
        let mut hits = Vec::new();
        for kind in search_kinds(q) {
            match kind {
                SearchKind::Quote | SearchKind::Claim => {
                    hits.extend(search_statements(
                        &mut client,
                        kind,
                        &query_text,
                        &filters,
                        &options,
                    )?);
                }
                SearchKind::Document => {
                    hits.extend(search_documents(
                        &mut client,
                        &query_text,
                        &filters,
                        &options,
                    )?);
                }
            }
        }
        Ok(best_hits(hits, q))
    }

    fn statement(&self, id: &str) -> Result<Option<Statement>, StoreError> {
        let mut client = self.client();
        let row = match id.rsplit_once('#') {
            Some((doc, local)) => client.query_opt(
                &format!(
                    "SELECT {STATEMENT_COLUMNS} FROM statements s
                     WHERE s.doc_id = $1 AND s.local_id = $2 ORDER BY s.pk LIMIT 1"
                ),
                &[&doc, &local],
            ),
            None => {
                let Ok(pk) = id.parse::<i64>() else {
                    return Ok(None);
                };
                client.query_opt(
                    &format!("SELECT {STATEMENT_COLUMNS} FROM statements s WHERE s.pk = $1"),
                    &[&pk],
                )
            }
        }
        .map_err(pg(format!("reading statement {id}")))?;
        row.map(|r| statement_from_row(&r))
            .transpose()
            .map_err(pg(format!("reading statement {id}")))
    }

    fn stats(&self) -> Result<StoreStats, StoreError> {
        let r = self
            .client()
            .query_one(
                "SELECT
                   (SELECT COUNT(*) FROM documents WHERE is_current),
                   (SELECT COUNT(*) FROM documents),
                   (SELECT COUNT(*) FROM statements),
                   (SELECT COALESCE(SUM(quotes), 0)::bigint FROM documents WHERE is_current),
                   (SELECT COALESCE(SUM(claims), 0)::bigint FROM documents WHERE is_current),
                   (SELECT COALESCE(SUM(entities), 0)::bigint FROM documents WHERE is_current),
                   (SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)::bigint
                      FROM pg_class c WHERE c.relname IN
                      ('documents', 'statements', 'match_postings', 'match_stats'))",
                &[],
            )
            .map_err(pg("counting"))?;
        Ok(StoreStats {
            documents: r.get(0),
            revisions: r.get(1),
            statements: r.get(2),
            quotes: r.get(3),
            claims: r.get(4),
            entities: r.get(5),
            bytes_on_disk: r.get::<_, i64>(6).max(0) as u64,
        })
    }

    fn sample_statements(&self, n: usize) -> Result<Vec<Statement>, StoreError> {
        let mut client = self.client();
        let r = client
            .query_one(
                "SELECT COALESCE(MIN(pk), 0), COALESCE(MAX(pk), 0) FROM statements",
                &[],
            )
            .map_err(pg("reading the statement range"))?;
        let (lo, hi): (i64, i64) = (r.get(0), r.get(1));
        let step = ((hi - lo).max(1) as f64 / n.max(1) as f64).max(1.0);
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let at = lo + (i as f64 * step) as i64;
            let mut found = client
                .query_opt(
                    &format!(
                        "SELECT {STATEMENT_COLUMNS} FROM statements s
                         WHERE s.pk >= $1 AND s.kind != 'sentence' ORDER BY s.pk LIMIT 1"
                    ),
                    &[&at],
                )
                .map_err(pg("sampling statements"))?;
            if found.is_none() {
                found = client
                    .query_opt(
                        &format!(
                            "SELECT {STATEMENT_COLUMNS} FROM statements s
                             WHERE s.pk >= $1 ORDER BY s.pk LIMIT 1"
                        ),
                        &[&at],
                    )
                    .map_err(pg("sampling statements"))?;
            }
            if let Some(r) = found {
                out.push(statement_from_row(&r).map_err(pg("sampling statements"))?);
            }
        }
        Ok(out)
    }

    fn list_documents(
        &self,
        filter: &DocumentFilter,
        limit: Option<usize>,
        offset: usize,
    ) -> Result<Vec<DocumentSummary>, StoreError> {
        let (condition, values, arrays) = filter_sql(filter);
        let n = values.len() + arrays.len();
        let sql = format!(
            "SELECT d.id, d.revision, d.date, d.source, d.title, d.url, d.language,
                    (SELECT COUNT(*) FROM statements s WHERE s.doc_pk = d.pk), d.ingested_at
             FROM documents d WHERE {condition}
             ORDER BY d.date IS NULL, d.date, d.id LIMIT ${} OFFSET ${}",
            n + 1,
            n + 2
        );
        let limit = limit.map(|l| l.min(i64::MAX as usize) as i64);
        let offset = offset.min(i64::MAX as usize) as i64;
        let mut all = params(&values, &arrays);
        all.push(&limit);
        all.push(&offset);
        let rows = self
            .client()
            .query(&sql, &all)
            .map_err(pg("listing documents"))?;
        Ok(rows
            .iter()
            .map(|r| DocumentSummary {
                id: r.get(0),
                revision: r.get(1),
                date: r.get(2),
                source: r.get(3),
                title: r.get(4),
                url: r.get(5),
                language: r.get(6),
                statements: r.get(7),
                ingested_at: r.get(8),
            })
            .collect())
    }

    fn delete_documents(&mut self, filter: &DocumentFilter) -> Result<Vec<String>, StoreError> {
        let (condition, values, arrays) = filter_sql(filter);
        let mut client = self.client();
        let mut tx = client.transaction().map_err(pg("starting a deletion"))?;
        let chosen = tx
            .query(
                &format!("SELECT d.pk, d.id FROM documents d WHERE {condition} FOR UPDATE"),
                &params(&values, &arrays),
            )
            .map_err(pg("choosing documents to delete"))?;
        let mut ids = Vec::with_capacity(chosen.len());
        for r in chosen {
            let (pk, id): (i64, String) = (r.get(0), r.get(1));
            retire_revision(&mut tx, pk)?;
            tx.execute("DELETE FROM documents WHERE id = $1", &[&id])
                .map_err(pg(format!("deleting {id}")))?;
            ids.push(id);
        }
        tx.commit().map_err(pg("committing the deletion"))?;
        Ok(ids)
    }
}

impl PgStore {
    /// Stores a batch in one transaction, running `then` in it before the
    /// commit (the queue marks its rows done there).
    fn put_batch_then(
        &mut self,
        docs: &[(Document, String)],
        then: impl FnOnce(&mut Transaction) -> Result<(), StoreError>,
    ) -> Result<Vec<PutOutcome>, StoreError> {
        let mut client = self.client();
        let mut tx = client.transaction().map_err(pg("starting a batch"))?;
        // Each id locked for the transaction, in one order (no deadlock
        // between two batches): a writer storing the same new id at the
        // same moment waits, then finds it stored, instead of failing on
        // the unique index.
        let mut ids: Vec<&str> = docs.iter().map(|(d, _)| d.meta.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        for id in &ids {
            tx.execute(
                "SELECT pg_advisory_xact_lock(hashtextextended($1, 16))",
                &[id],
            )
            .map_err(pg(format!("locking {id}")))?;
        }
        let mut outcomes = Vec::with_capacity(docs.len());
        for (doc, hash) in docs {
            let id = &doc.meta.id;
            let current = tx
                .query_opt(
                    "SELECT pk, revision, content_hash FROM documents
                     WHERE id = $1 AND is_current",
                    &[id],
                )
                .map_err(pg(format!("looking up {id}")))?;
            let outcome = match current {
                Some(r) if r.get::<_, String>(2) == *hash => PutOutcome::Unchanged,
                Some(r) => {
                    let (pk, rev): (i64, i64) = (r.get(0), r.get(1));
                    retire_revision(&mut tx, pk)?;
                    insert_document(&mut tx, doc, hash, rev + 1)?;
                    PutOutcome::Updated { revision: rev + 1 }
                }
                None => {
                    insert_document(&mut tx, doc, hash, 1)?;
                    PutOutcome::Added
                }
            };
            outcomes.push(outcome);
        }
        then(&mut tx)?;
        tx.commit().map_err(pg("committing a batch"))?;
        Ok(outcomes)
    }

    /// Units holding each term's token (in any field), as FTS5's vocabulary
    /// counts them.
    fn term_doc_freqs(
        &self,
        client: &mut Client,
        terms: &[String],
    ) -> Result<HashMap<String, u64>, postgres::Error> {
        let keys: Vec<String> = terms.iter().map(|t| fts_key(t).to_lowercase()).collect();
        let rows = client.query(
            "SELECT term, COUNT(*) FROM match_postings WHERE term = ANY($1::text[]) GROUP BY term",
            &[&keys],
        )?;
        let counts: HashMap<String, i64> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
        Ok(terms
            .iter()
            .zip(&keys)
            .map(|(t, k)| (t.clone(), counts.get(k).copied().unwrap_or(0).max(0) as u64))
            .collect())
    }

    fn match_totals(client: &mut Client) -> Result<(u64, [u64; 3], u64), postgres::Error> {
        let r = client.query_one(
            "SELECT units, text_len, title_len, standfirst_len, tokens FROM match_stats WHERE id = 1",
            &[],
        )?;
        let g = |i| r.get::<_, i64>(i).max(0) as u64;
        Ok((g(0), [g(1), g(2), g(3)], g(4)))
    }

    /// The units FTS5 would rank first for `terms` (any of them, or all
    /// when `all`), in `text` only or all fields: its bm25() with column
    /// weights 1.0, 1.0, 0.4, k1 1.2, b 0.75, ties by unit.
    #[allow(clippy::too_many_arguments)]
    fn ranked_units(
        client: &mut Client,
        terms: &[String],
        all: bool,
        text_only: bool,
        rows: u64,
        tokens: u64,
        limit: usize,
        extra_join: &str,
        extra_columns: &str,
        before: Option<&str>,
        final_limit: Option<usize>,
    ) -> Result<Vec<Row>, postgres::Error> {
        let mut keys: Vec<String> = terms.iter().map(|t| fts_key(t).to_lowercase()).collect();
        keys.sort();
        keys.dedup();
        let avgdl = if rows == 0 {
            1.0
        } else {
            tokens as f64 / rows as f64
        };
        let freq = if text_only {
            "p.tf_text::float8"
        } else {
            "(p.tf_text + p.tf_title + 0.4 * p.tf_standfirst)::float8"
        };
        let in_field = if text_only { "p.tf_text > 0" } else { "TRUE" };
        let having = if all {
            "HAVING COUNT(*) = (SELECT COUNT(DISTINCT t) FROM unnest($1::text[]) t)"
        } else {
            ""
        };
        let sql = format!(
            "WITH hits AS (
                 SELECT p.term, p.unit, {freq} AS f FROM match_postings p
                 WHERE p.term = ANY($1::text[]) AND {in_field}),
             idf AS (
                 SELECT term, GREATEST(ln(($2::float8 - COUNT(*) + 0.5) / (COUNT(*) + 0.5)), 1e-6) AS w
                 FROM hits GROUP BY term),
             ranked AS (
                 SELECT h.unit, SUM(i.w * (h.f * ({k1} + 1.0))
                          / (h.f + {k1} * (1.0 - {b} + {b} * s.fts_tokens / $3::float8))) AS score
                 FROM hits h JOIN idf i ON i.term = h.term JOIN statements s ON s.pk = h.unit
                 GROUP BY h.unit {having}
                 ORDER BY score DESC, h.unit LIMIT $4)
             SELECT {STATEMENT_COLUMNS}{extra_columns} FROM ranked r
             JOIN statements s ON s.pk = r.unit {extra_join}
             WHERE ($5::text IS NULL OR s.date IS NULL OR s.date <= $5)
             ORDER BY r.score DESC, r.unit LIMIT $6",
            k1 = BM25_K1,
            b = BM25_B,
        );
        let final_limit = final_limit.unwrap_or(limit) as i64;
        client.query(
            &sql,
            &[
                &keys,
                &(rows as f64),
                &avgdl,
                &(limit as i64),
                &before,
                &final_limit,
            ],
        )
    }
}

impl PgStore {
    /// The `n` statements holding the most of the weighted terms (in their
    /// text), statement order among equals, less those dated after
    /// `before`: the SQLite store's `most_covering`, the same weights and
    /// order, so both retrieve the same trace candidates.
    fn most_covering(
        client: &mut Client,
        weights: &[(String, i64)],
        n: usize,
        before: Option<&str>,
    ) -> Result<Vec<Row>, postgres::Error> {
        let keys: Vec<&str> = weights.iter().map(|(k, _)| k.as_str()).collect();
        let ws: Vec<i64> = weights.iter().map(|&(_, w)| w).collect();
        let sql = format!(
            "WITH w AS (SELECT * FROM unnest($1::text[], $2::int8[]) AS w(term, w)),
             ranked AS (
                 SELECT p.unit, SUM(w.w)::int8 AS score
                 FROM match_postings p JOIN w ON w.term = p.term
                 WHERE p.tf_text > 0
                 GROUP BY p.unit
                 ORDER BY score DESC, p.unit LIMIT $3)
             SELECT {STATEMENT_COLUMNS} FROM ranked r
             JOIN statements s ON s.pk = r.unit
             WHERE ($4::text IS NULL OR s.date IS NULL OR s.date <= $4)
             ORDER BY r.score DESC, r.unit"
        );
        client.query(&sql, &[&keys, &ws, &(n as i64), &before])
    }
}

impl CandidateSource for PgStore {
    fn candidates(
        &self,
        text: &str,
        before: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Statement>, TraceError> {
        let err = |e: postgres::Error| TraceError::Source(format!("searching statements: {e}"));
        let terms = match_terms(text);
        let mut client = self.client();
        let df = self.term_doc_freqs(&mut client, &terms).map_err(err)?;
        let (units, _, tokens) = Self::match_totals(&mut client).map_err(err)?;
        let Some(choice) = choose_terms(&terms, &df, units, TRACE_TERMS, Some(TRACE_COMMON_ROWS))
        else {
            return Ok(Vec::new());
        };
        let rows = if choice.all {
            Self::ranked_units(
                &mut client,
                &choice.terms,
                choice.all,
                true,
                units,
                tokens,
                limit * OVERFETCH,
                "",
                "",
                before,
                None,
            )
        } else {
            let weights = coverage_weights(&choice.terms, &df, units);
            Self::most_covering(&mut client, &weights, limit * OVERFETCH, before)
        }
        .map_err(err)?;
        let found = rows
            .iter()
            .map(|r| statement_from_row(r).map_err(err))
            .collect::<Result<Vec<_>, _>>()?;
        // Ranked as the SQLite store ranks them: by how much of the
        // quote each holds.
        Ok(by_coverage(&terms, &df, units, found, limit))
    }

    fn statements_around(
        &self,
        doc_id: &str,
        start: usize,
        end: usize,
    ) -> Result<Vec<Statement>, TraceError> {
        let err =
            |e: postgres::Error| TraceError::Source(format!("reading statements of {doc_id}: {e}"));
        let (start, end) = (start as i64, end as i64);
        let rows = self
            .client()
            .query(
                &format!(
                    "SELECT {STATEMENT_COLUMNS} FROM statements s
                     WHERE s.doc_id = $1 AND s.\"end\" >= $2 AND s.start <= $3 ORDER BY s.pk"
                ),
                &[&doc_id, &start, &end],
            )
            .map_err(err)?;
        rows.iter()
            .map(|r| statement_from_row(r).map_err(err))
            .collect()
    }

    fn statements_saying(
        &self,
        words: &str,
        before: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Statement>, TraceError> {
        let err = |e: postgres::Error| {
            TraceError::Source(format!("searching statements for the words {words:?}: {e}"))
        };
        let limit = limit as i64;
        let rows = self
            .client()
            .query(
                &format!(
                    "SELECT {STATEMENT_COLUMNS} FROM statements s,
                            phraseto_tsquery('{TS_CONFIG}', $1) q
                     WHERE s.tsv @@ q AND ($2::text IS NULL OR s.date IS NULL OR s.date <= $2)
                     ORDER BY s.date DESC NULLS LAST, s.pk LIMIT $3"
                ),
                &[&words, &before, &limit],
            )
            .map_err(err)?;
        rows.iter()
            .map(|r| statement_from_row(r).map_err(err))
            .collect()
    }

    fn statements_in(&self, doc_id: &str) -> Result<Vec<Statement>, TraceError> {
        let rows = self
            .client()
            .query(
                &format!(
                    "SELECT {STATEMENT_COLUMNS} FROM statements s WHERE s.doc_id = $1 ORDER BY s.pk"
                ),
                &[&doc_id],
            )
            .map_err(|e| TraceError::Source(format!("reading statements of {doc_id}: {e}")))?;
        rows.iter()
            .map(|r| {
                statement_from_row(r)
                    .map_err(|e| TraceError::Source(format!("reading statements of {doc_id}: {e}")))
            })
            .collect()
    }

    fn match_units(&self, terms: &[String], limit: usize) -> Result<MatchUnits, TraceError> {
        let err = |e: postgres::Error| TraceError::Source(format!("matching statements: {e}"));
        let mut client = self.client();
        let df = self.term_doc_freqs(&mut client, terms).map_err(err)?;
        let (units, total_len, tokens) = Self::match_totals(&mut client).map_err(err)?;
        let stats = UnitStats {
            units,
            total_len,
            df: df.clone(),
        };
        let Some(choice) = choose_terms(terms, &df, units, MATCH_TERMS, Some(MATCH_COMMON_ROWS))
        else {
            return Ok(MatchUnits {
                units: Vec::new(),
                stats,
            });
        };
        let rows = Self::ranked_units(
            &mut client,
            &choice.terms,
            choice.all,
            false,
            units,
            tokens,
            limit,
            "JOIN documents d ON d.pk = s.doc_pk",
            ", d.standfirst AS standfirst",
            None,
            None,
        )
        .map_err(err)?;
        let units = rows
            .iter()
            .map(|r| {
                Ok(MatchUnit {
                    statement: statement_from_row(r)?,
                    standfirst: r.try_get("standfirst")?,
                })
            })
            .collect::<Result<Vec<_>, postgres::Error>>()
            .map_err(err)?;
        Ok(MatchUnits { units, stats })
    }
}

/// One queued document a worker has claimed.
pub struct QueuedDocument {
    pub queue_pk: i64,
    pub document: Document,
}

/// What the queue holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct QueueCounts {
    /// Not yet stored, unclaimed or with an expired lease.
    pub waiting: i64,
    /// Claimed under a lease that has not expired.
    pub leased: i64,
    pub done: i64,
}

impl PgStore {
    /// Queues documents (read, not analysed) for workers. A document
    /// already queued with the same id and content hash is not queued
    /// again. Returns how many were queued.
    pub fn enqueue(&mut self, docs: &[Document]) -> Result<usize, StoreError> {
        let mut ids = Vec::with_capacity(docs.len());
        let mut hashes = Vec::with_capacity(docs.len());
        let mut bodies = Vec::with_capacity(docs.len());
        for d in docs {
            ids.push(d.meta.id.clone());
            hashes.push(crate::content_hash(d));
            bodies.push(json_of(d, &format!("queued document {}", d.meta.id))?);
        }
        let n = self
            .client()
            .execute(
                "INSERT INTO ingest_queue (doc_id, content_hash, document)
                 SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
                 ON CONFLICT (doc_id, content_hash) DO NOTHING",
                &[&ids, &hashes, &bodies],
            )
            .map_err(pg("queueing documents"))?;
        Ok(n as usize)
    }

    /// Claims up to `n` waiting documents for `lease` (another worker may
    /// take them once it expires: a worker killed mid-batch loses
    /// nothing). Workers never wait for each other: rows another one is
    /// claiming are skipped (`FOR UPDATE SKIP LOCKED`).
    pub fn claim(
        &mut self,
        worker: &str,
        n: usize,
        lease: std::time::Duration,
    ) -> Result<Vec<QueuedDocument>, StoreError> {
        let rows = self
            .client()
            .query(
                "UPDATE ingest_queue q
                 SET worker = $1, lease_until = now() + make_interval(secs => $2),
                     attempts = attempts + 1
                 FROM (SELECT pk FROM ingest_queue
                       WHERE NOT done AND (lease_until IS NULL OR lease_until < now())
                       ORDER BY pk LIMIT $3 FOR UPDATE SKIP LOCKED) todo
                 WHERE q.pk = todo.pk
                 RETURNING q.pk, q.document",
                &[&worker, &lease.as_secs_f64(), &(n as i64)],
            )
            .map_err(pg("claiming queued documents"))?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let pk: i64 = r.get(0);
            let body: String = r.get(1);
            let document: Document =
                serde_json::from_str(&body).map_err(|cause| StoreError::Json {
                    context: format!("reading queued document {pk}"),
                    cause,
                })?;
            out.push(QueuedDocument {
                queue_pk: pk,
                document,
            });
        }
        out.sort_by_key(|q| q.queue_pk);
        Ok(out)
    }

    /// Stores an analysed batch and marks its queue rows done, in one
    /// transaction: a worker killed before the commit leaves both undone
    /// (another takes the batch when the lease expires), after it both
    /// done. A batch stored twice (a lease that expired under a slow
    /// worker) is `unchanged` the second time.
    pub fn finish(
        &mut self,
        docs: &[(Document, String)],
        queue_pks: &[i64],
    ) -> Result<Vec<PutOutcome>, StoreError> {
        let outcomes = self.put_batch_then(docs, |tx| {
            tx.execute(
                "UPDATE ingest_queue SET done = TRUE, done_at = now(), lease_until = NULL,
                     error = NULL
                 WHERE pk = ANY($1::bigint[])",
                &[&queue_pks],
            )
            .map_err(pg("marking queued documents done"))?;
            Ok(())
        })?;
        Ok(outcomes)
    }

    /// Gives claimed rows back at once (after an error), with the error.
    pub fn release(&mut self, queue_pks: &[i64], error: &str) -> Result<(), StoreError> {
        self.client()
            .execute(
                "UPDATE ingest_queue SET lease_until = NULL, worker = NULL, error = $2
                 WHERE pk = ANY($1::bigint[]) AND NOT done",
                &[&queue_pks, &error],
            )
            .map_err(pg("releasing queued documents"))?;
        Ok(())
    }

    pub fn queue_counts(&self) -> Result<QueueCounts, StoreError> {
        let r = self
            .client()
            .query_one(
                "SELECT
                   COUNT(*) FILTER (WHERE NOT done AND (lease_until IS NULL OR lease_until < now())),
                   COUNT(*) FILTER (WHERE NOT done AND lease_until >= now()),
                   COUNT(*) FILTER (WHERE done)
                 FROM ingest_queue",
                &[],
            )
            .map_err(pg("counting the queue"))?;
        Ok(QueueCounts {
            waiting: r.get(0),
            leased: r.get(1),
            done: r.get(2),
        })
    }
}
