"""Casing: names, places, titles and sentence starts written in the wrong case."""
