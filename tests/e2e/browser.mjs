// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core.
import { chromium } from 'playwright-core';

export const APP_URL = process.env.SAMSPIL_URL || 'http://127.0.0.1:8080/';
/// The facilitator's team view: its own page (team.html, with its own wasm) beside
/// the self-check (index.html, the folder's address). Team links and summaries made
/// by the team view start with `${TEAM_URL}#`.
export const TEAM_URL = new URL('team.html', APP_URL).href;

/// Whether an address is the team page's (of the app at APP_URL, or of `base`).
export const onTeamPage = (base = APP_URL) => (url) => url.origin + url.pathname === new URL('team.html', base).href;
/// The person's result: its own page (result.html) beside the self-check.
export const RESULT_URL = new URL('result.html', APP_URL).href;
/// Whether an address is the result's page (of the app at APP_URL, or of `base`).
export const onResultPage = (base = APP_URL) => (url) => url.origin + url.pathname === new URL('result.html', base).href;
/// Whether an address is the self-check's page, the folder's address (of the app at
/// APP_URL, or of `base`).
export const onCheckPage = (base = APP_URL) => (url) => url.origin + url.pathname === new URL('./', base).href;

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/// A new page that records console errors, page errors and CSP violations.
export async function openPage(browser, url = APP_URL, options = {}) {
  const context = await browser.newContext({ locale: 'en-GB', ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') page.problems.push(`console error: ${m.text()}`);
  });
  await page.goto(url);
  return page;
}

// What the team picture finds (where the partners differ, their perspectives, the
// team's actions) loads as it comes near the screen (src/ui/team/findings.rs): a
// facilitator scrolls down past the radar to read it, and so does the test, then
// waits for it. (Nothing to do when it is in already, or when there is no team.)
export async function readOn(page) {
  await page.locator('.samspil-team-picture').first().waitFor();
  if (await page.locator('.samspil-team-actions').count() === 0) {
    await page.evaluate(() => document.querySelector('.samspil-team-picture')?.scrollIntoView({ block: 'end' }));
  }
  await page.locator('.samspil-team-actions').first().waitFor({ state: 'attached' });
}

// The team page loads its sections below the team's actions (the plan, before and
// after, the summary and team links) as they come near the screen, as a person
// scrolls down to them. Waits for the team view to show where they go, then scrolls
// to the end of the page.
export async function reachTheEnd(page) {
  await page.locator('.samspil-lazy, .samspil-plan').first().waitFor({ state: 'attached' });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}
