#!/usr/bin/env bash
# A stand-in for GitHub's gh command for the owner-reminders script's test: it records each call in
# $FAKE_GH/calls (one line, the arguments joined by spaces) and keeps the issues in $FAKE_GH/issues/NUMBER/
# (title, body, state, labels), understanding only the calls the script makes.
set -euo pipefail
state=${FAKE_GH:?}
mkdir -p "$state/issues"
echo "$*" >> "$state/calls"

option() { # option NAME ARGS...: the value after --NAME
  local name=$1; shift
  while [ $# -gt 0 ]; do
    if [ "$1" = "--$name" ]; then echo "$2"; return; fi
    shift
  done
}

case "$1 $2" in
  "label create") ;;
  "issue list")
    wanted=$(option label "$@")
    for dir in "$state"/issues/*/; do
      [ -d "$dir" ] || continue
      [ "$(cat "$dir/state")" = open ] || continue
      grep -qxF "$wanted" "$dir/labels" || continue
      jq -n --argjson number "$(basename "$dir")" --rawfile title "$dir/title" --rawfile body "$dir/body" \
        '{number: $number, title: $title, body: $body}'
    done | jq -s 'sort_by(-.number)'
    ;;
  "issue create")
    number=$(( $(ls "$state/issues" | wc -l) + 1 ))
    mkdir "$state/issues/$number"
    printf '%s' "$(option title "$@")" > "$state/issues/$number/title"
    cp "$(option body-file "$@")" "$state/issues/$number/body"
    option label "$@" > "$state/issues/$number/labels"
    echo open > "$state/issues/$number/state"
    echo "https://github.com/testshire/local-offer/issues/$number"
    ;;
  "issue edit")
    printf '%s' "$(option title "$@")" > "$state/issues/$3/title"
    cp "$(option body-file "$@")" "$state/issues/$3/body"
    ;;
  "issue close")
    echo closed > "$state/issues/$3/state"
    ;;
  *)
    echo "fake gh: unexpected call: $*" >&2
    exit 1
    ;;
esac
