#!/usr/bin/env python3
"""Writes a deterministic corpus of plain-text news articles for measuring
`parallax add` end to end at scale.

    python3 benches/gen_corpus.py DIR N [--seed S]
    target/release/parallax --library /tmp/lib.db add DIR

N articles about ~N/8.5 events (1 to 24 articles each, most between 4 and
12), each a front-matter block (Outlet, Date, URL, Title) and 2-4 KB of prose,
one file per article named in order of publication (so events interleave as
they do in a feed). Words come from the lexicon parallax ships
(`assets/lexicon/frequency.txt`, wordfreq), drawn by their real frequency; an
event has its own names (made of syllables), topical words, numbers and a
handful of fact sentences that its articles restate in their own words, so
grouping has real work. Events are spread over N/300 days (about 35 a day).
`DIR/.events.tsv` (hidden, so `add` skips it) maps each file to its event, for checking the grouping.
Nothing here comes from any story or data set parallax is measured on.
"""

import argparse
import datetime
import itertools
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "assets", "lexicon", "frequency.txt")
SYLLABLES = (
    "ka ro va ne mi tor sel ban dru lo zet har qu is om pel gra shi ten ul "
    "bri cas den fal gor hel jan kir lum mor nav ost pra rin sud tav vel win yor zan"
).split()
OUTLET_WORDS = "Daily Herald Times Post Tribune Chronicle Gazette Observer Wire News Journal Courier".split()


def load_words():
    """Every word of the lexicon with its frequency (10^zipf)."""
    words, weights = [], []
    with open(LEXICON, encoding="utf-8") as f:
        for line in f:
            zipf, _, listed = line.rstrip("\n").partition("\t")
            weight = 10 ** (int(zipf) / 100)
            for w in listed.split():
                words.append(w)
                weights.append(weight)
    return words, list(itertools.accumulate(weights))


class Corpus:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.words, self.cum = load_words()
        self.total = self.cum[-1]
        # Topical words: neither the commonest nor the rarest.
        self.topical = self.words[1500:25000]

    def background(self, k):
        """k words drawn by their frequency in English."""
        return self.rng.choices(self.words, cum_weights=self.cum, k=k)

    def name(self):
        n = self.rng.choice((2, 2, 3))
        return "".join(self.rng.choice(SYLLABLES) for _ in range(n)).capitalize()

    def outlet(self, i):
        r = random.Random(i)
        return f"The {r.choice(SYLLABLES).capitalize()}{r.choice(SYLLABLES)} {r.choice(OUTLET_WORDS)}"

    def sentence(self, key_words, share):
        """One sentence of background prose with some of `key_words` mixed in."""
        n = self.rng.randint(14, 30)
        words = self.background(n)
        for w in self.rng.sample(key_words, min(len(key_words), max(1, int(n * share)))):
            words.insert(self.rng.randrange(len(words) + 1), w)
        words[0] = words[0].capitalize()
        if self.rng.random() < 0.4:
            at = self.rng.randrange(3, len(words))
            words[at] = words[at] + ","
        return " ".join(words) + "."

    def event(self, day):
        people = [f"{self.name()} {self.name()}" for _ in range(2)]
        place = self.name()
        topic = self.rng.sample(self.topical, 5)
        numbers = [str(self.rng.randint(2, 5000)) for _ in range(2)]
        keys = people + [place] + topic + numbers
        facts = [self.sentence(keys, 0.25) for _ in range(10)]
        return {"day": day, "keys": keys, "facts": facts, "topic": topic, "place": place}

    def article(self, event, outlet):
        """Title and paragraphs of one outlet's article about `event`."""
        keys = event["keys"]
        title_words = self.rng.sample(keys[:8], 3) + self.background(self.rng.randint(3, 6))
        self.rng.shuffle(title_words)
        title = " ".join(title_words)
        title = title[0].upper() + title[1:]
        sentences = []
        for fact in self.rng.sample(event["facts"], self.rng.randint(3, 7)):
            words = fact.split()
            # Restated: a few words changed, as outlets do.
            for _ in range(self.rng.randint(1, 4)):
                at = self.rng.randrange(len(words))
                words[at] = self.background(1)[0]
            sentences.append(" ".join(words).rstrip(".") + ".")
        target = self.rng.randint(2000, 4000)
        while sum(len(s) + 1 for s in sentences) < target:
            sentences.append(self.sentence(keys, 0.08 if self.rng.random() < 0.5 else 0.0))
        self.rng.shuffle(sentences)
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        return title, paragraphs


def articles_per_event(rng):
    """1 to 24, mean about 8.5."""
    return max(1, min(24, round(rng.lognormvariate(1.95, 0.55))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    corpus = Corpus(args.seed)
    rng = corpus.rng
    days = max(1, args.n // 300)
    start = datetime.datetime(2025, 1, 1)
    planned = []  # (time, event index, outlet)
    events = []
    while len(planned) < args.n:
        e = len(events)
        event = corpus.event(rng.randrange(days))
        events.append(event)
        outlets = rng.sample(range(60), min(24, articles_per_event(rng)))
        for outlet in outlets:
            offset = datetime.timedelta(hours=rng.expovariate(1 / 20))
            when = start + datetime.timedelta(days=event["day"], seconds=rng.randrange(86400)) + offset
            planned.append((when, e, outlet))
    planned = sorted(planned[: args.n])
    os.makedirs(args.dir, exist_ok=True)
    width = len(str(args.n))
    with open(os.path.join(args.dir, ".events.tsv"), "w", encoding="utf-8") as index:
        for i, (when, e, outlet) in enumerate(planned):
            title, paragraphs = corpus.article(events[e], outlet)
            name = f"{i:0{width}d}.txt"
            host = corpus.outlet(outlet).lower().replace("the ", "").replace(" ", "-")
            url = f"https://{host}.example/{when:%Y/%m/%d}/{i}"
            text = (
                f"Outlet: {corpus.outlet(outlet)}\nDate: {when:%Y-%m-%dT%H:%M:%S}\nURL: {url}\n"
                f"Title: {title}\n---\n{title}\n\n" + "\n\n".join(paragraphs) + "\n"
            )
            with open(os.path.join(args.dir, name), "w", encoding="utf-8") as f:
                f.write(text)
            index.write(f"{name}\t{e}\n")
    print(f"{args.n} articles about {len(set(e for _, e, _ in planned))} events in {args.dir}")


if __name__ == "__main__":
    main()
