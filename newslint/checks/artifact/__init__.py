"""Publishing artifacts: chatbot and template leftovers, placeholders, wire notes, references shown as text."""
