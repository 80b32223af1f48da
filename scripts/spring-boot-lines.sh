#!/usr/bin/env bash
# Which Spring Boot lines the starter runs on, measured: builds and tests the partner application
# test-fixtures-spring-boot/starter-app (konaplate-spring-boot-starter, @SpringBootTest with
# @AutoConfigureKonaplateSandbox: a card discarded through the embedded sandbox, konaplate.*
# properties bound, the Micrometer listener wired, the health indicator on Boot 4) under each
# Spring Boot VERSION given, against the artifacts scripts/smoke-test.sh installed into its
# temporary repository (~/.m2 is only read). Fails when any line fails; prints one line each.
#
#   scripts/spring-boot-lines.sh VERSION...
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

version=$(sed -n 's:.*<revision>\(.*\)</revision>.*:\1:p' pom.xml | head -n 1)
repo="$root/target/smoke-test/repository"
user_repo="${MAVEN_USER_REPOSITORY:-$HOME/.m2/repository}"
fixture=test-fixtures-spring-boot/starter-app
if [ ! -d "$repo/com/konaplate/konaplate-spring-boot-starter" ]; then
  echo "spring-boot-lines: FAILED: the starter is not installed in $repo (run scripts/smoke-test.sh first)" >&2
  exit 1
fi

results=()
for boot in "$@"; do
  started=$SECONDS
  log="$root/target/smoke-test/starter-app-boot-$boot.log"
  echo "spring-boot-lines: the starter's partner application under Spring Boot $boot"
  if ./mvnw -B -ntp -q -f "$fixture/pom.xml" -Dmaven.repo.local="$repo" \
      -Dmaven.repo.local.tail="$user_repo" -Dkonaplate.version="$version" \
      -Dspring-boot.version="$boot" clean verify >"$log" 2>&1; then
    said=$(grep -ho 'konaplate starter on Spring Boot [^<]*' "$fixture"/target/surefire-reports/*.xml | head -n 1)
    results+=("$(printf '  ok    %-8s %4ss  %s' "$boot" "$((SECONDS - started))" "$said")")
  else
    echo "spring-boot-lines: FAILED under Spring Boot $boot; the end of $log:" >&2
    tail -n 40 "$log" >&2
    results+=("$(printf '  FAIL  %-8s %4ss' "$boot" "$((SECONDS - started))")")
    printf '%s\n' "${results[@]}"
    exit 1
  fi
done
printf '%s\n' "${results[@]}"
echo "spring-boot-lines: OK"
