import { type MessageDef } from './types';

/** Messages of the `county` scheme. */
export const countyMessages = {
} satisfies Record<string, MessageDef>;
