#!/usr/bin/env python3
"""Builds a JSONL corpus of about 100,000 documents from ../shared/corpora,
for measuring the store at scale (`claimtrace ingest` then `claimtrace bench
store`). Nothing here is committed data: the texts are read from the
corpora each time.

How: every Kremlin transcript (kremlin_en.jsonl) is cut into pieces of a few
paragraphs, each piece a document with the transcript's date and title
(transcripts are long, news items short: the pieces are the size of news);
then the Channel One leads (Russian), the BBC articles, the GDELT articles,
the 2022 press releases and the Zelensky addresses are added whole. Ids say
where each piece came from.

Usage: scripts/make-scale-corpus.py [--corpora ../shared/corpora] [--target 100000] > scale.jsonl
"""

import argparse
import csv
import json
import os
import sys


def kremlin_pieces(corpora, per_piece):
    with open(os.path.join(corpora, "kremlin_en/kremlin_en.jsonl"), encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            paras = [p for p in rec.get("text", "").split("\n") if p.strip()]
            for k in range(0, len(paras), per_piece):
                text = "\n".join(paras[k:k + per_piece])
                if len(text.split()) < 8:
                    continue
                yield {"id": f"kremlin-{rec['id']}-{k // per_piece}", "title": rec.get("title"),
                       "date": rec.get("date"), "source": "kremlin.ru", "text": text}


def whole_documents(corpora):
    csv.field_size_limit(10**9)
    for name in ("putin", "zelenskyy"):
        path = os.path.join(corpora, f"war_press_releases_2022/{name}.csv")
        with open(path, encoding="utf-8") as f:
            for i, row in enumerate(csv.DictReader(f), 1):
                yield {"id": f"{name}-{i}", "title": row.get("headline"),
                       "date": (row.get("date") or "")[:10] or None, "text": row.get("body", "")}
    leads = os.path.join(corpora, "ru_1tv_leads_2022_2023/chunks")
    for fname in sorted(os.listdir(leads)) if os.path.isdir(leads) else []:
        with open(os.path.join(leads, fname), encoding="utf-8") as f:
            for i, row in enumerate(csv.DictReader(f), 1):
                yield {"id": f"1tv-{fname}-{i}", "title": row.get("title"),
                       "date": (row.get("date_extracted") or "")[:10] or None,
                       "text": row.get("content", "")}
    for sub in ("bbc_news_2225/bbc", "gdelt_ukraine_war_en/data/articles"):
        root = os.path.join(corpora, sub)
        for dirpath, _, files in sorted(os.walk(root)):
            for fname in sorted(files):
                if not fname.endswith(".txt"):
                    continue
                with open(os.path.join(dirpath, fname), encoding="utf-8", errors="replace") as f:
                    lines = f.read().split("\n")
                date = None
                if fname[:8].isdigit():
                    date = f"{fname[:4]}-{fname[4:6]}-{fname[6:8]}"
                rel = os.path.relpath(os.path.join(dirpath, fname), root)
                yield {"id": f"{sub.split('/')[0]}-{rel}", "title": lines[0],
                       "date": date, "text": "\n".join(lines[1:])}
    with open(os.path.join(corpora, "uk_en_zelensky_addresses_resistinua/messages_en.jsonl"),
              encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            rec = json.loads(line)
            yield {"id": f"zelensky-{i}", "title": rec.get("name"),
                   "date": (rec.get("date") or "")[:10] or None, "text": rec.get("text", "")}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--target", type=int, default=100_000)
    args = ap.parse_args()
    whole = [d for d in whole_documents(args.corpora) if d["text"].strip()]
    # Paragraphs per Kremlin piece: as many pieces as the target needs.
    paragraphs = 0
    with open(os.path.join(args.corpora, "kremlin_en/kremlin_en.jsonl"), encoding="utf-8") as f:
        for line in f:
            paragraphs += sum(1 for p in json.loads(line).get("text", "").split("\n") if p.strip())
    wanted = max(1, args.target - len(whole))
    per_piece = max(1, paragraphs // wanted)
    n = 0
    out = sys.stdout
    for d in kremlin_pieces(args.corpora, per_piece):
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
        n += 1
    for d in whole:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
        n += 1
    print(f"{n} documents ({per_piece} paragraphs per Kremlin piece)", file=sys.stderr)


if __name__ == "__main__":
    main()
