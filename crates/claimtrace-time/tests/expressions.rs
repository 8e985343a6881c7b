//! Time expressions in English, Ukrainian and Russian news sentences written
//! for the project: values, types, granularity and resolution.

use claimtrace_core::{Annotator, Document, Metadata, TimeAnchor, TimeType};

fn times(text: &str, date: &str) -> Vec<(String, TimeType, String)> {
    let meta = Metadata {
        date: Some(date.to_string()),
        ..Metadata::default()
    };
    let mut doc = Document::new(text, meta);
    claimtrace_text::prepare(&mut doc);
    claimtrace_time::TimeAnnotator.annotate(&mut doc);
    doc.times
        .into_iter()
        .map(|t| (t.text, t.kind, t.value))
        .collect()
}

fn pairs(text: &str, date: &str) -> Vec<(String, String)> {
    times(text, date)
        .into_iter()
        .map(|(t, _, v)| (t, v))
        .collect()
}

fn p(text: &str, value: &str) -> (String, String) {
    (text.to_string(), value.to_string())
}

#[test]
fn full_and_partial_dates_keep_their_granularity() {
    let got = pairs(
        "The talks began on 16 July 2023 and resumed in December 2022 after a pause. \
         Officials met in early 2022, again in mid-July and once more on 2023-07-16.",
        "2023-07-20",
    );
    assert_eq!(
        got,
        vec![
            p("16 July 2023", "2023-07-16"),
            p("December 2022", "2022-12"),
            p("early 2022", "2022"),
            p("mid-July", "2023-07"),
            p("2023-07-16", "2023-07-16"),
        ]
    );
}

#[test]
fn numeric_formats() {
    let got = pairs(
        "The order was signed on 16.07.2023 and published 07/18/2023.",
        "2023-07-20",
    );
    assert_eq!(
        got,
        vec![p("16.07.2023", "2023-07-16"), p("07/18/2023", "2023-07-18")]
    );
}

#[test]
fn relative_dates_resolve_against_the_document_date() {
    let got = pairs(
        "Yesterday the minister said the plant closed two weeks ago. \
         Prices rose last year and will fall next month, he said on Tuesday. \
         The ministry expects a harvest this spring.",
        "2023-07-16",
    );
    assert_eq!(
        got,
        vec![
            p("Yesterday", "2023-07-15"),
            p("two weeks ago", "2023-W26"),
            p("last year", "2022"),
            p("next month", "2023-08"),
            p("Tuesday", "2023-07-11"),
            p("this spring", "2023-SP"),
        ]
    );
}

#[test]
fn partial_dates_follow_the_tense() {
    // Written in January: a past "December" is last year's, a future
    // "March" is this year's, and a past "June 30" is last year's.
    let got = pairs(
        "The army withdrew in December. Elections will be held in March. \
         On June 30, the court ruled against the ban.",
        "2024-01-10",
    );
    assert_eq!(
        got,
        vec![
            p("December", "2023-12"),
            p("March", "2024-03"),
            p("June 30", "2023-06-30"),
        ]
    );
}

#[test]
fn narrative_anchors_follow_the_time_in_focus() {
    let meta = Metadata {
        date: Some("2023-07-16".into()),
        ..Metadata::default()
    };
    let mut doc = Document::new(
        "On February 28, 2022, the spokesperson spoke. A day later, the minister resigned. \
         Later that month the talks failed.",
        meta,
    );
    claimtrace_text::prepare(&mut doc);
    claimtrace_time::TimeAnnotator.annotate(&mut doc);
    let got: Vec<(&str, &str, TimeAnchor)> = doc
        .times
        .iter()
        .map(|t| (t.text.as_str(), t.value.as_str(), t.anchor))
        .collect();
    assert_eq!(
        got,
        vec![
            ("February 28, 2022", "2022-02-28", TimeAnchor::Absolute),
            ("A day later", "2022-03-01", TimeAnchor::Narrative),
            ("Later that month", "2022-03", TimeAnchor::Narrative),
        ]
    );
}

#[test]
fn durations_sets_and_times_of_day() {
    let got = times(
        "The siege lasted for three years. The army fires 5,000 shells per day and \
         the factory ships weekly. Talks resumed at 10:30 a.m. this morning.",
        "2023-07-16",
    );
    let view: Vec<(&str, TimeType, &str)> = got
        .iter()
        .map(|(t, k, v)| (t.as_str(), *k, v.as_str()))
        .collect();
    assert_eq!(
        view,
        vec![
            ("three years", TimeType::Duration, "P3Y"),
            ("per day", TimeType::Set, "P1D"),
            ("weekly", TimeType::Set, "P1W"),
            ("10:30 a.m.", TimeType::Time, "2023-07-16T10:30"),
            ("this morning", TimeType::Time, "2023-07-16TMO"),
        ]
    );
}

#[test]
fn ranges_decades_and_quarters() {
    let got = pairs(
        "From 2014 to 2022 the region was occupied. In the 1990s, output fell; \
         it rose in the third quarter and in Q1 2023.",
        "2023-07-16",
    );
    assert_eq!(
        got,
        vec![
            p("2014", "2014"),
            p("2022", "2022"),
            p("the 1990s", "199"),
            p("the third quarter", "2023-Q3"),
            p("Q1 2023", "2023-Q1"),
        ]
    );
}

#[test]
fn counts_and_names_are_not_years() {
    let got = pairs(
        "The 2008 pact bans them. Russia-1 showed MK-20 bombs and 155-caliber shells; \
         2000 soldiers and 1500 people left. He paid $2022.",
        "2023-07-16",
    );
    assert_eq!(got, vec![p("2008", "2008")]);
}

#[test]
fn ukrainian_dates() {
    let got = pairs(
        "16 липня 2023 року Зеленський заявив, що торік армія відступила. \
         Минулого тижня уряд ухвалив рішення, а у грудні минулого року почалися переговори. \
         Два тижні тому міністр був у Києві, у вівторок він повернувся.",
        "2023-07-20",
    );
    assert_eq!(
        got,
        vec![
            p("16 липня 2023 року", "2023-07-16"),
            p("торік", "2022"),
            p("Минулого тижня", "2023-W28"),
            p("грудні минулого року", "2022-12"),
            p("Два тижні тому", "2023-W27"),
            p("вівторок", "2023-07-18"),
        ]
    );
}

#[test]
fn russian_dates() {
    let got = pairs(
        "В декабре прошлого года Кремль заявил о переговорах. 5 марта 2023 г. министр \
         сообщил, что в прошлом году экспорт упал, а в следующем месяце вырастет. \
         Три года назад завод закрылся, сегодня он работает.",
        "2023-07-16",
    );
    assert_eq!(
        got,
        vec![
            p("декабре прошлого года", "2022-12"),
            p("5 марта 2023 г.", "2023-03-05"),
            p("прошлом году", "2022"),
            p("следующем месяце", "2023-08"),
            p("Три года назад", "2020"),
            p("сегодня", "2023-07-16"),
        ]
    );
}

#[test]
fn no_document_date_leaves_the_year_unknown() {
    let meta = Metadata::default();
    let mut doc = Document::new(
        "The vote was on June 30 and results came later. Turnout fell last week.",
        meta,
    );
    claimtrace_text::TextAnnotator.annotate(&mut doc);
    claimtrace_time::TimeAnnotator.annotate(&mut doc);
    let values: Vec<&str> = doc.times.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, ["XXXX-06-30", "XXXX-WXX"]);
    // Unknown dates are not placed on a timeline.
    assert!(doc.events.is_empty());
}

#[test]
fn hostile_input_does_not_panic() {
    let mut text = String::new();
    for piece in [
        "On 99.99.9999 at 25:99 p.m. ",
        "the the the ",
        "a a a year ",
        "Q9 fifth-quarter ",
        "mid- ",
        "31 February 2023 ",
        "in 0000s ",
        "9999999999 years ago ",
        "\u{0}\u{301}липня ",
        "Friday, ",
    ] {
        text.push_str(piece);
    }
    let long = text.repeat(200);
    for date in ["2023-07-16", "0001-01-01", "9999-12-31"] {
        let meta = Metadata {
            date: Some(date.into()),
            ..Metadata::default()
        };
        let mut doc = Document::new(long.clone(), meta);
        claimtrace_text::prepare(&mut doc);
        claimtrace_time::TimeAnnotator.annotate(&mut doc);
        for t in &doc.times {
            assert!(doc.text.get(t.start..t.end).is_some());
        }
    }
}

#[test]
fn seasons_holidays_and_vague_durations() {
    let got = pairs(
        "Exports fell last summer and will recover next spring. \
         The deal was signed before Christmas and troops left within weeks.",
        "2024-01-20",
    );
    assert_eq!(
        got,
        vec![
            // In January, last summer is last year's and the coming spring
            // this year's; Christmas a month ago is last year's.
            p("last summer", "2023-SU"),
            p("next spring", "2024-SP"),
            p("Christmas", "2023-12-25"),
            p("weeks", "PXW"),
        ]
    );
}

#[test]
fn slavic_decades() {
    let got = pairs(
        "Вона познайомилася з ним ще у 1970-х роках, а в середине 1990-х годов уехала.",
        "2019-06-10",
    );
    assert_eq!(
        got,
        vec![p("1970-х роках", "197"), p("середине 1990-х годов", "199")]
    );
}

#[test]
fn quarters_halves_and_clock_days() {
    let got = pairs(
        "Profit in this year's third quarter rose from the 1988 second quarter. \
         Trading halts at 10 p.m. Wednesday and resumes for 2 1/2 years. \
         The shooting last Oct. 23 was mentioned in the week of March 6.",
        "1989-10-27",
    );
    assert_eq!(
        got,
        vec![
            p("this year's third quarter", "1989-Q3"),
            p("the 1988 second quarter", "1988-Q2"),
            p("10 p.m. Wednesday", "1989-10-25T22:00"),
            p("2 1/2 years", "P2Y6M"),
            p("last Oct. 23", "1989-10-23"),
            p("the week of March 6", "1989-W10"),
        ]
    );
}

/// The English words of the grammar's patterns, read from the lexicon's
/// time words: phrases after a count, "the ..." patterns, shifts after
/// "this" and "the", quarter letters and compounds, clock words.
#[test]
fn english_pattern_words_from_the_lexicon() {
    let date = "1989-10-27";
    assert_eq!(
        pairs(
            "Talks would resume two days from now and last a minute and a half. \
             At the time, nobody objected.",
            date
        ),
        vec![
            p("two days from now", "1989-10-29"),
            p("a minute and a half", "PT1M30S"),
            p("the time", "1989-10-29"),
        ]
    );
    assert_eq!(
        pairs(
            "This past spring the company reported Q3 2023 results above the year-earlier \
             quarter. The meeting starts at 5 o'clock on Friday.",
            date
        ),
        vec![
            p("This past spring", "1989-SP"),
            p("Q3", "1989-Q3"),
            p("the year-earlier quarter", "1988-Q3"),
            p("5 o'clock on Friday", "1989-10-27T05:00"),
        ]
    );
    assert_eq!(
        pairs(
            "The third-quarter profit and the second-half sales beat the second quarter of the \
             year and the fourth quarter of last year, the latest quarter and the 1988 period.",
            date
        ),
        vec![
            p("The third-quarter", "1989-Q3"),
            p("the second-half", "1989-H2"),
            p("fourth quarter of last year", "1988-Q4"),
            p("the latest quarter", "1988-Q4"),
            p("the 1988 period", "1988-Q4"),
        ]
    );
    assert_eq!(
        pairs(
            "Later that month, and later this week, the same day and the previous week; the next \
             day, the next week, the past year and last year's second half.",
            date
        ),
        vec![
            p("Later that month", "1989-10"),
            p("later this week", "1989-W43"),
            p("the same day", "1989-W43"),
            p("the previous week", "1989-W42"),
            p("the next day", "1989-W42"),
            p("the next week", "P1W"),
            p("the past year", "P1Y"),
            p("last year's second half", "1988-H2"),
        ]
    );
    assert_eq!(
        pairs(
            "Christmas Eve, 10:35 local time, 6 pm on Wednesday, the past, weeks of talks, \
             for weeks, this coming Sunday, more than two years, up to six months, fiscal year \
             2023, the future, the mid-1990s.",
            date
        ),
        vec![
            p("Christmas Eve", "1989-12-24"),
            p("10:35 local time", "1989-10-27T10:35"),
            p("6 pm on Wednesday", "1989-10-25T18:00"),
            p("the past", "PAST_REF"),
            p("weeks", "PXW"),
            p("this coming Sunday", "1989-10-29"),
            p("more than two years", "P2Y"),
            p("up to six months", "P6M"),
            p("fiscal year 2023", "2023"),
            p("the future", "FUTURE_REF"),
            p("the mid-1990s", "199"),
        ]
    );
}
