// The speaker model's reading of words and phrases: which words are
// titles, names, honorifics or groups (from the lexicon), and the phrases
// before and after a cue read as a person, a pronoun, a description or a
// group.
#ifndef QUOTES_SPEAKERS_NAME_MODEL_H_
#define QUOTES_SPEAKERS_NAME_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"
#include "quotes/speakers/speaker_phrase.h"
#include "quotes/speakers/speaker_words.h"
#include "quotes/text/text_span.h"
#include "quotes/text/tokens.h"

namespace quotes {
namespace internal {

// Bits of NameModel::classes_. A list word written with a final stop ("Gen.")
// sets the *Dot bit of the word without it, so that a token matches a list
// word exactly as LowerWord(token) == word would.
enum WordClass : uint16_t {
  kTitle = 1 << 0,
  kTitleDot = 1 << 1,
  kGroup = 1 << 2,
  kGroupDot = 1 << 3,
  kAdverb = 1 << 4,
  kAdverbDot = 1 << 5,
  kParticle = 1 << 6,
  kParticleDot = 1 << 7,
  kHonorific = 1 << 8,  // with or without the stop
  kNeverName = 1 << 9,  // with or without the stop
  kCueStart = 1 << 10,  // the first word run of a cue form: NameModel::kCueStartClass
  kSurnameTitle = 1 << 11,
  kPartyMember = 1 << 12,  // a title word when capitalised
  kBrand = 1 << 13,  // before a surname title, a company: "Burger King"
  kDate = 1 << 14,   // a weekday or a month, with or without the stop
  kNameToken = 1 << 15,  // set by Annotate: NameModel::IsNameToken
};

// The bit for `plain` or its *Dot twin, as the token is written.
inline bool HasClass(const Token& t, uint16_t plain, uint16_t dotted) {
  const bool dot = !t.text.empty() && t.text.back() == '.';
  return (t.lex & (dot ? dotted : plain)) != 0;
}

// Immutable word knowledge built from a Lexicon. Thread-safe.
class NameModel {
 public:
  // `cue_forms` are the speech cues ("said", "according to"): their first
  // runs of ASCII word characters are a word class too (MayStartCue).
  explicit NameModel(const v1::Lexicon& lexicon,
                     const std::vector<std::string>& cue_forms = {});
  // Not copyable or movable: the tokenizer's marker points at the words.
  NameModel(const NameModel&) = delete;
  NameModel& operator=(const NameModel&) = delete;

  // The lexicon's lists as the speaker files read them; lives as long as
  // the model.
  const SpeakerWords& words() const { return words_; }

  // The phrase that ends right before token `end` of `tokens` (the cue),
  // skipping adverbs such as "also". Reads "X, a Y," appositives. With
  // `first_of_pair`, "A and B said" gives A, else B.
  SpeakerPhrase ParseBefore(absl::string_view text,
                            const std::vector<Token>& tokens, int end,
                            bool first_of_pair = true) const;
  // "the Ministry of Finance", "the Reserve Bank of Australia": whether an
  // organisation word followed by "of" stands in tokens [begin, end).
  bool NamesBodyOf(const std::vector<Token>& tokens, int begin, int end) const;
  // When tokens[j], a lower-case agent noun, heads the object of a title's
  // or group's "of", "for" or "at" ("the chief executive of a leading
  // European car maker", "critics of the takeover"): the index of the title
  // or group word; else -1.
  int TitleOfObject(const std::vector<Token>& tokens, int j) const;
  // "a source familiar with the matter", "people close to the talks": an
  // unnamed source ending right before token `end`, or an empty phrase.
  SpeakerPhrase ParseAnonymousSource(absl::string_view text,
                                     const std::vector<Token>& tokens,
                                     int end) const;
  // The phrase that starts at token `begin` (right after a cue), with a
  // following appositive (", a Polish political analyst,").
  SpeakerPhrase ParseAfter(absl::string_view text,
                           const std::vector<Token>& tokens, int begin,
                           int* next) const;
  // Person names with their titles anywhere in `range`: "President Ilham
  // Aliyev", "Salim M. AlMalik, Director-General of ... (ICESCO)".
  // With `possessive_names`, a name seen only as an owner whose first name
  // the lexicon does not know ("Damon Green’s office") goes there: a full
  // name for a later "Green", and nothing else (it may be a place's: "Santa
  // Clara’s").
  void FindPersons(absl::string_view text, const std::vector<Token>& tokens,
                   std::vector<SpeakerPhrase>* out,
                   std::vector<SpeakerPhrase>* possessive_names = nullptr) const;
  // The persons a title-case line names ("Hillary Clinton Goes After Donald
  // Trump"), where a run of capitals is no name: a first name the lexicon
  // knows and the name word after it, into `out`.
  void FindPersonsInTitleCase(absl::string_view text, const std::vector<Token>& tokens,
                              std::vector<SpeakerPhrase>* out) const;
  // Organisations and groups that open a sentence as its subject ("The firm
  // insisted ...", "BA reported ..."): antecedents for a later "it"/"they".
  void FindGroups(absl::string_view text, const std::vector<Token>& tokens,
                  std::vector<SpeakerPhrase>* out) const;

  // Sets Token::lex on every word of `tokens`: one word-list lookup per word,
  // so that the predicates below are bit tests. Call it on every token
  // vector before handing it to the methods above.
  void Annotate(std::vector<Token>* tokens) const;
  // Tokenize(text, range) and Annotate in one: the words are looked up by
  // the tokenizer, which has their bytes in hand.
  std::vector<Token> Tokenize(absl::string_view text, TextSpan range) const;

  // Whether a cue form may start at this word (an annotated token of ASCII
  // letters) or at this run of ASCII word characters, in any case. The
  // first is inline: the attributor asks it of every word.
  bool MayStartCue(const Token& t) const { return (t.lex & kCueStartClass) != 0; }
  bool MayStartCue(absl::string_view run) const;
  // The bit of Token::lex that MayStartCue tests (WordClass kCueStart in
  // speakers.cc).
  static constexpr uint16_t kCueStartClass = kCueStart;

  bool IsTitleWord(const Token& t) const;
  bool IsNameToken(const Token& t) const;
  bool IsCueAdverb(const Token& t) const;
  // A capitalised weekday or month ("Thursday", "Sept."): "said Thursday".
  bool IsDateWord(const Token& t) const;
  bool IsGroupNoun(const Token& t) const;
  // A word that ends an organisation's name: "Group", "Bank", "Ministry".
  bool IsOrganizationWord(const Token& t) const;
  // A capitalised word that may name a company when it opens a sentence:
  // not a plural, an adverb, a participle, a title or a first name.
  bool LooksLikeCompanySubject(const Token& t) const;

 private:
  // MarkNameShapes inside Tokenize, on each word as it is pushed; the
  // common word (ASCII letters alone) is marked by Tokenize without the
  // call.
  class NameShapeMarker final : public WordMarker {
   public:
    explicit NameShapeMarker(const SpeakerWords* words);
    void Mark(Token* t) const override;

   private:
    const SpeakerWords* words_;
  };

  // A lower-case word that reads as a verb after a subject (the lexicon's
  // finite_verbs, or "-ed").
  bool LooksLikeFiniteVerb(const Token& t) const {
    return t.lower && !t.punct && words_.LooksLikeFiniteVerb(t.text);
  }

  // ParseAnonymousSource's words: the source's first token and its name's
  // (after the determiners), or begin -1 for none.
  struct SourceWords {
    int begin = -1;
    int name_begin = -1;
  };
  SourceWords AnonymousSourceAt(const std::vector<Token>& tokens, int end) const;
  SpeakerPhrase SourcePhrase(absl::string_view text, const std::vector<Token>& tokens,
                             SourceWords source, int end) const;
  SpeakerPhrase Classify(absl::string_view text, const std::vector<Token>& tokens,
                         int begin, int end) const;
  // Classify, into `p` as it is default-constructed: a parser that returns
  // one phrase from all its paths builds it in place (GCC then builds that
  // phrase in the caller's object) instead of moving a classified one out.
  void ClassifyInto(absl::string_view text, const std::vector<Token>& tokens,
                    int begin, int end, SpeakerPhrase* p) const;
  // ClassifyInto's readings, each of tokens [begin, end) into `out` when it
  // returns true. "Orin Middleton of Barclays Capital": a full name and its
  // organisation after a preposition.
  bool ClassifyAffiliatedPerson(absl::string_view text, const std::vector<Token>& tokens,
                                int begin, int end, SpeakerPhrase* out) const;
  // "Burger King said", "Analysts at Goldman Sachs said": a company.
  bool ClassifyCompanySpeakers(absl::string_view text, const std::vector<Token>& tokens,
                               int begin, int end, SpeakerPhrase* out) const;
  // The first token of the run of name words that ends the phrase (`end`
  // for none).
  int NameRunBegin(const std::vector<Token>& tokens, int begin, int end) const;
  // What the words before the name run make of the phrase: an organisation
  // ("Bank of New England", "UK Coal"), a role's place ("the minister in
  // Kabul"), a nationality ("the Spaniard"); or, returning false, the name
  // run's first token `*name_begin` moved past the title's object
  // ("Ambassador to Morocco Oktay Gurbanov").
  bool ClassifyAroundName(absl::string_view text, const std::vector<Token>& tokens,
                          int begin, int end, int* name_begin, SpeakerPhrase* out) const;
  // The person named by tokens [name_begin, end), with the title,
  // organisation and gender the words from `begin` give.
  void ClassifyName(absl::string_view text, const std::vector<Token>& tokens, int begin,
                    int name_begin, int end, SpeakerPhrase* out) const;
  // A phrase with no name: a description ("the department director") or a
  // group ("police", "the White House").
  void ClassifyUnnamed(absl::string_view text, const std::vector<Token>& tokens, int begin,
                       int end, SpeakerPhrase* out) const;
  // ParseBefore's reading of the phrase whose last word is token `last`,
  // once the adverbs, asides and brackets before the cue are crossed.
  SpeakerPhrase ParsePhraseEndingAt(absl::string_view text,
                                    const std::vector<Token>& tokens, int last,
                                    bool first_of_pair) const;
  // ParseBefore's steps. "Procter & Gamble said": the first token of
  // capitalised words joined by "&" that end before token `end`, or -1.
  int AmpersandFirmStart(const std::vector<Token>& tokens, int end) const;
  // The last token of the subject before the cue at token `end`, past cue
  // adverbs ("also") and a time ("on Tuesday", "last week").
  int SubjectEndBeforeCue(const std::vector<Token>& tokens, int end) const;
  // An aside between commas ending at token i ("Paul Grant, however,
  // said", "Mamata Banerjee, while addressing a rally, alleged"): true and
  // the phrase before it (perhaps none) in `out`, or false for none.
  bool ParseBeforeAside(absl::string_view text, const std::vector<Token>& tokens, int i,
                        bool first_of_pair, SpeakerPhrase* out) const;
  // ParsePhraseEndingAt's steps. Back from token `last` over the words of
  // the phrase: its first token into `*begin`, or, returning true, the
  // first of two people named ("Mr. King and Mr. Shultz say") into `out`.
  bool ScanPhraseBack(absl::string_view text, const std::vector<Token>& tokens, int last,
                      bool first_of_pair, int* begin, SpeakerPhrase* out) const;
  // Whether `t` opens a person's name: an honorific, a title or a known
  // first name.
  bool OpensName(const Token& t) const;
  // Whether a name (or a title closing one) ends right before the "and" at
  // tokens[j], j >= 2: "Prince Charles and Camilla Parker Bowles".
  bool NameEndsBefore(const std::vector<Token>& tokens, int j) const;
  // The first of two people named before the "and" at tokens[j], into
  // `out` with its span to tokens[last], when it is a full name or surname.
  bool FirstOfPair(absl::string_view text, const std::vector<Token>& tokens, int j, int last,
                   SpeakerPhrase* out) const;
  // Whether tokens[j] is a possessive owner that belongs to the phrase
  // ending at `last` ("the EPA's Andrew Fanara", "the mayor's spokesman").
  bool OwnsHead(const std::vector<Token>& tokens, int j, int last, bool has_head) const;
  // How many tokens before the determiner tokens[j] the phrase goes on
  // over a preposition ("Anna Berg of the Trust", "a spokesman for the
  // ministry"), 0 when it ends there.
  int DeterminerJoinsBefore(const std::vector<Token>& tokens, int j) const;
  // Whether tokens[j], a lower-case noun right before the cue, heads the
  // phrase: after an article ("the network said"), or an agent noun after
  // an owner ("the ad's narrator says") or a title's object.
  bool HeadsPhrase(const std::vector<Token>& tokens, int j) const;
  // "EU leaders at a summit in Lisbon pledged": the subject before a chain
  // of places, into `out`, when the phrase `out` holds follows "in" or "at".
  bool SubjectBeforePlaces(absl::string_view text, const std::vector<Token>& tokens,
                           int begin, int last, bool first_of_pair, SpeakerPhrase* out) const;
  // "Jakub Koreiba, a Polish analyst, said": the name before the phrase
  // `out` holds, when that phrase is its appositive.
  void NameBeforeAppositive(absl::string_view text, const std::vector<Token>& tokens,
                            int begin, int last, SpeakerPhrase* out) const;
  // FindPersons' steps. The full name that ends before token j, its run of
  // name words starting at token i, into `out` when it names a person.
  void AddFullName(absl::string_view text, const std::vector<Token>& tokens, int i, int j,
                   std::vector<SpeakerPhrase>* out) const;
  // Whether the name run [i, j), whose phrase starts at token pb, names a
  // person: not a place after a preposition or an article ("in South
  // Harbour"), unless a title or a known first name opens it.
  bool NamesPersonAt(const std::vector<Token>& tokens, int i, int j, int pb) const;
  // The title and organisation of the full name `p` that ends before token
  // j, from the appositives around it, where `p` lacks them.
  void AddAppositiveDetails(absl::string_view text, const std::vector<Token>& tokens, int j,
                            SpeakerPhrase* p) const;
  // "Charles Clarke's plan": the full name of a known first name at token i
  // and the possessive surname at token j, into `out`; of another first name,
  // into `possessive_names` when given and the words read as a person's.
  void AddPossessiveName(const std::vector<Token>& tokens, int i, int j,
                         std::vector<SpeakerPhrase>* out,
                         std::vector<SpeakerPhrase>* possessive_names) const;
  // ParseAfter's steps. The end of the phrase that starts at token `begin`
  // (after a determiner, with `determiner`): over capitalised words,
  // titles, groups, their joining words and a few lower-case modifiers.
  int PhraseEndAfter(const std::vector<Token>& tokens, int begin, bool determiner) const;
  // The appositive after a name that ends at token `end` (", a Polish
  // political analyst,"): its title and organisation into `out`, and its
  // end into `*next`.
  void AppositiveAfter(absl::string_view text, const std::vector<Token>& tokens, int end,
                       int* next, SpeakerPhrase* out) const;
  // Whether tokens[j], a possessive, owns the title or name after it ("the
  // Prime Minister's official spokesman").
  bool OwnsNextWord(const std::vector<Token>& tokens, int j) const;
  // After a nationality at tokens[j]: the end of the lower-case words that
  // close the phrase as its head ("the top British medical journal"), or
  // j + 1 for none.
  int LowerHeadEnd(const std::vector<Token>& tokens, int j) const;
  // Whether tokens[j] joins the words of a phrase after a cue ("Secretary
  // of State", "a spokesman for the ministry").
  bool JoinsAfterCue(const std::vector<Token>& tokens, int begin, int j) const;
  // Whether a title and a capitalised name follow tokens[j] within three
  // words ("conservative talk radio host Rush Limbaugh").
  bool TitleThenName(const std::vector<Token>& tokens, int j) const;
  // The name before an appositive that ends at token `comma`; with
  // `second_appositive`, also the name before two of them.
  SpeakerPhrase ParseAppositiveBefore(absl::string_view text,
                                      const std::vector<Token>& tokens,
                                      int comma,
                                      bool second_appositive = true) const;
  // ParseAppositiveBefore's steps. The comma that opens the appositive
  // closed by the comma at token `comma`, or -1 for none.
  int AppositiveOpenBefore(const std::vector<Token>& tokens, int comma) const;
  // With `second_appositive`: the name before the appositive that ends at
  // the comma at token `c`, when that is itself an appositive's end ("Anna
  // Berg, the attorney general, one of the officials suing, said").
  SpeakerPhrase SecondAppositive(absl::string_view text, const std::vector<Token>& tokens,
                                 int c, int comma, bool second_appositive) const;
  // "One of the foreign bidders who lost out, steel giant LNM, told": the
  // proper name that closes an appositive of a role's lower-case words,
  // where the words before the appositive name no one.
  SpeakerPhrase ProperNameInAppositive(absl::string_view text,
                                       const std::vector<Token>& tokens, int c,
                                       int comma) const;
  // "The state's campaign chairman, Phil Lovas, said": the full name in the
  // appositive, `named` (the words before it, no name) its description.
  SpeakerPhrase NameInAppositive(absl::string_view text, const std::vector<Token>& tokens,
                                 int c, int comma, const SpeakerPhrase& named,
                                 bool second_appositive) const;
  void SplitTitle(absl::string_view text, const std::vector<Token>& tokens,
                  int begin, int end, SpeakerPhrase* p) const;
  // "Acme Chief Executive", "White House spokesman": the first title word
  // of tokens [tb, te) when the capitalised words before it name the
  // organisation (none a title, a nationality or a rank), else -1.
  int OrganizationBeforeTitle(const std::vector<Token>& tokens, int tb, int te) const;
  // Whether tokens[begin, end) read as a role: title words with a few
  // modifiers, then perhaps "of"/"for"/"at" and the organisation.
  bool RoleAppositive(const std::vector<Token>& tokens, int begin, int end) const;

  // What Annotate adds to the words' classes: article-prefixed names
  // capitalised, and kNameToken.
  void MarkNameShapes(std::vector<Token>* tokens) const;
  // The classes of a word already without its final stop (0 for none).
  uint16_t ClassesOf(absl::string_view key) const;
  bool IsParticle(const Token& t) const;
  // A title that is also a surname ("King", "Dean"), capitalised.
  bool IsSurnameTitle(const Token& t) const;
  // Whether tokens[i] is such a title closing a name that starts at or
  // after `begin`: after an honorific or a first name, before no name.
  bool SurnameTitleAt(const std::vector<Token>& tokens, int begin, int i) const;
  // SurnameTitleAt's reading of the words around tokens[i], a surname title
  // with a word of the name before it.
  bool SurnameTitleClosesName(const std::vector<Token>& tokens, int i) const;
  bool IsHonorific(const Token& t) const;  // with or without its stop
  // Whether the word, as written, is a not-name, organisation or weekday
  // word of the lexicon (in written_).
  bool InNotNames(const Token& t) const;
  bool InOrgWords(const Token& t) const;
  bool InWeekdays(const Token& t) const;

  SpeakerWords words_;
  NameShapeMarker marker_{&words_};
  // Word without one final full stop, in any case -> its classes (the
  // WordClass bits of speakers.cc): the word lists of the lexicon merged into
  // one table, looked up once per token by Annotate.
  WordClassTable classes_;
  // Word as written -> the lists it is in (the WrittenList bits of
  // speakers.cc): the not-name words, the first names with the gender they
  // tell, the organisation words, the speech nouns ("statement",
  // "interview") and the weekdays' forms, each read byte for byte.
  ExactWordClassTable written_;
  // Whether `w`, as written, is in the lists of `lists`.
  bool InWritten(absl::string_view w, uint16_t lists) const;
  // The gender a first name tells, GENDER_UNSPECIFIED for a word that is
  // none.
  v1::Gender FirstNameGender(absl::string_view w) const;
  bool IsFirstName(absl::string_view w) const;
};

// The word-class tests, inline: the phrase readers of every file ask them
// of most words they cross.
inline bool NameModel::IsTitleWord(const Token& t) const {
  // As written, or without its stop: "Gen." is a title when "gen" is.
  return (t.lex & kTitle) != 0 || HasClass(t, kTitle, kTitleDot) ||
         ((t.lex & kPartyMember) != 0 && t.capitalized);
}

inline bool NameModel::IsCueAdverb(const Token& t) const {
  return HasClass(t, kAdverb, kAdverbDot);
}

inline bool NameModel::IsDateWord(const Token& t) const {
  return (t.lex & kDate) != 0 && t.capitalized;
}

inline bool NameModel::IsGroupNoun(const Token& t) const {
  return HasClass(t, kGroup, kGroupDot);
}

inline bool NameModel::IsParticle(const Token& t) const {
  return HasClass(t, kParticle, kParticleDot);
}

inline bool NameModel::IsHonorific(const Token& t) const {
  return (t.lex & kHonorific) != 0;
}

inline bool NameModel::IsSurnameTitle(const Token& t) const {
  return (t.lex & kSurnameTitle) != 0 && t.capitalized && !t.acronym &&
         !absl::EndsWith(t.text, ".");
}

inline bool NameModel::IsNameToken(const Token& t) const {
  return (t.lex & kNameToken) != 0;
}

// A lower-case word that reads as a verb after a subject: "has", "saw",
// "reported", "plans". A guess from the built-in lexicon's finite_verbs and
// the "-ed" ending: "-s" alone would take plural nouns too ("DRM systems",
// "Gadget lovers").
bool LooksLikeFiniteVerb(const Token& t);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_SPEAKERS_NAME_MODEL_H_
