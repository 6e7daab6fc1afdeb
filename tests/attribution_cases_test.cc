// Constructions the first detector missed (German and French marks, nested
// quotes in «», appositives between commas, particles and apostrophes in
// names, lower-case descriptors, colon introductions, organisations with
// "of", "according to" with a title), each run in the grid of contexts of
// quote_test_util.h.
#include "absl/strings/match.h"
#include "tests/quote_test_util.h"

namespace quotes {
namespace testing {
namespace {

const QuoteCase kMarks[] = {
    {"german_marks_before_cue",
     "„We will rebuild the bridge“, President Jane Doe said.",
     "We will rebuild the bridge", kDirect, "Jane Doe"},
    {"german_marks_after_colon",
     "President Jane Doe said: „We will rebuild the bridge before winter.“",
     "rebuild the bridge before winter", kDirect, "Jane Doe"},
    {"guillemets_with_nested_quote",
     "«On m’a dit “attendez”, mais nous ne pouvons pas attendre», Mayor Paul "
     "Grant said.",
     "mais nous ne pouvons pas attendre", kDirect, "Paul Grant"},
};
QUOTE_GRID(MarksAroundQuoteTest, kMarks);

const QuoteCase kSpeakers[] = {
    {"appositive_before_cue",
     "John Smith, a British economist, said the recovery would be slow.",
     "the recovery would be slow", kIndirect, "John Smith"},
    {"appositive_before_colon",
     "John Smith, a British economist, said: “The recovery will be slow.”",
     "The recovery will be slow", kDirect, "John Smith"},
    {"appositive_with_organisation",
     "Anna Berg, Director-General of the Nordic Trade Council (NTC), said the "
     "talks went well.",
     "the talks went well", kIndirect, "Anna Berg"},
    {"age_between_commas", "Paul Grant, 54, said the bridge was safe.",
     "the bridge was safe", kIndirect, "Paul Grant"},
    {"appositive_from_organisation_before_told",
     "“This is a very expensive deal,” Anna Berg, from the Harbour Trust, told "
     "Reuters.",
     "This is a very expensive deal", kDirect, "Anna Berg"},
    {"age_before_role_after_cue",
     "“We will win,” said 34-year-old nurse Jane Doe.", "We will win", kDirect,
     "Jane Doe"},
    {"title_that_is_a_first_name_in_appositive",
     "The bureau's senior forecaster, Dean Narramore, said rain could fall.",
     "rain could fall", kIndirect, "Dean Narramore"},
    {"plural_role_at_an_organisation",
     "Analysts at Goldman Sachs said they expected oil to rise.",
     "they expected oil to rise", kIndirect, "Goldman Sachs"},
    {"plural_role_at_an_organisation_with_appositive",
     "Officials at Harbour Security Services, a division of the Harbour "
     "Trust, said the port was safe.",
     "the port was safe", kIndirect, "Harbour Security Services"},
    {"number_modifier_before_role_after_cue",
     "“We will never forget,” said 9/11 widow Jane Doe.", "We will never forget",
     kDirect, "Jane Doe"},
    {"indian_honorific_before_name",
     "Shri Paul Grant said the scheme was a success.",
     "the scheme was a success", kIndirect, "Paul Grant"},
    {"indian_abbreviated_honorific_before_name",
     "Smt. Anna Berg said the deficit would narrow.",
     "the deficit would narrow", kIndirect, "Anna Berg"},
    {"treasurer_title_before_name",
     "Treasurer Jim Chalmers said the budget was in good shape.",
     "the budget was in good shape", kIndirect, "Jim Chalmers"},
    {"tanaiste_title_before_name",
     "Tánaiste Micheál Martin said the talks would resume.",
     "the talks would resume", kIndirect, "Micheál Martin"},
    {"origin_with_state_abbreviation",
     "Johnnie Wilson, of Springfield, Va., said the road was closed.",
     "the road was closed", kIndirect, "Johnnie Wilson"},
    {"appositive_with_state_abbreviation",
     "Tom Reyes, a farmer from Fresno, Calif., said the rain came too late.",
     "the rain came too late", kIndirect, "Tom Reyes"},
    {"appositive_with_plural_possessive",
     "Anna Berg, who helps veterans' families, said the vote was fair.",
     "the vote was fair", kIndirect, "Anna Berg"},
    {"appositive_with_curly_plural_possessive_before_quote",
     "Anna Berg, who runs the unions’ campaign, said: “The vote was fair.”",
     "The vote was fair", kDirect, "Anna Berg"},
    {"particles_in_name",
     "Economy Minister Carlos de la Cruz said the budget would be balanced.",
     "the budget would be balanced", kIndirect, "Carlos de la Cruz"},
    {"apostrophe_in_name",
     "Economy Minister Sean O'Brien said the budget would be balanced.",
     "the budget would be balanced", kIndirect, "Sean O'Brien"},
    {"curly_apostrophe_in_name",
     "Economy Minister Sean O’Brien said the budget would be balanced.",
     "the budget would be balanced", kIndirect, "Sean O’Brien"},
    {"lowercase_descriptor_after_quote",
     "“The council has let us down,” resident Tom Hale said.",
     "The council has let us down", kDirect, "Tom Hale"},
    {"colon_without_cue", "Mayor Paul Grant was blunt: “The bridge is safe.”",
     "The bridge is safe", kDirect, "Paul Grant"},
    {"according_to_with_title",
     "According to Mayor Paul Grant, the bridge will reopen in March.",
     "the bridge will reopen in March", kIndirect, "Paul Grant"},
    {"according_to_plain_name",
     "According to Paul Grant, the bridge will reopen in March.",
     "the bridge will reopen in March", kIndirect, "Paul Grant"},
    {"organisation_with_of",
     "The Ministry of Transport said the ferry was safe.", "the ferry was safe",
     kIndirect, "Ministry of Transport"},
    {"possessive_organisation",
     "“It is not a big thing,” said Acme Bank's Eddie Wong.",
     "It is not a big thing", kDirect, "Eddie Wong"},
    {"quoted_as_saying",
     "“He has been ripping people off,” AP quoted prosecutor Russell McGuire "
     "as saying.",
     "ripping people off", kDirect, "Russell McGuire"},
    {"cue_then_time_and_place",
     "“We will wait,” said an IMF official in a briefing on Wednesday.",
     "We will wait", kDirect, "IMF official"},
    {"relative_clause_appositive",
     "Danny Kruger, who works in the party's research unit, said the remark "
     "was misrepresented.",
     "the remark was misrepresented", kIndirect, "Danny Kruger"},
    {"modifier_before_title",
     "“Prices have found a new range,” said energy analyst Orin Middleton of "
     "Barclays Capital.",
     "Prices have found a new range", kDirect, "Orin Middleton"},
    {"coordinated_names",
     "Prince Charles and Camilla Parker Bowles met reporters. Mrs Parker "
     "Bowles said the prince had proposed on one knee.",
     "the prince had proposed on one knee", kIndirect, "Camilla Parker Bowles"},
    {"it_after_group_subject",
     "The Vestey Group owns 13 farms in the region. It said it had not been "
     "told of any seizure.",
     "it had not been told of any seizure", kIndirect, "Vestey Group"},
    {"they_after_plural_group",
     "The tobacco companies deny the charges. They also say they have met the "
     "demands in a settlement.",
     "they have met the demands", kIndirect, "tobacco companies"},
    {"quote_ending_sentence_keeps_its_introducer",
     "Chief executive Rene Obermann added: “Workers need their office on the "
     "move.” The firm said sales had risen.",
     "Workers need their office on the move", kDirect, "Rene Obermann"},
    {"parenthetical_attribution",
     "If the plan fails, Mayor Paul Grant argues, the city will need a new "
     "bridge.",
     "the city will need a new bridge", kIndirect, "Paul Grant"},
    {"proper_appositive",
     "Senator Dianne Feinstein, Democrat of California, said the bill would "
     "pass.",
     "the bill would pass", kIndirect, "Dianne Feinstein"},
    {"quantified_group_after_comma",
     "The convoy changed its route, another source said.",
     "The convoy changed its route", kIndirect, "another source"},
    {"noun_source", "The network said it would send a reporter to the region.",
     "it would send a reporter", kIndirect, "network"},
    {"description_then_name",
     "The state's campaign chairman, Phil Lovas, said he cannot comment on "
     "the letter.",
     "he cannot comment on the letter", kIndirect, "Phil Lovas"},
    {"party_tag_before_cue",
     "Governor Mike Pence (R-IN) said the debate would be close.",
     "the debate would be close", kIndirect, "Mike Pence"},
    {"party_tag_with_state_after_quote",
     "“The debate will be close,” Rep. John Mica (R-Fla.) said.",
     "The debate will be close", kDirect, "John Mica"},
    {"party_tag_with_state_before_cue",
     "Rep. John Mica (D-Md.) said the debate would be close.",
     "the debate would be close", kIndirect, "John Mica"},
    {"abbreviated_rank_after_quote",
     "“The base will stay open,” said Maj. Gen. Anna Berg.",
     "The base will stay open", kDirect, "Anna Berg"},
    {"possessive_pronoun_before_role",
     "His lawyer said the contract had been signed in March.",
     "the contract had been signed in March", kIndirect, nullptr},
    {"possessive_pronoun_before_group",
     "Her aides say the mayor will run again next year.",
     "the mayor will run again next year", kIndirect, "aides"},
    {"party_as_group",
     "Senate Republicans said the vote would be close.",
     "the vote would be close", kIndirect, "Senate Republicans"},
    {"organisation_with_preposition",
     "The Commission on Coastal Defences said the sea wall would be raised.",
     "the sea wall would be raised", kIndirect,
     "Commission on Coastal Defences"},
    {"relative_that_inside_the_clause",
     "Mayor Paul Grant said the repairs that began in May would end soon.",
     "the repairs that began in May would end soon", kIndirect, "Paul Grant"},
    {"that_as_subject",
     "Mayor Paul Grant said that would cost the city two million.",
     "that would cost the city two million", kIndirect, "Paul Grant"},
    {"that_of_a_later_verb",
     "Mayor Paul Grant says he hopes to win, but he knows that the race is "
     "close.",
     "he hopes to win", kIndirect, "Paul Grant"},
    {"time_phrase_then_pronoun_clause",
     "Mayor Paul Grant said after the vote he would not resign.",
     "he would not resign", kIndirect, "Paul Grant"},
    {"place_phrase_then_pronoun_clause",
     "Mayor Paul Grant said in an interview it was too early to decide.",
     "it was too early to decide", kIndirect, "Paul Grant"},
    {"day_between_subject_and_cue",
     "Mayor Paul Grant on Tuesday said the bridge would reopen.",
     "the bridge would reopen", kIndirect, "Paul Grant"},
    {"participle_appositive",
     "Paul Grant, speaking to reporters at the port, said the bridge would "
     "reopen.",
     "the bridge would reopen", kIndirect, "Paul Grant"},
    {"according_to_an_office",
     "Prices rose by a tenth last year, according to the national statistics "
     "office.",
     "Prices rose by a tenth last year", kIndirect,
     "national statistics office"},
    {"according_to_figures_first",
     "According to official figures, the port handled two million containers.",
     "the port handled two million containers", kIndirect, "official figures"},
    {"announced_clause_without_that",
     "Mayor Paul Grant announced the city would build a new bridge.",
     "the city would build a new bridge", kIndirect, "Paul Grant"},
    {"told_plural_listener_then_clause",
     "Mayor Paul Grant told reporters the bridge would reopen in May.",
     "the bridge would reopen in May", kIndirect, "Paul Grant"},
    {"told_the_listener_then_clause",
     "Mayor Paul Grant told the council the New Bridge would reopen in May.",
     "the New Bridge would reopen in May", kIndirect, "Paul Grant"},
    {"told_quoted_show_then_that",
     "Mayor Paul Grant told Radio Nine's “Morning Hour” that the bridge "
     "would reopen in May.",
     "the bridge would reopen in May", kIndirect, "Paul Grant"},
    {"spokesman_for_a_ministry",
     "“The ferry is safe,” said a spokesman for the Ministry of Transport.",
     "The ferry is safe", kDirect, "Ministry of Transport"},
    {"that_after_place",
     "Mayor Paul Grant said at a rally in Toledo, Ohio, that the plant would "
     "stay open.",
     "the plant would stay open", kIndirect, "Paul Grant"},
    {"partial_quote_after_campaign",
     "Jessica Ditto said she expects the campaign “to continue calling out "
     "examples of bias.”",
     "she expects the campaign", kMixed, "Jessica Ditto"},
    {"two_appositives_before_cue",
     "“The rules go too far,” Anna Berg, the state attorney general, one of "
     "the officials suing the agency, said.",
     "The rules go too far", kDirect, "Anna Berg"},
    {"long_appositive_before_cue",
     "Anna Berg, the executive director at the Centre for Coastal Studies and "
     "one of the authors of the harbour report, said the wall would fail.",
     "the wall would fail", kIndirect, "Anna Berg"},
    {"roman_suffix_with_appositive",
     "“The rules go too far,” Paul R. Grant III, a lawyer for the city, said.",
     "The rules go too far", kDirect, "Paul R. Grant III"},
    {"surname_of_a_name_with_suffix",
     "Paul Grant Jr. runs the port. Grant said the rules were unfair.",
     "the rules were unfair", kIndirect, "Paul Grant Jr."},
    {"honorific_surname_of_organisation",
     "Paul Grant runs the Harbour Trust. “It was the least bad outcome,” Mr. "
     "Grant of the Harbour Trust said.",
     "least bad outcome", kDirect, "Paul Grant"},
    {"full_name_of_the_organisation",
     "Anna Berg of the Harbour Trust said the plan would fail.",
     "the plan would fail", kIndirect, "Anna Berg"},
    {"coordinated_speakers_keep_the_first",
     "Mayor Larry Grant and Council Leader Anna Berg said the plan will fail.",
     "the plan will fail", kIndirect, "Larry Grant"},
    {"coordinated_honorifics_after_quote",
     "Larry Grant met Anna Berg in May. “It will fail,” Mr. Grant and Ms. "
     "Berg said.",
     "It will fail", kDirect, "Larry Grant"},
    {"title_word_as_surname",
     "Larry King and Ed Shultz host the show. Mr. King said the network "
     "never told him what to say.",
     "the network never told him", kIndirect, "Larry King"},
    {"title_word_surname_alone",
     "Howard Dean runs the clinic. Dean said the plan would fail.",
     "the plan would fail", kIndirect, "Howard Dean"},
    {"coordinated_title_word_surnames",
     "Larry King and Ed Shultz host the show. Both Mr. King and Mr. Shultz "
     "say the network never told them what to say.",
     "the network never told them", kIndirect, "Larry King"},
    {"introduction_closing_the_paragraph_before",
     "Anna Berg spoke first. Then Mayor Paul Grant continued:\n\n“The bridge "
     "is safe and it will stay open.”",
     "it will stay open", kDirect, "Paul Grant"},
    {"age_description_after_quote",
     "Anna Berg, 61, met Paul Grant, 54, on Monday. “The bridge is a "
     "disgrace,” the 61-year-old said.",
     "The bridge is a disgrace", kDirect, "Anna Berg"},
    {"age_description_without_age_given",
     "Police arrested Paul Grant on Monday. The 54-year-old said he had done "
     "nothing wrong.",
     "he had done nothing wrong", kIndirect, "Paul Grant"},
    {"title_description_picks_its_holder",
     "Senator Anna Berg met Mayor Paul Grant on Monday. “The bridge is a "
     "disgrace,” the mayor said.",
     "The bridge is a disgrace", kDirect, "Paul Grant"},
    {"description_from_closing_appositive",
     "Anna Berg met Paul Grant, the former foreign minister. “The bridge is a "
     "disgrace,” the former minister said.",
     "The bridge is a disgrace", kDirect, "Paul Grant"},
    {"description_from_leading_appositive",
     "The Labour leader, Anna Berg, met Paul Grant. “The bridge is a "
     "disgrace,” the Labour leader said.",
     "The bridge is a disgrace", kDirect, "Anna Berg"},
    {"cue_after_a_long_appositive",
     "“The bridge is a disgrace,” Anna Berg, the executive director at the "
     "Harbour Trust and whose group is featured in the film, told reporters.",
     "The bridge is a disgrace", kDirect, "Anna Berg"},
    {"colon_after_an_opening_with_phrase",
     "With party leaders increasingly worried about turnout, Mayor Paul Grant "
     "is rolling out a new message: “The bridge is mine.”",
     "The bridge is mine", kDirect, "Paul Grant"},
    {"pronoun_skips_names_in_titles",
     "Paul Grant watched the film “Meet John Doe” on Monday. “It moved me,” "
     "he said.",
     "It moved me", kDirect, "Paul Grant"},
    {"partial_quote_object_of_called",
     "Mayor Paul Grant called the plan “unworkable and a waste of public "
     "money” on Monday.",
     "a waste of public money", kMixed, "Paul Grant"},
    {"partial_quote_after_pronoun_and_vowed",
     "Anna Berg spoke first. She vowed “to fight this plan in every court in "
     "the land.”",
     "every court in the land", kDirect, "Anna Berg"},
    {"dash_signature_line",
     "“The bridge has been closed for a year and nobody listens.” — Maria "
     "Lopes.",
     "nobody listens", kDirect, "Maria Lopes"},
    {"horizontal_bar_signature_with_age",
     "“The bridge has been closed for a year and nobody listens.”― Maria "
     "Lopes, 34, a nurse from Leeds.",
     "nobody listens", kDirect, "Maria Lopes"},
    {"signature_lines_in_one_paragraph",
     "“The bridge has been closed for a year.” — Maria Lopes\n“Nobody "
     "listens to us.” — Tom Hale.",
     "closed for a year", kDirect, "Maria Lopes"},
    {"en_dash_signature",
     "“The bridge has been closed for a year and nobody listens.” – Maria "
     "Lopes.",
     "nobody listens", kDirect, "Maria Lopes"},
};
QUOTE_GRID(SpeakerPhraseTest, kSpeakers);

// A tail attribution with a date, a time or a channel after its cue, an
// adverb between subject and cue, and a description before the name.
const QuoteCase kTailAdjuncts[] = {
    {"tail_announced_then_on_date",
     "The bridge will reopen in March, Mayor Paul Grant announced on Sunday.",
     "The bridge will reopen in March", kIndirect, "Paul Grant"},
    {"tail_warned_then_in_a_letter",
     "The bridge will close in May, Anna Berg warned in a letter.",
     "The bridge will close in May", kIndirect, "Anna Berg"},
    {"aside_however_between_subject_and_cue",
     "Chief Minister Paul Grant, however, said the state had its own scheme.",
     "the state had its own scheme", kIndirect, "Paul Grant"},
    {"aside_for_her_part_between_subject_and_cue",
     "Anna Berg, for her part, said the bridge was safe.",
     "the bridge was safe", kIndirect, "Anna Berg"},
    {"tail_cue_then_weekday",
     "The bridge will reopen in March, Mayor Paul Grant said Thursday.",
     "The bridge will reopen in March", kIndirect, "Paul Grant"},
    {"tail_cue_then_on_date",
     "The bridge will reopen in March, Mayor Paul Grant said on Thursday.",
     "The bridge will reopen in March", kIndirect, "Paul Grant"},
    {"tail_told_listener_then_time",
     "The bridge will reopen in March, Paul Grant told reporters on Monday "
     "night.",
     "The bridge will reopen in March", kIndirect, "Paul Grant"},
    {"tail_party_tag_told_outlet_then_time",
     "The bill could pass this year, Sen. Anna Berg (R-S.C.) told The "
     "Harbour Herald on Thursday.",
     "The bill could pass this year", kIndirect, "Anna Berg"},
    {"tail_cue_in_statement_at_place",
     "The bridge will reopen in March, Paul Grant said in a statement at "
     "the town hall.",
     "The bridge will reopen in March", kIndirect, "Paul Grant"},
    {"direct_quote_then_cue_and_weekday",
     "“The bridge will reopen in March.” Paul Grant said Tuesday.",
     "The bridge will reopen in March", kDirect, "Paul Grant"},
    {"adverb_now_between_subject_and_cue",
     "Mayor Paul Grant now says he opposes the new bridge.",
     "he opposes the new bridge", kIndirect, "Paul Grant"},
    {"adverb_still_between_subject_and_cue",
     "Mayor Paul Grant still insists the bridge was safe.",
     "the bridge was safe", kIndirect, "Paul Grant"},
    {"description_then_name_between_commas",
     "A lawyer for the news outlets, David Schulz, said no decision had been "
     "made.",
     "no decision had been made", kIndirect, "David Schulz"},
    {"tail_comma_ends_the_reach_of_that",
     "The bridge has hurt the town's finances, Anna Berg said, since most "
     "residents accept that it was needed.",
     "The bridge has hurt the town's finances", kIndirect, "Anna Berg"},
    {"tail_then_participle_cue",
     "The important thing was action and not words, Paul Grant said, adding "
     "that the money would follow.",
     "The important thing was action and not words", kIndirect, "Paul Grant"},
    {"clause_opening_with_partial_quote",
     "Paul Grant tells Radio Harbour on Friday that “exactly who did it” "
     "remains under investigation.",
     "remains under investigation", kMixed, "Paul Grant"},
    {"adverb_just_and_time_before_cue",
     "Paul Grant just this month announced he would close the ferry.",
     "he would close the ferry", kIndirect, "Paul Grant"},
};
QUOTE_GRID(TailAdjunctTest, kTailAdjuncts);

// An infinitive or a clause after the cue is no adjunct of a tail
// attribution.
const NonQuoteCase kNotTailAdjuncts[] = {
    {"agreed_to_infinitive",
     "In the end, the Harbour Trust agreed to lend Mr. Grant $5 million, and "
     "the union stepped in.",
     "In the end"},
    {"said_at_place_then_pronoun_clause",
     "The council was divided, Paul Grant said at the meeting he would "
     "resign.",
     "The council was divided"},
    {"asked_opener_before_quote_introduction",
     "Asked about the bridge, Paul Grant said, “Not going to go into that.”",
     "Asked about the bridge"},
    {"tail_then_participle_is_no_parenthesis",
     "The important thing was action and not words, Paul Grant said, adding "
     "that the money would follow.",
     "said, adding"},
    {"hinted_at_object_is_no_adjunct",
     "Formerly one of the mayor's closest aides, Paul Grant hinted at a "
     "budget giveaway on Monday.",
     "Formerly one"},
    {"insist_on_object_is_no_adjunct",
     "No matter the stakes, Paul Grant will insist on being Paul Grant.",
     "No matter the stakes"},
    {"aside_without_a_subject_is_no_speaker",
     "In the end, however, said nothing about the bridge.", "nothing"},
};
NON_QUOTE_GRID(NotTailAdjunctTest, kNotTailAdjuncts);

// A pronoun opening a sentence is its subject, not an opener before a
// group's name.
const WrongSpeakerCase kPronounNotOpener[] = {
    {"it_then_adverb_and_cue",
     "The Harbour Trust counts the boats. It now estimates that the number "
     "of boats has doubled.",
     "now estimates"},
};
WRONG_SPEAKER_GRID(PronounNotOpenerTest, kPronounNotOpener);

// A participle after a comma reports what the sentence's subject said,
// with or without "that"; the words before the comma are no quote.
const QuoteCase kParticiples[] = {
    {"saying_without_that",
     "Mayor Paul Grant defended the plan on Monday, saying the bridge was "
     "safe.",
     "the bridge was safe", kIndirect, "Paul Grant"},
    {"saying_pronoun_clause",
     "Anna Berg released a new advert, saying it shows she is ready to lead.",
     "it shows she is ready to lead", kIndirect, "Anna Berg"},
    {"arguing_without_that",
     "Paul Grant criticised the budget, arguing it would cost too much.",
     "it would cost too much", kIndirect, "Paul Grant"},
    {"warning_with_that",
     "Anna Berg voted against the bill, warning that it would raise taxes.",
     "it would raise taxes", kIndirect, "Anna Berg"},
    {"role_word_opening_the_sentence_is_a_title",
     "Rival Anna Berg mocked the complaint, saying it showed weakness.",
     "it showed weakness", kIndirect, "Anna Berg"},
    {"but_added_that_after_said",
     "Premier Paul Grant said the province welcomed the funding, but added "
     "that more was needed.",
     "more was needed", kIndirect, "Paul Grant"},
    {"telling_listener_and_place_without_that",
     "Paul Grant ruled out an early election, telling reporters in Canberra "
     "the government would serve its full term.",
     "the government would serve its full term", kIndirect, "Paul Grant"},
    {"telling_listener_and_two_word_place_pronoun_clause",
     "Anna Berg visited the plant, telling workers in New Delhi they were "
     "safe.",
     "they were safe", kIndirect, "Anna Berg"},
};
QUOTE_GRID(ParticipleTest, kParticiples);

const NonQuoteCase kNotParticipleFronts[] = {
    {"front_of_saying_is_no_quote",
     "Anna Berg released a new advert, saying it shows she is ready to lead.",
     "released a new advert"},
    {"telling_listener_about_plans_is_no_clause",
     "Anna Berg left the hall early, telling reporters in Ottawa about her "
     "plans.",
     "her plans"},
    {"place_after_the_listener_is_no_clause",
     "Anna Berg left the hall early, telling reporters in Ottawa the news.",
     "Ottawa"},
    {"clause_before_but_added_stops_there",
     "Premier Paul Grant said the province welcomed the funding, but added "
     "that more was needed.",
     "funding, but"},
    {"saying_nothing_is_no_clause",
     "Paul Grant left the hall after the vote, saying nothing.", "nothing"},
};
NON_QUOTE_GRID(NotParticipleFrontTest, kNotParticipleFronts);

// Subjects that are no plain name before the cue: a relative "who" after a
// named person, a share of a poll.
const QuoteCase kOtherSubjects[] = {
    {"relative_who_after_name",
     "The council has a frosty relationship with Anna Berg, who in 2010 said "
     "the bridge was a waste of money.",
     "the bridge was a waste of money", kIndirect, "Anna Berg"},
    {"relative_who_after_object",
     "Paul Grant met Anna Berg, who said the bridge was unsafe.",
     "the bridge was unsafe", kIndirect, "Anna Berg"},
    {"poll_share_with_number",
     "Another 19 percent said they would not pick either candidate.",
     "they would not pick either candidate", kIndirect, "Another 19 percent"},
    {"conjunction_after_partial_quote_is_no_attribution",
     "Only 52 percent said Anna Berg was “fit to serve,” while 73 percent "
     "said the same of Paul Grant.",
     "fit to serve", kMixed, "Only 52 percent"},
    {"poll_share_per_cent",
     "About 40 per cent said the economy was their main concern.",
     "the economy was their main concern", kIndirect, nullptr},
};
QUOTE_GRID(OtherSubjectTest, kOtherSubjects);

const WrongSpeakerCase kNotOtherSubjects[] = {
    {"auxiliary_opening_a_question_is_no_first_name",
     "Was Anna Berg right to leave the show? Anna Berg said she was bullied.",
     "Was Anna Berg"},
    {"relative_who_after_a_place",
     "The plan will placate nervous Democrats on Harbour Hill, who have "
     "argued that the bridge is needed.",
     "Hill"},
};
WRONG_SPEAKER_GRID(NotOtherSubjectTest, kNotOtherSubjects);

// The words before ", X said" that are no quote: a name with its
// description, an opening phrase.
const NonQuoteCase kNotReported[] = {
    {"surname_said_is_no_cue_inside_a_sentence",
     "The critic Edward Said said the book was important.",
     "said the book"},
    {"name_and_description_before_cue",
     "Johnnie Wilson, of Springfield, said on Monday.", "Johnnie Wilson"},
    {"relative_clause_after_cue",
     "It was what the senators said was economic gerrymandering.",
     "economic gerrymandering"},
    {"opening_phrase_before_cue",
     "During his years in office, Mayor Paul Grant said.", "During his years"},
    {"preposition_then_noun_phrase",
     "Mayor Paul Grant said after the vote of the council members.",
     "the council members"},
    {"pronoun_object_of_the_phrase",
     "Mayor Paul Grant said in the speech to the workers it was done.",
     "the workers"},
};

// Verbs that also take a noun phrase: their object is no reported speech.
const NonQuoteCase kNounObjects[] = {
    {"announced_a_plan",
     "The firm announced its plan to build a new plant in the north.",
     "its plan to build"},
    {"denied_the_allegations",
     "Mayor Paul Grant denied the allegations against his office.",
     "the allegations against"},
    {"wrote_a_letter",
     "Mayor Paul Grant wrote a letter to the council about the bridge.",
     "a letter to the council"},
};
NON_QUOTE_GRID(NounObjectTest, kNounObjects);
// A dash after a quote that opens a clause, not a signature line.
const WrongSpeakerCase kNotSignatures[] = {
    {"clause_between_commas_is_no_appositive",
     "Anna Berg left early, the meeting ran late, and the council said the "
     "vote would wait.",
     "Anna Berg"},
    {"dash_then_clause",
     "Residents call the bridge “a disgrace to the whole county” — Maria "
     "Lopes stood up and left the hall before the vote.",
     "Maria Lopes"},
    {"dash_then_name_and_sentence",
     "“The bridge has been closed for a year and nobody listens.” — Maria "
     "Lopes, the mayor, has ignored every letter we sent her about it since "
     "the spring of last year, residents complain.",
     "Maria Lopes"},
};
WRONG_SPEAKER_GRID(NotSignatureTest, kNotSignatures);
// Capitalised runs that end like a name with a suffix but name no one.
const WrongSpeakerCase kNotPersons[] = {
    // Names that end like a company's, a label's or a prize's are no person
    // for a later "he".
    {"prize_is_no_antecedent",
     "Singer Tom Hale won a prize at the Harbour Awards last year. He told "
     "the audience that music should be for everyone.",
     "Harbour Awards"},
    {"studio_is_no_antecedent",
     "Designer Tom Hale left Lionheart Studios in May. He said that games "
     "would change.",
     "Lionheart Studios"},
    {"honorific_is_no_first_name",
     "Shri Paul Grant said the scheme was a success.", "Shri Paul Grant"},
    {"firm_after_plural_role_is_no_surname",
     "Analysts at Goldman Sachs said they expected oil to rise.", "Sachs"},
    {"title_before_full_name_stays_a_title",
     "“We will appeal,” said Dean Anna Berg of the law school.",
     "Dean Anna Berg"},
    {"place_before_state_abbreviation_is_no_person",
     "Tom Reyes, a farmer from Fresno, Calif., said the rain came too late.",
     "Fresno"},
    {"state_abbreviation_is_no_person",
     "Johnnie Wilson, of Springfield, Va., said the road was closed.", "Va."},
    {"organisation_of_the_place_is_no_person",
     "The Ministry of the Interior said the plan would fail.", "Interior"},
    {"title_after_an_article_is_no_surname",
     "The Spanish King met Anna Berg. “The talks were good,” she said.",
     "Spanish King"},
    {"title_before_a_name_is_no_surname",
     "King Felipe met Anna Berg. “The talks were good,” she said.",
     "Felipe King"},
    {"colon_without_cue_in_paragraph_before",
     "Anna Berg wrote the report. It lists three reasons:\n\n“The bridge is "
     "unsafe and it should close.”",
     "Anna Berg"},
    {"age_description_is_not_the_other_age",
     "Anna Berg, 61, met Paul Grant, 54, on Monday. “The bridge is a "
     "disgrace,” the 54-year-old said.",
     "Anna Berg"},
    {"list_after_a_name_gives_no_title",
     "Residents blamed Paul Grant, the council and the weather. “It is a "
     "disgrace,” the minister said.",
     "Paul Grant"},
    {"opening_with_phrase_is_no_subject",
     "With Party Leaders Worried, the council is rolling out a new message: "
     "“The bridge is mine.”",
     "Party Leaders"},
    {"titled_surname_is_not_a_relative_named_later",
     "President Grant said the bridge was safe. Later he thanked Mary Grant "
     "and her sister for their work.",
     "Mary Grant"},
    {"name_inside_a_quoted_title_is_no_antecedent",
     "Paul Grant watched the film “Meet John Doe” on Monday. “It moved me,” "
     "he said.",
     "John Doe"},
    {"name_inside_quoted_speech_is_no_antecedent",
     "Anna Berg opened the meeting. “I spoke to Mary Kent and Joan Fry this "
     "morning,” she said. “They agree with us,” she added.",
     "Joan Fry"},
    {"passive_called_gives_others_words",
     "Mayor Paul Grant was called “a disgrace to the whole of the county” by "
     "residents.",
     "Paul Grant"},
    {"war_with_roman_numeral",
     "The battle changed the course of World War II. “It was terrifying,” he "
     "said.",
     "War II"},
};
WRONG_SPEAKER_GRID(NotPersonTest, kNotPersons);


// British, Canadian, Australian and agency copy, and US party-state tags.
const QuoteCase kInternational[] = {
    {"party_state_tag_between_commas",
     "Rep. Anna Berg, R-Del., said the bridge would reopen in March.",
     "the bridge would reopen in March", kIndirect, "Anna Berg"},
    {"party_state_tag_without_second_comma",
     "Sen. Anna Berg, D-Calif. said the bridge would reopen in March.",
     "the bridge would reopen in March", kIndirect, "Anna Berg"},
    {"state_abbreviation_is_no_sentence_end",
     "Mayor Paul Grant of Dover, Del. Police said the bridge was unsafe.",
     "the bridge was unsafe", kIndirect, nullptr},
    {"the_democrat_is_the_person_described",
     "Anna Berg, a Democrat, met the mayor on Monday. “The bridge is a "
     "disgrace,” the Democrat said.",
     "The bridge is a disgrace", kDirect, "Anna Berg"},
    {"party_member_before_title_and_name",
     "“The bridge is a disgrace,” Tory MP Anna Berg said.",
     "The bridge is a disgrace", kDirect, "Anna Berg"},
    {"party_name_modifying_a_noun_is_no_speaker",
     "Mayor Paul Grant said an examination of Tory plans showed a gap.",
     "an examination of Tory plans", kIndirect, "Paul Grant"},
    {"lower_case_conservative_is_no_title",
     "The Ministry of Transport said the debt would grow, by conservative "
     "estimates, to half of output.",
     "by conservative estimates", kIndirect, "Ministry of Transport"},
    {"chief_constable_without_stops",
     "“We are appealing for witnesses,” Chief Constable Anna Berg said.",
     "appealing for witnesses", kDirect, "Anna Berg"},
    {"councillor_abbreviated",
     "Cllr Anna Berg said the bridge would reopen in March.",
     "the bridge would reopen in March", kIndirect, "Anna Berg"},
    {"official_spokesman_of_the_prime_minister_after_quote",
     "“The matter is closed,” the Prime Minister's official spokesman said.",
     "The matter is closed", kDirect, "Prime Minister's official spokesman"},
    {"official_spokesman_of_the_prime_minister_before_clause",
     "The Prime Minister's official spokesman said the matter was closed.",
     "the matter was closed", kIndirect,
     "Prime Minister's official spokesman"},
    {"office_of_the_prime_minister_before_clause",
     "The Prime Minister's Office said the visit would go ahead.",
     "the visit would go ahead", kIndirect, "Prime Minister's Office"},
    {"office_of_the_prime_minister_after_quote",
     "“The visit will go ahead,” the Prime Minister's Office said.",
     "The visit will go ahead", kDirect, "Prime Minister's Office"},
    {"downing_street_spokesman",
     "“The matter is closed,” a Downing Street spokesman said.",
     "The matter is closed", kDirect, "Downing Street spokesman"},
    {"according_to_a_statement_from",
     "The clinic will close in May, according to a statement from the Harbour "
     "Trust.",
     "The clinic will close in May", kIndirect, "Harbour Trust"},
    {"according_to_a_statement_issued_by",
     "According to a statement issued by the ministry, sowing has begun in "
     "several states.",
     "sowing has begun in several states", kIndirect, "ministry"},
    {"according_to_a_report_published_by",
     "According to a report published by the Harbour Trust, the clinic will "
     "close in May.",
     "the clinic will close in May", kIndirect, "Harbour Trust"},
    {"according_to_a_report_from",
     "According to a report from the Harbour Trust, the clinic will close in "
     "May.",
     "the clinic will close in May", kIndirect, "Harbour Trust"},
    {"according_to_a_report_by_a_person",
     "According to a report by Anna Berg, the clinic will close in May.",
     "the clinic will close in May", kIndirect, "Anna Berg"},
    {"transcript_line_of_a_known_speaker",
     "Senator Anna Berg met Mayor Paul Grant for a debate.\n\nBERG: The "
     "bridge has been unsafe for a year.\n\nGRANT: The engineers disagree.",
     "The bridge has been unsafe for a year", kDirect, "Anna Berg"},
    {"transcript_line_of_the_second_speaker",
     "Senator Anna Berg met Mayor Paul Grant for a debate.\n\nBERG: The "
     "bridge has been unsafe for a year.\n\nGRANT: The engineers disagree.",
     "The engineers disagree", kDirect, "Paul Grant"},
    {"quoted_transcript_turn_of_a_known_speaker",
     "Senator Anna Berg spoke to the host on Sunday.\n\n\"HOST: Will the "
     "bridge reopen this year?\n\n\"BERG: The bridge will reopen in "
     "March.\n\n\"HOST: And the ferry?\n\n\"BERG: The ferry stays.\"",
     "The bridge will reopen in March", kDirect, "Anna Berg"},
    {"quoted_transcript_turn_of_a_recurring_label",
     "Senator Anna Berg spoke to the host on Sunday.\n\n\"HOST: Will the "
     "bridge reopen this year?\n\n\"BERG: The bridge will reopen in "
     "March.\n\n\"HOST: And the ferry?\n\n\"BERG: The ferry stays.\"",
     "Will the bridge reopen this year", kDirect, "Host"},
    {"tail_told_an_agency",
     "The bridge will reopen in March, Anna Berg told Reuters.",
     "The bridge will reopen in March", kIndirect, "Anna Berg"},
    {"tail_told_bare_listeners",
     "The bridge will reopen in March, Anna Berg told reporters.",
     "The bridge will reopen in March", kIndirect, "Anna Berg"},
    {"tail_told_a_named_listener",
     "The bridge will reopen in March, Anna Berg told the Canadian Press.",
     "The bridge will reopen in March", kIndirect, "Anna Berg"},
    {"role_appositive_ends_the_sentence",
     "“The data are clear,” said Anna Berg, chief executive of the Harbour "
     "Trust.\n\nPaul Grant disagreed. “We will see,” the chief executive "
     "said.",
     "We will see", kDirect, "Anna Berg"},
    {"role_appositive_with_field_and_place",
     "“The line will open in 2030,” said Anna Berg, minister of "
     "transportation of Ontario.\n\nPaul Grant disagreed. “It will,” the "
     "minister said.",
     "It will", kDirect, "Anna Berg"},
    {"single_office_names_the_one_untitled_person",
     "Anna Berg ruled out an early election.\n\n“Voters expect us to get "
     "on with the job,” the Prime Minister said.",
     "Voters expect us to get on with the job", kDirect, "Anna Berg"},
    {"single_office_skips_a_person_with_another_title",
     "President Paul Grant met Anna Berg in Sydney.\n\n“We agree,” the "
     "Prime Minister said.",
     "We agree", kDirect, "Anna Berg"},
    {"abbreviated_office_names_its_titled_holder",
     "Chief Minister Anna Berg met Paul Grant at the airport.\n\nThe CM "
     "said the state would fight the order.",
     "the state would fight the order", kIndirect, "Anna Berg"},
    {"abbreviated_title_before_name",
     "PM Anna Berg said the deal was good.", "the deal was good", kIndirect,
     "Anna Berg"},
    {"family_name_first_then_family_name_alone",
     "Foreign Ministry spokesperson Mao Ning said the talks were useful.\n\n"
     "“China stands for peace,” Mao said.",
     "China stands for peace", kDirect, "Mao Ning"},
    {"clause_after_according_to_is_no_role",
     "Mayor Anna Berg left early, and according to Paul Grant, the minister "
     "will resign.\n\n“We will see,” the minister said.",
     "We will see", kDirect, "the minister"},
    {"hyphenated_name_ends_sentence",
     "The band left G-Unit. Mayor Paul Grant said the bridge was unsafe.",
     "the bridge was unsafe", kIndirect, "Paul Grant"},
};
QUOTE_GRID(InternationalCopyTest, kInternational);

const WrongSpeakerCase kInternationalNotSpeakers[] = {
    {"party_state_tag_is_no_name",
     "Sen. Anna Berg, D-Del. said the bridge would reopen in March.",
     "D-Del."},
    {"dotted_party_tag_in_parenthesis_is_no_name",
     "Sen. Anna Berg (D-Del.) said the bridge would reopen in March.",
     "D-Del."},
    {"capitals_and_colon_of_no_known_speaker",
     "Senator Anna Berg met the council.\n\nUPDATE: The bridge has been "
     "closed since Monday.",
     "Anna Berg"},
    {"the_statement_is_no_speaker",
     "The clinic will close in May, according to a statement from the Harbour "
     "Trust.",
     "statement"},
    {"the_issued_statement_is_no_speaker",
     "According to a statement issued by the ministry, sowing has begun.",
     "statement"},
    {"those_surveyed_are_no_source",
     "According to a survey of 500 farmers, most expect losses this year.",
     "500 farmers"},
    {"owner_of_a_role_stops_at_a_sentence_opener",
     "As Mr Grant's spokesman said, the clinic will close in May.",
     "As Mr Grant's spokesman"},
    {"office_of_an_owner_is_no_bare_office",
     "The Prime Minister's Office said the visit would go ahead.", "Office"},
    {"single_office_between_two_untitled_people_is_neither",
     "Anna Berg met Paul Grant in Sydney.\n\n“We agree,” the Prime "
     "Minister said.",
     "Anna Berg"},
    {"qualified_office_is_no_untitled_person",
     "Anna Berg met the press in Sydney.\n\n“We agree,” the French "
     "president said.",
     "Anna Berg"},
    {"abbreviated_office_is_no_other_minister",
     "Health Minister Anna Berg met Chief Minister Paul Grant.\n\nThe CM "
     "said the state would fight the order.",
     "Anna Berg"},
    {"known_first_name_is_no_family_name",
     "Mayor Anna Berg met Paul Hale.\n\n“We agree,” Paul said.",
     "Paul Hale"},
    {"the_republican_is_no_group",
     "“The bridge is a disgrace,” the Republican said.", "Republican"},
    {"chief_is_no_part_of_the_name",
     "“We are appealing for witnesses,” Chief Constable Anna Berg said.",
     "Constable Anna Berg"},
};
WRONG_SPEAKER_GRID(InternationalNotSpeakerTest, kInternationalNotSpeakers);

const NonQuoteCase kInternationalNotQuotes[] = {
    {"recurring_label_without_a_known_speaker",
     "The council met on Monday.\n\nNOTE: The bridge has been closed since "
     "Monday.\n\nNOTE: The ferry runs as usual this week.",
     "The ferry runs as usual"},
    {"capitals_and_colon_of_an_unknown_name",
     "The council met on Monday.\n\nSMITH: The bridge has been closed since "
     "Monday.",
     "The bridge has been closed"},
    {"told_with_more_than_a_listener_after_it",
     "The bridge was closed in May, Anna Berg told the council at length "
     "about the delays.",
     "The bridge was closed in May"},
    {"agency_credit_lines",
     "The council met on Monday.\n\n(Reporting by Anna Berg; Editing by "
     "Paul Grant)\nWriting by Tom Hale; editing by Rita Ocampo",
     "Reporting by"},
};
NON_QUOTE_GRID(InternationalNotQuoteTest, kInternationalNotQuotes);

NON_QUOTE_GRID(NotReportedTest, kNotReported);

// --- Sources named by an owner, descriptions of a rank ----------------------

const QuoteCase kOwnedSources[] = {
    {"according_to_owners_office",
     "At least three homes were destroyed, according to the county sheriff's "
     "office.",
     "At least three homes were destroyed", kIndirect, "county sheriff's office"},
    {"according_to_owners_spokesperson",
     "The road will reopen on Friday, according to the council’s "
     "spokesperson.",
     "The road will reopen on Friday", kIndirect, "council’s spokesperson"},
};
QUOTE_GRID(OwnedSourceTest, kOwnedSources);

// A role or group in the possessive owns the role after it.
const QuoteCase kLowerCaseOwners[] = {
    {"mayors_spokesman", "The mayor's spokesman said the bridge would reopen.",
     "the bridge would reopen", kIndirect, "mayor's spokesman"},
    {"councils_lawyer",
     "The council’s lawyer told the court that the contract was void.",
     "the contract was void", kIndirect, "council’s lawyer"},
    // Any owner after an article, when the role is an agent noun.
    {"owner_after_article_agent_noun",
     "The ad’s narrator says the plan would cost every family more.",
     "the plan would cost every family more", kIndirect, "ad’s narrator"},
    {"owner_after_article_plural_agent_noun",
     "The site's designers said the flexible layout would suit phones.",
     "the flexible layout would suit phones", kIndirect, "site's designers"},
};
QUOTE_GRID(LowerCaseOwnerTest, kLowerCaseOwners);

// A document owned by a noun is no speaker of its own: "the report's
// letter" names nobody.
const WrongSpeakerCase kOwnedDocuments[] = {
    {"owned_document_is_not_a_speaker",
     "The report's letter said the plan was dead.", "report's letter"},
    {"owned_ruling_is_not_a_speaker",
     "“The play is banned,” the council's ruling said.", "council's ruling"},
};
WRONG_SPEAKER_GRID(OwnedDocumentTest, kOwnedDocuments);

// "A spokeswoman for X said ... she added": one unnamed person speaking
// for a group is the antecedent of the pronoun after it.
const QuoteCase kSpokespersonPronouns[] = {
    {"spokeswoman_for_then_she",
     "A spokeswoman for the Harbour Commission said letters were being sent "
     "out. “We acted as soon as we knew,” she added.",
     "We acted as soon as we knew", kDirect,
     "spokeswoman for the Harbour Commission"},
    {"group_spokesman_then_he",
     "A ministry spokesman said the plan would go ahead. “We acted as soon "
     "as we knew,” he added.",
     "We acted as soon as we knew", kDirect, "ministry spokesman"},
    {"official_then_he_reported",
     "The official said the government had not yet decided. The sale could "
     "still go ahead, he said.",
     "The sale could still go ahead", kIndirect, "official"},
    {"spokesman_after_a_named_person",
     "Anna Berg opened the bridge on Monday. A council spokesman said the "
     "tolls would stay. “We acted as soon as we knew,” he added.",
     "We acted as soon as we knew", kDirect, "council spokesman"},
};
QUOTE_GRID(SpokespersonPronounTest, kSpokespersonPronouns);

// "He" after a spokeswoman, "the former president" after the president:
// the second quote is someone else's; the first is the named speaker's.
const QuoteCase kFirstOfTwoSpeakers[] = {
    {"spokeswoman_reported", "A council spokeswoman said the tolls would stay. "
     "“We acted as soon as we knew,” he added.",
     "the tolls would stay", kIndirect, "council spokeswoman"},
    {"president_reported", "President Tom Hale said the deal would create jobs. "
     "In a post, the former president wrote that the ruling was unjust.",
     "the deal would create jobs", kIndirect, "Tom Hale"},
};
QUOTE_GRID(FirstOfTwoSpeakersTest, kFirstOfTwoSpeakers);

const WrongSpeakerCase kSecondOfTwoSpeakers[] = {
    // The pronoun's gender must fit the spokesperson's word.
    {"he_is_not_the_spokeswoman", kFirstOfTwoSpeakers[0].text,
     "council spokeswoman", "We acted as soon as we knew"},
    // A former holder is no current one.
    {"former_president_is_not_the_president", kFirstOfTwoSpeakers[1].text,
     "Tom Hale", "the ruling was unjust"},
};
WRONG_SPEAKER_GRID(SecondOfTwoSpeakersTest, kSecondOfTwoSpeakers);

// Between the subject and its verb: a clause of time or manner between
// commas, "in a statement"; before the subject, an honorific and its owner.
const QuoteCase kBetweenSubjectAndVerb[] = {
    {"while_clause_between_commas",
     "Chief Minister Anna Berg, while addressing a rally in Kolkata, alleged "
     "that the Centre was ignoring the state.",
     "the Centre was ignoring the state", kIndirect, "Anna Berg"},
    {"in_a_statement_before_the_verb",
     "The Harbour Ministry in a statement said the meeting was productive.",
     "the meeting was productive", kIndirect, "Harbour Ministry"},
    {"honorific_before_the_owner",
     "“This is not acceptable,” Mr Hale's spokesman Paul Grant told the "
     "Nation.",
     "This is not acceptable", kDirect, "Paul Grant"},
};
QUOTE_GRID(BetweenSubjectAndVerbTest, kBetweenSubjectAndVerb);

// A first name alone names the person named before who bears it: a knight
// ("Sir John"), a sister ("Serena"); a knight is never "Mr".
const QuoteCase kFirstNames[] = {
    {"knight_by_first_name",
     "Sir John Bourn published the report on Monday. Sir John said the "
     "figures were clear.",
     "the figures were clear", kIndirect, "John Bourn"},
    {"sister_by_first_name",
     "Serena Williams beat Venus Williams in the final. Serena said the "
     "match had been hard.",
     "the match had been hard", kIndirect, "Serena Williams"},
    {"mr_is_not_the_knight",
     "Sir Ian Blair said the threat was real. Prime Minister Tony Blair "
     "spoke later. But Mr Blair insisted that liberty came first.",
     "liberty came first", kIndirect, "Tony Blair"},
};
QUOTE_GRID(FirstNameTest, kFirstNames);

// A conjunction opening the sentence is no part of the speaker's phrase.
const QuoteCase kSentenceOpeners[] = {
    {"but_before_a_group", "But critics said the plan would fail.",
     "the plan would fail", kIndirect, "critics"},
    {"adverb_and_comma_before_a_group",
     "Separately, the Harbour Fund warned on Thursday that the deficit was "
     "too large.",
     "the deficit was too large", kIndirect, "Harbour Fund"},
    {"and_before_figures",
     "And official figures showed that prices rose by 3% in March.",
     "prices rose by 3% in March", kIndirect, "official figures"},
};
QUOTE_GRID(SentenceOpenerTest, kSentenceOpeners);

// A role written as an acronym is a person's title, not a group.
const QuoteCase kAcronymRoles[] = {
    {"the_dj_then_he",
     "DJ Tom Hale played in Rio. The DJ admitted that success had a "
     "downside. In particular, he said he had lost friends.",
     "he had lost friends", kIndirect, "Tom Hale"},
};
QUOTE_GRID(AcronymRoleTest, kAcronymRoles);

// A title of an organisation left unnamed, its object headed by an agent
// noun: one person, whom a later "he" names.
const QuoteCase kTitlesOfUnnamedBodies[] = {
    {"chief_executive_of_a_maker",
     "“The dollar will be stronger,” the chief executive of a leading "
     "European car maker told the BBC.",
     "The dollar will be stronger", kDirect,
     "chief executive of a leading European car maker"},
    {"he_after_the_chief_executive",
     "“The dollar will be stronger,” the chief executive of a leading "
     "European car maker told the BBC. The trend was wrong, he said.",
     "The trend was wrong", kIndirect,
     "chief executive of a leading European car maker"},
    {"lawyers_for_the_spammers",
     "Lawyers for the alleged spammers said the lawsuit was groundless.",
     "the lawsuit was groundless", kIndirect, "Lawyers for the alleged spammers"},
};
QUOTE_GRID(TitleOfUnnamedBodyTest, kTitlesOfUnnamedBodies);

// "One of the bidders, steel giant LNM, told": the appositive's proper name
// is the speaker the words before it describe; not a place or an occasion.
const QuoteCase kNamedAppositives[] = {
    {"role_and_name_in_appositive",
     "One of the foreign bidders who lost out, steel giant Harbourex, told "
     "the BBC that it would be interested in a new sale.",
     "it would be interested in a new sale", kIndirect, "Harbourex"},
};
QUOTE_GRID(NamedAppositiveTest, kNamedAppositives);

// No speakers: a place in an appositive; a preposition opening the sentence
// ("Across the board I thought ...", "Pushing Beyond ...").
const WrongSpeakerCase kPlacesAndPrepositionsAsNames[] = {
    {"place_in_appositive",
     "Anna Berg, speaking at the Harbour Forum, said the port would grow.",
     "Harbour Forum"},
    {"across_opens_the_sentence",
     "Across the board I thought Anna Berg had a great weekend and continued "
     "to show she is developing.",
     "Across"},
};
WRONG_SPEAKER_GRID(PlaceOrPrepositionAsNameTest, kPlacesAndPrepositionsAsNames);

// Places after "in" and "at" say where the subject spoke, not who spoke.
const QuoteCase kPlacesBeforeTheVerb[] = {
    {"chain_of_places_after_the_subject",
     "In 2000, EU leaders at a summit in Lisbon pledged that the economy "
     "would grow.",
     "the economy would grow", kIndirect, "EU leaders"},
    {"reporter_at_a_place",
     "Correspondent Tom Hale at Postbridge in the West Country said 2,000 "
     "people had turned out.",
     "2,000 people had turned out", kIndirect, "Tom Hale"},
    {"title_in_a_place",
     "The minister in Kabul said the talks would resume.",
     "the talks would resume", kIndirect, "The minister"},
    {"group_in_a_place_stays_whole",
     "Officials in Washington said the deal was close.",
     "the deal was close", kIndirect, "Officials in Washington"},
};
QUOTE_GRID(PlaceBeforeVerbTest, kPlacesBeforeTheVerb);

// "According to": the source after modifiers and a title, a nationality
// and its noun, and a dash before the cue.
const QuoteCase kAccordingToSources[] = {
    {"according_to_modifiers_before_title",
     "According to conservative talk radio host Tom Hale, the move reeks of "
     "desperation.",
     "the move reeks of desperation", kIndirect, "Tom Hale"},
    {"according_to_nationality_and_noun",
     "More than half of his advice is wrong, according to the top British "
     "medical journal.",
     "More than half of his advice is wrong", kIndirect,
     "top British medical journal"},
    {"according_to_after_a_dash",
     "More than half of his advice is wrong — according to the Harbour "
     "Medical Council.",
     "More than half of his advice is wrong", kIndirect,
     "Harbour Medical Council"},
};
QUOTE_GRID(AccordingToSourceTest, kAccordingToSources);

// The organisation that owns a named person goes with the name.
const QuoteCase kOwnedPersons[] = {
    {"owner_before_name_after_quote",
     "“We are finding more firms that want to help,” the EPA's Andrew "
     "Fanara said.",
     "We are finding more firms that want to help", kDirect, "Andrew Fanara"},
    {"owner_before_name_with_article_known_later",
     "The UK's Andrea Arnold won the short film award. Arnold said the prize "
     "was overwhelming.",
     "the prize was overwhelming", kIndirect, "Andrea Arnold"},
    {"according_to_owner_and_honorific",
     "Stuart Hensel works at the Harbour Intelligence Unit. A resale could "
     "triple the price, according to the Harbour Intelligence Unit's Mr "
     "Hensel.",
     "A resale could triple the price", kIndirect, "Stuart Hensel"},
};
QUOTE_GRID(OwnedPersonTest, kOwnedPersons);

// An age alone after the cue describes the person just named.
const QuoteCase kAgeAfterCue[] = {
    {"said_the_age_then_relative_clause",
     "Anna Berg will not decide until March. “I will only race if I can "
     "win,” said the 30-year-old, who retires next year.",
     "I will only race if I can win", kDirect, "Anna Berg"},
};
QUOTE_GRID(AgeAfterCueTest, kAgeAfterCue);

// A sentence opened by the surname of a person named in full mentions
// them again: the newer antecedent for "he".
const QuoteCase kSurnameMentions[] = {
    {"surname_opens_the_sentence_before_he",
     "Former winger David Campese watched the game. “Wales will win,” said "
     "Paul Grant. Campese has tipped Wales to win the title. “It has been a "
     "surprising tournament,” he said.",
     "It has been a surprising tournament", kDirect, "David Campese"},
};
QUOTE_GRID(SurnameMentionTest, kSurnameMentions);

// A person named after a preposition is no newer antecedent for "he" than
// the one who spoke last.
const QuoteCase kPronounPastPrepositions[] = {
    {"object_of_preposition_is_not_he",
     "Paul Grant said the bridge was safe. He had misgivings about the ferry "
     "under Mayor Tom Hale. “We checked it twice,” he said.",
     "We checked it twice", kDirect, "Paul Grant"},
    {"sentence_subject_is_he",
     "Paul Grant said the bridge was safe. Mayor Tom Hale visited the site "
     "on Monday. “We checked it twice,” he said.",
     "We checked it twice", kDirect, "Tom Hale"},
    {"weekday_is_no_title",
     "Paul Grant said the bridge was safe. But on Tuesday Mr Hale denied "
     "the claims. “I was never told,” he said.",
     "I was never told", kDirect, "Hale"},
};
QUOTE_GRID(PronounPastPrepositionTest, kPronounPastPrepositions);

// "It said": the company that opened the sentence, or the one before.
const QuoteCase kCompanyAntecedents[] = {
    {"one_word_company_in_the_same_sentence",
     "Harbourex saw its shares rise 14% on Tuesday after it said it would "
     "cut 3,000 jobs.",
     "it would cut 3,000 jobs", kIndirect, "Harbourex"},
    {"one_word_company_in_the_sentence_before",
     "Harbourex has been hit by rising fuel costs. It said it needs to cut "
     "6,000 jobs.",
     "it needs to cut 6,000 jobs", kIndirect, "Harbourex"},
    {"shares_in_a_company",
     "Shares in Harbour Group fell 19% after it said it would not make any "
     "money on the bridge.",
     "it would not make any money on the bridge", kIndirect, "Harbour Group"},
    {"acronym_subject_of_a_participle",
     "The HPA rejected the offer in December, saying it undervalued the "
     "port.",
     "it undervalued the port", kIndirect, "HPA"},
    {"named_group_before_an_aside",
     "The HPA, representing the ferry owners, has asked the court to act. It "
     "argues that the tolls are unlawful.",
     "the tolls are unlawful", kIndirect, "HPA"},
};
QUOTE_GRID(CompanyAntecedentTest, kCompanyAntecedents);

// Not the antecedent: a one-word subject that is a known person, a plural
// noun, or the subject of the clause a tail reports.
const WrongSpeakerCase kNotCompanyAntecedents[] = {
    {"known_person_is_not_it",
     "Anna Berg runs the ferry. Berg has been hit by rising fuel costs. It "
     "said it needs to cut 6,000 jobs.",
     "Berg"},
    {"plural_noun_is_not_it",
     "Ferries carried fewer people this year. It said the bridge had taken "
     "their trade.",
     "Ferries"},
    {"tail_subject_is_not_it",
     "Harbourex was cutting costs across the region, it said.", "Harbourex"},
    {"tail_group_is_not_it",
     "The Harbour Commission, in particular, was imposing new rules, it "
     "noted.",
     "Harbour Commission"},
};
WRONG_SPEAKER_GRID(NotCompanyAntecedentTest, kNotCompanyAntecedents);

// Capitalised words joined by "&" name a firm; joined by "and", two people.
const QuoteCase kAmpersandNames[] = {
    {"firm_with_ampersand", "Procter & Gamble said profits would rise next year.",
     "profits would rise next year", kIndirect, "Procter & Gamble"},
    {"firm_with_ampersand_and_two_words",
     "Marsh & McLennan said it would settle the case.",
     "it would settle the case", kIndirect, "Marsh & McLennan"},
    {"two_people_with_and", "Tom Hale and Anna Berg said the plan was dead.",
     "the plan was dead", kIndirect, "Tom Hale"},
};
QUOTE_GRID(AmpersandNameTest, kAmpersandNames);

// A country's acronym before one capitalised word: a company or a body;
// initials before a surname stay a person.
const QuoteCase kAcronymCompanies[] = {
    {"country_acronym_and_one_word", "UK Coal said it was making progress.",
     "it was making progress", kIndirect, "UK Coal"},
    {"title_acronym_and_surname", "MP Smith said the vote was close.",
     "the vote was close", kIndirect, "Smith"},
    {"initials_and_surname", "KK Mittal said the plant would reopen.",
     "the plant would reopen", kIndirect, "KK Mittal"},
    {"title_and_initials_and_surname",
     "SLBA chairman AL Gooneratne said the banks would not collect interest.",
     "the banks would not collect interest", kIndirect, "AL Gooneratne"},
};
QUOTE_GRID(AcronymCompanyTest, kAcronymCompanies);

// An Arabic article joined to a name in lower case is part of the name.
const QuoteCase kArticlePrefixedNames[] = {
    {"full_name_with_al",
     "Mohamed el-Erian, chief economic adviser at Allianz, said rates would "
     "fall.",
     "rates would fall", kIndirect, "Mohamed el-Erian"},
    {"honorific_and_al_name_resolves",
     "Abdel Fattah al-Sisi met the envoy on Monday. Mr al-Sisi said Egypt "
     "would not accept the plan.",
     "Egypt would not accept the plan", kIndirect, "Abdel Fattah al-Sisi"},
    {"capitalised_al_resolves",
     "Abdel Fattah al-Sisi met the envoy on Monday. Al-Sisi said Egypt would "
     "not accept the plan.",
     "Egypt would not accept the plan", kIndirect, "Abdel Fattah al-Sisi"},
};
QUOTE_GRID(ArticlePrefixedNameTest, kArticlePrefixedNames);

// People named by their part in the story or their job, and organisations
// whose names hold "and".
const QuoteCase kRolesAndBodies[] = {
    {"occupation_before_name",
     "Senior meteorologist Laura Boekel said the rain would ease by Friday.",
     "the rain would ease by Friday", kIndirect, "Laura Boekel"},
    {"one_and_a_role",
     "One victim said the sentence was far too short.",
     "the sentence was far too short", kIndirect, "victim"},
    {"role_with_relative_clause_before_colon",
     "Outside court, one victim, who asked not to be named, said: “No "
     "sentence will give us our money back.”",
     "No sentence will give us our money back", kDirect, "victim"},
    {"organisation_name_with_and",
     "Harbour Fire and Emergency Services said it had received 200 calls.",
     "it had received 200 calls", kIndirect, "Harbour Fire and Emergency Services"},
};
QUOTE_GRID(RoleAndBodyTest, kRolesAndBodies);

// Unnamed sources: the source noun and what it is close to, not the last
// noun of the complement ("matter").
const QuoteCase kAnonymousSources[] = {
    {"source_familiar_with",
     "A source familiar with the matter told Reuters that output had risen.",
     "output had risen", kIndirect, "source familiar with the matter"},
    {"sources_close_to",
     "Sources close to the talks said an agreement was near.",
     "an agreement was near", kIndirect, "Sources close to the talks"},
    {"person_with_knowledge_of",
     "A person with knowledge of the decision said the firm would appeal.",
     "the firm would appeal", kIndirect, "person with knowledge of the decision"},
    {"people_briefed_on",
     "“The deal is done,” said two people briefed on the talks.",
     "The deal is done", kDirect, nullptr},
};
QUOTE_GRID(AnonymousSourceTest, kAnonymousSources);
// A named person close to someone is still that person.
const WrongSpeakerCase kAnonymousNotNamed[] = {
    {"named_person_close_to",
     "Mayor Paul Grant, who is close to the minister, said the plan was "
     "dead.",
     "minister"},
};
WRONG_SPEAKER_GRID(AnonymousNotNamedTest, kAnonymousNotNamed);

// Two reported clauses joined by a conjunction or a dash: the first ends
// before the second's subject; speech reported inside a clause stays in it.
const QuoteCase kJoinedClauses[] = {
    {"dash_and_second_cue",
     "Paul Grant said the vote would be close — and he noted that turnout "
     "was low.",
     "the vote would be close", kIndirect, "Paul Grant"},
    {"while_another_speaker",
     "Labour said the plan came too late while the Greens said it cost too "
     "much.",
     "it cost too much", kIndirect, "Greens"},
};
QUOTE_GRID(JoinedClauseTest, kJoinedClauses);
const NonQuoteCase kClausesNotCut[] = {
    // The first clause does not run on into the second.
    {"first_clause_ends_before_and",
     "Paul Grant said the vote would be close and Anna Berg said turnout was "
     "low.",
     "close and Anna Berg"},
};
NON_QUOTE_GRID(ClauseNotRunOnTest, kClausesNotCut);
// Speech inside a clause and names joined by "and" stay in the clause.
const QuoteCase kClausesKept[] = {
    {"nested_report_stays",
     "The minister said his government says it wants to help the farmers.",
     "his government says it wants to help", kIndirect, nullptr},
    {"names_joined_by_and",
     "Anna Berg said the success of Acme, Harbour and Yahoo showed that design "
     "mattered.",
     "the success of Acme, Harbour and Yahoo showed", kIndirect, "Anna Berg"},
};
QUOTE_GRID(ClauseKeptTest, kClausesKept);

// Cues of social media and court copy, with their that-clause or after a
// quote; without one they report nothing.
const QuoteCase kMoreCues[] = {
    {"posted_that",
     "Paul Grant posted on social media that he would run again.",
     "he would run again", kIndirect, "Paul Grant"},
    {"submitted_after_quote",
     "“The rules are needed to curb fake news,” Solicitor General Tushar "
     "Mehta submitted.",
     "The rules are needed to curb fake news", kDirect, "Tushar Mehta"},
    // Verbs of South Asian and agency copy.
    {"opined_that", "Paul Grant opined that the economy would grow.",
     "the economy would grow", kIndirect, "Paul Grant"},
    {"averred_after_quote", "“We are on track,” Anna Berg averred.",
     "We are on track", kDirect, "Anna Berg"},
    {"affirmed_that", "Paul Grant affirmed that the bridge would reopen.",
     "the bridge would reopen", kIndirect, "Paul Grant"},
};
QUOTE_GRID(MoreCueTest, kMoreCues);

// Verbs that report only a that-clause ("stressed", "noted") report a bare
// clause too when a short subject and an auxiliary follow them.
const QuoteCase kBareClauses[] = {
    {"stressed_bare_clause",
     "The spokesman stressed the council would abide by its obligations.",
     "the council would abide by its obligations", kIndirect, "spokesman"},
    {"noted_pronoun_clause",
     "Anna Berg noted she had been warned about the bridge twice.",
     "she had been warned about the bridge twice", kIndirect, "Anna Berg"},
};
QUOTE_GRID(BareClauseTest, kBareClauses);

// Their objects are no clauses: a noun phrase, a phrase of place, or a
// relative clause inside the object.
const NonQuoteCase kNotBareClauses[] = {
    {"stressed_noun_object",
     "Anna Berg stressed the importance of the new bridge for the town.",
     "the importance of the new bridge"},
    {"noted_in_a_speech",
     "Anna Berg noted in a speech on Monday the rise in ferry fares.",
     "the rise in ferry fares"},
    {"noted_relative_clause",
     "Anna Berg noted the engineers who had checked the bridge.",
     "the engineers who had checked"},
    {"showed_object_pronoun",
     "Anna Berg showed him how the bridge should be checked.",
     "him how the bridge should be checked"},
    {"columnist_first_person",
     "I think Tom Hale is struggling to come near the pace he needs.",
     "Tom Hale is struggling"},
};
NON_QUOTE_GRID(NotBareClauseTest, kNotBareClauses);

// Findings of reports, studies and polls, with their that-clause.
const QuoteCase kFindings[] = {
    {"report_found_that",
     "The Harbour Trust report found that one in five children lived in "
     "poverty.",
     "one in five children lived in poverty", kIndirect, nullptr},
    {"survey_shows_that",
     "The survey shows that most voters want the bridge rebuilt.",
     "most voters want the bridge rebuilt", kIndirect, nullptr},
};
QUOTE_GRID(FindingTest, kFindings);
const NonQuoteCase kFindingsWithoutClauses[] = {
    {"found_an_object", "Police found a body near the harbour on Monday.",
     "a body near the harbour"},
    {"shows_an_object", "The film shows the harbour at dawn in winter.",
     "the harbour at dawn"},
};
NON_QUOTE_GRID(FindingWithoutClauseTest, kFindingsWithoutClauses);
const NonQuoteCase kMoreCuesWithoutClauses[] = {
    {"posted_a_photo", "Anna Berg posted a photo of the new bridge online.",
     "a photo"},
    {"submitted_a_report", "The council submitted its report to the minister.",
     "its report"},
};
NON_QUOTE_GRID(MoreCueWithoutClauseTest, kMoreCuesWithoutClauses);

// Before a quote, the nearest cue introduces it; a participle's subject is
// the sentence's, unless a person is named right before it.
const QuoteCase kNearestCues[] = {
    {"nearest_cue_after_participle_adjective",
     "In a video posted online, Anna Berg said: “We will fight on.”",
     "We will fight on", kDirect, "Anna Berg"},
    {"participle_after_object",
     "Council leader Anna Berg wrote to the regulator saying: “The advice is "
     "clear.”",
     "The advice is clear", kDirect, "Anna Berg"},
    {"participle_after_a_person",
     "The advert ends with footage of Paul Grant saying, “That makes me "
     "smart.”",
     "That makes me smart", kDirect, "Paul Grant"},
    {"participle_after_a_second_cue",
     "Anna Berg said she recalled thinking, “This is what people talk "
     "about.”",
     "This is what people talk about", kDirect, "Anna Berg"},
};
QUOTE_GRID(NearestCueTest, kNearestCues);

// "As X put it": the quote is X's, before or after it.
const QuoteCase kPutIt[] = {
    {"as_name_put_it_colon", "As Mayor Paul Grant put it: “The bridge is safe.”",
     "The bridge is safe", kDirect, "Paul Grant"},
    {"quote_as_role_put_it", "“It was a mess,” as one resident put it.",
     "It was a mess", kDirect, "resident"},
};
QUOTE_GRID(PutItTest, kPutIt);

// An inverted cue between commas inside the sentence it reports.
const QuoteCase kInvertedInside[] = {
    {"says_name_between_commas",
     "Then, says Mayor Paul Grant, the whole town came to help.",
     "the whole town came to help", kIndirect, "Paul Grant"},
    {"said_name_after_subject",
     "The bridge, said Anna Berg, was safe for cars and lorries.",
     "was safe for cars and lorries", kIndirect, "Anna Berg"},
};
QUOTE_GRID(InvertedInsideTest, kInvertedInside);
const NonQuoteCase kInvertedInsideNot[] = {
    // A pronoun there is no inverted cue, and too few words report nothing.
    {"too_few_words_after", "In May, said Anna Berg, prices rose.", "prices rose"},
    // "recalled in place of X": a participle of another sense, no cue.
    {"recalled_in_place_of",
     "Tom Hale, recalled in place of Paul Grant, was twice denied a goal by "
     "the keeper.",
     "was twice denied"},
};
NON_QUOTE_GRID(InvertedInsideNotTest, kInvertedInsideNot);
const NonQuoteCase kPutItNotSpeech[] = {
    {"put_it_in_the_river", "The crew put it in the river on Monday.", "river"},
};
NON_QUOTE_GRID(PutItNotSpeechTest, kPutItNotSpeech);

// "denied" reports speech only with a that-clause: "denied the charges" is
// a plea, not a claim in words.
const NonQuoteCase kDeniedObjects[] = {
    {"denied_the_charges",
     "Anna Berg, 58, had denied the charges but was found guilty by a jury.",
     "the charges"},
};
NON_QUOTE_GRID(DeniedObjectTest, kDeniedObjects);

// A description names no one whose title adds a rank it lacks: "the
// Transport Secretary" is not the shadow one named after it.
const WrongSpeakerCase kDescriptionsNotOtherRanks[] = {
    {"not_the_shadow_holder",
     "The Transport Secretary defended the plan, insisting that talks were "
     "ongoing. The shadow transport secretary, Louise Haigh, was not at the "
     "meeting.",
     "Louise Haigh"},
    {"not_the_deputy",
     "The minister defended the plan, insisting that talks were ongoing. Her "
     "deputy minister, Tom Hale, was not at the meeting.",
     "Tom Hale"},
};
WRONG_SPEAKER_GRID(DescriptionNotOtherRankTest, kDescriptionsNotOtherRanks);

// Reported speech read inside a partial quote's clause is part of it: 'called
// the law “punitive” and vowed to challenge it in court' is one MIXED quote.
class NoReportedInsideMixedTest : public ::testing::TestWithParam<Context> {};

TEST_P(NoReportedInsideMixedTest, Holds) {
  const v1::ArticleAnalysis a = AnalyzeInContext(
      "Opposition leader Raila Odinga called the law “punitive” and vowed to "
      "challenge it in court.",
      GetParam());
  SCOPED_TRACE(Describe(a));
  const v1::Quote* mixed = FindQuote(a, "punitive");
  ASSERT_NE(mixed, nullptr);
  EXPECT_EQ(mixed->kind(), kMixed);
  EXPECT_EQ(mixed->speaker().name(), "Raila Odinga");
  for (const v1::Quote& q : a.quotes()) {
    if (&q == mixed) continue;
    EXPECT_FALSE(q.span().begin() >= mixed->span().begin() &&
                 q.span().end() <= mixed->span().end())
        << "a second record inside the MIXED quote: " << q.text();
  }
}

// A second clause with its own subject in a MIXED quote's sentence is
// reported speech of its own, kept beside it.
TEST_P(NoReportedInsideMixedTest, ClauseWithItsOwnSubjectIsKept) {
  const v1::ArticleAnalysis a = AnalyzeInContext(
      "Mr Brown said he had met his financial “golden rule” with a surplus "
      "and he said public borrowing would continue to fall.",
      GetParam());
  SCOPED_TRACE(Describe(a));
  bool reported = false;
  for (const v1::Quote& q : a.quotes()) {
    reported |= q.kind() == kIndirect &&
                absl::StartsWith(q.text(), "public borrowing would continue to fall");
  }
  EXPECT_TRUE(reported);
}

INSTANTIATE_TEST_SUITE_P(Grid, NoReportedInsideMixedTest, ::testing::ValuesIn(Contexts()),
                         [](const ::testing::TestParamInfo<Context>& info) {
                           return std::string(info.param.name);
                         });

}  // namespace
}  // namespace testing
}  // namespace quotes
