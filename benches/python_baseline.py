"""What a user would otherwise write: language, sentences, dates and numbers over an archive.

lingua-language-detector (language, restricted to the same seven languages as factlint),
pysbd (sentences), dateparser's search_dates (dates) and a number regex, over every .txt file
of ARCHIVE, one process. Prints one line: files, bytes, seconds, MB/s, and counts found.
Run by benches/bench.sh, which installs the packages from PyPI; not run in CI.

usage: python3 benches/python_baseline.py ARCHIVE [MAX_FILES]
"""

import os
import re
import sys
import time

from dateparser.search import search_dates
from lingua import Language, LanguageDetectorBuilder
import pysbd

NUMBER = re.compile(r"\d+(?:[ .,]\d{3})*(?:[.,]\d+)?")


def main():
    archive = sys.argv[1]
    max_files = int(sys.argv[2]) if len(sys.argv) > 2 else None
    detector = LanguageDetectorBuilder.from_languages(
        Language.POLISH, Language.ENGLISH, Language.CZECH, Language.SLOVAK,
        Language.GERMAN, Language.UKRAINIAN, Language.RUSSIAN,
    ).build()
    segmenters = {"pl": pysbd.Segmenter(language="pl", clean=False),
                  "en": pysbd.Segmenter(language="en", clean=False)}
    paths = sorted(
        os.path.join(root, f)
        for root, _, files in os.walk(archive)
        for f in files
        if f.endswith(".txt")
    )
    if max_files:
        paths = paths[:max_files]
    start = time.perf_counter()
    nbytes = sentences = numbers = dates = 0
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        nbytes += len(text.encode("utf-8"))
        lang = detector.detect_language_of(text)
        code = "pl" if lang == Language.POLISH else "en"
        for sentence in segmenters[code].segment(text):
            sentences += 1
            numbers += len(NUMBER.findall(sentence))
            found = search_dates(sentence, languages=[code])
            dates += len(found or [])
    seconds = time.perf_counter() - start
    print(f"files={len(paths)} bytes={nbytes} seconds={seconds:.3f} "
          f"mb_per_s={nbytes / 1e6 / seconds:.4f} sentences={sentences} "
          f"numbers={numbers} dates={dates}")


if __name__ == "__main__":
    main()
