/** Ships to the browser. `<chart-exodus>`: see ./chart-element.ts for what every chart element does. */
import { exodus, exodusSpec } from '../charts/exodus/exodus.ts';
import type { ExodusData } from '../charts/exodus/exodusTypes.ts';
import { ChartElement, type ChartBinding } from './chart-element.ts';

class ChartExodus extends ChartElement<ExodusData> {
  protected binding: ChartBinding<ExodusData> = {
    mount: (target, data, options) => exodus(target, data, options),
    startState: exodusSpec.startState,
  };
}

if (!customElements.get('chart-exodus')) customElements.define('chart-exodus', ChartExodus);
