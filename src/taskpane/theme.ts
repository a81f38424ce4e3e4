import { webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from './pane-host';

/** Fluent's theme for the host's: light at once; dark and high contrast from a chunk of their own (most panes are light). */
export async function loadTheme(name: ThemeName): Promise<Theme> {
  if (name === 'light') return webLightTheme;
  const { webDarkTheme, teamsHighContrastTheme } = await import(/* webpackChunkName: "themes" */ './themes-extra');
  return name === 'dark' ? webDarkTheme : teamsHighContrastTheme;
}
