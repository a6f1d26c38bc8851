// The demo panel: switch or reset the scenario, and add network realism (latency, failures).
import { useState } from 'react';
import type { ScenarioName } from '../../../api/demo';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Select } from '../../../components/ui/select';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useDemo, useResetDemo } from '../api/demo';
import { ArrivalsSection } from './arrivals-section';
import { NetworkRealism } from './network-realism';
import { ServiceRunSection } from './service-run-section';

export function DemoPanel({
  open,
  onOpenChange,
  onViewAs,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** View as a newcomer after an arrival (the session feature does it; composed in the shell). */
  onViewAs?: (userId: string) => void;
}) {
  const demo = useDemo();
  const reset = useResetDemo();
  const [picked, setPicked] = useState<ScenarioName | null>(null);

  const scenario = picked ?? demo.data?.scenario ?? 'default';
  const description = demo.data?.scenarios.find((s) => s.name === scenario)?.description;
  const switching = demo.data && scenario !== demo.data.scenario;

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Demo panel"
      description="Everything here runs in your browser. Changes persist across reloads until you reset."
      wide
    >
      {demo.isPending ? (
        <Skeleton height={160} />
      ) : demo.isError ? (
        <ErrorState error={demo.error} onRetry={() => void demo.refetch()} />
      ) : (
        <div className="stack">
          <section className="stack-sm" aria-labelledby="demo-scenario">
            <h3 id="demo-scenario" className="section-title">
              Scenario
            </h3>
            <Select
              hideLabel
              label="Scenario"
              value={scenario}
              options={demo.data.scenarios.map((s) => ({ value: s.name, label: s.label }))}
              onChange={(v) => setPicked(v as ScenarioName)}
            />
            {description ? <p className="muted small">{description}</p> : null}
            <div className="row">
              <Button
                variant={switching ? 'primary' : 'danger'}
                disabled={reset.isPending}
                onClick={() =>
                  reset.mutate(scenario, {
                    onSuccess: () => {
                      setPicked(null);
                      onOpenChange(false);
                    },
                  })
                }
              >
                {switching ? 'Switch scenario' : 'Reset scenario'}
              </Button>
              <span className="muted small">
                {switching
                  ? 'Loads a fresh copy of that scenario.'
                  : 'Throws away every change made since the last reset.'}
              </span>
            </div>
            {reset.error ? <ErrorState error={reset.error} /> : null}
          </section>
          <NetworkRealism demo={demo.data} />
          <ArrivalsSection onViewAs={onViewAs} />
          <ServiceRunSection />
        </div>
      )}
    </Dialog>
  );
}
