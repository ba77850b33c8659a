from newslint.checks.base import ParseProblemRule


class UnreadableEncoding(ParseProblemRule):
    id = "metadata/unreadable-encoding"
    summary = "Bytes that are neither UTF-8 nor the encoding the file declares."
    rationale = (
        "Text in an unknown encoding turns into mojibake or question marks when published. newslint "
        "reads UTF-8, then the encoding a file declares (a byte-order mark, an HTML <meta charset>, an "
        "XML declaration); anything else is reported at the first bad byte and the rest of the file is "
        "linted with that byte replaced."
    )
    # Examples are bytes, not text, so this rule is tested in tests/test_bad_input.py.
    examples = ()

