"""Tests of the quotecheck Python module: analyze, analyze_many, check, bad input."""

import json
import threading

import pytest
from google.protobuf.internal.decoder import _DecodeVarint32

import quotecheck
from quotecheck import quotes_pb2

# Hand-written articles: two outlets telling one story with one figure.
HARBOUR_A = (
    'Harbour reopens after storm\n\n'
    '"We will reopen the harbour on Friday," Mayor Jane Smith said on Tuesday. '
    'The storm damaged 40 boats, officials said.\n'
)
HARBOUR_B = (
    'Storm-hit harbour to reopen\n\n'
    'The storm damaged 40 boats in the harbour, officials said. '
    '"The repairs are going well," harbour master Tom Reed told reporters.\n'
)
NO_QUOTE = "The council meets on Monday to discuss the budget.\n"


def delimited(data, message_type):
    """The messages of a length-delimited stream."""
    out, pos = [], 0
    while pos < len(data):
        n, pos = _DecodeVarint32(data, pos)
        out.append(message_type.FromString(data[pos:pos + n]))
        pos += n
    return out


@pytest.fixture(scope="module")
def analyzer():
    return quotecheck.Analyzer()


def test_analyze_finds_quote_speaker_and_span(analyzer):
    a = analyzer.analyze(HARBOUR_A, id="harbour-a", date="2024-03-05", source="Gazette",
                         url="https://example.org/a")
    assert isinstance(a, quotes_pb2.ArticleAnalysis)
    assert a.article.id == "harbour-a"
    assert a.article.source == "Gazette"
    assert a.article.url == "https://example.org/a"
    assert not a.HasField("error")
    texts = {q.text: q.speaker.name for q in a.quotes}
    assert texts.get("We will reopen the harbour on Friday,") == "Jane Smith", texts
    # Spans are byte offsets into the article text.
    q = next(q for q in a.quotes if q.speaker.name == "Jane Smith")
    assert a.article.text.encode("utf-8")[q.span.begin:q.span.end].decode("utf-8") == q.text


def test_analyze_takes_headline_hint(analyzer):
    a = analyzer.analyze(NO_QUOTE, id="n", headline="Budget talks")
    assert a.article.headline == "Budget talks"
    assert len(a.quotes) == 0


@pytest.mark.parametrize("strictness", ["possible", "likely", "certain"])
def test_strictness_keeps_a_subset(strictness):
    everything = quotecheck.Analyzer().analyze(HARBOUR_B, id="b")
    kept = quotecheck.Analyzer(strictness=strictness).analyze(HARBOUR_B, id="b")
    all_texts = [q.text for q in everything.quotes]
    for q in kept.quotes:
        assert q.text in all_texts, (strictness, q.text)


@pytest.mark.parametrize("as_path", [False, True])
def test_lexicon_adds_a_speech_verb(tmp_path, as_path):
    # An invented verb: reported speech needs a speech verb the lexicon knows.
    text = "Maria Lopez zorbled that rates would fall next year.\n"
    lexicon = 'speech_verbs { forms: "zorbled" }'
    if as_path:
        (tmp_path / "extra.textproto").write_text(lexicon)
        lexicon = tmp_path / "extra.textproto"
    plain = quotecheck.Analyzer().analyze(text, id="x")
    extended = quotecheck.Analyzer(lexicon=lexicon).analyze(text, id="x")
    assert [q.speaker.name for q in plain.quotes] == []
    assert [(q.speaker.name, q.cue) for q in extended.quotes] == [("Maria Lopez", "zorbled")]


@pytest.mark.parametrize("articles", [
    [HARBOUR_A, HARBOUR_B, NO_QUOTE],
    [{"text": HARBOUR_A, "id": "a", "date": "2024-03-05", "source": "Gazette"},
     {"text": HARBOUR_B, "id": "b", "title": "Storm-hit harbour", "url": "u"},
     {"text": NO_QUOTE.encode("utf-8"), "id": "c"}],
])
@pytest.mark.parametrize("threads", [1, 2, 0])
def test_analyze_many_equals_analyze(analyzer, articles, threads):
    many = analyzer.analyze_many(articles, threads=threads)
    assert len(many) == len(articles)
    for item, got in zip(articles, many):
        if isinstance(item, dict):
            hints = {k: v for k, v in item.items() if k != "text"}
            if "title" in hints:
                hints["headline"] = hints.pop("title")
            want = analyzer.analyze(item["text"], **hints)
        else:
            want = analyzer.analyze(item)
        assert got == want, (threads, item)


def test_analyze_many_from_python_threads(analyzer):
    # The calls release the GIL: several Python threads share one analyzer.
    want = analyzer.analyze(HARBOUR_A, id="a")
    results = [None] * 4

    def work(i):
        results[i] = analyzer.analyze_many([{"text": HARBOUR_A, "id": "a"}] * 8, threads=2)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for r in results:
        assert r == [want] * 8


@pytest.mark.parametrize("text, words", [
    (b"caf\xe9 au lait", "invalid UTF-8"),   # Latin-1, not UTF-8
    (b"\xff\xfe\x00h\x00i", "UTF-16"),
    ("", ""),                                   # no text
    ("nul\x00byte", ""),
])
def test_unreadable_text_is_an_error_record(analyzer, text, words):
    a = analyzer.analyze(text, id="bad")
    assert a.HasField("error"), (text, a)
    assert a.error.article_id == "bad"
    assert words in a.error.message, a.error.message


def test_article_over_the_limit_is_an_error_record():
    big = "The council met. " * (3 << 20)  # about 50 MB
    a = quotecheck.Analyzer(max_article_mb=8).analyze(big, id="big")
    assert a.HasField("error")
    assert "larger than the largest article" in a.error.message
    many = quotecheck.Analyzer(max_article_mb=8).analyze_many([{"text": big, "id": "big"}])
    assert many[0].error.message == a.error.message


@pytest.mark.parametrize("call, exception", [
    (lambda an: an.analyze(None), TypeError),
    (lambda an: an.analyze(42), TypeError),
    (lambda an: an.analyze("x\ud800y"), UnicodeEncodeError),  # lone surrogate
    (lambda an: an.analyze_many([None]), TypeError),
    (lambda an: an.analyze_many([{"id": "no text"}]), ValueError),
    (lambda an: an.analyze_many([{"text": "t", "body": "?"}]), ValueError),
    (lambda an: an.analyze_many([{"text": "t", "id": 7}]), TypeError),
    (lambda an: an.analyze_many(["t"], threads=-1), ValueError),
    (lambda an: an.analyze_many(["t"], threads=100000), ValueError),
])
def test_bad_arguments_raise(analyzer, call, exception):
    with pytest.raises(exception):
        call(analyzer)


@pytest.mark.parametrize("kwargs, words", [
    ({"strictness": "sure"}, "strictness"),
    ({"lexicon": "speech_verbs { nonsense: 1 }"}, "nonsense"),
    ({"max_article_mb": 0}, "max_article_mb"),
])
def test_bad_options_raise_value_error_with_the_message(kwargs, words):
    with pytest.raises(ValueError, match=words):
        quotecheck.Analyzer(**kwargs)


def test_check_compares_the_figure_across_articles(analyzer):
    analyses = analyzer.analyze_many([
        {"text": HARBOUR_A, "id": "a", "date": "2024-03-05", "source": "Gazette"},
        {"text": HARBOUR_B, "id": "b", "date": "2024-03-05", "source": "Courier"},
    ])
    report = quotecheck.check(analyses)
    assert isinstance(report, quotes_pb2.CrossCheckReport)
    assert report.articles == 2, report
    # Any order, messages or their bytes: the same report.
    assert quotecheck.check([a.SerializeToString() for a in reversed(analyses)]) == report


def test_check_skips_error_records(analyzer):
    good = analyzer.analyze(HARBOUR_A, id="a")
    bad = analyzer.analyze(b"\xff", id="bad")
    assert quotecheck.check([good, bad]) == quotecheck.check([good])


@pytest.mark.parametrize("analyses, exception", [
    ([b"\xff\xff\xff"], ValueError),
    (["not bytes"], TypeError),
    ([None], TypeError),
])
def test_check_rejects_what_is_no_analysis(analyses, exception):
    with pytest.raises(exception):
        quotecheck.check(analyses)


@pytest.mark.parametrize("partial", [
    b"\x05ab",          # cut short
    b"\x03\xff\xff\xff",  # not a message
    b"\xff",            # a length cut short
])
def test_format_report_rejects_a_partial_that_does_not_parse(partial):
    with pytest.raises(ValueError, match="partial 1, record 1"):
        quotecheck.format_report([b"", partial], "json")


def test_format_report_equals_check_over_the_same_analyses(analyzer):
    data = ("\n".join('{"id": "%s", "date": "2024-03-05", "text": %s}' % (i, json.dumps(t))
                      for i, t in [("a", HARBOUR_A), ("b", HARBOUR_B)])).encode("utf-8")
    records, count, failed, _ = analyzer.extract_jsonl(data, "f.jsonl", 1)
    assert (count, failed) == (2, 0)
    (report,) = delimited(quotecheck.format_report([records], "binary"),
                          quotes_pb2.CrossCheckReport)
    want = quotecheck.check(analyzer.analyze_many(
        [{"id": "a", "date": "2024-03-05", "text": HARBOUR_A},
         {"id": "b", "date": "2024-03-05", "text": HARBOUR_B}]))
    assert report == want


@pytest.mark.parametrize("fmt", ["table", "html", "xml"])
def test_format_report_rejects_unknown_format(fmt):
    with pytest.raises(ValueError, match="format"):
        quotecheck.format_report([], fmt)


def test_extract_jsonl_names_lines_and_counts_failures(analyzer):
    data = (b'\xef\xbb\xbf{"text": "\\"Hello,\\" Ann Lee said."}\n'
            b'\n'
            b'not json\n'
            b'{"id": "x", "text": "Fine."}')
    records, count, failed, messages = analyzer.extract_jsonl(data, "feed.jsonl", 1)
    assert (count, failed) == (3, 1)
    assert len(messages) == 1 and "feed.jsonl line 3: not valid JSON" in messages[0], messages
    # Line 2 is blank: the ids follow the file's line numbers.
    ids = [a.error.article_id if a.HasField("error") else a.article.id
           for a in delimited(records, quotes_pb2.ArticleAnalysis)]
    assert ids == ["feed.jsonl:1", "feed.jsonl:3", "x"]
