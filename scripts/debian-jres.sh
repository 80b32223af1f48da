#!/usr/bin/env bash
# Real Java 8 and Java 11 runtimes for the smoke test, on a machine that has neither: Debian's
# stable release has no Java 8 or 11 package, Debian unstable (sid) has both JREs. This installs
# them into a minimal sid root file system with debootstrap (from Debian's package archive, the
# only registry besides Maven Central that CI reaches) and writes two JAVA_HOME-like folders whose
# bin/java runs the real JRE inside that root:
#
#   scripts/debian-jres.sh DIR [HOST_PATH ...]
#
#   DIR/rootfs          the sid root (openjdk-8-jre-headless, openjdk-11-jre-headless)
#   DIR/java-8/bin/java, DIR/java-11/bin/java
#
# Each bin/java starts in a mount namespace of its own (unshare), mounts /proc and binds each
# HOST_PATH at the same path inside the root, chroots and runs the JRE there in the caller's
# directory. The class path a Maven build hands it (its local repositories, the project's
# target/ folders) must therefore lie under the HOST_PATHs. Nothing is mounted outside that
# process: when it ends, its mounts are gone, so DIR can be deleted with rm -rf at any time.
# Needs root (CI runs as root). Nothing is cached: measured 1.5 to 2.5 minutes on a fresh machine
# (about 125 packages, 640 MB unpacked).
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 DIR [HOST_PATH ...]" >&2
  exit 2
fi
dir=$1
shift
suite=${DEBIAN_JRE_SUITE:-sid}
# The Debian archive this machine's apt is set up with (its main archive: the URI ending in
# /debian, from deb822 .sources or one-line .list files), unless DEBIAN_MIRROR names one.
mirror=${DEBIAN_MIRROR:-$(
  { sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | tr ' ' '\n'
    sed -n 's/^deb[[:space:]]\{1,\}\(\[[^]]*\][[:space:]]\{1,\}\)\{0,1\}\([^[:space:]]*\).*/\2/p' \
      /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null
  } | grep -E '^https?://[^ ]+/debian/?$' | head -n 1 || true
)}
if [ -z "$mirror" ]; then
  echo "debian-jres: FAILED: no Debian archive in this machine's apt sources; set DEBIAN_MIRROR" >&2
  exit 1
fi
packages=openjdk-8-jre-headless,openjdk-11-jre-headless

if [ "$(id -u)" -ne 0 ]; then
  echo "debian-jres: FAILED: needs root (debootstrap, chroot, mount)" >&2
  exit 1
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  echo "debian-jres: installing debootstrap (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q debootstrap >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q debootstrap >/dev/null; }
fi
for tool in unshare chroot mount; do
  command -v "$tool" >/dev/null 2>&1 || { echo "debian-jres: FAILED: $tool not found" >&2; exit 1; }
done

mkdir -p "$dir"
dir=$(cd "$dir" && pwd -P)
rootfs="$dir/rootfs"
if [ -x "$rootfs/usr/lib/jvm/java-8-openjdk-amd64/jre/bin/java" ] \
    && [ -x "$rootfs/usr/lib/jvm/java-11-openjdk-amd64/bin/java" ]; then
  echo "debian-jres: $rootfs already has both JREs"
else
  echo "debian-jres: debootstrap --variant=minbase $suite with $packages into $rootfs from $mirror"
  started=$SECONDS
  log="$dir/debootstrap.log"
  if ! debootstrap --variant=minbase --include="$packages" "$suite" "$rootfs" "$mirror" >"$log" 2>&1; then
    echo "debian-jres: FAILED: debootstrap; the end of its log ($log):" >&2
    tail -n 30 "$log" >&2
    [ -f "$rootfs/debootstrap/debootstrap.log" ] && tail -n 30 "$rootfs/debootstrap/debootstrap.log" >&2
    exit 1
  fi
  echo "debian-jres: debootstrap took $((SECONDS - started))s, $(du -sh "$rootfs" | cut -f1)"
fi
cp /etc/hosts "$rootfs/etc/hosts"

# The host paths the JREs must see, created as mount points inside the root.
binds=()
for path in "$@"; do
  real=$(cd "$path" && pwd -P)
  mkdir -p "$rootfs$real"
  binds+=("$real")
done

write_java() { # NAME JAVA_PATH_INSIDE_THE_ROOT
  local java="$dir/$1/bin/java"
  mkdir -p "$dir/$1/bin"
  {
    echo '#!/bin/bash'
    echo "# $1 of the Debian $suite root below, written by scripts/debian-jres.sh: runs it in a"
    echo "# mount namespace of its own (/proc and the host paths below bound inside the root,"
    echo "# gone when the process ends), chrooted, in the caller's directory."
    printf 'root=%q\n' "$rootfs"
    printf 'java=%q\n' "$2"
    printf 'binds=(' ; for b in "${binds[@]}"; do printf ' %q' "$b"; done; printf ' )\n'
    cat <<'WRAPPER'
exec unshare --mount --propagation private /bin/bash -c '
  root=$1 java=$2 dir=$3 n=$4; shift 4
  mount -t proc proc "$root/proc" || exit 125
  for ((i = 0; i < n; i++)); do mount --bind "$1" "$root$1" || exit 125; shift; done
  exec chroot "$root" /bin/sh -c "cd \"\$1\" 2>/dev/null || cd /; shift; exec \"\$@\"" sh "$dir" "$java" "$@"
' bash "$root" "$java" "$PWD" "${#binds[@]}" "${binds[@]}" "$@"
WRAPPER
  } >"$java"
  chmod +x "$java"
  local version
  if ! version=$("$java" -version 2>&1); then
    echo "debian-jres: FAILED: $java does not run:" >&2
    echo "$version" >&2
    exit 1
  fi
  echo "debian-jres: $dir/$1: $(echo "$version" | head -n 1)"
}
write_java java-8 /usr/lib/jvm/java-8-openjdk-amd64/jre/bin/java
write_java java-11 /usr/lib/jvm/java-11-openjdk-amd64/bin/java
