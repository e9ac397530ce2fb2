// zod's configuration must run before any schema exists (see zod-config.ts).
import './zod-config';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { startDatabases } from './app/services';
import { NotifyProvider } from './components/use-notify';
import { initI18n } from './i18n';

const start = async (): Promise<void> => {
  await initI18n();
  // Before anything opens the register: which one is in use may change (a restore not proven).
  const outcome = await startDatabases().catch(() => 'ready' as const);
  const container = document.getElementById('root');
  if (!container) throw new Error('root element missing');
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <NotifyProvider>
          <Root startOutcome={outcome} />
        </NotifyProvider>
      </FluentProvider>
    </StrictMode>,
  );
};

void start();
