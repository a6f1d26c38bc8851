/**
 * The channel a running backend listens on for Reset demo data (src/boot/reset-demo-data.ts →
 * mocks/worker/backend-worker.ts): a SharedWorker outlives the page, and one that started beside a failed
 * page still holds the state being reset (and its report about it); asked here, it lets go, and the next
 * page starts it afresh. Its own module: the worker needs this name, not the reset's code.
 */
export const RESET_CHANNEL = 'access-console-reset';
