"""Reading input: bytes on disk (or stdin) to decoded text that remembers how to write it back."""

from newslint.sources.decode import Source, decode_bytes, read_source

__all__ = ["Source", "decode_bytes", "read_source"]
