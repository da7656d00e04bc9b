#!/usr/bin/env bash
# Installs the Debian packages the suite needs besides a JDK and Maven, when missing:
#   chromium, chromium-driver  the disclosure-service's browser test (the published page in headless Chromium)
#   fonts-wqy-microhei         the CJK font the disclosure-service embeds in its PDF
#                              (/usr/share/fonts/truetype/wqy/wqy-microhei.ttc, property fiscal.pdf.font)
# Packages given as arguments replace that list (e.g. `scripts/ensure-debian-packages.sh chromium`).
# Idempotent and quiet when everything is present. Runs apt-get as root, or through sudo. Called by the
# disclosure-service build (before its tests) and by ./run.sh. Set FISCAL_SKIP_DEBIAN_PACKAGES=1 to skip it.
set -euo pipefail

packages=(chromium chromium-driver fonts-wqy-microhei)
[ $# -gt 0 ] && packages=("$@")

[ "${FISCAL_SKIP_DEBIAN_PACKAGES:-0}" = 1 ] && exit 0

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "[ensure-debian-packages] missing ${missing[*]} and this is not a Debian system: install them by hand" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "[ensure-debian-packages] missing ${missing[*]}: run as root or with password-less sudo, or install them: apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "[ensure-debian-packages] installing ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt=("${as_root[@]}" apt-get -q -o DPkg::Lock::Timeout=600)
"${apt[@]}" update -qq >/dev/null
"${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "[ensure-debian-packages] installed ${missing[*]}"
