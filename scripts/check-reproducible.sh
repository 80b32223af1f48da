#!/usr/bin/env bash
# Reproducible-build check: builds the project twice, the second time from a copy of the
# working tree at another path, and compares what would be published byte for byte: every jar
# (classes, sources, Javadoc) and every flattened POM of every module. Any difference fails, with
# the differing entries listed. Relies on project.build.outputTimestamp in pom.xml.
#
#   scripts/check-reproducible.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/konaplate-reproducible.XXXXXX")
trap 'rm -rf "$work"' EXIT

# No plugin in the build plan (release profile included) is known to break reproducibility.
./mvnw -B -ntp -q -Prelease artifact:check-buildplan

modules=$(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' pom.xml)

# The files to compare, with their SHA-256, relative to a tree.
collect() {
  local tree=$1 out=$2
  (
    cd "$tree"
    for m in $modules; do
      ls "$m"/target/*.jar "$m"/.flattened-pom.xml 2>/dev/null || true
    done | sort | xargs sha256sum
  ) > "$out"
}

build() {
  (cd "$1" && ./mvnw -B -ntp -q clean package -Dmaven.test.skip=true)
}

echo "check-reproducible: build 1 in $root"
build "$root"
collect "$root" "$work/first.sha256"

echo "check-reproducible: build 2 in a copy at $work/copy"
mkdir "$work/copy"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$work/copy"
build "$work/copy"
collect "$work/copy" "$work/second.sha256"

count=$(wc -l < "$work/first.sha256")
if [ "$count" -eq 0 ]; then
  echo "check-reproducible: FAILED: the build produced nothing to compare" >&2
  exit 1
fi
if ! diff -u "$work/first.sha256" "$work/second.sha256" > "$work/diff.txt"; then
  echo "check-reproducible: FAILED: the two builds differ:" >&2
  cat "$work/diff.txt" >&2
  while read -r _ file; do
    if [ -f "$work/copy/$file" ] && ! cmp -s "$root/$file" "$work/copy/$file"; then
      echo "--- entries that differ in $file:" >&2
      case "$file" in
        *.jar) diff <(unzip -v "$root/$file" | awk 'NR>3 {print $7, $8}') \
                    <(unzip -v "$work/copy/$file" | awk 'NR>3 {print $7, $8}') >&2 || true ;;
        *) diff "$root/$file" "$work/copy/$file" >&2 || true ;;
      esac
    fi
  done < "$work/first.sha256"
  exit 1
fi
echo "check-reproducible: OK: $count files identical across two builds:"
sed 's/^[0-9a-f]*  /  /' "$work/first.sha256"
