// The report: a table on stdout, one summary line per scenario, and bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import { RESULTS_DIR } from './paths.mjs';
import { round } from './stats.mjs';

/**
 * A measured row. `higherIsBetter` decides how the ratio reads; `target` is
 * { on: 'ratio' | 'figure', op: '>=' | '<=' | '<', value, text }.
 */
export function row({
  measure,
  unit,
  figure,
  baseline,
  baselineLabel,
  higherIsBetter,
  target,
  note,
}) {
  const ratio =
    baseline && Number.isFinite(baseline.median) && baseline.median !== 0
      ? figure.median / baseline.median
      : null;
  const subject = target.on === 'figure' ? figure.median : ratio;
  const met =
    !target.op || subject === null || !Number.isFinite(subject)
      ? null
      : target.op === '>='
        ? subject >= target.value
        : target.op === '<='
          ? subject <= target.value
          : subject < target.value;
  return {
    measure,
    unit,
    figure,
    baseline,
    baselineLabel,
    higherIsBetter,
    ratio: ratio === null ? null : round(ratio, 3),
    target,
    met,
    note,
  };
}

export function fmt(value, unit) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

const noise = (s) =>
  s && Number.isFinite(s.spreadPct) && s.rounds.length > 1
    ? ` ±${Math.round(s.spreadPct / 2)}%`
    : '';

function verdict(r) {
  if (r.met === true) return 'met';
  if (r.met === false) return 'SHORT';
  return '—';
}

export function tableLines(results) {
  const header = [
    '#',
    'measure',
    'figure (median)',
    'baseline (median)',
    'ratio',
    'target',
    'verdict',
  ];
  const lines = [];
  for (const result of results) {
    if (result.status !== 'ok') {
      lines.push([
        result.id,
        result.title,
        `${result.status}: ${result.reason}`,
        '',
        '',
        '',
        result.status,
      ]);
      continue;
    }
    for (const r of result.rows) {
      lines.push([
        result.id,
        r.measure,
        `${fmt(r.figure.median, r.unit)}${noise(r.figure)}`,
        r.baseline ? `${fmt(r.baseline.median, r.unit)}${noise(r.baseline)}` : '—',
        r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
        r.target.text,
        verdict(r),
      ]);
    }
  }
  const widths = header.map((h, i) =>
    Math.min(60, Math.max(h.length, ...lines.map((l) => String(l[i]).length))),
  );
  const pad = (cells) => cells.map((c, i) => String(c).slice(0, 60).padEnd(widths[i])).join('  ');
  return [pad(header), widths.map((w) => '─'.repeat(w)).join('  '), ...lines.map(pad)];
}

/** Markdown table for the README. */
export function markdownTable(results) {
  const out = [
    '| # | measure | figure | baseline | ratio | target | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const result of results) {
    if (result.status !== 'ok') {
      out.push(
        `| ${result.id} | ${result.title} | ${result.status}: ${result.reason} | | | | ${result.status} |`,
      );
      continue;
    }
    for (const r of result.rows) {
      out.push(
        `| ${result.id} | ${r.measure} | ${fmt(r.figure.median, r.unit)}${noise(r.figure)} | ` +
          `${r.baseline ? `${fmt(r.baseline.median, r.unit)}${noise(r.baseline)} (${r.baselineLabel})` : '—'} | ` +
          `${r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`} | ${r.target.text} | ${verdict(r)} |`,
      );
    }
  }
  return out.join('\n');
}

export function machine() {
  const cpu = cpus();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    freeMemoryGiB: round(freemem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

export function writeReport(report, file = 'latest.json') {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, file);
  writeFileSync(path, JSON.stringify(report, null, 2) + '\n');
  const md = join(RESULTS_DIR, file.replace(/\.json$/, '.md'));
  writeFileSync(
    md,
    `Plenary benchmarks — ${report.date} — ${report.machine.cpus} × ${report.machine.cpuModel}, ` +
      `${report.machine.memoryGiB} GiB, Node ${report.machine.node}, PostgreSQL ${report.postgres}, mode ${report.mode}, ` +
      `load average ${report.loadAverage.start.toFixed(1)} → ${report.loadAverage.end.toFixed(1)}\n\n` +
      markdownTable(report.results) +
      '\n',
  );
  return path;
}
