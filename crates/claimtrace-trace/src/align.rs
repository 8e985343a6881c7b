//! Word alignment of two versions of a statement: a longest-common-
//! subsequence diff, grouped into runs of kept, removed, added and replaced
//! words.

use std::ops::Range;

use serde::Serialize;

use crate::text::Word;

/// One run of the alignment. Ranges index the word lists of the two sides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum DiffOp {
    Equal {
        old: Range<usize>,
        new: Range<usize>,
    },
    Delete {
        old: Range<usize>,
        at: usize,
    },
    Insert {
        new: Range<usize>,
        at: usize,
    },
    Replace {
        old: Range<usize>,
        new: Range<usize>,
    },
}

/// Statements longer than this many words are compared on their first
/// words only: a quote is a sentence or two, and the quadratic table of an
/// LCS over a whole transcript paragraph would cost more than it tells.
pub const MAX_ALIGN_WORDS: usize = 400;

/// Length of the longest common subsequence of two word lists (by `norm`).
pub fn lcs_len(a: &[Word], b: &[Word]) -> usize {
    let a = &a[..a.len().min(MAX_ALIGN_WORDS)];
    let b = &b[..b.len().min(MAX_ALIGN_WORDS)];
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let mut prev = vec![0u32; b.len() + 1];
    let mut cur = vec![0u32; b.len() + 1];
    for wa in a {
        for (j, wb) in b.iter().enumerate() {
            cur[j + 1] = if wa.norm == wb.norm {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] as usize
}

/// The diff of `old` into `new`, as runs in text order.
pub fn diff(old: &[Word], new: &[Word]) -> Vec<DiffOp> {
    let a = &old[..old.len().min(MAX_ALIGN_WORDS)];
    let b = &new[..new.len().min(MAX_ALIGN_WORDS)];
    let (n, m) = (a.len(), b.len());
    // Suffix table: table[i][j] = LCS of a[i..] and b[j..]; walking it from
    // the front yields the alignment in text order.
    let width = m + 1;
    let mut table = vec![0u32; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i * width + j] = if a[i].norm == b[j].norm {
                table[(i + 1) * width + j + 1] + 1
            } else {
                table[(i + 1) * width + j].max(table[i * width + j + 1])
            };
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i].norm == b[j].norm {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    let mut ops = Vec::new();
    let (mut i, mut j) = (0, 0);
    let mut k = 0;
    while k <= pairs.len() {
        let (pi, pj) = pairs.get(k).copied().unwrap_or((n, m));
        push_gap(&mut ops, i..pi, j..pj);
        if k == pairs.len() {
            break;
        }
        // Extend a run of consecutive matches.
        let mut e = k;
        while e + 1 < pairs.len()
            && pairs[e + 1].0 == pairs[e].0 + 1
            && pairs[e + 1].1 == pairs[e].1 + 1
        {
            e += 1;
        }
        ops.push(DiffOp::Equal {
            old: pi..pairs[e].0 + 1,
            new: pj..pairs[e].1 + 1,
        });
        i = pairs[e].0 + 1;
        j = pairs[e].1 + 1;
        k = e + 1;
    }
    ops
}

fn push_gap(ops: &mut Vec<DiffOp>, old: Range<usize>, new: Range<usize>) {
    match (old.is_empty(), new.is_empty()) {
        (true, true) => {}
        (false, true) => ops.push(DiffOp::Delete { at: new.start, old }),
        (true, false) => ops.push(DiffOp::Insert { at: old.start, new }),
        (false, false) => ops.push(DiffOp::Replace { old, new }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    #[test]
    fn diff_finds_removed_and_replaced_words() {
        let old = words("Using them would potentially be a war crime, she said");
        let new = words("Using them would be a crime");
        let ops = diff(&old, &new);
        assert_eq!(
            ops,
            vec![
                DiffOp::Equal {
                    old: 0..3,
                    new: 0..3
                },
                DiffOp::Delete { old: 3..4, at: 3 },
                DiffOp::Equal {
                    old: 4..6,
                    new: 3..5
                },
                DiffOp::Delete { old: 6..7, at: 5 },
                DiffOp::Equal {
                    old: 7..8,
                    new: 5..6
                },
                DiffOp::Delete { old: 8..10, at: 6 },
            ]
        );
        assert_eq!(lcs_len(&old, &new), 6);
    }

    #[test]
    fn a_changed_number_is_one_replacement() {
        let ops = diff(
            &words("trade grew by 87 percent"),
            &words("trade grew by 174 percent"),
        );
        assert!(ops.contains(&DiffOp::Replace {
            old: 3..4,
            new: 3..4
        }));
    }
}
