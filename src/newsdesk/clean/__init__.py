"""Cleaning: main text, furniture, language, publication date, source."""
