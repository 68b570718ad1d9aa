"""Language codes as written (BCP 47: "en", "pt-BR", "zh-Hant-TW") and as compared: by
their primary subtag, lower-cased ("pt-BR" is "pt")."""

from __future__ import annotations

import re

CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
# Codes that name no language: undetermined, several, no linguistic content, uncoded.
UNDETERMINED = frozenset(("und", "mul", "zxx", "mis"))


def primary(code: object) -> str | None:
    """The primary subtag of a language code ("pt-BR" -> "pt"), or None for an empty,
    undetermined or malformed one."""
    if not isinstance(code, str) or not CODE.fullmatch(code.strip()):
        return None
    found = re.split(r"[-_]", code.strip().lower())[0]
    return None if found in UNDETERMINED else found
