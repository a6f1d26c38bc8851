// What an arrival did, and the way to see the console as the newcomer.
import type { ArrivalResult } from '../../../api/arrivals';
import { Button } from '../../../components/ui/button';

export function ArrivalOutcome({
  result,
  onViewAs,
}: {
  result: ArrivalResult;
  onViewAs?: (userId: string) => void;
}) {
  return (
    <div className="arrival-result" data-outcome={result.outcome} role="status" aria-label="What happened">
      <p>
        <strong>
          {result.outcome === 'founded'
            ? `Created ${result.orgName ?? ''}`
            : result.outcome === 'joined'
              ? `Joined ${result.orgName ?? ''}`
              : 'Outside every organization'}
        </strong>
        {' · '}
        {result.summary}
      </p>
      {onViewAs ? (
        <Button size="sm" onClick={() => onViewAs(result.person.id)}>
          View as {result.person.name}
        </Button>
      ) : null}
    </div>
  );
}
