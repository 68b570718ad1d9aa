"""The registry of rule kinds: one module each, listed here explicitly."""

from newslint.kinds.attribution.learned_sentences import LearnedSentences
from newslint.kinds.attribution.sourcing_phrases import SourcingPhrases
from newslint.kinds.attribution.unattributed_claim import UnattributedClaim
from newslint.kinds.attribution.unattributed_quote import UnattributedQuote
from newslint.kinds.base import Field, FieldValueError, Kind
from newslint.kinds.boilerplate.chrome_lines import ChromeLines
from newslint.kinds.boilerplate.duplicate_text import DuplicateText
from newslint.kinds.boilerplate.foreign_script import ForeignScript
from newslint.kinds.boilerplate.interface_lines import InterfaceLines
from newslint.kinds.boilerplate.interface_region import InterfaceRegion
from newslint.kinds.boilerplate.learned_lines import LearnedLines
from newslint.kinds.boilerplate.page_chrome import PageChrome
from newslint.kinds.boilerplate.recurring_lines import RecurringLines
from newslint.kinds.patterns.brackets import Brackets
from newslint.kinds.patterns.consistency import Consistency
from newslint.kinds.patterns.existence import Existence
from newslint.kinds.patterns.metric import Metric
from newslint.kinds.patterns.occurrence import Occurrence
from newslint.kinds.patterns.repetition import Repetition
from newslint.kinds.patterns.substitution import Substitution
from newslint.kinds.spelling.house_names import HouseNames
from newslint.kinds.spelling.name_variants import NameVariants
from newslint.kinds.spelling.unknown_words import Spelling

KINDS: dict[str, type[Kind]] = {
    kind.name: kind
    for kind in (
        Existence,
        Substitution,
        Consistency,
        Occurrence,
        Repetition,
        Metric,
        Brackets,
        Spelling,
        NameVariants,
        HouseNames,
        InterfaceLines,
        InterfaceRegion,
        ForeignScript,
        DuplicateText,
        ChromeLines,
        LearnedLines,
        SourcingPhrases,
        UnattributedQuote,
        UnattributedClaim,
        LearnedSentences,
        PageChrome,
        RecurringLines,
    )
}

__all__ = ["KINDS", "Field", "FieldValueError", "Kind"]
