//! `claimtrace serve`: the fact-checker's desk (web app and JSON API) over
//! the store. Only flags here; everything else is in claimtrace-serve.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrace serve --db ./claimtrace-data        # then open http://127.0.0.1:8080/\n  \
CLAIMTRACE_TOKEN=s3cret claimtrace serve --addr 0.0.0.0:8080\n\n\
The JSON API is under /api/v1 (OpenAPI document: /api/v1/openapi.json). Writes (POST /api/v1/documents, \
DELETE, \"save to corpus\") need the token when one is set; an address other than loopback is refused without one."
)]
pub struct Args {
    /// Store directory (created when missing).
    #[arg(long, env = "CLAIMTRACE_DB", default_value = "claimtrace-data")]
    pub db: PathBuf,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Token that writes must carry (Authorization: Bearer TOKEN).
    #[arg(long, env = "CLAIMTRACE_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Largest request body accepted, in bytes (413 above).
    #[arg(long, default_value_t = claimtrace_serve::DEFAULT_MAX_BODY)]
    pub max_body: usize,
    /// Seconds one analysis request may take (503 after).
    #[arg(long, default_value_t = 60)]
    pub analysis_timeout: u64,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    claimtrace_serve::check_exposure(args.addr, args.token.as_deref())?;
    let config = claimtrace_serve::ServeConfig {
        db: args.db.clone(),
        token: args.token.clone(),
        max_body: args.max_body,
        analysis_timeout: std::time::Duration::from_secs(args.analysis_timeout.max(1)),
    };
    let runtime = tokio::runtime::Runtime::new().context("starting the server's runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("listening on {}", args.addr))?;
        let local = listener.local_addr().unwrap_or(args.addr);
        super::eprint_line(&format!(
            "claimtrace: the desk is at http://{local}/ (store {}){}",
            args.db.display(),
            if args.token.is_some() {
                ", writes need the token"
            } else {
                ""
            }
        ));
        claimtrace_serve::serve(listener, config).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
