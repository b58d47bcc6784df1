import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(process.argv[3]), height: Number(process.argv[4]) } });
await page.goto('file://' + process.argv[2]);
await page.screenshot({ path: process.argv[5] });
await browser.close();
