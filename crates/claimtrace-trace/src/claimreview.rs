//! ClaimReview export: a trace and a fact-checker's verdict as schema.org
//! `ClaimReview` JSON-LD, the markup Google's Fact Check tools read.
//!
//! The reviewed claim is the traced quote; its `author` is the person the
//! quote is given to; every version of the chain is an `appearance` (url
//! when the document has one, else its id), and the origin is the
//! `firstAppearance`. The verdict's rating text becomes
//! `reviewRating.alternateName` (the field the tools show), with
//! `ratingValue`/`bestRating`/`worstRating` when a numeric scale is given.

use std::collections::HashMap;

use serde_json::{json, Map, Value};

use crate::tracer::TraceResult;

/// A numeric rating on a scale (`worst` ≤ `value` ≤ `best`, e.g. 1..5).
#[derive(Debug, Clone, Copy, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct NumericRating {
    pub value: i64,
    pub best: i64,
    pub worst: i64,
}

/// What the fact-checker concluded, and who publishes it where.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
pub struct Verdict {
    /// The rating in words ("False", "Misleading", "Needs context").
    pub rating: String,
    /// One or two sentences saying why (the review's `reviewBody`).
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub numeric: Option<NumericRating>,
    /// The organisation publishing the review.
    pub reviewer: String,
    #[serde(default)]
    pub reviewer_url: Option<String>,
    /// Where the fact-check article is (or will be) published.
    pub review_url: String,
    /// The review's publication day, `YYYY-MM-DD`; today (UTC) when absent.
    #[serde(default)]
    pub date_published: Option<String>,
}

/// Why a verdict cannot be exported.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ClaimReviewError {
    #[error("claim review: {0} is empty")]
    Missing(&'static str),
    #[error("claim review: {field} {value:?} is not a date as YYYY-MM-DD")]
    BadDate { field: &'static str, value: String },
    #[error("claim review: rating {value} is outside its scale {worst}..{best}")]
    RatingOutOfScale { value: i64, best: i64, worst: i64 },
    #[error("claim review: {field} {value:?} is not an http(s) URL")]
    BadUrl { field: &'static str, value: String },
}

/// The ClaimReview JSON-LD for `result` under `verdict`. `urls` maps
/// document ids to their URLs (appearances without one are named by id).
pub fn claim_review(
    result: &TraceResult,
    verdict: &Verdict,
    urls: &HashMap<String, String>,
) -> Result<Value, ClaimReviewError> {
    check_required(result, verdict)?;
    let date_published = review_date(verdict)?;
    let rating = review_rating(verdict)?;
    let claim = reviewed_claim(result, urls);
    let author = reviewer(verdict);

    let mut review = Map::new();
    review.insert("@context".into(), json!("https://schema.org"));
    review.insert("@type".into(), json!("ClaimReview"));
    review.insert("url".into(), json!(verdict.review_url));
    review.insert("claimReviewed".into(), json!(result.query.trim()));
    review.insert("datePublished".into(), json!(date_published));
    review.insert("author".into(), Value::Object(author));
    if !verdict.summary.trim().is_empty() {
        review.insert("reviewBody".into(), json!(verdict.summary.trim()));
    }
    review.insert("reviewRating".into(), Value::Object(rating));
    review.insert("itemReviewed".into(), Value::Object(claim));
    Ok(Value::Object(review))
}

/// The fields a review cannot go without (a rating, a reviewer, the claim,
/// where it is published) and the URLs, checked in this order.
fn check_required(result: &TraceResult, verdict: &Verdict) -> Result<(), ClaimReviewError> {
    if verdict.rating.trim().is_empty() {
        return Err(ClaimReviewError::Missing("the rating"));
    }
    if verdict.reviewer.trim().is_empty() {
        return Err(ClaimReviewError::Missing("the reviewer"));
    }
    if result.query.trim().is_empty() {
        return Err(ClaimReviewError::Missing("the reviewed claim"));
    }
    check_url("review_url", &verdict.review_url)?;
    if let Some(u) = &verdict.reviewer_url {
        check_url("reviewer_url", u)?;
    }
    Ok(())
}

/// The review's publication day: the verdict's, else today (UTC).
fn review_date(verdict: &Verdict) -> Result<String, ClaimReviewError> {
    match &verdict.date_published {
        Some(d) if is_iso_day(d) => Ok(d.clone()),
        Some(d) => Err(ClaimReviewError::BadDate {
            field: "date_published",
            value: d.clone(),
        }),
        None => Ok(today_utc()),
    }
}

/// `reviewRating`: the rating in words, and on its numeric scale if given.
fn review_rating(verdict: &Verdict) -> Result<Map<String, Value>, ClaimReviewError> {
    let mut rating = Map::new();
    rating.insert("@type".into(), json!("Rating"));
    rating.insert("alternateName".into(), json!(verdict.rating.trim()));
    if let Some(n) = verdict.numeric {
        if n.worst > n.best || n.value < n.worst || n.value > n.best {
            return Err(ClaimReviewError::RatingOutOfScale {
                value: n.value,
                best: n.best,
                worst: n.worst,
            });
        }
        rating.insert("ratingValue".into(), json!(n.value));
        rating.insert("bestRating".into(), json!(n.best));
        rating.insert("worstRating".into(), json!(n.worst));
    }
    Ok(rating)
}

/// `itemReviewed`: the claim, who made it, when it entered public
/// discourse, and where it appeared.
fn reviewed_claim(result: &TraceResult, urls: &HashMap<String, String>) -> Map<String, Value> {
    // The appearances: every stored version on the chain, oldest first.
    let appearances: Vec<Value> = result
        .chain
        .iter()
        .filter_map(|h| {
            let id = h.doc_id.as_deref()?;
            Some(creative_work(
                id,
                h.date.as_deref(),
                h.speaker.as_deref(),
                h.source.as_deref(),
                urls,
            ))
        })
        .collect();
    let first_appearance = result.origin.as_ref().map(|o| {
        creative_work(
            &o.doc_id,
            o.date.as_deref(),
            o.speaker.as_deref(),
            o.source.as_deref(),
            urls,
        )
    });

    // The claim is the quote as it was given to its speaker: the last
    // version of the chain (the queried one), else the origin's speaker.
    let claimant = result
        .chain
        .last()
        .and_then(|h| h.speaker.clone())
        .or_else(|| result.origin.as_ref().and_then(|o| o.speaker.clone()));
    let mut claim = Map::new();
    claim.insert("@type".into(), json!("Claim"));
    if let Some(name) = claimant.filter(|n| !n.trim().is_empty()) {
        claim.insert("author".into(), json!({"@type": "Person", "name": name}));
    }
    // When the claim entered public discourse: its first appearance.
    let claim_date = result
        .origin
        .as_ref()
        .and_then(|o| o.date.clone())
        .or_else(|| result.chain.iter().find_map(|h| h.date.clone()))
        .filter(|d| is_iso_day(d));
    if let Some(d) = claim_date {
        claim.insert("datePublished".into(), json!(d));
    }
    if !appearances.is_empty() {
        claim.insert("appearance".into(), Value::Array(appearances));
    }
    if let Some(first) = first_appearance {
        claim.insert("firstAppearance".into(), first);
    }
    claim
}

/// The review's `author`: the organisation publishing it.
fn reviewer(verdict: &Verdict) -> Map<String, Value> {
    let mut author = Map::new();
    author.insert("@type".into(), json!("Organization"));
    author.insert("name".into(), json!(verdict.reviewer.trim()));
    if let Some(u) = &verdict.reviewer_url {
        author.insert("url".into(), json!(u));
    }
    author
}

/// One appearance: where the words were published, when, and by whom.
fn creative_work(
    doc_id: &str,
    date: Option<&str>,
    speaker: Option<&str>,
    source: Option<&str>,
    urls: &HashMap<String, String>,
) -> Value {
    let mut w = Map::new();
    w.insert("@type".into(), json!("CreativeWork"));
    match urls.get(doc_id).filter(|u| is_http_url(u)) {
        Some(u) => {
            w.insert("url".into(), json!(u));
        }
        None => {
            w.insert("identifier".into(), json!(doc_id));
        }
    }
    if let Some(d) = date.filter(|d| is_iso_day(d)) {
        w.insert("datePublished".into(), json!(d));
    }
    if let Some(s) = speaker.filter(|s| !s.trim().is_empty()) {
        w.insert("author".into(), json!({"@type": "Person", "name": s}));
    }
    if let Some(p) = source.filter(|s| !s.trim().is_empty()) {
        w.insert(
            "publisher".into(),
            json!({"@type": "Organization", "name": p}),
        );
    }
    Value::Object(w)
}

fn check_url(field: &'static str, value: &str) -> Result<(), ClaimReviewError> {
    if value.trim().is_empty() {
        return Err(ClaimReviewError::Missing(field));
    }
    if !is_http_url(value) {
        return Err(ClaimReviewError::BadUrl {
            field,
            value: value.to_string(),
        });
    }
    Ok(())
}

/// `http://` or `https://` with a host and no white space.
pub fn is_http_url(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    matches!(rest, Some(r) if !r.is_empty() && !r.starts_with('/'))
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// `YYYY-MM-DD` with a real month and day (ISO 8601 calendar date).
pub fn is_iso_day(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let month: u32 = s[5..7].parse().unwrap_or(0);
    let day: u32 = s[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// Today's date in UTC as `YYYY-MM-DD` (days since the epoch to the civil
/// calendar, Howard Hinnant's algorithm: no clock crate needed).
pub fn today_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_from_days((secs / 86_400) as i64)
}

fn civil_from_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_calendar_dates() {
        assert_eq!(civil_from_days(0), "1970-01-01");
        assert_eq!(civil_from_days(19_554), "2023-07-16");
        assert_eq!(civil_from_days(11_016), "2000-02-29");
        assert!(is_iso_day(&today_utc()));
    }

    use crate::tracer::{Hop, Origin, SpanOut};

    fn hop(doc: Option<&str>, date: &str, speaker: &str, text: &str) -> Hop {
        Hop {
            doc_id: doc.map(String::from),
            date: Some(date.into()),
            speaker: Some(speaker.into()),
            source: Some("Wire report".into()),
            text: text.into(),
            span: None,
            score: 0.8,
            reprint: false,
            parent: None,
            differences: Vec::new(),
            compared: None,
        }
    }

    /// A two-hop trace: a spokesperson's hedged words, then a minister's
    /// version given as bare words (no stored document).
    fn two_hops() -> TraceResult {
        TraceResult {
            query: "the strike was a war crime".into(),
            origin: Some(Origin {
                doc_id: "briefing-1".into(),
                date: Some("2022-02-28".into()),
                speaker: Some("Jen Psaki".into()),
                source: Some("Wire report".into()),
                title: None,
                text: "it would potentially be a war crime".into(),
                span: SpanOut { start: 10, end: 45 },
                score: 0.7,
            }),
            confidence: 0.7,
            chain: vec![
                hop(
                    Some("briefing-1"),
                    "2022-02-28",
                    "Jen Psaki",
                    "it would potentially be a war crime",
                ),
                hop(
                    None,
                    "2023-07-16",
                    "Vladimir Putin",
                    "the strike was a war crime",
                ),
            ],
            branches: Vec::new(),
            candidates: Vec::new(),
        }
    }

    fn verdict() -> Verdict {
        Verdict {
            rating: "Misleading".into(),
            summary: "The hedge was dropped.".into(),
            numeric: Some(NumericRating {
                value: 2,
                best: 5,
                worst: 1,
            }),
            reviewer: "Example Fact Check".into(),
            reviewer_url: Some("https://factcheck.example.org".into()),
            review_url: "https://factcheck.example.org/strike".into(),
            date_published: Some("2023-07-20".into()),
        }
    }

    #[test]
    fn a_trace_becomes_a_claim_review_with_its_origin_first() {
        let urls = HashMap::from([(
            "briefing-1".to_string(),
            "https://wire.example.org/b1".to_string(),
        )]);
        let r = claim_review(&two_hops(), &verdict(), &urls).unwrap();
        assert_eq!(r["@context"], "https://schema.org");
        assert_eq!(r["@type"], "ClaimReview");
        assert_eq!(r["claimReviewed"], "the strike was a war crime");
        assert_eq!(r["datePublished"], "2023-07-20");
        assert_eq!(r["author"]["name"], "Example Fact Check");
        assert_eq!(r["reviewRating"]["alternateName"], "Misleading");
        assert_eq!(r["reviewRating"]["ratingValue"], 2);
        let item = &r["itemReviewed"];
        assert_eq!(item["author"]["name"], "Vladimir Putin");
        assert_eq!(item["datePublished"], "2022-02-28");
        assert_eq!(
            item["firstAppearance"]["url"],
            "https://wire.example.org/b1"
        );
        // The query as bare words is no appearance: only stored versions are.
        assert_eq!(item["appearance"].as_array().map(Vec::len), Some(1));
        // Without a URL, the id names the appearance.
        let r = claim_review(&two_hops(), &verdict(), &HashMap::new()).unwrap();
        assert_eq!(
            r["itemReviewed"]["firstAppearance"]["identifier"],
            "briefing-1"
        );
        // No origin: no first appearance, and no numeric rating unless given.
        let mut none = two_hops();
        none.origin = None;
        none.chain.remove(0);
        let mut v = verdict();
        v.numeric = None;
        let r = claim_review(&none, &v, &HashMap::new()).unwrap();
        assert!(r["itemReviewed"].get("firstAppearance").is_none());
        assert!(r["reviewRating"].get("ratingValue").is_none());
    }

    #[test]
    fn a_verdict_that_cannot_be_published_is_refused() {
        let urls = HashMap::new();
        let t = two_hops();
        let with = |f: fn(&mut Verdict)| {
            let mut v = verdict();
            f(&mut v);
            claim_review(&t, &v, &urls)
        };
        assert_eq!(
            with(|v| v.rating = " ".into()),
            Err(ClaimReviewError::Missing("the rating"))
        );
        assert_eq!(
            with(|v| v.reviewer.clear()),
            Err(ClaimReviewError::Missing("the reviewer"))
        );
        assert!(matches!(
            with(|v| v.review_url = "javascript:alert(1)".into()),
            Err(ClaimReviewError::BadUrl { .. })
        ));
        assert!(matches!(
            with(|v| v.date_published = Some("20 July".into())),
            Err(ClaimReviewError::BadDate { .. })
        ));
        assert!(matches!(
            with(|v| v.numeric = Some(NumericRating {
                value: 7,
                best: 5,
                worst: 1
            })),
            Err(ClaimReviewError::RatingOutOfScale { .. })
        ));
    }

    #[test]
    fn only_calendar_days_and_web_urls_pass() {
        assert!(is_iso_day("2023-07-16"));
        assert!(!is_iso_day("2023-13-01"));
        assert!(!is_iso_day("16.07.2023"));
        assert!(is_http_url("https://factcheck.example.org/a"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url("https:///nohost"));
    }
}
