"""Built-in Python rules: one line per rule, ``"id": "module:Class"``.

A rule's file is its id: ``grammar/repeated-word`` lives in
``newslint/checks/grammar/repeated_word.py``. To add a rule, add its file
and one line here; its examples become tests automatically. A rule's module
is imported only when the rule may run (or is listed or explained), so
``--select attribution`` does not pay for the grammar engine's imports.
"""

BUILTIN_RULES = {
    # -- foundation ------------------------------------------------------------------------
    "grammar/repeated-word":                         "newslint.checks.grammar.repeated_word:RepeatedWord",
    "punctuation/missing-space-after-comma":         "newslint.checks.punctuation.missing_space_after_comma:MissingSpaceAfterComma",
    "metadata/invalid-front-matter":                 "newslint.checks.metadata.invalid_front_matter:InvalidFrontMatter",
    "metadata/unreadable-encoding":                  "newslint.checks.metadata.unreadable_encoding:UnreadableEncoding",
    # -- language: engines, spelling, grammar, punctuation ---------------------------------
    "spelling/misspelled-word":                      "newslint.checks.spelling.misspelled_word:MisspelledWord",
    "spelling/dialect-spelling":                     "newslint.checks.spelling.dialect_spelling:DialectSpelling",
    "spelling/rejected-word":                        "newslint.checks.spelling.rejected_word:RejectedWord",
    "grammar/a-an":                                  "newslint.checks.grammar.a_an:AAn",
    "grammar/to-too":                                "newslint.checks.grammar.to_too:ToToo",
    "grammar/then-than":                             "newslint.checks.grammar.then_than:ThenThan",
    "grammar/its-it-s":                              "newslint.checks.grammar.its_it_s:ItsItS",
    "grammar/there-their":                           "newslint.checks.grammar.there_their:ThereTheir",
    "grammar/should-of":                             "newslint.checks.grammar.should_of:ShouldOf",
    "grammar/word-choice":                           "newslint.checks.grammar.word_choice:WordChoice",
    "grammar/verb-form":                             "newslint.checks.grammar.verb_form:VerbForm",
    "punctuation/missing-space-after-period":        "newslint.checks.punctuation.missing_space_after_period:MissingSpaceAfterPeriod",
    "punctuation/space-before-percent":              "newslint.checks.punctuation.space_before_percent:SpaceBeforePercent",
    "punctuation/doubled-space":                     "newslint.checks.punctuation.doubled_space:DoubledSpace",
    "punctuation/missing-space-before-parenthesis":  "newslint.checks.punctuation.missing_space_before_parenthesis:MissingSpaceBeforeParenthesis",
    "punctuation/space-before-punctuation":          "newslint.checks.punctuation.space_before_punctuation:SpaceBeforePunctuation",
    "punctuation/punctuation-error":                 "newslint.checks.punctuation.punctuation_error:PunctuationError",
    # -- language: casing and consistency --------------------------------------------------
    "casing/sentence-start":                         "newslint.checks.casing.sentence_start:SentenceStart",
    "casing/lowercase-name":                         "newslint.checks.casing.lowercase_name:LowercaseName",
    "casing/title-before-name":                      "newslint.checks.casing.title_before_name:TitleBeforeName",
    "casing/mixed-case-name":                        "newslint.checks.casing.mixed_case_name:MixedCaseName",
    "consistency/name-spelling":                     "newslint.checks.consistency.name_spelling:NameSpelling",
    "consistency/dialect-mix":                       "newslint.checks.consistency.dialect_mix:DialectMix",
    # -- journalism: attribution and sourcing ----------------------------------------------
    "attribution/unattributed-quote":                "newslint.checks.attribution.unattributed_quote:UnattributedQuote",
    "attribution/unattributed-statistic":            "newslint.checks.attribution.unattributed_statistic:UnattributedStatistic",
    "attribution/vague-attribution":                 "newslint.checks.attribution.vague_attribution:VagueAttribution",
    "attribution/anonymous-source":                  "newslint.checks.attribution.anonymous_source:AnonymousSource",
    "attribution/unattributed-article":              "newslint.checks.attribution.unattributed_article:UnattributedArticle",
    "sourcing/unsourced-expert-quote":               "newslint.checks.sourcing.unsourced_expert_quote:UnsourcedExpertQuote",
    "sourcing/unsourced-expert-opinion":             "newslint.checks.sourcing.unsourced_expert_opinion:UnsourcedExpertOpinion",
    # -- journalism: seo, artifacts, structure, metadata, readability ----------------------
    "seo/keyword-list":                              "newslint.checks.seo.keyword_list:KeywordList",
    "seo/keyword-density":                           "newslint.checks.seo.keyword_density:KeywordDensity",
    "seo/keyword-in-headings":                       "newslint.checks.seo.keyword_in_headings:KeywordInHeadings",
    "seo/stuffed-title":                             "newslint.checks.seo.stuffed_title:StuffedTitle",
    "seo/stuffed-meta-description":                  "newslint.checks.seo.stuffed_meta_description:StuffedMetaDescription",
    "seo/stuffed-meta-keywords":                     "newslint.checks.seo.stuffed_meta_keywords:StuffedMetaKeywords",
    "metadata/missing-field":                        "newslint.checks.metadata.missing_field:MissingField",
    "metadata/title-too-long":                       "newslint.checks.metadata.title_too_long:TitleTooLong",
    "metadata/dateline-date-mismatch":               "newslint.checks.metadata.dateline_date_mismatch:DatelineDateMismatch",
    "metadata/author-mismatch":                      "newslint.checks.metadata.author_mismatch:AuthorMismatch",
    "readability/long-sentence":                     "newslint.checks.readability.long_sentence:LongSentence",
    "readability/long-paragraph":                    "newslint.checks.readability.long_paragraph:LongParagraph",
    "readability/grade-level":                       "newslint.checks.readability.grade_level:GradeLevel",
    "artifact/placeholder":                          "newslint.checks.artifact.placeholder:Placeholder",
    "artifact/template-section":                     "newslint.checks.artifact.template_section:TemplateSection",
    "artifact/table-of-contents":                    "newslint.checks.artifact.table_of_contents:TableOfContents",
    "artifact/reader-prompt":                        "newslint.checks.artifact.reader_prompt:ReaderPrompt",
    "artifact/wire-note":                            "newslint.checks.artifact.wire_note:WireNote",
    "artifact/html-entity":                          "newslint.checks.artifact.html_entity:HtmlEntity",
    "artifact/credit-footer":                        "newslint.checks.artifact.credit_footer:CreditFooter",
    "artifact/crawler-boilerplate":                  "newslint.checks.artifact.crawler_boilerplate:CrawlerBoilerplate",
    "structure/orphan-fragment":                     "newslint.checks.structure.orphan_fragment:OrphanFragment",
    "structure/second-headline":                     "newslint.checks.structure.second_headline:SecondHeadline",
    "structure/glued-byline":                        "newslint.checks.structure.glued_byline:GluedByline",
    "structure/headline-in-lead":                    "newslint.checks.structure.headline_in_lead:HeadlineInLead",
    "structure/pasted-table":                        "newslint.checks.structure.pasted_table:PastedTable",
    "unicode/non-breaking-hyphen":                   "newslint.checks.unicode.non_breaking_hyphen:NonBreakingHyphen",
    "unicode/invisible-character":                   "newslint.checks.unicode.invisible_character:InvisibleCharacter",
    "unicode/stray-non-breaking-space":              "newslint.checks.unicode.stray_non_breaking_space:StrayNonBreakingSpace",
    "unicode/replacement-character":                 "newslint.checks.unicode.replacement_character:ReplacementCharacter",
    "unicode/mojibake":                              "newslint.checks.unicode.mojibake:Mojibake",
    "artifact/chatbot-reply":                        "newslint.checks.artifact.chatbot_reply:ChatbotReply",
}
