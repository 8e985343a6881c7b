use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    pub rest: Vec<String>,
}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
