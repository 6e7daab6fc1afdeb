"""quotecheck for Python: who said what in news articles, and which facts agree.

The analyzer is quotecheck's C++ library (the extension ``_quotecheck``);
records are the ``quotes.v1`` protobuf messages of ``proto/quotes.proto``
(``quotecheck.quotes_pb2``), made by Debian's protoc for its python3-protobuf.

Example::

    import quotecheck
    analyzer = quotecheck.Analyzer(strictness="likely")
    a = analyzer.analyze('"We will rebuild," Mayor Jane Smith said.', id="story-1")
    for q in a.quotes:
        print(q.speaker.name, q.text)
    report = quotecheck.check([a])          # a quotes.v1.CrossCheckReport

The C++ side serializes each record and this module parses it, so the two
protobuf runtimes never share a message. Calls release the GIL.
"""

import os
from typing import Iterable, List, Tuple, Union

from . import lexicon_pb2, quotes_pb2
from . import _quotecheck

__all__ = [
    "Analyzer",
    "check",
    "format_report",
    "lexicon_pb2",
    "quotes_pb2",
]

ArticleAnalysis = quotes_pb2.ArticleAnalysis
CrossCheckReport = quotes_pb2.CrossCheckReport

_ARTICLE_KEYS = ("text", "id", "date", "source", "headline", "title", "url")


class Analyzer:
    """Finds the quotes, speakers and claims of news articles.

    One Analyzer may be shared by any number of threads: it never changes
    after construction, and its calls release the GIL while C++ works.

    Args:
      lexicon: extra word lists in ``quotes.v1.Lexicon`` text format (a str),
        or a path (``os.PathLike``) to such a file; appended to the built-in
        lists, or replacing them with ``replace_lexicon=True``.
      strictness: ``"possible"`` (everything), ``"likely"`` (confidence 0.6 and
        above) or ``"certain"`` (0.85), as ``factcheck --strictness``.
      claims: find each article's figures and dates (what ``check`` compares).
      detect_direct, detect_reported: quotes in quotation marks; reported
        speech.
      include_text: copy the article text into each record.
      max_article_mb: a larger article is an error record (as the CLI's
        ``--max_article_mb``, default 64).

    Raises:
      ValueError: the lexicon does not parse or a pattern does not compile
        (the message names which), or an option is out of range.
    """

    def __init__(
        self,
        lexicon: Union[str, "os.PathLike[str]", None] = None,
        strictness: str = "possible",
        *,
        claims: bool = True,
        detect_direct: bool = True,
        detect_reported: bool = True,
        replace_lexicon: bool = False,
        include_text: bool = True,
        max_article_mb: float = 64,
    ) -> None:
        if isinstance(lexicon, os.PathLike):
            with open(lexicon, encoding="utf-8") as f:
                lexicon = f.read()
        if lexicon is not None and not isinstance(lexicon, str):
            raise TypeError("lexicon must be text format (str) or a path, not %s"
                            % type(lexicon).__name__)
        self._impl = _quotecheck.Analyzer(
            lexicon or "",
            strictness,
            claims,
            detect_direct,
            detect_reported,
            replace_lexicon,
            include_text,
            float(max_article_mb),
        )

    def analyze(
        self,
        text: Union[str, bytes],
        *,
        id: str = "",
        date: str = "",
        source: str = "",
        headline: str = "",
        url: str = "",
    ) -> "quotes_pb2.ArticleAnalysis":
        """Analyses one article into a ``quotes.v1.ArticleAnalysis``.

        ``text`` is a str or UTF-8 bytes. Non-empty metadata override what is
        read from the text. Input that cannot be analysed (bytes that are not
        UTF-8, NUL bytes, no text, over ``max_article_mb``) gives a record
        whose ``error`` is set, as ``factcheck extract`` does.

        Raises:
          TypeError: ``text`` is neither str nor bytes (None included).
          UnicodeEncodeError: a str that is no valid Unicode text (a lone
            surrogate).
        """
        return ArticleAnalysis.FromString(
            self._impl.analyze(text, id=id, date=date, source=source,
                               headline=headline, url=url))

    def analyze_many(
        self,
        articles: Iterable[Union[str, bytes, dict]],
        threads: int = 0,
    ) -> List["quotes_pb2.ArticleAnalysis"]:
        """Analyses many articles in ``threads`` C++ threads (0: one per core).

        Each article is a str, bytes, or a dict with ``text`` and optionally
        ``id``, ``date``, ``source``, ``headline`` (or ``title``) and ``url``.
        The records come back in input order, each equal to ``analyze()``'s.

        Raises:
          ValueError: a dict without ``text`` or with an unknown key; threads
            out of range (0 to 256).
          TypeError: an article or field of the wrong type.
        """
        return [ArticleAnalysis.FromString(b)
                for b in self._impl.analyze_many(list(articles), threads=threads)]


    def extract_jsonl(self, data: bytes, base: str, first_line: int, *,
                      threads: int = 1) -> Tuple[bytes, int, int, List[str]]:
        """Analyses whole JSONL lines for a cross-check, as ``factcheck check``.

        ``data`` holds whole lines of the JSONL file named ``base`` (its base
        name), the first being line ``first_line`` (1 for the file's first:
        a byte-order mark there is removed). Lines are read as the CLI reads
        them (a record with no ``id`` is ``BASE:LINE``; a line that is not
        an article is an error record), analysed, and trimmed to what the
        cross-check reads. Returns ``(records, count, failed, messages)``:
        the records length-delimited (a partial for ``format_report``), how
        many, how many have ``error`` set, and each error's message.
        """
        return self._impl.extract_jsonl(data, base, first_line, threads=threads)


def _serialized(analyses) -> List[bytes]:
    out = []
    for i, a in enumerate(analyses):
        if isinstance(a, (bytes, bytearray, memoryview)):
            out.append(bytes(a))
        elif isinstance(a, ArticleAnalysis):
            out.append(a.SerializeToString())
        else:
            raise TypeError("analysis %d must be a quotes.v1.ArticleAnalysis or its "
                            "bytes, not %s" % (i, type(a).__name__))
    return out


def check(analyses: Iterable[Union["quotes_pb2.ArticleAnalysis", bytes]]
          ) -> "quotes_pb2.CrossCheckReport":
    """Cross-checks analyses into a ``quotes.v1.CrossCheckReport``.

    The same report as ``factcheck check`` over the same articles: analyses
    with ``error`` set are counted, the rest compared; any order gives the
    same report.

    Raises:
      TypeError: an element is neither an ArticleAnalysis nor bytes.
      ValueError: bytes that do not parse as an ArticleAnalysis.
    """
    return CrossCheckReport.FromString(_quotecheck.check(_serialized(analyses)))


def format_report(partials: Iterable[bytes], format: str = "text") -> bytes:
    """The report over ``extract_jsonl`` partials, as ``factcheck check`` prints it.

    ``partials`` are length-delimited trimmed analyses (the first element of
    ``Analyzer.extract_jsonl()``'s result, see ``quotecheck.dask``), folded in
    order; ``format`` is ``text``, ``json``, ``jsonl``, ``textproto`` or
    ``binary``. The bytes equal ``factcheck check --format=FORMAT``'s.

    Raises:
      ValueError: an unknown format, or a partial that does not parse.
    """
    return _quotecheck.report_from_partials(list(partials), format)
