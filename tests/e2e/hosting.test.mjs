// The host snippets in docs/hosting.md cover every file the build makes (audit
// finding E16: result.html once had neither `no-cache` nor the policy). This reads
// the page a host's web team copies from, takes its nginx and Apache snippets apart,
// and checks every file in dist/ against their rules, as each server would match it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOC = fs.readFileSync(path.join(ROOT, 'docs/hosting.md'), 'utf8');
const DIST = path.join(ROOT, 'dist');
const BASE = '/tools/samspil/';

/// The one fenced block of a language in the page.
function snippet(lang) {
  const blocks = [...DOC.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))];
  assert.equal(blocks.length, 1, `docs/hosting.md has one ${lang} snippet`);
  return blocks[0][1];
}

/// nginx: each regex location with the headers it adds; matched against the path.
function nginxRules(text) {
  const rules = [];
  for (const m of text.matchAll(/location ~ ("([^"]+)"|(\S+)) \{([^}]*)\}/g)) {
    const re = new RegExp(m[2] ?? m[3]);
    rules.push({ name: m[1], body: m[4], covers: (file) => re.test(BASE + file) });
  }
  return rules;
}

/// Apache: each FilesMatch and Files block; matched against the file's name.
function apacheRules(text) {
  const rules = [];
  for (const m of text.matchAll(/<FilesMatch "([^"]+)">([\s\S]*?)<\/FilesMatch>/g)) {
    const re = new RegExp(m[1]);
    rules.push({ name: m[1], body: m[2], covers: (file) => re.test(file) });
  }
  for (const m of text.matchAll(/<Files "([^"]+)">([\s\S]*?)<\/Files>/g)) {
    rules.push({ name: m[1], body: m[2], covers: (file) => file === m[1] });
  }
  return rules;
}

const HASHED = /-[0-9a-f]{10}(_bg)?\.(js|css|wasm|txt)$/;

/// What a file needs from its rule, by the kind of file it is.
function needs(file) {
  if (file.endsWith('.html')) return { kind: 'page', headers: ['no-cache', 'Content-Security-Policy'] };
  if (file === 'sw.js') return { kind: 'service worker', headers: ['no-cache'] };
  if (file === 'embed.js') return { kind: 'embed loader', headers: ['max-age=3600'] };
  if (HASHED.test(file)) return { kind: 'hashed file', headers: ['max-age=31536000', 'immutable'] };
  return null;
}

const files = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => fs.statSync(path.join(DIST, f)).isFile()) : [];

test('dist/ has been built, with every page the snippets are written for', () => {
  for (const page of ['index.html', 'result.html', 'team.html', '404.html', 'sw.js', 'embed.js']) {
    assert.ok(files.includes(page), `dist/${page} (run scripts/build first)`);
  }
});

for (const [server, rules, basics] of [
  ['nginx', nginxRules(snippet('nginx')), [/application\/wasm wasm/, /error_page 404 \S*404\.html/]],
  ['Apache', apacheRules(snippet('apache')), [/AddType application\/wasm \.wasm/, /ErrorDocument 404 \S*404\.html/]],
]) {
  test(`the ${server} snippet serves wasm with its type and answers unknown addresses with 404.html`, () => {
    const text = server === 'nginx' ? snippet('nginx') : snippet('apache');
    for (const re of basics) assert.match(text, re);
  });

  test(`every file of dist/ is covered by a rule of the ${server} snippet`, () => {
    const problems = [];
    for (const file of files) {
      const need = needs(file);
      if (!need) {
        problems.push(`${file}: a file docs/hosting.md does not say how to serve`);
        continue;
      }
      const rule = rules.find((r) => r.covers(file));
      if (!rule) {
        problems.push(`${file} (${need.kind}): no rule covers it`);
        continue;
      }
      for (const h of need.headers) {
        if (!rule.body.includes(h)) problems.push(`${file} (${need.kind}): its rule ${rule.name} lacks ${h}`);
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(files.some((f) => f.startsWith('guide-') && f.endsWith('.html')), 'the guide pages are in dist/');
  });
}
