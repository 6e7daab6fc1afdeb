"""``factcheck check`` over JSONL files on a Dask cluster.

    python3 -m quotecheck.dask PATH... [--scheduler=ADDR | --workers=N]
        [--format=text|json|jsonl|textproto|binary] [--partition_mb=MB]
        [--strictness=possible|likely|certain] [--lexicon=FILE]
        [--max_article_mb=MB] [--threads_per_worker=N] [--output=FILE] [--stats]

Map: each JSONL file is cut into partitions of about ``--partition_mb`` at
line ends; a worker reads its byte range from the file (the same path must
be readable on every worker), analyses each line and returns the trimmed
per-article records the cross-check reads, serialized. Reduce: the records
of every partition, in input order, are cross-checked here into one report,
written as ``factcheck check --format=X`` writes it, byte for byte, whatever
the number of workers or partitions.

Without ``--scheduler`` a LocalCluster of ``--workers`` processes (default:
one per core) runs here, with no dashboard and quiet logs.

Exit codes as factcheck's: 0 every input processed, 2 usage error, 3 some
inputs failed (each named on stderr; the report counts them).
"""

import argparse
import logging
import os
import sys
import time
from typing import Dict, List, Sequence, Tuple

# This module's own name shadows nothing: `dask` below is the top-level
# package (absolute imports).
from quotecheck import Analyzer, format_report

EXIT_OK, EXIT_USAGE, EXIT_FAILED = 0, 2, 3
_FORMATS = ("text", "json", "jsonl", "textproto", "binary")

# One analyzer per worker process and options: building one compiles every
# pattern once, which partitions then share.
_ANALYZERS: Dict[Tuple, Analyzer] = {}


def _analyzer(options: Tuple) -> Analyzer:
    analyzer = _ANALYZERS.get(options)
    if analyzer is None:
        strictness, lexicon, max_article_mb = options
        analyzer = Analyzer(lexicon, strictness, max_article_mb=max_article_mb)
        _ANALYZERS[options] = analyzer
    return analyzer


def extract_partition(part: Tuple[str, str, int, int, int], options: Tuple,
                      threads: int = 1) -> Tuple[bytes, int, int, List[str]]:
    """The map step: one partition's trimmed records (see Analyzer.extract_jsonl)."""
    path, base, begin, end, first_line = part
    with open(path, "rb") as f:
        f.seek(begin)
        data = f.read(end - begin)
    if len(data) != end - begin:
        raise OSError("%s changed while it was read (%d bytes at %d, %d expected)"
                      % (path, len(data), begin, end - begin))
    return _analyzer(options).extract_jsonl(data, base, first_line, threads=threads)


def _count_lines(f, begin: int, end: int) -> int:
    f.seek(begin)
    left, n = end - begin, 0
    while left > 0:
        block = f.read(min(left, 8 << 20))
        if not block:
            break
        n += block.count(b"\n")
        left -= len(block)
    return n


def partitions(path: str, partition_bytes: int) -> List[Tuple[str, str, int, int, int]]:
    """Cuts a JSONL file into whole-line byte ranges of about partition_bytes.

    Each is (path, base, begin, end, first_line), first_line counting from 1,
    as factcheck names a line (``BASE:LINE``). Reads the file once, to find
    line ends and count lines.
    """
    base = _base_name(path)
    size = os.path.getsize(path)
    parts = []
    begin, line = 0, 1
    with open(path, "rb") as f:
        while begin < size:
            end = min(begin + max(partition_bytes, 1), size)
            if end < size:
                f.seek(end - 1)
                end += len(f.readline()) - 1  # to just after the next '\n'
            parts.append((path, base, begin, end, line))
            line += _count_lines(f, begin, end)
            begin = end
    return parts


def _base_name(path: str) -> str:
    # As factcheck names a file's records (InputReader's BaseName).
    p = path
    while len(p) > 1 and p.endswith("/"):
        p = p[:-1]
    return p if len(p) == 1 else p.rsplit("/", 1)[-1]


def _holds_analyses(path: str) -> bool:
    # factcheck reads a .jsonl of analyses (extract's output) without
    # analysing again; its first JSON object has an "article" key.
    import json
    with open(path, "rb") as f:
        for raw in f:
            line = raw.lstrip(b"\xef\xbb\xbf").strip(b" \t\r\n")
            if not line:
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                return False
            return isinstance(obj, dict) and "article" in obj
    return False


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python3 -m quotecheck.dask",
        description="factcheck check over JSONL article files on a Dask cluster")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".jsonl or .ndjson article files")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="the address of a running Dask scheduler")
    where.add_argument("--workers", type=int, default=0,
                       help="processes of a LocalCluster (0: one per core)")
    p.add_argument("--format", default="text", choices=_FORMATS)
    p.add_argument("--partition_mb", "--partition-mb", type=float, default=8.0,
                   help="bytes of JSONL a task reads, in MB (default 8)")
    p.add_argument("--strictness", default="possible", choices=("possible", "likely", "certain"))
    p.add_argument("--lexicon", help="extra word lists, quotes.v1.Lexicon text format")
    p.add_argument("--max_article_mb", "--max-article-mb", type=float, default=64)
    p.add_argument("--threads_per_worker", "--threads-per-worker", type=int, default=1,
                   help="C++ threads each task analyses in")
    p.add_argument("--output", default="-", help="write the report there")
    p.add_argument("--stats", action="store_true",
                   help="print each phase's seconds and MB/s to stderr")
    args = p.parse_args(argv)
    if args.workers < 0 or args.partition_mb <= 0 or args.max_article_mb <= 0:
        p.error("--workers, --partition_mb and --max_article_mb must be positive")
    return args


def run(args: argparse.Namespace, client) -> Tuple[bytes, int, List[str]]:
    """Maps the partitions of args.paths over client; the report, failures, messages."""
    lexicon = None
    if args.lexicon:
        with open(args.lexicon, encoding="utf-8") as f:
            lexicon = f.read()
    options = (args.strictness, lexicon, args.max_article_mb)
    _analyzer(options)  # a bad lexicon fails here, before any task
    # Per input, in order: its partitions, or the message of its error.
    plan: List[object] = []
    for path in args.paths:
        try:
            parts = partitions(path, int(args.partition_mb * (1 << 20)))
        except OSError as e:
            plan.append("cannot open %s: %s" % (path, e.strerror))
            continue
        plan.append(parts)
    tasks = [part for item in plan if isinstance(item, list) for part in item]
    start = time.monotonic()
    futures = client.map(extract_partition, tasks, options=options,
                         threads=args.threads_per_worker, pure=False)
    results = client.gather(futures)
    del futures  # the workers drop their copies
    mapped = time.monotonic()
    stats = {
        "partitions": len(tasks),
        "input_MB": sum(p[3] - p[2] for p in tasks) / 1e6,
        "partials_MB": sum(len(r[0]) for r in results) / 1e6,
        "map_seconds": mapped - start,
    }
    results = iter(results)
    partials: List[bytes] = []
    failed, messages = 0, []
    for path, item in zip(args.paths, plan):
        if isinstance(item, str):
            failed += 1
            messages.append("%s: %s" % (_base_name(path), item))
            continue
        count = 0
        for _ in item:
            records, n, bad, msgs = next(results)
            partials.append(records)
            count += n
            failed += bad
            messages.extend(msgs)
        if count == 0:  # empty, or only blank lines
            failed += 1
            messages.append("%s: %s holds no records" % (_base_name(path), path))
    report = format_report(partials, args.format)
    stats["reduce_seconds"] = time.monotonic() - mapped
    if args.stats:
        seconds = time.monotonic() - start
        print("quotecheck.dask: %s seconds=%.3f MB_per_s=%.2f" % (
            " ".join("%s=%s" % (k, round(v, 3) if isinstance(v, float) else v)
                     for k, v in stats.items()),
            seconds, stats["input_MB"] / seconds), file=sys.stderr)
    return report, failed, messages


def _quiet_logs() -> None:
    for name in ("distributed", "distributed.nanny", "distributed.scheduler",
                 "distributed.worker", "distributed.core", "tornado", "asyncio"):
        logging.getLogger(name).setLevel(logging.ERROR)


def main(argv: Sequence[str] = None) -> int:
    args = _parse_args(sys.argv[1:] if argv is None else argv)
    for path in args.paths:
        lower = path.lower()
        if not (lower.endswith(".jsonl") or lower.endswith(".ndjson")):
            print("quotecheck.dask: %s: only .jsonl and .ndjson article files are read "
                  "(factcheck check reads the rest)" % path, file=sys.stderr)
            return EXIT_USAGE
        if os.path.isfile(path) and _holds_analyses(path):
            print("quotecheck.dask: %s holds analyses: run factcheck check on it" % path,
                  file=sys.stderr)
            return EXIT_USAGE
    _quiet_logs()
    from dask.distributed import Client, LocalCluster
    try:
        if args.scheduler:
            with Client(args.scheduler) as client:
                report, failed, messages = run(args, client)
        else:
            workers = args.workers or os.cpu_count() or 1
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
                    Client(cluster) as client:
                report, failed, messages = run(args, client)
    except ValueError as e:  # a lexicon that does not parse
        print("quotecheck.dask: %s" % e, file=sys.stderr)
        return EXIT_USAGE
    for m in messages:
        print("quotecheck.dask: %s" % m, file=sys.stderr)
    if args.output == "-":
        sys.stdout.buffer.write(report)
        sys.stdout.buffer.flush()
    else:
        with open(args.output, "wb") as f:
            f.write(report)
    return EXIT_FAILED if failed else EXIT_OK


if __name__ == "__main__":
    # Run as quotecheck.dask, not __main__, so that the tasks' functions
    # reach the workers by name.
    from quotecheck.dask import main as _main
    sys.exit(_main())
