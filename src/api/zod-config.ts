// zod compiles each object schema into a function (new Function) on its first parse. The page parses
// each answer's shape a few times, so the compiling cost more than it saved: it was a fifth of the
// script before the first page showed (issue 13, Lighthouse). Must run before any schema is built.
import { config } from 'zod/v4/core';

config({ jitless: true });
