/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** 'http' in the shared server's build (.env.server); unset in the static build and `npm start`. */
  readonly VITE_BACKEND?: 'http';
}
