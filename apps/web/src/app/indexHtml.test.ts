import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The server's Content-Security-Policy allows scripts from the app's origin only: the page may hold no script
// text or handler attribute of its own (Vite adds its bundles as <script src>).
describe('index.html', () => {
  const doc = new DOMParser().parseFromString(readFileSync(path.resolve(import.meta.dirname, '../../index.html'), 'utf8'), 'text/html');

  it('loads every script from a file, none inline', () => {
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.getAttribute('src')).toMatch(/^\/[\w/.-]+$/);
      expect(script.textContent?.trim()).toBe('');
    }
  });

  it('has no inline event handler or javascript: URL', () => {
    for (const element of doc.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        expect(name.startsWith('on') ? name : '').toBe('');
        expect(value.trim().toLowerCase().startsWith('javascript:') ? value : '').toBe('');
      }
    }
  });
});
