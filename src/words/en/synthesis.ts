/** The words of the synthesis's family sentences in English (see ../fr/synthesis.ts). */
import type { synthesis as french } from '../fr/synthesis.js';

export const synthesis: Record<keyof typeof french, string> = {
  tournure_1_seul: 'rest on',
  tournure_1_premier: 'rest first on',
  tournure_1_second: 'They also rest on',
  tournure_2_seul: 'show in',
  tournure_2_premier: 'show above all in',
  tournure_2_second: 'They also show in',
  tournure_3_seul: 'come from',
  tournure_3_premier: 'come first from',
  tournure_3_second: 'They also come from',
  tournure_4_seul: 'are seen in',
  tournure_4_premier: 'are seen mostly in',
  tournure_4_second: 'They are also seen in',
  synthese_retenue_comite: 'intensity set by the committee',
};
