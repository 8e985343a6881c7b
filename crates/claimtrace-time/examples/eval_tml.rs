//! Scores the time annotator on a directory of TimeML files without the
//! full CLI (quick iteration): `cargo run --release --example eval_tml DIR [-v]`.
//! `claimtrace eval times --gold DIR` is the supported command.
use claimtrace_core::{Annotator, Document, Metadata};
use claimtrace_time::tml::{self, Score};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(dir) = args.get(1) else {
        eprintln!("usage: eval_tml DIR [-v]");
        return;
    };
    let verbose = args.iter().any(|a| a == "-v");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("{dir}: cannot read");
        return;
    };
    let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    let mut total = Score::default();
    for path in files {
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Ok(gold) = tml::parse(&source) else {
            continue;
        };
        let meta = Metadata {
            date: gold.creation_time.clone(),
            ..Metadata::default()
        };
        let mut doc = Document::new(gold.text.clone(), meta);
        claimtrace_text::prepare(&mut doc);
        claimtrace_time::TimeAnnotator.annotate(&mut doc);
        let (score, pairs) = Score::of(&gold.timexes, &doc.times);
        total.add(&score);
        if verbose {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = |s: usize, e: usize| doc.text.get(s..e).unwrap_or("").replace('\n', " ");
            let mut gh = vec![false; gold.timexes.len()];
            let mut sh = vec![false; doc.times.len()];
            for &(g, s) in &pairs {
                gh[g] = true;
                sh[s] = true;
                let (gt, st) = (&gold.timexes[g], &doc.times[s]);
                if gt.start != st.start || gt.end != st.end || gt.value != st.value {
                    println!(
                        "{name}\tDIFF\t{:?}\t{} {}\t{:?}\t{} {}",
                        text(gt.start, gt.end),
                        gt.kind,
                        gt.value,
                        st.text,
                        tml::timeml_type(st.kind),
                        st.value
                    );
                }
            }
            for (g, h) in gold.timexes.iter().zip(&gh) {
                if !h {
                    let ctx = text(g.start.saturating_sub(60), (g.end + 40).min(doc.text.len()));
                    println!(
                        "{name}\tMISS\t{:?}\t{} {}\t{ctx}",
                        text(g.start, g.end),
                        g.kind,
                        g.value
                    );
                }
            }
            for (s, h) in doc.times.iter().zip(&sh) {
                if !h {
                    println!(
                        "{name}\tEXTRA\t{:?}\t{} {}",
                        s.text,
                        tml::timeml_type(s.kind),
                        s.value
                    );
                }
            }
        }
    }
    println!("{dir}: {} gold, {} system", total.gold, total.system);
    print!("{}", total.table());
}
