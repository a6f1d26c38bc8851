#!/usr/bin/env node
// Prints the bench results as medians (ms) and per-second throughput: the numbers we track. Then the
// ratios: the same benchmark at each size (names ending "(default)", "(large)", "(huge)") as
// large ÷ default and huge ÷ large, and in a group with an "engine:" and an "@casl/ability:" entry,
// how many times CASL's median each engine entry's throughput is.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.bench/results.json';
const data = JSON.parse(readFileSync(file, 'utf8'));
const rows = [];
for (const f of data.files ?? [])
  for (const g of f.groups ?? [])
    for (const b of g.benchmarks ?? [])
      rows.push({
        group: g.fullName ?? '',
        name: b.name,
        median: b.median,
        p99: b.p99,
        samples: b.sampleCount,
      });

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`\n${'benchmark'.padEnd(width)}  median ms     p99 ms   runs/s (median)  samples`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(width)}  ${r.median.toFixed(3).padStart(9)}  ${r.p99.toFixed(3).padStart(9)}  ${(1000 / r.median).toFixed(0).padStart(15)}  ${String(r.samples).padStart(7)}`,
  );
}

const SIZES = ['default', 'large', 'huge'];
const bySize = new Map();
for (const r of rows) {
  const m = /^(.*) \((default|large|huge)\)$/.exec(r.name);
  if (!m) continue;
  const entry = bySize.get(m[1]) ?? {};
  entry[m[2]] = r.median;
  bySize.set(m[1], entry);
}
if (bySize.size > 0) {
  const w = Math.max(...[...bySize.keys()].map((k) => k.length));
  console.log(
    `\n${'at each size (median ms)'.padEnd(w)}  ${SIZES.map((s) => s.padStart(9)).join('  ')}  large÷default  huge÷large`,
  );
  for (const [name, m] of bySize) {
    const cell = (v) => (v === undefined ? '—' : v.toFixed(3)).padStart(9);
    const ratio = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(1)}×`);
    console.log(
      `${name.padEnd(w)}  ${SIZES.map((s) => cell(m[s])).join('  ')}  ${ratio(m.large, m.default).padStart(13)}  ${ratio(m.huge, m.large).padStart(10)}`,
    );
  }
}

for (const group of new Set(rows.map((r) => r.group))) {
  const inGroup = rows.filter((r) => r.group === group);
  const casl = inGroup.find((r) => r.name.startsWith('@casl/ability:'));
  if (!casl) continue;
  console.log(`\n${group}`);
  for (const r of inGroup.filter((x) => x.name.startsWith('engine:')))
    console.log(`  ${r.name}: ${(casl.median / r.median).toFixed(2)}× @casl/ability's throughput (medians)`);
}
