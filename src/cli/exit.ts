/** Exit codes (the arethetypeswrong convention): 0 clean, 1 problems found or the user's error, 3 crash. */
export const EXIT = { ok: 0, problems: 1, crash: 3 } as const;
