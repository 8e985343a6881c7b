//! Transcript turns ("Name: words") on passages written for the project.

use claimtrace_core::QuoteKind;

mod common;
use common::{analyse, find as quote_with};

/// No quote of the document is a turn (a colon as its cue).
fn assert_no_turns(doc: &claimtrace_core::Document) {
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.cue.as_ref().is_none_or(|c| c.text != ":")),
        "{:#?}",
        doc.quotes
    );
}

const MEETING: &str = "Meeting with the governor of the region\n\n\
The President met with the governor to discuss the harvest and the new irrigation system.\n\n\
President of Russia Vladimir Putin: Good afternoon, Mr Petrov. How are things going with the harvest?\n\n\
Governor Ivan Petrov: Good afternoon, Mr President. We expect a record wheat harvest this year, about 4.2 million tonnes.\n\n\
I must say that the new irrigation system has paid for itself in two seasons.\n\n\
Vladimir Putin: I am glad to hear it. We promised the farmers that the canal would be finished by spring, and it was.";

#[test]
fn each_turn_is_a_direct_quote_of_its_speaker() {
    let doc = analyse(MEETING);
    let q = quote_with(&doc, "We expect a record wheat harvest");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some(":"));
    assert_eq!(q.speaker.text.as_deref(), Some("Governor Ivan Petrov"));
    let q = quote_with(&doc, "I am glad to hear it");
    assert_eq!(q.speaker.text.as_deref(), Some("Vladimir Putin"));
    // The narrative paragraph before the first turn is no one's quote.
    assert!(doc
        .quotes
        .iter()
        .all(|q| !q.text.contains("met with the governor")));
}

#[test]
fn a_paragraph_after_a_turn_goes_on_with_its_speaker() {
    let doc = analyse(MEETING);
    let q = quote_with(&doc, "has paid for itself in two seasons");
    assert_eq!(
        q.speaker.text.as_deref(),
        Some("Governor Ivan Petrov"),
        "{q:?}"
    );
}

#[test]
fn first_person_reports_inside_a_turn_are_the_turn_speakers() {
    let doc = analyse(MEETING);
    let inner = doc
        .quotes
        .iter()
        .find(|q| q.within.is_some() && q.text.contains("the new irrigation system"))
        .unwrap_or_else(|| panic!("no nested report: {:#?}", doc.quotes));
    assert_eq!(
        inner.cue.as_ref().map(|c| c.text.as_str()),
        Some("must say")
    );
    assert_eq!(
        inner.speaker.text.as_deref(),
        Some("Governor Ivan Petrov"),
        "{inner:?}"
    );
}

#[test]
fn labels_and_a_single_colon_line_are_not_turns() {
    let doc = analyse(
        "Storm closes ports\n\n\
Update: The coast guard reopened two of the ports on Sunday evening.\n\n\
Note: Figures are provisional and may change.\n\n\
The storm damaged several piers, the port authority said.",
    );
    assert_no_turns(&doc);
}

#[test]
fn in_a_short_exchange_the_reporter_speaks_again_in_the_third_person() {
    let doc = analyse(
        "Debate preview\n\n\
WALLACE: Will you attend the debate tomorrow night?\n\n\
PENCE: Of course I will, and I expect a serious discussion of the issues.\n\n\
The debate starts at nine and runs for ninety minutes at the university.",
    );
    let q = quote_with(&doc, "I expect a serious discussion");
    assert_eq!(q.speaker.text.as_deref(), Some("PENCE"));
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.text.contains("runs for ninety minutes")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_headline_speaker_and_colon_report_what_follows() {
    let doc = analyse(
        "Mayor Reyes: City Will Not Raise Fares This Year.\n\n\
         The mayor spoke at a press conference on Monday.",
    );
    let q = quote_with(&doc, "City Will Not Raise Fares");
    assert_eq!(q.speaker.text.as_deref(), Some("Mayor Reyes"), "{q:?}");
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some(":"));
    let labelled =
        analyse("Live: Storm Reaches The Coast Overnight.\n\nWinds rose after midnight.");
    assert!(
        labelled
            .quotes
            .iter()
            .all(|q| q.speaker.text.as_deref() != Some("Live")),
        "{:#?}",
        labelled.quotes
    );
}

#[test]
fn a_title_cased_headline_around_says_is_a_report() {
    let doc =
        analyse("Mayor Says City Will Not Raise Fares This Year.\n\nThe mayor spoke on Monday.");
    let q = quote_with(&doc, "City Will Not Raise Fares");
    assert_eq!(q.speaker.text.as_deref(), Some("Mayor"), "{q:?}");
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("Says"));
    let doc = analyse(
        "Bridge Repairs Will Take Two More Years, Transport Minister Says.\n\nWork began in May.",
    );
    let q = quote_with(&doc, "Bridge Repairs Will Take Two More Years");
    assert_eq!(
        q.speaker.text.as_deref(),
        Some("Transport Minister"),
        "{q:?}"
    );
}

/// Transcripts that print the speaker's name twice, the second time
/// surname first after a run of spaces, and that mark interpreted words
/// or the question answered in parentheses before the colon.
const INTERPRETED: &str = "Talks with the President of Freedonia\n\n\
The two presidents discussed trade and the new bridge over the river.\n\n\
President of Russia Vladimir Putin: Mr President, friends, welcome to Moscow. We are glad to see you.\n\n\
President of Freedonia Rufus Firefly      Firefly Rufus  (retranslated): Thank you, Mr President. Our trade grew by a third last year, and the bridge will open in May.\n\n\
Central Bank chairman Anna Berg      Berg Anna : Inflation has slowed to 4 percent, and we expect it to stay there.\n\n\
Vladimir Putin (answering Igor Sokolov, Speaker of the Regional Assembly): We will look at the roads too, I promise you that.";

#[test]
fn a_name_printed_twice_or_with_a_parenthesis_is_the_turn_speaker() {
    let doc = analyse(INTERPRETED);
    let q = quote_with(&doc, "Our trade grew by a third");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(
        q.speaker.text.as_deref(),
        Some("President of Freedonia Rufus Firefly"),
        "{q:?}"
    );
    let q = quote_with(&doc, "Inflation has slowed");
    assert_eq!(
        q.speaker.text.as_deref(),
        Some("Central Bank chairman Anna Berg"),
        "{q:?}"
    );
    let q = quote_with(&doc, "We will look at the roads");
    assert_eq!(q.speaker.text.as_deref(), Some("Vladimir Putin"), "{q:?}");
}

#[test]
fn a_sentence_with_a_parenthesis_before_a_colon_is_no_turn() {
    let doc = analyse(
        "Officials met on Monday.\n\n\
         The minister listed the priorities (roads, schools and clinics): all three will get more money next year.\n\n\
         Vladimir Putin: We will see.\n\n\
         Anna Berg: Yes, we will.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.text.contains("all three will get more money")
                || q.speaker.text.as_deref() != Some("The minister listed the priorities")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_stage_direction_between_turns_is_no_ones_words() {
    let doc = analyse(
        "Debate night\n\n\
MODERATOR: Governor, the question was about the budget.\n\n\
GOVERNOR: We balanced the budget twice, and we will do it again —.\n\n\
(CROSSTALK.)\n\n\
MODERATOR: If I may, we have limited time.",
    );
    assert!(
        doc.quotes.iter().all(|q| !q.text.contains("CROSSTALK")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_stage_direction_inside_a_turn_is_cut_out_of_it() {
    let doc = analyse(
        "Meeting on the regional budget\n\n\
President of Russia Vladimir Putin: The new hospital in the north has been built on time. \
(Addressing Health Minister Olga Sidorova.) Ms Sidorova, when will the clinic open?\n\n\
Olga Sidorova: In March, Mr President. (Laughter.) We have hired the staff already.\n\n\
Vladimir Putin: (Addressing Anton Belov): And the roads? It is important (more of our \
colleagues will speak now) that we keep to the plan.\n\n\
Anton Belov: The roads will be finished by the summer.",
    );
    for q in &doc.quotes {
        for direction in ["Addressing", "Laughter"] {
            assert!(
                !q.text.contains(direction),
                "{direction:?} read as words: {q:#?}"
            );
        }
    }
    // Each piece around a direction is the turn's speaker's own.
    for (words, speaker) in [
        (
            "has been built on time",
            "President of Russia Vladimir Putin",
        ),
        (
            "when will the clinic open",
            "President of Russia Vladimir Putin",
        ),
        ("In March, Mr President", "Olga Sidorova"),
        ("We have hired the staff already", "Olga Sidorova"),
        ("And the roads?", "Vladimir Putin"),
    ] {
        let q = quote_with(&doc, words);
        assert_eq!(q.kind, QuoteKind::Direct, "{q:#?}");
        assert_eq!(q.speaker.text.as_deref(), Some(speaker), "{q:#?}");
    }
    // A lower-case aside in a sentence is the speaker's.
    let q = quote_with(
        &doc,
        "It is important (more of our colleagues will speak now) that we keep",
    );
    assert_eq!(q.speaker.text.as_deref(), Some("Vladimir Putin"), "{q:#?}");
    // Whom the speaker turns to is no one's report.
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.text != "Health Minister Olga Sidorova" && q.text != "Anton Belov"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn the_fields_of_the_page_after_the_last_turn_are_no_ones_words() {
    let text = format!(
        "{MEETING}\n\n<…>\n\nPublished in sections: News, Transcripts\n\n\
Publication date:    May 6, 2019, 17:05\n\nDirect link: example.org/d/60476\n\nText version"
    );
    let doc = analyse(&text);
    for junk in [
        "News, Transcripts",
        "May 6, 2019",
        "example.org",
        "Text version",
    ] {
        assert!(
            doc.quotes.iter().all(|q| !q.text.contains(junk)),
            "{junk:?} read as a quote: {:#?}",
            doc.quotes
        );
    }
    // The last turn itself is still its speaker's.
    let q = quote_with(&doc, "the canal would be finished by spring");
    assert_eq!(q.speaker.text.as_deref(), Some("Vladimir Putin"));
}

#[test]
fn a_turn_that_explains_after_a_colon_goes_on() {
    // Speech with a colon, ending a sentence, is not a field of the page.
    let text = format!("{MEETING}\n\nThe reason is simple: the water came on time.");
    let doc = analyse(&text);
    let q = quote_with(&doc, "the water came on time");
    assert_eq!(q.speaker.text.as_deref(), Some("Vladimir Putin"), "{q:?}");
}

#[test]
fn a_clause_with_a_pronoun_before_a_parenthesis_and_colon_is_no_turn() {
    for (text, clause, last_turn, last_speaker) in [
        (
            "Гурт збирався щоп'ятниці.\n\n\
Вони були тією компанією, яка потім стала зватися Схід (назву вигадали друзі): гітарист \
Іван Коваль, барабанщик Петро Бондар і піаніст Олег Мороз.\n\n\
Іван Коваль: Ми грали все, що любили.\n\n\
Олег Мороз: І досі граємо.",
            "Вони були тією компанією",
            "І досі граємо",
            "Олег Мороз",
        ),
        (
            "The band met on Fridays.\n\n\
They were the crowd that later called itself East (a name friends made up): guitarist \
Ivan Koval, drummer Petro Bondar and pianist Oleh Moroz.\n\n\
Ivan Koval: We played whatever we loved.\n\n\
Oleh Moroz: And we still do.",
            "They were the crowd",
            "And we still do",
            "Oleh Moroz",
        ),
    ] {
        let doc = analyse(text);
        assert!(
            doc.quotes.iter().all(|q| !q
                .speaker
                .text
                .as_deref()
                .is_some_and(|s| s.starts_with(clause))),
            "{:#?}",
            doc.quotes
        );
        // The real turns are still read.
        let q = quote_with(&doc, last_turn);
        assert_eq!(q.speaker.text.as_deref(), Some(last_speaker), "{q:#?}");
    }
}

/// A transcript whose page lost its line breaks: the summary, a section
/// break and the turns run on in one line.
const FLAT_MEETING: &str = "Meeting with the governor of the region\n\n\
The President met with the governor to discuss the harvest. * * * President of Russia \
Vladimir Putin: Good afternoon, Mr Petrov. How are things going with the harvest? \
Governor of the Region Ivan Petrov Petrov IvanGovernor of the Region: Good afternoon, \
Mr President. We expect a record wheat harvest this year. I must say that the new \
irrigation system has paid for itself. Vladimir Putin: I am glad to hear it. We promised \
the farmers a canal by spring.";

#[test]
fn turns_inside_a_one_line_transcript_are_their_speakers() {
    let doc = analyse(FLAT_MEETING);
    let q = quote_with(&doc, "How are things going with the harvest");
    assert_eq!(
        q.speaker.text.as_deref(),
        Some("President of Russia Vladimir Putin")
    );
    // The governor's turn ends where Putin's opens, and its header (the
    // name printed twice, glued to the title) is not part of anyone's
    // words.
    let q = quote_with(&doc, "We expect a record wheat harvest");
    assert_eq!(
        q.speaker.text.as_deref(),
        Some("Governor of the Region Ivan Petrov"),
        "{q:?}"
    );
    assert!(!q.text.contains("I am glad"), "{q:?}");
    let q = quote_with(&doc, "I am glad to hear it");
    assert_eq!(q.speaker.text.as_deref(), Some("Vladimir Putin"));
    assert!(doc
        .quotes
        .iter()
        .all(|q| !q.text.contains("Petrov IvanGovernor")));
    // A report inside a turn is the turn speaker's.
    let inner = doc
        .quotes
        .iter()
        .find(|q| q.within.is_some() && q.text.contains("irrigation system"))
        .unwrap_or_else(|| panic!("no nested report: {:#?}", doc.quotes));
    assert_eq!(
        inner.speaker.text.as_deref(),
        Some("Governor of the Region Ivan Petrov")
    );
}

#[test]
fn one_turn_after_a_section_break_is_the_speakers_monologue() {
    let doc = analyse(
        "Address to the regional assembly\n\n\
The President addressed the assembly. * * * President of Russia Vladimir Putin: \
Colleagues, good afternoon. I would like to say that the road will be finished this year.",
    );
    let q = quote_with(&doc, "the road will be finished this year");
    assert_eq!(
        q.speaker.text.as_deref(),
        Some("President of Russia Vladimir Putin"),
        "{q:?}"
    );
}

#[test]
fn a_capitalised_phrase_and_colon_inside_prose_is_no_turn() {
    let doc = analyse(
        "Storm closes ports\n\n\
The storm hit the coast on Sunday. Port Authority Director General: a title the \
ministry created last year, still unfilled. The ports reopened on Monday, officials said.",
    );
    assert_no_turns(&doc);
}

#[test]
fn a_title_cased_headline_opening_the_text_is_no_monologue() {
    // The record's text opens with its headline, written like a turn (and
    // not quite the record's title, so not taken for it); what follows is
    // the reporter's story with its own reports.
    let meta = claimtrace_core::Metadata {
        title: Some("Jane Doyle: voters want answers".into()),
        ..Default::default()
    };
    let doc = common::analyse_with(
        "Jane Doyle: County Voters Worried About School Budget Cuts and New Property Taxes; \
 It’s ‘Their Money.’\n\n\
The county's longtime pollster Jane Doyle told a radio host on Tuesday how tired voters are.\n\n\
“I am surprised how little the candidates talk about schools,” said Doyle.",
        meta,
    );
    let q = quote_with(&doc, "I am surprised how little");
    assert_eq!(
        q.cue.as_ref().map(|c| c.text.as_str()),
        Some("said"),
        "{q:?}"
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.cue.is_some() || !q.text.contains("I am surprised")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_summary_line_run_into_a_role_and_name_header_opens_a_monologue() {
    // The record's summary lost its full stop and runs into the header.
    let doc = analyse(
        "Speech at the regional assembly meeting President of Russia Vladimir Putin: Good \
afternoon, colleagues. I would like to say that the new road will be finished this year.",
    );
    let q = quote_with(&doc, "the new road will be finished");
    assert_eq!(
        q.speaker.text.as_deref(),
        Some("President of Russia Vladimir Putin"),
        "{q:?}"
    );
    // A title with a colon after an article or a role is no header.
    let doc = analyse(
        "The awards were given on Tuesday.\n\n\
The best game was the new Prince of Persia: Warrior Within was praised by the jury for its \
story, and the club's coach Sir Alex Ferguson: a man who needs no introduction.",
    );
    assert_no_turns(&doc);
}

#[test]
fn subheadings_in_capitals_with_a_colon_are_no_turns() {
    // Links to other stories, printed between the paragraphs in capitals.
    let doc = analyse(
        "Pentagon sends troops to Poland\n\n\
The Pentagon said on Wednesday it would send more troops to Eastern Europe.\n\n\
PORTS: GRAIN SHIPMENTS RESUME AFTER TWO-MONTH HALT\n\n\
\"These forces are not going to fight in Ukraine,\" Kirby said. \"They are going to ensure a \
robust defence of our allies.\"\n\n\
MARKETS: OIL PRICES FALL FOR A THIRD DAY\n\n\
\"We do not believe conflict is inevitable,\" Kirby said.",
    );
    for words in ["robust defence of our allies", "conflict is inevitable"] {
        let q = quote_with(&doc, words);
        assert_eq!(q.speaker.text.as_deref(), Some("Kirby"), "{q:?}");
    }
    assert_no_turns(&doc);
}
