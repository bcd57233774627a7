#!/bin/sh
# factlint's benchmark: builds, installs ripgrep (Debian) and the Python baseline's packages
# (PyPI) when missing, then runs benches/bench.py, which writes BENCHMARKS.md.
#   benches/bench.sh                      # 10 MB, 100 MB and 1 GB archives
#   benches/bench.sh --sizes 10MB,100MB   # fewer sizes
# Archives are generated once into target/bench/ (about 1.2 GB of disk for all three).
set -e
cd "$(dirname "$0")/.."
cargo build --release --bin factlint --example generate
command -v rg >/dev/null || { apt-get update -q && apt-get install -y -q ripgrep; }
python3 -c "import lingua, pysbd, dateparser" 2>/dev/null ||
    python3 -m pip install -q lingua-language-detector pysbd dateparser
exec python3 benches/bench.py "$@"
