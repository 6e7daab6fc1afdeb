// Table-driven tests of quote detection through the public Analyzer:
// quotation-mark styles, nested quotes, apostrophes that are not marks,
// quotes over several paragraphs, unbalanced marks, quoted titles that are
// not speech, partial quotes and reported speech. Each match table sits next
// to its non-match table, and every case runs in every context of
// quote_test_util.h's grid (start of the article, after a dateline, inside a
// paragraph, after a paragraph, at the end of the article).
//
// The cases are written for these tests, not taken from the development data.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/quote_test_util.h"

namespace quotes {
namespace testing {
namespace {

// --- Quotation-mark styles -------------------------------------------------

const QuoteCase kMarkStyles[] = {
    {"curly_double", "“We will rebuild the bridge,” President Jane Doe said.",
     "We will rebuild the bridge", kDirect, "Jane Doe"},
    {"straight_double",
     "\"We will rebuild the bridge,\" President Jane Doe said.",
     "We will rebuild the bridge", kDirect, "Jane Doe"},
    {"curly_single", "‘We will rebuild the bridge,’ President Jane Doe said.",
     "We will rebuild the bridge", kDirect, "Jane Doe"},
    {"straight_single",
     "'We will rebuild the bridge,' President Jane Doe said.",
     "We will rebuild the bridge", kDirect, "Jane Doe"},
    {"guillemets", "«We will rebuild the bridge», President Jane Doe said.",
     "We will rebuild the bridge", kDirect, "Jane Doe"},
    {"colon_curly_double",
     "President Jane Doe said: “We will rebuild the bridge before winter.”",
     "rebuild the bridge before winter", kDirect, "Jane Doe"},
    {"colon_guillemets",
     "President Jane Doe said: «We will rebuild the bridge before winter.»",
     "rebuild the bridge before winter", kDirect, "Jane Doe"},
    {"colon_straight_single",
     "President Jane Doe said: 'We will rebuild the bridge before winter.'",
     "rebuild the bridge before winter", kDirect, "Jane Doe"},
    {"said_before_name",
     "“The harbour will reopen in spring,” said Acme Chief Executive John "
     "Smith.",
     "harbour will reopen in spring", kDirect, "John Smith"},
    {"told_reporters",
     "“Trade is growing again,” Ambassador to France Anna Berg told "
     "reporters.",
     "Trade is growing again", kDirect, "Anna Berg"},
    {"split_by_cue_first_part",
     "“We will rebuild the bridge,” President Jane Doe said, “and we will do "
     "it before winter.”",
     "We will rebuild the bridge", kDirect, "Jane Doe"},
    {"split_by_cue_second_part",
     "“We will rebuild the bridge,” President Jane Doe said, “and we will do "
     "it before winter.”",
     "we will do it before winter", kDirect, "Jane Doe"},
    {"split_by_cue_straight_single",
     "'The bridge is safe,' Mayor Paul Grant said, 'and we checked every "
     "bolt.'",
     "we checked every bolt", kDirect, "Paul Grant"},
    {"question_mark_asked", "“Why should we wait?” Mayor Paul Grant asked.",
     "Why should we wait?", kDirect, "Paul Grant"},
    {"exclamation_mark", "“We did it!” Mayor Paul Grant said.", "We did it!",
     kDirect, "Paul Grant"},
    {"said_in_a_statement",
     "“We will rebuild the bridge,” President Jane Doe said in a statement.",
     "We will rebuild the bridge", kDirect, "Jane Doe"},
    {"says_present_tense", "“The bridge is safe,” says Mayor Paul Grant.",
     "The bridge is safe", kDirect, "Paul Grant"},
    {"told_reporters_colon",
     "Mayor Paul Grant told reporters: “The bridge is safe.”",
     "The bridge is safe", kDirect, "Paul Grant"},
    {"added_colon", "Mayor Paul Grant added: “The bridge is safe.”",
     "The bridge is safe", kDirect, "Paul Grant"},
    // Archived copy types a double mark as two apostrophes.
    {"two_apostrophes",
     "''We will rebuild the bridge,'' President Jane Doe said.",
     "We will rebuild the bridge", kDirect, "Jane Doe"},
    {"two_apostrophes_split_second_part",
     "''We will rebuild the bridge,'' President Jane Doe said. ''It will "
     "open before winter.''",
     "It will open before winter", kDirect, "Jane Doe"},
    {"two_apostrophes_around_single",
     "''They call it 'the long bridge' for a reason,'' Mayor Paul Grant "
     "said.",
     "They call it", kDirect, "Paul Grant"},
    // ” typed to open as well as to close.
    {"right_mark_opens_before_a_word",
     "Mayor Paul Grant was asked about the bridge. ”We will rebuild it "
     "before winter,” he said.",
     "We will rebuild it before winter", kDirect, "Paul Grant"},
    {"right_mark_opens_with_an_ellipsis",
     "Mayor Paul Grant spoke at the port.\n\n” … what we learned is that "
     "the bridge must go,” he said.",
     "what we learned is that the bridge must go", kDirect, "Paul Grant"},
};

// A quotation mark that is not a quote: no quote may hold these words.
const NonQuoteCase kNoMarks[] = {
    {"inch_marks", "The pipes are 12\" wide and 40' long, the plans show.",
     "wide and 40"},
    {"prime_in_coordinates",
     "The wreck lies at 38°42' north, near the harbour wall.", "north, near"},
    // ” after a word still closes: it opens nothing after it.
    {"right_mark_after_a_word_closes",
     "“The bridge is safe,” Paul Grant said, and the ferry ran late.",
     "and the ferry ran late"},
};

// --- Nested quotes ---------------------------------------------------------

const QuoteCase kNested[] = {
    {"curly_single_in_curly_double",
     "“People keep telling me ‘the river is rising’ every day,” Mayor Paul "
     "Grant said.",
     "telling me ‘the river is rising’ every day", kDirect, "Paul Grant"},
    {"straight_single_in_curly_double",
     "“People keep telling me 'the river is rising' every day,” Mayor Paul "
     "Grant said.",
     "telling me 'the river is rising' every day", kDirect, "Paul Grant"},
    {"straight_single_in_straight_double",
     "\"People keep telling me 'the river is rising' every day,\" Mayor Paul "
     "Grant said.",
     "telling me 'the river is rising' every day", kDirect, "Paul Grant"},
    {"inner_quote_with_apostrophes",
     "“She told me, ‘Don’t give up,’ and I didn’t,” Mayor Paul Grant said.",
     "She told me, ‘Don’t give up,’ and I didn’t", kDirect, "Paul Grant"},
    {"speech_verb_inside_quote",
     "“Nobody said ‘no’ to the plan,” Mayor Paul Grant said.",
     "Nobody said ‘no’ to the plan", kDirect, "Paul Grant"},
    // British style: single marks outside, double marks inside.
    {"curly_double_in_curly_single",
     "‘Neighbours kept telling us “the river is rising” all week,’ Mayor Paul "
     "Grant said.",
     "telling us “the river is rising” all week", kDirect, "Paul Grant"},
    {"straight_double_in_straight_single",
     "Mayor Paul Grant said: 'Neighbours kept telling us \"the river is "
     "rising\" all week.'",
     "telling us \"the river is rising\" all week", kDirect, "Paul Grant"},
};

// --- Apostrophes inside words are not marks -------------------------------

const QuoteCase kApostrophesInQuotes[] = {
    {"plural_possessive_in_single_quotes",
     "Mayor Paul Grant said: 'Residents' safety is our priority.'",
     "Residents' safety is our priority", kDirect, "Paul Grant"},
    {"curly_plural_possessive_in_single_quotes",
     "‘Parents’ concerns must be heard,’ said Mayor Paul Grant.",
     "Parents’ concerns must be heard", kDirect, "Paul Grant"},
    {"closing_after_s_before_pronoun",
     "'It is the end for the Tories' he said. 'Next year will be different.'",
     "Next year will be different", kDirect, nullptr},
    {"dont_in_single_quotes",
     "'We don't expect delays,' Mayor Paul Grant said.",
     "We don't expect delays", kDirect, "Paul Grant"},
    {"possessives_in_single_quotes",
     "'The mayor's plan is the city's best hope,' Councillor Rita Ocampo "
     "said.",
     "The mayor's plan is the city's best hope", kDirect, "Rita Ocampo"},
    {"two_sentences_in_single_quotes",
     "Mayor Paul Grant said: 'We won't close the school. It's the town's "
     "pride.'",
     "We won't close the school. It's the town's pride", kDirect, "Paul Grant"},
    {"curly_apostrophes_and_decade",
     "“Don’t expect the ’90s to return,” Mayor Paul Grant said.",
     "Don’t expect the ’90s to return", kDirect, "Paul Grant"},
    {"rock_n_roll_and_decade",
     "“I grew up on rock 'n' roll in the '90s,” Mayor Paul Grant said.",
     "I grew up on rock 'n' roll in the '90s", kDirect, "Paul Grant"},
    {"acronym_possessive",
     "“ICESCO’s programme has grown,” Director Omar Haddad said.",
     "ICESCO’s programme has grown", kDirect, "Omar Haddad"},
    {"curly_rock_n_roll_in_curly_single",
     "‘The town hall was built for rock ’n’ roll nights,’ Mayor Paul Grant "
     "said.",
     "built for rock ’n’ roll nights", kDirect, "Paul Grant"},
    {"elisions_in_straight_single",
     "'We play it loud and let 'em dance till two,' Mayor Paul Grant said.",
     "let 'em dance till two", kDirect, "Paul Grant"},
    {"possessive_and_decade_in_curly_single",
     "‘The council’s estate dates from the ’70s,’ Mayor Paul Grant said.",
     "The council’s estate dates from the ’70s", kDirect, "Paul Grant"},
};

const NonQuoteCase kApostrophesOutsideQuotes[] = {
    {"quote_closed_after_s_keeps_the_cue_out",
     "'It is the end for the Tories' he said. 'Next year will be different.'",
     "Tories' he said"},
    {"rock_n_roll",
     "Fans of rock 'n' roll packed the city's old theatre in the '90s.",
     "roll"},
    {"two_decades", "The firm's plans for the '80s and '90s didn't work.",
     "80s"},
    {"curly_possessive_and_decade",
     "The ICESCO’s new programme doesn’t start until the ’90s generation "
     "retires.",
     "programme"},
    {"plural_possessives",
     "The teachers' union and the nurses' union met on Monday.", "union and"},
    {"curly_rock_n_roll_before_quote",
     "Fans of rock ’n’ roll packed the old theatre. “We sold out,” Mayor Paul "
     "Grant said.",
     "roll packed"},
};

// --- Quotes over several paragraphs, unbalanced marks ----------------------

const QuoteCase kMultiParagraph[] = {
    {"opening_mark_on_each_paragraph",
     "Mayor Paul Grant said: “We have cleared the first site.\n\n"
     "“The second site will follow next month.\n\n"
     "“After that we will open the park.”",
     "first site.\n\n“The second site will follow next month.\n\n“After that",
     kDirect, "Paul Grant"},
    {"opening_mark_on_first_paragraph_only",
     "Mayor Paul Grant said: “We have cleared the first site.\n\n"
     "The second site will follow next month.\n\n"
     "After that we will open the park.”",
     "first site.\n\nThe second site will follow next month.\n\nAfter that",
     kDirect, "Paul Grant"},
    {"closed_then_continued_without_cue",
     "“We have cleared the first site,” Mayor Paul Grant said.\n\n"
     "“The second site will follow next month.”",
     "second site will follow", kDirect, "Paul Grant"},
    {"straight_mark_on_each_paragraph",
     "Mayor Paul Grant said: \"We have cleared the first site.\n\n\"The second "
     "site will follow next month.\n\n\"After that we will open the park.\"",
     "first site.\n\n\"The second site will follow next month.\n\n\"After that",
     kDirect, "Paul Grant"},
    {"guillemet_on_each_paragraph",
     "Mayor Paul Grant said: «We have cleared the first site.\n\n«The second "
     "site will follow next month.»",
     "first site.\n\n«The second site", kDirect, "Paul Grant"},
    {"single_mark_on_each_paragraph",
     "Mayor Paul Grant said: ‘We have cleared the first site.\n\n"
     "‘The second site will follow next month.\n\n"
     "‘After that we will open the park.’",
     "first site.\n\n‘The second site will follow next month.\n\n‘After that",
     kDirect, "Paul Grant"},
    {"straight_single_on_each_paragraph",
     "'We have cleared the first site.\n\n'The second site will follow next "
     "month,' Mayor Paul Grant said.",
     "first site.\n\n'The second site will follow next month", kDirect,
     "Paul Grant"},
    {"cue_after_last_paragraph",
     "“We have cleared the first site.\n\n“The second site will follow next "
     "month,” Mayor Paul Grant said.",
     "first site.\n\n“The second site will follow next month", kDirect,
     "Paul Grant"},
};

// After an unbalanced mark, the following paragraph must stay out of any
// quote: nothing swallows the rest of the article.
const NonQuoteCase kUnbalanced[] = {
    {"unclosed_curly_double",
     "Mayor Paul Grant said the works were “almost done.\n\n"
     "The depot on Elm Street will close in May.",
     "Elm Street"},
    {"unclosed_straight_double",
     "Mayor Paul Grant said the works were \"almost done.\n\n"
     "The depot on Elm Street will close in May.",
     "Elm Street"},
    {"unclosed_straight_single",
     "Mayor Paul Grant called it 'a start.\n\n"
     "The depot on Elm Street will close in May.",
     "Elm Street"},
    {"stray_closing_mark_before_quote",
     "The depot on Elm Street” will close in May.\n\n"
     "“We are ready,” Mayor Paul Grant said.",
     "will close in May"},
    {"quote_left_open_over_paragraphs",
     "“We have cleared the first site.\n\n“The second site will follow.\n\n"
     "The depot on Elm Street will close in May.",
     "Elm Street"},
    {"unclosed_at_end_of_paragraph",
     "Mayor Paul Grant said the works were \"almost done.",
     "The council will meet"},
    {"prime_as_stray_single",
     "The price rose to 5' and stayed there.\n\nThe depot on Elm Street will "
     "close in May.",
     "Elm Street"},
    {"possessive_cut_from_its_name",
     "The sprinter from Leeds stole\n\n's thunder in the final.\n\nThe "
     "depot on Elm Street will close in May.",
     "thunder"},
    {"single_open_then_plain_paragraph",
     "‘We have cleared the first site.\n\nThe depot on Elm Street will close "
     "in May.",
     "Elm Street"},
    {"two_openings_no_closing",
     "The “old bridge and the “new bridge were both closed.\n\nThe depot on "
     "Elm Street will close in May.",
     "Elm Street"},
};

// --- Quoted titles are not speech -------------------------------------------

const QuoteCase kSpeechNextToTitles[] = {
    {"quote_after_conference_title",
     "Delegates gathered for a conference on \"Water Security in a Warming "
     "World\". “We cannot wait any longer,” Mayor Paul Grant said.",
     "We cannot wait any longer", kDirect, "Paul Grant"},
    {"quote_after_initiative_title",
     "The city launched the “Clean Streets for All” initiative last week. "
     "“Every district will take part,” Mayor Paul Grant said.",
     "Every district will take part", kDirect, "Paul Grant"},
    {"reported_after_show_title_and_cue",
     "On this weekend's broadcast of “Harbour Talk Tonight,” Governor Anna "
     "Berg said the vote was fair.",
     "the vote was fair", kIndirect, "Anna Berg"},
};

// A paragraph of a few quoted words with no final stop is a crosshead (the
// words usually come from a quote further on); with a stop it is a reply.
const NonQuoteCase kCrossheads[] = {
    {"single_marks", "‘Frightening’\n\nShop worker Tom Green said it was "
                     "frightening to see so many police cars.",
     "Frightening"},
    {"double_marks_two_words", "“Never again”\n\nThe council met on Monday.",
     "Never again"},
};
const QuoteCase kOneParagraphQuotes[] = {
    {"short_reply_with_stop",
     "Mayor Paul Grant was asked if he would resign.\n\n“Never.”\n\nThe "
     "council met on Monday.",
     "Never", kDirect, nullptr},
    {"attributed_paragraph_with_stop",
     "“We will rebuild the bridge.”\n\nMayor Paul Grant spoke on Monday.",
     "We will rebuild the bridge", kDirect, nullptr},
};

const NonQuoteCase kTitles[] = {
    {"show_after_broadcast_of_then_cue",
     "On this weekend's broadcast of “Harbour Talk Tonight,” Governor Anna "
     "Berg said the vote was fair.",
     "Harbour Talk Tonight"},
    {"show_after_possessive_outlet",
     "In an interview on Channel Nine's \"Face the Harbour,\" Mayor Paul "
     "Grant said the bridge was safe.",
     "Face the Harbour"},
    {"anthem_with_comma_inside",
     "At the end of her rendition of the anthem “A Song for the Harbour,” "
     "she added a verse.",
     "A Song for the Harbour"},
    {"known_as_the",
     "The plan would install what has become known as the “Grant rule” for "
     "taxes.",
     "Grant rule"},
    {"book_comma_title_then_cue",
     "In his 2002 book, “Make Your Kid a Banker,” Paul Grant suggested "
     "saving early.",
     "Make Your Kid"},
    {"book_then_comma",
     "He wrote the book “Make Your Kid a Banker,” which sold well in "
     "Leeds.",
     "Make Your Kid"},
    {"conference_on_straight",
     "Delegates gathered for a conference on \"Water Security in a Warming "
     "World\" in the capital.",
     "Water Security"},
    {"conference_on_curly",
     "Delegates gathered for a conference on “Water Security in a Warming "
     "World” in the capital.",
     "Water Security"},
    {"conference_then_speech",
     "Delegates gathered for a conference on \"Water Security in a Warming "
     "World\". “We cannot wait any longer,” Mayor Paul Grant said.",
     "Water Security"},
    {"initiative",
     "The city launched the \"Clean Streets for All\" initiative "
     "last week.",
     "Clean Streets"},
    {"initiative_then_speech",
     "The city launched the “Clean Streets for All” initiative last week. "
     "“Every district will take part,” Mayor Paul Grant said.",
     "Clean Streets"},
    {"report_titled",
     "The agency published a report titled “Roads to Nowhere: Transport "
     "Spending Since 2010” on Monday.",
     "Roads to Nowhere"},
    {"campaign_known_as",
     "The campaign, known as “Plant a Million Trees”, begins in April.",
     "Plant a Million"},
    {"nickname", "The striker, nicknamed “the Hammer”, scored twice.",
     "Hammer"},
    {"scare_quotes_process",
     "Officials described the talks as part of the \"Lisbon process\" on "
     "migration.",
     "Lisbon process"},
    {"forum_themed_guillemets",
     "The forum, themed «Youth and the Digital Future», opened on Monday.",
     "Digital Future"},
    {"strategy_with_agency_credit",
     "The ministry unveiled its \"Smart Farming 2030\" strategy, Trend "
     "reports.",
     "Smart Farming"},
    {"documentary",
     "The documentary “Voices from the Delta” premiered at the "
     "festival.",
     "Voices from the Delta"},
    {"so_called", "The so-called “green corridor” opened in May.",
     "green corridor"},
    {"named_bridge",
     "Mayor Paul Grant opened the new “Bridge of Hope” on "
     "Monday.",
     "Bridge of Hope"},
    {"song", "The band played “Hey Jude” twice.", "Hey Jude"},
    {"film_straight", "The film \"Night Train to Porto\" won the prize.",
     "Night Train"},
    {"military_operation", "The army launched Operation “Iron Shield” in May.",
     "Iron Shield"},
    {"slogan_on_banners", "Protesters carried banners reading “Save Our Port”.",
     "Save Our Port"},
    {"book_titled_straight_single",
     "The book, titled 'Rivers of Stone', sold well.", "Rivers of Stone"},
    {"term_officials_call",
     "The plan, which officials call “phase two”, starts in May.", "phase two"},
    {"ship_named", "A ship named “Sea Breeze” docked on Monday.", "Sea Breeze"},
    {"award", "She won the “Best Young Architect” award in 2019.",
     "Best Young Architect"},
    {"hashtag_campaign", "The hashtag “#SaveThePort” spread quickly online.",
     "SaveThePort"},
    {"law_named", "Parliament passed the “Clean Air Act” in 2019.",
     "Clean Air Act"},
    {"exhibition_titled_guillemets",
     "The exhibition «Colours of the Silk Road» opened on Friday.",
     "Colours of the Silk Road"},
    {"low9_title", "The festival „Summer of Jazz“ opened on Friday.",
     "Summer of Jazz"},
    {"summit_under_motto",
     "The summit was held under the motto “Building Bridges”.",
     "Building Bridges"},
    {"nickname_straight",
     "Grant, nicknamed \"the Builder\", took office in 2019.", "the Builder"},
    // After a verb of quoting, a name in title case is still a name.
    {"dubbed_title_case", "The press dubbed the mayor “The Builder” after the vote.",
     "The Builder"},
};

// --- Partial quotes --------------------------------------------------------

const QuoteCase kPartial[] = {
    // Before a tail cue or "according to": the reported clause holds its
    // quoted words as one MIXED quote.
    {"partial_before_tail_cue",
     "The current trend towards the bridge was “plainly wrong”, Mayor Paul "
     "Grant said.",
     "The current trend towards the bridge was", kMixed, "Paul Grant"},
    {"partial_before_according_to",
     "The council will balance its budget “with a margin to spare”, "
     "according to Mayor Paul Grant.",
     "The council will balance its budget", kMixed, "Paul Grant"},
    {"partial_then_clause",
     "Mayor Paul Grant said the works were “almost done” and praised the "
     "crews.",
     "“almost done”", kMixed, "Paul Grant"},
    {"partial_at_sentence_end",
     "Mayor Paul Grant said the bridge was “in better shape than ever”.",
     "in better shape than ever", kMixed, "Paul Grant"},
    // A verb that takes someone's words as its object: its subject said
    // them, however few.
    {"called_one_word", "Mayor Paul Grant called the plan “unworkable” on Monday.",
     "unworkable", kMixed, "Paul Grant"},
    {"described_as", "Mayor Paul Grant described the delay as “a scandal”.",
     "a scandal", kMixed, "Paul Grant"},
    {"dismissed_as",
     "Opposition leader Anna Berg dismissed the budget as \"another empty "
     "promise.\"",
     "another empty promise", kMixed, "Anna Berg"},
    {"pronoun_subject", "Anna Berg spoke first. She branded the deal “a sellout”.",
     "a sellout", kMixed, "Anna Berg"},
    {"short_partial_after_an_article",
     "Anna Berg called the new bridge a “disgrace” in a radio interview.",
     "disgrace", kMixed, "Anna Berg"},
    {"company_report_alone_is_its_claim",
     "Profits rose by 4% to $1bn in the last quarter, Acme Foods reported.",
     "Profits rose by 4%", kIndirect, "Acme Foods"},
    {"clause_before_agency_credit",
     "Minister Anar Karimov said the plan was ready for approval, AzerNews "
     "reported.",
     "the plan was ready for approval", kIndirect, "Anar Karimov"},
    {"partial_quote_opening_reported_clause",
     "Anna Berg said “budget reforms” and new taxes would pay for the bridge.",
     "“budget reforms” and new taxes would pay for the bridge", kMixed,
     "Anna Berg"},
};

// Short quotes that no one is said to have said: a passive quote verb, a
// name after "the".
const NonQuoteCase kNotPartial[] = {
    {"passive_called",
     "The plan was called “unworkable” by critics at the hearing.",
     "unworkable"},
    {"name_after_the", "Officials called the “Lisbon process” a success.",
     "Lisbon process"},
    // An agency's credit closing a sentence is nobody's words.
    {"agency_credit_after_that_clause",
     "The ministry noted that exports had risen by 4% in the first quarter, "
     "Trend reports.",
     "Trend reports"},
    {"agency_credit_past_tense",
     "Minister Anar Karimov said the plan was ready for approval, AzerNews "
     "reported.",
     "AzerNews reported"},
};

// --- Reported speech -------------------------------------------------------

const QuoteCase kReported[] = {
    {"passive_quoted_as_saying",
     "Mayor Paul Grant was quoted as saying the deal was dead.",
     "the deal was dead", kIndirect, "Paul Grant"},
    {"passive_quoted_by_an_outlet_as_saying",
     "Anna Berg was quoted by Reuters as saying that talks had stalled.",
     "talks had stalled", kIndirect, "Anna Berg"},
    {"informed_listener_that",
     "Chief Minister Paul Grant informed the Assembly that all preparations "
     "had been made.",
     "all preparations had been made", kIndirect, "Paul Grant"},
    {"assured_listener_that",
     "Anna Berg assured the council that the bridge was safe.",
     "the bridge was safe", kIndirect, "Anna Berg"},
    {"said_that",
     "Mayor Paul Grant said that the bridge would reopen in "
     "March.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    {"said_no_that", "Mayor Paul Grant said the bridge would reopen in March.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    // A day between the cue and a that-less clause, as wire copy has it.
    {"said_on_day_no_that",
     "Police said on Monday a man had been arrested near the bridge.",
     "a man had been arrested near the bridge", kIndirect, "Police"},
    {"said_day_night_no_that",
     "Mayor Paul Grant said late on Sunday night the bridge had reopened.",
     "the bridge had reopened", kIndirect, "Paul Grant"},
    {"said_on_date_no_that",
     "Mayor Paul Grant said on March 5 the bridge would reopen in spring.",
     "the bridge would reopen in spring", kIndirect, "Paul Grant"},
    // A service or force speaks as a group.
    {"air_force_speaks",
     "The air force said on Sunday it had shot down 40 drones overnight.",
     "it had shot down 40 drones overnight", kIndirect, "air force"},
    {"stressed",
     "Mayor Paul Grant stressed that the bridge would reopen in "
     "March.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    {"emphasized",
     "Mayor Paul Grant emphasized that the bridge would reopen "
     "in March.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    {"emphasised",
     "Mayor Paul Grant emphasised that the bridge would reopen "
     "in March.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    {"noted", "Mayor Paul Grant noted that the bridge would reopen in March.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    {"added", "Mayor Paul Grant added that the bridge would reopen in March.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    {"explained",
     "Mayor Paul Grant explained that the bridge would reopen in "
     "March.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    {"announced",
     "Mayor Paul Grant announced that the bridge would reopen in "
     "March.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    {"told_reporters_that",
     "Mayor Paul Grant told reporters that the bridge would reopen in March.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    {"told_reporters_on_day_that",
     "Mayor Paul Grant told reporters on Monday that the bridge would reopen "
     "in March.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    {"told_the_bbc",
     "Mayor Paul Grant told the BBC the bridge would reopen in "
     "March.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    {"says_present", "Mayor Paul Grant says the bridge will reopen in March.",
     "the bridge will reopen in March", kIndirect, "Paul Grant"},
    {"has_said",
     "Mayor Paul Grant has said that the bridge will reopen in "
     "March.",
     "the bridge will reopen in March", kIndirect, "Paul Grant"},
    {"speech_noun_before",
     "In his address to the council, Mayor Paul Grant said the bridge would "
     "reopen in March.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    {"according_to_name_with_apposition",
     "According to Paul Grant, the mayor of Lisbon, the bridge will reopen in "
     "March.",
     "the bridge will reopen in March", kIndirect, "Paul Grant"},
    {"according_to_description",
     "Mayor Paul Grant opened the bridge on Monday.\n\n"
     "According to the mayor, the repairs cost less than planned.",
     "the repairs cost less than planned", kIndirect, "Paul Grant"},
    {"trailing_name_said",
     "The bridge will reopen in March, Mayor Paul Grant said.",
     "The bridge will reopen in March", kIndirect, "Paul Grant"},
    {"trailing_said_name",
     "The bridge will reopen in March, said Mayor Paul Grant.",
     "The bridge will reopen in March", kIndirect, "Paul Grant"},
    {"trailing_said_agency_credit",
     "The bridge will reopen in March, Mayor Paul Grant said, Trend reports.",
     "The bridge will reopen in March", kIndirect, "Paul Grant"},
    {"two_that_clauses_first",
     "Mayor Paul Grant stressed that the bridge would reopen in March and "
     "noted that the tunnel would stay closed.",
     "the bridge would reopen in March", kIndirect, "Paul Grant"},
    {"two_that_clauses_second",
     "Mayor Paul Grant stressed that the bridge would reopen in March and "
     "noted that the tunnel would stay closed.",
     "the tunnel would stay closed", kIndirect, "Paul Grant"},
    {"warned", "Mayor Paul Grant warned that the bridge could close again.",
     "the bridge could close again", kIndirect, "Paul Grant"},
    {"insisted", "Mayor Paul Grant insisted that the bridge was safe.",
     "the bridge was safe", kIndirect, "Paul Grant"},
    {"argued", "Mayor Paul Grant argued that the bridge was safe.",
     "the bridge was safe", kIndirect, "Paul Grant"},
    {"told_an_agency", "Mayor Paul Grant told Reuters the bridge was safe.",
     "the bridge was safe", kIndirect, "Paul Grant"},
    {"said_on_day_that",
     "Mayor Paul Grant said on Monday that the bridge was safe.",
     "the bridge was safe", kIndirect, "Paul Grant"},
    {"trailing_according_to",
     "The bridge will reopen in March, according to Mayor Paul Grant.",
     "The bridge will reopen in March", kIndirect, "Paul Grant"},
    {"said_day_no_that",
     "Mayor Paul Grant said Monday that the bridge was safe.",
     "the bridge was safe", kIndirect, "Paul Grant"},
    {"said_in_statement_that",
     "Mayor Paul Grant said in a statement that the bridge was safe.",
     "the bridge was safe", kIndirect, "Paul Grant"},
    {"told_lawmakers",
     "Mayor Paul Grant told lawmakers that the bridge was safe.",
     "the bridge was safe", kIndirect, "Paul Grant"},
    {"said_adding_that",
     "Mayor Paul Grant said the bridge was safe, adding that inspections would "
     "continue.",
     "inspections would continue", kIndirect, "Paul Grant"},
    {"speech_noun_stressed",
     "In his address to the council, Mayor Paul Grant stressed that the bridge "
     "was safe.",
     "the bridge was safe", kIndirect, "Paul Grant"},
    {"told_a_newspaper",
     "Mayor Paul Grant told The Guardian that the bridge was safe.",
     "the bridge was safe", kIndirect, "Paul Grant"},
};

// Verbs of the cue lexicon used in another sense, and sentences with no cue.
const NonQuoteCase kNotReported[] = {
    {"described_as_is_no_quoting",
     "The bridge was described as unsafe by Anna Berg.", "unsafe"},
    {"informed_listener_of_a_noun",
     "Anna Berg informed the council of the decision.", "the decision"},
    {"added_as_increase", "The firm added 300 workers that year.",
     "300 workers"},
    {"noted_as_wrote_down", "The team noted the results in a spreadsheet.",
     "spreadsheet"},
    {"no_cue",
     "The bridge, which was built in 1990, reopened in March after repairs.",
     "reopened"},
};

// --- The grid --------------------------------------------------------------

QUOTE_GRID(MarkStyleTest, kMarkStyles);
NON_QUOTE_GRID(NonMarkTest, kNoMarks);
QUOTE_GRID(NestedQuoteTest, kNested);
QUOTE_GRID(ApostropheInQuoteTest, kApostrophesInQuotes);
NON_QUOTE_GRID(ApostropheNotMarkTest, kApostrophesOutsideQuotes);
QUOTE_GRID(MultiParagraphQuoteTest, kMultiParagraph);
NON_QUOTE_GRID(UnbalancedMarkTest, kUnbalanced);
QUOTE_GRID(SpeechNextToTitleTest, kSpeechNextToTitles);
NON_QUOTE_GRID(QuotedTitleTest, kTitles);
QUOTE_GRID(OneParagraphQuoteTest, kOneParagraphQuotes);
// A crosshead is a paragraph of its own: not run after lead-in words in
// its paragraph, where it would be a quote opening a sentence.
const std::vector<Context>& OwnParagraphContexts() {
  static const auto* const contexts = [] {
    auto* out = new std::vector<Context>;
    for (const Context& c : Contexts()) {
      if (std::string(c.lead).empty()) out->push_back(c);
    }
    return out;
  }();
  return *contexts;
}
QUOTECHECK_GRID_(CrossheadTest, NonQuoteGridTest, CheckNonQuoteCase, NonQuoteCase,
                 kCrossheads, OwnParagraphContexts());
QUOTE_GRID(PartialQuoteTest, kPartial);
NON_QUOTE_GRID(NotPartialQuoteTest, kNotPartial);
QUOTE_GRID(ReportedSpeechTest, kReported);
NON_QUOTE_GRID(NotReportedSpeechTest, kNotReported);

}  // namespace
}  // namespace testing
}  // namespace quotes
