# Type stubs for quotecheck (python/quotecheck/__init__.py).
import os
from typing import Iterable, List, Mapping, Optional, Tuple, Union

from . import lexicon_pb2 as lexicon_pb2
from . import quotes_pb2 as quotes_pb2

ArticleAnalysis = quotes_pb2.ArticleAnalysis
CrossCheckReport = quotes_pb2.CrossCheckReport

_Article = Union[str, bytes, Mapping[str, Union[str, bytes, None]]]

class Analyzer:
    def __init__(
        self,
        lexicon: Union[str, os.PathLike[str], None] = ...,
        strictness: str = ...,
        *,
        claims: bool = ...,
        detect_direct: bool = ...,
        detect_reported: bool = ...,
        replace_lexicon: bool = ...,
        include_text: bool = ...,
        max_article_mb: float = ...,
    ) -> None: ...
    def analyze(
        self,
        text: Union[str, bytes],
        *,
        id: str = ...,
        date: str = ...,
        source: str = ...,
        headline: str = ...,
        url: str = ...,
    ) -> quotes_pb2.ArticleAnalysis: ...
    def analyze_many(
        self, articles: Iterable[_Article], threads: int = ...
    ) -> List[quotes_pb2.ArticleAnalysis]: ...
    def extract_jsonl(
        self, data: bytes, base: str, first_line: int, *, threads: int = ...
    ) -> Tuple[bytes, int, int, List[str]]: ...

def check(
    analyses: Iterable[Union[quotes_pb2.ArticleAnalysis, bytes]]
) -> quotes_pb2.CrossCheckReport: ...
def format_report(partials: Iterable[bytes], format: str = ...) -> bytes: ...
