//! `claimtrace`: check what public figures say in the news.
//!
//! The binary only turns flags into calls of the library crates; each
//! subcommand lives in its own module under `cmd/`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;

#[derive(Parser)]
#[command(
    name = "claimtrace",
    version,
    about = "Who said what, when, how many — and where it came from.",
    long_about = "claimtrace reads news and primary sources (text, HTML, JSONL, RSS/Atom, WARC, gzip), \
finds who is named, what each person said (direct, partial and reported speech) and who they were quoting, \
hedges, dates and quantities; stores it; and traces a quote back to its origin, saying what changed on the way.\n\n\
Start with:  claimtrace analyze examples/grain-exports-2024-05-14.txt --format pretty",
    propagate_version = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse documents and print what they say: entities, quotes, times, quantities.
    Analyze(cmd::analyze::Args),
    /// Print the dated events of a set of documents in time order (text, JSON or HTML).
    Timeline(cmd::timeline::Args),
    /// Analyse documents and store them in the corpus database.
    Ingest(cmd::ingest::Args),
    /// Full-text search over stored documents, quotes and claims.
    Search(cmd::search::Args),
    /// Find stored claims or documents that say the same as a statement.
    Match(cmd::matching::Args),
    /// Trace a quote or claim back to its origin and say what changed on the way.
    Trace(cmd::trace::Args),
    /// The fact-checker's desk: a web app and JSON API over the store.
    Serve(cmd::serve::Args),
    /// List the stored documents (filters: source, dates, language).
    List(cmd::list::Args),
    /// Show one stored document and its analysis.
    Show(cmd::show::Args),
    /// Delete stored documents, their statements and index entries.
    Delete(cmd::delete::Args),
    /// What the store holds: documents, statements, size.
    Stats(cmd::stats::Args),
    /// Export the stored documents as JSONL or CSV (re-ingestable).
    Export(cmd::export::Args),
    /// Put documents on a PostgreSQL store's ingest queue, for workers.
    Queue(cmd::queue::Args),
    /// Analyse and store queued documents (run several, on many machines).
    Worker(cmd::worker::Args),
    /// Score the analysis against gold annotations.
    #[command(subcommand)]
    Eval(cmd::eval::EvalCommand),
    /// Train the learned parts of the analysis from gold data.
    #[command(subcommand)]
    Train(cmd::train::TrainCommand),
    /// Measure throughput over a corpus.
    #[command(subcommand)]
    Bench(cmd::bench::BenchCommand),
}

fn main() -> ExitCode {
    quiet_broken_pipe_panics();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(a) => cmd::analyze::run(a),
        Command::Timeline(a) => cmd::timeline::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Search(a) => cmd::search::run(a),
        Command::Match(a) => cmd::matching::run(a),
        Command::Trace(a) => cmd::trace::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::List(a) => cmd::list::run(a),
        Command::Show(a) => cmd::show::run(a),
        Command::Delete(a) => cmd::delete::run(a),
        Command::Stats(a) => cmd::stats::run(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Queue(a) => cmd::queue::run(a),
        Command::Worker(a) => cmd::worker::run(a),
        Command::Eval(c) => cmd::eval::run(c),
        Command::Train(c) => cmd::train::run(c),
        Command::Bench(c) => cmd::bench::run(c),
    };
    match result {
        Ok(code) => code,
        // The reader went away (`claimtrace analyze ... | head`): stop
        // quietly, as other Unix tools do.
        Err(e) if cmd::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            match e.downcast_ref::<cmd::UsageError>() {
                Some(usage) => {
                    cmd::eprint_line(&format!("claimtrace: usage error: {usage} (see --help)"))
                }
                None => cmd::eprint_line(&format!("claimtrace: error: {e:#}")),
            }
            ExitCode::from(2)
        }
    }
}

/// `println!` panics when stdout is a closed pipe; the commands write
/// through `writeln!` and stop on the error, but reports printed with
/// `println!` (eval, bench, train) end here instead: quietly, status 0.
fn quiet_broken_pipe_panics() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.starts_with("failed printing to std") && message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default_hook(info);
    }));
}
