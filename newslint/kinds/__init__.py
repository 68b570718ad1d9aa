"""The registry of rule kinds: one module each, listed here explicitly."""

from newslint.kinds.base import Field, FieldValueError, Kind
from newslint.kinds.chrome_lines import ChromeLines
from newslint.kinds.consistency import Consistency
from newslint.kinds.duplicate_text import DuplicateText
from newslint.kinds.existence import Existence
from newslint.kinds.foreign_script import ForeignScript
from newslint.kinds.house_names import HouseNames
from newslint.kinds.interface_lines import InterfaceLines
from newslint.kinds.interface_region import InterfaceRegion
from newslint.kinds.metric import Metric
from newslint.kinds.name_variants import NameVariants
from newslint.kinds.occurrence import Occurrence
from newslint.kinds.page_chrome import PageChrome
from newslint.kinds.repetition import Repetition
from newslint.kinds.sourcing_phrases import SourcingPhrases
from newslint.kinds.spelling import Spelling
from newslint.kinds.substitution import Substitution
from newslint.kinds.unattributed_claim import UnattributedClaim
from newslint.kinds.unattributed_quote import UnattributedQuote

KINDS: dict[str, type[Kind]] = {
    kind.name: kind
    for kind in (
        Existence,
        Substitution,
        Consistency,
        Occurrence,
        Repetition,
        Metric,
        Spelling,
        NameVariants,
        HouseNames,
        InterfaceLines,
        InterfaceRegion,
        ForeignScript,
        DuplicateText,
        ChromeLines,
        SourcingPhrases,
        UnattributedQuote,
        UnattributedClaim,
        PageChrome,
    )
}

__all__ = ["KINDS", "Field", "FieldValueError", "Kind"]
