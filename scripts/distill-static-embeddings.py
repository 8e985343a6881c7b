#!/usr/bin/env python3
"""Distil static word-piece embeddings from all-MiniLM-L6-v2 (model2vec-style).

What it does
    1. Loads all-MiniLM-L6-v2 (config.json, tokenizer.json, model.safetensors,
       fetched by scripts/fetch-model.sh) and runs the BERT encoder in plain
       numpy (no torch): 6 layers, 384 hidden, 12 heads, exact GELU,
       LayerNorm eps from config.json.
    2. For every vocabulary token t runs "[CLS] t [SEP]" through the encoder
       (batched) and pools the three outputs (mean over all three positions,
       or the token position only: --pool mean|token; `mean` measured better).
    3. PCA (centred, no whitening) down to --dim dimensions.
    4. SIF weighting with Zipf-estimated probabilities: the word ids of the
       BERT vocabulary are roughly in frequency order from id 1996 on, so
       p(rank) ~ 1/rank and each row is scaled by a / (a + p) (--sif-a).
    5. Zeroes the rows that never count in a sentence vector: the special
       tokens ([PAD], [UNK], [CLS], [SEP], [MASK], [unusedN]) and the
       single-punctuation tokens, so that punctuation-only text embeds to the
       zero vector.
    6. Quantises each row to int8 with one f32 scale per row and writes the
       binary file read by crates/claimtrace-trace/src/embed.rs.
    It also checks itself: the full model's sentence embeddings (mean pooling
    + L2 norm) and the static ones on hand-written news pairs (a quote and
    its paraphrase or another English translation) vs mismatched pairs, and
    optionally (--corpus DIR of .txt files) the Spearman correlation between
    static and full-model cosines on random sentence pairs.

How to run
    scripts/fetch-model.sh                 # once; models/ is git-ignored
    pip install numpy safetensors          # no torch needed
    python3 scripts/distill-static-embeddings.py \
        [--model models/all-minilm-l6-v2] [--dim 256] [--pool mean] \
        [--sif-a 1e-3] [--out crates/claimtrace-trace/model/static-embeddings.bin] \
        [--compare] [--corpus DIR]
    --compare tries the variants (pooling, dims, SIF a) and prints the
    figures for each before writing the chosen one. The vocabulary pass
    (cached in /tmp between runs) is ~92k positions through the encoder:
    a few minutes on one free core; set OPENBLAS_NUM_THREADS=1 on a busy
    machine (OpenBLAS threads spinning against other jobs were 17x slower).

What it writes: the file format (all little-endian)
    offset  size            field
    0       4               magic b"CTSE"
    4       4   u32         version (1)
    8       4   u32         dim D
    12      4   u32         vocab size V
    16      4   u32         [PAD] id
    20      4   u32         [UNK] id
    24      4   u32         [CLS] id
    28      4   u32         [SEP] id
    32      4   u32         max characters of a word before it is [UNK] (100)
    36      4   u32         R1: number of dropped-char ranges
    40      4   u32         R2: number of punctuation-char ranges
    44      8*R1            dropped chars, (u32 first, u32 last) inclusive,
                            sorted: control (Cc but tab, CR, LF), format (Cf),
                            private use (Co), non-spacing marks (Mn), U+FFFD
    then    8*R2            punctuation chars, same layout: ASCII punctuation
                            and Unicode P* (each becomes a word of its own)
    then    ...             V vocab strings, each u16 byte length + UTF-8
                            bytes, in id order ("##" marks continuations)
    then    4*V f32         per-row scale
    then    V*D i8          rows; row i = scale[i] * int8[i*D .. (i+1)*D]
    end of file (the reader checks that the length adds up exactly).
    A row whose scale is 0 is all zeros and does not count in a mean.
"""

import argparse
import json
import os
import struct
import sys
import time
import unicodedata

import numpy as np

# ----------------------------------------------------------------- tokenizer


def char_ranges(pred):
    """Inclusive (first, last) code point ranges of the chars where pred holds."""
    out = []
    first = None
    for cp in range(0x110000):
        if pred(cp):
            if first is None:
                first = cp
        elif first is not None:
            out.append((first, cp - 1))
            first = None
    if first is not None:
        out.append((first, 0x10FFFF))
    return out


def _dropped(cp):
    # BertNormalizer's clean_text (control, format and private-use chars,
    # U+FFFD; tab and line breaks are whitespace; unassigned chars stay and
    # make their word [UNK], as in the tokenizers library) and strip_accents
    # (non-spacing marks). Unicode version: Python's unicodedata.
    if cp in (9, 10, 13):
        return False
    if cp == 0xFFFD:
        return True
    return unicodedata.category(chr(cp)) in ("Cc", "Cf", "Co", "Mn")


def _punct(cp):
    ch = chr(cp)
    return (cp < 128 and ch in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~") or unicodedata.category(
        ch
    ).startswith("P")


class CharTable:
    def __init__(self, ranges):
        self.ranges = ranges
        self.set = set()
        for a, b in ranges:
            self.set.update(range(a, b + 1))

    def __contains__(self, cp):
        return cp in self.set


def is_cjk(cp):
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


class WordPiece:
    """BERT uncased tokenizer (BertNormalizer + BertPreTokenizer + WordPiece)."""

    def __init__(self, tokenizer_json):
        tj = json.load(open(tokenizer_json, encoding="utf-8"))
        self.vocab = tj["model"]["vocab"]
        self.max_chars = tj["model"].get("max_input_chars_per_word", 100)
        self.unk = self.vocab["[UNK]"]
        self.id_to_tok = [None] * len(self.vocab)
        for t, i in self.vocab.items():
            self.id_to_tok[i] = t
        self.drop = CharTable(char_ranges(_dropped))
        self.punct = CharTable(char_ranges(_punct))

    def words(self, text):
        """Normalise (drop control/format/private-use chars and non-spacing
        marks after NFD, lower-case) and split on whitespace, punctuation
        (each char its own word) and CJK ideographs (each its own word)."""
        out = []
        cur = []

        def flush():
            if cur:
                out.append("".join(cur))
                cur.clear()

        for ch in text:
            cp = ord(ch)
            if cp in self.drop:
                continue
            if ch.isspace():
                flush()
                continue
            if is_cjk(cp):
                flush()
                out.append(ch)
                continue
            for d in unicodedata.normalize("NFD", ch):
                if ord(d) in self.drop:
                    continue
                for c in d.lower():
                    if ord(c) in self.punct:
                        flush()
                        out.append(c)
                    elif c.isspace():
                        flush()
                    else:
                        cur.append(c)
        flush()
        return out

    def wordpiece(self, word):
        if len(word) > self.max_chars:
            return [self.unk]
        ids = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                sub = word[start:end]
                if start > 0:
                    sub = "##" + sub
                if sub in self.vocab:
                    found = self.vocab[sub]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            ids.append(found)
            start = end
        return ids

    def encode(self, text, max_tokens=None):
        ids = []
        for w in self.words(text):
            ids.extend(self.wordpiece(w))
        if max_tokens is not None:
            ids = ids[:max_tokens]
        return ids


# ------------------------------------------------------------------- encoder


def erf(x):
    # Abramowitz & Stegun 7.1.26, |error| < 1.5e-7
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (
        ((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
        + 0.254829592
    ) * t * np.exp(-a * a)
    return s * y


def gelu(x):
    return 0.5 * x * (1.0 + erf(x * np.float32(1.0 / np.sqrt(2.0))))


def layer_norm(x, w, b, eps):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


class Bert:
    def __init__(self, model_dir):
        from safetensors.numpy import load_file

        self.cfg = json.load(open(os.path.join(model_dir, "config.json")))
        w = load_file(os.path.join(model_dir, "model.safetensors"))
        self.w = {k: v.astype(np.float32) for k, v in w.items()}
        self.eps = self.cfg["layer_norm_eps"]
        self.heads = self.cfg["num_attention_heads"]
        self.layers = self.cfg["num_hidden_layers"]
        assert self.cfg["hidden_act"] == "gelu"

    def lin(self, x, name):
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def forward(self, ids, mask):
        """ids, mask: (B, L) int arrays; returns (B, L, H) last hidden state."""
        w = self.w
        B, L = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:L][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        )
        x = layer_norm(
            x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps
        )
        H = x.shape[-1]
        nh = self.heads
        hd = H // nh
        bias = ((1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q = self.lin(x, p + "attention.self.query").reshape(B, L, nh, hd).transpose(0, 2, 1, 3)
            k = self.lin(x, p + "attention.self.key").reshape(B, L, nh, hd).transpose(0, 2, 3, 1)
            v = self.lin(x, p + "attention.self.value").reshape(B, L, nh, hd).transpose(0, 2, 1, 3)
            s = (q @ k) / np.float32(np.sqrt(hd)) + bias
            s = s - s.max(-1, keepdims=True)
            e = np.exp(s)
            a = e / e.sum(-1, keepdims=True)
            ctx = (a @ v).transpose(0, 2, 1, 3).reshape(B, L, H)
            x = layer_norm(
                x + self.lin(ctx, p + "attention.output.dense"),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                self.eps,
            )
            h = gelu(self.lin(x, p + "intermediate.dense"))
            x = layer_norm(
                x + self.lin(h, p + "output.dense"),
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
                self.eps,
            )
        return x

    def embed_sentences(self, tok, texts, max_tokens=256, batch=32):
        """Sentence-transformers pooling: mean over [CLS] .. [SEP], L2 norm."""
        cls, sep = tok.vocab["[CLS]"], tok.vocab["[SEP]"]
        seqs = [[cls] + tok.encode(t, max_tokens - 2) + [sep] for t in texts]
        out = np.zeros((len(texts), self.cfg["hidden_size"]), np.float32)
        order = np.argsort([len(s) for s in seqs])
        for b in range(0, len(seqs), batch):
            idx = order[b : b + batch]
            L = max(len(seqs[i]) for i in idx)
            ids = np.zeros((len(idx), L), np.int64)
            mask = np.zeros((len(idx), L), np.int64)
            for r, i in enumerate(idx):
                ids[r, : len(seqs[i])] = seqs[i]
                mask[r, : len(seqs[i])] = 1
            h = self.forward(ids, mask)
            m = mask[..., None].astype(np.float32)
            v = (h * m).sum(1) / m.sum(1)
            out[idx] = v / np.linalg.norm(v, axis=1, keepdims=True)
        return out


# ------------------------------------------------------------- distillation


def vocab_outputs(bert, tok, cache):
    """(V, H) pooled by mean over 3 positions and (V, H) at the token position."""
    if cache and os.path.exists(cache):
        z = np.load(cache)
        return z["mean"], z["token"]
    V = len(tok.id_to_tok)
    cls, sep = tok.vocab["[CLS]"], tok.vocab["[SEP]"]
    H = bert.cfg["hidden_size"]
    mean = np.zeros((V, H), np.float32)
    token = np.zeros((V, H), np.float32)
    t0 = time.time()
    bs = 1024
    for b in range(0, V, bs):
        ids = np.arange(b, min(V, b + bs))
        x = np.stack([np.full_like(ids, cls), ids, np.full_like(ids, sep)], 1)
        h = bert.forward(x, np.ones_like(x))
        mean[ids] = h.mean(1)
        token[ids] = h[:, 1]
    dt = time.time() - t0
    print(f"vocabulary pass: {V} tokens in {dt:.1f}s ({V / dt:.0f} tokens/s)", file=sys.stderr)
    if cache:
        np.savez(cache, mean=mean, token=token)
    return mean, token


def zero_ids(tok):
    """Rows that never count: specials, [unusedN], single punctuation chars."""
    z = []
    for i, t in enumerate(tok.id_to_tok):
        if t.startswith("[") and t.endswith("]") and len(t) > 2:
            z.append(i)
        elif len(t) == 1 and ord(t) in tok.punct:
            z.append(i)
    return np.array(z, np.int64)


def build_table(raw, dim, sif_a, zero):
    x = raw - raw.mean(0, keepdims=True)
    if dim < x.shape[1]:
        # PCA by SVD of the covariance
        cov = (x.T @ x) / len(x)
        evals, evecs = np.linalg.eigh(cov)
        order = np.argsort(evals)[::-1][:dim]
        x = x @ evecs[:, order]
    x = x.astype(np.float32)
    if sif_a:
        V = len(x)
        rank = np.arange(1, V + 1, dtype=np.float64)
        # word ids from 1996 on are roughly in frequency order; the ids below
        # (unused, specials, single characters) are given the rank of a
        # mid-frequency word
        rank = np.where(rank > 1996, rank - 1996, 5000.0)
        p = (1.0 / rank) / np.sum(1.0 / rank)
        wgt = sif_a / (sif_a + p)
        x = x * wgt[:, None].astype(np.float32)
    x[zero] = 0.0
    return x


def quantise(x):
    amax = np.abs(x).max(1)
    scale = (amax / 127.0).astype(np.float32)
    safe = np.where(scale > 0, scale, 1.0)
    q = np.clip(np.round(x / safe[:, None]), -127, 127).astype(np.int8)
    return q, scale


def dequant(q, scale):
    return q.astype(np.float32) * scale[:, None]


def static_embed(table, tok, texts, max_tokens=512):
    live = np.abs(table).sum(1) > 0
    out = np.zeros((len(texts), table.shape[1]), np.float32)
    for n, t in enumerate(texts):
        ids = [i for i in tok.encode(t, max_tokens) if live[i]]
        if not ids:
            continue
        v = table[ids].mean(0)
        nv = np.linalg.norm(v)
        if nv > 0:
            out[n] = v / nv
    return out


# --------------------------------------------------------------- evaluation

# (quote, its paraphrase or another English translation) -- written for this
# check; topics overlap on purpose (war, grain, prices) so that retrieval is
# not trivial.
PAIRS = [
    ('"We will not negotiate with terrorists under any circumstances," the minister said.',
     "The minister said that under no circumstances would they negotiate with terrorists."),
    ('"The price of bread has doubled since January and families cannot cope."',
     "Bread now costs twice what it did in January, and households are struggling to manage."),
    ('"Our troops have liberated the village and are advancing further east."',
     '"Our soldiers freed the village and continue to push eastwards."'),
    ('"Inflation will fall below three percent by the end of next year."',
     '"By the close of next year, inflation is going to drop under 3%."'),
    ('"The factory will close in March, and four hundred workers will lose their jobs."',
     "Some 400 employees are set to be laid off when the plant shuts down in March."),
    ('"We have no plans to raise taxes on working families."',
     '"There is no intention to increase the tax burden on ordinary working households."'),
    ('"The hospital is overwhelmed; we have run out of beds and oxygen."',
     '"The clinic cannot cope any more: there are no free beds and no oxygen left."'),
    ('"The election was neither free nor fair," the observers concluded.',
     "Observers said the vote had been neither fair nor free."),
    ('"Sanctions are hurting ordinary people far more than the elite."',
     '"The restrictions hit common citizens much harder than the ruling class."'),
    ('"We call on both sides to cease fire immediately and return to talks."',
     '"Both parties must stop shooting at once and come back to the negotiating table."'),
    ('"The flood destroyed more than two thousand homes in the region."',
     '"Over 2,000 houses across the area were wiped out by the floodwaters."'),
    ('"I did not receive any money from the company, and I never met its owner."',
     '"I never took a penny from that firm, nor have I ever met the man who owns it."'),
    ('"The vaccine is safe and effective for children over five."',
     '"For kids older than five years, the jab is both safe and works well."'),
    ('"Energy prices will remain high throughout the winter."',
     '"Electricity and gas will stay expensive all winter long."'),
    ('"The enemy shelled the city overnight, killing three civilians."',
     '"Three peaceful residents died when the enemy bombarded the town during the night."'),
    ('"Our country will never give up its territory."',
     '"We shall never surrender our land."'),
    ('"The central bank decided to keep interest rates unchanged."',
     "Rates were left where they were by the central bank."),
    ('"The police arrested twelve protesters outside parliament on Tuesday."',
     "A dozen demonstrators were detained in front of the parliament building on Tuesday."),
    ('"The drought has ruined this year\'s wheat harvest."',
     "\"This season's grain crop has been destroyed by the lack of rain.\""),
    ('"We are ready to export grain through the Black Sea if our ships are safe."',
     '"Grain shipments across the Black Sea can go ahead once the security of our vessels is guaranteed."'),
]


def pair_figures(emb):
    """emb: (40, D) rows 2i, 2i+1 are a pair. Mean cosine of the 20 pairs, of
    20 mismatched pairs (i's quote with i+1's paraphrase), and the share of
    the 40 sentences whose nearest other sentence is their partner."""
    n = len(PAIRS)
    sims = emb @ emb.T
    pos = np.mean([sims[2 * i, 2 * i + 1] for i in range(n)])
    neg = np.mean([sims[2 * i, 2 * ((i + 1) % n) + 1] for i in range(n)])
    np.fill_diagonal(sims, -np.inf)
    hit = np.mean([np.argmax(sims[j]) == (j ^ 1) for j in range(2 * n)])
    return pos, neg, hit


def corpus_sentences(d, limit=600, seed=7):
    import re

    files = []
    for root, _, names in os.walk(d):
        files += [os.path.join(root, f) for f in names if f.endswith(".txt") and f != "README.TXT"]
    files.sort()
    rng = np.random.default_rng(seed)
    rng.shuffle(files)
    sents = []
    for f in files:
        text = open(f, encoding="utf-8", errors="replace").read()
        for s in re.split(r"(?<=[.!?])\s+", text):
            s = " ".join(s.split())
            if 40 <= len(s) <= 300:
                sents.append(s)
                break
        if len(sents) >= limit:
            break
    return sents


def spearman(a, b):
    ra = np.argsort(np.argsort(a))
    rb = np.argsort(np.argsort(b))
    return np.corrcoef(ra, rb)[0, 1]


def write_table(path, tok, q, scale):
    """Writes int8 rows `q` (V x D) with their row scales in the format
    above (also used by scripts/tokenlearn-static-embeddings.py)."""
    V, D = q.shape
    specials = [tok.vocab[t] for t in ("[PAD]", "[UNK]", "[CLS]", "[SEP]")]
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb") as f:
        f.write(b"CTSE")
        dropped, punct = tok.drop.ranges, tok.punct.ranges
        f.write(struct.pack("<10I", 1, D, V, *specials, tok.max_chars, len(dropped), len(punct)))
        for a, b in dropped + punct:
            f.write(struct.pack("<2I", a, b))
        for t in tok.id_to_tok:
            b = t.encode("utf-8")
            f.write(struct.pack("<H", len(b)))
            f.write(b)
        f.write(scale.astype("<f4").tobytes())
        f.write(q.astype(np.int8).tobytes())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="models/all-minilm-l6-v2")
    ap.add_argument("--dim", type=int, default=256)
    ap.add_argument("--pool", choices=["mean", "token"], default="mean")
    ap.add_argument("--sif-a", type=float, default=1e-3)
    ap.add_argument("--out", default="crates/claimtrace-trace/model/static-embeddings.bin")
    ap.add_argument("--cache", default="/tmp/claimtrace-vocab-outputs.npz")
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--corpus", default=None, help="folder of .txt for the correlation check")
    args = ap.parse_args()

    tok = WordPiece(os.path.join(args.model, "tokenizer.json"))
    bert = Bert(args.model)

    texts = [s for p in PAIRS for s in p]
    full = bert.embed_sentences(tok, texts)
    pos, neg, hit = pair_figures(full)
    print(f"full MiniLM (numpy): pairs {pos:.3f}  mismatched {neg:.3f}  nearest-is-partner {hit:.3f}")

    corpus, full_c, iu = None, None, None
    if args.corpus:
        corpus = corpus_sentences(args.corpus)
        t0 = time.time()
        full_c = bert.embed_sentences(tok, corpus)
        print(f"full MiniLM on {len(corpus)} corpus sentences: {time.time() - t0:.1f}s", file=sys.stderr)
        iu = np.triu_indices(len(corpus), 1)

    raw_mean, raw_token = vocab_outputs(bert, tok, args.cache)
    zero = zero_ids(tok)

    def report(name, table):
        e = static_embed(table, tok, texts)
        pos, neg, hit = pair_figures(e)
        line = f"{name:40s} pairs {pos:.3f}  mismatched {neg:.3f}  gap {pos - neg:.3f}  nearest-is-partner {hit:.3f}"
        if corpus is not None:
            ec = static_embed(table, tok, corpus)
            rho = spearman((ec @ ec.T)[iu], (full_c @ full_c.T)[iu])
            line += f"  spearman-vs-full {rho:.3f}"
        print(line)

    if args.compare:
        for pool, raw in (("mean", raw_mean), ("token", raw_token)):
            for dim in (384, 256, 128):
                for a in (None, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4):
                    report(f"pool={pool} dim={dim} sif_a={a}", build_table(raw, dim, a, zero))

    raw = raw_mean if args.pool == "mean" else raw_token
    table = build_table(raw, args.dim, args.sif_a, zero)
    q, scale = quantise(table)
    report(f"chosen float pool={args.pool} dim={args.dim} a={args.sif_a}", table)
    report("chosen int8", dequant(q, scale))

    write_table(args.out, tok, q, scale)
    V, D = q.shape
    print(f"wrote {args.out}: {os.path.getsize(args.out)} bytes (V={V}, D={D})")


if __name__ == "__main__":
    main()
