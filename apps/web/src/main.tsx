import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Global styles first: the components' own (CSS Modules) come after them in the cascade.
import './styles/index.css';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';

const client = createApolloClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
