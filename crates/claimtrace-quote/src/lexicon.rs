//! Word classes the quote annotator reads: reporting verbs (cues), the
//! words that may sit between a speaker and its verb, noun-phrase
//! boundaries, pronouns and hedges. The words are `claimtrace-lexicon`'s
//! (every language's); this module only folds them into one table.
//!
//! Built once per process (`OnceLock`); looked up with a lower-cased token.

use std::collections::HashMap;
use std::sync::OnceLock;

/// How a reporting verb takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueTier {
    /// Verbs of saying: take a quote, a `that` clause or a bare clause.
    Speech,
    /// Verbs of thinking, showing and finding: only with a `that` clause
    /// (or a subject pronoun right after), else they are ordinary verbs.
    Cognition,
    /// Verbs that only attribute quoted words ("called it a "disaster"",
    /// "threatens 'equivalent steps'"): never a bare reported clause.
    QuoteOnly,
    /// Verbs of intending and wanting: attributions of an intention, with
    /// a `to` infinitive ("wants to build", "plans to run").
    Intent,
}

/// Properties of one word form.
#[derive(Debug, Clone, Copy, Default)]
pub struct Lex {
    pub cue: Option<CueTier>,
    /// The `-ing` participle or a Slavic adverbial participle ("noting",
    /// "adding", "зазначивши"): its speaker is the subject of the clause.
    pub participle: bool,
    /// "that", "что", "що": starts reported content.
    pub complementizer: bool,
    /// Auxiliaries and adverbs that may sit between a speaker and the
    /// verb and belong to the cue span ("has", "also", "later").
    pub cue_prefix: bool,
    /// Ends a speaker noun phrase when walking away from the verb.
    pub np_stop: bool,
    /// Subject pronoun that can be a speaker (he, she, they, ...).
    pub pronoun: bool,
    /// Relative pronoun (who, which, который): the speaker is the noun
    /// phrase before the comma.
    pub relative: bool,
    /// Determiner or article: may open a speaker noun phrase.
    pub determiner: bool,
    /// Words that mark a quoted stretch as a title or name, not speech
    /// ("the program", "titled", "so-called").
    pub title_marker: bool,
    /// A single-word hedge or evidential adverb ("allegedly", "reportedly").
    pub hedge: Option<&'static str>,
    /// Male or female personal pronoun: fallback pronoun resolution.
    pub personal: bool,
    /// Role, group and title nouns and the adjectives that go with them
    /// ("spokeswoman", "officials", "former", "senior"): lower-case words
    /// that may sit inside a speaker noun phrase.
    pub nominal: bool,
    /// "of", "for", "from", "at": join the parts of a speaker noun phrase
    /// ("secretary of state", "spokesman for the campaign").
    pub np_joiner: bool,
    /// An impersonal verb of a report ("говорится", "йдеться"): a cue of
    /// speech whose source is the document named around it ("В заявлении
    /// МИД говорится, что ..."), or no one.
    pub impersonal_report: bool,
}

fn table() -> &'static HashMap<String, Lex> {
    static TABLE: OnceLock<HashMap<String, Lex>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: HashMap<String, Lex> = HashMap::new();
        let mut set = |w: &str, f: &dyn Fn(&mut Lex)| f(m.entry(w.to_string()).or_default());
        let all = claimtrace_lexicon::ALL;
        // Cognition first so that verbs listed in both take the stronger tier.
        for lex in all {
            for base in lex.cognition_verb_bases {
                for form in (lex.inflect)(base) {
                    set(&form, &|l| l.cue = Some(CueTier::Cognition));
                }
            }
            for w in lex.cognition_verb_forms {
                set(w, &|l| l.cue = Some(CueTier::Cognition));
            }
        }
        for lex in all {
            for base in lex.intent_verb_bases {
                for form in (lex.inflect)(base) {
                    set(&form, &|l| {
                        if l.cue.is_none() {
                            l.cue = Some(CueTier::Intent);
                        }
                    });
                }
            }
            for w in lex.intent_verb_forms {
                set(w, &|l| l.cue = Some(CueTier::Intent));
            }
        }
        for lex in all {
            for base in lex.quote_only_verb_bases {
                for form in (lex.inflect)(base) {
                    set(&form, &|l| l.cue = Some(CueTier::QuoteOnly));
                }
            }
            for w in lex.quote_only_verb_forms {
                set(w, &|l| l.cue = Some(CueTier::QuoteOnly));
            }
        }
        for lex in all {
            for base in lex.speech_verb_bases {
                for form in (lex.inflect)(base) {
                    set(&form, &|l| l.cue = Some(CueTier::Speech));
                }
            }
            for w in lex.speech_verb_forms {
                set(w, &|l| l.cue = Some(CueTier::Speech));
            }
        }
        for lex in all {
            for w in lex.impersonal_report_verbs {
                set(w, &|l| {
                    l.cue = Some(CueTier::Speech);
                    l.impersonal_report = true;
                });
            }
        }
        for lex in all {
            for w in lex.speech_participles {
                set(w, &|l| {
                    l.cue = Some(CueTier::Speech);
                    l.participle = true;
                });
            }
        }
        for lex in all {
            for w in lex.cue_prefixes {
                set(w, &|l| l.cue_prefix = true);
            }
            for w in lex.phrase_stops {
                set(w, &|l| l.np_stop = true);
            }
            for w in lex.subject_pronouns {
                set(w, &|l| l.pronoun = true);
            }
            for w in lex.personal_pronouns {
                set(w, &|l| l.personal = true);
            }
            for w in lex.relative_pronouns {
                set(w, &|l| l.relative = true);
            }
            for w in lex.determiners {
                set(w, &|l| l.determiner = true);
            }
            for w in lex.complementizers {
                set(w, &|l| l.complementizer = true);
            }
            for w in lex.title_markers {
                set(w, &|l| l.title_marker = true);
            }
            for w in lex.speaker_nouns {
                set(w, &|l| l.nominal = true);
            }
            for w in lex.phrase_joiners {
                set(w, &|l| l.np_joiner = true);
            }
            for (w, kind) in lex.hedges {
                set(w, &|l| l.hedge = Some(kind));
            }
        }
        for lex in all {
            for w in lex.not_cues {
                if let Some(l) = m.get_mut(*w) {
                    l.cue = None;
                }
            }
        }
        // English -ing forms of speech verbs are participles.
        let endings = &crate::speaker_words::content_words().participle_endings;
        for (form, lex) in m.iter_mut() {
            let participle_form = endings.iter().any(|e| form.ends_with(e));
            if lex.cue.is_some() && participle_form && form.is_ascii() {
                lex.participle = true;
            }
        }
        m
    })
}

/// Looks a token up; `buf` is a reusable buffer for the lower-cased form.
pub fn lookup(word: &str, buf: &mut String) -> Lex {
    buf.clear();
    for c in word.chars() {
        // Typographic apostrophes read as ASCII ones.
        let c = if c == '’' { '\'' } else { c };
        buf.extend(c.to_lowercase());
    }
    table().get(buf.as_str()).copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflects_regular_verbs() {
        let mut b = String::new();
        for w in [
            "noted",
            "noting",
            "denies",
            "denied",
            "emphasized",
            "claims",
            "says",
        ] {
            assert_eq!(lookup(w, &mut b).cue, Some(CueTier::Speech), "{w}");
        }
        assert!(lookup("noting", &mut b).participle);
        assert_eq!(lookup("believes", &mut b).cue, Some(CueTier::Cognition));
        assert_eq!(lookup("заявил", &mut b).cue, Some(CueTier::Speech));
        assert_eq!(lookup("Сказав", &mut b).cue, Some(CueTier::Speech));
        assert!(lookup("The", &mut b).determiner);
    }
}
