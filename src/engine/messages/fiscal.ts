import { type MessageDef } from './types';

/** Messages of the `fiscal` scheme. */
export const fiscalMessages = {
} satisfies Record<string, MessageDef>;
