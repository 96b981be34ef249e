// The global sheets first: a feature's own sheet, imported by its components, comes after them
// and may override them at equal specificity.
import './styles.css';
import './ui/controls.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { SessionProvider } from './app/session-context';
import { createApolloClient } from './data/apollo';

const client = createApolloClient();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <SessionProvider>
            <App />
          </SessionProvider>
        </BrowserRouter>
      </ApolloProvider>
    </StrictMode>,
  );
}
