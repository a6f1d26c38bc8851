// What the in-browser demo has and a shared server does not (ADR 0027): the demo panel (reset, scenario
// switch, network realism, service-run stand-ins) and its arrivals panel. People arrive by the server's
// own sign-in, first-admin and invite routes instead.
import { http, type HttpHandler } from 'msw';
import { fail } from '../../handlers/http/respond';

const DEMO =
  'The demo panel is not part of a shared server: its data is everyone\u2019s, so nobody resets it or switches its scenario (start the server with --scenario NAME for a fresh one).';
const ARRIVALS =
  'A shared server has no arrivals panel: an invited person opens their invite link and signs in there (POST /api/auth/accept-invite).';

export function serverRefusals(): HttpHandler[] {
  return [
    http.all('*/api/demo', () => fail(404, 'not_found', DEMO)),
    http.all('*/api/demo/*', () => fail(404, 'not_found', DEMO)),
    http.all('*/api/arrivals', () => fail(404, 'not_found', ARRIVALS)),
    http.all('*/api/arrivals/*', () => fail(404, 'not_found', ARRIVALS)),
  ];
}
