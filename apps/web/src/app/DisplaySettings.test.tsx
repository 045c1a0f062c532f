import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { ConnectionStatus } from '../features/live/components/ConnectionStatus';
import { createConnectionStore } from '../features/live/lib/connectionStore';
import { useFormat } from '../shared/format/useFormat';
import { TimeZoneContext } from '../shared/format/TimeZoneContext';
import { I18nProvider, useI18n } from '../shared/i18n';
import { ThemeProvider } from '../shared/theme/ThemeProvider';
import { LanguageSelect, ThemeToggle } from './DisplaySettings';

function Sample() {
  const { t } = useI18n();
  const fmt = useFormat();
  return (
    <p data-testid="sample">
      {t('status.OFF_TRACK')} | {fmt.value(1234567.8, { kind: 'CURRENCY', currency: 'EUR' })} |{' '}
      {fmt.dateTime('2026-03-05T10:00:00.000Z', 'date')}
    </p>
  );
}

describe('language selector', () => {
  it('switches labels, numbers and dates, and persists the choice', () => {
    render(
      <TimeZoneContext.Provider value="UTC">
        <I18nProvider language="en">
          <LanguageSelect />
          <Sample />
        </I18nProvider>
      </TimeZoneContext.Provider>,
    );
    expect(screen.getByTestId('sample').textContent).toBe('Off track | €1,234,568 | Mar 5, 2026');
    fireEvent.change(screen.getByTestId('language-select'), { target: { value: 'es' } });
    expect(screen.getByTestId('sample').textContent).toMatch(/^Fuera de objetivo \| 1\.234\.568\s€ \| 5 mar 2026$/);
    expect(window.localStorage.getItem('opshub.language')).toBe('es');
    expect(document.documentElement.lang).toBe('es');
  });

  it('starts from the stored language, then navigator.language', () => {
    window.localStorage.setItem('opshub.language', 'es');
    render(
      <I18nProvider>
        <LanguageSelect />
      </I18nProvider>,
    );
    expect((screen.getByTestId('language-select') as HTMLSelectElement).value).toBe('es');
  });
});

describe('theme toggle', () => {
  it('toggles and persists the theme on <html>', () => {
    render(
      <MemoryRouter>
        <ThemeProvider>
          <ThemeToggle />
        </ThemeProvider>
      </MemoryRouter>,
    );
    const initial = document.documentElement.dataset.theme;
    expect(initial === 'light' || initial === 'dark').toBe(true);
    fireEvent.click(screen.getByTestId('theme-toggle'));
    const toggled = initial === 'light' ? 'dark' : 'light';
    expect(document.documentElement.dataset.theme).toBe(toggled);
    expect(window.localStorage.getItem('opshub.theme')).toBe(toggled);
  });
});

describe('ConnectionStatus', () => {
  it('shows text and state for connected / reconnecting / offline', () => {
    const store = createConnectionStore();
    render(<ConnectionStatus store={store} />);
    const el = screen.getByTestId('connection-status');
    expect(el.getAttribute('data-state')).toBe('reconnecting');
    expect(el.textContent).toContain('Connecting…');
    act(() => store.connected());
    expect(el.getAttribute('data-state')).toBe('connected');
    expect(el.textContent).toContain('Live');
    act(() => store.closed());
    expect(el.getAttribute('data-state')).toBe('reconnecting');
    expect(el.textContent).toContain('Reconnecting…');
    act(() => store.browserOffline());
    expect(el.getAttribute('data-state')).toBe('offline');
    expect(el.textContent).toContain('Offline');
  });
});
