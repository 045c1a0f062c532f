import { useContext } from 'react';
import { ThemeContext, type ThemeValue } from './ThemeProvider';

export function useTheme(): ThemeValue {
  return useContext(ThemeContext);
}
