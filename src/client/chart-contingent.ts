/** Ships to the browser. `<chart-contingent>`: see ./chart-element.ts for what every chart element does. */
import { contingent, contingentSpec } from '../charts/contingent/contingent.ts';
import type { ContingentData } from '../charts/contingent/contingentTypes.ts';
import { ChartElement, type ChartBinding } from './chart-element.ts';

class ChartContingent extends ChartElement<ContingentData> {
  protected binding: ChartBinding<ContingentData> = {
    mount: (target, data, options) => contingent(target, data, options),
    startState: contingentSpec.startState,
  };
}

if (!customElements.get('chart-contingent'))
  customElements.define('chart-contingent', ChartContingent);
