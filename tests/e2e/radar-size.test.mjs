// The radar is readable where it is shown: on a 360 px phone every area name and
// score is at least 14 CSS px, inside the chart and apart from the others (measured
// on the rendered text's bounding boxes); at 1280 px it fills its column; on a
// projector at 1280 × 720 it is the largest thing in the meeting display.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, APP_URL, TEAM_URL, onTeamPage } from './browser.mjs';
import { WORDS } from './words.mjs';
import { teamPayload, person } from './links.mjs';

const SHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// Every text of a radar: its rendered font size in CSS px and its box on screen.
async function radarTexts(svg) {
  return svg.evaluate((el) => {
    const scale = el.getBoundingClientRect().width / el.viewBox.baseVal.width;
    const box = el.getBoundingClientRect();
    const texts = [...el.querySelectorAll('text')].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale,
        left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
    return { texts, box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom }, viewport: window.innerWidth };
  });
}

function assertReadable({ texts, box, viewport }, what) {
  assert.ok(texts.length >= 6, `${what}: the six areas are labelled`);
  for (const t of texts) {
    assert.ok(t.px >= 14 - 1e-6, `${what}: "${t.text}" is ${t.px.toFixed(1)} px`);
    assert.ok(t.left >= Math.max(box.left, 0) - 0.5 && t.right <= Math.min(box.right, viewport) + 0.5,
      `${what}: "${t.text}" is clipped (${t.left.toFixed(0)}–${t.right.toFixed(0)} in ${box.left.toFixed(0)}–${box.right.toFixed(0)})`);
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]; const b = texts[j];
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      assert.ok(apart, `${what}: "${a.text}" overlaps "${b.text}"`);
    }
  }
}

for (const lang of ['da', 'sv', 'fi', 'en', 'nb']) {
  test(`at 360 px the radar's names and scores are at least 14 px, whole and apart (${lang})`, async () => {
    const context = await browser.newContext({ locale: WORDS[lang].locale, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(`${APP_URL}#s=results&r=EQEJ1UQ1ZiGrMQ1ZiGrMQiNrBQ&n=Frivilligcenter%20%26%20kommune`);
    const svg = page.locator('svg.radar').first();
    await page.locator('svg.radar[data-narrow]').first().waitFor();
    assertReadable(await radarTexts(svg), `${lang} result`);
    // (The radar sits below the hand-off at the top of the result: shot where it is.)
    if (lang === 'fi') await svg.screenshot({ path: path.join(SHOTS, 'results-radar-360.png') });
    // The team radar too, on the team's own page.
    await page.goto(`${TEAM_URL}#t=${teamPayload([person(1), person(2), person(3)])}`);
    await page.reload();
    assert.ok(onTeamPage()(new URL(page.url())), page.url());
    await page.locator('svg.radar[data-narrow]').first().waitFor();
    assertReadable(await radarTexts(page.locator('svg.radar').first()), `${lang} team`);
    await context.close();
  });
}

test('at 1280 px the radar fills its column; on a projector it is the largest thing on screen', async () => {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${APP_URL}#s=results&r=EQEJ1UQ1ZiGrMQ1ZiGrMQiNrBQ`);
  const svg = page.locator('svg.radar').first();
  await svg.waitFor();
  const { width } = await svg.boundingBox();
  assert.ok(width >= 560, `the radar is ${width} px wide at 1280 px`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${TEAM_URL}#t=${teamPayload([person(1), person(2), person(3), person(4)])}`);
  await page.reload();
  assert.ok(onTeamPage()(new URL(page.url())), page.url());
  await page.getByRole('button', { name: 'Meeting display' }).click();
  const radar = page.locator('.samspil-meeting svg.radar').first();
  await radar.waitFor();
  const largest = await page.evaluate(() => {
    const area = (el) => { const r = el.getBoundingClientRect(); return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) * r.width; };
    const radar = document.querySelector('.samspil-meeting svg.radar');
    const others = [...document.querySelectorAll('.samspil-meeting *')]
      .filter((el) => el !== radar && !radar.contains(el) && !el.contains(radar) && el.children.length === 0);
    return { radar: area(radar), other: Math.max(...others.map(area)) };
  });
  assert.ok(largest.radar > largest.other, JSON.stringify(largest));
  const box = await radar.boundingBox();
  assert.ok(box.y + box.height <= 720 + 1, `the radar fits the projector's height: ${JSON.stringify(box)}`);
  await page.screenshot({ path: path.join(SHOTS, 'meeting-projector-1280x720.png') });
  await context.close();
});
