import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ExplorerPage } from '../features/explorer/pages/ExplorerPage';
import '../features/explorer/explorer.css';

// The API explorer is its own page (explorer.html), so none of it weighs on the dashboards' bundle.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ExplorerPage />
  </StrictMode>,
);
