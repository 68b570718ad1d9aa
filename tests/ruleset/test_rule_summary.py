"""A rule's summary (`newslint rules`): its description's first sentence, never cut inside a
quotation, brackets or an ellipsis."""

from __future__ import annotations

import pytest
from helpers import make_rule


@pytest.mark.parametrize(
    "description, summary",
    [
        ("Slips happen. Fix them.", "Slips happen."),
        (
            'Two spellings ("Jon Smyth" ... "John Smith") confuse readers. Pick one.',
            'Two spellings ("Jon Smyth" ... "John Smith") confuse readers.',
        ),
        (
            "A claim with no source nearby (“…, police said. The men left…”) is a risk. More.",
            "A claim with no source nearby (“…, police said. The men left…”) is a risk.",
        ),
        (
            'A straight mark (") closed by a curly one (”) looks careless. Use one style.',
            'A straight mark (") closed by a curly one (”) looks careless.',
        ),
    ],
)
def test_the_summary_is_the_first_sentence_outside_quotations(tmp_path, description, summary):
    assert make_rule(tmp_path, "existence", "tokens: [x]", description=description).summary() == (
        summary
    )
