//! Behaviour of the quantity layer on sentences written for the project.

use super::*;
use claimtrace_core::Metadata;

fn analyse(text: &str) -> Document {
    let mut doc = Document::new(text, Metadata::default());
    claimtrace_text::prepare(&mut doc);
    QuantityAnnotator.annotate(&mut doc);
    doc
}

fn only(doc: &Document) -> &Quantity {
    assert_eq!(doc.quantities.len(), 1, "{:#?}", doc.quantities);
    &doc.quantities[0]
}

#[test]
fn counted_noun_behind_modifiers() {
    let doc = analyse("The alliance has 28 NATO members and 4 new armoured brigades.");
    let units: Vec<_> = doc.quantities.iter().map(|q| q.unit.as_deref()).collect();
    assert_eq!(units, vec![Some("member"), Some("brigade")]);
}

#[test]
fn range_with_calibre_and_rate_then_elided_unit() {
    let doc = analyse(
        "\"They fire between 5,000 and 6,000 155-caliber shells per day, while the factory makes 15,000 per month,\" he said.",
    );
    assert_eq!(doc.quantities.len(), 2, "{:#?}", doc.quantities);
    let first = &doc.quantities[0];
    assert_eq!(
        (first.low, first.high, first.value),
        (Some(5000.0), Some(6000.0), None)
    );
    assert_eq!(first.unit.as_deref(), Some("shell"));
    assert_eq!(first.per.as_deref(), Some("day"));
    assert_eq!(
        first.text,
        "between 5,000 and 6,000 155-caliber shells per day"
    );
    let second = &doc.quantities[1];
    assert_eq!(second.value, Some(15000.0));
    assert_eq!(second.unit.as_deref(), Some("shell"));
    assert!(second.unit_elided);
    assert_eq!(second.per.as_deref(), Some("month"));
    assert_eq!(doc.comparisons.len(), 1);
    let c = &doc.comparisons[0];
    assert!(
        (c.ratio_low - 10.0).abs() < 1e-9 && (c.ratio_high - 12.0).abs() < 1e-9,
        "{c:?}"
    );
    assert!(c.summary.contains("10-12 times"), "{}", c.summary);
}

#[test]
fn years_names_and_calibres_are_not_counts() {
    let doc = analyse(
        "The 2008 pact bans MK-20 bombs, Russia-1 said, and 155-caliber guns fire them since 2014, as Channel 4 reported.",
    );
    assert!(doc.quantities.is_empty(), "{:#?}", doc.quantities);
}

#[test]
fn currency_with_scale_and_comparator() {
    let doc = analyse("The deal is worth more than $1.13 billion, up from £900m last year.");
    assert_eq!(doc.quantities.len(), 2, "{:#?}", doc.quantities);
    let q = &doc.quantities[0];
    assert_eq!(q.value, Some(1.13e9));
    assert_eq!(q.unit.as_deref(), Some("USD"));
    assert_eq!(q.comparator, ">");
    assert_eq!(doc.quantities[1].value, Some(9e8));
    assert_eq!(doc.quantities[1].unit.as_deref(), Some("GBP"));
}

#[test]
fn percent_change_and_approximation() {
    let doc = analyse("Prices rose by 76% in a year, while wages fell to about 3 per cent.");
    assert_eq!(doc.quantities.len(), 2, "{:#?}", doc.quantities);
    assert_eq!(doc.quantities[0].change.as_deref(), Some("up"));
    assert_eq!(doc.quantities[0].unit.as_deref(), Some("percent"));
    assert_eq!(doc.quantities[1].change.as_deref(), Some("down"));
    assert_eq!(doc.quantities[1].comparator, "~");
    assert_eq!(doc.quantities[1].value, Some(3.0));
    let subjects: Vec<_> = doc
        .quantities
        .iter()
        .map(|q| q.subject.as_ref().map(|s| s.text.as_str()))
        .collect();
    assert_eq!(subjects, vec![Some("Prices"), Some("wages")]);
}

#[test]
fn number_words_and_bounds() {
    let q = analyse("Nearly half a million people fled.");
    let q = only(&q);
    assert_eq!(
        (q.value, q.comparator.as_str(), q.unit.as_deref()),
        (Some(500000.0), "~", Some("person"))
    );
    let q = analyse("Up to 300 soldiers were moved.");
    let q = only(&q);
    assert_eq!((q.value, q.comparator.as_str()), (Some(300.0), "<="));
    let q = analyse("Four members of Congress wrote, and a dozen senators agreed.");
    let values: Vec<_> = q
        .quantities
        .iter()
        .map(|q| (q.value, q.unit.clone()))
        .collect();
    assert_eq!(
        values,
        vec![
            (Some(4.0), Some("member".into())),
            (Some(12.0), Some("senator".into()))
        ]
    );
}

#[test]
fn ukrainian_quantities() {
    let mut doc = Document::new(
        "Армія отримала понад п'ять тисяч снарядів і 15 млн гривень на місяць.",
        Metadata::default(),
    );
    claimtrace_text::prepare(&mut doc);
    QuantityAnnotator.annotate(&mut doc);
    assert_eq!(doc.quantities.len(), 2, "{:#?}", doc.quantities);
    let shells = &doc.quantities[0];
    assert_eq!(
        (shells.value, shells.comparator.as_str()),
        (Some(5000.0), ">")
    );
    assert_eq!(shells.unit.as_deref(), Some("снаряд"));
    let money = &doc.quantities[1];
    assert_eq!(
        (money.value, money.unit.as_deref(), money.per.as_deref()),
        (Some(1.5e7), Some("UAH"), Some("month"))
    );
}

#[test]
fn russian_quantities() {
    let mut doc = Document::new(
        "Завод выпускает около пяти тысяч снарядов в день, а бюджет составил 1,5 млрд рублей.",
        Metadata::default(),
    );
    doc.meta.language = Some("ru".into());
    claimtrace_text::prepare(&mut doc);
    QuantityAnnotator.annotate(&mut doc);
    assert_eq!(doc.quantities.len(), 2, "{:#?}", doc.quantities);
    let shells = &doc.quantities[0];
    assert_eq!(
        (
            shells.value,
            shells.comparator.as_str(),
            shells.per.as_deref()
        ),
        (Some(5000.0), "~", Some("day"))
    );
    let money = &doc.quantities[1];
    assert_eq!(
        (money.value, money.unit.as_deref()),
        (Some(1.5e9), Some("RUB"))
    );
}

#[test]
fn locale_decides_the_dot() {
    let mut doc = Document::new("Було продано 5.000 квитків.", Metadata::default());
    doc.meta.language = Some("uk".into());
    claimtrace_text::prepare(&mut doc);
    QuantityAnnotator.annotate(&mut doc);
    assert_eq!(only(&doc).value, Some(5000.0));
    let doc = analyse("The index stood at 4.800 points.");
    assert_eq!(only(&doc).value, Some(4.8));
}

#[test]
fn hostile_text_does_not_panic() {
    for text in [
        "$",
        "- -1 -",
        "between and",
        "from 5 to",
        "1e999999 people",
        "½½½ ⅔",
        "5,000-",
        "—5—6—7",
        "п'",
        "’5",
        "\u{202f}5\u{202f}000\u{202f}",
        "9999999999999999999999999999999999999 people",
    ] {
        let _ = analyse(text);
    }
    let long = "5-".repeat(10000)
        + &" between 1 and".repeat(5000)
        + &"5 shells per day, 7 per month, ".repeat(5000)
        + &"9, ".repeat(20000)
        + &"\"a \"".repeat(5000);
    let started = std::time::Instant::now();
    let _ = analyse(&long);
    // Generous: wall time on a loaded machine; a quadratic path takes hours here.
    assert!(started.elapsed().as_secs() < 60);
}

#[test]
fn formats_numbers_for_summaries() {
    assert_eq!(format_number(150000.0), "150,000");
    assert_eq!(format_number(1.5), "1.5");
    assert_eq!(format_number(-1234.0), "-1,234");
}

#[test]
fn ordinals_and_periods_are_not_fractions_but_shares_are() {
    let doc = analyse("It won a third term after three quarters of voters backed it.");
    let q = only(&doc);
    assert_eq!(q.value, Some(0.75));
    let doc = analyse("Sales fell in the last three quarters.");
    assert!(doc.quantities.is_empty(), "{:#?}", doc.quantities);
}

#[test]
fn range_with_unit_on_both_ends_and_bounds_near_year_values() {
    let doc = analyse("They may raise prices between 20% and 30% for more than 2000 homes.");
    assert_eq!(doc.quantities.len(), 2, "{:#?}", doc.quantities);
    let r = &doc.quantities[0];
    assert_eq!(
        (r.low, r.high, r.unit.as_deref()),
        (Some(20.0), Some(30.0), Some("percent"))
    );
    let homes = &doc.quantities[1];
    assert_eq!(
        (
            homes.value,
            homes.comparator.as_str(),
            homes.unit.as_deref()
        ),
        (Some(2000.0), ">", Some("home"))
    );
}

#[test]
fn scale_of_high_end_applies_to_low_end() {
    let doc = analyse("The plan costs £5-6bn a year.");
    let q = only(&doc);
    assert_eq!(
        (q.low, q.high, q.unit.as_deref(), q.per.as_deref()),
        (Some(5e9), Some(6e9), Some("GBP"), Some("year"))
    );
}

#[test]
fn bare_numbers_read_like_a_calculator() {
    let values: Vec<f64> = find_numbers("one over three, 1.1^2 and 192.168.1.2", Locale::English)
        .iter()
        .map(|n| n.value)
        .collect();
    assert_eq!(values.len(), 6, "{values:?}");
    assert!((values[0] - 1.0 / 3.0).abs() < 1e-12);
    assert!((values[1] - 1.21).abs() < 1e-12);
}

#[test]
fn ukrainian_abbreviated_thousands_and_ranges() {
    let mut doc = Document::new(
        "Ворог випустив понад 5 тис. снарядів, від 10 до 12 осіб поранено, ціни зросли на 7,4% за рік.",
        Metadata::default(),
    );
    doc.meta.language = Some("uk".into());
    claimtrace_text::prepare(&mut doc);
    QuantityAnnotator.annotate(&mut doc);
    assert_eq!(doc.quantities.len(), 3, "{:#?}", doc.quantities);
    let shells = &doc.quantities[0];
    assert_eq!(
        (shells.value, shells.unit.as_deref()),
        (Some(5000.0), Some("снаряд"))
    );
    let people = &doc.quantities[1];
    assert_eq!((people.low, people.high), (Some(10.0), Some(12.0)));
    let prices = &doc.quantities[2];
    assert_eq!(
        (
            prices.value,
            prices.change.as_deref(),
            prices.per.as_deref()
        ),
        (Some(7.4), Some("up"), None)
    );
}

#[test]
fn old_and_new_levels_of_a_change_are_not_a_range() {
    let doc = analyse(
        "Inflation rose from 5% to 7% and shares rose 1% to 57.85 Swiss francs in half an hour.",
    );
    let read: Vec<_> = doc
        .quantities
        .iter()
        .map(|q| {
            (
                q.value,
                q.low,
                q.unit.as_deref(),
                q.change.as_deref(),
                q.per.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        read,
        vec![
            (Some(5.0), None, Some("percent"), None, None),
            (Some(7.0), None, Some("percent"), Some("up"), None),
            (Some(1.0), None, Some("percent"), Some("up"), None),
            (Some(57.85), None, Some("CHF"), None, None),
            (Some(0.5), None, Some("hour"), None, None),
        ]
    );
}

#[test]
fn scores_day_ranges_and_ages_are_not_carried_or_counted() {
    let doc = analyse(
        "The 24-year-old scored twice as they drew 1-1 on 16-17 July, and 16 fans were hurt.",
    );
    let read: Vec<_> = doc
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.unit.as_deref()))
        .collect();
    assert_eq!(
        read,
        vec![("24-year-old", Some("year")), ("16 fans", Some("fan"))]
    );
}

#[test]
fn a_fall_from_an_old_level_to_a_new_one_is_a_change_not_a_range() {
    for text in [
        "Уряд пропонує знизити ставку ПДВ з 20% до 7% для готелів.",
        "Правительство предлагает снизить ставку НДС с 20% до 7% для гостиниц.",
        "The government plans to cut the VAT rate from 20% to 7% for hotels.",
    ] {
        let doc = analyse(text);
        let read: Vec<_> = doc
            .quantities
            .iter()
            .map(|q| {
                (
                    q.value,
                    q.low,
                    q.high,
                    q.comparator.as_str(),
                    q.change.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            read,
            vec![
                (Some(20.0), None, None, "=", None),
                (Some(7.0), None, None, "=", Some("down")),
            ],
            "{text}"
        );
    }
    // A rise in the same words, and a range that is one.
    let doc = analyse("Ставку підняли з 7% до 20%, а з 10 до 12 осіб поранено.");
    let changes: Vec<_> = doc.quantities.iter().map(|q| q.change.as_deref()).collect();
    assert!(changes.contains(&Some("up")), "{:#?}", doc.quantities);
    assert!(
        doc.quantities
            .iter()
            .any(|q| (q.low, q.high) == (Some(10.0), Some(12.0))),
        "{:#?}",
        doc.quantities
    );
}

#[test]
fn slavic_counted_nouns_are_lemmatised_not_cut() {
    let doc = analyse("До Польщі виїхали 5 тисяч українців і 300 росіян.");
    let units: Vec<_> = doc.quantities.iter().map(|q| q.unit.as_deref()).collect();
    assert_eq!(units, vec![Some("українець"), Some("росіянин")]);
    let doc = analyse("В город прибыли 40 иностранцев и 7 бойцов.");
    let units: Vec<_> = doc.quantities.iter().map(|q| q.unit.as_deref()).collect();
    assert_eq!(units, vec![Some("иностранец"), Some("боец")]);
}
