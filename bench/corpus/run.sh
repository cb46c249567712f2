#!/bin/sh
# Runs lambda-lint on the real-world corpus and scores it against labels.tsv; see README.md here.
# Options (all optional): --mirrors DIR --work DIR --m2 DIR --checkout DIR --skip-install --only owner/name,... --rescore
exec python3 "$(dirname "$0")/corpus.py" "$@"
