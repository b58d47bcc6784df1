// Starting extra static servers for a test: the app under a sub-path, or the demo
// host page on another origin. Each is a child process stopped by `stop()`.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startServer(args) {
  const port = await freePort();
  const child = spawn('node', [path.join(ROOT, 'scripts/server.mjs'), '--port', String(port), ...args], {
    cwd: ROOT, stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { await fetch(origin + '/'); break; } catch { await new Promise((r) => setTimeout(r, 50)); }
  }
  return { origin, port, stop: () => child.kill() };
}
