"""The OpenAPI description of ``newslint serve`` (served at ``/openapi.json``)."""

from __future__ import annotations

from newslint import __version__

_ERROR = {"$ref": "#/components/schemas/Error"}


def _json(schema: dict) -> dict:
    return {"content": {"application/json": {"schema": schema}}}


def _errors(*codes: int) -> dict:
    reasons = {400: "Bad input (JSON, format, config, parameters)", 401: "Missing or wrong bearer token",
               413: "Body over the size limit", 415: "Wrong content type", 503: "Too many requests waiting",
               504: "Linting took longer than the time limit"}
    return {str(code): {"description": reasons[code], **_json(_ERROR)} for code in codes}


_COMMON = (400, 401, 413, 503, 504)

SCHEMA = {
    "openapi": "3.1.0",
    "info": {
        "title": "newslint serve",
        "version": __version__,
        "description": "newslint's checks over HTTP: a native JSON API and LanguageTool's /v2 API. "
                       "Native positions are code points (line, column 1-based); LanguageTool offsets are UTF-16 code units.",
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                "type": "object", "properties": {"status": {"type": "integer"}, "message": {"type": "string"}}}}},
            "Article": {
                "type": "object", "required": ["text"], "additionalProperties": False,
                "properties": {
                    "text": {"type": "string"},
                    "format": {"enum": ["text", "markdown", "html"], "description": "Default: from path's extension, else text."},
                    "path": {"type": "string", "description": "A name (picks format and config overrides); never opened."},
                    "metadata": {"type": "object", "additionalProperties": {"type": "string"},
                                 "description": "headline, byline, date… where the text has none."},
                    "config": {"type": "object", "description": "The keys of .newslint.yaml (replaces the server's config); "
                               "languagetool, rule-dirs and cache-dir are refused."},
                },
            },
            "Finding": {
                "type": "object",
                "properties": {
                    "path": {"type": "string"}, "rule": {"type": "string"}, "category": {"type": "string"},
                    "severity": {"enum": ["error", "warning", "info"]},
                    "line": {"type": "integer"}, "column": {"type": "integer"},
                    "end_line": {"type": "integer"}, "end_column": {"type": "integer"},
                    "message": {"type": "string"},
                    "fix": {"type": ["object", "null"], "properties": {
                        "replacement": {"type": "string"}, "applicability": {"enum": ["safe", "unsafe"]}}},
                    "fingerprint": {"type": "string"},
                    "related": {"type": "array", "items": {"type": "object"}},
                },
            },
            "Report": {
                "type": "object", "description": "The same object as `newslint check --format json`.",
                "properties": {
                    "version": {"const": 1}, "newslint": {"type": "string"},
                    "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
                    "summary": {"type": "object"}, "files": {"type": "array", "items": {"type": "object"}},
                    "errors": {"type": "array", "items": {"type": "string"}},
                },
            },
            "Edit": {
                "type": "object",
                "properties": {
                    "start": {"type": "integer", "description": "code point offset in the request text"},
                    "end": {"type": "integer"}, "line": {"type": "integer"}, "column": {"type": "integer"},
                    "end_line": {"type": "integer"}, "end_column": {"type": "integer"},
                    "original": {"type": "string"}, "replacement": {"type": "string"},
                    "rules": {"type": "array", "items": {"type": "string"}},
                },
            },
            "LTMatch": {
                "type": "object",
                "properties": {
                    "message": {"type": "string"}, "shortMessage": {"type": "string"},
                    "offset": {"type": "integer", "description": "UTF-16 code units into text (or the annotated text, markup included)"},
                    "length": {"type": "integer"},
                    "replacements": {"type": "array", "items": {"type": "object", "properties": {"value": {"type": "string"}}}},
                    "context": {"type": "object", "properties": {
                        "text": {"type": "string"}, "offset": {"type": "integer"}, "length": {"type": "integer"}}},
                    "sentence": {"type": "string"},
                    "rule": {"type": "object", "properties": {
                        "id": {"type": "string"}, "description": {"type": "string"}, "issueType": {"type": "string"},
                        "category": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}}},
                },
            },
        },
    },
    "security": [{"bearer": []}],
    "paths": {
        "/health": {"get": {"summary": "Liveness (no token needed)", "security": [],
                            "responses": {"200": {"description": "Up and warm", **_json({"type": "object"})}}}},
        "/openapi.json": {"get": {"summary": "This schema", "responses": {"200": {"description": "OpenAPI 3.1"}, **_errors(401)}}},
        "/v1/rules": {"get": {"summary": "Every rule: id, category, severity, on by default, summary",
                              "responses": {"200": {"description": "Rules", **_json({"type": "object", "properties": {
                                  "rules": {"type": "array", "items": {"type": "object"}}}})}, **_errors(401)}}},
        "/v1/check": {"post": {
            "summary": "Lint one article",
            "requestBody": {"required": True, **_json({"$ref": "#/components/schemas/Article"})},
            "responses": {"200": {"description": "Findings", **_json({"$ref": "#/components/schemas/Report"})}, **_errors(*_COMMON)},
        }},
        "/v1/fix": {"post": {
            "summary": "Apply the safe fixes (never inside a direct quotation)",
            "requestBody": {"required": True, **_json({"$ref": "#/components/schemas/Article"})},
            "responses": {"200": {"description": "The fixed text, the edits made, and the findings left", **_json({
                "allOf": [{"$ref": "#/components/schemas/Report"}, {"type": "object", "properties": {
                    "text": {"type": "string"}, "changed": {"type": "boolean"},
                    "edits": {"type": "array", "items": {"$ref": "#/components/schemas/Edit"}}}}]})},
                **_errors(*_COMMON)},
        }},
        "/v2/check": {"post": {
            "summary": "LanguageTool-compatible check",
            "requestBody": {"required": True, "content": {"application/x-www-form-urlencoded": {"schema": {
                "type": "object", "required": ["language"],
                "properties": {
                    "text": {"type": "string"},
                    "data": {"type": "string", "description": "AnnotatedText JSON: {\"annotation\": [{\"text\": …}, {\"markup\": …, \"interpretAs\": …}]}"},
                    "language": {"type": "string", "description": "auto, en, en-US, en-GB, en-AU, en-CA or en-IN"},
                    "enabledRules": {"type": "string", "description": "comma-separated newslint rule ids (unknown ids are ignored)"},
                    "disabledRules": {"type": "string"},
                    "enabledCategories": {"type": "string", "description": "comma-separated LanguageTool category ids (TYPOS, STYLE…) or newslint categories"},
                    "disabledCategories": {"type": "string"},
                    "enabledOnly": {"type": "string", "enum": ["true", "false"]},
                    "level": {"type": "string", "enum": ["default", "picky"], "description": "picky: also rules off by default"},
                }}}}},
            "responses": {"200": {"description": "LanguageTool's response shape", **_json({"type": "object", "properties": {
                "software": {"type": "object"}, "language": {"type": "object"},
                "matches": {"type": "array", "items": {"$ref": "#/components/schemas/LTMatch"}}}})},
                **_errors(*_COMMON, 415)},
        }},
        "/v2/languages": {"get": {"summary": "The languages (English dialects) newslint checks",
                                  "responses": {"200": {"description": "name, code, longCode", **_json({"type": "array"})}, **_errors(401)}}},
    },
}
