use std::collections::HashSet;

use super::*;

/// Every list of a lexicon, by name.
fn lists(l: &Lexicon) -> Vec<(String, Vec<&'static str>)> {
    let mut out: Vec<(String, Vec<&'static str>)> = vec![
        ("speech_verb_bases".into(), l.speech_verb_bases.to_vec()),
        (
            "cognition_verb_bases".into(),
            l.cognition_verb_bases.to_vec(),
        ),
        (
            "quote_only_verb_bases".into(),
            l.quote_only_verb_bases.to_vec(),
        ),
        ("intent_verb_bases".into(), l.intent_verb_bases.to_vec()),
        ("speech_verb_forms".into(), l.speech_verb_forms.to_vec()),
        (
            "cognition_verb_forms".into(),
            l.cognition_verb_forms.to_vec(),
        ),
        (
            "quote_only_verb_forms".into(),
            l.quote_only_verb_forms.to_vec(),
        ),
        ("intent_verb_forms".into(), l.intent_verb_forms.to_vec()),
        ("speech_participles".into(), l.speech_participles.to_vec()),
        ("not_cues".into(), l.not_cues.to_vec()),
        ("cue_prefixes".into(), l.cue_prefixes.to_vec()),
        ("phrase_stops".into(), l.phrase_stops.to_vec()),
        ("phrase_joiners".into(), l.phrase_joiners.to_vec()),
        ("subject_pronouns".into(), l.subject_pronouns.to_vec()),
        ("personal_pronouns".into(), l.personal_pronouns.to_vec()),
        ("relative_pronouns".into(), l.relative_pronouns.to_vec()),
        ("determiners".into(), l.determiners.to_vec()),
        ("complementizers".into(), l.complementizers.to_vec()),
        ("title_markers".into(), l.title_markers.to_vec()),
        ("speaker_nouns".into(), l.speaker_nouns.to_vec()),
        ("person_nouns".into(), l.person_nouns.to_vec()),
        ("np_conjunctions".into(), l.np_conjunctions.to_vec()),
        (
            "plural_dative_endings".into(),
            l.plural_dative_endings.to_vec(),
        ),
        ("anaphoric_objects".into(), l.anaphoric_objects.to_vec()),
        (
            "anaphoric_report_verbs".into(),
            l.anaphoric_report_verbs.to_vec(),
        ),
        (
            "office_titles".into(),
            l.office_titles.iter().map(|(t, _)| *t).collect(),
        ),
        ("hedges".into(), l.hedges.iter().map(|(w, _)| *w).collect()),
        ("institution_names".into(), l.institution_names.to_vec()),
        ("speaker_verbs".into(), l.speaker_verbs.to_vec()),
        ("attribution_verbs".into(), l.attribution_verbs.to_vec()),
        ("body_names".into(), l.body_names.to_vec()),
        ("body_heads".into(), l.body_heads.to_vec()),
        ("agent_body_nouns".into(), l.agent_body_nouns.to_vec()),
        ("approximate_words".into(), l.approximate_words.to_vec()),
        ("modal_verbs".into(), l.modal_verbs.to_vec()),
        ("belief_verbs".into(), l.belief_verbs.to_vec()),
        ("negators".into(), l.negators.to_vec()),
        ("number_words".into(), l.number_words.to_vec()),
        ("said_nouns".into(), l.said_nouns.to_vec()),
        ("relay_verb_prefixes".into(), l.relay_verb_prefixes.to_vec()),
        ("relay_verb_forms".into(), l.relay_verb_forms.to_vec()),
        ("sentence_openers".into(), l.sentence_openers.to_vec()),
        ("function_words".into(), l.function_words.to_vec()),
        ("future_markers".into(), l.future_markers.to_vec()),
        ("past_markers".into(), l.past_markers.to_vec()),
        ("finding_verb_forms".into(), l.finding_verb_forms.to_vec()),
        ("document_nouns".into(), l.document_nouns.to_vec()),
        ("prepositions".into(), l.prepositions.to_vec()),
        ("plural_pronouns".into(), l.plural_pronouns.to_vec()),
        (
            "second_person_pronouns".into(),
            l.second_person_pronouns.to_vec(),
        ),
        ("group_stems".into(), l.group_stems.to_vec()),
        ("plural_verb_endings".into(), l.plural_verb_endings.to_vec()),
        (
            "plural_noun_verb_like_endings".into(),
            l.plural_noun_verb_like_endings.to_vec(),
        ),
        ("plural_endings".into(), l.plural_endings.to_vec()),
        ("venue_nouns".into(), l.venue_nouns.to_vec()),
        (
            "oblique_name_endings".into(),
            l.oblique_name_endings.to_vec(),
        ),
        ("dative_endings".into(), l.dative_endings.to_vec()),
        ("dative_pronouns".into(), l.dative_pronouns.to_vec()),
        ("topic_prepositions".into(), l.topic_prepositions.to_vec()),
        ("addressee_datives".into(), l.addressee_datives.to_vec()),
        ("adverb_endings".into(), l.adverb_endings.to_vec()),
        ("not_adverb_endings".into(), l.not_adverb_endings.to_vec()),
        (
            "dative_adjective_endings".into(),
            l.dative_adjective_endings.to_vec(),
        ),
        (
            "impersonal_report_verbs".into(),
            l.impersonal_report_verbs.to_vec(),
        ),
        (
            "prepositional_cues".into(),
            l.prepositional_cues.iter().map(|(stem, _)| *stem).collect(),
        ),
        (
            "action_objects".into(),
            l.action_objects.iter().map(|(stem, _)| *stem).collect(),
        ),
        (
            "object_before_preposition_stems".into(),
            l.object_before_preposition_stems.to_vec(),
        ),
        (
            "objectless_speech_stems".into(),
            l.objectless_speech_stems.to_vec(),
        ),
        (
            "absolute_prepositions".into(),
            l.absolute_prepositions.to_vec(),
        ),
        (
            "preposition_only_speech_stems".into(),
            l.preposition_only_speech_stems.to_vec(),
        ),
        ("inflection_endings".into(), l.inflection_endings.to_vec()),
        ("possessive_marks".into(), l.possessive_marks.to_vec()),
        (
            "relaying_speech_stems".into(),
            l.relaying_speech_stems.to_vec(),
        ),
        ("naming_verb_stems".into(), l.naming_verb_stems.to_vec()),
        (
            "indirect_question_words".into(),
            l.indirect_question_words.to_vec(),
        ),
        (
            "contrast_conjunctions".into(),
            l.contrast_conjunctions.to_vec(),
        ),
        (
            "subordinating_conjunctions".into(),
            l.subordinating_conjunctions.to_vec(),
        ),
        (
            "speaker_of_prepositions".into(),
            l.speaker_of_prepositions.to_vec(),
        ),
        ("object_prepositions".into(), l.object_prepositions.to_vec()),
        (
            "unreported_clause_nouns".into(),
            l.unreported_clause_nouns.to_vec(),
        ),
        ("group_nouns".into(), l.group_nouns.to_vec()),
        ("speaking_body_nouns".into(), l.speaking_body_nouns.to_vec()),
        ("finite_verbs".into(), l.finite_verbs.to_vec()),
        ("noun_slot_words".into(), l.noun_slot_words.to_vec()),
        ("female_pronouns".into(), l.female_pronouns.to_vec()),
        ("male_pronouns".into(), l.male_pronouns.to_vec()),
        ("group_pronouns".into(), l.group_pronouns.to_vec()),
        ("possessive_pronouns".into(), l.possessive_pronouns.to_vec()),
        (
            "sex_marking_pronouns".into(),
            l.sex_marking_pronouns.to_vec(),
        ),
        ("female_past_endings".into(), l.female_past_endings.to_vec()),
        ("male_past_endings".into(), l.male_past_endings.to_vec()),
        (
            "speaker_phrase_adverbs".into(),
            l.speaker_phrase_adverbs.to_vec(),
        ),
        (
            "affiliated_speaker_stems".into(),
            l.affiliated_speaker_stems.to_vec(),
        ),
        ("gathering_stems".into(), l.gathering_stems.to_vec()),
        (
            "locative_determiners".into(),
            l.locative_determiners.to_vec(),
        ),
        (
            "participle_like_past_endings".into(),
            l.participle_like_past_endings.to_vec(),
        ),
    ];
    out.push((
        "non_final_abbreviations".into(),
        l.non_final_abbreviations.to_vec(),
    ));
    out.push((
        "may_end_abbreviations".into(),
        l.may_end_abbreviations.to_vec(),
    ));
    out.push((
        "openers_after_abbreviation".into(),
        l.openers_after_abbreviation.to_vec(),
    ));
    out.push(("detection_words".into(), l.detection_words.to_vec()));
    let n = l.entities;
    for (name, words) in [
        ("female_surname_endings", n.female_surname_endings),
        ("place_office_stems", n.place_office_stems),
        ("genitive_place_finals", n.genitive_place_finals),
        ("male_surname_endings", n.male_surname_endings),
        ("unisex_surname_endings", n.unisex_surname_endings),
        ("former_markers", n.former_markers),
        ("role_complement_endings", n.role_complement_endings),
        ("apposition_clause_words", n.apposition_clause_words),
        ("name_particles", n.name_particles),
        ("honorifics", n.honorifics),
        ("work_roles", n.work_roles),
        ("epithet_stops", n.epithet_stops),
        ("non_epithet_roles", n.non_epithet_roles),
        ("articles", n.articles),
        ("epithet_determiners", n.epithet_determiners),
        ("possessive_determiners", n.possessive_determiners),
        ("appositive_openers", n.appositive_openers),
        ("of_name_heads", n.of_name_heads),
        ("definite_articles", n.definite_articles),
        ("of_prepositions", n.of_prepositions),
        (
            "name_complement_prepositions",
            n.name_complement_prepositions,
        ),
        ("name_conjunctions", n.name_conjunctions),
        ("person_relative_pronouns", n.person_relative_pronouns),
        ("role_time_modifiers", n.role_time_modifiers),
        ("role_complement_openers", n.role_complement_openers),
        ("given_name_endings", n.given_name_endings),
        (
            "indeclinable_surname_endings",
            n.indeclinable_surname_endings,
        ),
        (
            "female_indeclinable_surname_finals",
            n.female_indeclinable_surname_finals,
        ),
        ("oblique_given_name_finals", n.oblique_given_name_finals),
        ("genitive_given_name_finals", n.genitive_given_name_finals),
        ("role_place_prepositions", n.role_place_prepositions),
    ] {
        out.push((format!("entities.{name}"), words.to_vec()));
    }
    // The genitive endings: no ending listed twice for one sex.
    for (name, pairs) in [
        (
            "male_oblique_surname_endings",
            n.male_oblique_surname_endings,
        ),
        (
            "female_oblique_surname_endings",
            n.female_oblique_surname_endings,
        ),
    ] {
        out.push((
            format!("entities.{name}"),
            pairs.iter().map(|&(genitive, _)| genitive).collect(),
        ));
    }
    out.extend(time_lists(l.times));
    out.extend(event_lists(l.events));
    out.extend(quantity_lists(l.quantity));
    out.extend(numeral_lists(l.numerals));
    out.extend(calendar_lists(l.calendar));
    let c = l.name_cues;
    for (name, words) in [
        ("capitalised_common", c.capitalised_common),
        ("title_abbreviations", c.title_abbreviations),
        ("male_titles", c.male_titles),
        ("female_titles", c.female_titles),
        ("role_nouns", c.role_nouns),
        ("role_modifiers", c.role_modifiers),
        ("role_stems", c.role_stems),
        ("organisation_heads", c.organisation_heads),
        ("organisation_stems", c.organisation_stems),
        ("law_heads", c.law_heads),
        ("programme_descriptors", c.programme_descriptors),
        ("organisation_descriptors", c.organisation_descriptors),
        ("law_descriptors", c.law_descriptors),
    ] {
        out.push((format!("name_cues.{name}"), words.to_vec()));
    }
    out.extend(speaker_rule_lists(l.speaker_rules));
    out.extend(content_rules_lists(l.content_rules));
    out.extend(hedge_rules_lists(l.hedge_rules));
    out.extend(trace_lists(l.trace));
    let g = l.gazetteer;
    out.push((
        "gazetteer.places".into(),
        g.places
            .iter()
            .flat_map(|(_, forms)| forms.iter().copied())
            .collect(),
    ));
    out.push((
        "gazetteer.demonyms".into(),
        g.demonyms.iter().map(|(w, _)| *w).collect(),
    ));
    out.push((
        "gazetteer.male_given_names".into(),
        g.male_given_names.to_vec(),
    ));
    out.push((
        "gazetteer.female_given_names".into(),
        g.female_given_names.to_vec(),
    ));
    // A month's or weekday's forms may not repeat across the year either.
    out.push(("months".into(), l.months.concat()));
    out.push(("month_abbreviations".into(), l.month_abbreviations.concat()));
    out.push(("weekdays".into(), l.weekdays.concat()));
    out
}

/// The trace stage's lists of a lexicon, by name; the two words of a pair
/// list are listed as one phrase.
fn trace_lists(t: &TraceWords) -> Vec<(String, Vec<&'static str>)> {
    let mut out: Vec<(String, Vec<&'static str>)> = [
        ("stop_words", t.stop_words),
        ("passive_report_verbs", t.passive_report_verbs),
        ("passive_auxiliaries", t.passive_auxiliaries),
        ("agent_prepositions", t.agent_prepositions),
        ("quoting_words", t.quoting_words),
        ("pronoun_speakers", t.pronoun_speakers),
        ("first_person_frame_pronouns", t.first_person_frame_pronouns),
        ("definite_articles", t.definite_articles),
        ("negation_endings", t.negation_endings),
        ("uncounted_number_words", t.uncounted_number_words),
        ("body_modifier_stop_words", t.body_modifier_stop_words),
    ]
    .iter()
    .map(|(name, words)| (format!("trace.{name}"), words.to_vec()))
    .collect();
    out.push((
        "trace.number_scales".into(),
        t.number_scales.iter().map(|(w, _)| *w).collect(),
    ));
    for (name, pairs) in [
        ("relaying_phrases", t.relaying_phrases),
        ("non_negating_phrases", t.non_negating_phrases),
    ] {
        // Leaked once per test run: the checks take `&'static str`s.
        let phrases = pairs
            .iter()
            .map(|(a, b)| &*Box::leak(format!("{a} {b}").into_boxed_str()))
            .collect();
        out.push((format!("trace.{name}"), phrases));
    }
    out
}

/// The quote stage's `hedge_rules` lists of a lexicon, by name.
fn hedge_rules_lists(h: &HedgeRuleWords) -> Vec<(String, Vec<&'static str>)> {
    [
        ("opinion_possessives", h.opinion_possessives),
        ("opinion_nouns", h.opinion_nouns),
        ("cited_source_nouns", h.cited_source_nouns),
        ("impersonal_auxiliaries", h.impersonal_auxiliaries),
        (
            "impersonal_report_participles",
            h.impersonal_report_participles,
        ),
        ("opinion_prepositions", h.opinion_prepositions),
        ("source_citing_verbs", h.source_citing_verbs),
        ("impersonal_subjects", h.impersonal_subjects),
        ("perfect_be_forms", h.perfect_be_forms),
    ]
    .iter()
    .map(|(name, words)| (format!("hedge_rules.{name}"), words.to_vec()))
    .collect()
}

/// The quote stage's `content_rules` lists of a lexicon, by name.
fn content_rules_lists(c: &ContentRuleWords) -> Vec<(String, Vec<&'static str>)> {
    [
        ("predicate_conjunctions", c.predicate_conjunctions),
        ("clause_openers", c.clause_openers),
        ("reporter_adjunct_openers", c.reporter_adjunct_openers),
        ("gapped_report_verbs", c.gapped_report_verbs),
        ("gap_relatives", c.gap_relatives),
        ("quoting_verbs", c.quoting_verbs),
        ("quoting_as", c.quoting_as),
        ("as_report_openers", c.as_report_openers),
        ("as_report_idioms", c.as_report_idioms),
        ("as_report_timing_verbs", c.as_report_timing_verbs),
        ("quoting_participles", c.quoting_participles),
        ("quoting_adjuncts", c.quoting_adjuncts),
        ("trailing_conjunctions", c.trailing_conjunctions),
        ("said_object_pronouns", c.said_object_pronouns),
        ("adjunct_prepositions", c.adjunct_prepositions),
        ("citing_participles", c.citing_participles),
        ("non_clause_pronouns", c.non_clause_pronouns),
        ("expletive_subjects", c.expletive_subjects),
        ("adverb_endings", c.adverb_endings),
        ("clause_auxiliaries", c.clause_auxiliaries),
        ("verb_endings", c.verb_endings),
        (
            "impersonal_passive_auxiliaries",
            c.impersonal_passive_auxiliaries,
        ),
        ("passive_auxiliaries", c.passive_auxiliaries),
        ("infinitive_markers", c.infinitive_markers),
        ("infinitive_endings", c.infinitive_endings),
        ("intent_verb_stems", c.intent_verb_stems),
        ("question_verb_stems", c.question_verb_stems),
        ("telling_verb_stems", c.telling_verb_stems),
        ("person_object_stems", c.person_object_stems),
        ("object_pronouns", c.object_pronouns),
        ("addressee_pronouns", c.addressee_pronouns),
        ("citing_verb_stems", c.citing_verb_stems),
        ("indefinite_articles", c.indefinite_articles),
        ("conditional_subordinators", c.conditional_subordinators),
        ("participle_endings", c.participle_endings),
        ("dangling_words", c.dangling_words),
    ]
    .iter()
    .map(|(name, words)| (format!("content_rules.{name}"), words.to_vec()))
    .collect()
}

/// The quote stage's speaker rule lists of a lexicon, by name.
fn speaker_rule_lists(r: &SpeakerRuleWords) -> Vec<(String, Vec<&'static str>)> {
    [
        ("authoring_verbs", r.authoring_verbs),
        ("authored_texts", r.authored_texts),
        ("label_openings", r.label_openings),
        (
            "transcript_not_name_openings",
            r.transcript_not_name_openings,
        ),
        ("not_names_alone", r.not_names_alone),
        ("transcript_not_names_alone", r.transcript_not_names_alone),
        ("first_person_pronouns", r.first_person_pronouns),
        ("programme_making_nouns", r.programme_making_nouns),
        ("programme_nouns", r.programme_nouns),
        ("talk_nouns", r.talk_nouns),
        ("excerpt_nouns", r.excerpt_nouns),
        ("publishing_verbs", r.publishing_verbs),
        ("medium_possessives", r.medium_possessives),
        ("not_speaker_labels", r.not_speaker_labels),
        ("name_joiners", r.name_joiners),
        ("not_in_turn_names", r.not_in_turn_names),
        ("unnamed_turn_labels", r.unnamed_turn_labels),
        ("first_person_subjects", r.first_person_subjects),
        ("spoken_person_words", r.spoken_person_words),
        ("elliptical_clause_openers", r.elliptical_clause_openers),
        ("setting_prepositions", r.setting_prepositions),
        ("talk_partner_prepositions", r.talk_partner_prepositions),
        ("posting_medium_prepositions", r.posting_medium_prepositions),
        ("channel_prepositions", r.channel_prepositions),
        ("channel_nouns", r.channel_nouns),
        ("medium_ending_words", r.medium_ending_words),
        ("author_name_joiners", r.author_name_joiners),
        ("author_prepositions", r.author_prepositions),
        ("text_determiners", r.text_determiners),
        ("name_period_abbreviations", r.name_period_abbreviations),
        ("paired_cue_prefixes", r.paired_cue_prefixes),
        ("cue_particles", r.cue_particles),
        ("cue_particles_any_case", r.cue_particles_any_case),
        ("parenthetical_adverbs", r.parenthetical_adverbs),
        ("speaker_leading_words", r.speaker_leading_words),
        (
            "speaker_setting_prepositions",
            r.speaker_setting_prepositions,
        ),
        ("gerund_endings", r.gerund_endings),
        ("agent_prepositions", r.agent_prepositions),
        (
            "programme_making_prepositions",
            r.programme_making_prepositions,
        ),
        ("excerpt_relative_pronouns", r.excerpt_relative_pronouns),
        ("medium_nouns", r.medium_nouns),
        ("latter_words", r.latter_words),
        ("definite_articles", r.definite_articles),
        ("singular_s_endings", r.singular_s_endings),
        ("non_plural_s_endings", r.non_plural_s_endings),
        ("past_verb_endings", r.past_verb_endings),
        ("reflexive_endings", r.reflexive_endings),
        ("agent_noun_endings", r.agent_noun_endings),
        ("neuter_pronouns", r.neuter_pronouns),
        ("role_head_prepositions", r.role_head_prepositions),
        ("naming_phrases", r.naming_phrases),
    ]
    .iter()
    .map(|(name, words)| (format!("speaker_rules.{name}"), words.to_vec()))
    .collect()
}

/// Every list of the numeral words, by name (the words of the pairs).
fn numeral_lists(n: &NumeralWords) -> Vec<(String, Vec<&'static str>)> {
    let firsts = |list: &[(&'static str, f64)]| list.iter().map(|(w, _)| *w).collect();
    let named = |name: &str, words: Vec<&'static str>| (format!("numerals.{name}"), words);
    vec![
        named("units", firsts(n.units)),
        named("teens", firsts(n.teens)),
        named("tens", firsts(n.tens)),
        named("hundreds", firsts(n.hundreds)),
        named("hundred_words", n.hundred_words.to_vec()),
        named("scales", firsts(n.scales)),
        named("dozens", n.dozens.to_vec()),
        named("fraction_denominators", firsts(n.fraction_denominators)),
        named("halves", n.halves.to_vec()),
        named("decimal_points", n.decimal_points.to_vec()),
        named("conjunctions", n.conjunctions.to_vec()),
        named("articles", n.articles.to_vec()),
        named("minus_words", n.minus_words.to_vec()),
        named("one_and_a_half", n.one_and_a_half.to_vec()),
        named(
            "factor_verbs",
            n.factor_verbs.iter().map(|(w, _, _)| *w).collect(),
        ),
        named("scale_letters", firsts(n.scale_letters)),
        named("glued_scale_letters", firsts(n.glued_scale_letters)),
    ]
}

/// Every list of the time grammar's words, by name.
fn time_lists(t: &TimeWords) -> Vec<(String, Vec<&'static str>)> {
    let mut out = Vec::new();
    for (name, words) in [
        ("year_context_words", t.year_context_words),
        ("year_suffixes", t.year_suffixes),
        ("day_ordinal_suffixes", t.day_ordinal_suffixes),
        ("decade_suffixes", t.decade_suffixes),
        ("decade_nouns", t.decade_nouns),
        ("final_shift_words", t.final_shift_words),
        ("season_adverbs", t.season_adverbs),
        ("repetition_words", t.repetition_words),
        ("per_unit_words", t.per_unit_words),
        ("mid_words", t.mid_words),
        ("count_nouns_after_year", t.count_nouns_after_year),
        ("bare_month_openers", t.bare_month_openers),
        ("bare_may_openers", t.bare_may_openers),
        ("vague_duration_openers", t.vague_duration_openers),
        ("time_zones", t.time_zones),
        ("local_time_words", t.local_time_words),
        ("participle_auxiliaries", t.participle_auxiliaries),
        ("past_auxiliaries", t.past_auxiliaries),
        ("bare_season_openers", t.bare_season_openers),
        ("ambiguous_season_names", t.ambiguous_season_names),
        ("year_ago_adjectives", t.year_ago_adjectives),
        ("since_words", t.since_words),
        ("indefinite_articles", t.indefinite_articles),
        ("few_words", t.few_words),
        ("couple_words", t.couple_words),
        ("number_label_words", t.number_label_words),
        ("plural_noun_endings", t.plural_noun_endings),
        ("singular_noun_endings", t.singular_noun_endings),
        ("of_prepositions", t.of_prepositions),
        ("additive_words", t.additive_words),
        ("and_a_half_phrases", t.and_a_half_phrases),
        ("from_now_phrases", t.from_now_phrases),
        ("definite_articles", t.definite_articles),
        ("o_clock_words", t.o_clock_words),
        ("local_time_nouns", t.local_time_nouns),
        ("clock_day_prepositions", t.clock_day_prepositions),
        ("quarter_shifts_after_the", t.quarter_shifts_after_the),
        ("shifts_only_after_the", t.shifts_only_after_the),
        ("narrative_shifts", t.narrative_shifts),
        ("narrative_day_shifts", t.narrative_day_shifts),
        ("one_unit_shifts", t.one_unit_shifts),
        ("narrative_determiners", t.narrative_determiners),
        ("same_words", t.same_words),
        ("recent_words", t.recent_words),
        ("period_nouns", t.period_nouns),
        ("eve_words", t.eve_words),
        ("middle_prefixes", t.middle_prefixes),
        ("standalone_period_parts", t.standalone_period_parts),
        ("period_parts_before_of", t.period_parts_before_of),
        ("bound_phrases", t.bound_phrases),
        ("duration_bound_phrases", t.duration_bound_phrases),
        ("focus_determiners", t.focus_determiners),
        ("future_nouns", t.future_nouns),
        ("past_nouns", t.past_nouns),
        ("latest_words", t.latest_words),
        ("focus_time_phrases", t.focus_time_phrases),
        ("bare_articles", t.bare_articles),
        ("quarter_letters", t.quarter_letters),
        ("decade_plural_endings", t.decade_plural_endings),
        ("past_tense_endings", t.past_tense_endings),
        ("not_past_tense_words", t.not_past_tense_words),
    ] {
        out.push((format!("times.{name}"), words.to_vec()));
    }
    out.push((
        "times.shifts_after_this".into(),
        t.shifts_after_this
            .iter()
            .flat_map(|(_, words)| words.iter().copied())
            .collect(),
    ));
    out
}

/// Every list of the event words, by name.
fn event_lists(e: &EventWords) -> Vec<(String, Vec<&'static str>)> {
    let mut out = Vec::new();
    for (name, words) in [
        ("clause_openers", e.clause_openers),
        ("relative_pronouns", e.relative_pronouns),
        ("subject_verbs", e.subject_verbs),
        ("sentence_initial_non_names", e.sentence_initial_non_names),
        ("actor_titles", e.actor_titles),
        ("actor_prepositions", e.actor_prepositions),
        ("agent_prepositions", e.agent_prepositions),
        ("actor_articles", e.actor_articles),
    ] {
        out.push((format!("events.{name}"), words.to_vec()));
    }
    out
}

/// Every list of the calendar words, by name; keyed lists are one list
/// (a word may not name two keys).
fn calendar_lists(c: &CalendarWords) -> Vec<(String, Vec<&'static str>)> {
    fn keyed<K>(list: &[(K, &'static [&'static str])]) -> Vec<&'static str> {
        list.iter()
            .flat_map(|(_, words)| words.iter().copied())
            .collect()
    }
    let named = |name: &str, words: Vec<&'static str>| (format!("calendar.{name}"), words);
    vec![
        named(
            "units",
            c.units
                .iter()
                .flat_map(|(_, one, many)| one.iter().chain(many.iter()).copied())
                .collect(),
        ),
        named("cardinals", keyed(c.cardinals)),
        named("vague_counts", c.vague_counts.to_vec()),
        named("ordinals", keyed(c.ordinals)),
        named("day_offsets", keyed(c.day_offsets)),
        named("tonight_words", c.tonight_words.to_vec()),
        named("year_offsets", keyed(c.year_offsets)),
        named("references", keyed(c.references)),
        named("shifts", keyed(c.shifts)),
        named("seasons", keyed(c.seasons)),
        named("parts_of_day", keyed(c.parts_of_day)),
        named("set_adverbs", keyed(c.set_adverbs)),
        named("every_words", c.every_words.to_vec()),
        named("ago_words", c.ago_words.to_vec()),
        named("later_words", keyed(c.later_words)),
        named("year_nouns", c.year_nouns.to_vec()),
        named("period_parts", keyed(c.period_parts)),
        named("approximators", c.approximators.to_vec()),
        named("quarter_words", c.quarter_words.to_vec()),
        named("half_words", c.half_words.to_vec()),
        named("clock_words", keyed(c.clock_words)),
        named("meridiems", keyed(c.meridiems)),
        named("fiscal_words", c.fiscal_words.to_vec()),
        named("cue_words", c.cue_words.to_vec()),
        named("holidays", keyed(c.holidays)),
        named("century_words", c.century_words.to_vec()),
    ]
}

/// The number grammar reads the union of every lexicon's numerals into one
/// table: a word two lexicons list must have one value there, and a word
/// may be in one class only.
#[test]
fn numeral_words_mean_one_thing_across_lexicons() {
    let mut seen: std::collections::HashMap<&str, (String, f64)> = Default::default();
    for lex in ALL {
        let n = lex.numerals;
        let valued = [
            ("units", n.units),
            ("teens", n.teens),
            ("tens", n.tens),
            ("hundreds", n.hundreds),
            ("scales", n.scales),
            ("fraction_denominators", n.fraction_denominators),
        ];
        let plain = [
            ("hundred_words", n.hundred_words),
            ("dozens", n.dozens),
            ("halves", n.halves),
            ("decimal_points", n.decimal_points),
            ("conjunctions", n.conjunctions),
            ("articles", n.articles),
            ("minus_words", n.minus_words),
            ("one_and_a_half", n.one_and_a_half),
        ];
        let factors = n
            .factor_verbs
            .iter()
            .map(|&(w, v, _)| ("factor_verbs", w, v));
        let words = valued
            .iter()
            .flat_map(|(class, list)| list.iter().map(move |&(w, v)| (*class, w, v)))
            .chain(
                plain
                    .iter()
                    .flat_map(|(class, list)| list.iter().map(move |&w| (*class, w, 0.0))),
            )
            .chain(factors);
        for (class, word, value) in words {
            if let Some((was_class, was_value)) = seen.get(word) {
                assert!(
                    was_class == class && *was_value == value,
                    "{}: numeral {word:?} is {class} {value} here, {was_class} {was_value} elsewhere",
                    lex.language
                );
            }
            seen.insert(word, (class.to_string(), value));
        }
    }
}

/// Every list of the quantity words, by name: the words of the pairs, and
/// the comparator phrases as one string each.
fn quantity_lists(q: &QuantityWords) -> Vec<(String, Vec<&'static str>)> {
    let firsts = |list: &[(&'static str, &'static str)]| list.iter().map(|(w, _)| *w).collect();
    let phrases = |list: &[(&'static [&'static str], &'static str)]| {
        list.iter()
            .map(|(phrase, _)| &*phrase.join(" ").leak())
            .collect()
    };
    let named = |name: &str, words: Vec<&'static str>| (format!("quantity.{name}"), words);
    vec![
        named("percent_units", firsts(q.percent_units)),
        named("currency_units", firsts(q.currency_units)),
        named("measure_units", firsts(q.measure_units)),
        named("dollar_prefixes", firsts(q.dollar_prefixes)),
        named(
            "currency_adjectives",
            q.currency_adjectives.iter().map(|(w, _, _)| *w).collect(),
        ),
        named("period_adverbs", firsts(q.period_adverbs)),
        named("period_nouns", firsts(q.period_nouns)),
        named("per_words", q.per_words.to_vec()),
        named("comparators_before", phrases(q.comparators_before)),
        named("comparators_after", phrases(q.comparators_after)),
        named("rise_verbs", q.rise_verbs.to_vec()),
        named("fall_verbs", q.fall_verbs.to_vec()),
        named("rise_nouns", q.rise_nouns.to_vec()),
        named("fall_nouns", q.fall_nouns.to_vec()),
        named("counted_noun_stops", q.counted_noun_stops.to_vec()),
        named("irregular_plurals", firsts(q.irregular_plurals)),
        named("plural_only_nouns", q.plural_only_nouns.to_vec()),
        named("year_context_words", q.year_context_words.to_vec()),
        named("year_nouns", q.year_nouns.to_vec()),
        named("ordinal_suffixes", q.ordinal_suffixes.to_vec()),
        named("bound_words", q.bound_words.to_vec()),
        named("level_from_words", q.level_from_words.to_vec()),
        named("range_from_words", q.range_from_words.to_vec()),
        named("range_to_words", q.range_to_words.to_vec()),
        named("from_range_joiners", q.from_range_joiners.to_vec()),
        named("between_words", q.between_words.to_vec()),
        named("between_range_joiners", q.between_range_joiners.to_vec()),
        named("change_adverbs", q.change_adverbs.to_vec()),
        named("abbreviated_scales", q.abbreviated_scales.to_vec()),
        named("bound_joiners", q.bound_joiners.to_vec()),
        named("subject_enders", q.subject_enders.to_vec()),
        named("half_prepositions", q.half_prepositions.to_vec()),
        named("half_nouns", q.half_nouns.to_vec()),
        named(
            "determiners_before_pronoun_one",
            q.determiners_before_pronoun_one.to_vec(),
        ),
        named(
            "words_after_pronoun_one",
            q.words_after_pronoun_one.to_vec(),
        ),
        named(
            "glued_non_unit_suffixes",
            q.glued_non_unit_suffixes.to_vec(),
        ),
        named("spaced_dollar_prefixes", q.spaced_dollar_prefixes.to_vec()),
        named("race_nouns", q.race_nouns.to_vec()),
        named("adjective_like_words", q.adjective_like_words.to_vec()),
        named("adjective_endings", q.adjective_endings.to_vec()),
        named(
            "words_before_change_verb",
            q.words_before_change_verb.to_vec(),
        ),
        named("percent_phrases", phrases(q.percent_phrases)),
        named("measure_phrases", phrases(q.measure_phrases)),
        named("square_words", q.square_words.to_vec()),
        named("currency_place_names", phrases(q.currency_place_names)),
        named(
            "currency_words_before_number",
            q.currency_words_before_number.to_vec(),
        ),
        named("age_words", firsts(q.age_words)),
        named("time_units", q.time_units.to_vec()),
        named(
            "calculator_determiners_before_pronoun_one",
            q.calculator_determiners_before_pronoun_one.to_vec(),
        ),
        named("pronoun_ones", q.pronoun_ones.to_vec()),
        named(
            "comparator_continuations",
            q.comparator_continuations.to_vec(),
        ),
        named("range_joiners", q.range_joiners.to_vec()),
        named("fraction_of_words", q.fraction_of_words.to_vec()),
        named("period_fraction_stems", q.period_fraction_stems.to_vec()),
        named("indefinite_articles", q.indefinite_articles.to_vec()),
        named("non_plural_endings", q.non_plural_endings.to_vec()),
        named("es_plural_endings", q.es_plural_endings.to_vec()),
        named("plural_ending_lemmas", firsts(q.plural_ending_lemmas)),
    ]
}

#[test]
fn no_list_holds_a_word_twice() {
    let mut repeated = Vec::new();
    for lexicon in ALL {
        for (name, words) in lists(lexicon) {
            let mut seen = HashSet::new();
            for w in words {
                if !seen.insert(w) {
                    repeated.push(format!("{}::{name}: {w:?}", lexicon.language));
                }
            }
        }
    }
    assert!(repeated.is_empty(), "repeated entries: {repeated:?}");
}

#[test]
fn words_are_lower_case_and_trimmed() {
    // Lists read as the text writes them: case tells "M" (million) from "m".
    let as_written = ["numerals.scale_letters", "numerals.glued_scale_letters"];
    for lexicon in ALL {
        for (name, words) in lists(lexicon) {
            for w in words {
                assert!(!w.is_empty(), "{}::{name}: empty word", lexicon.language);
                if !as_written.contains(&name.as_str()) {
                    assert_eq!(w, w.to_lowercase(), "{}::{name}", lexicon.language);
                }
                assert_eq!(w, w.trim(), "{}::{name}", lexicon.language);
            }
        }
    }
}

#[test]
fn every_month_and_weekday_is_named() {
    for lexicon in ALL {
        assert!(lexicon.months.iter().all(|forms| !forms.is_empty()));
        assert!(lexicon.weekdays.iter().all(|forms| !forms.is_empty()));
    }
}

#[test]
fn words_are_in_their_language_script() {
    // A Latin-script word in a Cyrillic lexicon (or the reverse) is a
    // word filed under the wrong language.
    let cyrillic = |w: &str| w.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c));
    for (name, words) in lists(&EN) {
        for w in words {
            assert!(!cyrillic(w), "en::{name}: {w:?}");
        }
    }
    for lexicon in [&RU, &UK] {
        for (name, words) in lists(lexicon) {
            for w in words {
                assert!(cyrillic(w), "{}::{name}: {w:?}", lexicon.language);
            }
        }
    }
}

#[test]
fn day_numbers_take_the_genitive_in_slavic_languages() {
    assert_eq!(UK.months_after_day(6).collect::<Vec<_>>(), ["липня"]);
    assert_eq!(RU.months_after_day(11).collect::<Vec<_>>(), ["декабря"]);
    assert_eq!(
        EN.months_after_day(8).collect::<Vec<_>>(),
        ["september", "sep", "sept"]
    );
    assert!(EN.months_after_day(12).next().is_none());
}

#[test]
fn english_verbs_inflect() {
    assert_eq!(
        (EN.inflect)("deny"),
        ["deny", "denies", "denied", "denying"]
    );
    assert_eq!((EN.inflect)("note"), ["note", "notes", "noted", "noting"]);
    // British spelling doubles a final "l" after one vowel, beside the
    // American forms; "reveal" has two vowels and keeps one "l".
    let signal = (EN.inflect)("signal");
    assert!(signal.iter().any(|f| f == "signalled"), "{signal:?}");
    assert!(signal.iter().any(|f| f == "signaled"), "{signal:?}");
    assert!(signal.iter().any(|f| f == "signalling"), "{signal:?}");
    assert_eq!(
        (EN.inflect)("reveal"),
        ["reveal", "reveals", "revealed", "revealing"]
    );
}

#[test]
fn russian_and_ukrainian_past_forms_inflect_by_gender() {
    assert_eq!((RU.inflect)("сказал"), ["сказал", "сказала", "сказало"]);
    assert_eq!(
        (RU.inflect)("признался"),
        ["признался", "призналась", "призналось"]
    );
    assert_eq!((UK.inflect)("заявив"), ["заявив", "заявила", "заявило"]);
    assert_eq!(
        (UK.inflect)("звернувся"),
        ["звернувся", "звернулася", "звернулась", "звернулося"]
    );
    // Not a past form: left as it is.
    assert_eq!((RU.inflect)("пишет"), ["пишет"]);
}

#[test]
fn languages_are_found_by_code() {
    assert_eq!(for_language("uk").map(|l| l.language), Some("uk"));
    assert!(for_language("de").is_none());
}

#[test]
fn narrower_lists_are_subsets_of_the_wider() {
    for lexicon in ALL {
        let reporting = lexicon.reporting_verb_forms();
        for w in lexicon.speaker_verbs {
            // "states" is a form the quote stage keeps out of its cues
            // (far more often a noun) but that still ends a name.
            assert!(
                reporting.iter().any(|r| r == w) || lexicon.not_cues.contains(w),
                "{}: speaker verb {w:?} is no reporting verb",
                lexicon.language
            );
        }
        for w in lexicon.attribution_verbs {
            assert!(
                reporting.iter().any(|r| r == w),
                "{}: attribution verb {w:?} is no reporting verb",
                lexicon.language
            );
        }
        for w in lexicon.agent_body_nouns {
            assert!(
                lexicon.body_heads.contains(w),
                "{}: {w:?}",
                lexicon.language
            );
        }
    }
}

#[test]
fn phrase_lists_have_no_repeats() {
    for lexicon in ALL {
        for list in [
            lexicon.hedge_phrases,
            lexicon.opinion_phrases,
            lexicon.evidential_phrases,
            lexicon.source_phrases,
            lexicon.anaphoric_phrases,
        ] {
            let mut seen = HashSet::new();
            for pair in list {
                assert!(seen.insert(pair), "{}: {pair:?}", lexicon.language);
            }
        }
    }
}

#[test]
fn distinctive_letters_are_no_other_lexicon_s_letters() {
    for lexicon in ALL {
        for other in ALL.iter().filter(|o| o.language != lexicon.language) {
            for (name, words) in lists(other) {
                for w in words {
                    assert!(
                        !w.contains(lexicon.letters),
                        "{}::{name}: {w:?} holds a letter of {}",
                        other.language,
                        lexicon.language
                    );
                }
            }
        }
    }
}

#[test]
fn a_change_word_goes_one_way() {
    // The quantity stage reads the union of the lexicons: a word both a
    // rise and a fall in any two of them would take whichever came last.
    let every = |pick: fn(&QuantityWords) -> &'static [&'static str]| -> HashSet<&'static str> {
        ALL.iter()
            .flat_map(|l| pick(l.quantity).iter().copied())
            .collect()
    };
    let verbs_both: Vec<_> = every(|q| q.rise_verbs)
        .intersection(&every(|q| q.fall_verbs))
        .copied()
        .collect();
    assert!(verbs_both.is_empty(), "{verbs_both:?}");
    let nouns_both: Vec<_> = every(|q| q.rise_nouns)
        .intersection(&every(|q| q.fall_nouns))
        .copied()
        .collect();
    assert!(nouns_both.is_empty(), "{nouns_both:?}");
}

#[test]
fn a_word_names_one_unit_in_every_lexicon() {
    // The unit table is the union of the lexicons: a word two of them
    // list must name the same unit.
    let mut units: std::collections::HashMap<&str, &str> = Default::default();
    for lexicon in ALL {
        let q = lexicon.quantity;
        for &(word, unit) in [q.percent_units, q.currency_units, q.measure_units]
            .concat()
            .iter()
        {
            let first = *units.entry(word).or_insert(unit);
            assert_eq!(first, unit, "{}: {word:?}", lexicon.language);
        }
    }
}

#[test]
fn a_letter_is_transliterated_once() {
    for lexicon in ALL {
        let mut seen = HashSet::new();
        for &(letter, first, inner) in lexicon.transliteration {
            assert!(seen.insert(letter), "{}: {letter:?}", lexicon.language);
            assert!(first.is_ascii() && inner.is_ascii(), "{letter:?}");
        }
    }
}

/// A local nominative names a place the lexicon lists, so the entity stage
/// finds it by the canonical name it gave the place.
#[test]
fn place_nominatives_name_listed_places() {
    let canonical: HashSet<&str> = ALL
        .iter()
        .flat_map(|l| l.gazetteer.places.iter().map(|(name, _)| *name))
        .collect();
    for lex in ALL {
        for (name, local) in lex.gazetteer.place_nominatives {
            assert!(
                canonical.contains(name),
                "{}: {local} names {name}, which no lexicon lists",
                lex.language
            );
        }
    }
}

#[test]
fn time_phrases_are_words_separated_by_one_space() {
    for lexicon in ALL {
        let t = lexicon.times;
        let phrases = [
            t.and_a_half_phrases,
            t.from_now_phrases,
            t.bound_phrases,
            t.duration_bound_phrases,
            t.focus_time_phrases,
        ]
        .concat();
        for phrase in phrases {
            assert!(
                phrase.split(' ').all(|word| !word.is_empty()),
                "{}: {phrase:?}",
                lexicon.language
            );
        }
    }
}
