// The dashboard in a real browser (Debian's chromium, driven by playwright-core): a monitor
// logs in, filters to March 2016, opens an incident from the map, reads its reasoning,
// overrides its determination with a reason and publishes it; a party's liaison and the
// public then see the change. Screenshots go to web/test-results/.
//
// TRUCE_BIN=path/to/truce node tests/dashboard.mjs   (run from web/)
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const web = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repo = resolve(web, "..");
const bin = process.env.TRUCE_BIN || join(repo, "target/debug/truce");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const results = join(web, "test-results");
mkdirSync(results, { recursive: true });

const dir = mkdtempSync(join(tmpdir(), "truce-dashboard-"));
const db = join(dir, "truce.db");
const truce = (args, input) =>
  execFileSync(bin, ["--db", db, ...args], { input, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] });
truce(["load", join(repo, "scenarios/syria-2016")]);
truce(["import", "ucdp", join(repo, "data/ucdp/ged_syria_2016-02_to_2016-03.csv")]);
truce(["adjudicate"]);
const password = "correct horse battery";
truce(["--as", "admin", "user", "add", "mona", "--role", "monitor", "--password-stdin"], password + "\n");
truce(["--as", "admin", "user", "add", "gov", "--role", "liaison", "--party", "Government of Syria", "--password-stdin"], password + "\n");

const port = 20000 + (process.pid % 20000);
const base = `http://127.0.0.1:${port}/`;
const server = spawn(bin, ["--db", db, "serve", "--addr", `127.0.0.1:${port}`], { stdio: "inherit" });
const fail = (message) => {
  server.kill();
  console.error("dashboard test FAILED: " + message);
  process.exit(1);
};
for (let i = 0; ; i++) {
  try {
    if ((await fetch(base + "openapi.json")).ok) break;
  } catch {}
  if (i > 100) fail("the server did not start");
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const expectText = async (page, selector, predicate, what) => {
  for (let i = 0; i < 100; i++) {
    const t = await page.locator(selector).first().textContent().catch(() => null);
    if (t !== null && predicate(t)) return t;
    await page.waitForTimeout(100);
  }
  await page.screenshot({ path: join(results, "failure.png"), fullPage: true });
  fail(`${what} (selector ${selector})`);
};
const login = async (page, name) => {
  await page.fill("#login-name", name);
  await page.fill("#login-password", password);
  await page.click("#login button[type=submit]");
  await expectText(page, "#whoami-text", (t) => t.startsWith(name), `${name} is logged in`);
};

try {
  // A monitor: filter to March, open an incident from the map, read it, decide, publish.
  const monitor = await browser.newPage();
  await monitor.goto(base);
  await login(monitor, "mona");
  await monitor.fill("#from", "2016-03-01");
  await monitor.fill("#to", "2016-03-31");
  await monitor.click("#apply");
  await expectText(monitor, "#count", (t) => /^\d+ incident/.test(t) && !t.startsWith("0 "), "March's incidents are listed");
  await monitor.locator("path.incident-marker").first().dispatchEvent("click");
  const id = await expectText(monitor, "#incident-id", (t) => t.length > 0, "an incident opens from the map");
  const reasons = await monitor.locator("#reasons li").count();
  if (reasons === 0) fail("the reasoning is shown");
  const before = await monitor.locator("#incident-outcome").textContent();
  const decided = before === "violation" ? "permitted" : "violation";
  await monitor.selectOption("#review-outcome", decided);
  await monitor.fill("#review-reason", "the liaison's footage shows the strike landed after commencement");
  await monitor.check("#review-publish");
  await monitor.click("#review button[type=submit]");
  await expectText(monitor, "#incident-outcome", (t) => t === decided, "the decision stands");
  await expectText(monitor, "#reviews", (t) => t.includes("mona: " + decided), "the review history shows it");
  await monitor.screenshot({ path: join(results, "1-monitor.png"), fullPage: true });
  await monitor.close();

  // The government's liaison sees the change.
  const liaison = await browser.newPage();
  await liaison.goto(base + "#incident=" + encodeURIComponent(id));
  await login(liaison, "gov");
  await expectText(liaison, "#incident-outcome", (t) => t === decided, "the liaison sees the decision");
  await expectText(liaison, "#count", (t) => parseInt(t, 10) > 1, "the liaison sees its own side's incidents too");
  if ((await liaison.locator("#review").count()) !== 0) fail("a liaison gets no review form");
  await liaison.screenshot({ path: join(results, "2-liaison.png"), fullPage: true });
  await liaison.close();

  // So does the public, without a login: the incident is published.
  const publicPage = await (await browser.newContext()).newPage();
  await publicPage.goto(base + "#incident=" + encodeURIComponent(id));
  await expectText(publicPage, "#incident-outcome", (t) => t === decided, "the public sees the decision");
  await expectText(publicPage, "#count", (t) => t.startsWith("1 incident"), "the public sees the one published incident only");
  await publicPage.screenshot({ path: join(results, "3-public.png"), fullPage: true });
  console.log(`dashboard test passed: ${id} decided ${decided} (was ${before}); screenshots in ${results}`);
} catch (e) {
  fail(e.stack || String(e));
} finally {
  await browser.close();
  server.kill();
}
