// Where the API lives: beside the app, wherever the static build is hosted. Its own module: the page's side of the in-browser
// backend (mocks/browser.ts) needs it and nothing else of the client, so the backend starts without
// waiting for the app's code (vite.config.ts, the `app` chunk).
export function apiUrl(path: string): string {
  const base = typeof import.meta.env === 'undefined' ? '/' : import.meta.env.BASE_URL;
  return `${base.replace(/\/$/, '')}/api${path}`;
}
