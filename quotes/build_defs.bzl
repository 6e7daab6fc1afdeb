"""Compiler options and build variants the library's packages share."""

# In optimised builds the per-word loops of factcheck (the tokenizer, the
# word lists, the sentence and cue scans, the speaker model) are compiled at
# -O3: at -O2 GCC leaves absl::string_view's operator== and small memcmps
# out of line, a call for every word compared; -O3 inlines them (bbc400: 7%
# fewer instructions, output unchanged). Other builds keep their level.
HOT_LOOP_COPTS = select({
    "//quotes:opt": ["-O3"],
    "//conditions:default": [],
})

# The scans that read 16 bytes at a time with SSE2 (the tokenizer's letter
# runs, UTF-8 validation, and byte_scan.h's search that the quote-mark and
# sentence-mark scans share) have a portable path for other processors. The
# "_portable" twins of the text, speaker and attribution targets build it on
# x86-64 too (QUOTECHECK_NO_SSE2), for //tests:tokens_portable_test and
# //tests:byte_scan_portable_test.
PORTABLE_VARIANTS = [
    ("", False),
    ("_portable", True),
]
