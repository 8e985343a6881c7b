#!/usr/bin/env python3
"""Refit the static word-piece table to MiniLM sentence embeddings ("tokenlearn").

What it does
    The shipped table (crates/claimtrace-trace/model/static-embeddings.bin,
    made by scripts/distill-static-embeddings.py; format documented there)
    embeds each vocabulary token alone. This script keeps that table as the
    starting point E0 (V x 256) and fits its rows so that the static sentence
    vector (L2-normalised mean of the live word-piece rows, as in
    `static_embed`) follows all-MiniLM-L6-v2's SENTENCE embeddings on real
    news sentences:
    1. Sentences: English corpora split after . ! ? followed by a space and a
       capital; 5-60 words; deduplicated (case-insensitive); an equal share
       from each corpus (seed 1234). The last --held sentences are held out.
    2. Teacher: the numpy MiniLM of the distill script (mean pooling, L2 norm,
       128 tokens at most), cached in --work.
    3. Alignment into the table's space: uncentred PCA of the teacher vectors
       to 256 dims, then an orthogonal Procrustes rotation onto m_i = mean of
       the E0 rows of sentence i; each target y_i is that direction scaled to
       |m_i| (this keeps the teacher's geometry: the targets' cosines have
       Spearman 0.999 with the teacher's; a plain least-squares map 384->256
       onto m_i only 0.63 and fitted worse).
    4. Rows: minimise |A (E0 + Delta) - Y|^2 + lambda |Delta|^2 with A the
       sparse N x V matrix of mean weights (1/live pieces per sentence);
       conjugate gradient on the normal equations, all 256 columns at once,
       over the tokens seen in training. Rows that are zero in E0 (specials,
       [unusedN], single punctuation) stay zero; unseen tokens keep E0.
    5. For each lambda: int8-quantise (one f32 scale per row, as shipped) and
       measure on the held-out sentences the Spearman correlation between the
       static and the teacher cosines of 200k random pairs; also the distill
       script's PAIRS figures and, with --pairs TSV, for each line
       "id, query, gold, other..." whether gold has the highest cosine to the
       query (reported only; lambda is chosen by the held-out Spearman).
    6. Writes the best table with the distill script's writer (same header,
       vocabulary, char ranges, per-row scales, int8 rows).

How to run (OPENBLAS_NUM_THREADS=1 on a busy machine)
    pip install numpy safetensors scipy
    python3 scripts/tokenlearn-static-embeddings.py \
        [--model models/all-minilm-l6-v2] [--corpora /work/shared/corpora] \
        [--n 60000] [--held 2000] [--lambdas 0.003,0.01,0.03,0.1] [--iters 200] \
        [--work /tmp/tokenlearn] [--pairs TSV] \
        [--out /tmp/tokenlearn/static-embeddings-tl.bin]
    The teacher pass is the slow part: ~56-67 sentences/s on one core
    (numpy), ~14 minutes for 57k sentences; it is cached in --work by chunks. The fit
    takes well under a minute per lambda.

What it measured (one busy 2-core machine, OPENBLAS_NUM_THREADS=1)
    57,396 distinct sentences (kremlin_en, bbc_news_2225, gdelt_ukraine_war_en,
    war_press_releases_2022, zelensky addresses; ~11.5k each, gdelt all 8.5k):
    55,396 to fit, 2,000 held out. Teacher pass 855 s (~67 sentences/s);
    fit ~50 s per lambda (200 CG iterations); 20,030 of 30,522 rows refitted.
    Held-out Spearman, static vs MiniLM cosines, 200k pairs (int8 tables):
        shipped E0 0.414 | lambda 0.001 0.744, 0.003 0.751, 0.01 0.760,
        0.03 0.761 (chosen), 0.1 0.749
        (Procrustes targets without the per-sentence norm: 0.740 at 0.03;
        a least-squares map 384->256 as alignment, 5k-sentence pilot,
        lambda 0.001, 20 CG steps: 0.446, dropped)
    PAIRS (pairs / mismatched / gap / nearest-is-partner):
        MiniLM 0.760 / 0.223 / 0.537 / 0.975
        E0     0.694 / 0.216 / 0.478 / 0.975
        new    0.698 / 0.082 / 0.616 / 0.975
    Cosine levels move: unrelated sentences now sit near 0.08 instead of
    ~0.2, so thresholds tuned on the shipped table's cosines need rechecking.

Not shipped (session 23): swapped into claimtrace, the refitted table gave
    `claimtrace eval trace-real` origin@1 37/43 with the tracer's semantic
    floor at 0.75 and 38/43 at 0.70 (the shipped table: 38/43), the
    provenance set 1.000 either way, and on 250 GDELT quotes traced through
    the trace-real store one new origin, wrong (a PACE statement of 2023
    given to a Zelensky record of 2022 on the same tribunal). Closer to
    MiniLM is not closer to the answer here: MiniLM itself ranks the gold
    sentence first as often as the shipped table (docs/evaluation.md).
"""

import argparse
import csv
import glob
import importlib.util
import json
import os
import random
import re
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "distill", os.path.join(HERE, "distill-static-embeddings.py")
)
d = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(d)

SPLIT = re.compile(r'(?<=[.!?])\s+(?=["\u201c\u2018(]?[A-Z])')


def split_sentences(text):
    out = []
    for para in re.split(r"\n", text):
        for s in SPLIT.split(para):
            s = " ".join(s.split())
            if 5 <= len(s.split()) <= 60:
                out.append(s)
    return out


def corpus_docs(root):
    csv.field_size_limit(10**9)
    j = lambda p: [json.loads(l)["text"] for l in open(p, encoding="utf-8")]
    rd = lambda p: open(p, encoding="utf-8", errors="replace").read()
    docs = {
        "kremlin": j(os.path.join(root, "kremlin_en/kremlin_en.jsonl")),
        "bbc": [rd(f) for f in sorted(glob.glob(os.path.join(root, "bbc_news_2225/bbc/*/*.txt")))],
        "gdelt": [
            rd(f)
            for f in sorted(glob.glob(os.path.join(root, "gdelt_ukraine_war_en/data/articles/*.txt")))
        ],
        "zel": j(os.path.join(root, "uk_en_zelensky_addresses_resistinua/messages_en.jsonl")),
    }
    pr = []
    for fn in ("putin.csv", "zelenskyy.csv"):
        with open(os.path.join(root, "war_press_releases_2022", fn), encoding="utf-8", newline="") as f:
            pr += [r["body"] for r in csv.DictReader(f)]
    docs["press"] = pr
    return docs


def sample_sentences(root, total, seed=1234):
    rng = random.Random(seed)
    docs = corpus_docs(root)
    pools = {}
    for k in ("kremlin", "bbc", "gdelt", "press", "zel"):
        s = sorted(set(x for t in docs[k] for x in split_sentences(t)))
        rng.shuffle(s)
        pools[k] = s
    names = sorted(pools)
    picked = {k: pools[k][: total // len(names)] for k in names}
    short = total - sum(len(v) for v in picked.values())
    while short > 0:
        grew = False
        for k in names:
            if short > 0 and len(picked[k]) < len(pools[k]):
                picked[k].append(pools[k][len(picked[k])])
                short -= 1
                grew = True
        if not grew:
            break
    allsent = [s for k in names for s in picked[k]]
    rng.shuffle(allsent)
    seen, out = set(), []
    for s in allsent:
        if s.lower() not in seen:
            seen.add(s.lower())
            out.append(s)
    return out


def read_table(path):
    import struct

    b = open(path, "rb").read()
    assert b[:4] == b"CTSE"
    _, D, V, _, _, _, _, _, r1, r2 = struct.unpack_from("<10I", b, 4)
    off = 44 + 8 * (r1 + r2)
    for _ in range(V):
        (n,) = struct.unpack_from("<H", b, off)
        off += 2 + n
    scale = np.frombuffer(b, "<f4", V, off).copy()
    off += 4 * V
    q = np.frombuffer(b, np.int8, V * D, off).reshape(V, D).copy()
    assert off + V * D == len(b)
    return q, scale


def write_table(path, tok, q, scale):
    d.write_table(path, tok, q, scale)


def nrm(x):
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def main():
    import scipy.sparse as sp

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="models/all-minilm-l6-v2")
    ap.add_argument("--table", default="crates/claimtrace-trace/model/static-embeddings.bin")
    ap.add_argument("--corpora", default="/work/shared/corpora")
    ap.add_argument("--n", type=int, default=60000, help="sentences sampled before dedup")
    ap.add_argument("--held", type=int, default=2000)
    ap.add_argument("--lambdas", default="0.003,0.01,0.03,0.1")
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--work", default="/tmp/tokenlearn")
    ap.add_argument("--pairs", default=None)
    ap.add_argument("--out", default="/tmp/tokenlearn/static-embeddings-tl.bin")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)

    tok = d.WordPiece(os.path.join(args.model, "tokenizer.json"))
    q0, s0 = read_table(args.table)
    E0 = d.dequant(q0, s0)
    V, D = E0.shape
    live = np.abs(E0).sum(1) > 0

    # sentences + teacher (cached)
    split_path = os.path.join(args.work, "split.json")
    if os.path.exists(split_path):
        sp_ = json.load(open(split_path))
        train, held = sp_["train"], sp_["held"]
    else:
        S = sample_sentences(args.corpora, args.n)
        held, train = S[-args.held :], S[: -args.held]
        json.dump({"train": train, "held": held}, open(split_path, "w"))
    bert = None
    t0 = time.time()
    hp = os.path.join(args.work, "teacher_held.npy")
    if not os.path.exists(hp):
        bert = bert or d.Bert(args.model)
        np.save(hp, bert.embed_sentences(tok, held, max_tokens=128, batch=32))
    CH = 5000
    parts = []
    for c in range(0, len(train), CH):
        fn = os.path.join(args.work, f"teacher_train_{c // CH:02d}.npy")
        if not os.path.exists(fn):
            bert = bert or d.Bert(args.model)
            np.save(fn, bert.embed_sentences(tok, train[c : c + CH], max_tokens=128, batch=32))
            print(f"teacher chunk {c // CH}: {time.time() - t0:.0f}s", file=sys.stderr, flush=True)
        parts.append(np.load(fn))
    T, Th = nrm(np.concatenate(parts)), nrm(np.load(hp))
    print(f"train {len(T)} sentences, held-out {len(Th)}")

    def mean_matrix(texts):
        rows, cols, vals = [], [], []
        for n, t in enumerate(texts):
            ids = [i for i in tok.encode(t, 512) if live[i]]
            for i in ids:
                rows.append(n)
                cols.append(i)
                vals.append(1.0 / len(ids))
        return sp.csr_matrix((np.array(vals, np.float32), (rows, cols)), shape=(len(texts), V))

    A, Ah = mean_matrix(train), mean_matrix(held)

    rng = np.random.default_rng(0)
    pi, pj = rng.integers(0, len(held), 200_000), rng.integers(0, len(held), 200_000)
    pi, pj = pi[pi != pj], pj[pi != pj]
    tcos = np.sum(Th[pi] * Th[pj], 1)

    def held_rho(table):
        X = nrm(Ah @ table)
        return d.spearman(np.sum(X[pi] * X[pj], 1), tcos)

    P2 = []
    if args.pairs:
        P2 = [l.rstrip("\n").split("\t") for l in open(args.pairs, encoding="utf-8") if l.strip()]
    ptexts = [s for p in d.PAIRS for s in p]

    def report(name, table):
        pos, neg, hit = d.pair_figures(d.static_embed(table, tok, ptexts))
        r = held_rho(table)
        line = (
            f"{name:24s} held-out spearman {r:.4f} | PAIRS pairs {pos:.3f} mismatched {neg:.3f}"
            f" gap {pos - neg:.3f} nearest-is-partner {hit:.3f}"
        )
        if P2:
            wins, margins = 0, []
            for row in P2:
                e = d.static_embed(table, tok, row[1:])
                c = e[1:] @ e[0]
                wins += int(c[0] > c[1:].max())
                margins.append(c[0] - c[1:].max())
            line += f" | pairs: gold first {wins}/{len(P2)} margin {np.mean(margins):+.4f}"
        print(line, flush=True)
        return r

    # alignment: uncentred PCA of the teacher + Procrustes onto the E0 means
    M0 = A @ E0
    U = np.linalg.svd(T, full_matrices=False)[2][:D].T
    u, _, wt = np.linalg.svd((T @ U).T @ M0)
    Y = nrm(T @ U @ (u @ wt)) * np.linalg.norm(M0, axis=1, keepdims=True)

    act = np.where(live & (np.asarray((A != 0).sum(0)).ravel() > 0))[0]
    As = A[:, act].tocsr()
    AsT = As.T.tocsr()
    B = AsT @ (Y - M0)
    print(f"{len(act)} of {V} rows seen in training")

    def cg(lam, iters):
        X = np.zeros((len(act), D), np.float32)
        R = B.copy()
        P = R.copy()
        rs = np.sum(R * R, 0)
        for _ in range(iters):
            AP = AsT @ (As @ P) + lam * P
            a = rs / np.maximum(np.sum(P * AP, 0), 1e-30)
            X += P * a
            R -= AP * a
            rn = np.sum(R * R, 0)
            P = R + P * (rn / np.maximum(rs, 1e-30))
            rs = rn
        return X

    report("shipped E0 (int8)", E0)
    best = None
    for lam in [float(x) for x in args.lambdas.split(",")]:
        E = E0.copy()
        E[act] += cg(lam, args.iters)
        E[~live] = 0.0
        q, scale = d.quantise(E)
        r = report(f"lambda={lam:g} (int8)", d.dequant(q, scale))
        if best is None or r > best[0]:
            best = (r, lam, q, scale)
    print(f"chosen lambda={best[1]:g} (held-out spearman {best[0]:.4f})")
    write_table(args.out, tok, best[2], best[3])
    q2, s2 = read_table(args.out)
    assert (q2 == best[2]).all() and (s2 == best[3]).all()
    print(f"wrote {args.out}: {os.path.getsize(args.out)} bytes (V={V}, D={D})")


if __name__ == "__main__":
    main()
