import { type MessageDef } from './types';

/** Messages of ranking, quota and tiers (county). */
export const rankingMessages = {
} satisfies Record<string, MessageDef>;
