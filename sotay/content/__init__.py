"""Content rules used by ``sotay check``: front-matter schema and checks."""
