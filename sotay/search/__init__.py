"""Vietnamese-first site search: text → folded terms, glossary synonyms, page extraction, index files.

The browser side lives in overrides/assets/javascripts/sotay-search*.js and mirrors terms.py.
"""
