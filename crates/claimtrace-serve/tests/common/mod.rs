//! A real desk on a loopback port, a minimal HTTP/1.1 client over std's
//! TcpStream (so the tests exercise the server as a browser or curl
//! would), and the seed scenario store.
// Test scaffolding: a failed setup step should stop the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use claimtrace_core::{Document, Metadata};
use claimtrace_serve::ServeConfig;
use claimtrace_store::{analyse_and_store, SqliteStore};

pub const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/seed/cluster-munitions-2023-07-16.txt"
);

/// The two earlier documents of the seed scenario (written for the tests,
/// as in claimtrace-store/tests/seed_trace.rs), as JSONL records.
pub const SCENARIO: &str = include_str!("../fixtures/seed-scenario.jsonl");

/// The seed article, or `None` (the caller skips) when ../shared is
/// missing; a missing seed fails when CLAIMTRACE_REQUIRE_SHARED is set.
pub fn seed_text() -> Option<String> {
    match std::fs::read_to_string(SEED) {
        Ok(t) => Some(t),
        Err(e) => {
            assert!(
                std::env::var_os("CLAIMTRACE_REQUIRE_SHARED").is_none(),
                "{SEED} is missing ({e}) and CLAIMTRACE_REQUIRE_SHARED is set"
            );
            eprintln!("note: {SEED} not found; test skipped");
            None
        }
    }
}

/// A running desk: its address and its store directory.
pub struct Desk {
    pub addr: SocketAddr,
    pub dir: tempfile::TempDir,
}

impl Desk {
    pub fn db(&self) -> PathBuf {
        self.dir.path().join("store")
    }
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }
}

/// Starts a desk on 127.0.0.1:0 over a new store in a temporary directory,
/// after `prepare` has filled it. The server runs on its own thread until
/// the test process ends.
pub fn start_with(configure: impl FnOnce(&mut ServeConfig), prepare: impl FnOnce(&Path)) -> Desk {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    prepare(&db);
    let mut config = ServeConfig::new(&db);
    configure(&mut config);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            claimtrace_serve::serve(listener, config).await.unwrap();
        });
    });
    let addr = rx.recv_timeout(Duration::from_secs(30)).unwrap();
    Desk { addr, dir }
}

pub fn start(configure: impl FnOnce(&mut ServeConfig)) -> Desk {
    start_with(configure, |_| {})
}

/// Stores documents in the store at `db` as `ingest` does.
pub fn store_documents(db: &Path, docs: Vec<Document>) {
    let mut store = SqliteStore::open(db).unwrap();
    let pipeline = claimtrace_pipeline::default_pipeline();
    analyse_and_store(&mut store, &pipeline, docs).unwrap();
}

pub fn doc(id: &str, date: &str, source: &str, text: &str) -> Document {
    Document::new(
        text,
        Metadata {
            id: id.into(),
            date: Some(date.into()),
            source: Some(source.into()),
            ..Default::default()
        },
    )
}

/// The seed scenario: the briefing, the ministry and the seed article.
pub fn seed_scenario(db: &Path, seed: &str) {
    let mut docs: Vec<Document> = SCENARIO
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let mut d = doc(
                v["id"].as_str().unwrap(),
                v["date"].as_str().unwrap(),
                v["source"].as_str().unwrap(),
                v["text"].as_str().unwrap(),
            );
            d.meta.url = v["url"].as_str().map(String::from);
            d
        })
        .collect();
    docs.push(doc("seed-2023-07-16", "2023-07-16", "News site", seed));
    store_documents(db, docs);
}

/// The words of the seed scenario's trace.
pub const SEED_QUOTE: &str =
    "when the use of cluster munitions was called a crime by the US administration itself";

/// An HTTP answer.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    /// The message of a JSON error, checking its shape.
    pub fn error_message(&self) -> String {
        let v = self.json();
        assert_eq!(v["error"]["status"], self.status, "{v}");
        v["error"]["message"].as_str().unwrap().to_string()
    }
}

/// One request on a new connection (`Connection: close`).
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Answer {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(300)))
        .unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    // A server may answer (413) before reading a large body and close.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    parse_answer(&raw)
}

fn parse_answer(raw: &[u8]) -> Answer {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP head in {:?}", String::from_utf8_lossy(raw)));
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
    });
    if chunked {
        body = dechunk(&body);
    }
    Answer {
        status,
        headers,
        body: String::from_utf8(body).unwrap(),
    }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = data.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(
            String::from_utf8_lossy(&data[..end])
                .split(';')
                .next()
                .unwrap()
                .trim(),
            16,
        )
        .unwrap();
        if size == 0 {
            break;
        }
        out.extend_from_slice(&data[end + 2..end + 2 + size]);
        data = &data[end + 2 + size + 2..];
    }
    out
}

pub fn get(addr: SocketAddr, path: &str) -> Answer {
    request(addr, "GET", path, &[], b"")
}

pub fn post_json(addr: SocketAddr, path: &str, body: &serde_json::Value) -> Answer {
    request(
        addr,
        "POST",
        path,
        &[("Content-Type", "application/json")],
        body.to_string().as_bytes(),
    )
}

/// `s` percent-encoded for a query string.
pub fn enc(s: &str) -> String {
    claimtrace_serve::html::url_encode(s)
}
