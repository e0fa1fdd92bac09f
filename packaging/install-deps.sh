#!/usr/bin/env bash
# Installs everything needed to build, test and run EventDesk on Debian 12.
# Idempotent: packages already present are left as they are. Works as root or through sudo.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config git clang-format
    # libraries
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libyaml-dev libmd4c-dev libmd4c-html0-dev libgl-dev libhunspell-dev
    # spelling: the French dictionary (the default) and an English one
    hunspell-fr hunspell-en-us
    # Qt's own French (standard buttons, dialogs and context menus)
    qt6-translations-l10n
    # run time: time zones, fonts, a display for UI tests and screenshots
    tzdata fonts-dejavu-core xvfb xauth
    # packaging: the .deb's dependencies, the desktop files' validators
    dpkg-dev desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "install-deps.sh: run as root or install sudo; missing: ${missing[*]}" >&2
    exit 1
fi

echo "Installing: ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
