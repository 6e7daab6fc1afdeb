# Type stubs for the extension (python/quotecheck_module.cc). Records are
# serialized quotes.v1 messages; quotecheck/__init__.py parses them.
from typing import Iterable, List, Mapping, Tuple, Union

_Article = Union[str, bytes, Mapping[str, Union[str, bytes, None]]]

class Analyzer:
    def __init__(
        self,
        lexicon: str = ...,
        strictness: str = ...,
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
    ) -> bytes: ...
    def analyze_many(self, articles: Iterable[_Article], *, threads: int = ...) -> List[bytes]: ...
    def extract_jsonl(
        self, data: bytes, base: str, first_line: int, *, threads: int = ...
    ) -> Tuple[bytes, int, int, List[str]]: ...

def check(analyses: List[bytes]) -> bytes: ...
def report_from_partials(partials: List[bytes], format: str = ...) -> bytes: ...
