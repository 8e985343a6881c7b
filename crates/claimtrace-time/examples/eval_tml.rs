//! Scores the time annotator on a directory of TimeML files without the
//! full CLI (quick iteration): `cargo run --release --example eval_tml DIR [-v]`.
//! `claimtrace eval times --gold DIR` is the supported command.
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
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match tml::evaluate(&name, &source, verbose) {
            Ok((score, report)) => {
                total.add(&score);
                print!("{report}");
            }
            Err(e) => eprintln!("{name}: {e}"),
        }
    }
    println!("{dir}: {} gold, {} system", total.gold, total.system);
    print!("{}", total.table());
}
