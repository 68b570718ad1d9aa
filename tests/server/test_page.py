"""The checking page in a real headless browser: Debian's chromium driven by playwright (never
`playwright install`, which downloads a browser). Skipped, saying why, where either is
missing."""

from __future__ import annotations

import shutil

import pytest
from conftest import EXAMPLE

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')"
)
BROWSER = next(filter(None, map(shutil.which, ("chromium", "chromium-browser"))), None)
if BROWSER is None:
    pytest.skip(
        "no chromium on PATH for the page tests (Debian: apt-get install -y chromium)",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=BROWSER, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1360, "height": 860})
    opened = context.new_page()
    opened.goto(server.url + "/")
    yield opened
    context.close()


def check(page, text: str, filename: str = "sample-article.txt"):
    page.fill("#filename", filename)
    page.get_by_test_id("article-input").fill(text)
    page.get_by_test_id("check").click()
    page.wait_for_selector("[data-testid=status] strong")


def highlighted(page) -> list[tuple[str, str]]:
    return [
        (mark.get_attribute("data-rule"), mark.inner_text())
        for mark in page.query_selector_all("[data-testid=finding]")
    ]


def test_the_page_shows_the_apis_findings_in_place(page, server, tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    _, report = server.post("/api/check", {"text": text, "filename": "sample-article.txt"})
    check(page, text)
    assert highlighted(page) == [(f["rule"], f["match"]) for f in report["findings"]]
    groups = page.query_selector_all(".group")
    assert [group.get_attribute("data-category") for group in groups] == [
        "typo",
        "entity",
        "style",
        "boilerplate",
    ]
    page.click("[data-rule='typo.misspelling']")
    detail = page.get_by_test_id("detail")
    assert detail.get_by_test_id("detail-message").inner_text() == (
        "'goverment' is a misspelling of 'government'"
    )
    assert detail.get_by_test_id("detail-why").inner_text().startswith("Words that are misspelt")
    assert detail.get_by_test_id("suggestion").inner_text() == "government"
    page.screenshot(path=str(tmp_path / "page.png"))

    page.keyboard.press("j")  # the next finding: the name variant
    assert page.get_attribute("mark.selected", "data-rule") == "entity.variant"
    page.keyboard.press("k")
    assert page.get_attribute("mark.selected", "data-rule") == "typo.misspelling"


def test_fixes_and_leftovers_are_applied_and_rechecked(page):
    check(page, EXAMPLE.read_text(encoding="utf-8"))
    page.get_by_test_id("fix-all").click()
    page.wait_for_function("!document.querySelector(\"[data-rule='style.doubled-word']\")")
    rules = [rule for rule, _ in highlighted(page)]
    assert {"style.doubled-word", "style.usage", "typo.misspelling"}.isdisjoint(rules)
    assert rules.count("boilerplate.interface") == 2
    page.get_by_test_id("remove-leftovers").click()
    page.wait_for_function("!document.querySelector(\"[data-rule='boilerplate.interface']\")")
    page.get_by_test_id("edit").click()
    edited = page.get_by_test_id("article-input").input_value()
    assert "could have objected" in edited and "Share this article" not in edited


def test_one_fix_from_the_details_after_astral_characters(page):
    check(page, "The 🗳️ council 😀 met. It could of been worse.\n", "a.txt")
    assert highlighted(page) == [("style.usage", "could of")]  # UTF-16 offsets in the page
    page.click("[data-rule='style.usage']")
    page.get_by_test_id("suggestion").click()
    page.wait_for_function("!document.querySelector(\"[data-rule='style.usage']\")")
    shown = page.get_by_test_id("article-view").inner_text()
    assert shown.startswith("The 🗳️ council 😀 met. It could have been worse.")


def test_an_opened_file_is_checked_under_its_name(page, tmp_path):
    opened = tmp_path / "story.md"
    opened.write_text("# Vote\n\nThe goverment met on Tuesday.\n", encoding="utf-8")
    page.set_input_files("#open", str(opened))
    page.wait_for_selector("[data-testid=finding]")
    assert page.input_value("#filename") == "story.md"
    assert highlighted(page) == [("typo.misspelling", "goverment")]
