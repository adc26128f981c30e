# SPDX-FileCopyrightText: 2026 The Annalist authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Debian packages Annalist needs, and a function that installs the missing ones.
# Sourced by scripts/start and scripts/test; see the table in README.md.

ANNALIST_BUILD_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql libpq-dev qt6-qpa-plugins libgl-dev
    libpoppler-qt6-dev libgumbo-dev libgraphviz-dev qtkeychain-qt6-dev
    fonts-dejavu-core
    iso-codes libtimezonemap-data
)

ANNALIST_TEST_PACKAGES=(
    sqlite3 postgresql poppler-utils qpdf unzip xvfb xauth clang-format
)

# What scripts/test-sanitizers needs: clang 14 with its sanitizer and libFuzzer runtimes.
ANNALIST_SANITIZER_PACKAGES=(
    clang-14 libclang-rt-14-dev
)

# KDE Syntax-Highlighting for Qt 6, optional: Debian 13 has it, Debian 12 only for Qt 5.
ANNALIST_SYNTAX_HIGHLIGHTING_PACKAGES=(
    libkf6syntaxhighlighting-dev shared-mime-info
)

# What scripts/test-debian13 needs on the host to make its Debian 13 root.
ANNALIST_CHROOT_PACKAGES=(
    debootstrap debian-archive-keyring
)

# The optional packages this machine's release has: KF6SyntaxHighlighting from Debian 13 on.
annalist_optional_packages() {
    local id="" version=""
    if [ -r /etc/os-release ]; then
        id="$(. /etc/os-release && echo "${ID:-}")"
        version="$(. /etc/os-release && echo "${VERSION_ID:-}")"
    fi
    if { [ "$id" = debian ] && [ "${version%%.*}" -ge 13 ] 2>/dev/null; } ||
        apt-cache policy libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'Candidate: [0-9]'; then
        printf '%s\n' "${ANNALIST_SYNTAX_HIGHLIGHTING_PACKAGES[@]}"
    fi
}

annalist_missing_packages() {
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
            printf '%s\n' "$package"
        fi
    done
}

# Installs what is missing of the given packages with apt-get, as root or via sudo.
annalist_install_packages() {
    local missing
    mapfile -t missing < <(annalist_missing_packages "$@")
    if [ "${#missing[@]}" -eq 0 ]; then
        echo "All ${#} required Debian packages are installed."
        return 0
    fi
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: these packages are missing and this is not root: ${missing[*]}" >&2
            echo "Run as root: apt-get install ${missing[*]}" >&2
            return 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q || return 1
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" || return 1
}

# Configures (once) and builds the given targets in build/, with Ninja and ccache.
annalist_build() {
    local root
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    # Paths inside the checkout are hashed relative to it, so that another clone of the
    # same commit (a CI run, a second work tree) finds the compiler cache warm.
    export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
    if [ ! -f "$root/build/build.ninja" ]; then
        cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo || return 1
    fi
    cmake --build "$root/build" --parallel "$(nproc)" ${1:+--target "$@"}
}
