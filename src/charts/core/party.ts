/**
 * Which side a mark speaks for, as far as colour goes: the Armenian side (Armenia and the Karabakh
 * Armenian authorities), the Azerbaijani side, Russia, or anyone else (media, mediators, researchers).
 * Each has a design token (`chartArmenia`, `chartAzerbaijan`, `chartRussia`, `chartIndependent`).
 */
export type Party = 'armenian' | 'azerbaijani' | 'russian' | 'other';

/** A named reporter or claimant and the side it speaks for. */
export interface Speaker {
  name: string;
  party: Party;
}
