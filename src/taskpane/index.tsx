import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App, type HostName } from './App';

function render(host: HostName): void {
  const el = document.getElementById('root');
  if (el === null) throw new Error('taskpane.html has no #root');
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

// office.js resolves onReady with host null outside Office: that is the preview. Without office.js at all
// (the page opened from disk), render the preview too rather than a blank pane.
if (typeof Office === 'undefined') render(null);
else void Office.onReady((info) => render(info.host ? String(info.host) : null));
