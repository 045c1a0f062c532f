import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy*/waitFor wait for what they look for; on a loaded machine a render can take seconds, and a wait that
// gives up early fails a correct page. The limit only stops a hang.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
