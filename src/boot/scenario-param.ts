// `?scenario=name` on the first URL asks for that scenario. Read before the app renders (the router
// must not see it) and before the backend starts (which builds only that scenario).
import { isScenarioName } from '../api/scenario-names';

export interface ScenarioParam {
  scenario: string | null;
  /** Set when the parameter named an unknown scenario. */
  notice: string | null;
}

/** Reads the parameter once and removes it from the URL. */
export function takeScenarioParam(): ScenarioParam {
  const url = new URL(window.location.href);
  const requested = url.searchParams.get('scenario');
  if (requested === null) return { scenario: null, notice: null };
  url.searchParams.delete('scenario');
  window.history.replaceState(window.history.state, '', url);
  if (!isScenarioName(requested)) {
    return {
      scenario: null,
      notice: `There is no scenario called "${requested}", so the console stayed on the current one. Pick one in the demo panel.`,
    };
  }
  return { scenario: requested, notice: null };
}
