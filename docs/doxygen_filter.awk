# Doxygen INPUT_FILTER for quotecheck's public headers.
#
# The headers are written in Google style, with plain `//` comments, as RE2 and
# Abseil are; Doxygen only reads `///`. This filter lets the headers stay as
# they are and hands Doxygen:
#   - `//` comment lines as `///` doc lines;
#   - a trailing `// ...` after a declaration ending in `;` or `,` (struct
#     fields, enumerators) as `///< ...`;
#   - the file banner (the comments before the include guard) as `@file` docs;
#   - the indented lines after a `// Example:` line as a `@code` block.
# Line numbers are kept: the one line inserted for `@file` is paid back by
# dropping the blank line after the include guard's #define.
#
# Usage (Doxygen calls it): awk -f docs/doxygen_filter.awk HEADER

function flush() {
  if (have_held) print held
  have_held = 0
}

function emit(line) {
  flush()
  held = line
  have_held = 1
}

BEGIN { in_banner = 1; owed = 0; in_example = 0 }

{
  line = $0

  # Close an example block on the first line that is not indented code.
  if (in_example && line !~ /^[ \t]*\/\/   / && line !~ /^[ \t]*\/\/$/) {
    held = held " @endcode"
    in_example = 0
  }

  if (in_banner) {
    if (line ~ /^\/\//) {
      if (!started_banner) {
        emit("/// @file")
        owed = 1
        started_banner = 1
      }
    } else {
      in_banner = 0
    }
  }

  if (owed && line ~ /^$/ && prev ~ /^#define /) {
    owed = 0
    prev = line
    next
  }
  prev = line

  if (line ~ /^[ \t]*\/\/( |$)/) {
    sub(/\/\//, "///", line)
    if (line ~ /Example:[ \t]*$/) {
      line = line " @code"
      in_example = 1
    }
  } else if (line ~ /^[ \t]*[^\/ \t#].*[;,][ \t]*\/\/ /) {
    sub(/[ \t]*\/\/ /, "  ///< ", line)
  }
  emit(line)
}

END {
  if (in_example) held = held " @endcode"
  flush()
}
