#!/usr/bin/env bash
# Real editor clients against the exported JSON Schemas (docs/editors.md).
#
# Installs, at pinned versions and into project-local folders (reused between runs when the pins
# have not changed):
#   - scripts/editor-clients/node_modules (npm ci, from package-lock.json): ajv-cli 5 with
#     ajv-formats, and yaml-language-server 1.25 (the YAML language server of VS Code's YAML
#     extension), which runs on Node 20;
#   - .tools/venv (pip, from scripts/editor-clients/requirements.txt): check-jsonschema.
# Then checks:
#   1. `hpoconf schema --out` writes exactly the committed schemas/ (draft-07);
#   2. every schema, draft-07 and 2020-12, against its metaschema (ajv in strict mode,
#      check-jsonschema --check-metaschema);
#   3. every valid fixture validates with both tools and both drafts (exp.yml files are read as
#      YAML by both); trial.ini files are skipped: neither tool reads INI, and no editor applies
#      a JSON Schema to INI (tests/schemas.rs validates them through hpoconf's INI reader);
#   4. scripts/editor-clients/exp-errors.yml fails with both tools;
#   5. yaml-language-server, driven headless over stdio (editor-clients/lsp-diagnostics.js):
#      - with `yaml.schemas` mapping the schema, it reports on exp-errors.yml diagnostics on
#        exactly the lines where `hpoconf check --format json` reports errors;
#      - every valid fixture exp.yml gets no diagnostic;
#      - the modeline of fixtures/maxcompute-easyrec/exp.yml
#        (`# yaml-language-server: $schema=../../schemas/exp-yml.schema.json`) resolves: the
#        fixture gets no diagnostic, and the same text with an unknown key added gets exactly
#        one, on that key's line, from that schema.
# Any disagreement exits 1 with a message saying which.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
CLIENTS=$ROOT/scripts/editor-clients
VENV=$ROOT/.tools/venv
START=$SECONDS

fail() {
  echo "editor-clients: FAIL: $*" >&2
  exit 1
}
step() { echo "-- $* ($((SECONDS - START)) s)"; }

sha() { sha256sum "$1" | cut -d' ' -f1; }

# --- installs -------------------------------------------------------------------------------
command -v node >/dev/null || fail "node is not installed (Node 20 or later is needed)"
command -v npm >/dev/null || fail "npm is not installed"
command -v python3 >/dev/null || fail "python3 is not installed"

step "npm ci (scripts/editor-clients)"
lock_sum=$(sha "$CLIENTS/package-lock.json")
if [ "$(cat "$CLIENTS/node_modules/.hpoconf-stamp" 2>/dev/null || true)" != "$lock_sum" ]; then
  (cd "$CLIENTS" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" >"$CLIENTS/node_modules/.hpoconf-stamp"
else
  echo "   up to date"
fi
AJV=$CLIENTS/node_modules/.bin/ajv

step "pip install (.tools/venv)"
req_sum=$(sha "$CLIENTS/requirements.txt")
if [ "$(cat "$VENV/.hpoconf-stamp" 2>/dev/null || true)" != "$req_sum" ]; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check --no-input -r "$CLIENTS/requirements.txt"
  echo "$req_sum" >"$VENV/.hpoconf-stamp"
else
  echo "   up to date"
fi
CHECK_JSONSCHEMA=$VENV/bin/check-jsonschema

echo "   node $(node --version), ajv-cli $(node -p "require('$CLIENTS/node_modules/ajv-cli/package.json').version"), ajv $(node -p "require('$CLIENTS/node_modules/ajv/package.json').version"), yaml-language-server $(node -p "require('$CLIENTS/node_modules/yaml-language-server/package.json').version"), check-jsonschema $("$CHECK_JSONSCHEMA" --version | awk '{print $NF}')"

# --- hpoconf --------------------------------------------------------------------------------
step "cargo build --release"
cargo build --release --quiet
hpoconf() { cargo run --release --quiet -- "$@"; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

step "hpoconf schema --out (draft-07 and 2020-12)"
hpoconf schema --out "$TMP/07" >/dev/null
hpoconf schema --draft 2020-12 --out "$TMP/2020" >/dev/null
diff -r "$TMP/07" schemas >/dev/null ||
  fail "schemas/ differs from what \`hpoconf schema --out schemas\` writes (run it, or UPDATE_SCHEMAS=1 cargo test --test it schemas)"

KINDS="exp-yml search-space trial-ini hpo-config get-hpo-experiment"

# The valid fixtures of each kind (trial.ini: none, see above).
fixtures_of() {
  case "$1" in
    exp-yml) find fixtures -name exp.yml | sort ;;
    search-space) find fixtures -name 'search_space*.json' | sort ;;
    hpo-config) find fixtures -name 'hpo_config*.json' | sort ;;
    get-hpo-experiment) find fixtures -name 'get_hpo_experiment*.json' | sort ;;
    *) ;;
  esac
}

# --- ajv-cli --------------------------------------------------------------------------------
for draft in 07 2020; do
  spec=draft7
  [ "$draft" = 2020 ] && spec=draft2020
  step "ajv ($spec): metaschema and fixtures"
  for kind in $KINDS; do
    schema=$TMP/$draft/$kind.schema.json
    "$AJV" compile --spec="$spec" -c ajv-formats -c "$CLIENTS/editor-keywords.js" -s "$schema" >"$TMP/ajv.log" 2>&1 ||
      { cat "$TMP/ajv.log" >&2; fail "ajv ($spec): $kind schema does not compile"; }
    files=$(fixtures_of "$kind")
    [ -n "$files" ] || continue
    for f in $files; do
      "$AJV" validate --spec="$spec" -c ajv-formats -c "$CLIENTS/editor-keywords.js" --errors=text -s "$schema" -d "$f" >"$TMP/ajv.log" 2>&1 ||
        { cat "$TMP/ajv.log" >&2; fail "ajv ($spec): valid fixture $f fails the $kind schema"; }
    done
    echo "   $kind: schema valid; $(echo "$files" | wc -l) fixture(s) valid"
  done
  if "$AJV" validate --spec="$spec" -c ajv-formats -c "$CLIENTS/editor-keywords.js" -s "$TMP/$draft/exp-yml.schema.json" \
    -d scripts/editor-clients/exp-errors.yml >"$TMP/ajv.log" 2>&1; then
    fail "ajv ($spec): scripts/editor-clients/exp-errors.yml validates, but it has four errors"
  fi
  echo "   exp-errors.yml: invalid, as it should be"
done

# --- check-jsonschema -----------------------------------------------------------------------
for draft in 07 2020; do
  step "check-jsonschema ($draft): metaschema and fixtures"
  "$CHECK_JSONSCHEMA" --check-metaschema "$TMP/$draft"/*.schema.json >"$TMP/cj.log" 2>&1 ||
    { cat "$TMP/cj.log" >&2; fail "check-jsonschema: a $draft schema fails its metaschema"; }
  for kind in $KINDS; do
    files=$(fixtures_of "$kind")
    [ -n "$files" ] || continue
    # shellcheck disable=SC2086
    "$CHECK_JSONSCHEMA" --schemafile "$TMP/$draft/$kind.schema.json" $files >"$TMP/cj.log" 2>&1 ||
      { cat "$TMP/cj.log" >&2; fail "check-jsonschema ($draft): a valid $kind fixture fails its schema"; }
    echo "   $kind: $(echo "$files" | wc -l) fixture(s) valid"
  done
  if "$CHECK_JSONSCHEMA" --schemafile "$TMP/$draft/exp-yml.schema.json" \
    scripts/editor-clients/exp-errors.yml >"$TMP/cj.log" 2>&1; then
    fail "check-jsonschema ($draft): scripts/editor-clients/exp-errors.yml validates, but it has four errors"
  fi
  echo "   exp-errors.yml: invalid, as it should be"
done

# --- yaml-language-server -------------------------------------------------------------------
lsp() { node "$CLIENTS/lsp-diagnostics.js" "$@"; }

# Lines of a JSON document's diagnostics: `node_lines FILE EXPR` prints one line number a line.
lines_of_lsp() {
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const lines = [...new Set(r.diagnostics.map((d) => d.line))].sort((a, b) => a - b);
    console.log(lines.join(" "));' "$1"
}
lines_of_hpoconf() {
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const lines = new Set();
    for (const f of r.files) for (const d of f.diagnostics) if (d.severity === "error") lines.add(d.line);
    console.log([...lines].sort((a, b) => a - b).join(" "));' "$1"
}
show() {
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const d of r.diagnostics) console.log(`     ${d.line}:${d.column} ${d.message} [${d.source}]`);' "$1"
}

step "yaml-language-server: exp-errors.yml against hpoconf check"
errors_yml=scripts/editor-clients/exp-errors.yml
lsp --file "$errors_yml" --schema schemas/exp-yml.schema.json >"$TMP/lsp.json"
show "$TMP/lsp.json"
set +e
hpoconf check --format json "$errors_yml" >"$TMP/hpoconf.json"
rc=$?
set -e
[ "$rc" = 1 ] || fail "hpoconf check $errors_yml exited $rc, expected 1"
lsp_lines=$(lines_of_lsp "$TMP/lsp.json")
hpo_lines=$(lines_of_hpoconf "$TMP/hpoconf.json")
echo "   yaml-language-server lines: $lsp_lines"
echo "   hpoconf check lines:        $hpo_lines"
[ -n "$hpo_lines" ] || fail "hpoconf reports no error on $errors_yml"
[ "$lsp_lines" = "$hpo_lines" ] ||
  fail "yaml-language-server reports lines [$lsp_lines], hpoconf check reports lines [$hpo_lines] on $errors_yml"

step "yaml-language-server: valid fixtures (yaml.schemas setting)"
for f in $(fixtures_of exp-yml); do
  lsp --file "$f" --schema schemas/exp-yml.schema.json >"$TMP/lsp.json"
  n=$(node -p "JSON.parse(require('fs').readFileSync('$TMP/lsp.json','utf8')).diagnostics.length")
  [ "$n" = 0 ] || { show "$TMP/lsp.json"; fail "yaml-language-server reports $n diagnostic(s) on the valid fixture $f"; }
  echo "   $f: no diagnostic"
done

step "yaml-language-server: the \$schema modeline of fixtures/maxcompute-easyrec/exp.yml"
modeline_fixture=fixtures/maxcompute-easyrec/exp.yml
grep -q '^# yaml-language-server: \$schema=../../schemas/exp-yml.schema.json' "$modeline_fixture" ||
  fail "$modeline_fixture has lost its modeline"
lsp --file "$modeline_fixture" >"$TMP/lsp.json"
n=$(node -p "JSON.parse(require('fs').readFileSync('$TMP/lsp.json','utf8')).diagnostics.length")
[ "$n" = 0 ] || { show "$TMP/lsp.json"; fail "yaml-language-server reports $n diagnostic(s) on $modeline_fixture (modeline)"; }
# The same text with an unknown key, as an unsaved document beside the fixture (so the modeline's
# relative path resolves the same way): exactly one diagnostic, on that line, from that schema.
cp "$modeline_fixture" "$TMP/modeline.yml"
echo "maxTrialNumbr: 3" >>"$TMP/modeline.yml"
added_line=$(wc -l <"$TMP/modeline.yml" | tr -d ' ')
lsp --file "fixtures/maxcompute-easyrec/unsaved-modeline-check.yml" --text-file "$TMP/modeline.yml" >"$TMP/lsp.json"
show "$TMP/lsp.json"
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const line = Number(process.argv[2]);
  const ok = r.diagnostics.length === 1 && r.diagnostics[0].line === line &&
    // yaml-language-server names the schema by its URL, or by its title when it has one
    (r.diagnostics[0].source.endsWith("/schemas/exp-yml.schema.json") ||
     r.diagnostics[0].source.includes("NNI experiment config (exp.yml)"));
  process.exit(ok ? 0 : 1);' "$TMP/lsp.json" "$added_line" ||
  fail "the modeline did not apply schemas/exp-yml.schema.json (expected one diagnostic on line $added_line)"
echo "   modeline resolves to schemas/exp-yml.schema.json"

echo "editor-clients: OK ($((SECONDS - START)) s)"
