#!/usr/bin/env python3
"""Verify eval/trace-real/queries.jsonl against the read-only corpora.

Usage: python3 eval/trace-real/check.py [--corpora DIR]
Default DIR: ../shared/corpora relative to the repo root (i.e. /work/shared/corpora).
Exit status 0 when every query passes.
"""
import argparse, collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'corpora'))
KINDS = {'verbatim', 'translation', 'paraphrase', 'cut', 'no_origin'}
csv.field_size_limit(10 ** 9)
_cache = {}


def load(root, file):
    """Return {record: (text, date)} for a primary file, or the text of a .txt file."""
    if file in _cache:
        return _cache[file]
    path = os.path.join(root, file)
    if file.endswith('.txt'):
        val = open(path, encoding='utf-8').read()
    elif file.endswith('.csv'):
        val = {}
        with open(path, encoding='utf-8', newline='') as f:
            for i, r in enumerate(csv.DictReader(f), 1):
                val[i] = (r['body'] or '', (r['date'] or '')[:10])
    elif file.endswith('.jsonl'):
        val = collections.defaultdict(list)
        with open(path, encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                val[str(r['id'])].append((r.get('text') or '', (r.get('date') or '')[:10]))
        # ids must be unique to be usable as a record key
        val = {k: v[0] if len(v) == 1 else None for k, v in val.items()}
    else:
        raise ValueError(file)
    _cache[file] = val
    return val


def check_span(root, span, qdate, errs, tag):
    recs = load(root, span['file'])
    key = span['record']
    if key not in recs:
        errs.append(f'{tag}: record {key!r} not in {span["file"]}'); return
    if recs[key] is None:
        errs.append(f'{tag}: record id {key!r} is ambiguous in {span["file"]}'); return
    text, date = recs[key]
    s, e = span['start'], span['end']
    if not (0 <= s < e <= len(text)):
        errs.append(f'{tag}: bad span {s}:{e} (len {len(text)})'); return
    if not text[s:e].strip():
        errs.append(f'{tag}: empty span')
    if date != span['date']:
        errs.append(f'{tag}: date {span["date"]} != corpus {date}')
    if not date or date > qdate:
        errs.append(f'{tag}: origin date {date} after query date {qdate}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpora', default=DEFAULT)
    ap.add_argument('--queries', default=os.path.join(HERE, 'queries.jsonl'))
    a = ap.parse_args()
    errs, kinds, ids = [], collections.Counter(), set()
    n = 0
    for line in open(a.queries, encoding='utf-8'):
        if not line.strip():
            continue
        q = json.loads(line); n += 1
        qid = q['query_id']
        if qid in ids: errs.append(f'{qid}: duplicate id')
        ids.add(qid)
        if q['kind'] not in KINDS: errs.append(f'{qid}: bad kind {q["kind"]}')
        kinds[q['kind']] += 1
        qq = q['query']
        path = os.path.join(a.corpora, qq['file'])
        if not os.path.exists(path):
            errs.append(f'{qid}: missing {qq["file"]}'); continue
        text = load(a.corpora, qq['file'])
        s, e = qq['start'], qq['end']
        if not (0 <= s < e <= len(text)):
            errs.append(f'{qid}: query span out of range'); continue
        if hashlib.sha1(text[s:e].encode('utf-8')).hexdigest() != qq['sha1']:
            errs.append(f'{qid}: sha1 mismatch')
        base = os.path.basename(qq['file'])
        if q['date'] != f'{base[:4]}-{base[4:6]}-{base[6:8]}':
            errs.append(f'{qid}: date does not match file name')
        g = q['gold']
        if q['kind'] == 'no_origin':
            if g['origin'] is not None or g.get('also'):
                errs.append(f'{qid}: no_origin with an origin')
            continue
        if g['origin'] is None:
            errs.append(f'{qid}: missing origin'); continue
        check_span(a.corpora, g['origin'], q['date'], errs, f'{qid} origin')
        for k, o in enumerate(g.get('also', [])):
            check_span(a.corpora, o, q['date'], errs, f'{qid} also[{k}]')
            if o['date'] < g['origin']['date']:
                errs.append(f'{qid}: also[{k}] is earlier than origin')
    with_origin = n - kinds['no_origin']
    print(f'{n} queries, {with_origin} with origin, {kinds["no_origin"]} no_origin')
    for k in sorted(kinds):
        print(f'  {k:12s} {kinds[k]}')
    for e in errs:
        print('FAIL', e)
    print('OK' if not errs else f'{len(errs)} problem(s)')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
