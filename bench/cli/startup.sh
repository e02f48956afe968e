#!/usr/bin/env bash
# Start-up of the installed tool against a .NET hello-world: medians of 7 wall-clock runs, in seconds.
#   bash bench/cli/startup.sh [folder-with-packages]
# Without a folder it packs natospend (Release) first, compiled to native code for this platform (.ci/pack-native).
# The tool is installed into a temporary tool path from that folder only, as a user would install it; the hello-world
# is a framework-dependent console app run by its apphost.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
packages="${1:-}"
if [ -z "$packages" ]; then
  packages="$work/packages"
  bash .ci/pack-native "$packages"
fi
bash .ci/install-tool "$packages" "$work/tools"
installed=$(find "$work/tools/.store" -mindepth 1 -maxdepth 1 -iname 'natospend.cli*' -printf '%f ' )

mkdir -p "$work/hello"
cat >"$work/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>
XML
echo 'Console.WriteLine("hello");' >"$work/hello/Program.cs"
dotnet publish "$work/hello" -c Release -o "$work/hello/out" >/dev/null

# The median of 7 runs of a command, after one warm-up run (the files are then in the page cache, as for a user's second run).
median() {
  "$@" >/dev/null 2>&1 || true
  for _ in 1 2 3 4 5 6 7; do
    local start end
    start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N)
    echo "$end - $start" | bc | xargs printf "%.3f\n"
  done | sort -n | sed -n 4p
}
status=$(median "$work/tools/natospend" status)
version=$(median "$work/tools/natospend" --version)
hello=$(median "$work/hello/out/hello")
cat <<JSON
{
  "installed": "${installed% }", "cores": $(nproc), "load_average": "$(cut -d' ' -f1-3 /proc/loadavg)",
  "natospend_status_s": $status,
  "natospend_version_s": $version,
  "dotnet_hello_world_s": $hello,
  "status_to_hello_ratio": $(echo "scale=3; $status / $hello" | bc | xargs printf "%.2f")
}
JSON
