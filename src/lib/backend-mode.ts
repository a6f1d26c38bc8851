// Which backend this build talks to: the one in the browser (the static build and `npm start`: demo
// tools, View as for anyone), or the shared server over HTTP (`npm run build:server`, served by `npm
// run serve`: people sign in, no demo tools; issue 16). Fixed at build time, so the build for one
// leaves out what only the other needs.
export const SERVER_MODE: boolean = import.meta.env.VITE_BACKEND === 'http';
