import { commonMessages } from './common';
import { consolidateMessages } from './consolidate';
import { countyMessages } from './county';
import { engineerMessages } from './engineer';
import { fiscalMessages } from './fiscal';
import { rankingMessages } from './ranking';
import { staffMessages } from './staff';
import type { MessageDef } from './types';

/** The one table of every issue text, keyed by code. A code without text does not compile. */
export const messages = {
  ...commonMessages,
  ...engineerMessages,
  ...staffMessages,
  ...countyMessages,
  ...rankingMessages,
  ...fiscalMessages,
  ...consolidateMessages,
} satisfies Record<string, MessageDef>;

export type IssueCode = keyof typeof messages;
export type { MessageDef, Params } from './types';
