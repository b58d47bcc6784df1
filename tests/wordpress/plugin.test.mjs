// The WordPress plugin's files, checked without WordPress: the rules of WordPress's
// plugin review that can be read from the source (no direct file access, escaping,
// an uninstall that runs only as WordPress's, nothing sent and nothing stored), the
// options checked exactly as embed.js and the app check them (tests/options-cases.txt),
// and the block editor's words translated in da, sv, nb and fi.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { LOCALES, jed, fileFor } from './translations.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PLUGIN = path.join(ROOT, 'wordpress');
const files = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]);
const PHP = files(PLUGIN).filter((f) => f.endsWith('.php'));
const read = (f) => fs.readFileSync(f, 'utf8');
const hasPhp = (() => { try { execFileSync('php', ['-v']); return true; } catch { return false; } })();

/// Runs cases through tests/wordpress/harness.php (the plugin's PHP without WordPress).
function php(cases) {
  return JSON.parse(execFileSync('php', [path.join(import.meta.dirname, 'harness.php')], { input: JSON.stringify(cases), encoding: 'utf8' }));
}

test('every PHP file refuses to run outside WordPress, and parses', () => {
  assert.ok(PHP.length >= 8, PHP.join());
  for (const f of PHP) {
    const code = read(f);
    // The first statement: after `<?php` and comments, before anything else runs.
    const first = code.replace(/^<\?php\s*/, '').replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, '');
    assert.ok(first.startsWith("defined( 'ABSPATH' ) || exit;"), `${path.relative(ROOT, f)} starts with its ABSPATH check`);
    if (hasPhp) execFileSync('php', ['-l', f], { stdio: 'pipe' });
  }
  // Every folder has an index.php, so a host that lists folders shows nothing.
  for (const dir of ['', 'includes', 'block', 'assets', 'languages']) {
    assert.ok(fs.existsSync(path.join(PLUGIN, dir, 'index.php')), `${dir}/index.php`);
  }
});

test('uninstall.php runs only as WordPress\'s uninstall, and there is nothing to remove', () => {
  const code = read(path.join(PLUGIN, 'uninstall.php'));
  assert.match(code, /defined\( 'WP_UNINSTALL_PLUGIN' \) \|\| exit;/);
  assert.doesNotMatch(code, /delete_option|DROP|unlink/);
});

test('the plugin sends nothing anywhere and stores nothing', () => {
  const forbidden = /wp_remote_|wp_safe_remote|curl_|fsockopen|stream_socket|file_get_contents\s*\(\s*['"]https?|wp_mail|update_option|add_option|set_transient|set_site_transient|update_user_meta|add_user_meta|update_post_meta|setcookie|\$wpdb|\$_COOKIE|\$_SESSION|error_log|file_put_contents|fopen|mkdir/;
  for (const f of [...PHP, ...files(PLUGIN).filter((x) => x.endsWith('.js'))]) {
    const code = read(f);
    assert.doesNotMatch(code, forbidden, path.relative(ROOT, f));
    assert.doesNotMatch(code, /fetch\(|XMLHttpRequest|sendBeacon|localStorage|document\.cookie/, path.relative(ROOT, f));
  }
});

test('output is escaped: every echo prints a fixed text, every attribute goes through esc_attr', () => {
  for (const f of PHP) {
    for (const line of read(f).split('\n')) {
      const echo = line.match(/\b(echo|print)\b\s*(.*)/);
      if (echo && !line.trim().startsWith('//') && !line.trim().startsWith('*')) {
        assert.match(echo[2], /^('[^']*'|esc_(html|attr)\()/, `${path.relative(ROOT, f)}: ${line.trim()}`);
      }
    }
  }
  const embed = read(path.join(PLUGIN, 'includes/embed.php'));
  for (const attr of embed.matchAll(/'\s*(?:data-|class=)[^']*'\s*\.\s*([^.;]+)/g)) {
    assert.match(attr[1], /^(\$name|esc_attr\()/, attr[0]);
  }
});

test('the options are checked as embed.js and the app check them (tests/options-cases.txt)', { skip: !hasPhp && 'no php here' }, () => {
  const cases = read(path.join(ROOT, 'tests/options-cases.txt')).split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
    const [option, verdict, ...rest] = l.split('\t');
    return { option, verdict, value: rest.join('\t') };
  });
  assert.ok(cases.length > 40);
  const got = php(cases.map((c) => ({ kind: 'valid', option: c.option, value: c.value })));
  cases.forEach((c, i) => assert.equal(got[i], c.verdict === 'ok', `${c.option} ${JSON.stringify(c.value)}`));
});

test('the shortcode and the block write the embed snippet with checked, escaped options', { skip: !hasPhp && 'no php here' }, () => {
  const [full, hostile, unset, danish, block, none] = php([
    { kind: 'shortcode', atts: { lang: 'da', share: 'https://www.frivilligcenter.example/samspil/', start: 'team', compact: 'true', accent: '#8a2d5c', font: 'Georgia, serif' } },
    { kind: 'shortcode', atts: { lang: '"><script>alert(1)</script>', share: 'javascript:alert(1)', accent: 'red;}', font: 'x"><img src=x onerror=alert(1)>', start: 'evil', onload: 'alert(1)' } },
    { kind: 'shortcode', atts: {} },
    { kind: 'shortcode', atts: {}, locale: 'da_DK' },
    { kind: 'block', atts: { lang: 'fi', share: '', start: 'check', compact: false, accent: '', font: '' } },
    { kind: 'block', atts: {}, locale: 'de_DE' },
  ]);
  assert.equal(full, '<div class="samspil-shortcode" data-samspil data-lang="da" data-accent="#8a2d5c" data-font="Georgia, serif" data-start="team" data-compact="true" data-share="https://www.frivilligcenter.example/samspil/"></div>');
  assert.equal(hostile, '<div class="samspil-shortcode" data-samspil></div>', 'a value that does not pass is left out');
  assert.equal(unset, '<div class="samspil-shortcode" data-samspil data-lang="en"></div>');
  assert.equal(danish, '<div class="samspil-shortcode" data-samspil data-lang="da"></div>', "the site's language when unset");
  assert.equal(block, '<div class="wp-block-samspil-check" data-samspil data-lang="fi" data-start="check"></div>');
  assert.equal(none, '<div class="wp-block-samspil-check" data-samspil></div>', "a site language Samspil lacks: the visitor's");
});

test('the block: one name, the embed options as attributes', () => {
  const meta = JSON.parse(read(path.join(PLUGIN, 'block/block.json')));
  assert.equal(meta.name, 'samspil/check');
  assert.deepEqual(Object.keys(meta.attributes).sort(), ['accent', 'compact', 'font', 'lang', 'share', 'start']);
  assert.match(read(path.join(PLUGIN, 'block/editor.js')), /registerBlockType\( 'samspil\/check'/);
  const embed = read(path.join(ROOT, 'embed/embed.js'));
  for (const option of Object.keys(meta.attributes)) assert.match(embed, new RegExp(`\\b${option}:`), `embed.js knows ${option}`);
});

test('the block editor\'s words are translated in da, sv, nb and fi, and the files are up to date', () => {
  const editor = read(path.join(PLUGIN, 'block/editor.js'));
  const strings = [...editor.matchAll(/__\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*,\s*'samspil'\s*\)/g)].map((m) => m[2].replace(/\\(['"])/g, '$1'));
  assert.ok(strings.length >= 15, `${strings.length} strings`);
  assert.equal(strings.length, [...editor.matchAll(/__\(/g)].length, 'every __() has the text domain samspil');
  for (const [locale, table] of Object.entries(LOCALES)) {
    assert.deepEqual([...new Set(strings)].sort(), Object.keys(table).sort(), `${locale}: the same strings as editor.js`);
    for (const [source, text] of Object.entries(table)) assert.ok(text && text !== source, `${locale}: ${source}`);
    const file = path.join(PLUGIN, 'languages', fileFor(locale));
    assert.deepEqual(JSON.parse(read(file)), jed(locale), `${fileFor(locale)} is written from translations.mjs (node tests/wordpress/translations.mjs)`);
  }
});
