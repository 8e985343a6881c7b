//! A progress counter on stderr, shown only when stderr is a terminal.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A spinner with a count and rate of `what` (unknown total).
    pub fn new(quiet: bool, what: &str) -> Self {
        if quiet || !std::io::stderr().is_terminal() {
            return Progress { bar: None };
        }
        let bar = ProgressBar::new_spinner();
        if let Ok(style) = ProgressStyle::with_template(&format!(
            "{{spinner}} {what} {{pos}} docs [{{elapsed}}, {{per_sec}}]"
        )) {
            bar.set_style(style);
        }
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        Progress { bar: Some(bar) }
    }
    pub fn inc(&self, n: u64) {
        if let Some(b) = &self.bar {
            b.inc(n);
        }
    }
    /// Prints a line above the bar (or to stderr when there is none).
    pub fn println(&self, line: &str) {
        match &self.bar {
            Some(b) => b.println(super::escape_controls(line)),
            None => super::eprint_line(line),
        }
    }
    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
