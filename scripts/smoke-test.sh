#!/usr/bin/env bash
# Smoke test of what partners download: installs the published artifacts into a TEMPORARY local
# repository (target/smoke-test/repository; ~/.m2 is only read, as a fallback for plugins and
# third-party jars, never written), then builds and runs each partner project under
# test-fixtures/ against it. The fixtures import only the BOM, declare SDK artifacts without
# versions, compile for Java 8 and run the README quickstart against the local sandbox.
#
#   scripts/smoke-test.sh [JAVA_HOME ...]
#
# The fixtures are built with the current JDK; the quickstart then also runs on each JAVA_HOME
# given (CI passes JDK 25).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

version=$(sed -n 's:.*<revision>\(.*\)</revision>.*:\1:p' pom.xml | head -n 1)
smoke="$root/target/smoke-test"
repo="$smoke/repository"
user_repo="${MAVEN_USER_REPOSITORY:-$HOME/.m2/repository}"
# Clean first, in its own run: the temporary repository lives under target/.
./mvnw -B -ntp -q clean
mkdir -p "$smoke"
repo_args=(-Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$user_repo")

for jdk in "$@"; do
  if [ ! -x "$jdk/bin/java" ]; then
    echo "smoke-test: FAILED: no java at $jdk/bin/java" >&2
    exit 1
  fi
done

echo "smoke-test: installing $version into $repo"
# Tests and the analysis gate ran in CI already; this step is about what gets installed.
./mvnw -B -ntp -q "${repo_args[@]}" install -Dmaven.test.skip=true -Dmdep.analyze.skip=true

echo "smoke-test: installed (the parent POM and the examples are not published, so absent):"
(cd "$repo" && find com/konaplate -type f \( -name '*.pom' -o -name '*.jar' \) | sort | sed 's/^/  /')
if [ -d "$repo/com/konaplate/konaplate-sdk-parent" ]; then
  echo "smoke-test: FAILED: the parent POM was installed; published POMs must not need it" >&2
  exit 1
fi
if [ -d "$user_repo/com/konaplate" ]; then
  echo "smoke-test: WARNING: $user_repo/com/konaplate exists (someone installed into ~/.m2);" \
       "resolution below is checked to come from $repo" >&2
fi

for fixture in test-fixtures/*/; do
  fixture=${fixture%/}
  name=$(basename "$fixture")
  args=(-B -ntp -f "$fixture/pom.xml" "${repo_args[@]}" -Dkonaplate.version="$version")
  echo "smoke-test: $name: build and run on $(java -version 2>&1 | head -n 1)"
  ./mvnw "${args[@]}" -q clean verify

  # Every com.konaplate artifact must have come from the temporary repository.
  ./mvnw "${args[@]}" -q dependency:list -DincludeGroupIds=com.konaplate \
    -DoutputAbsoluteArtifactFilename=true -DoutputFile="$smoke/$name-dependencies.txt"
  resolved=$(grep -c 'com.konaplate:' "$smoke/$name-dependencies.txt" || true)
  foreign=$(grep 'com.konaplate:' "$smoke/$name-dependencies.txt" | grep -v -- "$repo/" || true)
  if [ "$resolved" -eq 0 ] || [ -n "$foreign" ]; then
    echo "smoke-test: FAILED: $name resolved SDK artifacts from outside $repo:" >&2
    cat "$smoke/$name-dependencies.txt" >&2
    exit 1
  fi
  echo "smoke-test: $name resolved from the temporary repository:"
  grep 'com.konaplate:' "$smoke/$name-dependencies.txt" | sed -E 's/^ *([^ ]+).*/  \1/'

  for jdk in "$@"; do
    echo "smoke-test: $name: run on $("$jdk/bin/java" -version 2>&1 | head -n 1)"
    ./mvnw "${args[@]}" -q exec:exec@run-quickstart -Dfixture.java="$jdk/bin/java"
  done
done
echo "smoke-test: OK"
