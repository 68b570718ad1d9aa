"""Spelling data and algorithms shared by the typo and entity rule kinds."""
