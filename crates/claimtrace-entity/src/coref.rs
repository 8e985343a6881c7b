//! Coreference inside one document: candidates that name the same thing
//! become one entity; pronouns and epithets ("the Russian president") are
//! resolved to entities by recency, gender, number and role.

use std::collections::{HashMap, HashSet};

use claimtrace_core::{Document, Entity, EntityType, Mention, MentionKind, Role, TokenKind};
use claimtrace_lexicon::ALL;

use crate::candidates::{cyrillic_gender, ends_with_listed, flag, listed, Candidate, Context};
use crate::lexicon::{self, with_lower, PronounClass};
use crate::Kind;

/// An entity while it is being assembled.
struct Building {
    kind: Kind,
    place: Option<&'static str>,
    /// Name word spans (bytes) of the longest name form so far.
    words: Vec<(usize, usize)>,
    roles: Vec<Role>,
    gender: Option<&'static str>,
    mentions: Vec<Mention>,
    /// Lowercased words of every role, for matching epithets.
    role_words: Vec<String>,
    /// Stems of the Ukrainian and Russian role nouns among them.
    role_stems: Vec<&'static str>,
    /// Starts of name mentions written surname first ("Yakunin Vladimir"):
    /// never the canonical name.
    reversed: Vec<usize>,
    /// The sex the past-tense verbs of saying next to its names give the
    /// person ("Александра Веселова заявила": female), whatever else
    /// settled `gender`.
    said_gender: Option<&'static str>,
}

impl Building {
    fn new(kind: Kind) -> Self {
        Building {
            kind,
            place: None,
            words: Vec::new(),
            roles: Vec::new(),
            gender: None,
            mentions: Vec::new(),
            role_words: Vec::new(),
            role_stems: Vec::new(),
            reversed: Vec::new(),
            said_gender: None,
        }
    }
}

/// Two name words are the same name: equal, or (Cyrillic) the same stem
/// with a different case ending: Путин/Путина, Зеленський/Зеленського.
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let cyrillic = |s: &str| {
        s.chars()
            .next()
            .is_some_and(|c| ('\u{400}'..='\u{4FF}').contains(&c))
    };
    if !cyrillic(a) || !cyrillic(b) {
        return false;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let longest = a.chars().count().max(b.chars().count());
    common >= 4 && common + 3 >= longest
}

fn word_spans(ctx: &Context, c: &Candidate) -> Vec<(usize, usize)> {
    (c.first..c.last)
        .filter(|&k| ctx.is_word(k) && ctx.is_capitalised(k))
        .map(|k| (ctx.start(k), ctx.end(k)))
        .collect()
}

fn span_text(text: &str, span: (usize, usize)) -> &str {
    text.get(span.0..span.1).unwrap_or("")
}

fn add_mention(text: &str, b: &mut Building, start: usize, end: usize, kind: MentionKind) {
    b.mentions.push(Mention {
        start,
        end,
        text: text.get(start..end).unwrap_or("").to_string(),
        kind,
    });
}

fn add_roles(b: &mut Building, c: &Candidate) {
    for r in &c.roles {
        if let Some(existing) = b.roles.iter_mut().find(|x| x.text == r.text) {
            existing.former |= r.former;
        } else {
            b.roles.push(Role {
                text: r.text.clone(),
                former: r.former,
            });
        }
    }
    if b.gender.is_none() {
        b.gender = c.gender;
    }
}

/// Same multi-word person: first and last name words agree.
fn same_person(text: &str, a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    match (a.first(), a.last(), b.first(), b.last()) {
        (Some(&af), Some(&al), Some(&bf), Some(&bl)) => {
            same_word(span_text(text, al), span_text(text, bl))
                && same_word(span_text(text, af), span_text(text, bf))
        }
        _ => false,
    }
}

/// Same organisation or law: the same words (Cyrillic words by stem), an
/// optional leading "The" aside.
/// "The" as written at the start of a name: a definite article with a
/// capital first letter and the rest lower-case.
fn is_capitalised_definite_article(word: &str) -> bool {
    ALL.iter()
        .flat_map(|lexicon| lexicon.entities.definite_articles)
        .any(|article| {
            let mut letters = article.chars();
            letters
                .next()
                .is_some_and(|first| first.to_uppercase().chain(letters).eq(word.chars()))
        })
}

fn same_name(text: &str, a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    let strip = |w: &[(usize, usize)]| -> usize {
        usize::from(
            w.first()
                .is_some_and(|&s| is_capitalised_definite_article(span_text(text, s))),
        )
    };
    let (a, b) = (&a[strip(a)..], &b[strip(b)..]);
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(&x, &y)| same_word(span_text(text, x), span_text(text, y)))
}

/// Initials of the capitalised words: "North Atlantic Treaty Organization" -> NATO.
fn initials(text: &str, words: &[(usize, usize)]) -> String {
    words
        .iter()
        .filter_map(|&w| span_text(text, w).chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Bucket key for a name: its kind and a lowercase word. Names that may be
/// the same (`same_word`) always share a key: a Latin-script word is only
/// the same as itself, so the key is the whole word; a Cyrillic one is the
/// same as words sharing its first four letters (case endings never reach
/// them), so the key is those. (A key of three letters for every script
/// put every "Mar..." surname in one bucket: quadratic on long texts.)
fn bucket_key(kind: Kind, word: &str) -> (u8, String) {
    let cyrillic = word
        .chars()
        .next()
        .is_some_and(|c| ('\u{400}'..='\u{4FF}').contains(&c));
    let letters = word.chars().flat_map(char::to_lowercase);
    let key = if cyrillic {
        letters.take(4).collect()
    } else {
        letters.collect()
    };
    (kind as u8, key)
}

type Buckets = HashMap<(u8, String), Vec<usize>>;

fn bucket_candidates<'b>(buckets: &'b Buckets, kind: Kind, word: &str) -> &'b [usize] {
    buckets
        .get(&bucket_key(kind, word))
        .map_or(&[], |v| v.as_slice())
}

/// Whether a name word is a common given name (any case, for Cyrillic).
fn is_given(text: &str, word: Option<(usize, usize)>) -> bool {
    let Some(w) = word.map(|w| span_text(text, w)) else {
        return false;
    };
    if w.chars()
        .next()
        .is_some_and(|c| ('\u{400}'..='\u{4FF}').contains(&c))
    {
        return lexicon::cyrillic_given_gender(w).is_some();
    }
    with_lower(w, |l| lexicon::given_name_gender(l).is_some())
}

/// Adds a full person name: joins the person with the same first and last
/// name words, or starts a new one.
fn add_full_name(
    text: &str,
    ents: &mut Vec<Building>,
    buckets: &mut Buckets,
    full_starts: &mut Vec<Vec<usize>>,
    c: &Candidate,
    words: Vec<(usize, usize)>,
) {
    let surname = words.last().map_or("", |&w| span_text(text, w));
    let found = bucket_candidates(buckets, Kind::Person, surname)
        .iter()
        .copied()
        .find(|&i| {
            ents.get(i)
                .is_some_and(|b| same_person(text, &b.words, &words))
        });
    let idx = match found {
        Some(i) => i,
        None => {
            ents.push(Building::new(Kind::Person));
            full_starts.push(Vec::new());
            let i = ents.len() - 1;
            buckets
                .entry(bucket_key(Kind::Person, surname))
                .or_default()
                .push(i);
            i
        }
    };
    if let (Some(b), Some(starts)) = (ents.get_mut(idx), full_starts.get_mut(idx)) {
        if words.len() > b.words.len() {
            b.words = words;
        }
        add_mention(text, b, c.start, c.end, MentionKind::Name);
        add_roles(b, c);
        starts.push(c.start);
    }
}

/// Given-name-and-patronymic mentions ("Ігор Михайлович") and the
/// person named in full they stand for.
struct Patronymics<'c, 't> {
    ctx: &'c Context<'t>,
    cands: &'c [Candidate],
    /// Words that stand alone or last in a longer name in this document
    /// ("Янукович", "Виктор Федорович Янукович"): surnames, whatever
    /// their ending. Read at the first patronymic, if there is one.
    surnames: Option<Vec<&'t str>>,
    /// Whether each word read so far is among `surnames`.
    seen: HashMap<&'t str, bool>,
}

impl<'c, 't> Patronymics<'c, 't> {
    fn of(ctx: &'c Context<'t>, cands: &'c [Candidate]) -> Self {
        Patronymics {
            ctx,
            cands,
            surnames: None,
            seen: HashMap::new(),
        }
    }

    /// "Ігор Михайлович" after "Ігор Лакей", "Анна Петровна" after "Анна
    /// Смирнова": a given name and a patronymic (lexicon
    /// `patronymic_endings`) name the person last named in full with that
    /// given name and another last word. A second word the document also
    /// writes as a surname ("Виктор Янукович", "Янукович") is one.
    fn names(
        &mut self,
        text: &'t str,
        ents: &[Building],
        words: &[(usize, usize)],
    ) -> Option<usize> {
        let [given, patronymic] = words else {
            return None;
        };
        let (given, patronymic) = (span_text(text, *given), span_text(text, *patronymic));
        if !is_patronymic(patronymic) || !lexicon::is_nominative_given_name(given) {
            return None;
        }
        let (ctx, cands) = (self.ctx, self.cands);
        let surnames = self.surnames.get_or_insert_with(|| {
            cands
                .iter()
                .filter(|c| c.kind == Kind::Person)
                .filter_map(|c| {
                    let words = word_spans(ctx, c);
                    (words.len() == 1 || words.len() >= 3)
                        .then(|| words.last().map(|&w| span_text(ctx.text, w)))
                        .flatten()
                })
                .collect()
        });
        let is_surname = *self
            .seen
            .entry(patronymic)
            .or_insert_with(|| surnames.iter().any(|s| same_word(s, patronymic)));
        if is_surname {
            return None;
        }
        ents.iter().rposition(|b| {
            b.kind == Kind::Person
                && b.words.len() >= 2
                && b.words
                    .first()
                    .is_some_and(|&w| same_word(span_text(text, w), given))
                && b.words.last().is_some_and(|&w| {
                    let last = span_text(text, w);
                    !is_patronymic(last) && !same_word(last, patronymic)
                })
        })
    }
}

/// A Cyrillic word with a patronymic's ending (lexicon
/// `patronymic_endings`).
fn is_patronymic(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| ('\u{400}'..='\u{4FF}').contains(&c))
        && claimtrace_lexicon::ALL.iter().any(|lex| {
            lex.entities
                .patronymic_endings
                .iter()
                .any(|e| word.ends_with(e))
        })
}

/// The person already named in full whose name `words` writes in
/// reverse: "Yakunin Vladimir" for "Vladimir Yakunin". (Names that open
/// with a known given name are added first, so the given-name-first order
/// is the one kept.)
fn reversed_of(
    text: &str,
    ents: &[Building],
    buckets: &Buckets,
    words: &[(usize, usize)],
) -> Option<usize> {
    if words.len() < 2 {
        return None;
    }
    let surname = words.first().map_or("", |&w| span_text(text, w));
    bucket_candidates(buckets, Kind::Person, surname)
        .iter()
        .copied()
        .find(|&i| {
            ents.get(i).is_some_and(|b| {
                b.words.len() == words.len()
                    && b.words
                        .iter()
                        .rev()
                        .zip(words)
                        .all(|(&x, &y)| same_word(span_text(text, x), span_text(text, y)))
            })
        })
}

/// The entities being built and the lookups over them.
struct Groups {
    ents: Vec<Building>,
    /// Persons by surname, organisations by last word, places by name.
    buckets: Buckets,
    /// Per entity: starts of its full-name mentions, in order.
    full_starts: Vec<Vec<usize>>,
    /// Persons named by one word only ("Mr. Trump", "President Trump"
    /// with no "Donald Trump" in the text), by that word as written.
    singles: HashMap<String, usize>,
}

impl Groups {
    /// A new entity of `b`, bucketed under `key`; its index.
    fn push(&mut self, b: Building, key: (u8, String)) -> usize {
        self.ents.push(b);
        self.full_starts.push(Vec::new());
        let i = self.ents.len() - 1;
        self.buckets.entry(key).or_default().push(i);
        i
    }
}

/// Groups candidates into entities, then resolves pronouns and epithets.
pub(crate) fn build_entities(ctx: &Context, cands: Vec<Candidate>) -> Vec<Entity> {
    let text = ctx.text;
    let mut groups = Groups {
        ents: Vec::new(),
        buckets: HashMap::new(),
        full_starts: Vec::new(),
        singles: HashMap::new(),
    };
    let mut deferred: Vec<&Candidate> = Vec::new();
    let mut loose: Vec<(&Candidate, Vec<(usize, usize)>)> = Vec::new();
    let mut patronymics = Patronymics::of(ctx, &cands);

    // 1. full names, organisations, places, laws, programmes
    for c in &cands {
        let words = word_spans(ctx, c);
        match c.kind {
            Kind::Place => add_place(text, &mut groups, c),
            Kind::Person if words.len() >= 2 => {
                if let Some(i) = patronymics.names(text, &groups.ents, &words) {
                    if let Some(b) = groups.ents.get_mut(i) {
                        add_mention(text, b, c.start, c.end, MentionKind::Name);
                    }
                } else if !is_given(text, words.first().copied()) {
                    // "Центробанке Улюкаев": maybe a word glued to a known surname
                    loose.push((c, words));
                } else {
                    add_full_name(
                        text,
                        &mut groups.ents,
                        &mut groups.buckets,
                        &mut groups.full_starts,
                        c,
                        words,
                    );
                }
            }
            Kind::Person => deferred.push(c),
            Kind::Org | Kind::Law | Kind::Programme | Kind::Other => {
                add_named(text, &mut groups, c, words)
            }
        }
    }
    // 2. names whose first word is no given name
    for (c, words) in loose {
        join_loose_name(text, &mut groups, c, words);
    }
    // 3. surnames and single names join the nearest full name (or, for a
    // name written family name first, "Xi" and "Wang" after "Xi Jinping"
    // and "Wang Wenbin", the one whose first word they are)
    let by_first_word = family_first_index(text, &groups);
    for c in deferred {
        join_single_name(ctx, &mut groups, &by_first_word, c);
    }
    let mut ents = groups.ents;

    // 4. acronyms join the organisation they abbreviate
    merge_acronyms(text, &mut ents);
    // 5. kinds, genders and role words
    settle_persons(ctx, &mut ents);
    for b in &mut ents {
        b.mentions.sort_by_key(|m| (m.start, m.end));
        settle_gender(ctx, b);
        collect_role_words(b);
    }

    // 6. pronouns and epithets, in document order
    resolve_references(ctx, &mut ents);

    finish(text, ents, ctx.language)
}

/// A place joins the entity of the same place, or starts one.
fn add_place(text: &str, groups: &mut Groups, c: &Candidate) {
    let place = c.place.unwrap_or("");
    let found = bucket_candidates(&groups.buckets, Kind::Place, place)
        .iter()
        .copied()
        .find(|&i| groups.ents.get(i).is_some_and(|b| b.place == c.place));
    let idx = match found {
        Some(i) => i,
        None => {
            let mut b = Building::new(Kind::Place);
            b.place = c.place;
            groups.push(b, bucket_key(Kind::Place, place))
        }
    };
    if let Some(b) = groups.ents.get_mut(idx) {
        add_mention(text, b, c.start, c.end, MentionKind::Name);
    }
}

/// An organisation, law, programme or other name joins the entity of the
/// same kind and name, or starts one.
fn add_named(text: &str, groups: &mut Groups, c: &Candidate, words: Vec<(usize, usize)>) {
    let last_word = words.last().map_or("", |&w| span_text(text, w));
    let found = bucket_candidates(&groups.buckets, c.kind, last_word)
        .iter()
        .copied()
        .find(|&i| {
            groups
                .ents
                .get(i)
                .is_some_and(|b| same_name(text, &b.words, &words))
        });
    let idx = match found {
        Some(i) => i,
        None => {
            let key = bucket_key(c.kind, last_word);
            let mut b = Building::new(c.kind);
            b.words = words;
            groups.push(b, key)
        }
    };
    if let Some(b) = groups.ents.get_mut(idx) {
        add_mention(text, b, c.start, c.end, MentionKind::Name);
    }
}

/// A name whose first word is no given name: its last word may be the
/// surname of a person named in full elsewhere, or the whole name that
/// person's name in reverse ("Yakunin Vladimir", "Yakunin, Vladimir");
/// else it is a full name of its own.
fn join_loose_name(text: &str, groups: &mut Groups, c: &Candidate, words: Vec<(usize, usize)>) {
    let Some(&last) = words.last() else { return };
    let reversed = reversed_of(text, &groups.ents, &groups.buckets, &words);
    if let Some(b) = reversed.and_then(|i| groups.ents.get_mut(i)) {
        add_mention(text, b, c.start, c.end, MentionKind::Name);
        b.reversed.push(c.start);
        add_roles(b, c);
        return;
    }
    let surname = span_text(text, last);
    let known = bucket_candidates(&groups.buckets, Kind::Person, surname)
        .iter()
        .copied()
        .find(|&i| {
            groups.ents.get(i).is_some_and(|b| {
                b.words.len() >= 2
                    && is_given(text, b.words.first().copied())
                    && b.words
                        .last()
                        .is_some_and(|&w| same_word(span_text(text, w), surname))
            })
        });
    match known.and_then(|i| groups.ents.get_mut(i)) {
        Some(b) => {
            add_mention(text, b, last.0, last.1, MentionKind::Partial);
            add_roles(b, c);
        }
        None => add_full_name(
            text,
            &mut groups.ents,
            &mut groups.buckets,
            &mut groups.full_starts,
            c,
            words,
        ),
    }
}

/// A surname or single name joins the nearest person of that surname; a
/// strong one with none starts a person, a weak one may name an
/// organisation seen before.
fn join_single_name(ctx: &Context, groups: &mut Groups, by_first_word: &Buckets, c: &Candidate) {
    let text = ctx.text;
    let word = text.get(c.start..c.end).unwrap_or("");
    let found = nearest_full_name(text, groups, c, word).or_else(|| {
        one_by_first_word(text, groups, by_first_word, c, word)
            .filter(|&i| groups.ents.get(i).is_some_and(|b| person_evidence(ctx, b)))
    });
    match found {
        Some(i) => {
            if let Some(b) = groups.ents.get_mut(i) {
                add_mention(text, b, c.start, c.end, MentionKind::Partial);
                add_roles(b, c);
            }
        }
        None if !c.weak => {
            // The same single name again is the same person: an article
            // that never gives the full name ("Mr. Trump" throughout).
            // The same form only: two Cyrillic surnames may share a stem
            // ("Ковалёв", "Коваль").
            if let Some(b) = groups
                .singles
                .get(word)
                .copied()
                .and_then(|i| groups.ents.get_mut(i))
            {
                add_mention(text, b, c.start, c.end, MentionKind::Name);
                add_roles(b, c);
                return;
            }
            let mut b = Building::new(Kind::Person);
            b.words = word_spans(ctx, c);
            add_mention(text, &mut b, c.start, c.end, MentionKind::Name);
            add_roles(&mut b, c);
            groups.ents.push(b);
            groups
                .singles
                .insert(word.to_string(), groups.ents.len() - 1);
        }
        None => {
            // a weak single word may still be an organisation seen before
            let found = bucket_candidates(&groups.buckets, Kind::Org, word)
                .iter()
                .copied()
                .find(|&i| {
                    groups.ents.get(i).is_some_and(|b| {
                        b.words.len() == 1
                            && b.words.first().is_some_and(|&w| span_text(text, w) == word)
                    })
                });
            if let Some(b) = found.and_then(|i| groups.ents.get_mut(i)) {
                add_mention(text, b, c.start, c.end, MentionKind::Name);
            }
        }
    }
}

/// Persons named in full whose first word is no given name ("Xi
/// Jinping", "Wang Wenbin", "Kim Jong Un": the family name first), by
/// that word. Built once, after every full name is known.
fn family_first_index(text: &str, groups: &Groups) -> Buckets {
    let mut index = Buckets::new();
    for (i, b) in groups.ents.iter().enumerate() {
        if b.kind != Kind::Person || b.words.len() < 2 {
            continue;
        }
        let first = b.words.first().copied();
        if is_given(text, first) {
            continue;
        }
        if let Some(w) = first {
            index
                .entry(bucket_key(Kind::Person, span_text(text, w)))
                .or_default()
                .push(i);
        }
    }
    index
}

/// The person of `by_first_word` whose first word is `word`, named in
/// full before the candidate; none when two such persons are. (The caller
/// asks for evidence that the name is a person's: "Sky" does not make
/// "Sky One" one.)
fn one_by_first_word(
    text: &str,
    groups: &Groups,
    by_first_word: &Buckets,
    c: &Candidate,
    word: &str,
) -> Option<usize> {
    let mut found = bucket_candidates(by_first_word, Kind::Person, word)
        .iter()
        .copied()
        .filter(|&i| {
            let first = groups.ents.get(i).and_then(|b| b.words.first());
            let named_before = groups
                .full_starts
                .get(i)
                .and_then(|v| v.first())
                .is_some_and(|&s| s < c.start);
            named_before && first.is_some_and(|&w| same_word(span_text(text, w), word))
        });
    let one = found.next()?;
    found.next().is_none().then_some(one)
}

/// The person whose surname is `word` with the nearest full-name mention
/// before the candidate, else the first after it.
fn nearest_full_name(text: &str, groups: &Groups, c: &Candidate, word: &str) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None; // (entity, distance)
    for &i in bucket_candidates(&groups.buckets, Kind::Person, word) {
        let Some(b) = groups.ents.get(i) else {
            continue;
        };
        let surname = b.words.last().map_or("", |&w| span_text(text, w));
        if !same_word(surname, word) {
            continue;
        }
        let starts = groups.full_starts.get(i).map_or(&[][..], |v| v.as_slice());
        let before = starts.partition_point(|&s| s <= c.start);
        let dist = match before.checked_sub(1).and_then(|k| starts.get(k)) {
            Some(&s) => c.start - s,
            None => starts
                .first()
                .map_or(usize::MAX, |&s| (s - c.start).saturating_add(1 << 40)),
        };
        if best.is_none_or(|(_, d)| dist < d) {
            best = Some((i, dist));
        }
    }
    best.map(|(i, _)| i)
}

/// A two-word capitalised name with nothing that marks a person (no title,
/// surname on its own, gender or speech verb) is more often a company,
/// event or place: "Time Warner", "Las Vegas". A given name's gender comes
/// before any pronoun is resolved.
fn settle_persons(ctx: &Context, ents: &mut [Building]) {
    for b in ents {
        if b.kind == Kind::Person && b.words.len() >= 2 && !person_evidence(ctx, b) {
            b.kind = Kind::Other;
        }
        if b.kind == Kind::Person && b.gender.is_none() {
            b.gender = given_gender(ctx.text, b);
        }
    }
}

/// A person's gender still unknown: from the surname's ending, else from
/// the verbs after it.
fn settle_gender(ctx: &Context, b: &mut Building) {
    // The verbs' and the case forms' evidence is read for names in
    // Cyrillic only (the endings are Russian and Ukrainian; an English
    // transcript's persons cost nothing more).
    let cyrillic = b.mentions.iter().any(|m| {
        m.kind != MentionKind::Pronoun
            && m.text
                .chars()
                .next()
                .is_some_and(|c| ('\u{400}'..='\u{4FF}').contains(&c))
    });
    // "Веселова" and "Веселовой" in one text: a surname with both the
    // nominative and an oblique form only a woman's takes is a woman's,
    // whatever the given name seemed ("Александра" is also the genitive
    // of "Александр", "Веселова" of "Веселов").
    if b.kind == Kind::Person && cyrillic && feminine_surname_pair(&b.mentions) {
        b.gender = Some("female");
        b.said_gender = Some("female");
        return;
    }
    if b.kind == Kind::Person && b.gender.is_none() {
        // the shortest written surname is the likeliest nominative
        let surname = b
            .mentions
            .iter()
            .filter_map(|m| m.text.split_whitespace().last())
            .min_by_key(|w| w.len());
        b.gender = surname.and_then(cyrillic_gender);
    }
    if b.kind == Kind::Person && (cyrillic || b.gender.is_none()) {
        // "Ковальчук заявила", "— сказав Ткачук": the verb says it.
        let said = gender_from_verbs(ctx, &b.mentions);
        if cyrillic {
            b.said_gender = said;
        }
        if b.gender.is_none() {
            b.gender = said;
        }
    }
}

/// Whether the mentions' last words hold a woman's surname both in the
/// nominative and in an oblique case that only a woman's surname takes:
/// the lexicons' feminine oblique endings that end in "й", "ю" or "ї"
/// ("Веселовой", "Ковальської") with the same stem and the nominative
/// ending ("Веселова", "Ковальська"). One form alone proves nothing:
/// "Лановой" and "Трубецкой" are men's nominatives, "Дерипаской" a man's
/// instrumental.
fn feminine_surname_pair(mentions: &[Mention]) -> bool {
    // Each written form once: a person named a thousand times in a
    // transcript has a handful of forms, and the look-up below is
    // quadratic in them.
    let mut lasts: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind != MentionKind::Pronoun)
        .filter_map(|m| m.text.split_whitespace().last().map(str::to_lowercase))
        .collect();
    lasts.sort_unstable();
    lasts.dedup();
    lasts.iter().any(|w| {
        claimtrace_lexicon::ALL.iter().any(|l| {
            l.entities
                .female_oblique_surname_endings
                .iter()
                .filter(|(oblique, _)| matches!(oblique.chars().last(), Some('й' | 'ю' | 'ї')))
                .any(|(oblique, nominative)| {
                    w.strip_suffix(oblique).is_some_and(|stem| {
                        let same_stem = || lasts.iter().filter(|o| o.starts_with(stem));
                        stem.chars().count() >= 2
                            && same_stem().any(|o| o.strip_prefix(stem) == Some(*nominative))
                            // Every form of the stem a woman's: a man of
                            // the same name merged in ("Бирюков",
                            // "Бирюковым") leaves it unproved.
                            && same_stem().all(|o| {
                                o.strip_prefix(stem)
                                    .is_some_and(|rest| is_feminine_surname_ending(rest, nominative))
                            })
                    })
                })
        })
    })
}

/// Whether `rest` after a surname's stem is the nominative `nominative`
/// of a woman's surname or one of its oblique endings in any lexicon.
fn is_feminine_surname_ending(rest: &str, nominative: &str) -> bool {
    rest == nominative
        || claimtrace_lexicon::ALL.iter().any(|l| {
            l.entities
                .female_oblique_surname_endings
                .iter()
                .any(|(o, n)| *n == nominative && *o == rest)
        })
}

/// The lowercased words of every role (and the stems of Ukrainian and
/// Russian role nouns), for matching epithets.
fn collect_role_words(b: &mut Building) {
    for r in &b.roles {
        for w in r
            .text
            .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            if !w.is_empty() {
                let lower = w.to_lowercase();
                if let Some(stem) = lexicon::cyrillic_role_stem(&lower) {
                    b.role_stems.push(stem);
                }
                b.role_words.push(lower);
            }
        }
    }
}

/// The gender of a person's first name word, when it is a common given name.
fn given_gender(text: &str, b: &Building) -> Option<&'static str> {
    let first = b.words.first().map(|&w| span_text(text, w))?;
    if b.words.len() < 2 {
        return None;
    }
    if first
        .chars()
        .next()
        .is_some_and(|c| ('\u{400}'..='\u{4FF}').contains(&c))
    {
        return lexicon::cyrillic_given_gender(first);
    }
    let mut found = None;
    with_lower(first, |l| {
        found = lexicon::given_name_gender(l);
        true
    });
    found
}

fn person_evidence(ctx: &Context, b: &Building) -> bool {
    if !b.roles.is_empty() || b.gender.is_some() || given_gender(ctx.text, b).is_some() {
        return true;
    }
    // a Ukrainian or Russian surname shape: Ковальська, Шевченко, Петрович
    let surname = b.words.last().map_or("", |&w| span_text(ctx.text, w));
    if cyrillic_gender(surname).is_some()
        || (ends_with_listed(|e| e.unisex_surname_endings, surname)
            && surname.chars().next().is_some_and(|c| c >= '\u{400}'))
    {
        return true;
    }
    b.mentions.iter().any(|m| {
        if m.kind == MentionKind::Partial {
            return true;
        }
        let after = ctx.toks.partition_point(|t| t.start() < m.end);
        let before = ctx.toks.partition_point(|t| t.start() < m.start);
        let said_after =
            ctx.has(after, flag::SPEECH) && ctx.sentence(after) == ctx.sentence(before);
        let said_before = before > 0
            && ctx.has(before - 1, flag::SPEECH)
            && ctx.sentence(before - 1) == ctx.sentence(before);
        // "Edwards, 35, said"; "Mr Smith, who"
        let appositive = ctx.word(after) == ","
            && (ctx.lower_is(after + 1, |l| listed(|e| e.person_relative_pronouns, l))
                || (ctx.kind(after + 1) == Some(claimtrace_core::TokenKind::Number)
                    && ctx.word(after + 2) == ","));
        said_after || said_before || appositive
    })
}

fn merge_acronyms(text: &str, ents: &mut [Building]) {
    let mut by_initials: HashMap<String, usize> = HashMap::new();
    for (i, b) in ents.iter().enumerate() {
        if b.kind == Kind::Org && b.words.len() >= 2 {
            by_initials.entry(initials(text, &b.words)).or_insert(i);
        }
    }
    if by_initials.is_empty() {
        return;
    }
    for i in 0..ents.len() {
        let acronym = match ents.get(i) {
            Some(b) if b.kind == Kind::Org && b.words.len() == 1 => {
                let w = b.words.first().map_or("", |&w| span_text(text, w));
                let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
                (letters.chars().count() >= 2 && letters.chars().all(char::is_uppercase))
                    .then_some(letters)
            }
            _ => None,
        };
        let Some(target) = acronym.and_then(|a| by_initials.get(&a).copied()) else {
            continue;
        };
        // the emptied entity is dropped when the list is finished
        let moved = ents
            .get_mut(i)
            .map(|b| std::mem::take(&mut b.mentions))
            .unwrap_or_default();
        if let Some(t) = ents.get_mut(target) {
            t.mentions.extend(moved.into_iter().map(|mut m| {
                m.kind = MentionKind::Partial;
                m
            }));
        }
    }
}

/// The sex the past-tense verbs of saying next to a person's name mentions
/// give it: the verb right after a name ("Ковальчук заявила") or right
/// before it after a dash, comma or quotation mark ("— сказав Ткачук").
/// None when no verb says, or verbs disagree.
fn gender_from_verbs(ctx: &Context, mentions: &[Mention]) -> Option<&'static str> {
    let mut said: Option<&'static str> = None;
    for m in mentions.iter().filter(|m| m.kind != MentionKind::Pronoun) {
        let first = ctx.toks.partition_point(|t| t.start() < m.start);
        let after = ctx.toks.partition_point(|t| t.start() < m.end);
        let subject_before = ctx.sentence(after) == ctx.sentence(first)
            && ctx.has(after, flag::SPEECH)
            && ctx.is_cyrillic(after);
        let inverted = first >= 2
            && ctx.sentence(first - 1) == ctx.sentence(first)
            && ctx.has(first - 1, flag::SPEECH)
            && ctx.is_cyrillic(first - 1)
            && matches!(
                ctx.kind(first - 2),
                Some(TokenKind::Punct | TokenKind::Quote)
            )
            && !ctx.is_capitalised(first - 1);
        let verb = if subject_before {
            after
        } else if inverted {
            first - 1
        } else {
            continue;
        };
        let mut gender = None;
        ctx.lower_is(verb, |l| {
            gender = lexicon::past_verb_gender(l);
            true
        });
        match (said, gender) {
            (_, None) => {}
            (None, g) => said = g,
            (Some(a), Some(b)) if a != b => return None,
            _ => {}
        }
    }
    said
}

/// A reference seen so far: (start byte, sentence, entity index).
type Seen = (usize, usize, usize);

/// The antecedent of a pronoun: in the current sentence the first fitting
/// mention (the nearest one for a possessive), else the first fitting
/// mention of each earlier sentence, up to four back.
fn pick(
    seen: &[Seen],
    sentence: usize,
    possessive: bool,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    const MAX_SCAN: usize = 300;
    let mut lo = seen.len();
    while lo > 0 && seen.len() - lo < MAX_SCAN && seen.get(lo - 1).is_some_and(|s| s.1 >= sentence)
    {
        lo -= 1;
    }
    let current = seen.get(lo..).unwrap_or(&[]);
    let found = if possessive {
        current.iter().rev().find(|s| fits(s.2))
    } else {
        current.iter().find(|s| fits(s.2))
    };
    if let Some(s) = found {
        return Some(s.2);
    }
    let mut hi = lo;
    for back in 1..=4 {
        let Some(target) = sentence.checked_sub(back) else {
            break;
        };
        let mut lo = hi;
        while lo > 0
            && seen.len() - lo < MAX_SCAN
            && seen.get(lo - 1).is_some_and(|s| s.1 >= target)
        {
            lo -= 1;
        }
        if let Some(s) = seen.get(lo..hi).unwrap_or(&[]).iter().find(|s| fits(s.2)) {
            return Some(s.2);
        }
        hi = lo;
    }
    None
}

fn pronoun_fits(kind: Kind, gender: Option<&str>, class: PronounClass) -> bool {
    (class.male && kind == Kind::Person && gender != Some("female"))
        || (class.female && kind == Kind::Person && gender != Some("male"))
        || (class.group && kind == Kind::Org)
}

fn resolve_references(ctx: &Context, ents: &mut [Building]) {
    let text = ctx.text;
    // every name mention in order, with its sentence
    let mut timeline: Vec<(usize, usize, usize)> = Vec::new();
    for (i, b) in ents.iter().enumerate() {
        for m in &b.mentions {
            timeline.push((m.start, m.end, i));
        }
    }
    timeline.sort_unstable();
    // role words of every person: an epithet must use one of them
    let role_nouns: HashSet<String> = ents
        .iter()
        .filter(|b| b.kind == Kind::Person)
        .flat_map(|b| b.role_words.iter().cloned())
        .collect();
    let role_stems: HashSet<&'static str> = ents
        .iter()
        .filter(|b| b.kind == Kind::Person)
        .flat_map(|b| b.role_stems.iter().copied())
        .collect();
    let mut seen: Vec<Seen> = Vec::with_capacity(timeline.len() * 2);
    // The references a pronoun outside quotation marks may take: not the
    // names inside someone's quoted words ("The secretary-general has been
    // in contact with leaders," Dujarric told reporters. He said ...: "he"
    // is Dujarric, not the secretary-general).
    let mut antecedents: Vec<Seen> = Vec::with_capacity(timeline.len() * 2);
    let mut next = 0usize;
    let mut covered_until = 0usize; // end of the last name mention passed
    let mut i = 0usize;
    while i < ctx.len() {
        let pos = ctx.start(i);
        let sentence = ctx.sentence(i);
        while let Some(&(s, e, ent)) = timeline.get(next) {
            if s > pos {
                break;
            }
            let reference = (s, sentence_of(ctx, i, s), ent);
            seen.push(reference);
            let quoted = s == pos && ctx.in_quote.get(i).copied().unwrap_or(false);
            if !quoted {
                antecedents.push(reference);
            }
            covered_until = covered_until.max(e);
            next += 1;
        }
        if pos < covered_until || !ctx.is_word(i) {
            i += 1;
            continue;
        }
        let in_quote = ctx.in_quote.get(i).copied().unwrap_or(false);
        let mut class = None;
        if ctx.has(i, flag::PRONOUN) {
            ctx.lower_is(i, |l| {
                class = lexicon::pronoun_class(l);
                true
            });
        }
        if let Some((class, possessive)) = class {
            if !in_quote {
                // "they" is mostly a group named by a common noun; take
                // an organisation only from the same sentence
                let scope: &[Seen] = if class.group_only() {
                    let from = antecedents
                        .iter()
                        .rposition(|s| s.1 < sentence)
                        .map_or(0, |p| p + 1);
                    antecedents.get(from..).unwrap_or(&[])
                } else {
                    &antecedents
                };
                let found = pick(scope, sentence, possessive, |e| {
                    ents.get(e)
                        .is_some_and(|b| pronoun_fits(b.kind, b.gender, class))
                });
                if let Some(e) = found {
                    if let Some(b) = ents.get_mut(e) {
                        add_mention(text, b, pos, ctx.end(i), MentionKind::Pronoun);
                        if b.gender.is_none() && class.marks_sex {
                            b.gender = class.gender();
                        }
                    }
                    if class.marks_sex {
                        seen.push((pos, sentence, e));
                        antecedents.push((pos, sentence, e));
                    }
                }
            }
            i += 1;
            continue;
        }
        let nominal = epithet(ctx, i, ents, &seen, &role_nouns)
            .or_else(|| epithet_cyrillic(ctx, i, ents, &seen, &role_stems));
        if let Some((end_tok, found)) = nominal {
            let end = ctx.end(end_tok);
            if let Some(b) = ents.get_mut(found) {
                add_mention(text, b, pos, end, MentionKind::Nominal);
            }
            seen.push((pos, sentence, found));
            if !in_quote {
                antecedents.push((pos, sentence, found));
            }
            i = end_tok + 1;
            continue;
        }
        i += 1;
    }
}

/// The sentence of a mention starting at byte `start` (at or before token `i`).
fn sentence_of(ctx: &Context, i: usize, start: usize) -> usize {
    let mut k = i;
    while k > 0 && ctx.start(k) > start {
        k -= 1;
    }
    ctx.sentence(k)
}

/// An epithet at token `i`: "the Russian president", "the president of the
/// aggressor country", "the minister". Returns its last token and the
/// entity it names: the most recent person whose roles fit.
fn epithet(
    ctx: &Context,
    i: usize,
    ents: &[Building],
    seen: &[Seen],
    role_nouns: &HashSet<String>,
) -> Option<(usize, usize)> {
    if !ctx.has(i, flag::THE) {
        return None;
    }
    let sentence = ctx.sentence(i);
    let mut j = i + 1;
    let mut modifiers: Vec<usize> = Vec::new();
    while j < ctx.len() && j < i + 5 && ctx.sentence(j) == sentence && ctx.is_word(j) {
        let is_noun = ctx.has(j, flag::ROLE) && ctx.lower_is(j, is_english_role_noun);
        let next_is_noun = ctx.has(j + 1, flag::ROLE)
            && ctx.lower_is(j + 1, is_english_role_noun)
            && ctx.sentence(j + 1) == sentence;
        if is_noun && !next_is_noun {
            break;
        }
        let modifier = ctx.has(j, flag::DEMONYM)
            || ctx.has(j, flag::PLACE)
            || ctx.has(j, flag::MODIFIER)
            || ctx.has(j, flag::ROLE);
        if !modifier {
            return None;
        }
        modifiers.push(j);
        j += 1;
    }
    if !ctx.is_word(j) || ctx.sentence(j) != sentence || !ctx.lower_is(j, is_english_role_noun) {
        return None;
    }
    let noun = j;
    // "the then White House spokesperson, Jen Psaki", "the US President Joe
    // Biden": a title of a name that follows, not an epithet
    let after = noun + 1;
    if ctx.sentence(after) == sentence
        && (ctx.is_name_word(after) || (ctx.word(after) == "," && ctx.is_name_word(after + 1)))
    {
        return None;
    }
    let mut last = noun;
    if listed(|e| e.of_prepositions, ctx.word(after)) && ctx.sentence(after) == sentence {
        let mut k = after + 1;
        let mut content = 0;
        while k < ctx.len() && k < after + 6 && ctx.sentence(k) == sentence && ctx.is_word(k) {
            let stop = ctx.lower_is(k, |l| {
                lexicon::is_epithet_stop(l) || lexicon::is_speech_verb(l)
            });
            if stop {
                break;
            }
            if !ctx.lower_is(k, lexicon::is_epithet_determiner) {
                content += 1;
                last = k;
            }
            k += 1;
        }
        if content == 0 {
            last = noun;
        }
    }
    let noun_lower = ctx.word(noun).to_lowercase();
    if !role_nouns.contains(&noun_lower) {
        return None;
    }
    let fits = |e: usize| -> bool {
        let Some(b) = ents.get(e) else { return false };
        if b.kind != Kind::Person || !b.role_words.contains(&noun_lower) {
            return false;
        }
        modifiers
            .iter()
            .all(|&m| modifier_fits(ctx, m, &b.role_words))
    };
    let found = seen.iter().rev().take(2000).find(|s| fits(s.2))?;
    Some((last, found.2))
}

/// A Ukrainian or Russian epithet: a role noun with its complement and no
/// name after it ("президент країни-агресора", "глава МЗС Росії"), naming
/// the most recent person whose roles have the same noun and places.
fn epithet_cyrillic(
    ctx: &Context,
    i: usize,
    ents: &[Building],
    seen: &[Seen],
    role_stems: &HashSet<&'static str>,
) -> Option<(usize, usize)> {
    if role_stems.is_empty() || !ctx.has(i, flag::ROLE) || !ctx.is_cyrillic(i) {
        return None;
    }
    if ctx.is_capitalised(i) && !ctx.sentence_initial(i) {
        return None;
    }
    // "Глава государства": the president, whatever the role noun says
    // (the epithets' first words are role nouns).
    let synonym = claimtrace_lexicon::ALL
        .iter()
        .flat_map(|l| l.entities.role_epithets.iter())
        .find(|(head, complement, _)| {
            i + 1 < ctx.len()
                && ctx.lower_is(i, |w| w == *head)
                && ctx.lower_is(i + 1, |w| w == *complement)
        });
    if let Some(&(_, _, role)) = synonym {
        let stem = *role_stems.get(role)?;
        let fits = |e: usize| {
            ents.get(e)
                .is_some_and(|b| b.kind == Kind::Person && b.role_stems.contains(&stem))
        };
        let found = seen.iter().rev().take(2000).find(|s| fits(s.2))?;
        return Some((i + 1, found.2));
    }
    // "один из ведущих": someone not named, not the host named before.
    let partitive = i >= 2
        && claimtrace_lexicon::ALL.iter().any(|l| {
            l.entities.partitive_one.iter().any(|(one, of)| {
                ctx.lower_is(i - 2, |w| w == *one) && ctx.lower_is(i - 1, |w| w == *of)
            })
        });
    if partitive {
        return None;
    }
    let mut stem = None;
    ctx.lower_is(i, |l| {
        stem = lexicon::cyrillic_role_stem(l);
        true
    });
    let stem = stem.filter(|s| role_stems.contains(s))?;
    // "Речниця президента" is not the "Речник МЗС" Георгій Тихий.
    let mut feminine = false;
    ctx.lower_is(i, |l| {
        feminine = lexicon::feminine_role_form(l);
        true
    });
    let sentence = ctx.sentence(i);
    let mut places: Vec<&'static str> = Vec::new();
    let mut complements: Vec<String> = Vec::new();
    let mut common_complements: Vec<String> = Vec::new();
    let mut last = i;
    let mut j = i + 1;
    // Up to six words of office: "голова обласної військової адміністрації
    // Олег Синєгубов" must reach the name to see that it is a title.
    while j < ctx.len() && j < i + 7 && ctx.sentence(j) == sentence && ctx.is_word(j) {
        let place = if ctx.has(j, flag::PLACE) {
            let mut p = None;
            ctx.lower_is(j, |l| {
                p = lexicon::place_name(l);
                true
            });
            p
        } else {
            None
        };
        if let Some(p) = place {
            places.push(p);
        } else if ctx.is_name_word(j) && lexicon::cyrillic_given_gender(ctx.word(j)).is_some() {
            // a title of the name that follows, not an epithet
            return None;
        } else if ctx.is_name_word(j) {
            // "Молдови", "МЗС": a capitalised complement the role must share
            complements.push(ctx.word(j).to_lowercase());
        } else if ctx.is_acronym(j) || ctx.has(j, flag::ORG_HEAD) {
            complements.push(ctx.word(j).to_lowercase());
        } else if !ctx.is_capitalised(j) && ctx.word(j).contains('-') {
            // "країни-агресора": an epithet of its own, nothing to match
        } else if !ctx.is_capitalised(j) && crate::candidates::looks_genitive(ctx.word(j)) {
            // "глава координационного совета" names another office unless
            // the role says so
            common_complements.push(ctx.word(j).to_lowercase());
        } else {
            break;
        }
        last = j;
        j += 1;
    }
    let fits = |e: usize| -> bool {
        let Some(b) = ents.get(e) else { return false };
        b.kind == Kind::Person
            && b.role_stems.contains(&stem)
            && !(feminine && b.gender == Some("male"))
            && places.iter().all(|p| {
                b.role_words.iter().any(|w| {
                    lexicon::place_name(w) == Some(p) || lexicon::demonym_country(w) == Some(p)
                })
            })
            && complements
                .iter()
                .all(|c| b.role_words.iter().any(|w| same_word(w, c)))
            // "министр обороны" is not the "министр иностранных дел", but
            // "голова громади" may be the "голова П'ядицької ОТГ": common
            // words of the office must agree only when both roles have them.
            && (common_complements
                .iter()
                .all(|c| b.role_words.iter().any(|w| same_word(w, c)))
                || (!has_common_complement(b) && names_office_by_capitals(b)))
    };
    let found = seen.iter().rev().take(2000).find(|s| fits(s.2))?;
    Some((last, found.2))
}

/// Whether one of a person's roles names the office with a lower-case
/// genitive ("министр иностранных дел", "глава координационного совета").
fn has_common_complement(b: &Building) -> bool {
    b.roles
        .iter()
        .flat_map(|r| r.text.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_lowercase() && ('\u{400}'..='\u{4FF}').contains(&c))
                && lexicon::cyrillic_role_stem(&w.to_lowercase()).is_none()
                && crate::candidates::looks_genitive(w)
        })
}

/// Whether one of a person's roles names the office by capitalised words
/// after the role noun ("голова П'ядицької ОТГ"); "новий начальник" names
/// none, and "начальник управління" may be someone else.
fn names_office_by_capitals(b: &Building) -> bool {
    b.roles.iter().any(|r| {
        r.text
            .split_whitespace()
            .skip_while(|w| lexicon::cyrillic_role_stem(&w.to_lowercase()).is_none())
            .skip(1)
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
    })
}

fn is_english_role_noun(l: &str) -> bool {
    lexicon::is_role_noun(l)
        && l.is_ascii()
        && !lexicon::is_title_abbreviation(l)
        && !lexicon::is_non_epithet_role(l)
}

/// A modifier of an epithet agrees with a role: "Russian" with "Russian
/// President" or "Russia's president", "foreign" with "Foreign Minister".
fn modifier_fits(ctx: &Context, m: usize, role_words: &[String]) -> bool {
    let mut ok = false;
    ctx.lower_is(m, |l| {
        if listed(|e| e.role_time_modifiers, l) {
            ok = true;
            return true;
        }
        let country = lexicon::demonym_country(l).or_else(|| lexicon::place_name(l));
        ok = match country {
            Some(c) => role_words
                .iter()
                .any(|w| lexicon::demonym_country(w).or_else(|| lexicon::place_name(w)) == Some(c)),
            None => role_words.iter().any(|w| w == l),
        };
        true
    });
    ok
}

fn finish(text: &str, ents: Vec<Building>, language: Option<&str>) -> Vec<Entity> {
    let mut out: Vec<Entity> = ents
        .into_iter()
        .filter(|b| !b.mentions.is_empty())
        .map(|mut b| {
            b.mentions.sort_by_key(|m| (m.start, m.end));
            b.mentions.dedup_by_key(|m| (m.start, m.end));
            let name = canonical_name(text, &b, language);
            let name_words = name.split_whitespace().count();
            for m in &mut b.mentions {
                if matches!(m.kind, MentionKind::Name | MentionKind::Partial) {
                    let full = m.text == name
                        || (b.kind == Kind::Person
                            && m.text.split_whitespace().count() >= name_words);
                    m.kind = if full {
                        MentionKind::Name
                    } else {
                        MentionKind::Partial
                    };
                }
            }
            Entity {
                id: String::new(),
                name,
                kind: b.kind.entity_type(),
                roles: b.roles,
                mentions: b.mentions,
                gender: b.gender.map(str::to_string),
            }
        })
        .collect();
    out.sort_by_key(|e| e.mentions.first().map_or(usize::MAX, |m| m.start));
    for (i, e) in out.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
    out
}

/// The canonical name: the gazetteer name of a place; otherwise the fullest
/// written form (for Cyrillic, the shortest of those, which is usually the
/// nominative: "Володимир Зеленський", not "Володимира Зеленського").
fn canonical_name(text: &str, b: &Building, language: Option<&str>) -> String {
    if let Some(p) = b.place {
        // named in Cyrillic: the Ukrainian or Russian nominative
        let cyrillic = b.mentions.iter().find(|m| {
            m.text
                .chars()
                .next()
                .is_some_and(|c| ('\u{400}'..='\u{4FF}').contains(&c))
        });
        if let Some(m) = cyrillic {
            let language = match language {
                Some(l @ ("uk" | "ru")) => l,
                _ if m.text.chars().any(|c| {
                    let lower = c.to_lowercase().next().unwrap_or(c);
                    claimtrace_lexicon::UK.letters.contains(&lower)
                }) =>
                {
                    "uk"
                }
                _ => "ru",
            };
            if let Some(local) = lexicon::local_place_name(p, language) {
                return local.to_string();
            }
        }
        return p.to_string();
    }
    let names = b.mentions.iter().filter(|m| {
        matches!(m.kind, MentionKind::Name | MentionKind::Partial) && !b.reversed.contains(&m.start)
    });
    // most words; then (Cyrillic) a first word that is a given name in the
    // nominative; then a surname rather than a patronymic last ("Ігор
    // Лакей", not "Ігор Михайлович"); then the shorter form, which is
    // usually the nominative
    let score = |m: &Mention| {
        let words = m.text.split_whitespace().count();
        let surname_last = !m
            .text
            .split_whitespace()
            .next_back()
            .is_some_and(is_patronymic);
        let cyrillic = m
            .text
            .chars()
            .next()
            .is_some_and(|c| ('\u{400}'..='\u{4FF}').contains(&c));
        let nominative = cyrillic
            && m.text
                .split_whitespace()
                .next()
                .is_some_and(|w| with_lower(w, |l| lexicon::given_name_gender(l).is_some()));
        let shortness = if cyrillic {
            usize::MAX - m.text.chars().count()
        } else {
            0
        };
        (words, nominative, surname_last, shortness)
    };
    // The first of the best in document order (`max_by_key` keeps the
    // last of equals).
    let best = names.rev().max_by_key(|m| score(m));
    let name = best.map_or("", |m| m.text.as_str());
    let name = name.strip_prefix("The ").unwrap_or(name);
    let _ = text;
    // Named in full only in an oblique case ("по словам Владимира
    // Путина", "с Эльвирой Шигабетдиновой"): the nominative, so that one
    // person has one name across documents.
    // A woman a verb of saying names as its subject ("Александра Веселова
    // заявила") is named in the nominative already: "Александра" is not
    // the genitive of "Александр" then.
    if let Some(nominative) = lexicon::nominative_of_oblique_name(name, language) {
        // (Only a given name ending as a woman's nominative does: "-а",
        // "-я"; "Владимиром" is no woman's name whatever a verb says.)
        let feminine_form = name
            .split_whitespace()
            .next()
            .is_some_and(|g| g.ends_with('а') || g.ends_with('я'));
        let contradicted = feminine_form
            && b.said_gender.is_some_and(|said| {
                nominative.split_whitespace().next().is_some_and(|g| {
                    with_lower(g, |l| {
                        lexicon::given_name_gender(l).is_some_and(|gg| gg != said)
                    })
                })
            });
        if !contradicted {
            return written_surname(&nominative, name, &b.mentions);
        }
    }
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The rebuilt nominative `nominative` of `oblique_name`, with the surname
/// as the text writes it alone when it does: "Дональдом Туском" rebuilds
/// as "Дональд Туский" by the ending rule, but "Туск" written on its own
/// is the nominative of a surname that does not take "-ский".
fn written_surname(nominative: &str, oblique_name: &str, mentions: &[Mention]) -> String {
    let (Some(oblique_surname), Some((given, surname))) = (
        oblique_name.split_whitespace().last(),
        nominative.split_once(' '),
    ) else {
        return nominative.to_string();
    };
    // A woman's surname differs from the man's written alone beside it
    // ("Виктория Володина", her husband "Володин").
    if with_lower(given, |l| lexicon::given_name_gender(l) == Some("female")) {
        return nominative.to_string();
    }
    let oblique_len = oblique_surname.chars().count();
    let written = mentions
        .iter()
        .filter(|m| m.kind != MentionKind::Pronoun)
        .map(|m| m.text.trim())
        .find(|t| {
            let n = t.chars().count();
            !t.contains(char::is_whitespace)
                && *t != surname
                && n >= 3
                && n < oblique_len
                && oblique_surname.starts_with(t)
        });
    match written {
        Some(w) => format!("{given} {w}"),
        None => nominative.to_string(),
    }
}

/// The entity with a mention overlapping the byte span `start..end` (a
/// point when `start == end`), by [`MentionIndex::best`]'s preference:
/// for "Russian Foreign Ministry spokeswoman Maria Zakharova" that is Maria
/// Zakharova. One call sorts every mention; [`MentionIndex`] sorts them
/// once for many spans.
pub fn entity_at(doc: &Document, start: usize, end: usize) -> Option<&Entity> {
    let index = MentionIndex::new(doc);
    let i = index.best(start, end.max(start + 1), |_, _| true)?;
    doc.entities.get(i)
}

/// One entity mention in a [`MentionIndex`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct IndexedMention {
    start: usize,
    end: usize,
    entity: usize,
    pronoun: bool,
}

/// Every mention of an annotated document's entities, sorted by start:
/// which entity a span of text names, for later stages (the quote stage's
/// speakers and the parties of its attribution chains).
pub struct MentionIndex<'a> {
    doc: &'a Document,
    mentions: Vec<IndexedMention>,
}

impl<'a> MentionIndex<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let mut mentions: Vec<IndexedMention> = doc
            .entities
            .iter()
            .enumerate()
            .flat_map(|(entity, e)| {
                e.mentions.iter().map(move |m| IndexedMention {
                    start: m.start,
                    end: m.end,
                    entity,
                    pronoun: m.kind == MentionKind::Pronoun,
                })
            })
            .collect();
        mentions.sort_unstable();
        MentionIndex { doc, mentions }
    }

    /// The (start, end) of each mention of entity `entity` (an index into
    /// `doc.entities`) that lies inside the byte span `start..end`, in
    /// text order. Reads only the mentions that start in the span, so a
    /// caller asking for every phrase of a long document stays linear.
    pub fn of_entity_within(
        &self,
        entity: usize,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = (usize, usize)> + '_ {
        let from = self.mentions.partition_point(|m| m.start < start);
        self.mentions
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |m| m.start < end)
            .filter(move |m| m.entity == entity && m.end <= end)
            .map(|m| (m.start, m.end))
    }

    /// The index into `doc.entities` of the entity the byte span
    /// `start..end` names best. Preference: a person (a spokeswoman's
    /// ministry is not the speaker), then a name not in the instrumental
    /// (in "с корреспондентом Андреем Колесниковым Цивилев заявил" the
    /// subject is Цивилев; in "Помощник Владимира Путина Юрий Ушаков",
    /// Ушаков), then the larger overlap, then the mention
    /// nearer the span's end (the head of an English noun phrase).
    /// A pronoun mention counts only when `pronoun_counts(start, end)`
    /// accepts it: the caller knows which pronouns may name its kind of
    /// referent (a speaker phrase takes only one that covers it whole, in
    /// the subject's or the possessive's case).
    pub fn best(
        &self,
        start: usize,
        end: usize,
        pronoun_counts: impl Fn(usize, usize) -> bool,
    ) -> Option<usize> {
        // Mentions that start before `end`; a mention is at most a few
        // dozen bytes, so scanning back from there is short.
        let upto = self.mentions.partition_point(|m| m.start < end);
        let mut best: Option<((bool, bool, usize, usize), usize)> = None;
        for m in self.mentions.get(..upto).unwrap_or(&[]).iter().rev() {
            if m.end + 200 < start {
                break;
            }
            if m.pronoun && !pronoun_counts(m.start, m.end) {
                continue;
            }
            let overlap = m.end.min(end).saturating_sub(m.start.max(start));
            if overlap == 0 {
                continue;
            }
            let person = self
                .doc
                .entities
                .get(m.entity)
                .is_some_and(|e| e.kind == EntityType::Person);
            let last_word = self
                .doc
                .text
                .get(m.start..m.end)
                .and_then(|t| t.split_whitespace().last());
            // A person's surname declined ("Путина" for "Путин"): the
            // entity's own surname is read only for people.
            let declined = |w: &str| {
                person
                    && self
                        .doc
                        .entities
                        .get(m.entity)
                        .and_then(|e| e.name.split_whitespace().last())
                        .is_some_and(|own| lexicon::inflected_surname(w, own))
            };
            let nominative =
                !last_word.is_some_and(|w| lexicon::cyrillic_oblique_name(w) || declined(w));
            let key = (person, nominative, overlap, m.end);
            if best.is_none_or(|(bk, _)| key > bk) {
                best = Some((key, m.entity));
            }
        }
        best.map(|(_, entity)| entity)
    }
}

/// The index into `doc.entities` that a third-person pronoun at byte `pos`
/// refers to, by the same rules the annotator uses: gender and number must
/// agree; the first fitting mention of the current sentence (the nearest for
/// a possessive), else of the sentences before. One call reads every
/// mention; [`PronounResolver`] reads them once for many pronouns.
pub fn resolve_pronoun(doc: &Document, pos: usize, pronoun: &str) -> Option<usize> {
    PronounResolver::new(doc).resolve(pos, pronoun)
}

/// The entity layer's pronoun resolution over an annotated document, for
/// later stages (the quote stage's pronoun speakers): the mentions are
/// sorted once, and each pronoun reads only the few sentences before it.
pub struct PronounResolver<'a> {
    doc: &'a Document,
    /// Every mention: (start byte, sentence, entity index), by start.
    seen: Vec<Seen>,
}

impl<'a> PronounResolver<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let mut seen: Vec<Seen> = doc
            .entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, i)))
            .filter_map(|(start, i)| doc.sentence_at(start).map(|s| (start, s, i)))
            .collect();
        seen.sort_unstable();
        PronounResolver { doc, seen }
    }

    /// Whom the pronoun `pronoun` (any case, any listed language) at byte
    /// `pos` stands for, as an index into `doc.entities`; None for a word
    /// that is no third-person pronoun or a pronoun nothing before fits.
    pub fn resolve(&self, pos: usize, pronoun: &str) -> Option<usize> {
        let mut class = None;
        with_lower(pronoun, |l| {
            class = lexicon::pronoun_class(l);
            true
        });
        let (class, possessive) = class?;
        let sentence = self.doc.sentence_at(pos)?;
        let before = self.seen.partition_point(|s| s.0 < pos);
        let seen = self.seen.get(..before).unwrap_or(&[]);
        let kind_of = |e: &Entity| match e.kind {
            EntityType::Person => Kind::Person,
            EntityType::Place => Kind::Place,
            EntityType::LawOrTreaty => Kind::Law,
            EntityType::Programme => Kind::Programme,
            _ => Kind::Org,
        };
        pick(seen, sentence, possessive, |i| {
            self.doc
                .entities
                .get(i)
                .is_some_and(|e| pronoun_fits(kind_of(e), e.gender.as_deref(), class))
        })
    }
}
