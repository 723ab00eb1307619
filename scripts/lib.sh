# shellcheck shell=bash
# Shared by scripts/test and scripts/demo (sourced, not run). Bash only.

AFADMIN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AFADMIN_BUILD_DIR="${AFADMIN_BUILD_DIR:-$AFADMIN_ROOT/build}"

# Everything a fresh Debian 12 machine needs to build, test and run afadmin. Qt Charts needs
# libqt6opengl6-dev spelled out: with --no-install-recommends nothing else pulls it in.
AFADMIN_PACKAGES=(
    build-essential cmake ninja-build ccache dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev nlohmann-json3-dev
    libcrypt-dev libsqlite3-dev libpq-dev postgresql-15
    xvfb xauth imagemagick dbus dbus-x11 gnome-keyring libsecret-tools
    python3-sqlalchemy python3-bcrypt python3-psycopg2 fonts-dejavu-core
)

afadmin_log()
{
    printf 'scripts/%s: %s\n' "$(basename "$0")" "$*" >&2
}

afadmin_die()
{
    afadmin_log "$*"
    exit 1
}

# Runs a command as root: directly when we are root, through sudo when it exists.
afadmin_as_root()
{
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        afadmin_die "need root to run: $* (run as root, or install sudo)"
    fi
}

# Prints the packages of AFADMIN_PACKAGES that dpkg does not list as installed.
afadmin_missing_packages()
{
    local package status
    for package in "${AFADMIN_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)"
        [ "$status" = "installed" ] || printf '%s\n' "$package"
    done
}

# Installs only what is missing; apt-get update runs once, and only when something is.
afadmin_install_packages()
{
    if ! command -v dpkg-query >/dev/null 2>&1; then
        afadmin_log "not a Debian system: skipping package installation; install by hand: ${AFADMIN_PACKAGES[*]}"
        return 0
    fi
    local missing
    mapfile -t missing < <(afadmin_missing_packages)
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    afadmin_log "installing ${#missing[@]} missing package(s): ${missing[*]}"
    afadmin_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    afadmin_as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configures once with Ninja, then builds; ccache (picked up by CMakeLists.txt) makes a
# rebuild after a clean quick.
afadmin_build()
{
    if [ ! -f "$AFADMIN_BUILD_DIR/CMakeCache.txt" ]; then
        cmake -S "$AFADMIN_ROOT" -B "$AFADMIN_BUILD_DIR" -G Ninja
    fi
    cmake --build "$AFADMIN_BUILD_DIR"
}
