//! The transformer attribution tagger: all-MiniLM-L6-v2 with low-rank
//! adapters and an output layer trained on PolNeAR train
//! (`scripts/train-attribution-transformer.py --lora 32`), reading source, cue and
//! content spans as B/I tags over word pieces.
//!
//! It sees 254 word pieces at once, so it reads clause structure that the
//! fast linear tagger cannot (on PolNeAR dev: content F1 at 0.8 overlap
//! and cue F1 both higher, see docs/evaluation.md), at a few hundredths
//! of its speed. The base weights are the ones `scripts/fetch-model.sh`
//! fetches for semantic matching; the adapters (2.7 MB) are embedded here.
//!
//! Long texts are read in windows of 254 pieces every 192 pieces; a piece
//! in two windows takes their log-probabilities weighted by how central it
//! sits, and a Viterbi pass over the whole text keeps the tags consistent
//! (an inside tag only after its begin tag, and never across a line break:
//! word pieces do not show the break, so without that a headline's content
//! ran on into the lead's first words). Contents the model is unsure of are
//! then dropped.

use std::collections::HashMap;
use std::path::Path;

use candle_core::{DType, Device, Tensor, D};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::BertModel;
use claimtrace_quote::{Role, RoleSpan, SpanTagger};
use tokenizers::Tokenizer;

use crate::EmbedError;

static ADAPTER: &[u8] = include_bytes!("../model/attribution-lora.safetensors");

/// Word pieces per window (plus [CLS] and [SEP]).
const WINDOW: usize = 254;
/// Step between windows. Windows overlapping by a quarter read PolNeAR dev
/// better than windows overlapping by half (content F1 at 0.8 overlap
/// 0.715 against 0.708, on each half of dev alike) for three quarters of
/// the time; without overlap, 0.695 (docs/evaluation.md).
const STRIDE: usize = 192;
/// Windows per forward pass.
const BATCH: usize = 16;
const TAGS: usize = 7;
/// Longest text read, in word pieces (about 25,000 words, a minute or so
/// on one core): a longer one is an error, which leaves it to the fast
/// tagger, so one huge or hostile document cannot hold a run for hours.
pub const MAX_PIECES: usize = 32_768;
/// A content span is kept only when its pieces are, on average, at least
/// this likely to be content (B or I). The decoder reads a span wherever
/// content is the best tag path, even where the model hesitates; the
/// hesitant ones are mostly PolNeAR's false alarms (reports of actions,
/// headlines, "the debate on climate change"). Chosen by halves of PolNeAR
/// dev, each choosing for the other: content F1 at 0.8 overlap is flat
/// from 0.65 to 0.85 on both, and 0.75 is the best of one half; cue and
/// source F1 lose under 0.01 (docs/evaluation.md). Cues and sources are
/// not filtered: doing so only lowered their F1.
const MIN_CONTENT_CONFIDENCE: f32 = 0.75;
const CLS: u32 = 101;
const SEP: u32 = 102;
const PAD: u32 = 0;

/// The tagger: encoder with the adapters merged in, and its output layer.
pub struct AttributionTagger {
    model: BertModel,
    tokenizer: Tokenizer,
    weight: Tensor,
    bias: Tensor,
    device: Device,
}

impl AttributionTagger {
    /// Loads the base model from `dir` (as for [`crate::Encoder::load`])
    /// and merges the embedded adapters into it.
    pub fn load(dir: &Path) -> Result<Self, EmbedError> {
        Self::load_with_adapter(dir, ADAPTER)
    }

    /// [`AttributionTagger::load`] with other adapter bytes (safetensors:
    /// `<weight>.lora_a` [r, in], `<weight>.lora_b` [out, r] with the scale
    /// folded in, `classifier.weight` [7, hidden], `classifier.bias` [7]).
    pub fn load_with_adapter(dir: &Path, adapter: &[u8]) -> Result<Self, EmbedError> {
        let files = crate::read_model_files(dir)?;
        let (config, mut tokenizer) = (files.config, files.tokenizer);
        tokenizer.with_padding(None);
        tokenizer
            .with_truncation(None)
            .map_err(|e| EmbedError::Tokenizer(e.to_string()))?;
        let device = Device::Cpu;
        let mut weights: HashMap<String, Tensor> =
            candle_core::safetensors::load_buffer(&files.weights, &device)?
                .into_iter()
                .map(|(k, v)| Ok((k, v.to_dtype(DType::F32)?)))
                .collect::<Result<_, candle_core::Error>>()?;
        let bad_adapter = |message: String| EmbedError::Invalid {
            path: "attribution adapter".into(),
            message,
        };
        let mut adapter = candle_core::safetensors::load_buffer(adapter, &device)
            .map_err(|e| bad_adapter(e.to_string()))?;
        let names: Vec<String> = adapter
            .keys()
            .filter_map(|k| k.strip_suffix(".lora_a").map(str::to_string))
            .collect();
        for name in names {
            let a = adapter.remove(&format!("{name}.lora_a"));
            let b = adapter.remove(&format!("{name}.lora_b"));
            let (Some(a), Some(b)) = (a, b) else {
                return Err(bad_adapter(format!("{name}: lora_a without lora_b")));
            };
            let delta = b.to_dtype(DType::F32)?.matmul(&a.to_dtype(DType::F32)?)?;
            // Some checkpoints prefix their weights with "bert.".
            let key = [name.clone(), format!("bert.{name}")]
                .into_iter()
                .find(|k| weights.contains_key(k))
                .ok_or_else(|| bad_adapter(format!("{name}: no such weight in the base model")))?;
            if let Some(base) = weights.get_mut(&key) {
                *base = (&*base + delta)?;
            }
        }
        let weight = adapter
            .remove("classifier.weight")
            .ok_or_else(|| bad_adapter("no classifier.weight".into()))?
            .to_dtype(DType::F32)?;
        let bias = adapter
            .remove("classifier.bias")
            .ok_or_else(|| bad_adapter("no classifier.bias".into()))?
            .to_dtype(DType::F32)?;
        if weight.dims() != [TAGS, config.hidden_size] {
            return Err(bad_adapter(format!(
                "classifier.weight has shape {:?}",
                weight.dims()
            )));
        }
        let vb = VarBuilder::from_tensors(weights, DType::F32, &device);
        let model = BertModel::load(vb, &config)?;
        Ok(AttributionTagger {
            model,
            tokenizer,
            weight: weight.t()?,
            bias,
            device,
        })
    }

    /// Source, cue and content spans of `text` (byte offsets).
    pub fn spans(&self, text: &str) -> Result<Vec<RoleSpan>, EmbedError> {
        let scores = self.piece_scores(text)?;
        // Pieces after a line break (a paragraph's or a headline's end).
        let mut after_break = vec![false; scores.offsets.len()];
        for (j, pair) in scores.offsets.windows(2).enumerate() {
            let gap = text.get(pair[0].1..pair[1].0).unwrap_or("");
            if let Some(b) = after_break.get_mut(j + 1) {
                *b = gap.contains('\n');
            }
        }
        let tags = viterbi(&scores.log_probs, &after_break);
        Ok(confident_spans(&tags, &scores.offsets, &scores.log_probs))
    }

    /// The word pieces of `text` (byte offsets) and each one's tag
    /// log-probabilities, averaged over the windows that read it (tags: 0
    /// O, then B/I of source, cue and content). For studying the decoder.
    pub fn piece_scores(&self, text: &str) -> Result<PieceScores, EmbedError> {
        let enc = self
            .tokenizer
            .encode(text, false)
            .map_err(|e| EmbedError::Tokenizer(e.to_string()))?;
        let ids = enc.get_ids();
        let offsets = enc.get_offsets().to_vec();
        let n = ids.len();
        if n == 0 {
            return Ok(PieceScores::default());
        }
        if n > MAX_PIECES {
            return Err(EmbedError::TooLong {
                pieces: n,
                max: MAX_PIECES,
            });
        }
        let mut sum = vec![[0f32; TAGS]; n];
        let mut weight = vec![0f32; n];
        let windows = windows(n);
        for chunk in windows.chunks(BATCH) {
            let logp = self.forward(ids, chunk)?;
            for (row, &(a, b)) in logp.iter().zip(chunk) {
                let len = b - a;
                for (k, piece) in (a..b).enumerate() {
                    // A piece counts most from the window where it sits
                    // centrally (the most context on both sides).
                    let w = 1.0 + k.min(len - 1 - k) as f32;
                    if let (Some(s), Some(lp)) = (sum.get_mut(piece), row.get(k + 1)) {
                        for (acc, &v) in s.iter_mut().zip(lp) {
                            *acc += w * v;
                        }
                    }
                    if let Some(x) = weight.get_mut(piece) {
                        *x += w;
                    }
                }
            }
        }
        for (s, &w) in sum.iter_mut().zip(&weight) {
            for v in s.iter_mut() {
                *v /= w.max(f32::MIN_POSITIVE);
            }
        }
        Ok(PieceScores {
            offsets,
            log_probs: sum,
        })
    }

    /// Log-probabilities of the tags, per window and position ([CLS]
    /// first).
    fn forward(
        &self,
        ids: &[u32],
        windows: &[(usize, usize)],
    ) -> Result<Vec<Vec<Vec<f32>>>, EmbedError> {
        let width = windows.iter().map(|(a, b)| b - a).max().unwrap_or(0) + 2;
        let mut flat_ids = Vec::with_capacity(windows.len() * width);
        let mut flat_mask = Vec::with_capacity(windows.len() * width);
        for &(a, b) in windows {
            let piece = ids.get(a..b).unwrap_or(&[]);
            flat_ids.push(CLS);
            flat_ids.extend_from_slice(piece);
            flat_ids.push(SEP);
            flat_mask.extend(std::iter::repeat_n(1u32, piece.len() + 2));
            for _ in piece.len() + 2..width {
                flat_ids.push(PAD);
                flat_mask.push(0);
            }
        }
        let shape = (windows.len(), width);
        let ids = Tensor::from_vec(flat_ids, shape, &self.device)?;
        let mask = Tensor::from_vec(flat_mask, shape, &self.device)?;
        let type_ids = ids.zeros_like()?;
        let hidden = self.model.forward(&ids, &type_ids, Some(&mask))?;
        let logits = hidden
            .broadcast_matmul(&self.weight)?
            .broadcast_add(&self.bias)?;
        let logp = candle_nn::ops::log_softmax(&logits, D::Minus1)?;
        Ok(logp.to_vec3()?)
    }
}

impl SpanTagger for AttributionTagger {
    fn name(&self) -> &str {
        "transformer"
    }

    fn role_spans(&self, text: &str) -> Result<Vec<RoleSpan>, String> {
        self.spans(text).map_err(|e| e.to_string())
    }
}

/// Word pieces and their tag log-probabilities, from
/// [`AttributionTagger::piece_scores`].
#[derive(Debug, Clone, Default)]
pub struct PieceScores {
    /// Byte offsets of each piece in the text.
    pub offsets: Vec<(usize, usize)>,
    /// Per piece: log-probabilities of O, B/I source, B/I cue, B/I content.
    pub log_probs: Vec<[f32; TAGS]>,
}

/// Windows of at most `WINDOW` pieces every `STRIDE` pieces, covering `n`.
fn windows(n: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut a = 0;
    loop {
        let b = (a + WINDOW).min(n);
        out.push((a, b));
        if b == n {
            break;
        }
        a += STRIDE;
    }
    out
}

/// Tags: 0 O, then B/I of source (1, 2), cue (3, 4), content (5, 6).
fn allowed(prev: Option<usize>, tag: usize) -> bool {
    tag == 0 || tag % 2 == 1 || prev.is_some_and(|p| p == tag || p + 1 == tag)
}

/// The best tag sequence in which an inside tag follows its begin tag and
/// none follows a break (`after_break[i]`: piece `i` begins a line).
fn viterbi(logp: &[[f32; TAGS]], after_break: &[bool]) -> Vec<usize> {
    let Some(first) = logp.first() else {
        return Vec::new();
    };
    let mut score: [f32; TAGS] = std::array::from_fn(|t| {
        if allowed(None, t) {
            first[t]
        } else {
            f32::NEG_INFINITY
        }
    });
    let mut back: Vec<[u8; TAGS]> = Vec::with_capacity(logp.len());
    for (i, row) in logp.iter().enumerate().skip(1) {
        let broken = after_break.get(i).copied().unwrap_or(false);
        let mut next = [f32::NEG_INFINITY; TAGS];
        let mut from = [0u8; TAGS];
        for (t, slot) in next.iter_mut().enumerate() {
            for (p, &s) in score.iter().enumerate() {
                let ok = if broken {
                    allowed(None, t)
                } else {
                    allowed(Some(p), t)
                };
                if ok && s > *slot {
                    *slot = s;
                    from[t] = p as u8;
                }
            }
            *slot += row[t];
        }
        score = next;
        back.push(from);
    }
    let mut tag = (0..TAGS)
        .max_by(|&a, &b| score[a].total_cmp(&score[b]))
        .unwrap_or(0);
    let mut path = vec![tag; logp.len()];
    for (i, from) in back.iter().enumerate().rev() {
        tag = usize::from(from[tag]);
        path[i] = tag;
    }
    path
}

/// The spans of the tagged pieces, less the contents the model is unsure of
/// (see [`MIN_CONTENT_CONFIDENCE`]).
fn confident_spans(
    tags: &[usize],
    offsets: &[(usize, usize)],
    log_probs: &[[f32; TAGS]],
) -> Vec<RoleSpan> {
    spans_of(tags, offsets, log_probs)
        .into_iter()
        .filter(|(span, confidence)| {
            span.role != Role::Content || *confidence >= MIN_CONTENT_CONFIDENCE
        })
        .map(|(span, _)| span)
        .collect()
}

/// Spans of the tagged pieces, in byte offsets of the text, each with its
/// confidence: the mean over its pieces of the probability of its role
/// (begin or inside).
fn spans_of(
    tags: &[usize],
    offsets: &[(usize, usize)],
    log_probs: &[[f32; TAGS]],
) -> Vec<(RoleSpan, f32)> {
    // (span, sum of role probabilities, pieces)
    let mut out: Vec<(RoleSpan, f32, usize)> = Vec::new();
    let mut last_piece = usize::MAX;
    for (j, (&tag, &(s, e))) in tags.iter().zip(offsets).enumerate() {
        let role = match tag {
            1 | 2 => Role::Source,
            3 | 4 => Role::Cue,
            5 | 6 => Role::Content,
            _ => continue,
        };
        let begin = tag - (1 - tag % 2);
        let p = log_probs
            .get(j)
            .map_or(0.0, |lp| lp[begin].exp() + lp[begin + 1].exp());
        let continues = tag % 2 == 0 && last_piece.wrapping_add(1) == j;
        match out.last_mut() {
            Some((span, sum, n)) if continues && span.role == role => {
                span.end = e;
                *sum += p;
                *n += 1;
            }
            _ => out.push((
                RoleSpan {
                    role,
                    start: s,
                    end: e,
                },
                p,
                1,
            )),
        }
        last_piece = j;
    }
    out.into_iter()
        .map(|(span, sum, n)| (span, sum / n as f32))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_cover_the_text_and_overlap_by_a_quarter() {
        assert_eq!(windows(10), vec![(0, 10)]);
        assert_eq!(windows(254), vec![(0, 254)]);
        assert_eq!(windows(300), vec![(0, 254), (192, 300)]);
        let w = windows(1000);
        assert_eq!(w.first(), Some(&(0, 254)));
        assert_eq!(w.last().map(|x| x.1), Some(1000));
        assert!(w.windows(2).all(|p| p[1].0 == p[0].0 + STRIDE));
    }

    #[test]
    fn viterbi_never_puts_an_inside_tag_after_another_role() {
        // The inside-content tag is likeliest at position 1, but it cannot
        // follow a cue: the path must begin the content there instead.
        let lp = |best: usize| {
            let mut r = [-5.0f32; TAGS];
            r[best] = -0.1;
            r
        };
        let mut second = lp(6);
        second[5] = -0.5;
        let path = viterbi(&[lp(3), second, lp(6)], &[]);
        assert_eq!(path, vec![3, 5, 6]);
        // After a line break even a content's inside tag must begin anew.
        let path = viterbi(&[lp(5), lp(6), second, lp(6)], &[false, false, true, false]);
        assert_eq!(path, vec![5, 6, 5, 6]);
    }

    #[test]
    fn spans_join_inside_pieces_and_keep_byte_offsets() {
        let offsets = [(0, 3), (4, 8), (9, 13), (14, 17), (17, 20), (21, 22)];
        let tags = [1, 3, 5, 6, 6, 0];
        let sure = [[0.0f32; TAGS]; 6];
        let spans: Vec<RoleSpan> = spans_of(&tags, &offsets, &sure)
            .into_iter()
            .map(|(span, _)| span)
            .collect();
        assert_eq!(
            spans,
            vec![
                RoleSpan {
                    role: Role::Source,
                    start: 0,
                    end: 3
                },
                RoleSpan {
                    role: Role::Cue,
                    start: 4,
                    end: 8
                },
                RoleSpan {
                    role: Role::Content,
                    start: 9,
                    end: 20
                },
            ]
        );
    }

    #[test]
    fn contents_the_model_is_unsure_of_are_dropped_but_cues_stay() {
        // Pieces: a cue, a content the model is sure of, a cue it is not
        // sure of, and a content it is not sure of (each probability is
        // that of the piece's own role, begin and inside together).
        let row = |tag: usize, p: f32| {
            let mut r = [(0.01f32).ln(); TAGS];
            r[tag] = p.ln();
            r
        };
        let offsets = [(0, 4), (5, 9), (10, 14), (15, 19), (20, 24), (25, 29)];
        let tags = [3, 5, 6, 3, 5, 6];
        let log_probs = [
            row(3, 0.9),
            row(5, 0.9),
            row(6, 0.8),
            row(3, 0.4),
            row(5, 0.9),
            row(6, 0.4),
        ];
        let confidences: Vec<f32> = spans_of(&tags, &offsets, &log_probs)
            .iter()
            .map(|(_, c)| (c * 100.0).round() / 100.0)
            .collect();
        // The inside tag of a content counts its begin tag's share too.
        assert_eq!(confidences, vec![0.91, 0.86, 0.41, 0.66]);
        let kept: Vec<(Role, usize)> = confident_spans(&tags, &offsets, &log_probs)
            .iter()
            .map(|s| (s.role, s.start))
            .collect();
        assert_eq!(
            kept,
            vec![(Role::Cue, 0), (Role::Content, 5), (Role::Cue, 15)]
        );
    }

    fn roles(text: &str, spans: &[RoleSpan], role: Role) -> Vec<String> {
        spans
            .iter()
            .filter(|s| s.role == role)
            .map(|s| text.get(s.start..s.end).unwrap_or("?").to_string())
            .collect()
    }

    #[test]
    fn reads_who_said_what_in_a_report() {
        let Some(dir) = crate::tests::model_dir() else {
            return;
        };
        let tagger = AttributionTagger::load(&dir).unwrap();
        let text = "The city’s mayor, Ann Reyes, said on Monday that the bridge would \
                    reopen in March. “We will not raise fares,” she told reporters.";
        let spans = tagger.spans(text).unwrap();
        let cues = roles(text, &spans, Role::Cue);
        let contents = roles(text, &spans, Role::Content);
        let sources = roles(text, &spans, Role::Source);
        assert!(cues.iter().any(|c| c.contains("said")), "{spans:?}");
        assert!(cues.iter().any(|c| c.contains("told")), "{spans:?}");
        assert!(
            contents
                .iter()
                .any(|c| c.contains("the bridge would reopen in March")),
            "{contents:?}"
        );
        assert!(
            contents
                .iter()
                .any(|c| c.contains("We will not raise fares")),
            "{contents:?}"
        );
        assert!(
            sources.iter().any(|c| c.contains("Ann Reyes")),
            "{sources:?}"
        );
        // Offsets are byte offsets on char boundaries (the text has a ’).
        assert!(spans
            .iter()
            .all(|s| text.is_char_boundary(s.start) && text.is_char_boundary(s.end)));
    }

    #[test]
    fn a_headline_does_not_run_on_into_the_lead() {
        let Some(dir) = crate::tests::model_dir() else {
            return;
        };
        let tagger = AttributionTagger::load(&dir).unwrap();
        // Without the break the headline's last words and the name read as
        // one span, and the speaker was lost.
        let text = "Premier's apology over closures\n\n\
                    Jane Doyle has apologised to the villages that lost their schools.";
        let spans = tagger.spans(text).unwrap();
        let contents = roles(text, &spans, Role::Content);
        assert!(contents.iter().all(|c| !c.contains('\n')), "{contents:?}");
        let sources = roles(text, &spans, Role::Source);
        assert!(sources.iter().any(|s| s == "Jane Doyle"), "{spans:?}");
    }

    #[test]
    fn reads_past_the_first_window_and_survives_odd_input() {
        let Some(dir) = crate::tests::model_dir() else {
            return;
        };
        let tagger = AttributionTagger::load(&dir).unwrap();
        // About 600 word pieces of plain narrative, then a report.
        let mut text =
            "The river rose slowly through the night and the fields flooded. ".repeat(50);
        text.push_str("The governor said that the army would arrive on Tuesday.");
        let spans = tagger.spans(&text).unwrap();
        let tail = text.len() - 60;
        assert!(
            spans.iter().any(|s| s.role == Role::Cue && s.start > tail),
            "the report after the first window is read: {:?}",
            spans.iter().filter(|s| s.start > tail).collect::<Vec<_>>()
        );
        assert!(tagger.spans("").unwrap().is_empty());
        let huge = "word ".repeat(MAX_PIECES + 1);
        let err = tagger
            .spans(&huge)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("too long"), "{err}");
        assert!(tagger.spans("\u{0}\u{feff} ,,, ...").is_ok());
    }

    #[test]
    fn a_broken_adapter_is_an_error_that_names_it() {
        let Some(dir) = crate::tests::model_dir() else {
            return;
        };
        let err = AttributionTagger::load_with_adapter(&dir, b"not safetensors")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("attribution adapter"), "{err}");
    }
}
