// Driving the self-check as a person would: by roles and accessible names.
import assert from 'node:assert/strict';
import { WORDS, AREA_SIZES, areaOffsets, firstIdOf, offersOf } from './words.mjs';

/// The statements of step `step` (0–5), once the page shows that step. Each is a
/// group named by its statement, numbered on from the steps before (its place in
/// the bank): checks that the step has exactly as many as its area in the bank
/// (`sizes`, bank 2's unless given) and returns them in order.
export async function stepStatements(page, step, sizes = AREA_SIZES) {
  const main = page.getByRole('main');
  const first = areaOffsets(sizes)[step] + 1;
  const numbered = (n) => main.getByRole('group', { name: new RegExp(`^${n}\\. \\S`) });
  await numbered(first).waitFor();
  assert.equal(await main.getByRole('group').count(), sizes[step], `${sizes[step]} statements in step ${step + 1}`);
  const groups = [];
  for (let n = first; n < first + sizes[step]; n++) {
    assert.equal(await numbered(n).count(), 1, `statement ${n} in step ${step + 1}`);
    groups.push(numbered(n));
  }
  return groups;
}

/// Answers the statements of step `step` from `plan`, a plan of the whole bank.
export async function answerStep(page, w, plan, step, sizes = AREA_SIZES) {
  const groups = await stepStatements(page, step, sizes);
  const offset = areaOffsets(sizes)[step];
  for (const [i, group] of groups.entries()) {
    const want = plan[offset + i];
    if (want === null) continue;
    const name = want === 'dk' ? w.dontKnow : w.scale[want - 1];
    await group.getByRole('radio', { name, exact: true }).check();
  }
}

/// Checks that step `step` shows exactly the answers of `plan`.
export async function expectStepAnswers(page, w, plan, step, sizes = AREA_SIZES) {
  const groups = await stepStatements(page, step, sizes);
  const offset = areaOffsets(sizes)[step];
  for (const [i, group] of groups.entries()) {
    const want = plan[offset + i];
    for (let v = 1; v <= 5; v++) {
      const radio = group.getByRole('radio', { name: w.scale[v - 1], exact: true });
      assert.equal(await radio.isChecked(), want === v, `statement ${offset + i + 1}, option ${v}`);
    }
    // A statement without "don't know" (src/model/bank.rs) shows no such option.
    const id = firstIdOf(sizes) + offset + i;
    const dontKnow = group.getByRole('radio', { name: w.dontKnow, exact: true });
    if (offersOf(id).dontKnow) assert.equal(await dontKnow.isChecked(), want === 'dk');
    else assert.equal(await dontKnow.count(), 0, `statement ${id} offers no "don't know"`);
  }
}

/// Reads the score column of the results table: numbers, or null for "–".
export async function readScores(page, w) {
  const table = page.getByRole('table', { name: w.table });
  await table.waitFor();
  const rows = table.getByRole('row');
  const scores = [];
  for (let i = 1; i < (await rows.count()); i++) {
    const text = (await rows.nth(i).getByRole('cell').first().innerText()).trim();
    scores.push(text === '–' ? null : Number(text));
  }
  return scores;
}

/// Reads the "answered" column of the results table ("answered/statements").
export async function readAnswered(page, w) {
  const rows = page.getByRole('table', { name: w.table }).getByRole('row');
  const answered = [];
  for (let i = 1; i < (await rows.count()); i++) {
    answered.push((await rows.nth(i).getByRole('cell').nth(2).innerText()).trim());
  }
  return answered;
}

export function wordsFor(lang) {
  return WORDS[lang];
}
