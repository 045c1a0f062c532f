import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from './measure';

/** One line of the results table: a measurement, optionally against its baseline and a goal. */
export interface Figure {
  case: string;
  figure: string;
  /** The data size or load the figure was taken at, so growth can be read off. */
  size: string;
  unit: string;
  value: Summary | null;
  baseline?: { name: string; value: Summary };
  ratio?: { label: string; value: number };
  goal?: { text: string; met: boolean };
  note?: string;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string;
}

export function machine(postgres: string): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres,
  };
}

export function commit(repoRoot: string): string {
  try {
    const sha = execSync('git rev-parse --short HEAD', { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execSync('git status --porcelain', { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() !== '';
    return dirty ? `${sha} + uncommitted changes` : sha;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function format(value: number, unit: string): string {
  if (unit === 'ms') return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
  if (unit === '×') return value.toFixed(2);
  if (unit === 'KB') return value.toFixed(1);
  return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1);
}

const withUnit = (value: number, unit: string) => `${format(value, unit)}${unit === '×' ? '' : ' '}${unit}`;

/** A Markdown table, pasteable into the README. */
export function table(figures: readonly Figure[]): string {
  const header = ['Case', 'Figure', 'Size', 'Median', 'p95', 'Baseline (median / p95)', 'Ratio', 'Goal', 'Met'];
  const rows = figures.map((f) => [
    f.case,
    f.figure + (f.note ? ` (${f.note})` : ''),
    f.size,
    f.value ? withUnit(f.value.median, f.unit) : '—',
    f.value ? withUnit(f.value.p95, f.unit) : '—',
    f.baseline ? `${f.baseline.name}: ${format(f.baseline.value.median, f.unit)} / ${format(f.baseline.value.p95, f.unit)} ${f.unit}` : '',
    f.ratio ? `${f.ratio.value.toFixed(2)}× ${f.ratio.label}` : '',
    f.goal?.text ?? '',
    f.goal ? (f.goal.met ? 'yes' : 'NO') : '',
  ]);
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function writeResults(repoRoot: string, result: { takenAt: string; machine: Machine; commit: string; durationS: number; figures: Figure[] }): string {
  const dir = path.join(repoRoot, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.takenAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
