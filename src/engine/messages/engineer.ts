import { type MessageDef } from './types';

/** Messages of the `engineer` scheme. */
export const engineerMessages = {
} satisfies Record<string, MessageDef>;
