#!/bin/sh
# Fetches the vendored bpmn-js and zeebe-bpmn-moddle files from the npm registry, checks each
# tarball against the registry's integrity, copies the files the console uses and rewrites SHA256SUMS.
set -eu
BPMN_JS=18.31.1
BPMN_JS_SHA512=Hc7LzrgwfcBRUAdI/380Q2v1MJ115atGEVGadawLfDbHdo+r+IkmNj8fuYPFmWglUYt1KYIaC46OeX16HGTKQw==
ZEEBE_MODDLE=2.0.0
ZEEBE_MODDLE_SHA512=n1wtWbvpWRA4ROgbjNpFt6SxvSGp+lJHuY+N6hXp7IrxV/VJnfnwrm+UMGY80IgZMdJVz9zgKyPC4QujijBH8w==
here=$(cd "$(dirname "$0")/../src/main/resources/static/vendor" && pwd)
sums=$(cd "$(dirname "$0")" && pwd)/SHA256SUMS
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fetch() { # name version integrity
  curl -fsSL -o "$tmp/$1.tgz" "https://registry.npmjs.org/$1/-/$1-$2.tgz"
  actual=$(openssl dgst -sha512 -binary "$tmp/$1.tgz" | base64 | tr -d '\n')
  [ "$actual" = "$3" ] || { echo "$1-$2.tgz: integrity $actual, expected $3" >&2; exit 1; }
  mkdir -p "$tmp/$1" && tar xzf "$tmp/$1.tgz" -C "$tmp/$1"
}
fetch bpmn-js "$BPMN_JS" "$BPMN_JS_SHA512"
fetch zeebe-bpmn-moddle "$ZEEBE_MODDLE" "$ZEEBE_MODDLE_SHA512"
b="$here/bpmn-js/$BPMN_JS" z="$here/zeebe-bpmn-moddle/$ZEEBE_MODDLE" p="$tmp/bpmn-js/package"
mkdir -p "$b/assets/bpmn-font/css" "$b/assets/bpmn-font/font" "$z"
cp "$p/dist/bpmn-navigated-viewer.production.min.js" "$p/dist/bpmn-modeler.production.min.js" "$p/LICENSE" "$b/"
cp "$p/dist/assets/bpmn-js.css" "$p/dist/assets/diagram-js.css" "$b/assets/"
cp "$p/dist/assets/bpmn-font/css/bpmn.css" "$b/assets/bpmn-font/css/"
cp "$p/dist/assets/bpmn-font/font/bpmn.woff" "$p/dist/assets/bpmn-font/font/bpmn.woff2" "$b/assets/bpmn-font/font/"
cp "$tmp/zeebe-bpmn-moddle/package/resources/zeebe.json" "$tmp/zeebe-bpmn-moddle/package/LICENSE" "$z/"
cd "$here" && find . -type f | sort | sed 's|^\./||' | xargs sha256sum > "$sums"
