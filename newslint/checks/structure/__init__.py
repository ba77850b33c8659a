"""Article structure: fragments broken off a sentence, a second article inside the first."""
