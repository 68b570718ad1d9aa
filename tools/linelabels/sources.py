"""The three labelled sources, read in place from the shared corpora, as pages to extract
(boilerplate_train) or as finished documents (zyte, trafilatura_eval).

A document is one extractor's text of one page: `{"source", "page", "site", "extractor",
"lang", "ordered", "lines": [{"text", "label"}]}`. `site` groups pages for cross-validation
(the registered domain when the URL is known); `ordered` is false where the lines' order, and
so their neighbours, is not the page's (trafilatura_eval's snippets).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

BOILERPLATE_FILES = ("cleaneval", "cleanportaleval", "readability")
ZYTE_LABELS = {"UI": "leftover", "CONTENT": "content", "META": "meta"}
# Second-level labels under which a country code's domains are registered (news.bbc.co.uk).
SECOND_LEVEL = {"ac", "co", "com", "edu", "gov", "net", "org"}
_PAGE_URL = re.compile(
    r"""<(?:link[^>]+rel=["']canonical["'][^>]+href|meta[^>]+property=["']og:url["'][^>]+content)"""
    r"""=["'](https?://[^"']+)""",
    re.I,
)
_HTML_LANG = re.compile(r"""<html[^>]*\blang=["']?([A-Za-z]{2,3})""", re.I)
_CASE_NUMBER = re.compile(r"-\d+$")


def site_of(url: str | None) -> str | None:
    """The registered domain of a URL, roughly: the last two labels of the host, three under
    a country code's second level (bbc.co.uk)."""
    if not url or "//" not in url:
        return None
    host = url.split("/")[2].split(":")[0].lower().rstrip(".")
    labels = host.split(".")
    if len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:]) or None


def language(code: str | None) -> str | None:
    """The primary language subtag, lower case (en-US -> en)."""
    return code.split("-")[0].split("_")[0].lower() if code else None


def document(source, page, site, extractor, lang, lines, ordered=True) -> dict:
    return {
        "source": source,
        "page": page,
        "site": site,
        "extractor": extractor,
        "lang": lang,
        "ordered": ordered,
        "lines": [{"text": text, "label": label} for text, label in lines],
    }


def boilerplate_pages(folder: Path) -> Iterator[dict]:
    """Pages with HTML and gold text, in file and record order. Readability's synthetic
    fixtures (lorem ipsum, not web pages) are left out."""
    for name in BOILERPLATE_FILES:
        with gzip.open(folder / f"{name}.jsonl.gz", "rt", encoding="utf-8") as handle:
            for row in map(json.loads, handle):
                if row.get("synthetic"):
                    continue
                html = row["html"]
                found_url = _PAGE_URL.search(html[:200_000])
                url = row.get("url") or (found_url.group(1) if found_url else None)
                case = row["id"].split("/", 1)[1]
                fallback = f"{name}/{_CASE_NUMBER.sub('', case)}" if name == "readability" else None
                html_lang = _HTML_LANG.search(html[:20_000])
                yield {
                    "page": row["id"],
                    "site": site_of(url) or fallback or row["id"],
                    "lang": language(row.get("lang") or (html_lang and html_lang.group(1))),
                    "url": url,
                    "html": html,
                    "gold": row.get("gold_fixed", row["gold"]),
                }


def zyte_documents(folder: Path, counts: dict) -> Iterator[dict]:
    """Every labelled extractor's output for every page, its lines in the extractor's order
    with the hand label of the same stripped line. A line the labels lack (counted as
    `unlabelled`) is `ambiguous`; so are MIXED lines (mostly article, some interface)."""
    gold: dict[str, dict[str, str]] = defaultdict(dict)
    urls = {}
    extractors: set[str] = set()  # those whose every line the labels cover
    with (folder / "ui_gold.jsonl").open(encoding="utf-8") as handle:
        for row in map(json.loads, filter(str.strip, handle)):
            label = ZYTE_LABELS[row["label"]]
            if row["reason"].startswith("MIXED:"):
                label = "ambiguous"
            gold[row["page"]][row["text"].strip()] = label
            urls[row["page"]] = row["url"]
            extractors.update(row["extractors"])
    for extractor in sorted(extractors):
        outputs = json.loads((folder / "output" / f"{extractor}.json").read_text("utf-8"))
        for page in sorted(gold):
            body = (outputs.get(page) or {}).get("articleBody") or ""
            lines = []
            for line in filter(None, map(str.strip, body.splitlines())):
                label = gold[page].get(line)
                counts["unlabelled"] += label is None
                lines.append((line, label or "ambiguous"))
            if lines:
                yield document("zyte", page, site_of(urls[page]) or page, extractor, None, lines)


def trafilatura_eval_documents(path: Path) -> Iterator[dict]:
    """evaldata.json holds no HTML, only each page's "with" (article) and "without"
    (boilerplate) snippets: no extractor can run, and the snippets' order on the page is
    unknown. One document per page, article snippets first, marked `ordered: false`."""
    pages = json.loads(path.read_text("utf-8"))
    for url in sorted(pages):
        entry = pages[url]
        lines = [(" ".join(s.split()), "content") for s in entry.get("with", []) if s.strip()]
        lines += [(" ".join(s.split()), "leftover") for s in entry.get("without", []) if s.strip()]
        if lines:
            site = site_of(url) or url
            yield document("trafilatura_eval", url, site, "snippets", None, lines, ordered=False)
