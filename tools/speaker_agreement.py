#!/usr/bin/env python3
"""Speaker agreement of `factcheck extract --format=jsonl` output with gold
that names speakers by their surface mention.

usage: speaker_agreement.py GOLD.jsonl PRED.jsonl [--coverage 0.3] [-v]

Pairs predicted and gold quotes as score_quotes.py --coverage does (the
prediction covers at least T of the gold quote's words; pairs best first,
one to one), then compares the speaker of every pair whose gold names one
two ways:

  strict   every word of the gold name is in the predicted name (the rule of
           score_quotes.py, honorifics dropped);
  same     the predicted full name's words are all in the gold mention, or
           the reverse: "Jim Clyburn" for "Rep. Jim Clyburn (D-S.C.), the
           assistant leader of the Democratic caucus", "Patrick McGinley"
           for "Mr. McGinley, the law professor".

Gold sets such as PolNeAR write the mention with its title and appositive,
where quotecheck gives the name in `speaker.name` and the title apart, so
`strict` counts many right attributions wrong; `same` shows how often the
person is the gold's. With -v, every pair that differs under `same` is
listed.
"""
import argparse
import collections
import json
import re
import unicodedata

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
              "prof", "professor", "the", "a", "an"}


def words(s):
    s = unicodedata.normalize("NFKC", s or "").lower().replace("\u2019", "'")
    return re.findall(r"[\w']+", s)


def name_words(s):
    return {w.strip(".") for w in words(s)} - HONORIFICS


def coverage(pred, gold):
    cp, cg = collections.Counter(pred), collections.Counter(gold)
    return sum((cp & cg).values()) / len(gold) if gold else 0.0


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def article_id(rec):
    a = rec.get("article")
    v = (a.get("id") or "") if isinstance(a, dict) else (a or "")
    return v.rsplit("/", 1)[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--coverage", type=float, default=0.3)
    ap.add_argument("--verbose", "-v", action="store_true")
    a = ap.parse_args()
    gold = {g["article"].rsplit("/", 1)[-1]: g for g in load(a.gold)}
    pred = {article_id(r): r for r in load(a.pred)}
    count = collections.Counter()
    differ = []
    for aid, g in gold.items():
        pq = pred.get(aid, {}).get("quotes", []) or []
        gq = g.get("quotes", [])
        pairs = []
        for i, x in enumerate(pq):
            wx = words(x.get("text", ""))
            for j, y in enumerate(gq):
                d = coverage(wx, words(y["text"]))
                if d >= a.coverage:
                    pairs.append((d, i, j))
        pairs.sort(reverse=True)
        used_p, used_g = set(), set()
        for _, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            y = gq[j]
            if y.get("optional") or not y.get("speaker"):
                continue
            kind = y["kind"]
            got = (pq[i].get("speaker") or {}).get("name") or ""
            gw, pw = name_words(y["speaker"]), name_words(got)
            count[kind + ".pairs"] += 1
            if gw and gw <= pw:
                count[kind + ".strict"] += 1
            if pw and (pw <= gw or gw <= pw):
                count[kind + ".same"] += 1
            else:
                differ.append((aid, kind, got, y["speaker"], y["text"][:60]))
    for kind in ("direct", "indirect"):
        n = count[kind + ".pairs"]
        if not n:
            continue
        print(f"{kind:9s} pairs with a gold speaker={n}  "
              f"strict={count[kind + '.strict'] / n:.3f}  "
              f"same={count[kind + '.same'] / n:.3f}")
    if a.verbose:
        for aid, kind, got, want, text in differ:
            print(f"  {aid} [{kind}]: got {got!r}, gold {want!r}: {text!r}")


if __name__ == "__main__":
    main()
