#!/usr/bin/env bash
# Verifies files downloaded from a published disclosure against the signed manifest of their version
# (docs/verification.md), offline, with openssl, sha256sum and base64 only:
#   1. the manifest's signature (JWS, RS256) is checked against the publication public key (PEM);
#   2. each file's SHA-256 must be one the signed manifest lists.
# Usage:
#   scripts/verify-download.sh MANIFEST.jws PUBLIC_KEY.pem FILE...
# where MANIFEST.jws is …/versions/{v}/manifest.jws and PUBLIC_KEY.pem is /api/v1/publication-keys/current.pem of the
# publishing service (get the key from the publisher's published address, not from the same download as the files).
# Prints what the manifest states and one line per file; exits 0 only when the signature is valid and every file is
# listed, 1 when the signature is not valid or a file is not listed, 2 on wrong usage.
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: $0 MANIFEST.jws PUBLIC_KEY.pem FILE..." >&2
  exit 2
fi
manifest=$1
key=$2
shift 2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# base64url (RFC 4648 §5, no padding) to bytes
b64url_decode() {
  local s
  s=$(printf '%s' "$1" | tr '_-' '/+')
  case $(( ${#s} % 4 )) in
    2) s="$s==" ;;
    3) s="$s=" ;;
  esac
  printf '%s' "$s" | base64 -d
}

jws=$(tr -d ' \r\n' < "$manifest")
IFS=. read -r header payload signature extra <<< "$jws"
if [ -z "${header:-}" ] || [ -z "${payload:-}" ] || [ -z "${signature:-}" ] || [ -n "${extra:-}" ]; then
  echo "NOT VALID: $manifest is not a JWS in compact serialization" >&2
  exit 1
fi

# 1. the signature over "header.payload" (RS256 = RSASSA-PKCS1-v1_5 with SHA-256)
printf '%s.%s' "$header" "$payload" > "$work/signed"
b64url_decode "$signature" > "$work/signature"
if ! b64url_decode "$header" | grep -q '"alg":"RS256"'; then
  echo "NOT VALID: the manifest is not signed with RS256" >&2
  exit 1
fi
if ! openssl dgst -sha256 -verify "$key" -signature "$work/signature" "$work/signed" > /dev/null 2>&1; then
  echo "NOT VALID: the manifest's signature does not verify with $key" >&2
  exit 1
fi
b64url_decode "$payload" > "$work/manifest.json"
echo "signature valid: $(grep -o '"unitCode":"[^"]*"' "$work/manifest.json" | head -1)," \
  "$(grep -o '"fiscalYear":[0-9]*' "$work/manifest.json" | head -1)," \
  "$(grep -o '"version":[0-9]*' "$work/manifest.json" | head -1)," \
  "$(grep -o '"contentHash":"[0-9a-f]*"' "$work/manifest.json" | head -1)"

# 2. every file's SHA-256 among those the manifest lists
grep -o '"sha256":"[0-9a-f]\{64\}"' "$work/manifest.json" | cut -d'"' -f4 > "$work/listed"
status=0
for file in "$@"; do
  digest=$(sha256sum "$file" | cut -c1-64)
  if grep -qx "$digest" "$work/listed"; then
    echo "OK       $file  sha256 $digest is in the signed manifest"
  else
    echo "MISMATCH $file  sha256 $digest is not in the signed manifest" >&2
    status=1
  fi
done
exit $status
