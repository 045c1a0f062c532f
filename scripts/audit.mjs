// The dependency audit of CI: production dependencies only, failing on a high or critical advisory.
// When the registry's advisory endpoint cannot be reached (some mirrors and closed networks answer 405 or
// nothing), that is said plainly and the audit counts as not done rather than passed or failed.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit gave no report:\n${run.stdout}${run.stderr}`);
  process.exit(1);
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason = report.message ?? report.error?.summary ?? 'unknown error';
  console.warn(`npm audit: NOT DONE — the registry's advisory endpoint could not be used (${reason}).`);
  process.exit(0);
}

const blocking = (counts.high ?? 0) + (counts.critical ?? 0);
const summary = ['critical', 'high', 'moderate', 'low'].map((level) => `${counts[level] ?? 0} ${level}`).join(', ');
console.log(`npm audit of production dependencies: ${summary}`);
if (blocking > 0) {
  console.error('High or critical advisories in production dependencies: run `npm audit --omit=dev` for details.');
  process.exit(1);
}
