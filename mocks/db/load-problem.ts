// The sentences a person reads when the stored demo state could not be used as it was: damaged, from
// another version, too large to save, or holding changes the engine refuses now.
import { SCENARIOS, type ScenarioName } from './scenarios/index';
import { problemMessage, type StoredProblem } from './stored-state';

export interface LoadProblem {
  kind: 'corrupt' | 'outdated' | 'quota' | 'dropped';
  message: string;
}

const KIND: Record<StoredProblem, LoadProblem['kind']> = {
  corrupt: 'corrupt',
  replay: 'corrupt',
  outdated: 'outdated',
  newer: 'outdated',
  quota: 'quota',
};

function scenarioPhrase(name: ScenarioName): string {
  if (name === 'default') return 'the default scenario';
  return `the "${SCENARIOS.find((s) => s.name === name)?.label ?? name}" scenario`;
}

/** The load problem for a stored state that could not be used, naming the scenario started instead. */
export function problemOf(problem: StoredProblem, scenario: ScenarioName, detail?: string): LoadProblem {
  const message = problemMessage(problem, scenarioPhrase(scenario));
  return { kind: KIND[problem], message: detail ? `${message} (${detail})` : message };
}

export function droppedMessage(dropped: number, kept: number): string {
  const changes = dropped === 1 ? '1 saved change was' : `${dropped} saved changes were`;
  const rest =
    kept === 0
      ? 'none of your other changes remain'
      : `your other ${kept === 1 ? 'change was' : `${kept} changes were`} kept`;
  return `${changes} dropped on loading: the access rules refuse ${dropped === 1 ? 'it' : 'them'} now (the log was edited, or a rule changed since). The demo holds everything else: ${rest}.`;
}
