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
#
# The release wasm (scripts/build without --dev) is smaller when the standard library
# is built for it with panics that abort at once (no panic messages, no source
# locations; see "Rust for wasm32" in the README):
# - normal route: rustup's nightly, pinned below (SAMSPIL_NIGHTLY), with rust-src,
#   `-Z build-std`, in its own target directory target/buildstd, so the stable builds
#   in target/ (dev, clippy, tests) are never invalidated by it;
# - fallback route: the same flags; that route builds std from source anyway.
# If the nightly cannot be installed, the release build is the plain stable one.
# SAMSPIL_BUILD_STD=0 asks for the plain release build on purpose (to compare).

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

# --- the release build: standard library built with immediate-abort panics -------
# The one place the nightly is pinned: a dated nightly, so every machine and CI build
# the same release. Dev builds, clippy and the tests stay on the stable toolchain.
SAMSPIL_NIGHTLY="${SAMSPIL_NIGHTLY:-nightly-2026-05-20}"
RELEASE_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
nightly_ready() {
  rustup toolchain list 2>/dev/null | grep -q "^$SAMSPIL_NIGHTLY-" || return 1
  local sysroot
  sysroot="$(rustc "+$SAMSPIL_NIGHTLY" --print sysroot 2>/dev/null)" || return 1
  [ -d "$sysroot/lib/rustlib/src/rust/library/std" ]
}
if [ "${SAMSPIL_BUILD_STD:-1}" = 0 ]; then
  RELEASE=plain
elif [ "$ROUTE" = fallback ]; then
  RELEASE=fallback
elif nightly_ready; then
  RELEASE=nightly
else
  # After a failed install, the next hour's runs do not wait for rustup again.
  NO_NIGHTLY="$ROOT/target/.samspil-no-$SAMSPIL_NIGHTLY"
  if [ -n "$(find "$NO_NIGHTLY" -mmin -60 2>/dev/null)" ]; then
    RELEASE=plain
  else
    say "installing Rust $SAMSPIL_NIGHTLY with rust-src for the release build (5 min limit)"
    if timeout 300 rustup toolchain install "$SAMSPIL_NIGHTLY" --profile minimal \
        --component rust-src --target wasm32-unknown-unknown >&2 && nightly_ready; then
      RELEASE=nightly
      rm -f "$NO_NIGHTLY"
    else
      mkdir -p "$ROOT/target" && touch "$NO_NIGHTLY"
      RELEASE=plain
    fi
  fi
  [ "$RELEASE" = nightly ] || say "no $SAMSPIL_NIGHTLY (rustup could not install it): the release build is the plain stable one, which works the same and is about 16 KB brotli larger"
fi
export SAMSPIL_RELEASE="$RELEASE"

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

# Runs cargo for the release wasm: the standard library built with immediate-abort
# panics where the toolchain allows (SAMSPIL_RELEASE, above), else as wasm_cargo.
wasm_release_cargo() {
  case "$SAMSPIL_RELEASE" in
    nightly)
      env RUSTFLAGS="$RELEASE_RUSTFLAGS" CARGO_TARGET_DIR="$ROOT/target/buildstd" \
        cargo "+$SAMSPIL_NIGHTLY" -Z build-std=std,panic_abort "$@" ;;
    fallback) RUSTFLAGS="$RELEASE_RUSTFLAGS" wasm_cargo "$@" ;;
    *) wasm_cargo "$@" ;;
  esac
}
wasm_release_dir() {
  if [ "$SAMSPIL_RELEASE" = nightly ]; then echo "$ROOT/target/buildstd/wasm32-unknown-unknown/release"; else
    echo "$(wasm_target_dir)/release"; fi
}

# --- wasm-bindgen-cli, exactly the version in Cargo.lock ----------------------
WB_VERSION="$(grep -A1 '^name = "wasm-bindgen"$' "$ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 3 min)"
  # Not --locked: the crate's own lock pins a version the registry may not serve.
  cargo install -q wasm-bindgen-cli --version "$WB_VERSION" >&2
fi

# --- wasm-split-cli: cuts the team page's wasm into its lazily loaded chunks ----
# (scripts/build; the runtime side is the crate wasm_split_helpers in Cargo.lock).
WS_VERSION=0.2.4
if ! cargo install --list 2>/dev/null | grep -q "^wasm_split_cli_support v$WS_VERSION:"; then
  say "installing wasm-split-cli $WS_VERSION (about 2 min)"
  cargo install -q --locked wasm_split_cli_support --version "$WS_VERSION" --features build-binary >&2
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

# --- the WordPress layer (scripts/test's last step, tests/wordpress/run) ---------
# Debian's WordPress (with its default theme and translations), MariaDB, Apache with
# PHP, and zip, installed when missing, only when that step asks: sourcing this file
# installs none of them. Nothing is started here; tests/wordpress/site.sh starts its
# own servers and stops them.
wordpress_packages() {
  local missing=() p
  for p in wordpress wordpress-theme-twentytwentythree wordpress-l10n mariadb-server apache2 \
      libapache2-mod-php php-mysql zip; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] || apt_install --no-install-recommends "${missing[@]}"
}

case "$SAMSPIL_RELEASE" in
  nightly) RELEASE_SAYS="release build: std built by $SAMSPIL_NIGHTLY, immediate-abort panics" ;;
  fallback) RELEASE_SAYS="release build: std built by Debian's rustc, immediate-abort panics" ;;
  *) RELEASE_SAYS="release build: plain (stable std)" ;;
esac
say "ready: wasm32 route '$SAMSPIL_ROUTE', $RELEASE_SAYS, wasm-bindgen $WB_VERSION, $("$CHROMIUM" --version 2>/dev/null | head -n1)"

# --- Only for the file tests (tests/files.rs): a spreadsheet and a calendar reader --
# Not installed by default: LibreOffice is large. The tests call these functions
# themselves and fail loudly when they cannot get the tool.
samspil_need_calc() {
  command -v soffice >/dev/null || apt_install libreoffice-calc-nogui || apt_install libreoffice-calc
  command -v soffice >/dev/null
}
samspil_need_icalendar() {
  python3 -c 'import icalendar' 2>/dev/null || { say "installing python's icalendar"; python3 -m pip install -q icalendar >&2; }
  python3 -c 'import icalendar' 2>/dev/null
}
