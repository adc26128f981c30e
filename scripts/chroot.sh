# SPDX-FileCopyrightText: 2026 The Annalist authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shell functions of the jobs that work in a Debian root made by debootstrap
# (scripts/test-debian13, scripts/test-package): the mirror, root through sudo, mounts
# that are removed on every way out, and commands run inside the root.
#
# A job sets these before it calls the functions:
#   chroot_label   the job's name in its messages ("debian13")
#   cache          the job's cache directory (absolute, created by chroot_prepare)
#   chroot_dir     the root the commands run in
#   chroot_environment  (optional) VAR=value words every command in the root gets
# and calls chroot_prepare once, after which every mount under $cache is removed when
# the job ends, interrupted or not.

chroot_started=$(date +%s)
child=

say() { printf '[%s %4ss] %s\n' "$chroot_label" "$(($(date +%s) - chroot_started))" "$*"; }
fail() {
    echo "error: $*" >&2
    exit 1
}

# Runs the job again through sudo when it is not root, keeping the given variables.
#   chroot_become_root "VAR=value"... -- "$0" "$@"
chroot_become_root() {
    [ "$(id -u)" -eq 0 ] && return 0
    local -a keep=()
    while [ "$#" -gt 0 ] && [ "$1" != -- ]; do
        keep+=("$1")
        shift
    done
    shift
    local -a sudo_options=()
    [ "${CI:-}" = true ] && sudo_options=(-n)
    if command -v sudo >/dev/null 2>&1; then
        if [ "${CI:-}" = true ] && ! sudo -n true 2>/dev/null; then
            fail "the $chroot_label job needs root (debootstrap, mount, chroot), and sudo wants a password, which CI cannot give."
        fi
        say "needs root for debootstrap, mount and chroot: running again through sudo"
        exec sudo "${sudo_options[@]}" env "${keep[@]}" \
            ${ANNALIST_DEBIAN_MIRROR:+ANNALIST_DEBIAN_MIRROR="$ANNALIST_DEBIAN_MIRROR"} CI="${CI:-}" "$@"
    fi
    fail "the $chroot_label job needs root (debootstrap, mount, chroot) and there is no sudo here."
}

# The first "deb" source of a Debian release suite (not -security, -updates, -backports) in
# /etc/apt/sources.list, /etc/apt/sources.list.d/*.list or, deb822 style, *.sources.
debian_mirror() {
    local file
    local -a files=()
    [ -f /etc/apt/sources.list ] && files+=(/etc/apt/sources.list)
    for file in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [ -f "$file" ] && files+=("$file")
    done
    [ "${#files[@]}" -gt 0 ] || return 1
    awk '
        function release(suite) {
            return suite ~ /^(stable|testing|unstable|oldstable|sid|bullseye|bookworm|trixie|forky|duke)$/
        }
        function usable(uri) { return uri ~ /^(https?|file):/ }
        # The deb822 paragraph read so far: its first Debian release source, if any.
        function paragraph(   u, s, nu, ns, i, j) {
            if (!found && enabled && (" " types " ") ~ / deb /) {
                nu = split(uris, u, /[ \t]+/)
                ns = split(suites, s, /[ \t]+/)
                for (i = 1; i <= nu && !found; i++)
                    for (j = 1; j <= ns && !found; j++)
                        if (usable(u[i]) && release(s[j])) { print u[i]; found = 1 }
            }
            types = ""; uris = ""; suites = ""; enabled = 1
        }
        BEGIN { enabled = 1 }
        FNR == 1 { paragraph() }
        found { exit }
        /^[ \t]*#/ { next }
        # One-line style: deb [options] uri suite components...
        FILENAME !~ /\.sources$/ {
            if ($1 != "deb") next
            n = 2
            if ($n ~ /^\[/) { while (n <= NF && $n !~ /\]$/) n++; n++ }
            if (usable($n) && release($(n + 1))) { print $n; found = 1 }
            next
        }
        # deb822 style: paragraphs of Types:, URIs:, Suites: and Enabled: fields.
        NF == 0 { paragraph(); next }
        {
            key = tolower($1)
            value = $0
            sub(/^[^:]*:[ \t]*/, "", value)
            if (key == "types:") types = value
            else if (key == "uris:") uris = value
            else if (key == "suites:") suites = value
            else if (key == "enabled:") enabled = (tolower(value) != "no")
        }
        END { if (!found) paragraph() }
    ' "${files[@]}" | head -n 1
}

# The mirror to make roots from: ANNALIST_DEBIAN_MIRROR, else the apt sources'.
chroot_mirror() {
    local mirror="${ANNALIST_DEBIAN_MIRROR:-$(debian_mirror || true)}"
    [ -n "$mirror" ] || fail "no Debian mirror in /etc/apt/sources.list or /etc/apt/sources.list.d/ to make the $chroot_label root from; set ANNALIST_DEBIAN_MIRROR."
    printf '%s\n' "$mirror"
}

# Mount points under the cache directory, deepest first.
our_mounts() {
    local point
    while read -r _ point _; do
        point="$(printf '%b' "$point")" # /proc/mounts escapes spaces as \040
        case "$point" in "$cache"/*) printf '%s\n' "$point" ;; esac
    done </proc/mounts | awk '{ print length, $0 }' | sort -rn | cut -d' ' -f2-
}

unmount_all() {
    local point
    while IFS= read -r point; do
        [ -n "$point" ] || continue
        umount "$point" 2>/dev/null || umount -l "$point" 2>/dev/null || echo "warning: could not unmount $point" >&2
    done < <(our_mounts)
}

# Processes whose root is the chroot: the work of this job, and nothing else.
chroot_processes() {
    local proc
    for proc in /proc/[0-9]*; do
        [ "$(readlink "$proc/root" 2>/dev/null)" = "$chroot_dir" ] && printf '%s\n' "${proc#/proc/}"
    done
    return 0
}

stop_chroot_processes() {
    local pid tries=0
    for pid in $(chroot_processes); do kill -TERM "$pid" 2>/dev/null || true; done
    while [ -n "$(chroot_processes)" ] && [ "$tries" -lt 50 ]; do
        sleep 0.1
        tries=$((tries + 1))
    done
    for pid in $(chroot_processes); do kill -KILL "$pid" 2>/dev/null || true; done
}

chroot_cleanup() {
    local status=$?
    # Whatever fails here, the rest of the cleanup must still run.
    set +e
    trap - EXIT INT TERM HUP
    if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
        kill -TERM "$child" 2>/dev/null || true
    fi
    stop_chroot_processes
    [ -n "$child" ] && wait "$child" 2>/dev/null
    unmount_all
    if [ -n "$(our_mounts)" ]; then
        echo "warning: mounts left under $cache:" >&2
        our_mounts >&2
    fi
    exit "$status"
}

# Runs a command in the background and waits, so that a signal reaches the trap at once.
run() {
    "$@" &
    child=$!
    local status=0
    wait "$child" || status=$?
    child=
    return "$status"
}

# Makes the cache directory, sets the traps that remove the mounts, removes those a
# killed run left, and checks that this machine allows mounts at all.
chroot_prepare() {
    mkdir -p "$cache"
    cache="$(cd "$cache" && pwd -P)"
    trap chroot_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP
    unmount_all
    # Mounts need privileges a container may not have; say so plainly rather than fail later.
    local probe="$cache/.mount-probe"
    mkdir -p "$probe"
    if ! mount --bind "$probe" "$probe" 2>/dev/null; then
        rmdir "$probe" 2>/dev/null || true
        fail "this machine cannot make a chroot: mounting is not permitted here (an unprivileged container?). The $chroot_label job needs root with the right to mount (CAP_SYS_ADMIN)."
    fi
    umount "$probe"
    rmdir "$probe"
}

# Makes a minimal Debian root of the suite in the directory with debootstrap, unless one
# is there; a root is only ever moved into place complete.
#   chroot_debootstrap SUITE DIRECTORY MIRROR
chroot_debootstrap() {
    local suite="$1" directory="$2" mirror="$3"
    [ -x "$directory/usr/bin/apt-get" ] && return 0
    say "making the Debian $suite root in $directory from $mirror"
    rm -rf "$directory.partial"
    run debootstrap --variant=minbase --components=main "$suite" "$directory.partial" "$mirror" \
        >"$cache/debootstrap.log" 2>&1 || {
        tail -n 20 "$cache/debootstrap.log" >&2
        fail "debootstrap failed; the whole log is $cache/debootstrap.log"
    }
    unmount_all
    rm -rf "$directory"
    mv "$directory.partial" "$directory"
}

# /proc and a /dev/shm of its own, which Qt and the tests need.
chroot_mount_system() {
    mount -t proc proc "$chroot_dir/proc"
    mkdir -p "$chroot_dir/dev/shm"
    mount -t tmpfs -o mode=1777,size=512m tmpfs "$chroot_dir/dev/shm"
}

# A folder of the host, read-only inside the root.
#   chroot_mount_read_only HOST_DIRECTORY ROOT_DIRECTORY
chroot_mount_read_only() {
    mkdir -p "$chroot_dir$2"
    mount --bind "$1" "$chroot_dir$2"
    mount -o remount,bind,ro "$chroot_dir$2"
}

# Runs a command inside the root with a clean environment, plus the job's own variables
# (chroot_environment, VAR=value words).
chroot_environment=()
in_root() {
    run chroot "$chroot_dir" /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive CI="${CI:-}" QT_QPA_PLATFORM=offscreen "${chroot_environment[@]}" \
        "$@"
}
