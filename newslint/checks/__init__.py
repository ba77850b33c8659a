"""Built-in Python rules: one line per rule, ``module:attribute``.

A rule's file is its id: ``grammar/repeated-word`` lives in
``newslint/checks/grammar/repeated_word.py``. To add a rule, add its file
and one line here; its examples become tests automatically. An attribute
may also be a list of rules (a family that shares one engine, such as the
Harper-backed rules).
"""

BUILTIN_RULES = [
    # -- foundation ------------------------------------------------------------------------
    "newslint.checks.grammar.repeated_word:RepeatedWord",
    "newslint.checks.punctuation.missing_space_after_comma:MissingSpaceAfterComma",
    "newslint.checks.metadata.invalid_front_matter:InvalidFrontMatter",
    "newslint.checks.metadata.unreadable_encoding:UnreadableEncoding",
    # -- language: engines, spelling, grammar, punctuation ---------------------------------
    "newslint.checks.spelling.misspelled_word:MisspelledWord",
    "newslint.checks.spelling.dialect_spelling:DialectSpelling",
    "newslint.checks.spelling.rejected_word:RejectedWord",
    "newslint.checks.grammar.a_an:AAn",
    "newslint.checks.grammar.to_too:ToToo",
    "newslint.checks.grammar.then_than:ThenThan",
    "newslint.checks.grammar.its_it_s:ItsItS",
    "newslint.checks.grammar.there_their:ThereTheir",
    "newslint.checks.grammar.should_of:ShouldOf",
    "newslint.checks.grammar.word_choice:WordChoice",
    "newslint.checks.grammar.verb_form:VerbForm",
    "newslint.checks.punctuation.missing_space_after_period:MissingSpaceAfterPeriod",
    "newslint.checks.punctuation.space_before_percent:SpaceBeforePercent",
    "newslint.checks.punctuation.doubled_space:DoubledSpace",
    "newslint.checks.punctuation.missing_space_before_parenthesis:MissingSpaceBeforeParenthesis",
    "newslint.checks.punctuation.space_before_punctuation:SpaceBeforePunctuation",
    "newslint.checks.punctuation.punctuation_error:PunctuationError",
    # -- language: casing and consistency --------------------------------------------------
    "newslint.checks.casing.sentence_start:SentenceStart",
    "newslint.checks.casing.lowercase_name:LowercaseName",
    "newslint.checks.casing.title_before_name:TitleBeforeName",
    "newslint.checks.casing.mixed_case_name:MixedCaseName",
    "newslint.checks.consistency.name_spelling:NameSpelling",
    "newslint.checks.consistency.dialect_mix:DialectMix",
    # -- journalism: attribution and sourcing ----------------------------------------------
    "newslint.checks.attribution.unattributed_quote:UnattributedQuote",
    "newslint.checks.attribution.unattributed_statistic:UnattributedStatistic",
    "newslint.checks.attribution.vague_attribution:VagueAttribution",
    "newslint.checks.attribution.anonymous_source:AnonymousSource",
    "newslint.checks.attribution.unattributed_article:UnattributedArticle",
    "newslint.checks.sourcing.unsourced_expert_quote:UnsourcedExpertQuote",
    "newslint.checks.sourcing.unsourced_expert_opinion:UnsourcedExpertOpinion",
    # -- journalism: seo, artifacts, structure, metadata, readability ----------------------
    "newslint.checks.seo.keyword_list:KeywordList",
    "newslint.checks.seo.keyword_density:KeywordDensity",
    "newslint.checks.seo.keyword_in_headings:KeywordInHeadings",
    "newslint.checks.seo.stuffed_title:StuffedTitle",
    "newslint.checks.seo.stuffed_meta_description:StuffedMetaDescription",
    "newslint.checks.seo.stuffed_meta_keywords:StuffedMetaKeywords",
    "newslint.checks.metadata.missing_field:MissingField",
    "newslint.checks.metadata.title_too_long:TitleTooLong",
    "newslint.checks.metadata.dateline_date_mismatch:DatelineDateMismatch",
    "newslint.checks.readability.long_sentence:LongSentence",
    "newslint.checks.readability.long_paragraph:LongParagraph",
    "newslint.checks.readability.grade_level:GradeLevel",
    "newslint.checks.artifact.placeholder:Placeholder",
    "newslint.checks.artifact.template_section:TemplateSection",
    "newslint.checks.artifact.table_of_contents:TableOfContents",
    "newslint.checks.artifact.reader_prompt:ReaderPrompt",
    "newslint.checks.artifact.wire_note:WireNote",
    "newslint.checks.artifact.html_entity:HtmlEntity",
    "newslint.checks.structure.orphan_fragment:OrphanFragment",
    "newslint.checks.structure.second_headline:SecondHeadline",
    "newslint.checks.unicode.non_breaking_hyphen:NonBreakingHyphen",
    "newslint.checks.unicode.invisible_character:InvisibleCharacter",
    "newslint.checks.unicode.stray_non_breaking_space:StrayNonBreakingSpace",
    "newslint.checks.unicode.replacement_character:ReplacementCharacter",
    "newslint.checks.unicode.mojibake:Mojibake",
    "newslint.checks.artifact.chatbot_reply:ChatbotReply",
]
