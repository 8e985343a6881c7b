//! The attribution frame around a reporting verb: the cue span (the verb
//! with its auxiliaries, adverbs and particles) and the speaker noun
//! phrase before or after it.

use claimtrace_core::TokenKind;

use crate::doc::Ctx;
use crate::speaker_words::{content_words, speaker_words};

/// Conjunctions and sentence adverbs that open a sentence before its
/// subject (every lexicon's `sentence_openers`).
fn sentence_opener_at(ctx: &Ctx, k: usize) -> bool {
    claimtrace_lexicon::ALL
        .iter()
        .any(|lex| lex.sentence_openers.iter().any(|c| ctx.lower_is(k, c)))
}

/// Adverbs and linking words that may open a clause before its subject
/// and are no part of the speaker phrase ("Ранее Ликунов заявил", "Згодом
/// міністр повідомив"): every lexicon's `speaker_phrase_adverbs`.
pub(crate) fn speaker_phrase_adverb_at(ctx: &Ctx, k: usize) -> bool {
    ctx.kind(k) == Some(TokenKind::Word)
        && claimtrace_lexicon::ALL.iter().any(|lex| {
            lex.speaker_phrase_adverbs
                .iter()
                .any(|c| ctx.lower_is(k, c))
        })
}

/// What a short aside between commas after a name is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AsideShape {
    /// One number: an age ("Rawlings, 59,").
    Age,
    /// A preposition and capitalised words ("of Ashton").
    Prepositional,
    /// Capitalised words alone ("Md.", "New York").
    Capitalised,
    Other,
}

/// A preposition of any language (every lexicon's `prepositions`).
pub(crate) fn is_preposition(ctx: &Ctx, k: usize) -> bool {
    ctx.kind(k) == Some(TokenKind::Word)
        && claimtrace_lexicon::ALL
            .iter()
            .any(|lex| lex.prepositions.iter().any(|p| ctx.lower_is(k, p)))
}

fn is_cyrillic(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| ('\u{400}'..='\u{4FF}').contains(&c))
}

/// Most tokens a speaker noun phrase may have.
const MAX_NP: usize = 14;
/// Most tokens of the first of two joined speaker phrases ("The ministry
/// and the army said").
const MAX_JOINED_TOKENS: usize = 5;

/// What a token does to a noun phrase read back from its end.
enum NpStep {
    /// The token is part of the phrase; go on.
    Take,
    /// The phrase stops after the token.
    Stop,
    /// A determiner: part of the phrase, which it opens.
    Determiner,
}

impl Ctx<'_> {
    /// First token of the cue that ends with the verb at `v`: auxiliaries
    /// and adverbs before it ("has also said", "allegedly quoted").
    pub fn cue_start(&self, v: usize, floor: usize) -> usize {
        let mut s = v;
        let mut n = 0;
        let gendered = self.gendered_past_verb(v);
        while s > floor
            && n < 3
            && self.kind(s - 1) == Some(TokenKind::Word)
            && (self.lex(s - 1).cue_prefix || (gendered && self.manner_adverb(s - 1)))
        {
            s -= 1;
            n += 1;
        }
        // "in turn" only as a pair.
        for (first, second) in &speaker_words().paired_cue_prefixes {
            if s < v && self.lower_is(s, second) {
                s += 1;
            }
            if s < v && self.lower_is(s, first) && !self.lower_is(s + 1, second) {
                s += 1;
            }
        }
        s
    }

    /// A Russian or Ukrainian past-tense verb said of a man or a woman
    /// ("рассказал", "розповіла"), not of a thing ("сообщило").
    pub(crate) fn gendered_past_verb(&self, v: usize) -> bool {
        let w = self.word(v);
        is_cyrillic(w)
            && claimtrace_lexicon::ALL.iter().any(|lex| {
                lex.male_past_endings
                    .iter()
                    .chain(lex.female_past_endings)
                    .any(|e| w.ends_with(e))
            })
    }

    /// A lower-case word with an adverb-of-manner ending ("докладно",
    /// "коротко"), which before a gendered past verb cannot be its subject.
    fn manner_adverb(&self, k: usize) -> bool {
        let w = self.word(k);
        let l = self.lex(k);
        // The lexicons' adverb endings, not a genitive (`not_adverb_endings`:
        // "нього", "чего"), not "кто-то".
        !self.is_capitalised(k)
            && is_cyrillic(w)
            && w.chars().count() >= 4
            && !w.contains('-')
            && !l.pronoun
            && !l.np_stop
            && !l.relative
            && l.cue.is_none()
            && claimtrace_lexicon::ALL
                .iter()
                .any(|lex| lex.adverb_endings.iter().any(|e| w.ends_with(e)))
            && !claimtrace_lexicon::ALL.iter().any(|lex| {
                lex.not_adverb_endings.iter().any(|e| w.ends_with(e))
                    || lex
                        .nouns_with_adverb_endings
                        .iter()
                        .any(|n| self.lower_is(k, n))
            })
    }

    /// One past the last token of the cue whose verb is at `v`: verbal
    /// particles ("pointed out", "called on", "called for").
    pub fn cue_end(&self, v: usize, ceiling: usize) -> usize {
        let next = v + 1;
        if next < ceiling {
            let w = self.word(v).to_ascii_lowercase();
            let particle = self.word(next);
            let words = speaker_words();
            let joins = words
                .cue_particles_any_case
                .iter()
                .any(|(stem, p)| w.starts_with(stem) && particle.eq_ignore_ascii_case(p))
                || words
                    .cue_particles
                    .iter()
                    .any(|(stem, p)| w.starts_with(stem) && particle == *p);
            if joins {
                return next + 1;
            }
        }
        v + 1
    }

    pub fn is_title_period(&self, j: usize) -> bool {
        if !self.is_punct(j, ".") || j == 0 {
            return false;
        }
        let prev = self.word(j - 1);
        speaker_words()
            .name_period_abbreviations
            .iter()
            .any(|a| a == prev)
            || (prev.chars().count() == 1 && prev.chars().all(char::is_uppercase))
    }

    /// Whether the word at `i` ends as a past verb, longer than four
    /// letters ("отказался": a reflexive ending comes off first).
    pub(crate) fn past_verb(&self, i: usize) -> bool {
        let words = speaker_words();
        let w = self.lower(i);
        let stem = words
            .reflexive_endings
            .iter()
            .find_map(|e| w.strip_suffix(e))
            .unwrap_or(w);
        stem.chars().count() > 3 && words.past_verb_endings.iter().any(|e| stem.ends_with(e))
    }

    /// The guillemets around a short outlet name right after a Russian or
    /// Ukrainian source noun ("источник «Медузы»", "собеседник
    /// «Ведомостей»", "джерело «Української правди»"), when token `j` is one
    /// of them: (opening, closing). The lexicons' `affiliated_speaker_stems`.
    fn source_outlet_marks_at(&self, j: usize) -> Option<(usize, usize)> {
        const MAX_NAME: usize = 4;
        let (open, close) = match self.word(j) {
            "»" => {
                let low = j.saturating_sub(MAX_NAME + 1);
                ((low..j).rev().find(|&k| self.word(k) == "«")?, j)
            }
            "«" => {
                let high = (j + MAX_NAME + 2).min(self.toks.len());
                (j, (j + 1..high).find(|&k| self.word(k) == "»")?)
            }
            _ => return None,
        };
        let name_ok = close > open + 1
            && self.is_capitalised(open + 1)
            && (open + 1..close).all(|k| {
                matches!(self.kind(k), Some(TokenKind::Word | TokenKind::Number))
                    || self.is_punct(k, "-")
            });
        let after_source = open > 0
            && self.kind(open - 1) == Some(TokenKind::Word)
            && is_cyrillic(self.word(open - 1))
            && crate::speech::is_affiliated_speaker_word(&self.word(open - 1).to_lowercase());
        (name_ok && after_source).then_some((open, close))
    }

    /// The comma that opens an aside of age or home town ending at the
    /// comma `p` ("Rawlings, 59, of Ashton, Md., ..."): one number, a
    /// preposition and capitalised words ("of Ashton"), or up to three
    /// capitalised words ("Md.", "New York"), after a name or another such
    /// aside.
    fn age_or_place_aside_before(&self, p: usize, floor: usize) -> Option<usize> {
        let (q, shape) = self.aside_before(p, floor)?;
        let after_name = self.is_capitalised(q - 1)
            || self.kind(q - 1) == Some(TokenKind::Number)
            || self.is_punct(q - 1, ".");
        // Capitalised words alone are a place only after "of Ashton"
        // ("of Ashton, Md."); alone they are as often a name ("according
        // to NPR's Feng, Li Jifeng, a doctor ..., wrote").
        let fits = match shape {
            AsideShape::Age | AsideShape::Prepositional => true,
            AsideShape::Capitalised => self
                .aside_before(q, floor)
                .is_some_and(|(_, before)| before == AsideShape::Prepositional),
            AsideShape::Other => false,
        };
        (fits && after_name).then_some(q)
    }

    /// The comma before the comma `p` within a short aside, and the
    /// aside's shape.
    fn aside_before(&self, p: usize, floor: usize) -> Option<(usize, AsideShape)> {
        const MAX_ASIDE: usize = 5;
        let lowest = p.saturating_sub(MAX_ASIDE + 1).max(floor);
        let q = (lowest..p).rev().find(|&k| self.is_punct(k, ","))?;
        if q == 0 || q <= floor || q + 1 >= p {
            return None;
        }
        let words: Vec<usize> = (q + 1..p).filter(|&k| !self.is_punct(k, ".")).collect();
        let capitalised =
            |k: &usize| self.kind(*k) == Some(TokenKind::Word) && self.is_capitalised(*k);
        let shape = match words.as_slice() {
            [n] if self.kind(*n) == Some(TokenKind::Number) => AsideShape::Age,
            [prep, rest @ ..]
                if (is_preposition(self, *prep) || self.lex(*prep).np_joiner)
                    && !self.is_capitalised(*prep)
                    && !rest.is_empty()
                    && rest.iter().all(capitalised) =>
            {
                AsideShape::Prepositional
            }
            ws if !ws.is_empty() && ws.len() <= 3 && ws.iter().all(capitalised) => {
                AsideShape::Capitalised
            }
            _ => AsideShape::Other,
        };
        Some((q, shape))
    }

    /// The speaker noun phrase that ends right before token `end`
    /// (exclusive), not reaching before `floor`. Reads a pronoun, a
    /// relative pronoun (then the noun phrase before its comma), and a
    /// name with an appositive ("Jack Dorsey, Twitter's chief executive,").
    pub fn np_before(&self, end: usize, floor: usize) -> Option<(usize, usize)> {
        if end <= floor {
            return None;
        }
        let j = end - 1;
        let l = self.lex(j);
        if l.pronoun && self.kind(j) == Some(TokenKind::Word) {
            return Some((j, end));
        }
        if l.relative {
            if j > floor && self.is_punct(j - 1, ",") {
                // "Mr. Obama, who understood that ...": in English the
                // mention is the relative pronoun (PolNeAR's reading),
                // which names its antecedent (the phrase before the
                // comma, when there is one); in Russian and Ukrainian the
                // antecedent itself.
                let antecedent = self.np_walk(j - 1, floor);
                // Only with the verb right after it ("who said", "who
                // has said"): "who in turn quoted" keeps its antecedent.
                let verb_next = self.lex(end).cue.is_some()
                    || (self.lex(end).cue_prefix && self.lex(end + 1).cue.is_some());
                if is_cyrillic(self.word(j)) || !verb_next {
                    return antecedent;
                }
                return antecedent.map(|_| (j, end));
            }
            return None;
        }
        // "the Office for National Statistics (ONS) said": a short
        // bracket after the phrase that opens with a capital (an acronym,
        // a party and state) is part of it; "(even to their own
        // detriment)" is not.
        if self.is_punct(j, ")") {
            let lowest = j.saturating_sub(8).max(floor);
            let open = (lowest..j).rev().find(|&k| self.is_punct(k, "("))?;
            let plain = open + 1 < j
                && self.kind(open + 1) == Some(TokenKind::Word)
                && self.is_capitalised(open + 1)
                && (open + 1..j).all(|k| {
                    self.kind(k) != Some(TokenKind::Quote) && !matches!(self.word(k), "(" | ")")
                });
            if !plain || open <= floor {
                return None;
            }
            return self.np_before(open, floor).map(|(s0, _)| (s0, end));
        }
        if self.is_punct(j, ",") {
            // Appositive: NAME , APPOSITIVE , verb
            // A relative clause may run longer than an appositive:
            // "Officials, who spoke on condition of anonymity because they
            // were not authorized to discuss the matter publicly, said".
            const APPOSITIVE_REACH: usize = 16;
            const RELATIVE_REACH: usize = 30;
            let lowest = j.saturating_sub(RELATIVE_REACH).max(floor);
            let mut p = j;
            while p > lowest {
                p -= 1;
                if self.is_punct(p, ",") {
                    break;
                }
                // Abbreviations, numbers and brackets may sit inside an
                // appositive ("the No. 2 Republican", "(D-R.I.)").
                let inner = matches!(self.word(p), "." | "(" | ")" | "-" | "&");
                // So may an outlet's name in marks ("Эксперты, опрошенные
                // «Известиями», полагают"), checked below.
                let mark = self.kind(p) == Some(TokenKind::Quote);
                if matches!(self.kind(p), Some(TokenKind::Punct | TokenKind::Quote))
                    && !inner
                    && !mark
                {
                    return None;
                }
            }
            if !self.is_punct(p, ",") || p <= floor || p + 1 >= j {
                return None;
            }
            if j - p > APPOSITIVE_REACH && !self.lex(p + 1).relative {
                return None;
            }
            // Marks only in Russian and Ukrainian, one pair after the
            // aside's first word ("опрошенные «Известиями»", "член «Единой
            // России»") with no past verb before them: in English a mark
            // between commas closes or opens a quotation, and "отказался
            // разговаривать с «Медузой»" is a clause.
            let marks: Vec<usize> = (p + 1..j)
                .filter(|&k| self.kind(k) == Some(TokenKind::Quote))
                .collect();
            let named_in_marks = || match marks.as_slice() {
                [open, close] => {
                    is_cyrillic(self.word(p + 1))
                        && *open > p + 1
                        && *close > open + 1
                        && !(p + 1..*open).any(|k| self.lex(k).cue.is_some() || self.past_verb(k))
                }
                _ => false,
            };
            if !marks.is_empty() && !named_in_marks() {
                return None;
            }
            // "Donna Rawlings, 59, of Ashton, Md., who watched ..., said":
            // an age and a home town between commas before the last aside
            // belong to the name; the speaker runs from the name through
            // them.
            // (At most a few: a long run of commas is a list, and a bound
            // keeps the walk constant per verb.)
            const MAX_ASIDES: usize = 4;
            let last_aside = p;
            for _ in 0..MAX_ASIDES {
                match self.age_or_place_aside_before(p, floor) {
                    Some(q) => p = q,
                    None => break,
                }
            }
            if p != last_aside && self.np_walk(p, floor).is_none() {
                p = last_aside;
            }
            // "Запрошений експерт, кандидат наук Владислав Мірутенко,
            // розповів": a common noun before the first comma, and a name
            // in the phrase between the commas, which is the speaker.
            // (Russian and Ukrainian only: in English such a first phrase
            // is as often a clause, "Sales have tripled, outstripping
            // Microsoft's Xbox, said ...".)
            let named_aside = || {
                if !is_cyrillic(self.word(p + 1)) {
                    return None;
                }
                // A full name at its end, or a role noun in it.
                self.np_walk(j, p + 1)
                    .filter(|&(s0, _)| s0 == p + 1)
                    .filter(|&(s0, s1)| {
                        (s1 >= s0 + 2 && self.is_capitalised(s1 - 1) && self.is_capitalised(s1 - 2))
                            || (s0..s1).any(|i| self.slavic_role_noun(i))
                    })
            };
            let Some(name) = self.np_walk(p, floor) else {
                return named_aside();
            };
            // A relative clause between the commas ("The German automaker,
            // which has focused on ..., says") follows a noun phrase, not
            // a clause, whatever its head.
            if !self.is_capitalised(p - 1) && !self.lex(p - 1).nominal && !self.lex(p + 1).relative
            {
                return named_aside();
            }
            // ", citing sources," / ", quoting X,": the phrase is a source
            // of the speaker, not part of its name; ", however," is an adverb.
            let adverb = p + 2 == j
                && speaker_words()
                    .parenthetical_adverbs
                    .iter()
                    .any(|w| self.lower_is(p + 1, w));
            // "Мишустин, поздравляя лауреатов, отметил": an adverbial
            // participle's phrase.
            let gerund = self.kind(p + 1) == Some(TokenKind::Word)
                && !self.is_capitalised(p + 1)
                && is_cyrillic(self.word(p + 1))
                && speaker_words()
                    .gerund_endings
                    .iter()
                    .any(|e| self.word(p + 1).ends_with(e));
            // "Smith, when asked about the deal, said", "The minister, who
            // was visiting Leeds, said", "Бесштанько, когда проводился
            // проект, говорил": a clause between the commas is no part of
            // the speaker.
            if p != last_aside {
                let clause = self.lex(last_aside + 1).relative
                    || self.lex(last_aside + 1).participle
                    || self.opens_clause(last_aside + 1);
                return Some((name.0, if clause { last_aside } else { j }));
            }
            if self.lex(p + 1).participle || adverb || gerund || self.opens_clause(p + 1) {
                return Some(name);
            }
            return Some((name.0, j));
        }
        let np = self.np_walk(end, floor)?;
        // "The message to Chinese President Jiang Zemin said": the person
        // is whom the document was addressed to; the speaker phrase is the
        // document's, addressee included.
        let addressed = np.0 >= floor + 2
            && self.lower_is(np.0 - 1, "to")
            && crate::speech::is_document_noun(self, np.0 - 2);
        if addressed {
            if let Some(doc) = self.np_walk(np.0 - 1, floor) {
                return Some((doc.0, np.1));
            }
        }
        Some(np)
    }

    /// Walks back over a noun phrase: names, role nouns and their
    /// adjectives, determiners, numbers, `of`/`for` joiners, possessive 's;
    /// in Russian and Ukrainian with a prepositional phrase that places a
    /// common noun in a body ("источник в министерстве заявил", "джерело в
    /// Міноборони повідомило"): the phrase up to the verb is the speaker.
    pub fn np_walk(&self, end: usize, floor: usize) -> Option<(usize, usize)> {
        let np = self.np_walk_plain(end, floor);
        // The last preposition before the verb, with one to three words
        // after it and a word before it.
        let first = np.map_or(end, |p| p.0);
        let lowest = end.saturating_sub(4).max(floor + 1);
        let Some(prep) = (lowest..end)
            .rev()
            .find(|&p| p < first && is_preposition(self, p))
        else {
            return np;
        };
        // A hyphen inside a word ("пресс-конференции") is part of it.
        let inner_hyphen = |k: usize| {
            self.is_punct(k, "-")
                && self.char_before(k).is_some_and(char::is_alphabetic)
                && self.char_after(k).is_some_and(char::is_alphabetic)
        };
        if prep + 1 >= end
            || (prep + 1..end).any(|k| {
                (self.kind(k) != Some(TokenKind::Word) && !inner_hyphen(k))
                    || self.lex(k).cue.is_some()
            })
        {
            return np;
        }
        // ("Собеседник «Ведомостей» в правительстве": the source noun
        // before its outlet heads the phrase.)
        let head = match self.source_outlet_marks_at(prep - 1) {
            Some((open, close)) if close == prep - 1 && open > floor => open - 1,
            _ => prep - 1,
        };
        let l = self.lex(head);
        let noun = self.kind(head) == Some(TokenKind::Word)
            && is_cyrillic(self.word(head))
            && !l.np_stop
            && !l.pronoun
            && !l.relative
            && l.cue.is_none()
            && !is_preposition(self, head);
        if !noun {
            return np;
        }
        // "посол Великої Британії в Україні Джудіт Гоф заявила": a role, a
        // place after a preposition and a name are one speaker (three
        // capitalised words after it: the place and a first name and
        // surname); after an adverbial ("Після підписання закону посол
        // ...") the role noun starts it.
        let place_and_name = end - prep >= 4 && (prep + 1..end).all(|k| self.is_capitalised(k));
        let walked = self.np_walk_plain(prep, floor).filter(|b| b.1 == prep);
        if let Some(b) = walked.filter(|_| place_and_name) {
            let first = if is_preposition(self, b.0) {
                b.0 + 1
            } else {
                b.0
            };
            if let Some(role) = (first..prep).find(|&k| self.slavic_role_noun(k)) {
                return Some((if first == b.0 { b.0 } else { role }, end));
            }
        }
        let Some(before) = walked.filter(|b| !is_preposition(self, b.0)) else {
            return np;
        };
        // A source, an official or an expert placed in a body: the whole
        // phrase ("Источник в министерстве заявил").
        let head_lower = self.word(head).to_lowercase();
        let affiliated = (!self.is_capitalised(head) || head == floor)
            && claimtrace_lexicon::ALL.iter().any(|lex| {
                lex.affiliated_speaker_stems
                    .iter()
                    .any(|stem| head_lower.starts_with(stem))
            });
        // After an outlet in marks only a body in lower case ("Собеседник
        // «Ведомостей» в правительстве"): a capitalised word there is as
        // often a town, where the sources are ("Собеседники «Медузы» в
        // Вилючинске").
        let after_outlet = head + 1 < prep;
        if affiliated
            && self.body_phrase_after(prep, end)
            && !(after_outlet && self.is_capitalised(prep + 1))
        {
            return Some((before.0, end));
        }

        // Otherwise a one-word phrase after a name or the sentence's first
        // word is an adverbial of time or place ("Министр в среду заявил",
        // "Губернатор Олег Рябов в Туле сообщил"): the speaker is the
        // phrase before it.
        if prep + 2 == end && self.is_capitalised(head) {
            return Some(before);
        }
        // After a name, a longer phrase in lower case is an occasion ("Сергей
        // Лавров в ходе брифинга заявил", "Дмитро Кулеба під час брифінгу
        // заявив"), not a body ("в МИД России").
        // The sentence's first word is capitalised whatever it is: there
        // only a surname or a given name counts ("Лавров", not "Концерт").
        // The occasion is a gathering (lexicon `gathering_stems`): "Один з
        // рупорів окупантів" is one phrase.
        let occasion = (prep + 1..end).all(|k| !self.is_capitalised(k))
            && (prep + 1..end).any(|k| self.is_gathering(k));
        let named = self.is_capitalised(head)
            && (head > floor.max(self.sentence_range(head).0)
                || claimtrace_entity::surname_gender(self.word(head)).is_some()
                || claimtrace_entity::is_given_name(self.word(head)));
        if occasion && named && is_cyrillic(self.word(prep)) {
            return Some(before);
        }
        np
    }

    /// A preposition at `prep` whose object, up to `end`, names a body:
    /// one capitalised word ("в Кремле", "в ФСБ"), or a body noun with at
    /// most one word after it ("в министерстве обороны").
    fn body_phrase_after(&self, prep: usize, end: usize) -> bool {
        let object = prep + 1;
        if !is_preposition(self, prep)
            || object >= end
            || end - object > 2
            || (object..end)
                .any(|k| self.kind(k) != Some(TokenKind::Word) || self.lex(k).cue.is_some())
        {
            return false;
        }
        let lower = self.word(object).to_lowercase();
        let body = claimtrace_lexicon::ALL
            .iter()
            .any(|lex| lex.group_stems.iter().any(|stem| lower.starts_with(stem)));
        // "в Кремле", "в ФСБ"; "в министерстве обороны", "в правительстве
        // Москвы".
        let named = self.is_capitalised(object) && end - object == 1;
        (named || body) && is_cyrillic(self.word(object))
    }

    /// The noun phrase that ends at `end` read back from it, no further
    /// than `floor` (no special Russian or Ukrainian constructions).
    fn np_walk_plain(&self, end: usize, floor: usize) -> Option<(usize, usize)> {
        // "Smith and Jones said", "Руководство парка и департамент культуры
        // заявили": a phrase joined by a conjunction before it is part of
        // the speaker (one join: a longer list is rare, and each step
        // would walk again). Bare lower-case words after the conjunction
        // ("департамент культуры", "teachers") are a phrase only so joined.
        let k = self.np_walk_back(end, floor);
        let (np, bare) = match self.np_from_walk(k, end, floor) {
            Some(np) => (np, false),
            None => {
                if k >= end || k < floor + 2 || !self.is_np_conjunction(k - 1) {
                    return None;
                }
                ((k, end), true)
            }
        };
        let joined = np.0 >= floor + 2
            && self.is_np_conjunction(np.0 - 1)
            && self.kind(np.0 - 2) == Some(TokenKind::Word);
        if joined {
            // A short phrase with at most one plain lower-case word ("The
            // ministry", "Руководство парка", "Kyiv"): not a clause the
            // walk took in ("Ukraine reached fever pitch and invasion").
            let plain_lower = |i: usize| {
                let l = self.lex(i);
                self.kind(i) == Some(TokenKind::Word)
                    && !self.is_capitalised(i)
                    && !l.nominal
                    && !l.determiner
                    && !l.np_joiner
            };
            // And one that opens its clause: after a verb or a preposition
            // the conjunction joins two clauses ("... troops on the border
            // and Truss said", "in St Petersburg and the judge asked").
            let opens_clause = |a: usize| {
                a == floor
                    || a.checked_sub(1).is_some_and(|p| {
                        matches!(self.kind(p), Some(TokenKind::Punct | TokenKind::Quote))
                            || sentence_opener_at(self, p)
                    })
            };
            let first = self
                .np_walk_one(np.0 - 1, floor)
                .filter(|&(a, b)| {
                    b - a <= MAX_JOINED_TOKENS
                        && (a..b).filter(|&i| plain_lower(i)).count() <= 1
                        && opens_clause(a)
                        && self.names_a_speaker(a, b)
                })
                .filter(|_| self.names_a_speaker(np.0, np.1));
            if let Some(first) = first {
                return Some((first.0, np.1));
            }
        }
        (!bare).then_some(np)
    }

    /// One noun phrase walked back from `end`: see [`Self::np_walk_plain`].
    fn np_walk_one(&self, end: usize, floor: usize) -> Option<(usize, usize)> {
        self.np_from_walk(self.np_walk_back(end, floor), end, floor)
    }

    /// The phrase ending at `end` whose walk back stopped at `k`: past its
    /// openers, from its first token.
    fn np_from_walk(&self, k: usize, end: usize, floor: usize) -> Option<(usize, usize)> {
        let (k, after_conjunction) = self.skip_np_openers(k, end);
        let k = self.np_first_token(k, end, floor, after_conjunction);
        (k < end && self.words_in(k, end) > 0).then_some((k, end))
    }

    /// Whether one of two joined phrases `[a, b)` names a speaker: a name
    /// (a capital inside the sentence; at its start in English only, where
    /// Russian and Ukrainian capitalise adverbs: "Было стыдно и ..."), a
    /// role, source or group noun, or a body ("Руководство", "департамент");
    /// not "и вовсе", "появился и Жуков" (the conjunction means "also").
    fn names_a_speaker(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| {
            if self.kind(i) != Some(TokenKind::Word) {
                return false;
            }
            let cyrillic = is_cyrillic(self.word(i));
            let sentence_start = i == self.sentence_range(i).0;
            let lower = self.lower(i);
            (self.is_capitalised(i) && !(cyrillic && sentence_start))
                || self.lex(i).nominal
                || self.slavic_role_noun(i)
                || claimtrace_entity::is_org_head(lower)
                || claimtrace_lexicon::ALL
                    .iter()
                    .any(|l| l.group_stems.iter().any(|g| lower.starts_with(g)))
        })
    }

    /// A conjunction that joins two noun phrases (lexicon
    /// `np_conjunctions`).
    pub(crate) fn is_np_conjunction(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
            && claimtrace_lexicon::ALL
                .iter()
                .any(|l| l.np_conjunctions.iter().any(|c| self.lower_is(i, c)))
    }

    /// Walks back from `end` over the tokens a noun phrase may hold (at
    /// most `MAX_NP`, not past `floor`): where the walk stops.
    fn np_walk_back(&self, end: usize, floor: usize) -> usize {
        let mut k = end;
        let mut n = 0;
        // Plain lower-case words taken so far (at most three modifiers).
        let mut lower_run = 0;
        while k > floor && n < MAX_NP {
            let j = k - 1;
            match self.np_step_back(j, k, end, floor, lower_run) {
                NpStep::Stop => break,
                NpStep::Determiner => {
                    // A determiner opens the phrase: go on only through
                    // "one of the", "the White House's".
                    k = j;
                    n += 1;
                    let before = j.checked_sub(1).filter(|&b| b >= floor);
                    match before {
                        Some(b)
                            if self.lex(b).np_joiner || self.kind(b) == Some(TokenKind::Number) =>
                        {
                            continue
                        }
                        _ => break,
                    }
                }
                NpStep::Take => {
                    let l = self.lex(j);
                    if self.kind(j) == Some(TokenKind::Word)
                        && !self.is_capitalised(j)
                        && !l.nominal
                        && !l.determiner
                    {
                        lower_run += 1;
                    }
                    k = j;
                    n += 1;
                }
            }
        }
        k
    }

    /// What token `j` does to a noun phrase walked back to `k` (`j` is
    /// `k - 1`) from `end`.
    #[inline]
    fn np_step_back(
        &self,
        j: usize,
        k: usize,
        end: usize,
        floor: usize,
        lower_run: usize,
    ) -> NpStep {
        let take = match self.kind(j) {
            Some(TokenKind::Word) => return self.np_word_step_back(j, k, end, floor, lower_run),
            Some(TokenKind::Number) => true,
            // "директор школи № 8": the number sign joins its number.
            Some(TokenKind::Punct) => {
                self.is_title_period(j) || matches!(self.word(j), "&" | "-" | "№")
            }
            Some(TokenKind::Symbol) => matches!(self.word(j), "&" | "№"),
            // "Источник «Медузы» пояснил": an outlet in guillemets after
            // a source noun.
            Some(TokenKind::Quote) => self.source_outlet_marks_at(j).is_some(),
            _ => false,
        };
        if take {
            NpStep::Take
        } else {
            NpStep::Stop
        }
    }

    /// [`Ctx::np_step_back`] for a word.
    #[inline]
    fn np_word_step_back(
        &self,
        j: usize,
        k: usize,
        end: usize,
        floor: usize,
        lower_run: usize,
    ) -> NpStep {
        let l = self.lex(j);
        let take = if l.np_joiner {
            // A joiner needs a noun phrase on both sides.
            k < end && j > floor
        } else if l.determiner && !l.pronoun {
            return NpStep::Determiner;
        } else if l.np_stop || l.pronoun || l.relative {
            false
        } else if self.is_capitalised(j) {
            // A capitalised reporting verb at a sentence start is
            // still a verb; elsewhere a capital means a name.
            l.cue.is_none() || j > floor
        } else if l.nominal {
            true
        } else {
            // Other lower-case words: a head noun right before the
            // verb ("the central bank said", "the report said"),
            // or up to two modifiers before it.
            let head_after_determiner = k == end && j > floor && self.lex(j - 1).determiner;
            // "-ly" marks an adverb ("strongly said"), but not a
            // head noun after its determiner ("the family said",
            // "the assembly said").
            let w = self.word(j);
            lower_run < 3
                && (k == end || !self.lex(k).np_joiner)
                && (!content_words()
                    .adverb_endings
                    .iter()
                    .any(|e| w.ends_with(e))
                    || head_after_determiner)
                && (l.cue.is_none() || head_after_determiner)
        };
        if take {
            NpStep::Take
        } else {
            NpStep::Stop
        }
    }

    /// A phrase does not start with a joiner, a period, or a Russian or
    /// Ukrainian conjunction or adverb opening the clause ("Також тренер
    /// підкреслив", "Але пообіцяв", "Ранее Ликунов заявил", "Вчера
    /// вечером губернатор рассказал"): the start past them, and whether a
    /// conjunction or adverb was skipped.
    fn skip_np_openers(&self, mut k: usize, end: usize) -> (usize, bool) {
        let mut after_conjunction = false;
        while k < end
            && (self.lex(k).np_joiner
                || self.kind(k) == Some(TokenKind::Punct)
                || sentence_opener_at(self, k)
                || speaker_phrase_adverb_at(self, k))
        {
            after_conjunction = after_conjunction
                || sentence_opener_at(self, k)
                || speaker_phrase_adverb_at(self, k);
            k += 1;
        }
        (k, after_conjunction)
    }

    /// Bare lower-case words are a phrase only after a boundary
    /// ("officials said", ", analysts said"); else the phrase starts at
    /// the first determiner, name, number or role noun from `k`.
    fn np_first_token(
        &self,
        mut k: usize,
        end: usize,
        floor: usize,
        after_conjunction: bool,
    ) -> usize {
        let good_start = |i: usize| {
            let l = self.lex(i);
            l.determiner
                || l.nominal
                || self.is_capitalised(i)
                || self.kind(i) == Some(TokenKind::Number)
                || self.slavic_role_noun(i)
        };
        let at_boundary = k == floor
            || after_conjunction
            || k.checked_sub(1)
                .is_some_and(|p| matches!(self.kind(p), Some(TokenKind::Punct | TokenKind::Quote)));
        if !good_start(k) && !at_boundary {
            while k < end && !good_start(k) {
                k += 1;
            }
        }
        // "Наприкінці зустрічі директор школи розповів": lower-case
        // Cyrillic words before a role noun are an adverbial, not the
        // speaker.
        if k < end && !good_start(k) && is_cyrillic(self.word(k)) {
            if let Some(mut role) = (k + 1..end).find(|&i| self.slavic_role_noun(i)) {
                // With its adjectives ("официальный представитель").
                while role > k
                    && (self.slavic_nominative_adjective(role - 1)
                        || claimtrace_lexicon::ALL.iter().any(|lex| {
                            lex.possessive_pronouns
                                .iter()
                                .any(|p| self.lower_is(role - 1, p))
                        }))
                {
                    role -= 1;
                }
                k = role;
            }
        }
        k
    }

    /// A Russian or Ukrainian role noun ("директор", "керівник"): where a
    /// speaker phrase starts after the lower-case words of an adverbial
    /// ("Наприкінці зустрічі директор школи № 8 розповів").
    pub(crate) fn slavic_role_noun(&self, i: usize) -> bool {
        self.slavic_role_case(i) == Some(false)
    }

    /// Whether token `i` opens a relative or subordinate clause ("who",
    /// "which", "when", "который", "когда", "коли"): after a speaker's
    /// name and a comma, such a clause is no part of who spoke.
    pub(crate) fn opens_clause(&self, i: usize) -> bool {
        self.lex(i).relative
            || claimtrace_lexicon::ALL.iter().any(|lex| {
                lex.subordinating_conjunctions
                    .iter()
                    .any(|w| self.lower_is(i, w))
            })
    }

    /// A Russian or Ukrainian role noun in an oblique case ("президента",
    /// "министром"): an object or a possessor, never a subject.
    pub(crate) fn slavic_oblique_role_noun(&self, i: usize) -> bool {
        self.slavic_role_case(i) == Some(true)
    }

    /// Whether the word at `i` is a Russian or Ukrainian role noun in an
    /// oblique case (`Some(true)`), in the nominative (`Some(false)`), or
    /// no role noun (`None`).
    fn slavic_role_case(&self, i: usize) -> Option<bool> {
        let w = self.word(i);
        if self.kind(i) != Some(TokenKind::Word) || !is_cyrillic(w) {
            return None;
        }
        // After a role stem an oblique ending ("президента", "министром")
        // makes an object, not a speaker. Russian and Ukrainian share many
        // stems ("президент", "директор"), so every language's endings
        // count for every stem.
        let lower = w.to_lowercase();
        let oblique = |rest: &str| {
            claimtrace_lexicon::ALL
                .iter()
                .any(|lex| lex.role_oblique_endings.contains(&rest))
        };
        let rests = claimtrace_lexicon::ALL
            .iter()
            .flat_map(|lex| lex.name_cues.role_stems.iter())
            .filter_map(|stem| lower.strip_prefix(stem));
        let mut found = None;
        for rest in rests {
            if !oblique(rest) {
                return Some(false);
            }
            found = Some(true);
        }
        found
    }

    /// A word for a meeting or an occasion (lexicon `gathering_stems`:
    /// "брифинга", "заседании"; any part of a hyphenated word:
    /// "пресс-конференции"): where words were said, not who said them.
    pub(crate) fn is_gathering(&self, i: usize) -> bool {
        self.lower(i).split('-').any(|part| {
            claimtrace_lexicon::ALL.iter().any(|lex| {
                lex.gathering_stems
                    .iter()
                    .any(|stem| part.starts_with(stem))
            })
        })
    }

    /// A Russian or Ukrainian adjective in the nominative ("официальный",
    /// "колишній"), by its ending.
    pub(crate) fn slavic_nominative_adjective(&self, i: usize) -> bool {
        let w = self.word(i);
        self.kind(i) == Some(TokenKind::Word)
            && !self.is_capitalised(i)
            && is_cyrillic(w)
            && claimtrace_lexicon::ALL.iter().any(|lex| {
                lex.nominative_adjective_endings
                    .iter()
                    .any(|e| w.ends_with(e))
            })
    }

    /// Whether the capitalised word at `adjective` is a Russian or
    /// Ukrainian place adjective in the genitive ("Белгородской",
    /// "Харківської") or the head noun of a body ("Министерства") and the
    /// lower-case word at `next` can be its noun or complement ("области",
    /// "автономного", "обороны"): the phrase goes on through them to the
    /// name after ("губернатор Белгородской области Вячеслав Гладков").
    fn wants_its_noun(&self, adjective: usize, next: usize) -> bool {
        let a = self.word(adjective);
        let w = self.word(next);
        // "Министерства обороны", "Служби безпеки України": a body's head
        // noun takes its complement as well.
        let body = || claimtrace_entity::is_org_head(self.lower(adjective));
        is_cyrillic(a)
            && is_cyrillic(w)
            && self.kind(next) == Some(TokenKind::Word)
            && self.lex(next).cue.is_none()
            && !self.lex(next).np_stop
            && (claimtrace_entity::is_genitive_place_adjective(a) || body())
    }

    /// Whether the lower-case word at `k` is an agent noun ("defender",
    /// "striker", "economist"; lexicon `agent_noun_endings`) right before a
    /// capitalised word: a title between a team or body and a name
    /// ("United defender Gary Holt"), not a verb after a name (a verb there
    /// would end in "-ed" or "-s").
    pub fn agent_noun_before_name(&self, k: usize) -> bool {
        let w = self.word(k);
        w.len() > 4
            && speaker_words()
                .agent_noun_endings
                .iter()
                .any(|e| w.ends_with(e))
            && self.is_capitalised(k + 1)
    }

    /// The speaker noun phrase that starts at `start` (an inverted
    /// subject: "said the president of the aggressor country").
    pub fn np_after(&self, start: usize, ceiling: usize) -> Option<(usize, usize)> {
        // "— заявил вчера вечером министр": adverbs after the verb are no
        // part of the speaker phrase.
        let mut start = start;
        while start + 1 < ceiling && speaker_phrase_adverb_at(self, start) {
            start += 1;
        }
        let mut k = start;
        if k < ceiling && self.lex(k).pronoun && self.kind(k) == Some(TokenKind::Word) {
            return Some((k, k + 1));
        }
        while k < ceiling && k - start < MAX_NP {
            let l = self.lex(k);
            let ok = match self.kind(k) {
                Some(TokenKind::Word)
                    if k > start
                        && self.is_capitalised(k - 1)
                        && !self.is_capitalised(k)
                        && !l.nominal
                        && !l.np_joiner
                        && !l.determiner
                        && !self.wants_its_noun(k - 1, k)
                        && !self.agent_noun_before_name(k) =>
                {
                    // "Clinton celebrated": a verb after a name.
                    false
                }
                Some(TokenKind::Word) => {
                    let after_determiner = k > start && self.lex(k - 1).determiner;
                    (!l.np_stop || l.determiner || l.np_joiner)
                        && !l.pronoun
                        && !l.relative
                        && (l.cue.is_none() || self.is_capitalised(k) || after_determiner)
                }
                Some(TokenKind::Number) => true,
                Some(TokenKind::Punct) => self.is_title_period(k),
                _ => false,
            };
            if !ok {
                break;
            }
            k += 1;
        }
        while k > start && (self.lex(k - 1).np_joiner || self.lex(k - 1).determiner) {
            k -= 1;
        }
        (k > start && self.words_in(start, k) > 0).then_some((start, k))
    }

    /// The subject of a sentence's main clause: its first noun phrase,
    /// after a fronted adverbial ("On July 13, General X, ...").
    pub fn main_subject(&self, sent: (usize, usize), before: usize) -> Option<(usize, usize)> {
        let (a, _) = sent;
        let mut start = a;
        // Skip a fronted phrase that ends with a comma within 8 tokens when
        // it opens with a preposition, an adverb or a participle
        // ("Assuming that X stays solid, the managers ...").
        let participle = crate::speaker_words::content_words()
            .participle_endings
            .iter()
            .any(|e| self.lower(a).ends_with(e));
        if self.lex(a).np_stop || self.kind(a) == Some(TokenKind::Punct) || participle {
            // A participle's phrase may be longer ("Speaking after new
            // phone talks between Mr Putin and Mr Biden, the adviser ...").
            // Only a verb's participle, not a name or a preposition in
            // "-ing" ("Downing Street would not be drawn ..., saying",
            // "Boeing ... and confirmed", "During the meeting ..."): one of
            // saying, or one a preposition or an article follows.
            let verb_participle = participle
                && !self.lex(a).np_stop
                && (self.lex(a).cue.is_some()
                    || (a + 1 < before
                        && !self.is_capitalised(a + 1)
                        && (self.lex(a + 1).np_joiner || self.lex(a + 1).determiner)));
            let reach = if verb_participle { 17 } else { 9 };
            if let Some(c) = (a..before.min(a + reach)).find(|&i| self.is_punct(i, ",")) {
                start = c + 1;
            }
        }
        let np = self.np_after(start, before)?;
        // Extend over an appositive: "X, commander of Y, confirmed".
        Some(np)
    }
}
