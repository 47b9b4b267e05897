namespace LocalOfferGen.Tests.Scaffolding;

/// <summary>A stand-in for the GitHub CLI on PATH, for the workflow's scripts: <c>gh api</c> on one pull request's
/// comments (council/local-offer, number 7), kept in <c>comments.json</c>, which it lists (through the real jq filter
/// the script gives), adds to and edits. Each call is recorded, one line, in <c>calls</c>.</summary>
internal sealed class FakeGh
{
    public const string Repository = "council/local-offer";
    public const string PullRequest = "7";

    public FakeGh(string folder)
    {
        Folder = folder;
        Directory.CreateDirectory(Path.Combine(folder, "bin"));
        var gh = Path.Combine(folder, "bin", "gh");
        File.WriteAllText(gh, Script.ReplaceLineEndings("\n"));
        File.SetUnixFileMode(gh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(CommentsFile, "[]");
    }

    public string Folder { get; }
    public string Bin => Path.Combine(Folder, "bin");
    public string CommentsFile => Path.Combine(Folder, "comments.json");
    public IReadOnlyList<string> Calls => File.Exists(Path.Combine(Folder, "calls")) ? File.ReadAllLines(Path.Combine(Folder, "calls")) : [];

    private const string Script = """
        #!/usr/bin/env bash
        set -euo pipefail
        store="$FAKE_GH/comments.json"
        printf '%s\n' "$*" >> "$FAKE_GH/calls"
        [ "$1" = api ] || { echo "fake gh: only gh api" >&2; exit 1; }
        shift
        method=GET; filter=; body=; path=
        while [ $# -gt 0 ]; do
          case "$1" in
            --method|-X) method="$2"; shift 2;;
            --jq|-q) filter="$2"; shift 2;;
            -F|--field) case "$2" in body=@*) body="${2#body=@}";; *) echo "fake gh: unexpected field $2" >&2; exit 1;; esac; shift 2;;
            --paginate|--silent) shift;;
            -*) echo "fake gh: unknown option $1" >&2; exit 1;;
            *) path="$1"; shift;;
          esac
        done
        case "$method $path" in
          "GET repos/council/local-offer/issues/7/comments")
            if [ -n "$filter" ]; then jq -r "$filter" "$store"; else cat "$store"; fi;;
          "POST repos/council/local-offer/issues/7/comments")
            id=$(( $(jq length "$store") + 1001 ))
            jq --rawfile body "$body" --argjson id "$id" '. + [{id: $id, user: {login: "github-actions[bot]"}, body: $body}]' "$store" > "$store.new"
            mv "$store.new" "$store";;
          "PATCH repos/council/local-offer/issues/comments/"*)
            id="${path##*/}"
            jq -e --argjson id "$id" 'any(.[]; .id == $id and .user.login == "github-actions[bot]")' "$store" > /dev/null \
              || { echo "fake gh: HTTP 403 (not our comment $id)" >&2; exit 1; }
            jq --rawfile body "$body" --argjson id "$id" 'map(if .id == $id then .body = $body else . end)' "$store" > "$store.new"
            mv "$store.new" "$store";;
          *) echo "fake gh: unexpected $method $path" >&2; exit 1;;
        esac
        """;
}
