//! English attribution constructions met outside PolNeAR-style news:
//! wire copy and news translated from Polish or Ukrainian, on sentences
//! written for these tests (no entity layer: speakers are checked by their
//! mention).

mod common;
use claimtrace_core::QuoteKind;
use common::{analyse, analyse_rules, analyse_with_entities, cue, find, find_by_cue, speaker};

#[test]
fn an_inverted_speaker_may_be_followed_by_where_the_words_were_said() {
    let doc = analyse(
        "Grain prices will rise again next year, said John Carver at a news conference on Friday.",
    );
    let q = find(&doc, "Grain prices");
    assert_eq!(q.text, "Grain prices will rise again next year");
    assert_eq!(cue(q), "said");
    assert_eq!(speaker(q), "John Carver");

    let doc = analyse("The talks with the union have failed, said a spokesman in a statement.");
    let q = find(&doc, "The talks");
    assert_eq!(q.text, "The talks with the union have failed");
    assert_eq!(speaker(q), "a spokesman");
}

#[test]
fn a_spaced_dash_sets_the_authors_words_off_as_a_comma_does() {
    let doc = analyse(
        "It is far easier to move tanks across a border than to hold a country later - said \
Marek Nowicki from the Institute of Eastern Affairs.",
    );
    let q = find(&doc, "It is far easier");
    assert_eq!(
        q.text,
        "It is far easier to move tanks across a border than to hold a country later"
    );
    assert_eq!(cue(q), "said");
    assert_eq!(
        speaker(q),
        "Marek Nowicki from the Institute of Eastern Affairs"
    );

    let doc = analyse(
        "The new sanctions will reach every bank that works with the regime - the foreign \
minister told Radio Zet.",
    );
    let q = find(&doc, "The new sanctions");
    assert_eq!(
        q.text,
        "The new sanctions will reach every bank that works with the regime"
    );
    assert_eq!(cue(q), "told");
    assert_eq!(speaker(q), "the foreign minister");
}

#[test]
fn a_dash_inside_speech_before_you_or_we_quotes_nobody() {
    let doc =
        analyse("I am not going to talk about the funds again - you know all about them already.");
    assert!(
        doc.quotes
            .iter()
            .all(|q| !speaker(q).eq_ignore_ascii_case("you")),
        "{:?}",
        doc.quotes
    );
}

#[test]
fn sentences_glued_without_a_space_keep_their_speakers_apart() {
    let doc = analyse(
        "Berlin sent more soldiers to the eastern flank.Kowalczyk said that no new troops \
would come to Hungary.",
    );
    let q = find(&doc, "no new troops");
    assert_eq!(q.text, "that no new troops would come to Hungary");
    assert_eq!(speaker(q), "Kowalczyk");
}

#[test]
fn a_subject_before_an_aside_between_dashes_is_the_speaker() {
    let doc = analyse(
        "Mr Horvath - who has led the party since 1998 - claimed victory in the disputed vote.",
    );
    let q = find(&doc, "victory");
    assert_eq!(q.text, "victory in the disputed vote");
    assert_eq!(speaker(q), "Mr Horvath");
}

#[test]
fn the_speaker_named_after_the_verb_is_not_also_what_was_said() {
    let doc = analyse(
        "Energy prices are a threat to every household in the region - said the head of the \
council Pierre Lambert yesterday in the regional parliament.",
    );
    let q = find(&doc, "Energy prices");
    assert_eq!(
        q.text,
        "Energy prices are a threat to every household in the region"
    );
    assert_eq!(speaker(q), "the head of the council Pierre Lambert");
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.text.contains("Pierre Lambert")),
        "{:?}",
        doc.quotes
    );
}

#[test]
fn a_weekday_right_after_the_verb_is_when_it_was_said() {
    let doc = analyse(
        "Kovalenko said Saturday sanctions on the regime should be published before any attack.",
    );
    let q = find(&doc, "sanctions");
    assert_eq!(
        q.text,
        "sanctions on the regime should be published before any attack"
    );
    // The day is what was said about, not when.
    let doc = analyse("The governor said Sunday was the worst day for the city so far.");
    let q = find(&doc, "worst day");
    assert_eq!(q.text, "Sunday was the worst day for the city so far");
    let doc = analyse("The governor said Saturday's shelling was a crime against the city.");
    let q = find(&doc, "shelling");
    assert_eq!(q.text, "Saturday's shelling was a crime against the city");
}

#[test]
fn a_place_that_only_modifies_the_speaker_is_not_the_speaker() {
    // With the entity layer, which knows the places.
    let analyse = analyse_with_entities;
    let doc = analyse(
        "Moldova's health minister said on Saturday that 38 civilians had been injured in the strikes.",
    );
    let q = find(&doc, "38 civilians");
    assert_eq!(q.speaker.name.as_deref(), Some("Moldova's health minister"));
    // A place that is the whole speaker phrase speaks for its government.
    let doc = analyse("Moldova said on Saturday that the border would stay open.");
    let q = find(&doc, "the border");
    assert_eq!(speaker(q), "Moldova");
    assert!(q.speaker.entity.is_some(), "{q:?}");
}

#[test]
fn a_relative_pronoun_as_speaker_stands_for_the_phrase_before_it() {
    let doc = analyse(
        "The minister still has to overcome the doubts of experts who wonder whether debt \
relief will be spent wisely.",
    );
    let q = find(&doc, "debt relief");
    assert_eq!(q.speaker.name.as_deref(), Some("experts"), "{q:?}");
}

#[test]
fn a_content_of_one_pronoun_is_no_quote() {
    let doc = analyse(
        "The director won the prize for Harbour Lights, which he wrote, directed and starred in.",
    );
    assert!(
        doc.quotes.iter().all(|q| q.text != "which"),
        "{:?}",
        doc.quotes
    );
    // "said it" still reports what "it" stands for.
    let doc = analyse("The plan will fail. The minister said it on Monday.");
    assert!(
        doc.quotes.iter().any(|q| q.text == "it"),
        "{:?}",
        doc.quotes
    );
}

#[test]
fn a_rubric_before_a_headline_colon_is_no_speaker() {
    for rubric in [
        "Fact Check: Is A Kiosk In Lagos Really Selling Clean Water For 5 Naira?",
        "BREAKING: Parliament Suspends Sitting After Two Members Fall Ill",
        "Harbour chaos: navy sends ships and warns fishermen to stay ashore",
    ] {
        let doc = analyse_with_entities(&format!(
            "{rubric}\n\nA video shared online shows people queuing at the kiosk \
for hours."
        ));
        assert!(
            doc.quotes.iter().all(|q| cue(q) != ":"),
            "{rubric}: {:#?}",
            doc.quotes
        );
    }
    // A person, a role or a poll before the colon speaks.
    for (headline, who) in [
        (
            "Maria Novak: We Will Not Raise Fares This Year",
            "Maria Novak",
        ),
        (
            "Transport minister: Bridge repairs will take two more years",
            "Transport minister",
        ),
        ("Poll: Most Voters Back The New Fare Plan", "Poll"),
    ] {
        let doc = analyse_with_entities(&format!(
            "{headline}\n\nThe city council will vote on the plan on Monday."
        ));
        let q = common::find_by_cue(&doc, ":");
        assert_eq!(speaker(q), who);
    }
}

#[test]
fn the_subject_of_a_passive_verb_of_saying_is_not_its_speaker() {
    // No agent and nothing said after the verb: no report at all.
    for sentence in [
        "Store closures will be announced next month in regions that do not meet the sales targets.",
        "Two children were reported missing after the storm on Sunday.",
        "Hands-free parking is supported on every model sold this year.",
    ] {
        let doc = analyse(sentence);
        assert!(
            doc.quotes.iter().all(|q| q.kind != QuoteKind::Indirect),
            "{sentence}: {:#?}",
            doc.quotes
        );
    }
    // A clause or what the verb's preposition governs is reported, by no
    // one named.
    let doc = analyse("It is alleged that he met the businessman at a house in London in 2001.");
    let q = find(&doc, "he met the businessman");
    assert_eq!(speaker(q), "");
    let doc = analyse(
        "The ruling party was accused on Wednesday of trying to mislead voters before the debate.",
    );
    let q = find(&doc, "trying to mislead voters");
    assert_eq!(speaker(q), "");
    // With an agent, the agent speaks.
    let doc = analyse("The leaked memo was denied by the embassy, which called it a fake.");
    let q = doc
        .quotes
        .iter()
        .find(|q| cue(q).contains("denied"))
        .unwrap_or_else(|| panic!("{:#?}", doc.quotes));
    assert_eq!(speaker(q), "the embassy");
}

#[test]
fn words_after_a_verb_whose_quotation_stands_before_it_are_no_second_report() {
    for sentence in [
        "\"Our ferries ran late all week because of the fog,\" Lindqvist said Tuesday at the harbour forum in Gdansk.",
        "\"We checked every sample three times over,\" the chemist Ruth Okafor said of the soil findings.",
        "The bank was \"pushed into mobile payments by its own clients,\" Clara Voss said while visiting the trade fair.",
    ] {
        let doc = analyse(sentence);
        assert_eq!(doc.quotes.len(), 1, "{sentence}: {:#?}", doc.quotes);
        assert_ne!(doc.quotes[0].kind, QuoteKind::Indirect);
    }
    // A quotation that only borrows the verb of the next sentence leaves
    // that sentence's report alone.
    let doc = analyse(
        "\"The river is cleaner than it was ten years ago.\" She said the survey is being repeated by local students.",
    );
    let q = find(&doc, "the survey is being repeated");
    assert_eq!(q.kind, QuoteKind::Indirect);
}

#[test]
fn a_person_in_the_possessive_before_the_head_is_whose_the_speaker_is() {
    let doc = analyse_with_entities(
        "Paul Ferreira testified on Tuesday. Ferreira's lawyer said the question went beyond the \
inquiry's remit.",
    );
    let q = find(&doc, "the question went beyond");
    assert_eq!(speaker(q), "Ferreira's lawyer");
    assert_ne!(q.speaker.name.as_deref(), Some("Paul Ferreira"));
}

#[test]
fn a_pronoun_nothing_resolves_keeps_its_mention_and_no_name() {
    let doc = analyse("They said the new bridge would open in the spring of next year.");
    let q = find(&doc, "the new bridge");
    assert_eq!(speaker(q), "They");
    assert_eq!(q.speaker.name, None, "{:?}", q.speaker);
}

#[test]
fn an_entity_after_a_preposition_completes_the_head_and_does_not_speak() {
    let analyse = analyse_with_entities;
    let doc = analyse(
        "The chairman of the Law Society of Scotland warned on Monday that the courts would be \
overwhelmed by the new cases.",
    );
    let q = find(&doc, "the courts would be");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("The chairman of the Law Society of Scotland")
    );
    assert!(q.speaker.entity.is_none(), "{q:?}");
    let doc = analyse(
        "Officials in Warsaw said the new border crossing at Dorohusk would open in the spring.",
    );
    let q = find(&doc, "border crossing");
    assert_eq!(q.speaker.name.as_deref(), Some("Officials in Warsaw"));
    // A spokeswoman for a person is not that person; a title is.
    let doc = analyse(
        "Maria Olsen arrived in Oslo on Tuesday. A spokeswoman for Maria Olsen said the minister \
would not resign.",
    );
    let q = find(&doc, "would not resign");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("A spokeswoman for Maria Olsen")
    );
    let doc = analyse(
        "Secretary of State Antony Blinken said the talks in Riyadh had been constructive.",
    );
    let q = find(&doc, "the talks");
    assert!(
        q.speaker
            .name
            .as_deref()
            .is_some_and(|n| n.contains("Blinken")),
        "{q:?}"
    );
}

#[test]
fn a_relative_clause_inside_the_reported_subject_stays_in_the_content() {
    let doc = analyse(
        "The statistics office said the retail sector, which accounts for a third of the \
economy, grew by 2% in the quarter.",
    );
    let q = find(&doc, "the retail sector");
    assert_eq!(
        q.text,
        "the retail sector, which accounts for a third of the economy, grew by 2% in the quarter"
    );
    assert_eq!(
        doc.quotes
            .iter()
            .filter(|q| q.text.contains("which"))
            .count(),
        1
    );
}

#[test]
fn winning_conceding_and_killing_are_actions_not_reports() {
    let doc = analyse(
        "The Kenyan runner claimed her second national title on Sunday. Wales conceded a late \
penalty at the breakdown. The landslide claimed the lives of 12 villagers. The champion \
defended his heavyweight title in Las Vegas. The group claimed responsibility for the \
blast.",
    );
    assert!(doc.quotes.is_empty(), "{:?}", doc.quotes);
    // The same verbs report a claim when a clause follows.
    let doc = analyse(
        "The coach claimed the title had been decided by the referee. The rider conceded that \
the penalty was fair.",
    );
    find(&doc, "the title had been decided");
    find(&doc, "the penalty was fair");
}

#[test]
fn the_person_an_outlet_quotes_as_saying_is_the_speaker() {
    let doc = analyse(
        "The Tass news agency quoted deputy minister Oleg Vasin as saying that the grain deal had \
stalled.\n\nReuters quoted a central bank official as saying the rate would stay unchanged.",
    );
    let q = find(&doc, "the grain deal had stalled");
    assert_eq!(q.text, "the grain deal had stalled");
    assert_eq!(speaker(q), "deputy minister Oleg Vasin");
    let q = find(&doc, "the rate would stay");
    assert_eq!(q.text, "the rate would stay unchanged");
    assert_eq!(speaker(q), "a central bank official");
    // The quote before the frame is the object's; what follows the
    // participle is no report of its own.
    let doc = analyse(
        "\"The mill has been destroyed,\" the Interfax news agency quoted Mr Orlov as saying via \
his lawyers.",
    );
    let q = find(&doc, "The mill has been destroyed");
    assert_eq!(speaker(q), "Mr Orlov");
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.text.contains("via his lawyers")),
        "{:#?}",
        doc.quotes
    );
    // "was quoted by": the subject speaks.
    let doc = analyse(
        "Oleg Vasin was quoted by the Tass news agency as saying that the deal had stalled.",
    );
    let q = find(&doc, "the deal had stalled");
    assert_eq!(speaker(q), "Oleg Vasin");
}

#[test]
fn a_verb_of_saying_in_a_set_phrase_reports_nothing() {
    let doc = analyse(
        "The clinic will now be run as a permanent service, as opposed to being run as a short \
trial.\n\nThe firm wants the scheme treated as a loan, as opposed to a grant.\n\nNeedless to say \
there will be plenty of debate about what the new tariff means for farmers.",
    );
    assert!(
        doc.quotes.iter().all(|q| {
            let c = cue(q);
            c != "opposed" && c != "to say"
        }),
        "{:#?}",
        doc.quotes
    );
    // The same verbs outside the phrase still report.
    let doc = analyse(
        "The farmers' union opposed the tariff. Needless to say, the minister said the tariff \
would stay.",
    );
    let q = find(&doc, "the tariff would stay");
    assert_eq!(cue(q), "said");
}

#[test]
fn words_after_the_verb_of_a_quotation_of_several_sentences_say_when_not_what() {
    // The quotation runs over two sentences and ends in the verb's:
    // "ahead of the trip" is when it was said, not a second report.
    let doc = analyse(
        "The prime minister will visit Kyiv on Friday.\n\n\
“This is about our security and the security of Europe. If the invasion succeeds, it will not \
stop at the border,” the prime minister said ahead of the trip.",
    );
    assert!(
        doc.quotes.iter().all(|q| !q.text.contains("the trip")),
        "{:#?}",
        doc.quotes
    );
    let q = find(&doc, "If the invasion succeeds");
    assert_eq!(speaker(q), "the prime minister");
}

#[test]
fn a_noun_of_saying_after_an_article_reports_nothing_by_itself() {
    // "A call for", "the talk about": a noun phrase, not a cue; "issued a
    // warning that" is still a warning.
    let doc = analyse(
        "The party met in Leeds on Saturday.\n\n\
A call for shorter shortlists was heard at the conference, but nothing was decided.\n\n\
The talk about a new leader dominated the evening in the hall.\n\n\
The director issued a warning that the show was unsuitable for children under seven.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.text.contains("shorter shortlists") && !q.text.contains("a new leader")),
        "{:#?}",
        doc.quotes
    );
    let q = find(&doc, "unsuitable for children");
    assert_eq!(speaker(q), "The director");
}

#[test]
fn what_follows_a_verb_that_takes_an_object_is_no_inverted_speaker() {
    // "publicly announced the change that day": the change was announced;
    // "- said the politician" still inverts.
    let doc = analyse(
        "The talks lasted until late on Friday.\n\n\
After that, the government gave in and, under pressure from its allies, publicly announced the change that day.\n\n\
We do not need additional troops on our territory - said the politician.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| speaker(q) != "the change that day"),
        "{:#?}",
        doc.quotes
    );
    let q = find(&doc, "additional troops");
    assert_eq!(speaker(q), "the politician");
}

#[test]
fn according_to_a_plan_or_a_law_is_no_source() {
    let doc = analyse(
        "The game was shown at a conference in Los Angeles.\n\n\
Instead of hiring artists, the game generates its creatures according to rules devised by the programmers.\n\n\
According to the law, students who are studying will not be called up.\n\n\
According to the ministry, the plan will be ready in May.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.text.contains("generates its creatures")
                && !q.text.contains("will not be called up")),
        "{:#?}",
        doc.quotes
    );
    let q = find(&doc, "ready in May");
    assert_eq!(speaker(q), "the ministry");
}

#[test]
fn a_clause_between_the_speaker_and_the_verb_is_no_part_of_the_speaker() {
    let doc = analyse_with_entities(
        "Diageo, which is listed on the London Stock Exchange, reported a turnover of £8.9bn.\n\n\
Smith, when asked about the deal, said the club would not sell its stadium.",
    );
    let q = find(&doc, "would not sell");
    assert_eq!(speaker(q), "Smith");
    let q = find(&doc, "turnover");
    assert_eq!(speaker(q), "Diageo");
}

#[test]
fn who_a_speaker_phrase_names_is_read_before_a_clause_in_it() {
    // The person in the relative clause is not the speaker.
    let doc = analyse_with_entities(
        "Tennis star Amelie Mauresmo reached the final in Sydney.\n\n\
\"I felt good today,\" said Mauresmo, who was runner-up to Kim Clijsters in last year's final.\n\n\
Laporte, who has dropped Patrick Tabacco from the squad, said the team would be ready.",
    );
    let q = find(&doc, "felt good today");
    assert_eq!(q.speaker.name.as_deref(), Some("Amelie Mauresmo"));
    let q = find(&doc, "team would be ready");
    assert_ne!(q.speaker.name.as_deref(), Some("Patrick Tabacco"));
}

#[test]
fn a_bracketed_acronym_after_the_speaker_is_part_of_the_phrase() {
    let doc = analyse(
        "Shops had a poor winter\n\n\
Retail sales fell sharply in December, the Office for National Statistics (ONS) said on Friday.",
    );
    let q = find(&doc, "Retail sales fell");
    assert_eq!(speaker(q), "the Office for National Statistics (ONS)");

    // A bracketed aside in lower case is not an acronym: nothing before
    // it speaks.
    let doc = analyse(
        "Trade routes shift\n\n\
The actions of some countries (even to their own detriment) show that transport must be diversified.",
    );
    assert!(doc.quotes.iter().all(|q| !speaker(q).contains("detriment")));
}

#[test]
fn a_quote_in_the_paragraph_after_a_colon_takes_its_author() {
    let doc = analyse(
        "Debate night\n\n\
Trump answered with the example of Chicago.\n\n\
He said:\n\n\
\"We have a situation where our inner cities are so dangerous. You walk down the street, you get shot.\"",
    );
    let q = find(&doc, "We have a situation");
    assert_eq!(cue(q), "said");
    assert_eq!(speaker(q), "He");

    // A document addressed to someone is not that person's words.
    let doc = analyse(
        "Messages of greeting\n\n\
The message to Chinese President Li Wei said, in part:\n\n\
\"I am delighted to recall our recent meetings in Beijing.\"",
    );
    let q = find(&doc, "I am delighted");
    assert_eq!(speaker(q), "The message to Chinese President Li Wei");
}

#[test]
fn a_weekday_between_the_subject_and_the_verb_is_not_the_speaker() {
    let doc = analyse(
        "The transport ministry on Thursday announced that two new bridges would open in the spring.",
    );
    let q = find(&doc, "two new bridges");
    assert_eq!(cue(q), "announced");
    assert_eq!(speaker(q), "The transport ministry");

    let doc = analyse("Mayor Ellen Tarrow on Monday said the city would hire forty more nurses.");
    let q = find(&doc, "the city would hire");
    assert_eq!(speaker(q), "Mayor Ellen Tarrow");

    // A newspaper's name keeps its day.
    let doc =
        analyse("A poll for the Independent on Sunday found that most voters backed the plan.");
    let q = find(&doc, "most voters");
    assert_eq!(speaker(q), "A poll for the Independent on Sunday");
}

#[test]
fn a_reporting_verb_after_and_or_a_day_has_the_sentences_subject() {
    let doc = analyse(
        "Helen Clark toured the flooded villages and promised to rebuild every bridge by winter.",
    );
    let q = find(&doc, "to rebuild every bridge");
    assert_eq!(cue(q), "promised");
    assert_eq!(speaker(q), "Helen Clark");

    // A verb after "and" that joins a subordinate clause has that
    // clause's subject, not the sentence's.
    let doc = analyse(
        "The mayor's remarks came a day after Governor Lena Holt visited the port and announced \
the state would pay for a new sea wall.",
    );
    let q = find(&doc, "the state would pay");
    assert_eq!(cue(q), "announced");
    assert_eq!(speaker(q), "Governor Lena Holt");
    // Not when what follows the opener is a phrase with no verb.
    let doc = analyse("Olga Brandt returned after weeks of talks and said the deal was close.");
    let q = find(&doc, "the deal was close");
    assert_eq!(speaker(q), "Olga Brandt");

    // The subject of a report nested in the content ("he" of "wants") is
    // not the speaker of the report that holds it.
    let doc = analyse("The mayor on Friday said he wants to close the old stadium.");
    let q = find(&doc, "he wants to close");
    assert_eq!(speaker(q), "The mayor");

    // A fronted phrase opens no subject.
    let doc = analyse(
        "Assuming that Norwood stays solid, the fund managers will buy more shares and demand \
higher dividends.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| !speaker(q).starts_with("Assuming")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_relative_pronoun_before_the_verb_is_the_mention_and_names_its_antecedent() {
    let doc = analyse(
        "The bill faces opposition from Democrats, who have argued that it helps the largest banks.",
    );
    let q = find(&doc, "it helps the largest banks");
    assert_eq!(cue(q), "have argued");
    assert_eq!(speaker(q), "who");
    assert_eq!(q.speaker.name.as_deref(), Some("Democrats"));

    // ("who in turn allegedly quoted" keeps its antecedent as the mention:
    // dialogue_and_chains.rs holds that, through the attribution edges.)
}

#[test]
fn continuing_to_act_is_no_report() {
    let doc = analyse(
        "The port authorities continue to pour money into the old terminal, and the mayor \
said on Monday that the terminal would close next year.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.cue.as_ref().is_none_or(|c| !c.text.contains("continue"))),
        "{:?}",
        doc.quotes
    );
    let q = find(&doc, "the terminal would close");
    assert_eq!(cue(q), "said");
    assert_eq!(speaker(q), "the mayor");
}

#[test]
fn a_noun_of_saying_after_an_article_and_a_modifier_reports_nothing() {
    // The reader splits it into speaker "A key" and cue "reason".
    let doc = analyse(
        "Shares rose for a third week. A key reason for the rally is the better quarterly \
earnings of the large banks, while oil prices stayed flat.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.cue.as_ref().is_none_or(|c| !c.text.contains("reason"))),
        "{:?}",
        doc.quotes
    );
    // A subject and its verb still report.
    let doc = analyse("A spokesman says the harbour will reopen on Friday.");
    let q = find(&doc, "the harbour will reopen");
    assert_eq!(speaker(q), "A spokesman");
}

#[test]
fn a_name_or_a_reputation_is_no_finding() {
    for text in [
        "The new grain corridor, known as the Danube route, carried four million tonnes.",
        "The brewer, best known for its dark ales, closed two plants this year.",
    ] {
        let doc = analyse(text);
        assert!(
            doc.quotes
                .iter()
                .all(|q| q.cue.as_ref().is_none_or(|c| !c.text.contains("known"))),
            "{text}: {:?}",
            doc.quotes
        );
    }
}

#[test]
fn a_possessive_speaker_names_its_owner() {
    let doc = analyse_with_entities(
        "Senator Maria Lopez spoke for an hour on Tuesday. Her claim that the budget was \
balanced drew laughter from the gallery.",
    );
    let q = find(&doc, "the budget was balanced");
    assert_eq!(speaker(q), "Her");
    assert_eq!(q.speaker.name.as_deref(), Some("Maria Lopez"));
}

#[test]
fn a_report_inside_brackets_keeps_its_speaker_and_words_inside_them() {
    let doc = analyse(
        "A new state survey has lower figures for the plan (41 percent of voters say they \
want the council to approve it), but the mayor is undeterred.",
    );
    let q = find(&doc, "they want the council");
    assert_eq!(speaker(q), "41 percent of voters");
    assert_eq!(q.text, "they want the council to approve it");
}

#[test]
fn doubled_right_single_marks_close_a_quote_as_wires_type_them() {
    let doc = analyse(
        "Unions objected at once.\n\n“It was a plan to cut wages by stealth,’’ Anna Berg, head \
of the port workers union, told reporters. “We will strike.”",
    );
    let q = find(&doc, "It was a plan");
    assert_eq!(q.text, "It was a plan to cut wages by stealth");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(cue(q), "told");
    assert!(speaker(q).starts_with("Anna Berg"), "{q:?}");
}

#[test]
fn a_long_opening_participle_phrase_is_no_speaker_of_a_later_verb() {
    let doc = analyse(
        "Talks resumed on Friday.\n\nSpeaking after a long meeting between the two delegations \
in Geneva, the chief negotiator Anna Berg told reporters that progress was slow but added \
that \"both sides want a deal\".",
    );
    let q = find(&doc, "both sides want a deal");
    assert!(speaker(q).ends_with("Anna Berg"), "{q:?}");
    // A name in "-ing" opening the sentence is the subject.
    let doc = analyse(
        "Talks resumed on Friday.\n\nDowning Street would not comment on the report of a \
leaked memo, saying the timing of the vote was a matter for the cabinet.",
    );
    let q = find(&doc, "the timing of the vote");
    assert_eq!(speaker(q), "Downing Street");
}

#[test]
fn a_figure_keeps_its_signs_at_the_edges_of_what_was_said() {
    let doc = analyse("The statistics office said unemployment rose to 4.3% in March.");
    assert!(find(&doc, "unemployment rose")
        .text
        .ends_with("4.3% in March"));
    let doc = analyse("The statistics office said unemployment rose to 4.3%.");
    assert_eq!(
        find(&doc, "unemployment rose").text,
        "unemployment rose to 4.3%"
    );
    let doc = analyse("The Treasury said $5bn would be spent on roads.");
    assert!(find(&doc, "would be spent").text.starts_with("$5bn"));
}

#[test]
fn a_source_opening_its_sentence_may_be_named_at_length() {
    let doc = analyse(
        "According to figures released by the Office for National Statistics on Tuesday, \
         unemployment rose to 4.3% in the three months to March.",
    );
    let q = find(&doc, "unemployment rose");
    // The day it was said is no part of who said it.
    assert_eq!(
        speaker(q),
        "figures released by the Office for National Statistics"
    );
}

#[test]
fn where_or_to_whom_words_were_said_is_not_what_was_said() {
    let doc = analyse(
        "In an interview with the BBC, Mr Zelensky said his country needed more air defence.",
    );
    assert_eq!(doc.quotes.len(), 1, "{:#?}", doc.quotes);
    assert_eq!(doc.quotes[0].text, "his country needed more air defence");

    let doc = analyse(
        "Officials, speaking on condition of anonymity, said the talks had stalled. \
         \"Nobody expected this,\" said one resident, who asked not to be named.",
    );
    let texts: Vec<&str> = doc.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["the talks had stalled", "Nobody expected this"]);
}

#[test]
fn a_noun_phrase_after_said_that_ends_the_sentence_is_who_said_it() {
    let doc = analyse(
        "The consumption of wine in China is expected to double by 2030, said the US \
         Agriculture Department.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.text != "the US Agriculture Department"),
        "{:#?}",
        doc.quotes
    );
    // A subject before the verb makes the words after it what was said.
    let doc = analyse("Sanborn said the campaign made the mistake.");
    assert_eq!(
        find(&doc, "the campaign").text,
        "the campaign made the mistake"
    );
}

#[test]
fn a_clause_after_a_short_addressee_is_what_was_told() {
    let doc = analyse("Mr Austin told reporters the government is weak.");
    let q = find(&doc, "the government is weak");
    assert_eq!(cue(q), "told");
    assert_eq!(speaker(q), "Mr Austin");
    // A longer addressee keeps its own words; the clause after "that" is
    // what was told.
    let doc = analyse(
        "Gambill told a few thousand teachers who covered the Statehouse lawn that the Legislature \
         should direct money toward schools.",
    );
    assert_eq!(
        find_by_cue(&doc, "told").text,
        "that the Legislature should direct money toward schools"
    );
}

#[test]
fn an_acronym_is_not_the_function_word_its_letters_spell() {
    let doc = analyse("Chinese wine sales are growing fast, said the US Agriculture Department.");
    let q = find(&doc, "wine sales");
    assert_eq!(speaker(q), "the US Agriculture Department");
    // "think tank" is a noun, not a verb of thinking.
    let doc = analyse(
        "\"The war is far from over,\" said Jon Alterman at the Center for Strategic and \
         International Studies, a US think tank.",
    );
    assert_eq!(doc.quotes.len(), 1, "{:#?}", doc.quotes);
    assert!(speaker(&doc.quotes[0]).ends_with("a US think tank"));
}

#[test]
fn he_or_she_is_no_country_or_body() {
    // The last speaker before "he" is a country: the pronoun names someone
    // the text does not name, not Russia.
    let doc = analyse_with_entities(
        "Russia said on Monday that the talks had failed. \"The worst is behind us,\" he said.",
    );
    let q = find(&doc, "The worst is behind us");
    assert_eq!(speaker(q), "he");
    assert_ne!(q.speaker.name.as_deref(), Some("Russia"), "{q:#?}");
}

#[test]
fn a_participle_describing_the_statement_leaves_the_closing_attribution_whole() {
    let doc = analyse(
        "Ferry crossings were cancelled along the whole coast, the harbour office said in a \
         statement posted on its website.",
    );
    let q = find(&doc, "Ferry crossings");
    assert_eq!(
        q.text,
        "Ferry crossings were cancelled along the whole coast"
    );
    assert_eq!(speaker(q), "the harbour office");
    // "its quarterly report": a noun after a possessive and an -ly word,
    // not a verb whose speaker is "its quarterly".
    let doc = analyse(
        "Rents will keep rising through the winter, the housing agency said in its quarterly \
         report released on Thursday.",
    );
    let q = find(&doc, "Rents will keep rising");
    assert_eq!(q.text, "Rents will keep rising through the winter");
    assert_eq!(speaker(q), "the housing agency");
    assert!(
        doc.quotes.iter().all(|q| speaker(q) != "its quarterly"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_report_opened_by_as_stands_before_the_words_it_reports() {
    for (text, content, cue_words, who) in [
        (
            "As the mayor said earlier, nobody will lose their home this winter.",
            "nobody will lose their home this winter",
            "said",
            "the mayor",
        ),
        (
            "As Ms Okafor told reporters on Monday, the bridge will stay shut until spring.",
            "the bridge will stay shut until spring",
            "told",
            "Ms Okafor",
        ),
        (
            "As one trader put it, the market has simply run out of buyers.",
            "the market has simply run out of buyers",
            "put it",
            "one trader",
        ),
        (
            "As the agency reported on Tuesday, the airline plans to sell two of its jets.",
            "the airline plans to sell two of its jets",
            "reported",
            "the agency",
        ),
    ] {
        let doc = analyse(text);
        let q = find_by_cue(&doc, cue_words);
        assert_eq!(q.text, content, "{text}");
        assert_eq!(speaker(q), who, "{text}");
    }
}

#[test]
fn as_telling_when_or_as_you_know_reports_nothing() {
    for (text, not_content) in [
        (
            "As the president spoke, protesters chanted slogans outside the hall.",
            "protesters chanted",
        ),
        (
            "As the minister announced the cuts, the opposition walked out of the chamber.",
            "the opposition walked out",
        ),
        (
            "As you know, the committee meets again in March.",
            "the committee meets",
        ),
    ] {
        let doc = analyse(text);
        assert!(
            doc.quotes.iter().all(|q| !q.text.starts_with(not_content)),
            "{text}: {:#?}",
            doc.quotes
        );
    }
    // "put it on the shoulders of": an action, not the idiom of saying.
    let doc = analyse_with_entities(
        "Officials in Minsk want to put it on the shoulders of the European Union and NATO.",
    );
    assert!(
        doc.quotes.iter().all(|q| !cue(q).starts_with("put it")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_negated_verb_closes_no_report() {
    let doc = analyse(
        "Today, in my first address to the assembly since the election, I will not speak in \
         detail about those plans.",
    );
    assert!(
        doc.quotes.iter().all(|q| !q.text.starts_with("Today")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_relative_clause_between_the_speaker_and_the_verb_is_read_past() {
    for (text, cue_words, content, who) in [
        (
            "Two diplomats, who declined to be identified, said the deal was close.",
            "said",
            "the deal was close",
            "Two diplomats",
        ),
        (
            "A spokesman, who asked not to be named, said talks were at an early stage.",
            "said",
            "talks were at an early stage",
            "A spokesman",
        ),
        (
            "The German carmaker, which has focused on electric vans, says the new van will \
             go 300 miles.",
            "says",
            "the new van will go 300 miles",
            "The German carmaker",
        ),
    ] {
        let doc = analyse(text);
        let q = find_by_cue(&doc, cue_words);
        assert_eq!(q.text, content, "{text}");
        assert_eq!(speaker(q), who, "{text}");
    }
}

#[test]
fn a_plural_noun_spelled_like_a_verb_may_open_what_was_said() {
    // "talks", "plans": nouns before an auxiliary; and a verb the lexicon
    // knows ("wants") makes the clause after a short addressee.
    let doc = analyse("The envoy said talks were going well.");
    assert_eq!(
        find_by_cue(&doc, "said").text,
        "talks were going well",
        "{:#?}",
        doc.quotes
    );
    let doc = analyse("Mr Okafor told the BBC the government wants more money for schools.");
    assert_eq!(
        find_by_cue(&doc, "told").text,
        "the government wants more money for schools"
    );
}

#[test]
fn he_or_she_is_no_document() {
    let doc = analyse_with_entities(
        "The statement added that ships would be inspected in Turkish waters. He went on to say \
         that the price of bread would not rise.",
    );
    let q = find(&doc, "the price of bread");
    assert_ne!(q.speaker.name.as_deref(), Some("The statement"), "{q:#?}");
}

#[test]
fn a_relative_clause_closes_no_report_of_the_clause_before_it() {
    let doc = analyse(
        "The ruling is a major setback for the company, which had hoped to finish the line by \
         next year.",
    );
    assert!(
        doc.quotes.iter().all(|q| !q.text.starts_with("The ruling")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn according_to_an_object_pronoun_names_who_it_stands_for() {
    let doc = analyse_with_entities(
        "In his speech, Viktor Hrabar recalled the floods of last spring. According to him, the \
         dams were never repaired.\n\nAccording to her, the plan will fail.",
    );
    let q = find(&doc, "the dams were never repaired");
    assert_eq!(q.text, "the dams were never repaired");
    assert_eq!(q.speaker.name.as_deref(), Some("Viktor Hrabar"), "{q:#?}");
    // No woman named before: the pronoun stays unresolved, but the words
    // are hers.
    let q = find(&doc, "the plan will fail");
    assert_eq!(speaker(q), "her");
    assert_eq!(q.speaker.name, None, "{q:#?}");
}

#[test]
fn as_reported_by_an_outlet_names_the_outlet() {
    let doc = analyse_with_entities(
        "The club met on Monday.\n\nAs first reported by the Daily Record, the club plans to \
         sell its stadium.",
    );
    let q = find(&doc, "the club plans to sell its stadium");
    assert_eq!(q.text, "the club plans to sell its stadium");
    assert_eq!(speaker(q), "the Daily Record");
}

#[test]
fn as_reported_by_an_outlet_relays_a_report_inside_it() {
    // The agent only relays: the report inside keeps its own speaker.
    let doc = analyse(
        "As reported by the agency, Prime Minister Anna Berg said the border would reopen.",
    );
    let q = find(&doc, "the border would reopen");
    assert_eq!(speaker(q), "Prime Minister Anna Berg");
}

#[test]
fn a_title_cased_name_in_marks_after_an_inverted_verb_is_the_source() {
    let doc = analyse(
        "Berlin under pressure\n\nGermany must rethink its energy policy before winter, \
writes \"Handelsblatt\".",
    );
    let q = find(&doc, "rethink its energy");
    assert_eq!(speaker(q), "Handelsblatt");
    // Words quoted after a verb are what was said, not who said it.
    let doc = analyse(
        "Berlin under pressure\n\nThe crowd filled the square, she wrote, adding \"never again\".",
    );
    assert!(
        doc.quotes.iter().all(|q| speaker(q) != "never again"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn he_or_she_never_stands_for_a_thing_a_place_or_a_body() {
    // The last speaker phrase before the pronoun names a thing ("The
    // system seemed ..."), a newspaper or a body: the pronoun stays
    // unresolved rather than naming it.
    let doc = analyse_with_entities(
        "Universities under pressure\n\nThe system seemed to have no need for them. She said \
the faculty had changed beyond recognition.\n\nThe newspaper reported that the dean had \
resigned. He said the decision was final.",
    );
    for part in ["the faculty had changed", "the decision was final"] {
        let q = find(&doc, part);
        assert_eq!(q.speaker.name, None, "{q:#?}");
    }
    // A person named by a common noun or a role still is one.
    let doc = analyse_with_entities(
        "Attack in the suburbs\n\nThe suspect told police he had acted alone. Later he said \
he regretted the attack.\n\nUkraine's prime minister urged allies to hurry. He said the \
aid was needed within weeks.",
    );
    let q = find(&doc, "he regretted the attack");
    assert_eq!(q.speaker.name.as_deref(), Some("The suspect"));
    let q = find(&doc, "the aid was needed");
    assert_eq!(q.speaker.name.as_deref(), Some("Ukraine's prime minister"));
}

#[test]
fn a_pronoun_after_a_verb_of_saying_reports_the_sentence_before() {
    let doc = analyse(
        "Grain exports\n\nThe port of Odesa will reopen for grain ships within two weeks.\n\n\
Infrastructure Minister Oleksandr Kubrakov said this at a briefing in Kyiv on Friday, \
according to an Ukrinform correspondent.\n\nFreight rates are expected to fall by a \
quarter. The agency's director said so in an interview on Monday.",
    );
    let q = find(&doc, "will reopen for grain ships");
    assert_eq!(cue(q), "said this");
    assert_eq!(speaker(q), "Infrastructure Minister Oleksandr Kubrakov");
    // The correspondent relays the minister's report; it is no report of
    // its own with the minister's sentence as its words.
    assert!(
        doc.quotes.iter().all(|q| !q.text.contains("said this")),
        "{:#?}",
        doc.quotes
    );
    let q = find(&doc, "expected to fall by a quarter");
    assert_eq!(cue(q), "said so");
    // "this" opening a clause is its subject: the clause is what was said.
    let doc = analyse(
        "Grain exports\n\nThe port reopened on Monday. He said this was the best news for \
farmers in months.",
    );
    let q = find(&doc, "the best news for farmers");
    assert_eq!(cue(q), "said");
    // Denying or discussing "this" reports nothing of the sentence before.
    let doc = analyse(
        "Grain exports\n\nThe port was mined by the retreating troops. The ministry has always \
denied this in public.",
    );
    assert!(
        doc.quotes.iter().all(|q| !q.text.contains("mined by")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn this_was_reported_by_names_who_said_the_sentence_before() {
    let doc = analyse(
        "Sanctions\n\nSerbia could join the sanctions against Russia for the first time.\n\n\
This was reported by Euractiv, according to Ukrinform.",
    );
    let q = find(&doc, "could join the sanctions");
    assert_eq!(speaker(q), "Euractiv");
    assert_eq!(doc.quotes.len(), 1, "{:#?}", doc.quotes);
}

#[test]
fn two_phrases_joined_by_and_speak_together() {
    let doc = analyse(
        "Talks resume\n\nThe ministry and the army said that the corridor would open on Monday.\n\n\
Kyiv and its Western allies have warned that the deal could collapse.",
    );
    let q = find(&doc, "the corridor would open");
    assert_eq!(speaker(q), "The ministry and the army");
    let q = find(&doc, "the deal could collapse");
    assert_eq!(speaker(q), "Kyiv and its Western allies");
    // A conjunction after a verb's object joins two clauses, not two
    // speakers.
    let doc = analyse(
        "Talks resume\n\nRussia has massed troops on the border and Truss said an invasion \
could be imminent.",
    );
    let q = find(&doc, "an invasion could be imminent");
    assert_eq!(speaker(q), "Truss");
}

#[test]
fn he_does_not_stand_for_a_common_noun_that_opens_a_headline() {
    // "Carmaker" opens the title in capitals but the text writes it in
    // lower case: a thing, not a name. A person named by a role and a name
    // after a possessive ("The firm's safety chief, ...") is the "he".
    let doc = analyse_with_entities(
        "Carmaker recalls 40,000 vans\n\nThe carmaker blamed a faulty brake sensor. He said \
repairs would take a week.\n\nThe firm's safety chief, Tomas Rein, said no one had been hurt. \
He insisted that the vans were safe to drive.",
    );
    let q = find(&doc, "repairs would take a week");
    assert_eq!(q.speaker.name, None, "{q:#?}");
    let q = find(&doc, "the vans were safe to drive");
    assert_eq!(q.speaker.name.as_deref(), Some("Tomas Rein"), "{q:#?}");
    // A name that opens its sentence is still one: the text never writes
    // it in lower case.
    let doc = analyse_with_entities(
        "Keller: we were robbed\n\nKeller was furious after the final whistle. He said the \
referee had ignored two penalties.",
    );
    let q = find(&doc, "the referee had ignored");
    assert_eq!(q.speaker.name.as_deref(), Some("Keller"), "{q:#?}");
}

#[test]
fn a_verb_that_reports_only_with_its_preposition_takes_no_bare_object() {
    // "pushed for", "pointed to", "reacted to" report; with a bare object
    // the verb is an action.
    let doc = analyse(
        "Drought pushes farmers to the brink\n\nThe storm pushed the river over its banks on \
Sunday. Farmers reacted angrily to the decision, and the union pushed for emergency aid.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.text.contains("farmers to the brink") && !q.text.contains("the river")),
        "{:#?}",
        doc.quotes
    );
    let q = find(&doc, "emergency aid");
    assert_eq!(cue(q), "pushed for");
    assert_eq!(speaker(q), "the union");
}

#[test]
fn a_reporting_word_in_a_compound_noun_does_not_hide_the_that_clause() {
    // "call" in "on a conference call" is a noun: the clause after "that"
    // is what the chief executive told analysts.
    let doc = analyse(
        "Profit warning\n\nChief executive Ana Ruiz told analysts on a conference call that \
the company would cut 500 jobs.",
    );
    let q = find(&doc, "would cut 500 jobs");
    assert_eq!(cue(q), "told");
    assert_eq!(speaker(q), "Chief executive Ana Ruiz");
    // A reporting noun after an article does not stop the search for
    // "that", but a verb does: the words up to it are a clause of what was
    // said ("say the joke is so old that ..."); not a copula right before
    // "that" ("What the mayor said was that ...").
    let doc = analyse(
        "Old jokes\n\nFans say the joke is so old that it should be retired.\n\nWhat the \
mayor said was that the budget had no room for raises.",
    );
    let q = find(&doc, "it should be retired");
    assert!(q.text.starts_with("the joke is so old"), "{q:#?}");
    let q = find(&doc, "the budget had no room");
    assert!(q.text.starts_with("that the budget"), "{q:#?}");
    // "its figures suggested" is a clause: what he said holds it.
    let doc = analyse(
        "Games\n\nThe analyst said its figures suggested that older players spend the most.",
    );
    let q = find(&doc, "older players spend the most");
    assert!(q.text.starts_with("its figures suggested"), "{q:#?}");
}

#[test]
fn a_title_between_a_team_and_a_name_belongs_to_the_speaker() {
    // "defender", "striker": an agent noun before a name, not a verb after
    // "United".
    let doc = analyse(
        "Cup exit\n\nFormer City striker Dan Moss was blunt in his verdict, calling the display \
\"shameful\" and questioning whether the manager still had the players' trust.",
    );
    let q = find(&doc, "the display");
    assert_eq!(speaker(q), "Former City striker Dan Moss");
    let q = find(&doc, "whether the manager still had");
    assert_eq!(speaker(q), "Former City striker Dan Moss");
}

#[test]
fn a_quotation_after_a_colon_stays_direct_beside_an_earlier_clause() {
    // "Asked whether he feared ..., X replied: "..."": the rules read a
    // belief from "feared" over the rest of the sentence too; the direct
    // quotation, the reading that fits the tagged words, says their kind.
    let doc = analyse(
        "Job on the line\n\nAsked whether he feared for his future, Moretti replied: \"That is \
for the owners to decide.\"",
    );
    let q = find(&doc, "That is for the owners");
    assert_eq!(q.kind, claimtrace_core::QuoteKind::Direct, "{q:#?}");
    assert_eq!(speaker(q), "Moretti");
}

#[test]
fn a_quotation_that_goes_on_after_said_x_stays_with_x() {
    // The second quotation continues the first; the next sentence's verb
    // has its own words ("Figures showed that ...").
    let doc = analyse(
        "Gas prices\n\nTraders expect more falls. \"We could see prices test the lows again,\" \
said Nina Vogel of Helmbank. \"The mood is clearly cautious.\" Figures released on Monday \
showed that stocks had risen for a third week.",
    );
    let q = find(&doc, "The mood is clearly cautious");
    assert_eq!(speaker(q), "Nina Vogel of Helmbank");
    let q = find(&doc, "stocks had risen");
    assert_eq!(cue(q), "showed");
}

#[test]
fn a_participle_after_a_place_phrase_has_the_clauses_subject() {
    // "in the studio saying": the phrase after "in" is a place; "with a
    // spokesperson saying" names who speaks.
    let doc = analyse(
        "Reality show\n\nMarsh, 64, seemed tired of her weeks in the studio saying: \"I need a \
long holiday.\"\n\nThe palace declined to comment, with a spokesperson saying: \"We do not \
discuss private matters.\"",
    );
    let q = find(&doc, "I need a long holiday");
    assert_eq!(speaker(q), "Marsh");
    let q = find(&doc, "We do not discuss");
    assert_eq!(speaker(q), "a spokesperson");
}

#[test]
fn a_participle_before_a_reporting_noun_is_no_speaker() {
    // "rising demand": "demand" is a noun, "rising" no one who demands.
    let doc = analyse(
        "Coffee\n\nCoffee prices have hit records in 2023, topping $4 a pound at one point, \
driven up by a string of worries about drought in Brazil and Vietnam, rising demand and \
shipping bottlenecks.",
    );
    assert!(
        doc.quotes.iter().all(|q| speaker(q) != "rising"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_second_verb_after_and_shares_the_first_ones_speaker() {
    // The subject is a phrase with an appositive name; "and said" has no
    // subject of its own.
    let doc = analyse(
        "Ruling\n\nThe bill's author, state Representative Ana Lind, called the decision \
\"a setback\" and said lawmakers would draft a new version.",
    );
    let q = find(&doc, "lawmakers would draft");
    assert_eq!(
        speaker(q),
        "The bill's author, state Representative Ana Lind,"
    );
}

#[test]
fn british_spellings_of_reporting_verbs_are_reporting_verbs() {
    // "signalled", "labelled": British spelling doubles the final "l".
    let doc = analyse(
        "Rates\n\nThe bank signalled that it could cut rates in the autumn.\n\nThe minister \
labelled the plan \"a disaster\" on Monday.",
    );
    let q = find(&doc, "cut rates in the autumn");
    assert_eq!(cue(q), "signalled");
    assert_eq!(speaker(q), "The bank");
    let q = find(&doc, "the plan");
    assert_eq!(cue(q), "labelled");
}

#[test]
fn whom_a_quotation_was_told_to_is_not_its_speaker() {
    // A long appositive subject between the quotation and "told": the
    // outlet after the verb was told, it did not speak.
    let doc = analyse_with_entities(
        "Oil\n\n\"We think the risk of a supply shock remains underappreciated,\" the bank's \
head of commodities research, Daan Velthuis, told Reuters in an interview.",
    );
    let q = find(&doc, "supply shock remains underappreciated");
    assert_ne!(speaker(q), "Reuters", "{:#?}", doc.quotes);
    assert!(speaker(q).contains("Daan Velthuis"), "{:#?}", doc.quotes);
}

#[test]
fn a_clause_after_said_and_a_day_is_what_was_said() {
    // "said on Friday he was ...": the day is no part of the content, and
    // the clause without "that" is read.
    let doc = analyse(
        "Talks\n\nThe charter airline SkyJet said late on Sunday its flight to Kyiv was \
diverted to Chisinau.\n\nPresident Marek Tovin said on Friday he was still open to peace \
talks.",
    );
    let q = find(&doc, "flight to Kyiv was diverted");
    assert_eq!(q.text, "its flight to Kyiv was diverted to Chisinau");
    assert_eq!(speaker(q), "The charter airline SkyJet");
    let q = find(&doc, "still open to peace talks");
    assert_eq!(q.text, "he was still open to peace talks");
}

#[test]
fn a_wire_storys_dateline_is_no_part_of_what_was_said() {
    let doc = analyse(
        "Strikes\n\nKYIV, Ukraine — Russia launched one of its largest aerial assaults of the war \
on Thursday, Ukrainian officials said.\n\nLONDON, May 6 (Reuters) - Oil prices fell on Monday \
as investors weighed the prospect of a ceasefire, traders said.",
    );
    let q = find(&doc, "largest aerial assaults");
    assert!(q.text.starts_with("Russia launched"), "{:?}", q.text);
    let q = find(&doc, "Oil prices fell");
    assert!(q.text.starts_with("Oil prices fell"), "{:?}", q.text);
}

#[test]
fn a_long_relative_clause_between_the_subject_and_its_verb_is_skipped() {
    // Wire copy's anonymity clause runs past the reach of an appositive.
    let doc = analyse(
        "Aid\n\nOfficials, who spoke on condition of anonymity because they were not authorized \
to discuss the matter publicly, said the federal government was preparing an emergency aid \
package.",
    );
    let q = find(&doc, "emergency aid package");
    assert_eq!(speaker(q), "Officials");
}

#[test]
fn a_report_inside_a_relative_clause_names_its_own_speaker() {
    let doc = analyse(
        "Russia moved two brigades closer to the border, a move NATO officials say is meant to \
intimidate Kyiv.\n\n\
The visa rules, which the interior ministry said will take effect in March, apply to all \
visitors.\n\n\
The senator attacked a measure that he says would raise fuel prices for farmers.",
    );
    let q = find(&doc, "is meant to intimidate Kyiv");
    assert_eq!(cue(q), "say");
    assert_eq!(speaker(q), "NATO officials");
    let q = find_by_cue(&doc, "said");
    assert_eq!(q.text, "will take effect in March");
    assert_eq!(speaker(q), "the interior ministry");
    let q = find_by_cue(&doc, "says");
    assert_eq!(q.text, "would raise fuel prices for farmers");
    assert_eq!(speaker(q), "he");
}

#[test]
fn a_verb_that_takes_an_object_is_no_gapped_report() {
    // "called" has an object gap here: the man was called, not quoted.
    let doc = analyse("The man they called was arrested at the airport on Friday.");
    assert!(
        doc.quotes.iter().all(|q| cue(q) != "called"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_complementizer_or_a_setting_before_the_subject_is_no_part_of_the_speaker() {
    let doc = analyse(
        "So rapid is the pace of the navy's growth, in fact, that US military officials have \
warned that it could soon overtake its rivals.\n\n\
The new proposal brings little benefit. For the most part it repeats old arguments, and hears \
complaints from the ministry that are already familiar.",
    );
    let q = find(&doc, "could soon overtake");
    assert_eq!(speaker(q), "US military officials");
    // "For the most part" is when and how, not who.
    let q = find(&doc, "complaints from the ministry");
    assert!(q.speaker.text.is_none(), "{q:#?}");
}

#[test]
fn the_end_of_a_programmes_title_is_no_part_of_the_speaker() {
    let doc = analyse(
        "Speaking on CNN's \"State of the Union,\" Senator Mark Warner called the decision a \
mistake.\n\n\
The central bank raised rates by half a point, a move analysts said would slow lending.",
    );
    let q = find_by_cue(&doc, "called");
    assert_eq!(speaker(q), "Senator Mark Warner");
    let q = find(&doc, "would slow lending");
    assert_eq!(speaker(q), "analysts");
}

#[test]
fn an_adverb_between_the_subject_and_its_verb_is_no_part_of_the_speaker() {
    let doc = analyse(
        "Three sources familiar with the intelligence subsequently told reporters the weapon \
could destroy satellites.",
    );
    let q = find(&doc, "could destroy satellites");
    assert_eq!(speaker(q), "Three sources familiar with the intelligence");
}

#[test]
fn call_centres_are_a_noun_not_a_call() {
    let doc = analyse(
        "However, call centres also saw a sharp increase of customers simply abandoning calls, \
she says.",
    );
    assert!(
        doc.quotes.iter().all(|q| cue(q) != "call"),
        "{:#?}",
        doc.quotes
    );
    let q = find_by_cue(&doc, "says");
    assert!(q.text.contains("call centres also saw"), "{q:#?}");
}

#[test]
fn a_clause_joined_with_its_own_speaker_and_verb_of_saying_is_another_report() {
    let doc = analyse(
        "Tory MPs said they were increasingly convinced the inquiry had been mishandled and \
Labour accused the government of stalling for time.",
    );
    let q = find_by_cue(&doc, "said");
    assert_eq!(
        q.text,
        "they were increasingly convinced the inquiry had been mishandled"
    );
    assert_eq!(speaker(q), "Tory MPs");

    let doc = analyse(
        "The ministry says exports will fall this year, and farmers say they cannot cover \
their costs.",
    );
    let q = find_by_cue(&doc, "says");
    assert_eq!(q.text, "exports will fall this year");
    let q = find(&doc, "cannot cover");
    assert_eq!(speaker(q), "farmers");
}

#[test]
fn a_noun_of_saying_after_and_does_not_end_the_content() {
    // "talk" and "comment" are nouns here, not the verbs of new reports.
    let doc = analyse(
        "The mayor said the hatred and foul talk were wrong and his own comment was a mistake.",
    );
    let q = find_by_cue(&doc, "said");
    assert_eq!(
        q.text,
        "the hatred and foul talk were wrong and his own comment was a mistake"
    );
}

#[test]
fn a_comma_inside_closing_quotation_marks_still_ends_the_content() {
    let doc = analyse(
        "Only 41 percent of voters agreed that the governor is \"fit to serve,\" while 58 \
percent said the same of his rival.",
    );
    let q = find_by_cue(&doc, "agreed");
    assert_eq!(q.text, "that the governor is \"fit to serve,\"");
    let q = find(&doc, "the same of his rival");
    assert_eq!(cue(q), "said");
    assert_eq!(speaker(q), "58 percent");

    // The participle after such a comma reports its clause's subject.
    let doc = analyse(
        "Officials stressed that a strike is \"not inevitable,\" maintaining that there is \
still time for talks.",
    );
    let q = find_by_cue(&doc, "maintaining");
    assert_eq!(q.text, "that there is still time for talks");
    assert_eq!(speaker(q), "Officials");
}

#[test]
fn but_that_is_a_second_clause_of_the_same_verb() {
    let doc = analyse(
        "She argued that the plan made sense on paper, but that farmers would never accept it.",
    );
    let q = find_by_cue(&doc, "argued");
    assert_eq!(
        q.text,
        "that the plan made sense on paper, but that farmers would never accept it"
    );
}

#[test]
fn an_age_and_a_home_town_between_commas_belong_to_the_speaker() {
    for doc in [
        analyse("Mary Okafor, 47, of Leeds, said the closure had cost her two jobs."),
        analyse_rules("Mary Okafor, 47, of Leeds, said the closure had cost her two jobs."),
    ] {
        let q = find(&doc, "the closure had cost");
        assert!(
            speaker(q).starts_with("Mary Okafor, 47, of Leeds"),
            "{q:#?}"
        );
    }

    // A relative clause after them is not part of the speaker.
    let doc = analyse_rules(
        "Tom Reyes, 62, of Dayton, Ohio, who queued for three hours, said the vote was \
historic.",
    );
    let q = find(&doc, "the vote was historic");
    assert_eq!(speaker(q), "Tom Reyes, 62, of Dayton, Ohio");

    // Capitalised words alone between commas may be a name, not a place.
    let doc = analyse_rules(
        "According to the BBC's Ward, Anna Lis, a nurse at the clinic, wrote that the ward had \
been closed.",
    );
    let q = find(&doc, "the ward had been closed");
    assert!(speaker(q).starts_with("Anna Lis"), "{q:#?}");
}

#[test]
fn a_bare_clause_with_an_irregular_verb_is_reported() {
    // Read by the rules alone as by the tagger: "felt" and "thought" are
    // finite verbs though they end in neither "-ed" nor "-s".
    for text in [
        "Donna Rawlings said the vote felt historic.",
        "The coach said she felt proud of the squad.",
    ] {
        for doc in [analyse(text), analyse_rules(text)] {
            let q = find_by_cue(&doc, "said");
            assert!(q.text.contains(" felt "), "{text}: {q:#?}");
        }
    }
    // An irregular verb deep in an adjunct makes no clause of a number.
    let doc = analyse_rules(
        "The stock added more than 2% to begin the week after the brand took a majority stake.",
    );
    assert!(
        doc.quotes.iter().all(|q| cue(q) != "added"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_negated_auxiliary_written_as_one_word_belongs_to_the_cue() {
    for text in [
        "The mayor's office didn't immediately respond to a request for comment.",
        "The mayor’s office didn’t immediately respond to a request for comment.",
    ] {
        for doc in [analyse(text), analyse_rules(text)] {
            let q = find(&doc, "a request for comment");
            assert!(cue(q).starts_with("didn"), "{text}: {q:#?}");
            assert!(speaker(q).ends_with("office"), "{text}: {q:#?}");
        }
    }
}
