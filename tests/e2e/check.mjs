// Driving the self-check as a person would: by roles and accessible names.
import assert from 'node:assert/strict';
import { WORDS } from './words.mjs';

/// Answers the statements of the current step from `plan` (indexes offset..offset+5).
export async function answerStep(page, w, plan, offset) {
  const groups = page.getByRole('main').getByRole('group');
  await groups.first().waitFor();
  const count = await groups.count();
  assert.equal(count, 5, 'five statements per step');
  for (let i = 0; i < count; i++) {
    const want = plan[offset + i];
    if (want === null) continue;
    const name = want === 'dk' ? w.dontKnow : w.scale[want - 1];
    await groups.nth(i).getByRole('radio', { name, exact: true }).check();
  }
}

/// Checks that the current step shows exactly the answers of `plan`.
export async function expectStepAnswers(page, w, plan, offset) {
  const groups = page.getByRole('main').getByRole('group');
  for (let i = 0; i < 5; i++) {
    const want = plan[offset + i];
    for (let v = 1; v <= 5; v++) {
      const radio = groups.nth(i).getByRole('radio', { name: w.scale[v - 1], exact: true });
      assert.equal(await radio.isChecked(), want === v, `statement ${offset + i + 1}, option ${v}`);
    }
    assert.equal(await groups.nth(i).getByRole('radio', { name: w.dontKnow, exact: true }).isChecked(), want === 'dk');
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

export function wordsFor(lang) {
  return WORDS[lang];
}
