// serve against what a folder can hold besides episodes: FIFOs, folders and dangling links named like
// episodes, symlinks out of the folder, malformed requests and clients that never finish their headers.
import ffmpeg from '@ffmpeg-installer/ffmpeg';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.ts';
import { startServer, stopServer } from '../src/serve.ts';

function makeMp3(file: string, title: string): void {
  execFileSync(ffmpeg.path, ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-ac', '1', '-ar', '44100', '-c:a', 'libmp3lame', '-b:a', '64k', '-id3v2_version', '3', '-metadata', `title=${title}`, file]);
}

/** GET with a chosen Host header (fetch does not let a caller set it). */
function get(port: number, path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve, with hostile folder contents', () => {
  let dir: string;
  let outside: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'serve-hostile-'));
    outside = await mkdtemp(join(tmpdir(), 'serve-outside-'));
    makeMp3(join(dir, 'real.mp3'), 'Real Episode');
    makeMp3(join(outside, 'secret.mp3'), 'Secret Outside');
    await writeFile(join(outside, 'secret.txt'), 'root:x:0:0');
    execFileSync('mkfifo', [join(dir, 'old.mp3'), join(dir, 'real.vtt')]);
    await mkdir(join(dir, 'folder.mp3'));
    await symlink(join(dir, 'gone.mp3.target'), join(dir, 'gone.mp3'));
    await symlink(join(outside, 'secret.mp3'), join(dir, 'leak.mp3'));
    await symlink(join(outside, 'secret.txt'), join(dir, 'leak.vtt'));
    await symlink('/dev/zero', join(dir, 'zero.png'));
    await symlink(join(dir, 'real.mp3'), join(dir, 'alias.mp3'));
    server = await startServer({ root: dir, config: DEFAULT_CONFIG, host: '127.0.0.1', port: 0 });
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });

  afterAll(async () => {
    await stopServer(server);
    await rm(dir, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it('answers many feed requests at once with a FIFO, a folder and a dangling link named like episodes', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => get(port, '/feed.xml')));
    for (const { status, body } of answers) {
      expect(status).toBe(200);
      expect(body).toContain('Real Episode');
      for (const name of ['old.mp3', 'folder.mp3', 'gone.mp3']) expect(body).not.toContain(name);
    }
  });

  it('lists no sidecar that is a FIFO', async () => {
    const { body } = await get(port, '/feed.xml');
    expect(body).not.toContain('real.vtt');
  });

  it('neither lists nor serves a symlink target outside the folder, and serves one inside', async () => {
    const { body } = await get(port, '/feed.xml');
    expect(body).not.toContain('Secret Outside');
    expect(body).not.toContain('leak.mp3');
    expect(body).toContain('alias.mp3');
    expect((await get(port, '/leak.mp3')).status).toBe(404);
    expect((await get(port, '/leak.vtt')).status).toBe(404);
    expect((await get(port, '/alias.mp3')).status).toBe(200);
  });

  it('answers 404 for a FIFO, a device link and a folder instead of hanging', async () => {
    for (const path of ['/old.mp3', '/real.vtt', '/zero.png', '/folder.mp3', '/gone.mp3']) {
      expect((await get(port, path)).status, path).toBe(404);
    }
  });

  it('answers 400 to a malformed % escape', async () => {
    expect((await get(port, '/%E0%A4%A.mp3')).status).toBe(400);
    expect((await get(port, '/%')).status).toBe(400);
  });

  it('renders the feed once per folder state and host', async () => {
    const file = join(dir, 'real.mp3');
    const stamp = 1_700_000_000; // whole seconds, so restoring it is exact
    await utimes(file, stamp, stamp);
    const first = await get(port, '/feed.xml', 'phone.lan:8080');
    expect(first.body).toContain('http://phone.lan:8080/real.mp3');
    expect((await get(port, '/feed.xml', 'other.lan:8080')).body).toContain('http://other.lan:8080/real.mp3');
    // Rewrite the title in place, same size, inode and mtime: an unchanged folder is not read again.
    const bytes = await readFile(file);
    const at = bytes.indexOf('Real Episode');
    const handle = await open(file, 'r+');
    await handle.write(Buffer.from('Read Episode'), 0, 12, at);
    await handle.close();
    await utimes(file, stamp, stamp);
    expect((await get(port, '/feed.xml', 'phone.lan:8080')).body).toContain('Real Episode');
    // A changed folder is: a new mtime on the file, and a new episode.
    await utimes(file, stamp + 5, stamp + 5);
    makeMp3(join(dir, 'new.mp3'), 'New Episode');
    const after = (await get(port, '/feed.xml', 'phone.lan:8080')).body;
    expect(after).toContain('Read Episode');
    expect(after).toContain('New Episode');
  });
});

describe('serve, stopping', () => {
  it('stops with a client still trickling its headers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'serve-stop-'));
    const server = await startServer({ root: dir, config: DEFAULT_CONFIG, host: '127.0.0.1', port: 0 });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const connected = new Promise((done) => server.once('connection', done));
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    socket.write('GET /feed.xml HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a');
    await connected;
    const closed = new Promise((done) => socket.once('close', done));
    await stopServer(server);
    await closed;
    await rm(dir, { recursive: true, force: true });
  });
});
