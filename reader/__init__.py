"""reader: a terminal reader and annotator for journalists."""

__version__ = "0.1.0"
