import { launch } from './browser.mjs';
const b = await launch();
const ctx = await b.newContext({ viewport: { width: 360, height: 800 } });
const p = await ctx.newPage();
await p.goto(process.argv[2]);
await p.waitForTimeout(800);
console.log(await p.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('.samspil *')) {
    const r = el.getBoundingClientRect();
    if (r.right > window.innerWidth + 1) out.push(`${el.tagName}.${el.className?.baseVal ?? el.className} right=${Math.round(r.right)}`);
  }
  return out.slice(0, 15).join('\n') + `\nscrollWidth=${document.documentElement.scrollWidth}`;
}));
await b.close();
