#!/usr/bin/env bash
# Smoke test of what partners download: installs the published artifacts into a TEMPORARY local
# repository (target/smoke-test/repository; ~/.m2 is only read, as a fallback for plugins and
# third-party jars, never written), then builds and runs each partner project under
# test-fixtures/ against it. The fixtures import only the BOM, declare SDK artifacts without
# versions, compile for Java 8 and run the README quickstart against the local sandbox.
#
#   scripts/smoke-test.sh [--no-install] [--spring-boot VERSION]... [--no-plain]
#                         [--refused-under-spring-boot VERSION] [JAVA_HOME ...]
#
# Each fixture is built and run with the current JDK, then the quickstart also runs on each
# JAVA_HOME given (CI: Java 8 and 11 from scripts/debian-jres.sh, and JDK 25). That is done as
# a partner without Spring Boot (unless --no-plain) and, for each --spring-boot VERSION, as a
# partner that imports spring-boot-dependencies VERSION before the SDK BOM (the fixtures'
# spring-boot profile), so Boot's OkHttp, Gson and Kotlin versions are the ones that run. A
# Boot line runs only on the Java versions it supports (2.x: 8 and newer; 3.x, 4.x: 17 and
# newer). --refused-under-spring-boot VERSION (a Boot line that manages OkHttp 3) checks that
# KonaplateClient.Builder.build() refuses it, naming the library and both versions.
# Each fixture's resolved OkHttp, Okio, Gson and Kotlin stdlib are checked: one version per
# family, and without Spring Boot exactly the versions the SDK's own tests ran on (pom.xml).
# --no-install reuses the repository a previous run installed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

install=true
plain=true
boot_versions=()
refused_boot=""
while [ $# -gt 0 ]; do
  case $1 in
    --no-install) install=false; shift ;;
    --no-plain) plain=false; shift ;;
    --spring-boot) boot_versions+=("$2"); shift 2 ;;
    --refused-under-spring-boot) refused_boot=$2; shift 2 ;;
    --*) echo "smoke-test: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done

version=$(sed -n 's:.*<revision>\(.*\)</revision>.*:\1:p' pom.xml | head -n 1)
smoke="$root/target/smoke-test"
repo="$smoke/repository"
user_repo="${MAVEN_USER_REPOSITORY:-$HOME/.m2/repository}"
repo_args=(-Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$user_repo")

for jdk in "$@"; do
  if [ ! -x "$jdk/bin/java" ]; then
    echo "smoke-test: FAILED: no java at $jdk/bin/java" >&2
    exit 1
  fi
done

# The feature release of a java: 8 for "1.8.0_504", 11 for "11.0.33-ea", 25 for "25.0.1".
java_major() {
  local v
  v=$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  case $v in
    1.*) v=${v#1.} ;;
  esac
  echo "${v%%[!0-9]*}"
}
# A property of the SDK's root POM: the versions our own build and tests use.
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -n 1; }
# Checks a fixture's resolved dependencies (dependency:list output): one version of the Kotlin
# stdlib family and one of Okio (never a mix, never Okio 2's `okio` beside Okio 3's `okio-jvm`);
# without a dependency manager (PLAIN=true), exactly the versions the SDK's tests ran on.
# kotlin-stdlib-common holds no classes (Kotlin metadata only) and Kotlin 2's BOM manages it as a
# POM only, so under Spring Boot 4 it stays at ours: it is left out of the one-version rule.
check_versions() { # LIST LABEL PLAIN
  local coords problems="" family versions expected artifact
  coords=$(sed -E 's/^ *//; s/:\/.*//; s/ .*//' "$1" | grep -E '^[^:]+:[^:]+:[^:]+:[^:]+')
  for family in org.jetbrains.kotlin:kotlin-stdlib com.squareup.okio:okio; do
    versions=$(awk -F: -v g="${family%%:*}" -v a="${family#*:}" \
      '$1 == g && index($2, a) == 1 && $2 != "kotlin-stdlib-common" { print $4 }' <<<"$coords" \
      | sort -u)
    if [ "$(grep -c . <<<"$versions")" -gt 1 ]; then
      problems+="  ${family}* in more than one version: $(echo $versions)"$'\n'
    fi
  done
  if [ "$3" = true ]; then
    for expected in "org.jetbrains.kotlin:kotlin-stdlib:$(pom_property kotlin.version)" \
        "org.jetbrains.kotlin:kotlin-stdlib-common:$(pom_property kotlin.version)" \
        "org.jetbrains.kotlin:kotlin-stdlib-jdk7:$(pom_property kotlin.version)" \
        "org.jetbrains.kotlin:kotlin-stdlib-jdk8:$(pom_property kotlin.version)" \
        "com.squareup.okio:okio-jvm:$(pom_property okio.version)" \
        "com.squareup.okhttp3:okhttp:$(pom_property okhttp.version)" \
        "com.google.code.gson:gson:$(pom_property gson.version)"; do
      artifact=${expected%:*}
      versions=$(awk -F: -v g="${artifact%%:*}" -v a="${artifact#*:}" \
        '$1 == g && $2 == a { print $4 }' <<<"$coords")
      if [ "$versions" != "${expected##*:}" ]; then
        problems+="  $artifact: ${versions:-absent}, but the SDK's tests ran on ${expected##*:}"$'\n'
      fi
    done
  fi
  if [ -n "$problems" ]; then
    echo "smoke-test: FAILED: $2 resolved library versions that do not fit together:" >&2
    printf '%s' "$problems" >&2
    exit 1
  fi
}
# The oldest Java a Spring Boot line runs on.
boot_java() {
  case $1 in
    1.* | 2.*) echo 8 ;;
    *) echo 17 ;;
  esac
}

if $install; then
  # Clean first, in its own run: the temporary repository lives under target/.
  ./mvnw -B -ntp -q clean
  mkdir -p "$smoke"
  echo "smoke-test: installing $version into $repo"
  # Tests and the analysis gate ran in CI already; this step is about what gets installed.
  ./mvnw -B -ntp -q "${repo_args[@]}" install -Dmaven.test.skip=true -Dmdep.analyze.skip=true

  echo "smoke-test: installed (the parent POM and the examples are not published, so absent):"
  (cd "$repo" && find com/konaplate -type f \( -name '*.pom' -o -name '*.jar' \) | sort | sed 's/^/  /')
  if [ -d "$repo/com/konaplate/konaplate-sdk-parent" ]; then
    echo "smoke-test: FAILED: the parent POM was installed; published POMs must not need it" >&2
    exit 1
  fi
elif [ ! -d "$repo/com/konaplate/konaplate-sdk-core" ]; then
  echo "smoke-test: FAILED: --no-install, but nothing is installed in $repo" >&2
  exit 1
fi
if [ -d "$user_repo/com/konaplate" ]; then
  echo "smoke-test: WARNING: $user_repo/com/konaplate exists (someone installed into ~/.m2);" \
       "resolution below is checked to come from $repo" >&2
fi

default_java_major=$(java_major java)
platforms=()
$plain && platforms+=("")
platforms+=("${boot_versions[@]}")

for fixture in test-fixtures/*/; do
  fixture=${fixture%/}
  name=$(basename "$fixture")
  for boot in "${platforms[@]}"; do
    started=$SECONDS
    args=(-B -ntp -f "$fixture/pom.xml" "${repo_args[@]}" -Dkonaplate.version="$version")
    label=$name
    if [ -n "$boot" ]; then
      args+=(-Dspring-boot.version="$boot")
      label="$name under Spring Boot $boot"
      if [ "$default_java_major" -lt "$(boot_java "$boot")" ]; then
        echo "smoke-test: FAILED: Spring Boot $boot needs Java $(boot_java "$boot"); this JDK is $default_java_major" >&2
        exit 1
      fi
    fi
    echo "smoke-test: $label: build and run on $(java -version 2>&1 | head -n 1)"
    # One Maven run: build and run, then list what resolved. Every com.konaplate artifact must
    # have come from the temporary repository; the versions of the libraries a dependency
    # manager may change are printed.
    list="$smoke/$name${boot:+-boot-$boot}-dependencies.txt"
    ./mvnw "${args[@]}" -q clean verify dependency:list \
      -DincludeGroupIds=com.konaplate,com.squareup.okhttp3,com.squareup.okio,com.google.code.gson,org.jetbrains.kotlin \
      -DoutputAbsoluteArtifactFilename=true -DoutputFile="$list"
    resolved=$(grep -c 'com.konaplate:' "$list" || true)
    foreign=$(grep 'com.konaplate:' "$list" | grep -v -- "$repo/" || true)
    if [ "$resolved" -eq 0 ] || [ -n "$foreign" ]; then
      echo "smoke-test: FAILED: $label resolved SDK artifacts from outside $repo:" >&2
      cat "$list" >&2
      exit 1
    fi
    check_versions "$list" "$label" "$([ -z "$boot" ] && echo true || echo false)"
    echo "smoke-test: $label resolved (SDK artifacts from the temporary repository):"
    grep -E 'com\.konaplate:|okhttp3:okhttp:|okio:okio(-jvm)?:|gson:gson:|kotlin:kotlin-stdlib:' "$list" \
      | sed -E 's/^ *//; s/:\/.*//; s/ .*//; s/^/  /' | sort

    for jdk in "$@"; do
      major=$(java_major "$jdk/bin/java")
      if [ -n "$boot" ] && [ "$major" -lt "$(boot_java "$boot")" ]; then
        echo "smoke-test: $label: not on Java $major (Spring Boot $boot needs Java $(boot_java "$boot"))"
        continue
      fi
      echo "smoke-test: $label: run on $("$jdk/bin/java" -version 2>&1 | head -n 1)"
      ./mvnw "${args[@]}" -q exec:exec@run-quickstart -Dfixture.java="$jdk/bin/java"
    done
    echo "smoke-test: $label: OK ($((SECONDS - started))s)"
  done
done

if [ -n "$refused_boot" ]; then
  # A Boot line that manages OkHttp 3: build() must refuse it, naming the library and versions,
  # before any request (the sandbox must have seen none: the quickstart never gets that far).
  started=$SECONDS
  fixture=test-fixtures/quickstart-core
  args=(-B -ntp -f "$fixture/pom.xml" "${repo_args[@]}" -Dkonaplate.version="$version"
        -Dspring-boot.version="$refused_boot")
  echo "smoke-test: quickstart-core under Spring Boot $refused_boot: build() must refuse its OkHttp"
  ./mvnw "${args[@]}" -q dependency:list -DincludeArtifactIds=okhttp -DoutputFile="$smoke/refused-okhttp.txt"
  okhttp=$(sed -n 's/.*com.squareup.okhttp3:okhttp:jar:\([^:]*\):.*/\1/p' "$smoke/refused-okhttp.txt" | head -n 1)
  if output=$(./mvnw "${args[@]}" -q clean verify 2>&1); then
    echo "smoke-test: FAILED: the quickstart ran under Spring Boot $refused_boot (OkHttp $okhttp)" >&2
    exit 1
  fi
  expected="IllegalStateException: The KONA PLATE SDK $version cannot run with the libraries on this class path: OkHttp $okhttp found, 4.9.3 or newer needed"
  if ! grep -qF -- "$expected" <<<"$output"; then
    echo "smoke-test: FAILED: expected build() to refuse with: $expected" >&2
    echo "$output" | tail -n 40 >&2
    exit 1
  fi
  echo "smoke-test: refused as expected ($((SECONDS - started))s):"
  grep -F -- "IllegalStateException" <<<"$output" | head -n 1 | sed 's/^/  /'
fi
echo "smoke-test: OK"
