// The built console (dist-server/), through sirv: any path that is not a file gets index.html, so deep
// links and reloads of every route work (the router takes it from there).
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

export function staticFiles(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const serve = sirv(dir, { single: true, etag: true, gzip: false });
  return (req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
}
