//! The figures of record.
//!
//! Every accuracy figure the README and `docs/evaluation.md` quote is
//! computed by `claimtrace eval all` and written to `docs/figures.json`
//! ([`Figures`]). The docs quote a figure between markers,
//! `<!--fig:KEY-->0.939<!--/fig-->` (or `<!--fig:KEY %-->85.1<!--/fig-->`
//! for a percentage), so that [`update_markdown`] can rewrite them and
//! [`check_markdown`] can fail a test when a doc and the file disagree.
//! [`regressions`] is the CI gate: a figure that drops by more than a
//! tolerance from the committed file fails the build.

mod figures;
mod markdown;

pub use figures::{regressions, Drop, Figures, FiguresError};
pub use markdown::{check_markdown, markers, render, update_markdown, Marker, Mismatch};
