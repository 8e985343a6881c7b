//! Pairs quotation marks into quoted stretches, paragraph by paragraph.
//!
//! Double marks of every script (`"` `“ ”` `„ “` `« »`, and `''` or `’’`
//! as typed in some wires) open and close a stretch; single marks (`' '` `‘ ’`
//! `‹ ›`) only when they sit at word edges and close in the same sentence,
//! so apostrophes (`Jones' car`) are not read as quotes. A paragraph that
//! ends inside a quote and is followed by a paragraph opening with a
//! quotation mark continues the same quote (the news convention for
//! multi-paragraph quotes: an opening mark on each paragraph, a closing
//! mark only at the end).

use crate::doc::Ctx;

/// A stretch of text between quotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark (`None` when the quote runs to the
    /// end of its last paragraph without closing).
    pub close: Option<usize>,
    /// First and one-past-last token index of the content.
    pub first: usize,
    pub last: usize,
    /// True for single marks (‘ ’ ' ' ‹ ›).
    pub single: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    Either,
}

/// Direction of a double mark at token `i`, from the mark and its
/// neighbours. `open_mark` is the mark that opened the current quote.
fn double_dir(ctx: &Ctx, i: usize, open_mark: Option<char>) -> Option<Dir> {
    let w = ctx.word(i);
    let c = w.chars().next()?;
    let dir = match c {
        '«' | '„' | '‟' => Dir::Open,
        '»' | '”' => Dir::Close,
        // „ opens, “ closes (German/Ukrainian style); else “ opens.
        '“' => {
            if open_mark == Some('„') {
                Dir::Close
            } else {
                Dir::Open
            }
        }
        '"' | '＂' | '\'' | '`' => ctx.dir_by_context(i),
        // `‘‘ ’’` typed for double marks (wire copy): as their halves.
        '‘' => Dir::Open,
        '’' => Dir::Close,
        _ => return None,
    };
    Some(dir)
}

/// Whether token `i` is a double quotation mark that opens (`Some(true)`)
/// or closes (`Some(false)`) a quotation, when its shape or its
/// neighbours tell.
pub(crate) fn opens_or_closes(ctx: &Ctx, i: usize) -> Option<bool> {
    // Not an apostrophe ("the researchers' calculations").
    if !ctx.is_quote_mark(i) || !ctx.is_double_mark(i) {
        return None;
    }
    match double_dir(ctx, i, None)? {
        Dir::Open => Some(true),
        Dir::Close => Some(false),
        Dir::Either => None,
    }
}

impl Ctx<'_> {
    /// Open if the mark hugs the following word, close if it hugs the
    /// previous one.
    fn dir_by_context(&self, i: usize) -> Dir {
        let before = self.char_before(i);
        let after = self.char_after(i);
        let space_before = before.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
        let space_after = after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}—–".contains(c));
        match (space_before, space_after) {
            (true, false) => Dir::Open,
            (false, true) => Dir::Close,
            _ => Dir::Either,
        }
    }

    fn is_double_mark(&self, i: usize) -> bool {
        let w = self.word(i);
        match w {
            "\"" | "“" | "”" | "„" | "‟" | "«" | "»" | "＂" => true,
            // `''`, ``` `` ``` and `‘‘ ’’` typed for a double mark: two
            // tokens.
            "'" | "`" | "‘" | "’" => self.is_paired_apostrophe(i),
            _ => false,
        }
    }

    /// Tokens a mark takes: 2 for `''` typed as one double mark.
    pub(crate) fn mark_width(&self, i: usize) -> usize {
        if matches!(self.word(i), "'" | "`" | "‘" | "’") && self.is_paired_apostrophe(i) {
            2
        } else {
            1
        }
    }

    /// `''` typed as one double mark: this token and the next (or the
    /// previous) are touching single marks.
    fn is_paired_apostrophe(&self, i: usize) -> bool {
        let touches = |a: usize, b: usize| match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.end() == y.start() && self.word(a) == self.word(b),
            _ => false,
        };
        touches(i, i + 1) || (i > 0 && touches(i - 1, i))
    }
}

/// Finds the quoted stretches of the whole document, in text order.
/// For each of `n` tokens, the index in `marks` of the stretch it sits in
/// (the marks included), or `u32::MAX`.
pub fn stretch_of_tokens(marks: &[Marked], n: usize) -> Vec<u32> {
    let mut out = vec![u32::MAX; n];
    for (mi, m) in marks.iter().enumerate() {
        let end = m.close.map_or(m.last, |c| c + 1).min(n);
        for slot in out.iter_mut().take(end).skip(m.open) {
            *slot = u32::try_from(mi).unwrap_or(u32::MAX);
        }
    }
    out
}

/// Pairs the quotation marks of the whole document, paragraph by
/// paragraph, into quoted stretches in text order.
pub fn find_marked(ctx: &Ctx) -> Vec<Marked> {
    let mut pairer = MarkPairer {
        ctx,
        out: Vec::new(),
        double_open: None,
        nested: 0,
        last_close: 0,
        single_open: None,
    };
    // Where the previous paragraph ended.
    let mut prev_end = 0;
    for &(a, b) in &ctx.par_tokens {
        let mut i = pairer.start_paragraph(a, b, prev_end);
        while i < b {
            if ctx.toks.get(i).map(|t| t.kind) != Some(claimtrace_core::TokenKind::Quote) {
                i += 1;
                continue;
            }
            let width = ctx.mark_width(i);
            if ctx.is_double_mark(i) {
                pairer.double_mark(i, width);
            } else if pairer.double_open.is_none() {
                // Single marks only outside double quotes: inside them they
                // are nested quotes, which stay part of the outer content.
                pairer.single_mark(i);
            }
            i += width;
        }
        prev_end = b;
    }
    if let Some(open) = pairer.double_open {
        pairer.push_unclosed(open, prev_end);
    }
    let mut out = pairer.out;
    out.sort_by_key(|m| m.first);
    out
}

/// A double quote not closed yet: its opening token, first content token
/// and opening character.
type OpenDouble = (usize, usize, char);

/// The state of pairing the marks, token by token.
struct MarkPairer<'c> {
    ctx: &'c Ctx<'c>,
    out: Vec<Marked>,
    /// The open double quote; at a paragraph's end, the one it leaves open.
    double_open: Option<OpenDouble>,
    /// Guillemets opened inside the open «quote» and not closed yet:
    /// «… газеты «Известия» …» closes at its second », not its first.
    nested: usize,
    /// The last » of the paragraph being read: a nested quote that closes
    /// with no » after it closes the outer one too («ТОВ «Зелений кошик».:
    /// typography writes one mark for two).
    last_close: usize,
    single_open: Option<usize>,
}

impl MarkPairer<'_> {
    /// Starts paragraph `[a, b)` (the previous one ended at `prev_end`): a
    /// quote the previous paragraph left open goes on if this one opens
    /// with a mark, else it ends with that paragraph. Returns the first
    /// token to read.
    fn start_paragraph(&mut self, a: usize, b: usize, prev_end: usize) -> usize {
        let ctx = self.ctx;
        self.single_open = None;
        self.nested = 0;
        self.last_close = (a..b).rev().find(|&k| ctx.word(k) == "»").unwrap_or(a);
        let Some(carried) = self.double_open.take() else {
            return a;
        };
        let continues =
            a < b && ctx.is_double_mark(a) && double_dir(ctx, a, None) != Some(Dir::Close);
        if continues {
            self.double_open = Some(carried);
            return a + ctx.mark_width(a);
        }
        self.push_unclosed(carried, prev_end);
        a
    }

    /// A double mark at `i`, `width` tokens wide: opens a quote, closes the
    /// open one, or (a second opening mark inside a quote, a nested quote
    /// of the same kind, or a stray closing mark) is skipped.
    fn double_mark(&mut self, i: usize, width: usize) {
        let ctx = self.ctx;
        let open_mark = self.double_open.map(|(_, _, c)| c);
        let dir = double_dir(ctx, i, open_mark).unwrap_or(Dir::Either);
        // Guillemets say their direction, so a « inside a «quote» opens a
        // nested one (Russian and Ukrainian texts often nest « » in « »).
        if open_mark == Some('«') {
            match ctx.word(i) {
                "«" => {
                    self.nested += 1;
                    return;
                }
                "»" if self.nested > 0 && (self.nested > 1 || i < self.last_close) => {
                    self.nested -= 1;
                    return;
                }
                "»" if self.nested > 0 => self.nested = 0,
                _ => {}
            }
        }
        match (self.double_open, dir) {
            (None, Dir::Open | Dir::Either) => {
                let c = ctx.word(i).chars().next().unwrap_or('"');
                self.double_open = Some((i, i + width, c));
                self.single_open = None;
            }
            (Some((open, first, _)), Dir::Close | Dir::Either) => {
                self.out.push(Marked {
                    open,
                    close: Some(i),
                    first,
                    last: i,
                    single: false,
                });
                self.double_open = None;
                self.single_open = None;
            }
            (Some(_), Dir::Open) | (None, Dir::Close) => {}
        }
    }

    /// A single mark at `i` outside double quotes: a quote only when it
    /// closes in the same sentence, within 40 tokens.
    fn single_mark(&mut self, i: usize) {
        let ctx = self.ctx;
        let dir = match ctx.word(i) {
            "‘" | "‹" | "‚" => Dir::Open,
            "›" => Dir::Close,
            _ => ctx.dir_by_context(i),
        };
        match (self.single_open, dir) {
            (None, Dir::Open) => self.single_open = Some(i),
            (Some(open), Dir::Close) => {
                let same_sentence = ctx.toks.get(open).map(|t| t.sentence())
                    == ctx.toks.get(i).map(|t| t.sentence());
                if same_sentence && i > open + 1 && i - open <= 40 {
                    self.out.push(Marked {
                        open,
                        close: Some(i),
                        first: open + 1,
                        last: i,
                        single: true,
                    });
                }
                self.single_open = None;
            }
            _ => {}
        }
    }

    /// A double quote that never closed runs to `last`, the end of its
    /// last paragraph (if it holds anything).
    fn push_unclosed(&mut self, (open, first, _): OpenDouble, last: usize) {
        if first < last {
            self.out.push(Marked {
                open,
                close: None,
                first,
                last,
                single: false,
            });
        }
    }
}
