"""Post-build steps: plain functions that take the built site folder and enrich it."""
