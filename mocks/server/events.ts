// GET /api/events: server-sent events. After every change anyone makes, each connected console is told
// which API path changed and by which tab (src/api/changes-channel.ts's message) and refreshes what that
// change touches, as tabs of one browser do for each other; the tab that made it skips it.
import type { ServerResponse } from 'node:http';
import { TAB_HEADER, type ChangeMessage } from '../../src/api/changes-channel';

/** A console tab's id as it sent it (a UUID); anything else, or none (a script), is "server". */
const TAB_ID = /^[\w-]{1,64}$/;

export function tabOf(request: Request): string {
  const tab = request.headers.get(TAB_HEADER);
  return tab !== null && TAB_ID.test(tab) ? tab : 'server';
}

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

  changed(path: string, tab: string): void {
    const message: ChangeMessage = { kind: 'changed', tab, path };
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
