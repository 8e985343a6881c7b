//! The JSON API over real HTTP on a loopback port: every endpoint, the
//! error cases, the limits and the token.
// Test scaffolding: a failed setup step should stop the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use serde_json::json;

const ARTICLE: &str = "Grain deal talks resume in Istanbul
Turkish officials said on Tuesday that talks on grain exports would resume next week.
\"We expect a result before the end of the month,\" Foreign Minister Mevlut Cavusoglu told reporters in Ankara on May 14, 2024.
He said that 25 million tonnes of grain were waiting in Ukrainian ports.";

#[test]
fn health_openapi_and_unknown_endpoints() {
    let desk = start(|_| {});
    let a = get(desk.addr, "/api/v1/health");
    assert_eq!(a.status, 200);
    assert_eq!(a.json()["status"], "ok");
    assert!(a.json()["store_schema"].as_i64().unwrap() >= 4);

    let a = get(desk.addr, "/api/v1/openapi.json");
    assert_eq!(a.status, 200);
    let doc = a.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for p in [
        "/analyze",
        "/documents",
        "/documents/{id}",
        "/search",
        "/match",
        "/trace",
        "/speakers",
        "/speakers/{name}",
        "/stats",
        "/health",
        "/claimreview",
    ] {
        assert!(
            paths.contains_key(p),
            "{p} missing from the OpenAPI document"
        );
    }
    // Every documented operation is routed (a 404 here would be the
    // router's "no such endpoint", a 405 a missing method).
    for (path, ops) in paths {
        let concrete = path.replace("{id}", "x").replace("{name}", "x");
        for method in ops.as_object().unwrap().keys() {
            let a = request(
                desk.addr,
                &method.to_uppercase(),
                &format!("/api/v1{concrete}"),
                &[("Content-Type", "application/json")],
                b"{}",
            );
            assert_ne!(a.status, 405, "{method} {path}");
            if a.status == 404 {
                assert!(
                    !a.error_message().contains("no such endpoint"),
                    "{method} {path}"
                );
            }
        }
    }

    let a = get(desk.addr, "/api/v1/nothing-here");
    assert_eq!(a.status, 404);
    assert!(a.error_message().contains("no such endpoint"));
    let a = request(desk.addr, "PUT", "/api/v1/health", &[], b"");
    assert_eq!(a.status, 405);
}

#[test]
fn analyze_answers_the_schema_of_analyze_json() {
    let desk = start(|_| {});
    // Plain text.
    let a = request(
        desk.addr,
        "POST",
        "/api/v1/analyze",
        &[("Content-Type", "text/plain")],
        ARTICLE.as_bytes(),
    );
    assert_eq!(a.status, 200, "{}", a.body);
    let v = a.json();
    let docs = v.as_array().unwrap();
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d["schema"], "1.0");
    assert_eq!(d["title"], "Grain deal talks resume in Istanbul");
    assert!(d["id"].as_str().unwrap().starts_with("desk-"));
    let quotes = d["quotes"].as_array().unwrap();
    assert!(
        quotes.iter().any(|q| q["speaker"]["name"]
            .as_str()
            .is_some_and(|n| n.contains("Cavusoglu"))),
        "{quotes:?}"
    );
    // Code-point offsets, as the CLI's JSON.
    let text: Vec<char> = d["text"].as_str().unwrap().chars().collect();
    for q in quotes {
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            text[s..e].iter().collect::<String>(),
            q["text"].as_str().unwrap()
        );
    }
    assert!(d["times"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["value"] == "2024-05-14"));
    assert!(d["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q["value"] == 25_000_000.0));

    // A JSONL record: its id and date kept.
    let a = post_json(
        desk.addr,
        "/api/v1/analyze",
        &json!({"id": "grain-1", "date": "2024-05-14", "title": "Grain", "text": "Officials said talks would resume \"next week\"."}),
    );
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.json()[0]["id"], "grain-1");
    assert_eq!(a.json()[0]["date"], "2024-05-14");
    // An array of records; one without text is reported, the other read.
    let a = post_json(
        desk.addr,
        "/api/v1/analyze",
        &json!([{"id": "a", "text": "One."}, {"id": "b"}]),
    );
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.json().as_array().unwrap().len(), 1);
    assert_eq!(a.header("x-claimtrace-rejected"), Some("1"));
    // An HTML page, told by its name.
    let page = "<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1><p>Turkish officials said on Tuesday that talks on grain exports would resume next week, after months of delay in the negotiations.</p></article></body></html>";
    let a = request(
        desk.addr,
        "POST",
        "/api/v1/analyze?name=page.html",
        &[("Content-Type", "text/html")],
        page.as_bytes(),
    );
    assert_eq!(a.status, 200, "{}", a.body);
    assert!(!a.json()[0]["text"].as_str().unwrap().contains("<p>"));
    // --date as a parameter.
    let a = request(
        desk.addr,
        "POST",
        "/api/v1/analyze?date=2020-01-02",
        &[],
        b"It happened yesterday.",
    );
    assert_eq!(a.json()[0]["date"], "2020-01-02");

    // Errors.
    for (body, ctype, want) in [
        ("", "text/plain", 400),
        ("   \n", "text/plain", 400),
        ("{not json", "application/json", 400),
        ("42", "application/json", 400),
        ("[]", "application/json", 400),
        ("[1, 2]", "application/json", 400),
        ("{\"title\": \"no text\"}", "application/json", 422),
    ] {
        let a = request(
            desk.addr,
            "POST",
            "/api/v1/analyze",
            &[("Content-Type", ctype)],
            body.as_bytes(),
        );
        assert_eq!(a.status, want, "{body:?}: {}", a.body);
        assert!(!a.error_message().is_empty());
    }
    let a = request(
        desk.addr,
        "POST",
        "/api/v1/analyze?date=16.07.2023",
        &[],
        b"Text.",
    );
    assert_eq!(a.status, 400);
    assert!(a.error_message().contains("YYYY-MM-DD"));
}

#[test]
fn documents_need_the_token_and_round_trip() {
    let desk = start(|c| c.token = Some("s3cret".into()));
    let record = json!({"id": "grain-2024-05-14", "date": "2024-05-14", "source": "Wire", "url": "https://wire.example.org/grain", "text": ARTICLE});
    let body = record.to_string();
    let post = |headers: &[(&str, &str)]| {
        let mut h = vec![("Content-Type", "application/json")];
        h.extend_from_slice(headers);
        request(desk.addr, "POST", "/api/v1/documents", &h, body.as_bytes())
    };
    let a = post(&[]);
    assert_eq!(a.status, 401);
    assert!(a.error_message().contains("token"));
    let a = post(&[("Authorization", "Bearer wrong")]);
    assert_eq!(a.status, 401);
    assert_eq!(a.error_message(), "wrong token");
    let a = post(&[("Authorization", "Bearer s3cret")]);
    assert_eq!(a.status, 201, "{}", a.body);
    let v = a.json();
    assert_eq!(v["documents"][0]["id"], "grain-2024-05-14");
    assert_eq!(v["documents"][0]["outcome"], "added");
    assert_eq!(v["added"], 1);
    // Again: unchanged, 200.
    let a = post(&[("X-Claimtrace-Token", "s3cret")]);
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.json()["unchanged"], 1);

    // Reads need no token.
    let a = get(desk.addr, "/api/v1/documents/grain-2024-05-14");
    assert_eq!(a.status, 200, "{}", a.body);
    let v = a.json();
    assert_eq!(v["revision"], 1);
    assert_eq!(v["document"]["url"], "https://wire.example.org/grain");
    assert!(!v["document"]["quotes"].as_array().unwrap().is_empty());
    let a = get(desk.addr, "/api/v1/search?q=grain+exports");
    assert_eq!(a.status, 200);
    assert!(!a.json()["results"].as_array().unwrap().is_empty());
    let a = get(desk.addr, "/api/v1/stats");
    assert_eq!(a.json()["store"]["documents"], 1);
    assert_eq!(a.json()["corpus"]["recent"][0]["id"], "grain-2024-05-14");

    // Ids never become paths: anything is only a key.
    for path in [
        "/api/v1/documents/..%2F..%2Fetc%2Fpasswd",
        "/api/v1/documents/%2Fetc%2Fpasswd",
        "/api/v1/documents/nope",
    ] {
        let a = get(desk.addr, path);
        assert_eq!(a.status, 404, "{path}");
        assert!(a.error_message().contains("no stored document"));
    }

    // Delete: token, then gone (search too), then 404.
    let a = request(
        desk.addr,
        "DELETE",
        "/api/v1/documents/grain-2024-05-14",
        &[],
        b"",
    );
    assert_eq!(a.status, 401);
    let auth = [("Authorization", "Bearer s3cret")];
    let a = request(
        desk.addr,
        "DELETE",
        "/api/v1/documents/grain-2024-05-14",
        &auth,
        b"",
    );
    assert_eq!(a.status, 204, "{}", a.body);
    assert_eq!(
        get(desk.addr, "/api/v1/documents/grain-2024-05-14").status,
        404
    );
    let a = get(desk.addr, "/api/v1/search?q=grain+exports");
    assert_eq!(
        a.json()["results"].as_array().unwrap().len(),
        0,
        "{}",
        a.body
    );
    assert_eq!(
        get(desk.addr, "/api/v1/stats").json()["store"]["statements"],
        0
    );
    let a = request(
        desk.addr,
        "DELETE",
        "/api/v1/documents/grain-2024-05-14",
        &auth,
        b"",
    );
    assert_eq!(a.status, 404);
    // Stored again after the deletion: a new document, not a revision.
    let a = post(&[("Authorization", "Bearer s3cret")]);
    assert_eq!(a.json()["documents"][0]["outcome"], "added", "{}", a.body);
}

#[test]
fn writes_need_no_token_when_none_is_set_and_many_are_ingested_at_once() {
    let desk = start(|_| {});
    let records = json!([
        {"id": "one", "date": "2024-01-02", "text": "The minister said the plan was \"ready\"."},
        {"id": "two", "date": "2024-01-03", "text": "The mayor said the bridge would open in spring."},
        {"title": "no text"}
    ]);
    let a = post_json(desk.addr, "/api/v1/documents", &records);
    assert_eq!(a.status, 201, "{}", a.body);
    let v = a.json();
    assert_eq!(v["added"], 2);
    assert_eq!(v["rejected"].as_array().unwrap().len(), 1);
    let a = request(
        desk.addr,
        "POST",
        "/api/v1/documents",
        &[],
        b"Pasted text about the bridge, said the mayor.",
    );
    assert_eq!(a.status, 201, "{}", a.body);
    let id = a.json()["documents"][0]["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("desk-"));
    assert_eq!(
        get(desk.addr, &format!("/api/v1/documents/{}", enc(&id))).status,
        200
    );
}

#[test]
fn limits_body_cap_and_analysis_timeout() {
    let desk = start(|c| c.max_body = 2_000);
    let big = "word ".repeat(1_000);
    for path in [
        "/api/v1/analyze",
        "/api/v1/documents",
        "/api/v1/trace",
        "/api/v1/match",
        "/analyse",
    ] {
        let a = request(
            desk.addr,
            "POST",
            path,
            &[("Content-Type", "text/plain")],
            big.as_bytes(),
        );
        assert_eq!(a.status, 413, "{path}: {}", a.body);
        if path.starts_with("/api") {
            assert!(a.error_message().contains("2000 bytes"), "{}", a.body);
        }
    }
    // Under the cap, but longer than a 1 ms analysis budget (200 KB).
    let desk = start(|c| c.analysis_timeout = std::time::Duration::from_millis(1));
    let text = "The minister said the plan was ready, and the mayor said the bridge would open. "
        .repeat(2_500);
    let a = request(desk.addr, "POST", "/api/v1/analyze", &[], text.as_bytes());
    assert_eq!(a.status, 503, "{}", &a.body[..a.body.len().min(300)]);
    assert!(a.error_message().contains("longer than"));
}

#[test]
fn default_body_cap_is_ten_megabytes() {
    let desk = start(|_| {});
    let big = vec![b'a'; 10 * 1024 * 1024 + 1];
    let a = request(
        desk.addr,
        "POST",
        "/api/v1/match",
        &[("Content-Type", "application/json")],
        &big,
    );
    assert_eq!(a.status, 413);
    assert!(a.error_message().contains("10485760 bytes"));
}

#[test]
fn search_match_and_speakers() {
    let desk = start_with(
        |_| {},
        |db| {
            store_documents(
                db,
                vec![
                    doc("grain-1", "2024-05-14", "Wire", ARTICLE),
                    doc(
                        "bridge-1",
                        "2023-03-01",
                        "Gazette",
                        "Bridge to open in spring\n\"The bridge will open in April,\" Mayor Anna Kowalska told reporters on Monday.",
                    ),
                ],
            )
        },
    );
    let a = get(desk.addr, "/api/v1/search?q=grain&kind=quote");
    assert_eq!(a.status, 200, "{}", a.body);
    let results = a.json()["results"].as_array().unwrap().clone();
    assert!(!results.is_empty());
    assert!(results.iter().all(|r| r["kind"] == "quote"));
    assert!(results[0]["snippet"].as_str().unwrap().contains("**"));
    // Filters: source, dates, speaker.
    let n = |q: &str| {
        get(desk.addr, &format!("/api/v1/search?{q}")).json()["results"]
            .as_array()
            .unwrap()
            .len()
    };
    assert!(n("q=bridge&source=gazette") > 0);
    assert_eq!(n("q=bridge&source=wire"), 0);
    assert_eq!(n("q=bridge&to=2023-01-01"), 0);
    assert!(n("q=bridge&from=2023-01-01&to=2023-12-31") > 0);
    assert!(n("q=bridge&speaker=kowalska") > 0);
    assert_eq!(n("q=bridge&speaker=cavusoglu"), 0);
    for bad in [
        "",
        "q=",
        "q=x&from=yesterday",
        "q=x&kind=poem",
        "q=x&limit=many",
    ] {
        let a = get(desk.addr, &format!("/api/v1/search?{bad}"));
        assert_eq!(a.status, 400, "{bad}: {}", a.body);
    }

    let a = post_json(
        desk.addr,
        "/api/v1/match",
        &json!({"text": "the bridge opens in April", "limit": 3}),
    );
    assert_eq!(a.status, 200, "{}", a.body);
    let r = a.json()["results"].as_array().unwrap().clone();
    assert_eq!(r[0]["doc_id"], "bridge-1", "{r:?}");
    for bad in [json!({"text": "  "}), json!({"words": "x"}), json!([1])] {
        assert_eq!(
            post_json(desk.addr, "/api/v1/match", &bad).status,
            400,
            "{bad}"
        );
    }

    let a = get(desk.addr, "/api/v1/speakers");
    assert_eq!(a.status, 200);
    let names: Vec<String> = a.json()["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    let kowalska = names
        .iter()
        .find(|n| n.contains("Kowalska"))
        .unwrap_or_else(|| panic!("{names:?}"));
    let a = get(desk.addr, &format!("/api/v1/speakers/{}", enc(kowalska)));
    assert_eq!(a.status, 200, "{}", a.body);
    let quotes = a.json()["quotes"].as_array().unwrap().clone();
    assert!(quotes[0]["text"].as_str().unwrap().contains("April"));
    assert_eq!(quotes[0]["date"], "2023-03-01");
    let roles = a.json()["roles"].as_array().unwrap().clone();
    assert!(
        roles
            .iter()
            .any(|r| r["role"] == "Mayor" && r["first_date"] == "2023-03-01"),
        "{roles:?}"
    );
    let a = get(desk.addr, "/api/v1/speakers/Nobody%20At%20All");
    assert_eq!(a.status, 404);
}

#[test]
fn trace_and_claimreview_of_the_seed_scenario() {
    let Some(seed) = seed_text() else { return };
    let desk = start_with(|_| {}, |db| seed_scenario(db, &seed));
    let a = post_json(desk.addr, "/api/v1/trace", &json!({"text": SEED_QUOTE}));
    assert_eq!(a.status, 200, "{}", a.body);
    let v = a.json();
    assert_eq!(v["origin"]["doc_id"], "briefing-2022-02-28", "{v}");
    let chain: Vec<&str> = v["chain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["doc_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        chain,
        [
            "briefing-2022-02-28",
            "ministry-2023-07-12",
            "seed-2023-07-16"
        ]
    );
    let kinds: Vec<&str> = v["chain"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|h| {
            h["differences"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["type"].as_str().unwrap())
        })
        .collect();
    assert!(kinds.contains(&"hedge_dropped"), "{kinds:?}");

    // By quote id, with "in" and "before".
    let a = post_json(
        desk.addr,
        "/api/v1/trace",
        &json!({"text": SEED_QUOTE, "in": "seed-2023-07-16", "before": "2023-07-16"}),
    );
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.json()["origin"]["doc_id"], "briefing-2022-02-28");
    // Nothing earlier says it.
    let a = post_json(
        desk.addr,
        "/api/v1/trace",
        &json!({"text": "the orchestra will tour Patagonia with seven cellos next winter"}),
    );
    assert_eq!(a.status, 200);
    assert!(a.json()["origin"].is_null());
    // Errors.
    assert_eq!(
        post_json(desk.addr, "/api/v1/trace", &json!({})).status,
        400
    );
    assert_eq!(
        post_json(
            desk.addr,
            "/api/v1/trace",
            &json!({"text": "x", "before": "July"})
        )
        .status,
        400
    );
    let a = post_json(desk.addr, "/api/v1/trace", &json!({"quote_id": "nope#q1"}));
    assert_eq!(a.status, 404);
    let a = post_json(
        desk.addr,
        "/api/v1/trace",
        &json!({"text": "x", "in": "nope"}),
    );
    assert_eq!(a.status, 404);
    let a = request(desk.addr, "POST", "/api/v1/trace", &[], b"not json");
    assert_eq!(a.status, 400);

    // ClaimReview of the seed trace.
    let verdict = json!({
        "rating": "Misleading",
        "summary": "The spokesperson said it would potentially be a war crime, if confirmed; the hedge and the condition were dropped.",
        "numeric": {"value": 2, "best": 5, "worst": 1},
        "reviewer": "Example Fact Check",
        "reviewer_url": "https://factcheck.example.org",
        "review_url": "https://factcheck.example.org/cluster-munitions-crime",
    });
    let a = post_json(
        desk.addr,
        "/api/v1/claimreview",
        &json!({"text": SEED_QUOTE, "verdict": verdict}),
    );
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.header("content-type"), Some("application/ld+json"));
    let review = a.json();
    validate_claim_review(&review);
    assert_eq!(review["claimReviewed"], SEED_QUOTE);
    let item = &review["itemReviewed"];
    assert_eq!(item["author"]["name"], "Vladimir Putin");
    assert_eq!(
        item["firstAppearance"]["url"],
        "https://wire.example.org/2022/02/28/briefing"
    );
    assert_eq!(item["datePublished"], "2022-02-28");
    let appearances = item["appearance"].as_array().unwrap();
    assert_eq!(appearances.len(), 3);
    // The seed has no URL: named by its id.
    assert_eq!(appearances[2]["identifier"], "seed-2023-07-16");
    assert_eq!(review["reviewRating"]["ratingValue"], 2);

    // A verdict that cannot be published.
    let mut bad = verdict.clone();
    bad["review_url"] = json!("javascript:alert(1)");
    let a = post_json(
        desk.addr,
        "/api/v1/claimreview",
        &json!({"text": SEED_QUOTE, "verdict": bad}),
    );
    assert_eq!(a.status, 422, "{}", a.body);
    let mut bad = verdict.clone();
    bad["numeric"] = json!({"value": 9, "best": 5, "worst": 1});
    assert_eq!(
        post_json(
            desk.addr,
            "/api/v1/claimreview",
            &json!({"text": SEED_QUOTE, "verdict": bad})
        )
        .status,
        422
    );
    assert_eq!(
        post_json(
            desk.addr,
            "/api/v1/claimreview",
            &json!({"text": SEED_QUOTE})
        )
        .status,
        400
    );
}

/// The fields Google's Fact Check Markup Tool and ClaimReview structured
/// data require (developers.google.com/search/docs/appearance/structured-data/factcheck):
/// claimReviewed, reviewRating (alternateName; ratingValue with best and
/// worst when numeric), url, author (Organization with a name), a
/// datePublished in ISO 8601, and itemReviewed a Claim with an author and
/// appearances.
fn validate_claim_review(r: &serde_json::Value) {
    assert_eq!(r["@context"], "https://schema.org");
    assert_eq!(r["@type"], "ClaimReview");
    assert!(!r["claimReviewed"].as_str().unwrap().is_empty());
    assert!(r["url"].as_str().unwrap().starts_with("https://"));
    assert!(is_iso_date(r["datePublished"].as_str().unwrap()));
    assert_eq!(r["author"]["@type"], "Organization");
    assert!(!r["author"]["name"].as_str().unwrap().is_empty());
    let rating = &r["reviewRating"];
    assert_eq!(rating["@type"], "Rating");
    assert!(!rating["alternateName"].as_str().unwrap().is_empty());
    if let Some(v) = rating["ratingValue"].as_i64() {
        let (best, worst) = (
            rating["bestRating"].as_i64().unwrap(),
            rating["worstRating"].as_i64().unwrap(),
        );
        assert!(worst <= v && v <= best);
    }
    let item = &r["itemReviewed"];
    assert_eq!(item["@type"], "Claim");
    assert_eq!(item["author"]["@type"], "Person");
    assert!(!item["author"]["name"].as_str().unwrap().is_empty());
    assert!(is_iso_date(item["datePublished"].as_str().unwrap()));
    let apps = item["appearance"].as_array().unwrap();
    assert!(!apps.is_empty());
    for a in apps.iter().chain(std::iter::once(&item["firstAppearance"])) {
        assert_eq!(a["@type"], "CreativeWork");
        assert!(a["url"].is_string() || a["identifier"].is_string(), "{a}");
        assert!(is_iso_date(a["datePublished"].as_str().unwrap()));
    }
    // The origin is the first appearance, and the oldest.
    assert_eq!(apps[0], item["firstAppearance"]);
}

fn is_iso_date(s: &str) -> bool {
    claimtrace_trace::claimreview::is_iso_day(s)
}

#[test]
fn no_cors_unless_asked() {
    let desk = start(|_| {});
    let a = request(
        desk.addr,
        "GET",
        "/api/v1/health",
        &[("Origin", "https://evil.example")],
        b"",
    );
    assert_eq!(a.status, 200);
    assert!(a.header("access-control-allow-origin").is_none());
    let a = request(
        desk.addr,
        "OPTIONS",
        "/api/v1/documents",
        &[
            ("Origin", "https://evil.example"),
            ("Access-Control-Request-Method", "POST"),
        ],
        b"",
    );
    assert!(a.header("access-control-allow-origin").is_none());
    assert_ne!(a.status / 100, 2);
}

#[test]
fn an_exposed_address_needs_a_token() {
    use claimtrace_serve::{check_exposure, ServeError};
    let open: std::net::SocketAddr = "0.0.0.0:8080".parse().unwrap();
    let local: std::net::SocketAddr = "127.0.0.1:8080".parse().unwrap();
    let local6: std::net::SocketAddr = "[::1]:8080".parse().unwrap();
    assert!(matches!(
        check_exposure(open, None),
        Err(ServeError::OpenWithoutToken { .. })
    ));
    assert!(check_exposure(open, Some("t0ken")).is_ok());
    assert!(check_exposure(local, None).is_ok());
    assert!(check_exposure(local6, None).is_ok());
    assert!(matches!(
        check_exposure(local, Some(" ")),
        Err(ServeError::EmptyToken)
    ));
}
