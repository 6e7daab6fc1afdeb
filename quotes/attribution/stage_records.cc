// Records: speakers and quotes.
#include "quotes/attribution/stage_records.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "quotes/attribution/clause_words.h"
#include "quotes/attribution/stage_select.h"
#include "quotes/text/segmenter.h"

namespace quotes {
namespace internal {

namespace {

// Sets spans in code points from spans in bytes of one text, in one pass
// over it whatever the order the spans come in: Add() each pair, then
// Fill(). Not thread-safe; the spans must outlive Fill().
class CodePointSpans {
 public:
  // `*chars` is to be `bytes` in code points.
  void Add(const v1::Span& bytes, v1::Span* chars) {
    offsets_.push_back({bytes.begin(), chars, false});
    offsets_.push_back({bytes.end(), chars, true});
  }

  void Fill(absl::string_view text) {
    std::sort(offsets_.begin(), offsets_.end(),
              [](const Offset& a, const Offset& b) { return a.byte < b.byte; });
    size_t pos = 0;
    uint32_t count = 0;
    for (const Offset& o : offsets_) {
      for (; pos < o.byte && pos < text.size(); ++pos) {
        count += (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
      }
      if (o.end) {
        o.chars->set_end(count);
      } else {
        o.chars->set_begin(count);
      }
    }
  }

 private:
  struct Offset {
    uint32_t byte;
    v1::Span* chars;
    bool end;
  };
  std::vector<Offset> offsets_;
};

// A speaker's place among the speakers, by entity.
struct SpeakerIds {
  // 1 + the speaker's place in order of first quote, by entity; 0 for an
  // entity that says nothing kept.
  std::vector<int> ids;
  // The ids as written in the records, by place.
  std::vector<const std::string*> text;
};

// How far from a place its sentence is looked for: a sentence is shorter,
// and a huge paragraph is not split once a place.
constexpr size_t kSentenceReach = 4096;

// The sentence that holds `span`: within its paragraph (or else its line,
// for the headline) and kSentenceReach bytes of it, split only up to the
// span.
TextSpan SentenceAt(absl::string_view text, const std::vector<TextSpan>& paragraphs,
                    const v1::Span& span) {
  if (span.end() <= span.begin() || span.end() > text.size()) return {};
  TextSpan within;
  const auto after = std::upper_bound(
      paragraphs.begin(), paragraphs.end(), static_cast<size_t>(span.begin()),
      [](size_t pos, const TextSpan& p) { return pos < p.begin; });
  if (after != paragraphs.begin() && std::prev(after)->Contains(span.begin()) &&
      std::prev(after)->end >= span.end()) {
    within = *std::prev(after);
  } else {
    const size_t newline = text.rfind('\n', span.begin());
    within.begin = newline == absl::string_view::npos ? 0 : newline + 1;
    within.end = text.find('\n', span.end());
    if (within.end == absl::string_view::npos) within.end = text.size();
  }
  if (span.begin() > within.begin + kSentenceReach) within.begin = span.begin() - kSentenceReach;
  within.end = std::min<size_t>(within.end, span.end() + kSentenceReach);
  const std::vector<TextSpan> sentences = SplitSentences(text, within, span.begin());
  for (auto it = sentences.rbegin(); it != sentences.rend(); ++it) {
    if (it->begin <= span.begin()) return *it;
  }
  return {};
}

// Whether the sentence `at` of `text` holds `lower_title` in any case.
bool SentenceHolds(absl::string_view text, TextSpan at, absl::string_view lower_title) {
  if (lower_title.empty() || at.size() < lower_title.size()) return false;
  const absl::string_view s = text.substr(at.begin, at.size());
  for (size_t i = 0; i + lower_title.size() <= s.size(); ++i) {
    size_t k = 0;
    while (k < lower_title.size() &&
           absl::ascii_tolower(static_cast<unsigned char>(s[i + k])) == lower_title[k]) {
      ++k;
    }
    if (k == lower_title.size()) return true;
  }
  return false;
}

// The evidence for `s`'s title, in `s->title_*`: the first mention other
// than a pronoun whose sentence holds the title (in any case); else the
// first place near the first mention where the surname is written, as a
// word, in such a sentence (the title is often given where the person is
// named, not where they speak); else the first mention. Each search is
// bounded. The code-point span is left to `chars`.
void WriteTitleEvidence(absl::string_view text, const std::vector<TextSpan>& paragraphs,
                        v1::Speaker* s, CodePointSpans* chars) {
  if (s->title().empty() || s->mentions().empty()) return;
  const std::string title = absl::AsciiStrToLower(s->title());
  // Bounded: a speaker may have thousands of mentions in a huge article.
  constexpr int kMaxPlaces = 16;
  TextSpan place, sentence;
  int tried = 0;
  for (const v1::Mention& m : s->mentions()) {
    if (m.form() == v1::PRONOUN) continue;
    if (++tried > kMaxPlaces) break;
    const TextSpan at = SentenceAt(text, paragraphs, m.span());
    if (SentenceHolds(text, at, title)) {
      place = {m.span().begin(), m.span().end()};
      sentence = at;
      break;
    }
  }
  const absl::string_view name = s->name();
  const size_t space = name.rfind(' ');
  const absl::string_view surname =
      space == absl::string_view::npos ? name : name.substr(space + 1);
  // Near the first mention: a huge article is not read whole per speaker.
  constexpr size_t kSurnameReach = 65536;
  const size_t first = s->mentions(0).span().begin();
  const size_t from = first > kSurnameReach ? first - kSurnameReach : 0;
  const absl::string_view near =
      text.substr(0, std::min(text.size(), static_cast<size_t>(s->mentions(0).span().end()) +
                                               kSurnameReach));
  tried = 0;
  for (size_t at = near.find(surname, from); sentence.size() == 0 && !surname.empty() &&
                                             at != absl::string_view::npos && tried < kMaxPlaces;
       at = near.find(surname, at + 1)) {
    ++tried;
    const size_t end = at + surname.size();
    if ((at > 0 && absl::ascii_isalnum(static_cast<unsigned char>(text[at - 1]))) ||
        (end < text.size() && absl::ascii_isalnum(static_cast<unsigned char>(text[end])))) {
      continue;
    }
    v1::Span span;
    span.set_begin(static_cast<uint32_t>(at));
    span.set_end(static_cast<uint32_t>(end));
    const TextSpan in = SentenceAt(text, paragraphs, span);
    if (SentenceHolds(text, in, title)) {
      place = {at, end};
      sentence = in;
    }
  }
  if (sentence.size() == 0) {
    const v1::Span& first = s->mentions(0).span();
    place = {first.begin(), first.end()};
    sentence = SentenceAt(text, paragraphs, first);
  }
  s->mutable_title_span()->set_begin(static_cast<uint32_t>(place.begin));
  s->mutable_title_span()->set_end(static_cast<uint32_t>(place.end));
  chars->Add(s->title_span(), s->mutable_title_char_span());
  if (sentence.size() == 0) return;
  const absl::string_view said = text.substr(sentence.begin, sentence.size());
  s->set_title_sentence(said.data(), said.size());
  s->mutable_title_sentence_span()->set_begin(static_cast<uint32_t>(sentence.begin));
  s->mutable_title_sentence_span()->set_end(static_cast<uint32_t>(sentence.end));
}

// The speakers, in order of first quote.
SpeakerIds WriteSpeakers(ArticleState* state) {
  const absl::string_view text = state->text;
  const std::vector<Draft*>& kept = state->quotes;
  EntityRegistry& registry = state->registry;
  v1::ArticleAnalysis* analysis = state->analysis;
  std::vector<int> speaker_ids(registry.entities().size(), 0);
  int next_speaker = 0;
  for (const Draft* d : kept) {
    if (d->speaker >= 0 && speaker_ids[d->speaker] == 0) {
      speaker_ids[d->speaker] = ++next_speaker;
    }
  }
  // Speakers in order of first quote.
  std::vector<int> order(next_speaker);
  for (size_t e = 0; e < speaker_ids.size(); ++e) {
    if (speaker_ids[e] > 0) order[speaker_ids[e] - 1] = static_cast<int>(e);
  }
  // Empty strings are left unset: proto3 tells them from unset ones
  // neither on the wire nor in JSON, and each set one is a string made on
  // the arena. The quotes copy their speaker's id from it.
  std::vector<const std::string*> speaker_id_text(next_speaker);
  CodePointSpans chars;
  for (int e : order) {
    Entity& ent = registry.entity(e);
    SplitOrganizationFromTitle(&ent.title, &ent.organization);
    v1::Speaker* s = analysis->add_speakers();
    s->set_id(RecordId('s', speaker_ids[e]));
    speaker_id_text[speaker_ids[e] - 1] = &s->id();
    if (!ent.name.empty()) s->set_name(ent.name);
    if (!ent.title.empty()) s->set_title(ent.title);
    if (!ent.organization.empty()) s->set_organization(ent.organization);
    s->set_gender(ent.gender);
    s->set_type(ent.type);
    // The registry keeps a mention's span and form; its text is cut here.
    s->mutable_mentions()->Reserve(static_cast<int>(ent.mentions.size()));
    for (const EntityMention& m : ent.mentions) {
      v1::Mention* out = s->add_mentions();
      out->mutable_span()->set_begin(m.span.begin);
      out->mutable_span()->set_end(m.span.end);
      chars.Add(out->span(), out->mutable_char_span());
      out->set_form(m.form);
      // The registry resolved the phrases against this text.
      if (m.span.begin < text.size() && m.span.end > m.span.begin) {
        const absl::string_view said = text.substr(m.span.begin, m.span.size());
        out->set_text(said.data(), said.size());
      }
    }
    WriteTitleEvidence(text, state->paragraphs, s, &chars);
  }
  chars.Fill(text);
  return {std::move(speaker_ids), std::move(speaker_id_text)};
}

// The words a quote's speaker said: an interrupted quote's pieces joined by
// a space, without the attribution between them; any other quote's span.
std::string SpokenText(absl::string_view text, const Draft& d) {
  if (d.parts.size() < 2) return std::string(text.substr(d.content.begin, d.content.size()));
  std::string out;
  out.reserve(d.content.size());
  for (const TextSpan& part : d.parts) {
    if (!out.empty()) out.push_back(' ');
    absl::StrAppend(&out, text.substr(part.begin, part.size()));
  }
  return out;
}

// The quotes, in text order.
void WriteQuotes(const ArticleState& state, const SpeakerIds& speakers) {
  const absl::string_view text = state.text;
  const std::vector<Entity>& entities = state.registry.entities();
  v1::ArticleAnalysis* analysis = state.analysis;
  CodePointSpans chars;
  int qn = 0;
  for (const Draft* dp : state.quotes) {
    const Draft& d = *dp;
    v1::Quote* q = analysis->add_quotes();
    q->set_id(RecordId('q', ++qn));
    q->set_kind(d.kind);
    q->set_text(SpokenText(text, d));
    q->mutable_span()->set_begin(d.content.begin);
    q->mutable_span()->set_end(d.content.end);
    chars.Add(q->span(), q->mutable_char_span());
    for (const TextSpan& part : d.parts) {
      v1::Span* ps = q->add_parts();
      ps->set_begin(part.begin);
      ps->set_end(part.end);
    }
    for (const v1::Span& part : q->parts()) chars.Add(part, q->add_part_char_spans());
    if (!d.cue.empty()) {
      q->set_cue(std::string(d.cue));
      q->mutable_cue_span()->set_begin(d.cue_span.begin);
      q->mutable_cue_span()->set_end(d.cue_span.end);
      chars.Add(q->cue_span(), q->mutable_cue_char_span());
    }
    // Two decimals: the measures behind it hold no more, and 0.9 * 0.98
    // would print as 0.881999969.
    q->set_confidence(std::round(d.confidence * d.speaker_certainty * 100.0f) / 100.0f);
    if (d.speaker >= 0) {
      const Entity& ent = entities[d.speaker];
      v1::QuoteSpeaker* sp = q->mutable_speaker();
      sp->set_id(*speakers.text[speakers.ids[d.speaker] - 1]);
      if (!ent.name.empty()) sp->set_name(ent.name);
      if (!ent.title.empty()) sp->set_title(ent.title);
      if (!ent.organization.empty()) sp->set_organization(ent.organization);
      v1::Mention* m = sp->mutable_mention();
      m->mutable_span()->set_begin(d.phrase.span.begin);
      m->mutable_span()->set_end(d.phrase.span.end);
      chars.Add(m->span(), m->mutable_char_span());
      m->set_form(d.headline ? v1::HEADLINE : d.phrase.form);
      if (!d.phrase.empty()) {
        m->set_text(std::string(
            text.substr(d.phrase.span.begin, d.phrase.span.size())));
      }
      if (!d.rule.empty()) q->set_rule(d.rule.data(), d.rule.size());
    }
  }
  chars.Fill(text);
}

}  // namespace

void WriteRecords(const AttributionModel& model, ArticleState* state) {
  DropBelowMinConfidence(model, state);
  WriteQuotes(*state, WriteSpeakers(state));
}

}  // namespace internal
}  // namespace quotes
