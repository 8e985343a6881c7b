//! The web app over real HTTP: every page answers, and nothing a hostile
//! document holds (text, title, speaker, URL) reaches a page as markup.

mod common;

use common::*;
use serde_json::json;

/// A document whose every field tries to break out of its place: script
/// tags, an image whose error handler would run, a `javascript:` URL,
/// quotes that would end an attribute.
fn hostile_record() -> serde_json::Value {
    json!({
        "id": "hostile\"><script>document.body.dataset.pwned='id'</script>",
        "date": "2024-02-02",
        "source": "<img src=x onerror=\"document.body.dataset.pwned='source'\">",
        "url": "javascript:document.body.dataset.pwned='url'",
        "title": "Minister \"><script>document.body.dataset.pwned='title'</script> speaks",
        "text": "Minister \"><script>document.body.dataset.pwned='title'</script> speaks\n\
    Foreign Minister Jan O\"Brien<img src=x onerror=\"document.body.dataset.pwned='speaker'\"> said on Monday that the \"<script>document.body.dataset.pwned='text'</script>\" plan was ready.\n\
    \"The bridge will open in April <img src=x onerror=alert(1)> and the ' \" quotes stay text,\" Mayor Anna Kowalska told reporters.\n\
    Read more at javascript:alert(document.cookie) or <a href=\"javascript:alert(1)\">here</a>.",
    })
}

/// No markup from the document: every tag of the page is one the desk
/// writes (no script but its own, no image, frame or object), no
/// attribute is an event handler, every link goes to the desk or to an
/// http(s) URL, and every attribute value is quoted whole (a quote from
/// the document would end it early and leave a stray attribute).
fn assert_inert(page: &str, what: &str) {
    let mut scripts = 0;
    for piece in page.split('<').skip(1) {
        let Some(tag) = piece.split('>').next() else {
            continue;
        };
        if tag.starts_with('!') || tag.starts_with('/') {
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let name = name.to_ascii_lowercase();
        assert!(
            !matches!(
                name.as_str(),
                "img" | "iframe" | "object" | "embed" | "svg" | "base" | "style"
            ),
            "{what}: <{tag}>"
        );
        let mut rest = &tag[name.len()..];
        loop {
            rest = rest.trim_start();
            if rest.is_empty() {
                break;
            }
            let attr: String = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '=')
                .collect();
            rest = &rest[attr.len()..];
            let mut value = "";
            if let Some(after) = rest.strip_prefix('=') {
                let after = after
                    .strip_prefix('"')
                    .unwrap_or_else(|| panic!("{what}: unquoted value in <{tag}>"));
                let end = after
                    .find('"')
                    .unwrap_or_else(|| panic!("{what}: open value in <{tag}>"));
                value = &after[..end];
                rest = &after[end + 1..];
            }
            let attr = attr.to_ascii_lowercase();
            assert!(
                !attr.starts_with("on")
                    && attr.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
                "{what}: attribute {attr:?} in <{tag}>"
            );
            if attr == "href" || attr == "src" || attr == "action" {
                assert!(
                    value.starts_with('/')
                        || value.starts_with("https://")
                        || value.starts_with("http://"),
                    "{what}: {attr}={value:?}"
                );
            }
        }
        if name == "script" {
            scripts += 1;
            assert_eq!(tag, "script src=\"/assets/desk.js\"", "{what}");
        }
    }
    assert_eq!(scripts, 1, "{what}");
}

#[test]
fn hostile_documents_are_escaped_on_every_page() {
    let desk = start_with(|_| {}, |_| {});
    let a = post_json(desk.addr, "/api/v1/documents", &hostile_record());
    assert_eq!(a.status, 201, "{}", a.body);
    let id = a.json()["documents"][0]["id"].as_str().unwrap().to_string();

    let page = get(desk.addr, &format!("/documents/{}", enc(&id)));
    assert_eq!(page.status, 200, "{}", page.body);
    assert_inert(&page.body, "document page");
    assert!(page
        .body
        .contains("&lt;script&gt;document.body.dataset.pwned="));
    assert!(page.body.contains("O&quot;Brien&lt;img src=x onerror="));
    // The javascript: URL is shown as text, not a link.
    assert!(page
        .body
        .contains("<span class=\"nolink\">javascript:document.body.dataset.pwned"));
    // The CSP forbids inline script even if something slipped through.
    let csp = page.header("content-security-policy").unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );

    for path in [
        "/search?q=bridge".to_string(),
        "/search?q=minister&kind=quote".to_string(),
        "/search?q=%3Cscript%3E".to_string(),
        "/speakers".to_string(),
        "/corpus".to_string(),
        format!("/trace?q={}", enc("The bridge will open in April")),
        format!(
            "/trace?q={}",
            enc("<script>alert(1)</script>\"><img src=x onerror=alert(1)>")
        ),
        format!(
            "/analyse?text={}",
            enc(hostile_record()["text"].as_str().unwrap())
        ),
    ] {
        let a = get(desk.addr, &path);
        assert_eq!(a.status, 200, "{path}: {}", a.body);
        assert_inert(&a.body, &path);
    }
    // A speaker page for every speaker (names from the hostile text).
    let speakers = get(desk.addr, "/api/v1/speakers").json();
    for s in speakers["speakers"].as_array().unwrap() {
        let name = s["name"].as_str().unwrap();
        let a = get(desk.addr, &format!("/speakers/{}", enc(name)));
        assert_eq!(a.status, 200, "{name}");
        assert_inert(&a.body, name);
    }
    // Posted forms too: the analyse page and the save form it carries.
    let form = format!(
        "text={}&title={}&date=2024-02-02",
        enc(hostile_record()["text"].as_str().unwrap()),
        enc("\"><script>alert(1)</script>")
    );
    let a = request(
        desk.addr,
        "POST",
        "/analyse",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        form.as_bytes(),
    );
    assert_eq!(a.status, 200, "{}", a.body);
    assert_inert(&a.body, "posted analyse");
    // An error page echoes nothing raw either.
    let a = get(
        desk.addr,
        &format!("/documents/{}", enc("<script>alert(1)</script>")),
    );
    assert_eq!(a.status, 404);
    assert_inert(&a.body, "404 page");
}

#[test]
fn every_page_answers() {
    let Some(seed) = seed_text() else { return };
    let desk = start_with(|_| {}, |db| seed_scenario(db, &seed));
    for (path, needle) in [
        ("/", "Analyse an article"),
        ("/analyse", "Analyse an article"),
        ("/trace", "Trace a quote"),
        ("/search", "<h1>Search</h1>"),
        ("/search?q=cluster+munitions&kind=quote&speaker=putin&from=2023-01-01&to=2023-12-31&source=news", "<mark>"),
        ("/speakers", "Jen Psaki"),
        ("/speakers/Jen%20Psaki", "potentially"),
        ("/speakers/Jen%20Psaki", "Roles over time"),
        ("/documents/briefing-2022-02-28", "class=\"quote sp"),
        ("/corpus", "Wire report"),
        ("/assets/desk.css", ".quote"),
        ("/assets/desk.js", "addEventListener"),
    ] {
        let a = get(desk.addr, path);
        assert_eq!(a.status, 200, "{path}: {}", a.body);
        assert!(a.body.contains(needle), "{path} lacks {needle}: {}", a.body);
    }
    // The trace page: origin, chain, differences named, publish form.
    let a = get(desk.addr, &format!("/trace?q={}", enc(SEED_QUOTE)));
    assert!(a.body.contains("<h2>Origin</h2>"));
    assert!(
        a.body.contains("class=\"difference hedge_dropped\""),
        "{}",
        a.body
    );
    assert!(a.body.contains("<del>"));
    assert!(a.body.contains("action=\"/trace/claimreview\""));
    let a = get(
        desk.addr,
        &format!(
            "/trace?q={}",
            enc("the orchestra will tour Patagonia with seven cellos")
        ),
    );
    assert!(a.body.contains("No earlier source found"), "{}", a.body);
    // Publish: the JSON-LD, escaped in a <pre>.
    let form = format!(
        "q={}&rating=Misleading&summary=Hedge+dropped&reviewer=Example+Fact+Check&review_url={}&rating_value=2&best=5&worst=1",
        enc(SEED_QUOTE),
        enc("https://factcheck.example.org/x")
    );
    let a = request(
        desk.addr,
        "POST",
        "/trace/claimreview",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        form.as_bytes(),
    );
    assert_eq!(a.status, 200, "{}", a.body);
    assert!(
        a.body
            .contains("&quot;@type&quot;: &quot;ClaimReview&quot;"),
        "{}",
        a.body
    );
    assert!(a.body.contains("firstAppearance"));
    // Errors are pages with their status.
    assert_eq!(get(desk.addr, "/nowhere").status, 404);
    assert_eq!(get(desk.addr, "/documents/nope").status, 404);
    assert_eq!(get(desk.addr, "/speakers/Nobody").status, 404);
    assert_eq!(get(desk.addr, "/search?q=x&from=July").status, 400);
}

#[test]
fn save_to_corpus_needs_the_token_when_set() {
    let desk = start(|c| c.token = Some("s3cret".into()));
    let text = "Bridge to open in spring\n\"The bridge will open in April,\" Mayor Anna Kowalska told reporters on Monday.";
    let form = |token: &str| {
        format!(
            "text={}&title=&date=2023-03-01&name=&token={token}",
            enc(text)
        )
    };
    let post = |body: String| {
        request(
            desk.addr,
            "POST",
            "/save",
            &[("Content-Type", "application/x-www-form-urlencoded")],
            body.as_bytes(),
        )
    };
    assert_eq!(post(form("")).status, 401);
    assert_eq!(post(form("nope")).status, 401);
    let a = post(form("s3cret"));
    assert_eq!(a.status, 303, "{}", a.body);
    let location = a.header("location").unwrap().to_string();
    assert!(location.starts_with("/documents/desk-"), "{location}");
    let a = get(desk.addr, &location);
    assert_eq!(a.status, 200);
    assert!(a.body.contains("Kowalska"));
    // The analyse page asks for the token in its save form.
    let a = get(desk.addr, &format!("/analyse?text={}", enc(text)));
    assert!(a.body.contains("name=\"token\""));
}
