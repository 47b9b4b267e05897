#!/usr/bin/env bash
# Keeps one GitHub issue open for each owner with pages or services overdue or due for review soon, updates it
# when the list changes and closes it when nothing is due (see "Reminding owners" in LocalOfferGen's docs/audit.md).
# 'localoffer audit --format owners' decides everything (who, what, the title and the words); this only passes
# it to gh. Each issue carries the label and a hidden marker naming its owner, so it is found again next week.
# Issues with the label but no marker are people's own, and are left alone.
#
# Usage: owner-reminders.sh owners.json     Needs gh and jq, and GH_TOKEN allowed to write issues.
set -euo pipefail

owners=${1:?usage: owner-reminders.sh owners.json (from localoffer audit --format owners)}
schema=$(jq -r '.schema' "$owners")
if [ "$schema" != "localoffer-owners/1" ]; then
  echo "error: $owners is not what 'localoffer audit --format owners' writes (schema '$schema'): no issue was touched" >&2
  exit 1
fi
label=$(jq -r '.label' "$owners")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gh label create "$label" --description "Local Offer pages and services due for review" --color FBCA04 --force >/dev/null
gh issue list --label "$label" --state open --limit 1000 --json number,title,body > "$work/open.json"

# The plan, one line each: "create I", "edit I NUMBER" (I is the owner's place in owners.json) or "close NUMBER".
# An owner's issue is the oldest open one with its marker; it is edited only when its title or body differ.
# Any other issue with a marker is closed: its owner has nothing due (or it is a second issue for one owner).
jq -r --slurpfile open "$work/open.json" '
  def key: (.body // "") | capture("<!-- localoffer-review: (?<k>[^ ]+) -->").k? // null;
  def tidy: gsub("\r"; "") | sub("\\s+$"; "");
  ($open[0] | map(. + {key: key}) | map(select(.key != null)) | sort_by(.number)) as $issues
  | ($issues | group_by(.key) | map({key: .[0].key, value: .[0]}) | from_entries) as $kept
  | (.owners | to_entries[] | .key as $i | .value as $o | $kept[$o.key] as $issue
      | if $issue == null then "create \($i)"
        elif ($issue.title | tidy) != ($o.title | tidy) or ($issue.body | tidy) != ($o.body | tidy) then "edit \($i) \($issue.number)"
        else empty end),
    ([.owners[].key] as $wanted
      | $issues[] | select((.key | IN($wanted[]) | not) or $kept[.key].number != .number) | "close \(.number)")
' "$owners" > "$work/plan"

while read -r action first second; do
  case $action in
    create|edit)
      title=$(jq -r --argjson i "$first" '.owners[$i].title' "$owners")
      jq -j --argjson i "$first" '.owners[$i].body' "$owners" > "$work/body.md"
      if [ "$action" = create ]; then
        gh issue create --title "$title" --body-file "$work/body.md" --label "$label"
      else
        gh issue edit "$second" --title "$title" --body-file "$work/body.md"
      fi
      ;;
    close)
      gh issue close "$first" --comment "Nothing here is overdue or due for review soon any more, so the Local Offer workflow has closed this issue. Thank you."
      ;;
  esac
done < "$work/plan"
