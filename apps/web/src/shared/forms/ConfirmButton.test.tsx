import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { ConfirmButton } from './ConfirmButton';

describe('ConfirmButton', () => {
  it('deletes only after the question is answered yes', () => {
    const onConfirm = vi.fn();
    render(
      <I18nProvider>
        <ConfirmButton name="Win rate <b>" onConfirm={onConfirm} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByText('Delete “Win rate <b>”? This cannot be undone.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
