#!/usr/bin/env node
// Prints the bench results as medians (ms) and per-second throughput: the numbers we track.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.bench/results.json';
const data = JSON.parse(readFileSync(file, 'utf8'));
const rows = [];
for (const f of data.files ?? [])
  for (const g of f.groups ?? [])
    for (const b of g.benchmarks ?? []) rows.push({ group: g.fullName ?? '', name: b.name, median: b.median, p99: b.p99, samples: b.sampleCount });

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`\n${'benchmark'.padEnd(width)}  median ms     p99 ms   runs/s (median)  samples`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(width)}  ${r.median.toFixed(3).padStart(9)}  ${r.p99.toFixed(3).padStart(9)}  ${(1000 / r.median).toFixed(0).padStart(15)}  ${String(r.samples).padStart(7)}`,
  );
}
