#!/usr/bin/env bash
# Haat's developer entry point. Two commands set a fresh machine up:
#
#   ./dev.sh run    install what is missing, build, and serve the storefront
#                   with demo data on SQLite at http://127.0.0.1:3000
#   ./dev.sh test   install what is missing and run every test: unit, store
#                   tests on SQLite and PostgreSQL, HTTP tests, and Playwright
#                   in Chromium with JavaScript on and off
#
# Also: ./dev.sh page-weight (release build, then the compressed bytes a
# product page loads), ./dev.sh bench (release build, generated catalogues
# on both engines, every storefront page under load with oha, then
# Lighthouse; see docs/BENCHMARKS.md), ./dev.sh lighthouse (release build,
# Lighthouse on a phone for the home, a category and a product page) and
# ./dev.sh setup (installs only).
#
# Installs are skipped when the right version is already present, and the
# cargo target directory lives outside the clone (~/.cache/haat/target), so
# repeated runs on one machine reuse what earlier runs built.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

CARGO_LEPTOS_VERSION=0.3.10
OHA_VERSION=1.16.0
LIGHTHOUSE_VERSION=12.8.2
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/haat/target}"
export PATH="$ROOT/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The same compile-time settings cargo-leptos uses for debug builds, so that
# `cargo test` reuses its artifacts instead of rebuilding Leptos.
export LEPTOS_OUTPUT_NAME=haat
TEST_RUSTFLAGS="--cfg erase_components"
PG_ADMIN_URL="${HAAT_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

say() { printf '\033[1;33m== %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  say "installing Debian packages: $*"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

setup_toolchain() {
  if ! command -v cargo >/dev/null; then
    echo "Rust is not installed: see https://rustup.rs (this project builds with stable Rust)." >&2
    exit 1
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in clippy rustfmt; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "adding the $component component"
      rustup component add "$component"
    fi
  done
  if ! cargo leptos --version 2>/dev/null | grep -q " $CARGO_LEPTOS_VERSION\$"; then
    # 0.3.11 needs a newer rustc; --locked keeps the build reproducible.
    say "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 16 minutes on 2 cores, once per machine)"
    cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked
  fi
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $want\$"; then
    # Must equal the wasm-bindgen in Cargo.lock. Not --locked: one of its
    # locked dependencies is no longer on the registry.
    say "installing wasm-bindgen-cli $want"
    cargo install wasm-bindgen-cli --version "$want"
  fi
  if ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
  if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ ! -d end2end/node_modules/@playwright/test ] \
     || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    say "installing npm packages (Playwright, binaryen's wasm-opt)"
    # Playwright must not download its own browser: we use Debian's Chromium.
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
}

setup_browser() {
  if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null; then
    apt_install chromium
  fi
  # The invoice test reads the downloaded PDF's text and renders it to an image.
  if ! command -v pdftoppm >/dev/null || ! command -v pdftotext >/dev/null; then
    apt_install poppler-utils
  fi
  export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
}

setup_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then return; fi
  if [ -d /etc/postgresql ] && command -v pg_ctlcluster >/dev/null; then
    say "starting PostgreSQL"
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  else
    apt_install postgresql
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    # A fresh Debian cluster asks TCP clients for a password: give the
    # postgres role one and use it.
    as_root su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\""
    export HAAT_TEST_POSTGRES_URL=postgres://postgres:postgres@127.0.0.1:5432/postgres
    PG_ADMIN_URL=$HAAT_TEST_POSTGRES_URL
  fi
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && return
    sleep 1
  done
  echo "PostgreSQL is not accepting connections on 127.0.0.1:5432; the tests need it." >&2
  exit 1
}

cmd_run() {
  setup_toolchain
  say "building (release)"
  # --precompress writes .br/.gz beside the bundle, served instead of compressing per request.
  cargo leptos build --release --precompress
  say "serving on http://${HAAT_ADDR:-127.0.0.1:3000} (demo data is loaded on first run; Ctrl-C stops)"
  # A local demo has no SMS sender: show each sign-in code on the code page
  # (it is also in the log), and no payment gateway account: pay through the
  # local gateway simulator. Never use these flags on a public server.
  exec "$CARGO_TARGET_DIR/release/haat" --demo-show-codes --gateway-simulator "$@"
}

cmd_test() {
  setup_toolchain
  setup_browser
  setup_postgres
  export HAAT_TEST_POSTGRES_URL="$PG_ADMIN_URL"

  say "formatting and lints (cargo fmt --check, clippy -D warnings)"
  cargo fmt --all --check
  # Same flags as the tests below, so clippy's check reuses their dependencies.
  RUSTFLAGS="$TEST_RUSTFLAGS" cargo clippy --locked -p domain -p haat-store -p app -p server --all-targets -- -D warnings

  say "unit, store (SQLite + PostgreSQL) and HTTP tests"
  # Not --workspace: the browser crate (hydrate) must not be built for the server target.
  RUSTFLAGS="$TEST_RUSTFLAGS" cargo test --locked -p domain -p haat-store -p app -p server

  say "search relevance (server/tests/search/relevance.tsv: every listing in its query's top 3)"
  RUSTFLAGS="$TEST_RUSTFLAGS" cargo test --locked -q -p server --test api search::every_query -- --nocapture 2>&1 \
    | grep "search relevance"

  say "building the site for the browser tests"
  cargo leptos build

  say "browser tests (Chromium; JavaScript on and off; SQLite and PostgreSQL)"
  local e2e_db="haat_e2e_$$"
  psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE $e2e_db"
  local status=0
  (
    cd end2end
    HAAT_BIN="$CARGO_TARGET_DIR/debug/haat" \
    HAAT_SITE_ROOT="$CARGO_TARGET_DIR/site" \
    HAAT_E2E_POSTGRES_URL="${PG_ADMIN_URL%/*}/$e2e_db" \
      npx playwright test
  ) || status=$?
  psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $e2e_db WITH (FORCE)" || true
  rm -rf end2end/.cache
  if [ "$status" -ne 0 ]; then
    echo "browser tests failed (report: end2end/playwright-report)" >&2
    exit "$status"
  fi
  say "all tests passed"
}

cmd_page_weight() {
  setup_toolchain
  setup_browser
  say "building (release)"
  cargo leptos build --release --precompress
  local data
  data=$(mktemp -d)
  local port=3199
  "$CARGO_TARGET_DIR/release/haat" --addr "127.0.0.1:$port" --data-dir "$data" >"$data/server.log" 2>&1 &
  local pid=$!
  # Expanded now: the function's locals are gone when the trap runs.
  trap "kill $pid 2>/dev/null; rm -rf '$data'" EXIT
  for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.5
  done
  (cd end2end && node page-weight.mjs "http://127.0.0.1:$port" "$@")
}

# Lighthouse on a phone (docs/BENCHMARKS.md, "On a phone") for the demo
# catalogue on SQLite, served by the release build already made. Lighthouse
# is installed once per machine outside the clone (it is for measuring,
# not for the tests, so `./dev.sh test` never fetches it).
lighthouse_pages() {
  local tools="$HOME/.cache/haat/lighthouse"
  if [ ! -x "$tools/node_modules/.bin/lighthouse" ] ||
    ! grep -q "\"version\": \"$LIGHTHOUSE_VERSION\"" "$tools/node_modules/lighthouse/package.json"; then
    say "installing Lighthouse $LIGHTHOUSE_VERSION (npm, once per machine)"
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
  fi
  local data port=3197
  data=$(mktemp -d)
  RUST_LOG=warn "$CARGO_TARGET_DIR/release/haat" --addr "127.0.0.1:$port" --data-dir "$data" >"$data/server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.5
  done
  say "Lighthouse (mobile, simulated slow 4G), median of 3 runs"
  local status=0
  (cd end2end && node lighthouse.mjs "http://127.0.0.1:$port" "$tools/node_modules/.bin/lighthouse") || status=1
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  return "$status"
}

cmd_lighthouse() {
  setup_toolchain
  setup_browser
  say "building (release)"
  cargo leptos build --release --precompress
  lighthouse_pages
}

# The pages under load (docs/BENCHMARKS.md, "Pages under load"): for each
# catalogue size (HAAT_BENCH_SIZES, default 10000; add 1000000 for 10 lakh,
# about 10 minutes to load per engine) and engine (HAAT_BENCH_ENGINES), a
# generated catalogue kept under ~/.cache/haat/bench between runs, the
# release server, and page-bench.mjs running oha against it. The machine's
# own limit comes first: the product page's bytes served from memory.
cmd_bench() {
  setup_toolchain
  setup_postgres
  if ! oha --version 2>/dev/null | grep -q " $OHA_VERSION\$"; then
    say "installing oha $OHA_VERSION (the HTTP load generator; about 5 minutes, once per machine)"
    cargo install oha --version "$OHA_VERSION" --locked
  fi
  say "building (release)"
  cargo leptos build --release --precompress
  cargo build --release --locked -p server --example bench_catalogue --example static_limit
  local sizes="${HAAT_BENCH_SIZES:-10000}" engines="${HAAT_BENCH_ENGINES:-sqlite postgres}"
  local cache="$HOME/.cache/haat/bench" port=3299 limit_port=3298
  mkdir -p "$cache"
  # Globals: the trap runs after this function's locals are gone.
  BENCH_PID="" LIMIT_PID=""
  trap 'kill $BENCH_PID $LIMIT_PID 2>/dev/null || true' EXIT
  local static_limit="" failed=0
  for size in $sizes; do
    for engine in $engines; do
      local dir="$cache/$engine-$size" url=""
      if [ "$engine" = postgres ]; then
        url="${PG_ADMIN_URL%/*}/haat_bench_$size"
      else
        url="sqlite://$dir/haat.db?mode=rwc"
      fi
      if [ ! -f "$dir/loaded" ]; then
        say "generating $size listings on $engine"
        rm -rf "$dir"
        mkdir -p "$dir"
        if [ "$engine" = postgres ]; then
          psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS haat_bench_$size WITH (FORCE)"
          psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE haat_bench_$size"
        fi
        "$CARGO_TARGET_DIR/release/examples/bench_catalogue" "$url" "$dir" "$size"
        touch "$dir/loaded"
      fi
      RUST_LOG=warn "$CARGO_TARGET_DIR/release/haat" --addr "127.0.0.1:$port" --data-dir "$dir" \
        --database-url "$url" --demo-data never >"$dir/server.log" 2>&1 &
      BENCH_PID=$!
      for _ in $(seq 1 120); do
        curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
        sleep 0.5
      done
      if [ -z "$static_limit" ]; then
        say "the machine's limit: the product page's bytes from memory"
        local product=/p/mango-pickle-khorpa
        [ "$size" -gt 5000 ] && product=/p/bench-4242
        curl -sf "http://127.0.0.1:$port$product" -o "$cache/product.html"
        "$CARGO_TARGET_DIR/release/examples/static_limit" "127.0.0.1:$limit_port" "$cache/product.html" &
        LIMIT_PID=$!
        sleep 1
        static_limit=$(oha --no-tui --output-format json -z "${HAAT_BENCH_SECS:-10}s" -c 16 \
          "http://127.0.0.1:$limit_port/" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).summary.requestsPerSec.toFixed(0)))')
        kill "$LIMIT_PID"
        LIMIT_PID=""
        echo "static limit (c=16): $static_limit req/s"
      fi
      say "$engine, $size listings"
      (cd end2end && HAAT_BENCH_PID=$BENCH_PID node page-bench.mjs "http://127.0.0.1:$port" "$engine" "$size" "$static_limit") \
        || failed=1
      kill "$BENCH_PID"
      wait "$BENCH_PID" 2>/dev/null || true
      BENCH_PID=""
    done
  done
  setup_browser
  lighthouse_pages || failed=1
  if [ "$failed" -ne 0 ]; then
    echo "some answers failed (see FAILED above)" >&2
    exit 1
  fi
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  page-weight) shift; cmd_page_weight "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  lighthouse) shift; cmd_lighthouse "$@" ;;
  setup) setup_toolchain; setup_browser ;;
  *)
    sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
