"""house-names: a publication's own spelling of names, across all its articles
(`names: {Gaddafi: [Qaddafi, Gadhafi, Kadafi]}`): every variant is reported with the house
form as suggestion and fix. Matching ignores case unless `ignorecase: false`; possessives and
hyphenated compounds match too ("Qaddafi's", "Qaddafi-era")."""

from __future__ import annotations

from newslint.kinds.base import Field, FieldValueError, Kind
from newslint.kinds.patterns.substitution import Substitution


class HouseNames(Kind):
    """Reports every variant of a name the publication spells its own way, with the house
    form as suggestion and fix; possessives and hyphenated compounds match too."""

    name = "house-names"
    fields = {
        "names": Field(
            "str-list-map",
            required=True,
            doc="House form -> its variants (`{Gaddafi: [Qaddafi, Gadhafi]}`).",
        ),
        "ignorecase": Field("bool", True, doc="Match the variants regardless of case."),
    }
    vale_args = ("suggestion", "match")

    def __init__(self, options):
        swap = {}
        for house, variants in options["names"].items():
            for variant in variants:
                if variant.casefold() == house.casefold():
                    raise FieldValueError(
                        "names", f"{variant!r} is the house form {house!r} itself"
                    )
                swap[variant] = house
        if not swap:
            raise FieldValueError("names", "give at least one name with variants")
        self.substitution = Substitution.build(swap=swap, ignorecase=options["ignorecase"])

    def check(self, rule, doc, units):
        return self.substitution.check(rule, doc, units)
