// Team and meeting mode: five people take the check, a facilitator combines their
// links, and every figure on the page is checked against an independent computation
// of the README's rules ("How a score is computed", "In a team").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, APP_URL, TEAM_URL, onTeamPage, reachTheEnd, readOn } from './browser.mjs';
import {
  WORDS, LANGS, BANK_SIZES, FIRST_ID, answerPlan, areaOffsets, areaSlice, planOf, statementText, message,
} from './words.mjs';
import { answerStep } from './check.mjs';
import { forge, resultPayload, resultPayload2, codesOf, headerOf, person2, teamPayloadOf } from './links.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

// The team view's words, per language (src/model/texts_team.rs).
const TEAM = {
  da: { title: 'Det samlede billede', meetingTitle: 'Mødevisning', add: 'Indsæt resultatlinks eller et teamlink', addButton: 'Tilføj linkene',
    meeting: 'Vis på storskærm', before: 'Links fra det tidligere møde', compare: 'Sammenlign', change: 'Ændring pr. område',
    open: 'Samler du teamets links? Åbn teamvisningen' },
  sv: { title: 'Samlad bild', meetingTitle: 'Mötesvisning', add: 'Klistra in resultatlänkar eller en teamlänk', addButton: 'Lägg till länkarna',
    meeting: 'Visa på storskärm', before: 'Länkar från det tidigare mötet', compare: 'Jämför', change: 'Förändring per område',
    open: 'Samlar du teamets länkar? Öppna teamvyn' },
  fi: { title: 'Yhteinen tilannekuva', meetingTitle: 'Esitysnäkymä', add: 'Liitä tuloslinkkejä tai tiimilinkki', addButton: 'Lisää linkit',
    meeting: 'Näytä valkokankaalla', before: 'Aiemman tapaamisen linkit', compare: 'Vertaa', change: 'Muutos alueittain',
    open: 'Kokoatko tiimin linkkejä? Avaa tiiminäkymä' },
  en: { title: 'The team picture', meetingTitle: 'Meeting display', add: 'Paste result links or a team link', addButton: 'Add the links',
    meeting: 'Meeting display', before: 'Links from the earlier meeting', compare: 'Compare', change: 'Change by area',
    open: "Combining the team's links? Open the team view" },
  nb: { title: 'Det samlede bildet', meetingTitle: 'Møtevisning', add: 'Lim inn resultatlenker eller en teamlenke', addButton: 'Legg til lenkene',
    meeting: 'Vis på storskjerm', before: 'Lenker fra det forrige møtet', compare: 'Sammenlign', change: 'Endring per område',
    open: 'Samler du teamets lenker? Åpne teamvisningen' },
};

// Five people on bank 2: answer plans, sectors (codes, chosen by name from the
// sector menu: two from the municipality), interface languages, labels and
// organisations.
const PEOPLE = [
  { seed: 1, sector: 7, lang: 'en', label: 'Elder care × volunteers', org: 'Leeds City Council' },
  { seed: 2, sector: 9, lang: 'da', label: 'Ældrepleje × Frivilligcenter', org: 'Frivilligcenter Nørrebro' },
  { seed: 3, sector: 7, lang: 'sv', label: '' },
  { seed: 4, sector: 3, lang: 'fi', label: 'Kumppanuus' },
  { seed: 5, sector: 4, lang: 'en', label: 'Elder care × volunteers' },
];

let browser;
let links = [];
let teamLink = '';
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// ---------------------------------------------------------------------------
// The independent computation, from the README.

const round = (v) => (v === null || v === undefined ? null : Math.round(v));
const numbers = (xs) => xs.filter((v) => typeof v === 'number');

function stats(values) {
  if (values.length === 0) return null;
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / n);
  return { n, mean, min: Math.min(...values), max: Math.max(...values), sd };
}

/// A person's bank (2 unless given) and answers (a plan of that bank).
const bankOf = (p) => p.bank ?? 2;
const planOfPerson = (p) => p.plan ?? answerPlan(p.seed, BANK_SIZES[bankOf(p)]);

/// One person's score in an area: mean of 1–5 answers stretched to 0–100, at
/// least three answers, else none. `sizes`: the statements per area of their bank.
function areaScore(plan, area, sizes) {
  const slice = areaSlice(plan, area, sizes);
  const values = numbers(slice);
  // 60 % of the applicable statements (not "not relevant"), at least three.
  const applicable = slice.filter((v) => v !== 'nr').length;
  if (values.length < Math.max(3, Math.ceil(0.6 * applicable - 1e-9))) return null;
  return ((values.reduce((a, b) => a + b, 0) / values.length) - 1) * 25;
}

/// An information gap for one person (docs/team-rules.md §9).
function personGap(plan, area, sizes) {
  const slice = areaSlice(plan, area, sizes);
  const answered = numbers(slice).length;
  const dk = slice.filter((v) => v === 'dk').length;
  return (dk >= 2 && dk >= answered) || (areaScore(plan, area, sizes) === null && dk > 0 && answered > 0);
}

/// Release 1's wide sectors read as bank 2's (1 → 7 municipality, 2 → 10 association).
const currentSector = (code) => ({ 1: 7, 2: 10 }[code] ?? code);

/// Each person's partner (docs/team-rules.md §1): their organisation (without case),
/// else their sector, else none. Returns the partners in order of first appearance,
/// each { name, members }, and the people with no partner.
function partnersOf(people) {
  const list = [];
  const unmapped = [];
  people.forEach((p, i) => {
    const key = p.org ? `org:${p.org.toLowerCase()}` : p.sector ? `sector:${currentSector(p.sector)}` : null;
    if (key === null) { unmapped.push(i); return; }
    let partner = list.find((x) => x.key === key);
    if (!partner) {
      partner = { key, name: p.org ?? WORDS.en.sectors[currentSector(p.sector)], members: [] };
      list.push(partner);
    }
    partner.members.push(i);
  });
  return { list, unmapped };
}

/// The team figure (docs/team-rules.md §2): partners weighted equally when there are
/// two or more, nobody is without one and each sent two people; else the mean of
/// everyone.
function teamFigure(partners, valueOf, everyone) {
  const equal = partners.list.length >= 2 && partners.unmapped.length === 0
    && partners.list.every((p) => p.members.length >= 2);
  if (!equal) {
    const v = everyone.map(valueOf).filter((x) => x !== null && x !== undefined);
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
  }
  const means = partners.list
    .map((p) => p.members.map(valueOf).filter((x) => x !== null && x !== undefined))
    .filter((g) => g.length)
    .map((g) => g.reduce((a, b) => a + b, 0) / g.length);
  return means.length ? means.reduce((a, b) => a + b, 0) / means.length : null;
}

/// The statements a team speaks of: its one bank's, or, when people answered
/// different banks, every bank's (bank 1's, then bank 2's). Each is numbered by its
/// place in its bank, as the check numbers it.
function statementsOf(banks) {
  return [...new Set(banks)].sort().flatMap((bank) => {
    const sizes = BANK_SIZES[bank];
    const offsets = areaOffsets(sizes);
    return sizes.flatMap((size, area) => Array.from({ length: size }, (_, k) => ({ bank, area, index: offsets[area] + k })));
  });
}

function expectTeam(people) {
  const plans = people.map(planOfPerson);
  const banks = people.map(bankOf);
  const mixed = new Set(banks).size > 1;
  const partners = partnersOf(people);
  const everyone = people.map((_, i) => i);
  const score = (i, a) => areaScore(plans[i], a, BANK_SIZES[banks[i]]);
  const areas = [0, 1, 2, 3, 4, 5].map((a) => {
    const scores = people.map((_, i) => score(i, a)).filter((s) => s !== null);
    // Each person's answers in the area, as many as their bank asks.
    const answers = plans.flatMap((p, i) => areaSlice(p, a, BANK_SIZES[banks[i]]));
    const judged = plans.filter((p, i) => numbers(areaSlice(p, a, BANK_SIZES[banks[i]])).length
      + areaSlice(p, a, BANK_SIZES[banks[i]]).filter((v) => v === 'dk').length > 0).length;
    const gap = plans.some((p, i) => personGap(p, a, BANK_SIZES[banks[i]])) && 2 * scores.length < judged;
    return {
      stats: stats(scores),
      team: gap ? null : teamFigure(partners, (i) => score(i, a), everyone),
      answered: numbers(answers).length,
      total: answers.length,
      dontKnow: answers.filter((v) => v === 'dk').length,
    };
  });
  // A statement's answers come only from the people who were asked it.
  const statements = statementsOf(banks);
  const value = (s, i) => (banks[i] === s.bank ? plans[i][s.index] : undefined);
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  // The perspective map: every partner, its mean per area and the people behind it.
  const map = partners.list.map((p) => ({
    name: p.name,
    n: p.members.length,
    cells: [0, 1, 2, 3, 4, 5].map((a) => {
      const v = p.members.map((i) => score(i, a)).filter((x) => x !== null);
      return { mean: mean(v), n: v.length };
    }),
  }));
  // Where you differ (docs/team-rules.md §7).
  const found = [];
  const both = (s) => {
    const v = numbers(people.map((_, i) => value(s, i)));
    const need = Math.max(1, Math.ceil(0.2 * v.length));
    const low = v.filter((x) => x <= 2).length;
    const high = v.filter((x) => x >= 4).length;
    return v.length >= 6 && low >= need && high >= need ? Math.min(low, high) / v.length : null;
  };
  const spread = (values, least) => {
    const present = values.filter((v) => v !== null);
    if (present.length < 2) return null;
    const g = Math.max(...present) - Math.min(...present);
    return g >= least - 1e-9 ? g : null;
  };
  let order = 0;
  for (let a = 0; a < 6; a++) {
    const g = spread(partners.list.map((p) => {
      const v = p.members.map((i) => score(i, a)).filter((x) => x !== null);
      return v.length >= 2 ? mean(v) / 25 : null;
    }), 1);
    if (g !== null) found.push({ key: `area ${a}`, kind: 0, strength: g, area: a, order: order++ });
    const polarised = statements.filter((s) => s.area === a && both(s) !== null).length;
    if (polarised >= 2) found.push({ key: `area ${a}`, kind: 1, strength: polarised, area: a, order: order++ });
  }
  const possible = [];
  for (const s of statements) {
    // In a mixed team, a statement says which version of the statements it is from.
    const key = `statement ${s.index + 1}${mixed ? ` (bank ${s.bank})` : ''}`;
    const g = spread(partners.list.map((p) => {
      const v = numbers(p.members.map((i) => value(s, i)));
      return v.length >= 3 ? mean(v) : null;
    }), 1.5);
    if (g !== null) possible.push({ key, kind: 2, strength: g, area: s.area, order: order++ });
    else if (both(s) !== null) found.push({ key, kind: 3, strength: both(s), area: s.area, order: order++ });
  }
  possible.sort((x, y) => (y.strength - x.strength) || (x.order - y.order));
  found.push(...possible.slice(0, 5));
  found.sort((x, y) => (x.kind - y.kind) || (y.strength - x.strength) || (x.area - y.area) || (x.order - y.order));
  return { areas, disagreements: found.map((d) => d.key), map, mixed };
}

// ---------------------------------------------------------------------------
// Driving the app.

async function newPage(lang = 'en', options = {}) {
  const context = await browser.newContext({ locale: WORDS[lang].locale, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
  return page;
}

/// Takes the check as one person and returns their result link.
async function takeCheck(person) {
  const w = WORDS[person.lang];
  const plan = answerPlan(person.seed);
  const page = await newPage(person.lang);
  await page.goto(APP_URL);
  await page.getByLabel(w.sector).selectOption({ label: w.sectors[person.sector] });
  if (person.label) await page.getByLabel(w.label).fill(person.label);
  if (person.org) await page.getByLabel(w.org).fill(person.org);
  await page.getByRole('button', { name: w.start }).click();
  for (let step = 0; step < 6; step++) {
    await answerStep(page, w, plan, step);
    await page.getByRole('button', { name: step === 5 ? w.results : w.next, exact: true }).click();
  }
  await page.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
  const link = await page.getByLabel(w.resultLink).inputValue();
  assert.deepEqual(page.problems, []);
  await page.context().close();
  return link;
}

/// Opens the team view as a facilitator does: from the self-check's start page,
/// which hands over to the team's own page with a new, empty team (no fragment).
async function openTeamView(page, lang = 'en') {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: TEAM[lang].open }).click();
  await page.waitForURL(onTeamPage());
  await page.getByRole('heading', { level: 1, name: TEAM[lang].title }).waitFor();
  assert.equal(page.url(), TEAM_URL, 'an empty team has nothing in the address');
}

async function paste(page, text, lang = 'en') {
  await page.getByLabel(TEAM[lang].add).fill(text);
  await page.getByRole('button', { name: TEAM[lang].addButton }).click();
}

async function cellsOf(row) {
  return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
}

const num = (t) => (t === '–' ? null : Number(t));

/// Reads every figure of the team view and compares it with the computation.
async function checkFigures(page, people) {
  await readOn(page);
  const want = expectTeam(people);
  await page.getByRole('heading', { level: 2, name: `Respondents (${people.length})` }).waitFor();

  // The team table: team figure, mean of everyone, lowest, highest, SD, answered,
  // don't know and not relevant per area.
  const rows = page.getByRole('table', { name: 'Team scores by area' }).getByRole('row');
  assert.equal(await rows.count(), 7);
  for (let a = 0; a < 6; a++) {
    const [team, mean, min, max, sd, answered, dk, nr] = await cellsOf(rows.nth(a + 1));
    const s = want.areas[a].stats;
    assert.deepEqual(
      { team: num(team), mean: num(mean), min: num(min), max: num(max), sd: num(sd), answered, dk: Number(dk), nr: Number(nr) },
      { team: round(want.areas[a].team), mean: round(s?.mean), min: round(s?.min), max: round(s?.max), sd: round(s?.sd),
        answered: `${want.areas[a].answered}/${want.areas[a].total}`, dk: want.areas[a].dontKnow, nr: 0 },
      `area ${a}`,
    );
  }

  // The radar shows the team figures under the area names.
  const radar = page.getByRole('img', { name: /^The team's result by area/ });
  const values = (await radar.locator('tspan[data-value]').allTextContents()).map((t) => num(t.trim()));
  assert.deepEqual(values, want.areas.map((a) => round(a.team)));

  // The perspective map: each partner's mean per area, with the people behind it.
  const map = page.getByRole('table', { name: "Mean scores by partner (people behind each figure)" });
  const headers = (await map.getByRole('columnheader').allInnerTexts()).slice(1);
  assert.deepEqual(headers.map((h) => h.trim()), want.map.map((p) => `${p.name} (${p.n})`));
  const mrows = map.getByRole('row');
  for (let a = 0; a < 6; a++) {
    const cells = await cellsOf(mrows.nth(a + 1));
    assert.deepEqual(cells, want.map.map((p) => `${p.cells[a].mean === null ? '–' : round(p.cells[a].mean)} (${p.cells[a].n})`),
      `partner means, area ${a}`);
  }

  // Where you differ: how many, and in which order.
  const differ = page.getByRole('region', { name: 'Where you differ' });
  // The first five are shown; the rest open on request.
  const more = differ.getByText(/^Show the other \d+$/);
  if (want.disagreements.length > 5) {
    assert.equal((await more.innerText()).trim(), `Show the other ${want.disagreements.length - 5}`);
    if (!(await differ.locator('details').evaluate((d) => d.open))) await more.click();
    // The rest is built when opened.
    await differ.locator('details ol').waitFor();
  } else {
    assert.equal(await more.count(), 0);
  }
  const entries = differ.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  const areaNames = (await page.getByRole('table', { name: 'Team scores by area' }).getByRole('rowheader').allInnerTexts()).map((t) => t.trim());
  const versions = { 1: WORDS.en.bankFirst, 2: WORDS.en.bankSecond };
  const shown = [];
  for (const entry of await entries.all()) {
    const text = await entry.innerText();
    // "Statement 7 · Communication", and in a mixed team " · Second version of the statements".
    const statement = text.match(/^Statement (\d+) · ([^\n]+)$/m);
    const area = text.match(/^Area: (.+)$/m);
    if (!statement) {
      shown.push(`area ${areaNames.indexOf(area?.[1]?.trim())}`);
      continue;
    }
    const bank = Object.keys(versions).find((b) => statement[2].trim().endsWith(` · ${versions[b]}`));
    assert.equal(bank !== undefined, want.mixed, `a version on "${statement[0]}" only in a mixed team`);
    const version = Number(bank ?? 2);
    shown.push(`statement ${statement[1]}${want.mixed ? ` (bank ${version})` : ''}`);
    // The statement's own words, of its version.
    const id = FIRST_ID[version] + Number(statement[1]) - 1;
    assert.equal((await entry.getByRole('heading', { level: 3 }).innerText()).trim(), statementText('en', id));
  }
  assert.deepEqual(shown, want.disagreements);
  // A team that mixed the versions says so, above the list.
  assert.equal(await differ.getByText(WORDS.en.bankMixed, { exact: true }).count(), want.mixed ? 1 : 0);
  if (want.disagreements.length > 0) {
    await differ.getByText(`${want.disagreements.length} places where you see things differently.`).waitFor();
  }
  return want;
}

// ---------------------------------------------------------------------------

test('five people take the check; the team view combines their links and every figure matches', async () => {
  links = [];
  for (const person of PEOPLE) links.push(await takeCheck(person));
  assert.equal(new Set(links).size, 5);

  const page = await newPage('en');
  await openTeamView(page);
  // One at a time, then the rest at once.
  await paste(page, links[0]);
  await page.getByRole('status').filter({ hasText: 'Line 1' }).filter({ hasText: 'Added.' }).waitFor();
  await paste(page, links.slice(1).join('\n'));
  const want = await checkFigures(page, PEOPLE);
  // Five partners of one person: nothing is a gap between partners, and answers on
  // both sides need six answers (docs/team-rules.md §7).
  assert.deepEqual(want.disagreements, []);
  // Two organisations given and three sectors: five partners of one person each.
  assert.equal(want.map.length, 5);

  // Each respondent is listed with label, sector, organisation and date.
  const list = page.getByRole('region', { name: 'Respondents (5)' });
  const first = list.getByRole('listitem').first();
  assert.match(await first.innerText(), /Respondent 1[\s\S]*Elder care × volunteers[\s\S]*Municipality[\s\S]*Organisation[\s\S]*Leeds City Council[\s\S]*\d{4}-\d{2}-\d{2}/);
  assert.doesNotMatch(await list.getByRole('listitem').nth(2).innerText(), /Organisation/, 'no organisation given, none shown');
  assert.equal(await list.getByRole('button', { name: /^Remove respondent \d+$/ }).count(), 5);

  // The address follows the team, and the team link says the same. It carries the
  // organisations, so it is a format-3 link of bank 2.
  await reachTheEnd(page);
  teamLink = await page.getByLabel('Team link', { exact: true }).inputValue();
  assert.ok(teamLink.startsWith(`${TEAM_URL}#t=`), teamLink);
  assert.equal(page.url(), teamLink);
  assert.deepEqual(headerOf(teamLink.split('#t=')[1].split('&')[0]), [3, 2, 2]);

  // Removing one updates the figures and the address.
  await list.getByRole('button', { name: 'Remove respondent 4' }).click();
  await checkFigures(page, PEOPLE.filter((_, i) => i !== 3));
  assert.notEqual(page.url(), teamLink);
  assert.equal(page.url(), await page.getByLabel('Team link', { exact: true }).inputValue());
  await paste(page, links[3]);
  await page.getByRole('heading', { level: 2, name: 'Respondents (5)' }).waitFor();

  // Before and after: the first three people "before", the whole team "after".
  await page.getByLabel(TEAM.en.before).fill(links.slice(0, 3).join('\n'));
  await page.getByRole('button', { name: TEAM.en.compare }).click();
  const beforeWant = expectTeam(PEOPLE.slice(0, 3));
  const afterWant = expectTeam([...PEOPLE.slice(0, 3), PEOPLE[4], PEOPLE[3]]);
  const crows = page.getByRole('table', { name: TEAM.en.change }).getByRole('row');
  for (let a = 0; a < 6; a++) {
    const [b, af, change] = await cellsOf(crows.nth(a + 1));
    const bm = beforeWant.areas[a].team ?? undefined;
    const am = afterWant.areas[a].team ?? undefined;
    const d = bm === undefined || am === undefined ? null : Math.round(am - bm);
    // Three people before: never a clear change (fewer than 5 on a side).
    const points = d === null ? '–' : d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0';
    const text = d === null ? '–' : `${points} (no clear change)`;
    assert.deepEqual([num(b), num(af), change], [round(bm), round(am), text], `change, area ${a}`);
  }
  await page.getByRole('img', { name: /^Before and after by area/ }).waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a chat transcript with the links mixed into text gives the same figures', async () => {
  const outlook = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(links[4])}&data=05%7C02&reserved=0`;
  const chat = [
    '[10:01] Jukka: morning all, link coming',
    `[10:02] Mette: here's mine ${links[0]}.`,
    `[10:02] Jukka: (${links[1]})`,
    `[10:03] Anna: mine is "${links[2]}", sorry for the delay!`,
    '[10:04] Facilitator: anyone else?',
    `[10:05] Lars: ${links[3]} <- that one`,
    `[10:06] Outlook forward: ${outlook}`,
  ].join('\n');
  const page = await newPage('en');
  await openTeamView(page);
  await paste(page, chat);
  await checkFigures(page, PEOPLE);
  const report = page.getByRole('status').filter({ hasText: 'What happened to the links' });
  for (const line of [2, 3, 4, 6, 7]) await report.getByText(`Line ${line}`).waitFor();
  assert.equal(await report.getByRole('listitem').count(), 5);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a damaged and a duplicate link are reported on their lines while the rest is used', async () => {
  const payload = links[2].split('#r=')[1].split('&')[0];
  const damaged = links[2].replace(payload, payload.slice(0, 18));
  const text = [links[0], links[1], damaged, links[2], `again: ${links[1]}`, links[3], links[4]].join('\n');
  const page = await newPage('en');
  await openTeamView(page);
  await paste(page, text);
  await checkFigures(page, PEOPLE);
  const report = page.getByRole('status').filter({ hasText: 'What happened to the links' });
  const lines = report.getByRole('listitem');
  assert.equal(await lines.count(), 7);
  assert.match(await lines.nth(2).innerText(), /^Line 3 .*(cut off|too short)/s);
  assert.match(await lines.nth(4).innerText(), /^Line 5 .*Not added: the same result is already in the team\./s);
  for (const i of [0, 1, 3, 5, 6]) assert.match(await lines.nth(i).innerText(), /Added\.$/);
  // The pasted text stays, so the damaged line can be fixed.
  assert.equal(await page.getByLabel(TEAM.en.add).inputValue(), text);
  await page.context().close();
});

test('a team of 50 fits in a link under 2,000 characters that opens the same team elsewhere', async () => {
  // 45 more people, forged from the five real results on earlier days (a distinct
  // date makes a distinct result); the 51st is one too many.
  const many = [];
  for (let k = 0; k < 11; k++) {
    for (const link of links) {
      const payload = link.split('#r=')[1].split('&')[0];
      const forged = k === 0 ? payload : forge(payload, (b) => {
        const day = ((b[2] << 8) | b[3]) - k;
        b[2] = day >> 8; b[3] = day & 255;
      });
      many.push(`${APP_URL}#r=${forged}${link.includes('&n=') ? `&n=${link.split('&n=')[1]}` : ''}`);
    }
  }
  const page = await newPage('en');
  await openTeamView(page);
  await paste(page, many.slice(0, 51).join('\n'));
  await page.getByRole('heading', { level: 2, name: 'Respondents (50)' }).waitFor();
  await page.getByRole('status').getByText('A team holds at most 50 respondents. Left out: 1.').waitFor();
  await reachTheEnd(page);
  const link = await page.getByLabel('Team link', { exact: true }).inputValue();
  assert.ok(link.startsWith(`${TEAM_URL}#t=`), link);
  assert.ok(link.length < 2000, `the team link has ${link.length} characters`);
  const table = await page.getByRole('table', { name: 'Team scores by area' }).innerText();

  const other = await newPage('en');
  await other.goto(link);
  await other.getByRole('heading', { level: 1, name: TEAM.en.title }).waitFor();
  const list = other.getByRole('region', { name: 'Respondents (50)' });
  // A list this long starts closed, behind a disclosure button.
  const toggle = list.getByRole('button', { name: 'Show the list' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await list.getByRole('listitem').count(), 0);
  await toggle.click();
  await list.getByRole('button', { name: 'Hide the list', expanded: true }).waitFor();
  // The rows come with their part (src/ui/team/list.rs) once the list is opened.
  await list.getByRole('button', { name: 'Remove respondent 50', exact: true }).waitFor();
  assert.equal(await list.getByRole('button', { name: /^Remove respondent \d+$/ }).count(), 50);
  // The team link's QR code is drawn on request. Fifty people of bank 2 with names
  // and organisations are past what a version-25 code holds (qr.test.mjs measures
  // the limit), so the request gets the sentence instead of a code.
  console.log(`# team of 50 with names and organisations: ${link.length} characters`);
  assert.equal(await other.getByRole('img', { name: 'QR code of the team link' }).count(), 0);
  await reachTheEnd(other);
  await other.getByRole('button', { name: 'Show as QR code', expanded: false }).click();
  await other.getByText('This link is too long for a QR code that phones can read reliably').waitFor();
  assert.equal(await other.getByRole('img', { name: 'QR code of the team link' }).count(), 0);
  assert.equal(await other.getByRole('table', { name: 'Team scores by area' }).innerText(), table);
  assert.match(await list.getByRole('listitem').nth(1).innerText(), /Ældrepleje × Frivilligcenter/);
  assert.deepEqual([...page.problems, ...other.problems], []);
  await page.context().close();
  await other.context().close();
});

/// The first golden result link of release 1 (tests/codec.rs, GOLDEN_V1): bank 1,
/// volunteer centre or association (code 2), Danish, 2026-11-22, these answers.
const GOLDEN_V1 = { payload: 'EQEJ1UFOXApy4FOXApy4FEeM2A', answers: '12345?-12345?-12345?-12345?-12' };

test('a release-1 link and bank-2 links in one team: the note, each statement marked by version, every figure matches', async () => {
  // Three people on bank 1 (the golden link and two more made as release 1 made
  // them) and three on bank 2, two of each bank from one sector.
  const people = [
    { bank: 1, sector: 2, plan: planOf(GOLDEN_V1.answers), link: `${APP_URL}#r=${GOLDEN_V1.payload}` },
    { bank: 1, sector: 2, plan: answerPlan(1, BANK_SIZES[1]), date: 2480 },
    { bank: 1, sector: 1, plan: answerPlan(2, BANK_SIZES[1]), date: 2481, lang: 1 },
    { bank: 2, sector: 9, seed: 11, date: 2600 },
    { bank: 2, sector: 9, seed: 12, date: 2601, lang: 4 },
    { bank: 2, sector: 7, seed: 13, date: 2602 },
  ];
  for (const p of people) {
    if (p.link) continue;
    const made = { sector: p.sector, lang: p.lang, date: p.date, answers: codesOf(planOfPerson(p)) };
    p.link = `${APP_URL}#r=${p.bank === 1 ? resultPayload(made) : resultPayload2(made)}`;
  }
  const page = await newPage('en');
  await openTeamView(page);
  await paste(page, people.map((p) => p.link).join('\n'));
  const want = await checkFigures(page, people);
  assert.ok(want.mixed);
  // Each statement was asked of three people: too few for answers on both sides
  // (six) or a gap between partners (three a partner), so none is listed.
  assert.ok(!want.disagreements.some((d) => d.startsWith('statement')), want.disagreements.join(', '));
  // Release 1's sectors are named as release 1 named them.
  const list = page.getByRole('region', { name: 'Respondents (6)' });
  assert.match(await list.getByRole('listitem').first().innerText(), /Volunteer centre or association/);

  // The team link holds both: format 3, bank byte 0 (each person says their bank);
  // it opens the same team in a fresh browser.
  await reachTheEnd(page);
  const link = await page.getByLabel('Team link', { exact: true }).inputValue();
  assert.ok(link.startsWith(`${TEAM_URL}#t=`), link);
  assert.deepEqual(headerOf(link.split('#t=')[1].split('&')[0]), [3, 2, 0]);
  const table = await page.getByRole('table', { name: 'Team scores by area' }).innerText();
  const other = await newPage('en');
  await other.goto(link);
  await other.getByRole('heading', { level: 1, name: TEAM.en.title }).waitFor();
  assert.equal(await other.getByRole('table', { name: 'Team scores by area' }).innerText(), table);
  await checkFigures(other, people);
  assert.deepEqual([...page.problems, ...other.problems], []);
  await page.context().close();
  await other.context().close();
});

async function axe(page, where) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(found, [], found.join('\n'));
}

for (const lang of LANGS) {
  test(`axe finds no WCAG 2.2 AA violations in ${lang}: team view, before and after, meeting display`, async () => {
    const t = TEAM[lang];
    for (const scheme of ['light', 'dark']) {
      const page = await newPage(lang, { colorScheme: scheme });
      await page.goto(teamLink);
      await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
      await reachTheEnd(page);
      await page.getByLabel(t.before).waitFor();
      await axe(page, `${lang} ${scheme} team view`);
      await page.getByLabel(t.before).fill(links.slice(0, 2).join(' '));
      await page.getByRole('button', { name: t.compare, exact: true }).click();
      await page.getByRole('table', { name: t.change }).waitFor();
      await axe(page, `${lang} ${scheme} before and after`);
      await page.getByRole('button', { name: t.meeting }).click();
      await page.getByRole('heading', { level: 1, name: t.meetingTitle }).waitFor();
      const position = page.locator('.samspil-meeting-position');
      // The first slides (the picture, where you differ), then the last five (the
      // partners, the agreed views, actions, plan, invitation), from the end.
      for (const [section, key] of [0, 1, 2, 3, 4, 5, 6, 7, 8].map((s) => [s, s < 4 ? 'ArrowRight' : s === 4 ? 'End' : 'ArrowLeft'])) {
        await axe(page, `${lang} ${scheme} meeting display, step ${section + 1}`);
        if (section === 8) break;
        const was = await position.innerText();
        await page.keyboard.press(key);
        await page.waitForFunction((old) => document.querySelector('.samspil-meeting-position')?.innerText !== old, was);
      }
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  });
}

test('the meeting display works with the keyboard alone', async () => {
  const page = await newPage('en');
  await page.goto(teamLink);
  await page.getByRole('heading', { level: 1, name: TEAM.en.title }).waitFor();
  // Tab to the button, as a keyboard user would.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.innerText?.trim())) === TEAM.en.meeting) break;
  }
  await page.keyboard.press('Enter');
  const focused = () => page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.innerText?.trim() }));
  const status = page.getByRole('status').filter({ hasText: /^Section/ });
  // The slides (issue 30): the picture, where you differ (as many slides as it
  // takes), the partners, the agreed views, actions, plan and the invitation.
  let total = 0;
  const expectSection = async (k, title) => {
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const text = (await status.innerText()).trim();
    total = Number(text.match(/of (\d+):/)[1]);
    assert.equal(text, `Section ${k === 'last' ? total : k < 0 ? total + k : k} of ${total}: ${title}`);
    assert.deepEqual(await focused(), { tag: 'H2', text: title });
  };
  await expectSection(1, 'The team picture');
  await page.getByRole('img', { name: /^The team's result by area/ }).waitFor();
  await page.keyboard.press('ArrowRight');
  await expectSection(2, 'Where you differ');
  await page.keyboard.press('PageUp');
  await expectSection(1, 'The team picture');
  // The meeting display is anonymous by default: no partner figures on the screen.
  for (let i = 0; i < 12; i++) {
    if (await page.getByRole('heading', { level: 2, name: "The partners' perspectives" }).count()) break;
    await page.keyboard.press('PageDown');
  }
  await page.getByText(/^Anonymous view: no names, partners, counts or individual lines/).first().waitFor();
  assert.equal(await page.getByRole('table', { name: 'Mean scores by partner (people behind each figure)' }).count(), 0);
  await page.keyboard.press('End');
  await expectSection('last', 'Take the check on your phone');
  // The invitation: the self-check's address (no team in it) and its QR code.
  assert.ok(await page.getByText(APP_URL, { exact: true }).isVisible());
  await page.getByRole('img', { name: "QR code of the check's address" }).waitFor();
  // The last section stays the last.
  await page.keyboard.press('ArrowRight');
  await expectSection('last', 'Take the check on your phone');
  await page.keyboard.press('ArrowLeft');
  await expectSection(-1, 'Our action plan');
  await page.keyboard.press('PageUp');
  await expectSection(-2, 'What the team can do next');
  await page.keyboard.press('ArrowUp');
  await expectSection(-3, 'Our view per area');
  await page.keyboard.press('ArrowLeft');
  // Anonymous by default: the partners' section says so instead of showing a table.
  await expectSection(-4, "The partners' perspectives");
  await page.keyboard.press('ArrowLeft');
  await expectSection(-5, 'Where you differ');
  await page.keyboard.press('End');
  await expectSection('last', 'Take the check on your phone');
  // The buttons work from the keyboard too, and keep focus.
  await page.getByRole('button', { name: 'Previous' }).focus();
  await page.keyboard.press('Enter');
  await status.filter({ hasText: `Section ${total - 1} of ${total}` }).waitFor();
  assert.deepEqual(await focused(), { tag: 'BUTTON', text: 'Previous' });
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1, name: TEAM.en.title }).waitFor();
  assert.deepEqual(await focused(), { tag: 'BUTTON', text: TEAM.en.meeting });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the team view has no horizontal scrolling at 320 px and 44 px targets', async () => {
  const page = await newPage('fi', { viewport: { width: 320, height: 700 } });
  await page.goto(teamLink);
  await page.getByRole('heading', { level: 1, name: TEAM.fi.title }).waitFor();
  await reachTheEnd(page);
  await page.getByLabel(TEAM.fi.before).waitFor();
  const check = async (where) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > 320.5 && !(el.parentElement && el.parentElement.closest('.samspil-table-wrap')))
      .map((el) => `${el.tagName}.${el.getAttribute('class')}`).slice(0, 5).join(', ')
      + ' | ' + [...document.querySelectorAll('body *')].filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible').map((el) => `${el.tagName}.${el.getAttribute('class')}:${el.scrollWidth}/${el.clientWidth}`).slice(0, 8).join(', '));
    assert.ok(width <= 320, `${where}: the page is ${width} px wide (${wide})`);
    const small = await page.evaluate(() => [...document.querySelectorAll('.samspil button, .samspil select, .samspil textarea')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && (r.width < 44 || r.height < 44)).length);
    assert.equal(small, 0, `${where}: ${small} targets smaller than 44 × 44 px`);
  };
  await check('team view');
  await page.getByRole('button', { name: TEAM.fi.meeting }).click();
  await check('meeting display');
  await page.context().close();
});

test('print gives one A4 page with the radar, where you differ and the actions, without buttons', async () => {
  const page = await newPage('en');
  await page.goto(teamLink);
  await page.getByRole('heading', { level: 1, name: TEAM.en.title }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button').count(), 0);
  await page.getByRole('img', { name: /^The team's result by area/ }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Where you differ' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'What the team can do next' }).waitFor();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  // SAMSPIL_PDF=file keeps the print to look at when this fails.
  if (process.env.SAMSPIL_PDF) fs.writeFileSync(process.env.SAMSPIL_PDF, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1);
  await page.context().close();
});

test('screenshots for the README: the team view and the meeting display at 1280 px', async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const page = await newPage('en', { viewport: { width: 1280, height: 800 } });
  await page.goto(teamLink);
  await page.getByRole('heading', { level: 1, name: TEAM.en.title }).waitFor();
  await reachTheEnd(page);
  await page.getByLabel(TEAM.en.before).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  // The top of the page: the list, the radar and the table.
  await page.screenshot({ path: path.join(SHOTS, 'team-1280.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 2100 } });
  await page.getByRole('button', { name: TEAM.en.meeting }).click();
  await page.getByRole('heading', { level: 2, name: 'The team picture' }).waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'meeting-1280.png') });
  await page.context().close();
});

// ---------------------------------------------------------------------------
// Partners (docs/team-rules.md): the perspective map, a partner named and mapped by
// hand, two partners side by side, and the anonymous setting over a reload, in
// English and Danish, through roles and names.

const say = (lang, key, args = {}) =>
  Object.entries(args).reduce((t, [k, v]) => t.replace(`{ $${k} }`, v), message(lang, key));

for (const lang of ['en', 'da']) {
  test(`${lang}: the perspective map, a partner named and mapped by hand, and the anonymous view after a reload`, async () => {
    // Three municipal staff (code 7) and three associations (code 10).
    const people = [7, 7, 7, 10, 10, 10].map((sector, k) => ({ ...person2(k + 1, sector), lang: 0, date: 2600 + k }));
    const page = await newPage(lang);
    await page.goto(`${TEAM_URL}#t=${teamPayloadOf(people)}`);
    await readOn(page);
    await page.getByRole('heading', { level: 1, name: message(lang, 'team-title') }).waitFor();
    const mapName = message(lang, 'sector-caption');
    const headers = async () => (await page.getByRole('table', { name: mapName }).getByRole('columnheader').allInnerTexts())
      .slice(1).map((h) => h.trim());
    const municipality = WORDS[lang].sectors[7];
    const association = WORDS[lang].sectors[10];
    assert.deepEqual(await headers(), [`${municipality} (3)`, `${association} (3)`]);
    // Each cell: the partner's mean and the people behind it.
    const firstRow = await cellsOf(page.getByRole('table', { name: mapName }).getByRole('row').nth(1));
    assert.ok(firstRow.every((c) => /^\d+ \(3\)$/.test(c)), firstRow.join(' | '));
    // The team figure's rule is said in words.
    await page.getByText(message(lang, 'figure-equal')).waitFor();

    // The facilitator names a partner and moves two associations to it. The
    // section loads as it comes near the screen: scroll down to it as a person does.
    const partnersHeading = page.getByRole('heading', { level: 2, name: message(lang, 'partners-title'), exact: true });
    for (let i = 0; i < 40 && !(await partnersHeading.count()); i++) {
      await page.mouse.wheel(0, 300);
      await partnersHeading.waitFor({ timeout: 300 }).catch(() => {});
    }
    await partnersHeading.scrollIntoViewIfNeeded();
    await page.getByLabel(message(lang, 'partner-new-label')).fill('Foreningen Syd');
    await page.getByRole('button', { name: message(lang, 'partner-add') }).click();
    for (const n of [5, 6]) {
      const who = say(lang, 'respondent', { n });
      await page.getByLabel(say(lang, 'partner-of', { name: who })).selectOption({ label: 'Foreningen Syd' });
    }
    await page.waitForFunction(() => location.hash.includes('&g='));
    assert.deepEqual(await headers(), [`${municipality} (3)`, `${association} (1)`, 'Foreningen Syd (2)']);
    // A partner of one person: the team figure is the mean of everyone, and says why.
    await page.getByText(message(lang, 'figure-small')).waitFor();
    // The mapping travels in the address: a reload keeps it.
    await page.reload();
    await readOn(page);
    await page.getByRole('table', { name: mapName }).waitFor();
    assert.deepEqual(await headers(), [`${municipality} (3)`, `${association} (1)`, 'Foreningen Syd (2)']);

    // The anonymous view: no map; it survives a reload.
    const toggle = page.getByRole('checkbox', { name: message(lang, 'anon-toggle') });
    await toggle.check();
    await page.getByText(message(lang, 'anon-note')).first().waitFor();
    assert.equal(await page.getByRole('table', { name: mapName }).count(), 0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: message(lang, 'team-title') }).waitFor();
    assert.ok(await page.getByRole('checkbox', { name: message(lang, 'anon-toggle') }).isChecked());
    await page.getByText(message(lang, 'anon-note')).first().waitFor();
    assert.equal(await page.getByRole('table', { name: mapName }).count(), 0);
    assert.equal(await page.getByRole('list').getByRole('button', { name: /Remove|Fjern/ }).count(), 0);
    // Six people with a partner of one: no summary for the minutes, and why.
    await reachTheEnd(page);
    await page.getByText(message(lang, 'summary-refused-small')).waitFor();
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`${lang}: two partners side by side`, async () => {
    const municipality = { bank: 2, sector: 7, lang: 0, answers: Array(38).fill(4) };
    const association = { bank: 2, sector: 10, lang: 0, date: 2601, answers: Array(38).fill(4) };
    // Statements 40 and 42 (positions 10 and 12 of bank 2) at 1, 46 at 2.
    association.answers[9] = 1; association.answers[11] = 1; association.answers[15] = 2;
    const page = await newPage(lang);
    await page.goto(`${TEAM_URL}#t=${teamPayloadOf([municipality, association])}`);
    await readOn(page);
    const table = page.getByRole('table', { name: message(lang, 'dyad-title') });
    await table.waitFor();
    const rows = (await table.getByRole('rowheader').allInnerTexts()).map((t) => t.trim().split('.')[0]);
    assert.deepEqual(rows, ['10', '12', '16']);
    const cols = (await table.getByRole('columnheader').allInnerTexts()).slice(1).map((t) => t.trim());
    assert.deepEqual(cols, [WORDS[lang].sectors[7], WORDS[lang].sectors[10]]);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}
