// The per-person lines of a bulk review or result.
import type { BulkItem, BulkResult } from '../../../api/users-bulk';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { ImpactChanges, placesText } from '../../../components/ui/impact-changes';

const OUTCOME: Record<BulkItem['outcome'], { label: string; tone: BadgeTone }> = {
  change: { label: 'Will change', tone: 'success' },
  done: { label: 'Changed', tone: 'success' },
  unchanged: { label: 'No change', tone: 'neutral' },
  refused: { label: 'Refused', tone: 'danger' },
};

export function BulkItems({ result }: { result: BulkResult }) {
  const { change, unchanged, refused } = result.counts;
  return (
    <>
      <p className="bulk-counts">
        {change} {result.items.some((i) => i.outcome === 'done') ? 'changed' : 'will change'} · {refused}{' '}
        refused
        {unchanged ? ` · ${unchanged} unchanged` : ''}
      </p>
      <ul className="bulk-items" aria-label="Review">
        {result.items.map((item) => (
          <li key={item.userId} className={`bulk-item bulk-item-${item.outcome}`}>
            <Badge tone={OUTCOME[item.outcome].tone}>{OUTCOME[item.outcome].label}</Badge>
            <span className="bulk-item-name">
              {item.name}
              {item.isYou ? ' (you)' : ''}
            </span>
            <span className="bulk-item-summary">{item.summary}</span>
            {item.changes && item.changes.length > 0 ? (
              <details className="bulk-item-impact">
                <summary>
                  {item.isYou ? 'You lose' : 'Loses'} permissions in {placesText(item.changes)}
                </summary>
                <ImpactChanges changes={item.changes} label={`What ${item.name} loses`} />
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
