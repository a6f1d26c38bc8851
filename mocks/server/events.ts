// GET /api/events: server-sent events. After every change anyone makes, each connected console is told
// which API path changed (src/api/changes-channel.ts's message, from tab "server") and refreshes what
// that change touches, as tabs of one browser do for each other.
import type { ServerResponse } from 'node:http';
import type { ChangeMessage } from '../../src/api/changes-channel';

export class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat = setInterval(() => this.send(': keep-alive\n\n'), 25_000);

  constructor() {
    this.heartbeat.unref();
  }

  connect(res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 2000\n: connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  changed(path: string): void {
    const message: ChangeMessage = { kind: 'changed', tab: 'server', path };
    this.send(`event: changed\ndata: ${JSON.stringify(message)}\n\n`);
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private send(text: string): void {
    for (const res of this.clients) res.write(text);
  }
}
