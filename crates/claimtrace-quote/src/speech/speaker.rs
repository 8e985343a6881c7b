//! Resolving drafts into quotes: ids in text order, speakers named,
//! epithets and pronouns resolved, inherited speakers.

use claimtrace_core::{Quote, SpanText, Speaker, TokenKind};

use crate::doc::Ctx;

use super::antecedent::{
    is_group, is_plural_pronoun, plural_antecedent, singular_antecedent, speaker_gender,
};
use super::phrases::without_leading_date;
use super::resolver::Resolver;
use super::Draft;

/// Resolves drafts into quotes with ids, in text order.
pub fn finish(
    ctx: &Ctx,
    resolver: &Resolver,
    drafts: Vec<Draft>,
    named: &[(usize, usize)],
) -> Vec<Quote> {
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by_key(|&i| {
        drafts
            .get(i)
            .map_or((0, 0), |d| (d.content.0, usize::MAX - d.content.1))
    });
    let mut id_of = vec![String::new(); drafts.len()];
    for (n, &i) in order.iter().enumerate() {
        if let Some(slot) = id_of.get_mut(i) {
            *slot = format!("q{}", n + 1);
        }
    }
    let mut speakers: Vec<Option<Speaker>> = vec![None; drafts.len()];
    for &i in &order {
        let Some(d) = drafts.get(i) else { continue };
        let Some((a, b)) = d.speaker.map(|np| without_leading_date(ctx, np)) else {
            continue;
        };
        let Some((s, e)) = ctx.span(a, b) else {
            continue;
        };
        // "President of Russia\nVladimir Putin": one name, on one line.
        let text = collapse_whitespace(ctx.text.get(s..e).unwrap_or(""));
        let mut sp = Speaker {
            entity: None,
            name: Some(text.clone()),
            start: Some(s),
            end: Some(e),
            text: Some(text),
        };
        if let Some(ent) =
            headline_epithet(ctx, resolver, (a, b)).and_then(|ei| resolver.doc.entities.get(ei))
        {
            // "Defence minister says ...", "Putin's spokesman says ...": the
            // person the text names with that role (not the possessor).
            sp.entity = Some(ent.id.clone());
            sp.name = Some(ent.name.clone());
        } else if let Some((id, name)) = resolver.entity_in(s, e) {
            sp.entity = Some(id.to_string());
            sp.name = Some(name.to_string());
        } else {
            // A pronoun the entity layer left alone: "they" stands for the
            // last group named before it, "it" for a body or text, "he" or
            // "she" for the last person named as a speaker; a relative
            // pronoun after a comma ("her deputy, Taras Hnatiuk, who in turn
            // reportedly cited ...") for the phrase before the comma (the
            // mention stays "who in turn").
            let antecedent = if ctx.lex(a).relative && a > 0 && ctx.is_punct(a - 1, ",") {
                ctx.np_walk(a - 1, ctx.sentence_range(a).0)
            } else if b != a + 1 {
                None
            } else if is_plural_pronoun(ctx, a) {
                plural_antecedent(ctx, resolver, named, a)
            } else if ctx.lower_is(a, "it") {
                singular_antecedent(ctx, resolver, named, a)
            } else if ctx.lex(a).personal {
                // The last speaker named whose sex does not disagree with
                // the pronoun's: "его" skips "Ковальчук заявила".
                let pronoun_gender = claimtrace_entity::pronoun_gender(ctx.word(a));
                let before = named.partition_point(|n| n.1 <= a);
                named
                    .get(..before)
                    .unwrap_or(&[])
                    .iter()
                    .rev()
                    .take(8)
                    .copied()
                    .find(|&np| {
                        !is_group(ctx, resolver, np)
                            && (pronoun_gender.is_none()
                                || speaker_gender(ctx, resolver, np)
                                    .is_none_or(|g| Some(g) == pronoun_gender))
                    })
            } else {
                None
            };
            if let Some((ps, pe)) = antecedent.and_then(|(pa, pb)| ctx.span(pa, pb)) {
                match resolver.entity_in(ps, pe) {
                    Some((id, name)) => {
                        sp.entity = Some(id.to_string());
                        sp.name = Some(name.to_string());
                    }
                    None => sp.name = ctx.text.get(ps..pe).map(str::to_string),
                }
            } else if b == a + 1 && ctx.lex(a).personal {
                // No speaker named before: whom the entity layer's rules
                // give the pronoun (gender from a given name, a surname's
                // ending or a verb's; the sentences before).
                if let Some((id, name)) = resolver.pronoun_referent(s, ctx.word(a)) {
                    sp.entity = Some(id.to_string());
                    sp.name = Some(name.to_string());
                }
            }
        }
        speakers[i] = Some(sp);
    }
    // Inherited speakers, following chains of inheritance a few steps.
    for _ in 0..3 {
        for i in 0..drafts.len() {
            if speakers.get(i).is_some_and(Option::is_some) {
                continue;
            }
            if let Some(p) = drafts.get(i).and_then(|d| d.inherit_from) {
                let inherited = speakers.get(p).cloned().flatten();
                if let Some(slot) = speakers.get_mut(i) {
                    *slot = inherited;
                }
            }
        }
    }
    let mut out = Vec::with_capacity(drafts.len());
    for &i in &order {
        let Some(d) = drafts.get(i) else { continue };
        let Some((s, e)) = ctx.span(d.content.0, d.content.1) else {
            continue;
        };
        let cue = d
            .cue
            .and_then(|(a, b)| ctx.span(a, b))
            .map(|(cs, ce)| SpanText::from_span(claimtrace_core::Span::new(cs, ce), ctx.text));
        out.push(Quote {
            id: id_of.get(i).cloned().unwrap_or_default(),
            kind: d.kind,
            attribution: Default::default(),
            start: s,
            end: e,
            text: ctx.text.get(s..e).unwrap_or("").to_string(),
            cue,
            speaker: speakers.get(i).cloned().flatten().unwrap_or_default(),
            hedges: Vec::new(),
            within: d.within.and_then(|w| id_of.get(w).cloned()),
        });
    }
    out
}

/// `text` with each run of white space (line breaks, no-break spaces)
/// made one space.
pub fn collapse_whitespace(text: &str) -> String {
    if !text.chars().any(|c| c.is_whitespace() && c != ' ') && !text.contains("  ") {
        return text.to_string();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A headline speaker that is only an epithet ("Defence minister says
/// ...", "Putin's spokesman says ..."): the person of the text with that
/// role, as an entity index. The phrase's words, lowercased, without
/// determiners, each marked when it is a possessor ("Putin" of "Putin's").
fn headline_epithet(ctx: &Ctx, resolver: &Resolver, (a, b): (usize, usize)) -> Option<usize> {
    if !ctx.is_headline(a) || b <= a {
        return None;
    }
    let mut words: Vec<(String, bool)> = Vec::new();
    for i in a..b {
        let w = ctx.word(i);
        if matches!(w, "'s" | "’s" | "'" | "’") {
            if let Some(last) = words.last_mut() {
                last.1 = true;
            }
            continue;
        }
        if ctx.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let l = ctx.lex(i);
        if l.pronoun {
            return None;
        }
        if l.determiner {
            continue;
        }
        words.push((w.to_lowercase(), false));
    }
    // The role noun closes the phrase; a possessor does not.
    if words.last().is_none_or(|w| w.1) {
        return None;
    }
    resolver.person_with_role(&words)
}
