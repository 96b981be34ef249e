#!/usr/bin/env node
// Summarises a V8 .cpuprofile (node --cpu-prof, or `npm run bench -- --profile`): self time by
// package or source folder, and the hottest functions.
//   node bench/tools/cpuprofile-summary.mjs <file.cpuprofile> [--top=25] [--filter=substring] [--last=seconds]
import { readFileSync } from 'node:fs';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  process.stderr.write(
    'usage: node bench/tools/cpuprofile-summary.mjs <file.cpuprofile> [--top=25] [--filter=text]\n',
  );
  process.exit(2);
}
const top = Number(rest.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
const filter = rest.find((a) => a.startsWith('--filter='))?.slice(9);
// Only the samples of the last N seconds (e.g. the load, not the start-up).
const last = Number(rest.find((a) => a.startsWith('--last='))?.slice(7) ?? Infinity);
const profile = JSON.parse(readFileSync(file, 'utf8'));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
const from = profile.endTime - last * 1e6;
let at = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  at += dt;
  if (at < from) continue;
  selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + dt);
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

function bucketOf(url) {
  if (!url) return '(native / idle / gc)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 13).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return 'node core';
  const m = /\/(apps\/[^/]+\/(?:dist|src)\/[^/]+|libs\/[^/]+|bench\/[^/]+)/.exec(url);
  return m ? m[1] : url.replace(/^file:\/\//, '');
}

const buckets = new Map();
const functions = new Map();
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  const { functionName, url, lineNumber } = node.callFrame;
  const bucket =
    functionName === '(idle)'
      ? '(idle)'
      : functionName === '(garbage collector)'
        ? '(gc)'
        : bucketOf(url);
  buckets.set(bucket, (buckets.get(bucket) ?? 0) + us);
  const key = `${functionName || '(anonymous)'}  ${bucketOf(url)}:${lineNumber + 1}`;
  if (!filter || key.includes(filter)) functions.set(key, (functions.get(key) ?? 0) + us);
}
const pct = (us) =>
  `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms`;
process.stdout.write(
  `${file}: ${(total / 1e6).toFixed(2)} s sampled\n\nself time by package / folder:\n`,
);
for (const [bucket, us] of [...buckets].sort((a, b) => b[1] - a[1]).slice(0, top))
  process.stdout.write(`${pct(us)}  ${bucket}\n`);
process.stdout.write(`\nhottest functions (self time):\n`);
for (const [key, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top))
  process.stdout.write(`${pct(us)}  ${key}\n`);

// --callers=name: where the self time of functions named `name` comes from (2 frames up).
const callersOf = rest.find((a) => a.startsWith('--callers='))?.slice(10);
if (callersOf) {
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const stacks = new Map();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (node.callFrame.functionName !== callersOf) continue;
    const frames = [];
    for (let p = parent.get(id), i = 0; p !== undefined && i < 6; p = parent.get(p), i++) {
      const f = byId.get(p).callFrame;
      frames.push(`${f.functionName || '(anonymous)'}@${bucketOf(f.url)}:${f.lineNumber + 1}`);
    }
    const key = frames.join(' < ');
    stacks.set(key, (stacks.get(key) ?? 0) + us);
  }
  process.stdout.write(`\ncallers of ${callersOf}:\n`);
  for (const [key, us] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 10))
    process.stdout.write(`${pct(us)}  ${key}\n`);
}
