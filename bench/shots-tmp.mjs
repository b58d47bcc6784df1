import { chromium } from 'playwright-core';
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
for (const width of [360, 1280]) {
  const context = await browser.newContext({ locale: 'da-DK', viewport: { width, height: width === 360 ? 780 : 800 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('button', { name: 'Start tjekket' }).waitFor();
  await page.screenshot({ path: `/tmp/shot-start-${width}.png`, fullPage: true });
  await page.getByRole('button', { name: 'Start tjekket' }).click();
  for (let step = 0; step < 6; step++) {
    const groups = page.getByRole('main').getByRole('group');
    await groups.first().waitFor();
    const n = await groups.count();
    for (let i = 0; i < n; i++) await groups.nth(i).getByRole('radio').nth((i + step) % 5).check();
    if (step === 0) await page.screenshot({ path: `/tmp/shot-step-${width}.png` });
    await page.getByRole('button', { name: step === 5 ? 'Se resultatet' : 'Næste', exact: true }).click();
  }
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForURL(/result\.html/);
  await page.getByRole('table').first().waitFor();
  await page.screenshot({ path: `/tmp/shot-result-${width}.png`, fullPage: true });
  console.log(width, page.url());
  await context.close();
}
await browser.close();
