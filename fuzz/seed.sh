#!/bin/sh
# Seeds the fuzz corpora from the project's own texts: corpus/ and tests/archive/.
# Each `facts` seed is prefixed with the byte that selects its format (0 text, 1 Markdown,
# 2 HTML, 3 DOCX); each `compare` seed is a Polish text, a NUL byte and its English version.
set -e
cd "$(dirname "$0")"
mkdir -p corpus/facts corpus/compare
for f in ../corpus/*.txt ../tests/archive/*; do
    case "$f" in
        *.md) b='\001' ;; *.html) b='\002' ;; *.docx) b='\003' ;; *) b='\000' ;;
    esac
    { printf "$b"; cat "$f"; } > "corpus/facts/$(basename "$f")"
done
for pl in ../corpus/*.pl.txt; do
    en="${pl%.pl.txt}.en.txt"
    [ -f "$en" ] && { cat "$pl"; printf '\000'; cat "$en"; } > "corpus/compare/$(basename "$pl")"
done
echo "seeded: $(ls corpus/facts | wc -l) facts, $(ls corpus/compare | wc -l) compare"
