"""The long articles extraction is timed on: as long as asked, the same every time, and no copy verbatim."""

from __future__ import annotations

import re

from bench.articles import article, labelled_texts, variant


def test_an_article_is_at_least_as_long_as_asked_and_always_the_same() -> None:
    text = article(30_000)
    assert len(text) >= 30_000
    assert text == article(30_000)


def test_copies_differ_in_names_and_figures_but_keep_the_words_between() -> None:
    source = labelled_texts()[0]
    copies = [variant(source, number) for number in range(4)]
    assert copies[0] == source
    assert len(set(copies)) == 4
    words = [re.findall(r"\b[a-z]+\b", copy) for copy in copies]
    assert all(found == words[0] for found in words)  # lower-case words are kept: the same sentences, other names
    assert all(re.findall(r"\d+", copy) != re.findall(r"\d+", source) for copy in copies[1:])


def test_a_long_article_is_no_text_repeated_verbatim() -> None:
    paragraphs = [p for p in article(100_000).split("\n\n") if p.strip()]
    assert len(set(paragraphs)) > 0.9 * len(paragraphs)
