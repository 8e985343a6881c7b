//! The words of each language claimtrace reads, as data: one module per
//! language (`en`, `ru`, `uk`), each filling the same [`Lexicon`].
//!
//! Rule code asks a lexicon for a word class ("the months", "the verbs of
//! saying") and builds its own lookup table from it once per process; it
//! holds no words of its own. The stages' tables are built from [`ALL`]
//! (a word of any language is read in any document, as before the
//! lexicons were split by language); [`for_language`] picks one lexicon
//! by the document's language code where a rule needs only that language.
//!
//! Adding a language: write `xx.rs` with the same constants, add its
//! `Lexicon` below and to [`ALL`]; the tests in `tests.rs` check every
//! list of every lexicon (no duplicate entries, lower case, months and
//! weekdays complete).

pub mod en;
pub mod offices;
pub mod ru;
pub mod uk;

pub use offices::Office;

#[cfg(test)]
mod tests;

/// Every word class the stages read, for one language. Lists hold
/// lower-case words; a class a language does not have is empty.
#[derive(Debug)]
pub struct Lexicon {
    /// ISO 639-1 code, as `claimtrace-text` detects it.
    pub language: &'static str,
    /// Each month's names, January first, in every case the stages read.
    /// In a language that declines them the genitive, the form after a
    /// day number ("16 липня"), is second.
    pub months: [&'static [&'static str]; 12],
    /// Abbreviated month names ("sept"), January first.
    pub month_abbreviations: [&'static [&'static str]; 12],
    /// Index in `months[m]` of the form that follows a day number; `None`
    /// when every form may ("16 July", "July 16").
    pub month_after_day: Option<usize>,
    /// Each weekday's names, Monday first.
    pub weekdays: [&'static [&'static str]; 7],
    /// Expands a verb base into the forms the stages read ("note" ->
    /// note, notes, noted, noting); identity for languages whose forms
    /// are listed one by one.
    pub inflect: fn(&str) -> Vec<String>,
    pub speech_verb_bases: &'static [&'static str],
    pub cognition_verb_bases: &'static [&'static str],
    pub quote_only_verb_bases: &'static [&'static str],
    pub intent_verb_bases: &'static [&'static str],
    pub speech_verb_forms: &'static [&'static str],
    pub cognition_verb_forms: &'static [&'static str],
    pub quote_only_verb_forms: &'static [&'static str],
    pub intent_verb_forms: &'static [&'static str],
    pub speech_participles: &'static [&'static str],
    pub not_cues: &'static [&'static str],
    pub cue_prefixes: &'static [&'static str],
    pub phrase_stops: &'static [&'static str],
    pub phrase_joiners: &'static [&'static str],
    pub subject_pronouns: &'static [&'static str],
    pub personal_pronouns: &'static [&'static str],
    pub relative_pronouns: &'static [&'static str],
    /// Relative pronouns only the accusative has ("которую", "яку"): a
    /// verb of saying right after one has it as object ("реконструкції,
    /// яку запропонувала мерія"), so reports nothing after it.
    pub object_relative_pronouns: &'static [&'static str],
    /// Articles, "no" and possessives: a reporting word right after one is
    /// a noun ("no particular reason", "a call", "his claim"), which
    /// reports nothing by itself in a cue.
    pub noun_determiners: &'static [&'static str],
    /// Reporting words that are also nouns ("reason", "reference",
    /// "estimate"): after an article and a modifier ("a key reason for",
    /// "an original estimate of") the word is that noun, not the verb of
    /// a subject ("the companies said").
    pub reporting_nouns: &'static [&'static str],
    /// Nouns of a norm or a plan ("according to plan", "according to
    /// rules devised by the programmers", "according to the law"): what
    /// is done in accordance with them, not anyone's words.
    pub norm_nouns: &'static [&'static str],
    pub determiners: &'static [&'static str],
    pub complementizers: &'static [&'static str],
    pub title_markers: &'static [&'static str],
    pub speaker_nouns: &'static [&'static str],
    /// Common nouns that name one person ("the suspect", "a local
    /// woman"): a speaker phrase that "he" or "she" may stand for though
    /// it holds no name, role or source noun.
    pub person_nouns: &'static [&'static str],
    /// Conjunctions that join two noun phrases into one speaker ("Smith
    /// and Jones said", "Руководство парка и департамент культуры
    /// заявили").
    pub np_conjunctions: &'static [&'static str],
    /// Titles that name an office's holder without the name ("the
    /// President of Ukraine"), lower case, without an article.
    pub office_titles: &'static [(&'static str, Office)],
    /// Single-word hedges and evidentials with their kind.
    pub hedges: &'static [(&'static str, &'static str)],
    /// Seats of government used as metonyms for their staff ("the
    /// Kremlin said"), in the forms a name takes.
    pub institution_names: &'static [&'static str],
    /// The most frequent forms of the verbs of saying: a capitalised word
    /// before one ends a name ("Smith said").
    pub speaker_verbs: &'static [&'static str],
    /// Verb forms of a written attribution ("X said: ...").
    pub attribution_verbs: &'static [&'static str],
    /// Capitals and bodies that stand for a government ("Moscow said").
    pub body_names: &'static [&'static str],
    /// Head nouns of a body ("the Russian government").
    pub body_heads: &'static [&'static str],
    /// Nouns of a body named as the agent of new words.
    pub agent_body_nouns: &'static [&'static str],
    /// Single-word hedges of a claim, approximators included.
    pub approximate_words: &'static [&'static str],
    /// Two-word hedges ("i think", "it seems").
    pub hedge_phrases: &'static [(&'static str, &'static str)],
    pub modal_verbs: &'static [&'static str],
    pub belief_verbs: &'static [&'static str],
    /// Negating words (English also negates with a word ending in "n't").
    pub negators: &'static [&'static str],
    /// Words that carry or change a number ("dozens", "twice").
    pub number_words: &'static [&'static str],
    /// Lower-case letters only this language's alphabet has (among the
    /// lexicons'): they tell Ukrainian from Russian text.
    pub letters: &'static [char],
    /// Nouns for words said ("a statement by").
    pub said_nouns: &'static [&'static str],
    /// Beginnings of verbs that relay another's words ("quot", "cite").
    pub relay_verb_prefixes: &'static [&'static str],
    /// Forms of verbs that relay another's words, listed one by one.
    pub relay_verb_forms: &'static [&'static str],
    /// Two-word phrases marking an opinion ("по мнению").
    pub opinion_phrases: &'static [(&'static str, &'static str)],
    /// Two-word phrases marking reported words ("по словам").
    pub evidential_phrases: &'static [(&'static str, &'static str)],
    /// Conjunctions and sentence adverbs that open a sentence before its
    /// subject (Russian and Ukrainian: "але", "однако").
    pub sentence_openers: &'static [&'static str],
    /// Closed-class words and common sentence openers: a capitalised one
    /// at the start of a sentence is not a name.
    pub function_words: &'static [&'static str],
    /// Words that put a clause in the future ("will", "буде").
    pub future_markers: &'static [&'static str],
    /// Words that put a clause in the past ("said", "ago"); the time
    /// stage also reads past-tense endings.
    pub past_markers: &'static [&'static str],
    /// Forms of the verbs of thinking that report a perception or a
    /// finding rather than a belief ("found", "knows", "showed").
    pub finding_verb_forms: &'static [&'static str],
    /// Heads of a speaker that is a document ("the report", "the law"):
    /// its words are a document's, not a person's speech.
    pub document_nouns: &'static [&'static str],
    /// Prepositions of a language whose subject rules read them: a phrase
    /// one opens is not the subject of a clause ("Об этом сообщил ...",
    /// "У МЗС заявили"). English rules read `phrase_stops` instead.
    pub prepositions: &'static [&'static str],
    /// Two-word openers of a source phrase, the source following them
    /// ("according to X", "по словам X", "за словами X", "как сообщил X").
    pub source_phrases: &'static [(&'static str, &'static str)],
    /// Third-person plural subject pronouns ("they"): may stand for a
    /// group or a body named before.
    pub plural_pronouns: &'static [&'static str],
    /// Second-person pronouns: a phrase holding one is a clause, not a
    /// speaker ("Если вы оттуда уйдете").
    pub second_person_pronouns: &'static [&'static str],
    /// Stems of body nouns a plural pronoun may stand for, in a language
    /// that declines them ("министерств" for "в министерстве"); a word is
    /// one when it starts with a stem and adds at most three letters.
    pub group_stems: &'static [&'static str],
    /// Endings of a finite plural verb ("заявили", "вважають").
    pub plural_verb_endings: &'static [&'static str],
    /// Endings of a plural noun that would read as a plural verb
    /// ("представители", "жители").
    pub plural_noun_verb_like_endings: &'static [&'static str],
    /// Endings of a plural noun or adjective ("депутаты", "місцеві").
    pub plural_endings: &'static [&'static str],
    /// Endings of a past-tense verb that another lexicon lists as an
    /// adverbial participle (Ukrainian "заявив", Russian "having declared").
    pub participle_like_past_endings: &'static [&'static str],
    /// Nouns of the occasion words were said on, after a preposition,
    /// with the outlet or addressee following them ("в интервью CNN
    /// сказал", "в ефірі ICTV заявив"): the outlet is not the speaker.
    pub venue_nouns: &'static [&'static str],
    /// Two-word phrases opening a sentence that reports the sentence
    /// before ("Об этом сообщил X.", "Про це розповів X."). An empty
    /// second word makes a one-word opening, read only right before the
    /// verb of saying ("Так сказал X.", "Так заявив X.").
    pub anaphoric_phrases: &'static [(&'static str, &'static str)],
    /// Pronouns that, as the object of a verb of saying followed by no
    /// clause, stand for the sentence before ("Kuleba said this at a
    /// briefing", "The minister said so in an interview"; the passive
    /// "This was reported by Euractiv" takes them as its subject).
    pub anaphoric_objects: &'static [&'static str],
    /// The verbs (all forms) that report the sentence before with one of
    /// those pronouns: saying, stating and confirming it; not "denied
    /// this", "discussed this" or "can claim this".
    pub anaphoric_report_verbs: &'static [&'static str],
    /// Endings of a name in an oblique case no nominative name has
    /// (the instrumental "Гайдаром", "Лавровым"): two such names before a
    /// third in another case are two people.
    pub oblique_name_endings: &'static [&'static str],
    /// Endings of a name or role noun in the dative ("Владимиру Путину",
    /// "президенту", "Володимиру Зеленському"): such a phrase before a
    /// verb of saying is whom the words were said to ("Об этом президенту
    /// доложил глава республики"), not who said them.
    pub dative_endings: &'static [&'static str],
    /// Endings of the dative plural only ("журналистам", "людям"): a
    /// word with one is whom the words were told to even where it opens
    /// the sentence, where other dative endings may end a surname.
    pub plural_dative_endings: &'static [&'static str],
    /// Personal pronouns in the dative ("им возразило начальство"): whom
    /// the words were said to, like [`Lexicon::dative_endings`].
    pub dative_pronouns: &'static [&'static str],
    /// Pronouns of quantity ("все", "ничего", "ніхто"): after a verb of
    /// saying, what or how much was said, never who said it.
    pub quantity_pronouns: &'static [&'static str],
    /// Prepositions of what was said about ("доложил президенту о ...",
    /// "доповів про ..."): what follows a verb's addressee up to one of them
    /// is not what was said.
    pub topic_prepositions: &'static [&'static str],
    /// Outlets and reporters in the dative, whom words were told to
    /// ("— сказал режиссер немецкому изданию", "розповів журналістам
    /// очільник"): no part of the speaker phrase they follow or precede.
    pub addressee_datives: &'static [&'static str],
    /// Endings of adjectives agreeing with such a dative ("немецкому",
    /// "иностранным", "німецькій").
    pub dative_adjective_endings: &'static [&'static str],
    /// Endings of adverbs that may stand between a subject and its verb
    /// ("Вчені похмуро зауважують"): no part of the speaker phrase.
    pub adverb_endings: &'static [&'static str],
    /// Words that may stand between the dash closing direct speech and
    /// the author's verb ("— так прокомментировал ...", "— саме так
    /// відповів ..."): how or when the words were said, never who said
    /// them.
    pub author_verb_leads: &'static [&'static str],
    /// Reflexive pronouns ("себя", "себе"): naming oneself ("тих, хто
    /// назвав себе «українцями»") reports no one's words.
    pub reflexive_pronouns: &'static [&'static str],
    /// Reflexive possessives ("свой", "свій"): a phrase they open is an
    /// object ("підтвердила свій високий рівень"), never a speaker.
    pub reflexive_possessives: &'static [&'static str],
    /// Conjunctions that may join another report to reported content,
    /// with its own subject and verb of saying ("... and Democrats
    /// accused ...", "..., а губернатор заявил, что ..."): the content
    /// ends before them.
    pub report_joining_conjunctions: &'static [&'static str],
    /// Conjunctions of cause after which a verb drops its subject, the
    /// clause's before ("Толстой не сприймав Шекспіра, бо вважав, що
    /// ..."): the speaker is that clause's subject.
    pub causal_conjunctions: &'static [&'static str],
    /// "не ..., а X" ("— так сказал не где-нибудь, а ..., и не кто-нибудь,
    /// а Энтони Блинкен"): the negation that opens the phrase after an
    /// author's verb and the conjunction before the one who spoke.
    pub not_but_negations: &'static [&'static str],
    pub not_but_conjunctions: &'static [&'static str],
    /// Endings of indefinite pronouns ("где-нибудь", "кто-либо",
    /// "хтось-небудь"), which name no one.
    pub indefinite_pronoun_endings: &'static [&'static str],
    /// Endings of the verb forms that follow the dash closing direct
    /// speech ("— недоумевает Юргенс", "— жартує він", "— сміється"):
    /// past, present and reflexive forms. A word there the lexicon does not
    /// know is read as the author's verb only with one of them; "«Все для
    /// Победы!» — проект фронта" defines, nobody speaks.
    pub author_verb_endings: &'static [&'static str],
    /// Endings of nouns that end as such a verb does ("неперекладність":
    /// "-ть"): no verb.
    pub not_author_verb_endings: &'static [&'static str],
    /// Endings that end such a word but make it no adverb: genitive
    /// adjectives and pronouns ("его знакомого", "его самого").
    pub not_adverb_endings: &'static [&'static str],
    /// Impersonal verbs of a report whose source follows a preposition
    /// ("— говорится в заявлении МИД", "— йдеться у відповіді"): the
    /// document named after the preposition is the speaker.
    pub impersonal_report_verbs: &'static [&'static str],
    /// Verb stems and the prepositions that make them reporting cues
    /// ("warned of", "called for"), the object of the preposition being
    /// the content.
    pub prepositional_cues: &'static [(&'static str, &'static [&'static str])],
    /// Verb stems of saying and the object nouns that make them an
    /// ordinary action ("claimed the title", "claimed the lives of",
    /// "defended his title", "conceded a penalty"):
    /// no words are reported.
    pub action_objects: &'static [(&'static str, &'static [&'static str])],
    /// Verb stems of saying and the prepositions (or the words for a
    /// language) that make them an ordinary action when the reading's
    /// content opens with one ("отвечал за установку", "відповідає за
    /// безпеку": was in charge of; "will answer for his crimes"; "пише
    /// російською": writes in Russian): no words are reported. Read in
    /// every language.
    pub action_prepositions: &'static [(&'static str, &'static [&'static str])],
    /// Verb stems and the prepositions that, ending the cue before a noun
    /// phrase, make an ordinary action ("were called to | the scene":
    /// summoned; "called to end the war" still reports an appeal).
    pub action_cue_prepositions: &'static [(&'static str, &'static [&'static str])],
    /// Set phrases in which a verb of saying reports nothing ("as opposed
    /// to", "so to speak", "честно говоря", "чесно кажучи"), each a list of
    /// lower-case words. Read in every language.
    pub idioms_with_cues: &'static [&'static [&'static str]],
    /// Stems of the prepositional cues whose preposition may follow a
    /// short object ("blamed Obama for").
    pub object_before_preposition_stems: &'static [&'static str],
    /// Stems of verbs of saying whose object is not what was said ("said
    /// this", "told reporters").
    pub objectless_speech_stems: &'static [&'static str],
    /// Stems of verbs that report speech only with their preposition
    /// ("pushed for", "pointed to", "reacted to"): a bare object after one
    /// is no content ("Heatwave pushes hospitals to the limit").
    pub preposition_only_speech_stems: &'static [&'static str],
    /// Endings an inflected word shows (English plural or third person
    /// "-s", past "-d"): one bare word between a determiner and a
    /// reporting word makes a compound noun ("a conference call"), an
    /// inflected one a clause ("its figures suggested", "the company
    /// said").
    pub inflection_endings: &'static [&'static str],
    /// Tokens that mark a possessive ("'s", "’s", a bare apostrophe): no
    /// joiner that ends a noun phrase's head ("The company's finance
    /// chief").
    pub possessive_marks: &'static [&'static str],
    /// The forms of "say" that take no noun phrase as what was said: after
    /// one, a phrase with no verb that ends the sentence is the speaker
    /// ("..., said the senator.").
    pub say_forms: &'static [&'static str],
    /// Stems of verbs of saying that relay other words ("repeated",
    /// "echoed", "quoted", "cited"): what follows them is an object, not a
    /// reported clause.
    pub relaying_speech_stems: &'static [&'static str],
    /// Stems of Russian and Ukrainian verbs by which an outlet quotes
    /// someone ("— цитирует Пескова ТАСС", "— цитує його «Укрінформ»"):
    /// the person quoted, first after the verb, is the speaker, not the
    /// outlet after them.
    pub quoting_verb_stems: &'static [&'static str],
    /// Stems of Russian and Ukrainian verbs of saying whose object is a
    /// topic or an action, not what was said ("прокомментировал
    /// ситуацию", "высказался о", "повторил свой успех"): they report in
    /// indirect speech only a clause that a complementizer opens
    /// ("упомянул, что ..."); direct quotes read them as any verb.
    pub clause_only_speech_stems: &'static [&'static str],
    /// Stems of verbs that name ("a group called X", "dubbed", "branded"):
    /// speech only with a particle ("called for"), a quotation or a
    /// predicate noun ("called him a liar").
    pub naming_verb_stems: &'static [&'static str],
    /// Words that open an indirect question after "asked" or "wondered"
    /// ("asked whether ...").
    pub indirect_question_words: &'static [&'static str],
    /// Words after a comma that open the reporter's contrasting clause,
    /// which ends reported content (", but Cook did not say when").
    pub contrast_conjunctions: &'static [&'static str],
    /// Words right before a speaker that make the report a subordinate
    /// clause ("While Comey said that X, he said Y"): the report ends at
    /// the clause's comma.
    pub subordinating_conjunctions: &'static [&'static str],
    /// Prepositions by which a speaker phrase completes the noun before it
    /// ("lawyers for the family", "a spokesman for the ministry", "the
    /// head of the agency").
    pub speaker_of_prepositions: &'static [&'static str],
    /// Prepositions after "said this" or "said it": what follows the verb is
    /// an object, not a clause ("said this during the filming").
    pub object_prepositions: &'static [&'static str],
    /// Prepositions that open an absolute construction, whose phrase is
    /// the subject of the participle after it ("with a spokesperson
    /// saying: ..."), unlike other prepositions ("in the house saying").
    pub absolute_prepositions: &'static [&'static str],
    /// Nouns whose `that` clause is not what the speaker said ("mention the
    /// fact that", "dismissed the idea that").
    pub unreported_clause_nouns: &'static [&'static str],
    /// Nouns for a group or an organisation that "they" may stand for
    /// ("the police", "the committee").
    pub group_nouns: &'static [&'static str],
    /// Nouns for a body or a text that "it" may stand for when it speaks
    /// ("the ministry", "the report").
    pub speaking_body_nouns: &'static [&'static str],
    /// Finite verbs a subject noun phrase may run into, where the subject
    /// ends ("Officials ... met", "... have complained").
    pub finite_verbs: &'static [&'static str],
    /// Words after which a reporting word is a noun, not a verb ("its own
    /// statement", "the bank's report").
    pub noun_slot_words: &'static [&'static str],
    /// Third-person pronouns, in every case, that stand for a woman
    /// ("she", "her", "она", "её", "ей", "вона", "її", "їй"): the entity
    /// stage resolves them to a person who is not a man.
    pub female_pronouns: &'static [&'static str],
    /// Third-person pronouns, in every case, that stand for a man ("he",
    /// "his", "он", "его", "ему", "він", "його", "йому"). A form that is
    /// also plural ("им", "їм") is listed here and in `group_pronouns`.
    pub male_pronouns: &'static [&'static str],
    /// Third-person plural pronouns, in every case, that stand for a
    /// group or an organisation ("they", "их", "вони", "їх").
    pub group_pronouns: &'static [&'static str],
    /// The forms of `male_pronouns`, `female_pronouns` and
    /// `group_pronouns` that are possessive ("his", "его", "її"): their
    /// antecedent is the nearest fitting name of their sentence.
    pub possessive_pronouns: &'static [&'static str],
    /// The forms of those pronouns that name a person's sex (every
    /// English form; the Russian and Ukrainian subject forms): a resolved
    /// one gives its antecedent a sex and is itself an antecedent of a
    /// later pronoun. Other Russian and Ukrainian forms ("её", "його")
    /// also stand for things of that grammatical gender ("её сайт" of a
    /// company), so they do neither.
    pub sex_marking_pronouns: &'static [&'static str],
    /// Endings of a past-tense verb said of a woman ("сказала",
    /// "заявила"): a name that is the subject of such a verb of saying is
    /// a woman's.
    pub female_past_endings: &'static [&'static str],
    /// Endings of a past-tense verb said of a man ("сказал", "заявив").
    pub male_past_endings: &'static [&'static str],
    /// Nouns for a man, and indeclinable nouns, that end like an adverb
    /// (`adverb_endings`: "батько", "метро"): subjects all the same. Before
    /// a man's or woman's past-tense verb of saying ("докладно розповів")
    /// any other such word is an adverb (a noun so ending is neuter and
    /// takes a neuter verb), part of the cue.
    pub nouns_with_adverb_endings: &'static [&'static str],
    /// Endings a role noun ("президент", "директор") takes in an oblique
    /// case ("президента", "министром", "керівникові"): after a role stem,
    /// an object or a possessor, never the subject that starts a speaker
    /// phrase.
    pub role_oblique_endings: &'static [&'static str],
    /// Endings of an adjective in the nominative ("официальный",
    /// "колишній", "пресс-секретарь ... российская"): it may open the
    /// speaker phrase of the role noun that follows it.
    pub nominative_adjective_endings: &'static [&'static str],
    /// Endings of a place adjective in the genitive ("Белгородской",
    /// "Краснодарского", "Харківської"): capitalised, it still wants its
    /// lower-case noun, so a speaker phrase after a verb goes on through
    /// it ("— сказал губернатор Белгородской области Вячеслав Гладков").
    pub genitive_adjective_endings: &'static [&'static str],
    /// Endings only the accusative has ("высокую", "ситуацию",
    /// "ситуацію"): such a word after a verb of saying opens its object,
    /// and before it the object put first, never the subject.
    pub accusative_endings: &'static [&'static str],
    /// Endings of the plural instrumental ("впечатлениями", "враженнями"),
    /// which no subject has: after a verb of saying, its object
    /// ("поделился впечатлениями Иванов").
    pub instrumental_plural_endings: &'static [&'static str],
    /// Endings of comparative adverbs ("раньше", "детальніше"): after a
    /// verb of saying, how it was said, not who said it.
    pub comparative_adverb_endings: &'static [&'static str],
    /// Adverbs and conjunctions that may stand before the subject of a
    /// verb of saying and are not part of the speaker phrase ("Ранее
    /// Ликунов заявил", "Позже министр сообщил", "Згодом міністр
    /// повідомив"), besides `sentence_openers`.
    pub speaker_phrase_adverbs: &'static [&'static str],
    /// Stems of common nouns for a person speaking from inside a body,
    /// whose place in it belongs to the speaker phrase ("источник в
    /// министерстве", "співрозмовник в уряді").
    pub affiliated_speaker_stems: &'static [&'static str],
    /// Heads of a speaker phrase met in an oblique case, by stem, with
    /// their nominative: "как сообщили в Кремле" names "Кремль", "за
    /// словами чиновника" "чиновник", "в прес-службі прокуратури"
    /// "прес-служба прокуратури" (the words after the head keep their
    /// case: they complete it).
    pub oblique_speaker_heads: &'static [(&'static str, &'static str)],
    /// Singular case endings after such a head's stem: a body's
    /// ("Кремле", "службі", "полиции") and a person's ("чиновника",
    /// "представителем"; not "эксперты", "посадовці", "экспертов": a
    /// plural is not one person).
    pub oblique_head_endings: &'static [&'static str],
    pub oblique_person_endings: &'static [&'static str],
    /// Stems of nouns of a meeting or an occasion ("встрече", "заседании",
    /// "брифінгу"): "На встрече говорили о ..." says where, and names no
    /// body that speaks.
    pub gathering_stems: &'static [&'static str],
    /// Demonstratives and quantifiers in the locative ("этом", "всем",
    /// "цьому"): "На этом настаивают медики", "Во всем мире отмечают"
    /// name no body after the preposition.
    pub locative_determiners: &'static [&'static str],
    /// Latin letters of each letter of the alphabet, at the start of a
    /// word and elsewhere (names in Latin letters); empty for a language
    /// written in Latin letters.
    pub transliteration: &'static [(char, &'static str, &'static str)],
    /// Abbreviations a full stop after which never ends a sentence
    /// before a capital ("Mr.", "т.е.", "ген.").
    pub non_final_abbreviations: &'static [&'static str],
    /// Abbreviations that end a sentence only before a common sentence
    /// opener ("U.S.", "Inc.", "Sept.").
    pub may_end_abbreviations: &'static [&'static str],
    /// Words that open a sentence after an abbreviation that may end one
    /// ("in the U.S. The ..."); read capitalised.
    pub openers_after_abbreviation: &'static [&'static str],
    /// The most common words of a language written in Latin letters, read
    /// by claimtrace-text's language detection: text a quarter or more of
    /// whose words are these is of this language. Empty for a language
    /// detection tells by its letters (Cyrillic).
    pub detection_words: &'static [&'static str],
    /// The words the entity stage reads around a name.
    pub entities: &'static EntityWords,
    /// The words the time grammar reads.
    pub times: &'static TimeWords,
    /// The words the time stage reads around a dated event.
    pub events: &'static EventWords,
    /// The words the quantity stage reads around a number.
    pub quantity: &'static QuantityWords,
    /// The words the quantity stage's number grammar reads a number from.
    pub numerals: &'static NumeralWords,
    /// The words of the time grammar's lookup table beside month and
    /// weekday names.
    pub calendar: &'static CalendarWords,
    /// Places, demonyms and given names the entity stage reads.
    pub gazetteer: &'static GazetteerWords,
    /// The entity stage's cues of names, roles, organisations and laws.
    pub name_cues: &'static NameCueWords,
    /// The quote stage's words of document speakers, non-names, transcript
    /// turns and programmes.
    pub speaker_rules: &'static SpeakerRuleWords,
    /// The quote stage's words of "in his opinion", "citing sources" and
    /// "it was reported".
    pub hedge_rules: &'static HedgeRuleWords,
    /// The quote tagger's words of where a content ends.
    pub content_rules: &'static ContentRuleWords,
    /// The trace stage's words of retrieval, versions and relayed quotes.
    pub trace: &'static TraceWords,
}

/// The generic cues the entity stage reads around a capitalised phrase,
/// for one language: titles, roles, the heads of organisation and law
/// names, and the nouns that say what a quoted title is. The stage reads
/// the union of every lexicon's lists.
#[derive(Debug)]
pub struct NameCueWords {
    /// Capitalised words that are never names on their own nor part of
    /// one ("CEO", "GDP", the verbs of a title-cased headline: "Says").
    pub capitalised_common: &'static [&'static str],
    /// Titles written abbreviated, split from their full stop ("Mr.",
    /// "Gen.").
    pub title_abbreviations: &'static [&'static str],
    /// Titles and role words that say a man holds them ("mr", "king").
    pub male_titles: &'static [&'static str],
    /// Titles and role words that say a woman holds them ("ms",
    /// "речниця").
    pub female_titles: &'static [&'static str],
    /// Nouns of a person's role or title ("minister", "spokesman").
    pub role_nouns: &'static [&'static str],
    /// Lower-case modifiers inside an uncapitalised role phrase ("deputy
    /// foreign minister").
    pub role_modifiers: &'static [&'static str],
    /// Stems of role nouns in a language that declines them, a few letters
    /// of ending allowed ("міністр" for "міністрові"); in the order the
    /// stage tries them (the first that fits is the role's stem).
    pub role_stems: &'static [&'static str],
    /// Endings after a role stem that make a word for the office, not for
    /// who holds it ("мэр" + "ии": "мэрии", the city hall): no role.
    pub office_endings: &'static [&'static str],
    /// Head words that make a name an organisation ("ministry", "bank").
    pub organisation_heads: &'static [&'static str],
    /// Stems of such heads in a language that declines them (up to four
    /// letters of ending: "міністерства", "правительство").
    pub organisation_stems: &'static [&'static str],
    /// Head words that make a name a law or treaty ("convention", "закон").
    pub law_heads: &'static [&'static str],
    /// Nouns before a quoted or capitalised title that make it a programme
    /// ("the program", "фільм").
    pub programme_descriptors: &'static [&'static str],
    /// Nouns before a title that make it an organisation ("the channel",
    /// "газета").
    pub organisation_descriptors: &'static [&'static str],
    /// Nouns before a title that make it a law ("the bill", "указ").
    pub law_descriptors: &'static [&'static str],
}

/// World knowledge about categories the entity stage reads, for one
/// language: the written forms of places, the demonyms of countries and
/// common given names. Not a list of particular people. The stage reads
/// the union of every lexicon's lists.
#[derive(Debug)]
pub struct GazetteerWords {
    /// Places (countries, capitals, major cities, regions) by their
    /// canonical English name, with their lower-case written forms in this
    /// language (every case the stage reads; the English name's own form
    /// too, in `en`).
    pub places: &'static [(&'static str, &'static [&'static str])],
    /// Country adjectives and demonyms with the place (or body) they name
    /// ("ukrainian" -> Ukraine, "eu" -> European Union).
    pub demonyms: &'static [(&'static str, &'static str)],
    /// Given names usually carried by a man: a cue that a capitalised pair
    /// is a person, and a gender for pronouns.
    pub male_given_names: &'static [&'static str],
    /// Given names usually carried by a woman (a name also in
    /// `male_given_names`, such as "andrea", is read as a woman's).
    pub female_given_names: &'static [&'static str],
    /// The nominative in this language of a place of `places` named in its
    /// letters, by canonical English name: a place named in Cyrillic keeps a
    /// Cyrillic canonical name.
    pub place_nominatives: &'static [(&'static str, &'static str)],
}

/// What one word can be in a time expression, for the time grammar's
/// lookup table (`claimtrace-time/src/lexicon.rs`), beside the month and
/// weekday names. Pairs give what the words name: a value, a TIMEX3 value
/// or a direction. The table is built from every lexicon, class by class in
/// the order of these fields, and a word keeps the first class it is read
/// in ("second" is a unit before an ordinal; "some" a vague count before an
/// approximator).
#[derive(Debug)]
pub struct CalendarWords {
    /// Calendar units (second, minute, hour, day, week, weekend, fortnight,
    /// month, quarter, year, decade, century) with their singular and
    /// plural forms (Slavic forms after 2 to 4 count as singular).
    pub units: &'static [(
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
    )],
    /// Cardinals a count of units is written with ("three days").
    pub cardinals: &'static [(u32, &'static [&'static str])],
    /// Words of an unspecified count ("several", "кілька").
    pub vague_counts: &'static [&'static str],
    /// Ordinals ("first quarter").
    pub ordinals: &'static [(u32, &'static [&'static str])],
    /// Days relative to today ("yesterday" -1, "післязавтра" 2).
    pub day_offsets: &'static [(i32, &'static [&'static str])],
    /// Words of this night ("tonight").
    pub tonight_words: &'static [&'static str],
    /// Years relative to this one in one word ("торік" -1).
    pub year_offsets: &'static [(i32, &'static [&'static str])],
    /// Words of the present, the past or the future as a whole, with
    /// their TIMEX3 value (PRESENT_REF, PAST_REF, FUTURE_REF).
    pub references: &'static [(&'static str, &'static [&'static str])],
    /// Words shifting a period back (-1), keeping it (0) or forward (1):
    /// "last", "this", "next" and their cases.
    pub shifts: &'static [(i32, &'static [&'static str])],
    /// Seasons: 1 spring, 2 summer, 3 autumn, 4 winter.
    pub seasons: &'static [(u8, &'static [&'static str])],
    /// Parts of the day with their TIMEX3 code (MO, AF, EV, NI).
    pub parts_of_day: &'static [(&'static str, &'static [&'static str])],
    /// Adverbs of a recurrence with their TIMEX3 period ("daily" P1D).
    pub set_adverbs: &'static [(&'static str, &'static [&'static str])],
    /// Words of each one of a recurrence ("every", "кожного").
    pub every_words: &'static [&'static str],
    /// Words of a time before now ("ago", "тому").
    pub ago_words: &'static [&'static str],
    /// Words of a time after (1) or before (-1) another ("later",
    /// "earlier").
    pub later_words: &'static [(i32, &'static [&'static str])],
    /// Words of "year" after a number in a Slavic date ("2022 р.",
    /// "в 1990 годах").
    pub year_nouns: &'static [&'static str],
    /// Words of the start, middle or end of a period ("early", "в
    /// середине"), keyed `start`, `mid` or `end`.
    pub period_parts: &'static [(&'static str, &'static [&'static str])],
    /// Words approximating a time ("about", "nearly", "понад").
    pub approximators: &'static [&'static str],
    /// Words of a quarter of a year ("quarter", "кварталі").
    pub quarter_words: &'static [&'static str],
    /// Words of a half of a year ("half", "півріччя").
    pub half_words: &'static [&'static str],
    /// Words of a time of day with its clock time ("noon" 12:00).
    pub clock_words: &'static [(&'static str, &'static [&'static str])],
    /// Before (false) and after (true) noon: "a.m.", "p.m.".
    pub meridiems: &'static [(bool, &'static [&'static str])],
    /// Words of a fiscal period ("fiscal").
    pub fiscal_words: &'static [&'static str],
    /// Words that only open a pattern with what follows them ("the",
    /// "more"): listed so one lookup decides whether a token can start an
    /// expression.
    pub cue_words: &'static [&'static str],
    /// Holidays on a fixed day, (month, day); day 0 of November is
    /// Thanksgiving (its fourth Thursday).
    pub holidays: &'static [((u8, u8), &'static [&'static str])],
    /// Words of a century ("century").
    pub century_words: &'static [&'static str],
}

/// The words the quantity stage reads numbers written in words from
/// ("twenty-one", "три с половиной тысячи", "п'ятсот"), each with its value.
/// Cardinals are listed by magnitude class, since the class decides which
/// word may follow which ("twenty" then "one", "сто" then "двадцять", never
/// "one" then "two"); every case form the stage reads is listed. The stage
/// reads the union of every lexicon's lists, so a form two languages share
/// ("сто", "млн") means the same in both.
#[derive(Debug)]
pub struct NumeralWords {
    /// Cardinals from 0 to 9.
    pub units: &'static [(&'static str, f64)],
    /// Cardinals from 10 to 19.
    pub teens: &'static [(&'static str, f64)],
    /// Whole tens from 20 to 90.
    pub tens: &'static [(&'static str, f64)],
    /// Whole hundreds written as one word ("сто", "двісті"); English says
    /// them with a `hundred_words` word.
    pub hundreds: &'static [(&'static str, f64)],
    /// Words multiplying the number before them by a hundred ("hundred").
    pub hundred_words: &'static [&'static str],
    /// Scale words and their abbreviations with their factor ("thousand",
    /// "bn", "тис", "млрд").
    pub scales: &'static [(&'static str, f64)],
    /// Words of twelve ("dozen", "дюжина").
    pub dozens: &'static [&'static str],
    /// Ordinals that also name a fraction's denominator, with it ("third",
    /// "fifths").
    pub fraction_denominators: &'static [(&'static str, f64)],
    /// Words of one half ("half").
    pub halves: &'static [&'static str],
    /// The word of a decimal point ("two point five").
    pub decimal_points: &'static [&'static str],
    /// The conjunction inside a number ("a hundred and five").
    pub conjunctions: &'static [&'static str],
    /// Indefinite articles: one, but only before a hundred, a thousand, a
    /// dozen, a half.
    pub articles: &'static [&'static str],
    /// Words negating the number after them ("minus", "negative").
    pub minus_words: &'static [&'static str],
    /// One word for 1.5 ("полтора", "півтора").
    pub one_and_a_half: &'static [&'static str],
    /// Verbs stating a change as a factor, with the factor and whether the
    /// change is up ("doubled" 2 up, "halved" 0.5 down).
    pub factor_verbs: &'static [(&'static str, f64, bool)],
    /// Letters right after a number's digits, or after one space, that
    /// scale it ("10k", "2.33 K", "10M", "1MM", "1,674.5 G"), with their
    /// factor. Written as the text has them: case tells "M" (million)
    /// from "m", which is read only glued.
    pub scale_letters: &'static [(&'static str, f64)],
    /// Letters that scale a number only when glued to its digits ("1.2b",
    /// "5m": million, read as metres later where no currency is written).
    pub glued_scale_letters: &'static [(&'static str, f64)],
}

/// The words the quote stage's speaker rules read: who a document speaks
/// for (its title's author), which speakers name no one, the turns of a
/// transcript, and the programmes and posts a quote was taken from. The
/// stage reads the union of every lexicon's lists; a language whose texts
/// need no such rule leaves its lists empty.
#[derive(Debug)]
pub struct SpeakerRuleWords {
    /// Verbs after which a title's subject is the author of what the text
    /// quotes ("Vladimir Putin sent a message ..."); two-word forms are
    /// one entry ("has sent").
    pub authoring_verbs: &'static [&'static str],
    /// Kinds of text whose author a title names ("Address by X", "X's
    /// message").
    pub authored_texts: &'static [&'static str],
    /// First words of a speaker that name no one: a footer label read as
    /// one ("Publication date:", "Direct link:").
    pub label_openings: &'static [&'static str],
    /// First words of a speaker that name no one in a transcript, where
    /// "you" is whoever the turn speaks to ("You", "Your direct
    /// objectives"). In a news story "you" is the reader, and PolNeAR
    /// marks it as a source.
    pub transcript_not_name_openings: &'static [&'static str],
    /// Words that are no speaker on their own ("the"). "It", "this" and
    /// "that" stay: they stand for something the text named (PolNeAR
    /// marks such sources), even where no antecedent was found.
    pub not_names_alone: &'static [&'static str],
    /// Words that are no speaker on their own in a transcript ("yes",
    /// "here").
    pub transcript_not_names_alone: &'static [&'static str],
    /// First-person pronouns: the document's speaker where the text has
    /// one.
    pub first_person_pronouns: &'static [&'static str],
    /// Making a programme: "during the filming of the program X".
    pub programme_making_nouns: &'static [&'static str],
    /// Programmes and publications that carry someone's words.
    pub programme_nouns: &'static [&'static str],
    /// Talks with a host or outlet: "in an interview with X".
    pub talk_nouns: &'static [&'static str],
    /// Parts of a programme that get posted: "excerpts from which".
    pub excerpt_nouns: &'static [&'static str],
    /// Verbs of putting a programme's part online: "excerpts from which
    /// were posted on ...".
    pub publishing_verbs: &'static [&'static str],
    /// Possessives a medium opens with: "on his Telegram channel".
    pub medium_possessives: &'static [&'static str],
    /// Labels that open a paragraph with a colon but name no speaker
    /// ("Question:", "Update:", "Direct link:").
    pub not_speaker_labels: &'static [&'static str],
    /// Lower-case words inside a title and name ("Minister of Foreign
    /// Affairs").
    pub name_joiners: &'static [&'static str],
    /// Words a transcript turn's speaker name may not contain (sentence
    /// openings).
    pub not_in_turn_names: &'static [&'static str],
    /// Headers of a turn whose speaker the transcript does not name
    /// ("Question:", "Remark (retranslated):").
    pub unnamed_turn_labels: &'static [&'static str],
    /// First-person speakers of a report inside a transcript turn ("I",
    /// "we"): the turn's speaker.
    pub first_person_subjects: &'static [&'static str],
    /// First- and second-person words: a paragraph with one is a speaker
    /// going on, not a reporter.
    pub spoken_person_words: &'static [&'static str],
    /// Words after a comma opening an elliptical clause (", if confirmed,
    /// ...", ", unless approved, ...").
    pub elliptical_clause_openers: &'static [&'static str],
    /// Prepositions after a verb of saying that open its setting ("said
    /// during the filming of ...").
    pub setting_prepositions: &'static [&'static str],
    /// Prepositions after a talk noun naming its host or outlet ("in an
    /// interview with X").
    pub talk_partner_prepositions: &'static [&'static str],
    /// Prepositions naming where a poster put a programme's part ("posted
    /// by X on ...").
    pub posting_medium_prepositions: &'static [&'static str],
    /// Prepositions opening the channel of a programme ("on the TV channel
    /// Russia-1").
    pub channel_prepositions: &'static [&'static str],
    /// Nouns of a broadcaster before or after its name ("TV channel
    /// Russia-1").
    pub channel_nouns: &'static [&'static str],
    /// Words that end the name of a medium words were posted on ("...
    /// channel on July 16").
    pub medium_ending_words: &'static [&'static str],
    /// Lower-case words inside an author's name or title read from a
    /// title ("President of Ukraine"), matched as written.
    pub author_name_joiners: &'static [&'static str],
    /// Prepositions after a kind of text that name its author ("Address
    /// by X", "message from X"), matched as written.
    pub author_prepositions: &'static [&'static str],
    /// First words of a speaker that names a text rather than a person
    /// ("the message", "his address"), matched as written.
    pub text_determiners: &'static [&'static str],
    /// Title abbreviations that end in a period inside a name ("Mr.
    /// Abboud"), listed in lower case and matched capitalised only ("Mr",
    /// not "MR" or "mr").
    pub name_period_abbreviations: &'static [&'static str],
    /// Two-word adverbs that stand before a verb of saying as a pair only
    /// ("X, in turn, said"), one entry with a space: the pair is no part of
    /// the cue, and its first word alone is.
    pub paired_cue_prefixes: &'static [&'static str],
    /// Verb stems and the particle that joins the cue after them ("called
    /// for", "urged on"), one entry with a space: the stem matched on the
    /// lower-cased verb, the particle as written.
    pub cue_particles: &'static [&'static str],
    /// Verb stems and a particle that joins the cue after them in any case
    /// ("pointed out", "pointed OUT"), one entry with a space.
    pub cue_particles_any_case: &'static [&'static str],
    /// Adverbs set off by commas after a name (", however,"): no appositive
    /// of the speaker.
    pub parenthetical_adverbs: &'static [&'static str],
    /// Words that open or close a speaker phrase without belonging to it:
    /// an adverb between an inverted verb and its speaker ("зауважив
    /// насамкінець підприємець", "отметил также министр"), after the
    /// speaker ("объяснил Илья Королев тогда"), a relative adverb or a
    /// subordinator before a clause's subject ("..., де Забужко
    /// ділиться", "поскольку тот утверждал").
    pub speaker_leading_words: &'static [&'static str],
    /// Prepositions that open a setting, not a speaker, when a speaker
    /// phrase starts with one ("At the same time", "For the most part",
    /// "In Kyiv, officials"): the speaker is after the setting's comma, or
    /// none.
    pub speaker_setting_prepositions: &'static [&'static str],
    /// Endings of a Russian or Ukrainian adverbial participle opening a
    /// phrase set off by commas after a name ("Мишустин, поздравляя
    /// лауреатов, отметил"): the phrase is no appositive of the speaker.
    /// Matched on lower-case words only.
    pub gerund_endings: &'static [&'static str],
    /// Prepositions naming the agent of a passive or of a said thing ("cited
    /// by X", "a claim made by X", "posted by X").
    pub agent_prepositions: &'static [&'static str],
    /// Prepositions after a programme-making noun ("the filming of the
    /// program X").
    pub programme_making_prepositions: &'static [&'static str],
    /// Relative pronouns opening the clause about a programme's posted
    /// parts (", excerpts from which were posted ...").
    pub excerpt_relative_pronouns: &'static [&'static str],
    /// Nouns of a medium words are posted on ("his Telegram channel", "her
    /// blog"): a medium's name holds a capitalised word or one of these.
    pub medium_nouns: &'static [&'static str],
    /// The definite article: no part of a name or title it opens ("by the
    /// President of Ukraine"), part of a title after a joiner ("President of
    /// the People's Republic of China"); matched lower case or capitalised
    /// where the rule reads the word as written.
    /// Words that, as a speaker, stand for the person named last before
    /// ("the latter said", "последний заявил", "останній повідомив").
    pub latter_words: &'static [&'static str],
    pub definite_articles: &'static [&'static str],
    /// Endings of a word in "s" that is no plural ("business", "congress").
    pub singular_s_endings: &'static [&'static str],
    /// Further endings of a word in "s" that is no plural head of a group
    /// ("status", "analysis", "the bank's"), besides `singular_s_endings`.
    pub non_plural_s_endings: &'static [&'static str],
    /// Endings of a past-tense verb, read on words longer than four letters:
    /// where a subject noun phrase ends ("Officials ... agreed").
    pub past_verb_endings: &'static [&'static str],
    /// Reflexive endings a verb may carry after its past ending
    /// ("отказался", "відмовилась"), taken off before `past_verb_endings`
    /// are read.
    pub reflexive_endings: &'static [&'static str],
    /// Endings of an agent noun ("defender", "striker", "economist"): one
    /// in lower case between a capitalised word and a name is a title
    /// ("United defender Gary Holt"), not a verb after a name.
    pub agent_noun_endings: &'static [&'static str],
    /// Singular pronouns that stand for a body or a text ("it said"), whose
    /// antecedent is a speaking body.
    pub neuter_pronouns: &'static [&'static str],
    /// Prepositions after the role noun of a speaker phrase ("head of the
    /// army"): the noun before one is the role, matched as written.
    pub role_head_prepositions: &'static [&'static str],
    /// Two-word phrases before a quotation that make it a name, not speech
    /// ("known as "X""), one entry with a space.
    pub naming_phrases: &'static [&'static str],
}

/// The words of the quote stage's English hedge grammar beside the
/// lexicons' hedge and phrase lists: "in his opinion", "citing sources",
/// "it was reported that". Matched as written (lower case). A language
/// without such constructions leaves its lists empty.
#[derive(Debug)]
pub struct HedgeRuleWords {
    /// Possessives of "in his opinion", "in their view" (case as written).
    pub opinion_possessives: &'static [&'static str],
    /// Nouns of "in his opinion", "in their view".
    pub opinion_nouns: &'static [&'static str],
    /// Nouns that end "citing (their|unnamed|...) sources".
    pub cited_source_nouns: &'static [&'static str],
    /// Auxiliaries after "it" in "it was revealed", "it has been reported".
    pub impersonal_auxiliaries: &'static [&'static str],
    /// Participles of "it was revealed / reported / alleged (that)".
    pub impersonal_report_participles: &'static [&'static str],
    /// Prepositions of "in his opinion", "in their view".
    pub opinion_prepositions: &'static [&'static str],
    /// Verbs of "citing (their|unnamed|...) sources".
    pub source_citing_verbs: &'static [&'static str],
    /// The subject of "it was revealed", "it has been reported"; the
    /// reported-speech rules read it for the same construction.
    pub impersonal_subjects: &'static [&'static str],
    /// The participle of "be" between the auxiliary and the participle of "it
    /// has been reported" (as written).
    pub perfect_be_forms: &'static [&'static str],
}

/// The words the quote stage's tagger reads where a content ends: the
/// conjunctions, pronouns and prepositions around a reported clause. A
/// language whose rules need none leaves its lists empty.
#[derive(Debug)]
pub struct ContentRuleWords {
    /// Conjunctions that may open a second predicate ("and encouraged
    /// ..."), where a content may end.
    pub predicate_conjunctions: &'static [&'static str],
    /// "Interfax quoted Peskov as saying ...": the verb that relays, the
    /// word after its object, and the participles of saying that follow
    /// it. The object is the speaker; the relaying outlet is not.
    pub quoting_verbs: &'static [&'static str],
    pub quoting_as: &'static [&'static str],
    /// The word that opens a report standing before the words it reports
    /// ("As the minister said earlier, nobody ...", "As one analyst put it,
    /// ..."); Russian and Ukrainian "как сообщил" is a source phrase.
    pub as_report_openers: &'static [&'static str],
    /// Verb and object of an idiom of saying after that opener ("put it").
    pub as_report_idioms: &'static [&'static str],
    /// Verbs of speaking that after that opener tell when, not what ("As
    /// the president spoke, protesters chanted").
    pub as_report_timing_verbs: &'static [&'static str],
    pub quoting_participles: &'static [&'static str],
    /// Prepositions that open what follows the participle when it is no
    /// report of its own ("as saying via his lawyers").
    pub quoting_adjuncts: &'static [&'static str],
    /// Words that open a subordinate clause that a second predicate may
    /// join ("came a day after Garland visited Ukraine and announced
    /// ..."): that predicate's subject is the clause's, not the
    /// sentence's.
    pub clause_openers: &'static [&'static str],
    /// Words that open the reporter's own adjunct right after a
    /// parenthetical attribution ("Russian troops captured Melitopol,
    /// Interfax said, as Moscow launched attacks"): the reporter's
    /// setting, not what was said. Not "because", "although" or "until":
    /// those go on with what the speaker said ("Lenox was a juggernaut,
    /// he said, until it went bankrupt").
    pub reporter_adjunct_openers: &'static [&'static str],
    /// Verbs that report a relative clause whose subject is the gap ("a
    /// move analysts say is meant to intimidate Kyiv", "which he believes
    /// will ..."): verbs that take a clause, not an object ("the man they
    /// called was arrested").
    pub gapped_report_verbs: &'static [&'static str],
    /// Relative words that open such a clause ("which", "what").
    pub gap_relatives: &'static [&'static str],
    /// Conjunctions a content does not end on (", and, according to the
    /// report, ..." starts another attribution).
    pub trailing_conjunctions: &'static [&'static str],
    /// Pronouns a verb of saying takes as its whole object ("said this
    /// during ...", "said so at ...").
    pub said_object_pronouns: &'static [&'static str],
    /// Prepositions opening the adjunct after such a pronoun: the time,
    /// place or occasion of saying.
    pub adjunct_prepositions: &'static [&'static str],
    /// Participles by which a report names where it comes from ("X,
    /// citing their sources, reports").
    pub citing_participles: &'static [&'static str],
    /// Subject pronouns that open no reported clause after a verb of
    /// saying ("told you").
    pub non_clause_pronouns: &'static [&'static str],
    /// Dummy subjects that open a clause ("said there was ...").
    pub expletive_subjects: &'static [&'static str],
    /// Endings of an adverb ("strongly"): no noun in a clause's subject or a
    /// speaker phrase; the speaker rules of `frame.rs` read them too.
    pub adverb_endings: &'static [&'static str],
    /// Auxiliaries and modals, negated forms included: a stretch holding one
    /// is a clause (matched as written).
    pub clause_auxiliaries: &'static [&'static str],
    /// Endings of a verb form after a clause's first word ("-ed", "-es"):
    /// a stretch holding one is a clause.
    pub verb_endings: &'static [&'static str],
    /// Auxiliaries of "it was revealed", "it has been reported" right
    /// before the participle (as written).
    pub impersonal_passive_auxiliaries: &'static [&'static str],
    /// Forms of "be" that make a passive with a participle after them
    /// ("will be announced", "is supported", "were reported"): the subject
    /// before such a verb of saying is what was said about, not who said
    /// it.
    pub passive_auxiliaries: &'static [&'static str],
    /// The particle of an infinitive after a verb of intending ("wants to
    /// build"): the infinitive is the content.
    pub infinitive_markers: &'static [&'static str],
    /// Endings of an infinitive where no particle marks it ("изучить",
    /// "відновити"), matched on the lower-cased word.
    pub infinitive_endings: &'static [&'static str],
    /// Stems of verbs of promising, urging and proposing whose infinitive
    /// is what was said, however short ("пообещали изучить эпизод"),
    /// matched on the lower-cased word.
    pub intent_verb_stems: &'static [&'static str],
    /// Stems of verbs that report a question ("asked whether ...",
    /// "wondered how ..."), matched as written.
    pub question_verb_stems: &'static [&'static str],
    /// Stems of verbs of saying whose addressee follows them ("told CNN he
    /// would run"), matched as written.
    pub telling_verb_stems: &'static [&'static str],
    /// Stems of verbs of saying that take a person as their object ("told",
    /// "asked", "urged", "called"): what follows them is no clause.
    pub person_object_stems: &'static [&'static str],
    /// Pronouns that, before an object preposition, are a verb of saying's
    /// object ("said this during", "said nothing about"), matched as written.
    pub object_pronouns: &'static [&'static str],
    /// Object pronouns that are the addressee of a verb of telling ("told
    /// him ..."), matched as written.
    pub addressee_pronouns: &'static [&'static str],
    /// Stems of the verbs of citing and quoting ("citing their sources",
    /// "quoting Y"): chain edges, not quotes.
    pub citing_verb_stems: &'static [&'static str],
    /// Articles of a predicate noun after a verb of naming ("called him a
    /// liar").
    pub indefinite_articles: &'static [&'static str],
    /// Subordinators before a participle that make it an elliptical clause
    /// (", if confirmed, would ..."), not a verb of saying.
    pub conditional_subordinators: &'static [&'static str],
    /// Endings of the English participle of a verb of saying ("adding"):
    /// its speaker is the subject of the clause; `lexicon.rs` reads them on
    /// ASCII forms.
    pub participle_endings: &'static [&'static str],
    /// Words a content does not end on ("... to", "... of"), besides
    /// determiners and phrase joiners.
    pub dangling_words: &'static [&'static str],
}

/// The words the trace stage (claimtrace-trace) reads to index statements,
/// compare two versions of one and tell a relayed quote from the speaker's
/// own. The stage reads English only: the other lexicons leave these lists
/// empty.
#[derive(Debug)]
pub struct TraceWords {
    /// Function words that carry no topic, dropped from retrieval terms.
    /// Negations and hedges are deliberately absent: they are what a
    /// changed quote changes.
    pub stop_words: &'static [&'static str],
    /// Report verbs that, passive with an agent ("was called a crime by the
    /// administration"), say the words are someone else's.
    pub passive_report_verbs: &'static [&'static str],
    /// Auxiliaries before a passive report verb that belong to its relaying
    /// frame ("was called").
    pub passive_auxiliaries: &'static [&'static str],
    /// The preposition that names the agent of a passive ("by the
    /// administration").
    pub agent_prepositions: &'static [&'static str],
    /// Two-word phrases that relay someone else's words ("according to").
    pub relaying_phrases: &'static [(&'static str, &'static str)],
    /// Words that alone say the words are repeated ("quoted", "quoting").
    pub quoting_words: &'static [&'static str],
    /// Pronouns that are no speaker's name ("he", "they").
    pub pronoun_speakers: &'static [&'static str],
    /// First-person pronouns that open a speaker's own frame around the
    /// words ("I believe", "we hope").
    pub first_person_frame_pronouns: &'static [&'static str],
    /// The definite article that may open a body's name ("the Kremlin").
    pub definite_articles: &'static [&'static str],
    /// Words and suffixes that scale the number before them or glued to it,
    /// with their factor ("million", "bn", "5k").
    pub number_scales: &'static [(&'static str, f64)],
    /// A negator and the word after it that make a fixed phrase negating
    /// nothing ("no matter who", "not only ... but", "no doubt").
    pub non_negating_phrases: &'static [(&'static str, &'static str)],
    /// Word endings that make a word a negation ("n't").
    pub negation_endings: &'static [&'static str],
    /// Number words rarely a count, left out when numbers are compared
    /// ("one of them", "no one").
    pub uncounted_number_words: &'static [&'static str],
    /// Stop words that may still modify a body named as an agent ("the US
    /// administration": "us" is also the pronoun).
    pub body_modifier_stop_words: &'static [&'static str],
}

/// The words and endings the entity stage reads around a name.
#[derive(Debug)]
pub struct EntityWords {
    /// Endings of a woman's surname in the nominative ("-ова", "-ська").
    pub female_surname_endings: &'static [&'static str],
    /// Stems of the offices held over a town or region ("мэр", "губернатор",
    /// "голова"): one capitalised word in the genitive after one is the
    /// place ("Мер Житомира", "губернатора Курска"), not a surname.
    pub place_office_stems: &'static [&'static str],
    /// Last letters of a place name in the genitive ("Житомира", "Твери",
    /// "Тюмени", "Сум").
    pub genitive_place_finals: &'static [&'static str],
    /// Endings of a patronymic in the nominative ("Михайлович",
    /// "Петровна", "Іванівна"): a given name and a patronymic name the
    /// person named in full with that given name ("Ігор Лакей ... Ігор
    /// Михайлович").
    pub patronymic_endings: &'static [&'static str],
    /// Endings of a man's surname in the nominative ("-ов", "-ський");
    /// endings worn by both ("-енко") are in neither list.
    pub male_surname_endings: &'static [&'static str],
    /// Endings of a surname worn by men and women alike ("-енко", "-ич").
    pub unisex_surname_endings: &'static [&'static str],
    /// Words marking a role as held before ("former", "колишній").
    pub former_markers: &'static [&'static str],
    /// Endings of a word in the case that complements a role noun (the
    /// genitive: "закордонних справ", "МЗС Росії").
    pub role_complement_endings: &'static [&'static str],
    /// Words that make the phrase after a name's comma a clause, not a
    /// role in apposition ("who", "is", "який").
    pub apposition_clause_words: &'static [&'static str],
    /// Lower-case particles inside a name before its next word ("de",
    /// "von", "bin").
    pub name_particles: &'static [&'static str],
    /// Honorifics that give a gender but name no role ("Mr", "Dame").
    pub honorifics: &'static [&'static str],
    /// Roles that belong to a work, not an organisation, after "its"
    /// ("its author", "its host").
    pub work_roles: &'static [&'static str],
    /// Words that end an epithet ("the president said", "the minister
    /// and").
    pub epithet_stops: &'static [&'static str],
    /// Role nouns and honorifics that make no epithet of one person
    /// ("officials", "spokesmen", "Mr").
    pub non_epithet_roles: &'static [&'static str],
    /// Articles before a name or role ("the", "a").
    pub articles: &'static [&'static str],
    /// Determiners that may open an epithet ("the minister", "this
    /// president").
    pub epithet_determiners: &'static [&'static str],
    /// Possessive determiners that give a role to the thing named before
    /// ("its author").
    pub possessive_determiners: &'static [&'static str],
    /// Words that open an appositive role before a name and its comma
    /// ("the then White House spokesperson, Jen Psaki").
    pub appositive_openers: &'static [&'static str],
    /// Words that open a name joined by "of" to its complement ("Republic
    /// of Korea", "Bank of England").
    pub of_name_heads: &'static [&'static str],
    /// The definite article ("the"): it opens an epithet ("the minister"),
    /// and a place's name keeps it only where the canonical name does ("The
    /// Hague"); a capitalised one before two names of one organisation is
    /// no part of either.
    pub definite_articles: &'static [&'static str],
    /// The preposition joining a head or role to its complement ("Bank of
    /// England", "head of the region").
    pub of_prepositions: &'static [&'static str],
    /// Other prepositions joining an organisation's or law's head to the
    /// rest of its name ("Council for Refugees", "Treaty on Open Skies").
    pub name_complement_prepositions: &'static [&'static str],
    /// Conjunctions that may join the words of an organisation's or law's
    /// name ("Ministry of Trade and Industry").
    pub name_conjunctions: &'static [&'static str],
    /// Relative pronouns after a name's comma that make it a person a
    /// clause is about ("Mr Smith, who").
    pub person_relative_pronouns: &'static [&'static str],
    /// Modifiers that fit an epithet of any role ("the then president",
    /// "the former minister").
    pub role_time_modifiers: &'static [&'static str],
    /// Words right before a name that make it part of the complement of a
    /// "<role> of" before it, not the role's holder ("the head of the ...").
    pub role_complement_openers: &'static [&'static str],
    /// Nominative endings of given names, tried after cutting one or two
    /// final letters of a declined form ("Олені" -> "олен" + "а"); the form
    /// with no ending is tried first, then these in the order of `ALL` and
    /// of each list, and the first listed given name gives the gender.
    pub given_name_endings: &'static [&'static str],
    /// A surname's ending in an oblique case (genitive, dative,
    /// accusative, instrumental, locative) and its nominative, by the sex
    /// of its bearer ("ина" -> "ин": "Путина" -> "Путин"; "овым" -> "ов":
    /// "Колесниковым" -> "Колесников"; "ської" -> "ська"), for a person
    /// named in full only in an oblique case ("по словам Владимира
    /// Путина", "встреча с Эльвирой Шигабетдиновой"); the longest ending
    /// that fits is taken.
    pub male_oblique_surname_endings: &'static [(&'static str, &'static str)],
    /// The same for women ("овой" -> "ова": "Захаровой" -> "Захарова";
    /// "ову" -> "ова").
    pub female_oblique_surname_endings: &'static [(&'static str, &'static str)],
    /// Last letters of a given name in an oblique case ("Сергея", "Анны",
    /// "Марії", "Сергею", "Андреем", "Эльвирой"); a given name is rebuilt
    /// by cutting its final (the longest listed that it ends with) and
    /// trying the nominative endings.
    pub oblique_given_name_finals: &'static [&'static str],
    /// Those of the genitive ("Сергея", "Анны", "Марії"): only after one
    /// of them is a surname with no declined ending taken as one that
    /// does not decline ("Сергея Шойгу"); after a dative "у" it is the
    /// case ending ("Владимиру Гройсману").
    pub genitive_given_name_finals: &'static [&'static str],
    /// Endings of surnames that do not decline ("Шойгу", "Черных"): the
    /// genitive is the nominative.
    pub indeclinable_surname_endings: &'static [&'static str],
    /// Last letters of a woman's surname that does not decline in any case
    /// (the consonants: "Ірини Верещук", "Маргариты Симоньян").
    pub female_indeclinable_surname_finals: &'static [&'static str],
    /// Oblique forms of given names whose stem changes, so that no ending
    /// rebuilds them ("Павла" -> "павел", "Льва" -> "лев"), with the
    /// nominative (lower case).
    pub irregular_oblique_given_names: &'static [(&'static str, &'static str)],
    /// Prepositions before a place in the locative that completes a role
    /// before a name ("посол США в Україні Джудіт Гоф").
    pub role_place_prepositions: &'static [&'static str],
    /// "one of" before a role noun in the genitive plural ("один из
    /// ведущих", "одна з речниць"): the pronoun and its preposition. Such
    /// a phrase names someone not named, never the person who holds the
    /// role.
    pub partitive_one: &'static [(&'static str, &'static str)],
    /// Two-word epithets that stand for a role of another noun, with that
    /// role's stem: "глава государства" is the president ("Глава
    /// государства подчеркнул" after "Президент России Владимир Путин").
    pub role_epithets: &'static [(&'static str, &'static str, &'static str)],
}

/// The words the time grammar reads beside its lexicon's classes.
#[derive(Debug)]
pub struct TimeWords {
    /// Prepositions and determiners after which a bare number is a year
    /// ("in 1990", "у 1990").
    pub year_context_words: &'static [&'static str],
    /// Letters glued to a year that keep it a year ("1990s", "2022р").
    pub year_suffixes: &'static [&'static str],
    /// Ordinal endings glued to a day number ("16th", "16-го").
    pub day_ordinal_suffixes: &'static [&'static str],
    /// Endings after a hyphen that make a year a decade ("1990-х").
    pub decade_suffixes: &'static [&'static str],
    /// Nouns of years after a decade ("1990-х годов", "1990-ті роки").
    pub decade_nouns: &'static [&'static str],
    /// Words ending a shifted time ("two days later", "позже").
    pub final_shift_words: &'static [&'static str],
    /// Adverbs of a season ("влітку", "летом").
    pub season_adverbs: &'static [&'static str],
    /// Words of how many times, before a per-unit rate ("twice a day").
    pub repetition_words: &'static [&'static str],
    /// Words before a unit making a rate ("a day", "на день").
    pub per_unit_words: &'static [&'static str],
    /// The middle of a period, standing alone before it ("в середине").
    pub mid_words: &'static [&'static str],
    /// Nouns after a number that make it a count, not a year ("2000
    /// people", "2000 tonnes").
    pub count_nouns_after_year: &'static [&'static str],
    /// Words before which a bare month name in a language whose month
    /// names are also common words is a month ("in March", "since May").
    pub bare_month_openers: &'static [&'static str],
    /// The narrower set of them for a month name that is also a modal
    /// verb ("in May", not "and may").
    pub bare_may_openers: &'static [&'static str],
    /// Words after which a plural unit alone is a vague duration ("for
    /// years", "within weeks").
    pub vague_duration_openers: &'static [&'static str],
    /// Time-zone abbreviations after a clock time ("10:35 GMT").
    pub time_zones: &'static [&'static str],
    /// Words before "time" after a clock time ("10:00 local time", "Kyiv
    /// time").
    pub local_time_words: &'static [&'static str],
    /// Words before a past participle that keep it from marking the past
    /// ("will be held", "to be signed").
    pub participle_auxiliaries: &'static [&'static str],
    /// Past auxiliaries that look forward before a future marker ("was
    /// expected to").
    pub past_auxiliaries: &'static [&'static str],
    /// Words before which a lower-case season name alone is a season
    /// ("in spring", "since summer").
    pub bare_season_openers: &'static [&'static str],
    /// Season names too often another word to stand alone ("fall").
    pub ambiguous_season_names: &'static [&'static str],
    /// Adjectives of a year back ("the year-earlier quarter").
    pub year_ago_adjectives: &'static [&'static str],
    /// Words that open a stretch reaching the present, which looks back
    /// ("since March").
    pub since_words: &'static [&'static str],
    /// Indefinite articles, a count of one ("a year", "an hour").
    pub indefinite_articles: &'static [&'static str],
    /// Words after an indefinite article that make a vague count ("a few").
    pub few_words: &'static [&'static str],
    /// Words after an indefinite article that make a count of two ("a
    /// couple of").
    pub couple_words: &'static [&'static str],
    /// Words before a four-digit number that make it a label, not a year
    /// ("No. 2000", "number 1990").
    pub number_label_words: &'static [&'static str],
    /// Endings of a plural noun after a number: "killed 2000 people" is a
    /// count, not a year.
    pub plural_noun_endings: &'static [&'static str],
    /// Endings of a singular noun that `plural_noun_endings` would read as
    /// a plural ("2000 press").
    pub singular_noun_endings: &'static [&'static str],
    /// The preposition joining a part, a fraction or a count to what it
    /// measures and a date to its year ("a couple of", "the end of", "a
    /// quarter of", "July of 2022", "16th of July", "the week of March 6");
    /// a plural unit before one is no vague duration ("weeks of talks"),
    /// and a season before one is a season only with its year.
    pub of_prepositions: &'static [&'static str],
    /// Words between a count and a plural unit that add to a count before
    /// ("two more weeks").
    pub additive_words: &'static [&'static str],
    /// Phrases after a count and a unit that add a half ("a minute and a
    /// half"), their words separated by one space.
    pub and_a_half_phrases: &'static [&'static str],
    /// Phrases after a count and a unit that count forward from the
    /// document date ("two days from now"), words separated by one space.
    pub from_now_phrases: &'static [&'static str],
    /// The definite article, which opens the grammar's "the ..." patterns
    /// ("the third quarter", "the same day", "the past").
    pub definite_articles: &'static [&'static str],
    /// Words after an hour that make it a clock time ("5 o'clock").
    pub o_clock_words: &'static [&'static str],
    /// The noun after a local time word ("10:00 local time").
    pub local_time_nouns: &'static [&'static str],
    /// Prepositions between a clock time and its day ("10 p.m. on
    /// Wednesday").
    pub clock_day_prepositions: &'static [&'static str],
    /// Words after a shift of this period that move it back (-1) or
    /// forward (1) ("this past spring", "this coming Sunday").
    pub shifts_after_this: &'static [(i32, &'static [&'static str])],
    /// The shift words that name a quarter after the definite article
    /// ("the last quarter", "the current quarter"); the others there do not
    /// ("the next quarter" is no date).
    pub quarter_shifts_after_the: &'static [&'static str],
    /// Shift words that date a single unit only after the definite article
    /// ("the past year" is a year long; "past year" alone is no date).
    pub shifts_only_after_the: &'static [&'static str],
    /// Shift words after the definite article that count from the time in
    /// focus in the narrative ("the following day", "the previous week").
    pub narrative_shifts: &'static [&'static str],
    /// Shift words after the definite article that count from the time in
    /// focus before a day only ("the next day"; "the next week" is a week
    /// long). Read after `narrative_shifts`.
    pub narrative_day_shifts: &'static [&'static str],
    /// Shift words after the definite article that make a single unit a
    /// stretch of one unit ("the past year", "the next month"). Read after
    /// `narrative_shifts` and `narrative_day_shifts`.
    pub one_unit_shifts: &'static [&'static str],
    /// Words before a singular unit naming the unit in focus in the
    /// narrative ("that day", "the same week").
    pub narrative_determiners: &'static [&'static str],
    /// "Same" after the definite article ("the same day").
    pub same_words: &'static [&'static str],
    /// Adjectives before a plural unit of a stretch reaching now ("recent
    /// years", "recent months").
    pub recent_words: &'static [&'static str],
    /// Nouns of a reporting period that stand for a quarter ("the
    /// year-earlier period", "the 1988 period").
    pub period_nouns: &'static [&'static str],
    /// Words after a holiday's name that move it to the day before
    /// ("Christmas Eve").
    pub eve_words: &'static [&'static str],
    /// The prefix of the middle of a period glued to it by a hyphen
    /// ("mid-July", "mid-2022", "the mid-1990s"), without the hyphen.
    pub middle_prefixes: &'static [&'static str],
    /// Words of a part of a period that stand alone before it ("early
    /// 2022", "late November", "the mid 1990s").
    pub standalone_period_parts: &'static [&'static str],
    /// Words of a part of a period that need the preposition before it
    /// ("the end of 2022", "the beginning of March").
    pub period_parts_before_of: &'static [&'static str],
    /// Phrases bounding an amount of time or a date ("more than two
    /// years", "at least a week"), words separated by one space.
    pub bound_phrases: &'static [&'static str],
    /// Phrases bounding a duration only ("up to six months"), words
    /// separated by one space.
    pub duration_bound_phrases: &'static [&'static str],
    /// Determiners after "later" or "earlier" that keep the time in focus
    /// ("later this month", "earlier that year").
    pub focus_determiners: &'static [&'static str],
    /// Nouns of the future after the definite article ("the future").
    pub future_nouns: &'static [&'static str],
    /// Nouns of the past after the definite article, ending a clause
    /// ("the past").
    pub past_nouns: &'static [&'static str],
    /// Adjectives between the definite article and a quarter that mean the
    /// quarter in focus ("the latest quarter").
    pub latest_words: &'static [&'static str],
    /// Phrases of the time in focus in the narrative ("at the time"),
    /// words separated by one space.
    pub focus_time_phrases: &'static [&'static str],
    /// The article "a" (not "an") as a token of its own: after "every" it
    /// is no count of units, and after the definite article it keeps no
    /// duration ("the a year").
    pub bare_articles: &'static [&'static str],
    /// Letters before a quarter's number in one token, the token
    /// capitalised ("Q3"), without the number.
    pub quarter_letters: &'static [&'static str],
    /// The glued plural ending of a decade ("1990s"), told from the
    /// possessive "'s" ("2022's").
    pub decade_plural_endings: &'static [&'static str],
    /// Endings of a past-tense verb, read on words of more than four
    /// letters near a partial date ("announced", "заявила", "сказал"). A
    /// word is read against the endings written in its own script (ASCII
    /// or not).
    pub past_tense_endings: &'static [&'static str],
    /// Words with a past-tense ending that mark no past ("scheduled",
    /// "need", "speed").
    pub not_past_tense_words: &'static [&'static str],
}

/// The words the time stage reads to find the clause a date dates and
/// its actor.
#[derive(Debug)]
pub struct EventWords {
    /// Words that open a new clause after a comma (", who", ", but").
    pub clause_openers: &'static [&'static str],
    /// Relative pronouns: a clause one opens takes the mention just before
    /// it as its actor.
    pub relative_pronouns: &'static [&'static str],
    /// Verbs that end the subject of a clause ("is", "said"); the time stage
    /// also reads its past and future markers.
    pub subject_verbs: &'static [&'static str],
    /// Words that begin sentences capitalised but are no names.
    pub sentence_initial_non_names: &'static [&'static str],
    /// Titles and modifiers before a name in an actor phrase ("Foreign
    /// Minister", "US").
    pub actor_titles: &'static [&'static str],
    /// Prepositions: a mention right after one is no clause's subject.
    pub actor_prepositions: &'static [&'static str],
    /// Prepositions of a passive's agent ("posted by its author"): a name
    /// after one in the clause is the actor.
    pub agent_prepositions: &'static [&'static str],
    /// Articles left out of a common-noun actor named as written, in lower
    /// case or capitalised ("the media reported" names "media").
    pub actor_articles: &'static [&'static str],
}

/// The words the quantity stage reads around a number, for one language:
/// units, rate periods, comparators, changes, and the words that tell a
/// year, a range or a counted noun. Pairs map a word to what it names (a
/// unit, an ISO 4217 code, a period).
#[derive(Debug)]
pub struct QuantityWords {
    /// Words of a percentage ("percent", "відсотків") with `percent` or
    /// `percentage_point`.
    pub percent_units: &'static [(&'static str, &'static str)],
    /// Currency words with their ISO 4217 code (or `cent`, `pence`,
    /// `satoshi`).
    pub currency_units: &'static [(&'static str, &'static str)],
    /// Units of measure with their symbol ("kilometres" -> km).
    pub measure_units: &'static [(&'static str, &'static str)],
    /// Country letters before a `$` ("C$", "HK$") with the currency.
    pub dollar_prefixes: &'static [(&'static str, &'static str)],
    /// National adjectives before a currency word, the code of the word
    /// they rename (`None`: any) and the currency they name ("Canadian
    /// dollars" -> CAD, "Turkish lira" -> TRY).
    pub currency_adjectives: &'static [(&'static str, Option<&'static str>, &'static str)],
    /// One-word rate periods ("daily", "щороку") with the period.
    pub period_adverbs: &'static [(&'static str, &'static str)],
    /// Period nouns after a per word ("a day", "на рік") with the period.
    pub period_nouns: &'static [(&'static str, &'static str)],
    /// Words introducing a rate period ("per", "each", "на").
    pub per_words: &'static [&'static str],
    /// Comparator phrases before a number with their comparator, longest
    /// first: the first phrase that matches is taken.
    pub comparators_before: &'static [(&'static [&'static str], &'static str)],
    /// Comparator phrases after a number ("or more"), longest first.
    pub comparators_after: &'static [(&'static [&'static str], &'static str)],
    /// Verbs of a change up before a quantity ("rose 5%").
    pub rise_verbs: &'static [&'static str],
    /// Verbs of a change down before a quantity ("fell 5%").
    pub fall_verbs: &'static [&'static str],
    /// Nouns of a change up after a quantity ("a 76% rise").
    pub rise_nouns: &'static [&'static str],
    /// Nouns of a change down after a quantity ("a 5% drop").
    pub fall_nouns: &'static [&'static str],
    /// Words that end the search for a counted noun after a number.
    pub counted_noun_stops: &'static [&'static str],
    /// Plurals whose lemma is not the plural minus "s", and words ending
    /// in "s" that are no plural, with their lemma.
    pub irregular_plurals: &'static [(&'static str, &'static str)],
    /// Plural nouns that are their own lemma ("police", "staff").
    pub plural_only_nouns: &'static [&'static str],
    /// Words before a four-digit number that make it a year ("in 2020",
    /// "у 2020").
    pub year_context_words: &'static [&'static str],
    /// Words after a number that make it a year ("2020 року", "2020 г").
    pub year_nouns: &'static [&'static str],
    /// Ordinal endings written after a hyphen ("5-th", "5-го").
    pub ordinal_suffixes: &'static [&'static str],
    /// Words before a four-digit number that make it a bound, not a year
    /// ("more than 2000", "понад 2000").
    pub bound_words: &'static [&'static str],
    /// Words before an old level a change starts from ("from 20% to 7%").
    pub level_from_words: &'static [&'static str],
    /// Words opening a range at its low end ("from 5 to 7").
    pub range_from_words: &'static [&'static str],
    /// Words before a new level or a range's high end ("to").
    pub range_to_words: &'static [&'static str],
    /// Words joining the two ends of a range opened by a from word.
    pub from_range_joiners: &'static [&'static str],
    /// Words opening a range whose ends a conjunction joins ("between").
    pub between_words: &'static [&'static str],
    /// Conjunctions joining the two ends of a between range.
    pub between_range_joiners: &'static [&'static str],
    /// Adverbs and prepositions between a change verb and its quantity
    /// ("rose sharply by 5%", "зріс ще на 5%").
    pub change_adverbs: &'static [&'static str],
    /// Scale words written abbreviated with a full stop ("5 тис.").
    pub abbreviated_scales: &'static [&'static str],
    /// Words joining a lower and an upper bound into one range ("more
    /// than 5 but less than 10").
    pub bound_joiners: &'static [&'static str],
    /// Words that end a change verb's subject, walking back from the verb.
    pub subject_enders: &'static [&'static str],
    /// Prepositions of "and a half" after a number ("три с половиной").
    pub half_prepositions: &'static [&'static str],
    /// The noun "half" in the case it takes after them.
    pub half_nouns: &'static [&'static str],
    /// Words before "one" that make it a pronoun ("the one", "each one").
    pub determiners_before_pronoun_one: &'static [&'static str],
    /// Words after "one" that make it a pronoun ("one of", "one another").
    pub words_after_pronoun_one: &'static [&'static str],
    /// Letters glued to a number that make it an ordinal, a time or a
    /// decade ("1st", "5pm", "1990s").
    pub glued_non_unit_suffixes: &'static [&'static str],
    /// Dollar prefixes read even when spaced from the sign, as in
    /// tokenised text ("us $ 150").
    pub spaced_dollar_prefixes: &'static [&'static str],
    /// Nouns after "100m" that make it a race in metres, not millions.
    pub race_nouns: &'static [&'static str],
    /// Words that most likely modify the noun after them ("one big
    /// factor"): skipped when looking for the counted noun.
    pub adjective_like_words: &'static [&'static str],
    /// Endings of such modifiers ("local", "historic"), read on words
    /// longer than four letters.
    pub adjective_endings: &'static [&'static str],
    /// Auxiliaries and adverbs right before a change verb, skipped when
    /// looking for its subject ("profits have risen").
    pub words_before_change_verb: &'static [&'static str],
    /// Percent units of several words with `percent` or
    /// `percentage_point`, longest first: the first phrase that matches is
    /// taken ("per cent points" before "per cent").
    pub percent_phrases: &'static [(&'static [&'static str], &'static str)],
    /// Units of measure of several words with their symbol ("metric
    /// tonnes" -> t).
    pub measure_phrases: &'static [(&'static [&'static str], &'static str)],
    /// Words before a unit of measure that square it ("square miles").
    pub square_words: &'static [&'static str],
    /// Place names of several words before a currency word, with the
    /// currency they name ("Hong Kong dollars" -> HKD).
    pub currency_place_names: &'static [(&'static [&'static str], &'static str)],
    /// Currency words read before a number in any case ("dollar 22.5",
    /// "usd 200"); other codes are read there in upper case only.
    pub currency_words_before_number: &'static [&'static str],
    /// A unit noun and the word after its hyphen that make an age
    /// ("20-year-old": "year", "old"); the noun is the unit.
    pub age_words: &'static [(&'static str, &'static str)],
    /// Units and counted nouns (lemmas) that name a span of time: never
    /// carried to a bare number.
    pub time_units: &'static [&'static str],
    /// The narrower set of words before a lone "one" that make it a
    /// pronoun when numbers are read as a calculator would ("the one",
    /// "which one").
    pub calculator_determiners_before_pronoun_one: &'static [&'static str],
    /// The cardinal one where it may be a pronoun ("the one", "one of
    /// them").
    pub pronoun_ones: &'static [&'static str],
    /// Words after a two-word comparator after a number that make it
    /// compare something else ("or more than", "or up to").
    pub comparator_continuations: &'static [&'static str],
    /// Words joining the two ends of a range that no opener opened ("5
    /// to 7", "2019 through 2021").
    pub range_joiners: &'static [&'static str],
    /// Words after a fraction that make it a part of something ("a third
    /// of voters"), not an ordinal or a period.
    pub fraction_of_words: &'static [&'static str],
    /// Fraction words that also name a period, matched as the start of the
    /// word ("three quarters to June").
    pub period_fraction_stems: &'static [&'static str],
    /// Indefinite articles: before a period after a fraction they make a
    /// duration, not a rate ("half an hour").
    pub indefinite_articles: &'static [&'static str],
    /// Endings of words ending in "s" that are no plural ("glass", "bonus",
    /// "analysis", "various").
    pub non_plural_endings: &'static [&'static str],
    /// Plural endings whose lemma drops "es" ("churches" -> "church").
    pub es_plural_endings: &'static [&'static str],
    /// Plural endings with the ending of their lemma ("countries" ->
    /// "country"), tried before `es_plural_endings`.
    pub plural_ending_lemmas: &'static [(&'static str, &'static str)],
}

macro_rules! lexicon {
    ($module:ident, $code:literal) => {
        Lexicon {
            language: $code,
            months: $module::MONTHS,
            month_abbreviations: $module::MONTH_ABBREVIATIONS,
            month_after_day: $module::MONTH_AFTER_DAY,
            weekdays: $module::WEEKDAYS,
            inflect: $module::inflect,
            speech_verb_bases: $module::SPEECH_VERB_BASES,
            cognition_verb_bases: $module::COGNITION_VERB_BASES,
            quote_only_verb_bases: $module::QUOTE_ONLY_VERB_BASES,
            intent_verb_bases: $module::INTENT_VERB_BASES,
            speech_verb_forms: $module::SPEECH_VERB_FORMS,
            cognition_verb_forms: $module::COGNITION_VERB_FORMS,
            quote_only_verb_forms: $module::QUOTE_ONLY_VERB_FORMS,
            intent_verb_forms: $module::INTENT_VERB_FORMS,
            speech_participles: $module::SPEECH_PARTICIPLES,
            not_cues: $module::NOT_CUES,
            cue_prefixes: $module::CUE_PREFIXES,
            phrase_stops: $module::PHRASE_STOPS,
            phrase_joiners: $module::PHRASE_JOINERS,
            subject_pronouns: $module::SUBJECT_PRONOUNS,
            personal_pronouns: $module::PERSONAL_PRONOUNS,
            relative_pronouns: $module::RELATIVE_PRONOUNS,
            object_relative_pronouns: $module::OBJECT_RELATIVE_PRONOUNS,
            noun_determiners: $module::NOUN_DETERMINERS,
            reporting_nouns: $module::REPORTING_NOUNS,
            norm_nouns: $module::NORM_NOUNS,
            determiners: $module::DETERMINERS,
            complementizers: $module::COMPLEMENTIZERS,
            title_markers: $module::TITLE_MARKERS,
            speaker_nouns: $module::SPEAKER_NOUNS,
            person_nouns: $module::PERSON_NOUNS,
            np_conjunctions: $module::NP_CONJUNCTIONS,
            office_titles: $module::OFFICE_TITLES,
            hedges: $module::HEDGES,
            institution_names: $module::INSTITUTION_NAMES,
            speaker_verbs: $module::SPEAKER_VERBS,
            attribution_verbs: $module::ATTRIBUTION_VERBS,
            body_names: $module::BODY_NAMES,
            body_heads: $module::BODY_HEADS,
            agent_body_nouns: $module::AGENT_BODY_NOUNS,
            approximate_words: $module::APPROXIMATE_WORDS,
            hedge_phrases: $module::HEDGE_PHRASES,
            modal_verbs: $module::MODAL_VERBS,
            belief_verbs: $module::BELIEF_VERBS,
            negators: $module::NEGATORS,
            number_words: $module::NUMBER_WORDS,
            letters: $module::LETTERS,
            said_nouns: $module::SAID_NOUNS,
            relay_verb_prefixes: $module::RELAY_VERB_PREFIXES,
            relay_verb_forms: $module::RELAY_VERB_FORMS,
            opinion_phrases: $module::OPINION_PHRASES,
            evidential_phrases: $module::EVIDENTIAL_PHRASES,
            sentence_openers: $module::SENTENCE_OPENERS,
            function_words: $module::FUNCTION_WORDS,
            future_markers: $module::FUTURE_MARKERS,
            past_markers: $module::PAST_MARKERS,
            finding_verb_forms: $module::FINDING_VERB_FORMS,
            document_nouns: $module::DOCUMENT_NOUNS,
            prepositions: $module::PREPOSITIONS,
            source_phrases: $module::SOURCE_PHRASES,
            plural_pronouns: $module::PLURAL_PRONOUNS,
            second_person_pronouns: $module::SECOND_PERSON_PRONOUNS,
            group_stems: $module::GROUP_STEMS,
            plural_verb_endings: $module::PLURAL_VERB_ENDINGS,
            plural_noun_verb_like_endings: $module::PLURAL_NOUN_VERB_LIKE_ENDINGS,
            plural_endings: $module::PLURAL_ENDINGS,
            participle_like_past_endings: $module::PARTICIPLE_LIKE_PAST_ENDINGS,
            venue_nouns: $module::VENUE_NOUNS,
            anaphoric_phrases: $module::ANAPHORIC_PHRASES,
            anaphoric_objects: $module::ANAPHORIC_OBJECTS,
            anaphoric_report_verbs: $module::ANAPHORIC_REPORT_VERBS,
            oblique_name_endings: $module::OBLIQUE_NAME_ENDINGS,
            dative_endings: $module::DATIVE_ENDINGS,
            plural_dative_endings: $module::PLURAL_DATIVE_ENDINGS,
            dative_pronouns: $module::DATIVE_PRONOUNS,
            quantity_pronouns: $module::QUANTITY_PRONOUNS,
            topic_prepositions: $module::TOPIC_PREPOSITIONS,
            addressee_datives: $module::ADDRESSEE_DATIVES,
            dative_adjective_endings: $module::DATIVE_ADJECTIVE_ENDINGS,
            adverb_endings: $module::ADVERB_ENDINGS,
            author_verb_leads: $module::AUTHOR_VERB_LEADS,
            reflexive_pronouns: $module::REFLEXIVE_PRONOUNS,
            reflexive_possessives: $module::REFLEXIVE_POSSESSIVES,
            report_joining_conjunctions: $module::REPORT_JOINING_CONJUNCTIONS,
            causal_conjunctions: $module::CAUSAL_CONJUNCTIONS,
            not_but_negations: $module::NOT_BUT_NEGATIONS,
            not_but_conjunctions: $module::NOT_BUT_CONJUNCTIONS,
            indefinite_pronoun_endings: $module::INDEFINITE_PRONOUN_ENDINGS,
            author_verb_endings: $module::AUTHOR_VERB_ENDINGS,
            not_author_verb_endings: $module::NOT_AUTHOR_VERB_ENDINGS,
            not_adverb_endings: $module::NOT_ADVERB_ENDINGS,
            impersonal_report_verbs: $module::IMPERSONAL_REPORT_VERBS,
            prepositional_cues: $module::PREPOSITIONAL_CUES,
            action_objects: $module::ACTION_OBJECTS,
            action_prepositions: $module::ACTION_PREPOSITIONS,
            action_cue_prepositions: $module::ACTION_CUE_PREPOSITIONS,
            idioms_with_cues: $module::IDIOMS_WITH_CUES,
            object_before_preposition_stems: $module::OBJECT_BEFORE_PREPOSITION_STEMS,
            objectless_speech_stems: $module::OBJECTLESS_SPEECH_STEMS,
            preposition_only_speech_stems: $module::PREPOSITION_ONLY_SPEECH_STEMS,
            inflection_endings: $module::INFLECTION_ENDINGS,
            possessive_marks: $module::POSSESSIVE_MARKS,
            say_forms: $module::SAY_FORMS,
            relaying_speech_stems: $module::RELAYING_SPEECH_STEMS,
            quoting_verb_stems: $module::QUOTING_VERB_STEMS,
            clause_only_speech_stems: $module::CLAUSE_ONLY_SPEECH_STEMS,
            naming_verb_stems: $module::NAMING_VERB_STEMS,
            indirect_question_words: $module::INDIRECT_QUESTION_WORDS,
            contrast_conjunctions: $module::CONTRAST_CONJUNCTIONS,
            subordinating_conjunctions: $module::SUBORDINATING_CONJUNCTIONS,
            speaker_of_prepositions: $module::SPEAKER_OF_PREPOSITIONS,
            object_prepositions: $module::OBJECT_PREPOSITIONS,
            absolute_prepositions: $module::ABSOLUTE_PREPOSITIONS,
            unreported_clause_nouns: $module::UNREPORTED_CLAUSE_NOUNS,
            group_nouns: $module::GROUP_NOUNS,
            speaking_body_nouns: $module::SPEAKING_BODY_NOUNS,
            finite_verbs: $module::FINITE_VERBS,
            noun_slot_words: $module::NOUN_SLOT_WORDS,
            female_pronouns: $module::FEMALE_PRONOUNS,
            male_pronouns: $module::MALE_PRONOUNS,
            group_pronouns: $module::GROUP_PRONOUNS,
            possessive_pronouns: $module::POSSESSIVE_PRONOUNS,
            sex_marking_pronouns: $module::SEX_MARKING_PRONOUNS,
            female_past_endings: $module::FEMALE_PAST_ENDINGS,
            male_past_endings: $module::MALE_PAST_ENDINGS,
            nouns_with_adverb_endings: $module::NOUNS_WITH_ADVERB_ENDINGS,
            role_oblique_endings: $module::ROLE_OBLIQUE_ENDINGS,
            nominative_adjective_endings: $module::NOMINATIVE_ADJECTIVE_ENDINGS,
            genitive_adjective_endings: $module::GENITIVE_ADJECTIVE_ENDINGS,
            accusative_endings: $module::ACCUSATIVE_ENDINGS,
            instrumental_plural_endings: $module::INSTRUMENTAL_PLURAL_ENDINGS,
            comparative_adverb_endings: $module::COMPARATIVE_ADVERB_ENDINGS,
            speaker_phrase_adverbs: $module::SPEAKER_PHRASE_ADVERBS,
            affiliated_speaker_stems: $module::AFFILIATED_SPEAKER_STEMS,
            oblique_speaker_heads: $module::OBLIQUE_SPEAKER_HEADS,
            oblique_head_endings: $module::OBLIQUE_HEAD_ENDINGS,
            oblique_person_endings: $module::OBLIQUE_PERSON_ENDINGS,
            gathering_stems: $module::GATHERING_STEMS,
            locative_determiners: $module::LOCATIVE_DETERMINERS,
            transliteration: $module::TRANSLITERATION,
            non_final_abbreviations: $module::NON_FINAL_ABBREVIATIONS,
            may_end_abbreviations: $module::MAY_END_ABBREVIATIONS,
            openers_after_abbreviation: $module::OPENERS_AFTER_ABBREVIATION,
            detection_words: $module::DETECTION_WORDS,
            entities: &$module::ENTITIES,
            times: &$module::TIMES,
            events: &$module::EVENTS,
            quantity: &$module::QUANTITY,
            numerals: &$module::NUMERALS,
            calendar: &$module::CALENDAR,
            gazetteer: &$module::GAZETTEER,
            name_cues: &$module::NAME_CUES,
            speaker_rules: &$module::SPEAKER_RULES,
            hedge_rules: &$module::HEDGE_RULES,
            content_rules: &$module::CONTENT_RULES,
            trace: &$module::TRACE,
        }
    };
}

pub static EN: Lexicon = lexicon!(en, "en");
pub static RU: Lexicon = lexicon!(ru, "ru");
pub static UK: Lexicon = lexicon!(uk, "uk");

/// Every lexicon, in the order the stages' tables are built from.
pub static ALL: [&Lexicon; 3] = [&EN, &RU, &UK];

/// The lexicon of a language code (`en`, `ru`, `uk`), if there is one.
pub fn for_language(code: &str) -> Option<&'static Lexicon> {
    ALL.iter().copied().find(|l| l.language == code)
}

/// For languages whose verb forms are listed one by one.
pub fn listed_forms_only(base: &str) -> Vec<String> {
    vec![base.to_string()]
}

impl Lexicon {
    /// The names of month `month` (0 is January) that may follow a day
    /// number ("16 липня",
    /// "16 July", "16 Sept").
    pub fn months_after_day(&self, month: usize) -> impl Iterator<Item = &'static str> + '_ {
        let names = self.months.get(month).copied().unwrap_or(&[]);
        let names: &'static [&'static str] = match self.month_after_day {
            Some(i) => names.get(i..=i).unwrap_or(&[]),
            None => names,
        };
        let abbreviations = self.month_abbreviations.get(month).copied().unwrap_or(&[]);
        names.iter().chain(abbreviations).copied()
    }
}

impl Lexicon {
    /// Every form of the verbs of saying, thinking and quoting, inflected
    /// bases and listed forms alike, without the forms listed as not cues
    /// ("points", "states"): what marks its subject as a speaker.
    pub fn reporting_verb_forms(&self) -> Vec<String> {
        let bases = [
            self.speech_verb_bases,
            self.cognition_verb_bases,
            self.quote_only_verb_bases,
        ];
        let listed = [
            self.speech_verb_forms,
            self.cognition_verb_forms,
            self.quote_only_verb_forms,
            self.speech_participles,
        ];
        let mut forms: Vec<String> = bases
            .iter()
            .flat_map(|list| list.iter())
            .flat_map(|base| (self.inflect)(base))
            .chain(
                listed
                    .iter()
                    .flat_map(|list| list.iter())
                    .map(|w| w.to_string()),
            )
            .filter(|form| !self.not_cues.contains(&form.as_str()))
            .collect();
        forms.sort_unstable();
        forms.dedup();
        forms
    }
}
