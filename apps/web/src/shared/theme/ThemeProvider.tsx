import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';

export type ThemeMode = 'light' | 'dark';
export const THEME_STORAGE_KEY = 'opshub.theme';

export interface ThemeValue {
  theme: ThemeMode;
  /** true when the user picked a theme; false while following prefers-color-scheme. */
  explicit: boolean;
  setTheme: (theme: ThemeMode) => void;
  toggleTheme: () => void;
}

export const ThemeContext = createContext<ThemeValue>({
  theme: 'light',
  explicit: false,
  setTheme: () => {},
  toggleTheme: () => {},
});

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemTheme(): ThemeMode {
  return typeof window !== 'undefined' && window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
}

function storedTheme(): ThemeMode | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [explicitTheme, setExplicitTheme] = useState<ThemeMode | null>(() => storedTheme());
  const [system, setSystem] = useState<ThemeMode>(() => systemTheme());

  useEffect(() => {
    const media = window.matchMedia?.(DARK_QUERY);
    if (!media) return;
    const onChange = () => setSystem(media.matches ? 'dark' : 'light');
    media.addEventListener?.('change', onChange);
    return () => media.removeEventListener?.('change', onChange);
  }, []);

  const theme = explicitTheme ?? system;

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  }, [theme]);

  const setTheme = useCallback((next: ThemeMode) => {
    setExplicitTheme(next);
    try {
      window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Session-only choice.
    }
  }, []);

  const value = useMemo<ThemeValue>(
    () => ({
      theme,
      explicit: explicitTheme !== null,
      setTheme,
      toggleTheme: () => setTheme(theme === 'dark' ? 'light' : 'dark'),
    }),
    [theme, explicitTheme, setTheme],
  );

  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}
