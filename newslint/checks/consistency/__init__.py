"""Consistency inside one article: the same name, word or dialect written two ways."""
