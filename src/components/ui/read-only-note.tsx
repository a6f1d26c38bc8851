// Said once where a person can do none of a group of actions, instead of a column of disabled controls
// each saying the same refusal (ADR 0023): what they cannot do, the server's deciding reason, and
// "Why?" for the whole chain.
import type { ReactNode } from 'react';
import type { Decision } from '../../api/common';
import type { ExplainTarget } from '../../lib/explain-link';
import { reasonText } from '../../lib/reasons';
import { Banner } from './states';
import { WhyButton } from './why-button';

export function ReadOnlyNote({
  refusals,
  explain,
  children,
}: {
  /** The refused actions of the group, each with the server's decision; the first one is said. */
  refusals: [{ label: string; decision: Decision }, ...{ label: string; decision: Decision }[]];
  explain?: ExplainTarget;
  /** What the person can still do, or cannot: "You can see this project but not change it." */
  children?: ReactNode;
}) {
  const [first] = refusals;
  return (
    <Banner tone="info">
      <strong>Read-only.</strong> {children ? <>{children} </> : null}
      {reasonText(first.decision)}.{' '}
      <WhyButton title="Why is this read-only?" refusals={refusals} explain={explain} />
    </Banner>
  );
}
