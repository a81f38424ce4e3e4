/** What the pane loads at its first command: the commands, their status text, the ribbon's runner (see use-pane.ts). */
export { insertTemplate, rankAndTier, rankTextOf, templateText, validateSubmission, validateText } from '../commands';
export { runFromRibbon } from '../commands/ribbon-run';
