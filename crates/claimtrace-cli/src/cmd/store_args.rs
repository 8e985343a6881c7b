//! `--db`: the one store argument every command that reads or writes the
//! corpus takes.

use claimtrace_store::{open_store, Access, CorpusStore};

#[derive(clap::Args, Clone, Debug, Default)]
pub struct StoreArgs {
    /// The store: a directory (embedded SQLite), or a postgres:// URL.
    /// Default: $CLAIMTRACE_DB, else ./claimtrace-data.
    #[arg(long, value_name = "DIR|URL")]
    pub db: Option<String>,
}

impl StoreArgs {
    /// The store named: `--db`, else `claimtrace_store::default_dir()`
    /// (`$CLAIMTRACE_DB`, else `./claimtrace-data`).
    pub fn location(&self) -> String {
        match &self.db {
            Some(db) => db.clone(),
            None => claimtrace_store::default_dir()
                .to_string_lossy()
                .into_owned(),
        }
    }

    /// The store as it may be printed (a URL without its password).
    pub fn shown(&self) -> String {
        claimtrace_store::redact_url(&self.location())
    }

    /// Opens (creating and migrating if needed) for `ingest`, `delete`.
    pub fn open_for_writing(&self) -> anyhow::Result<Box<dyn CorpusStore>> {
        Ok(open_store(&self.location(), Access::ReadWrite)?)
    }

    /// Opens an existing store for reading only: works on read-only media
    /// and never creates a store at a mistyped path.
    pub fn open_for_reading(&self) -> anyhow::Result<Box<dyn CorpusStore>> {
        Ok(open_store(&self.location(), Access::ReadOnly)?)
    }
}
