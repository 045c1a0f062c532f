import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TimeZoneContext } from '../format/TimeZoneContext';
import { I18nProvider, type Language } from '../i18n';
import { Pager, type PagerProps } from './Pager';

function renderPager(props: Partial<PagerProps> = {}, language: Language = 'en') {
  const onLoadMore = vi.fn();
  render(
    <TimeZoneContext.Provider value="UTC">
      <I18nProvider language={language}>
        <Pager label="Raw observations" shown={50} total={1234} hasMore loading={false} error={null} onLoadMore={onLoadMore} {...props} />
      </I18nProvider>
    </TimeZoneContext.Provider>,
  );
  return onLoadMore;
}

describe('Pager', () => {
  it.each<[Language, string, string, string]>([
    ['en', 'Raw observations: rows shown', 'Showing 50 of 1,234', 'Load more'],
    ['es', 'Raw observations: filas mostradas', 'Mostrando 50 de 1234', 'Cargar más'],
  ])('in %s: a named group with the count, and a button that loads the next page', (language, name, count, more) => {
    const onLoadMore = renderPager({}, language);
    const pager = screen.getByRole('group', { name });
    expect(within(pager).getByTestId('pager-count').textContent).toBe(count);
    const button = within(pager).getByRole('button', { name: more });
    // The count is what the button adds to.
    expect(button.getAttribute('aria-describedby')).toBe(within(pager).getByTestId('pager-count').id);
    fireEvent.click(button);
    expect(onLoadMore).toHaveBeenCalledTimes(1);
  });

  it('says the next page is loading and takes no second click meanwhile', () => {
    renderPager({ loading: true });
    const button = screen.getByRole('button', { name: 'Loading…' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers no button once every row is shown', () => {
    renderPager({ shown: 3, total: 3, hasMore: false });
    expect(screen.getByTestId('pager-count').textContent).toBe('Showing 3 of 3');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows a failed page with Retry, which loads it again', () => {
    const onLoadMore = renderPager({ error: new Error('network down') });
    const alert = screen.getByRole('alert');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onLoadMore).toHaveBeenCalledTimes(1);
  });
});
