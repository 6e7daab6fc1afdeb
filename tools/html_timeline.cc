// Timeline charts: hand-drawn SVG (no script, no library), so the page stays
// one file that loads nothing. x is the article's date, y the figure; each
// outlet is one series, joined by a line in date order, so an outlet whose
// figures run apart from the others' shows as a line of its own.
#include "tools/html_timeline.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "tools/html_report.h"

namespace factcheck {

namespace {

using quotes::v1::Claim;
using quotes::v1::Finding;

struct Point {
  absl::CivilDay day;
  double value = 0;
  std::string source, date, text, headline;
  int article = -1;
  uint32_t begin = 0;
  bool flagged = false;  // in a CONFLICT or DIFFERS finding
};

// subject, measure, frame
using Key = std::tuple<std::string, std::string, std::string>;

// The figure as one number: the interval's middle, or its one bound.
bool PointValue(const quotes::v1::Interval& v, double* value) {
  if (v.has_lower() && v.has_upper()) {
    *value = (v.lower() + v.upper()) / 2;
  } else if (v.has_lower()) {
    *value = v.lower();
  } else if (v.has_upper()) {
    *value = v.upper();
  } else {
    return false;
  }
  return std::isfinite(*value);
}

// `s` cut to at most `max` bytes, on a character boundary, with "…".
std::string Shortened(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

constexpr const char* kPalette[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd",
                                    "#ff7f0e", "#17becf", "#8c564b", "#e377c2"};
constexpr int kShapes = 4;

// A marker of `shape` centred at (x, y): circle, square, triangle, diamond.
std::string Marker(int shape, double x, double y, const std::string& colour) {
  const double r = 5;
  switch (shape % kShapes) {
    case 0:
      return absl::StrFormat("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>", x, y, r,
                             colour);
    case 1:
      return absl::StrFormat(
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x - r, y - r,
          2 * r, 2 * r, colour);
    case 2:
      return absl::StrFormat("<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"%s\"/>", x,
                             y - r - 1, x + r + 1, y + r, x - r - 1, y + r, colour);
    default:
      return absl::StrFormat("<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"%s\"/>",
                             x, y - r - 1, x + r + 1, y, x, y + r + 1, x - r - 1, y, colour);
  }
}

void WriteChart(const Key& key, std::vector<Point> points, std::ostream* out) {
  std::sort(points.begin(), points.end(), [](const Point& a, const Point& b) {
    return std::tie(a.source, a.day, a.value, a.article, a.begin) <
           std::tie(b.source, b.day, b.value, b.article, b.begin);
  });
  std::map<std::string, int> series;
  for (const Point& p : points) series.emplace(p.source, 0);
  int s = 0;
  for (auto& [source, number] : series) number = s++;
  absl::CivilDay first = points[0].day, last = points[0].day;
  double low = points[0].value, high = points[0].value;
  for (const Point& p : points) {
    first = std::min(first, p.day);
    last = std::max(last, p.day);
    low = std::min(low, p.value);
    high = std::max(high, p.value);
  }
  if (high == low) {
    low -= 1;
    high += 1;
  }
  // Ticks at round numbers (1, 2 or 5 times a power of ten), about four.
  const double raw = (high - low) / 4;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  const double step = raw <= power       ? power
                      : raw <= 2 * power ? 2 * power
                      : raw <= 5 * power ? 5 * power
                                         : 10 * power;
  low = std::floor(low / step) * step;
  high = std::ceil(high / step) * step;
  if (high == low) high = low + step;
  constexpr double kWidth = 760, kHeight = 260, kLeft = 70, kRight = 190, kTop = 16, kBottom = 44;
  const double plot_w = kWidth - kLeft - kRight, plot_h = kHeight - kTop - kBottom;
  const double days = std::max<double>(1, last - first);
  const double jitter = 4;
  auto x_of = [&](const Point& p) {
    const int i = series.at(p.source);
    return kLeft + plot_w * (p.day - first) / days + jitter * (i - (series.size() - 1) / 2.0);
  };
  auto y_of = [&](double v) { return kTop + plot_h * (high - v) / (high - low); };

  const auto& [subject, measure, frame] = key;
  std::string title = absl::StrCat(subject, " · ", measure);
  if (!frame.empty()) absl::StrAppend(&title, " (", frame, ")");
  *out << "<div class=\"chart\"><h3>" << EscapeHtml(title) << "</h3>\n"
       << absl::StrFormat(
              "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
              "viewBox=\"0 0 %.0f %.0f\" role=\"img\" font-size=\"11\">\n",
              kWidth, kHeight, kWidth, kHeight);
  // Axes, value ticks, and a tick for each date that has a figure.
  *out << absl::StrFormat("<path d=\"M%.1f %.1fV%.1fH%.1f\" stroke=\"#888\" fill=\"none\"/>\n",
                          kLeft, kTop, kTop + plot_h, kLeft + plot_w);
  for (int t = 0; low + t * step <= high + step / 2; ++t) {
    const double v = low + t * step;
    *out << absl::StrFormat(
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.6g</text>"
        "<path d=\"M%.1f %.1fH%.1f\" stroke=\"#eee\"/>\n",
        kLeft - 6, y_of(v) + 4, v, kLeft, y_of(v), kLeft + plot_w);
  }
  std::set<absl::CivilDay> dates;
  for (const Point& p : points) dates.insert(p.day);
  const size_t every = (dates.size() + 7) / 8;  // at most 8 labels
  size_t d = 0;
  for (const absl::CivilDay& day : dates) {
    if (d++ % every != 0) continue;
    const double x = kLeft + plot_w * (day - first) / days;
    *out << absl::StrFormat(
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%04d-%02d-%02d</text>\n", x,
        kTop + plot_h + 16, day.year(), day.month(), day.day());
  }
  // One line and one marker shape and colour per outlet.
  for (const auto& [source, i] : series) {
    const std::string colour = kPalette[i % 8];
    std::string line;
    for (const Point& p : points) {
      if (p.source != source) continue;
      absl::StrAppendFormat(&line, "%s%.1f %.1f", line.empty() ? "M" : "L", x_of(p), y_of(p.value));
    }
    *out << "<g class=\"series\" data-source=\"" << EscapeHtml(source) << "\">";
    if (line.find('L') != std::string::npos) {
      *out << "<path d=\"" << line << "\" stroke=\"" << colour
           << "\" stroke-width=\"1.5\" fill=\"none\" opacity=\".6\"/>";
    }
    for (const Point& p : points) {
      if (p.source != source) continue;
      const double x = x_of(p), y = y_of(p.value);
      const std::string tip = absl::StrCat(p.source.empty() ? "(no source)" : p.source, ", ",
                                           p.date, ": ", p.text, " — ", p.headline);
      if (p.article >= 0) *out << "<a href=\"#a" << p.article << "-b" << p.begin << "\">";
      *out << "<g class=\"point\">";
      if (p.flagged) {
        *out << absl::StrFormat(
            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"none\" stroke=\"#222\" "
            "stroke-width=\"2\"/>",
            x, y);
      }
      *out << Marker(i, x, y, colour) << "<title>" << EscapeHtml(tip) << "</title></g>";
      if (p.article >= 0) *out << "</a>";
    }
    *out << "</g>\n";
    // The legend entry.
    const double ly = kTop + 10 + 18 * i;
    *out << Marker(i, kWidth - kRight + 20, ly, colour)
         << absl::StrFormat("<text x=\"%.1f\" y=\"%.1f\">", kWidth - kRight + 32, ly + 4)
         << EscapeHtml(Shortened(source.empty() ? "(no source)" : source, 26)) << "</text>\n";
  }
  *out << absl::StrFormat(
      "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"none\" stroke=\"#222\" "
      "stroke-width=\"2\"/><text x=\"%.1f\" y=\"%.1f\">in a CONFLICT or DIFFERS</text>\n",
      kWidth - kRight + 20, kTop + 16 + 18 * series.size(), kWidth - kRight + 32,
      kTop + 20 + 18 * series.size());
  *out << "</svg>\n<details><summary>figures</summary><table><tr><th>date</th><th>outlet</th>"
          "<th>figure</th><th>article</th></tr>\n";
  std::vector<const Point*> by_date;
  for (const Point& p : points) by_date.push_back(&p);
  std::stable_sort(by_date.begin(), by_date.end(),
                   [](const Point* a, const Point* b) { return a->day < b->day; });
  for (const Point* p : by_date) {
    *out << "<tr><td>" << EscapeHtml(p->date) << "</td><td>" << EscapeHtml(p->source) << "</td><td>"
         << (p->flagged ? "<mark>" : "") << EscapeHtml(p->text) << (p->flagged ? "</mark>" : "")
         << "</td><td>";
    if (p->article >= 0) {
      *out << "<a href=\"#a" << p->article << "-b" << p->begin << "\">" << EscapeHtml(p->headline)
           << "</a>";
    } else {
      *out << EscapeHtml(p->headline);
    }
    *out << "</td></tr>\n";
  }
  *out << "</table></details></div>\n";
}

}  // namespace

void WriteTimelines(const quotes::v1::CrossCheckReport& report,
                    const std::function<int(const std::string&)>& article, std::ostream* out) {
  // Key: (article id, byte offset): the point.
  std::map<Key, std::map<std::pair<std::string, uint32_t>, Point>> groups;
  for (const Finding& f : report.findings()) {
    if (f.kind() != quotes::v1::QUANTITY_CHECK || f.subject().empty()) continue;
    const bool flagged = f.verdict() == quotes::v1::CONFLICT || f.verdict() == quotes::v1::DIFFERS;
    auto& group = groups[Key(f.subject(), f.measure(), f.frame())];
    for (const Claim& c : f.claims()) {
      Point p;
      if (c.date().size() < 10 || !absl::ParseCivilTime(c.date().substr(0, 10), &p.day) ||
          !PointValue(c.value(), &p.value)) {
        continue;
      }
      auto [it, added] = group.try_emplace({c.article_id(), c.span().begin()});
      if (added) {
        p.source = c.source();
        p.date = c.date();
        p.text = c.text();
        p.headline = c.headline().empty() ? c.article_id() : c.headline();
        p.article = article(c.article_id());
        p.begin = c.span().begin();
        it->second = std::move(p);
      }
      it->second.flagged |= flagged;
    }
  }
  int charts = 0;
  for (const auto& [key, group] : groups) {
    std::set<absl::CivilDay> days;
    for (const auto& [where, p] : group) days.insert(p.day);
    if (days.size() < 2) continue;
    std::vector<Point> points;
    for (const auto& [where, p] : group) points.push_back(p);
    WriteChart(key, std::move(points), out);
    ++charts;
  }
  if (charts == 0) {
    *out << "<p>No subject's figure is reported on more than one date.</p>\n";
  }
}

}  // namespace factcheck
