//! The desk in a real browser: headless Chromium (Debian's `chromium`)
//! loads the analyse page with the seed article, the trace page of the
//! seed scenario, a search, and a hostile document's page, runs their
//! script, and the DOM it ends with is checked: quotes highlighted with
//! their speaker, `hedge_dropped` named on the trace, nothing from the
//! hostile document executed. Screenshots go to `CLAIMTRACE_SCREENSHOTS`
//! (a directory; docs/ holds the ones the README shows), else to the
//! target directory.
//!
//! Without /usr/bin/chromium the test is skipped, and fails when
//! CLAIMTRACE_REQUIRE_SHARED=1 (`.ci/run` installs the package).
// Test scaffolding: a failed setup step should stop the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use serde_json::json;

const CHROMIUM: &str = "/usr/bin/chromium";

fn chromium() -> Option<&'static str> {
    if Path::new(CHROMIUM).exists() {
        return Some(CHROMIUM);
    }
    assert!(
        std::env::var_os("CLAIMTRACE_REQUIRE_SHARED").is_none(),
        "{CHROMIUM} is missing and CLAIMTRACE_REQUIRE_SHARED is set (apt-get install chromium)"
    );
    eprintln!("note: {CHROMIUM} not found; browser test skipped");
    None
}

/// Runs headless Chromium on `url` with `args`; its stdout. Each run has
/// its own profile directory and is killed after two minutes.
fn run_chromium(browser: &str, args: &[&str], url: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--hide-scrollbars",
            // Time for the page's script to run before the DOM is taken.
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).ok();
        s
    });
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(120) {
            child.kill().ok();
            child.wait().ok();
            panic!("chromium did not finish on {url}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().unwrap()
}

fn dump_dom(browser: &str, url: &str) -> String {
    let dom = run_chromium(browser, &["--dump-dom"], url);
    assert!(dom.contains("claimtrace desk"), "no page at {url}: {dom}");
    dom
}

fn screenshot(browser: &str, url: &str, file: &Path, height: u32) {
    let size = format!("--window-size=1400,{height}");
    let shot = format!("--screenshot={}", file.display());
    run_chromium(browser, &[&size, &shot], url);
    let len = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    assert!(len > 10_000, "{} is {len} bytes", file.display());
}

fn screenshot_dir() -> PathBuf {
    let dir = std::env::var_os("CLAIMTRACE_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("desk-screenshots"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_desk_in_headless_chromium() {
    let Some(browser) = chromium() else { return };
    let Some(seed) = seed_text() else { return };
    let desk = start_with(|_| {}, |db| seed_scenario(db, &seed));
    // A hostile document: if any of it ran, the body would carry data-pwned.
    let hostile = json!({
        "id": "hostile-1",
        "date": "2024-02-02",
        "url": "javascript:document.body.dataset.pwned='url'",
        "title": "\"><script>document.body.dataset.pwned='title'</script>",
        "text": "Minister \"><img src=x onerror=\"document.body.dataset.pwned='speaker'\"> Jan Kowal said \"<script>document.body.dataset.pwned='text'</script> the bridge <img src=x onerror=document.body.dataset.pwned=1> opens\".",
    });
    assert_eq!(
        post_json(desk.addr, "/api/v1/documents", &hostile).status,
        201
    );
    let shots = screenshot_dir();

    // Analyse: the seed article, quotes highlighted with their speakers.
    let analyse = desk.url(&format!("/analyse?date=2023-07-16&text={}", enc(&seed)));
    let dom = dump_dom(browser, &analyse);
    assert!(dom.contains("class=\"quote sp"), "{dom}");
    assert!(dom.contains("data-speaker=\"Vladimir Putin\""), "{dom}");
    assert!(dom.contains("data-speaker=\"Jen Psaki\""), "{dom}");
    assert!(dom.contains("class=\"card quote-card\""));
    assert!(
        dom.contains("<mark class=\"time\" title=\"2023-07-13\">"),
        "dates marked with values"
    );
    assert!(dom.contains("class=\"qty\""), "quantities marked");
    assert!(dom.contains("Save to corpus"));
    screenshot(browser, &analyse, &shots.join("desk-analyse.png"), 1600);

    // Trace: the seed scenario, hedge_dropped named.
    let trace = desk.url(&format!("/trace?q={}", enc(SEED_QUOTE)));
    let dom = dump_dom(browser, &trace);
    assert!(dom.contains("<h2>Origin</h2>"));
    assert!(dom.contains("Jen Psaki"));
    assert!(
        dom.contains("<span class=\"difference hedge_dropped\">hedge_dropped</span>"),
        "{dom}"
    );
    assert!(dom.contains("<del>"));
    assert!(dom.contains("Publish a verdict"));
    screenshot(browser, &trace, &shots.join("desk-trace.png"), 1300);

    // Search with filters and highlighted snippets.
    let search = desk.url("/search?q=cluster+munitions&kind=quote&from=2022-01-01");
    let dom = dump_dom(browser, &search);
    assert!(dom.contains("<mark>"), "{dom}");
    assert!(dom.contains("class=\"hit\""));
    screenshot(browser, &search, &shots.join("desk-search.png"), 1000);

    // Nothing hostile ran, on any page that shows the hostile document.
    for path in [
        "/documents/hostile-1".to_string(),
        "/search?q=bridge".to_string(),
        "/corpus".to_string(),
        "/speakers".to_string(),
        format!("/analyse?text={}", enc(hostile["text"].as_str().unwrap())),
    ] {
        let dom = dump_dom(browser, &desk.url(&path));
        assert!(!dom.contains("data-pwned"), "{path}: {dom}");
        assert!(!dom.to_lowercase().contains("<img"), "{path}: {dom}");
    }
    eprintln!("screenshots in {}", shots.display());
}
