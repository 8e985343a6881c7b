//! Quick check of the text layers' speed on files given as arguments
//! (the full figure comes from `claimtrace bench read`).
use claimtrace_core::{Annotator, Document, Metadata};

fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mb = bytes as f64 / 1e6;
    let time = |name: &str, f: &dyn Fn(&str)| {
        let t = std::time::Instant::now();
        for text in &texts {
            f(text);
        }
        let s = t.elapsed().as_secs_f64();
        println!("{name:<10} {s:.3}s {:.1} MB/s", mb / s);
    };
    time("text", &|t| {
        let mut doc = Document::new(t.to_string(), Metadata::default());
        claimtrace_text::TextAnnotator.annotate(&mut doc);
    });
    time("lang", &|t| {
        std::hint::black_box(claimtrace_text::detect_language(t));
    });
    time("date", &|t| {
        std::hint::black_box(claimtrace_text::infer_document_date(t));
    });
    time("tokens", &|t| {
        std::hint::black_box(claimtrace_text::tokenize(t, 0, t.len()));
    });
    time("sentences", &|t| {
        std::hint::black_box(claimtrace_text::split_sentences(t, 0, t.len()));
    });
}
