/** Ships to the browser. `<chart-counting-the-dead>`: see ./chart-element.ts for what every chart element does. */
import { countingTheDead, countingTheDeadSpec } from '../charts/countingTheDead/countingTheDead.ts';
import type { CountingTheDeadData } from '../charts/countingTheDead/countingTheDeadTypes.ts';
import { ChartElement, type ChartBinding } from './chart-element.ts';

class ChartCountingTheDead extends ChartElement<CountingTheDeadData> {
  protected binding: ChartBinding<CountingTheDeadData> = {
    mount: (target, data, options) => countingTheDead(target, data, options),
    startState: countingTheDeadSpec.startState,
  };
}

if (!customElements.get('chart-counting-the-dead'))
  customElements.define('chart-counting-the-dead', ChartCountingTheDead);
