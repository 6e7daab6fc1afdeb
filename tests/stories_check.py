#!/usr/bin/env python3
"""Scores a `factcheck check --format=json` report against labelled figure pairs.

The labels (tests/testdata/check/stories_labels.json) name, for stories each
told by three outlets, pairs of figures as written in two articles of one
story, "agree" or "differs". Prints three figures:
  agree found      agreeing pairs whose two claims are in one CONSISTENT finding
  differs found    disagreeing pairs whose two claims are in one CONFLICT or
                   DIFFERS finding
  CONFLICT precision  CONFLICT findings holding both claims of a "differs" pair,
                   over all CONFLICT findings
and every miss with what the report did with it. With --min_* floors it exits 1
when a figure falls below one, when a CONFLICT joins articles of different
stories, when a story's articles are not in one Story of the report, or when
one Story holds articles of two stories.

A pair may say its kind ("date"; a figure by default); the agreeing pairs
found are also printed by kind. A label side is [article id, figure as written] or [..., n] for the n-th
occurrence (1-based) of the figure in the text; a claim stands for it when the
claim is of that article, its text contains the figure and its span (in code
points) overlaps that occurrence.

Usage: stories_check.py REPORT.json ARTICLES.jsonl LABELS.json
           [--min_agree=F] [--min_differs=F] [--min_conflict_precision=F]
"""

import argparse
import json
import re
import sys


def occurrence(text, figure, n):
  """Code-point range of the n-th occurrence of figure as a whole figure."""
  pattern = r"(?<![\w.,])" + re.escape(figure) + r"(?![\w]|[.,]\d)"
  found = [m.span() for m in re.finditer(pattern, text)]
  if len(found) < n:
    return None
  return found[n - 1]


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("report")
  ap.add_argument("articles")
  ap.add_argument("labels")
  ap.add_argument("--min_agree", type=float, default=0.0)
  ap.add_argument("--min_differs", type=float, default=0.0)
  ap.add_argument("--min_conflict_precision", type=float, default=0.0)
  args = ap.parse_args()

  with open(args.report, encoding="utf-8") as f:
    report = json.load(f)
  articles = {}
  with open(args.articles, encoding="utf-8") as f:
    for line in f:
      if line.strip():
        a = json.loads(line)
        articles[a["id"]] = a
  with open(args.labels, encoding="utf-8") as f:
    labels = json.load(f)

  problems = []
  story_of = {}
  for story, ids in labels["stories"].items():
    for aid in ids:
      story_of[aid] = story

  # Each label side as (article id, figure, code-point range).
  def side(ref):
    aid, figure = ref[0], ref[1]
    n = ref[2] if len(ref) > 2 else 1
    if aid not in articles:
      problems.append("label names no article: %s" % aid)
      return None
    span = occurrence(articles[aid]["text"], figure, n)
    if span is None:
      problems.append("%s: %r (occurrence %d) not in the text" % (aid, figure, n))
      return None
    return (aid, figure, span)

  def matches(claim, s):
    aid, figure, (begin, end) = s
    cs = claim.get("charSpan", {})
    return (claim.get("articleId") == aid and figure in claim.get("text", "") and
            cs.get("begin", 0) < end and begin < cs.get("end", 0))

  findings = [f for f in report.get("findings", [])
              if f.get("kind") == "QUANTITY_CHECK"]
  all_claims = [c for f in findings for c in f.get("claims", [])]

  def where(s):
    """Findings (index) holding a claim for side s."""
    return [i for i, f in enumerate(findings)
            if any(matches(c, s) for c in f.get("claims", []))]

  def describe(s):
    idx = where(s)
    if not idx:
      return "%s %r: in no finding" % (s[0], s[1])
    return "%s %r: %s" % (s[0], s[1], ", ".join(
        "%s[%s/%s]" % (findings[i]["verdict"], findings[i].get("rule", ""),
                       findings[i].get("subject", "")) for i in idx))

  pairs = []
  for p in labels["pairs"]:
    a, b = side(p["a"]), side(p["b"])
    if a is None or b is None:
      continue
    if story_of.get(a[0]) != story_of.get(b[0]) or a[0] == b[0]:
      problems.append("pair not across outlets of one story: %s %s" % (a[0], b[0]))
    pairs.append((a, b, p["label"], p.get("kind", "figure")))

  def together(a, b, verdicts):
    return any(f["verdict"] in verdicts and
               any(matches(c, a) for c in f.get("claims", [])) and
               any(matches(c, b) for c in f.get("claims", []))
               for f in findings)

  agree_n = agree_found = differs_n = differs_found = 0
  by_kind = {}  # kind -> [found, pairs] of the agreeing pairs
  misses = []
  for a, b, label, kind in pairs:
    if label == "agree":
      agree_n += 1
      ok = together(a, b, ("CONSISTENT",))
      agree_found += ok
      counts = by_kind.setdefault(kind, [0, 0])
      counts[0] += ok
      counts[1] += 1
    else:
      differs_n += 1
      ok = together(a, b, ("CONFLICT", "DIFFERS"))
      differs_found += ok
    if not ok:
      misses.append("%s pair missed: %s | %s" % (label, describe(a), describe(b)))

  differs_pairs = [(a, b) for a, b, label, _ in pairs if label == "differs"]
  conflicts = [f for f in findings if f["verdict"] == "CONFLICT"]
  real = 0
  for f in conflicts:
    cl = f.get("claims", [])
    is_real = any(any(matches(c, a) for c in cl) and any(matches(c, b) for c in cl)
                  for a, b in differs_pairs)
    real += is_real
    ids = sorted({c["articleId"] for c in cl})
    if not is_real:
      misses.append("CONFLICT not labelled: %s" % f.get("explanation", ""))
    if len({story_of.get(i, i) for i in ids}) > 1:
      problems.append("CONFLICT across stories %s: %s" % (ids, f.get("explanation", "")))

  # Findings of other verdicts that join stories: not asserted, for people.
  for f in findings:
    ids = sorted({c["articleId"] for c in f.get("claims", [])})
    if f["verdict"] != "CONFLICT" and len({story_of.get(i, i) for i in ids}) > 1:
      print("note: %s across stories %s: %s" % (f["verdict"], ids, f.get("explanation", "")))
    if f["verdict"] == "DIFFERS":
      cl = f.get("claims", [])
      if not any(any(matches(c, a) for c in cl) and any(matches(c, b) for c in cl)
                 for a, b in differs_pairs):
        misses.append("DIFFERS not labelled: %s" % f.get("explanation", ""))

  report_story = {}
  for s in report.get("stories", []):
    for aid in s.get("articleIds", []):
      report_story[aid] = s["id"]
  for story, ids in sorted(labels["stories"].items()):
    got = {report_story.get(aid) for aid in ids}
    if len(got) != 1 or None in got:
      problems.append("story %s split: %s" % (
          story, ", ".join("%s in %s" % (aid, report_story.get(aid)) for aid in ids)))
  for s in report.get("stories", []):
    mixed = sorted({story_of.get(aid, aid) for aid in s.get("articleIds", [])})
    if len(mixed) > 1:
      problems.append("report %s joins stories %s" % (s["id"], ", ".join(mixed)))

  def ratio(x, n):
    return x / n if n else 1.0
  agree_r = ratio(agree_found, agree_n)
  differs_r = ratio(differs_found, differs_n)
  precision = ratio(real, len(conflicts))
  for m in misses:
    print("miss: " + m)
  print("claims in quantity findings: %d" % len(all_claims))
  print("agree found (one CONSISTENT finding): %d/%d = %.3f" % (agree_found, agree_n, agree_r))
  for kind, (found, n) in sorted(by_kind.items()):
    print("  of which %s: %d/%d" % (kind, found, n))
  print("differs found (CONFLICT or DIFFERS): %d/%d = %.3f" % (differs_found, differs_n, differs_r))
  print("CONFLICT precision: %d/%d = %.3f" % (real, len(conflicts), precision))

  if agree_r < args.min_agree:
    problems.append("agree found %.3f < floor %.3f" % (agree_r, args.min_agree))
  if differs_r < args.min_differs:
    problems.append("differs found %.3f < floor %.3f" % (differs_r, args.min_differs))
  if precision < args.min_conflict_precision:
    problems.append("CONFLICT precision %.3f < floor %.3f" % (
        precision, args.min_conflict_precision))
  for p in problems:
    print("FAIL: " + p)
  return 1 if problems else 0


if __name__ == "__main__":
  sys.exit(main())
