import type { EngineerScheme } from './scheme';

/**
 * The preset: 篇1 四's table, 40/20/20/20 (Decision: the table, not 六's 25%); schema defaults written out.
 * A plain value, so code that only scores never loads zod (the custom-functions bundle stays small);
 * the engine's scheme test checks that the schema parses it to itself, defaults included.
 */
export const engineerPreset: EngineerScheme = {
  kind: 'engineer',
  name: '工程预算部月度考核（篇1）',
  precision: 2,
  rankMode: 'competition',
  base: 100,
  items: {
    quality: { label: { zh: '工作质量', en: 'quality' }, weight: 40, perUnit: -5, floor: 0 },
    efficiency: { label: { zh: '工作效率', en: 'efficiency' }, weight: 20, perUnit: -3, floor: 0 },
    cost: { label: { zh: '工作成本', en: 'cost' }, weight: 20, perUnit: -1, floor: 0 },
    ability: { label: { zh: '工作能力', en: 'ability' }, weight: 20, perUnit: 3, floor: 0 },
  },
  costStep: 'linear',
  manager: { blankScores: 'skip' },
};
