#!/usr/bin/env bash
# Release dry run: runs the release profile exactly as a maintainer would (RELEASING.md), but with
# a throwaway GPG key in a temporary GNUPGHOME and with the upload switched off, so the bundle for
# the Central Portal is built locally and nothing leaves the machine. Then checks the bundle as
# the Portal would: every file signed (.asc, verified) with .md5 and .sha1, sources and Javadoc
# for every jar, complete POMs without ${...}, Java 8 class files, Automatic-Module-Name.
#
#   scripts/release-dry-run.sh [version]    default: the current version without -SNAPSHOT
#
# Needs gpg (GnuPG 2.1+); installs nothing itself. Output: target/central-publishing/.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v gpg >/dev/null 2>&1; then
  echo "release-dry-run: gpg (GnuPG) not found on PATH. Install it first (Debian: apt-get install gnupg)." >&2
  exit 2
fi

current=$(sed -n 's:.*<revision>\(.*\)</revision>.*:\1:p' pom.xml | head -n 1)
version=${1:-${current%-SNAPSHOT}}
echo "release-dry-run: version $version (the release profile refuses a -SNAPSHOT)"

work=$(mktemp -d "${TMPDIR:-/tmp}/konaplate-release-dry-run.XXXXXX")
export GNUPGHOME="$work/gnupg"
cleanup() {
  gpgconf --kill all >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -m 700 "$GNUPGHOME"

# A throwaway signing key, valid one day, protected by a random passphrase.
passphrase=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
gpg --batch --quiet --no-tty --pinentry-mode loopback --passphrase "$passphrase" \
  --quick-generate-key "KONA PLATE SDK release dry run <release-dry-run@konaplate.invalid>" rsa3072 sign 1d
fingerprint=$(gpg --batch --with-colons --list-secret-keys | awk -F: '$1 == "fpr" { print $10; exit }')
echo "release-dry-run: throwaway key $fingerprint in $GNUPGHOME"

# The same variables a maintainer exports for a real release (RELEASING.md).
export MAVEN_GPG_KEYNAME="$fingerprint"
export MAVEN_GPG_PASSPHRASE="$passphrase"

# skipUpload: the bundle is built and left in target/central-publishing, never sent. The base URL
# points at a closed local port besides, so a misconfiguration fails here instead of reaching
# Central. The deploy lifecycle installs first: into a temporary local repository here (~/.m2 is
# only read), never into the shared one. Tests are skipped: CI ran them on this commit already,
# on JDK 17 and 25.
./mvnw -B -ntp -Prelease -Drevision="$version" \
  -Dmaven.repo.local="$work/repository" \
  -Dmaven.repo.local.tail="${MAVEN_USER_REPOSITORY:-$HOME/.m2/repository}" \
  -DskipTests -DskipUpload=true -DcentralBaseUrl=http://127.0.0.1:9 \
  clean deploy

bundle=target/central-publishing/central-bundle.zip
if [ ! -f "$bundle" ]; then
  echo "release-dry-run: FAILED: no bundle at $bundle" >&2
  exit 1
fi
mkdir "$work/bundle"
(cd "$work/bundle" && jar xf "$OLDPWD/$bundle")
echo "release-dry-run: checking $bundle"

# Every signature must verify against the key that made it.
signatures=0
bad=0
while IFS= read -r asc; do
  signatures=$((signatures + 1))
  if ! gpg --batch --quiet --verify "$asc" "${asc%.asc}" 2>"$work/verify.log"; then
    echo "  FAIL  bad signature: ${asc#"$work/bundle/"}" >&2
    cat "$work/verify.log" >&2
    bad=$((bad + 1))
  fi
done < <(find "$work/bundle" -name '*.asc' | sort)
if [ "$signatures" -eq 0 ] || [ "$bad" -ne 0 ]; then
  echo "release-dry-run: FAILED: $bad of $signatures signatures did not verify" >&2
  exit 1
fi
echo "  ok    $signatures signatures verify with the release key"

# Files, checksums, POM metadata, BOM, manifests and bytecode.
java scripts/ReleaseBundleCheck.java . "$work/bundle" "$version"

echo "release-dry-run: OK: $bundle is what the Central Portal would receive for $version (not uploaded)"
