//! The lexicons' words the speaker, chain, turn and hedge rules read,
//! gathered once.

use claimtrace_lexicon::{HedgeRuleWords, SpeakerRuleWords};

/// Every language's `speaker_rules` lists, each one sorted and without
/// repeats.
pub(crate) struct SpeakerWords {
    pub(crate) authoring_verbs: Vec<&'static str>,
    pub(crate) authored_texts: Vec<&'static str>,
    pub(crate) label_openings: Vec<&'static str>,
    pub(crate) transcript_not_name_openings: Vec<&'static str>,
    pub(crate) not_names_alone: Vec<&'static str>,
    pub(crate) transcript_not_names_alone: Vec<&'static str>,
    pub(crate) first_person_pronouns: Vec<&'static str>,
    pub(crate) programme_making_nouns: Vec<&'static str>,
    pub(crate) programme_nouns: Vec<&'static str>,
    pub(crate) talk_nouns: Vec<&'static str>,
    pub(crate) excerpt_nouns: Vec<&'static str>,
    pub(crate) publishing_verbs: Vec<&'static str>,
    pub(crate) medium_possessives: Vec<&'static str>,
    pub(crate) not_speaker_labels: Vec<&'static str>,
    pub(crate) name_joiners: Vec<&'static str>,
    pub(crate) not_in_turn_names: Vec<&'static str>,
    pub(crate) unnamed_turn_labels: Vec<&'static str>,
    pub(crate) first_person_subjects: Vec<&'static str>,
    pub(crate) spoken_person_words: Vec<&'static str>,
    pub(crate) elliptical_clause_openers: Vec<&'static str>,
    pub(crate) setting_prepositions: Vec<&'static str>,
    pub(crate) talk_partner_prepositions: Vec<&'static str>,
    pub(crate) posting_medium_prepositions: Vec<&'static str>,
    pub(crate) channel_prepositions: Vec<&'static str>,
    pub(crate) channel_nouns: Vec<&'static str>,
    pub(crate) medium_ending_words: Vec<&'static str>,
    pub(crate) author_name_joiners: Vec<&'static str>,
    pub(crate) author_prepositions: Vec<&'static str>,
    pub(crate) text_determiners: Vec<&'static str>,
    pub(crate) parenthetical_adverbs: Vec<&'static str>,
    pub(crate) speaker_leading_words: Vec<&'static str>,
    pub(crate) speaker_setting_prepositions: Vec<&'static str>,
    pub(crate) gerund_endings: Vec<&'static str>,
    pub(crate) agent_prepositions: Vec<&'static str>,
    pub(crate) programme_making_prepositions: Vec<&'static str>,
    pub(crate) excerpt_relative_pronouns: Vec<&'static str>,
    pub(crate) medium_nouns: Vec<&'static str>,
    pub(crate) definite_articles: Vec<&'static str>,
    pub(crate) latter_words: Vec<&'static str>,
    pub(crate) singular_s_endings: Vec<&'static str>,
    pub(crate) non_plural_s_endings: Vec<&'static str>,
    pub(crate) past_verb_endings: Vec<&'static str>,
    pub(crate) reflexive_endings: Vec<&'static str>,
    pub(crate) agent_noun_endings: Vec<&'static str>,
    pub(crate) neuter_pronouns: Vec<&'static str>,
    pub(crate) role_head_prepositions: Vec<&'static str>,
    /// The two-word entries of `paired_cue_prefixes`, `cue_particles`,
    /// `cue_particles_any_case` and `naming_phrases`, split at the space.
    pub(crate) paired_cue_prefixes: Vec<(&'static str, &'static str)>,
    pub(crate) cue_particles: Vec<(&'static str, &'static str)>,
    pub(crate) cue_particles_any_case: Vec<(&'static str, &'static str)>,
    pub(crate) naming_phrases: Vec<(&'static str, &'static str)>,
    /// `definite_articles` capitalised, as a title's first word writes
    /// them ("The").
    pub(crate) capitalised_definite_articles: Vec<String>,
    /// `name_period_abbreviations` capitalised, as they are matched ("Mr").
    pub(crate) name_period_abbreviations: Vec<String>,
}

pub(crate) fn speaker_words() -> &'static SpeakerWords {
    static WORDS: std::sync::OnceLock<SpeakerWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let gather = |list: fn(&SpeakerRuleWords) -> &'static [&'static str]| {
            let mut words: Vec<&'static str> = claimtrace_lexicon::ALL
                .iter()
                .flat_map(|l| list(l.speaker_rules).iter().copied())
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        };
        // "in turn" -> ("in", "turn"); an entry without a space reads as
        // nothing (the lexicon's entries all have one).
        let pairs = |words: Vec<&'static str>| -> Vec<(&'static str, &'static str)> {
            words.iter().filter_map(|w| w.split_once(' ')).collect()
        };
        SpeakerWords {
            authoring_verbs: gather(|r| r.authoring_verbs),
            authored_texts: gather(|r| r.authored_texts),
            label_openings: gather(|r| r.label_openings),
            transcript_not_name_openings: gather(|r| r.transcript_not_name_openings),
            not_names_alone: gather(|r| r.not_names_alone),
            transcript_not_names_alone: gather(|r| r.transcript_not_names_alone),
            first_person_pronouns: gather(|r| r.first_person_pronouns),
            programme_making_nouns: gather(|r| r.programme_making_nouns),
            programme_nouns: gather(|r| r.programme_nouns),
            talk_nouns: gather(|r| r.talk_nouns),
            excerpt_nouns: gather(|r| r.excerpt_nouns),
            publishing_verbs: gather(|r| r.publishing_verbs),
            medium_possessives: gather(|r| r.medium_possessives),
            not_speaker_labels: gather(|r| r.not_speaker_labels),
            name_joiners: gather(|r| r.name_joiners),
            not_in_turn_names: gather(|r| r.not_in_turn_names),
            unnamed_turn_labels: gather(|r| r.unnamed_turn_labels),
            first_person_subjects: gather(|r| r.first_person_subjects),
            spoken_person_words: gather(|r| r.spoken_person_words),
            elliptical_clause_openers: gather(|r| r.elliptical_clause_openers),
            setting_prepositions: gather(|r| r.setting_prepositions),
            talk_partner_prepositions: gather(|r| r.talk_partner_prepositions),
            posting_medium_prepositions: gather(|r| r.posting_medium_prepositions),
            channel_prepositions: gather(|r| r.channel_prepositions),
            channel_nouns: gather(|r| r.channel_nouns),
            medium_ending_words: gather(|r| r.medium_ending_words),
            author_name_joiners: gather(|r| r.author_name_joiners),
            author_prepositions: gather(|r| r.author_prepositions),
            text_determiners: gather(|r| r.text_determiners),
            parenthetical_adverbs: gather(|r| r.parenthetical_adverbs),
            speaker_leading_words: gather(|r| r.speaker_leading_words),
            speaker_setting_prepositions: gather(|r| r.speaker_setting_prepositions),
            gerund_endings: gather(|r| r.gerund_endings),
            agent_prepositions: gather(|r| r.agent_prepositions),
            programme_making_prepositions: gather(|r| r.programme_making_prepositions),
            excerpt_relative_pronouns: gather(|r| r.excerpt_relative_pronouns),
            medium_nouns: gather(|r| r.medium_nouns),
            definite_articles: gather(|r| r.definite_articles),
            latter_words: gather(|r| r.latter_words),
            singular_s_endings: gather(|r| r.singular_s_endings),
            non_plural_s_endings: gather(|r| r.non_plural_s_endings),
            past_verb_endings: gather(|r| r.past_verb_endings),
            reflexive_endings: gather(|r| r.reflexive_endings),
            agent_noun_endings: gather(|r| r.agent_noun_endings),
            neuter_pronouns: gather(|r| r.neuter_pronouns),
            role_head_prepositions: gather(|r| r.role_head_prepositions),
            paired_cue_prefixes: pairs(gather(|r| r.paired_cue_prefixes)),
            cue_particles: pairs(gather(|r| r.cue_particles)),
            cue_particles_any_case: pairs(gather(|r| r.cue_particles_any_case)),
            naming_phrases: pairs(gather(|r| r.naming_phrases)),
            capitalised_definite_articles: gather(|r| r.definite_articles)
                .iter()
                .map(|w| capitalised(w))
                .collect(),
            name_period_abbreviations: gather(|r| r.name_period_abbreviations)
                .iter()
                .map(|w| capitalised(w))
                .collect(),
        }
    })
}

/// `word` with its first letter upper case ("mr" -> "Mr").
fn capitalised(word: &str) -> String {
    let mut letters = word.chars();
    letters
        .next()
        .map(|first| first.to_uppercase().chain(letters).collect())
        .unwrap_or_default()
}

/// Every language's `hedge_rules` lists, each one sorted and without
/// repeats.
pub(crate) struct HedgeWords {
    pub(crate) opinion_possessives: Vec<&'static str>,
    pub(crate) opinion_nouns: Vec<&'static str>,
    pub(crate) cited_source_nouns: Vec<&'static str>,
    pub(crate) impersonal_auxiliaries: Vec<&'static str>,
    pub(crate) impersonal_report_participles: Vec<&'static str>,
    pub(crate) opinion_prepositions: Vec<&'static str>,
    pub(crate) source_citing_verbs: Vec<&'static str>,
    pub(crate) impersonal_subjects: Vec<&'static str>,
    pub(crate) perfect_be_forms: Vec<&'static str>,
}

pub(crate) fn hedge_words() -> &'static HedgeWords {
    static WORDS: std::sync::OnceLock<HedgeWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let gather = |list: fn(&HedgeRuleWords) -> &'static [&'static str]| {
            let mut words: Vec<&'static str> = claimtrace_lexicon::ALL
                .iter()
                .flat_map(|l| list(l.hedge_rules).iter().copied())
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        };
        HedgeWords {
            opinion_possessives: gather(|h| h.opinion_possessives),
            opinion_nouns: gather(|h| h.opinion_nouns),
            cited_source_nouns: gather(|h| h.cited_source_nouns),
            impersonal_auxiliaries: gather(|h| h.impersonal_auxiliaries),
            impersonal_report_participles: gather(|h| h.impersonal_report_participles),
            opinion_prepositions: gather(|h| h.opinion_prepositions),
            source_citing_verbs: gather(|h| h.source_citing_verbs),
            impersonal_subjects: gather(|h| h.impersonal_subjects),
            perfect_be_forms: gather(|h| h.perfect_be_forms),
        }
    })
}

/// Every language's `content_rules` lists, each one sorted and without
/// repeats.
pub(crate) struct ContentWords {
    pub(crate) predicate_conjunctions: Vec<&'static str>,
    pub(crate) clause_openers: Vec<&'static str>,
    pub(crate) reporter_adjunct_openers: Vec<&'static str>,
    pub(crate) gapped_report_verbs: Vec<&'static str>,
    pub(crate) gap_relatives: Vec<&'static str>,
    pub(crate) quoting_verbs: Vec<&'static str>,
    pub(crate) quoting_as: Vec<&'static str>,
    pub(crate) as_report_openers: Vec<&'static str>,
    pub(crate) as_report_idioms: Vec<(&'static str, &'static str)>,
    pub(crate) as_report_timing_verbs: Vec<&'static str>,
    pub(crate) quoting_participles: Vec<&'static str>,
    pub(crate) quoting_adjuncts: Vec<&'static str>,
    pub(crate) trailing_conjunctions: Vec<&'static str>,
    pub(crate) said_object_pronouns: Vec<&'static str>,
    pub(crate) adjunct_prepositions: Vec<&'static str>,
    pub(crate) citing_participles: Vec<&'static str>,
    pub(crate) non_clause_pronouns: Vec<&'static str>,
    pub(crate) expletive_subjects: Vec<&'static str>,
    pub(crate) adverb_endings: Vec<&'static str>,
    pub(crate) clause_auxiliaries: Vec<&'static str>,
    pub(crate) verb_endings: Vec<&'static str>,
    pub(crate) impersonal_passive_auxiliaries: Vec<&'static str>,
    pub(crate) passive_auxiliaries: Vec<&'static str>,
    pub(crate) infinitive_markers: Vec<&'static str>,
    pub(crate) infinitive_endings: Vec<&'static str>,
    pub(crate) intent_verb_stems: Vec<&'static str>,
    pub(crate) question_verb_stems: Vec<&'static str>,
    pub(crate) telling_verb_stems: Vec<&'static str>,
    pub(crate) person_object_stems: Vec<&'static str>,
    pub(crate) object_pronouns: Vec<&'static str>,
    pub(crate) addressee_pronouns: Vec<&'static str>,
    pub(crate) citing_verb_stems: Vec<&'static str>,
    pub(crate) indefinite_articles: Vec<&'static str>,
    pub(crate) conditional_subordinators: Vec<&'static str>,
    pub(crate) participle_endings: Vec<&'static str>,
    pub(crate) dangling_words: Vec<&'static str>,
}

pub(crate) fn content_words() -> &'static ContentWords {
    static WORDS: std::sync::OnceLock<ContentWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let gather =
            |list: fn(&claimtrace_lexicon::ContentRuleWords) -> &'static [&'static str]| {
                let mut words: Vec<&'static str> = claimtrace_lexicon::ALL
                    .iter()
                    .flat_map(|l| list(l.content_rules).iter().copied())
                    .collect();
                words.sort_unstable();
                words.dedup();
                words
            };
        ContentWords {
            predicate_conjunctions: gather(|c| c.predicate_conjunctions),
            clause_openers: gather(|c| c.clause_openers),
            reporter_adjunct_openers: gather(|c| c.reporter_adjunct_openers),
            gapped_report_verbs: gather(|c| c.gapped_report_verbs),
            gap_relatives: gather(|c| c.gap_relatives),
            quoting_verbs: gather(|c| c.quoting_verbs),
            quoting_as: gather(|c| c.quoting_as),
            as_report_openers: gather(|c| c.as_report_openers),
            as_report_timing_verbs: gather(|c| c.as_report_timing_verbs),
            as_report_idioms: gather(|c| c.as_report_idioms)
                .iter()
                .filter_map(|w| w.split_once(' '))
                .collect(),
            quoting_participles: gather(|c| c.quoting_participles),
            quoting_adjuncts: gather(|c| c.quoting_adjuncts),
            trailing_conjunctions: gather(|c| c.trailing_conjunctions),
            said_object_pronouns: gather(|c| c.said_object_pronouns),
            adjunct_prepositions: gather(|c| c.adjunct_prepositions),
            citing_participles: gather(|c| c.citing_participles),
            non_clause_pronouns: gather(|c| c.non_clause_pronouns),
            expletive_subjects: gather(|c| c.expletive_subjects),
            adverb_endings: gather(|c| c.adverb_endings),
            clause_auxiliaries: gather(|c| c.clause_auxiliaries),
            verb_endings: gather(|c| c.verb_endings),
            impersonal_passive_auxiliaries: gather(|c| c.impersonal_passive_auxiliaries),
            passive_auxiliaries: gather(|c| c.passive_auxiliaries),
            infinitive_markers: gather(|c| c.infinitive_markers),
            infinitive_endings: gather(|c| c.infinitive_endings),
            intent_verb_stems: gather(|c| c.intent_verb_stems),
            question_verb_stems: gather(|c| c.question_verb_stems),
            telling_verb_stems: gather(|c| c.telling_verb_stems),
            person_object_stems: gather(|c| c.person_object_stems),
            object_pronouns: gather(|c| c.object_pronouns),
            addressee_pronouns: gather(|c| c.addressee_pronouns),
            citing_verb_stems: gather(|c| c.citing_verb_stems),
            indefinite_articles: gather(|c| c.indefinite_articles),
            conditional_subordinators: gather(|c| c.conditional_subordinators),
            participle_endings: gather(|c| c.participle_endings),
            dangling_words: gather(|c| c.dangling_words),
        }
    })
}
