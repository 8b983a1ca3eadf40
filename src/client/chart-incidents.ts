/** Ships to the browser. `<chart-incidents>`: see ./chart-element.ts for what every chart element does. */
import { incidents, incidentsSpec } from '../charts/incidents/incidents.ts';
import type { IncidentsData } from '../charts/incidents/incidentsTypes.ts';
import { ChartElement, type ChartBinding } from './chart-element.ts';

class ChartIncidents extends ChartElement<IncidentsData> {
  protected binding: ChartBinding<IncidentsData> = {
    mount: (target, data, options) => incidents(target, data, options),
    startState: incidentsSpec.startState,
  };
}

if (!customElements.get('chart-incidents'))
  customElements.define('chart-incidents', ChartIncidents);
