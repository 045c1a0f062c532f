import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { LANGUAGES, loadDictionary } from '../shared/i18n/dictionaries';

// Every language is at hand before a test renders, as it is once a reader's language has loaded.
await Promise.all(LANGUAGES.map(loadDictionary));

// findBy*/waitFor wait for what they look for; on a loaded machine a render can take seconds, and a wait that
// gives up early fails a correct page. The limit only stops a hang.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
