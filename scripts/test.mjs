#!/usr/bin/env node
// `npm test`: the static checks (typecheck, lint, import boundaries, dead code: each one process on one
// core, so two run at a time) → unit (Vitest) → ensure Chromium → e2e (Playwright).
// Stops after the first stage with a failing step. Ends with one plain line `N passed, N failed` (tests counted from the
// Vitest and Playwright JSON reports; a flaky e2e test counts as failed; a step that fails without test
// results counts as 1 failure).
import { spawn } from 'node:child_process';
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

/** @typedef {{ name: string, cmd: string, args: string[], maxLines?: number, env?: Record<string, string>, report?: () => ReturnType<typeof summarizeVitest> }} Step */
/** The static checks: single-threaded tools, run two at a time (the machine of record has two cores). */
/** @type {Step[]} */
const checks = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['--noEmit', '-p', '.'], maxLines: 60 },
  { name: 'lint (eslint)', cmd: bin('eslint'), args: ['.', '--max-warnings=0'], maxLines: 80 },
  {
    name: 'import boundaries (dependency-cruiser)',
    cmd: bin('depcruise'),
    args: [
      'src',
      'mocks',
      'e2e',
      'tests',
      'bench',
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'err',
    ],
    maxLines: 40,
  },
  { name: 'dead code (knip)', cmd: bin('knip'), args: [], maxLines: 40 },
];
/** Then one at a time: the test runners use every core themselves. */
/** @type {Step[]} */
const runners = [
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

const total = checks.length + runners.length;
let number = 0;

/** Runs one step; a captured step's output is printed when it ends, under its own heading. */
function runStep(step) {
  const index = ++number;
  const stepStart = Date.now();
  // Test runners stream their own progress (under a heading first); checks are captured and capped.
  const heading = `\n${rule}\n[${index}/${total}] ${step.name}\n${rule}`;
  if (!step.maxLines) console.log(heading);
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, {
      cwd: root,
      stdio: step.maxLines ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...childEnv, ...step.env },
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    let spawnError;
    child.on('error', (error) => (spawnError = error));
    child.on('close', (status, signal) => {
      if (step.maxLines) {
        console.log(heading);
        printCapped(output, step.maxLines);
      }
      let ok = status === 0;
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
        failures.push(`${step.name}: exited with ${status ?? signal ?? spawnError?.message}`);
      }
      const counts = report ? ` — ${report.passed} passed, ${report.failed} failed` : '';
      console.log(`${ok ? 'OK  ' : 'FAIL'} ${step.name} (${seconds(Date.now() - stepStart)})${counts}`);
      if (!ok) failedStep ??= step.name;
      resolve(ok);
    });
  });
}

/** Runs steps with at most `width` at once, in order; resolves with whether all passed. */
async function runStage(stage, width) {
  const queue = [...stage];
  let allOk = true;
  const lane = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) if (!(await runStep(step))) allOk = false;
  };
  await Promise.all(Array.from({ length: width }, lane));
  return allOk;
}

if (await runStage(checks, 2)) {
  for (const step of runners) if (!(await runStep(step))) break;
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
