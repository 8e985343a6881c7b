//! Gold files one JSON record a line, for the `eval` commands.

use std::io::BufRead;
use std::path::Path;

use anyhow::Context;
use serde::de::DeserializeOwned;

/// Every non-blank line of `path` as a `T`; an error names the file, the
/// line and `what` a line should be.
pub fn read_records<T: DeserializeOwned>(path: &Path, what: &str) -> anyhow::Result<Vec<T>> {
    let f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.with_context(|| format!("reading {} line {}", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        out.push(
            serde_json::from_str(&line)
                .with_context(|| format!("{} line {}: not {what}", path.display(), n + 1))?,
        );
    }
    Ok(out)
}
