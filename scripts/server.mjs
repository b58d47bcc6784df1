// A small static server for Samspil's bundle, used by `scripts/serve` (with
// rebuild-on-change), by the end-to-end tests and by the benchmark.
// It behaves like a well-configured static host: correct types, brotli/gzip,
// immutable caching for hashed files, and the Content-Security-Policy of the README.
//
//   node scripts/server.mjs [--dir dist] [--port 8080] [--host 127.0.0.1]
//                           [--base /sub/path/] [--watch] [--extra-dir /demo=examples] [--log]
//     --log writes one JSON line per request to stdout ({"path","status","bytes"},
//     bytes as sent: headers and body): what reached the network, for the tests and
//     the benchmark of repeat visits.
//   node scripts/server.mjs --dir examples --port 8081 --demo-host http://127.0.0.1:8080/
//     serves the demo host pages (a volunteer centre's site) with {{SAMSPIL}} replaced
//     by the app's address, under the Content-Security-Policy a host page needs.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = path.resolve(root, opt('dir', 'dist'));
const port = Number(opt('port', process.env.PORT || 8080));
const host = opt('host', '127.0.0.1');
let base = opt('base', '/');
if (!base.endsWith('/')) base += '/';
const watch = args.includes('--watch');
const log = args.includes('--log');
const demoHost = opt('demo-host', null);
const extra = (opt('extra-dir', '') || '').split(',').filter(Boolean).map((s) => {
  const [prefix, d] = s.split('=');
  return [prefix.endsWith('/') ? prefix : `${prefix}/`, path.resolve(root, d)];
});

/// What a host page needs for the widget: embed.js from the app, and the app in a frame.
const hostCsp = (app) => {
  const origin = new URL(app).origin;
  return `default-src 'self'; script-src 'self' ${origin}; frame-src ${origin}; style-src 'self'; ` +
    "img-src 'self' data:; connect-src 'self'; base-uri 'self'; form-action 'self'";
};

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};
const compressed = new Map();
const etags = new Map();
const sentBefore = new WeakMap();

function resolve(urlPath) {
  for (const [prefix, d] of extra) {
    if (urlPath.startsWith(prefix)) return [d, urlPath.slice(prefix.length)];
  }
  if (urlPath.startsWith(base)) return [dir, urlPath.slice(base.length)];
  return [null, null];
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (log) {
    res.on('finish', () => {
      // What this response put on the connection (kept alive across requests).
      const { socket } = req;
      const bytes = socket.bytesWritten - (sentBefore.get(socket) || 0);
      sentBefore.set(socket, socket.bytesWritten);
      console.log(JSON.stringify({ path: url.pathname, status: res.statusCode, bytes }));
    });
  }
  if (url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  let decoded;
  try { decoded = decodeURIComponent(url.pathname); } catch { decoded = url.pathname; }
  const [d, rel] = resolve(decoded);
  let file = d && path.join(d, rel || 'index.html');
  if (file && !file.startsWith(d)) file = null;
  if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  let status = 200;
  if (!file || !fs.existsSync(file)) {
    // Like GitHub Pages, Netlify and the README's nginx and Apache configs: an unknown
    // address under the app gets the app's 404.html, with status 404.
    const notFound = d && path.join(d, '404.html');
    if (!notFound || !fs.existsSync(notFound)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    file = notFound;
    status = 404;
  }
  const ext = path.extname(file);
  const headers = {
    'Content-Type': TYPES[ext] || 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Hashed files never change; index.html must always be fresh, and so must sw.js
    // (the browser finds a new release by fetching it again).
    'Cache-Control': /-[0-9a-f]{10}(_bg)?\.(js|css|wasm|txt)$/.test(file)
      ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  let body = fs.readFileSync(file);
  if (ext === '.html' && demoHost) {
    headers['Content-Security-Policy'] = hostCsp(demoHost);
    body = Buffer.from(body.toString('utf8').replaceAll('{{SAMSPIL}}', demoHost));
  } else if (ext === '.html' && d === dir) {
    headers['Content-Security-Policy'] = CSP;
  }
  // A validator, as static hosts send one: a page (or sw.js) the browser already has
  // is answered "304 Not Modified", without a body.
  const stat = fs.statSync(file);
  const version = `${file}:${stat.mtimeMs}:${stat.size}`;
  if (!etags.has(version)) {
    etags.set(version, `"${crypto.createHash('sha256').update(body).digest('hex').slice(0, 16)}"`);
  }
  if (status === 200) {
    headers.ETag = etags.get(version);
    if (req.headers['if-none-match'] === headers.ETag) {
      delete headers['Content-Type'];
      res.writeHead(304, headers).end();
      return;
    }
  }
  const accept = req.headers['accept-encoding'] || '';
  if (body.length > 512 && /\.(html|js|css|wasm|svg|json|txt)$/.test(file)) {
    const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
    if (enc) {
      const key = `${enc}:${file}:${fs.statSync(file).mtimeMs}`;
      if (!compressed.has(key)) {
        compressed.set(key, enc === 'br'
          ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
          : zlib.gzipSync(body, { level: 9 }));
      }
      body = compressed.get(key);
      headers['Content-Encoding'] = enc;
      headers.Vary = 'Accept-Encoding';
    }
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, host, () => {
  console.log(`Samspil is served on http://${host}:${port}${base}`);
});

if (watch) {
  // Rebuild on change: one build at a time, and one more if files changed meanwhile.
  let building = false;
  let again = false;
  let timer = null;
  const build = () => {
    if (building) { again = true; return; }
    building = true;
    console.log('change seen: rebuilding …');
    const child = spawn('bash', [path.join(root, 'scripts/build'), '--dev'], { stdio: 'inherit' });
    child.on('exit', (code) => {
      building = false;
      console.log(code === 0 ? 'rebuilt: reload the page' : 'build failed: fix the error above');
      if (again) { again = false; build(); }
    });
  };
  // Everything scripts/build reads: the code, the texts (locales/ through build.rs),
  // the styles, the pages, the scripts it copies and the guide pages.
  for (const p of ['src', 'locales', 'build.rs', 'build', 'styles', 'index.html', 'embed', 'guide',
    'scripts/boot.js', 'scripts/sw.js', 'scripts/build', 'scripts/packs.rs']) {
    if (!fs.existsSync(path.join(root, p))) continue;
    fs.watch(path.join(root, p), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(build, 300);
    });
  }
}
