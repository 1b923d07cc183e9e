import { defineConfig, devices } from "@playwright/test";
import { mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";

// Haat in Debian's Chromium (Playwright must not download a browser here),
// with JavaScript on and off, against the server on SQLite and on PostgreSQL.
// ./dev.sh test builds the server and sets HAAT_BIN / HAAT_SITE_ROOT /
// HAAT_E2E_POSTGRES_URL.
const bin = process.env.HAAT_BIN ?? `${process.env.HOME}/.cache/haat/target/debug/haat`;
const siteRoot = process.env.HAAT_SITE_ROOT ?? `${process.env.HOME}/.cache/haat/target/site`;
const postgresUrl = process.env.HAAT_E2E_POSTGRES_URL;
// Each run's data folders live here; ./dev.sh test removes them afterwards.
const runs = join(__dirname, ".cache");
mkdirSync(runs, { recursive: true });

const chromium = {
  ...devices["Pixel 7"],
  browserName: "chromium" as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

type Engine = { name: string; port: number; databaseArgs: string };
const engines: Engine[] = [{ name: "sqlite", port: 3100, databaseArgs: "" }];
if (postgresUrl) {
  engines.push({ name: "postgres", port: 3101, databaseArgs: `--database-url '${postgresUrl}'` });
}

/** Where an engine's server runs the gateway simulator (its own origin). */
function gatewayPort(engine: { port: number }): number {
  return engine.port + 10;
}

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1, // two cores: one browser at a time
  retries: 0,
  reporter: [["list"], ["html", { open: "never" }]],
  use: { trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: engines.flatMap((engine) => [
    {
      name: `js-${engine.name}`,
      use: { ...chromium, javaScriptEnabled: true, baseURL: `http://127.0.0.1:${engine.port}` },
    },
    {
      name: `nojs-${engine.name}`,
      use: { ...chromium, javaScriptEnabled: false, baseURL: `http://127.0.0.1:${engine.port}` },
    },
  ]),
  webServer: engines.map((engine) => ({
    // A fresh data folder each run; demo data loaded into the empty database;
    // sign-in codes shown on the page (demo flag) so tests can type them;
    // the gateway simulator on its own port: another origin, as the real
    // gateway is, so the page's form-action policy is put to the test; the
    // order worker every 5 s, so the dashboard need not wait a minute.
    command: `'${bin}' --addr 127.0.0.1:${engine.port} --data-dir '${mkdtempSync(join(runs, `${engine.name}-`))}' --site-root '${siteRoot}' --demo-data always --demo-show-codes --gateway-simulator --gateway-simulator-addr 127.0.0.1:${gatewayPort(engine)} --trust-forwarded-for --worker-every-secs 5 ${engine.databaseArgs}`,
    url: `http://127.0.0.1:${engine.port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  })),
});
