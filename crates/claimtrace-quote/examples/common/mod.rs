//! What the development examples share: the layers they run, chosen by
//! environment variables (`ENTITIES=1` adds the entity layer, as the full
//! pipeline has it; `RULES_ONLY=1` leaves the learned tagger out;
//! `SPANS=FILE` replays a span tagger's output, one JSON line per document
//! in order, `{"spans": [[role, start, end], ...]}` with roles 1 source,
//! 2 cue, 3 content and code-point offsets, as
//! `scripts/train-attribution-transformer.py --dev-out` writes them;
//! `MODEL=FILE` reads the linear tagger's weights from a file written by
//! `claimtrace train quotes`, so a new model is scored without a rebuild).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use claimtrace_core::{Annotator, Document};
use claimtrace_quote::{Role, RoleSpan, SpanTagger};

/// Replays recorded spans, document by document.
struct Replay {
    docs: Vec<Vec<(u8, usize, usize)>>,
    next: AtomicUsize,
}

impl SpanTagger for Replay {
    fn name(&self) -> &str {
        "replay"
    }
    fn role_spans(&self, text: &str) -> Result<Vec<RoleSpan>, String> {
        let k = self.next.fetch_add(1, Ordering::SeqCst);
        let spans = self.docs.get(k).ok_or("no more recorded documents")?;
        let mut table: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        table.push(text.len());
        Ok(spans
            .iter()
            .filter_map(|&(r, s, e)| {
                let role = match r {
                    1 => Role::Source,
                    2 => Role::Cue,
                    _ => Role::Content,
                };
                Some(RoleSpan {
                    role,
                    start: *table.get(s)?,
                    end: *table.get(e)?,
                })
            })
            .collect())
    }
}

fn replay() -> Option<Arc<Replay>> {
    static REPLAY: OnceLock<Option<Arc<Replay>>> = OnceLock::new();
    REPLAY
        .get_or_init(|| {
            let path = std::env::var("SPANS").ok()?;
            let text = std::fs::read_to_string(&path).ok()?;
            let docs = text
                .lines()
                .map(|l| {
                    let v: serde_json::Value = serde_json::from_str(l).unwrap_or_default();
                    v.get("spans")
                        .and_then(|s| s.as_array())
                        .into_iter()
                        .flatten()
                        .filter_map(|s| {
                            let n = |i: usize| s.get(i).and_then(|x| x.as_u64());
                            Some((n(0)? as u8, n(1)? as usize, n(2)? as usize))
                        })
                        .collect()
                })
                .collect();
            Some(Arc::new(Replay {
                docs,
                next: AtomicUsize::new(0),
            }))
        })
        .clone()
}

/// The linear tagger's weights from the file `MODEL` names (the output of
/// `claimtrace train quotes`), loaded once; a file that does not load is
/// an error, not a silent fall back to the shipped weights.
fn model() -> Option<Arc<claimtrace_quote::tagger::Tagger>> {
    static MODEL: OnceLock<Option<Arc<claimtrace_quote::tagger::Tagger>>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            let path = std::env::var("MODEL").ok()?;
            let loaded = std::fs::read(&path)
                .map_err(|e| e.to_string())
                .and_then(|b| {
                    claimtrace_quote::tagger::Tagger::from_bytes(&b).map_err(|e| e.to_string())
                });
            match loaded {
                Ok(tagger) => Some(Arc::new(tagger)),
                Err(e) => {
                    eprintln!("MODEL={path}: {e}");
                    std::process::exit(2)
                }
            }
        })
        .clone()
}

/// After the text layer: the entity layer when `ENTITIES` is set, and the
/// quote layer (rules alone when `RULES_ONLY` is set).
pub fn analyse(doc: &mut Document) {
    if std::env::var_os("ENTITIES").is_some() {
        claimtrace_entity::EntityAnnotator.annotate(doc);
    }
    let quotes = if std::env::var_os("RULES_ONLY").is_some() {
        claimtrace_quote::QuoteAnnotator::rules_only()
    } else if let Some(r) = replay() {
        claimtrace_quote::QuoteAnnotator::with_tagger(r)
    } else if let Some(m) = model() {
        claimtrace_quote::QuoteAnnotator::with_model(m)
    } else {
        claimtrace_quote::QuoteAnnotator::default()
    };
    quotes.annotate(doc);
}
