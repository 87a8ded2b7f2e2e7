"""Sổ tay Bình dân học vụ số: tooling that builds and checks the handbook."""

__version__ = "0.1.0"
