// The HTML report's timeline view: for each subject, measure and frame that
// the findings show on several dates, the figures by date and outlet as an
// inline SVG chart, one colour and marker per outlet, with a legend and the
// same figures in a table.
#ifndef TOOLS_HTML_TIMELINE_H_
#define TOOLS_HTML_TIMELINE_H_

#include <functional>
#include <ostream>
#include <string>

#include "proto/quotes.pb.h"

namespace factcheck {

// Writes the charts of `report`'s quantity findings, in order of subject,
// measure and frame. `article` gives the page's number of an article id (-1
// when it has none), so that each point links to its figure ("#aN-bB").
// A claim cited by several findings is drawn once; a point from a CONFLICT
// or DIFFERS finding is ringed.
void WriteTimelines(const quotes::v1::CrossCheckReport& report,
                    const std::function<int(const std::string&)>& article, std::ostream* out);

}  // namespace factcheck

#endif  // TOOLS_HTML_TIMELINE_H_
