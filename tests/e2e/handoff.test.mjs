// From a partner's phone to the facilitator's screen (issue 29, the field test of
// ../shared/reviews/field-2026-12.md): the result is always its own link, an address
// that names a view without answers is explained, "Continue" and the nudge about
// unanswered statements, and every Outlook road (audit E1, E11), online and offline.
import { test, before, after } from 'node:test';
import fs from 'node:fs';
import vm from 'node:vm';
import assert from 'node:assert/strict';
import { launch, APP_URL, TEAM_URL, RESULT_URL, onResultPage, onTeamPage, onCheckPage } from './browser.mjs';
import { WORDS, AREA_SIZES, answerPlan, expectedScores, message } from './words.mjs';
import { answerStep, readScores, stepStatements } from './check.mjs';
import { startServer } from './servers.mjs';
import { teamPayloadOf, person2 } from './links.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function fresh(lang = 'en', options = {}) {
  const context = await browser.newContext({ locale: WORDS[lang].locale, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  return { context, page };
}

/// Answers the whole check from `plan` and finishes it: the result page.
async function finish(page, w, plan) {
  await page.getByRole('button', { name: w.start }).click();
  for (let step = 0; step < 6; step++) {
    await answerStep(page, w, plan, step);
    await page.getByRole('button', { name: step === 5 ? w.results : w.next, exact: true }).click();
  }
  await page.waitForURL(onResultPage());
  await page.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
}

const blockStorage = () => {
  Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
};

test('after the last step the address bar holds the result link; a reload and a fresh browser show the same result', async () => {
  const w = WORDS.en;
  const plan = answerPlan(5);
  for (const blocked of [false, true]) {
    const { context, page } = await fresh('en');
    if (blocked) await context.addInitScript(blockStorage);
    await page.goto(APP_URL);
    await page.getByLabel(w.label).fill('Åby Sammen');
    await finish(page, w, plan);
    const address = page.url();
    const hash = new URL(address).hash;
    assert.match(hash, /^#r=[A-Za-z0-9_-]{26,}&n=/, `the answers, not a view: ${address}`);
    assert.ok(!/[#&]s=/.test(hash), `no view name: ${address}`);
    // The same answers as the result's own link (which opens the folder's address).
    const link = await page.getByLabel(w.resultLink).inputValue();
    assert.equal(new URL(link).hash, hash);
    // A reload: the person's own result, with its share section, also where the
    // device keeps nothing.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
    assert.deepEqual(await readScores(page, w), expectedScores(plan), `blocked: ${blocked}`);
    await page.getByLabel(w.resultLink).waitFor();
    assert.deepEqual(page.problems, []);
    await context.close();
    // The address bar sent to someone else: the same result, as a shared one.
    const other = await fresh('en');
    await other.page.goto(address);
    await other.page.getByRole('heading', { level: 1, name: w.sharedTitle }).waitFor();
    await other.page.getByText('Åby Sammen').first().waitFor();
    assert.deepEqual(await readScores(other.page, w), expectedScores(plan));
    await other.context.close();
  }
});

test('an address naming the result without answers is explained: never an empty result, never this device\'s own', async () => {
  const w = WORDS.da;
  const noAnswers = message('da', 'err-no-answers');
  // A fresh device.
  const { context, page } = await fresh('da');
  for (const address of [`${RESULT_URL}#s=results`, `${APP_URL}#s=results`]) {
    await page.goto(address);
    await page.getByRole('heading', { level: 1, name: w.linkError }).waitFor();
    await page.getByText(noAnswers).waitFor();
    assert.equal(await page.getByRole('table', { name: w.table }).count(), 0);
  }
  await context.close();
  // The facilitator's device, where she took the check herself.
  const facilitator = await fresh('da');
  await facilitator.page.goto(APP_URL);
  await finish(facilitator.page, w, answerPlan(2));
  await facilitator.page.goto(`${RESULT_URL}#s=results`);
  await facilitator.page.getByText(noAnswers).waitFor();
  assert.equal(await facilitator.page.getByRole('heading', { level: 1, name: w.resultTitle }).count(), 0);
  assert.equal(await facilitator.page.getByRole('table', { name: w.table }).count(), 0);
  // Her own check is still offered from the start page.
  await facilitator.page.getByRole('button', { name: 'Gå til forsiden' }).click();
  await facilitator.page.waitForURL(onCheckPage());
  await facilitator.page.getByRole('heading', { name: 'Velkommen tilbage' }).waitFor();
  await facilitator.context.close();
});

test('"Continue" opens the first step with unanswered statements; finishing with gaps says how many and leads back', async () => {
  const w = WORDS.en;
  const { context, page } = await fresh('en');
  await page.goto(APP_URL);
  await page.getByRole('button', { name: w.start }).click();
  const plan = answerPlan(3).map((v) => v ?? 4);
  for (const step of [0, 1, 2]) {
    await answerStep(page, w, plan, step);
    await page.getByRole('button', { name: w.next, exact: true }).click();
  }
  await stepStatements(page, 3);
  // Closed, and opened again in a new tab.
  const again = await context.newPage();
  await again.goto(APP_URL);
  await again.getByRole('button', { name: 'Continue where I left off' }).click();
  await again.getByRole('heading', { level: 1, name: 'Evaluation' }).waitFor();
  await again.getByText('Step 4 of 6').first().waitFor();
  // Next through steps 4–6 without answering, then the result.
  for (let step = 3; step < 6; step++) {
    await again.getByRole('button', { name: step === 5 ? w.results : w.next, exact: true }).click();
  }
  await again.waitForURL(onResultPage());
  const open = AREA_SIZES[3] + AREA_SIZES[4] + AREA_SIZES[5];
  const nudge = again.getByRole('region', { name: 'Some statements are not answered' });
  await nudge.getByText(`${open} of 38 statements have no answer.`).waitFor();
  // The result is there all the same, below it.
  await again.getByRole('table', { name: w.table }).waitFor();
  await nudge.getByRole('button', { name: 'Answer the remaining statements' }).click();
  await again.waitForURL(onCheckPage());
  await again.getByRole('heading', { level: 1, name: 'Evaluation' }).waitFor();
  await context.close();
});

// ---------------------------------------------------------------------------
// Outlook roads (audit E1, E11): the `#` of every kind of link encoded as `%23`.

const outlook = (base, page, fragment) => `${base}${page}${encodeURIComponent(`#${fragment}`)}`;
const RESULT = 'r=EQEJ1UQ1ZiGrMQ1ZiGrMQiNrBQ&n=Frivilligcenter%20%26%20kommune';
// A plan part that cannot be read (tests/e2e/plan.test.mjs): the team opens all the same.
const PLAN = 'JAESAaQytQAAA';

/// A team, a plan-less team link and its summary for the minutes, made by
/// the team page itself (so the summary is a real one).
async function teamLinks(base) {
  // Eight: a summary for the minutes is made from 5 people, or from 8 when a
  // partner sent fewer than 3 (docs/team-rules.md), as here.
  const team = teamPayloadOf([1, 2, 3, 4, 5, 6, 7, 8].map((n) => person2(n)));
  const { context, page } = await fresh('en');
  await page.goto(`${base}team.html#t=${team}`);
  await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const summary = page.getByRole('textbox', { name: 'Summary link', exact: true });
  await summary.waitFor();
  const m = new URL(await summary.inputValue()).hash.slice(1);
  await context.close();
  return { t: `t=${team}`, m };
}

/// Every Outlook road: the address, the page it lands on and its heading (none:
/// the summary's).
async function roads(base) {
  const { t, m } = await teamLinks(base);
  const cases = [
    [outlook(base, 'team.html', t), onTeamPage(base), 'The team picture'],
    [outlook(base, 'team.html', m), onTeamPage(base), null],
    [outlook(base, 'team.html', `${t}&p=${PLAN}`), onTeamPage(base), 'The team picture'],
    [outlook(base, 'result.html', RESULT), onResultPage(base), WORDS.en.sharedTitle],
    [outlook(base, '', t), onTeamPage(base), 'The team picture'],
    [outlook(base, 'index.html', RESULT), onResultPage(base), WORDS.en.sharedTitle],
  ];
  return cases;
}

for (const [where, basePath] of [['at the root', '/'], ['under a sub-path', '/tools/samspil/']]) {
  test(`E1: Outlook's %23 form of team, summary and result.html links opens, ${where}`, async () => {
    const host = await startServer(['--dir', 'dist', '--base', basePath]);
    const base = `${host.origin}${basePath}`;
    try {
      for (const [address, landed, heading] of await roads(base)) {
        const { context, page } = await fresh('en');
        await page.goto(address);
        await page.waitForURL(landed, { timeout: 10000 });
        if (heading) await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        else await page.getByRole('heading', { level: 1, name: "The team's summary" }).waitFor();
        assert.ok(new URL(page.url()).hash.length > 3, page.url());
        assert.deepEqual(page.problems, [], address);
        await context.close();
      }
      // E11: unknown nested addresses say so, instead of "Loading" for ever.
      for (const nested of [`${base}a/b/%23${RESULT}`, `${base}result.html/%23${RESULT}`]) {
        const { context, page } = await fresh('en');
        await page.goto(nested);
        await page.getByRole('alert').filter({ hasText: 'Samspil cannot open from this address' }).waitFor();
        await context.close();
      }
      // At the folder itself the message stays hidden.
      const { context, page } = await fresh('en');
      await page.goto(`${base}%23${RESULT}`);
      await page.getByRole('heading', { level: 1, name: WORDS.en.sharedTitle }).waitFor();
      assert.equal(await page.getByText('Samspil cannot open from this address').isVisible(), false);
      await context.close();
    } finally {
      await host.stop();
    }
  });

  test(`E1 offline: Outlook's %23 form of team and result.html links opens from the offline copy, ${where}`, async () => {
    const host = await startServer(['--dir', 'dist', '--base', basePath]);
    const base = `${host.origin}${basePath}`;
    const context = await browser.newContext({ locale: 'en-GB' });
    // Everything after the server starts is inside try: a failure must stop it, or
    // the test file never ends.
    try {
      const { t } = await teamLinks(base);
      const page = await context.newPage();
      await page.goto(base);
      await page.getByRole('button', { name: WORDS.en.start }).waitFor();
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
      // The team page once online, so the offline copy keeps its files.
      await page.goto(`${base}team.html#${t}`);
      await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
      await page.goto(`${base}result.html#${RESULT}`);
      await page.getByRole('heading', { level: 1, name: WORDS.en.sharedTitle }).waitFor();
      await host.stop();
      await context.setOffline(true);
      for (const [address, landed, heading] of [
        [outlook(base, 'team.html', t), onTeamPage(base), 'The team picture'],
        [outlook(base, 'result.html', RESULT), onResultPage(base), WORDS.en.sharedTitle],
      ]) {
        await page.goto(address);
        await page.waitForURL(landed, { timeout: 10000 });
        await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 10000 });
      }
    } finally {
      await context.close();
      await host.stop();
    }
  });
}

// ---------------------------------------------------------------------------
// The whole hand-off: the facilitator's invitation, a partner's check on a phone
// or a laptop, and "Send to the facilitator" (the share sheet stubbed, or mail).

const HANDOFF = {
  da: { invite: 'Invitér parterne', link: 'Invitationslink', by: 'Svarfrist (valgfrit)', facilitator: 'Dit navn (valgfrit)',
    email: 'Din e-mailadresse (valgfrit)', invited: 'Du er inviteret til at tage tjekket', date: '15.2.2027',
    sendTo: 'Send til Birgit Ørsted', sendTitle: 'Send resultatet til facilitatoren', subject: 'Mit resultat fra Samspil: Åby Sammen',
    emailBad: 'Det er ikke en e-mailadresse, Samspil kan bruge' },
  sv: { invite: 'Bjud in parterna', link: 'Inbjudningslänk', by: 'Sista svarsdag (frivilligt)', facilitator: 'Ditt namn (frivilligt)',
    email: 'Din e-postadress (frivilligt)', invited: 'Du är inbjuden att göra hälsokontrollen', date: '15/2 2027',
    sendTo: 'Skicka till Birgit Ørsted', sendTitle: 'Skicka resultatet till processledaren', subject: 'Mitt resultat från Samspil: Åby Sammen',
    emailBad: 'Det här är ingen e-postadress som Samspil kan använda' },
};
const SHOT_DIR = new URL('../../docs/screenshots/', import.meta.url).pathname;

for (const lang of ['da', 'sv']) {
  for (const width of [360, 1280]) {
    const share = width === 360; // the phone has a share sheet; the laptop mails
    test(`the whole hand-off in ${lang} at ${width} px: invitation, check with the name filled in, send to the facilitator (${share ? 'share sheet' : 'mail'})`, async () => {
      const w = WORDS[lang];
      const h = HANDOFF[lang];
      const viewport = { width, height: width === 360 ? 740 : 900 };
      // The facilitator makes the invitation in the team view.
      const facilitator = await fresh(lang, { viewport });
      const fp = facilitator.page;
      await fp.goto(TEAM_URL);
      await fp.getByRole('button', { name: h.invite }).click();
      await fp.getByLabel(w.label).fill('Åby Sammen');
      await fp.getByLabel(h.by).fill('2027-02-15');
      await fp.getByLabel(h.facilitator).fill('Birgit Ørsted');
      const email = fp.getByLabel(h.email);
      await email.fill('birgit@aaby.dk?bcc=eve@evil.example');
      await fp.getByText(h.emailBad).waitFor();
      await email.fill('birgit@aaby.dk');
      await fp.getByRole('img', { name: message(lang, 'invite-link-qr') }).waitFor();
      const invitation = await fp.getByRole('textbox', { name: h.link }).inputValue();
      assert.equal(new URL(invitation).hash,
        `#i=1&n=%C3%85by%20Sammen&lang=${lang}&bank=2&by=2027-02-15&f=Birgit%20%C3%98rsted&e=birgit%40aaby%2Edk`);
      assert.ok(!/[#&]r=/.test(invitation), 'an invitation holds no answers');
      await fp.locator('.samspil-invite').screenshot({ path: `${SHOT_DIR}handoff-invitation-${lang}-${width}.png` });
      await facilitator.context.close();

      // A partner opens it, in a browser set to English: the invitation's language.
      const partner = await fresh('en', { viewport });
      if (share) {
        await partner.context.addInitScript(() => {
          navigator.share = (data) => { window.samspilShared = { title: data.title, text: data.text, url: data.url }; return Promise.resolve(); };
        });
      } else {
        await partner.context.addInitScript(() => { delete Navigator.prototype.share; });
      }
      const p = partner.page;
      await p.goto(invitation);
      const invited = p.getByRole('region', { name: h.invited });
      await invited.getByText('Åby Sammen').waitFor();
      await invited.getByText(h.date, { exact: false }).waitFor();
      await invited.getByText('Birgit Ørsted', { exact: false }).waitFor();
      assert.equal(await p.getByLabel(w.label).inputValue(), 'Åby Sammen');
      await p.screenshot({ path: `${SHOT_DIR}handoff-invited-start-${lang}-${width}.png` });
      const plan = answerPlan(width + lang.length);
      await finish(p, w, plan);
      const address = p.url();
      // "Send to the facilitator", at the top of the result.
      const send = p.getByRole('region', { name: h.sendTitle });
      const link = await send.getByRole('textbox').inputValue();
      // The address holds the same link, with the invitation's language after it.
      assert.equal(`${new URL(link).hash}&lang=${lang}`, new URL(address).hash);
      if (share) {
        await send.getByRole('button', { name: h.sendTo }).click();
        const shared = await p.waitForFunction(() => window.samspilShared).then((v) => v.jsonValue());
        assert.equal(shared.url, link);
        assert.equal(shared.title, h.subject);
      } else {
        const href = await send.getByRole('link', { name: h.sendTo }).getAttribute('href');
        const mail = new URL(href);
        assert.equal(mail.protocol, 'mailto:');
        assert.equal(mail.pathname, 'birgit@aaby.dk');
        assert.equal(mail.searchParams.get('subject'), h.subject);
        assert.ok(mail.searchParams.get('body').endsWith(`\n\n${link}`), mail.searchParams.get('body'));
        assert.deepEqual([...mail.searchParams.keys()], ['subject', 'body']);
      }
      await p.evaluate(() => window.scrollTo(0, 0));
      await p.screenshot({ path: `${SHOT_DIR}handoff-result-top-${lang}-${width}.png` });
      assert.deepEqual(p.problems, []);
      await partner.context.close();

      // The address after the last step, in a fresh browser: the same result.
      const other = await fresh(lang, { viewport });
      await other.page.goto(address);
      await other.page.getByRole('heading', { level: 1, name: w.sharedTitle }).waitFor();
      await other.page.getByText('Åby Sammen').first().waitFor();
      assert.deepEqual(await readScores(other.page, w), expectedScores(plan));
      await other.context.close();
    });
  }
}

// ---------------------------------------------------------------------------
// The embed snippet takes the invitation's fields, checked as the app checks
// them, and a link to the host's page (data-share) opens inside the widget.

const EMBED = fs.readFileSync(new URL('../../embed/embed.js', import.meta.url), 'utf8');

/// Mounts one widget with these data-* attributes on a host page at `hostHash`;
/// returns the frame's address and the console's warnings.
function mountEmbed(attributes, hostHash = '') {
  const warnings = [];
  const frames = [];
  const host = {
    getAttribute: (name) => (name.startsWith('data-') && name.slice(5) in attributes ? attributes[name.slice(5)] : null),
    appendChild: (frame) => frames.push(frame),
  };
  const document = {
    currentScript: { src: 'https://app.example/samspil/embed.js' },
    readyState: 'complete',
    querySelectorAll: () => [host],
    createElement: () => ({ style: {}, setAttribute() {} }),
    addEventListener() {},
  };
  vm.runInNewContext(EMBED, {
    document, window: { addEventListener() {}, location: { hash: hostHash } }, URL, console: { warn: (m) => warnings.push(m) },
  });
  return { src: frames[0].src, warnings };
}

test('the embed snippet takes an invitation: the same fields as the link, each checked', () => {
  const { src, warnings } = mountEmbed({
    lang: 'da', partnership: 'Åby Sammen', 'answer-by': '2027-02-15', facilitator: 'Birgit Ørsted',
    'facilitator-email': 'birgit@aaby.dk', bank: '2',
  });
  assert.equal(src, 'https://app.example/samspil/#embed=1&lang=da&i=1&n=%C3%85by%20Sammen&by=2027-02-15&f=Birgit%20%C3%98rsted&e=birgit%40aaby.dk&bank=2');
  assert.deepEqual(warnings, []);
  // An address that could add a recipient, a name with a control character, a date
  // that is not one: left out, and said.
  const bad = mountEmbed({ partnership: 'Åby', 'facilitator-email': 'birgit@aaby.dk?bcc=eve@evil.example', facilitator: 'a\u0007b', 'answer-by': '15/02/2027' });
  assert.equal(bad.src, 'https://app.example/samspil/#embed=1&i=1&n=%C3%85by');
  assert.equal(bad.warnings.length, 3);
  // No invitation fields: no invitation.
  assert.equal(mountEmbed({ lang: 'sv' }).src, 'https://app.example/samspil/#embed=1&lang=sv');
});

test('data-share: a result or invitation link to the host\'s page opens inside the widget', () => {
  const result = mountEmbed({ lang: 'da', share: 'https://frivillig.example/samspil/' }, '#r=EQEJ1UFOXApy4FOXApy4FEeM2A&n=%C3%85by');
  assert.equal(result.src, 'https://app.example/samspil/#embed=1&lang=da&share=https%3A%2F%2Ffrivillig.example%2Fsamspil%2F&r=EQEJ1UFOXApy4FOXApy4FEeM2A&n=%C3%85by');
  const invitation = mountEmbed({}, '#i=1&n=%C3%85by&f=Birgit&e=b%40aaby.dk&x=1');
  assert.equal(invitation.src, 'https://app.example/samspil/#embed=1&i=1&n=%C3%85by&f=Birgit&e=b%40aaby.dk');
  // Anything else in the host's address stays out of the widget.
  for (const hash of ['#top', '#t=AAAA', '#s=results', '#r=<script>', '']) {
    assert.equal(mountEmbed({}, hash).src, 'https://app.example/samspil/#embed=1', hash);
  }
});

test('a widget whose browser keeps nothing offers Samspil\'s own page in a new tab, with the answers', async () => {
  const w = WORDS.en;
  const { context, page } = await fresh('en');
  await context.addInitScript(blockStorage);
  // A host page on another origin, as a centre's site is.
  const host = await startServer(['--dir', 'examples']);
  await page.goto(`${host.origin}/`);
  await page.setContent(`<iframe title="Samspil" style="width:100%;height:1400px" src="${APP_URL}#embed=1&lang=en"></iframe>`);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('button', { name: w.start }).click();
  const first = frame.getByRole('main').getByRole('group').first();
  await first.getByRole('radio', { name: 'Agree', exact: true }).check();
  const open = frame.getByRole('link', { name: 'Open in a new tab' });
  const href = await open.getAttribute('href');
  assert.ok(href.startsWith(`${APP_URL}#s=1&r=`), href);
  assert.ok(!href.includes('embed=1'), 'Samspil\'s own page, not the widget');
  assert.equal(await open.getAttribute('target'), '_blank');
  // The new tab: the same check, at the same step, with the answer.
  const tab = await context.newPage();
  await tab.goto(href);
  await tab.getByRole('heading', { level: 1, name: w.firstArea }).waitFor();
  assert.ok(await tab.getByRole('main').getByRole('group').first().getByRole('radio', { name: 'Agree', exact: true }).isChecked());
  await context.close();
  await host.stop();
});
