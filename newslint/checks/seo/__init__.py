"""SEO stuffing: key phrases repeated for search engines rather than readers (issue 4)."""
