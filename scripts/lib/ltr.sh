# Shared by scripts/ltr-env and scripts/ltr-run: where the QGIS 3.40 LTR test root lives and
# how a command runs inside it. Sourced, not executed.
#
# Every mount (proc, sys, dev, the checkout, ../shared) is made inside a private mount
# namespace (`unshare --mount --propagation private`): the mounts exist only for the commands
# run inside and vanish with them, whatever way they end. The host never sees them, so the
# root folder can always be deleted safely.

LTR_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LTR_SHARED="$(dirname "$LTR_REPO")/shared"
LTR_ROOT="${NETLOAD_LTR_ROOT:-$LTR_REPO/.cache/ltr-root}"
LTR_SUITE=trixie                            # Debian 13: QGIS 3.40 LTR, Python 3.13
LTR_MIRROR="${NETLOAD_LTR_MIRROR:-http://deb.debian.org/debian}"
# What the suite needs inside; changing this list re-runs apt-get on the next ltr-env.
LTR_APT_PACKAGES="qgis python3-qgis qgis-providers python3-pandas python3-venv python3-pip gdal-bin xvfb xauth"
LTR_APT_PACKAGES+=" ca-certificates poppler-utils postgresql-17 postgresql-17-postgis-3"  # the store tests' server
LTR_VENV=/opt/netload-venv                  # inside the root; never the host's .venv
LTR_PYTHON="$LTR_VENV/bin/python"

ltr_log() { echo "ltr: $*" >&2; }

# ltr_in_root CMD...: run CMD in the root (as root, clean environment, cwd = this checkout
# or the caller's folder inside it). Mounts live in a private namespace for CMD's lifetime.
ltr_in_root() {
    local cwd="$PWD"
    [[ "$cwd" == "$LTR_REPO" || "$cwd" == "$LTR_REPO/"* ]] || cwd="$LTR_REPO"
    local env_args=(
        HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM="${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive
        PATH="$LTR_VENV/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        NETLOAD_PYTHON="$LTR_PYTHON" NETLOAD_LEG="chroot"
        PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT=180
    )
    local name
    for name in CI PYTEST_ADDOPTS QT_QPA_PLATFORM; do   # pass through what a caller may set
        [[ -n "${!name:-}" ]] && env_args+=("$name=${!name}")
    done
    unshare --mount --propagation private -- /bin/bash -euo pipefail -c '
        root="$1" repo="$2" shared="$3" cwd="$4"; shift 4
        mount -t proc proc "$root/proc"
        mount --rbind /sys "$root/sys"
        mount --rbind /dev "$root/dev"
        mkdir -p "$root$repo"
        mount --bind "$repo" "$root$repo"
        if [[ -d "$shared" ]]; then
            mkdir -p "$root$shared"
            mount --bind "$shared" "$root$shared"
            mount -o remount,bind,ro "$root$shared"
        fi
        exec chroot "$root" /usr/bin/env -i -C "$cwd" "$@"
    ' ltr-ns "$LTR_ROOT" "$LTR_REPO" "$LTR_SHARED" "$cwd" "${env_args[@]}" "$@"
}
