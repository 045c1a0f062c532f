import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoteWidget } from './NoteWidget';

describe('NoteWidget', () => {
  it('renders Markdown, and what a user typed as HTML stays out of the page', () => {
    const text = '# Plan\n\n**Bold** and a [link](https://example.com)\n\n<b onclick="x()">raw</b> <img src="x" onerror="y()"> [bad](javascript:alert(1))';
    render(<NoteWidget text={text} />);
    const note = screen.getByTestId('note');
    expect(note.querySelector('h1')?.textContent).toBe('Plan');
    expect(note.querySelector('strong')?.textContent).toBe('Bold');
    const link = screen.getByRole('link', { name: 'link' });
    expect(link.getAttribute('href')).toBe('https://example.com');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(note.querySelector('b, img, [onclick], [onerror]')).toBeNull();
    // The unsafe URL is dropped: the text stays, without a javascript: target.
    expect(note.innerHTML).not.toContain('javascript:');
  });
});
