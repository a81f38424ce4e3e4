/** What every command run from the pane needs: the ribbon's runner and the outcome texts (see use-pane.ts). */
export { noticeTextOf, rankTextOf, templateText, validateText } from '../commands/outcome-text';
export { runFromRibbon } from '../commands/ribbon-run';
