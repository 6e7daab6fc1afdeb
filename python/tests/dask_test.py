"""quotecheck.dask on a two-worker LocalCluster gives factcheck check's bytes.

The seed articles (tests/testdata/seeds) are written as JSONL, with a line
that has no id, a blank line and a line that is not JSON, and checked by
`factcheck check` and by the Dask map and reduce, in json and text, with
one partition and with a partition of a few lines each.
"""

import glob
import json
import logging
import os
import subprocess
import sys

import pytest

ROOT = os.environ.get("RUNFILES_ROOT", os.getcwd())
FACTCHECK = os.path.join(ROOT, "tools", "factcheck")


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    seeds = sorted(glob.glob(os.path.join(ROOT, "tests", "testdata", "seeds", "*.txt")))
    assert len(seeds) >= 5, seeds
    path = tmp_path_factory.mktemp("in") / "seeds.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i, seed in enumerate(seeds):
            with open(seed, encoding="utf-8") as s:
                text = s.read()
            f.write(json.dumps({"id": os.path.basename(seed), "source": "outlet%d" % (i % 2),
                                "text": text}) + "\n")
        f.write("\n")
        f.write(json.dumps({"text": '"Prices rose 4 percent in May," said Anna Berg, '
                                    'an economist at the central bank.'}) + "\n")
        f.write("not json\n")
    return str(path)


def factcheck_check(path, fmt):
    done = subprocess.run([FACTCHECK, "check", "--format=" + fmt, "--progress=false", path],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    return done.stdout, done.returncode


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as c:
        yield c


@pytest.mark.parametrize("fmt", ["json", "text"])
@pytest.mark.parametrize("partition_mb", [64, 0.004])
def test_dask_report_equals_factcheck_check(articles, client, fmt, partition_mb):
    from quotecheck import dask as qdask
    args = qdask._parse_args([articles, "--format=" + fmt,
                              "--partition_mb=%s" % partition_mb])
    parts = qdask.partitions(articles, int(partition_mb * (1 << 20)))
    if partition_mb >= 1:
        assert len(parts) == 1, parts
    else:
        assert len(parts) >= 3, parts
    report, failed, messages = qdask.run(args, client)
    want, code = factcheck_check(articles, fmt)
    assert code == 3  # the line that is not JSON
    assert failed == 1 and "seeds.jsonl line 8" in messages[0], messages
    assert report == want, (fmt, partition_mb)


def test_partitions_cover_the_file_at_line_ends(articles):
    from quotecheck import dask as qdask
    size = os.path.getsize(articles)
    with open(articles, "rb") as f:
        data = f.read()
    parts = qdask.partitions(articles, 1000)
    assert parts[0][2] == 0 and parts[-1][3] == size
    line = 1
    for (_, base, begin, end, first_line), nxt in zip(parts, parts[1:] + [None]):
        assert base == "seeds.jsonl"
        assert first_line == line
        assert data[end - 1:end] == b"\n" or end == size
        if nxt is not None:
            assert nxt[2] == end
        line += data[begin:end].count(b"\n")


def test_command_line_writes_the_same_bytes_and_exit_code(articles, tmp_path):
    out = tmp_path / "report.txt"
    done = subprocess.run(
        [sys.executable, "-m", "quotecheck.dask", articles, "--workers=2",
         "--partition_mb=0.004", "--format=text", "--output=" + str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False, timeout=120)
    want, code = factcheck_check(articles, "text")
    assert done.returncode == code, done.stderr.decode()
    assert out.read_bytes() == want
    assert b"seeds.jsonl line 8" in done.stderr


@pytest.mark.parametrize("argv, words", [
    (["x.txt"], b"only .jsonl"),
    (["a.jsonl", "--workers=-1"], b"must be positive"),
    (["a.jsonl", "--format=table"], b"invalid choice"),
])
def test_command_line_usage_errors(argv, words):
    done = subprocess.run([sys.executable, "-m", "quotecheck.dask"] + argv,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    assert done.returncode == 2, done.stderr
    assert words in done.stderr


def test_missing_and_empty_files_fail_as_in_factcheck(client, tmp_path):
    from quotecheck import dask as qdask
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n \n")
    missing = str(tmp_path / "missing.jsonl")
    args = qdask._parse_args([str(empty), missing, "--format=json"])
    report, failed, messages = qdask.run(args, client)
    want = subprocess.run([FACTCHECK, "check", "--format=json", "--progress=false",
                           str(empty), missing],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    assert want.returncode == 3
    assert failed == 2, messages
    assert report == want.stdout
