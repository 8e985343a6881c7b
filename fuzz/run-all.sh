#!/usr/bin/env bash
# Runs fuzz targets one after another, each for SECS seconds (default 600),
# at the lowest priority, from the binaries `cargo +nightly fuzz build`
# left in the target directory. Logs go to LOG_DIR/<target>.log; crashes
# and timeouts to fuzz/artifacts/<target>/. Fork mode with one worker
# (-fork=1, one core) and -ignore_crashes: a crash is saved and the run
# goes on, so each target gets its full time and every crash it meets.
#
# Usage: fuzz/run-all.sh [TARGET...]
#   env: SECS (600), TARGET_DIR (/work/fuzz-target or fuzz/target),
#        LOG_DIR (fuzz/logs)
set -u

here="$(cd "$(dirname "$0")" && pwd)"
secs="${SECS:-600}"
target_dir="${TARGET_DIR:-$here/target}"
bin_dir="$target_dir/x86_64-unknown-linux-gnu/release"
log_dir="${LOG_DIR:-$here/logs}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text html jsonl csv feed warc gzip analysis)

mkdir -p "$log_dir"
for t in "${targets[@]}"; do
    mkdir -p "$here/corpus/$t" "$here/artifacts/$t"
    echo "$(date -u +%FT%TZ) start $t" >> "$log_dir/runs.txt"
    start=$(date +%s)
    nice -n 19 "$bin_dir/$t" "$here/corpus/$t" \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -max_total_time="$secs" -rss_limit_mb=4096 -timeout=10 \
        -print_final_stats=1 -report_slow_units=2 -artifact_prefix="$here/artifacts/$t/" \
        > "$log_dir/$t.log" 2>&1
    rc=$?
    echo "$(date -u +%FT%TZ) end $t rc=$rc after $(( $(date +%s) - start )) s" >> "$log_dir/runs.txt"
done
