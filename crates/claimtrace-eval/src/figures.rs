//! `docs/figures.json`: named figures, each a fraction where higher is better.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

#[derive(Debug, thiserror::Error)]
pub enum FiguresError {
    #[error("reading {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("writing {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not a figures file: {source}")]
    Parse {
        path: String,
        source: serde_json::Error,
    },
}

/// Figures by name (`match.dev_test.map@5`), rounded to four decimals so
/// that the file changes only when a figure does.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    /// How the file was made (the command), for a reader of the file.
    #[serde(default)]
    pub generated_by: String,
    pub figures: BTreeMap<String, f64>,
}

/// Four decimals: what the docs show at most, and stable across runs.
fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

impl Figures {
    pub fn set(&mut self, key: impl Into<String>, value: f64) {
        self.figures.insert(key.into(), round4(value));
    }

    pub fn get(&self, key: &str) -> Option<f64> {
        self.figures.get(key).copied()
    }

    pub fn len(&self) -> usize {
        self.figures.len()
    }

    pub fn is_empty(&self) -> bool {
        self.figures.is_empty()
    }

    /// Takes every figure of `other`, keeping ours that it does not have
    /// (a partial run updates only what it measured).
    pub fn merge(&mut self, other: &Figures) {
        for (k, v) in &other.figures {
            self.figures.insert(k.clone(), *v);
        }
    }

    pub fn read(path: &Path) -> Result<Figures, FiguresError> {
        let text = std::fs::read_to_string(path).map_err(|source| FiguresError::Read {
            path: path.display().to_string(),
            source,
        })?;
        serde_json::from_str(&text).map_err(|source| FiguresError::Parse {
            path: path.display().to_string(),
            source,
        })
    }

    pub fn write(&self, path: &Path) -> Result<(), FiguresError> {
        let mut text =
            serde_json::to_string_pretty(self).map_err(|source| FiguresError::Parse {
                path: path.display().to_string(),
                source,
            })?;
        text.push('\n');
        std::fs::write(path, text).map_err(|source| FiguresError::Write {
            path: path.display().to_string(),
            source,
        })
    }
}

/// A figure that fell, or disappeared (`now` is `None`).
#[derive(Debug, Clone, PartialEq)]
pub struct Drop {
    pub key: String,
    pub was: f64,
    pub now: Option<f64>,
}

/// The figures of `committed` that `measured` is more than `tolerance`
/// below, or lacks. Only the keys for which `measured_here` is true are
/// compared (a run of some evaluations checks only their figures).
pub fn regressions(
    committed: &Figures,
    measured: &Figures,
    tolerance: f64,
    measured_here: impl Fn(&str) -> bool,
) -> Vec<Drop> {
    committed
        .figures
        .iter()
        .filter(|(k, _)| measured_here(k))
        .filter_map(|(k, &was)| match measured.get(k) {
            Some(now) if now + tolerance + 1e-9 >= was => None,
            now => Some(Drop {
                key: k.clone(),
                was,
                now,
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(pairs: &[(&str, f64)]) -> Figures {
        let mut f = Figures::default();
        for (k, v) in pairs {
            f.set(*k, *v);
        }
        f
    }

    #[test]
    fn a_drop_beyond_the_tolerance_fails_and_noise_does_not() {
        let committed = figures(&[("match.dev.map@5", 0.959), ("trace.origin", 1.0)]);
        let measured = figures(&[("match.dev.map@5", 0.9541), ("trace.origin", 0.99)]);
        let drops = regressions(&committed, &measured, 0.005, |_| true);
        assert_eq!(drops.len(), 1, "{drops:?}");
        assert_eq!(drops[0].key, "trace.origin");
    }

    #[test]
    fn a_missing_figure_is_a_drop_only_where_it_was_measured() {
        let committed = figures(&[
            ("match.dev.map@5", 0.959),
            ("times.timebank.strict.f1", 0.85),
        ]);
        let measured = figures(&[("match.dev.map@5", 0.96)]);
        assert!(regressions(&committed, &measured, 0.005, |k| k.starts_with("match.")).is_empty());
        let all = regressions(&committed, &measured, 0.005, |_| true);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].now, None);
    }

    #[test]
    fn figures_round_trip_through_the_file() {
        let dir = std::env::temp_dir().join(format!("claimtrace-figures-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("figures.json");
        let f = figures(&[("html.f1", 0.961_234_5)]);
        f.write(&path).unwrap();
        let back = Figures::read(&path).unwrap();
        assert_eq!(back.get("html.f1"), Some(0.9612));
        std::fs::remove_dir_all(&dir).ok();
    }
}
