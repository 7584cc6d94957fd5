import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createDemoClient, createDemoQueryClient } from './app/client';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App client={createDemoClient(window.location.origin)} queryClient={createDemoQueryClient()} />
  </StrictMode>,
);
