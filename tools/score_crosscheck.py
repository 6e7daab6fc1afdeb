#!/usr/bin/env python3
"""How well `factcheck check` groups and judges figures that several articles
state, scored on hand-labelled pairs of figures.

usage: score_crosscheck.py PAIRS.jsonl FIGURES.jsonl CHECK.json [-v]

CHECK.json is the output of `factcheck check --format=json` (one
quotes.v1.CrossCheckReport). The labels are kept outside the repository (they
quote the articles); their format:

FIGURES.jsonl, one labelled figure a line:
  article_id      the article's id, as in the input JSONL
  begin, end      UTF-8 byte offsets of the number as written in the
                  article's text ("1,237" in "It takes 1,237 delegates")
  figure, value   the number as written, and as a number
  candidate       whose figure it is ("Donald Trump"), "" when nobody's
  kind            has | won_contest | needed | threshold | outstanding |
                  state_total | other (with other_kind: lead, roll_call...)
  contest         the contest or nomination the figure is limited to
  superdelegates  included | excluded | only | unknown
  as_of           the ISO date the figure describes
  note            free text

PAIRS.jsonl, one labelled pair of figures from two articles a line:
  id, label       label: agree | differs | not_comparable
  kind            the figures' kind ("has"; "has/won_contest" when they differ)
  a, b            each figure's article_id, begin, end, figure, value, ...

A figure is matched to every claim of its article whose byte span overlaps
the figure's bytes. A pair sits in a finding when a claim of each figure is
listed in that finding; the pair is "found CONSISTENT" when that finding's
verdict is CONSISTENT, "called CONFLICT/DIFFERS" likewise. Printed:

  agree pairs found CONSISTENT            recall of agreement
  agree pairs called CONFLICT or DIFFERS  false alarms on agreeing figures
  differs pairs found DIFFERS or CONFLICT recall of differences
  not_comparable called CONFLICT/DIFFERS  false alarms on figures a careful
                                          reader would not compare
  figures matched to a claim              how many labelled figures reach the
                                          report at all
  delegate claims in findings             by verdict, and how many match no
                                          labelled figure

A report lists only claims that sit in some finding, so a figure the
analyzer extracted but grouped with nothing counts as not matched; the
report's `claims` count minus the claims its findings list is printed as the
claims that sit in no finding. Threshold pairs (1,237 in two articles) are
many and easy, so agreement is also shown without them. With -v, every miss
is listed.
"""
import argparse
import collections
import json
import sys

CONFLICTING = ("CONFLICT", "DIFFERS")


def field(msg, camel, snake, default=None):
    """Proto JSON writes lowerCamelCase unless asked to keep proto names, and
    omits fields at their default."""
    if camel in msg:
        return msg[camel]
    return msg.get(snake, default)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class Report:
    """The claims of a CrossCheckReport, indexed by article, with the
    findings each claim is listed in."""

    def __init__(self, report):
        self.findings = report.get("findings", [])
        self.total_claims = int(report.get("claims", 0))
        # article id -> [(begin, end, finding index, claim)]
        self.by_article = collections.defaultdict(list)
        self.listed = set()
        for index, finding in enumerate(self.findings):
            for claim in finding.get("claims", []):
                article = field(claim, "articleId", "article_id", "")
                span = claim.get("span", {})
                begin = int(span.get("begin", 0))
                end = int(span.get("end", 0))
                self.by_article[article].append((begin, end, index, claim))
                self.listed.add((article, field(claim, "id", "id", ""), begin, end))

    def verdict(self, index):
        return self.findings[index].get("verdict", "VERDICT_UNSPECIFIED")

    def claims_of(self, figure):
        """(finding index, claim) of every listed claim overlapping the figure."""
        begin, end = figure["begin"], figure["end"]
        return [(index, claim)
                for (cb, ce, index, claim) in self.by_article.get(figure["article_id"], [])
                if cb < end and begin < max(ce, cb + 1)]


def figure_key(f):
    return (f["article_id"], f["begin"], f["end"])


def short(f):
    article = f["article_id"].split("/")[-1][:40]
    who = f.get("candidate") or f.get("contest") or ""
    return "%s@%d %r (%s, %s %s)" % (article, f["begin"], f["figure"], who,
                                     f.get("kind", ""), f.get("as_of", ""))


def ratio(n, d):
    return "%d/%d (%.1f%%)" % (n, d, 100.0 * n / d) if d else "0/0"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs")
    parser.add_argument("figures")
    parser.add_argument("check_json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    args = parser.parse_args()

    pairs = read_jsonl(args.pairs)
    figures = read_jsonl(args.figures)
    with open(args.check_json, encoding="utf-8") as f:
        report = Report(json.load(f))

    # Figures: which reach the report.
    matched = {}
    for fig in figures:
        matched[figure_key(fig)] = report.claims_of(fig)
    reached = [fig for fig in figures if matched[figure_key(fig)]]
    print("labelled figures matched to a claim in the report: %s" % ratio(len(reached), len(figures)))
    by_kind = collections.Counter(fig["kind"] for fig in figures)
    reached_by_kind = collections.Counter(fig["kind"] for fig in reached)
    print("  by kind: " + ", ".join("%s %d/%d" % (k, reached_by_kind[k], by_kind[k])
                                    for k in sorted(by_kind)))

    # Pairs: the verdicts of the findings that hold both figures.
    outcome = collections.defaultdict(list)  # label -> [(pair, verdicts, why)]
    for pair in pairs:
        a = matched.get(figure_key(pair["a"]), report.claims_of(pair["a"]))
        b = matched.get(figure_key(pair["b"]), report.claims_of(pair["b"]))
        shared = {i for i, _ in a} & {i for i, _ in b}
        verdicts = sorted({report.verdict(i) for i in shared})
        if not a or not b:
            why = "not in report: " + " and ".join(
                side for side, claims in (("a", a), ("b", b)) if not claims)
        elif not shared:
            why = "in different findings (%s | %s)" % (
                ",".join(sorted({report.verdict(i) for i, _ in a})),
                ",".join(sorted({report.verdict(i) for i, _ in b})))
        else:
            why = "in one finding: " + ",".join(verdicts)
        outcome[pair["label"]].append((pair, verdicts, why))

    def count(label, wanted, keep=lambda p: True):
        rows = [r for r in outcome[label] if keep(r[0])]
        hits = [r for r in rows if any(v in wanted for v in r[1])]
        return hits, rows

    def not_threshold(p):
        return p.get("kind") != "threshold"

    print()
    hits, rows = count("agree", ("CONSISTENT",))
    print("agree pairs found CONSISTENT:               %s" % ratio(len(hits), len(rows)))
    hits_nt, rows_nt = count("agree", ("CONSISTENT",), not_threshold)
    print("  without thresholds:                       %s" % ratio(len(hits_nt), len(rows_nt)))
    bad, rows = count("agree", CONFLICTING)
    print("agree pairs called CONFLICT or DIFFERS:     %s" % ratio(len(bad), len(rows)))
    found, rows = count("differs", CONFLICTING)
    print("differs pairs found DIFFERS or CONFLICT:    %s" % ratio(len(found), len(rows)))
    as_differs, _ = count("differs", ("DIFFERS",))
    as_conflict, _ = count("differs", ("CONFLICT",))
    as_consistent, _ = count("differs", ("CONSISTENT",))
    print("  DIFFERS %d, CONFLICT %d, CONSISTENT %d" % (len(as_differs), len(as_conflict), len(as_consistent)))
    false_alarm, rows = count("not_comparable", CONFLICTING)
    print("not_comparable pairs called CONFLICT/DIFFERS: %s" % ratio(len(false_alarm), len(rows)))
    grouped, _ = count("not_comparable", ("CONSISTENT",))
    print("  grouped as CONSISTENT: %d" % len(grouped))

    print()
    for label in ("agree", "differs", "not_comparable"):
        whys = collections.Counter(r[2].split(" (")[0].split(":")[0] for r in outcome[label])
        print("%-15s %s" % (label, ", ".join("%s %d" % kv for kv in sorted(whys.items()))))

    # Delegate claims in the report.
    print()
    labelled_spans = collections.defaultdict(list)
    for fig in figures:
        labelled_spans[fig["article_id"]].append((fig["begin"], fig["end"]))
    verdicts = collections.Counter()
    unlabelled = []
    seen = set()
    for article, claims in report.by_article.items():
        for begin, end, index, claim in claims:
            if claim.get("measure") not in ("delegate", "delegates"):
                continue
            verdicts[report.verdict(index)] += 1
            key = (article, begin, end)
            if key in seen:
                continue
            seen.add(key)
            if not any(b < end and begin < e for b, e in labelled_spans.get(article, [])):
                unlabelled.append((article, begin, claim))
    print("delegate claims listed in findings: %d (%s)" % (
        sum(verdicts.values()), ", ".join("%s %d" % kv for kv in sorted(verdicts.items()))))
    print("  distinct delegate claims matching no labelled figure: %d" % len(unlabelled))
    print("claims in the report: %d, listed in findings: %d, in no finding: %d" % (
        report.total_claims, len(report.listed), max(0, report.total_claims - len(report.listed))))
    print("labelled figures in no finding (extracted or not): %d" % (len(figures) - len(reached)))

    if args.verbose:
        def listing(title, rows):
            print("\n== %s (%d)" % (title, len(rows)))
            for pair, _, why in sorted(rows, key=lambda r: r[0]["id"]):
                print("%s %-14s %s\n    %s\n    %s" % (pair["id"], pair.get("kind", ""), why,
                                                      short(pair["a"]), short(pair["b"])))
        agree_missed = [r for r in outcome["agree"] if "CONSISTENT" not in r[1]]
        listing("agree pairs not found CONSISTENT (thresholds last)",
                sorted(agree_missed, key=lambda r: r[0].get("kind") == "threshold"))
        listing("differs pairs not found DIFFERS or CONFLICT",
                [r for r in outcome["differs"] if not any(v in CONFLICTING for v in r[1])])
        listing("agree pairs called CONFLICT or DIFFERS",
                [r for r in outcome["agree"] if any(v in CONFLICTING for v in r[1])])
        listing("not_comparable pairs called CONFLICT or DIFFERS",
                [r for r in outcome["not_comparable"] if any(v in CONFLICTING for v in r[1])])
        print("\n== labelled figures matched to no claim (%d)" % (len(figures) - len(reached)))
        for fig in figures:
            if not matched[figure_key(fig)]:
                print("  " + short(fig))
        print("\n== delegate claims matching no labelled figure (%d)" % len(unlabelled))
        for article, begin, claim in sorted(unlabelled, key=lambda t: (t[0], t[1])):
            print("  %s@%d %r" % (article.split("/")[-1][:40], begin, claim.get("text", "")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
