#!/usr/bin/env bash
# scripts/e2e/install-code-server.sh — installs what the end-to-end suite (npm run test:e2e) needs:
#   * Debian packages: the build tools for code-server's native modules, ripgrep, Chromium and a CJK font
#     (apt-get runs only when one of them is missing, so a warm machine skips apt);
#   * code-server from the npm registry, into a cache folder OUTSIDE the clone, reused when present:
#       ${GONGWEN_E2E_CACHE:-$HOME/.cache/gongwen-e2e}/code-server-$VERSION
# Works on a machine that reaches only the npm registry and Debian's mirrors:
#   * @vscode/ripgrep's postinstall downloads a binary from GitHub: its download cache is seeded with
#     Debian's rg first;
#   * npm_config_unsafe_perm=true (code-server's postinstall refuses root otherwise) and
#     npm_config_yes=true (node-pty's postinstall runs `npx node-gyp`).
# Prints the code-server binary's path as its last line of output (stdout). Logs go to stderr.
set -euo pipefail
VERSION=${GONGWEN_E2E_CODE_SERVER_VERSION:-4.100.3}
CACHE=${GONGWEN_E2E_CACHE:-$HOME/.cache/gongwen-e2e}
DIR="$CACHE/code-server-$VERSION"
BIN="$DIR/node_modules/.bin/code-server"
DEBS=(build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep chromium fonts-noto-cjk)

log() { echo "[e2e setup] $*" >&2; }
fail() { log "FAIL: $*"; exit 1; }
now() { date +%s.%N; }
T0=$(now)

# --- Debian packages (only the missing ones) --------------------------------------------------------
missing=()
for p in "${DEBS[@]}"; do
  dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || fail "missing Debian packages (${missing[*]}) and no apt-get"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2 || fail "apt-get update"
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 || fail "apt-get install ${missing[*]}"
else
  log "Debian packages present (apt skipped)"
fi
command -v rg >/dev/null || fail "ripgrep (rg) not on PATH"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium missing"
T1=$(now)

# --- code-server (reused when its binary runs) -------------------------------------------------------
version_ok() {
  [ -f "$DIR/.gongwen-complete" ] && [ -x "$BIN" ] || return 1
  local cfg; cfg=$(mktemp -d)
  # --config: do not write a default config into ~/.config.
  "$BIN" --config "$cfg/config.yaml" --version 2>/dev/null | grep -q "^$VERSION " ; local rc=$?
  rm -rf "$cfg"; return $rc
}

if version_ok; then
  log "code-server $VERSION cached in $DIR"
else
  NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
  log "installing code-server $VERSION into $DIR (node $NODE_MAJOR; takes several minutes)"
  rm -rf "$DIR"
  mkdir -p "$DIR" "$CACHE/tmp"
  WORK=$(mktemp -d "$CACHE/tmp/work.XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
  # Which @vscode/ripgrep the bundled VS Code uses, and which ripgrep release its postinstall wants.
  ( cd "$WORK" && npm pack --silent "code-server@$VERSION" >/dev/null && tar xzf code-server-*.tgz ) \
    || fail "npm pack code-server@$VERSION"
  RG_PKG=$(node -p 'require(process.argv[1]).packages["node_modules/@vscode/ripgrep"].version' \
    "$WORK/package/lib/vscode/npm-shrinkwrap.json") || fail "no @vscode/ripgrep in code-server's shrinkwrap"
  ( cd "$WORK" && npm pack --silent "@vscode/ripgrep@$RG_PKG" >/dev/null && mkdir rgp && tar xzf vscode-ripgrep-*.tgz -C rgp ) \
    || fail "npm pack @vscode/ripgrep@$RG_PKG"
  RG_TAG=$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" "$WORK/rgp/package/lib/postinstall.js")
  [ -n "$RG_TAG" ] || fail "cannot read the ripgrep release from @vscode/ripgrep@$RG_PKG"
  case "$(uname -m)" in
    x86_64) TARGET=x86_64-unknown-linux-musl ;;
    aarch64) TARGET=aarch64-unknown-linux-musl ;;
    *) fail "unsupported architecture $(uname -m)" ;;
  esac
  # The postinstall looks in os.tmpdir()/vscode-ripgrep-cache-<version>: point TMPDIR into the cache.
  export TMPDIR="$CACHE/tmp"
  RG_CACHE="$TMPDIR/vscode-ripgrep-cache-$RG_PKG"
  mkdir -p "$RG_CACHE" "$WORK/rgbin"
  cp "$(command -v rg)" "$WORK/rgbin/rg"
  tar czf "$RG_CACHE/ripgrep-$RG_TAG-$TARGET.tar.gz" -C "$WORK/rgbin" rg
  log "seeded $RG_CACHE/ripgrep-$RG_TAG-$TARGET.tar.gz with $(rg --version | head -1)"

  echo '{"private":true}' >"$DIR/package.json"
  npm_config_yes=true npm_config_unsafe_perm=true npm_config_fund=false npm_config_audit=false \
    npm install --no-audit --no-fund --prefix "$DIR" "code-server@$VERSION" >&2 \
    || fail "npm install code-server@$VERSION (see the output above)"
  touch "$DIR/.gongwen-complete"
  version_ok || fail "code-server $VERSION installed but \`code-server --version\` does not run"
  log "code-server $VERSION installed"
fi
T2=$(now)
log "timings: apt check/install $(node -p "($T1-$T0).toFixed(1)")s, code-server $(node -p "($T2-$T1).toFixed(1)")s"
echo "$BIN"
