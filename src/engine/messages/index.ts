import { argMessages, sheetRowMessages } from './args';
import { commonMessages } from './common';
import { consolidateMessages } from './consolidate';
import { countyMessages } from './county';
import { engineerMessages } from './engineer';
import { fiscalMessages } from './fiscal';
import { rankingMessages } from './ranking';
import { staffMessages } from './staff';
import type { Catalogue } from './types';

/**
 * The engine's section of the one message catalogue: every issue text, keyed by code, each entry declaring
 * its parameters. A code without text, or an entry whose parameters are not declared, does not compile.
 * The commands, host and CLI own their sections (same shape, see `msg` and `issueMaker`).
 */
export const messages = {
  ...commonMessages,
  ...argMessages,
  ...sheetRowMessages,
  ...engineerMessages,
  ...staffMessages,
  ...countyMessages,
  ...rankingMessages,
  ...fiscalMessages,
  ...consolidateMessages,
} satisfies Catalogue;

export type IssueCode = keyof typeof messages;
export type { ArgNames } from './args';
export { msg, type Catalogue, type MessageDef, type NoParams, type ParamValue, type Params, type ParamsOf } from './types';
