import { type MessageDef } from './types';

/** Messages of the `staff` scheme. */
export const staffMessages = {
} satisfies Record<string, MessageDef>;
