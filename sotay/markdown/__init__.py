"""Python-Markdown extensions of the handbook (plain Markdown, no MkDocs dependency)."""
