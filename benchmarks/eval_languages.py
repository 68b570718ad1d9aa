"""Language awareness on real text: how well the language of a block is told, what the
English rules still report in documents in other languages, and what telling costs.

Measurements (name one or more, or `all`; see benchmarks/README.md):

- detection: share of blocks of 5, 10, 20 and 50 words, and of whole documents, whose
  language is told right, told wrong, or left undecided (an undecided block takes its
  paragraph's or document's language), by language. Texts of known language: BBC articles
  (en), the Zyte pages' true article text whose address has a country domain (.br pt, .it it,
  .ru ru, .kr ko), the Readability test pages' gold text for pages that declare a language.
- english: share of the characters of English corpora (BBC, the Markdown blog) that
  newslint takes to be in another language, with the number of documents per language.
- findings: English `typo` and `entity` findings per 1,000 words in documents in other
  languages, with the rules' `languages` as written and with them removed (every rule on
  every language, as before language awareness): the Zyte pages in Portuguese, Italian and
  Russian (true article text as plain text, and the whole page's visible text from
  `output/html-text.json`), and the Readability pages in cs, es, pt, de, fr, zh, ja (the
  page's HTML through the HTML reader).
- speed: milliseconds (CPU time) per 1,000 words of BBC text for every built-in rule, with language
  detection and without it (the rules' `languages` removed, so nothing asks for it), and
  their ratio.

Only figures are printed; no corpus text is written anywhere. Words are `\\w+` runs with
inner apostrophes and hyphens, each Han or kana character counted as a word.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newslint.config.language_codes import primary  # noqa: E402
from newslint.config.settings import Config  # noqa: E402
from newslint.document.language import Evidence  # noqa: E402
from newslint.document.model import Document  # noqa: E402
from newslint.input.formats import reader_for  # noqa: E402
from newslint.linting.lint import lint_document  # noqa: E402
from newslint.ruleset.selection import rules_for  # noqa: E402

SHARED = REPO.parent / "shared" / "corpora"
MEASUREMENTS = ("detection", "english", "findings", "speed")
BLOCK_WORDS = (5, 10, 20, 50)
COUNTRY_LANGUAGE = {"br": "pt", "it": "it", "ru": "ru", "kr": "ko"}
FINDING_LANGUAGES = {
    "zyte": ("pt", "it", "ru"),
    "readability": ("cs", "es", "pt", "de", "fr", "zh", "ja"),
}
ENGLISH_CATEGORIES = ("typo", "entity")
WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]|\w+(?:['’-]\w+)*")


def words(text: str) -> int:
    return len(WORD.findall(text))


def read_bbc(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.glob("*/*.txt")):
        data = path.read_bytes()
        try:
            texts.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(data.decode("cp1252"))
    return texts


def zyte_pages(folder: Path, source: str) -> list[tuple[str, str]]:
    """(language, text) of the Zyte pages with a country domain: `source` "truth" for the
    true article text, else an extractor's output file name."""
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    texts = truth
    if source != "truth":
        texts = json.loads((folder / "output" / f"{source}.json").read_text("utf-8"))
    pages = []
    for page, item in sorted(truth.items()):
        host = re.sub(r"^\w+://([^/]+).*", r"\1", item.get("url", ""))
        language = COUNTRY_LANGUAGE.get(host.rsplit(".", 1)[-1])
        text = (texts.get(page) or {}).get("articleBody")
        if language and isinstance(text, str):
            pages.append((language, text))
    return pages


def readability_pages(path: Path) -> list[dict]:
    """The Readability test pages that declare a language, with it as a primary subtag
    (not the synthetic fixtures: their text is lorem ipsum whatever they declare)."""
    pages = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            language = primary(record.get("lang"))
            synthetic = str(record.get("synthetic")) == "True"
            if language and record.get("dataset") == "readability" and not synthetic:
                pages.append({**record, "lang": language})
    return pages


# -- detection ----------------------------------------------------------------------------


def blocks(text: str, size: int):
    """Runs of `size` words from the text's paragraphs (lines), one after another."""
    for paragraph in text.split("\n"):
        tokens = paragraph.split()
        for start in range(0, len(tokens) - size + 1, size):
            yield " ".join(tokens[start : start + size])


def detection(labelled: list[tuple[str, str]]) -> None:
    print("== detection: right / wrong / undecided, share of blocks; as en: taken for English ==")
    tally: dict = defaultdict(Counter)
    for language, text in labelled:
        for size in (*BLOCK_WORDS, "document"):
            pieces = [text] if size == "document" else blocks(text, size)
            for piece in pieces:
                told = Evidence.of(piece).language()
                outcome = "undecided" if told is None else "right" if told == language else "wrong"
                tally[(language, size)][outcome] += 1
                tally[(language, size)]["as en"] += told == "en" != language
    print(
        f"{'language':8} {'words':>8} {'blocks':>7} {'right':>6} {'wrong':>6} {'undecided':>9} "
        f"{'as en':>6}"
    )
    for (language, size), counts in sorted(
        tally.items(), key=lambda item: (item[0][0], str(item[0][1]).zfill(8))
    ):
        total = counts["right"] + counts["wrong"] + counts["undecided"]
        if not total:
            continue
        print(
            f"{language:8} {size!s:>8} {total:7} {counts['right'] / total:6.3f} "
            f"{counts['wrong'] / total:6.3f} {counts['undecided'] / total:9.3f} "
            f"{counts['as en'] / total:6.3f}"
        )


# -- English corpora ------------------------------------------------------------------------


def english(corpora: dict[str, list[tuple[str, str]]]) -> None:
    print("== english: text of English corpora taken for another language ==")
    for name, items in corpora.items():
        characters: Counter = Counter()
        documents: Counter = Counter()
        for path, text in items:
            doc = Document(text, path, reader_for(path))
            documents[doc.language] += 1
            for run in doc.languages.runs:
                characters[run.language] += run.end - run.start
        total = sum(characters.values())
        other = total - characters["en"]
        print(
            f"{name}: {len(items)} documents {dict(documents.most_common())}; "
            f"characters not English: {other} of {total} ({other / max(total, 1):.5f}) "
            f"{dict((k, v) for k, v in characters.most_common() if k != 'en')}"
        )


# -- findings -------------------------------------------------------------------------------


def rule_set(path: str, languages: bool):
    rules = rules_for(Config(), path)
    return rules if languages else [replace(r, languages=(), fix_languages=()) for r in rules]


def english_findings(doc: Document, rules) -> int:
    found = lint_document(doc, rules).findings
    return sum(f.category in ENGLISH_CATEGORIES for f in found)


def findings(sets: dict[str, list[tuple[str, str]]]) -> None:
    print("== findings: English typo and entity findings per 1,000 words in other languages ==")
    print(
        f"{'texts':28} {'docs':>5} {'words':>8} {'now':>6} {'per1000':>8} "
        f"{'before':>7} {'per1000':>8}"
    )
    for name, items in sets.items():
        counts = {True: 0, False: 0}
        total_words = 0
        for path, text in items:
            doc = Document(text, path, reader_for(path))
            total_words += words(doc.text)
            for with_languages in (True, False):
                counts[with_languages] += english_findings(doc, rule_set(path, with_languages))
        per = {key: 1000 * n / max(total_words, 1) for key, n in counts.items()}
        print(
            f"{name:28} {len(items):5} {total_words:8} {counts[True]:6} {per[True]:8.3f} "
            f"{counts[False]:7} {per[False]:8.3f}"
        )


# -- speed ----------------------------------------------------------------------------------


def speed(texts: list[str], repeats: int) -> None:
    print("== speed: every built-in rule over BBC text, ms per 1,000 words ==")
    total_words = sum(words(t) for t in texts)
    timings = {}
    # Alternated, CPU time of this process, fastest pass: other work on a shared machine
    # hits both alike.
    for with_languages in (False, True) * 3:
        rules = rule_set("x.txt", with_languages)
        lint_document(Document(texts[0]), rules)  # compiled before timing
        best = None
        for _ in range(repeats):
            start = time.process_time()
            for text in texts:
                doc = Document(text)
                lint_document(doc, rules)
                if with_languages:
                    _ = doc.language  # what the JSON summary asks for
            elapsed = time.process_time() - start
            best = elapsed if best is None else min(best, elapsed)
        timings[with_languages] = min(timings.get(with_languages, best), best)
    per = {key: 1000 * 1000 * t / total_words for key, t in timings.items()}
    print(
        f"{len(texts)} articles, {total_words} words: without detection {per[False]:.2f} ms, "
        f"with {per[True]:.2f} ms per 1,000 words; ratio {per[True] / per[False]:.3f}"
    )
    detect = time.process_time()
    for text in texts:
        _ = Document(text).languages
    detect = time.process_time() - detect
    print(f"detection alone (paragraphs and lines included): {1e6 * detect / total_words:.2f} ms")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("measurements", nargs="+", choices=(*MEASUREMENTS, "all"))
    parser.add_argument("--bbc", type=Path, default=SHARED / "bbc")
    parser.add_argument("--blog", type=Path, default=SHARED / "markdown_blog" / "content")
    parser.add_argument("--zyte", type=Path, default=SHARED / "zyte")
    parser.add_argument(
        "--readability",
        type=Path,
        default=SHARED / "boilerplate_train" / "readability.jsonl.gz",
    )
    parser.add_argument("--speed-articles", type=int, default=300, help="BBC articles timed")
    parser.add_argument("--repeats", type=int, default=2, help="timed passes (best counts)")
    args = parser.parse_args(argv)
    wanted = MEASUREMENTS if "all" in args.measurements else args.measurements
    print("command: python benchmarks/eval_languages.py " + " ".join(argv or sys.argv[1:]))
    bbc = read_bbc(args.bbc)
    readability = readability_pages(args.readability)
    if "detection" in wanted:
        labelled = [("en", t) for t in bbc]
        labelled += zyte_pages(args.zyte, "truth")
        labelled += [(page["lang"], page["gold"]) for page in readability]
        detection(labelled)
    if "english" in wanted:
        blog = sorted(args.blog.rglob("*.md"))
        english(
            {
                "bbc": [(f"{i}.txt", t) for i, t in enumerate(bbc)],
                "markdown_blog": [(str(p), p.read_text("utf-8", "replace")) for p in blog],
            }
        )
    if "findings" in wanted:
        chosen = FINDING_LANGUAGES
        sets = {}
        for source in ("truth", "html-text"):
            pages = zyte_pages(args.zyte, source)
            for language in chosen["zyte"]:
                sets[f"zyte {source} {language}"] = [
                    (f"{language}.txt", text) for lang, text in pages if lang == language
                ]
        pages = [p for p in readability if p["lang"] in chosen["readability"]]
        sets[f"readability html {'/'.join(chosen['readability'])}"] = [
            (f"{p['lang']}.html", p["html"]) for p in pages
        ]
        for language in chosen["readability"]:
            sets[f"  of which {language}"] = [
                (f"{p['lang']}.html", p["html"]) for p in pages if p["lang"] == language
            ]
        findings(sets)
    if "speed" in wanted:
        step = max(1, len(bbc) // max(1, args.speed_articles))
        speed(bbc[::step][: args.speed_articles], args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
