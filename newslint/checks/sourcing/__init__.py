"""Sourcing: how, when and where the words of a named expert were obtained."""
