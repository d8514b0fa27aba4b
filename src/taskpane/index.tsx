import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme, Title3, Body1 } from '@fluentui/react-components';
import { t } from '../core/i18n';

// Placeholder shell until the task-pane issue lands.
function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <Title3 as="h1">{t('en', 'app.name')}</Title3>
        <Body1>{t('en', 'app.tagline')}</Body1>
      </main>
    </FluentProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
