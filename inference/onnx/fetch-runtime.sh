#!/usr/bin/env bash
# fetch-runtime.sh installs the ONNX Runtime shared library (linux/x64, CPU)
# that inference/onnx loads, taking it from the pinned npm package
# onnxruntime-node, which ships it prebuilt.
#
#   inference/onnx/fetch-runtime.sh            # installs into <repo>/.cache/onnxruntime/
#
# Idempotent: when the installed file already has the pinned checksum it does
# nothing. Any checksum mismatch stops the script with an error.
set -euo pipefail

readonly PKG="onnxruntime-node@1.24.3"
readonly MEMBER="package/bin/napi-v6/linux/x64/libonnxruntime.so.1"
readonly SHA256="92ba8e44d31b80a34f5e805076a044122c3be1fffe0d88ed790de7267b0b2682"

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dest_dir="$repo/.cache/onnxruntime"
dest="$dest_dir/libonnxruntime.so"

sum() { sha256sum "$1" | cut -d' ' -f1; }

if [[ -f "$dest" ]] && [[ "$(sum "$dest")" == "$SHA256" ]]; then
	echo "fetch-runtime: $dest is up to date"
	exit 0
fi

case "$(uname -s)/$(uname -m)" in
Linux/x86_64) ;;
*)
	echo "fetch-runtime: only linux/x86_64 is supported, this is $(uname -s)/$(uname -m)" >&2
	exit 1
	;;
esac

for tool in npm tar sha256sum; do
	command -v "$tool" >/dev/null || {
		echo "fetch-runtime: $tool is required" >&2
		exit 1
	}
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "fetch-runtime: npm pack $PKG"
tarball="$(cd "$tmp" && npm pack --silent "$PKG" | tail -n 1)"
tar -xzf "$tmp/$tarball" -C "$tmp" "$MEMBER"

got="$(sum "$tmp/$MEMBER")"
if [[ "$got" != "$SHA256" ]]; then
	echo "fetch-runtime: checksum mismatch for $MEMBER from $PKG" >&2
	echo "  want sha256 $SHA256" >&2
	echo "  got  sha256 $got" >&2
	exit 1
fi

mkdir -p "$dest_dir"
# Install atomically so a concurrent reader never sees a partial library.
install -m 0644 "$tmp/$MEMBER" "$dest.tmp.$$"
mv -f "$dest.tmp.$$" "$dest"
echo "fetch-runtime: installed $dest"
