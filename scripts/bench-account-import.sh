#!/usr/bin/env bash
# Benchmark of importing an AWS account (issue 20): moto's emulated account with 1,000 targets and 200 listener rules,
# imported three times; prints a Markdown table of the time in AWS API calls versus in Archway, and the time to compare
# the design with the account read again (drift). Needs moto_server (pip install 'moto[server]'). Run from the
# repository root; the figures go in docs/aws-account.md.
set -euo pipefail
mvn -B -q -o -pl account -am test -Darchway.bench=true -Dtest=AccountImportBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false 2>&1 | grep -E '^\||^IP targets|ERROR|FAIL'
