#!/usr/bin/env bash
# Publishes the sample disclosure 110102-SWD/2024 through the public APIs, step by step, against a running suite
# (./run.sh, the sample loaded as published, defects included):
#   1. the sample is refused publication while its FATAL findings stand (the blocking findings are printed);
#   2. the documented corrections (sample/110102-SWD/2024/corrections/*.json, see its README.md) are PUT to the
#      producers with If-Match, and every remaining WARNING is explained (corrections/explanations.tsv);
#   3. the exact content hash is approved and published as version 1; its files are fetched;
#   4. a part changes (corrections/performance-v2.json): publishing it is refused without a new approval (409) and
#      without a correction note (422), then it is version 2, and the diff from version 1 is printed.
# Needs bash and curl only (jq, when installed, pretty-prints the diff). Run again once the sample is published, it
# lists the published versions with their addresses and exits 0; a fresh ./run.sh starts from the unpublished sample.
#
# Tokens (docs/security.md): each step acts with the role it needs (preparer for the parts, reviewer for findings,
# explanations and approvals, publisher for versions); published versions, their files and the diff are read
# without a token. PREPARER_TOKEN, REVIEWER_TOKEN and PUBLISHER_TOKEN come from the environment, else from
# TOKENS_FILE (default target/local-run/tokens.env, written by ./run.sh).
#
# Base URLs (override for another host or ports):
#   DISCLOSURE_URL (http://localhost:8080)  STATEMENTS_URL (http://localhost:8081)  PERFORMANCE_URL (http://localhost:8083)
# REQUIRED_FORMATS: the files of a version that must be served (default all five: html pdf xlsx json datapackage;
# the others are listed with their HTTP status).
set -euo pipefail

DISCLOSURE_URL=${DISCLOSURE_URL:-http://localhost:8080}
STATEMENTS_URL=${STATEMENTS_URL:-http://localhost:8081}
PERFORMANCE_URL=${PERFORMANCE_URL:-http://localhost:8083}
REQUIRED_FORMATS=${REQUIRED_FORMATS:-html pdf xlsx json datapackage}
UNIT=110102-SWD
YEAR=2024
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FIXES=$ROOT/sample/$UNIT/$YEAR/corrections
D=$DISCLOSURE_URL/api/v1/disclosures/$UNIT/$YEAR
TOKENS_FILE=${TOKENS_FILE:-$ROOT/target/local-run/tokens.env}
if [ -z "${PREPARER_TOKEN:-}" ] && [ -f "$TOKENS_FILE" ]; then
  # shellcheck source=/dev/null
  . "$TOKENS_FILE"
fi

say() { printf '\n== %s\n' "$*"; }
fail() { printf '\npublish-sample: FAILED: %s\n' "$*" >&2; exit 1; }

for role in PREPARER REVIEWER PUBLISHER; do
  v=${role}_TOKEN
  [ -n "${!v:-}" ] || fail "no $v: start ./run.sh (it writes $TOKENS_FILE) or set $v"
done

# as ROLE: the token of the next requests (preparer, reviewer, publisher; anonymous: none)
AUTH=()
as() {
  case $1 in
    anonymous) AUTH=() ;;
    *) local v; v=$(printf '%s_TOKEN' "$1" | tr '[:lower:]' '[:upper:]'); AUTH=(-H "Authorization: Bearer ${!v}") ;;
  esac
}

# http METHOD URL [curl args…]: sets STATUS, BODY and HEADERS (lower-case names, no CR), with the token of `as`
http() {
  local method=$1 url=$2 out hdr
  shift 2
  out=$(mktemp) hdr=$(mktemp)
  STATUS=$(curl -sS -X "$method" -o "$out" -D "$hdr" -w '%{http_code}' ${AUTH[@]+"${AUTH[@]}"} "$@" "$url") || { rm -f "$out" "$hdr"; fail "$method $url: no answer"; }
  BODY=$(cat "$out")
  HEADERS=$(tr -d '\r' < "$hdr" | sed 's/^\([^:]*\):/\L\1:/')
  rm -f "$out" "$hdr"
}
expect() { [ "$STATUS" = "$1" ] || fail "expected HTTP $1, got $STATUS: ${BODY:0:2000}"; }
post_json() { http POST "$1" -H 'Content-Type: application/json' --data-binary "$2"; }
# the first "key":"text" / "key":number of BODY (top-level keys come first in these answers)
json_text() { printf '%s' "$BODY" | grep -o "\"$1\":\"[^\"]*\"" | head -n 1 | sed 's/^"[^"]*":"//; s/"$//' || true; }
json_number() { printf '%s' "$BODY" | grep -o "\"$1\":-\?[0-9.]*" | head -n 1 | sed 's/^"[^"]*"://' || true; }
json_escape() { local s=${1//\\/\\\\}; printf '%s' "${s//\"/\\\"}"; }
header() { printf '%s\n' "$HEADERS" | sed -n "s/^$1: //p" | head -n 1; }

findings_counts() {
  as reviewer; http GET "$D/findings"; expect 200
  printf 'findings: %s FATAL, %s WARNING (%s without explanation), %s INFO\n' "$(json_number fatal)" \
    "$(json_number warning)" "$(json_number unexplainedWarnings)" "$(json_number info)"
}

current_hash() { as reviewer; http GET "$D/publication"; expect 200; json_text contentHash; }

approve() { # approve HASH
  as reviewer
  post_json "$D/approvals" '{"contentHash":"'"$1"'","approver":"王审核","confidentialityReviewed":true,"confidentialityReviewer":"李保密","signedOff":true,"signedOffBy":"张部长"}'
  expect 201
  echo "approved $1 (保密审查 李保密, 负责人审签 张部长)"
}

# put_part NAME URL FILE: replaces a part at its producer, If-Match the current ETag; waits for the disclosure to hold it
put_part() {
  local name=$1 url=$2 file=$3 etag revision
  as preparer
  http GET "$url"; expect 200
  etag=$(header etag)
  http PUT "$url" -H 'Content-Type: application/json' -H "If-Match: $etag" --data-binary "@$file"; expect 200
  revision=$(json_number revision)
  printf 'PUT %s (If-Match: %s) -> revision %s, its own findings: %s FATAL, %s WARNING, %s INFO\n' "${file#"$ROOT"/}" "$etag" \
    "$revision" "$(json_number fatal)" "$(json_number warning)" "$(json_number info)"
  await_revision "$name" "$revision"
}

await_revision() { # await_revision PART REVISION
  as reviewer
  for _ in $(seq 1 300); do
    http GET "$D"
    if [ "$STATUS" = 200 ] && printf '%s' "$BODY" | grep -q "\"$1\":$2[,}]"; then return 0; fi
    sleep 0.2
  done
  fail "the disclosure did not receive $1 revision $2"
}

say "0. the sample as loaded by ./run.sh ($D)"
as reviewer
for _ in $(seq 1 300); do
  http GET "$D"
  if [ "$STATUS" = 200 ] && printf '%s' "$BODY" | grep -q '"completeness":"COMPLETE"'; then break; fi
  sleep 0.2
done
printf '%s' "$BODY" | grep -q '"completeness":"COMPLETE"' || fail "the disclosure $UNIT/$YEAR is not complete; is ./run.sh running?"
as anonymous; http GET "$D/versions"; expect 200
if [ "$BODY" != "[]" ]; then
  # a second run: say what is published and stop (the walk-through starts from the sample as loaded)
  say "$UNIT/$YEAR is already published; nothing to do"
  latest=
  while IFS=$'\t' read -r version at; do
    printf '  version %s, published %s: %s\n' "$version" "$at" "$D/versions/$version?format=html"
    latest=$version
  done < <(paste <(printf '%s' "$BODY" | grep -o '"version":[0-9]*' | cut -d: -f2) \
                 <(printf '%s' "$BODY" | grep -o '"publishedAt":"[^"]*"' | cut -d'"' -f4))
  as reviewer; http GET "$D/publication"; expect 200
  echo "status now: $(json_text status)"
  echo "published page: $D/versions/$latest?format=html"
  echo "portal: $DISCLOSURE_URL/portal/disclosures/$UNIT/$YEAR"
  echo "to walk through the publication again, stop ./run.sh and start it afresh (it loads the sample unpublished)"
  exit 0
fi
findings_counts

say "1. refused while its FATAL findings stand (even with the content approved)"
hash=$(current_hash)
approve "$hash"
as publisher; post_json "$D/versions" '{"contentHash":"'"$hash"'","publishedBy":"赵发布"}'
expect 409
echo "POST …/versions -> $STATUS: $(json_text detail)"
echo "blocking FATAL findings (rule_id,severity,part,table,row,column,provided,expected,difference,message):"
as reviewer; http GET "$D/findings" -H 'Accept: text/csv'; expect 200
printf '%s\n' "$BODY" | tr -d '\r' | grep ',FATAL,' | sed 's/^/  /'

say "2a. the documented corrections ($FIXES/README.md), through the producers' REST APIs"
put_part statements "$STATEMENTS_URL/api/v1/final-accounts/$UNIT/$YEAR" "$FIXES/final-accounts.json"
put_part performance "$PERFORMANCE_URL/api/v1/performance/$UNIT/$YEAR" "$FIXES/performance.json"
findings_counts
[ "$(json_number fatal)" = 0 ] || fail "FATAL findings remain after the corrections"

say "2b. every remaining WARNING explained through the API (texts: corrections/explanations.tsv)"
as reviewer; http GET "$D/findings"; expect 200
declare -A done_keys=() per_rule=()
while IFS= read -r finding; do
  case $finding in *'"severity":"WARNING"'*'"explanation":null'*) ;; *) continue ;; esac
  rule=$(printf '%s' "$finding" | sed -E 's/.*"ruleId":"([^"]*)".*/\1/')
  location=$(printf '%s' "$finding" | sed -E 's/.*"location":"(([^"\\]|\\.)*)".*/\1/')
  [ -z "${done_keys["$rule|$location"]:-}" ] || continue
  text=$(awk -F '\t' -v r="$rule" '$1 == r { print $2; exit }' "$FIXES/explanations.tsv")
  [ -n "$text" ] || fail "no explanation text for $rule in corrections/explanations.tsv"
  post_json "$D/explanations" '{"ruleId":"'"$rule"'","location":"'"$location"'","text":"'"$(json_escape "$text")"'","author":"钱财务"}'
  expect 201
  done_keys["$rule|$location"]=1
  per_rule[$rule]=$(( ${per_rule[$rule]:-0} + 1 ))
done < <(printf '%s\n' "$BODY" | sed 's/},{"ruleId"/}\n{"ruleId"/g')
for rule in "${!per_rule[@]}"; do printf '  %s x%s\n' "$rule" "${per_rule[$rule]}"; done | sort
findings_counts
[ "$(json_number unexplainedWarnings)" = 0 ] || fail "WARNINGs remain without explanation"

say "3. the exact content approved and published as version 1"
hash=$(current_hash)
approve "$hash"
as publisher; post_json "$D/versions" '{"contentHash":"'"$hash"'","publishedBy":"赵发布"}'
expect 201
echo "published version $(json_number version): $(header location)"
echo "its files, read without a token:"
for format in html pdf xlsx json datapackage; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$D/versions/1?format=$format")
  printf '  %-11s %s  %s\n' "$format" "$code" "$D/versions/1?format=$format"
  case " $REQUIRED_FORMATS " in *" $format "*) [ "$code" = 200 ] || fail "version 1 as $format: HTTP $code" ;; esac
done
echo "portal: $DISCLOSURE_URL/portal/disclosures/$UNIT/$YEAR  (data quality: …/data-quality)"

say "4. a change after publication: new approval and correction note needed"
put_part performance "$PERFORMANCE_URL/api/v1/performance/$UNIT/$YEAR" "$FIXES/performance-v2.json"
as reviewer; http GET "$D/publication"; expect 200
echo "status: $(json_text status)"
[ "$(json_text status)" = UPDATED_SINCE_PUBLICATION ] || fail "expected UPDATED_SINCE_PUBLICATION"
hash=$(json_text contentHash)
note='更正第四部分项目支出绩效评价报告中的项目名称（社区工作者教育经费→社区工作者岗位教育经费），与自评表一致。'
as publisher; post_json "$D/versions" '{"contentHash":"'"$hash"'","publishedBy":"赵发布","correctionNote":"'"$note"'"}'
expect 409
echo "without a new approval: $STATUS $(json_text detail)"
approve "$hash"
as publisher; post_json "$D/versions" '{"contentHash":"'"$hash"'","publishedBy":"赵发布"}'
expect 422
echo "without a correction note: $STATUS $(json_text detail) ($(json_text field))"
post_json "$D/versions" '{"contentHash":"'"$hash"'","publishedBy":"赵发布","correctionNote":"'"$note"'"}'
expect 201
echo "published version $(json_number version): $(header location)"

say "5. the diff from version 1 to version 2 (public)"
as anonymous; http GET "$D/versions/1/diff/2"; expect 200
if command -v jq > /dev/null; then printf '%s\n' "$BODY" | jq .; else printf '%s\n' "$BODY"; fi
echo
echo "done: versions 1 and 2 of $UNIT/$YEAR published ($D/versions)"
