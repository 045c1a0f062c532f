import type { ThemeMode } from '../theme/ThemeProvider';

/** Chart colours per theme; the same values as the CSS variables in styles/theme.css. */
export interface ChartPalette {
  primary: string;
  comparison: string;
  target: string;
  good: string;
  bad: string;
  neutral: string;
  text: string;
  muted: string;
  grid: string;
  series: string[];
}

const LIGHT: ChartPalette = {
  primary: '#4f46e5',
  comparison: '#94a3b8',
  target: '#d97706',
  good: '#15803d',
  bad: '#b91c1c',
  neutral: '#64748b',
  text: '#0f172a',
  muted: '#64748b',
  grid: '#e2e8f0',
  series: ['#4f46e5', '#0891b2', '#d97706', '#db2777', '#059669', '#7c3aed', '#ea580c', '#0284c7', '#65a30d', '#9f1239'],
};

const DARK: ChartPalette = {
  primary: '#818cf8',
  comparison: '#64748b',
  target: '#fbbf24',
  good: '#4ade80',
  bad: '#f87171',
  neutral: '#94a3b8',
  text: '#e2e8f0',
  muted: '#94a3b8',
  grid: '#1e293b',
  series: ['#818cf8', '#22d3ee', '#fbbf24', '#f472b6', '#34d399', '#a78bfa', '#fb923c', '#38bdf8', '#a3e635', '#fda4af'],
};

export function chartPalette(theme: ThemeMode): ChartPalette {
  return theme === 'dark' ? DARK : LIGHT;
}
