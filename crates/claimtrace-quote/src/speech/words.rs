//! The lexicons' words the speech rules read, gathered once.

/// The lexicons' words the rules of this module read, gathered from every
/// language once per process.
pub(super) struct RuleWords {
    pub(super) prepositions: Vec<&'static str>,
    /// Second words of a source phrase, by its first word.
    pub(super) source_phrases: std::collections::HashMap<&'static str, Vec<&'static str>>,
    /// First letters (both cases) of a source phrase's first words: a
    /// cheap test before lower-casing a word.
    pub(super) source_initials: Vec<char>,
    /// First words of the source phrases whose listed second words are
    /// verbs of saying ("как" of "как сообщил"): any such verb follows them.
    pub(super) verb_source_openers: Vec<&'static str>,
    pub(super) plural_pronouns: Vec<&'static str>,
    pub(super) second_person_pronouns: Vec<&'static str>,
    pub(super) group_stems: Vec<&'static str>,
    pub(super) plural_verb_endings: Vec<&'static str>,
    pub(super) plural_noun_verb_like_endings: Vec<&'static str>,
    pub(super) plural_endings: Vec<&'static str>,
    pub(super) venue_nouns: Vec<&'static str>,
    /// Nouns of documents that speak ("заявлении", "указе", "звіті").
    pub(super) document_nouns: Vec<&'static str>,
    pub(super) anaphoric_phrases: Vec<(&'static str, &'static str)>,
    pub(super) anaphoric_objects: Vec<&'static str>,
    pub(super) anaphoric_report_verbs: Vec<&'static str>,
    pub(super) impersonal_report_verbs: Vec<&'static str>,
    pub(super) dative_endings: Vec<&'static str>,
    pub(super) plural_dative_endings: Vec<&'static str>,
    pub(super) dative_pronouns: Vec<&'static str>,
    /// "his", "their", "його": a speaker phrase of one possessive names
    /// its owner ("his claim that").
    pub(super) possessive_pronouns: Vec<&'static str>,
    pub(super) quantity_pronouns: Vec<&'static str>,
    pub(super) accusative_endings: Vec<&'static str>,
    pub(super) instrumental_plural_endings: Vec<&'static str>,
    pub(super) object_relative_pronouns: Vec<&'static str>,
    pub(super) norm_nouns: Vec<&'static str>,
    pub(super) comparative_adverb_endings: Vec<&'static str>,
    /// Third-person pronouns in any case ("них", "неї", "него"): after a
    /// preposition, whom or for whom, never a speaker.
    pub(super) third_person_pronouns: Vec<&'static str>,
    pub(super) topic_prepositions: Vec<&'static str>,
    /// "в", "у", "на": where a role is held or a body speaks from ("В
    /// Кремле считают").
    pub(super) locative_prepositions: Vec<&'static str>,
    pub(super) locative_determiners: Vec<&'static str>,
    pub(super) addressee_datives: Vec<&'static str>,
    pub(super) dative_adjective_endings: Vec<&'static str>,
    pub(super) adverb_endings: Vec<&'static str>,
    pub(super) author_verb_leads: Vec<&'static str>,
    pub(super) reflexive_pronouns: Vec<&'static str>,
    pub(super) reflexive_possessives: Vec<&'static str>,
    pub(super) report_joining_conjunctions: Vec<&'static str>,
    pub(super) causal_conjunctions: Vec<&'static str>,
    pub(super) not_but_negations: Vec<&'static str>,
    pub(super) not_but_conjunctions: Vec<&'static str>,
    pub(super) indefinite_pronoun_endings: Vec<&'static str>,
    pub(super) author_verb_endings: Vec<&'static str>,
    pub(super) not_author_verb_endings: Vec<&'static str>,
    pub(super) not_adverb_endings: Vec<&'static str>,
    pub(super) prepositional_cues: Vec<(&'static str, &'static [&'static str])>,
    pub(super) object_before_preposition_stems: Vec<&'static str>,
    pub(super) objectless_speech_stems: Vec<&'static str>,
    pub(super) preposition_only_speech_stems: Vec<&'static str>,
    pub(super) say_forms: Vec<&'static str>,
    pub(super) relaying_speech_stems: Vec<&'static str>,
    pub(super) quoting_verb_stems: Vec<&'static str>,
    pub(super) clause_only_speech_stems: Vec<&'static str>,
    pub(super) naming_verb_stems: Vec<&'static str>,
    pub(super) indirect_question_words: Vec<&'static str>,
    pub(super) contrast_conjunctions: Vec<&'static str>,
    pub(super) subordinating_conjunctions: Vec<&'static str>,
    pub(super) speaker_of_prepositions: Vec<&'static str>,
    pub(super) object_prepositions: Vec<&'static str>,
    pub(super) absolute_prepositions: Vec<&'static str>,
    pub(super) unreported_clause_nouns: Vec<&'static str>,
    pub(super) group_nouns: Vec<&'static str>,
    pub(super) speaking_body_nouns: Vec<&'static str>,
    pub(super) finite_verbs: Vec<&'static str>,
    pub(super) noun_slot_words: Vec<&'static str>,
    /// Month forms and year nouns of every language ("февраля", "году").
    pub(super) date_words: Vec<&'static str>,
    /// Singular forms of the calendar periods a time adverbial names ("на
    /// этой неделе", "в прошлом месяце", "цього тижня").
    pub(super) period_words: Vec<&'static str>,
    /// Weekday forms of every language ("четверг", "середу").
    pub(super) weekday_words: Vec<&'static str>,
    /// Days named relative to today ("yesterday", "сегодня").
    pub(super) day_offset_words: Vec<&'static str>,
    /// Prepositions before a day ("on Tuesday"): every lexicon's
    /// `times.clock_day_prepositions`.
    pub(super) day_prepositions: Vec<&'static str>,
}

impl RuleWords {
    /// Whether token `i` is a weekday ("Tuesday", "четверг").
    pub(super) fn is_weekday(&self, ctx: &crate::doc::Ctx, i: usize) -> bool {
        ctx.kind(i) == Some(claimtrace_core::TokenKind::Word)
            && self.weekday_words.iter().any(|w| ctx.lower_is(i, w))
    }

    /// Where "on Tuesday" (a day preposition and a weekday) that ends
    /// before token `end` starts. A bare weekday is not read: it may be a
    /// surname ("coach Mike Friday").
    pub(super) fn day_phrase_before(&self, ctx: &crate::doc::Ctx, end: usize) -> Option<usize> {
        let day = end.checked_sub(1).filter(|&k| self.is_weekday(ctx, k))?;
        day.checked_sub(1)
            .filter(|&p| self.day_prepositions.iter().any(|w| ctx.lower_is(p, w)))
    }

    /// Where the day adjunct that starts at token `start` ends: "on
    /// Friday", "late on Monday" (one word before the preposition), or a
    /// day relative to today ("yesterday"); `None` when none starts there.
    pub(super) fn day_phrase_after(&self, ctx: &crate::doc::Ctx, start: usize) -> Option<usize> {
        let is_preposition = |k: usize| self.day_prepositions.iter().any(|w| ctx.lower_is(k, w));
        if self.day_offset_words.iter().any(|w| ctx.lower_is(start, w)) {
            return Some(start + 1);
        }
        (start..start + 2)
            .find(|&p| is_preposition(p) && self.is_weekday(ctx, p + 1))
            .filter(|&p| p == start || ctx.kind(start) == Some(claimtrace_core::TokenKind::Word))
            .map(|p| p + 2)
    }

    /// Whether token `i` names a day: a weekday ("Saturday", "четверг") or
    /// a day relative to today ("yesterday", "сегодня").
    pub(super) fn is_day_word(&self, ctx: &crate::doc::Ctx, i: usize) -> bool {
        ctx.kind(i) == Some(claimtrace_core::TokenKind::Word)
            && self
                .weekday_words
                .iter()
                .chain(&self.day_offset_words)
                .any(|w| ctx.lower_is(i, w))
    }
}

pub(super) fn rule_words() -> &'static RuleWords {
    static WORDS: std::sync::OnceLock<RuleWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let all = claimtrace_lexicon::ALL;
        let gather = |list: fn(&claimtrace_lexicon::Lexicon) -> &'static [&'static str]| {
            let mut words: Vec<&'static str> =
                all.iter().flat_map(|l| list(l).iter().copied()).collect();
            words.sort_unstable();
            words.dedup();
            words
        };
        let mut source_phrases: std::collections::HashMap<&'static str, Vec<&'static str>> =
            std::collections::HashMap::new();
        for (first, second) in all.iter().flat_map(|l| l.source_phrases.iter()) {
            source_phrases.entry(first).or_default().push(second);
        }
        let mut source_initials: Vec<char> = source_phrases
            .keys()
            .filter_map(|w| w.chars().next())
            .flat_map(|c| c.to_lowercase().chain(c.to_uppercase()))
            .collect();
        source_initials.sort_unstable();
        source_initials.dedup();
        let mut buf = String::new();
        let mut verb_source_openers: Vec<&'static str> = source_phrases
            .iter()
            .filter(|(_, seconds)| {
                seconds.iter().any(|s| {
                    crate::lexicon::lookup(s, &mut buf).cue == Some(crate::lexicon::CueTier::Speech)
                })
            })
            .map(|(first, _)| *first)
            .collect();
        verb_source_openers.sort_unstable();
        RuleWords {
            prepositions: gather(|l| l.prepositions),
            document_nouns: gather(|l| l.document_nouns),
            source_phrases,
            source_initials,
            verb_source_openers,
            plural_pronouns: gather(|l| l.plural_pronouns),
            second_person_pronouns: gather(|l| l.second_person_pronouns),
            group_stems: gather(|l| l.group_stems),
            plural_verb_endings: gather(|l| l.plural_verb_endings),
            plural_noun_verb_like_endings: gather(|l| l.plural_noun_verb_like_endings),
            plural_endings: gather(|l| l.plural_endings),
            venue_nouns: gather(|l| l.venue_nouns),
            anaphoric_phrases: all
                .iter()
                .flat_map(|l| l.anaphoric_phrases.iter().copied())
                .collect(),
            anaphoric_objects: gather(|l| l.anaphoric_objects),
            anaphoric_report_verbs: gather(|l| l.anaphoric_report_verbs),
            impersonal_report_verbs: gather(|l| l.impersonal_report_verbs),
            dative_endings: gather(|l| l.dative_endings),
            plural_dative_endings: gather(|l| l.plural_dative_endings),
            dative_pronouns: gather(|l| l.dative_pronouns),
            possessive_pronouns: gather(|l| l.possessive_pronouns),
            quantity_pronouns: gather(|l| l.quantity_pronouns),
            accusative_endings: gather(|l| l.accusative_endings),
            instrumental_plural_endings: gather(|l| l.instrumental_plural_endings),
            object_relative_pronouns: gather(|l| l.object_relative_pronouns),
            norm_nouns: gather(|l| l.norm_nouns),
            comparative_adverb_endings: gather(|l| l.comparative_adverb_endings),
            third_person_pronouns: {
                let mut v = gather(|l| l.female_pronouns);
                v.extend(gather(|l| l.male_pronouns));
                v.extend(gather(|l| l.group_pronouns));
                v.sort_unstable();
                v.dedup();
                v
            },
            topic_prepositions: gather(|l| l.topic_prepositions),
            locative_prepositions: gather(|l| l.entities.role_place_prepositions),
            locative_determiners: gather(|l| l.locative_determiners),
            addressee_datives: gather(|l| l.addressee_datives),
            dative_adjective_endings: gather(|l| l.dative_adjective_endings),
            adverb_endings: gather(|l| l.adverb_endings),
            author_verb_leads: gather(|l| l.author_verb_leads),
            reflexive_pronouns: gather(|l| l.reflexive_pronouns),
            reflexive_possessives: gather(|l| l.reflexive_possessives),
            report_joining_conjunctions: gather(|l| l.report_joining_conjunctions),
            causal_conjunctions: gather(|l| l.causal_conjunctions),
            not_but_negations: gather(|l| l.not_but_negations),
            not_but_conjunctions: gather(|l| l.not_but_conjunctions),
            indefinite_pronoun_endings: gather(|l| l.indefinite_pronoun_endings),
            author_verb_endings: gather(|l| l.author_verb_endings),
            not_author_verb_endings: gather(|l| l.not_author_verb_endings),
            not_adverb_endings: gather(|l| l.not_adverb_endings),
            prepositional_cues: all
                .iter()
                .flat_map(|l| l.prepositional_cues.iter().copied())
                .collect(),
            object_before_preposition_stems: gather(|l| l.object_before_preposition_stems),
            objectless_speech_stems: gather(|l| l.objectless_speech_stems),
            preposition_only_speech_stems: gather(|l| l.preposition_only_speech_stems),
            say_forms: gather(|l| l.say_forms),
            relaying_speech_stems: gather(|l| l.relaying_speech_stems),
            quoting_verb_stems: gather(|l| l.quoting_verb_stems),
            clause_only_speech_stems: gather(|l| l.clause_only_speech_stems),
            naming_verb_stems: gather(|l| l.naming_verb_stems),
            indirect_question_words: gather(|l| l.indirect_question_words),
            contrast_conjunctions: gather(|l| l.contrast_conjunctions),
            subordinating_conjunctions: gather(|l| l.subordinating_conjunctions),
            speaker_of_prepositions: gather(|l| l.speaker_of_prepositions),
            object_prepositions: gather(|l| l.object_prepositions),
            absolute_prepositions: gather(|l| l.absolute_prepositions),
            unreported_clause_nouns: gather(|l| l.unreported_clause_nouns),
            group_nouns: gather(|l| l.group_nouns),
            speaking_body_nouns: gather(|l| l.speaking_body_nouns),
            finite_verbs: gather(|l| l.finite_verbs),
            noun_slot_words: gather(|l| l.noun_slot_words),
            weekday_words: {
                let mut words: Vec<&'static str> = all
                    .iter()
                    .flat_map(|l| l.weekdays.iter().flat_map(|forms| forms.iter().copied()))
                    .collect();
                words.sort_unstable();
                words.dedup();
                words
            },
            day_offset_words: {
                let mut words: Vec<&'static str> = all
                    .iter()
                    .flat_map(|l| {
                        l.calendar
                            .day_offsets
                            .iter()
                            .flat_map(|(_, forms)| forms.iter().copied())
                    })
                    .collect();
                words.sort_unstable();
                words.dedup();
                words
            },
            day_prepositions: gather(|l| l.times.clock_day_prepositions),
            period_words: {
                const PERIODS: &[&str] = &["week", "weekend", "fortnight", "month", "quarter"];
                let mut words: Vec<&'static str> = all
                    .iter()
                    .flat_map(|l| l.calendar.units.iter())
                    .filter(|(unit, _, _)| PERIODS.contains(unit))
                    .flat_map(|(_, singular, _)| singular.iter().copied())
                    .filter(|w| !w.is_ascii())
                    .collect();
                words.sort_unstable();
                words.dedup();
                words
            },
            date_words: {
                let mut words: Vec<&'static str> = all
                    .iter()
                    .flat_map(|l| {
                        l.months
                            .iter()
                            .flat_map(|forms| forms.iter().copied())
                            .chain(l.quantity.year_nouns.iter().copied())
                    })
                    .collect();
                words.sort_unstable();
                words.dedup();
                words
            },
        }
    })
}
