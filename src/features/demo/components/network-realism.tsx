// Demo panel > Network realism: latency and failures, each saved at once and shown only as the
// server confirmed (instant-save.ts). A fixed failure pattern (a test's or rehearsal's knob, set
// through PATCH /api/demo) is not offered here, but said when set, since it overrides the rate.
import type { Demo } from '../../../api/demo';
import { Button } from '../../../components/ui/button';
import { useInstantSave } from '../../../components/ui/instant-save';
import { Select } from '../../../components/ui/select';
import { useUpdateDemo, type DemoPatch } from '../api/demo';

const LATENCIES = [0, 150, 500, 1500];
const FAILURE_RATES = [0, 0.05, 0.2, 0.5];
const SCOPE_TEXT = { all: 'all requests', reads: 'reads only', writes: 'changes only' } as const;

export function NetworkRealism({ demo }: { demo: Demo }) {
  const update = useUpdateDemo();
  const instant = useInstantSave<string>();
  const set = (key: keyof DemoPatch, value: string, patch: DemoPatch) =>
    void instant.save(key, value, () => update.mutateAsync(patch));
  const latency = instant.state('latencyMs', String(demo.latencyMs));
  const failures = instant.state('failureRate', String(demo.failureRate));
  const pattern = demo.failurePattern.join(', ');
  return (
    <section className="stack-sm" aria-labelledby="demo-network">
      <h3 id="demo-network" className="section-title">
        Network realism
      </h3>
      <div className="row">
        <Select
          label="Latency"
          value={latency.value}
          saving={latency.saving}
          failure={latency.failure}
          options={LATENCIES.map((ms) => ({ value: String(ms), label: ms === 0 ? 'None' : `${ms} ms` }))}
          onChange={(v) => set('latencyMs', v, { latencyMs: Number(v) })}
        />
        <Select
          label="Failures"
          value={failures.value}
          saving={failures.saving}
          failure={failures.failure}
          options={FAILURE_RATES.map((r) => ({
            value: String(r),
            label: r === 0 ? 'None' : `${r * 100}% of requests`,
          }))}
          onChange={(v) => set('failureRate', v, { failureRate: Number(v) })}
        />
      </div>
      {pattern || demo.failureScope !== 'all' ? (
        <div className="row">
          <p className="muted small">
            {pattern
              ? `Failures follow a fixed pattern instead of the rate: ${pattern}, in turn, on ${SCOPE_TEXT[demo.failureScope]}.`
              : `Failures fall on ${SCOPE_TEXT[demo.failureScope]}.`}{' '}
            Set through the demo API.
          </p>
          <Button
            size="sm"
            disabled={instant.busy}
            onClick={() => set('failurePattern', '', { failurePattern: [], failureScope: 'all' })}
          >
            Clear
          </Button>
        </div>
      ) : null}
    </section>
  );
}
