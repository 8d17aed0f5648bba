#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to the project's
# PublicAPI.Unshipped.txt, and removes the ones reported as no longer existing (RS0017).
# Usage: tools/update-public-api.sh src/Pilkada.Domain [more project folders...]
set -euo pipefail
for project in "$@"; do
  file="$project/PublicAPI.Unshipped.txt"
  # Union merges can leave a line twice: keep each once.
  { echo "#nullable enable"; tail -n +2 "$file" | grep -v "^#nullable enable$" | sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
  for round in 1 2 3; do
    out=$(dotnet build "$project" -c Release --no-incremental -p:TreatWarningsAsErrors=false 2>&1 || true)
    add=$(printf '%s\n' "$out" | grep -oP "RS0016: Symbol '\K.*?(?=' is not part of the declared public API)" | sort -u || true)
    remove=$(printf '%s\n' "$out" | grep -oP "RS0017: Symbol '\K.*?(?=' is part of the declared API, but)" | sort -u || true)
    [ -z "$add" ] && [ -z "$remove" ] && break
    if [ -n "$remove" ]; then
      while IFS= read -r line; do grep -vxF -- "$line" "$file" > "$file.tmp" || true; mv "$file.tmp" "$file"; done <<< "$remove"
    fi
    if [ -n "$add" ]; then
      { printf '%s\n' "$add"; tail -n +2 "$file"; } | sort -u > "$file.body"
      { echo '#nullable enable'; cat "$file.body"; } > "$file"; rm -f "$file.body"
    fi
  done
  echo "$file: $(($(wc -l < "$file") - 1)) symbols"
done
