"""Characters that export tools leave in text: invisible ones, look-alikes, mojibake."""
