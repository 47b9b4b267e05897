#!/usr/bin/env bash
# Posts what `localoffer diff --format markdown` wrote as the pull request's one "What this changes" comment:
# the first run adds the comment, each later run (each push) edits that same comment, so there is never a second.
# The workflow's "changes" job runs it (see .github/workflows/local-offer.yml). Usage:
#
#   pr-diff-comment.sh FILE
#
# Needs gh (the GitHub CLI, on every GitHub-hosted runner) with GH_TOKEN, GITHUB_REPOSITORY (owner/name) and
# PR_NUMBER. Optional: RUN_URL (a link to the run whose artifacts hold the built site, added at the end) and
# COMMENT_AUTHOR (whose comment to edit; github-actions[bot], the workflow's token, unless set).
set -euo pipefail

file="${1:?usage: pr-diff-comment.sh FILE}"
: "${GITHUB_REPOSITORY:?GITHUB_REPOSITORY must name the repository (owner/name)}"
: "${PR_NUMBER:?PR_NUMBER must be the pull request number}"
author="${COMMENT_AUTHOR:-github-actions[bot]}"
marker='<!-- localoffer-diff -->'

# The comment is found by the marker on its first line, so only a report that starts with it is posted.
if [ "$(head -n 1 "$file")" != "$marker" ]; then
  echo "error: $file does not start with $marker: is it the output of 'localoffer diff --format markdown'?" >&2
  exit 2
fi

body="$(mktemp)"
trap 'rm -f "$body"' EXIT
cat "$file" > "$body"
if [ -n "${RUN_URL:-}" ]; then
  printf '\nThe built site: download **local-offer-site** from [this run](%s)'"'"'s artifacts.\n' "$RUN_URL" >> "$body"
fi

# Our own earlier comment: written by this workflow's author and starting with the marker (anyone may quote it
# further down a comment of theirs). All pages of comments are read; the oldest match is the one kept up to date.
ids="$(gh api --paginate "repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments" \
  --jq ".[] | select(.user.login == \"$author\" and (.body | startswith(\"$marker\"))) | .id")"
id="${ids%%$'\n'*}"

if [ -n "$id" ]; then
  gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id" -F "body=@$body" --silent
  echo "Updated the pull request's comment $id."
else
  gh api --method POST "repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments" -F "body=@$body" --silent
  echo "Added the pull request's comment."
fi
