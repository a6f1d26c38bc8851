#!/usr/bin/env node
// `npm test`: typecheck → lint → unit (Vitest) → ensure Chromium → e2e (Playwright).
// Stops at the first failing step. Ends with one plain line `N passed, N failed` (tests counted from the
// Vitest and Playwright JSON reports; a flaky e2e test counts as failed; a step that fails without test
// results counts as 1 failure).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { summarizePlaywright, summarizeVitest } from './test-report.mjs';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const CI = !!process.env.CI;
// Plain logs when not on a terminal (CI): no ANSI colours from the child tools.
const childEnv = { ...process.env };
if (!process.stdout.isTTY && !process.env.FORCE_COLOR) childEnv.NO_COLOR = '1';
const reportDir = mkdtempSync(path.join(tmpdir(), 'access-console-test-'));
const vitestJson = path.join(reportDir, 'vitest.json');
const playwrightJson = path.join(reportDir, 'playwright.json');

/** @type {{ name: string, cmd: string, args: string[], maxLines?: number, env?: Record<string, string>, report?: () => ReturnType<typeof summarizeVitest> }[]} */
const steps = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['--noEmit', '-p', '.'], maxLines: 60 },
  { name: 'lint (eslint)', cmd: bin('eslint'), args: ['.', '--max-warnings=0'], maxLines: 80 },
  {
    name: 'import boundaries (dependency-cruiser)',
    cmd: bin('depcruise'),
    args: ['src', 'mocks', 'e2e', 'tests', 'bench', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    maxLines: 40,
  },
  { name: 'dead code (knip)', cmd: bin('knip'), args: [], maxLines: 40 },
  {
    name: 'unit tests (vitest)',
    cmd: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    report: () => summarizeVitest(readJson(vitestJson)),
  },
  { name: 'ensure chromium', cmd: process.execPath, args: [path.join(root, 'scripts/ensure-chromium.mjs')] },
  {
    name: 'e2e tests (playwright)',
    cmd: bin('playwright'),
    args: ['test', `--reporter=${CI ? 'line' : 'list'},json`],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson },
    report: () => summarizePlaywright(readJson(playwrightJson)),
  },
];

function readJson(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function printCapped(text, maxLines) {
  const lines = text
    .replace(/\s+$/, '')
    .split('\n')
    .filter((l) => !/^npm warn /.test(l));
  if (lines.length === 1 && lines[0] === '') return;
  console.log(lines.slice(0, maxLines).join('\n'));
  if (lines.length > maxLines)
    console.log(`… ${lines.length - maxLines} more lines (run the step alone to see all)`);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const rule = '='.repeat(72);

const started = Date.now();
let passed = 0;
let failed = 0;
/** @type {string[]} */
const failures = [];
/** @type {string | undefined} */
let failedStep;

for (const [index, step] of steps.entries()) {
  console.log(`\n${rule}\n[${index + 1}/${steps.length}] ${step.name}\n${rule}`);
  const stepStart = Date.now();
  // Test runners stream their own progress; tsc/eslint output is captured and capped to stay readable.
  const run = spawnSync(step.cmd, step.args, {
    cwd: root,
    stdio: step.maxLines ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...childEnv, ...step.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (step.maxLines) printCapped(`${run.stdout ?? ''}${run.stderr ?? ''}`, step.maxLines);
  let ok = run.status === 0;
  const report = step.report?.();
  if (report) {
    passed += report.passed;
    failed += report.failed;
    failures.push(...report.failures);
  }
  // Belt and braces: a flaky e2e test (counted as failed by the report) fails the run even if
  // Playwright exited 0, e.g. with retries or without failOnFlakyTests in the config.
  if (report?.flaky) ok = false;
  if (!ok && !(report && report.failed > 0)) {
    failed += 1; // the step failed without a failing test to show for it (tsc, lint, crash, setup)
    failures.push(`${step.name}: exited with ${run.status ?? run.signal ?? run.error?.message}`);
  }
  const counts = report ? ` — ${report.passed} passed, ${report.failed} failed` : '';
  console.log(`${ok ? 'OK  ' : 'FAIL'} ${step.name} (${seconds(Date.now() - stepStart)})${counts}`);
  if (!ok) {
    failedStep = step.name;
    break;
  }
}

rmSync(reportDir, { recursive: true, force: true });

console.log(`\n${rule}`);
if (failures.length > 0) {
  const shown = failures.slice(0, 20);
  console.log(`Failures:\n${shown.map((f) => `  - ${f}`).join('\n')}`);
  if (failures.length > shown.length) console.log(`  … and ${failures.length - shown.length} more`);
}
console.log(
  failedStep
    ? `Stopped at "${failedStep}" after ${seconds(Date.now() - started)}.`
    : `All steps passed in ${seconds(Date.now() - started)}.`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep || failed > 0 ? 1 : 0);
