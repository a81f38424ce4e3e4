/** The themes few panes need, in their own chunk (theme.ts). */
export { teamsHighContrastTheme, webDarkTheme } from '@fluentui/react-components';
