// schema.org ClaimReview JSON-LD for check's findings.
#include "tools/claim_review.h"

#include <algorithm>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"

namespace factcheck {

std::string JsonQuote(absl::string_view s) {
  std::string out = "\"";
  for (const char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          absl::StrAppendFormat(&out, "\\u%04x", c);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
  return out;
}

const char* VerdictWords(quotes::v1::Verdict v) {
  switch (v) {
    case quotes::v1::CONSISTENT: return "Consistent across sources";
    case quotes::v1::DIFFERS: return "Sources give different figures";
    case quotes::v1::CONFLICT: return "Sources conflict";
    case quotes::v1::SINGLE_SOURCE: return "Single source";
    case quotes::v1::DISCREPANCY: return "Reported differently";
    default: return "Not rated";
  }
}

int VerdictRating(quotes::v1::Verdict v) {
  switch (v) {
    case quotes::v1::CONSISTENT: return 5;
    case quotes::v1::SINGLE_SOURCE:
    case quotes::v1::DISCREPANCY: return 3;
    case quotes::v1::DIFFERS: return 2;
    case quotes::v1::CONFLICT: return 1;
    default: return 3;
  }
}

namespace {

// "delegate of Donald Trump (has) at the Florida primary, 2016-03-15".
std::string FindingKey(const quotes::v1::Finding& f) {
  std::string key = f.measure();
  if (!f.subject().empty()) absl::StrAppend(&key, " of ", f.subject());
  if (!f.frame().empty()) absl::StrAppend(&key, " (", f.frame(), ")");
  if (!f.event().empty()) absl::StrAppend(&key, " at ", f.event());
  if (!f.time().empty()) absl::StrAppend(&key, ", ", f.time());
  return key;
}

// One CreativeWork per article stating the claim, in the finding's order.
std::string Appearances(const quotes::v1::Finding& f) {
  std::vector<std::string> ids, works;
  for (const quotes::v1::Claim& c : f.claims()) {
    if (std::find(ids.begin(), ids.end(), c.article_id()) != ids.end()) continue;
    ids.push_back(c.article_id());
    std::string w = "{\"@type\":\"CreativeWork\"";
    if (!c.url().empty()) absl::StrAppend(&w, ",\"url\":", JsonQuote(c.url()));
    absl::StrAppend(&w, ",\"identifier\":", JsonQuote(c.article_id()));
    if (!c.headline().empty()) absl::StrAppend(&w, ",\"headline\":", JsonQuote(c.headline()));
    if (!c.date().empty()) absl::StrAppend(&w, ",\"datePublished\":", JsonQuote(c.date()));
    if (!c.source().empty()) {
      absl::StrAppend(&w, ",\"publisher\":{\"@type\":\"Organization\",\"name\":",
                      JsonQuote(c.source()), "}");
    }
    w.push_back('}');
    works.push_back(std::move(w));
  }
  return absl::StrCat("[", absl::StrJoin(works, ","), "]");
}

}  // namespace

std::string FindingToClaimReview(const quotes::v1::Finding& f,
                                 const ClaimReviewOptions& options) {
  std::vector<std::string> figures;
  for (const quotes::v1::Claim& c : f.claims()) {
    if (std::find(figures.begin(), figures.end(), c.text()) == figures.end()) {
      figures.push_back(c.text());
    }
  }
  std::string claim = FindingKey(f);
  if (!figures.empty()) absl::StrAppend(&claim, ": ", absl::StrJoin(figures, " / "));
  std::string out = absl::StrCat(
      "{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\",\"claimReviewed\":",
      JsonQuote(claim), ",\"itemReviewed\":{\"@type\":\"Claim\",\"appearance\":",
      Appearances(f), "},\"reviewRating\":{\"@type\":\"Rating\",\"ratingValue\":",
      VerdictRating(f.verdict()), ",\"bestRating\":5,\"worstRating\":1,\"alternateName\":",
      JsonQuote(VerdictWords(f.verdict())), "}");
  if (!f.explanation().empty()) absl::StrAppend(&out, ",\"reviewBody\":", JsonQuote(f.explanation()));
  absl::StrAppend(&out, ",\"author\":{\"@type\":\"Organization\",\"name\":",
                  JsonQuote(options.author), "}");
  if (!options.date.empty()) absl::StrAppend(&out, ",\"datePublished\":", JsonQuote(options.date));
  out.push_back('}');
  return out;
}

}  // namespace factcheck
