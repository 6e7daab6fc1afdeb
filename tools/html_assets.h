// The HTML report's style sheet and script (tools/html_report.h): static
// text, the same on every page, kept apart from the code that writes the
// page's content.
#ifndef TOOLS_HTML_ASSETS_H_
#define TOOLS_HTML_ASSETS_H_

#include <string>

namespace factcheck {

// The style sheet, and the rules .k0 to .k<colours - 1> that give each
// speaker's quotes a light background of its own.
extern const char kHtmlStyle[];
std::string HtmlColourRules(int colours);

// The script, for the end of <body>. It switches the views (sections
// "view-NAME" of class "view", buttons of <nav> with data-view=NAME, and
// "#NAME" in the address), filters the findings (buttons of ".filters" with
// data-filter=VERDICT), follows an anchor into a hidden view, and marks
// <body>: data-ready="1" when it has run, data-load-ms and data-onload-ms.
// The handler that records a script error in data-error must be set by an
// earlier script, before anything else can fail.
extern const char kHtmlScript[];

}  // namespace factcheck

#endif  // TOOLS_HTML_ASSETS_H_
