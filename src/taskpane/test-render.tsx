/** Rendering the pane's components in jsdom for tests: Fluent's light theme and a language. */
import './test-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { LangProvider, type Lang } from './i18n';

export function renderIn(ui: ReactElement, lang: Lang = 'zh'): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang={lang}>{ui}</LangProvider>
    </FluentProvider>,
  );
}
