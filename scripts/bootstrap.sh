# Samspil's one bootstrap, sourced by scripts/serve, scripts/test, scripts/size and
# scripts/bench. It installs only what is missing, at pinned versions, and says
# what it installs. Sourcing it a second time installs nothing.
#
# Rust for wasm32 comes by one of two routes:
# - normal: rustup's wasm32-unknown-unknown target (installed here if rustup can);
# - fallback: Debian's rustc-web 1.96 with its standard-library source, building std
#   for wasm32 (see ../shared/TOOLCHAIN.md). Its settings live only in the
#   environment of `wasm_cargo`, never in a checked-in config, so the normal route
#   stays untouched. Set SAMSPIL_WASM_ROUTE=fallback to force it.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
say() { printf '\033[1m[samspil]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root to run: $*"; return 1; fi
}

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null || { say "please install: $* (no apt-get here)"; return 1; }
  if [ "$APT_UPDATED" = 0 ]; then as_root apt-get update -qq >&2; APT_UPDATED=1; fi
  say "installing Debian packages: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

# --- host Rust ---------------------------------------------------------------
command -v cargo >/dev/null || { say "Rust is missing: install it from rustup.rs, then run this again"; exit 1; }
if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  say "installing rustfmt and clippy"
  timeout 300 rustup component add rustfmt clippy >&2
fi

# --- wasm32 route -------------------------------------------------------------
ROUTE="${SAMSPIL_WASM_ROUTE:-}"
if [ -z "$ROUTE" ]; then
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    ROUTE=normal
  else
    say "trying the normal route: rustup target add wasm32-unknown-unknown (2 min limit)"
    if timeout 120 rustup target add wasm32-unknown-unknown >&2; then ROUTE=normal; else
      say "rustup could not fetch the wasm32 target; using the fallback route (Debian rustc-web)"
      ROUTE=fallback
    fi
  fi
fi

if [ "$ROUTE" = fallback ]; then
  missing=()
  [ -x /usr/bin/rustc ] && /usr/bin/rustc --print target-list 2>/dev/null | grep -qx wasm32-unknown-unknown || missing+=(rustc-web)
  [ -x /usr/bin/cargo ] || missing+=(cargo-web)
  [ -d /usr/lib/rustlib/src/rust/library ] || missing+=(rust-web-src)
  [ -x /usr/bin/clippy-driver ] || missing+=(rust-web-clippy)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$APT_UPDATED" = 0 ]; then as_root apt-get update -qq >&2; APT_UPDATED=1; fi
    say "installing Debian's Rust for wasm32: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -t bookworm-security "${missing[@]}" >&2
  fi
  RUST_LLD="$(ls "$(rustc --print sysroot)"/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld 2>/dev/null \
    || ls "$HOME"/.rustup/toolchains/*/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld | head -n1)"
fi
export SAMSPIL_ROUTE="$ROUTE"

# Runs cargo for the wasm32 target by the chosen route.
wasm_cargo() {
  if [ "$SAMSPIL_ROUTE" = fallback ]; then
    env PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
      CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$RUST_LLD" \
      CARGO_TARGET_DIR="$ROOT/target/fallback" \
      /usr/bin/cargo "$@"
  else
    cargo "$@"
  fi
}
wasm_target_dir() {
  if [ "$SAMSPIL_ROUTE" = fallback ]; then echo "$ROOT/target/fallback/wasm32-unknown-unknown"; else
    echo "$ROOT/target/wasm32-unknown-unknown"; fi
}

# --- wasm-bindgen-cli, exactly the version in Cargo.lock ----------------------
WB_VERSION="$(grep -A1 '^name = "wasm-bindgen"$' "$ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 3 min)"
  # Not --locked: the crate's own lock pins a version the registry may not serve.
  cargo install -q wasm-bindgen-cli --version "$WB_VERSION" >&2
fi

# --- Chromium and chromedriver -------------------------------------------------
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
if [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ]; then
  apt_install chromium chromium-driver
fi
export CHROMIUM CHROMEDRIVER

# --- QR decoding and the printed page, for the end-to-end tests -----------------
# zbarimg (zbar-tools) is a real QR decoder: every code the app offers must decode
# to its link. pdftoppm (poppler-utils) turns the printed page (a PDF) into an image.
missing_tools=()
command -v zbarimg >/dev/null || missing_tools+=(zbar-tools)
command -v pdftoppm >/dev/null || missing_tools+=(poppler-utils)
[ ${#missing_tools[@]} -eq 0 ] || apt_install "${missing_tools[@]}"

# --- Node packages: Playwright (playwright-core), axe-core, binaryen's wasm-opt --
command -v node >/dev/null || apt_install nodejs npm
if [ ! -f "$ROOT/node_modules/.samspil-installed" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.samspil-installed" ]; then
  say "installing Node packages from package-lock.json"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error >&2)
  touch "$ROOT/node_modules/.samspil-installed"
fi

say "ready: wasm32 route '$SAMSPIL_ROUTE', wasm-bindgen $WB_VERSION, $("$CHROMIUM" --version 2>/dev/null | head -n1)"
