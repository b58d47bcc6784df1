// Starting extra static servers for a test: the app under a sub-path, or the demo
// host page on another origin. Each is a child process stopped by `stop()`.
// With `{ log: true }`, `requests` lists every request that reached the server
// (`{ path, status, bytes }`, see `--log` in scripts/server.mjs).
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';

const ROOT = path.resolve(import.meta.dirname, '../..');

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startServer(args, { log = false } = {}) {
  const port = await freePort();
  const child = spawn('node', [path.join(ROOT, 'scripts/server.mjs'), '--port', String(port), ...args, ...(log ? ['--log'] : [])], {
    cwd: ROOT, stdio: ['ignore', log ? 'pipe' : 'ignore', 'ignore'],
  });
  const requests = [];
  if (log) {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('{')) requests.push(JSON.parse(line));
    });
  }
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { await fetch(origin + '/'); break; } catch { await new Promise((r) => setTimeout(r, 50)); }
  }
  const stopped = new Promise((resolve) => child.once('exit', resolve));
  return { origin, port, requests, stop: () => { child.kill(); return stopped; } };
}
