import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { App, hostText } from './App';
import { RIBBON_COMMANDS } from './ribbon-commands';

const render = (host: string | null): string =>
  renderToString(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );

describe('App', () => {
  it('is titled 绩效', () => {
    expect(render(null)).toMatch(/<h1[^>]*>绩效<\/h1>/);
  });

  it('says it is the preview when Office.onReady gives host null', () => {
    expect(render(null)).toContain(hostText(null).zh);
    expect(hostText(null).en).toMatch(/Preview/);
  });

  it('names the host it runs in', () => {
    expect(render('Excel')).toContain('运行于 Excel');
  });

  it('lists every ribbon command in both languages', () => {
    const html = render('Excel');
    for (const c of RIBBON_COMMANDS) {
      expect(html).toContain(c.label.zh);
      expect(html).toContain(c.label.en);
    }
  });
});
