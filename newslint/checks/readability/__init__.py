"""Readability advice: sentences, paragraphs and grade level that make copy hard going."""
