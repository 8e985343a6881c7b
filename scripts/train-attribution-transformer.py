#!/usr/bin/env python3
"""Trains the attribution transformer of `--quotes transformer`:
all-MiniLM-L6-v2 with low-rank adapters (LoRA) and an output layer, tagging
source, cue and content (B/I tags over word pieces, as the Rust tagger
reads them) on PolNeAR train. The shipped adapters,
crates/claimtrace-embed/model/attribution-lora.safetensors (2.7 MB), were
made with:

    scripts/train-attribution-transformer.py --base models/all-minilm-l6-v2 \
        --train ../shared/eval/quotes/polnear_train.jsonl \
        --dev ../shared/eval/quotes/polnear_dev.jsonl \
        --lora 32 --lr 1e-3 --epochs 8 \
        --save-adapter crates/claimtrace-embed/model/attribution-lora.safetensors

then a rebuild with `--features semantic` (the adapters are embedded at
compile time; the base weights come from `scripts/fetch-model.sh`).

Needs: torch, transformers, safetensors and numpy (pip), and a GPU for
comfort: on one H200 the run above takes about 90 s; on a CPU, hours.
GPU training is not bit-deterministic: another run gives adapters whose
dev scores differ by about 0.005.

`--dev` only prints rough scores after each epoch (content F1 at 0.8 and
cue F1, a little stricter than `claimtrace eval quotes`).

With `--unlabelled FILE --out FILE` it also labels unlabelled articles
(JSONL with a "text" per line, e.g. `claimtrace analyze ... --format
jsonl`) in PolNeAR format, for `claimtrace train quotes --silver`: training
the linear tagger on such labels was tried and lowered its recall (see
docs/evaluation.md). Files may be gzipped.
"""

import argparse
import gzip
import json
import math
import random
import re
import sys
import time

import numpy as np
import torch
import torch.nn as nn
from safetensors.torch import load_file
from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

# Training windows overlap by half; reading (as the Rust tagger does)
# steps 192 pieces, keeps no inside tag after a line break, and drops
# contents whose mean probability is under MIN_CONTENT_CONFIDENCE (see
# crates/claimtrace-embed/src/attribution.rs and docs/evaluation.md).
WINDOW, STRIDE, READ_STRIDE = 254, 128, 192
MIN_CONTENT_CONFIDENCE = 0.75
CLS, SEP, PAD = 101, 102, 0
# Tags as in crates/claimtrace-quote/src/tagger/model.rs.
O, B_SOURCE, B_CUE, B_CONTENT = 0, 1, 3, 5
ROLE_BEGIN = {1: B_SOURCE, 2: B_CUE, 3: B_CONTENT}
ROLE_NAME = {1: "source", 2: "cue", 3: "content"}
WORD = re.compile(r"\w+(?:[’']\w+)*")


def log(t0, *a):
    print(f"[{time.time() - t0:7.1f}s]", *a, file=sys.stderr, flush=True)


def read_jsonl(path, limit=0):
    opener = gzip.open if path.endswith(".gz") else open
    out = []
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"train-attribution-transformer.py: {path} line {n}: {e}")
            if limit and len(out) >= limit:
                break
    return out


class Tagger(nn.Module):
    def __init__(self, base):
        super().__init__()
        cfg = BertConfig.from_json_file(f"{base}/config.json")
        self.bert = BertModel(cfg, add_pooling_layer=False)
        weights = {k.removeprefix("bert."): v.float() for k, v in load_file(f"{base}/model.safetensors").items()}
        self.bert.load_state_dict(weights, strict=False)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(cfg.hidden_size, 7)

    def forward(self, ids, mask):
        h = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
        return self.out(self.drop(h))


def char_roles(doc):
    """Role (0 none, 1 source, 2 cue, 3 content) and attribution of each
    character; the first role given to a character wins."""
    n = len(doc["text"])
    role, owner = [0] * n, [-1] * n
    for k, a in enumerate(doc.get("attributions", [])):
        for r, name in ((2, "cue"), (1, "source"), (3, "content")):
            for part in a.get(name, []):
                for s, e in part.get("spans", []):
                    for c in range(max(0, s), min(n, e)):
                        if role[c] == 0:
                            role[c], owner[c] = r, k
    return role, owner


def piece_tags(doc, offsets):
    role, owner = char_roles(doc)
    tags, prev = [], None
    for s, _ in offsets:
        key = (role[s], owner[s]) if s < len(role) else (0, -1)
        if key[0] == 0:
            tags.append(O)
        else:
            tags.append(ROLE_BEGIN[key[0]] + (1 if key == prev else 0))
        prev = key
    return tags


def windows(n, stride=None):
    stride = stride or STRIDE
    return [(s, min(n, s + WINDOW)) for s in range(0, max(1, n - WINDOW + stride), stride)]


def set_window(pieces):
    """Windows of `pieces` word pieces (at most 510), overlapping by half."""
    global WINDOW, STRIDE, READ_STRIDE
    WINDOW, STRIDE = pieces, max(1, pieces // 2 + 1)
    READ_STRIDE = max(1, round(pieces * 192 / 254))


def batch(items, device):
    width = max(len(x) for x, _ in items) + 2
    ids = torch.full((len(items), width), PAD, dtype=torch.long)
    mask = torch.zeros((len(items), width), dtype=torch.long)
    labels = torch.full((len(items), width), -100, dtype=torch.long)
    for b, (x, y) in enumerate(items):
        seq = [CLS] + x + [SEP]
        ids[b, : len(seq)] = torch.tensor(seq)
        mask[b, : len(seq)] = 1
        if y is not None:
            labels[b, 1 : 1 + len(y)] = torch.tensor(y)
    return ids.to(device), mask.to(device), labels.to(device)


def allowed(prev, tag):
    return tag in (O, B_SOURCE, B_CUE, B_CONTENT) or prev in (tag - 1, tag)


TRANSITIONS = np.array([[0.0 if allowed(p, t) else -1e4 for t in range(7)] for p in range(7)])
START = np.array([0.0 if t in (O, B_SOURCE, B_CUE, B_CONTENT) else -1e4 for t in range(7)])


def viterbi(logp, after_break=()):
    """The best path; `after_break[i]`: piece i begins a line, so no inside
    tag may follow into it."""
    score = logp[0] + START
    back = []
    for i, row in enumerate(logp[1:], start=1):
        cand = score[:, None] + (START[None, :] if i < len(after_break) and after_break[i] else TRANSITIONS)
        arg = cand.argmax(0)
        score = cand[arg, np.arange(7)] + row
        back.append(arg)
    tag = int(score.argmax())
    path = [tag]
    for arg in reversed(back):
        tag = int(arg[tag])
        path.append(tag)
    return path[::-1]


@torch.no_grad()
def predict(model, tok, docs, device):
    """Spans [role, start, end] (code points) of each document."""
    model.eval()
    out = []
    for d in docs:
        enc = tok(d["text"], add_special_tokens=False, return_offsets_mapping=True)
        ids, offsets = enc["input_ids"], enc["offset_mapping"]
        n = len(ids)
        if n == 0:
            out.append([])
            continue
        acc, weight = np.zeros((n, 7)), np.zeros((n, 1))
        ws = windows(n, READ_STRIDE)
        for k in range(0, len(ws), 64):
            chunk = ws[k : k + 64]
            bi, bm, _ = batch([(ids[a:b], None) for a, b in chunk], device)
            with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logp = model(bi, bm).float().log_softmax(-1).cpu().numpy()
            for j, (a, b) in enumerate(chunk):
                # A piece counts most from the window where it sits centrally.
                pos = np.arange(b - a, dtype=np.float64)
                w = 1.0 + np.minimum(pos, (b - a - 1) - pos)[:, None]
                acc[a:b] += logp[j, 1 : 1 + b - a] * w
                weight[a:b] += w
        out.append(decode(d["text"], offsets, acc / weight))
    model.train()
    return out


def decode(text, offsets, logp):
    """Spans [role, start, end] from averaged log-probabilities, as
    AttributionTagger::spans decodes them."""
    after_break = [False] + ["\n" in text[offsets[j - 1][1] : offsets[j][0]] for j in range(1, len(offsets))]
    probs = np.exp(logp)
    spans = []
    for j, tag in enumerate(viterbi(logp, after_break)):
        if tag == O:
            continue
        r = (tag + 1) // 2
        s, e = offsets[j]
        p = probs[j, ROLE_BEGIN[r]] + probs[j, ROLE_BEGIN[r] + 1]
        if tag % 2 == 1 or not spans or spans[-1][0] != r or spans[-1][3] != j - 1:
            spans.append([r, s, e, j, [p]])
        else:
            spans[-1][2], spans[-1][3] = e, j
            spans[-1][4].append(p)
    return [sp[:3] for sp in spans if sp[0] != 3 or np.mean(sp[4]) >= MIN_CONTENT_CONFIDENCE]


def words(text, spans):
    s = set()
    for a, b in spans:
        s |= {m.start() + a for m in WORD.finditer(text[a:b])}
    return s


def rough_scores(docs, preds):
    """Content F1 at 0.8 overlap (content grouped with its nearest cue) and
    cue F1: a quick check, a little stricter than `claimtrace eval quotes`."""
    tp = npred = ngold = ctp = ncue = ngcue = 0
    for d, spans in zip(docs, preds):
        text = d["text"]
        gold = []
        for a in d.get("attributions", []):
            g = words(text, [tuple(x) for c in a.get("content", []) for x in c["spans"]])
            if g:
                gold.append((g, [tuple(x) for c in a.get("cue", []) for x in c["spans"]]))
        cues = sorted({(s, e) for r, s, e in spans if r == 2})
        groups = {}
        for r, s, e in spans:
            if r == 3:
                key = min(range(len(cues)), key=lambda k: min(abs(cues[k][0] - e), abs(s - cues[k][1])), default=-1 - s)
                groups.setdefault(key, []).append((s, e))
        pred = [p for p in (words(text, v) for v in groups.values()) if p]
        used = set()
        for g, _ in gold:
            best, bo = None, 0.0
            for j, p in enumerate(pred):
                o = len(g & p) / max(len(g), len(p))
                if j not in used and o > bo:
                    best, bo = j, o
            if best is not None and bo >= 0.8:
                tp += 1
                used.add(best)
        used = set()
        for _, gc in gold:
            for j, (s, e) in enumerate(cues):
                if j not in used and any(s < y and e > x for x, y in gc):
                    used.add(j)
                    ctp += 1
                    break
        npred, ngold, ncue, ngcue = npred + len(pred), ngold + len(gold), ncue + len(cues), ngcue + len(gold)
    f1 = lambda t, p, g: 2 * t / (p + g) if p + g else 0.0
    return f1(tp, npred, ngold), f1(ctp, ncue, ngcue)


class LoRALinear(nn.Module):
    """A frozen linear layer plus a trained low-rank update B A (scale 2)."""

    def __init__(self, base, rank):
        super().__init__()
        self.base = base
        self.a = nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
        self.b = nn.Parameter(torch.zeros(base.out_features, rank))
        self.drop = nn.Dropout(0.05)

    def forward(self, x):
        return self.base(x) + (self.drop(x) @ self.a.t() @ self.b.t()) * 2.0


def add_lora(bert, rank):
    """Freezes the encoder and puts low-rank updates on every query, key,
    value and dense layer."""
    for p in bert.parameters():
        p.requires_grad = False
    targets = [n for n, m in bert.named_modules() if isinstance(m, nn.Linear) and n.split(".")[-1] in ("query", "key", "value", "dense")]
    for name in targets:
        parent = bert.get_submodule(name.rsplit(".", 1)[0])
        leaf = name.rsplit(".", 1)[1]
        setattr(parent, leaf, LoRALinear(getattr(parent, leaf), rank))


def save_adapter(model, rank, path):
    """Low-rank updates as `<base weight name>.lora_a` [r, in] and
    `.lora_b` [out, r] with the scale folded into B (W' = W + B A), in f16, and
    the output layer as `classifier.weight` / `classifier.bias`, in f32."""
    from safetensors.torch import save_file

    out = {}
    for name, mod in model.bert.named_modules():
        if isinstance(mod, LoRALinear):
            out[name + ".weight.lora_a"] = mod.a.detach().half().cpu().contiguous()
            out[name + ".weight.lora_b"] = (mod.b.detach().float() * 2.0).half().cpu().contiguous()
    out["classifier.weight"] = model.out.weight.detach().float().cpu().contiguous()
    out["classifier.bias"] = model.out.bias.detach().float().cpu().contiguous()
    save_file(out, path, metadata={"rank": str(rank), "labels": "O B-source I-source B-cue I-cue B-content I-content"})


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="all-MiniLM-L6-v2 folder (scripts/fetch-model.sh)")
    ap.add_argument("--train", required=True, help="PolNeAR JSONL to learn from")
    ap.add_argument("--dev", help="PolNeAR JSONL to report rough scores on after each epoch")
    ap.add_argument("--unlabelled", help="JSONL of articles to label")
    ap.add_argument("--out", help="where to write the silver JSONL (PolNeAR format)")
    ap.add_argument("--lora", type=int, default=0, help="train low-rank adapters of this rank instead of all weights")
    ap.add_argument("--save-adapter", help="write the adapters and the output layer (safetensors) here (needs --lora)")
    ap.add_argument("--dev-out", help="write the dev predictions (JSONL of [role, start, end] spans) here")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--window", type=int, default=WINDOW, help="word pieces per window (the Rust side reads 254, the default)")
    ap.add_argument("--min-chars", type=int, default=200, help="skip shorter unlabelled texts")
    args = ap.parse_args()
    if args.unlabelled and not args.out:
        ap.error("--unlabelled needs --out")
    if args.save_adapter and not args.lora:
        ap.error("--save-adapter needs --lora (the adapters are what it saves)")

    t0 = time.time()
    set_window(min(510, max(8, args.window)))
    torch.manual_seed(1)
    random.seed(1)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    tok = PreTrainedTokenizerFast(tokenizer_file=f"{args.base}/tokenizer.json")
    model = Tagger(args.base)
    if args.lora:
        add_lora(model.bert, args.lora)
    model = model.to(device)
    train = read_jsonl(args.train)
    dev = read_jsonl(args.dev) if args.dev else []
    items = []
    for d in train:
        enc = tok(d["text"], add_special_tokens=False, return_offsets_mapping=True)
        tags = piece_tags(d, enc["offset_mapping"])
        items += [(enc["input_ids"][a:b], tags[a:b]) for a, b in windows(len(enc["input_ids"]))]
    log(t0, f"{device}: {len(train)} training articles, {len(items)} windows")

    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=0.01)
    steps = args.epochs * math.ceil(len(items) / args.batch)
    warm = max(1, steps // 16)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm)))
    )
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    for epoch in range(args.epochs):
        random.shuffle(items)
        total = 0.0
        for k in range(0, len(items), args.batch):
            ids, mask, labels = batch(items[k : k + args.batch], device)
            with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logits = model(ids, mask)
            loss = loss_fn(logits.float().reshape(-1, 7), labels.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += float(loss.detach())
        line = f"epoch {epoch + 1}: loss {total / max(1, math.ceil(len(items) / args.batch)):.4f}"
        if dev:
            c80, cue = rough_scores(dev, predict(model, tok, dev, device))
            line += f", dev content F1 at 0.8 {c80:.3f}, cue F1 {cue:.3f} (rough)"
        log(t0, line)

    if args.dev_out and dev:
        with open(args.dev_out, "w") as f:
            for spans in predict(model, tok, dev, device):
                f.write(json.dumps({"spans": spans}) + "\n")
    if args.save_adapter:
        save_adapter(model, args.lora, args.save_adapter)
        log(t0, f"wrote {args.save_adapter}")
    if not args.unlabelled:
        return
    unlabelled = [d for d in read_jsonl(args.unlabelled) if len(d.get("text", "")) >= args.min_chars]
    preds = predict(model, tok, unlabelled, device)
    opener = gzip.open if args.out.endswith(".gz") else open
    with opener(args.out, "wt", encoding="utf-8") as f:
        for n, (d, spans) in enumerate(zip(unlabelled, preds)):
            # One attribution per span: the linear tagger learns tags, and
            # a span's first token is its B tag either way.
            atts = [{ROLE_NAME[r]: [{"spans": [[s, e]]}]} for r, s, e in spans]
            f.write(json.dumps({"id": str(d.get("id") or n), "text": d["text"], "attributions": atts}) + "\n")
    log(t0, f"labelled {len(unlabelled)} articles into {args.out}")


if __name__ == "__main__":
    main()
