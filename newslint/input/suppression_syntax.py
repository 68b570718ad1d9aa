"""The syntax of newslint's suppression comments, `<!-- newslint-disable ... -->` and its kin.
Readers keep these comments in the prose they extract; `linting.suppression` applies them."""

from newslint.disk_cache import compiled_regex

COMMENT = compiled_regex(
    r"<!--\s*newslint-(?P<action>disable-next-line|disable|enable)\b(?P<rules>[^>]*?)\s*-->"
)
