#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seed inputs, at run time: the first
# 16 KB of each file of ../shared/corpora/fixtures (by format; gzip files
# decompressed first, and also kept raw for the gzip target), a few news
# texts of ../shared for the analysis, and small built-in inputs so that
# every target has seeds even without ../shared. Nothing of ../shared is
# committed: fuzz/corpus is in .gitignore.
#
# Usage: fuzz/seed-corpus.sh [SHARED_DIR]   (default: ../shared beside the repo)
# No pipefail: `gzip -dc | head` ends gzip early, on purpose.
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
shared="${1:-$here/../../shared}"
fixtures="$shared/corpora/fixtures"
corpus="$here/corpus"
limit=16384

mkdir -p "$corpus"/{text,html,jsonl,csv,feed,warc,gzip,analysis}

# seed TARGET NAME: stdin's first 16 KB, prefixed by the bytes in $PREFIX.
seed() {
    local target="$1" name="$2"
    { printf "${PREFIX:-}"; head -c "$limit"; } > "$corpus/$target/$name" || true
}

# The file's name, flattened (directories joined by '_').
flat() { local rel="${1#"$fixtures"/}"; rel="${rel%.gz}"; echo "${rel//\//_}"; }

if [ -d "$fixtures" ]; then
    while IFS= read -r -d '' f; do
        name="$(flat "$f")"
        case "$f" in
            *.html.gz)
                gzip -dc "$f" 2>/dev/null | seed html "$name.html"
                # Gzip target: the stream itself (cut at 16 KB) and the page
                # with selector byte 0 (compressed whole, read as HTML).
                seed gzip "$name.raw" < "$f"
                gzip -dc "$f" 2>/dev/null | PREFIX='\x00' seed gzip "$name.page"
                ;;
            *.warc.gz)
                gzip -dc "$f" 2>/dev/null | seed warc "$name.warc"
                seed gzip "$name.raw" < "$f"
                gzip -dc "$f" 2>/dev/null | PREFIX='\x05' seed gzip "$name.records"
                ;;
            *.warc) seed warc "$name" < "$f" ;;
            *.rss) PREFIX='\x00' seed feed "$name" < "$f" ;;
            *.atom) PREFIX='\x01' seed feed "$name" < "$f" ;;
            *.json)
                seed jsonl "$name" < "$f"
                PREFIX='\x06' seed gzip "$name" < "$f"
                ;;
            *.rst)
                seed text "$name" < "$f"
                seed analysis "$name" < "$f"
                ;;
        esac
    done < <(find "$fixtures" -type f -print0 | sort -z)
else
    echo "no $fixtures: built-in seeds only" >&2
fi

# News text for the analysis and the text reader: the seed article and two
# BBC articles per section.
for f in "$shared/seed/"*.txt; do
    [ -f "$f" ] || continue
    seed analysis "seed_$(basename "$f")" < "$f"
    seed text "seed_$(basename "$f")" < "$f"
done
for section in business politics world tech sport; do
    dir="$shared/corpora/bbc_news_2225/bbc/$section"
    [ -d "$dir" ] || continue
    find "$dir" -name '*.txt' | sort | head -n 2 | while IFS= read -r f; do
        seed analysis "bbc_${section}_$(basename "$f")" < "$f"
    done
done

# Built-in inputs (written here, not taken from ../shared).
article='Grain corridor: minister says exports have '"'"'doubled'"'"'
Agriculture Minister Olena Marchenko said on May 14, 2024 that shipments doubled.
"Since March, our ports have shipped twice as much grain," Marchenko said.
Last year, the ministry reported exports of 32.5 million tonnes.
'
html="<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Exports</title><meta property=\"article:published_time\" content=\"2024-05-14\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Exports</h1><p>Agriculture Minister Olena Marchenko said on May 14, 2024 that shipments doubled.</p><p>&ldquo;Since March, our ports have shipped twice as much grain,&rdquo; Marchenko said.</p></article></body></html>"
printf '%s' "$article" > "$corpus/text/builtin.txt"
printf '%s' "$article" > "$corpus/analysis/builtin.txt"
printf '%s' "$html" > "$corpus/html/builtin.html"
printf '%s\n' '{"id":"a1","title":"Exports","date":"2024-05-14","text":"Marchenko said on May 14, 2024 that shipments doubled.\n\"Since March, our ports have shipped twice as much grain,\" Marchenko said."}' \
    '{"id":2,"text":"Short."}' > "$corpus/jsonl/builtin.jsonl"
printf '%s\n' 'id,title,date,text' \
    'a1,Exports,2024-05-14,"Marchenko said on May 14, 2024 that shipments doubled.' \
    '""Since March, our ports have shipped twice as much grain,"" Marchenko said."' \
    'a2,Short,,Short.' > "$corpus/csv/builtin.csv"
printf '\x00%s' "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>Exports</title><link>https://example.com/a</link><author>desk@example.com (Wire desk)</author><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate><description><![CDATA[$html]]></description></item></channel></rss>" > "$corpus/feed/builtin.rss"
printf '\x01%s' "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><entry><title>Exports</title><link href=\"https://example.com/a\"/><updated>2024-05-14T10:00:00Z</updated><author><name>Wire desk</name></author><content type=\"html\">Marchenko said shipments doubled.</content></entry></feed>" > "$corpus/feed/builtin.atom"
http="HTTP/1.1 200 OK
Content-Type: text/html; charset=utf-8

$html"
printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/a\r\nWARC-Date: 2024-05-14T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' \
    "${#http}" "$http" > "$corpus/warc/builtin.warc"
printf '\x00%s' "$html" > "$corpus/gzip/builtin-html"
printf '\x01%s\n' '{"id":"a1","text":"Marchenko said shipments doubled."}' > "$corpus/gzip/builtin-jsonl"
printf '\x88%s' "$html" > "$corpus/gzip/builtin-html-cut"

for t in "$corpus"/*/; do
    printf '%s: %s files, %s bytes\n' "$(basename "$t")" "$(find "$t" -type f | wc -l)" \
        "$(find "$t" -type f -exec cat {} + | wc -c)"
done
