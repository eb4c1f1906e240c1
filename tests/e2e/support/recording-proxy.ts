/** An HTTP proxy that records every request the browser sends to the network:
 * with Chromium pointed at it (loopback included), nothing — service worker,
 * extension page or content script — can reach the network unseen. It serves
 * only the fixture servers; everything else is recorded and refused. */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** "GET http://localhost:1234/textarea.html", "CONNECT example.com:443" … */
  log: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(allowedOrigins: string[]): Promise<RecordingProxy> {
  const log: string[] = [];
  const allowedHosts = new Set(allowedOrigins.map((o) => new URL(o).host));
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '/', 'http://invalid');
    if (!allowedHosts.has(target.host)) return void res.writeHead(403).end('blocked by the test proxy');
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket: Socket) => {
    log.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    log,
    close: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
